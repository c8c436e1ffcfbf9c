#include "widgets/span_probability_view.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/eval/span_decoder.h"

namespace xlqa {

namespace {

constexpr int kLongestLabel = 10;  // characters; longer pieces are cut with an ellipsis
constexpr int kSliderSteps = 1000;
const char* const kShadingLayer = "shading";

// Slider position <-> temperature: T = min * (max / min)^(p / steps).
double sliderTemperature(int position) {
  const double ratio = TemperatureControl::kMaximum / TemperatureControl::kMinimum;
  return TemperatureControl::kMinimum * std::pow(ratio, static_cast<double>(position) / kSliderSteps);
}

int sliderPosition(double temperature) {
  const double ratio = TemperatureControl::kMaximum / TemperatureControl::kMinimum;
  return static_cast<int>(
      std::lround(kSliderSteps * std::log(temperature / TemperatureControl::kMinimum) / std::log(ratio)));
}

QColor withAlpha(QColor color, int alpha) {
  color.setAlpha(alpha);
  return color;
}

QVector<double> asQVector(const std::vector<float>& values) { return {values.begin(), values.end()}; }

// The positions [begin, begin + n) as keys.
QVector<double> positionKeys(std::size_t begin, std::size_t n) {
  QVector<double> keys;
  keys.reserve(static_cast<int>(n));
  for (std::size_t i = 0; i < n; ++i) keys.push_back(static_cast<double>(begin + i));
  return keys;
}

bool sameTokens(const QaFeature& a, const QaFeature& b) {
  return a.encoding.tokens == b.encoding.tokens && a.encoding.sequenceIds == b.encoding.sequenceIds;
}

}  // namespace

QString compactTokenLabel(const std::string& token) {
  const QString text = QString::fromStdString(token);
  if (text.isEmpty()) return QStringLiteral("\u2205");
  // Count code points, not UTF-16 units, so no surrogate pair is split.
  const QList<uint> codePoints = text.toUcs4();
  if (codePoints.size() <= kLongestLabel) return text;
  return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()), kLongestLabel - 1) +
         QStringLiteral("\u2026");
}

ContextRange contextRange(const QaFeature& feature) {
  const auto& ids = feature.encoding.sequenceIds;
  const auto first = std::find(ids.begin(), ids.end(), 1);
  if (first == ids.end()) return {};
  const auto last = std::find_if(first, ids.end(), [](std::int8_t id) { return id != 1; });
  return {static_cast<std::size_t>(first - ids.begin()), static_cast<std::size_t>(last - ids.begin())};
}

// ---- shared plot pieces ----

