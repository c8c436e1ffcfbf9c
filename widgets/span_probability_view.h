#pragma once
// The opened example's start and end probabilities over one window's context tokens: teacher and
// student softmaxed at a chosen temperature, the gold span, the window mAP@k counts as a hit
// around it, and each model's top-k positions. Also home to what the mAP@k view shares with it:
// the temperature control, the token axis and the palette.
#include <qcustomplot.h>

#include <QColor>
#include <QPointer>
#include <QWidget>
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/eval/distillation_coefficients.h"
#include "core/eval/example_inspection.h"
#include "core/eval/run_records.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace xlqa {

enum class SpanSide { Start, End };

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
namespace palette {
inline const QColor kBlue{0x00, 0x72, 0xB2};
inline const QColor kOrange{0xE6, 0x9F, 0x00};
inline const QColor kVermillion{0xD5, 0x5E, 0x00};
inline const QColor kSkyBlue{0x56, 0xB4, 0xE9};
inline const QColor kBluishGreen{0x00, 0x9E, 0x73};
inline const QColor kGrey{0x55, 0x55, 0x55};
}  // namespace palette

// A vocabulary string as a short axis label: "▁the" and "##ing" stay as they are, long pieces
// are cut to a few characters.
QString compactTokenLabel(const std::string& token);

// The window's context tokens: sequence positions [begin, end) where sequenceIds == 1.
struct ContextRange {
  std::size_t begin = 0, end = 0;
  std::size_t size() const { return end - begin; }
  bool contains(int position) const {
    return position >= 0 && static_cast<std::size_t>(position) >= begin && static_cast<std::size_t>(position) < end;
  }
};
ContextRange contextRange(const QaFeature& feature);

// Two axis rects stacked (start above, end below) under a legend row, with a shading layer
// below the curves; autoAddPlottableToLegend is off. Returns {top, bottom}.
std::pair<QCPAxisRect*, QCPAxisRect*> setUpStackedPlot(QCustomPlot* plot);
// A band over x in [left, right], the full height of `rect`, below the curves; hidden until placed.
QCPItemRect* createBand(QCustomPlot* plot, QCPAxisRect* rect, const QColor& color);
void placeBand(QCPItemRect* band, double left, double right);
// An empty bar series whose legend icon stands for a band (items have no legend entries).
QCPBars* legendSwatch(QCPAxisRect* rect, const QColor& color, const QString& name);
// The positions mAP@k counts as hits around `gold`, inclusive; nullopt for MRR@k (gold only) or
// an empty window. And the same in words: "gold −5 … +4".
std::optional<std::pair<int, int>> hitWindowRange(int gold, const CoefficientSettings& settings);
QString hitWindowDescription(const CoefficientSettings& settings);

// The tick labels of a token axis: x = sequence position, labelled with its token. Shows every
// n-th token (n in 1, 2, 5, 10, 20, ...) so that the vertical labels never overlap at any zoom.
class TokenTicker : public QCPAxisTicker {
 public:
  explicit TokenTicker(QCPAxis* axis) : axis_(axis) {}
  void setTokens(int firstPosition, const QStringList& labels);
  int tokenCount() const { return static_cast<int>(labels_.size()); }
  QCPRange limits() const { return QCPRange(first_ - 0.5, first_ + std::max(tokenCount(), 1) - 0.5); }
  int labelStep() const { return step_; }   // as of the last replot
  int stepFor(double visibleTokens) const;  // at the axis' current pixel length

 protected:
  double getTickStep(const QCPRange& range) override;
  int getSubTickCount(double tickStep) override;
  QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
  QVector<double> createTickVector(double tickStep, const QCPRange& range) override;

 private:
  QPointer<QCPAxis> axis_;  // its pixel length decides the step
  int first_ = 0;
  QStringList labels_;
  int step_ = 1;
};

