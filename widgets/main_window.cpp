#include "widgets/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeWidget>

#include "core/demo/demo_workspace.h"
#include "core/eval/example_inspection.h"
#include "core/eval/predictor.h"
#include "core/store/example_tags.h"
#include "core/system/runtime_info.h"
#include "widgets/background_job.h"
#include "widgets/evaluation_dialog.h"
#include "widgets/evaluation_job.h"
#include "widgets/example_browser.h"
#include "widgets/example_detail_view.h"
#include "widgets/example_table_model.h"
#include "widgets/heatmap_view.h"
#include "widgets/map_at_k_view.h"
#include "widgets/span_probability_view.h"
#include "widgets/training_panel.h"
#include "widgets/welcome_panel.h"
#include "widgets/workspace.h"
#include "xlqa/version.h"

namespace xlqa {
namespace {

constexpr int kSurveyExamplesPerPair = 100;  // enough for a stable mean, a minute on a laptop CPU

// What opening a run produces in the background, applied on the GUI thread.
struct RunBundle {
  OpenedRun run;
  ExampleTableData table;
  ExampleTags tags;
  std::optional<LoadedDataset> dataset;
  std::optional<LoadedModel> teacher, student;
  QStringList warnings;
};

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

constexpr ComputeDtype kDtypes[] = {ComputeDtype::Float32, ComputeDtype::BFloat16, ComputeDtype::Float16};

QString dtypeText(ComputeDtype dtype) { return QString::fromStdString(computeDtypeName(dtype)); }

// The saved precision; fp16 falls back to fp32 where no CUDA GPU can run it.
ComputeDtype savedDtype() {
  try {
    const QString saved = QSettings().value(QStringLiteral("model/dtype"), QStringLiteral("fp32")).toString();
    const ComputeDtype dtype = parseComputeDtype(saved.toStdString());
    return dtype == ComputeDtype::Float16 && !queryRuntime().cudaAvailable ? ComputeDtype::Float32 : dtype;
  } catch (const std::invalid_argument&) {
    return ComputeDtype::Float32;
  }
}

// On a job's thread: reports the share of the weights in place; Cancel stops the load between
// tensors (Cancelled ends the job as cancelled, not failed).
LoadedModel loadModelInJob(BackgroundJob& job, const QString& directory, ComputeDtype dtype) {
  const QString text = MainWindow::tr("Loading %1 (%2)…").arg(QFileInfo(directory).fileName(), dtypeText(dtype));
  job.reportProgress(0, text);
  return loadModelFolder(directory, dtype, [&job, &text](double fraction) {
    if (job.cancelFlag()->load()) throw Cancelled();
    job.reportProgress(fraction, text);
  });
}

QString runStatusText(const std::string& status) {
  if (status == "complete") return MainWindow::tr("complete");
  if (status == "cancelled") return MainWindow::tr("cancelled");
  if (status == "running") return MainWindow::tr("running or interrupted");
  if (status == "failed") return MainWindow::tr("failed");
  return QString::fromStdString(status);
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), workspace_(new Workspace(this)) {
  progressText_ = new QLabel(this);
  progress_ = new QProgressBar(this);
  progress_->setMaximumWidth(220);
  progress_->setRange(0, 1000);
  cancel_ = new QPushButton(this);
  statusBar()->addPermanentWidget(progressText_);
  statusBar()->addPermanentWidget(progress_);
  statusBar()->addPermanentWidget(cancel_);
  progress_->hide(), cancel_->hide();
  connect(workspace_, &Workspace::modelsChanged, this, &MainWindow::refreshWorkspaceTree);
  connect(workspace_, &Workspace::datasetChanged, this, &MainWindow::refreshWorkspaceTree);

  language_ = QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString();
  dtype_ = savedDtype();
  if (language_ != QLatin1String("en")) {
    translator_ = new QTranslator(this);
    if (translator_->load(QStringLiteral(":/i18n/xlqa_%1.qm").arg(language_))) QApplication::installTranslator(translator_);
  }
  buildUi();
  resize(1280, 820);
  restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event) {
  if (training_->isBusy()) {
    if (QApplication::platformName() != QLatin1String("offscreen") &&
        QMessageBox::question(this, tr("A training is running"),
                              tr("Stop the training and quit? A checkpoint is saved; Resume in the Training tab continues it.")) !=
            QMessageBox::Yes) {
      event->ignore();
      return;
    }
    training_->cancelTraining();  // the panel waits for the checkpoint as the window goes
  }
  if (job_) job_->cancel();
  QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
  QSettings().setValue(QStringLiteral("window/state"), saveState());
  QSettings().setValue(QStringLiteral("window/tab"), tabs_->currentIndex());
  event->accept();
}

void MainWindow::buildUi() {
  setWindowTitle(tr("XLQA Studio"));
  menuBar()->clear();
  createMenus();
  createViews();
  cancel_->setText(tr("Cancel"));
  fillViews();
  statusBar()->showMessage(tr("Ready"));
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("Open &teacher model…"), this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Teacher model folder"));
    if (!dir.isEmpty()) openModel(ModelRole::Teacher, dir);
  });
  file->addAction(tr("Open &student model…"), this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Student model folder"));
    if (!dir.isEmpty()) openModel(ModelRole::Student, dir);
  });
  QMenu* precision = file->addMenu(tr("Model &precision"));
  precision->setToolTipsVisible(true);  // so the disabled fp16 says why
  auto* precisionGroup = new QActionGroup(precision);
  const RuntimeInfo runtime = queryRuntime();
  const QString tips[] = {
      tr("Compute in 32-bit floats: the reference precision"),
      tr("Compute in bfloat16: half the memory of fp32. This CPU: %1").arg(QString::fromStdString(runtime.bf16.describe())),
      runtime.cudaAvailable ? tr("Compute in float16 on the GPU: half the memory of fp32")
                            : tr("fp16 needs a CUDA GPU: LibTorch has no float16 matrix kernels for the CPU")};
  const QString labels[] = {tr("fp32 (default)"), tr("bf16"), tr("fp16 (CUDA GPU)")};
  for (ComputeDtype dtype : kDtypes) {
    const int i = static_cast<int>(dtype);
    QAction* action = precision->addAction(labels[i], this, [this, dtype] { setComputeDtype(dtype); });
    action->setCheckable(true);
    action->setChecked(dtype == dtype_);
    action->setStatusTip(tips[i]);
    action->setToolTip(tips[i]);
    precisionGroup->addAction(action);
    precisionActions_[i] = action;
  }
  precisionActions_[static_cast<int>(ComputeDtype::Float16)]->setEnabled(runtime.cudaAvailable);
  file->addAction(tr("Open &dataset…"), this, [this] {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Dataset files (SQuAD format)"), QString(),
                                                            tr("JSON files (*.json)"));
    if (!files.isEmpty()) openDataset(files);
  });
  file->addAction(tr("Open &run…"), QKeySequence::Open, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"));
    if (!dir.isEmpty()) openRun(dir);
  });
  QAction* compare = file->addAction(tr("&Compare with run…"), this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Run to compare with the open one"));
    if (!dir.isEmpty()) compareWithRun(dir);
  });
  compare->setEnabled(workspace_->run().has_value());
  connect(workspace_, &Workspace::runChanged, compare, [this, compare] { compare->setEnabled(workspace_->run().has_value()); });
  QMenu* recent = file->addMenu(tr("Recent runs"));
  for (const QString& dir : workspace_->recent(QStringLiteral("runs")))
    recent->addAction(dir, this, [this, dir] { openRun(dir); });
  recent->setEnabled(!recent->isEmpty());
  file->addSeparator();
  file->addAction(tr("&Evaluate…"), this, &MainWindow::evaluate);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

  QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
  analysis->addAction(tr("Survey the teacher's mAP@k coefficients"), this, &MainWindow::surveyCoefficients);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QMenu* languages = view->addMenu(tr("Language"));
  const std::pair<const char*, QString> choices[] = {
      {"en", QStringLiteral("English")}, {"es", QStringLiteral("Español")}, {"zh_CN", QStringLiteral("简体中文")}};
  for (const auto& [code, name] : choices) {
    QAction* action = languages->addAction(name, this, [this, c = QString::fromLatin1(code)] { setLanguage(c); });
    action->setCheckable(true);
    action->setChecked(language_ == QLatin1String(code));
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("Open the &demo"), this, &MainWindow::openDemo);
  QAction* demoAtStart = help->addAction(tr("Open the demo at start"));
  demoAtStart->setCheckable(true);
  demoAtStart->setChecked(opensDemoAtStart());
  connect(demoAtStart, &QAction::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("startup/openDemo"), on); });
  help->addSeparator();
  help->addAction(tr("&About XLQA Studio"), this, [this] {
    QMessageBox::about(this, tr("About XLQA Studio"),
                       tr("<b>XLQA Studio</b> %1<br>Cross-lingual extractive question answering workbench.")
                           .arg(QString::fromLatin1(kVersion)));
  });
}

