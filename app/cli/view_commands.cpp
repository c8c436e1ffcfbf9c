// xlqa grid / xlqa rank / xlqa generations: views that no score table shows: one question across
// every language pair, where the gold answer sits in each model's n-best list, and a training's
// dev scores generation by generation.
#include <QCommandLineParser>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/epoch_scores_json.h"
#include "core/store/gold_rank.h"
#include "core/store/parallel_example_grid.h"
#include "core/train/trainer.h"

namespace xlqa::cli {
namespace {

std::string format(const char* pattern, double value) {
  char text[32];
  std::snprintf(text, sizeof text, pattern, value);
  return text;
}

std::string padded(std::string text, std::size_t width) {
  if (text.size() < width) text.insert(0, width - text.size(), ' ');
  return text;
}

// "teacher/student" F1 per cell, "-" for a model without a result, "n/a" for a missing cell.
std::string cellText(const GridCell& cell) {
  if (!cell.example) return cell.state == GridCellState::PairMissing ? "(no pair)" : "(no example)";
  const auto f1 = [](const std::optional<ModelExampleResult>& result) {
    return result ? format("%.1f", 100 * result->f1) : std::string("-");
  };
  return f1(cell.example->teacher) + "/" + f1(cell.example->student);
}

std::string gridText(const ParallelExampleGrid& grid, const std::string& runDirectory) {
  std::string out = "question " + grid.id + " in " + runDirectory + ": " + std::to_string(grid.presentCells()) +
                    " of " + std::to_string(grid.questionLanguages.size() * grid.contextLanguages.size()) +
                    " cells\nF1 teacher/student (rows: question language, columns: context language)\n\n";
  constexpr std::size_t width = 13;
  out += "q\\c ";
  for (const std::string& c : grid.contextLanguages) out += padded(c, width);
  out += "\n";
  for (std::size_t q = 0; q < grid.questionLanguages.size(); ++q) {
    out += grid.questionLanguages[q] + std::string(4 - std::min<std::size_t>(4, grid.questionLanguages[q].size()), ' ');
    for (const GridCell& cell : grid.cells[q]) out += padded(cellText(cell), width);
    out += "\n";
  }
  const GridFlips flips = grid.flips();
  out += "\nexact match, where both models answered:\n  student right, teacher wrong: " +
         pairList(flips.studentOnlyRight) + "\n  teacher right, student wrong: " + pairList(flips.teacherOnlyRight) +
         "\n  both right: " + pairList(flips.bothRight) + "\n  both wrong: " + pairList(flips.bothWrong) + "\n";
  out += "\nanswers (EM):\n";
  for (const auto& row : grid.cells) {
    for (const GridCell& cell : row) {
      if (!cell.example) continue;
      out += "  " + cell.pair.key() + "  gold: \"" + (cell.example->golds.empty() ? "" : cell.example->golds[0]) + "\"";
      for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
        if (const auto& result = cell.example->result(role))
          out +=
              "  " + roleName(role) + ": \"" + result->prediction + "\" (" + std::to_string(result->exactMatch) + ")";
      }
      out += "\n";
    }
  }
  return out;
}

std::string rankText(const std::vector<PairGoldRanks>& pairs, bool withExamples) {
  std::string out;
  int kLimit = 0;
  for (const PairGoldRanks& pair : pairs) kLimit = std::max(kLimit, pair.kLimit);
  out +=
      "EM@k: share of examples whose gold answer is among a model's first k spans (official EM rules).\n"
      "The run kept " +
      std::to_string(kLimit) + " span(s) per example (top_k), so EM@k is known for k <= " + std::to_string(kLimit) +
      " only.\n\npair   model     examples";
  for (int k = 1; k <= kLimit; ++k) out += padded("@" + std::to_string(k), 8);
  out += "  moved to 1\n";
  for (const PairGoldRanks& pair : pairs) {
    for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
      const auto& curve = pair.emAtK(role);
      if (!curve) continue;
      std::string key = pair.pair.key(), model = roleName(role);
      out += key + std::string(7 - std::min<std::size_t>(7, key.size()), ' ') + model +
             std::string(10 - model.size(), ' ') + padded(std::to_string(curve->examples), 8);
      for (double value : curve->values) out += padded(format("%.2f", value), 8);
      if (role == ModelRole::Student) out += padded(std::to_string(pair.studentMovedGoldToTop), 12);
      out += "\n";
    }
  }
  if (!withExamples) return out;
  out += "\nper example: gold rank (- when not within the kept spans), * = student moved the gold to rank 1\n";
  for (const PairGoldRanks& pair : pairs) {
    for (const ExampleGoldRank& example : pair.examples) {
      const auto rank = [](bool has, const std::optional<int>& value) {
        return !has ? std::string("n/a") : value ? std::to_string(*value) : std::string("-");
      };
      out += pair.pair.key() + "  " + example.id + "  teacher " + rank(example.hasTeacher, example.teacher) +
             "  student " + rank(example.hasStudent, example.student) + (example.studentMovedGoldToTop() ? "  *" : "") +
             "\n";
    }
  }
  return out;
}

nlohmann::json generationsJson(const std::string& folder, const TrainingLog& log) {
  return {{"training", folder}, {"epochs", epochScoresJson(log.epochs)}};
}

