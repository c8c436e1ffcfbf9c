#include "widgets/training_panel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "widgets/background_job.h"
#include "widgets/error_text.h"
#include "widgets/job_runner.h"
#include "widgets/slurm_job_dialog.h"
#include "widgets/training_job.h"
#include "widgets/training_monitor.h"
#include "widgets/training_settings_form.h"

namespace xlqa {
namespace {

// The student a training folder offers: best/, else the last epoch's folder, else the checkpoint.
QString studentOfFolder(const QDir& folder, const std::vector<EpochScores>& epochs) {
  if (QFileInfo::exists(folder.filePath(QStringLiteral("best/config.json"))))
    return folder.filePath(QStringLiteral("best"));
  int lastEpoch = 0;
  for (const EpochScores& scores : epochs) lastEpoch = std::max(lastEpoch, scores.epoch + 1);
  for (int epoch = lastEpoch; epoch >= 1; --epoch) {
    const QString name = QStringLiteral("epoch-%1").arg(epoch);
    if (QFileInfo::exists(folder.filePath(name + QStringLiteral("/config.json")))) return folder.filePath(name);
  }
  if (QFileInfo::exists(folder.filePath(QStringLiteral("checkpoint/config.json"))))
    return folder.filePath(QStringLiteral("checkpoint"));
  return {};
}

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent), runner_(new JobRunner(this)) {
  monitor_ = new TrainingMonitor(this);
  connect(monitor_, &TrainingMonitor::studentReady, this, &TrainingPanel::studentReady);
  connect(monitor_, &TrainingMonitor::runReady, this, &TrainingPanel::runReady);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(createSide());
  splitter->addWidget(monitor_);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setSizes({440, 660});
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);

  connect(form_, &TrainingSettingsForm::changed, this, &TrainingPanel::updateValidation);
  updateValidation();
}

TrainingPanel::~TrainingPanel() {
  // Before the widgets go: the job cancels, waits for its checkpoint, and emits nothing more here.
  if (job_) job_->disconnect(this);
  delete job_.data();
}

QWidget* TrainingPanel::createSide() {
  auto* side = new QWidget(this);
  form_ = new TrainingSettingsForm(side);

  loadButton_ = new QPushButton(tr("Load config…"), side);
  saveButton_ = new QPushButton(tr("Save config…"), side);
  showFolderButton_ = new QPushButton(tr("Show a training folder…"), side);
  showFolderButton_->setToolTip(
      tr("Shows the curves and scores of an earlier training and puts its settings in the form"));
  planButton_ = new QPushButton(tr("Count steps"), side);
  planButton_->setObjectName(QStringLiteral("countSteps"));
  planButton_->setToolTip(
      tr("Samples the training data and builds its windows (no model is loaded) to tell how many steps the training "
         "takes"));
  startButton_ = new QPushButton(tr("Start"), side);
  resumeButton_ = new QPushButton(tr("Resume"), side);
  resumeButton_->setToolTip(tr("Continues the training in the output folder from its last checkpoint"));
  cancelButton_ = new QPushButton(tr("Cancel"), side);
  cancelButton_->setToolTip(tr("Stops after the current step and saves a checkpoint; Resume continues from it"));
  cancelButton_->setEnabled(false);
  connect(loadButton_, &QPushButton::clicked, this, &TrainingPanel::chooseLoadConfig);
  connect(saveButton_, &QPushButton::clicked, this, &TrainingPanel::chooseSaveConfig);
  connect(showFolderButton_, &QPushButton::clicked, this, &TrainingPanel::chooseTrainingFolder);
  connect(planButton_, &QPushButton::clicked, this, &TrainingPanel::estimatePlan);
  connect(startButton_, &QPushButton::clicked, this, [this] { startTraining(false); });
  connect(resumeButton_, &QPushButton::clicked, this, [this] { startTraining(true); });
  connect(cancelButton_, &QPushButton::clicked, this, &TrainingPanel::cancelTraining);
  auto* fileButtons = new QHBoxLayout;
  fileButtons->addWidget(loadButton_);
  fileButtons->addWidget(saveButton_);
  fileButtons->addWidget(showFolderButton_);
  fileButtons->addStretch(1);
  auto* scriptButton = new QPushButton(tr("sbatch script…"), side);
  scriptButton->setToolTip(tr("Write this training as a Slurm job of data-parallel ranks instead of running it here"));
  connect(scriptButton, &QPushButton::clicked, this, &TrainingPanel::writeSlurmScript);
  auto* runButtons = new QHBoxLayout;
  runButtons->addWidget(planButton_);
  runButtons->addWidget(scriptButton);
  runButtons->addStretch(1);
  runButtons->addWidget(startButton_);
  runButtons->addWidget(resumeButton_);
  runButtons->addWidget(cancelButton_);

  auto* layout = new QVBoxLayout(side);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(form_, 1);
  layout->addLayout(fileButtons);
  layout->addLayout(runButtons);
  return side;
}

