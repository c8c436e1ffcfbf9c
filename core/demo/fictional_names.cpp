#include "core/demo/fictional_names.h"

#include <array>
#include <stdexcept>

namespace xlqa {
namespace {

constexpr std::size_t kConsonants = 10, kVowels = 5;
constexpr std::array<const char*, kConsonants> kLatinConsonants = {"k", "l", "m", "n", "r", "s", "t", "d", "v", "b"};
constexpr std::array<const char*, kVowels> kLatinVowels = {"a", "e", "i", "o", "u"};
// Arabic writes the long vowel: a -> alif, e/i -> ya, o/u -> waw (as transliterations do).
constexpr std::array<const char*, kConsonants> kArabicConsonants = {"ك", "ل", "م", "ن", "ر", "س", "ت", "د", "ف", "ب"};
constexpr std::array<const char*, kVowels> kArabicVowels = {"ا", "ي", "ي", "و", "و"};
// Devanagari: the consonant with a vowel sign (long a, e, long i, o, long u).
constexpr std::array<const char*, kConsonants> kDevanagariConsonants = {"क", "ल", "म", "न", "र",
                                                                        "स", "त", "द", "व", "ब"};
constexpr std::array<const char*, kVowels> kDevanagariVowelSigns = {"ा", "े", "ी", "ो", "ू"};
// Han: one character per syllable, as Chinese transliterates foreign names; all distinct.
constexpr std::array<const char*, kConsonants* kVowels> kHanSyllables = {
    "卡", "克", "基", "科", "库",  // k
    "拉", "勒", "利", "洛", "卢",  // l
    "马", "梅", "米", "莫", "穆",  // m
    "纳", "内", "尼", "诺", "努",  // n
    "腊", "雷", "里", "罗", "鲁",  // r
    "萨", "塞", "西", "索", "苏",  // s
    "塔", "特", "蒂", "托", "图",  // t
    "达", "德", "迪", "多", "杜",  // d
    "瓦", "维", "薇", "沃", "武",  // v
    "巴", "贝", "比", "博", "布",  // b
};

std::string renderSyllable(std::uint8_t syllable, Script script, bool capital) {
  const std::size_t c = syllable / kVowels, v = syllable % kVowels;
  switch (script) {
    case Script::Latin: {
      std::string s = std::string(kLatinConsonants[c]) + kLatinVowels[v];
      if (capital) s[0] = static_cast<char>(s[0] - 'a' + 'A');
      return s;
    }
    case Script::Arabic: return std::string(kArabicConsonants[c]) + kArabicVowels[v];
    case Script::Devanagari: return std::string(kDevanagariConsonants[c]) + kDevanagariVowelSigns[v];
    case Script::Han: return kHanSyllables[syllable];
  }
  throw std::logic_error("unknown script");
}

}  // namespace

Script nameScriptOf(const std::string& language) {
  if (language == "ar") return Script::Arabic;
  if (language == "hi") return Script::Devanagari;
  if (language == "zh") return Script::Han;
  return Script::Latin;
}

FictionalName drawName(SeededDraws& draws, const std::vector<int>& syllablesPerWord) {
  FictionalName name;
  for (int length : syllablesPerWord) {
    std::vector<std::uint8_t> word;
    for (int i = 0; i < length; ++i) word.push_back(static_cast<std::uint8_t>(draws.below(kConsonants * kVowels)));
    name.words.push_back(std::move(word));
  }
  return name;
}

std::string renderName(const FictionalName& name, Script script) {
  std::string out;
  for (std::size_t w = 0; w < name.words.size(); ++w) {
    if (w > 0) out += script == Script::Han ? "·" : " ";
    for (std::size_t s = 0; s < name.words[w].size(); ++s) out += renderSyllable(name.words[w][s], script, s == 0);
  }
  return out;
}

}  // namespace xlqa
