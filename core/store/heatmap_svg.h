#pragma once
// A run's question x context matrix as a standalone SVG picture for papers: coloured cells with
// their values, the row and column means (with their bootstrap intervals when given), the XLT and
// G-XLT averages in the caption and the colour bar, on the app's colour scales (viridis for
// scores on a fixed 0-100 range, PuOr around zero for differences). Vector, so it scales in a
// paper; written by `xlqa export --format svg` without Qt.
#include <string>

#include "core/store/run_comparison.h"
#include "core/store/score_intervals.h"

namespace xlqa {

struct HeatmapSvgOptions {
  std::string title;
  bool difference = false;                     // signed values on a scale symmetric around zero
  const MatrixIntervals* intervals = nullptr;  // the means' and averages' intervals, if any
};

std::string heatmapSvg(const LanguageMatrix& matrix, const HeatmapSvgOptions& options);

// The value a difference scale runs to on both sides: the largest |cell|, at least 0.5 (a flat
// map still gets a readable scale), as in the app.
double differenceScaleLimit(const LanguageMatrix& matrix);

}  // namespace xlqa
