#include "core/util/message.h"

#include <mutex>
#include <utility>

namespace xlqa {
namespace {

std::mutex translatorMutex;
MessageTranslator installedTranslator;

}  // namespace

void setMessageTranslator(MessageTranslator translator) {
  const std::lock_guard<std::mutex> lock(translatorMutex);
  installedTranslator = std::move(translator);
}

std::string Message::english() const { return fill(false); }
std::string Message::localized() const { return fill(true); }

std::string Message::fill(bool translate) const {
  if (!pattern_) return text_;
  std::string pattern = pattern_->text;
  if (translate) {
    const std::lock_guard<std::mutex> lock(translatorMutex);
    if (installedTranslator) pattern = installedTranslator(pattern_->context, pattern_->text);
  }
  // "%N" (N = 1..9) takes argument N; anything else is kept as it is, as QString::arg does.
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
    const auto index = static_cast<std::size_t>(next - '1');
    if (pattern[i] == '%' && next >= '1' && next <= '9' && index < args_.size()) {
      out += args_[index].fill(translate);
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace xlqa
