#include "core/eval/answer_normalizer.h"

#include <stdexcept>

#include "core/text/unicode_properties.h"
#include "core/util/utf8.h"

namespace xlqa {
namespace {

bool isAsciiPunctuation(char32_t cp) {  // Python's string.punctuation
  return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60) ||
         (cp >= 0x7B && cp <= 0x7E);
}

// The range mixed_segmentation tests with re.search(r'[\u4e00-\u9fa5]', char).
bool isSegmentedCjk(char32_t cp) { return cp >= 0x4E00 && cp <= 0x9FA5; }

std::vector<std::u32string> articlesOf(ScoringRules rules, std::string_view language) {
  if (rules == ScoringRules::SquadV11 || language == "en") return {U"a", U"an", U"the"};
  if (language == "es") return {U"un", U"una", U"unos", U"unas", U"el", U"la", U"los", U"las"};
  if (language == "de")
    return {U"ein", U"eine", U"einen", U"einem", U"eines", U"einer", U"der", U"die", U"das", U"den", U"dem", U"des"};
  if (language == "vi") return {U"c\u1EE7a", U"l\u00E0", U"c\u00E1i", U"chi\u1EBFc", U"nh\u1EEFng"};
  return {};
}

}  // namespace

std::string_view rulesId(ScoringRules rules) {
  switch (rules) {
    case ScoringRules::SquadV11: return "squad_v1.1";
    case ScoringRules::MlqaV1: return "mlqa_v1";
    case ScoringRules::MlqaV1Adapted: return "mlqa_v1_adapted";
  }
  return "?";
}

ScoringRules rulesFromId(std::string_view id) {
  for (ScoringRules rules : {ScoringRules::SquadV11, ScoringRules::MlqaV1, ScoringRules::MlqaV1Adapted})
    if (rulesId(rules) == id) return rules;
  throw std::invalid_argument("unknown scoring rules '" + std::string(id) + "'");
}

bool isMlqaLanguage(std::string_view language) {
  for (std::string_view known : {"en", "es", "hi", "vi", "de", "ar", "zh"})
    if (language == known) return true;
  return false;
}

ScoringRules rulesFor(Metric metric, std::string_view contextLanguage) {
  if (metric == Metric::Squad) return ScoringRules::SquadV11;
  return isMlqaLanguage(contextLanguage) ? ScoringRules::MlqaV1 : ScoringRules::MlqaV1Adapted;
}

Metric parseMetric(std::string_view name) {
  if (name == "squad") return Metric::Squad;
  if (name == "mlqa") return Metric::Mlqa;
  throw std::invalid_argument("unknown metric '" + std::string(name) + "'; expected mlqa or squad");
}

AnswerNormalizer::AnswerNormalizer(ScoringRules rules, std::string language)
    : rules_(rules), language_(std::move(language)) {
  if (rules_ == ScoringRules::MlqaV1 && !isMlqaLanguage(language_)) {
    throw std::invalid_argument("the MLQA script rejects language '" + language_ +
                                "' (Unknown Language); use the adapted MLQA rules");
  }
  articles_ = articlesOf(rules_, language_);
  const bool mlqa = rules_ != ScoringRules::SquadV11;
  arabicArticle_ = mlqa && language_ == "ar";
  mixedSegmentation_ = mlqa && language_ == "zh";
}

std::u32string AnswerNormalizer::removePunctuation(std::u32string_view text) const {
  const bool unicodePunctuation = rules_ != ScoringRules::SquadV11;
  std::u32string out;
  out.reserve(text.size());
  for (char32_t cp : text) {
    const bool punctuation = isAsciiPunctuation(cp) || (unicodePunctuation && unicode::isPunctuation(cp));
    if (!punctuation) out.push_back(cp);
  }
  return out;
}

// re.sub(r'\b(a|an|the)\b', ' ', text): an article matches exactly when a maximal run of
// word characters equals it, since every article consists of word characters only.
std::u32string AnswerNormalizer::removeArticles(std::u32string text) const {
  if (arabicArticle_) {  // re.sub('\sال^|ال', ' ', text): the first branch can never match
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == 0x627 && i + 1 < text.size() && text[i + 1] == 0x644) {
        out.push_back(U' ');
        ++i;
      } else {
        out.push_back(text[i]);
      }
    }
    return out;
  }
  if (articles_.empty()) return text;
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (!unicode::isWordCharacter(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && unicode::isWordCharacter(text[end])) ++end;
    const std::u32string_view word(text.data() + i, end - i);
    bool isArticle = false;
    for (const auto& article : articles_) isArticle = isArticle || word == article;
    if (isArticle) {
      out.push_back(U' ');
    } else {
      out.append(word);
    }
    i = end;
  }
  return out;
}

// str.split(), or mixed_segmentation for MLQA zh.
std::vector<Token> AnswerNormalizer::split(std::u32string_view text) const {
  std::vector<Token> tokens;
  Token current;
  const auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (char32_t cp : text) {
    if (unicode::isWhitespace(cp)) {
      flush();
    } else if (mixedSegmentation_ && isSegmentedCjk(cp)) {
      flush();
      tokens.emplace_back(1, cp);
    } else {
      current.push_back(cp);
    }
  }
  flush();
  return tokens;
}

std::vector<Token> AnswerNormalizer::tokens(std::string_view utf8Text) const {
  const std::u32string lowered = unicode::toLower(utf8::decode(utf8Text));
  return split(removeArticles(removePunctuation(lowered)));
}

std::string AnswerNormalizer::normalize(std::string_view utf8Text) const {
  std::string out;
  for (const Token& token : tokens(utf8Text)) {
    if (!out.empty()) out.push_back(' ');
    out += utf8::encode(token);
  }
  return out;
}

}  // namespace xlqa