std::pair<QCPAxisRect*, QCPAxisRect*> setUpStackedPlot(QCustomPlot* plot) {
  plot->addLayer(QString::fromLatin1(kShadingLayer), plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
  plot->setAutoAddPlottableToLegend(false);
  plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  QCPAxisRect* top = plot->axisRect();
  auto* bottom = new QCPAxisRect(plot);
  // The legend above the plots, in rows of its own: it never covers a curve.
  plot->plotLayout()->insertRow(0);
  plot->plotLayout()->addElement(0, 0, plot->legend);
  plot->plotLayout()->addElement(2, 0, bottom);
  plot->plotLayout()->setRowStretchFactor(0, 0.001);
  plot->legend->setVisible(true);
  plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  plot->legend->setWrap(4);
  plot->legend->setBorderPen(Qt::NoPen);
  plot->legend->setBrush(Qt::NoBrush);
  plot->legend->setMargins(QMargins(4, 2, 4, 2));
  for (QCPAxisRect* rect : {top, bottom}) {
    for (QCPAxis* axis : rect->axes()) axis->setLayer(QStringLiteral("axes"));
    for (QCPAxis* axis : rect->axes()) axis->grid()->setLayer(QStringLiteral("grid"));
  }
  // Only the bottom rect carries the token labels; give both the same plotting height anyway,
  // so start and end read on the same scale.
  QObject::connect(plot, &QCustomPlot::afterLayout, top, [plot, top, bottom] {
    const int topMargins = top->outerRect().height() - top->rect().height();
    const int bottomMargins = bottom->outerRect().height() - bottom->rect().height();
    if (std::abs(top->rect().height() - bottom->rect().height()) <= 2) return;
    const int total = top->outerRect().height() + bottom->outerRect().height();
    const double each = std::max(1.0, (total - topMargins - bottomMargins) / 2.0);
    plot->plotLayout()->setRowStretchFactors({0.001, each + topMargins, each + bottomMargins});
    plot->replot(QCustomPlot::rpQueuedReplot);
  });
  return {top, bottom};
}

QCPItemRect* createBand(QCustomPlot* plot, QCPAxisRect* rect, const QColor& color) {
  auto* band = new QCPItemRect(plot);
  band->setLayer(QString::fromLatin1(kShadingLayer));
  band->setClipAxisRect(rect);
  for (QCPItemPosition* corner : {band->topLeft, band->bottomRight}) {
    corner->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    corner->setAxisRect(rect);
    corner->setTypeX(QCPItemPosition::ptPlotCoords);
    corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
  }
  band->setPen(Qt::NoPen);
  band->setBrush(color);
  band->setSelectable(false);
  band->setVisible(false);
  return band;
}

void placeBand(QCPItemRect* band, double left, double right) {
  band->topLeft->setCoords(left, 0);
  band->bottomRight->setCoords(right, 1);
  band->setVisible(true);
}

QCPBars* legendSwatch(QCPAxisRect* rect, const QColor& color, const QString& name) {
  auto* swatch = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
  swatch->setName(name);
  swatch->setPen(Qt::NoPen);
  swatch->setBrush(color);
  swatch->setSelectable(QCP::stNone);
  return swatch;
}

std::optional<std::pair<int, int>> hitWindowRange(int gold, const CoefficientSettings& settings) {
  if (settings.kind != CoefficientKind::MapAtK) return std::nullopt;
  const int last = settings.symmetricWindow ? gold + settings.window : gold + settings.window - 1;
  if (last < gold - settings.window) return std::nullopt;  // window 0, asymmetric: nothing is a hit
  return std::pair{gold - settings.window, last};
}

QString hitWindowDescription(const CoefficientSettings& settings) {
  if (settings.kind == CoefficientKind::MrrAtK)
    return QCoreApplication::translate("xlqa::SpanProbabilityView", "gold exactly");
  const int last = settings.symmetricWindow ? settings.window : settings.window - 1;
  if (last < -settings.window) return QCoreApplication::translate("xlqa::SpanProbabilityView", "empty window");
  const auto signedNumber = [](int n) {
    return n > 0 ? QStringLiteral("+%1").arg(n) : n < 0 ? QStringLiteral("\u2212%1").arg(-n) : QStringLiteral("0");
  };
  return QCoreApplication::translate("xlqa::SpanProbabilityView", "gold %1 \u2026 %2")
      .arg(signedNumber(-settings.window), signedNumber(last));
}

// ---- TokenTicker ----

void TokenTicker::setTokens(int firstPosition, const QStringList& labels) {
  first_ = firstPosition;
  labels_ = labels;
}

int TokenTicker::stepFor(double visibleTokens) const {
  if (!axis_) return 1;
  const double pixels = axis_->axisRect()->width();
  const double pitch = QFontMetricsF(axis_->tickLabelFont()).height() + 4;  // labels stand vertically
  const double needed = pixels > 0 ? visibleTokens * pitch / pixels : 1.0;
  int step = 1;
  for (int magnitude = 1; step < needed; magnitude *= 10) {
    for (int base : {1, 2, 5}) {
      step = base * magnitude;
      if (step >= needed) break;
    }
  }
  return step;
}

double TokenTicker::getTickStep(const QCPRange& range) {
  step_ = stepFor(range.size());
  return step_;
}

int TokenTicker::getSubTickCount(double tickStep) {
  const int step = static_cast<int>(std::lround(tickStep));
  return step > 1 && step <= 10 ? step - 1 : 0;  // a small tick on every unlabelled token
}

QString TokenTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
  const long index = std::lround(tick) - first_;
  return index >= 0 && index < labels_.size() ? labels_[static_cast<int>(index)] : QString();
}