void MainWindow::createViews() {
  const int previousTab = tabs_ ? tabs_->currentIndex() : QSettings().value(QStringLiteral("window/tab"), 0).toInt();
  // The training form survives the rebuild: its settings and the training folder it shows.
  std::optional<TrainingConfig> trainingConfig;
  QString trainingFolder;
  if (training_) trainingConfig = training_->config(), trainingFolder = training_->shownFolder();
  tabs_ = new QTabWidget(this);
  welcome_ = new WelcomePanel(tabs_);
  if (demoScores_) welcome_->setDemoScores(*demoScores_);
  connect(welcome_, &WelcomePanel::openDemoRequested, this, &MainWindow::openDemo);
  heatmap_ = new HeatmapView(tabs_);
  browser_ = new ExampleBrowser(tabs_);
  spans_ = new SpanProbabilityView(tabs_);
  mapAtK_ = new MapAtKView(tabs_);
  training_ = new TrainingPanel(tabs_);
  tabs_->addTab(welcome_, tr("Welcome"));
  tabs_->addTab(heatmap_, tr("Heatmap"));
  tabs_->addTab(browser_, tr("Examples"));
  tabs_->addTab(spans_, tr("Span probabilities"));
  tabs_->addTab(mapAtK_, tr("mAP@k"));
  tabs_->addTab(training_, tr("Training"));
  setCentralWidget(tabs_);  // deletes the previous views
  tabs_->setCurrentIndex(qBound(0, previousTab, tabs_->count() - 1));

  connect(heatmap_, &HeatmapView::cellActivated, this, [this](const LanguagePair& pair) {
    browser_->showPair(pair);
    tabs_->setCurrentWidget(browser_);
  });
  browser_->textProvider = [this](const LanguagePair& pair, const std::string& id) { return exampleTexts(pair, id); };
  connect(browser_, &ExampleBrowser::exampleOpened, this, &MainWindow::openExample);
  connect(mapAtK_, &MapAtKView::coefficientSettingsChanged, spans_, &SpanProbabilityView::setCoefficientSettings);
  connect(mapAtK_, &MapAtKView::temperatureChanged, spans_, &SpanProbabilityView::setTemperature);
  connect(spans_, &SpanProbabilityView::temperatureChanged, mapAtK_, &MapAtKView::setTemperature);

  if (!trainingFolder.isEmpty() && QFileInfo::exists(QDir(trainingFolder).filePath(QStringLiteral("log.jsonl"))))
    training_->showTrainingFolder(trainingFolder);
  if (trainingConfig) training_->setConfig(*trainingConfig);
  suggestTrainingDefaults();
  connect(workspace_, &Workspace::modelsChanged, training_, [this] { suggestTrainingDefaults(); });
  connect(workspace_, &Workspace::datasetChanged, training_, [this] { suggestTrainingDefaults(); });
  connect(training_, &TrainingPanel::studentReady, this, [this](const QString& dir) { openModel(ModelRole::Student, dir); });
  connect(training_, &TrainingPanel::runReady, this, [this](const QString& dir) { openRun(dir); });
  connect(training_, &TrainingPanel::busyChanged, this, [this](bool busy) {
    statusBar()->showMessage(busy ? tr("Training started") : training_->statusLabel()->text(), 10000);
  });

  delete findChild<QDockWidget*>(QStringLiteral("workspaceDock"));
  auto* dock = new QDockWidget(tr("Workspace"), this);
  dock->setObjectName(QStringLiteral("workspaceDock"));
  workspaceTree_ = new QTreeWidget(dock);
  workspaceTree_->setHeaderLabels({tr("Item"), tr("Details")});
  workspaceTree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  dock->setWidget(workspaceTree_);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  resizeDocks({dock}, {300}, Qt::Horizontal);
}

