#include "widgets/map_at_k_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>

#include "core/eval/span_decoder.h"
#include "widgets/colour_map.h"

namespace xlqa {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMaxRankLabels = 20;  // beyond this many top-k positions the rank numbers crowd out the bars

QColor withAlpha(QColor color, int alpha) {
  color.setAlpha(alpha);
  return color;
}

QVector<double> positionKeys(std::size_t begin, std::size_t n) {
  QVector<double> keys;
  for (std::size_t i = 0; i < n; ++i) keys.push_back(static_cast<double>(begin + i));
  return keys;
}

std::vector<double> graphValues(const QCPGraph* graph) {
  std::vector<double> values;
  for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) values.push_back(it->value);
  return values;
}

// Language codes at 0, 1, ... and the axis over them (at least one cell wide).
void setLanguageTicks(QCPAxis* axis, const std::vector<std::string>& languages) {
  auto* ticks = static_cast<QCPAxisTickerText*>(axis->ticker().data());
  ticks->clear();
  for (std::size_t i = 0; i < languages.size(); ++i)
    ticks->addTick(static_cast<double>(i), QString::fromStdString(languages[i]));
  axis->setRange(-0.5, std::max<double>(static_cast<double>(languages.size()), 1) - 0.5);
}

QString kindName(CoefficientKind kind) {
  return kind == CoefficientKind::MapAtK ? QStringLiteral("mAP@%1") : QStringLiteral("MRR@%1");
}

}  // namespace

MapAtKView::MapAtKView(QWidget* parent) : QWidget(parent) {
  tabs_ = new QTabWidget(this);
  tabs_->addTab(createExampleTab(), QString());
  tabs_->addTab(createSurveyTab(), QString());
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(createControls());
  layout->addWidget(tabs_, 1);
  retranslate();
}

void MapAtKView::retranslate() {
  tabs_->setTabText(0, tr("This example"));
  tabs_->setTabText(1, tr("Across the dataset"));
  kindLabel_->setText(tr("Coefficient:"));
  kindBox_->setItemText(0, tr("mAP@k: hit within the window"));
  kindBox_->setItemText(1, tr("MRR@k: hit at gold exactly"));
  kLabel_->setText(tr("k:"));
  kSpin_->setToolTip(tr("How many of the teacher's best start (and end) positions are ranked"));
  windowLabel_->setText(tr("Window:"));
  windowSpin_->setToolTip(tr("mAP@k counts a top-k position as a hit within this many tokens of gold"));
  symmetric_->setText(tr("Symmetric window"));
  symmetric_->setToolTip(
      tr("Off: gold − w … gold + w − 1, as the reference code's range(g − w, g + w). "
         "On: gold − w … gold + w."));
  temperatureLabel_->setText(tr("Temperature:"));
  alphaLabel_->setText(tr("α_CE:"));
  alphaCe_->setToolTip(tr("Weight of the cross-entropy to the gold labels in α_CE·CE + c·KL"));

  softStart_.rect->axis(QCPAxis::atLeft)->setLabel(tr("teacher P(start)"));
  softEnd_.rect->axis(QCPAxis::atLeft)->setLabel(tr("teacher P(end)"));
  softEnd_.rect->axis(QCPAxis::atBottom)->setLabel(tr("context tokens of the gold window"));
  goldSwatch_->setName(tr("gold answer"));
  targetLogScale_->setText(tr("Logarithmic probability axis"));
  targetLogScale_->setToolTip(tr("Shows the teacher's mass away from gold, which a linear axis flattens"));
  targetStart_.rect->axis(QCPAxis::atLeft)->setLabel(tr("start target"));
  targetEnd_.rect->axis(QCPAxis::atLeft)->setLabel(tr("end target"));
  for (TargetSide* side : {&targetStart_, &targetEnd_}) {
    side->gold->setName(tr("gold one-hot (CE target)"));
    side->teacher->setName(tr("teacher at T (KL target)"));
    side->blended->setName(tr("blended target"));
  }
  targetNote_->setText(
      tr("The target plot shows where α_CE·CE + c·KL pulls the student: its minimum is "
         "(α_CE·one-hot + c·teacher) / (α_CE + c). This is exact at T = 1; at other "
         "temperatures the KL term compares tempered distributions, so the blend is indicative."));

  histogram_->xAxis->setLabel(tr("coefficient per example"));
  histogram_->yAxis->setLabel(tr("examples"));
  heatmapScale_->setLabel(tr("mean coefficient"));

  recompute();  // the summary and the legend
  const auto survey = survey_;
  setSurvey(survey);  // the survey's note
}