QVector<double> TokenTicker::createTickVector(double tickStep, const QCPRange& range) {
  QVector<double> ticks;
  const int step = std::max(1, static_cast<int>(std::lround(tickStep)));
  const int count = static_cast<int>(labels_.size());
  // Multiples of the step counted from the first token, so labels stay put while panning.
  const int from = std::max(0, static_cast<int>(std::floor((range.lower - first_) / step)) * step);
  const int to = std::min(count - 1, static_cast<int>(std::ceil(range.upper - first_)));
  for (int i = from; i <= to; i += step) ticks.push_back(first_ + i);
  return ticks;
}

// ---- token axes ----

QSharedPointer<TokenTicker> setUpTokenAxes(QCustomPlot* plot, const QList<QCPAxisRect*>& rects) {
  if (rects.isEmpty()) return {};
  QCPAxis* labelled = rects.back()->axis(QCPAxis::atBottom);
  auto ticker = QSharedPointer<TokenTicker>::create(labelled);
  auto* margins = new QCPMarginGroup(plot);
  for (QCPAxisRect* rect : rects) {
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    x->setTicker(ticker);
    x->setTickLabels(x == labelled);
    x->setTickLabelRotation(-90);
    x->grid()->setVisible(false);
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setRangeDragAxes(x, rect->axis(QCPAxis::atLeft));
    rect->setRangeZoomAxes(x, rect->axis(QCPAxis::atLeft));
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
  }
  // Keep the x ranges together and within the tokens (at least a few tokens wide).
  for (QCPAxisRect* rect : rects) {
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QObject::connect(x, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), x, [x, rects](const QCPRange& range) {
      const auto* tokens = static_cast<const TokenTicker*>(x->ticker().data());
      const QCPRange limit = tokens->limits();
      QCPRange clamped = range;
      if (tokens->tokenCount() > 0) {
        const double width = std::clamp(range.size(), std::min(5.0, limit.size()), limit.size());
        const double center = std::clamp(range.center(), limit.lower + width / 2, limit.upper - width / 2);
        clamped = QCPRange(center - width / 2, center + width / 2);
      }
      for (QCPAxisRect* other : rects) {
        QCPAxis* axis = other->axis(QCPAxis::atBottom);
        if (axis->range() != clamped) axis->setRange(clamped);
      }
    });
  }
  // Ticks are generated before the layout settles, with the previous axis width: after a resize
  // that changes the step, draw once more.
  QObject::connect(plot, &QCustomPlot::afterLayout, labelled, [plot, labelled, ticker = ticker.data()] {
    if (ticker->stepFor(labelled->range().size()) != ticker->labelStep()) plot->replot(QCustomPlot::rpQueuedReplot);
  });
  return ticker;
}

void showAllTokens(const QList<QCPAxisRect*>& rects) {
  if (rects.isEmpty()) return;
  const auto* tokens = static_cast<const TokenTicker*>(rects.front()->axis(QCPAxis::atBottom)->ticker().data());
  for (QCPAxisRect* rect : rects) rect->axis(QCPAxis::atBottom)->setRange(tokens->limits());
}

// ---- TemperatureControl ----

TemperatureControl::TemperatureControl(QWidget* parent) : QWidget(parent) {
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setRange(0, kSliderSteps);
  slider_->setMinimumWidth(120);
  spin_ = new QDoubleSpinBox(this);
  spin_->setRange(kMinimum, kMaximum);
  spin_->setDecimals(2);
  spin_->setSingleStep(0.1);
  spin_->setValue(1.0);
  retranslate();
  slider_->setValue(sliderPosition(1.0));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(slider_, 1);
  layout->addWidget(spin_);
  connect(slider_, &QSlider::valueChanged, this, &TemperatureControl::sliderMoved);
  connect(spin_, &QDoubleSpinBox::valueChanged, this, &TemperatureControl::spinChanged);
}

