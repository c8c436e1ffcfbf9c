#pragma once
// Text for the user from core that the app can translate, without Qt in core: a template marked
// with XLQA_TR, which lupdate reads as QT_TRANSLATE_NOOP, and arguments that fill "%1".."%9" as
// in Qt. A front end installs a translator once; what() stays English for logs and scripts.
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#define XLQA_TR(context, text) \
  ::xlqa::MessageTemplate { context, text }

namespace xlqa {

struct MessageTemplate {
  const char* context;
  const char* text;
};

class Message {
 public:
  Message() = default;
  // Verbatim text, never translated: a name, a path, a detail from the OS or a library.
  Message(std::string text) : text_(std::move(text)) {}  // NOLINT(google-explicit-constructor)
  Message(const char* text) : text_(text) {}             // NOLINT(google-explicit-constructor)
  // A translatable template and its arguments (messages, strings or integers).
  template <class... Args>
  explicit Message(MessageTemplate pattern, const Args&... args) : pattern_(pattern), args_{argument(args)...} {}

  std::string english() const;
  std::string localized() const;  // through the installed translator; English without one

 private:
  template <class T>
  static Message argument(const T& value) {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>) {
      return Message(std::to_string(value));
    } else {
      return Message(value);
    }
  }
  std::string fill(bool translate) const;

  std::optional<MessageTemplate> pattern_;
  std::string text_;
  std::vector<Message> args_;
};

// (context, source text) -> translated text; returns the source text when it has no translation.
using MessageTranslator = std::function<std::string(const char* context, const char* text)>;
void setMessageTranslator(MessageTranslator translator);

}  // namespace xlqa