void MapAtKView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

QWidget* MapAtKView::createControls() {
  auto* controls = new QWidget(this);
  kSpin_ = new QSpinBox(controls);
  kSpin_->setRange(1, 50);
  kSpin_->setValue(10);
  windowSpin_ = new QSpinBox(controls);
  windowSpin_->setRange(0, 20);
  windowSpin_->setValue(5);
  windowSpin_->setPrefix(QStringLiteral("\u00b1"));
  symmetric_ = new QCheckBox(controls);
  kindBox_ = new QComboBox(controls);
  kindBox_->addItem(QString(), static_cast<int>(CoefficientKind::MapAtK));
  kindBox_->addItem(QString(), static_cast<int>(CoefficientKind::MrrAtK));
  temperature_ = new TemperatureControl(controls);
  alphaCe_ = new QDoubleSpinBox(controls);
  alphaCe_->setRange(0, 10);
  alphaCe_->setSingleStep(0.1);
  alphaCe_->setDecimals(2);
  alphaCe_->setValue(1.0);
  kindLabel_ = new QLabel(controls);
  kLabel_ = new QLabel(controls);
  windowLabel_ = new QLabel(controls);
  temperatureLabel_ = new QLabel(controls);
  alphaLabel_ = new QLabel(controls);
  kindLabel_->setBuddy(kindBox_);
  kLabel_->setBuddy(kSpin_);
  windowLabel_->setBuddy(windowSpin_);
  alphaLabel_->setBuddy(alphaCe_);

  auto* grid = new QGridLayout(controls);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(kindLabel_, 0, 0);
  grid->addWidget(kindBox_, 0, 1);
  grid->addWidget(kLabel_, 0, 2);
  grid->addWidget(kSpin_, 0, 3);
  grid->addWidget(windowLabel_, 0, 4);
  grid->addWidget(windowSpin_, 0, 5);
  grid->addWidget(symmetric_, 0, 6);
  grid->addWidget(temperatureLabel_, 1, 0);
  grid->addWidget(temperature_, 1, 1, 1, 3);
  grid->addWidget(alphaLabel_, 1, 4);
  grid->addWidget(alphaCe_, 1, 5);
  grid->setColumnStretch(7, 1);

  connect(kSpin_, &QSpinBox::valueChanged, this, &MapAtKView::settingsChanged);
  connect(windowSpin_, &QSpinBox::valueChanged, this, &MapAtKView::settingsChanged);
  connect(symmetric_, &QCheckBox::toggled, this, &MapAtKView::settingsChanged);
  connect(kindBox_, qOverload<int>(&QComboBox::currentIndexChanged), this, &MapAtKView::settingsChanged);
  connect(temperature_, &TemperatureControl::temperatureChanged, this, [this](double t) {
    recompute();
    emit temperatureChanged(t);
  });
  connect(alphaCe_, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
  return controls;
}

QWidget* MapAtKView::createExampleTab() {
  auto* tab = new QWidget(this);
  summary_ = new QLabel(tab);
  summary_->setTextFormat(Qt::RichText);
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  softLabels_ = new QCustomPlot(tab);
  softLabels_->setMinimumHeight(260);
  createSoftLabelPlot();
  target_ = new QCustomPlot(tab);
  target_->setMinimumHeight(220);
  createTargetPlot();
  targetNote_ = new QLabel(tab);
  targetNote_->setWordWrap(true);
  targetLogScale_ = new QCheckBox(tab);
  targetLogScale_->setChecked(true);
  connect(targetLogScale_, &QCheckBox::toggled, this, [this] {
    scaleTargetAxes();
    target_->replot(QCustomPlot::rpQueuedReplot);
  });
  auto* targetPanel = new QWidget(tab);
  auto* targetLayout = new QVBoxLayout(targetPanel);
  targetLayout->setContentsMargins(0, 0, 0, 0);
  targetLayout->addWidget(targetLogScale_);
  targetLayout->addWidget(target_, 1);
  targetLayout->addWidget(targetNote_);
  auto* splitter = new QSplitter(Qt::Vertical, tab);
  splitter->addWidget(softLabels_);
  splitter->addWidget(targetPanel);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  splitter->setSizes({3000, 2000});  // scaled to the space there is: soft labels get the larger share
  alignTokenColumns();
  auto* layout = new QVBoxLayout(tab);
  layout->addWidget(summary_);
  layout->addWidget(splitter, 1);
  return tab;
}

void MapAtKView::alignTokenColumns() {
  // Fixed side margins put each token in the same column in both plots; their x ranges follow each other.
  for (QCPAxisRect* rect : {softStart_.rect, softEnd_.rect, targetStart_.rect, targetEnd_.rect}) {
    rect->setAutoMargins(QCP::msTop | QCP::msBottom);
    rect->setMargins(QMargins(84, 0, 18, 0));
  }
  const auto follow = [](QCPAxis* source, QCustomPlot* to, QCPAxis* target) {
    connect(source, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), to, [to, target](const QCPRange& range) {
      if (target->range() == range) return;
      target->setRange(range);
      to->replot(QCustomPlot::rpQueuedReplot);
    });
  };
  QCPAxis* soft = softEnd_.rect->axis(QCPAxis::atBottom);
  QCPAxis* target = targetEnd_.rect->axis(QCPAxis::atBottom);
  follow(soft, target_, target);
  follow(target, softLabels_, soft);
}