void MainWindow::fillViews() {
  refreshWorkspaceTree();
  if (const auto& run = workspace_->run()) heatmap_->setRun(run->pairs, run->significance);
  else heatmap_->setRun({}, {});
  if (const auto& comparison = workspace_->comparison()) heatmap_->setComparison(*comparison);
  spans_->setExample(teacherInspection_.get(), studentInspection_.get());
  mapAtK_->setExample(teacherInspection_.get());
}

void MainWindow::refreshWorkspaceTree() {
  if (!workspaceTree_) return;
  workspaceTree_->clear();
  const auto section = [&](const QString& title) {
    auto* item = new QTreeWidgetItem(workspaceTree_, {title});
    item->setExpanded(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
  };
  QTreeWidgetItem* models = section(tr("Models"));
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    const auto& loaded = workspace_->model(role);
    // The folder and the precision it computes in, at a glance; the child row has the rest.
    const QString name = loaded ? QStringLiteral("%1 (%2)").arg(QFileInfo(QString::fromStdString(loaded->model->directory())).fileName(),
                                                              dtypeText(loaded->model->dtype()))
                                : tr("(none)");
    auto* item = new QTreeWidgetItem(models, {role == ModelRole::Teacher ? tr("Teacher") : tr("Student"), name});
    if (loaded) item->setToolTip(1, loaded->summary() + QLatin1Char('\n') + QString::fromStdString(loaded->model->directory()));
    if (loaded) new QTreeWidgetItem(item, {QString(), loaded->summary()});
  }
  QTreeWidgetItem* datasetItem = section(tr("Dataset"));
  if (const auto& dataset = workspace_->dataset()) {
    auto* item = new QTreeWidgetItem(datasetItem, {tr("%n file(s)", nullptr, static_cast<int>(dataset->inputs.size())), dataset->summary()});
    item->setToolTip(0, dataset->inputs.join(QLatin1Char('\n')));
  } else {
    new QTreeWidgetItem(datasetItem, {tr("(none)")});
  }
  QTreeWidgetItem* runs = section(tr("Run"));
  if (const auto& run = workspace_->run()) {
    auto* item = new QTreeWidgetItem(runs, {QFileInfo(run->directory).fileName(),
                                            tr("%1 of %2 pairs, %3").arg(run->pairs.size()).arg(run->manifest.pairs.size())
                                                .arg(runStatusText(run->manifest.status))});
    item->setToolTip(0, run->directory);
    if (const auto& comparison = workspace_->comparison()) {
      auto* compared = new QTreeWidgetItem(runs, {tr("Compared with"), QFileInfo(comparison->directory).fileName()});
      compared->setToolTip(1, comparison->directory);
      if (const QString note = comparison->precisionNote(); !note.isEmpty()) {
        compared->setExpanded(true);
        new QTreeWidgetItem(compared, {QString(), note});
      }
    }
  } else {
    new QTreeWidgetItem(runs, {tr("(none)")});
  }
}

