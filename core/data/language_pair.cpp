#include "core/data/language_pair.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>
#include <stdexcept>
#include <string_view>

#include "core/data/language.h"

namespace xlqa {
namespace {

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

std::string lowered(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

std::string knownCodes() {
  std::vector<std::string> codes;
  for (const Language& language : knownLanguages()) codes.emplace_back(language.code);
  return joined(codes);
}

void requireKnownCode(const std::string& code, const std::string& pairText) {
  if (!findLanguage(code)) {
    throw std::invalid_argument("unknown language code \"" + code + "\" in language pair \"" + pairText +
                                "\" (known codes: " + knownCodes() + ")");
  }
}

std::string availableLanguages(const std::vector<LanguagePair>& available) {
  std::set<std::string> codes;
  for (const LanguagePair& pair : available) codes.insert({pair.question, pair.context});
  return joined(std::vector<std::string>(codes.begin(), codes.end()));
}

std::vector<LanguagePair> filtered(const std::vector<LanguagePair>& available, bool diagonal) {
  std::vector<LanguagePair> pairs;
  std::copy_if(available.begin(), available.end(), std::back_inserter(pairs),
               [diagonal](const LanguagePair& pair) { return pair.isXlt() == diagonal; });
  return pairs;
}

// A comma-separated list, in the order given, each pair once; empty items (a trailing comma) are skipped.
std::vector<LanguagePair> listedPairs(const std::string& selection, const std::vector<LanguagePair>& available) {
  std::vector<LanguagePair> pairs;
  std::size_t begin = 0;
  while (begin <= selection.size()) {
    const std::size_t comma = std::min(selection.find(',', begin), selection.size());
    const std::string item = trimmed(std::string_view(selection).substr(begin, comma - begin));
    begin = comma + 1;
    if (item.empty()) continue;
    const LanguagePair pair = parseLanguagePair(item);
    if (std::find(available.begin(), available.end(), pair) == available.end()) {
      throw std::invalid_argument("language pair \"" + pair.key() + "\" is not available in the loaded data " +
                                  "(languages: " + availableLanguages(available) + ")");
    }
    if (std::find(pairs.begin(), pairs.end(), pair) == pairs.end()) pairs.push_back(pair);
  }
  if (pairs.empty()) throw std::invalid_argument("empty language pair selection \"" + selection + "\"");
  return pairs;
}

}  // namespace

LanguagePair parseLanguagePair(const std::string& text) {
  const std::string pairText = lowered(trimmed(text));
  const std::size_t dash = pairText.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 == pairText.size() ||
      pairText.find('-', dash + 1) != std::string::npos) {
    throw std::invalid_argument("malformed language pair \"" + text +
                                "\": expected <question language>-<context language>, e.g. \"en-es\"");
  }
  LanguagePair pair{pairText.substr(0, dash), pairText.substr(dash + 1)};
  requireKnownCode(pair.question, text);
  requireKnownCode(pair.context, text);
  return pair;
}

std::vector<LanguagePair> selectPairs(const std::string& selection, const std::vector<LanguagePair>& available) {
  const std::string word = lowered(trimmed(selection));
  if (word == "all") return available;
  if (word == "xlt") return filtered(available, true);
  if (word == "gxlt") return filtered(available, false);
  return listedPairs(selection, available);
}

}  // namespace xlqa
