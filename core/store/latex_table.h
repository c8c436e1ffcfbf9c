#pragma once
// A score matrix as a paper-ready LaTeX table: booktabs rules, question languages down, context
// languages across, the row and column means, the best value of each row in bold, and optionally
// each mean with its bootstrap interval ("57.3 $\pm$ 0.8").
#include <optional>
#include <string>

#include "core/store/score_intervals.h"

namespace xlqa {

struct LatexTableOptions {
  std::string caption;  // e.g. "Student F1 on XQuAD"; escaped
  std::string label;    // \label{...}; none when empty
  int decimals = 1;
  bool signedValues = false;                 // differences: "+3.1"
  std::optional<MatrixIntervals> intervals;  // the means and averages with their intervals
};

std::string matrixToLatex(const LanguageMatrix& matrix, const LatexTableOptions& options = {});

}  // namespace xlqa