void MapAtKView::createSoftLabelPlot() {
  const auto [top, bottom] = setUpStackedPlot(softLabels_);
  softLabels_->legend->setWrap(5);
  const auto side = [this](QCPAxisRect* rect) {
    SoftLabelSide s;
    s.rect = rect;
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    s.hitWindow = createBand(softLabels_, rect, withAlpha(palette::kBluishGreen, 30));
    s.gold = createBand(softLabels_, rect, withAlpha(palette::kBluishGreen, 90));
    s.teacher = new QCPBars(x, y);
    s.teacher->setWidth(0.8);
    s.teacher->setPen(Qt::NoPen);
    s.teacher->setBrush(QColor(0x9A, 0x9A, 0x9A));
    s.hits = softLabels_->addGraph(x, y);
    s.hits->setLineStyle(QCPGraph::lsNone);
    s.hits->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette::kBlue.darker(140), 1.2), palette::kBlue, 9));
    s.misses = softLabels_->addGraph(x, y);
    s.misses->setLineStyle(QCPGraph::lsNone);
    s.misses->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette::kOrange, 2.2), Qt::NoBrush, 9));
    return s;
  };
  softStart_ = side(top);
  softEnd_ = side(bottom);
  goldSwatch_ = legendSwatch(top, softStart_.gold->brush().color(), QString());
  windowSwatch_ = legendSwatch(top, softStart_.hitWindow->brush().color(), QString());
  softLabelTicker_ = setUpTokenAxes(softLabels_, {top, bottom});
}

void MapAtKView::createTargetPlot() {
  const auto [top, bottom] = setUpStackedPlot(target_);
  const auto side = [this](QCPAxisRect* rect) {
    TargetSide s;
    s.rect = rect;
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    s.gold = new QCPBars(x, y);
    s.gold->setWidth(0.6);
    s.gold->setPen(Qt::NoPen);
    s.gold->setBrush(withAlpha(palette::kGrey, 110));
    s.teacher = target_->addGraph(x, y);
    s.teacher->setLineStyle(QCPGraph::lsStepCenter);
    s.teacher->setPen(QPen(palette::kSkyBlue, 1.6));
    s.blended = target_->addGraph(x, y);
    s.blended->setLineStyle(QCPGraph::lsStepCenter);
    s.blended->setPen(QPen(palette::kVermillion, 2.2));
    return s;
  };
  targetStart_ = side(top);
  targetEnd_ = side(bottom);
  for (QCPAbstractPlottable* p :
       std::initializer_list<QCPAbstractPlottable*>{targetStart_.gold, targetStart_.teacher, targetStart_.blended})
    p->addToLegend();
  targetTicker_ = setUpTokenAxes(target_, {top, bottom});
  bottom->axis(QCPAxis::atBottom)->setTickLabels(false);  // the soft-label plot above names the tokens
}

