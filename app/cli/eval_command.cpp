// xlqa eval / compare / export: full-matrix evaluations kept as run folders, and their comparison.
#include <QCommandLineParser>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/data/parallel_dataset.h"
#include "core/eval/evaluation_engine.h"
#include "core/io/json_file.h"
#include "core/model/device.h"
#include "core/model/qa_model.h"
#include "core/store/evaluation_run.h"
#include "core/store/pair_sharding.h"
#include "core/store/run_comparison.h"
#include "core/store/run_lock.h"
#include "core/store/score_intervals.h"
#include "core/system/launch_position.h"
#include "xlqa/version.h"

namespace xlqa::cli {
namespace {

struct LoadedModel {
  std::unique_ptr<QaModel> model;
  std::unique_ptr<Tokenizer> tokenizer;
};

LoadedModel loadModel(const QString& dir, const QString& device, ComputeDtype dtype) {
  LoadedModel loaded{QaModel::load(toStd(dir), toStd(device), dtype), loadTokenizer(toStd(dir))};
  printInfo("loaded " + toStd(dir) + ": " + loaded.model->config().modelType + ", " +
            std::to_string(loaded.model->parameterCount()) + " parameters, " + computeDtypeName(dtype) + ", on " +
            loaded.model->device().description + "\n");
  return loaded;
}

// A bar; off a terminal (--verbose) a line per finished pair.
void showProgress(const EvaluationProgress& p) {
  static std::size_t lastPairsDone = static_cast<std::size_t>(-1);
  const bool pairFinished = p.pairsDone != lastPairsDone;
  lastPairsDone = p.pairsDone;
  const double fraction =
      p.examplesTotal ? static_cast<double>(p.examplesDone) / static_cast<double>(p.examplesTotal) : 1.0;
  char line[200];
  std::snprintf(line, sizeof line, "[%-30s] %3.0f%%  pairs %zu/%zu  %s  %.1f ex/s  ETA %.0f s",
                std::string(static_cast<std::size_t>(fraction * 30), '#').c_str(), fraction * 100, p.pairsDone,
                p.pairsTotal, p.pair.c_str(), p.examplesPerSecond, p.etaSeconds);
  printProgress(line, pairFinished);
}

void printSummary(const RunStore& store) {
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    if (!(role == ModelRole::Teacher ? store.manifest().teacher : store.manifest().student)) continue;
    const LanguageMatrix f1 = scoreMatrix(store, role, ScoreKind::F1);
    printOut(roleName(role) + ": F1 XLT " + formatAverage(f1.xltAverage()) + "  G-XLT " +
             formatAverage(f1.gxltAverage()) + "  off-diagonal " + formatAverage(f1.offDiagonalAverage()) + "\n");
  }
}

// --format json: the run and, once it is complete, each model's averages as printSummary shows
// them (a partial run's averages would cover only some pairs); null where there is none.
nlohmann::json summaryJson(const RunStore& store, bool cancelled) {
  const std::size_t done = store.completedPairs().size(), total = store.manifest().pairs.size();
  nlohmann::json out{{"run", store.directory()},
                     {"pairs_done", done},
                     {"pairs_total", total},
                     {"complete", done == total},
                     {"cancelled", cancelled}};
  if (done != total) return out;
  const auto number = [](const std::optional<double>& value) { return value ? nlohmann::json(*value) : nullptr; };
  nlohmann::json models = nlohmann::json::object();
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    if (!(role == ModelRole::Teacher ? store.manifest().teacher : store.manifest().student)) continue;
    const LanguageMatrix f1 = scoreMatrix(store, role, ScoreKind::F1);
    models[roleName(role)] = {{"xlt_f1", number(f1.xltAverage())},
                              {"gxlt_f1", number(f1.gxltAverage())},
                              {"off_diagonal_f1", number(f1.offDiagonalAverage())}};
  }
  out["models"] = models;
  return out;
}

int intOption(const QCommandLineParser& parser, const char* name) { return parser.value(name).toInt(); }

