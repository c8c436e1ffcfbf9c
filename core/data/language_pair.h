#pragma once
// A (question language, context language) pair and pair selections: all, xlt, gxlt, lists.
#include <string>
#include <vector>

namespace xlqa {

struct LanguagePair {
  std::string question;
  std::string context;

  bool isXlt() const { return question == context; }
  std::string key() const { return question + "-" + context; }  // "en-es"
  friend bool operator==(const LanguagePair& a, const LanguagePair& b) {
    return a.question == b.question && a.context == b.context;
  }
  friend bool operator<(const LanguagePair& a, const LanguagePair& b) {
    return a.question != b.question ? a.question < b.question : a.context < b.context;
  }
};

// "en-es" -> {en, es}; throws std::invalid_argument on malformed or unknown codes.
LanguagePair parseLanguagePair(const std::string& text);

// Selects from `available` (sorted): "all", "xlt" (diagonal), "gxlt" (off-diagonal, cross-lingual
// only) or a comma-separated list "en-es,es-en". A listed pair that is not available is an error.
std::vector<LanguagePair> selectPairs(const std::string& selection, const std::vector<LanguagePair>& available);

}  // namespace xlqa