void TemperatureControl::retranslate() {
  slider_->setToolTip(tr("Softmax temperature T (logarithmic scale): higher T spreads the probability mass"));
  spin_->setPrefix(tr("T = "));
  spin_->setAccessibleName(tr("Temperature"));
}

void TemperatureControl::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

double TemperatureControl::temperature() const { return temperature_; }

void TemperatureControl::setTemperature(double temperature) {
  const double t = std::clamp(temperature, kMinimum, kMaximum);
  if (t == temperature_) return;
  temperature_ = t;
  const QSignalBlocker blockSlider(slider_), blockSpin(spin_);
  spin_->setValue(t);
  slider_->setValue(sliderPosition(t));
  emit temperatureChanged(t);
}

void TemperatureControl::sliderMoved(int position) {
  setTemperature(std::round(sliderTemperature(position) * 100) / 100);  // the spin box's precision
}

void TemperatureControl::spinChanged(double value) { setTemperature(value); }

// ---- SpanProbabilityView ----

SpanProbabilityView::SpanProbabilityView(QWidget* parent) : QWidget(parent) {
  windowChooser_ = new QComboBox(this);
  windowChooser_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  temperature_ = new TemperatureControl(this);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(320);
  createPlot();

  windowLabel_ = new QLabel(this);
  windowLabel_->setBuddy(windowChooser_);
  temperatureLabel_ = new QLabel(this);
  auto* controls = new QHBoxLayout;
  controls->addWidget(windowLabel_);
  controls->addWidget(windowChooser_);
  controls->addSpacing(16);
  controls->addWidget(temperatureLabel_);
  controls->addWidget(temperature_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(status_);
  layout->addWidget(plot_, 1);

  connect(windowChooser_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
    if (index >= 0 && index != window_) setCurrentWindow(index);
  });
  connect(temperature_, &TemperatureControl::temperatureChanged, this, [this](double t) {
    updateProbabilities();
    emit temperatureChanged(t);
  });
  connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
    QCPAxisRect* rect = plot_->axisRectAt(event->position());
    if (rect != start_.rect && rect != end_.rect) return QToolTip::hideText();
    const int position =
        static_cast<int>(std::lround(rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x())));
    const QString text = tooltipAt(position);
    if (text.isEmpty())
      QToolTip::hideText();
    else
      QToolTip::showText(event->globalPosition().toPoint(), text, plot_);
  });
  retranslate();
}

void SpanProbabilityView::retranslate() {
  windowLabel_->setText(tr("Window:"));
  windowChooser_->setToolTip(
      tr("Long contexts are split into overlapping windows; the gold window is the first "
         "that holds the whole answer"));
  temperatureLabel_->setText(tr("Temperature:"));
  start_.rect->axis(QCPAxis::atLeft)->setLabel(tr("P(start)"));
  end_.rect->axis(QCPAxis::atLeft)->setLabel(tr("P(end)"));
  end_.rect->axis(QCPAxis::atBottom)->setLabel(tr("context tokens of the window"));
  for (SidePlot* side : {&start_, &end_}) {
    side->teacher->setName(tr("teacher"));
    side->student->setName(tr("student"));
  }
  goldSwatch_->setName(tr("gold answer"));
  fillWindowChooser();
  updateAnnotations();  // the status and the legend
}

void SpanProbabilityView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void SpanProbabilityView::createPlot() {
  const auto [startRect, endRect] = setUpStackedPlot(plot_);
  plot_->legend->setWrap(6);
  start_ = createSide(startRect);
  end_ = createSide(endRect);
  goldSwatch_ = legendSwatch(startRect, start_.gold->brush().color(), QString());
  windowSwatch_ = legendSwatch(startRect, start_.hitWindow->brush().color(), QString());
  ticker_ = setUpTokenAxes(plot_, {startRect, endRect});
}