std::string generationsText(const std::string& folder, const TrainingLog& log, const char* separator) {
  const bool csv = std::string(separator) == ",";
  std::string out = csv ? "" : "dev scores of the student after each epoch (generation) of " + folder + "\n\n";
  const auto cell = [&](std::string text, std::size_t width) { return csv ? text : padded(std::move(text), width); };
  out += csv ? "epoch,xlt_f1,gxlt_f1,xlt_em,gxlt_em,best,run\n"
             : "epoch    XLT F1  G-XLT F1    XLT EM  G-XLT EM  best  run\n";
  const int best = bestEpoch(log.epochs);
  for (const EpochScores& e : log.epochs) {
    out += cell(std::to_string(e.epoch + 1), 5);
    for (double value : {e.xltF1, e.gxltF1, e.xltExactMatch, e.gxltExactMatch})
      out += separator + cell(format(csv ? "%.6f" : "%.2f", value), csv ? 0 : 9);
    const bool isBest = e.epoch == best;
    out += separator + cell(isBest ? (csv ? "1" : "*") : (csv ? "0" : ""), csv ? 0 : 5) + separator + e.runDirectory +
           "\n";
  }
  return out;
}

}  // namespace

int runGenerations(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addPositionalArgument("training", "A training output folder written by 'xlqa train' with dev data.");
  parser.addOption({"format", "text (default), json or csv.", "format", "text"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Prints the student's XLT and G-XLT dev scores after each epoch (each generation "
                                 "of self-distillation) and the dev run of each; set two generations against each "
                                 "other pair by pair with 'xlqa compare RUN_A RUN_B --role-a student'."))
    return *exit;
  const QStringList folders = parser.positionalArguments();
  if (folders.size() != 1) return usageError(name, "give one training folder");
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json", "csv"})) return *exit;
  const QString formatName = parser.value("format");
  try {
    const std::string folder = toStd(folders[0]);
    const TrainingLog log = readTrainingLog(folder);
    if (log.epochs.empty())
      return fail(name, folder + "/log.jsonl has no epoch scores (a training without dev data, or not one epoch yet)");
    if (formatName == "json")
      printOut(generationsJson(folder, log).dump(1) + "\n");
    else
      printOut(generationsText(folder, log, formatName == "csv" ? "," : " "));
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

int runGrid(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addPositionalArgument("run", "A run folder written by 'xlqa eval'.");
  parser.addOption({"id", "The question id (the same in every language in XQuAD and MLQA).", "id"});
  parser.addOption(
      {"format", "text (default) or json (every cell's answers, EM, F1 and top spans).", "format", "text"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Shows one question across the run's question-language x context-language grid: "
                                 "teacher and student answer, EM and F1 per pair, and where the exact match flips "
                                 "between them."))
    return *exit;
  const QStringList runs = parser.positionalArguments();
  if (runs.size() != 1) return usageError(name, "give one run folder");
  if (!parser.isSet("id")) return usageError(name, "--id is required");
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json"})) return *exit;
  const QString formatName = parser.value("format");
  try {
    const RunStore run = RunStore::open(toStd(runs[0]));
    const ParallelExampleGrid grid = parallelExampleGrid(run, toStd(parser.value("id")));
    if (grid.presentCells() == 0)
      return fail(name, "no evaluated pair of " + run.directory() + " holds question '" + grid.id + "'");
    printOut(formatName == "json" ? toJson(grid).dump(1) + "\n" : gridText(grid, run.directory()));
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

int runRank(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addPositionalArgument("run", "A run folder written by 'xlqa eval'.");
  parser.addOption({"pair", "Only this pair, e.g. en-de (default: every completed pair).", "q-c"});
  parser.addOption({"examples", "Also print each example's gold rank per model."});
  parser.addOption({"format", "text (default) or json.", "format", "text"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Prints EM@k per pair and model: the share of examples whose gold answer (official "
                                 "EM normalisation of the pair) is among the model's first k spans, for k up to the "
                                 "spans the run kept (its top_k); and how often the student moved the gold to rank 1 "
                                 "where the teacher had it lower or not at all."))
    return *exit;
  const QStringList runs = parser.positionalArguments();
  if (runs.size() != 1) return usageError(name, "give one run folder");
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json"})) return *exit;
  const QString formatName = parser.value("format");
  try {
    const RunStore run = RunStore::open(toStd(runs[0]));
    std::optional<LanguagePair> pair;
    if (parser.isSet("pair")) pair = parseLanguagePair(toStd(parser.value("pair")));
    const std::vector<PairGoldRanks> ranks = runGoldRanks(run, pair);
    const bool withExamples = parser.isSet("examples");
    if (formatName == "json") {
      nlohmann::json pairs = nlohmann::json::array();
      for (const PairGoldRanks& p : ranks) pairs.push_back(toJson(p, withExamples));
      const std::optional<int> kept = keptSpansPerExample(run.manifest());
      nlohmann::json out = {{"run", run.directory()}, {"pairs", std::move(pairs)}};
      out["top_k"] = kept ? nlohmann::json(*kept) : nlohmann::json();
      out["note"] = "EM@k is known only up to k_limit: the spans the run kept per example";
      printOut(out.dump(1) + "\n");
    } else {
      printOut(rankText(ranks, withExamples));
    }
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
