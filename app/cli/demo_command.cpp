// xlqa demo: the embedded demo headless. Without --build: regenerates the demo corpus, evaluates
// the demo's teacher and student on every pair of its test split (once; later calls reuse the
// cached run) and prints their XLT and G-XLT F1. With --build: runs the whole recipe.
#include <QCommandLineParser>

#include <exception>
#include <filesystem>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/demo/demo_recipe.h"
#include "core/demo/demo_workspace.h"
#include "core/eval/predictor.h"
#include "core/io/json_file.h"
#include "core/store/run_store.h"

namespace xlqa::cli {
namespace {

int build(const QCommandLineParser& parser, const std::atomic<bool>* cancel) {
  const std::string out = toStd(parser.value("build"));
  const std::string work = parser.isSet("work") ? toStd(parser.value("work")) : out + ".work";
  DemoRecipe recipe = parser.isSet("quick") ? quickDemoRecipe() : DemoRecipe{};
  if (parser.isSet("recipe")) {
    const std::string path = toStd(parser.value("recipe"));
    const nlohmann::json settings = readJsonFile(path);
    // A demo.json holds its recipe under "recipe": any demo rebuilds from its own manifest.
    recipe = DemoRecipe::fromJson(settings.contains("recipe") ? settings.at("recipe") : settings, path);
  }
  std::string lastStage;
  int lastTenth = -1;
  const auto progress = [&](const DemoBuildProgress& p) {
    const int tenth = int(p.fraction * 10);  // off a terminal (--verbose) a line per stage and per tenth of it
    const bool milestone = p.stage != lastStage || tenth != lastTenth;
    lastStage = p.stage, lastTenth = tenth;
    printProgress(p.stage + ": " + std::to_string(tenth * 10) + "% " + p.detail, milestone);
  };
  const nlohmann::json manifest = buildDemo(recipe, out, work, progress, cancel);
  printOut("built the demo in " + out + " (work files in " + work + ")\n" + manifest.at("test_scores").dump(2) + "\n");
  return kSuccess;
}

}  // namespace

int runDemo(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption(
      {"format", "text (default) or json: {\"teacher\": {\"xlt_f1\", \"gxlt_f1\", \"en_en_f1\"}, \"student\": {...}}.",
       "format", "text"});
  parser.addOption({"demo", "The demo folder (default: the embedded demo).", "dir"});
  parser.addOption({"cache", "Where the demo workspace is kept (default: ~/.cache/xlqa-studio).", "dir"});
  parser.addOption({"device", "auto (default), cpu or cuda[:N].", "device", "auto"});
  parser.addOption({"build", "Run the recipe from nothing into a new demo folder instead.", "dir"});
  parser.addOption(
      {"work", "With --build: the folder for the corpus, training outputs and runs (default: <dir>.work).", "dir"});
  parser.addOption({"quick", "With --build: a tiny recipe (seconds), for tests."});
  parser.addOption({"recipe",
                    "With --build: recipe settings, a JSON object as demo.json's \"recipe\" (keys left out keep "
                    "the defaults) or a demo.json itself, to rebuild that demo.",
                    "file"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "The embedded demo: an English-trained teacher and a self-distilled student on a "
                                 "generated parallel corpus in en es de ar hi vi zh. Prints both models' XLT (same-"
                                 "language pairs) and G-XLT (all 49 question x context pairs) F1 on the test split."))
    return *exit;
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json"})) return *exit;
  const QString format = parser.value("format");
  try {
    const std::atomic<bool>* cancel = cancelOnSignals();
    if (parser.isSet("build")) return build(parser, cancel);
    const std::string demoDir = parser.isSet("demo") ? toStd(parser.value("demo")) : locateDemoDirectory();
    const std::string cacheDir = parser.isSet("cache") ? toStd(parser.value("cache")) : defaultCacheDirectory();
    std::size_t lastPair = 0;
    const auto progress = [&](const EvaluationProgress& p) {
      const bool nextPair = p.pairNumber() != lastPair;  // off a terminal (--verbose) a line per pair
      lastPair = p.pairNumber();
      printProgress("evaluating the test split: pair " + std::to_string(p.pairNumber()) + "/" +
                        std::to_string(p.pairsTotal) + " " + p.pair,
                    nextPair);
    };
    const PreparedDemo demo = prepareDemo(demoDir, cacheDir, toStd(parser.value("device")), progress, cancel);
    const DemoScores scores = demoScoresOfRun(RunStore::open(demo.runDirectory));
    if (format == "json") {
      printOut(toJson(scores, false).dump() + "\n");
      return kSuccess;
    }
    const auto english = [](const std::optional<double>& f1) { return f1 ? formatAverage(*f1) : std::string("    -"); };
    printOut("XLQA Studio demo (" + demoDir + "), test split, F1:\n           XLT    G-XLT    en-en\n" + "teacher " +
             formatAverage(scores.teacher.xltF1) + "  " + formatAverage(scores.teacher.gxltF1) + "  " +
             english(scores.teacherEnglishF1) + "\nstudent " + formatAverage(scores.student.xltF1) + "  " +
             formatAverage(scores.student.gxltF1) + "  " + english(scores.studentEnglishF1) +
             "\nrun: " + demo.runDirectory + "\n");
    return kSuccess;
  } catch (const Cancelled&) {
    printInfo("cancelled\n");
    return kCancelled;
  } catch (const std::exception& error) {
    return fail(name, error.what());
  }
}

}  // namespace xlqa::cli
