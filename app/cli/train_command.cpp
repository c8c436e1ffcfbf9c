// xlqa train: cross-entropy fine-tuning or self-knowledge distillation from a JSON config,
// resumable after a kill; Ctrl-C stops at the next step and keeps a checkpoint.
#include <QCommandLineParser>

#include <cstdio>
#include <optional>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/epoch_scores_json.h"
#include "core/io/json_file.h"
#include "core/train/trainer.h"

namespace xlqa::cli {
namespace {

// Redrawn on a terminal; off it (--verbose) a line every 5% of the steps.
void showStep(const TrainingStep& step) {
  const long every = std::max(1L, step.totalSteps / 20);
  char line[240];
  std::snprintf(line, sizeof line,
                "epoch %d  step %ld/%ld  loss %.4f  ce %.4f  kl %.4f  w %.3f  lr %.2e  %.1f windows/s  ETA %.0f s",
                step.epoch + 1, step.step, step.totalSteps, step.loss, step.ce, step.kl, step.klWeight,
                step.learningRate, step.examplesPerSecond, step.etaSeconds);
  printProgress(line, step.step % every == 0 || step.step == step.totalSteps);
}

void showEpoch(const EpochScores& scores) {
  char line[200];
  std::snprintf(line, sizeof line, "epoch %d on the dev pairs: F1 XLT %.2f  G-XLT %.2f  (EM %.2f / %.2f)%s\n",
                scores.epoch + 1, scores.xltF1, scores.gxltF1, scores.xltExactMatch, scores.gxltExactMatch,
                scores.best ? "  best so far" : "");
  printInfo(line);
}

nlohmann::json planJson(const TrainingPlan& plan) {
  nlohmann::json perPair = nlohmann::json::object();
  for (const auto& [pair, count] : plan.examplesPerPair) perPair[pair.key()] = count;
  return {{"questions", plan.questions},           {"examples", plan.examples},      {"windows", plan.windows},
          {"steps_per_epoch", plan.stepsPerEpoch}, {"total_steps", plan.totalSteps}, {"examples_per_pair", perPair}};
}

// --format json: what the text summary says, with the steps, the last loss and the dev scores.
nlohmann::json resultJson(const TrainingConfig& settings, const TrainingResult& result,
                          const std::optional<double>& finalLoss) {
  const auto path = [](const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
  };
  return {{"output", settings.outputDir},
          {"steps", result.steps},
          {"final_loss", finalLoss ? nlohmann::json(*finalLoss) : nullptr},
          {"cancelled", result.cancelled},
          {"student", path(result.lastModel)},
          {"best", path(result.bestModel)},
          {"final_run", path(result.finalRun)},
          {"dev", epochScoresJson(result.epochs)}};
}

}  // namespace

int runTrain(const QStringList& arguments) {
  const QString name = arguments.value(0);
  QCommandLineParser parser;
  const QCommandLineOption config(QStringLiteral("config"),
                                  QStringLiteral("The training config (JSON; see --print-default-config)."),
                                  QStringLiteral("file"));
  const QCommandLineOption resume(
      QStringLiteral("resume"), QStringLiteral("Continue the run in the config's output folder from its checkpoint."));
  const QCommandLineOption output(QStringLiteral("out"),
                                  QStringLiteral("Output folder, instead of the config's output_dir."),
                                  QStringLiteral("dir"));
  const QCommandLineOption device(QStringLiteral("device"),
                                  QStringLiteral("auto, cpu or cuda:N, instead of the config's device."),
                                  QStringLiteral("device"));
  const QCommandLineOption dtype(
      QStringLiteral("dtype"),
      QStringLiteral("fp32 or bf16 (mixed precision over fp32 master weights), instead of the "
                     "config's dtype."),
      QStringLiteral("dtype"));
  const QCommandLineOption plan(QStringLiteral("plan"),
                                QStringLiteral("Print the sampled training set and the number of steps, then stop."));
  const QCommandLineOption printDefault(QStringLiteral("print-default-config"),
                                        QStringLiteral("Print the default config (SKD with mAP@k) to start from."));
  const QCommandLineOption format(
      QStringLiteral("format"),
      QStringLiteral(
          "text (default) or json: {\"output\", \"steps\", \"final_loss\", \"cancelled\", \"student\", "
          "\"best\", \"final_run\", \"dev\": [{\"epoch\", \"xlt_f1\", \"gxlt_f1\", ...}] as xlqa generations "
          "prints them} on stdout "
          "(with --plan: the plan)."),
      QStringLiteral("format"), QStringLiteral("text"));
  parser.addOptions({config, resume, output, device, dtype, plan, printDefault, format});
  if (auto exit =
          parseArguments(parser, arguments,
                         QStringLiteral("Fine-tunes a QA model with cross-entropy or self-distils it with mAP@k, "
                                        "generation after generation. Resumable (--resume); Ctrl-C stops cleanly.")))
    return *exit;
  if (parser.isSet(printDefault)) {
    printOut(toJson(TrainingConfig{}).dump(2) + "\n");
    return kSuccess;
  }
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json"})) return *exit;
  const bool asJson = parser.value(format) == "json";
  if (!parser.isSet(config)) return usageError(name, QStringLiteral("--config is required"));

  try {
    TrainingConfig settings = readTrainingConfig(toStd(parser.value(config)));
    if (parser.isSet(output)) settings.outputDir = toStd(parser.value(output));
    if (parser.isSet(device)) settings.device = toStd(parser.value(device));
    if (parser.isSet(dtype)) settings.dtype = toStd(parser.value(dtype));
    if (parser.isSet(plan)) {
      const TrainingPlan p = planTraining(settings);
      if (asJson) {
        printOut(planJson(p).dump(1) + "\n");
        return kSuccess;
      }
      printOut(std::to_string(p.questions) + " questions, " + std::to_string(p.examples) + " examples, " +
               std::to_string(p.windows) + " windows; " + std::to_string(p.stepsPerEpoch) + " steps per epoch, " +
               std::to_string(p.totalSteps) + " in all\n");
      for (const auto& [pair, count] : p.examplesPerPair)
        printOut("  " + pair.key() + "  " + std::to_string(count) + "\n");
      return kSuccess;
    }
    std::optional<double> finalLoss;
    TrainingCallbacks callbacks;
    callbacks.status = [](const std::string& text) { printInfo(text + "\n"); };
    callbacks.step = [&](const TrainingStep& step) {
      finalLoss = step.loss;
      showStep(step);
    };
    callbacks.epoch = showEpoch;
    const TrainingResult result = train(settings, parser.isSet(resume), callbacks, cancelOnSignals());
    if (result.cancelled)
      printInfo("cancelled after step " + std::to_string(result.steps) + "; continue with --resume\n");
    if (asJson) {
      printOut(resultJson(settings, result, finalLoss).dump(1) + "\n");
      return result.cancelled ? kCancelled : kSuccess;
    }
    if (result.cancelled) return kCancelled;
    printOut("student: " + result.lastModel + "\n");
    if (!result.bestModel.empty()) printOut("best (dev G-XLT F1): " + result.bestModel + "\n");
    if (!result.finalRun.empty()) printOut("teacher vs student run: " + result.finalRun + "\n");
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
