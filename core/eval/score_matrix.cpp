#include "core/eval/score_matrix.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace xlqa {
namespace {

template <typename Keep>
MatrixAverage averageOf(const std::vector<PairScore>& pairs, Keep keep) {
  MatrixAverage average;
  for (const PairScore& p : pairs) {
    if (!keep(p.pair)) continue;
    average.exactMatch += p.totals.exactMatch();
    average.f1 += p.totals.f1();
    ++average.pairs;
  }
  if (average.pairs > 0) {
    average.exactMatch /= static_cast<double>(average.pairs);
    average.f1 /= static_cast<double>(average.pairs);
  }
  return average;
}

template <typename Member>
std::vector<std::string> distinctLanguages(const std::vector<PairScore>& pairs, Member member) {
  std::set<std::string> languages;
  for (const PairScore& p : pairs) languages.insert(p.pair.*member);
  return {languages.begin(), languages.end()};
}

}  // namespace

ExampleScore scorePrediction(const OfficialScorer& scorer, const LanguagePair& pair, const PairExample& example,
                             std::string_view prediction) {
  std::vector<std::string_view> golds;
  for (const GoldAnswer& answer : example.contextQuestion->answers) golds.push_back(answer.text);
  if (golds.empty()) {
    throw std::invalid_argument("pair " + pair.key() + ", question '" + example.question->id +
                                "': it has a prediction but no gold answer to score it against");
  }
  return scorer.score(prediction, golds);
}

PairScore scorePair(const PairExamples& examples, const Predictions& predictions, Metric metric) {
  PairScore result;
  result.pair = examples.pair;
  result.rules = rulesFor(metric, examples.pair.context);
  const OfficialScorer scorer(result.rules, examples.pair.context);
  result.examples.reserve(examples.examples.size());
  for (const PairExample& example : examples.examples) {
    ExampleScore score;
    const auto predicted = predictions.find(example.question->id);
    if (predicted != predictions.end()) score = scorePrediction(scorer, examples.pair, example, predicted->second);
    result.totals.add(score);
    result.examples.push_back(score);
  }
  return result;
}

std::vector<std::string> ScoreMatrix::questionLanguages() const {
  return distinctLanguages(pairs, &LanguagePair::question);
}
std::vector<std::string> ScoreMatrix::contextLanguages() const {
  return distinctLanguages(pairs, &LanguagePair::context);
}

const PairScore* ScoreMatrix::find(const LanguagePair& pair) const {
  const auto it = std::find_if(pairs.begin(), pairs.end(), [&](const PairScore& p) { return p.pair == pair; });
  return it == pairs.end() ? nullptr : &*it;
}

MatrixAverage ScoreMatrix::xlt() const {
  return averageOf(pairs, [](const LanguagePair& p) { return p.isXlt(); });
}
MatrixAverage ScoreMatrix::gxlt() const {
  return averageOf(pairs, [](const LanguagePair&) { return true; });
}
MatrixAverage ScoreMatrix::offDiagonal() const {
  return averageOf(pairs, [](const LanguagePair& p) { return !p.isXlt(); });
}

}  // namespace xlqa