SpanProbabilityView::SidePlot SpanProbabilityView::createSide(QCPAxisRect* rect) {
  SidePlot side;
  side.rect = rect;
  QCPAxis* x = rect->axis(QCPAxis::atBottom);
  QCPAxis* y = rect->axis(QCPAxis::atLeft);
  y->setRange(0, 1);
  side.hitWindow = createBand(plot_, rect, withAlpha(palette::kBluishGreen, 30));
  side.gold = createBand(plot_, rect, withAlpha(palette::kBluishGreen, 90));
  const auto curve = [&](const QColor& color) {
    QCPGraph* graph = plot_->addGraph(x, y);
    graph->setLineStyle(QCPGraph::lsStepCenter);
    graph->setPen(QPen(color, 1.8));
    return graph;
  };
  side.teacher = curve(palette::kBlue);
  side.student = curve(palette::kVermillion);
  const auto markers = [&](QCPScatterStyle::ScatterShape shape, const QColor& color) {
    QCPGraph* graph = plot_->addGraph(x, y);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(shape, QPen(color.darker(130), 1.2), color, 8));
    return graph;
  };
  side.teacherTopK = markers(QCPScatterStyle::ssCircle, palette::kBlue);
  side.studentTopK = markers(QCPScatterStyle::ssTriangle, palette::kVermillion);
  return side;
}

void SpanProbabilityView::setExample(const ExampleInspection* teacher, const ExampleInspection* student) {
  teacher_ = teacher ? std::optional<ExampleInspection>(*teacher) : std::nullopt;
  student_ = student ? std::optional<ExampleInspection>(*student) : std::nullopt;
  const ExampleInspection* reference = teacher ? teacher : student;
  window_ = -1;
  if (reference && !reference->windows.empty()) window_ = std::max(0, reference->goldWindow);
  fillWindowChooser();
  showWindow();
}

void SpanProbabilityView::setCoefficientSettings(const CoefficientSettings& settings) {
  settings_ = settings;
  updateAnnotations();  // the zoom stays
}

double SpanProbabilityView::temperature() const { return temperature_->temperature(); }

void SpanProbabilityView::setTemperature(double temperature) { temperature_->setTemperature(temperature); }

int SpanProbabilityView::windowCount() const {
  const auto& reference = teacher_ ? teacher_ : student_;
  return reference ? static_cast<int>(reference->windows.size()) : 0;
}

int SpanProbabilityView::currentWindow() const { return window_; }

void SpanProbabilityView::setCurrentWindow(int window) {
  if (window < 0 || window >= windowCount()) return;
  window_ = window;
  const QSignalBlocker block(windowChooser_);
  windowChooser_->setCurrentIndex(window);
  showWindow();
}

const InspectedWindow* SpanProbabilityView::window(ModelRole role) const {
  const auto& inspection = role == ModelRole::Teacher ? teacher_ : student_;
  if (!inspection || window_ < 0 || window_ >= static_cast<int>(inspection->windows.size())) return nullptr;
  if (role == ModelRole::Student && teacher_ && !studentAligned_) return nullptr;
  return &inspection->windows[static_cast<std::size_t>(window_)];
}

void SpanProbabilityView::fillWindowChooser() {
  const QSignalBlocker block(windowChooser_);
  windowChooser_->clear();
  const auto& reference = teacher_ ? teacher_ : student_;
  if (reference) {
    const int count = static_cast<int>(reference->windows.size());
    for (int w = 0; w < count; ++w) {
      const QaFeature& feature = reference->windows[static_cast<std::size_t>(w)].feature;
      QString text = tr("%1 of %2: context tokens %3–%4")
                         .arg(w + 1)
                         .arg(count)
                         .arg(feature.contextTokenBegin)
                         .arg(feature.contextTokenEnd == 0 ? 0 : feature.contextTokenEnd - 1);
      if (w == reference->goldWindow) text += tr(" (gold)");
      windowChooser_->addItem(text);
    }
  }
  windowChooser_->setEnabled(windowChooser_->count() > 1);
  windowChooser_->setCurrentIndex(window_);
}