// ---- the settings ----

TrainingConfig TrainingPanel::config() const { return form_->config(); }
void TrainingPanel::setConfig(const TrainingConfig& config) { form_->setConfig(config); }
void TrainingPanel::applyPresetChoice(TrainingPreset preset) { form_->applyPresetChoice(preset); }

void TrainingPanel::suggestDefaults(const QString& student, const QStringList& trainData, const QString& outputDir) {
  form_->suggestDefaults(student, trainData, outputDir);
}

QStringList TrainingPanel::problems() const { return form_->problems(); }
QString TrainingPanel::validationText() const { return form_->validationText(); }

void TrainingPanel::showEvent(QShowEvent* event) {
  updateValidation();
  QWidget::showEvent(event);
}

void TrainingPanel::updateValidation() {
  const QStringList found = problems();
  const QString output = form_->outputDir();
  const QDir outputDir(output);
  const bool outputUsed = !output.isEmpty() && outputDir.exists() && !outputDir.isEmpty();
  const bool resumable = !output.isEmpty() && (QFileInfo::exists(outputDir.filePath(QStringLiteral("checkpoint"))) ||
                                               QFileInfo::exists(outputDir.filePath(QStringLiteral("config.json"))));
  startBlocker_ = outputUsed ? tr("The output folder is not empty: Resume continues the training in it, or choose a "
                                  "new folder to start afresh.")
                             : QString();
  form_->showValidation(found, startBlocker_);
  const bool busy = isBusy();
  startButton_->setEnabled(!busy && found.isEmpty() && startBlocker_.isEmpty());
  resumeButton_->setEnabled(!busy && found.isEmpty() && resumable);
}

// ---- files ----

bool TrainingPanel::saveConfigFile(const QString& path, QString* error) { return form_->saveConfigFile(path, error); }
bool TrainingPanel::loadConfigFile(const QString& path, QString* error) { return form_->loadConfigFile(path, error); }

void TrainingPanel::showProblem(const QString& title, const QString& message) {
  monitor_->setStatus(title + QStringLiteral(": ") + message);
  if (QApplication::platformName() != QLatin1String("offscreen")) QMessageBox::warning(this, title, message);
}

void TrainingPanel::chooseLoadConfig() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Load a training config"), QString(), tr("Training configs (*.json)"));
  QString error;
  if (!path.isEmpty() && !loadConfigFile(path, &error)) showProblem(tr("Cannot load the config"), error);
}

void TrainingPanel::chooseSaveConfig() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the training config"), QStringLiteral("train.json"),
                                                    tr("Training configs (*.json)"));
  QString error;
  if (path.isEmpty()) return;
  if (!saveConfigFile(path, &error)) return showProblem(tr("Cannot save the config"), error);
  monitor_->setStatus(tr("Saved %1: run it with xlqa train --config %1").arg(path));
}