QWidget* MapAtKView::createSurveyTab() {
  auto* tab = new QWidget(this);
  surveyNote_ = new QLabel(tab);
  surveyNote_->setWordWrap(true);

  histogram_ = new QCustomPlot(tab);
  histogram_->setMinimumSize(280, 240);
  histogramBars_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
  histogramBars_->setWidth(0.9 / kHistogramBins);
  histogramBars_->setPen(Qt::NoPen);
  histogramBars_->setBrush(palette::kBlue);
  histogram_->xAxis->setRange(0, 1);
  histogramMean_ = new QCPItemStraightLine(histogram_);
  histogramMean_->setPen(QPen(palette::kVermillion, 1.6, Qt::DashLine));
  histogramMean_->setVisible(false);

  heatmap_ = new QCustomPlot(tab);
  heatmap_->setMinimumSize(280, 240);
  heatmapCells_ = new QCPColorMap(heatmap_->xAxis, heatmap_->yAxis);
  heatmapCells_->setGradient(viridisGradient());
  heatmapCells_->setDataRange(QCPRange(0, 1));
  heatmapCells_->setInterpolate(false);
  heatmapScale_ = new QCPColorScale(heatmap_);
  heatmap_->plotLayout()->addElement(0, 1, heatmapScale_);
  heatmapScale_->setType(QCPAxis::atRight);
  heatmapCells_->setColorScale(heatmapScale_);
  heatmapScale_->setDataRange(QCPRange(0, 1));
  heatmapScale_->setGradient(viridisGradient());
  auto* margins = new QCPMarginGroup(heatmap_);
  heatmap_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  heatmapScale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  heatmap_->yAxis->setRangeReversed(true);  // the first question language on top, as in the score matrices
  for (QCPAxis* axis : {heatmap_->xAxis, heatmap_->yAxis}) {
    axis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    axis->grid()->setVisible(false);
    axis->setSubTicks(false);
  }

  auto* splitter = new QSplitter(Qt::Horizontal, tab);
  splitter->addWidget(histogram_);
  splitter->addWidget(heatmap_);
  auto* layout = new QVBoxLayout(tab);
  layout->addWidget(surveyNote_);
  layout->addWidget(splitter, 1);
  return tab;
}

// ---- settings ----

int MapAtKView::k() const { return kSpin_->value(); }
void MapAtKView::setK(int k) { kSpin_->setValue(k); }
int MapAtKView::windowSize() const { return windowSpin_->value(); }
void MapAtKView::setWindow(int window) { windowSpin_->setValue(window); }
bool MapAtKView::symmetricWindow() const { return symmetric_->isChecked(); }
void MapAtKView::setSymmetricWindow(bool symmetric) { symmetric_->setChecked(symmetric); }
CoefficientKind MapAtKView::kind() const { return static_cast<CoefficientKind>(kindBox_->currentData().toInt()); }
void MapAtKView::setKind(CoefficientKind kind) {
  kindBox_->setCurrentIndex(kindBox_->findData(static_cast<int>(kind)));
}
double MapAtKView::temperature() const { return temperature_->temperature(); }
void MapAtKView::setTemperature(double temperature) { temperature_->setTemperature(temperature); }
double MapAtKView::alphaCe() const { return alphaCe_->value(); }
void MapAtKView::setAlphaCe(double alphaCe) { alphaCe_->setValue(alphaCe); }

CoefficientSettings MapAtKView::coefficientSettings() const {
  CoefficientSettings settings;
  settings.kind = kind();
  settings.k = k();
  settings.window = windowSize();
  settings.symmetricWindow = symmetricWindow();
  return settings;
}

void MapAtKView::settingsChanged() {
  const bool windowed = kind() == CoefficientKind::MapAtK;
  windowSpin_->setEnabled(windowed);
  symmetric_->setEnabled(windowed);
  recompute();
  emit coefficientSettingsChanged(coefficientSettings());
}

// ---- the example ----

