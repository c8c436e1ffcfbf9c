#pragma once
// The training panel: the settings form on the left with the buttons that load and save a config,
// show an earlier training folder, count the steps and start, resume or cancel the training; the
// monitor on the right with its live curves, per-epoch dev scores, compact heatmap and status line.
// When a training has finished, its student opens as the student model and its final run (teacher
// and student) as the heatmap in one click each. The panel owns its TrainingJob.
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

#include "core/train/trainer.h"
#include "core/train/training_config.h"

class QComboBox;
class QCustomPlot;
class QCPGraph;
class QLabel;
class QPushButton;
class QTableWidget;

namespace xlqa {

class BackgroundJob;
class HeatmapView;
class JobRunner;
class TrainingJob;
class TrainingMonitor;
class TrainingSettingsForm;

class TrainingPanel : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingPanel(QWidget* parent = nullptr);
  ~TrainingPanel() override;

  // The form as a config. Fields the form cannot parse keep their defaults (problems() says so).
  TrainingConfig config() const;
  void setConfig(const TrainingConfig& config);
  void applyPresetChoice(TrainingPreset preset);
  // Fills the student, training data and output fields when they are empty (from the workspace).
  void suggestDefaults(const QString& student, const QStringList& trainData, const QString& outputDir = {});

  // What keeps the form from starting: the form's own parse errors, then validate()'s messages.
  QStringList problems() const;
  QString validationText() const;

  bool saveConfigFile(const QString& path, QString* error);
  bool loadConfigFile(const QString& path, QString* error);

  // The runner trainings run on: the panel's own until the window shares its runner.
  void setJobRunner(JobRunner* runner) { runner_ = runner; }
  // Starts (or resumes) the form's config; false with the reason in validationText() otherwise.
  bool startTraining(bool resume = false);
  void cancelTraining();
  bool isBusy() const;
  // The finished training's result; nullopt before the first finishes or after an error.
  const std::optional<TrainingResult>& result() const { return result_; }

  // Curves and scores. addStep replaces the steps from step.step on (a resume redoes them).
  void addStep(const TrainingStep& step);
  void addEpoch(const EpochScores& scores);
  void clearCurves();
  // Shows an existing output folder: its log's curves and scores, its config in the form, its
  // models and final run behind the open buttons. False (and a message) when there is no log.
  bool showTrainingFolder(const QString& outputDir);
  QString shownFolder() const;

  // For tests and screenshots.
  QCustomPlot* lossPlot() const;
  QCustomPlot* schedulePlot() const;
  QCPGraph* lossGraph() const;
  QCPGraph* ceGraph() const;
  QCPGraph* klGraph() const;
  QCPGraph* klWeightGraph() const;
  QCPGraph* learningRateGraph() const;
  QTableWidget* epochTable() const;
  HeatmapView* heatmap() const;
  QComboBox* presetBox() const;
  QPushButton* startButton() const { return startButton_; }
  QPushButton* resumeButton() const { return resumeButton_; }
  QPushButton* cancelButton() const { return cancelButton_; }
  QPushButton* openStudentButton() const;
  QPushButton* openRunButton() const;
  QLabel* statusLabel() const;

 signals:
  void studentReady(const QString& modelDir);
  void runReady(const QString& runDir);
  void busyChanged(bool busy);

 protected:
  void showEvent(QShowEvent* event) override;  // folders may have changed on disk meanwhile

 private:
  QWidget* createSide();  // the form with its buttons
  void updateValidation();
  void setBusy(bool busy);
  void onTrainingFinished(bool cancelled, const QString& error);
  void chooseLoadConfig();
  void chooseSaveConfig();
  void writeSlurmScript();
  void chooseTrainingFolder();
  void estimatePlan();
  void showProblem(const QString& title, const QString& message);

  TrainingSettingsForm* form_ = nullptr;
  TrainingMonitor* monitor_ = nullptr;
  QPushButton* loadButton_ = nullptr;
  QPushButton* saveButton_ = nullptr;
  QPushButton* showFolderButton_ = nullptr;
  QPushButton* planButton_ = nullptr;
  QPushButton* startButton_ = nullptr;
  QPushButton* resumeButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;

  QString startBlocker_;  // why Start is off although the config is valid
  JobRunner* runner_;
  QPointer<TrainingJob> job_;
  QPointer<BackgroundJob> planJob_;
  std::optional<TrainingResult> result_;
};

}  // namespace xlqa
