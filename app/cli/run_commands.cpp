// xlqa run check / xlqa run merge: the state of a run folder pair by pair, and joining the
// folders that the shards of one evaluation wrote separately (node-local disks).
#include <QCommandLineParser>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/store/run_status.h"

namespace xlqa::cli {
namespace {

constexpr int kIncomplete = 3;  // `run check`: the run is readable but not every pair is done

int check(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addPositionalArgument("run", "A run folder.");
  parser.addOption({"format", "text (default) or json.", "format", "text"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Lists a run's finished, claimed (being evaluated, or abandoned by a shard that "
                                 "stopped) and missing pairs. Exit status 0 when the run is complete, 3 when not."))
    return *exit;
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json"})) return *exit;
  if (parser.positionalArguments().size() != 1) return usageError(name, "give one run folder");
  try {
    const RunStore run = RunStore::open(toStd(parser.positionalArguments().front()));
    const RunStatus status = runStatus(run);
    if (parser.value("format") == "json") {
      nlohmann::json claimed = nlohmann::json::array();
      for (const auto& [pair, holder] : status.claimed) claimed.push_back({{"pair", pair.key()}, {"holder", holder}});
      nlohmann::json finished = nlohmann::json::array(), missing = nlohmann::json::array();
      nlohmann::json damaged = nlohmann::json::array();
      for (const auto& [pair, why] : status.damaged) damaged.push_back({{"pair", pair.key()}, {"problem", why}});
      for (const LanguagePair& pair : status.finished) finished.push_back(pair.key());
      for (const LanguagePair& pair : status.missing) missing.push_back(pair.key());
      printOut(nlohmann::json{{"run", run.directory()},
                              {"complete", status.complete()},
                              {"finished", finished},
                              {"claimed", claimed},
                              {"missing", missing},
                              {"damaged", damaged}}
                   .dump(1) +
               "\n");
    } else {
      std::string out = run.directory() + ": " + std::to_string(status.finished.size()) + " of " +
                        std::to_string(run.manifest().pairs.size()) + " pairs finished, " +
                        (status.complete() ? "complete" : "not complete") +
                        "\n  finished: " + pairList(status.finished) + "\n  claimed:  ";
      if (status.claimed.empty()) out += "-";
      for (const auto& [pair, holder] : status.claimed) out += "\n    " + pair.key() + " by " + holder;
      out += "\n  missing:  " + pairList(status.missing) + "\n  damaged:  ";
      if (status.damaged.empty()) out += "-";
      for (const auto& [pair, why] : status.damaged) out += "\n    " + pair.key() + ": " + why;
      out += status.damaged.empty() ? "\n" : "\n  (xlqa eval --resume evaluates the damaged pairs again)\n";
      printOut(out);
    }
    return status.complete() ? kSuccess : kIncomplete;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

int merge(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addPositionalArgument("runs", "The shard run folders.", "RUN...");
  parser.addOption({"out", "The merged run folder to create.", "dir"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Joins run folders of the same models, data, settings and pairs (the shards of one "
                                 "evaluation, each written to its own folder) into a new run folder. Refuses, "
                                 "naming what differs, runs that do not match."))
    return *exit;
  if (parser.positionalArguments().isEmpty()) return usageError(name, "give the run folders to merge");
  if (!parser.isSet("out")) return usageError(name, "--out is required");
  try {
    const RunStore merged = mergeRuns(toStd(parser.positionalArguments()), toStd(parser.value("out")));
    const RunStatus status = runStatus(merged);
    printOut(merged.directory() + ": " + std::to_string(status.finished.size()) + " of " +
             std::to_string(merged.manifest().pairs.size()) + " pairs" +
             (status.complete() ? ", complete\n" : "; missing: " + pairList(status.missing) + "\n"));
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace

int runRun(const QStringList& arguments) {
  return runNested(arguments, {{"check", "a run's finished, claimed, missing and damaged pairs", check},
                               {"merge", "join the run folders of an evaluation's shards into one", merge}});
}

}  // namespace xlqa::cli
