#pragma once
// Comparing models and runs: matrices of scores and differences, XLT / G-XLT averages, row and
// column means, and per-pair paired significance of F1 differences.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/stats/paired_significance.h"
#include "core/store/run_store.h"

namespace xlqa {

enum class ScoreKind { ExactMatch, F1 };

// A question-language x context-language matrix; missing cells are nullopt.
struct LanguageMatrix {
  std::vector<std::string> questionLanguages, contextLanguages;
  std::vector<std::vector<std::optional<double>>> cells;  // [question][context]

  std::optional<double> at(const LanguagePair& pair) const;
  std::optional<double> xltAverage() const;          // diagonal
  std::optional<double> gxltAverage() const;         // every cell, diagonal included
  std::optional<double> offDiagonalAverage() const;  // cross-lingual cells
  std::vector<std::optional<double>> rowMeans() const;
  std::vector<std::optional<double>> columnMeans() const;
};

// One model's matrix over the pairs it was scored on, languages sorted.
LanguageMatrix scoreMatrix(const std::vector<PairRecord>& records, ModelRole role, ScoreKind kind);
LanguageMatrix scoreMatrix(const RunStore& run, ModelRole role, ScoreKind kind);

// A role's XLT (diagonal) and G-XLT (every pair, diagonal included) means of F1 and EM over a
// run's completed pairs; 0 where the run has none.
struct RunAverages {
  double xltF1 = 0, gxltF1 = 0, xltExactMatch = 0, gxltExactMatch = 0;
};
RunAverages runAverages(const RunStore& run, ModelRole role);
// Student - teacher within a run, or run B's role - run A's role across runs.
LanguageMatrix differenceMatrix(const LanguageMatrix& a, const LanguageMatrix& b);

struct PairComparison {
  LanguagePair pair;
  double a = 0, b = 0;  // F1 of each side
  PairedSignificance significance;
};
// Per pair significance of (b - a) F1 for pairs both sides have, matching examples by id.
std::vector<PairComparison> comparePairs(const RunStore& runA, ModelRole roleA, const RunStore& runB, ModelRole roleB);

// When the two sides computed in different dtypes ("A (teacher) ran in fp32, B (student) in
// bf16: ..."), for every comparison to say; nullopt when they agree.
std::optional<std::string> dtypeDifference(const RunStore& runA, ModelRole roleA, const RunStore& runB,
                                           ModelRole roleB);

// Exports: CSV (rows = question language, first column the language, then one column per
// context language) and JSON ({"question_languages", "context_languages", "cells",
// "xlt", "gxlt", "off_diagonal"}) of a matrix.
std::string matrixToCsv(const LanguageMatrix& matrix);
// The shortest text that reads back as the same double, as CSV and JSON exports write numbers.
std::string numberText(double value);
nlohmann::json matrixToJson(const LanguageMatrix& matrix);

}  // namespace xlqa
