#pragma once
// The application's main window: menus, the document tree in a dock and the views in tabs
// (welcome, heatmap, examples, span probabilities, mAP@k, training). What is open lives in the
// WorkbenchDocument, which the views observe; long work runs on the JobRunner, shown in the
// status bar with a Cancel button; the menus' tasks are WorkbenchTasks. A training runs in the
// training panel, so browsing and evaluating go on meanwhile. The UI language switches at run
// time by rebuilding the views, which the document fills again.
#include <QMainWindow>
#include <QStringList>

#include <functional>

#include "core/eval/run_records.h"
#include "core/model/compute_dtype.h"

class QAction;
class QTabWidget;

namespace xlqa {

class BackgroundJob;
struct EvaluationRequest;
class ExampleBrowser;
class ExampleInspector;
class GoldRankView;
class ParallelGridView;
class HeatmapView;
class JobProgress;
class JobRunner;
class MapAtKView;
class PresenterMode;
class RunFollower;
class PrecisionMenu;
class SpanProbabilityView;
class TrainingPanel;
class UiLanguage;
class WelcomePanel;
class WorkbenchDocument;
class WorkbenchTasks;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Loads in the background; errors go to a message box (and lastError()), the window stays up.
  // `whenOpened` runs on the GUI thread once the run is shown.
  void openRun(const QString& directory, std::function<void()> whenOpened = {});
  // The embedded demo, opened on the pair where self-distillation gained most, at an example
  // the student answers and the teacher misses.
  void openDemo();
  // Whether the app opens the demo when started with nothing to open (Help menu; default on).
  static bool opensDemoAtStart();
  // Sets another run against the open one (the heatmap's "compared run − this run").
  void compareWithRun(const QString& directory);
  void openModel(ModelRole role, const QString& directory);
  // The precision every model load uses (File → Model precision, kept in QSettings). Changing it
  // reloads the open models in it, in the background; refused (unchanged) while a task runs.
  ComputeDtype computeDtype() const;
  void setComputeDtype(ComputeDtype dtype);
  QAction* precisionAction(ComputeDtype dtype) const;
  void openDataset(const QStringList& inputs);
  // "system", "en", "es" or "zh_CN"; rebuilds every view in that language.
  void setLanguage(const QString& language);
  QString language() const;  // the language shown: "en", "es" or "zh_CN"

  WorkbenchDocument* document() const { return document_; }
  JobRunner* jobRunner() const { return runner_; }
  WelcomePanel* welcomePanel() const { return welcome_; }
  HeatmapView* heatmapView() const { return heatmap_; }
  ExampleBrowser* exampleBrowser() const { return browser_; }
  SpanProbabilityView* spanView() const { return spans_; }
  MapAtKView* mapAtKView() const { return mapAtK_; }
  ParallelGridView* gridView() const { return grid_; }
  GoldRankView* goldRankView() const { return goldRanks_; }
  // The parallel-example grid of one question of the open run, on its tab.
  void showQuestionGrid(const QString& id);
  TrainingPanel* trainingPanel() const { return training_; }
  PresenterMode* presenter() const { return presenter_; }
  RunFollower* runFollower() const { return follower_; }
  QTabWidget* tabs() const { return tabs_; }
  bool isBusy() const;
  BackgroundJob* currentJob() const;  // the task in the status bar, if any
  QString lastError() const { return lastError_; }

  // The tabs' names, in order, for --screenshot and showTab.
  static QStringList tabNames();
  bool showTab(const QString& name);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildUi();
  void createMenus();
  void createFileMenu();
  void createViews();
  void createDock();
  void connectDocument();
  void showError(const QString& title, const QString& message);
  void note(const QString& message, int timeoutMs);
  void evaluate();
  void writeEvaluationScript(const EvaluationRequest& request);
  void showDemoStory();
  void connectGridAndRanks();

  WorkbenchDocument* document_;
  JobRunner* runner_;
  WorkbenchTasks* tasks_;
  ExampleInspector* inspector_;
  JobProgress* progress_;
  UiLanguage* language_;
  QString lastError_;
  PrecisionMenu* precisionMenu_ = nullptr;  // rebuilt with the menus
  PresenterMode* presenter_;
  RunFollower* follower_;

  QTabWidget* tabs_ = nullptr;
  WelcomePanel* welcome_ = nullptr;
  HeatmapView* heatmap_ = nullptr;
  ExampleBrowser* browser_ = nullptr;
  SpanProbabilityView* spans_ = nullptr;
  MapAtKView* mapAtK_ = nullptr;
  ParallelGridView* grid_ = nullptr;
  GoldRankView* goldRanks_ = nullptr;
  TrainingPanel* training_ = nullptr;
};

}  // namespace xlqa
