#include "core/eval/example_inspection.h"

#include <unordered_map>

#include "core/data/parallel_dataset.h"
#include "core/eval/predictor.h"
#include "core/eval/token_cache.h"
#include "core/util/utf8.h"

namespace xlqa {

ExampleInspection inspectExample(const QaModel& model, const Tokenizer& tokenizer, std::string_view question,
                                 std::string_view context, std::optional<CharSpan> answer,
                                 const FeatureSettings& settings) {
  const TokenizedText questionTokens =
      truncateQuestion(tokenizer.tokenize(leftStripped(question)), settings.maxQueryLength);
  std::vector<QaFeature> features = buildFeatures(tokenizer, questionTokens, tokenizer.tokenize(context), settings, 0);
  std::vector<WindowLogits> logits = runWindows(model, tokenizer.padId(), features, BatchSettings{});
  ExampleInspection inspection;
  for (std::size_t w = 0; w < features.size(); ++w) {
    InspectedWindow window{std::move(features[w]), std::move(logits[w].start), std::move(logits[w].end), {}};
    if (answer) window.gold = answerTokenSpan(window.feature, answer->begin, answer->end);
    if (window.gold.inside && inspection.goldWindow < 0) inspection.goldWindow = static_cast<int>(w);
    inspection.windows.push_back(std::move(window));
  }
  return inspection;
}

ExampleInspection inspectExample(const QaModel& model, const Tokenizer& tokenizer, const PairExample& example,
                                 const FeatureSettings& settings) {
  return inspectExample(model, tokenizer, example.question->text, example.paragraph->context, goldAnswerSpan(example),
                        settings);
}

const PairExample* findExample(const PairExamples& pair, std::string_view id) {
  for (const PairExample& example : pair.examples)
    if (example.question->id == id) return &example;
  return nullptr;
}

std::optional<CharSpan> goldAnswerSpan(const PairExample& example) {
  for (const GoldAnswer& answer : example.contextQuestion->answers) {
    if (!answer.located) continue;
    const auto begin = static_cast<std::int32_t>(answer.start);
    return CharSpan{begin, begin + static_cast<std::int32_t>(utf8::countCodePoints(answer.text))};
  }
  return std::nullopt;
}

std::vector<double> pairCoefficients(const QaModel& teacher, const Tokenizer& tokenizer, const PairExamples& pair,
                                     const CoefficientSettings& coefficients, const FeatureSettings& features,
                                     const std::atomic<bool>* cancel) {
  TokenCache tokens(tokenizer, features.maxQueryLength);
  std::vector<QaFeature> goldWindows;
  std::vector<TokenSpan> goldSpans;
  for (std::size_t i = 0; i < pair.examples.size(); ++i) {
    if (cancel && *cancel) throw Cancelled();
    const PairExample& example = pair.examples[i];
    const std::optional<CharSpan> answer = goldAnswerSpan(example);
    if (!answer) continue;
    for (QaFeature& window :
         buildFeatures(tokenizer, tokens.question(example.question), tokens.context(example.paragraph), features, i)) {
      const TokenSpan gold = answerTokenSpan(window, answer->begin, answer->end);
      if (!gold.inside) continue;
      goldWindows.push_back(std::move(window));
      goldSpans.push_back(gold);
      break;  // the first window holding the answer, as inspectExample's goldWindow
    }
  }
  const std::vector<WindowLogits> logits =
      runWindows(teacher, tokenizer.padId(), goldWindows, BatchSettings{}, {}, cancel);
  std::vector<double> result;
  result.reserve(logits.size());
  for (std::size_t w = 0; w < logits.size(); ++w) {
    result.push_back(exampleCoefficient(logits[w].start.data(), logits[w].end.data(), logits[w].start.size(),
                                        goldSpans[w].start, goldSpans[w].end, coefficients)
                         .coefficient);
  }
  return result;
}

}  // namespace xlqa
