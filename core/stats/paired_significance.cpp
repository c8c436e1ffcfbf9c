#include "core/stats/paired_significance.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>

namespace xlqa {
namespace {

// Per-example F1 values are ratios computed in floating point, so differences that are equal
// on paper (2/3 - 1/3 and 1/3 - 0) can differ in the last bit. Within this tolerance they count
// as equal (ties) or as zero.
constexpr double kTolerance = 1e-12;

std::vector<double> differences(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) {
    throw std::invalid_argument("paired significance needs as many scores on each side (" + std::to_string(a.size()) +
                                " vs " + std::to_string(b.size()) + ")");
  }
  std::vector<double> d(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) d[i] = b[i] - a[i];
  return d;
}

double mean(const std::vector<double>& values) {
  if (values.empty()) return 0;
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

struct SignedRanks {
  double positiveRankSum = 0;  // W+
  std::size_t n = 0;           // non-zero differences
  double tieCorrection = 0;    // sum over tie groups of t^3 - t
  bool hasTies = false;
};

// Ranks |d| of the non-zero differences, ties sharing their average rank.
SignedRanks signedRanks(const std::vector<double>& d) {
  std::vector<double> nonZero;
  for (double v : d) {
    if (std::fabs(v) > kTolerance) nonZero.push_back(v);
  }
  std::sort(nonZero.begin(), nonZero.end(), [](double x, double y) { return std::fabs(x) < std::fabs(y); });

  SignedRanks ranks;
  ranks.n = nonZero.size();
  for (std::size_t first = 0; first < nonZero.size();) {
    std::size_t last = first + 1;  // one past the tie group
    while (last < nonZero.size() && std::fabs(nonZero[last]) - std::fabs(nonZero[first]) <= kTolerance) ++last;
    const double t = static_cast<double>(last - first);
    const double averageRank = static_cast<double>(first + 1 + last) / 2.0;  // ranks first+1 .. last
    for (std::size_t i = first; i < last; ++i) {
      if (nonZero[i] > 0) ranks.positiveRankSum += averageRank;
    }
    if (t > 1) {
      ranks.hasTies = true;
      ranks.tieCorrection += t * t * t - t;
    }
    first = last;
  }
  return ranks;
}

// Exact two-sided p: under H0 each rank 1..n is positive with probability 1/2, so W+ is the sum
// of a random subset of {1..n}; count the subsets for each sum.
double exactWilcoxonP(std::size_t n, double positiveRankSum) {
  const std::size_t maxSum = n * (n + 1) / 2;
  std::vector<double> ways(maxSum + 1, 0.0);  // at most 2^25: exact in a double
  ways[0] = 1;
  for (std::size_t rank = 1; rank <= n; ++rank) {
    for (std::size_t sum = maxSum; sum >= rank; --sum) ways[sum] += ways[sum - rank];
  }
  const auto w = static_cast<std::size_t>(std::llround(positiveRankSum));
  double atMost = 0, atLeast = 0;
  for (std::size_t sum = 0; sum <= maxSum; ++sum) {
    if (sum <= w) atMost += ways[sum];
    if (sum >= w) atLeast += ways[sum];
  }
  const double total = std::ldexp(1.0, static_cast<int>(n));
  return std::min(1.0, 2.0 * std::min(atMost, atLeast) / total);
}

double normalWilcoxonP(const SignedRanks& ranks) {
  const auto n = static_cast<double>(ranks.n);
  const double expected = n * (n + 1) / 4;
  const double variance = n * (n + 1) * (2 * n + 1) / 24 - ranks.tieCorrection / 48;
  if (variance <= 0) return 1;
  const double distance = std::max(0.0, std::fabs(ranks.positiveRankSum - expected) - 0.5);  // continuity
  const double z = distance / std::sqrt(variance);
  return std::min(1.0, std::erfc(z / std::sqrt(2.0)));  // 2 * (1 - Phi(|z|)), without cancellation
}

double wilcoxonP(const std::vector<double>& d) {
  const SignedRanks ranks = signedRanks(d);
  if (ranks.n == 0) return 1;
  if (ranks.n <= 25 && !ranks.hasTies) return exactWilcoxonP(ranks.n, ranks.positiveRankSum);
  return normalWilcoxonP(ranks);
}

double bootstrapP(const std::vector<double>& d, int samples, std::uint64_t seed) {
  const bool allZero = std::all_of(d.begin(), d.end(), [](double v) { return std::fabs(v) <= kTolerance; });
  if (d.empty() || samples <= 0 || allZero) return 1;
  std::mt19937_64 random(seed);
  const std::uint64_t n = d.size();
  long atMostZero = 0, atLeastZero = 0;
  for (int s = 0; s < samples; ++s) {
    double sum = 0;
    // Modulo rather than std::uniform_int_distribution, whose algorithm differs between
    // standard libraries: the p-value must be the same everywhere for a seed. The bias is
    // below n / 2^64.
    for (std::uint64_t i = 0; i < n; ++i) sum += d[random() % n];
    const double resampledMean = sum / static_cast<double>(n);
    if (resampledMean <= kTolerance) ++atMostZero;
    if (resampledMean >= -kTolerance) ++atLeastZero;
  }
  const double fraction = static_cast<double>(std::min(atMostZero, atLeastZero)) / samples;
  return std::min(1.0, 2.0 * fraction);
}

}  // namespace

PairedSignificance pairedSignificance(const std::vector<double>& a, const std::vector<double>& b, int bootstrapSamples,
                                      std::uint64_t seed) {
  const std::vector<double> d = differences(a, b);
  PairedSignificance result;
  result.examples = d.size();
  result.meanDifference = 100.0 * mean(d);
  result.wilcoxonP = wilcoxonP(d);
  result.bootstrapP = bootstrapP(d, bootstrapSamples, seed);
  return result;
}

}  // namespace xlqa