const InspectedWindow* SpanProbabilityView::shownWindow() const {
  const auto& reference = teacher_ ? teacher_ : student_;
  return reference && window_ >= 0 ? &reference->windows[static_cast<std::size_t>(window_)] : nullptr;
}

void SpanProbabilityView::showWindow() {
  const InspectedWindow* shown = shownWindow();
  studentAligned_ = false;
  if (teacher_ && student_ && shown && window_ < static_cast<int>(student_->windows.size()))
    studentAligned_ = sameTokens(shown->feature, student_->windows[static_cast<std::size_t>(window_)].feature);
  const ContextRange range = shown ? contextRange(shown->feature) : ContextRange{};
  QStringList labels;
  for (std::size_t i = range.begin; i < range.end; ++i) labels << compactTokenLabel(shown->feature.encoding.tokens[i]);
  ticker_->setTokens(static_cast<int>(range.begin), labels);
  showAllTokens({start_.rect, end_.rect});
  updateAnnotations();
}

void SpanProbabilityView::updateAnnotations() {
  const InspectedWindow* shown = shownWindow();
  const ContextRange range = shown ? contextRange(shown->feature) : ContextRange{};
  const TokenSpan gold = shown ? shown->gold : TokenSpan{};
  for (SidePlot* side : {&start_, &end_}) {
    side->gold->setVisible(false);
    side->hitWindow->setVisible(false);
    if (!gold.inside) continue;
    placeBand(side->gold, gold.start - 0.5, gold.end + 0.5);
    if (const auto hits = hitWindowRange(side == &start_ ? gold.start : gold.end, settings_))
      placeBand(side->hitWindow, hits->first - 0.5, hits->second + 0.5);
  }

  QStringList status;
  if (!shown) {
    status << tr("No example opened.");
  } else {
    status << tr("Context tokens in this window: %1.").arg(range.size());
    if (gold.inside) {
      const std::string& first = shown->feature.encoding.tokens[static_cast<std::size_t>(gold.start)];
      status << tr("Gold answer: positions %1–%2 (starting at “%3”).")
                    .arg(gold.start)
                    .arg(gold.end)
                    .arg(QString::fromStdString(first));
    } else {
      status << tr("This window does not hold the whole gold answer.");
    }
    if (!teacher_)
      status << tr("No teacher in this run: the student alone.");
    else if (!student_)
      status << tr("No student in this run: the teacher alone.");
    else if (!studentAligned_)
      status << tr(
          "The student splits this context into different tokens, so its probabilities are not drawn "
          "on the teacher's tokens.");
  }
  status_->setText(status.join(QLatin1Char(' ')));
  updateProbabilities();
}

void SpanProbabilityView::updateSide(SidePlot& side, SpanSide which, const InspectedWindow* teacher,
                                     const InspectedWindow* student) {
  const double t = temperature();
  const auto fill = [&](const InspectedWindow* window, QCPGraph* curve, QCPGraph* markers) {
    curve->data()->clear();
    markers->data()->clear();
    curve->setVisible(window != nullptr);
    markers->setVisible(window != nullptr);
    if (!window) return;
    const std::vector<float>& logits = which == SpanSide::Start ? window->startLogits : window->endLogits;
    const ContextRange range = contextRange(window->feature);
    const std::vector<float> probabilities = softmaxWithTemperature(logits.data(), range.begin, range.end, t);
    curve->setData(positionKeys(range.begin, probabilities.size()), asQVector(probabilities), true);
    // The top-k over the whole window, as the coefficient ranks them; only context positions show.
    for (int position : topPositions(logits.data(), logits.size(), settings_.k)) {
      if (range.contains(position))
        markers->addData(position, probabilities[static_cast<std::size_t>(position) - range.begin]);
    }
  };
  fill(teacher, side.teacher, side.teacherTopK);
  fill(student, side.student, side.studentTopK);

  double highest = 0;
  for (QCPGraph* graph : {side.teacher, side.student}) {
    bool found = false;
    const QCPRange values = graph->getValueRange(found);
    if (found) highest = std::max(highest, values.upper);
  }
  side.rect->axis(QCPAxis::atLeft)->setRange(0, highest > 0 ? highest * 1.1 : 1.0);
}

