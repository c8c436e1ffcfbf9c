#include "core/data/language.h"

#include <algorithm>
#include <cctype>

namespace xlqa {

const std::vector<Language>& knownLanguages() {
  // Sorted by code. Kept to the languages of the multilingual QA benchmarks: every extra
  // two-letter code makes guessing a language from a file name's parts more error-prone.
  static const std::vector<Language> languages = {
      {"ar", "Arabic", "العربية"},    {"bn", "Bengali", "বাংলা"},
      {"de", "German", "Deutsch"},    {"el", "Greek", "Ελληνικά"},
      {"en", "English", "English"},   {"es", "Spanish", "Español"},
      {"fi", "Finnish", "Suomi"},     {"fr", "French", "Français"},
      {"hi", "Hindi", "हिन्दी"},       {"id", "Indonesian", "Bahasa Indonesia"},
      {"it", "Italian", "Italiano"},  {"ja", "Japanese", "日本語"},
      {"ko", "Korean", "한국어"},     {"nl", "Dutch", "Nederlands"},
      {"pl", "Polish", "Polski"},     {"pt", "Portuguese", "Português"},
      {"ro", "Romanian", "Română"},   {"ru", "Russian", "Русский"},
      {"sw", "Swahili", "Kiswahili"}, {"ta", "Tamil", "தமிழ்"},
      {"te", "Telugu", "తెలుగు"},      {"th", "Thai", "ไทย"},
      {"tr", "Turkish", "Türkçe"},    {"uk", "Ukrainian", "Українська"},
      {"ur", "Urdu", "اردو"},         {"vi", "Vietnamese", "Tiếng Việt"},
      {"zh", "Chinese", "中文"},
  };
  return languages;
}

const Language* findLanguage(std::string_view code) {
  const auto& languages = knownLanguages();
  const auto it = std::lower_bound(languages.begin(), languages.end(), code,
                                   [](const Language& language, std::string_view c) { return language.code < c; });
  return it != languages.end() && it->code == code ? &*it : nullptr;
}

std::string languageCodeFromName(std::string_view lowerCaseEnglishName) {
  const auto equalsIgnoringCase = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  };
  for (const Language& language : knownLanguages()) {
    if (equalsIgnoringCase(language.englishName, lowerCaseEnglishName)) return std::string(language.code);
  }
  return "";
}

}  // namespace xlqa
