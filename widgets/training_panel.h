#pragma once
// The training panel: every TrainingConfig setting in a form on the left (presets, load/save as
// the JSON `xlqa train --config` reads, inline validation), and on the right the live curves of
// loss, CE, KL, the KL weight and the learning rate, the per-epoch dev scores, a compact heatmap of
// the latest epoch's run and the status line with the ETA. When a training has finished, its
// student opens as the student model and its final run (teacher and student) as the heatmap in one
// click each. The panel owns its TrainingJob.
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

#include "core/train/trainer.h"
#include "core/train/training_config.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPGraph;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace xlqa {

class BackgroundJob;
class HeatmapView;
class TemperatureControl;
class TrainingJob;

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
  QString shownFolder() const { return shownFolder_; }

  // For tests and screenshots.
  QCustomPlot* lossPlot() const { return lossPlot_; }
  QCustomPlot* schedulePlot() const { return schedulePlot_; }
  QCPGraph* lossGraph() const { return lossGraph_; }
  QCPGraph* ceGraph() const { return ceGraph_; }
  QCPGraph* klGraph() const { return klGraph_; }
  QCPGraph* klWeightGraph() const { return klWeightGraph_; }
  QCPGraph* learningRateGraph() const { return learningRateGraph_; }
  QTableWidget* epochTable() const { return epochTable_; }
  HeatmapView* heatmap() const { return heatmap_; }
  QComboBox* presetBox() const { return presetBox_; }
  QPushButton* startButton() const { return startButton_; }
  QPushButton* resumeButton() const { return resumeButton_; }
  QPushButton* cancelButton() const { return cancelButton_; }
  QPushButton* openStudentButton() const { return openStudentButton_; }
  QPushButton* openRunButton() const { return openRunButton_; }
  QLabel* statusLabel() const { return statusLabel_; }

 signals:
  void studentReady(const QString& modelDir);
  void runReady(const QString& runDir);
  void busyChanged(bool busy);

 protected:
  void showEvent(QShowEvent* event) override;  // folders may have changed on disk meanwhile

 private:
  QWidget* createForm();
  QWidget* createModelsGroup();
  QWidget* createDataGroup();
  QWidget* createLossGroup();
  QWidget* createOptimisationGroup();
  QWidget* createEvaluationGroup();
  QWidget* createOutputGroup();
  QWidget* createMonitor();
  void createPlots();
  void connectFormChanges();
  void formChanged();
  void updateEnabledControls();
  void updateValidation();
  void showLog(const TrainingLog& log);  // appends its curves and scores
  void scheduleReplot();
  void replotNow();
  void showRunInHeatmap(const QString& runDirectory, const QString& caption);
  void setFinishedModels(const QString& studentDir, const QString& runDir);
  void onTrainingFinished(bool cancelled, const QString& error);
  void chooseLoadConfig();
  void chooseSaveConfig();
  void chooseTrainingFolder();
  void estimatePlan();
  void showProblem(const QString& title, const QString& message);
  QString resolveInFolder(const std::string& path) const;  // relative to the shown folder
  std::vector<LanguagePair> parsedDevPairs(QStringList* problems) const;

  // Models
  QLineEdit* student_ = nullptr;
  QLineEdit* teacher_ = nullptr;  // empty: self-distillation from the student's start
  QWidget* teacherRow_ = nullptr;  // the field and its Browse button
  QCheckBox* renewTeacher_ = nullptr;
  // Data
  QPlainTextEdit* trainData_ = nullptr;  // one input a line
  QLineEdit* languages_ = nullptr;
  QSpinBox* targetLanguages_ = nullptr;
  QCheckBox* addEnglish_ = nullptr;
  QSpinBox* maxQuestions_ = nullptr;
  QSpinBox* maxSeqLength_ = nullptr;
  QSpinBox* docStride_ = nullptr;
  QSpinBox* maxQueryLength_ = nullptr;
  // Loss
  QCheckBox* distill_ = nullptr;
  QDoubleSpinBox* alphaCe_ = nullptr;
  QDoubleSpinBox* alphaKl_ = nullptr;
  TemperatureControl* temperature_ = nullptr;
  QComboBox* direction_ = nullptr;
  QComboBox* weighting_ = nullptr;
  QSpinBox* k_ = nullptr;
  QSpinBox* window_ = nullptr;
  QCheckBox* symmetricWindow_ = nullptr;
  // Optimisation
  QSpinBox* epochs_ = nullptr;
  QSpinBox* batchSize_ = nullptr;
  QSpinBox* gradientAccumulation_ = nullptr;
  QLineEdit* learningRate_ = nullptr;
  QDoubleSpinBox* weightDecay_ = nullptr;
  QLineEdit* adamEpsilon_ = nullptr;
  QDoubleSpinBox* warmupFraction_ = nullptr;
  QDoubleSpinBox* maxGradNorm_ = nullptr;
  QLineEdit* seed_ = nullptr;
  QComboBox* device_ = nullptr;
  // Dev evaluation
  QPlainTextEdit* devData_ = nullptr;
  QLineEdit* devPairs_ = nullptr;  // all | xlt | gxlt | en-es,es-en
  QSpinBox* devMaxExamples_ = nullptr;
  // Output
  QLineEdit* outputDir_ = nullptr;
  QSpinBox* saveEvery_ = nullptr;

  QComboBox* presetBox_ = nullptr;
  QWidget* form_ = nullptr;
  QLabel* validation_ = nullptr;
  QPushButton* loadButton_ = nullptr;
  QPushButton* saveButton_ = nullptr;
  QPushButton* showFolderButton_ = nullptr;
  QPushButton* planButton_ = nullptr;
  QPushButton* startButton_ = nullptr;
  QPushButton* resumeButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;

  QLabel* statusLabel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QCustomPlot* lossPlot_ = nullptr;
  QCustomPlot* schedulePlot_ = nullptr;
  QCPGraph* lossGraph_ = nullptr;
  QCPGraph* ceGraph_ = nullptr;
  QCPGraph* klGraph_ = nullptr;
  QCPGraph* klWeightGraph_ = nullptr;
  QCPGraph* learningRateGraph_ = nullptr;
  QTimer* replotTimer_ = nullptr;
  QTableWidget* epochTable_ = nullptr;
  HeatmapView* heatmap_ = nullptr;
  QLabel* heatmapCaption_ = nullptr;
  QPushButton* openStudentButton_ = nullptr;
  QPushButton* openRunButton_ = nullptr;

  bool settingConfig_ = false;  // setConfig in progress: one validation at the end
  QString startBlocker_;        // why Start is off although the config is valid
  QPointer<TrainingJob> job_;
  QPointer<BackgroundJob> planJob_;
  std::optional<TrainingResult> result_;
  QString studentDir_, runDir_;  // behind the open buttons
  QString shownFolder_;
};

}  // namespace xlqa