bool MainWindow::startJob(BackgroundJob* job) {
  job_ = job;
  progressText_->setText(job->title());
  progress_->setValue(0);
  progress_->show(), cancel_->show();
  connect(cancel_, &QPushButton::clicked, job, &BackgroundJob::cancel);
  connect(job, &BackgroundJob::progress, this, [this](double fraction, const QString& text) {
    if (fraction < 0) progress_->setRange(0, 0);
    else progress_->setRange(0, 1000), progress_->setValue(static_cast<int>(fraction * 1000));
    progressText_->setText(text);
  });
  connect(job, &BackgroundJob::finished, this, [this](bool cancelled, const QString&) {
    job_ = nullptr;
    progress_->hide(), cancel_->hide();
    progressText_->clear();
    if (cancelled) statusBar()->showMessage(tr("Cancelled"), 5000);
  });
  return true;
}

bool MainWindow::refuseWhileBusy() {
  if (job_) statusBar()->showMessage(tr("Busy: wait for the current task or cancel it"), 5000);
  return job_ != nullptr;
}

void MainWindow::showError(const QString& title, const QString& message) {
  lastError_ = title + QStringLiteral(": ") + message;
  statusBar()->showMessage(lastError_, 10000);
  if (QApplication::platformName() != QLatin1String("offscreen")) QMessageBox::warning(this, title, message);
}

