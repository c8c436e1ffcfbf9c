#include "core/eval/official_scores.h"

#include <algorithm>
#include <stdexcept>

namespace xlqa {

void ScoreTotals::add(const ExampleScore& score) {
  ++total;
  if (!score.answered) return;
  ++answered;
  exactMatchSum += score.exactMatch;
  f1Sum += score.f1;
}

double ScoreTotals::exactMatch() const {
  if (total == 0) throw std::logic_error("no examples to score");
  return 100.0 * static_cast<double>(exactMatchSum) / static_cast<double>(total);
}

double ScoreTotals::f1() const {
  if (total == 0) throw std::logic_error("no examples to score");
  return 100.0 * f1Sum / static_cast<double>(total);
}

// Counter(prediction) & Counter(gold), then precision and recall in the scripts' order of
// operations: (2 * p * r) / (p + r) differs in the last bit from 2s / (|p| + |g|) for ~4%.
double f1Score(const std::vector<Token>& prediction, const std::vector<Token>& gold) {
  std::vector<const Token*> predSorted, goldSorted;
  for (const auto& t : prediction) predSorted.push_back(&t);
  for (const auto& t : gold) goldSorted.push_back(&t);
  const auto less = [](const Token* a, const Token* b) { return *a < *b; };
  std::sort(predSorted.begin(), predSorted.end(), less);
  std::sort(goldSorted.begin(), goldSorted.end(), less);
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < predSorted.size() && j < goldSorted.size();) {
    if (*predSorted[i] < *goldSorted[j]) {
      ++i;
    } else if (*goldSorted[j] < *predSorted[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  if (common == 0) return 0.0;
  const double precision = 1.0 * static_cast<double>(common) / static_cast<double>(prediction.size());
  const double recall = 1.0 * static_cast<double>(common) / static_cast<double>(gold.size());
  return (2 * precision * recall) / (precision + recall);
}

OfficialScorer::OfficialScorer(ScoringRules rules, std::string contextLanguage)
    : normalizer_(rules, std::move(contextLanguage)) {}

ExampleScore OfficialScorer::score(std::string_view prediction, const std::vector<std::string_view>& golds) const {
  if (golds.empty()) throw std::invalid_argument("the question has no gold answer to score against");
  const std::vector<Token> predicted = normalizer_.tokens(prediction);
  ExampleScore result;
  result.answered = true;
  for (std::string_view gold : golds) {
    const std::vector<Token> expected = normalizer_.tokens(gold);
    result.exactMatch = std::max(result.exactMatch, predicted == expected ? 1 : 0);
    result.f1 = std::max(result.f1, f1Score(predicted, expected));
  }
  return result;
}

}  // namespace xlqa