// Stacked axis rects sharing one token x axis: labels on the last, horizontal drag and zoom
// only, x ranges kept in sync and within the tokens. Returns the ticker to fill with setTokens.
QSharedPointer<TokenTicker> setUpTokenAxes(QCustomPlot* plot, const QList<QCPAxisRect*>& rects);
// Shows all the ticker's tokens on the rects' x axes (after TokenTicker::setTokens).
void showAllTokens(const QList<QCPAxisRect*>& rects);

// The softmax temperature on a log scale, 0.5 .. 10, as a slider and an exact spin box.
class TemperatureControl : public QWidget {
  Q_OBJECT
 public:
  static constexpr double kMinimum = 0.5;
  static constexpr double kMaximum = 10.0;

  explicit TemperatureControl(QWidget* parent = nullptr);

  double temperature() const;
  void setTemperature(double temperature);  // clamped to [kMinimum, kMaximum]
  QSlider* slider() const { return slider_; }

 signals:
  void temperatureChanged(double temperature);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void sliderMoved(int position);
  void spinChanged(double value);

  QSlider* slider_ = nullptr;
  QDoubleSpinBox* spin_ = nullptr;
  double temperature_ = 1.0;  // exact; the spin box shows it to two decimals
};

class SpanProbabilityView : public QWidget {
  Q_OBJECT
 public:
  explicit SpanProbabilityView(QWidget* parent = nullptr);

  // The example as each model sees it; either may be null (a run with one model). Copied. The
  // window shown becomes the gold window (the first model's, teacher first), or the first.
  void setExample(const ExampleInspection* teacher, const ExampleInspection* student);
  // k of the top-k markers and the hit window shaded around gold.
  void setCoefficientSettings(const CoefficientSettings& settings);
  const CoefficientSettings& coefficientSettings() const { return settings_; }

  double temperature() const;
  void setTemperature(double temperature);

  int windowCount() const;
  int currentWindow() const;  // -1 when there is no example
  void setCurrentWindow(int window);

  // The plotted probabilities over the current window's context tokens; empty when that model
  // is absent (or, for the student, tokenises the window differently from the teacher).
  std::vector<double> plottedProbabilities(ModelRole role, SpanSide side) const;
  // The top-k positions marked on that model's curve (context positions only), in position order.
  std::vector<int> markedTopK(ModelRole role, SpanSide side) const;
  QString statusText() const;
  QCustomPlot* plot() const { return plot_; }

 signals:
  void temperatureChanged(double temperature);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct SidePlot {
    QCPAxisRect* rect = nullptr;
    QCPGraph* teacher = nullptr;
    QCPGraph* student = nullptr;
    QCPGraph* teacherTopK = nullptr;
    QCPGraph* studentTopK = nullptr;
    QCPItemRect* gold = nullptr;
    QCPItemRect* hitWindow = nullptr;
  };

  void createPlot();
  SidePlot createSide(QCPAxisRect* rect);
  void retranslate();
  void fillWindowChooser();
  const InspectedWindow* shownWindow() const;  // the current window of the teacher, else the student
  void showWindow();                           // a new window: its tokens, all of them in view, then updateAnnotations
  void updateAnnotations();                    // shading, status, then updateProbabilities
  void updateProbabilities();                  // curves and markers at the current temperature
  void updateSide(SidePlot& side, SpanSide which, const InspectedWindow* teacher, const InspectedWindow* student);
  const InspectedWindow* window(ModelRole role) const;
  QString tooltipAt(int position) const;

  std::optional<ExampleInspection> teacher_, student_;
  CoefficientSettings settings_;
  int window_ = -1;
  bool studentAligned_ = false;  // the student's window has the teacher's tokens

  QLabel* windowLabel_ = nullptr;
  QComboBox* windowChooser_ = nullptr;
  QLabel* temperatureLabel_ = nullptr;
  TemperatureControl* temperature_ = nullptr;
  QLabel* status_ = nullptr;
  QCustomPlot* plot_ = nullptr;
  QSharedPointer<TokenTicker> ticker_;
  SidePlot start_, end_;
  QCPBars* goldSwatch_ = nullptr;  // empty series: legend entries for the shaded bands
  QCPBars* windowSwatch_ = nullptr;
};

}  // namespace xlqa
