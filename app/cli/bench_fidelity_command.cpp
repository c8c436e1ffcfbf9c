// xlqa bench fidelity: a model in bf16 / fp16 against itself in fp32, pair by pair.
#include <QCommandLineParser>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/data/parallel_dataset.h"
#include "core/eval/precision_fidelity.h"
#include "core/model/qa_model.h"

namespace xlqa::cli {

int runBenchFidelity(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"model", "Model folder.", "dir"});
  parser.addOption({"data", "Dataset files or folders (repeatable).", "path"});
  parser.addOption({"pairs", "all | xlt | gxlt | en-es,... (default: xlt).", "pairs", "xlt"});
  parser.addOption({"examples-per-pair", "Only the first N examples of every pair (0: all).", "n", "0"});
  parser.addOption({"device", "cpu (default) or cuda:N.", "device", "cpu"});
  addDtypeOption(parser, "The reduced precision to measure: bf16 (default) or fp16 (CUDA).");
  parser.addOption({"format", "text (default) or json.", "format", "text"});
  addPredictionOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Evaluates a model in fp32 and in a reduced precision on the same examples: F1 of "
                                 "both per pair, the share of identical predicted spans, and the largest start/end "
                                 "logit difference."))
    return *exit;
  if (auto exit = refuseUnknownChoice(parser, arguments.value(0), "format", {"text", "json"})) return *exit;
  if (!parser.isSet("model") || !parser.isSet("data")) return usageError(name, "--model and --data are required");
  try {
    const ParallelDataset dataset = loadDataset(parser.values("data"));
    const std::string modelDir = toStd(parser.value("model")), device = toStd(parser.value("device"));
    const ComputeDtype dtype = parser.isSet("dtype") ? dtypeOption(parser) : ComputeDtype::BFloat16;
    if (dtype == ComputeDtype::Float32) return usageError(name, "--dtype must be a reduced precision (bf16 or fp16)");
    const auto reference = QaModel::load(modelDir, device, ComputeDtype::Float32);
    const auto reduced = QaModel::load(modelDir, device, dtype);
    const auto tokenizer = loadTokenizer(modelDir);
    EvaluationSettings settings;
    settings.predict = predictionSettings(parser);
    settings.maxExamplesPerPair = static_cast<std::size_t>(std::max(0, parser.value("examples-per-pair").toInt()));
    const auto results =
        measurePrecisionFidelity(*reference, *reduced, *tokenizer, dataset,
                                 selectPairs(toStd(parser.value("pairs")), dataset.availablePairs()), settings);
    const std::string reducedName = computeDtypeName(dtype);
    if (parser.value("format") == "json") {
      nlohmann::json out = nlohmann::json::array();
      for (const PrecisionFidelity& r : results)
        out.push_back({{"pair", r.pair.key()},
                       {"examples", r.examples},
                       {"f1_fp32", r.f1Reference},
                       {"f1_" + reducedName, r.f1Reduced},
                       {"same_answer", r.sameAnswerShare()},
                       {"max_logit_difference", r.maxLogitDifference}});
      printOut(nlohmann::json{{"model", modelDir}, {"dtype", reducedName}, {"pairs", out}}.dump(1) + "\n");
      return kSuccess;
    }
    std::string text = "pair    examples  F1 fp32  F1 " + reducedName + "   delta  same answer  max |logit delta|\n";
    double worst = 0;
    for (const PrecisionFidelity& r : results) {
      char line[200];
      std::snprintf(line, sizeof line, "%-6s  %8zu  %7.2f  %7.2f  %+6.2f  %10.1f%%  %17.4f\n", r.pair.key().c_str(),
                    r.examples, r.f1Reference, r.f1Reduced, r.f1Reduced - r.f1Reference, 100 * r.sameAnswerShare(),
                    r.maxLogitDifference);
      text += line;
      worst = std::max(worst, std::abs(r.f1Reduced - r.f1Reference));
    }
    char line[120];
    std::snprintf(line, sizeof line, "largest |F1 delta| over %zu pairs: %.2f\n", results.size(), worst);
    printOut(text + line);
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
