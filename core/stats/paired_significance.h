#pragma once
// Paired significance of per-example score differences between two models on the same examples.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace xlqa {

// Paired test of per-example F1 differences (b - a) on the same examples.
struct PairedSignificance {
  double meanDifference = 0;  // in F1 points (0..100)
  double wilcoxonP = 1;   // two-sided Wilcoxon signed-rank (zeros dropped, ties averaged, normal approximation with tie
                          // and continuity correction; exact for n <= 25 without ties)
  double bootstrapP = 1;  // two-sided paired bootstrap: how often the resampled mean difference crosses 0
  std::size_t examples = 0;
};
// `a` and `b` are per-example F1 in [0, 1], aligned; throws std::invalid_argument when their
// sizes differ. Deterministic for a given seed on every platform.
PairedSignificance pairedSignificance(const std::vector<double>& a, const std::vector<double>& b,
                                      int bootstrapSamples = 10000, std::uint64_t seed = 20240611);

}  // namespace xlqa
