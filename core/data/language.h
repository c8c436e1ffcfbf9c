#pragma once
// The languages XLQA Studio knows by ISO 639-1 code; a code outside this table is refused
// with a clear error rather than guessed.
#include <string>
#include <string_view>
#include <vector>

namespace xlqa {

struct Language {
  std::string_view code;         // "en"
  std::string_view englishName;  // "English"
  std::string_view nativeName;   // "English", "Español", "中文"
};

const Language* findLanguage(std::string_view code);  // nullptr when unknown
const std::vector<Language>& knownLanguages();
// TyDiQA names languages in full ("arabic"); maps such a name to its code, or "" if unknown.
std::string languageCodeFromName(std::string_view lowerCaseEnglishName);

}  // namespace xlqa
