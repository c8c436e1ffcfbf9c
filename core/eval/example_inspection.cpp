#include "core/eval/example_inspection.h"

#include "core/eval/predictor.h"

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

}  // namespace xlqa