void addEvalOptions(QCommandLineParser& parser) {
  parser.addOption({"teacher", "Teacher model folder.", "dir"});
  parser.addOption({"student", "Student model folder.", "dir"});
  parser.addOption({"data", "Dataset files or folders (repeatable; 'lang=path' names a file's language).", "path"});
  parser.addOption({"pairs", "all | xlt | gxlt | en-es,es-en (default: all).", "pairs", "all"});
  parser.addOption({"out", "The run folder to create (or to continue with --resume).", "dir"});
  parser.addOption({"resume", "Continue the run in --out: only the missing pairs are evaluated."});
  addDeviceOptions(parser);
  parser.addOption({"metric", "mlqa (default) or squad.", "name", "mlqa"});
  addPredictionOptions(parser);
  parser.addOption({"top-k", "Spans kept per example for the views.", "n", "5"});
  parser.addOption({"format",
                    "text (default) or json: {\"run\", \"pairs_done\", \"pairs_total\", \"complete\", "
                    "\"cancelled\", \"models\": {\"teacher\": {\"xlt_f1\", \"gxlt_f1\", \"off_diagonal_f1\"}, "
                    "...}} on stdout (models once the run is complete; shards add \"shard\").",
                    "format", "text"});
  parser.addOption({"max-examples-per-pair", "Only the first N examples of each pair (0: all).", "n", "0"});
  parser.addOption({"shard",
                    "Evaluate only shard I of N (e.g. 0/4) into a run folder shared with the other shards, or "
                    "one of its own; without it the shard comes from torchrun (RANK, WORLD_SIZE), Slurm "
                    "(SLURM_PROCID, SLURM_NTASKS) or a Slurm array (SLURM_ARRAY_TASK_ID), if any.",
                    "I/N"});
}

// With several ranks, rank r on a CUDA machine takes cuda:LOCAL_RANK unless a device was named.
QString deviceOfRank(const QString& requested, const LaunchPosition& position) {
  if (!position.sharded() || (requested != "auto" && requested != "cuda")) return requested;
  const DeviceChoice automatic = resolveDevice("auto");
  if (automatic.device.rfind("cuda", 0) != 0) return requested;
  return QStringLiteral("cuda:%1").arg(position.localRank);
}

// Shard `position` of the run: its pairs by work, claimed one by one in the shared folder.
int evaluateAsShard(EvaluationEngine& engine, RunStore& store, const LaunchPosition& position, bool asJson) {
  std::vector<std::pair<LanguagePair, std::size_t>> work;
  for (const LanguagePair& pair : store.manifest().pairs) work.emplace_back(pair, engine.workFor(pair));
  const std::vector<LanguagePair> mine = pairsOfShard(work, position.rank, position.worldSize);
  printInfo(position.text() + ": " + std::to_string(mine.size()) + " of " +
            std::to_string(store.manifest().pairs.size()) + " pairs\n");
  std::optional<ShardOutcome> outcome;
  try {
    outcome = evaluateShard(engine, store, mine, shardClaimHolder(position), showProgress, cancelOnSignals());
  } catch (const Cancelled&) {
    printInfo("cancelled: this shard's finished pairs are kept; start it again to continue\n");
  }
  if (asJson) {
    nlohmann::json out = summaryJson(store, !outcome);
    out["shard"] = {{"rank", position.rank}, {"world_size", position.worldSize}};
    if (outcome)
      out["shard"].update({{"evaluated", outcome->evaluated},
                           {"already_done", outcome->alreadyDone},
                           {"held_elsewhere", outcome->heldElsewhere.size()}});
    printOut(out.dump(1) + "\n");
  }
  if (!outcome) return kCancelled;
  printInfo("shard " + std::to_string(position.rank) + "/" + std::to_string(position.worldSize) + ": " +
            std::to_string(outcome->evaluated) + " evaluated, " + std::to_string(outcome->alreadyDone) +
            " already done, " + std::to_string(outcome->heldElsewhere.size()) + " held by another process; run " +
            (outcome->runComplete ? "complete" : "not complete yet (xlqa run check " + store.directory() + ")") + "\n");
  if (outcome->runComplete && !asJson) printSummary(store);
  return kSuccess;
}

EvaluationSettings evaluationSettings(const QCommandLineParser& parser) {
  EvaluationSettings settings;
  settings.metric = parseMetric(toStd(parser.value("metric")));
  settings.topK = intOption(parser, "top-k");
  settings.predict = predictionSettings(parser);
  settings.maxExamplesPerPair = static_cast<std::size_t>(std::max(0, intOption(parser, "max-examples-per-pair")));
  return settings;
}

// Bootstrap intervals of A's, B's and B - A's matrix averages.
struct ComparisonIntervals {
  BootstrapSettings settings;
  MatrixIntervals a, b, difference;
};

ComparisonIntervals comparisonIntervals(const RunStore& runA, ModelRole roleA, const RunStore& runB, ModelRole roleB,
                                        const LanguageMatrix& f1A, const LanguageMatrix& f1B,
                                        const LanguageMatrix& difference) {
  ComparisonIntervals intervals;
  const ExampleScores a = exampleF1(runA, roleA), b = exampleF1(runB, roleB);
  intervals.a = bootstrapIntervals(f1A, a, intervals.settings);
  intervals.b = bootstrapIntervals(f1B, b, intervals.settings);
  intervals.difference = bootstrapIntervals(difference, differenceOf(a, b), intervals.settings);
  return intervals;
}

