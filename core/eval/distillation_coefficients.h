#pragma once
// How much the student should trust the teacher on a batch: the mAP@k and MRR@k coefficients of
// self-knowledge distillation (Carrino et al., 2023). Torch-free so that the views, the CLI and
// the trainer share one definition.
//
// The reference code scores each example by feeding a 0/1 hit list to the Kaggle apk() with
// actual = [1]; since apk counts a value only once, AP@k is the reciprocal rank of the FIRST
// top-k position that hits, 0 when none does. We reproduce that exactly: mAP@k and MRR@k differ
// only in what a hit is (within the window around gold, or gold itself).
#include <cstddef>
#include <vector>

namespace xlqa {

enum class CoefficientKind {
  MapAtK,  // hit: within the gold window
  MrrAtK,  // hit: exactly the gold position
};

struct CoefficientSettings {
  CoefficientKind kind = CoefficientKind::MapAtK;
  int k = 10;
  int window = 5;
  // false: the reference code's window, gold - w .. gold + w - 1 (Python's range(g - w, g + w));
  // true: gold - w .. gold + w.
  bool symmetricWindow = false;
};

// Is `position` a hit for gold position `gold` under the settings?
bool isHit(int position, int gold, const CoefficientSettings& settings);

// The k highest-scoring positions of scores[0, n), best first; ties go to the lower position.
// Softmax at any temperature keeps this order, so logits can be ranked directly.
std::vector<int> topPositions(const float* scores, std::size_t n, int k);

// Reciprocal rank of the first hit, 0 when there is none (the reference apk on a hit list).
double averagePrecision(const std::vector<bool>& hits);

struct RankedPositions {
  std::vector<int> positions;  // top-k, best first
  std::vector<bool> hits;      // aligned with positions
  double averagePrecision = 0;
};

struct ExampleCoefficient {
  RankedPositions start, end;
  double coefficient = 0;  // (AP start + AP end) / 2
};

// One example: the teacher's start/end logits over one window and the gold token positions in it.
ExampleCoefficient exampleCoefficient(const float* startLogits, const float* endLogits, std::size_t length,
                                      int goldStart, int goldEnd, const CoefficientSettings& settings);

// The batch's coefficient: mean AP start and mean AP end, averaged (0 for an empty batch).
double batchCoefficient(const std::vector<ExampleCoefficient>& examples);

// The distribution the combined loss alpha_ce * CE + c * KL pulls the student towards at T = 1:
// its gradient in the logits vanishes at (alpha_ce * onehot(gold) + c * teacher) / (alpha_ce + c).
std::vector<double> blendedTarget(const std::vector<double>& teacherProbabilities, int gold, double alphaCe,
                                  double coefficient);

}  // namespace xlqa
