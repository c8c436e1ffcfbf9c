#include "core/eval/precision_fidelity.h"

#include <algorithm>
#include <cmath>

namespace xlqa {

std::vector<PrecisionFidelity> measurePrecisionFidelity(const QaModel& reference, const QaModel& reduced,
                                                        const Tokenizer& tokenizer, const ParallelDataset& dataset,
                                                        const std::vector<LanguagePair>& pairs,
                                                        const EvaluationSettings& settings) {
  // The reference as "teacher" and the reduced copy as "student": the engine scores both on the
  // same windows with the official rules.
  EvaluationEngine engine(
      dataset, {{ModelRole::Teacher, &reference, &tokenizer}, {ModelRole::Student, &reduced, &tokenizer}}, settings);
  std::vector<PrecisionFidelity> results;
  for (const LanguagePair& pair : pairs) {
    const auto [record, examples] = engine.evaluatePair(pair);
    PrecisionFidelity fidelity{pair, examples.size(), record.teacher->f1, record.student->f1, 0, 0};
    for (const ExampleRecord& example : examples)
      fidelity.sameAnswer += example.teacher->prediction == example.student->prediction;

    const std::vector<QaFeature> features =
        pairFeatures(tokenizer, dataset.pair(pair, settings.maxExamplesPerPair), settings.predict.features);
    const auto a = runWindows(reference, tokenizer.padId(), features, settings.predict.batching);
    const auto b = runWindows(reduced, tokenizer.padId(), features, settings.predict.batching);
    for (std::size_t w = 0; w < features.size(); ++w) {
      for (std::size_t t = 0; t < a[w].start.size(); ++t) {
        fidelity.maxLogitDifference =
            std::max({fidelity.maxLogitDifference, double(std::fabs(a[w].start[t] - b[w].start[t])),
                      double(std::fabs(a[w].end[t] - b[w].end[t]))});
      }
    }
    results.push_back(fidelity);
  }
  return results;
}

}  // namespace xlqa
