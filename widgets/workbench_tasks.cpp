#include "widgets/workbench_tasks.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <optional>
#include <vector>

#include "core/demo/demo_workspace.h"
#include "core/eval/example_inspection.h"
#include "core/store/example_tags.h"
#include "widgets/error_text.h"
#include "widgets/evaluation_dialog.h"
#include "widgets/evaluation_job.h"
#include "widgets/example_table_model.h"
#include "widgets/job_runner.h"
#include "widgets/workbench_document.h"

namespace xlqa {
namespace {

constexpr int kSurveyExamplesPerPair = 100;  // enough for a stable mean, a minute on a laptop CPU

QString dtypeText(ComputeDtype dtype) { return QString::fromStdString(computeDtypeName(dtype)); }

// The dataset files a run was made from, as ParallelDataset inputs ("l=path" or "q,c=path").
QStringList datasetInputs(const RunManifest& manifest) {
  QStringList inputs;
  for (const auto& f : manifest.datasetFiles) {
    const QString languages = f.questionLanguage == f.contextLanguage
                                  ? QString::fromStdString(f.questionLanguage)
                                  : QString::fromStdString(f.questionLanguage + "," + f.contextLanguage);
    inputs << languages + QLatin1Char('=') + QString::fromStdString(f.path);
  }
  return inputs;
}

// On a job's thread: reports the share of the weights in place; Cancel stops the load between
// tensors (Cancelled ends the job as cancelled, not failed).
LoadedModel loadModelInJob(BackgroundJob& job, const QString& directory, ComputeDtype dtype) {
  const QString text = WorkbenchTasks::tr("Loading %1 (%2)…").arg(QFileInfo(directory).fileName(), dtypeText(dtype));
  job.reportProgress(0, text);
  return loadModelFolder(directory, dtype, [&job, &text](double fraction) {
    if (job.cancelFlag()->load()) throw Cancelled();
    job.reportProgress(fraction, text);
  });
}

// What opening a run produces in the background, applied on the GUI thread. The run remembers
// its data and models: they are opened too where the document has none.
struct RunBundle {
  OpenedRun run;
  std::optional<LoadedDataset> dataset;
  std::optional<LoadedModel> teacher, student;
  QStringList warnings;
};

struct RunNeeds {
  bool dataset = false, teacher = false, student = false;
  ComputeDtype dtype = ComputeDtype::Float32;
};

void readRunExamples(BackgroundJob& job, const RunStore& store, OpenedRun& run) {
  auto table = ExampleTableData::loadRun(store, job.cancelFlag(), [&](std::size_t done, std::size_t total) {
    job.reportProgress(double(done) / double(std::max<std::size_t>(1, total)),
                       WorkbenchTasks::tr("Reading pair %1 of %2").arg(done).arg(total));
  });
  if (!table) throw Cancelled();
  run.intervals = runIntervals(table->pairs, table->examples);
  run.examples = std::make_shared<const ExampleTableData>(std::move(*table));
  run.tags = std::make_shared<const ExampleTags>(ExampleTags::load(run.directory.toStdString()));
}

void openRunModels(BackgroundJob& job, RunBundle& bundle, const RunNeeds& needs) {
  const RunManifest& m = bundle.run.manifest;
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    const auto& record = role == ModelRole::Teacher ? m.teacher : m.student;
    if (!record || record->path.empty() || !(role == ModelRole::Teacher ? needs.teacher : needs.student)) continue;
    try {
      (role == ModelRole::Teacher ? bundle.teacher : bundle.student) =
          loadModelInJob(job, QString::fromStdString(record->path), needs.dtype);
    } catch (const Cancelled&) {
      throw;  // a cancel, not a model that cannot be opened
    } catch (const std::exception& e) {
      bundle.warnings << WorkbenchTasks::tr("The run's %1 model could not be opened: %2")
                             .arg(QString::fromStdString(roleName(role)), errorText(e));
    }
  }
}

void readRun(BackgroundJob& job, const QString& directory, const RunNeeds& needs, RunBundle& bundle) {
  const RunStore store = RunStore::open(directory.toStdString());
  bundle.run = describeRun(store);
  readRunExamples(job, store, bundle.run);
  const RunManifest& m = bundle.run.manifest;
  try {
    if (needs.dataset && !m.datasetFiles.empty()) bundle.dataset = loadDatasetInputs(datasetInputs(m));
  } catch (const std::exception& e) {
    bundle.warnings << WorkbenchTasks::tr("The run's dataset could not be opened: %1").arg(errorText(e));
  }
  openRunModels(job, bundle, needs);
}

}  // namespace

