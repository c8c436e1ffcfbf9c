#pragma once
// Confidence intervals of a run's matrix averages (XLT, G-XLT, per-language row and column means),
// of one model or of the difference between two, by a paired bootstrap over question ids: every
// resample draws question ids with replacement and uses each drawn id in every pair, so the pairs
// stay paired as they are in the data (the same question in every language). Shown as
// "57.3 ± 0.8" by the CLI, the app and the exports.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/store/run_comparison.h"

namespace xlqa {

struct BootstrapSettings {
  int resamples = 1000;
  std::uint64_t seed = 20241207;  // fixed: the same intervals on every platform and every run
  double level = 0.95;            // a percentile interval
};

struct ScoreInterval {
  double estimate = 0;  // on the data as it is, in F1 points (0..100)
  double low = 0, high = 0;
  double plusMinus() const { return (high - low) / 2; }
};

struct MatrixIntervals {
  std::vector<std::string> questionLanguages, contextLanguages;  // the matrix's, in its order
  std::optional<ScoreInterval> xlt, gxlt;
  std::vector<std::optional<ScoreInterval>> rowMeans, columnMeans;  // parallel to the languages

  std::optional<ScoreInterval> rowMean(const std::string& questionLanguage) const;
  std::optional<ScoreInterval> columnMean(const std::string& contextLanguage) const;
};

// Per-example F1 in [0, 1] of each pair, by question id.
using ExampleScores = std::map<LanguagePair, std::map<std::string, double>>;

ExampleScores exampleF1(const RunStore& run, ModelRole role);
// The same from records already read; `examples` is parallel to `pairs`.
ExampleScores exampleF1(const std::vector<PairRecord>& pairs, const std::vector<std::vector<ExampleRecord>>& examples,
                        ModelRole role);
// b - a on the question ids both have, pair by pair.
ExampleScores differenceOf(const ExampleScores& a, const ExampleScores& b);

// Intervals on `axes`' languages (a matrix of the same run, e.g. scoreMatrix); a pair without
// scores is left out, as in the matrix's own averages.
MatrixIntervals bootstrapIntervals(const LanguageMatrix& axes, const ExampleScores& scores,
                                   const BootstrapSettings& settings = {});

// F1 intervals of a run's teacher, student and student - teacher (each when the run has it).
struct RunIntervals {
  BootstrapSettings settings;
  std::optional<MatrixIntervals> teacher, student, difference;
};
RunIntervals runIntervals(const std::vector<PairRecord>& pairs, const std::vector<std::vector<ExampleRecord>>& examples,
                          const BootstrapSettings& settings = {});

// The matrix as matrixToCsv writes it, with each row's mean and its interval in three more
// columns (mean, mean_low, mean_high), three rows of column means (mean, mean_low, mean_high),
// and after an empty line an "average,estimate,low,high" table of XLT and G-XLT.
std::string matrixToCsv(const LanguageMatrix& matrix, const MatrixIntervals& intervals,
                        const BootstrapSettings& settings);
// {"estimate", "low", "high"}, or null for an unknown interval.
nlohmann::json intervalJson(const std::optional<ScoreInterval>& interval);
// {"xlt"/"gxlt": {"estimate", "low", "high"}, "row_means"/"column_means": {lang: ...},
//  "resamples", "seed", "level"}; null where an interval is unknown.
nlohmann::json toJson(const MatrixIntervals& intervals, const BootstrapSettings& settings);

// "57.3 ± 0.8" (signed: "+8.9 ± 0.7" when `signedValue`).
std::string formatInterval(const ScoreInterval& interval, bool signedValue = false);

}  // namespace xlqa