void MapAtKView::setExample(const ExampleInspection* teacher) {
  teacher_ = teacher ? std::optional<ExampleInspection>(*teacher) : std::nullopt;
  recompute();
  showAllTokens({softStart_.rect, softEnd_.rect});
  showAllTokens({targetStart_.rect, targetEnd_.rect});
  softLabels_->replot(QCustomPlot::rpQueuedReplot);
  target_->replot(QCustomPlot::rpQueuedReplot);
}

const InspectedWindow* MapAtKView::shownWindow() const {
  if (!teacher_ || teacher_->windows.empty()) return nullptr;
  return &teacher_->windows[static_cast<std::size_t>(std::max(0, teacher_->goldWindow))];
}

const RankedPositions* MapAtKView::ranked(SpanSide side) const {
  if (!coefficient_) return nullptr;
  return side == SpanSide::Start ? &coefficient_->start : &coefficient_->end;
}

double MapAtKView::coefficient() const { return coefficient_ ? coefficient_->coefficient : kNaN; }

QString MapAtKView::coefficientText() const {
  if (!teacher_) return tr("no example");
  if (!coefficient_) return tr("none: no window holds the whole gold answer");
  return QLocale().toString(coefficient_->coefficient, 'f', 3);
}

double MapAtKView::averagePrecision(SpanSide side) const {
  const RankedPositions* r = ranked(side);
  return r ? r->averagePrecision : kNaN;
}

std::vector<int> MapAtKView::topKPositions(SpanSide side) const {
  const RankedPositions* r = ranked(side);
  return r ? r->positions : std::vector<int>{};
}

std::vector<double> MapAtKView::plottedSoftLabels(SpanSide side) const {
  const QCPBars* bars = (side == SpanSide::Start ? softStart_ : softEnd_).teacher;
  std::vector<double> values;
  for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) values.push_back(it->value);
  return values;
}

std::vector<double> MapAtKView::plottedBlendedTarget(SpanSide side) const {
  return graphValues((side == SpanSide::Start ? targetStart_ : targetEnd_).blended);
}

void MapAtKView::recompute() {
  coefficient_.reset();
  const InspectedWindow* shown = shownWindow();
  if (shown && teacher_->goldWindow >= 0) {
    coefficient_ = exampleCoefficient(shown->startLogits.data(), shown->endLogits.data(), shown->startLogits.size(),
                                      shown->gold.start, shown->gold.end, coefficientSettings());
  }
  QStringList labels;
  const ContextRange range = shown ? contextRange(shown->feature) : ContextRange{};
  for (std::size_t i = range.begin; i < range.end; ++i) labels << compactTokenLabel(shown->feature.encoding.tokens[i]);
  softLabelTicker_->setTokens(static_cast<int>(range.begin), labels);  // the zoom stays: setExample resets it
  targetTicker_->setTokens(static_cast<int>(range.begin), labels);
  updateSoftLabels(softStart_, SpanSide::Start);
  updateSoftLabels(softEnd_, SpanSide::End);
  updateTarget(targetStart_, SpanSide::Start);
  updateTarget(targetEnd_, SpanSide::End);
  scaleTargetAxes();

  const CoefficientSettings settings = coefficientSettings();
  QCPLegend* legend = softLabels_->legend;
  legend->clearItems();
  softStart_.teacher->setName(tr("teacher soft labels at T = %1").arg(temperature(), 0, 'g', 3));
  softStart_.teacher->addToLegend(legend);
  if (coefficient_) {
    softStart_.hits->setName(tr("top-%1 hit").arg(settings.k));
    softStart_.misses->setName(tr("top-%1 miss").arg(settings.k));
    softStart_.hits->addToLegend(legend);
    softStart_.misses->addToLegend(legend);
    goldSwatch_->addToLegend(legend);
    if (softStart_.hitWindow->visible()) {
      windowSwatch_->setName(tr("hit window: %1").arg(hitWindowDescription(settings)));
      windowSwatch_->addToLegend(legend);
    }
  }
  updateSummary();
  softLabels_->replot(QCustomPlot::rpQueuedReplot);
  target_->replot(QCustomPlot::rpQueuedReplot);
}