// The config saved beside the script, and `xlqa train --config` on nodes x ranks under srun.
void TrainingPanel::writeSlurmScript() {
  SlurmJob job;
  job.name = "xlqa-train";
  job.distributed = true;
  job.nodes = 2;
  const QString base = QDir(form_->outputDir()).filePath(QStringLiteral("../xlqa-train"));
  SlurmJobDialog dialog(job, QDir::cleanPath(base + QStringLiteral(".sh")), this);
  if (dialog.exec() != QDialog::Accepted) return;
  QString configPath = dialog.scriptPath();
  configPath = configPath.left(configPath.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".json");
  QString error;
  if (!saveConfigFile(configPath, &error)) return showProblem(tr("Cannot save the config"), error);
  SlurmJob written = dialog.job();
  written.command = {xlqaCommandPath().toStdString(), "train", "--config",
                     QFileInfo(configPath).absoluteFilePath().toStdString()};
  if (!xlqa::writeSlurmScript(dialog.scriptPath(), written, &error))
    return showProblem(tr("Cannot write the script"), error);
  monitor_->setStatus(tr("Wrote %1 and %2: submit it with sbatch").arg(dialog.scriptPath(), configPath));
}

void TrainingPanel::chooseTrainingFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Training output folder"), form_->outputDir());
  if (!dir.isEmpty()) showTrainingFolder(dir);
}

void TrainingPanel::estimatePlan() {
  if (planJob_) return;
  const TrainingConfig c = config();
  auto plan = std::make_shared<TrainingPlan>();
  planJob_ = BackgroundJob::start(
      tr("Counting steps"), [c, plan](BackgroundJob&) { *plan = planTraining(c); }, this);
  planButton_->setEnabled(false);
  monitor_->setStatus(tr("Sampling the training data and building its windows…"));
  connect(planJob_, &BackgroundJob::finished, this, [this, plan](bool, const QString& error) {
    planButton_->setEnabled(true);
    if (!error.isEmpty()) return showProblem(tr("Cannot count the steps"), error);
    monitor_->setStatus(tr("%1 questions, %2 examples, %3 windows: %4 steps per epoch, %5 in all")
                            .arg(plan->questions)
                            .arg(plan->examples)
                            .arg(plan->windows)
                            .arg(plan->stepsPerEpoch)
                            .arg(plan->totalSteps));
  });
}

// ---- running ----

bool TrainingPanel::isBusy() const { return job_ != nullptr; }

bool TrainingPanel::startTraining(bool resume) {
  if (isBusy()) return false;
  updateValidation();
  if (!problems().isEmpty() || (!resume && !startBlocker_.isEmpty())) return false;
  const TrainingConfig c = config();
  monitor_->setFolder(QString::fromStdString(c.outputDir));
  monitor_->clear();
  // A resume shows the curves so far; the steps after the checkpoint come again and replace theirs.
  if (resume) {
    try {
      monitor_->showLog(readTrainingLog(c.outputDir));
    } catch (const std::exception&) {
      // No log yet (killed before the first step): the curves start empty.
    }
  }
  result_.reset();
  monitor_->setFinishedModels({}, {});

  job_ = new TrainingJob(c, resume, runner_, this);
  connect(job_, &TrainingJob::stepDone, monitor_, &TrainingMonitor::addStep);
  connect(job_, &TrainingJob::epochDone, monitor_, &TrainingMonitor::addEpoch);
  connect(job_, &TrainingJob::statusChanged, this,
          [this](const QString& text) { monitor_->setStatus(tr("Preparing: %1").arg(text)); });
  connect(job_, &TrainingJob::progress, this, [this](double fraction, const QString& text) {
    monitor_->showProgress(fraction);
    monitor_->setStatus(text);
  });
  connect(job_, &TrainingJob::finished, this, &TrainingPanel::onTrainingFinished);

  monitor_->setStatus(resume ? tr("Resuming from the checkpoint…") : tr("Starting…"));
  monitor_->showProgress(-1);
  setBusy(true);
  return true;
}

void TrainingPanel::cancelTraining() {
  if (!job_) return;
  job_->cancel();
  cancelButton_->setEnabled(false);
  monitor_->setStatus(tr("Cancelling: saving a checkpoint…"));
}

