#include "widgets/evaluation_job.h"

#include <QCoreApplication>

#include "core/eval/evaluation_engine.h"
#include "core/model/qa_model.h"
#include "core/store/evaluation_run.h"
#include "core/store/run_lock.h"
#include "widgets/background_job.h"
#include "widgets/evaluation_dialog.h"
#include "widgets/workbench_document.h"

namespace xlqa {

BackgroundJob::Work evaluationWork(const WorkbenchDocument& document, const EvaluationRequest& request) {
  if (!document.dataset())
    throw std::invalid_argument(QCoreApplication::translate("Workspace", "Open a dataset first.").toStdString());
  const std::optional<LoadedModel> teacher = document.model(ModelRole::Teacher),
                                   student = document.model(ModelRole::Student);
  if (!teacher && !student)
    throw std::invalid_argument(
        QCoreApplication::translate("Workspace", "Open a teacher or a student model first.").toStdString());
  const LoadedDataset dataset = *document.dataset();

  return [=](BackgroundJob& job) {
    EvaluationSettings settings;
    settings.metric = request.squadMetric ? Metric::Squad : Metric::Mlqa;
    settings.maxExamplesPerPair = static_cast<std::size_t>(request.maxExamplesPerPair);
    std::vector<std::string> inputs;
    for (const QString& input : dataset.inputs) inputs.push_back(input.toStdString());
    std::vector<EvaluatedModel> evaluated;
    for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
      const auto& loaded = role == ModelRole::Teacher ? teacher : student;
      if (loaded) evaluated.push_back({role, loaded->model.get(), loaded->tokenizer.get()});
    }
    const RunManifest manifest = newRunManifest(
        inputs, selectPairs(request.pairs.toStdString(), dataset.dataset->availablePairs()), settings, evaluated);
    const RunLock lock = RunLock::acquire(request.outputDirectory.toStdString());
    RunStore store = startRun(request.outputDirectory.toStdString(), manifest, request.resume);
    EvaluationEngine engine(*dataset.dataset, evaluated, settings);
    const bool finished = runToEnd(
        engine, store,
        [&](const EvaluationProgress& p) {
          const double fraction = p.examplesTotal ? double(p.examplesDone) / double(p.examplesTotal) : 0.0;
          job.reportProgress(fraction,
                             QCoreApplication::translate("Workspace", "pair %1 of %2 (%3), %4 examples/s, %5 s left")
                                 .arg(p.pairNumber())
                                 .arg(p.pairsTotal)
                                 .arg(QString::fromStdString(p.pair))
                                 .arg(p.examplesPerSecond, 0, 'f', 1)
                                 .arg(p.etaSeconds, 0, 'f', 0));
        },
        job.cancelFlag());
    if (!finished) throw Cancelled();
  };
}

std::vector<std::string> evaluationCommand(const WorkbenchDocument& document, const EvaluationRequest& request,
                                           const QString& program) {
  const auto& dataset = document.dataset();
  std::vector<std::string> command = {program.toStdString(), "eval"};
  bool anyModel = false;
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    if (const auto& loaded = document.model(role)) {
      command.insert(command.end(), {"--" + roleName(role), loaded->model->directory()});
      anyModel = true;
    }
  }
  if (!dataset || !anyModel) return {};
  for (const QString& input : dataset->inputs) command.insert(command.end(), {"--data", input.toStdString()});
  command.insert(command.end(),
                 {"--pairs", request.pairs.toStdString(), "--out", request.outputDirectory.toStdString(),
                  "--max-examples-per-pair", std::to_string(request.maxExamplesPerPair), "--metric",
                  request.squadMetric ? "squad" : "mlqa", "--dtype", computeDtypeName(document.computeDtype())});
  return command;
}

}  // namespace xlqa
