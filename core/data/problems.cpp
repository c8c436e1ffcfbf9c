#include "core/data/problems.h"

#include <cstddef>
#include <utility>

#include "core/io/json_file.h"

namespace xlqa {
namespace {

// A file with thousands of broken answers should not produce a megabyte-long what();
// every problem stays available through problems().
constexpr std::size_t kProblemsInMessage = 20;

std::string text(const Message& message, bool translate) { return translate ? message.localized() : message.english(); }

Message describe(const Problem& p) {
  const bool error = p.severity == Severity::Error;
  if (p.jsonPath.empty()) {
    return error ? Message(XLQA_TR("Problem", "error: %1: %2"), p.file, p.message)
                 : Message(XLQA_TR("Problem", "warning: %1: %2"), p.file, p.message);
  }
  return error ? Message(XLQA_TR("Problem", "error: %1: %2: %3"), p.file, p.jsonPath, p.message)
               : Message(XLQA_TR("Problem", "warning: %1: %2: %3"), p.file, p.jsonPath, p.message);
}

std::string summarize(const std::vector<Problem>& problems, bool translate) {
  if (problems.empty()) return text(Message(XLQA_TR("Problem", "load failed")), translate);
  std::string out;
  const std::size_t shown = problems.size() < kProblemsInMessage ? problems.size() : kProblemsInMessage;
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += '\n';
    out += text(describe(problems[i]), translate);
  }
  if (problems.size() > shown) {
    out += "\n" + text(Message(XLQA_TR("Problem", "... and %1 more problems"), problems.size() - shown), translate);
  }
  return out;
}

}  // namespace

std::string Problem::toString() const { return describe(*this).english(); }
std::string Problem::localized() const { return describe(*this).localized(); }

// The base is built before problems_ takes ownership, so summarize() still sees the list.
LoadError::LoadError(std::vector<Problem> problems)
    : std::runtime_error(summarize(problems, false)), problems_(std::move(problems)) {}

std::string LoadError::localized() const { return summarize(problems_, true); }

std::string localizedWhat(const std::exception& error) {
  if (const auto* file = dynamic_cast<const FileError*>(&error)) return file->localized();
  if (const auto* load = dynamic_cast<const LoadError*>(&error)) return load->localized();
  return error.what();
}

}  // namespace xlqa
