// xlqa bench eval: the evaluation engine against a naive path, per dtype, on the same model and
// examples: throughput, padding, achieved FLOP/s against the GEMM peak, load time and memory.
#include <QCommandLineParser>

#include <chrono>
#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/data/parallel_dataset.h"
#include "core/eval/evaluation_engine.h"
#include "core/io/json_file.h"
#include "core/model/qa_model.h"
#include "core/system/process_memory.h"
#include "core/system/runtime_info.h"

namespace xlqa::cli {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;
double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }
double mebibytes(std::size_t bytes) { return static_cast<double>(bytes) / 1048576.0; }

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
  std::string path, dtype;
  std::size_t examples = 0;
  double seconds = 0, loadSeconds = 0;
  BatchStatistics statistics;

  double examplesPerSecond() const { return static_cast<double>(examples) / seconds; }
  double gflops() const { return statistics.executedFlops / statistics.forwardSeconds / 1e9; }
  json toJson() const {
    return {{"path", path},
            {"dtype", dtype},
            {"examples", examples},
            {"seconds", seconds},
            {"examples_per_s", examplesPerSecond()},
            {"tokens_per_s", static_cast<double>(statistics.realTokens) / seconds},
            {"padding", statistics.paddingFraction()},
            {"forward_passes", statistics.batches},
            {"gflops", gflops()},
            {"model_share", statistics.forwardSeconds / seconds},
            {"load_s", loadSeconds}};
  }
};

std::string pathLine(const PathFigures& f) {
  char line[320];
  std::snprintf(line, sizeof line,
                "%-6s %-4s %6zu examples  %7.2f examples/s  %9.0f tokens/s  padding %4.1f%%  %6zu passes  "
                "%6.1f GFLOP/s (%.0f%% of the time in the model)\n",
                f.path.c_str(), f.dtype.c_str(), f.examples, f.examplesPerSecond(),
                static_cast<double>(f.statistics.realTokens) / f.seconds, 100 * f.statistics.paddingFraction(),
                f.statistics.batches, f.gflops(), 100 * f.statistics.forwardSeconds / f.seconds);
  return line;
}

// The examples both paths run: the first `perPair` of every pair.
std::vector<PairExamples> benchExamples(const ParallelDataset& dataset, const std::vector<LanguagePair>& pairs,
                                        std::size_t perPair) {
  std::vector<PairExamples> selected;
  for (const LanguagePair& pair : pairs) selected.push_back(dataset.pair(pair, perPair));
  return selected;
}

