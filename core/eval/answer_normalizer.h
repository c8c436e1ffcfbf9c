#pragma once
// normalize_answer() of the official evaluation scripts, reproduced exactly:
// lower -> remove punctuation -> remove articles -> whitespace (or zh mixed) tokenisation.
#include <string>
#include <string_view>
#include <vector>

namespace xlqa {

// The reference scripts whose rules can be applied; ids as in ../shared/fixtures/metrics.
enum class ScoringRules {
  SquadV11,       // evaluate-v1.1.py: ASCII punctuation, English articles in every language
  MlqaV1,         // mlqa_evaluation_v1.py: Unicode punctuation, per-language articles, zh segmentation
  MlqaV1Adapted,  // the self-distillation paper's copy: as MlqaV1, and languages MLQA rejects get
                  // no article list and whitespace tokens
};

// What the user asks for; the rules follow from it and the context language.
enum class Metric { Squad, Mlqa };

std::string_view rulesId(ScoringRules rules);    // "squad_v1.1", "mlqa_v1", "mlqa_v1_adapted"
ScoringRules rulesFromId(std::string_view id);   // the inverse; throws std::invalid_argument
bool isMlqaLanguage(std::string_view language);  // en es hi vi de ar zh
// Squad -> SquadV11; Mlqa -> MlqaV1 for MLQA's languages, MlqaV1Adapted for the others.
ScoringRules rulesFor(Metric metric, std::string_view contextLanguage);
Metric parseMetric(std::string_view name);  // "squad" or "mlqa"; throws std::invalid_argument

using Token = std::u32string;

class AnswerNormalizer {
 public:
  // Throws std::invalid_argument for MlqaV1 with a language it rejects ("Unknown Language xx").
  AnswerNormalizer(ScoringRules rules, std::string language);

  std::vector<Token> tokens(std::string_view utf8Text) const;  // normalize_answer(s).split()
  std::string normalize(std::string_view utf8Text) const;      // normalize_answer(s)

  ScoringRules rules() const { return rules_; }
  const std::string& language() const { return language_; }

 private:
  std::u32string removePunctuation(std::u32string_view text) const;
  std::u32string removeArticles(std::u32string text) const;
  std::vector<Token> split(std::u32string_view text) const;

  ScoringRules rules_;
  std::string language_;
  std::vector<std::u32string> articles_;  // whole-word articles replaced by a space
  bool arabicArticle_ = false;            // MLQA ar: every "ال" replaced by a space
  bool mixedSegmentation_ = false;        // MLQA zh: CJK characters are tokens of their own
};

}  // namespace xlqa
