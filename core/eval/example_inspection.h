#pragma once
// One example opened in the views: its windows with tokens, offsets, the model's start/end
// logits and the gold answer's token positions. Recomputed on demand (the run store keeps only
// the top spans), so the span-probability and mAP@k views can show full distributions.
#include <optional>
#include <string_view>
#include <vector>

#include "core/eval/qa_features.h"

namespace xlqa {

class QaModel;

struct InspectedWindow {
  QaFeature feature;  // tokens, offsets (code points into the context), sequence ids
  std::vector<float> startLogits, endLogits;
  TokenSpan gold;     // the answer's tokens here; inside = false when the window lacks it
};

struct ExampleInspection {
  std::vector<InspectedWindow> windows;
  int goldWindow = -1;  // the first window that holds the whole answer, -1 when none does
};

// Runs `model` over the example's windows. `answer` is [start, end) in code points of the context.
ExampleInspection inspectExample(const QaModel& model, const Tokenizer& tokenizer, std::string_view question,
                                 std::string_view context, std::optional<CharSpan> answer,
                                 const FeatureSettings& settings = {});

}  // namespace xlqa
