#pragma once
// Exact Match and F1 as the official SQuAD v1.1 and MLQA scripts compute them: per example
// the maximum over gold answers, per dataset the sums in file order, 100 * sum / total.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/answer_normalizer.h"

namespace xlqa {

struct ExampleScore {
  bool answered = false;  // a missing prediction scores 0 and still counts in the total
  int exactMatch = 0;     // 0 or 1
  double f1 = 0.0;        // in [0, 1]
};

// Running totals in the scripts' own arithmetic, so aggregates match them bit for bit.
struct ScoreTotals {
  std::size_t total = 0;
  std::size_t answered = 0;
  std::int64_t exactMatchSum = 0;
  double f1Sum = 0.0;  // accumulated sequentially in dataset order

  void add(const ExampleScore& score);
  double exactMatch() const;  // 100.0 * exactMatchSum / total; throws on an empty set
  double f1() const;
};

double f1Score(const std::vector<Token>& prediction, const std::vector<Token>& gold);

class OfficialScorer {
 public:
  OfficialScorer(ScoringRules rules, std::string contextLanguage);

  // Max EM and max F1 over the gold answers, each on its own. Throws std::invalid_argument
  // for an empty gold list (the scripts crash on it).
  ExampleScore score(std::string_view prediction, const std::vector<std::string_view>& golds) const;
  const AnswerNormalizer& normalizer() const { return normalizer_; }

 private:
  AnswerNormalizer normalizer_;
};

}  // namespace xlqa
