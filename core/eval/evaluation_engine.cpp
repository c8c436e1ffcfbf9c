#include "core/eval/evaluation_engine.h"

#include <algorithm>
#include <chrono>
#include <unordered_map>

#include "core/eval/official_scores.h"
#include "core/eval/score_matrix.h"
#include "core/model/qa_model.h"

namespace xlqa {

namespace {

std::vector<SpanSummary> topSpans(const DecodedAnswer& answer, int k) {
  std::vector<SpanSummary> top;
  for (const SpanCandidate& c : answer.nbest) {
    if (static_cast<int>(top.size()) >= k) break;
    top.push_back({c.text, c.span.begin, c.span.end, c.probability});
  }
  return top;
}

ModelPairScore pairScore(const ScoreTotals& totals) { return {totals.exactMatch(), totals.f1(), totals.answered}; }

}  // namespace

nlohmann::json EvaluationSettings::toJson() const {
  return {{"max_seq_length", predict.features.maxSeqLength},
          {"doc_stride", predict.features.docStride},
          {"max_query_length", predict.features.maxQueryLength},
          {"n_best", predict.decode.nBest},
          {"max_answer_length", predict.decode.maxAnswerLength},
          {"metric", metric == Metric::Mlqa ? "mlqa" : "squad"},
          {"top_k", topK},
          {"max_examples_per_pair", maxExamplesPerPair}};
}

EvaluationEngine::EvaluationEngine(const ParallelDataset& dataset, std::vector<EvaluatedModel> models,
                                   EvaluationSettings settings)
    : dataset_(dataset), models_(std::move(models)), settings_(std::move(settings)) {
  if (models_.empty()) throw std::invalid_argument("nothing to evaluate: give a teacher, a student or both");
}

EvaluationEngine::~EvaluationEngine() = default;

TokenCache& EvaluationEngine::cacheFor(const Tokenizer* tokenizer) {
  for (auto& [key, cache] : caches_)
    if (key == tokenizer) return *cache;
  caches_.emplace_back(tokenizer, std::make_unique<TokenCache>(*tokenizer, settings_.predict.features.maxQueryLength));
  return *caches_.back().second;
}

std::pair<PairRecord, std::vector<ExampleRecord>> EvaluationEngine::evaluatePair(const LanguagePair& pair,
                                                                                 const ProgressCallback& progress,
                                                                                 const std::atomic<bool>* cancel) {
  const auto started = std::chrono::steady_clock::now();
  const PairExamples examples = dataset_.pair(pair, settings_.maxExamplesPerPair);
  const ScoringRules rules = rulesFor(settings_.metric, pair.context);
  const OfficialScorer scorer(rules, pair.context);

  std::vector<ExampleRecord> records(examples.examples.size());
  std::vector<std::string_view> contexts;
  for (std::size_t i = 0; i < examples.examples.size(); ++i) {
    const PairExample& example = examples.examples[i];
    records[i].id = example.question->id;
    for (const GoldAnswer& gold : example.contextQuestion->answers) records[i].golds.push_back(gold.text);
    contexts.push_back(example.paragraph->context);
  }

  PairRecord record{pair, std::string(rulesId(rules)), examples.examples.size(), {}, {}, 0};
  for (std::size_t m = 0; m < models_.size(); ++m) {
    const EvaluatedModel& evaluated = models_[m];
    TokenCache& cache = cacheFor(evaluated.tokenizer);
    std::vector<QaFeature> features;
    for (std::size_t i = 0; i < examples.examples.size(); ++i) {
      const PairExample& example = examples.examples[i];
      for (auto& f : buildFeatures(*evaluated.tokenizer, cache.question(example.question),
                                   cache.context(example.paragraph), settings_.predict.features, i))
        features.push_back(std::move(f));
    }
    const ProgressCallback modelProgress = [&](std::size_t done, std::size_t total) {
      if (progress) progress(m * total + done, models_.size() * total);
    };
    std::vector<WindowLogits> logits;
    try {
      logits = runWindows(*evaluated.model, evaluated.tokenizer->padId(), features, settings_.predict.batching,
                          modelProgress, cancel, &statistics_);
    } catch (const NonFiniteLogits& e) {
      const std::size_t example = features[e.feature].example;
      throw NonFiniteLogits(e.feature, "pair " + pair.key() + ", " + roleName(evaluated.role) + " (" +
                                           evaluated.model->directory() + "), example " +
                                           examples.examples[example].question->id + ": " + e.what());
    }
    const auto answers = decodeExamples(contexts, features, logits, settings_.predict.decode);

    ScoreTotals totals;
    for (std::size_t i = 0; i < answers.size(); ++i) {
      const ExampleScore score = scorePrediction(scorer, pair, examples.examples[i], answers[i].text);
      totals.add(score);
      ModelExampleResult result{answers[i].text, score.exactMatch, score.f1, topSpans(answers[i], settings_.topK)};
      (evaluated.role == ModelRole::Teacher ? records[i].teacher : records[i].student) = std::move(result);
    }
    (evaluated.role == ModelRole::Teacher ? record.teacher : record.student) = pairScore(totals);
  }
  record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return {record, records};
}

std::size_t EvaluationEngine::workFor(const LanguagePair& pair) const {
  return dataset_.pair(pair, settings_.maxExamplesPerPair).examples.size() * models_.size();
}

}  // namespace xlqa
