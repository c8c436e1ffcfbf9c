// xlqa bench eval: the evaluation engine against a naive path, per dtype, on the same model and
// examples: throughput, padding, achieved FLOP/s against the GEMM peak, load time and memory.
#include <QCommandLineParser>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

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
  writeFileAtomically(
      path,
      json{{"model_type", config.modelType}, {"pad_token_id", tokenizer.padId()}, {"features", std::move(features)}}
              .dump() +
          "\n");
}

void addBenchEvalOptions(QCommandLineParser& parser) {
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
  parser.addOption(
      {"features-out", "Also write the examples' windows as JSON for bench/transformers_forward.py.", "file"});
  parser.addOption({"format", "text (default) or json.", "format", "text"});
  addPredictionOptions(parser);
}

// What one benchmark measures with, and what it has found so far.
struct BenchEval {
  explicit BenchEval(const ParallelDataset& data) : dataset(data) {}
  const ParallelDataset& dataset;
  std::vector<LanguagePair> pairs;
  std::size_t perPair = 0;
  std::vector<PairExamples> examples;
  std::unique_ptr<Tokenizer> tokenizer;
  EvaluationSettings settings;
  RuntimeInfo runtime;
  bool asJson = false;
  json report;
  std::vector<std::size_t> residentAfterPair;  // after each pair of the first dtype's engine path
  ModelConfig config;
  double tokensPerBatch = 0;
};

// The model's line of the report, the first time a model is loaded.
void describeBenchModel(BenchEval& bench, const QaModel& model) {
  if (bench.report.contains("model")) return;
  const ModelConfig& config = model.config();
  bench.report["model"] = {
      {"type", config.modelType},       {"layers", config.numHiddenLayers},     {"hidden", config.hiddenSize},
      {"ffn", config.intermediateSize}, {"parameters", model.parameterCount()}, {"device", model.device().description}};
  if (!bench.asJson)
    printOut("model: " + config.modelType + ", " + std::to_string(config.numHiddenLayers) + " layers, hidden " +
             std::to_string(config.hiddenSize) + ", FFN " + std::to_string(config.intermediateSize) + ", " +
             std::to_string(model.parameterCount()) + " parameters on " + model.device().description + "; " +
             std::to_string(bench.runtime.intraOpThreads) + " threads, " + bench.runtime.blas.name +
             "; CPU bf16: " + bench.runtime.bf16.describe() + "\ndata: " + std::to_string(bench.pairs.size()) +
             " pairs x " + std::to_string(bench.perPair) + " examples\n");
}

// The evaluation engine over every pair; `firstDtype` also samples the resident memory per pair.
PathFigures measureEngine(BenchEval& bench, const QaModel& model, ComputeDtype dtype, double loadSeconds,
                          bool firstDtype) {
  EvaluationEngine engine(bench.dataset, {{ModelRole::Teacher, &model, bench.tokenizer.get()}}, bench.settings);
  PathFigures fast;
  fast.path = "engine", fast.dtype = computeDtypeName(dtype), fast.loadSeconds = loadSeconds;
  const auto start = Clock::now();
  for (const LanguagePair& pair : bench.pairs) {
    fast.examples += engine.evaluatePair(pair).second.size();
    if (firstDtype) bench.residentAfterPair.push_back(currentProcessMemory().residentBytes);
  }
  fast.seconds = secondsSince(start);
  fast.statistics = engine.statistics();
  bench.tokensPerBatch =
      double(fast.statistics.paddedTokens) / double(std::max<std::size_t>(1, fast.statistics.batches));
  bench.report["paths"].push_back(fast.toJson());
  if (!bench.asJson) printOut(pathLine(fast));
  return fast;
}

// One example at a time, padded to max_seq_length.
void measureNaive(BenchEval& bench, const QaModel& model, ComputeDtype dtype, const PathFigures& fast) {
  PredictSettings naiveSettings = bench.settings.predict;
  naiveSettings.batching = {1, 1 << 30, 1, naiveSettings.features.maxSeqLength};
  PathFigures naive;
  naive.path = "naive", naive.dtype = computeDtypeName(dtype);
  const auto start = Clock::now();
  for (const PairExamples& pair : bench.examples) {
    for (const PairExample& example : pair.examples) {
      predictPair(model, *bench.tokenizer, PairExamples{pair.pair, {example}, 0}, naiveSettings, {}, nullptr,
                  &naive.statistics);
      ++naive.examples;
    }
  }
  naive.seconds = secondsSince(start);
  bench.report["paths"].push_back(naive.toJson());
  if (!bench.asJson)
    printOut(pathLine(naive) +
             "speed-up: " + std::to_string(fast.examplesPerSecond() / naive.examplesPerSecond()).substr(0, 4) +
             "x examples/s over the naive path\n");
}

