#include "widgets/main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <iterator>

#include "core/demo/demo_scores.h"
#include "widgets/demo_tour.h"
#include "widgets/document_tree.h"
#include "widgets/evaluation_dialog.h"
#include "widgets/evaluation_job.h"
#include "widgets/example_browser.h"
#include "widgets/example_inspector.h"
#include "widgets/gold_rank_view.h"
#include "widgets/heatmap_view.h"
#include "widgets/job_progress.h"
#include "widgets/job_runner.h"
#include "widgets/map_at_k_view.h"
#include "widgets/parallel_grid_view.h"
#include "widgets/precision_menu.h"
#include "widgets/presenter_mode.h"
#include "widgets/run_follower.h"
#include "widgets/slurm_job_dialog.h"
#include "widgets/span_probability_view.h"
#include "widgets/training_panel.h"
#include "widgets/ui_language.h"
#include "widgets/view_bindings.h"
#include "widgets/welcome_panel.h"
#include "widgets/workbench_document.h"
#include "widgets/workbench_tasks.h"
#include "xlqa/version.h"

namespace xlqa {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      document_(new WorkbenchDocument(this)),
      runner_(new JobRunner(this)),
      tasks_(new WorkbenchTasks(document_, runner_, this)),
      inspector_(new ExampleInspector(document_, runner_, this)),
      progress_(new JobProgress(runner_, statusBar())),
      language_(new UiLanguage(this)),
      presenter_(new PresenterMode(this,
                                   [this] {
                                     return demoTour([this] {
                                       return TourViews{tabs_, heatmap_, browser_, spans_, mapAtK_, document_};
                                     });
                                   })),
      follower_(new RunFollower(document_, tasks_, this)) {
  connectDocument();
  buildUi();
  resize(1280, 820);
  restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

// Where the window follows the document: errors, notes, and the tab that shows what just changed.
void MainWindow::connectDocument() {
  connect(runner_, &JobRunner::failed, this, &MainWindow::showError);
  connect(runner_, &JobRunner::cancelled, this, [this] { note(tr("Cancelled"), 5000); });
  connect(runner_, &JobRunner::refused, this,
          [this] { note(tr("Busy: wait for the current task or cancel it"), 5000); });
  connect(tasks_, &WorkbenchTasks::failed, this, &MainWindow::showError);
  connect(tasks_, &WorkbenchTasks::note, this, &MainWindow::note);
  connect(document_, &WorkbenchDocument::runChanged, this, [this] {
    if (!document_->refreshing()) tabs_->setCurrentWidget(heatmap_);
  });
  connect(document_, &WorkbenchDocument::comparisonChanged, this, [this] {
    if (document_->comparison()) tabs_->setCurrentWidget(heatmap_);
  });
  connect(document_, &WorkbenchDocument::pairSelected, this, [this] { tabs_->setCurrentWidget(browser_); });
  connect(document_, &WorkbenchDocument::surveyChanged, this, [this] { tabs_->setCurrentWidget(mapAtK_); });
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (training_->isBusy()) {
    if (QApplication::platformName() != QLatin1String("offscreen") &&
        QMessageBox::question(
            this, tr("A training is running"),
            tr("Stop the training and quit? A checkpoint is saved; Resume in the Training tab continues it.")) !=
            QMessageBox::Yes) {
      event->ignore();
      return;
    }
    training_->cancelTraining();  // the panel waits for the checkpoint as the window goes
  }
  runner_->cancel(JobKind::Task);
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
  createDock();
  progress_->retranslate();
  statusBar()->showMessage(tr("Ready"));
}

void MainWindow::createMenus() {
  createFileMenu();
  QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
  analysis->addAction(tr("Survey the teacher's mAP@k coefficients"), tasks_, &WorkbenchTasks::surveyCoefficients);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* presenting = view->addAction(tr("&Presenter mode"));
  presenting->setShortcut(Qt::Key_F5);
  presenting->setCheckable(true);
  presenting->setChecked(presenter_->isActive());
  connect(presenting, &QAction::triggered, this, [this](bool on) { on ? presenter_->start() : presenter_->stop(); });
  connect(presenter_, &PresenterMode::activeChanged, presenting, &QAction::setChecked);
  QMenu* languages = view->addMenu(tr("Language"));
  const std::pair<const char*, QString> choices[] = {{"system", tr("System language")},
                                                     {"en", QStringLiteral("English")},
                                                     {"es", QStringLiteral("Español")},
                                                     {"zh_CN", QStringLiteral("简体中文")}};
  for (const auto& [code, name] : choices) {
    QAction* action = languages->addAction(name, this, [this, c = QString::fromLatin1(code)] { setLanguage(c); });
    action->setCheckable(true);
    action->setChecked(language_->code() == QLatin1String(code));
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("Open the &demo"), this, &MainWindow::openDemo);
  QAction* demoAtStart = help->addAction(tr("Open the demo at start"));
  demoAtStart->setCheckable(true);
  demoAtStart->setChecked(opensDemoAtStart());
  connect(demoAtStart, &QAction::toggled, this,
          [](bool on) { QSettings().setValue(QStringLiteral("startup/openDemo"), on); });
  help->addSeparator();
  help->addAction(tr("&About XLQA Studio"), this, [this] {
    QMessageBox::about(this, tr("About XLQA Studio"),
                       tr("<b>XLQA Studio</b> %1<br>Cross-lingual extractive question answering workbench.")
                           .arg(QString::fromLatin1(kVersion)));
  });
}

void MainWindow::createFileMenu() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    const bool teacher = role == ModelRole::Teacher;
    file->addAction(teacher ? tr("Open &teacher model…") : tr("Open &student model…"), this, [this, role, teacher] {
      const QString title = teacher ? tr("Teacher model folder") : tr("Student model folder");
      const QString dir = QFileDialog::getExistingDirectory(this, title);
      if (!dir.isEmpty()) openModel(role, dir);
    });
  }
  precisionMenu_ = new PrecisionMenu(
      document_, [this](ComputeDtype dtype) { setComputeDtype(dtype); }, file);
  file->addMenu(precisionMenu_);
  file->addAction(tr("Open &dataset…"), this, [this] {
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Dataset files (SQuAD format)"), QString(), tr("JSON files (*.json)"));
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
  compare->setEnabled(document_->run().has_value());
  connect(document_, &WorkbenchDocument::runChanged, compare,
          [this, compare] { compare->setEnabled(document_->run().has_value()); });
  QMenu* recent = file->addMenu(tr("Recent runs"));
  for (const QString& dir : document_->recent(QStringLiteral("runs")))
    recent->addAction(dir, this, [this, dir] { openRun(dir); });
  recent->setEnabled(!recent->isEmpty());
  file->addSeparator();
  file->addAction(tr("&Evaluate…"), this, &MainWindow::evaluate);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void MainWindow::createViews() {
  const int previousTab = tabs_ ? tabs_->currentIndex() : QSettings().value(QStringLiteral("window/tab"), 0).toInt();
  // The training form survives the rebuild: its settings and the training folder it shows.
  std::optional<TrainingConfig> trainingConfig;
  QString trainingFolder;
  if (training_) trainingConfig = training_->config(), trainingFolder = training_->shownFolder();
  tabs_ = new QTabWidget(this);
  welcome_ = new WelcomePanel(tabs_);
  heatmap_ = new HeatmapView(tabs_);
  browser_ = new ExampleBrowser(tabs_);
  spans_ = new SpanProbabilityView(tabs_);
  mapAtK_ = new MapAtKView(tabs_);
  grid_ = new ParallelGridView(tabs_);
  goldRanks_ = new GoldRankView(tabs_);
  training_ = new TrainingPanel(tabs_);
  const QString titles[] = {tr("Welcome"),       tr("Heatmap"), tr("Examples"),
                            tr("Question grid"), tr("EM@k"),    tr("Span probabilities"),
                            tr("mAP@k"),         tr("Training")};
  QWidget* const views[] = {welcome_, heatmap_, browser_, grid_, goldRanks_, spans_, mapAtK_, training_};
  static_assert(std::size(titles) == std::size(views));
  for (std::size_t i = 0; i < std::size(views); ++i) tabs_->addTab(views[i], titles[i]);
  setCentralWidget(tabs_);  // deletes the previous views
  tabs_->setCurrentIndex(qBound(0, previousTab, tabs_->count() - 1));

  bindWelcomePanel(welcome_, document_);
  bindHeatmap(heatmap_, document_);
  bindExampleBrowser(browser_, document_, inspector_);
  bindSpanView(spans_, document_);
  bindMapAtKView(mapAtK_, document_);
  bindParallelGrid(grid_, document_);
  bindGoldRankView(goldRanks_, document_);
  connectGridAndRanks();
  connect(welcome_, &WelcomePanel::openDemoRequested, this, &MainWindow::openDemo);

  if (!trainingFolder.isEmpty() && QFileInfo::exists(QDir(trainingFolder).filePath(QStringLiteral("log.jsonl"))))
    training_->showTrainingFolder(trainingFolder);
  if (trainingConfig) training_->setConfig(*trainingConfig);
  training_->setJobRunner(runner_);
  bindTrainingPanel(training_, document_);
  connect(training_, &TrainingPanel::studentReady, this,
          [this](const QString& dir) { openModel(ModelRole::Student, dir); });
  connect(training_, &TrainingPanel::runReady, this, [this](const QString& dir) { openRun(dir); });
  connect(training_, &TrainingPanel::busyChanged, this, [this](bool busy) {
    statusBar()->showMessage(busy ? tr("Training started") : training_->statusLabel()->text(), 10000);
  });
}

// Where the grid and the EM@k curves lead: to an example in the browser, and back to the grid.
void MainWindow::connectGridAndRanks() {
  connect(grid_, &ParallelGridView::exampleActivated, this, [this](const LanguagePair& pair, const QString& id) {
    if (browser_->openExample(pair, id.toStdString())) tabs_->setCurrentWidget(browser_);
  });
  connect(browser_, &ExampleBrowser::gridRequested, this, &MainWindow::showQuestionGrid);
  connect(heatmap_, &HeatmapView::gridRequested, this,
          [this](const LanguagePair& pair) { showQuestionGrid(gridExampleOf(document_, pair)); });
  connect(goldRanks_, &GoldRankView::movedExamplesRequested, this, [this](const std::optional<LanguagePair>& pair) {
    pair ? void(browser_->showPair(*pair)) : browser_->showAllPairs();
    browser_->setFailingOnly(false);
    browser_->setDisagreement(ExampleFilterModel::Disagreement::StudentMovedGoldToTop);
    tabs_->setCurrentWidget(browser_);
  });
}

void MainWindow::showQuestionGrid(const QString& id) {
  if (id.isEmpty()) return;
  showGridOf(grid_, document_, id);
  tabs_->setCurrentWidget(grid_);
}

void MainWindow::createDock() {
  delete findChild<QDockWidget*>(QStringLiteral("workspaceDock"));
  auto* dock = new QDockWidget(tr("Workspace"), this);
  dock->setObjectName(QStringLiteral("workspaceDock"));
  dock->setWidget(new DocumentTree(document_, dock));
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  resizeDocks({dock}, {300}, Qt::Horizontal);
}

void MainWindow::showError(const QString& title, const QString& message) {
  lastError_ = title + QStringLiteral(": ") + message;
  statusBar()->showMessage(lastError_, 10000);
  if (QApplication::platformName() != QLatin1String("offscreen")) QMessageBox::warning(this, title, message);
}

void MainWindow::note(const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); }

bool MainWindow::isBusy() const { return runner_->isRunning(JobKind::Task); }
BackgroundJob* MainWindow::currentJob() const { return runner_->job(JobKind::Task); }
ComputeDtype MainWindow::computeDtype() const { return document_->computeDtype(); }
QString MainWindow::language() const { return language_->activeCode(); }

void MainWindow::openModel(ModelRole role, const QString& directory) { tasks_->openModel(role, directory); }
void MainWindow::openDataset(const QStringList& inputs) { tasks_->openDataset(inputs); }
void MainWindow::openRun(const QString& directory, std::function<void()> whenOpened) {
  tasks_->openRun(directory, std::move(whenOpened));
}
void MainWindow::compareWithRun(const QString& directory) { tasks_->compareWithRun(directory); }
void MainWindow::openDemo() {
  tasks_->openDemo([this] { showDemoStory(); });
}
bool MainWindow::opensDemoAtStart() { return QSettings().value(QStringLiteral("startup/openDemo"), true).toBool(); }

void MainWindow::setComputeDtype(ComputeDtype dtype) { tasks_->setComputeDtype(dtype); }
QAction* MainWindow::precisionAction(ComputeDtype dtype) const { return precisionMenu_->action(dtype); }

void MainWindow::evaluate() {
  if (runner_->refuses(JobKind::Task)) return;
  EvaluationDialog dialog(this);
  const int result = dialog.exec();
  if (result == QDialog::Accepted) tasks_->evaluate(dialog.request());
  if (result == EvaluationDialog::kWriteScript) writeEvaluationScript(dialog.request());
}

// The evaluation the dialog describes, as `xlqa eval` in a Slurm array job.
void MainWindow::writeEvaluationScript(const EvaluationRequest& request) {
  const std::vector<std::string> command = evaluationCommand(*document_, request, xlqaCommandPath());
  if (command.empty())
    return showError(tr("Cannot write the script"), tr("Open a dataset and a teacher or a student model first."));
  SlurmJob job;
  job.name = "xlqa-eval";
  job.arrayTasks = 8;
  job.command = command;
  SlurmJobDialog dialog(job, QDir(request.outputDirectory).filePath(QStringLiteral("../xlqa-eval.sh")), this);
  if (dialog.exec() != QDialog::Accepted) return;
  QString error;
  if (!dialog.writeScript(&error)) return showError(tr("Cannot write the script"), error);
  note(tr("Wrote %1: submit it with sbatch").arg(QDir::cleanPath(dialog.scriptPath())), 10000);
}

// The demo's story: the pair where self-distillation gained most, at an example the student
// answers and the teacher misses, with the heatmap showing the difference.
void MainWindow::showDemoStory() {
  const auto& run = document_->run();
  if (!run) return;
  heatmap_->setMode(HeatmapView::Mode::Difference);
  tabs_->setCurrentWidget(heatmap_);
  const std::optional<LanguagePair> pair = largestStudentGain(run->pairs);
  if (!pair || !browser_->showPair(*pair)) return;
  browser_->setDisagreement(ExampleFilterModel::Disagreement::StudentRightTeacherWrong);
  if (browser_->visibleRowCount() > 0) browser_->openRow(0);
}

void MainWindow::setLanguage(const QString& language) {
  presenter_->stop();  // its bar and steps point at the views the switch replaces
  // The rebuild replaces every view, the training panel with its job included. Rather than keep a
  // running training alive outside the rebuilt widgets, the switch waits: a training is a rare,
  // long task, and its output folder can be shown again after the switch anyway.
  if (training_ && training_->isBusy()) {
    statusBar()->showMessage(tr("A training is running: switch the language once it has finished or been cancelled"),
                             10000);
    return;
  }
  if (!language_->switchTo(language)) return showError(tr("Language"), language_->error());
  buildUi();
  // The browser's table lives in its views: reload it from the run folder in the new language.
  if (const auto& run = document_->run()) openRun(run->directory);
}

QStringList MainWindow::tabNames() {
  return {QStringLiteral("welcome"), QStringLiteral("heatmap"), QStringLiteral("examples"), QStringLiteral("grid"),
          QStringLiteral("ranks"),   QStringLiteral("spans"),   QStringLiteral("map"),      QStringLiteral("training")};
}

bool MainWindow::showTab(const QString& name) {
  const int index = static_cast<int>(tabNames().indexOf(name));
  if (index < 0) return false;
  tabs_->setCurrentIndex(index);
  return true;
}

}  // namespace xlqa
