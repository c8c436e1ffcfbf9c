#pragma once
// One example opened in the views: its windows with tokens, offsets, the model's start/end
// logits and the gold answer's token positions. Recomputed on demand (the run store keeps only
// the top spans), so the span-probability and mAP@k views can show full distributions.
#include <atomic>
#include <optional>
#include <string_view>
#include <vector>

#include "core/eval/distillation_coefficients.h"
#include "core/eval/qa_features.h"

namespace xlqa {

class QaModel;
struct PairExample;
struct PairExamples;

struct InspectedWindow {
  QaFeature feature;  // tokens, offsets (code points into the context), sequence ids
  std::vector<float> startLogits, endLogits;
  TokenSpan gold;  // the answer's tokens here; inside = false when the window lacks it
};

struct ExampleInspection {
  std::vector<InspectedWindow> windows;
  int goldWindow = -1;  // the first window that holds the whole answer, -1 when none does
};

// Runs `model` over the example's windows. `answer` is [start, end) in code points of the context.
ExampleInspection inspectExample(const QaModel& model, const Tokenizer& tokenizer, std::string_view question,
                                 std::string_view context, std::optional<CharSpan> answer,
                                 const FeatureSettings& settings = {});

// The same for one example of a pair: its question, its context and its gold answer (goldAnswerSpan).
ExampleInspection inspectExample(const QaModel& model, const Tokenizer& tokenizer, const PairExample& example,
                                 const FeatureSettings& settings = {});

// The pair's example with question id `id`; null when the pair has none.
const PairExample* findExample(const PairExamples& pair, std::string_view id);

// The example's gold answer as [start, end) code points of its context: the first gold answer
// located in the context (end = start + its text's code point count); nullopt when none is.
std::optional<CharSpan> goldAnswerSpan(const PairExample& example);

// Each example's mAP@k / MRR@k coefficient on its gold window (inspectExample's goldWindow),
// in the pair's example order; examples without a located answer or a window holding it are
// skipped. All gold windows run in length-sorted batches. Throws Cancelled when `cancel` turns true.
std::vector<double> pairCoefficients(const QaModel& teacher, const Tokenizer& tokenizer, const PairExamples& pair,
                                     const CoefficientSettings& coefficients, const FeatureSettings& features = {},
                                     const std::atomic<bool>* cancel = nullptr);

}  // namespace xlqa