nlohmann::json intervalsJson(const MatrixIntervals& intervals) {
  nlohmann::json rows = nlohmann::json::array(), columns = nlohmann::json::array();
  for (const auto& row : intervals.rowMeans) rows.push_back(intervalJson(row));
  for (const auto& column : intervals.columnMeans) columns.push_back(intervalJson(column));
  return {{"xlt", intervalJson(intervals.xlt)},
          {"gxlt", intervalJson(intervals.gxlt)},
          {"row_means", rows},
          {"column_means", columns}};
}

std::string intervalsText(const ComparisonIntervals& intervals) {
  const auto text = [](const std::optional<ScoreInterval>& interval, bool signedValue) {
    return interval ? formatInterval(*interval, signedValue) : std::string("-");
  };
  char header[200];
  std::snprintf(header, sizeof header,
                "%.0f%% intervals (paired bootstrap over question ids, %d resamples, seed %llu):\n",
                100 * intervals.settings.level, intervals.settings.resamples,
                static_cast<unsigned long long>(intervals.settings.seed));
  std::string out = header;
  out += "  XLT    A " + text(intervals.a.xlt, false) + "  B " + text(intervals.b.xlt, false) + "  B - A " +
         text(intervals.difference.xlt, true) + "\n";
  out += "  G-XLT  A " + text(intervals.a.gxlt, false) + "  B " + text(intervals.b.gxlt, false) + "  B - A " +
         text(intervals.difference.gxlt, true) + "\n";
  return out;
}

// The pairs' F1 of B - A with their significance, the matrices and the note, as JSON.
nlohmann::json comparisonJson(const LanguageMatrix& f1A, const LanguageMatrix& f1B, const LanguageMatrix& difference,
                              const std::vector<PairComparison>& pairs, const ComparisonIntervals& intervals,
                              const std::optional<std::string>& precisionNote) {
  nlohmann::json significance = nlohmann::json::array();
  for (const PairComparison& p : pairs)
    significance.push_back({{"pair", p.pair.key()},
                            {"a", p.a},
                            {"b", p.b},
                            {"mean_difference", p.significance.meanDifference},
                            {"wilcoxon_p", p.significance.wilcoxonP},
                            {"bootstrap_p", p.significance.bootstrapP},
                            {"examples", p.significance.examples}});
  nlohmann::json out{{"a", matrixToJson(f1A)},
                     {"b", matrixToJson(f1B)},
                     {"difference", matrixToJson(difference)},
                     {"pairs", significance},
                     {"intervals",
                      {{"level", intervals.settings.level},
                       {"resamples", intervals.settings.resamples},
                       {"seed", intervals.settings.seed},
                       {"a", intervalsJson(intervals.a)},
                       {"b", intervalsJson(intervals.b)},
                       {"difference", intervalsJson(intervals.difference)}}}};
  if (precisionNote) out["note"] = *precisionNote;
  return out;
}

std::string comparisonText(ModelRole roleA, ModelRole roleB, const LanguageMatrix& f1A, const LanguageMatrix& f1B,
                           const LanguageMatrix& difference, const std::vector<PairComparison>& pairs,
                           const ComparisonIntervals& intervals, const std::optional<std::string>& precisionNote) {
  std::string text =
      "F1 " + roleName(roleB) + " (B) - " + roleName(roleA) + " (A); * = significant (both tests p < 0.05)\n";
  if (precisionNote) text += "Note: " + *precisionNote + "\n";
  for (const PairComparison& p : pairs) {
    char line[160];
    const bool significant = p.significance.wilcoxonP < 0.05 && p.significance.bootstrapP < 0.05;
    std::snprintf(line, sizeof line, "  %-6s A %6.2f  B %6.2f  delta %+6.2f%s  (Wilcoxon p %.3g, bootstrap p %.3g)\n",
                  p.pair.key().c_str(), p.a, p.b, p.significance.meanDifference, significant ? "*" : " ",
                  p.significance.wilcoxonP, p.significance.bootstrapP);
    text += line;
  }
  text += "XLT   A " + formatAverage(f1A.xltAverage()) + "  B " + formatAverage(f1B.xltAverage()) + "  delta " +
          formatAverage(difference.xltAverage()) + "\n";
  text += "G-XLT A " + formatAverage(f1A.gxltAverage()) + "  B " + formatAverage(f1B.gxltAverage()) + "  delta " +
          formatAverage(difference.gxltAverage()) + "\n";
  return text + intervalsText(intervals);
}

}  // namespace

