// xlqa bench eval: the evaluation engine against a naive path on the same model and examples.
#include <QCommandLineParser>

#include <chrono>
#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/data/parallel_dataset.h"
#include "core/eval/evaluation_engine.h"
#include "core/model/qa_model.h"
#include "core/system/process_memory.h"
#include "core/system/runtime_info.h"

namespace xlqa::cli {
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// A model of the given depth and width over `tokenizerDir`'s tokenizer, transformers-initialised.
std::unique_ptr<QaModel> randomModel(const std::string& tokenizerDir, int layers, int hidden) {
  nlohmann::json raw = loadModelConfig(tokenizerDir + "/config.json").raw;
  raw["num_hidden_layers"] = layers;
  raw["hidden_size"] = hidden;
  raw["num_attention_heads"] = std::max(1, hidden / 64);
  raw["intermediate_size"] = 4 * hidden;
  return QaModel::initialize(parseModelConfig(raw, "<bench model>"), tokenizerDir, 20241121, "cpu");
}

struct PathFigures {
  std::size_t examples = 0;
  double seconds = 0;
  BatchStatistics statistics;

  double examplesPerSecond() const { return static_cast<double>(examples) / seconds; }
};

double mebibytes(std::size_t bytes) { return static_cast<double>(bytes) / 1048576.0; }

void printPath(const char* name, const PathFigures& f) {
  char line[300];
  std::snprintf(line, sizeof line,
                "%-7s %6zu examples  %7.1f examples/s  %9.0f tokens/s  padding %4.1f%%  %6zu forward passes  "
                "%6.1f GFLOP/s executed (%.0f%% of the time in the model)\n",
                name, f.examples, f.examplesPerSecond(), static_cast<double>(f.statistics.realTokens) / f.seconds,
                100 * f.statistics.paddingFraction(), f.statistics.batches,
                f.statistics.executedFlops / f.statistics.forwardSeconds / 1e9, 100 * f.statistics.forwardSeconds / f.seconds);
  printOut(line);
}

}  // namespace

int runBenchEval(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"data", "Dataset files or folders (repeatable).", "path"});
  parser.addOption({"model", "Model folder (default: a random model over --tokenizer's tokenizer).", "dir"});
  parser.addOption({"tokenizer", "Model folder whose tokenizer and config the random model uses.", "dir"});
  parser.addOption({"layers", "Random model: layers.", "n", "4"});
  parser.addOption({"hidden", "Random model: hidden size (heads = hidden / 64, FFN = 4 x hidden).", "n", "256"});
  parser.addOption({"pairs", "all | xlt | gxlt | en-es,...", "pairs", "all"});
  parser.addOption({"examples-per-pair", "The first N examples of every pair (both paths).", "n", "4"});
  addPredictionOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Measures the evaluation engine (length buckets, token-budget batches, tokens cached "
                                 "per language) against a naive path (one example at a time, padded to "
                                 "max_seq_length) on the same model and examples: examples/s, tokens/s, padding, "
                                 "achieved FLOP/s against the measured GEMM peak, and memory per pair."))
    return *exit;
  if (!parser.isSet("data")) return usageError(name, "--data is required");
  if (!parser.isSet("model") && !parser.isSet("tokenizer")) return usageError(name, "give --model, or --tokenizer for a random model");
  try {
    const ParallelDataset dataset = loadDataset(parser.values("data"));
    const std::string modelDir = toStd(parser.value(parser.isSet("model") ? "model" : "tokenizer"));
    const auto model = parser.isSet("model") ? QaModel::load(modelDir, "cpu")
                                             : randomModel(modelDir, parser.value("layers").toInt(), parser.value("hidden").toInt());
    const auto tokenizer = loadTokenizer(modelDir);
    const ModelConfig& c = model->config();
    const auto pairs = selectPairs(toStd(parser.value("pairs")), dataset.availablePairs());
    const std::size_t perPair = static_cast<std::size_t>(std::max(1, parser.value("examples-per-pair").toInt()));
    const RuntimeInfo runtime = queryRuntime();
    printOut("model: " + c.modelType + ", " + std::to_string(c.numHiddenLayers) + " layers, hidden " +
             std::to_string(c.hiddenSize) + ", FFN " + std::to_string(c.intermediateSize) + ", " +
             std::to_string(model->parameterCount()) + " parameters; " + std::to_string(runtime.intraOpThreads) +
             " threads, " + runtime.blas.name + "\ndata: " + std::to_string(pairs.size()) + " pairs x " +
             std::to_string(perPair) + " examples\n");

    EvaluationSettings settings;
    settings.predict = predictionSettings(parser);
    settings.maxExamplesPerPair = perPair;
    EvaluationEngine engine(dataset, {{ModelRole::Teacher, model.get(), tokenizer.get()}}, settings);
    PathFigures fast;
    std::vector<std::size_t> residentAfterPair;
    auto start = Clock::now();
    for (const LanguagePair& pair : pairs) {
      fast.examples += engine.evaluatePair(pair).second.size();
      residentAfterPair.push_back(currentProcessMemory().residentBytes);
    }
    fast.seconds = secondsSince(start);
    fast.statistics = engine.statistics();

    PredictSettings naiveSettings = settings.predict;
    naiveSettings.batching = {1, 1 << 30, 1, naiveSettings.features.maxSeqLength};
    PathFigures naive;
    start = Clock::now();
    for (const LanguagePair& pair : pairs) {
      PairExamples examples = dataset.pair(pair);
      examples.examples.resize(std::min(examples.examples.size(), perPair));
      for (const PairExample& example : examples.examples) {
        PairExamples one{pair, {example}, 0};
        predictPair(*model, *tokenizer, one, naiveSettings, {}, nullptr, &naive.statistics);
        ++naive.examples;
      }
    }
    naive.seconds = secondsSince(start);

    printPath("engine", fast);
    printPath("naive", naive);
    char line[400];
    const double tokensPerBatch = double(fast.statistics.paddedTokens) / double(std::max<std::size_t>(1, fast.statistics.batches));
    const GemmMeasurement peak = measureCpuGemm(static_cast<long>(tokensPerBatch), c.hiddenSize, c.intermediateSize, 5);
    const double engineGflops = fast.statistics.executedFlops / fast.statistics.forwardSeconds / 1e9;
    std::snprintf(line, sizeof line,
                  "speed-up: %.2fx examples/s over the naive path\n"
                  "GEMM peak at the engine's shapes (%ldx%ldx%ld): %.1f GFLOP/s; the encoder reaches %.0f%% of it\n"
                  "memory: %.1f MiB resident after the first pair, %.1f MiB after the last (%zu pairs)\n",
                  fast.examplesPerSecond() / naive.examplesPerSecond(), peak.m, peak.k, peak.n, peak.gflops,
                  100 * engineGflops / peak.gflops, mebibytes(residentAfterPair.front()),
                  mebibytes(residentAfterPair.back()), residentAfterPair.size());
    printOut(line);
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