void MainWindow::openModel(ModelRole role, const QString& directory) {
  if (refuseWhileBusy()) return;
  auto loaded = std::make_shared<LoadedModel>();
  const ComputeDtype dtype = dtype_;
  auto* job = BackgroundJob::start(tr("Loading %1").arg(directory), [=](BackgroundJob& self) {
    *loaded = loadModelInJob(self, directory, dtype);
  }, this);
  connect(job, &BackgroundJob::finished, this, [=](bool cancelled, const QString& error) {
    if (!error.isEmpty()) return showError(tr("Cannot open the model"), error);
    if (!cancelled) workspace_->setModel(role, *loaded, directory);
  });
  startJob(job);
}

void MainWindow::setComputeDtype(ComputeDtype dtype) {
  if (dtype != dtype_ && !refuseWhileBusy()) {
    dtype_ = dtype;
    QSettings().setValue(QStringLiteral("model/dtype"), dtypeText(dtype));
    reloadModels();
  }
  // The menu shows what holds: the new choice, or the old one after a refusal.
  for (ComputeDtype d : kDtypes)
    if (QAction* action = precisionAction(d)) action->setChecked(d == dtype_);
}

void MainWindow::reloadModels() {
  const ComputeDtype dtype = dtype_;
  std::vector<std::pair<ModelRole, QString>> open;
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student})
    if (const auto& loaded = workspace_->model(role)) open.emplace_back(role, QString::fromStdString(loaded->model->directory()));
  if (open.empty()) return statusBar()->showMessage(tr("Models open in %1 from now on").arg(dtypeText(dtype)), 5000);
  auto reloaded = std::make_shared<std::vector<LoadedModel>>();
  auto* job = BackgroundJob::start(tr("Reloading the models in %1").arg(dtypeText(dtype)), [=](BackgroundJob& self) {
    for (const auto& model : open) reloaded->push_back(loadModelInJob(self, model.second, dtype));
  }, this);
  startJob(job);  // first: our messages below replace its "Cancelled"
  connect(job, &BackgroundJob::finished, this, [=](bool cancelled, const QString& error) {
    const QString keep = tr("the open models keep their precision; models opened from now on use %1").arg(dtypeText(dtype));
    if (!error.isEmpty()) return showError(tr("Cannot reload the models"), error + QLatin1Char('\n') + keep);
    if (cancelled) return statusBar()->showMessage(tr("Cancelled: %1").arg(keep), 10000);
    for (std::size_t i = 0; i < open.size(); ++i) workspace_->setModel(open[i].first, (*reloaded)[i], open[i].second);
    statusBar()->showMessage(tr("Reloaded the models in %1").arg(dtypeText(dtype)), 5000);
  });
}

void MainWindow::openDataset(const QStringList& inputs) {
  if (refuseWhileBusy()) return;
  auto loaded = std::make_shared<LoadedDataset>();
  auto* job = BackgroundJob::start(tr("Loading the dataset"), [=](BackgroundJob&) { *loaded = loadDatasetInputs(inputs); }, this);
  connect(job, &BackgroundJob::finished, this, [=](bool cancelled, const QString& error) {
    if (!error.isEmpty()) return showError(tr("Cannot open the dataset"), error);
    if (!cancelled) workspace_->setDataset(*loaded);
  });
  startJob(job);
}