int runEval(const QStringList& arguments) {
  QCommandLineParser parser;
  addEvalOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Evaluates a teacher and/or a student over question x context language pairs and "
                                 "keeps every result in a run folder (resumable; Ctrl-C stops cleanly)."))
    return *exit;
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json"})) return *exit;
  const bool asJson = parser.value("format") == "json";
  if (!parser.isSet("teacher") && !parser.isSet("student"))
    return usageError(name, "give --teacher, --student or both");
  for (const char* required : {"data", "out"})
    if (!parser.isSet(required)) return usageError(name, QStringLiteral("--%1 is required").arg(required));

  try {
    const ParallelDataset dataset = loadDataset(parser.values("data"));
    const EvaluationSettings settings = evaluationSettings(parser);

    const LaunchPosition position =
        parser.isSet("shard") ? parseShardOption(toStd(parser.value("shard"))) : launchPositionFromEnvironment();
    const QString device = deviceOfRank(parser.value("device"), position);
    std::vector<LoadedModel> loaded;
    std::vector<EvaluatedModel> models;
    const ComputeDtype dtype = modelDtypeOption(parser);
    for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
      const QString option = QString::fromStdString(roleName(role));
      if (!parser.isSet(option)) continue;
      loaded.push_back(loadModel(parser.value(option), device, dtype));
      models.push_back({role, loaded.back().model.get(), loaded.back().tokenizer.get()});
    }
    const RunManifest manifest =
        newRunManifest(toStd(parser.values("data")),
                       selectPairs(toStd(parser.value("pairs")), dataset.availablePairs()), settings, models);
    if (position.sharded()) {
      // Shards create the run together or join it: no --resume needed, and a restart continues.
      RunStore store = startSharedRun(toStd(parser.value("out")), manifest);
      EvaluationEngine engine(dataset, models, settings);
      return evaluateAsShard(engine, store, position, asJson);
    }

    std::size_t resumedPairs = 0;
    const RunLock lock = RunLock::acquire(toStd(parser.value("out")));  // one evaluation per folder at a time
    RunStore store = startRun(toStd(parser.value("out")), manifest, parser.isSet("resume"), &resumedPairs);
    if (parser.isSet("resume"))
      printInfo("resuming: " + std::to_string(resumedPairs) + " of " + std::to_string(manifest.pairs.size()) +
                " pairs already done\n");

    EvaluationEngine engine(dataset, models, settings);
    const bool finished = runToEnd(engine, store, showProgress, cancelOnSignals());
    if (!finished)
      printInfo("cancelled: " + std::to_string(store.completedPairs().size()) +
                " pairs kept; continue with --resume\n");
    if (asJson)
      printOut(summaryJson(store, !finished).dump(1) + "\n");
    else if (finished)
      printSummary(store);
    return finished ? kSuccess : kCancelled;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

int runCompare(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addPositionalArgument("run_a", "A run folder.");
  parser.addPositionalArgument("run_b", "Another run folder (default: the same run).", "[run_b]");
  parser.addOption({"role-a", "teacher or student (default: teacher).", "role", "teacher"});
  parser.addOption({"role-b", "teacher or student (default: student).", "role", "student"});
  parser.addOption({"format", "text (default), json or csv (the F1 difference matrix).", "format", "text"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Compares two models' F1 pair by pair: B - A within a run (student - teacher by "
                                 "default) or across runs, with paired significance (Wilcoxon, bootstrap) per pair."))
    return *exit;
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json", "csv"})) return *exit;
  const QStringList runs = parser.positionalArguments();
  if (runs.isEmpty() || runs.size() > 2) return usageError(name, "give one or two run folders");
  try {
    const auto role = [&](const char* option) {
      const QString value = parser.value(option);
      if (value != "teacher" && value != "student")
        throw std::invalid_argument("--" + std::string(option) + " must be teacher or student");
      return value == "teacher" ? ModelRole::Teacher : ModelRole::Student;
    };
    const RunStore a = RunStore::open(toStd(runs[0]));
    const RunStore b = RunStore::open(toStd(runs.value(1, runs[0])));
    const ModelRole roleA = role("role-a"), roleB = role("role-b");
    const LanguageMatrix f1A = scoreMatrix(a, roleA, ScoreKind::F1), f1B = scoreMatrix(b, roleB, ScoreKind::F1);
    const LanguageMatrix difference = differenceMatrix(f1A, f1B);
    const auto pairs = comparePairs(a, roleA, b, roleB);
    const ComparisonIntervals intervals = comparisonIntervals(a, roleA, b, roleB, f1A, f1B, difference);
    const std::optional<std::string> precisionNote = dtypeDifference(a, roleA, b, roleB);
    if (precisionNote) printInfo("note: " + *precisionNote + "\n");
    const QString format = parser.value("format");
    if (format == "csv") {
      printOut(matrixToCsv(difference));
    } else if (format == "json") {
      printOut(comparisonJson(f1A, f1B, difference, pairs, intervals, precisionNote).dump(1) + "\n");
    } else {
      printOut(comparisonText(roleA, roleB, f1A, f1B, difference, pairs, intervals, precisionNote));
    }
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
