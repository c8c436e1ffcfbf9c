#pragma once
// Why the student trusts the teacher as much as it does on one example: the teacher's soft
// labels at temperature T, its top-k start and end positions marked hit or miss against the gold
// window, AP@k of each side and the resulting mAP@k (or MRR@k) coefficient, and how that
// coefficient blends the gold one-hot with the teacher into the training target. A second tab
// surveys the coefficients over a dataset: their histogram and the mean per language pair.
#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

#include "core/data/language_pair.h"
#include "core/eval/distillation_coefficients.h"
#include "core/eval/example_inspection.h"
#include "widgets/span_probability_view.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace xlqa {

class MapAtKView : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kHistogramBins = 20;  // on [0, 1]

  explicit MapAtKView(QWidget* parent = nullptr);

  // The teacher's view of the opened example (copied); null clears the view.
  void setExample(const ExampleInspection* teacher);

  int k() const;
  void setK(int k);
  int windowSize() const;  // the mAP@k hit window's half-width w
  void setWindow(int window);
  bool symmetricWindow() const;
  void setSymmetricWindow(bool symmetric);
  CoefficientKind kind() const;
  void setKind(CoefficientKind kind);
  CoefficientSettings coefficientSettings() const;
  double temperature() const;
  void setTemperature(double temperature);
  double alphaCe() const;
  void setAlphaCe(double alphaCe);

  // The displayed coefficient, computed by core on the gold window; NaN when there is none.
  double coefficient() const;
  QString coefficientText() const;
  // AP@k of one side (NaN without a gold window) and the teacher's top-k there, best first.
  double averagePrecision(SpanSide side) const;
  std::vector<int> topKPositions(SpanSide side) const;
  // The soft labels as plotted: the teacher's distribution at T over the shown window's context tokens.
  std::vector<double> plottedSoftLabels(SpanSide side) const;
  // The blended training target as plotted, over the same tokens.
  std::vector<double> plottedBlendedTarget(SpanSide side) const;

  // Per language pair, the coefficients of its examples (core: pairCoefficients).
  void setSurvey(const std::vector<std::pair<LanguagePair, std::vector<double>>>& coefficientsPerPair);
  std::vector<int> histogramCounts() const;  // kHistogramBins counts, as plotted
  // The mean coefficient shown for the pair; NaN when the survey lacks it.
  double surveyMean(const LanguagePair& pair) const;

  QSpinBox* kSpinBox() const { return kSpin_; }
  QSpinBox* windowSpinBox() const { return windowSpin_; }
  QCheckBox* symmetricCheckBox() const { return symmetric_; }
  QComboBox* kindComboBox() const { return kindBox_; }
  TemperatureControl* temperatureControl() const { return temperature_; }
  QTabWidget* tabs() const { return tabs_; }
  QCustomPlot* softLabelPlot() const { return softLabels_; }
  QCustomPlot* targetPlot() const { return target_; }
  QCheckBox* targetLogScaleCheckBox() const { return targetLogScale_; }
  QCustomPlot* histogramPlot() const { return histogram_; }
  QCustomPlot* heatmapPlot() const { return heatmap_; }

 signals:
  void coefficientSettingsChanged(const xlqa::CoefficientSettings& settings);
  void temperatureChanged(double temperature);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  double drawSurveyHistogram(const std::vector<double>& all);  // returns the mean (NaN when empty)
  void drawSurveyHeatmap();                                    // from survey_
  struct SoftLabelSide {
    QCPAxisRect* rect = nullptr;
    QCPBars* teacher = nullptr;
    QCPGraph* hits = nullptr;
    QCPGraph* misses = nullptr;
    QCPItemRect* gold = nullptr;
    QCPItemRect* hitWindow = nullptr;
    std::vector<QCPItemText*> ranks;
  };
  struct TargetSide {
    QCPAxisRect* rect = nullptr;
    QCPBars* gold = nullptr;
    QCPGraph* teacher = nullptr;
    QCPGraph* blended = nullptr;
  };

  void retranslate();
  QWidget* createControls();
  QWidget* createExampleTab();
  QWidget* createSurveyTab();
  void createSoftLabelPlot();
  void createTargetPlot();
  void alignTokenColumns();
  void settingsChanged();
  void recompute();  // coefficient, soft labels, markers, target
  void updateSoftLabels(SoftLabelSide& side, SpanSide which);
  void updateTarget(TargetSide& side, SpanSide which);
  void scaleTargetAxes();
  void updateSummary();
  const InspectedWindow* shownWindow() const;  // the gold window, else the first
  const RankedPositions* ranked(SpanSide side) const;

  std::optional<ExampleInspection> teacher_;
  std::optional<ExampleCoefficient> coefficient_;

  QLabel* kindLabel_ = nullptr;
  QLabel* kLabel_ = nullptr;
  QLabel* windowLabel_ = nullptr;
  QLabel* temperatureLabel_ = nullptr;
  QLabel* alphaLabel_ = nullptr;
  QSpinBox* kSpin_ = nullptr;
  QSpinBox* windowSpin_ = nullptr;
  QCheckBox* symmetric_ = nullptr;
  QComboBox* kindBox_ = nullptr;
  TemperatureControl* temperature_ = nullptr;
  QDoubleSpinBox* alphaCe_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  QLabel* summary_ = nullptr;
  QLabel* targetNote_ = nullptr;
  QCheckBox* targetLogScale_ = nullptr;

  QCustomPlot* softLabels_ = nullptr;
  QSharedPointer<TokenTicker> softLabelTicker_;
  SoftLabelSide softStart_, softEnd_;
  QCPBars* goldSwatch_ = nullptr;
  QCPBars* windowSwatch_ = nullptr;

  QCustomPlot* target_ = nullptr;
  QSharedPointer<TokenTicker> targetTicker_;
  TargetSide targetStart_, targetEnd_;

  std::vector<std::pair<LanguagePair, std::vector<double>>> survey_;  // as last set
  QLabel* surveyNote_ = nullptr;
  QCustomPlot* histogram_ = nullptr;
  QCPBars* histogramBars_ = nullptr;
  QCPItemStraightLine* histogramMean_ = nullptr;
  QCustomPlot* heatmap_ = nullptr;
  QCPColorMap* heatmapCells_ = nullptr;
  QCPColorScale* heatmapScale_ = nullptr;
  std::vector<QCPAbstractItem*> heatmapLabels_;
  std::vector<std::string> questionLanguages_, contextLanguages_;
};

}  // namespace xlqa
