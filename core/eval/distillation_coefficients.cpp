#include "core/eval/distillation_coefficients.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace xlqa {

bool isHit(int position, int gold, const CoefficientSettings& settings) {
  if (settings.kind == CoefficientKind::MrrAtK) return position == gold;
  const int last = settings.symmetricWindow ? gold + settings.window : gold + settings.window - 1;
  return position >= gold - settings.window && position <= last;
}

std::vector<int> topPositions(const float* scores, std::size_t n, int k) {
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  const auto count = std::min<std::size_t>(n, static_cast<std::size_t>(std::max(0, k)));
  std::partial_sort(order.begin(), order.begin() + static_cast<long>(count), order.end(),
                    [&](int a, int b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
  order.resize(count);
  return order;
}

double averagePrecision(const std::vector<bool>& hits) {
  for (std::size_t i = 0; i < hits.size(); ++i)
    if (hits[i]) return 1.0 / static_cast<double>(i + 1);
  return 0.0;
}

namespace {

RankedPositions rank(const float* logits, std::size_t length, int gold, const CoefficientSettings& settings) {
  RankedPositions ranked;
  ranked.positions = topPositions(logits, length, settings.k);
  for (int position : ranked.positions) ranked.hits.push_back(isHit(position, gold, settings));
  ranked.averagePrecision = averagePrecision(ranked.hits);
  return ranked;
}

}  // namespace

ExampleCoefficient exampleCoefficient(const float* startLogits, const float* endLogits, std::size_t length,
                                      int goldStart, int goldEnd, const CoefficientSettings& settings) {
  if (settings.k < 1) throw std::invalid_argument("k must be at least 1");
  if (settings.window < 0) throw std::invalid_argument("the window must not be negative");
  ExampleCoefficient result;
  result.start = rank(startLogits, length, goldStart, settings);
  result.end = rank(endLogits, length, goldEnd, settings);
  result.coefficient = (result.start.averagePrecision + result.end.averagePrecision) / 2;
  return result;
}

double batchCoefficient(const std::vector<ExampleCoefficient>& examples) {
  if (examples.empty()) return 0.0;
  double start = 0, end = 0;
  for (const auto& e : examples) start += e.start.averagePrecision, end += e.end.averagePrecision;
  const auto n = static_cast<double>(examples.size());
  return (start / n + end / n) / 2;
}

std::vector<double> blendedTarget(const std::vector<double>& teacherProbabilities, int gold, double alphaCe,
                                  double coefficient) {
  const double total = alphaCe + coefficient;
  std::vector<double> target(teacherProbabilities.size(), 0.0);
  if (total <= 0) return target;
  for (std::size_t i = 0; i < target.size(); ++i)
    target[i] = (coefficient * teacherProbabilities[i] + (static_cast<int>(i) == gold ? alphaCe : 0.0)) / total;
  return target;
}

}  // namespace xlqa
