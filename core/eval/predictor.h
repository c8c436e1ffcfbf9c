#pragma once
// Batched extractive-QA inference: windows are sorted by length and grouped into batches under
// a token budget, so each batch pads only to its own longest window; then span decoding.
// Progress through a callback; cancellable between batches.
#include <atomic>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/parallel_dataset.h"
#include "core/eval/qa_features.h"
#include "core/eval/span_decoder.h"
#include "core/util/cancellation.h"

namespace xlqa {

class QaModel;

struct BatchSettings {
  int maxBatchSize = 64;  // windows per forward pass at most
  // Padded tokens per forward pass at most (batch x longest window); 0: by device, see tokenBudget.
  int maxBatchTokens = 0;
  int bucketWidth = 32;  // windows batch together only within a length bucket this wide
  int padToLength = 0;   // > 0: pad every window to this length (run_qa's pad_to_max_length)
};

// The token budget in force: maxBatchTokens, or when 0 kCpuTokenBudget on the CPU (a batch's
// activations stay in cache: 2048 ran 1.3x faster than 16384 on 2 cores) and kGpuTokenBudget on a GPU.
inline constexpr int kCpuTokenBudget = 2048;
inline constexpr int kGpuTokenBudget = 16384;
int tokenBudget(const BatchSettings& settings, const QaModel& model);

struct PredictSettings {
  FeatureSettings features;
  DecodeSettings decode;
  BatchSettings batching;
};

// What the forward passes did, accumulated; for benchmarks.
struct BatchStatistics {
  std::size_t batches = 0, windows = 0;
  std::size_t realTokens = 0, paddedTokens = 0;  // tokens of the windows / cells of the padded batches
  double forwardSeconds = 0;                     // inside the model
  double executedFlops = 0;                      // encoder + head multiply-adds x 2, padded shapes

  double paddingFraction() const { return paddedTokens ? 1.0 - double(realTokens) / double(paddedTokens) : 0.0; }
};

// Multiply-add FLOPs of the encoder and QA head on a [batch x length] input.
double encoderFlops(std::int64_t layers, std::int64_t hidden, std::int64_t intermediate, double batch, double length);

struct WindowLogits {
  std::vector<float> start, end;  // one per token of the window
};

// Called after each batch with the windows finished so far and their total.
using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

// Batches of window indices: sorted by length, each within one length bucket (so a window is
// padded by less than bucketWidth tokens) and under the batch limits.
std::vector<std::vector<std::size_t>> planBatches(const std::vector<QaFeature>& features,
                                                  const BatchSettings& settings);

// A model whose logits hold NaN or Inf (a diverged or damaged checkpoint): scoring them would
// print F1 0.00 as if the model had simply answered wrong.
struct NonFiniteLogits : std::runtime_error {
  std::size_t feature;  // the first window with a non-finite logit
  NonFiniteLogits(std::size_t window, const std::string& what) : std::runtime_error(what), feature(window) {}
};

// Logits of every window, aligned with `features`. Throws Cancelled when `cancel` turns true,
// NonFiniteLogits when the model outputs NaN or Inf.
std::vector<WindowLogits> runWindows(const QaModel& model, std::int64_t padId, const std::vector<QaFeature>& features,
                                     const BatchSettings& settings, const ProgressCallback& progress = {},
                                     const std::atomic<bool>* cancel = nullptr, BatchStatistics* statistics = nullptr);

// Answers of examples 0..contexts.size()-1 from their windows (features carry the example index,
// grouped in example order).
std::vector<DecodedAnswer> decodeExamples(const std::vector<std::string_view>& contexts,
                                          const std::vector<QaFeature>& features,
                                          const std::vector<WindowLogits>& logits, const DecodeSettings& settings);

// run_qa strips a question's leading whitespace before tokenising it.
std::string_view leftStripped(std::string_view text);

struct ExamplePrediction {
  std::string id;
  DecodedAnswer answer;
};

// The windows of every example of the pair (question left-stripped and truncated), in example order.
std::vector<QaFeature> pairFeatures(const Tokenizer& tokenizer, const PairExamples& pair,
                                    const FeatureSettings& settings);

// The whole path for one pair, tokenising as it goes. Predictions in the order of pair.examples.
std::vector<ExamplePrediction> predictPair(const QaModel& model, const Tokenizer& tokenizer, const PairExamples& pair,
                                           const PredictSettings& settings, const ProgressCallback& progress = {},
                                           const std::atomic<bool>* cancel = nullptr,
                                           BatchStatistics* statistics = nullptr);

}  // namespace xlqa