void MainWindow::openRun(const QString& directory, std::function<void()> whenOpened) {
  if (refuseWhileBusy()) return;
  auto bundle = std::make_shared<RunBundle>();
  const bool needDataset = !workspace_->dataset();
  const bool needTeacher = !workspace_->model(ModelRole::Teacher), needStudent = !workspace_->model(ModelRole::Student);
  const ComputeDtype dtype = dtype_;
  auto* job = BackgroundJob::start(tr("Opening %1").arg(directory), [=](BackgroundJob& self) {
    const RunStore store = RunStore::open(directory.toStdString());
    bundle->run = describeRun(store);
    auto table = ExampleTableData::loadRun(store, self.cancelFlag(), [&](std::size_t done, std::size_t total) {
      self.reportProgress(double(done) / double(std::max<std::size_t>(1, total)), tr("Reading pair %1 of %2").arg(done).arg(total));
    });
    if (!table) throw Cancelled();
    bundle->table = std::move(*table);
    bundle->tags = ExampleTags::load(directory.toStdString());
    // The run remembers its data and models: open them too when the workspace has none.
    const RunManifest& m = bundle->run.manifest;
    try {
      if (needDataset && !m.datasetFiles.empty()) bundle->dataset = loadDatasetInputs(datasetInputs(m));
    } catch (const std::exception& e) {
      bundle->warnings << tr("The run's dataset could not be opened: %1").arg(QString::fromUtf8(e.what()));
    }
    for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
      const auto& record = role == ModelRole::Teacher ? m.teacher : m.student;
      if (!record || record->path.empty() || !(role == ModelRole::Teacher ? needTeacher : needStudent)) continue;
      try {
        (role == ModelRole::Teacher ? bundle->teacher : bundle->student) =
            loadModelInJob(self, QString::fromStdString(record->path), dtype);
      } catch (const Cancelled&) {
        throw;  // a cancel, not a model that cannot be opened
      } catch (const std::exception& e) {
        bundle->warnings << tr("The run's %1 model could not be opened: %2").arg(QString::fromStdString(roleName(role)), QString::fromUtf8(e.what()));
      }
    }
  }, this);
  connect(job, &BackgroundJob::finished, this, [=](bool cancelled, const QString& error) {
    if (!error.isEmpty()) return showError(tr("Cannot open the run"), error);
    if (cancelled) return;
    if (bundle->dataset) workspace_->setDataset(std::move(*bundle->dataset));
    if (bundle->teacher) workspace_->setModel(ModelRole::Teacher, *bundle->teacher, QString::fromStdString(bundle->teacher->model->directory()));
    if (bundle->student) workspace_->setModel(ModelRole::Student, *bundle->student, QString::fromStdString(bundle->student->model->directory()));
    workspace_->setRun(bundle->run);
    heatmap_->setRun(bundle->run.pairs, bundle->run.significance);
    browser_->setData(std::move(bundle->table), std::move(bundle->tags));
    refreshWorkspaceTree();
    tabs_->setCurrentWidget(heatmap_);
    statusBar()->showMessage(tr("Opened %1").arg(directory), 5000);
    if (!bundle->warnings.isEmpty()) showError(tr("The run opened with warnings"), bundle->warnings.join(QLatin1Char('\n')));
    if (whenOpened) whenOpened();
  });
  startJob(job);
}

void MainWindow::openDemo() {
  if (refuseWhileBusy()) return;
  auto prepared = std::make_shared<PreparedDemo>();
  auto scores = std::make_shared<DemoScores>();
  auto* job = BackgroundJob::start(tr("Preparing the demo"), [=](BackgroundJob& self) {
    *prepared = prepareDemo(locateDemoDirectory(), defaultCacheDirectory(), "auto", [&](const EvaluationProgress& p) {
      self.reportProgress(double(p.examplesDone) / double(std::max<std::size_t>(1, p.examplesTotal)),
                          tr("Evaluating the demo's teacher and student: pair %1 of %2")
                              .arg(p.pairsDone + 1)
                              .arg(p.pairsTotal));
    }, self.cancelFlag());
    *scores = demoScoresOfRun(RunStore::open(prepared->runDirectory));
  }, this);
  startJob(job);  // first: its finished handler frees the window before ours opens the run
  connect(job, &BackgroundJob::finished, this, [=](bool cancelled, const QString& error) {
    if (!error.isEmpty()) return showError(tr("Cannot open the demo"), error);
    if (cancelled) return;
    demoScores_ = *scores;
    welcome_->setDemoScores(*demoScores_);
    openRun(QString::fromStdString(prepared->runDirectory), [this] { showDemoStory(); });
  });
}

bool MainWindow::opensDemoAtStart() { return QSettings().value(QStringLiteral("startup/openDemo"), true).toBool(); }

void MainWindow::showDemoStory() {
  const auto& run = workspace_->run();
  if (!run) return;
  heatmap_->setMode(HeatmapView::Mode::Difference);
  tabs_->setCurrentWidget(heatmap_);
  const std::optional<LanguagePair> pair = largestStudentGain(run->pairs);
  if (!pair || !browser_->showPair(*pair)) return;
  browser_->setDisagreement(ExampleFilterModel::Disagreement::StudentRightTeacherWrong);
  if (browser_->visibleRowCount() > 0) browser_->openRow(0);
}