WorkbenchTasks::WorkbenchTasks(WorkbenchDocument* document, JobRunner* runner, QObject* parent)
    : QObject(parent), document_(document), runner_(runner) {}

void WorkbenchTasks::openModel(ModelRole role, const QString& directory) {
  auto loaded = std::make_shared<LoadedModel>();
  const ComputeDtype dtype = document_->computeDtype();
  runner_->start(jobRequest(
      JobKind::Task, tr("Loading %1").arg(directory), tr("Cannot open the model"),
      [=](BackgroundJob& self) { *loaded = loadModelInJob(self, directory, dtype); },
      [=] { document_->setModel(role, *loaded, directory); }));
}

void WorkbenchTasks::openDataset(const QStringList& inputs) {
  auto loaded = std::make_shared<LoadedDataset>();
  runner_->start(jobRequest(
      JobKind::Task, tr("Loading the dataset"), tr("Cannot open the dataset"),
      [=](BackgroundJob&) { *loaded = loadDatasetInputs(inputs); }, [=] { document_->setDataset(*loaded); }));
}

void WorkbenchTasks::openRun(const QString& directory, std::function<void()> whenOpened, const QString& shownAs) {
  auto bundle = std::make_shared<RunBundle>();
  RunNeeds needs;
  needs.dataset = !document_->dataset();
  needs.teacher = !document_->model(ModelRole::Teacher), needs.student = !document_->model(ModelRole::Student);
  needs.dtype = document_->computeDtype();
  const auto opened = [=] {
    if (bundle->dataset) document_->setDataset(std::move(*bundle->dataset));
    for (auto* model : {&bundle->teacher, &bundle->student}) {
      const ModelRole role = model == &bundle->teacher ? ModelRole::Teacher : ModelRole::Student;
      if (*model) document_->setModel(role, **model, QString::fromStdString((*model)->model->directory()));
    }
    document_->setRun(bundle->run);
    emit note(tr("Opened %1").arg(shownAs.isEmpty() ? directory : shownAs), 5000);
    if (!bundle->warnings.isEmpty())
      emit failed(tr("The run opened with warnings"), bundle->warnings.join(QLatin1Char('\n')));
    if (whenOpened) whenOpened();
  };
  runner_->start(jobRequest(
      JobKind::Task, tr("Opening %1").arg(directory), tr("Cannot open the run"),
      [=](BackgroundJob& self) { readRun(self, directory, needs, *bundle); }, opened));
}

void WorkbenchTasks::refreshRun() {
  const auto& run = document_->run();
  if (!run || runner_->isRunning(JobKind::Task)) return;
  const QString directory = run->directory;
  auto bundle = std::make_shared<RunBundle>();
  runner_->start(jobRequest(
      JobKind::Task, tr("Reading the new pairs of %1").arg(directory), tr("Cannot read the run"),
      [=](BackgroundJob& self) { readRun(self, directory, RunNeeds{}, *bundle); },
      [=] {
        if (document_->run() && document_->run()->directory == directory) document_->refreshRun(bundle->run);
      }));
}

void WorkbenchTasks::compareWithRun(const QString& directory) {
  if (runner_->refuses(JobKind::Task)) return;
  if (!document_->run())
    return emit failed(tr("Cannot compare"), tr("Open a run first, then the run to compare it with."));
  const QString openDirectory = document_->run()->directory;
  auto compared = std::make_shared<ComparedRun>();
  const auto done = [=] {
    if (!document_->run() || document_->run()->directory != openDirectory) return;
    document_->setComparison(*compared);
    if (const QString precision = compared->precisionNote(); !precision.isEmpty()) emit note(precision, 15000);
  };
  const auto work = [=](BackgroundJob&) {
    *compared =
        describeComparison(RunStore::open(openDirectory.toStdString()), RunStore::open(directory.toStdString()));
  };
  runner_->start(
      jobRequest(JobKind::Task, tr("Comparing with %1").arg(directory), tr("Cannot compare the runs"), work, done));
}

void WorkbenchTasks::evaluate(const EvaluationRequest& request) {
  if (runner_->refuses(JobKind::Task)) return;
  BackgroundJob::Work work;
  try {
    work = evaluationWork(*document_, request);
  } catch (const std::exception& e) {
    return emit failed(tr("Cannot evaluate"), errorText(e));
  }
  JobRequest job =
      jobRequest(JobKind::Task, QCoreApplication::translate("Workspace", "Evaluating"), tr("The evaluation failed"),
                 std::move(work), [this, directory = request.outputDirectory] { openRun(directory); });
  job.cancelled = [this] {
    emit note(tr("Evaluation cancelled: finished pairs are kept; evaluate again with \"Continue\" to resume"), 10000);
  };
  runner_->start(std::move(job));
}

