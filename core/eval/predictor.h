#pragma once
// Batched extractive-QA inference over the examples of a language pair: tokenise, window,
// batch by length, run the model, decode. Progress through a callback; cancellable.
#include <atomic>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/data/parallel_dataset.h"
#include "core/eval/qa_features.h"
#include "core/eval/span_decoder.h"

namespace xlqa {

class QaModel;

struct PredictSettings {
  FeatureSettings features;
  DecodeSettings decode;
  int batchSize = 32;
};

struct ExamplePrediction {
  std::string id;
  DecodedAnswer answer;
};

// Called after each batch with examples finished so far and the total.
using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("cancelled") {}
};

// Predictions in the order of pair.examples. Throws Cancelled when `cancel` becomes true.
std::vector<ExamplePrediction> predictPair(const QaModel& model, const Tokenizer& tokenizer, const PairExamples& pair,
                                           const PredictSettings& settings, const ProgressCallback& progress = {},
                                           const std::atomic<bool>* cancel = nullptr);

}  // namespace xlqa
