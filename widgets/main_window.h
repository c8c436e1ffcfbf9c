#pragma once
// The application's main window: a workspace (models, dataset, run) in a dock, and the views in
// tabs: welcome, heatmap, examples, span probabilities, mAP@k, training. Long work runs on
// BackgroundJobs shown in the status bar with a Cancel button; a training runs in the training
// panel, which owns its job, so that browsing and evaluating go on meanwhile. The UI language switches at run time by
// rebuilding the views from the workspace, which holds all the data.
#include <QMainWindow>
#include <functional>

#include <memory>
#include <optional>

#include "core/data/language_pair.h"
#include "core/demo/demo_scores.h"
#include "core/model/compute_dtype.h"
#include "core/eval/run_records.h"

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTranslator;
class QTreeWidget;

namespace xlqa {

class BackgroundJob;
class ExampleBrowser;
class HeatmapView;
class MapAtKView;
class SpanProbabilityView;
class TrainingPanel;
class WelcomePanel;
class Workspace;
struct ExampleInspection;
struct ExampleTableData;
struct ExampleTexts;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Loads in the background; errors go to a message box (and lastError()), the window stays up.
  // `whenOpened` runs on the GUI thread once the run is shown.
  void openRun(const QString& directory, std::function<void()> whenOpened = {});
  // The embedded demo: its workspace is prepared in the background (the first time: the corpus
  // and the test-split run of both models, seconds, into the cache), then opened on the pair
  // where self-distillation gained most, at an example the student answers and the teacher misses.
  void openDemo();
  // Whether the app opens the demo when started with nothing to open (Help menu; default on).
  static bool opensDemoAtStart();
  // Sets another run against the open one (the heatmap's "compared run − this run").
  void compareWithRun(const QString& directory);
  void openModel(ModelRole role, const QString& directory);
  // The precision every model load uses (File → Model precision, kept in QSettings). Changing it
  // reloads the open models in it, in the background; refused (unchanged) while a task runs.
  ComputeDtype computeDtype() const { return dtype_; }
  void setComputeDtype(ComputeDtype dtype);
  QAction* precisionAction(ComputeDtype dtype) const { return precisionActions_[static_cast<int>(dtype)]; }
  void openDataset(const QStringList& inputs);
  // "en", "es" or "zh_CN"; rebuilds every view in that language.
  void setLanguage(const QString& language);
  QString language() const { return language_; }

  Workspace* workspace() const { return workspace_; }
  WelcomePanel* welcomePanel() const { return welcome_; }
  HeatmapView* heatmapView() const { return heatmap_; }
  ExampleBrowser* exampleBrowser() const { return browser_; }
  SpanProbabilityView* spanView() const { return spans_; }
  MapAtKView* mapAtKView() const { return mapAtK_; }
  TrainingPanel* trainingPanel() const { return training_; }
  QTabWidget* tabs() const { return tabs_; }
  bool isBusy() const { return job_ != nullptr; }
  BackgroundJob* currentJob() const { return job_; }  // the one in the status bar, if any
  QString lastError() const { return lastError_; }

  // For --screenshot: the tab named "welcome", "heatmap", "examples", "spans", "map" or "training".
  bool showTab(const QString& name);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildUi();
  void createMenus();
  void createViews();
  void fillViews();
  void refreshWorkspaceTree();
  void reloadModels();  // the open models, in dtype_
  bool startJob(BackgroundJob* job);
  bool refuseWhileBusy();  // says so in the status bar
  void showError(const QString& title, const QString& message);
  void evaluate();
  void openExample(const LanguagePair& pair, const QString& id);
  void surveyCoefficients();
  void showDemoStory();
  void suggestTrainingDefaults();  // the open student (or teacher) and dataset
  std::optional<ExampleTexts> exampleTexts(const LanguagePair& pair, const std::string& id) const;

  Workspace* workspace_;
  std::shared_ptr<ExampleTableData> table_;  // the open run's examples, kept for rebuilds
  std::shared_ptr<ExampleInspection> teacherInspection_, studentInspection_;
  QString language_ = QStringLiteral("en");
  QTranslator* translator_ = nullptr;
  QString lastError_;
  std::optional<DemoScores> demoScores_;  // shown on the welcome page once the demo was opened
  ComputeDtype dtype_ = ComputeDtype::Float32;
  QAction* precisionActions_[3] = {};  // by ComputeDtype; rebuilt with the menus

  QTabWidget* tabs_ = nullptr;
  WelcomePanel* welcome_ = nullptr;
  HeatmapView* heatmap_ = nullptr;
  ExampleBrowser* browser_ = nullptr;
  SpanProbabilityView* spans_ = nullptr;
  MapAtKView* mapAtK_ = nullptr;
  TrainingPanel* training_ = nullptr;
  QTreeWidget* workspaceTree_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* progressText_ = nullptr;
  QPushButton* cancel_ = nullptr;
  BackgroundJob* job_ = nullptr;
};

}  // namespace xlqa