void WorkbenchTasks::openDemo(std::function<void()> whenOpened) {
  auto prepared = std::make_shared<PreparedDemo>();
  auto scores = std::make_shared<DemoScores>();
  const auto work = [=](BackgroundJob& self) {
    *prepared = prepareDemo(
        locateDemoDirectory(), defaultCacheDirectory(), "auto",
        [&](const EvaluationProgress& p) {
          self.reportProgress(
              double(p.examplesDone) / double(std::max<std::size_t>(1, p.examplesTotal)),
              tr("Evaluating the demo's teacher and student: pair %1 of %2").arg(p.pairNumber()).arg(p.pairsTotal));
        },
        self.cancelFlag());
    *scores = demoScoresOfRun(RunStore::open(prepared->runDirectory));
  };
  // The runner frees the task slot before this runs, so the run opens at once.
  const auto opened = [=] {
    document_->setDemoScores(*scores);
    openRun(QString::fromStdString(prepared->runDirectory), whenOpened, tr("the demo"));
  };
  runner_->start(jobRequest(JobKind::Task, tr("Preparing the demo"), tr("Cannot open the demo"), work, opened));
}

void WorkbenchTasks::surveyCoefficients() {
  if (runner_->refuses(JobKind::Task)) return;
  const auto teacher = document_->model(ModelRole::Teacher);
  const auto& dataset = document_->dataset();
  if (!teacher || !dataset)
    return emit failed(tr("Cannot survey"), tr("Open a teacher model and a dataset (or a run) first."));
  std::vector<LanguagePair> pairs = dataset->dataset->availablePairs();
  if (const auto& run = document_->run()) pairs = run->manifest.pairs;
  const CoefficientSettings settings = document_->coefficientSettings();
  auto survey = std::make_shared<WorkbenchDocument::Survey>();
  const auto parallel = dataset->dataset;
  const auto work = [=](BackgroundJob& self) {
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      self.reportProgress(
          double(i) / double(pairs.size()),
          tr("Pair %1 of %2 (%3)").arg(i + 1).arg(pairs.size()).arg(QString::fromStdString(pairs[i].key())));
      PairExamples examples = parallel->pair(pairs[i]);
      if (examples.examples.size() > kSurveyExamplesPerPair) examples.examples.resize(kSurveyExamplesPerPair);
      survey->emplace_back(
          pairs[i], pairCoefficients(*teacher->model, *teacher->tokenizer, examples, settings, {}, self.cancelFlag()));
    }
  };
  runner_->start(jobRequest(JobKind::Task, tr("Surveying coefficients"), tr("The survey failed"), work,
                            [=] { document_->setSurvey(*survey); }));
}

bool WorkbenchTasks::setComputeDtype(ComputeDtype dtype) {
  if (dtype == document_->computeDtype()) return true;
  if (runner_->refuses(JobKind::Task)) return false;
  document_->setComputeDtype(dtype);
  reloadModels();
  return true;
}

void WorkbenchTasks::reloadModels() {
  const ComputeDtype dtype = document_->computeDtype();
  std::vector<std::pair<ModelRole, QString>> open;
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student})
    if (const auto& loaded = document_->model(role))
      open.emplace_back(role, QString::fromStdString(loaded->model->directory()));
  if (open.empty()) return emit note(tr("Models open in %1 from now on").arg(dtypeText(dtype)), 5000);
  auto reloaded = std::make_shared<std::vector<LoadedModel>>();
  const QString keep =
      tr("the open models keep their precision; models opened from now on use %1").arg(dtypeText(dtype));
  const auto done = [=] {
    for (std::size_t i = 0; i < open.size(); ++i) document_->setModel(open[i].first, (*reloaded)[i], open[i].second);
    emit note(tr("Reloaded the models in %1").arg(dtypeText(dtype)), 5000);
  };
  const auto work = [=](BackgroundJob& self) {
    for (const auto& model : open) reloaded->push_back(loadModelInJob(self, model.second, dtype));
  };
  JobRequest job = jobRequest(JobKind::Task, tr("Reloading the models in %1").arg(dtypeText(dtype)),
                              tr("Cannot reload the models"), work, done);
  job.cancelled = [=] { emit note(tr("Cancelled: %1").arg(keep), 10000); };
  job.errorNote = keep;
  runner_->start(std::move(job));
}

}  // namespace xlqa