void MainWindow::compareWithRun(const QString& directory) {
  if (refuseWhileBusy()) return;
  if (!workspace_->run()) return showError(tr("Cannot compare"), tr("Open a run first, then the run to compare it with."));
  const QString openDirectory = workspace_->run()->directory;
  auto compared = std::make_shared<ComparedRun>();
  auto* job = BackgroundJob::start(tr("Comparing with %1").arg(directory), [=](BackgroundJob&) {
    *compared = describeComparison(RunStore::open(openDirectory.toStdString()), RunStore::open(directory.toStdString()));
  }, this);
  connect(job, &BackgroundJob::finished, this, [=](bool cancelled, const QString& error) {
    if (!error.isEmpty()) return showError(tr("Cannot compare the runs"), error);
    if (cancelled || !workspace_->run() || workspace_->run()->directory != openDirectory) return;
    workspace_->setComparison(*compared);
    heatmap_->setComparison(*compared);
    refreshWorkspaceTree();
    tabs_->setCurrentWidget(heatmap_);
    if (const QString note = compared->precisionNote(); !note.isEmpty()) statusBar()->showMessage(note, 15000);
  });
  startJob(job);
}

void MainWindow::evaluate() {
  if (refuseWhileBusy()) return;
  EvaluationDialog dialog(this);
  if (dialog.exec() != QDialog::Accepted) return;
  const EvaluationRequest request = dialog.request();
  BackgroundJob* job = nullptr;
  try {
    job = startEvaluation(*workspace_, request, this);
  } catch (const std::exception& e) {
    return showError(tr("Cannot evaluate"), QString::fromUtf8(e.what()));
  }
  connect(job, &BackgroundJob::finished, this, [this, request](bool cancelled, const QString& error) {
    if (!error.isEmpty()) return showError(tr("The evaluation failed"), error);
    if (cancelled) return statusBar()->showMessage(tr("Evaluation cancelled: finished pairs are kept; evaluate again with \"Continue\" to resume"), 10000);
    openRun(request.outputDirectory);
  });
  startJob(job);
}

