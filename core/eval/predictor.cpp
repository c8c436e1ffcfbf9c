#include "core/eval/predictor.h"

#include <cmath>
#include "core/eval/token_cache.h"

#include <algorithm>
#include <chrono>
#include <numeric>

#include "core/model/qa_model.h"
#include "core/text/unicode_properties.h"
#include "core/util/utf8.h"

namespace xlqa {
namespace {

TokenBatch makeBatch(const std::vector<QaFeature>& features, const std::vector<std::size_t>& members,
                     std::int64_t padId, int padToLength) {
  std::size_t longest = static_cast<std::size_t>(std::max(0, padToLength));
  for (std::size_t f : members) longest = std::max(longest, features[f].encoding.ids.size());
  TokenBatch batch;
  batch.batchSize = static_cast<std::int64_t>(members.size());
  batch.seqLen = static_cast<std::int64_t>(longest);
  const std::size_t cells = members.size() * longest;
  batch.inputIds.assign(cells, padId);
  batch.attentionMask.assign(cells, 0);
  batch.tokenTypeIds.assign(cells, 0);
  for (std::size_t row = 0; row < members.size(); ++row) {
    const Encoding& e = features[members[row]].encoding;
    const auto at = static_cast<long>(row * longest);
    std::copy(e.ids.begin(), e.ids.end(), batch.inputIds.begin() + at);
    std::fill_n(batch.attentionMask.begin() + at, e.ids.size(), 1);
    std::copy(e.typeIds.begin(), e.typeIds.end(), batch.tokenTypeIds.begin() + at);
  }
  return batch;
}

}  // namespace

std::string_view leftStripped(std::string_view text) {
  std::size_t skip = 0;
  const std::vector<std::size_t> bytes = utf8::codePointByteOffsets(text);
  const std::u32string decoded = utf8::decode(text);
  while (skip < decoded.size() && unicode::isWhitespace(decoded[skip])) ++skip;
  return text.substr(bytes[skip]);
}

double encoderFlops(std::int64_t layers, std::int64_t hidden, std::int64_t intermediate, double batch, double length) {
  const double h = static_cast<double>(hidden), i = static_cast<double>(intermediate), tokens = batch * length;
  // Per layer: Q, K, V, output projections (4 h x h), FFN (2 h x i), scores and weighted sum (2 L x h).
  const double perLayer = 2 * tokens * (4 * h * h + 2 * h * i) + 2 * 2 * batch * length * length * h;
  return static_cast<double>(layers) * perLayer + 2 * tokens * h * 2;
}

int tokenBudget(const BatchSettings& settings, const QaModel& model) {
  if (settings.maxBatchTokens > 0) return settings.maxBatchTokens;
  return model.device().device == "cpu" ? kCpuTokenBudget : kGpuTokenBudget;
}

std::vector<std::vector<std::size_t>> planBatches(const std::vector<QaFeature>& features,
                                                  const BatchSettings& settings) {
  std::vector<std::size_t> order(features.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return features[a].encoding.ids.size() < features[b].encoding.ids.size();
  });
  const std::size_t width = static_cast<std::size_t>(std::max(1, settings.bucketWidth));
  const auto bucketOf = [&](std::size_t f) { return (features[f].encoding.ids.size() + width - 1) / width; };
  std::vector<std::vector<std::size_t>> batches;
  for (std::size_t f : order) {
    // Sorted ascending, so the newest window is the batch's longest.
    const std::size_t length = features[f].encoding.ids.size();
    const bool fits =
        !batches.empty() && bucketOf(batches.back().front()) == bucketOf(f) &&
        batches.back().size() < static_cast<std::size_t>(std::max(1, settings.maxBatchSize)) &&
        (batches.back().size() + 1) * length <= static_cast<std::size_t>(std::max(1, settings.maxBatchTokens));
    if (!fits) batches.emplace_back();
    batches.back().push_back(f);
  }
  return batches;
}