// The GEMM peak at the engine's shapes (CPU only): what the encoder's FLOP/s are measured against.
void measureGemmPeaks(BenchEval& bench, const std::vector<ComputeDtype>& dtypes) {
  json peaks = json::object();
  for (const ComputeDtype dtype : dtypes) {
    if (dtype == ComputeDtype::Float16) continue;
    const GemmMeasurement peak = measureCpuGemm(static_cast<long>(bench.tokensPerBatch), bench.config.hiddenSize,
                                                bench.config.intermediateSize, 5, dtype == ComputeDtype::BFloat16);
    peaks[computeDtypeName(dtype)] = peak.gflops;
    for (json& path : bench.report["paths"])
      if (path["dtype"] == computeDtypeName(dtype))
        path["share_of_gemm_peak"] = path["gflops"].get<double>() / peak.gflops;
    if (!bench.asJson) {
      char line[200];
      std::snprintf(line, sizeof line, "GEMM peak at the engine's shapes (%ldx%ldx%ld) in %s: %.1f GFLOP/s\n", peak.m,
                    peak.k, peak.n, computeDtypeName(dtype).c_str(), peak.gflops);
      printOut(line);
    }
  }
  bench.report["gemm_peak_gflops"] = peaks;
}

void reportMemory(BenchEval& bench) {
  const ProcessMemory memory = currentProcessMemory();
  const std::vector<std::size_t>& resident = bench.residentAfterPair;
  bench.report["memory"] = {{"after_first_pair_mib", mebibytes(resident.front())},
                            {"after_last_pair_mib", mebibytes(resident.back())},
                            {"peak_mib", mebibytes(memory.peakResidentBytes)}};
  if (bench.asJson) return;
  char line[300];
  std::snprintf(line, sizeof line,
                "memory: %.1f MiB resident after the first pair, %.1f MiB after the last (%zu pairs); peak %.1f MiB\n",
                mebibytes(resident.front()), mebibytes(resident.back()), resident.size(),
                mebibytes(memory.peakResidentBytes));
  printOut(line);
}

}  // namespace

int runBenchEval(const QStringList& arguments) {
  QCommandLineParser parser;
  addBenchEvalOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Measures the evaluation engine (length buckets, token-budget batches, tokens cached "
                                 "per language) against a naive path (one example at a time, padded to "
                                 "max_seq_length) on the same model and examples, for each dtype: load time, "
                                 "examples/s, tokens/s, padding, achieved FLOP/s against the measured GEMM peak, and "
                                 "memory per pair."))
    return *exit;
  if (auto exit = refuseUnknownChoice(parser, arguments.value(0), "format", {"text", "json"})) return *exit;
  if (!parser.isSet("data")) return usageError(name, "--data is required");
  if (!parser.isSet("model") && !parser.isSet("tokenizer"))
    return usageError(name, "give --model, or --tokenizer for a random model");
  try {
    const ParallelDataset dataset = loadDataset(parser.values("data"));
    const std::string modelDir = toStd(parser.value(parser.isSet("model") ? "model" : "tokenizer"));
    const std::string device = toStd(parser.value("device"));
    BenchEval bench(dataset);
    bench.pairs = selectPairs(toStd(parser.value("pairs")), dataset.availablePairs());
    bench.tokenizer = loadTokenizer(modelDir);
    bench.perPair = static_cast<std::size_t>(std::max(1, parser.value("examples-per-pair").toInt()));
    bench.examples = benchExamples(dataset, bench.pairs, bench.perPair);
    bench.asJson = parser.value("format") == "json";
    std::vector<ComputeDtype> dtypes;
    for (const QString& dtype : parser.value("dtypes").split(',', Qt::SkipEmptyParts))
      dtypes.push_back(parseComputeDtype(toStd(dtype.trimmed())));
    if (dtypes.empty()) return usageError(name, "--dtypes lists no dtype");
    if (!parser.isSet("model") && (dtypes.size() != 1 || dtypes[0] != ComputeDtype::Float32))
      return usageError(name, "a random model (--tokenizer) runs in fp32 only; write one with 'xlqa bench model'");

    bench.settings.predict = predictionSettings(parser);
    bench.settings.maxExamplesPerPair = bench.perPair;
    bench.runtime = queryRuntime();
    bench.report = {{"threads", bench.runtime.intraOpThreads},   {"blas", bench.runtime.blas.name},
                    {"cpu_bf16", bench.runtime.bf16.describe()}, {"pairs", bench.pairs.size()},
                    {"examples_per_pair", bench.perPair},        {"paths", json::array()}};
    for (const ComputeDtype dtype : dtypes) {
      const auto start = Clock::now();
      const auto model = parser.isSet("model")
                             ? QaModel::load(modelDir, device, dtype)
                             : randomModel(modelDir, parser.value("layers").toInt(), parser.value("hidden").toInt());
      const double loadSeconds = secondsSince(start);
      bench.config = model->config();
      describeBenchModel(bench, *model);
      const PathFigures fast = measureEngine(bench, *model, dtype, loadSeconds, dtype == dtypes.front());
      if (!parser.isSet("no-naive")) measureNaive(bench, *model, dtype, fast);
    }
    if (device == "cpu") measureGemmPeaks(bench, dtypes);
    reportMemory(bench);
    if (parser.isSet("features-out"))
      writeFeatures(toStd(parser.value("features-out")), *bench.tokenizer, bench.config, bench.examples,
                    bench.settings.predict.features);
    if (bench.asJson) printOut(bench.report.dump(1) + "\n");
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
