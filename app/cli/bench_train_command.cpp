// xlqa bench train: a few optimizer steps of self-distillation with mAP@k at real size, with the
// process's peak memory against the floor that the weights, gradients and Adam moments impose.
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/model/qa_model.h"
#include "core/system/process_memory.h"
#include "core/system/runtime_info.h"
#include "core/train/trainer.h"

namespace xlqa::cli {
namespace {

double mebibytes(double bytes) { return bytes / 1048576.0; }

void addBenchTrainOptions(QCommandLineParser& parser) {
  parser.addOption({"model", "Student (and teacher) model folder.", "dir"});
  parser.addOption({"data", "Training data (repeatable).", "path"});
  parser.addOption({"languages", "Languages to sample.", "list", "en,es,de,zh"});
  parser.addOption({"batch-size", "Windows per step.", "n", "4"});
  parser.addOption({"max-seq-length", "Window length.", "n", "384"});
  parser.addOption({"steps", "Optimizer steps to run (a checkpoint is written half-way and at the end).", "n", "6"});
  parser.addOption({"device", "auto (default), cpu or cuda:N.", "device", "auto"});
  addDtypeOption(parser, "fp32 (default) or bf16 (mixed precision over fp32 master weights).");
}

// Self-distillation with mAP@k (the defaults) for one epoch, with just enough data for `steps`.
TrainingConfig benchTrainingConfig(const QCommandLineParser& parser, long steps, const std::string& outputDir) {
  TrainingConfig config;
  config.student = toStd(parser.value("model"));
  config.trainData = toStd(parser.values("data"));
  config.sampling.languages = toStd(parser.value("languages").split(',', Qt::SkipEmptyParts));
  config.batchSize = std::max(1, parser.value("batch-size").toInt());
  config.features.maxSeqLength = parser.value("max-seq-length").toInt();
  config.device = toStd(parser.value("device"));
  config.dtype = toStd(parser.value("dtype"));
  // Each question gives up to 9 examples (3 languages x 3); the run is cancelled after `steps`.
  config.sampling.maxQuestions = static_cast<std::size_t>(steps * config.batchSize / 3 + 2);
  config.epochs = 1;
  config.saveEverySteps = static_cast<int>(steps / 2);
  config.outputDir = outputDir;
  return config;
}

// Resident and peak memory at a stage of the run, on stderr.
void printStage(const std::string& what) {
  char line[300];
  const ProcessMemory now = currentProcessMemory();
  std::snprintf(line, sizeof line, "  %-50.50s resident %6.0f MiB, peak %6.0f MiB\n", what.c_str(),
                mebibytes(double(now.residentBytes)), mebibytes(double(now.peakResidentBytes)));
  printInfo(line);
}

void printReport(const TrainingConfig& config, const TrainingResult& result, std::vector<double> rates,
                 const ProcessMemory& before, const ProcessMemory& after) {
  const ModelConfig model = loadModelConfig(config.student + "/config.json");
  const double weights = 4.0 * static_cast<double>(countParameters(model));
  const double floor = 4 * weights + weights;  // student: weights, gradients, 2 moments; the teacher
  std::sort(rates.begin(), rates.end());
  char text[600];
  std::snprintf(text, sizeof text,
                "model: %s, %lld parameters (%.0f MiB in fp32); batch %d x %d tokens, %s, %d threads\n"
                "steps: %ld; %.2f windows/s (median of the steps after the first)\n"
                "memory: peak %.0f MiB resident; floor %.0f MiB (student weights, gradients, Adam moments + teacher); "
                "peak - floor = %+.0f MiB (before training: %.0f MiB)\n",
                model.modelType.c_str(), static_cast<long long>(countParameters(model)), mebibytes(weights),
                config.batchSize, config.features.maxSeqLength, config.dtype.c_str(), queryRuntime().intraOpThreads,
                result.steps, rates.empty() ? 0.0 : rates[rates.size() / 2], mebibytes(double(after.peakResidentBytes)),
                mebibytes(floor), mebibytes(double(after.peakResidentBytes) - floor),
                mebibytes(double(before.residentBytes)));
  printOut(text);
}

}  // namespace

int runBenchTrain(const QStringList& arguments) {
  QCommandLineParser parser;
  addBenchTrainOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Runs a few steps of self-knowledge distillation weighted by mAP@k (the teacher is "
                                 "the student's starting point) and reports windows/s and the peak resident memory "
                                 "against the floor: the student's weights, gradients and two Adam moments in fp32, "
                                 "plus the teacher's weights."))
    return *exit;
  if (!parser.isSet("model") || !parser.isSet("data")) return usageError(name, "--model and --data are required");
  try {
    QTemporaryDir output;
    const long steps = std::max(2, parser.value("steps").toInt());
    const TrainingConfig config = benchTrainingConfig(parser, steps, output.path().toStdString());

    std::atomic<bool> cancel{false};
    std::vector<double> rates;
    TrainingCallbacks callbacks;
    callbacks.status = printStage;
    callbacks.step = [&](const TrainingStep& step) {
      printStage("after step " + std::to_string(step.step));
      if (step.step > 1) rates.push_back(step.examplesPerSecond);  // the first step warms up
      if (step.step >= steps) cancel = true;
    };
    const ProcessMemory before = currentProcessMemory();
    const TrainingResult result = train(config, false, callbacks, &cancel);
    printReport(config, result, std::move(rates), before, currentProcessMemory());
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