void SpanProbabilityView::updateProbabilities() {
  const InspectedWindow* teacher = window(ModelRole::Teacher);
  const InspectedWindow* student = window(ModelRole::Student);
  updateSide(start_, SpanSide::Start, teacher, student);
  updateSide(end_, SpanSide::End, teacher, student);

  start_.teacherTopK->setName(tr("teacher top-%1").arg(settings_.k));
  start_.studentTopK->setName(tr("student top-%1").arg(settings_.k));
  QCPLegend* legend = plot_->legend;
  legend->clearItems();
  for (QCPGraph* graph : {start_.teacher, start_.teacherTopK, start_.student, start_.studentTopK})
    if (graph->visible()) graph->addToLegend(legend);
  if (start_.gold->visible()) goldSwatch_->addToLegend(legend);
  if (start_.hitWindow->visible()) {
    windowSwatch_->setName(tr("mAP@k hit window: %1").arg(hitWindowDescription(settings_)));
    windowSwatch_->addToLegend(legend);
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

std::vector<double> SpanProbabilityView::plottedProbabilities(ModelRole role, SpanSide side) const {
  const SidePlot& plot = side == SpanSide::Start ? start_ : end_;
  const QCPGraph* graph = role == ModelRole::Teacher ? plot.teacher : plot.student;
  std::vector<double> values;
  if (!graph->visible()) return values;
  for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) values.push_back(it->value);
  return values;
}

std::vector<int> SpanProbabilityView::markedTopK(ModelRole role, SpanSide side) const {
  const SidePlot& plot = side == SpanSide::Start ? start_ : end_;
  const QCPGraph* markers = role == ModelRole::Teacher ? plot.teacherTopK : plot.studentTopK;
  std::vector<int> positions;
  if (!markers->visible()) return positions;
  for (auto it = markers->data()->constBegin(); it != markers->data()->constEnd(); ++it)
    positions.push_back(static_cast<int>(std::lround(it->key)));
  return positions;
}

QString SpanProbabilityView::statusText() const { return status_->text(); }

QString SpanProbabilityView::tooltipAt(int position) const {
  const auto& reference = teacher_ ? teacher_ : student_;
  if (!reference || window_ < 0) return {};
  const QaFeature& feature = reference->windows[static_cast<std::size_t>(window_)].feature;
  if (!contextRange(feature).contains(position)) return {};
  QStringList lines;
  lines << tr("position %1: %2")
               .arg(position)
               .arg(QString::fromStdString(feature.encoding.tokens[static_cast<std::size_t>(position)]));
  const auto valueAt = [position](const QCPGraph* graph) -> std::optional<double> {
    if (!graph->visible()) return std::nullopt;
    const auto it = graph->data()->findBegin(position, false);
    if (it == graph->data()->constEnd() || it->key != position) return std::nullopt;
    return it->value;
  };
  for (const auto& [graph, name] :
       {std::pair{start_.teacher, tr("teacher P(start)")}, std::pair{end_.teacher, tr("teacher P(end)")},
        std::pair{start_.student, tr("student P(start)")}, std::pair{end_.student, tr("student P(end)")}}) {
    if (const auto value = valueAt(graph)) lines << tr("%1 = %2").arg(name).arg(*value, 0, 'f', 4);
  }
  return lines.join(QLatin1Char('\n'));
}

}  // namespace xlqa
