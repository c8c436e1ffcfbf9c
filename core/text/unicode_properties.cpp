#include "core/text/unicode_properties.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace xlqa::unicode {
namespace {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

struct LowerMapping {
  char32_t from;
  std::uint8_t length;
  char32_t to[3];
};

#include "core/text/unicode_tables.inc"

template <std::size_t N>
bool inRanges(const CodePointRange (&ranges)[N], char32_t cp) {
  const auto it = std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                                   [](char32_t value, const CodePointRange& r) { return value < r.first; });
  return it != std::begin(ranges) && cp <= std::prev(it)->last;
}

bool isCaseIgnorable(char32_t cp) { return inRanges(kCaseIgnorable, cp); }
bool isCased(char32_t cp) { return inRanges(kCased, cp); }

constexpr char32_t kCapitalSigma = 0x3A3;
constexpr char32_t kSmallSigma = 0x3C3;
constexpr char32_t kFinalSigma = 0x3C2;

// CPython's handle_capital_sigma: cased letter (case-ignorables skipped) before, and no cased
// letter (case-ignorables skipped) after.
bool isFinalSigma(std::u32string_view text, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && isCaseIgnorable(text[j - 1])) --j;
  if (j == 0 || !isCased(text[j - 1])) return false;
  std::size_t k = i + 1;
  while (k < text.size() && isCaseIgnorable(text[k])) ++k;
  return k == text.size() || !isCased(text[k]);
}

}  // namespace

bool isPunctuation(char32_t cp) { return inRanges(kPunctuation, cp); }
bool isWordCharacter(char32_t cp) { return inRanges(kWordCharacter, cp); }
bool isWhitespace(char32_t cp) { return inRanges(kWhitespace, cp); }
bool isOther(char32_t cp) { return inRanges(kOther, cp); }
bool isSpaceSeparator(char32_t cp) { return inRanges(kSpaceSeparator, cp); }
bool isNonspacingMark(char32_t cp) { return inRanges(kNonspacingMark, cp); }

std::u32string toLower(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t cp = text[i];
    if (cp < 0x80) {  // ASCII fast path: only A-Z change
      out.push_back(cp >= U'A' && cp <= U'Z' ? cp + 32 : cp);
      continue;
    }
    if (cp == kCapitalSigma) {
      out.push_back(isFinalSigma(text, i) ? kFinalSigma : kSmallSigma);
      continue;
    }
    const auto it = std::lower_bound(std::begin(kLowerMappings), std::end(kLowerMappings), cp,
                                     [](const LowerMapping& m, char32_t value) { return m.from < value; });
    if (it != std::end(kLowerMappings) && it->from == cp) {
      out.append(it->to, it->length);
    } else {
      out.push_back(cp);
    }
  }
  return out;
}

}  // namespace xlqa::unicode
