#pragma once
// How far a reduced-precision (bf16 / fp16) copy of a model strays from its fp32 self on real
// examples: F1 of both per pair, the share of examples answered with the same span, and the
// largest logit difference. Fidelity is measured, not assumed.
#include <cstddef>
#include <vector>

#include "core/eval/evaluation_engine.h"

namespace xlqa {

struct PrecisionFidelity {
  LanguagePair pair;
  std::size_t examples = 0;
  double f1Reference = 0, f1Reduced = 0;  // 0..100
  std::size_t sameAnswer = 0;             // examples whose predicted text is identical
  double maxLogitDifference = 0;          // over the start and end logits of every window

  double sameAnswerShare() const { return examples ? double(sameAnswer) / double(examples) : 1.0; }
};

// Both models share `tokenizer`; `settings.maxExamplesPerPair` limits the examples.
std::vector<PrecisionFidelity> measurePrecisionFidelity(const QaModel& reference, const QaModel& reduced,
                                                        const Tokenizer& tokenizer, const ParallelDataset& dataset,
                                                        const std::vector<LanguagePair>& pairs,
                                                        const EvaluationSettings& settings);

}  // namespace xlqa
