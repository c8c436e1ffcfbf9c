#pragma once
// The training panel's live view: the status line with a progress bar, the curves of loss, CE,
// KL, the KL weight and the learning rate, the per-epoch dev scores and their curves across
// generations, a compact heatmap of the latest epoch's run (or of the selected epoch's, alone or
// against another epoch) and the buttons that open the finished training's student and final
// run. It only shows what it is given; the panel runs the job.
#include <QString>
#include <QWidget>

#include <string>

#include "core/train/trainer.h"

class QCustomPlot;
class QCPGraph;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace xlqa {

class HeatmapView;

class TrainingMonitor : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingMonitor(QWidget* parent = nullptr);

  // addStep replaces the steps from step.step on (a resume redoes them), and their epochs' scores.
  void addStep(const TrainingStep& step);
  void addEpoch(const EpochScores& scores);
  void showLog(const TrainingLog& log);  // appends its curves and scores
  void clear();                          // curves, scores and heatmap
  void replotNow();                      // steps otherwise redraw a few times a second

  // The training folder relative run paths of epochs are read from.
  void setFolder(const QString& folder) { folder_ = folder; }
  QString folder() const { return folder_; }

  void setStatus(const QString& text);
  void showProgress(double fraction);  // below 0: busy, with no known end
  void hideProgress();

  // The finished training's student model and final run, behind the open buttons (empty: off).
  void setFinishedModels(const QString& studentDir, const QString& runDir);
  void showFinalRun(const QString& runDir);  // teacher and student side by side in the heatmap

  QCustomPlot* lossPlot() const { return lossPlot_; }
  QCustomPlot* schedulePlot() const { return schedulePlot_; }
  QCPGraph* lossGraph() const { return lossGraph_; }
  QCPGraph* ceGraph() const { return ceGraph_; }
  QCPGraph* klGraph() const { return klGraph_; }
  QCPGraph* klWeightGraph() const { return klWeightGraph_; }
  QCPGraph* learningRateGraph() const { return learningRateGraph_; }
  QTableWidget* epochTable() const { return epochTable_; }
  // Generations: XLT and G-XLT dev F1 per epoch as curves, and the selected epoch's heatmap set
  // against any other epoch's (the baseline box; index 0 = no baseline, i = epoch i).
  QCustomPlot* generationsPlot() const { return generationsPlot_; }
  QCPGraph* xltGraph() const { return xltGraph_; }
  QCPGraph* gxltGraph() const { return gxltGraph_; }
  QComboBox* baselineBox() const { return baselineBox_; }
  QLabel* heatmapCaption() const { return heatmapCaption_; }
  HeatmapView* heatmap() const { return heatmap_; }
  QPushButton* openStudentButton() const { return openStudentButton_; }
  QPushButton* openRunButton() const { return openRunButton_; }
  QLabel* statusLabel() const { return statusLabel_; }

 signals:
  void studentReady(const QString& modelDir);
  void runReady(const QString& runDir);

 private:
  void createPlots();
  QWidget* createScores();
  QWidget* createHeatmap();
  QWidget* createGenerations();
  void refreshGenerations();  // curves and baseline choices from the epoch table
  void scheduleReplot();
  void showRunInHeatmap(const QString& runDirectory, const QString& caption);
  void showSelectedEpoch();
  QString resolveInFolder(const std::string& path) const;

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
  QComboBox* baselineBox_ = nullptr;
  QCustomPlot* generationsPlot_ = nullptr;
  QCPGraph* xltGraph_ = nullptr;
  QCPGraph* gxltGraph_ = nullptr;
  QPushButton* openStudentButton_ = nullptr;
  QPushButton* openRunButton_ = nullptr;

  QString studentDir_, runDir_;  // behind the open buttons
  QString folder_;
};

}  // namespace xlqa