void MapAtKView::updateSoftLabels(SoftLabelSide& side, SpanSide which) {
  side.teacher->data()->clear();
  side.hits->data()->clear();
  side.misses->data()->clear();
  for (QCPItemText* label : side.ranks) softLabels_->removeItem(label);
  side.ranks.clear();
  side.gold->setVisible(false);
  side.hitWindow->setVisible(false);
  const InspectedWindow* shown = shownWindow();
  if (!shown) return;

  const std::vector<float>& logits = which == SpanSide::Start ? shown->startLogits : shown->endLogits;
  const ContextRange range = contextRange(shown->feature);
  const std::vector<float> probabilities = softmaxWithTemperature(logits.data(), range.begin, range.end, temperature());
  side.teacher->setData(positionKeys(range.begin, probabilities.size()),
                        QVector<double>(probabilities.begin(), probabilities.end()), true);
  double highest = probabilities.empty() ? 1.0 : *std::max_element(probabilities.begin(), probabilities.end());

  if (const RankedPositions* r = ranked(which)) {
    const int gold = which == SpanSide::Start ? shown->gold.start : shown->gold.end;
    placeBand(side.gold, shown->gold.start - 0.5, shown->gold.end + 0.5);
    if (const auto hits = hitWindowRange(gold, coefficientSettings()))
      placeBand(side.hitWindow, hits->first - 0.5, hits->second + 0.5);
    const bool labelRanks = r->positions.size() <= static_cast<std::size_t>(kMaxRankLabels);
    for (std::size_t rank = 0; rank < r->positions.size(); ++rank) {
      const int position = r->positions[rank];
      if (!range.contains(position)) continue;  // a question or special token: counted in the summary
      const double p = probabilities[static_cast<std::size_t>(position) - range.begin];
      (r->hits[rank] ? side.hits : side.misses)->addData(position, p);
      if (!labelRanks) continue;
      auto* label = new QCPItemText(softLabels_);
      label->setClipToAxisRect(false);  // a label over the tallest bar may reach into the margin above
      label->position->setAxes(side.rect->axis(QCPAxis::atBottom), side.rect->axis(QCPAxis::atLeft));
      label->position->setCoords(position, p);
      label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
      label->setPadding(QMargins(0, 0, 0, 7));
      label->setText(QString::number(rank + 1));
      label->setColor(r->hits[rank] ? palette::kBlue : palette::kOrange.darker(140));
      QFont font = label->font();
      font.setPointSizeF(font.pointSizeF() * 0.85);
      label->setFont(font);
      side.ranks.push_back(label);
    }
  }
  side.rect->axis(QCPAxis::atLeft)->setRange(0, highest > 0 ? highest * 1.3 : 1.0);  // room for the rank labels
}

void MapAtKView::updateTarget(TargetSide& side, SpanSide which) {
  for (QCPGraph* graph : {side.teacher, side.blended}) graph->data()->clear();
  side.gold->data()->clear();
  const InspectedWindow* shown = shownWindow();
  if (!shown) return;
  const std::vector<float>& logits = which == SpanSide::Start ? shown->startLogits : shown->endLogits;
  const ContextRange range = contextRange(shown->feature);
  const std::vector<float> tempered = softmaxWithTemperature(logits.data(), range.begin, range.end, temperature());
  const std::vector<double> teacher(tempered.begin(), tempered.end());
  const QVector<double> keys = positionKeys(range.begin, teacher.size());
  side.teacher->setData(keys, QVector<double>(teacher.begin(), teacher.end()), true);
  if (!coefficient_) return;
  const int gold = which == SpanSide::Start ? shown->gold.start : shown->gold.end;
  // Positions relative to the context tokens; gold outside them (run_qa's last-token quirk) has no one-hot here.
  const int goldIndex = range.contains(gold) ? gold - static_cast<int>(range.begin) : -1;
  if (goldIndex >= 0) side.gold->addData(gold, 1.0);
  const std::vector<double> blended = blendedTarget(teacher, goldIndex, alphaCe(), coefficient_->coefficient);
  side.blended->setData(keys, QVector<double>(blended.begin(), blended.end()), true);
}