std::optional<ExampleTexts> MainWindow::exampleTexts(const LanguagePair& pair, const std::string& id) const {
  const auto& dataset = workspace_->dataset();
  if (!dataset) return std::nullopt;
  try {
    const PairExamples examples = dataset->dataset->pair(pair);
    for (const PairExample& example : examples.examples) {
      if (example.question->id != id) continue;
      ExampleTexts texts{QString::fromStdString(example.question->text), QString::fromStdString(example.paragraph->context), {}};
      if (const auto gold = goldAnswerSpan(example)) texts.goldSpan = std::make_pair(int(gold->begin), int(gold->end));
      return texts;
    }
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

void MainWindow::openExample(const LanguagePair& pair, const QString& id) {
  const auto texts = exampleTexts(pair, id.toStdString());
  const auto teacher = workspace_->model(ModelRole::Teacher), student = workspace_->model(ModelRole::Student);
  if (!texts || (!teacher && !student)) {
    teacherInspection_.reset(), studentInspection_.reset();
    spans_->setExample(nullptr, nullptr);
    mapAtK_->setExample(nullptr);
    return;
  }
  std::optional<CharSpan> gold;
  if (texts->goldSpan) gold = CharSpan{texts->goldSpan->first, texts->goldSpan->second};
  const std::string question = texts->question.toStdString(), context = texts->context.toStdString();
  auto results = std::make_shared<std::pair<std::shared_ptr<ExampleInspection>, std::shared_ptr<ExampleInspection>>>();
  // Two short forward passes: a job of its own, so browsing stays possible during an evaluation.
  auto* job = BackgroundJob::start(tr("Inspecting %1").arg(id), [=](BackgroundJob&) {
    if (teacher) results->first = std::make_shared<ExampleInspection>(inspectExample(*teacher->model, *teacher->tokenizer, question, context, gold));
    if (student) results->second = std::make_shared<ExampleInspection>(inspectExample(*student->model, *student->tokenizer, question, context, gold));
  }, this);
  connect(job, &BackgroundJob::finished, this, [=](bool, const QString& error) {
    if (!error.isEmpty()) return showError(tr("Cannot inspect the example"), error);
    teacherInspection_ = results->first, studentInspection_ = results->second;
    spans_->setExample(teacherInspection_.get(), studentInspection_.get());
    mapAtK_->setExample(teacherInspection_.get());
  });
}

void MainWindow::surveyCoefficients() {
  if (refuseWhileBusy()) return;
  const auto teacher = workspace_->model(ModelRole::Teacher);
  const auto& dataset = workspace_->dataset();
  if (!teacher || !dataset) return showError(tr("Cannot survey"), tr("Open a teacher model and a dataset (or a run) first."));
  std::vector<LanguagePair> pairs = dataset->dataset->availablePairs();
  if (const auto& run = workspace_->run()) pairs = run->manifest.pairs;
  const CoefficientSettings settings = mapAtK_->coefficientSettings();
  auto survey = std::make_shared<std::vector<std::pair<LanguagePair, std::vector<double>>>>();
  const auto parallel = dataset->dataset;
  auto* job = BackgroundJob::start(tr("Surveying coefficients"), [=](BackgroundJob& self) {
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      self.reportProgress(double(i) / double(pairs.size()), tr("Pair %1 of %2 (%3)").arg(i + 1).arg(pairs.size()).arg(QString::fromStdString(pairs[i].key())));
      PairExamples examples = parallel->pair(pairs[i]);
      if (examples.examples.size() > kSurveyExamplesPerPair) examples.examples.resize(kSurveyExamplesPerPair);
      survey->emplace_back(pairs[i], pairCoefficients(*teacher->model, *teacher->tokenizer, examples, settings, {}, self.cancelFlag()));
    }
  }, this);
  connect(job, &BackgroundJob::finished, this, [=](bool cancelled, const QString& error) {
    if (!error.isEmpty()) return showError(tr("The survey failed"), error);
    if (cancelled) return;
    mapAtK_->setSurvey(*survey);
    tabs_->setCurrentWidget(mapAtK_);
  });
  startJob(job);
}

void MainWindow::suggestTrainingDefaults() {
  QString student;
  for (ModelRole role : {ModelRole::Student, ModelRole::Teacher}) {
    if (const auto& loaded = workspace_->model(role); loaded && student.isEmpty())
      student = QString::fromStdString(loaded->model->directory());
  }
  const auto& dataset = workspace_->dataset();
  training_->suggestDefaults(student, dataset ? dataset->inputs : QStringList(),
                             QDir::home().filePath(QStringLiteral("xlqa-training/run")));
}

void MainWindow::setLanguage(const QString& language) {
  // The rebuild replaces every view, the training panel with its job included. Rather than keep a
  // running training alive outside the rebuilt widgets, the switch waits: a training is a rare,
  // long task, and its output folder can be shown again after the switch anyway.
  if (training_ && training_->isBusy()) {
    statusBar()->showMessage(tr("A training is running: switch the language once it has finished or been cancelled"), 10000);
    return;
  }
  if (translator_) QApplication::removeTranslator(translator_);
  delete translator_;
  translator_ = nullptr;
  if (language != QLatin1String("en")) {
    translator_ = new QTranslator(this);
    if (!translator_->load(QStringLiteral(":/i18n/xlqa_%1.qm").arg(language))) {
      showError(tr("Language"), tr("No translation for %1").arg(language));
      return;
    }
    QApplication::installTranslator(translator_);
  }
  language_ = language;
  QSettings().setValue(QStringLiteral("language"), language);
  buildUi();
  // The browser's table lives in its views: reload it from the run folder in the new language.
  if (const auto& run = workspace_->run()) openRun(run->directory);
}

bool MainWindow::showTab(const QString& name) {
  const QStringList names{QStringLiteral("welcome"), QStringLiteral("heatmap"), QStringLiteral("examples"),
                          QStringLiteral("spans"), QStringLiteral("map"), QStringLiteral("training")};
  const int index = static_cast<int>(names.indexOf(name));
  if (index < 0) return false;
  tabs_->setCurrentIndex(index);
  return true;
}

}  // namespace xlqa
