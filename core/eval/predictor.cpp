#include "core/eval/predictor.h"

#include <algorithm>
#include <numeric>

#include "core/model/qa_model.h"
#include "core/text/unicode_properties.h"
#include "core/text/utf8.h"

namespace xlqa {
namespace {

// run_qa strips the questions' leading whitespace (some datasets have long runs of it).
std::string_view leftStripped(std::string_view text) {
  const std::u32string decoded = utf8::decode(text);
  std::size_t skip = 0;
  while (skip < decoded.size() && unicode::isWhitespace(decoded[skip])) ++skip;
  return text.substr(utf8::encode(decoded.substr(0, skip)).size());
}

// Pads the features [first, last) of `order` into one batch.
TokenBatch makeBatch(const std::vector<QaFeature>& features, const std::vector<std::size_t>& order, std::size_t first,
                     std::size_t last, std::int64_t padId) {
  std::size_t longest = 0;
  for (std::size_t i = first; i < last; ++i) longest = std::max(longest, features[order[i]].encoding.ids.size());
  TokenBatch batch;
  batch.batchSize = static_cast<std::int64_t>(last - first);
  batch.seqLen = static_cast<std::int64_t>(longest);
  const std::size_t cells = (last - first) * longest;
  batch.inputIds.assign(cells, padId);
  batch.attentionMask.assign(cells, 0);
  batch.tokenTypeIds.assign(cells, 0);
  for (std::size_t row = 0; row < last - first; ++row) {
    const Encoding& e = features[order[first + row]].encoding;
    std::copy(e.ids.begin(), e.ids.end(), batch.inputIds.begin() + static_cast<long>(row * longest));
    std::fill_n(batch.attentionMask.begin() + static_cast<long>(row * longest), e.ids.size(), 1);
    std::copy(e.typeIds.begin(), e.typeIds.end(), batch.tokenTypeIds.begin() + static_cast<long>(row * longest));
  }
  return batch;
}

}  // namespace

std::vector<ExamplePrediction> predictPair(const QaModel& model, const Tokenizer& tokenizer, const PairExamples& pair,
                                           const PredictSettings& settings, const ProgressCallback& progress,
                                           const std::atomic<bool>* cancel) {
  std::vector<QaFeature> features;
  for (std::size_t i = 0; i < pair.examples.size(); ++i) {
    const PairExample& example = pair.examples[i];
    const TokenizedText question =
        truncateQuestion(tokenizer.tokenize(leftStripped(example.question->text)), settings.features.maxQueryLength);
    const TokenizedText context = tokenizer.tokenize(example.paragraph->context);
    for (auto& f : buildFeatures(tokenizer, question, context, settings.features, i)) features.push_back(std::move(f));
  }

  // Sorted by length so each batch pads only to its own longest window.
  std::vector<std::size_t> order(features.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return features[a].encoding.ids.size() < features[b].encoding.ids.size();
  });
  std::vector<std::vector<float>> startLogits(features.size()), endLogits(features.size());
  const std::size_t batchSize = static_cast<std::size_t>(std::max(1, settings.batchSize));
  std::size_t featuresDone = 0;
  for (std::size_t first = 0; first < order.size(); first += batchSize) {
    if (cancel && cancel->load()) throw Cancelled();
    const std::size_t last = std::min(order.size(), first + batchSize);
    const QaLogits logits = model.logits(makeBatch(features, order, first, last, tokenizer.padId()));
    for (std::size_t row = 0; row < last - first; ++row) {
      const std::size_t f = order[first + row], length = features[f].encoding.ids.size();
      const auto from = static_cast<long>(row * static_cast<std::size_t>(logits.seqLen));
      startLogits[f].assign(logits.start.begin() + from, logits.start.begin() + from + static_cast<long>(length));
      endLogits[f].assign(logits.end.begin() + from, logits.end.begin() + from + static_cast<long>(length));
    }
    featuresDone = last;
    if (progress) progress(pair.examples.size() * featuresDone / std::max<std::size_t>(1, features.size()), pair.examples.size());
  }

  std::vector<ExamplePrediction> predictions(pair.examples.size());
  std::vector<const QaFeature*> exampleFeatures;
  std::vector<FeatureLogits> exampleLogits;
  for (std::size_t f = 0, i = 0; i < pair.examples.size(); ++i) {
    exampleFeatures.clear(), exampleLogits.clear();
    for (; f < features.size() && features[f].example == i; ++f) {
      exampleFeatures.push_back(&features[f]);
      exampleLogits.push_back({startLogits[f].data(), endLogits[f].data(), startLogits[f].size()});
    }
    predictions[i] = {pair.examples[i].question->id,
                      decodeAnswer(pair.examples[i].paragraph->context, exampleFeatures, exampleLogits, settings.decode)};
  }
  return predictions;
}

}  // namespace xlqa