// The windows of the benchmark's examples, unpadded, in the format bench/transformers_forward.py
// reads: the same features measured on the reference side.
void writeFeatures(const std::string& path, const Tokenizer& tokenizer, const ModelConfig& config,
                   const std::vector<PairExamples>& examples, const FeatureSettings& settings) {
  json features = json::array();
  for (const PairExamples& pair : examples) {
    for (const QaFeature& feature : pairFeatures(tokenizer, pair, settings)) {
      json entry = {{"input_ids", feature.encoding.ids}};
      if (config.family == ModelFamily::Bert) entry["token_type_ids"] = feature.encoding.typeIds;
      features.push_back(std::move(entry));
    }
  }
  writeFileAtomically(path, json{{"model_type", config.modelType}, {"pad_token_id", tokenizer.padId()},
                                 {"features", std::move(features)}}.dump() + "\n");
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
  parser.addOption({"dtypes", "Comma-separated dtypes to measure, each loaded afresh (--model only): fp32,bf16,fp16.",
                    "list", "fp32"});
  parser.addOption({"device", "cpu (default) or cuda:N.", "device", "cpu"});
  parser.addOption({"no-naive", "Skip the naive path (one example at a time, padded to max_seq_length)."});
  parser.addOption({"features-out", "Also write the examples' windows as JSON for bench/transformers_forward.py.", "file"});
  parser.addOption({"format", "text (default) or json.", "format", "text"});
  addPredictionOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Measures the evaluation engine (length buckets, token-budget batches, tokens cached "
                                 "per language) against a naive path (one example at a time, padded to "
                                 "max_seq_length) on the same model and examples, for each dtype: load time, "
                                 "examples/s, tokens/s, padding, achieved FLOP/s against the measured GEMM peak, and "
                                 "memory per pair."))
    return *exit;
  if (!parser.isSet("data")) return usageError(name, "--data is required");
  if (!parser.isSet("model") && !parser.isSet("tokenizer")) return usageError(name, "give --model, or --tokenizer for a random model");
  const bool asJson = parser.value("format") == "json";
  try {
    const ParallelDataset dataset = loadDataset(parser.values("data"));
    const std::string modelDir = toStd(parser.value(parser.isSet("model") ? "model" : "tokenizer"));
    const std::string device = toStd(parser.value("device"));
    const auto tokenizer = loadTokenizer(modelDir);
    const auto pairs = selectPairs(toStd(parser.value("pairs")), dataset.availablePairs());
    const std::size_t perPair = static_cast<std::size_t>(std::max(1, parser.value("examples-per-pair").toInt()));
    const std::vector<PairExamples> examples = benchExamples(dataset, pairs, perPair);
    std::vector<ComputeDtype> dtypes;
    for (const QString& dtype : parser.value("dtypes").split(',', Qt::SkipEmptyParts))
      dtypes.push_back(parseComputeDtype(toStd(dtype.trimmed())));
    if (dtypes.empty()) return usageError(name, "--dtypes lists no dtype");
    if (!parser.isSet("model") && (dtypes.size() != 1 || dtypes[0] != ComputeDtype::Float32))
      return usageError(name, "a random model (--tokenizer) runs in fp32 only; write one with 'xlqa bench model'");

    EvaluationSettings settings;
    settings.predict = predictionSettings(parser);
    settings.maxExamplesPerPair = perPair;
    const RuntimeInfo runtime = queryRuntime();
    json report = {{"threads", runtime.intraOpThreads}, {"blas", runtime.blas.name}, {"cpu_bf16", runtime.bf16.describe()},
                   {"pairs", pairs.size()}, {"examples_per_pair", perPair}, {"paths", json::array()}};
    std::vector<std::size_t> residentAfterPair;
    ModelConfig config;
    double tokensPerBatch = 0;

    for (const ComputeDtype dtype : dtypes) {
      auto start = Clock::now();
      const auto model = parser.isSet("model") ? QaModel::load(modelDir, device, dtype)
                                               : randomModel(modelDir, parser.value("layers").toInt(), parser.value("hidden").toInt());
      const double loadSeconds = secondsSince(start);
      config = model->config();
      if (!report.contains("model")) {
        report["model"] = {{"type", config.modelType},        {"layers", config.numHiddenLayers},
                           {"hidden", config.hiddenSize},      {"ffn", config.intermediateSize},
                           {"parameters", model->parameterCount()}, {"device", model->device().description}};
        if (!asJson)
          printOut("model: " + config.modelType + ", " + std::to_string(config.numHiddenLayers) + " layers, hidden " +
                   std::to_string(config.hiddenSize) + ", FFN " + std::to_string(config.intermediateSize) + ", " +
                   std::to_string(model->parameterCount()) + " parameters on " + model->device().description + "; " +
                   std::to_string(runtime.intraOpThreads) + " threads, " + runtime.blas.name + "; CPU bf16: " +
                   runtime.bf16.describe() + "\ndata: " + std::to_string(pairs.size()) + " pairs x " +
                   std::to_string(perPair) + " examples\n");
      }

      EvaluationEngine engine(dataset, {{ModelRole::Teacher, model.get(), tokenizer.get()}}, settings);
      PathFigures fast;
      fast.path = "engine", fast.dtype = computeDtypeName(dtype), fast.loadSeconds = loadSeconds;
      start = Clock::now();
      for (const LanguagePair& pair : pairs) {
        fast.examples += engine.evaluatePair(pair).second.size();
        if (dtype == dtypes.front()) residentAfterPair.push_back(currentProcessMemory().residentBytes);
      }
      fast.seconds = secondsSince(start);
      fast.statistics = engine.statistics();
      tokensPerBatch = double(fast.statistics.paddedTokens) / double(std::max<std::size_t>(1, fast.statistics.batches));
      report["paths"].push_back(fast.toJson());
      if (!asJson) printOut(pathLine(fast));

      if (parser.isSet("no-naive")) continue;
      PredictSettings naiveSettings = settings.predict;
      naiveSettings.batching = {1, 1 << 30, 1, naiveSettings.features.maxSeqLength};
      PathFigures naive;
      naive.path = "naive", naive.dtype = computeDtypeName(dtype);
      start = Clock::now();
      for (const PairExamples& pair : examples) {
        for (const PairExample& example : pair.examples) {
          predictPair(*model, *tokenizer, PairExamples{pair.pair, {example}, 0}, naiveSettings, {}, nullptr,
                      &naive.statistics);
          ++naive.examples;
        }
      }
      naive.seconds = secondsSince(start);
      report["paths"].push_back(naive.toJson());
      if (!asJson) printOut(pathLine(naive) + "speed-up: " + std::to_string(fast.examplesPerSecond() / naive.examplesPerSecond()).substr(0, 4) + "x examples/s over the naive path\n");
    }

    // The GEMM peak at the engine's shapes (CPU only): what the encoder's FLOP/s are measured against.
    if (device == "cpu") {
      json peaks = json::object();
      for (const ComputeDtype dtype : dtypes) {
        if (dtype == ComputeDtype::Float16) continue;
        const GemmMeasurement peak = measureCpuGemm(static_cast<long>(tokensPerBatch), config.hiddenSize,
                                                    config.intermediateSize, 5, dtype == ComputeDtype::BFloat16);
        peaks[computeDtypeName(dtype)] = peak.gflops;
        for (json& path : report["paths"])
          if (path["dtype"] == computeDtypeName(dtype)) path["share_of_gemm_peak"] = path["gflops"].get<double>() / peak.gflops;
        if (!asJson) {
          char line[200];
          std::snprintf(line, sizeof line, "GEMM peak at the engine's shapes (%ldx%ldx%ld) in %s: %.1f GFLOP/s\n", peak.m,
                        peak.k, peak.n, computeDtypeName(dtype).c_str(), peak.gflops);
          printOut(line);
        }
      }
      report["gemm_peak_gflops"] = peaks;
    }
    const ProcessMemory memory = currentProcessMemory();
    report["memory"] = {{"after_first_pair_mib", mebibytes(residentAfterPair.front())},
                        {"after_last_pair_mib", mebibytes(residentAfterPair.back())},
                        {"peak_mib", mebibytes(memory.peakResidentBytes)}};
    if (parser.isSet("features-out"))
      writeFeatures(toStd(parser.value("features-out")), *tokenizer, config, examples, settings.predict.features);
    if (asJson) {
      printOut(report.dump(1) + "\n");
    } else {
      char line[300];
      std::snprintf(line, sizeof line,
                    "memory: %.1f MiB resident after the first pair, %.1f MiB after the last (%zu pairs); peak %.1f MiB\n",
                    mebibytes(residentAfterPair.front()), mebibytes(residentAfterPair.back()), residentAfterPair.size(),
                    mebibytes(memory.peakResidentBytes));
      printOut(line);
    }
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
