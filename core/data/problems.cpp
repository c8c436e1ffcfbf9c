#include "core/data/problems.h"

#include <cstddef>
#include <utility>

namespace xlqa {
namespace {

// A file with thousands of broken answers should not produce a megabyte-long what();
// every problem stays available through problems().
constexpr std::size_t kProblemsInMessage = 20;

std::string summarize(const std::vector<Problem>& problems) {
  if (problems.empty()) return "load failed";
  std::string text;
  const std::size_t shown = problems.size() < kProblemsInMessage ? problems.size() : kProblemsInMessage;
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) text += '\n';
    text += problems[i].toString();
  }
  if (problems.size() > shown) {
    text += "\n... and " + std::to_string(problems.size() - shown) + " more problems";
  }
  return text;
}

}  // namespace

std::string Problem::toString() const {
  std::string text = severity == Severity::Error ? "error: " : "warning: ";
  text += file;
  if (!jsonPath.empty()) text += ": " + jsonPath;
  text += ": " + message;
  return text;
}

// The base is built before problems_ takes ownership, so summarize() still sees the list.
LoadError::LoadError(std::vector<Problem> problems)
    : std::runtime_error(summarize(problems)), problems_(std::move(problems)) {}

}  // namespace xlqa