std::vector<WindowLogits> runWindows(const QaModel& model, std::int64_t padId, const std::vector<QaFeature>& features,
                                     const BatchSettings& settings, const ProgressCallback& progress,
                                     const std::atomic<bool>* cancel, BatchStatistics* statistics) {
  std::vector<WindowLogits> logits(features.size());
  std::size_t done = 0;
  BatchSettings resolved = settings;
  resolved.maxBatchTokens = tokenBudget(settings, model);
  for (const auto& members : planBatches(features, resolved)) {
    if (cancel && cancel->load()) throw Cancelled();
    const TokenBatch batch = makeBatch(features, members, padId, settings.padToLength);
    const auto started = std::chrono::steady_clock::now();
    const QaLogits out = model.logits(batch);
    if (statistics) {
      const ModelConfig& c = model.config();
      statistics->forwardSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      statistics->batches += 1;
      statistics->windows += members.size();
      statistics->paddedTokens += static_cast<std::size_t>(batch.batchSize * batch.seqLen);
      for (std::size_t f : members) statistics->realTokens += features[f].encoding.ids.size();
      statistics->executedFlops +=
          encoderFlops(c.numHiddenLayers, c.hiddenSize, c.intermediateSize, static_cast<double>(batch.batchSize),
                       static_cast<double>(batch.seqLen));
    }
    for (std::size_t row = 0; row < members.size(); ++row) {
      const std::size_t f = members[row], length = features[f].encoding.ids.size();
      const auto from = static_cast<long>(row * static_cast<std::size_t>(out.seqLen));
      logits[f].start.assign(out.start.begin() + from, out.start.begin() + from + static_cast<long>(length));
      logits[f].end.assign(out.end.begin() + from, out.end.begin() + from + static_cast<long>(length));
      const auto finite = [](float value) { return std::isfinite(value); };
      if (!std::all_of(logits[f].start.begin(), logits[f].start.end(), finite) ||
          !std::all_of(logits[f].end.begin(), logits[f].end.end(), finite))
        throw NonFiniteLogits(f, "the model's logits hold NaN or Inf (window " + std::to_string(f) +
                                     "): the checkpoint is broken, e.g. by a training that diverged");
    }
    done += members.size();
    if (progress) progress(done, features.size());
  }
  return logits;
}

std::vector<DecodedAnswer> decodeExamples(const std::vector<std::string_view>& contexts,
                                          const std::vector<QaFeature>& features,
                                          const std::vector<WindowLogits>& logits, const DecodeSettings& settings) {
  std::vector<DecodedAnswer> answers(contexts.size());
  std::vector<const QaFeature*> windows;
  std::vector<FeatureLogits> windowLogits;
  for (std::size_t f = 0, i = 0; i < contexts.size(); ++i) {
    windows.clear(), windowLogits.clear();
    for (; f < features.size() && features[f].example == i; ++f) {
      windows.push_back(&features[f]);
      windowLogits.push_back({logits[f].start.data(), logits[f].end.data(), logits[f].start.size()});
    }
    answers[i] = decodeAnswer(contexts[i], windows, windowLogits, settings);
  }
  return answers;
}

std::vector<QaFeature> pairFeatures(const Tokenizer& tokenizer, const PairExamples& pair,
                                    const FeatureSettings& settings) {
  std::vector<QaFeature> features;
  TokenCache tokens(tokenizer, settings.maxQueryLength);
  for (std::size_t i = 0; i < pair.examples.size(); ++i) {
    const PairExample& example = pair.examples[i];
    for (auto& f :
         buildFeatures(tokenizer, tokens.question(example.question), tokens.context(example.paragraph), settings, i))
      features.push_back(std::move(f));
  }
  return features;
}

std::vector<ExamplePrediction> predictPair(const QaModel& model, const Tokenizer& tokenizer, const PairExamples& pair,
                                           const PredictSettings& settings, const ProgressCallback& progress,
                                           const std::atomic<bool>* cancel, BatchStatistics* statistics) {
  const std::vector<QaFeature> features = pairFeatures(tokenizer, pair, settings.features);
  std::vector<std::string_view> contexts;
  for (const PairExample& example : pair.examples) contexts.push_back(example.paragraph->context);
  const ProgressCallback windowsToExamples = [&](std::size_t done, std::size_t total) {
    if (progress) progress(pair.examples.size() * done / std::max<std::size_t>(1, total), pair.examples.size());
  };
  const auto logits =
      runWindows(model, tokenizer.padId(), features, settings.batching, windowsToExamples, cancel, statistics);
  const auto answers = decodeExamples(contexts, features, logits, settings.decode);
  std::vector<ExamplePrediction> predictions;
  for (std::size_t i = 0; i < answers.size(); ++i) predictions.push_back({pair.examples[i].question->id, answers[i]});
  return predictions;
}

}  // namespace xlqa
