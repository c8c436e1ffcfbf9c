#pragma once
// The XLT / G-XLT evaluation of a teacher and/or a student over language pairs of a parallel
// dataset. Each question and each context is tokenised once per language and tokenizer;
// windows are built per pair, batched by length, decoded and scored with the official rules;
// every finished pair goes to the run store at once, so memory is bounded by one pair and a
// cancelled or killed run resumes where it stopped.
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/data/parallel_dataset.h"
#include "core/eval/answer_normalizer.h"
#include "core/eval/predictor.h"
#include "core/eval/run_records.h"
#include "core/eval/token_cache.h"

namespace xlqa {

class QaModel;

struct EvaluatedModel {
  ModelRole role = ModelRole::Teacher;
  const QaModel* model = nullptr;
  const Tokenizer* tokenizer = nullptr;
};

struct EvaluationSettings {
  PredictSettings predict;
  Metric metric = Metric::Mlqa;
  int topK = 5;                        // n-best spans kept per example for the views
  std::size_t maxExamplesPerPair = 0;  // > 0: only the first examples of each pair (benchmarks)

  nlohmann::json toJson() const;  // recorded in the manifest; a resume must match it
};

struct EvaluationProgress {
  std::size_t pairsDone = 0, pairsTotal = 0;
  std::size_t examplesDone = 0, examplesTotal = 0;  // examples x models
  double examplesPerSecond = 0;
  double etaSeconds = 0;
  std::string pair;  // the pair in progress
  // The pair in progress counted from 1, for "pair 3 of 49": the last once every pair is done.
  std::size_t pairNumber() const { return pairsDone < pairsTotal ? pairsDone + 1 : pairsTotal; }
};
using EvaluationProgressCallback = std::function<void(const EvaluationProgress&)>;

class EvaluationEngine {
 public:
  EvaluationEngine(const ParallelDataset& dataset, std::vector<EvaluatedModel> models, EvaluationSettings settings);
  ~EvaluationEngine();

  // One pair with every model. `progress` gets the pair's (done, total) windows x models.
  std::pair<PairRecord, std::vector<ExampleRecord>> evaluatePair(const LanguagePair& pair,
                                                                 const ProgressCallback& progress = {},
                                                                 const std::atomic<bool>* cancel = nullptr);

  // Examples x models that evaluatePair(pair) will go through (progress totals, shard weights).
  std::size_t workFor(const LanguagePair& pair) const;

  const BatchStatistics& statistics() const { return statistics_; }  // over everything evaluated so far

 private:
  TokenCache& cacheFor(const Tokenizer* tokenizer);

  const ParallelDataset& dataset_;
  std::vector<EvaluatedModel> models_;
  EvaluationSettings settings_;
  std::vector<std::pair<const Tokenizer*, std::unique_ptr<TokenCache>>> caches_;
  BatchStatistics statistics_;
};

}  // namespace xlqa