void TrainingPanel::onTrainingFinished(bool cancelled, const QString& error) {
  result_ = job_->result();
  job_->deleteLater();
  job_ = nullptr;
  monitor_->hideProgress();
  monitor_->replotNow();
  if (!error.isEmpty()) {
    showProblem(tr("The training failed"), error);
  } else if (result_) {
    const QString student =
        QString::fromStdString(result_->bestModel.empty() ? result_->lastModel : result_->bestModel);
    monitor_->setFinishedModels(student, QString::fromStdString(result_->finalRun));
    if (cancelled)
      monitor_->setStatus(tr("Cancelled after step %1: Resume continues from the checkpoint.").arg(result_->steps));
    else
      monitor_->setStatus(tr("Finished: %n optimizer step(s).", nullptr, static_cast<int>(result_->steps)));
    if (!cancelled && !result_->finalRun.empty()) monitor_->showFinalRun(QString::fromStdString(result_->finalRun));
  }
  setBusy(false);
}

// While a training runs its settings stay as they are: nothing loads over them.
void TrainingPanel::setBusy(bool busy) {
  form_->setEditable(!busy);
  loadButton_->setEnabled(!busy);
  showFolderButton_->setEnabled(!busy);
  cancelButton_->setEnabled(busy);
  updateValidation();
  emit busyChanged(busy);
}

// ---- curves and earlier trainings ----

void TrainingPanel::addStep(const TrainingStep& step) { monitor_->addStep(step); }
void TrainingPanel::addEpoch(const EpochScores& scores) { monitor_->addEpoch(scores); }
void TrainingPanel::clearCurves() { monitor_->clear(); }
QString TrainingPanel::shownFolder() const { return monitor_->folder(); }

bool TrainingPanel::showTrainingFolder(const QString& outputDir) {
  if (isBusy()) return false;
  TrainingLog log;
  try {
    log = readTrainingLog(outputDir.toStdString());
  } catch (const std::exception& e) {
    showProblem(tr("Cannot show the training"), errorText(e));
    return false;
  }
  const QDir folder(outputDir);
  const QString configPath = folder.filePath(QStringLiteral("config.json"));
  QString configError;
  if (QFileInfo::exists(configPath) && !loadConfigFile(configPath, &configError))
    showProblem(tr("Cannot read the training's config"), configError);
  monitor_->setFolder(outputDir);
  monitor_->clear();
  monitor_->showLog(log);
  const QString finalRun = folder.filePath(QStringLiteral("runs/final"));
  const bool hasFinalRun = QFileInfo::exists(folder.filePath(QStringLiteral("runs/final/manifest.json")));
  monitor_->setFinishedModels(studentOfFolder(folder, log.epochs), hasFinalRun ? finalRun : QString());
  if (hasFinalRun) monitor_->showFinalRun(finalRun);
  const long steps = log.steps.empty() ? 0 : log.steps.back().step;
  const long total = log.steps.empty() ? 0 : log.steps.back().totalSteps;
  monitor_->setStatus(tr("%1: step %2 of %3, %n epoch(s) scored", nullptr, static_cast<int>(log.epochs.size()))
                          .arg(outputDir)
                          .arg(steps)
                          .arg(total));
  return true;
}

// ---- for tests and screenshots ----

QCustomPlot* TrainingPanel::lossPlot() const { return monitor_->lossPlot(); }
QCustomPlot* TrainingPanel::schedulePlot() const { return monitor_->schedulePlot(); }
QCPGraph* TrainingPanel::lossGraph() const { return monitor_->lossGraph(); }
QCPGraph* TrainingPanel::ceGraph() const { return monitor_->ceGraph(); }
QCPGraph* TrainingPanel::klGraph() const { return monitor_->klGraph(); }
QCPGraph* TrainingPanel::klWeightGraph() const { return monitor_->klWeightGraph(); }
QCPGraph* TrainingPanel::learningRateGraph() const { return monitor_->learningRateGraph(); }
QTableWidget* TrainingPanel::epochTable() const { return monitor_->epochTable(); }
HeatmapView* TrainingPanel::heatmap() const { return monitor_->heatmap(); }
QComboBox* TrainingPanel::presetBox() const { return form_->presetBox(); }
QPushButton* TrainingPanel::openStudentButton() const { return monitor_->openStudentButton(); }
QPushButton* TrainingPanel::openRunButton() const { return monitor_->openRunButton(); }
QLabel* TrainingPanel::statusLabel() const { return monitor_->statusLabel(); }

}  // namespace xlqa
