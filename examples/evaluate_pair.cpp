// Example: core as a library. Evaluates one model on one language pair of a SQuAD-format
// parallel dataset (questions in one language, contexts and gold answers in another) and prints
// Exact Match and F1 as the official MLQA script computes them:
//   xlqa_example_evaluate_pair MODEL_DIR DATA PAIR [--max-examples N]
// e.g. MODEL_DIR ../shared/data/xquad en-de --max-examples 100. The numbers are those `xlqa eval`
// writes for the same pair and examples (printed as its run folder's JSON writes them).
#include <nlohmann/json.hpp>

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/language_pair.h"
#include "core/data/parallel_dataset.h"
#include "core/eval/answer_normalizer.h"
#include "core/eval/official_scores.h"
#include "core/eval/predictor.h"
#include "core/model/qa_model.h"
#include "core/text/tokenizer.h"

namespace {

std::string number(double value) { return nlohmann::json(value).dump(); }

}  // namespace

int main(int argc, char** argv) {
  std::size_t maxExamples = 0;  // 0: every example of the pair
  if (argc == 6 && std::string_view(argv[4]) == "--max-examples") {
    maxExamples = std::stoul(argv[5]);
  } else if (argc != 4) {
    std::fprintf(stderr, "usage: %s MODEL_DIR DATA PAIR [--max-examples N]\n", argv[0]);
    return 2;
  }
  try {
    const std::string modelDir = argv[1];
    // A folder of per-language files (xquad.en.json, ...), aligned by question id.
    const xlqa::ParallelDataset dataset = xlqa::ParallelDataset::load({argv[2]});
    const xlqa::LanguagePair pair = xlqa::parseLanguagePair(argv[3]);
    const xlqa::PairExamples examples = dataset.pair(pair, maxExamples);
    const auto model = xlqa::QaModel::load(modelDir);
    const auto tokenizer = xlqa::loadTokenizer(modelDir);
    const std::vector<xlqa::ExamplePrediction> predictions =
        xlqa::predictPair(*model, *tokenizer, examples, xlqa::PredictSettings{});

    // MLQA's rules for the context language (its answer normalisation), summed in file order.
    const xlqa::ScoringRules rules = xlqa::rulesFor(xlqa::Metric::Mlqa, pair.context);
    const xlqa::OfficialScorer scorer(rules, pair.context);
    xlqa::ScoreTotals totals;
    for (std::size_t i = 0; i < predictions.size(); ++i) {
      std::vector<std::string_view> golds;
      for (const xlqa::GoldAnswer& gold : examples.examples[i].contextQuestion->answers) golds.push_back(gold.text);
      totals.add(scorer.score(predictions[i].answer.text, golds));
    }
    std::printf("%s: EM %s F1 %s over %zu examples (%s)\n", pair.key().c_str(), number(totals.exactMatch()).c_str(),
                number(totals.f1()).c_str(), totals.total, std::string(xlqa::rulesId(rules)).c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
}
