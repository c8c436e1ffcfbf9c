#pragma once
// Scores of predictions over language pairs: per example, per pair, and the matrix averages
// the G-XLT literature reports.
#include <string>
#include <vector>

#include "core/data/parallel_dataset.h"
#include "core/eval/official_scores.h"
#include "core/eval/predictions.h"

namespace xlqa {

struct PairScore {
  LanguagePair pair;
  ScoringRules rules = ScoringRules::SquadV11;
  ScoreTotals totals;
  std::vector<ExampleScore> examples;  // aligned with PairExamples::examples
};

// One predicted answer against the example's gold answers (from the context-language file).
// Throws std::invalid_argument naming the pair and question when it has no gold answer (the
// official scripts crash on it).
ExampleScore scorePrediction(const OfficialScorer& scorer, const LanguagePair& pair, const PairExample& example,
                             std::string_view prediction);

// Scores one pair against the context language's gold answers with the rules the metric
// picks for the context language. Missing predictions score 0. Throws std::invalid_argument
// naming the pair and question when a predicted question has no gold answer.
PairScore scorePair(const PairExamples& examples, const Predictions& predictions, Metric metric);

struct MatrixAverage {
  double exactMatch = 0.0;
  double f1 = 0.0;
  std::size_t pairs = 0;  // 0 when no pair of that kind was scored
};

struct ScoreMatrix {
  std::vector<PairScore> pairs;  // sorted by (question, context)

  std::vector<std::string> questionLanguages() const;
  std::vector<std::string> contextLanguages() const;
  const PairScore* find(const LanguagePair& pair) const;

  MatrixAverage xlt() const;          // the diagonal: question and context share a language
  MatrixAverage gxlt() const;         // every pair, diagonal included (as the paper defines G-XLT)
  MatrixAverage offDiagonal() const;  // cross-lingual pairs only
};

}  // namespace xlqa
