#pragma once
// The language-pair heatmap: question languages (rows) x context languages (columns) of one
// run's teacher or student scores, or of student - teacher with paired significance, with row
// and column means, the XLT / G-XLT averages, per-cell tooltips and image / CSV export.
#include <QPoint>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

#include "core/data/language_pair.h"
#include "core/eval/run_records.h"
#include "core/store/run_comparison.h"
#include "core/store/score_intervals.h"
#include "widgets/score_matrix_model.h"
#include "widgets/workbench_items.h"

class QAction;
class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPTextElement;
class QCPItemText;
class QLabel;
class QMouseEvent;
class QStackedWidget;

namespace xlqa {

class HeatmapView : public QWidget {
  Q_OBJECT
 public:
  // Difference = student - teacher; RunDifference = the compared run - this run, for the
  // compared run's role.
  enum class Mode { Teacher, Student, Difference, RunDifference };

  explicit HeatmapView(QWidget* parent = nullptr);

  // The run to show. `significance` holds the paired test of each pair's F1 with the teacher
  // as side a and the student as side b (comparePairs(run, Teacher, run, Student)); pairs
  // without an entry are shown unmarked. Rows and columns follow the languages' first
  // appearance in `pairs` (as question languages first), so a run store's sorted pairs give
  // sorted axes even while some pairs are missing.
  // Drops the comparison, which belonged to the previous run.
  // `intervals`: bootstrap intervals of the F1 averages, shown as "57.3 ± 0.8" where known.
  void setRun(const std::vector<PairRecord>& pairs, const std::vector<PairComparison>& significance,
              const RunIntervals& intervals = {});
  // Another run to set against this one (RunDifference); nullopt removes it.
  void setComparison(std::optional<ComparedRun> comparison);

  // Compact: no metric/mode/export bar and a one-line caption, for small embedded copies (the
  // context menu still exports).
  void setCompact(bool compact);

  void setMetric(ScoreKind metric);
  ScoreKind metric() const { return metric_; }
  void setMode(Mode mode);
  Mode mode() const { return mode_; }
  bool hasMode(Mode mode) const;  // whether the run has the scores the mode needs

  // The matrix as displayed now (mode and metric applied); empty when there is nothing to show.
  const LanguageMatrix& displayedMatrix() const { return displayed(); }
  std::optional<double> displayedValue(const LanguagePair& pair) const { return displayed().at(pair); }
  // The same as a table model (question languages down, context languages across).
  ScoreMatrixModel* matrixModel() const { return matrix_; }
  // Only in a difference mode with the F1 metric (the paired test is on F1): a pair whose
  // Wilcoxon signed-rank p-value is >= 0.05.
  bool isMarkedNotSignificant(const LanguagePair& pair) const;
  QString caption() const;  // the title and averages drawn above the matrix
  QString toolTipText(const LanguagePair& pair) const;
  bool isShowingPlaceholder() const;
  QString placeholderText() const;

  QCustomPlot* plot() const { return plot_; }
  // The cell under a pixel of plot(), and the pixel at a cell's centre (after layout).
  std::optional<LanguagePair> pairAt(const QPoint& plotPixel) const;
  QPoint cellCenter(const LanguagePair& pair) const;

  // PNG, SVG or PDF by the path's suffix.
  bool exportImage(const QString& path, QString* error);
  // The displayed matrix as CSV (rows: question language), written atomically.
  bool exportCsv(const QString& path, QString* error);

  static constexpr double significanceLevel = 0.05;

 signals:
  // A left click on a cell of the matrix (not on the mean strips).
  void cellActivated(const xlqa::LanguagePair& pair);
  // The context menu asks for the parallel-example grid of one of the pair's questions.
  void gridRequested(const xlqa::LanguagePair& pair);

 private:
  // A pixel's place in the grid: a row / column index, the mean strip, or outside.
  static constexpr int outside = -2, meanStrip = -1;
  struct GridHit {
    int row = outside, column = outside;
  };

  GridHit hitTest(const QPoint& plotPixel) const;
  void createControls();
  void createPlot();
  void updateModeChoices();
  void rebuild();
  void drawMatrix();
  void fillColourMap();
  void drawCellTexts();
  void fitCellTextToCells();
  QString titleFor() const;
  QString averagesFor() const;  // and, for differences, what the marking means
  void showPlaceholder(const QString& text);
  void onMouseMove(QMouseEvent* event);
  void onMousePress(QMouseEvent* event);
  void onMouseRelease(QMouseEvent* event);
  void chooseImageExport();
  void chooseCsvExport();
  const PairRecord* recordOf(const LanguagePair& pair) const;
  const PairComparison* comparisonOf(const LanguagePair& pair) const;  // of the current mode
  const std::vector<PairComparison>& significanceOfMode() const;
  const MatrixIntervals* intervalsOfMode() const;
  QString meanToolTip(int row, int column) const;  // null where none apply (EM, run differences)
  const PairRecord* comparedRecordOf(const LanguagePair& pair) const;
  QString comparedRunName() const;
  std::optional<LanguageMatrix> matrixFor(Mode mode, ScoreKind metric) const;
  QString defaultExportName(const QString& suffix) const;
  const LanguageMatrix& displayed() const { return matrix_->matrix(); }

  std::vector<PairRecord> records_;
  std::vector<PairComparison> comparisons_;
  RunIntervals intervals_;
  std::optional<ComparedRun> compared_;
  MatrixAxes axes_;
  ScoreKind metric_ = ScoreKind::F1;
  Mode mode_ = Mode::Teacher;
  ScoreMatrixModel* matrix_;

  bool compact_ = false;
  QWidget* controlsBar_ = nullptr;
  QComboBox* metricBox_ = nullptr;
  QComboBox* modeBox_ = nullptr;
  QAction* exportImageAction_ = nullptr;
  QAction* exportCsvAction_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QLabel* placeholder_ = nullptr;
  QCustomPlot* plot_ = nullptr;
  QCPTextElement* titleElement_ = nullptr;
  QCPTextElement* captionElement_ = nullptr;
  QCPColorMap* colorMap_ = nullptr;
  QCPColorScale* colorScale_ = nullptr;
  std::vector<QCPItemText*> cellTexts_;
  std::optional<LanguagePair> pressedPair_;
};

}  // namespace xlqa