void MapAtKView::scaleTargetAxes() {
  const bool logarithmic = targetLogScale_->isChecked();
  double smallest = 1.0;  // the smallest positive probability drawn sets the log axis' floor
  for (const TargetSide* side : {&targetStart_, &targetEnd_}) {
    for (const QCPGraph* graph : {side->teacher, side->blended})
      for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        if (it->value > 0) smallest = std::min(smallest, it->value);
  }
  for (const TargetSide* side : {&targetStart_, &targetEnd_}) {
    QCPAxis* y = side->rect->axis(QCPAxis::atLeft);
    if (logarithmic) {
      y->setScaleType(QCPAxis::stLogarithmic);
      auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
      ticker->setSubTickCount(0);
      ticker->setTickCount(3);  // the panels are short: every other decade at most
      y->setTicker(ticker);
      y->setNumberFormat(QStringLiteral("eb"));
      y->setNumberPrecision(0);
      y->setRange(std::max(smallest / 3, 1e-12), 2.0);
    } else {
      y->setScaleType(QCPAxis::stLinear);
      y->setTicker(QSharedPointer<QCPAxisTicker>::create());
      y->setNumberFormat(QStringLiteral("g"));
      y->setNumberPrecision(6);
      y->setRange(0, 1.05);
    }
  }
}

void MapAtKView::updateSummary() {
  const CoefficientSettings settings = coefficientSettings();
  const QString name = kindName(settings.kind).arg(settings.k);
  if (!teacher_) {
    summary_->setText(tr("Open an example to see how far the student trusts the teacher on it."));
    return;
  }
  if (!coefficient_) {
    summary_->setText(
        tr("<b>No coefficient</b>: no window holds the whole gold answer, so there are no gold "
           "positions to rank the teacher's top-%1 against. The soft labels of the first window are shown.")
            .arg(settings.k));
    return;
  }
  const InspectedWindow* shown = shownWindow();
  const ContextRange range = contextRange(shown->feature);
  const auto describe = [&](const RankedPositions& r, const QString& sideName) {
    const auto firstHit = std::find(r.hits.begin(), r.hits.end(), true);
    const long outside =
        std::count_if(r.positions.begin(), r.positions.end(), [&](int p) { return !range.contains(p); });
    QString text = firstHit == r.hits.end() ? tr("%1: AP = %2, no hit in the top %3")
                                                  .arg(sideName, QLocale().toString(r.averagePrecision, 'f', 3))
                                                  .arg(settings.k)
                                            : tr("%1: AP = %2, first hit at rank %3")
                                                  .arg(sideName, QLocale().toString(r.averagePrecision, 'f', 3))
                                                  .arg(firstHit - r.hits.begin() + 1);
    if (outside > 0)
      text += tr(" (%n of the top positions fall outside the context)", nullptr, static_cast<int>(outside));
    return text;
  };
  QString windows;
  if (teacher_->windows.size() > 1)
    windows = tr(" Gold window %1 of %2.").arg(teacher_->goldWindow + 1).arg(teacher_->windows.size());
  summary_->setText(tr("<b>%1 coefficient c = %2</b> &nbsp; (hit: %3; c = mean of the start and end AP).%4<br>%5<br>%6")
                        .arg(name, coefficientText(), hitWindowDescription(settings).toHtmlEscaped(), windows,
                             describe(coefficient_->start, tr("Start")), describe(coefficient_->end, tr("End"))));
}

// ---- the survey ----

void MapAtKView::setSurvey(const std::vector<std::pair<LanguagePair, std::vector<double>>>& coefficientsPerPair) {
  survey_ = coefficientsPerPair;
  std::vector<double> all;
  for (const auto& [pair, values] : coefficientsPerPair) all.insert(all.end(), values.begin(), values.end());
  const double mean = drawSurveyHistogram(all);
  drawSurveyHeatmap();
  if (all.empty()) {
    surveyNote_->setText(
        tr("No survey yet: it ranks the teacher's top-k on every example's gold window over the "
           "selected pairs."));
  } else {
    surveyNote_->setText(tr("%n example(s) over %1 language pair(s); mean coefficient %2 (dashed line). "
                            "High cells: pairs where the teacher is trusted.",
                            nullptr, static_cast<int>(all.size()))
                             .arg(coefficientsPerPair.size())
                             .arg(QLocale().toString(mean, 'f', 3)));
  }
  histogram_->replot(QCustomPlot::rpQueuedReplot);
  heatmap_->replot(QCustomPlot::rpQueuedReplot);
}

