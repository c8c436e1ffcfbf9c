// xlqa train: cross-entropy fine-tuning or self-knowledge distillation from a JSON config,
// resumable after a kill; Ctrl-C stops at the next step and keeps a checkpoint.
#include <QCommandLineParser>

#include <unistd.h>
#include <csignal>
#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/io/json_file.h"
#include "core/train/trainer.h"

namespace xlqa::cli {
namespace {

std::atomic<bool> gCancel{false};
extern "C" void requestTrainingCancel(int) { gCancel = true; }

// A line that rewrites itself on a terminal; otherwise a plain line every 5% of the steps.
void showStep(const TrainingStep& step) {
  const bool tty = ::isatty(STDERR_FILENO);
  const long every = std::max(1L, step.totalSteps / 20);
  if (!tty && step.step % every != 0 && step.step != step.totalSteps) return;
  char line[240];
  std::snprintf(line, sizeof line,
                "%sepoch %d  step %ld/%ld  loss %.4f  ce %.4f  kl %.4f  w %.3f  lr %.2e  %.1f windows/s  ETA %.0f s%s",
                tty ? "\r" : "", step.epoch + 1, step.step, step.totalSteps, step.loss, step.ce, step.kl, step.klWeight,
                step.learningRate, step.examplesPerSecond, step.etaSeconds, tty ? "  " : "\n");
  printErr(line);
}

void showEpoch(const EpochScores& scores) {
  char line[200];
  std::snprintf(line, sizeof line, "\nepoch %d on the dev pairs: F1 XLT %.2f  G-XLT %.2f  (EM %.2f / %.2f)%s\n",
                scores.epoch + 1, scores.xltF1, scores.gxltF1, scores.xltExactMatch, scores.gxltExactMatch,
                scores.best ? "  best so far" : "");
  printErr(line);
}

}  // namespace

int runTrain(const QStringList& arguments) {
  const QString name = QStringLiteral("train");
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
  parser.addOptions({config, resume, output, device, dtype, plan, printDefault});
  if (auto exit =
          parseArguments(parser, arguments,
                         QStringLiteral("Fine-tunes a QA model with cross-entropy or self-distils it with mAP@k, "
                                        "generation after generation. Resumable (--resume); Ctrl-C stops cleanly.")))
    return *exit;
  if (parser.isSet(printDefault)) {
    printOut(toJson(TrainingConfig{}).dump(2) + "\n");
    return kSuccess;
  }
  if (!parser.isSet(config)) return usageError(name, QStringLiteral("--config is required"));

  try {
    TrainingConfig settings = readTrainingConfig(toStd(parser.value(config)));
    if (parser.isSet(output)) settings.outputDir = toStd(parser.value(output));
    if (parser.isSet(device)) settings.device = toStd(parser.value(device));
    if (parser.isSet(dtype)) settings.dtype = toStd(parser.value(dtype));
    if (parser.isSet(plan)) {
      const TrainingPlan p = planTraining(settings);
      printOut(std::to_string(p.questions) + " questions, " + std::to_string(p.examples) + " examples, " +
               std::to_string(p.windows) + " windows; " + std::to_string(p.stepsPerEpoch) + " steps per epoch, " +
               std::to_string(p.totalSteps) + " in all\n");
      for (const auto& [pair, count] : p.examplesPerPair)
        printOut("  " + pair.key() + "  " + std::to_string(count) + "\n");
      return kSuccess;
    }
    std::signal(SIGINT, requestTrainingCancel);
    std::signal(SIGTERM, requestTrainingCancel);
    TrainingCallbacks callbacks;
    callbacks.status = [](const std::string& text) { printErr(text + "\n"); };
    callbacks.step = showStep;
    callbacks.epoch = showEpoch;
    const TrainingResult result = train(settings, parser.isSet(resume), callbacks, &gCancel);
    if (result.cancelled) {
      printErr("\ncancelled after step " + std::to_string(result.steps) + "; continue with --resume\n");
      return kFailure;
    }
    printOut("\nstudent: " + result.lastModel + "\n");
    if (!result.bestModel.empty()) printOut("best (dev G-XLT F1): " + result.bestModel + "\n");
    if (!result.finalRun.empty()) printOut("teacher vs student run: " + result.finalRun + "\n");
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