double MapAtKView::drawSurveyHistogram(const std::vector<double>& all) {
  // Bin i holds [i/20, (i+1)/20), the last bin also 1.
  QVector<double> centers, counts(kHistogramBins, 0.0);
  for (int i = 0; i < kHistogramBins; ++i) centers.push_back((i + 0.5) / kHistogramBins);
  for (double c : all) {
    const int bin = std::clamp(static_cast<int>(std::floor(c * kHistogramBins)), 0, kHistogramBins - 1);
    counts[bin] += 1;
  }
  histogramBars_->setData(centers, counts, true);
  const double tallest = *std::max_element(counts.begin(), counts.end());
  histogram_->yAxis->setRange(0, tallest > 0 ? tallest * 1.1 : 1);
  const double mean =
      all.empty() ? kNaN : std::accumulate(all.begin(), all.end(), 0.0) / static_cast<double>(all.size());
  histogramMean_->setVisible(!all.empty());
  if (!all.empty()) {
    histogramMean_->point1->setCoords(mean, 0);
    histogramMean_->point2->setCoords(mean, 1);
  }
  return mean;
}

// Question languages down, context languages across; each pair's mean coefficient in its cell.
void MapAtKView::drawSurveyHeatmap() {
  std::set<std::string> questions, contexts;
  for (const auto& [pair, values] : survey_) questions.insert(pair.question), contexts.insert(pair.context);
  questionLanguages_.assign(questions.begin(), questions.end());
  contextLanguages_.assign(contexts.begin(), contexts.end());
  for (QCPAbstractItem* label : heatmapLabels_) heatmap_->removeItem(label);
  heatmapLabels_.clear();
  const int columns = static_cast<int>(contextLanguages_.size()), rows = static_cast<int>(questionLanguages_.size());
  heatmapCells_->data()->clear();
  heatmapCells_->setVisible(!survey_.empty());
  if (!survey_.empty()) {
    // A colour map needs two cells a side to know their width: a single row or column gets a
    // second, empty one outside the axis range.
    const int keys = std::max(columns, 2), values = std::max(rows, 2);
    heatmapCells_->data()->setSize(keys, values);
    heatmapCells_->data()->setRange(QCPRange(0, keys - 1), QCPRange(0, values - 1));
    for (int c = 0; c < keys; ++c)
      for (int r = 0; r < values; ++r) heatmapCells_->data()->setCell(c, r, kNaN);
  }
  const auto index = [](const std::vector<std::string>& list, const std::string& code) {
    return static_cast<int>(std::find(list.begin(), list.end(), code) - list.begin());
  };
  for (const auto& [pair, values] : survey_) {
    if (values.empty()) continue;
    const double pairMean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    const int c = index(contextLanguages_, pair.context), r = index(questionLanguages_, pair.question);
    heatmapCells_->data()->setCell(c, r, pairMean);
    auto* label = new QCPItemText(heatmap_);
    label->position->setCoords(c, r);
    label->setPositionAlignment(Qt::AlignCenter);
    label->setText(QLocale().toString(pairMean, 'f', 2));
    label->setColor(textColourOn(heatmapCells_->gradient().color(pairMean, heatmapCells_->dataRange())));
    label->setClipToAxisRect(true);
    heatmapLabels_.push_back(label);
  }
  setLanguageTicks(heatmap_->xAxis, contextLanguages_);
  setLanguageTicks(heatmap_->yAxis, questionLanguages_);
}

std::vector<int> MapAtKView::histogramCounts() const {
  std::vector<int> counts;
  for (auto it = histogramBars_->data()->constBegin(); it != histogramBars_->data()->constEnd(); ++it)
    counts.push_back(static_cast<int>(std::lround(it->value)));
  return counts;
}

double MapAtKView::surveyMean(const LanguagePair& pair) const {
  const auto c = std::find(contextLanguages_.begin(), contextLanguages_.end(), pair.context);
  const auto r = std::find(questionLanguages_.begin(), questionLanguages_.end(), pair.question);
  if (c == contextLanguages_.end() || r == questionLanguages_.end()) return kNaN;
  return heatmapCells_->data()->cell(static_cast<int>(c - contextLanguages_.begin()),
                                     static_cast<int>(r - questionLanguages_.begin()));
}

}  // namespace xlqa
