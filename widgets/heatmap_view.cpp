#include "widgets/heatmap_view.h"

#include <qcustomplot.h>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <exception>
#include <utility>

#include "core/io/json_file.h"
#include "widgets/colour_map.h"
#include "widgets/error_text.h"
#include "widgets/score_matrix_model.h"

namespace xlqa {

namespace {

// Geometry in plot coordinates: cell (row r, column c) is centred on (c, r) and is 1 wide; the
// mean strips are 1 wide and sit after a gap of half a cell. The colour map has two data cells
// per matrix cell so that the gap can be a (transparent) data cell and a single language still
// gives a map at least two cells wide (QCPColorMap draws nothing for one cell).
constexpr double gapWidth = 0.5;
constexpr double firstEdge = -0.5;

// Slots along an axis: a language's index, or one of these.
constexpr int noSlot = -2, meanSlot = -1;

// The last cell ends at count - 0.5; after the gap the strip's centre is half a cell further.
double meanCentre(std::size_t count) { return static_cast<double>(count) + gapWidth; }
double stripEnd(std::size_t count) { return meanCentre(count) + 0.5; }

// Matrix, gap or mean strip for a colour-map data index along one axis.
int slotOfDataIndex(int index, std::size_t count) {
  const int cells = 2 * static_cast<int>(count);
  if (index < cells) return index / 2;
  return index == cells ? noSlot : meanSlot;
}

int slotOfCoordinate(double coordinate, std::size_t count) {
  const double lastEdge = static_cast<double>(count) - 0.5;
  if (coordinate >= firstEdge && coordinate < lastEdge) return static_cast<int>(std::floor(coordinate + 0.5));
  const double centre = meanCentre(count);
  if (coordinate >= centre - 0.5 && coordinate <= centre + 0.5) return meanSlot;
  return noSlot;
}

bool isDifference(HeatmapView::Mode mode) {
  return mode == HeatmapView::Mode::Difference || mode == HeatmapView::Mode::RunDifference;
}

QString roleText(ModelRole role) {
  return role == ModelRole::Teacher ? HeatmapView::tr("teacher") : HeatmapView::tr("student");
}

// One decimal; differences carry their sign, and rounding never shows "-0.0".
QString formatValue(double value, bool signedValue) {
  const double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == 0.0) return QStringLiteral("0.0");
  QString text = QString::number(rounded, 'f', 1);
  if (signedValue && rounded > 0) text.prepend(QLatin1Char('+'));
  if (rounded < 0) text.replace(0, 1, QChar(0x2212));  // a real minus sign reads better
  return text;
}

QString formatOptional(const std::optional<double>& value, bool signedValue) {
  return value ? formatValue(*value, signedValue) : QStringLiteral("\u2014");
}

// "57.3 ± 0.8" where the bootstrap gave an interval, else the plain value.
QString formatWithInterval(const std::optional<double>& value, const std::optional<ScoreInterval>& interval,
                           bool signedValue) {
  return interval ? QString::fromStdString(formatInterval(*interval, signedValue)) : formatOptional(value, signedValue);
}

QString formatScore(const std::optional<ModelPairScore>& score) {
  if (!score) return HeatmapView::tr("not scored");
  return HeatmapView::tr("EM %1   F1 %2").arg(formatValue(score->exactMatch, false), formatValue(score->f1, false));
}

const PairRecord* findRecord(const std::vector<PairRecord>& records, const LanguagePair& pair) {
  const auto it =
      std::find_if(records.begin(), records.end(), [&pair](const PairRecord& record) { return record.pair == pair; });
  return it == records.end() ? nullptr : &*it;
}

std::optional<std::size_t> indexOf(const std::vector<std::string>& languages, const std::string& language) {
  const auto it = std::find(languages.begin(), languages.end(), language);
  if (it == languages.end()) return std::nullopt;
  return static_cast<std::size_t>(it - languages.begin());
}

}  // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent), matrix_(new ScoreMatrixModel(this)) {
  createControls();
  createPlot();
  placeholder_ = new QLabel(this);
  placeholder_->setAlignment(Qt::AlignCenter);
  placeholder_->setWordWrap(true);
  placeholder_->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14pt;"));
  stack_->addWidget(placeholder_);
  rebuild();
}

void HeatmapView::createControls() {
  metricBox_ = new QComboBox(this);
  metricBox_->addItem(tr("F1"), static_cast<int>(ScoreKind::F1));
  metricBox_->addItem(tr("Exact match"), static_cast<int>(ScoreKind::ExactMatch));
  modeBox_ = new QComboBox(this);
  modeBox_->addItem(tr("Teacher"), static_cast<int>(Mode::Teacher));
  modeBox_->addItem(tr("Student"), static_cast<int>(Mode::Student));
  modeBox_->addItem(tr("Student − teacher"), static_cast<int>(Mode::Difference));
  modeBox_->addItem(tr("Compared run − this run"), static_cast<int>(Mode::RunDifference));
  connect(metricBox_, &QComboBox::activated, this,
          [this](int index) { setMetric(static_cast<ScoreKind>(metricBox_->itemData(index).toInt())); });
  connect(modeBox_, &QComboBox::activated, this,
          [this](int index) { setMode(static_cast<Mode>(modeBox_->itemData(index).toInt())); });

  exportImageAction_ = new QAction(tr("Export image…"), this);
  exportImageAction_->setToolTip(tr("Save the heatmap as PNG, SVG or PDF"));
  connect(exportImageAction_, &QAction::triggered, this, &HeatmapView::chooseImageExport);
  exportCsvAction_ = new QAction(tr("Export CSV…"), this);
  exportCsvAction_->setToolTip(tr("Save the displayed matrix as CSV"));
  connect(exportCsvAction_, &QAction::triggered, this, &HeatmapView::chooseCsvExport);
  auto* exportImageButton = new QToolButton(this);
  exportImageButton->setDefaultAction(exportImageAction_);
  auto* exportCsvButton = new QToolButton(this);
  exportCsvButton->setDefaultAction(exportCsvAction_);

  controlsBar_ = new QWidget(this);
  auto* controls = new QHBoxLayout(controlsBar_);
  controls->setContentsMargins(0, 0, 0, 0);
  auto* metricLabel = new QLabel(tr("&Metric:"), this);
  metricLabel->setBuddy(metricBox_);
  auto* modeLabel = new QLabel(tr("M&odel:"), this);
  modeLabel->setBuddy(modeBox_);
  controls->addWidget(metricLabel);
  controls->addWidget(metricBox_);
  controls->addSpacing(12);
  controls->addWidget(modeLabel);
  controls->addWidget(modeBox_);
  controls->addStretch(1);
  controls->addWidget(exportImageButton);
  controls->addWidget(exportCsvButton);

  stack_ = new QStackedWidget(this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(controlsBar_);
  layout->addWidget(stack_, 1);
}

void HeatmapView::createPlot() {
  plot_ = new QCustomPlot(this);
  plot_->setMouseTracking(true);
  plot_->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(plot_, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
    QMenu menu(this);
    if (const std::optional<LanguagePair> pair = pairAt(position); pair && recordOf(*pair)) {
      menu.addAction(tr("Show a question of %1 in every language pair").arg(QString::fromStdString(pair->key())), this,
                     [this, pair = *pair] { emit gridRequested(pair); });
      menu.addSeparator();
    }
    menu.addAction(exportImageAction_);
    menu.addAction(exportCsvAction_);
    menu.exec(plot_->mapToGlobal(position));
  });

  // Title and averages above the matrix, so exported images carry them too.
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->insertRow(0);
  QFont titleFont = font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
  titleFont.setBold(true);
  titleElement_ = new QCPTextElement(plot_, QString(), titleFont);
  plot_->plotLayout()->addElement(0, 0, titleElement_);
  captionElement_ = new QCPTextElement(plot_, QString(), font());
  captionElement_->setMargins(QMargins(2, 0, 2, 6));
  plot_->plotLayout()->addElement(1, 0, captionElement_);

  QCPAxisRect* rect = plot_->axisRect();
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
    axis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    axis->setTickLength(0, 0);
    axis->setSubTicks(false);
    axis->setBasePen(Qt::NoPen);
    axis->grid()->setVisible(false);
    QFont labelFont = font();
    labelFont.setBold(true);
    axis->setLabelFont(labelFont);
  }
  plot_->xAxis->setLabel(tr("Context language"));
  plot_->yAxis->setLabel(tr("Question language"));
  plot_->yAxis->setRangeReversed(true);  // the first question language on top

  colorMap_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
  colorMap_->setInterpolate(false);
  colorMap_->setTightBoundary(false);
  colorScale_ = new QCPColorScale(plot_);
  colorScale_->setType(QCPAxis::atRight);
  colorScale_->setBarWidth(14);
  plot_->plotLayout()->addElement(2, 1, colorScale_);
  colorMap_->setColorScale(colorScale_);
  auto* margins = new QCPMarginGroup(plot_);
  rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
  colorScale_->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

  connect(plot_, &QCustomPlot::afterLayout, this, &HeatmapView::fitCellTextToCells);
  connect(plot_, &QCustomPlot::mouseMove, this, &HeatmapView::onMouseMove);
  connect(plot_, &QCustomPlot::mousePress, this, &HeatmapView::onMousePress);
  connect(plot_, &QCustomPlot::mouseRelease, this, &HeatmapView::onMouseRelease);
  stack_->addWidget(plot_);
}

void HeatmapView::setRun(const std::vector<PairRecord>& pairs, const std::vector<PairComparison>& significance,
                         const RunIntervals& intervals) {
  records_ = pairs;
  comparisons_ = significance;
  intervals_ = intervals;
  compared_.reset();
  axes_ = axesOf(records_);
  if (!hasMode(mode_)) {
    for (Mode mode : {Mode::Teacher, Mode::Student, Mode::Difference}) {
      if (hasMode(mode)) {
        mode_ = mode;
        break;
      }
    }
  }
  updateModeChoices();
  rebuild();
}

void HeatmapView::setComparison(std::optional<ComparedRun> comparison) {
  compared_ = std::move(comparison);
  if (compared_)
    mode_ = Mode::RunDifference;
  else if (mode_ == Mode::RunDifference)
    mode_ = hasMode(Mode::Difference) ? Mode::Difference : Mode::Teacher;
  updateModeChoices();
  rebuild();
}

void HeatmapView::setCompact(bool compact) {
  compact_ = compact;
  controlsBar_->setVisible(!compact);
  rebuild();
}

void HeatmapView::setMetric(ScoreKind metric) {
  metric_ = metric;
  metricBox_->setCurrentIndex(metricBox_->findData(static_cast<int>(metric)));
  rebuild();
}

void HeatmapView::setMode(Mode mode) {
  mode_ = mode;
  modeBox_->setCurrentIndex(modeBox_->findData(static_cast<int>(mode)));
  rebuild();
}

bool HeatmapView::hasMode(Mode mode) const {
  if (mode == Mode::RunDifference) return compared_ && !compared_->significance.empty();
  return std::any_of(records_.begin(), records_.end(), [mode](const PairRecord& record) {
    switch (mode) {
      case Mode::Teacher: return record.teacher.has_value();
      case Mode::Student: return record.student.has_value();
      case Mode::Difference: return record.teacher.has_value() && record.student.has_value();
      case Mode::RunDifference: break;
    }
    return false;
  });
}

void HeatmapView::updateModeChoices() {
  auto* model = qobject_cast<QStandardItemModel*>(modeBox_->model());
  for (int i = 0; i < modeBox_->count(); ++i) {
    const bool available = records_.empty() || hasMode(static_cast<Mode>(modeBox_->itemData(i).toInt()));
    model->item(i)->setEnabled(available);
  }
  modeBox_->setCurrentIndex(modeBox_->findData(static_cast<int>(mode_)));
}

const PairRecord* HeatmapView::recordOf(const LanguagePair& pair) const { return findRecord(records_, pair); }

const std::vector<PairComparison>& HeatmapView::significanceOfMode() const {
  static const std::vector<PairComparison> none;
  if (mode_ == Mode::RunDifference) return compared_ ? compared_->significance : none;
  return comparisons_;
}

const PairComparison* HeatmapView::comparisonOf(const LanguagePair& pair) const {
  const auto& comparisons = significanceOfMode();
  const auto it = std::find_if(comparisons.begin(), comparisons.end(),
                               [&pair](const PairComparison& comparison) { return comparison.pair == pair; });
  return it == comparisons.end() ? nullptr : &*it;
}

const PairRecord* HeatmapView::comparedRecordOf(const LanguagePair& pair) const {
  return compared_ ? findRecord(compared_->pairs, pair) : nullptr;
}

QString HeatmapView::comparedRunName() const {
  return compared_ ? QFileInfo(compared_->directory).fileName() : QString();
}

// Core's matrices on the run's axes: one role's scores, or core's difference of two.
std::optional<LanguageMatrix> HeatmapView::matrixFor(Mode mode, ScoreKind metric) const {
  LanguageMatrix matrix;
  if (mode == Mode::Teacher || mode == Mode::Student) {
    matrix = roleMatrix(records_, mode == Mode::Teacher ? ModelRole::Teacher : ModelRole::Student, metric, axes_);
  } else if (mode == Mode::Difference) {
    matrix = onAxes(differenceMatrix(roleMatrix(records_, ModelRole::Teacher, metric, axes_),
                                     roleMatrix(records_, ModelRole::Student, metric, axes_)),
                    axes_);
  } else if (compared_) {
    matrix = onAxes(differenceMatrix(roleMatrix(records_, compared_->role, metric, axes_),
                                     roleMatrix(compared_->pairs, compared_->role, metric, axes_)),
                    axes_);
  }
  if (!hasAnyCell(matrix)) return std::nullopt;
  return matrix;
}

bool HeatmapView::isMarkedNotSignificant(const LanguagePair& pair) const {
  if (!isDifference(mode_) || metric_ != ScoreKind::F1 || isShowingPlaceholder() || !displayed().at(pair)) return false;
  const PairComparison* comparison = comparisonOf(pair);
  return comparison && comparison->significance.wilcoxonP >= significanceLevel;
}

bool HeatmapView::isShowingPlaceholder() const { return stack_->currentWidget() == placeholder_; }

QString HeatmapView::placeholderText() const { return isShowingPlaceholder() ? placeholder_->text() : QString(); }

void HeatmapView::showPlaceholder(const QString& text) {
  matrix_->setMatrix({});
  placeholder_->setText(text);
  stack_->setCurrentWidget(placeholder_);
  exportImageAction_->setEnabled(false);
  exportCsvAction_->setEnabled(false);
}

void HeatmapView::rebuild() {
  if (records_.empty()) {
    showPlaceholder(tr("No completed pairs in this run yet"));
    return;
  }
  std::optional<LanguageMatrix> matrix = matrixFor(mode_, metric_);
  if (!matrix) {
    switch (mode_) {
      case Mode::Teacher: showPlaceholder(tr("This run has no teacher scores")); break;
      case Mode::Student: showPlaceholder(tr("This run has no student scores")); break;
      case Mode::Difference:
        showPlaceholder(tr("Student − teacher needs pairs that both models were scored on"));
        break;
      case Mode::RunDifference:
        showPlaceholder(compared_ ? tr("The compared run shares no scored pair with this run")
                                  : tr("Choose File → Compare with run… to set another run against this one"));
        break;
    }
    return;
  }
  matrix_->setMatrix(std::move(*matrix));
  stack_->setCurrentWidget(plot_);
  exportImageAction_->setEnabled(true);
  exportCsvAction_->setEnabled(true);
  drawMatrix();
}

QString HeatmapView::titleFor() const {
  const QString metricName = metric_ == ScoreKind::F1 ? tr("F1") : tr("exact match");
  QString title;
  switch (mode_) {
    case Mode::Teacher: title = tr("Teacher %1 (%)").arg(metricName); break;
    case Mode::Student: title = tr("Student %1 (%)").arg(metricName); break;
    case Mode::Difference: title = tr("Student − teacher %1 (points)").arg(metricName); break;
    case Mode::RunDifference:
      title = tr("%1 − this run, %2 %3 (points)").arg(comparedRunName(), roleText(compared_->role), metricName);
      break;
  }
  return title;
}

const MatrixIntervals* HeatmapView::intervalsOfMode() const {
  if (metric_ != ScoreKind::F1) return nullptr;
  const std::optional<MatrixIntervals>* intervals = nullptr;
  if (mode_ == Mode::Teacher) intervals = &intervals_.teacher;
  if (mode_ == Mode::Student) intervals = &intervals_.student;
  if (mode_ == Mode::Difference) intervals = &intervals_.difference;
  return intervals && *intervals ? &**intervals : nullptr;
}

QString HeatmapView::averagesFor() const {
  const bool difference = isDifference(mode_);
  const MatrixIntervals* intervals = intervalsOfMode();
  QString text =
      tr("XLT (diagonal) average: %1     G-XLT average (all pairs): %2     Off-diagonal average: %3")
          .arg(formatWithInterval(displayed().xltAverage(), intervals ? intervals->xlt : std::nullopt, difference),
               formatWithInterval(displayed().gxltAverage(), intervals ? intervals->gxlt : std::nullopt, difference),
               formatOptional(displayed().offDiagonalAverage(), difference));
  if (intervals)
    text += QLatin1Char('\n') + tr("±: %1% interval, paired bootstrap over questions (%2 resamples)")
                                    .arg(qRound(100 * intervals_.settings.level))
                                    .arg(intervals_.settings.resamples);
  if (difference && significanceOfMode().empty())
    text += QLatin1Char('\n') + tr("No significance tests were computed for this run");
  else if (difference && metric_ == ScoreKind::F1)
    text += QLatin1Char('\n') +
            tr("(faded, in parentheses): not significant, p ≥ 0.05 (Wilcoxon signed-rank test on per-example F1)");
  else if (difference)
    text += QLatin1Char('\n') + tr("Significance is tested on F1; choose F1 to see it");
  if (mode_ == Mode::RunDifference) {
    text += QLatin1Char('\n') + tr("Compared with %1").arg(QDir::toNativeSeparators(compared_->directory));
    if (const QString note = compared_->precisionNote(); !note.isEmpty()) text += QLatin1Char('\n') + note;
  }
  return text;
}

QString HeatmapView::caption() const {
  return isShowingPlaceholder() ? QString() : titleElement_->text() + QLatin1Char('\n') + captionElement_->text();
}

void HeatmapView::drawMatrix() {
  const bool difference = isDifference(mode_);

  QCPColorGradient gradient = difference ? divergingGradient() : viridisGradient();
  QCPRange range(0, 100);  // fixed, so the teacher's and the student's colours compare
  if (difference) {
    double largest = 0;
    for (const auto& row : displayed().cells)
      for (const auto& cell : row)
        if (cell) largest = std::max(largest, std::abs(*cell));
    if (largest < 0.5) largest = 0.5;  // a flat map still gets a readable scale
    range = QCPRange(-largest, largest);
  }

  fillColourMap();
  colorScale_->setGradient(gradient);
  colorScale_->setDataRange(range);
  colorMap_->setGradient(gradient);
  colorMap_->setDataRange(range);
  colorScale_->axis()->setLabel(mode_ == Mode::RunDifference ? tr("Compared run − this run (points)")
                                : difference                 ? tr("Student − teacher (points)")
                                : metric_ == ScoreKind::F1   ? tr("F1 (%)")
                                                             : tr("Exact match (%)"));

  const auto setTicks = [this](QCPAxis* axis, const std::vector<std::string>& languages) {
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(axis->ticker());
    ticker->clear();
    for (std::size_t i = 0; i < languages.size(); ++i)
      ticker->addTick(static_cast<double>(i), QString::fromStdString(languages[i]));
    ticker->addTick(meanCentre(languages.size()), tr("mean"));
    axis->setRange(firstEdge, stripEnd(languages.size()));
  };
  setTicks(plot_->xAxis, displayed().contextLanguages);
  setTicks(plot_->yAxis, displayed().questionLanguages);

  titleElement_->setText(titleFor());
  captionElement_->setText(compact_ ? tr("XLT %1 · G-XLT %2")
                                          .arg(formatOptional(displayed().xltAverage(), isDifference(mode_)),
                                               formatOptional(displayed().gxltAverage(), isDifference(mode_)))
                                    : averagesFor());
  drawCellTexts();
  // Each value's text contrasts with the colour the map gives its cell.
  for (QCPItemText* text : cellTexts_) {
    const QRgb cellColour = gradient.color(text->property("cellValue").toDouble(), range);
    text->setColor(
        textColourOn(text->property("notSignificant").toBool() ? fadedTowardsWhite(cellColour) : cellColour));
  }
  plot_->replot();
}

// The colour map's data: every matrix cell and mean strip, the gaps between them transparent.
void HeatmapView::fillColourMap() {
  const std::size_t columns = displayed().contextLanguages.size(), rows = displayed().questionLanguages.size();
  const std::vector<std::optional<double>> rowMeans = displayed().rowMeans(), columnMeans = displayed().columnMeans();
  const std::optional<double> overall = displayed().gxltAverage();
  const auto valueAt = [&](int row, int column) -> std::optional<double> {
    if (row >= 0 && column >= 0) return matrix_->value(row, column);
    if (row >= 0 && column == meanStrip) return rowMeans[static_cast<std::size_t>(row)];
    if (row == meanStrip && column >= 0) return columnMeans[static_cast<std::size_t>(column)];
    if (row == meanStrip && column == meanStrip) return overall;
    return std::nullopt;
  };

  QCPColorMapData* mapData = colorMap_->data();
  const int keySize = 2 * static_cast<int>(columns) + 3, valueSize = 2 * static_cast<int>(rows) + 3;
  mapData->setSize(keySize, valueSize);
  mapData->setRange(QCPRange(firstEdge + 0.25, stripEnd(columns) - 0.25),
                    QCPRange(firstEdge + 0.25, stripEnd(rows) - 0.25));
  for (int key = 0; key < keySize; ++key) {
    for (int value = 0; value < valueSize; ++value) {
      const std::optional<double> cell = valueAt(slotOfDataIndex(value, rows), slotOfDataIndex(key, columns));
      mapData->setCell(key, value, cell ? *cell : std::nan(""));
    }
  }
}

void HeatmapView::drawCellTexts() {
  plot_->clearItems();
  cellTexts_.clear();
  const std::size_t columns = displayed().contextLanguages.size(), rows = displayed().questionLanguages.size();
  const bool difference = isDifference(mode_);
  const std::vector<std::optional<double>> rowMeans = displayed().rowMeans(), columnMeans = displayed().columnMeans();

  const auto addText = [&](double x, double y, double value, bool notSignificant) {
    auto* text = new QCPItemText(plot_);
    text->setClipToAxisRect(true);
    text->position->setType(QCPItemPosition::ptPlotCoords);
    text->position->setCoords(x, y);
    text->setPositionAlignment(Qt::AlignCenter);
    const QString shown = formatValue(value, difference);
    text->setText(notSignificant ? QStringLiteral("(%1)").arg(shown) : shown);
    text->setProperty("cellValue", value);
    text->setProperty("notSignificant", notSignificant);
    cellTexts_.push_back(text);
  };
  // A white outline separates the cells; a missing pair is hatched, a faded one veiled.
  const auto addOutline = [&](double x, double y, bool missing, bool faded = false) {
    auto* outline = new QCPItemRect(plot_);
    outline->topLeft->setCoords(x - 0.5, y - 0.5);
    outline->bottomRight->setCoords(x + 0.5, y + 0.5);
    outline->setPen(QPen(Qt::white, 1.5));
    outline->setBrush(missing ? QBrush(QColor(200, 200, 200), Qt::BDiagPattern)
                      : faded ? QBrush(QColor(255, 255, 255, kFadeAlpha))
                              : QBrush(Qt::NoBrush));
    outline->setSelectable(false);
  };

  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const double x = static_cast<double>(c), y = static_cast<double>(r);
      const std::optional<double> value = matrix_->value(static_cast<int>(r), static_cast<int>(c));
      const bool notSignificant =
          isMarkedNotSignificant({displayed().questionLanguages[r], displayed().contextLanguages[c]});
      addOutline(x, y, !value, notSignificant);
      if (value) addText(x, y, *value, notSignificant);
    }
  }
  for (std::size_t r = 0; r < rows; ++r) {
    addOutline(meanCentre(columns), static_cast<double>(r), !rowMeans[r]);
    if (rowMeans[r]) addText(meanCentre(columns), static_cast<double>(r), *rowMeans[r], false);
  }
  for (std::size_t c = 0; c < columns; ++c) {
    addOutline(static_cast<double>(c), meanCentre(rows), !columnMeans[c]);
    if (columnMeans[c]) addText(static_cast<double>(c), meanCentre(rows), *columnMeans[c], false);
  }
  const std::optional<double> overall = displayed().gxltAverage();
  addOutline(meanCentre(columns), meanCentre(rows), !overall);
  if (overall) addText(meanCentre(columns), meanCentre(rows), *overall, false);
}

// Runs after every layout (resize, export at another size): the largest font that fits a cell.
void HeatmapView::fitCellTextToCells() {
  if (cellTexts_.empty()) return;
  const double cellWidth = std::abs(plot_->xAxis->coordToPixel(1) - plot_->xAxis->coordToPixel(0));
  const double cellHeight = std::abs(plot_->yAxis->coordToPixel(1) - plot_->yAxis->coordToPixel(0));
  QString widest;
  for (const QCPItemText* text : cellTexts_)
    if (text->text().size() > widest.size()) widest = text->text();
  QFont cellFont = font();
  int pixelSize = 18;
  for (; pixelSize > 7; --pixelSize) {
    cellFont.setPixelSize(pixelSize);
    const QFontMetrics metrics(cellFont);
    if (metrics.horizontalAdvance(widest) <= 0.78 * cellWidth && metrics.height() <= 0.6 * cellHeight) break;
  }
  cellFont.setPixelSize(pixelSize);
  QFont notSignificantFont = cellFont;
  notSignificantFont.setItalic(true);
  for (QCPItemText* text : cellTexts_)
    text->setFont(text->property("notSignificant").toBool() ? notSignificantFont : cellFont);
}

HeatmapView::GridHit HeatmapView::hitTest(const QPoint& plotPixel) const {
  if (isShowingPlaceholder() || !plot_->axisRect()->rect().contains(plotPixel)) return {};
  const int column = slotOfCoordinate(plot_->xAxis->pixelToCoord(plotPixel.x()), displayed().contextLanguages.size());
  const int row = slotOfCoordinate(plot_->yAxis->pixelToCoord(plotPixel.y()), displayed().questionLanguages.size());
  static_assert(outside == noSlot && meanStrip == meanSlot, "a hit reports the slots as they are");
  if (row == outside || column == outside) return {};
  return {row, column};
}

std::optional<LanguagePair> HeatmapView::pairAt(const QPoint& plotPixel) const {
  const GridHit hit = hitTest(plotPixel);
  if (hit.row < 0 || hit.column < 0) return std::nullopt;
  return LanguagePair{displayed().questionLanguages[static_cast<std::size_t>(hit.row)],
                      displayed().contextLanguages[static_cast<std::size_t>(hit.column)]};
}

QPoint HeatmapView::cellCenter(const LanguagePair& pair) const {
  const auto row = indexOf(displayed().questionLanguages, pair.question);
  const auto column = indexOf(displayed().contextLanguages, pair.context);
  if (!row || !column || isShowingPlaceholder()) return {-1, -1};
  return QPoint(static_cast<int>(std::lround(plot_->xAxis->coordToPixel(static_cast<double>(*column)))),
                static_cast<int>(std::lround(plot_->yAxis->coordToPixel(static_cast<double>(*row)))));
}

QString HeatmapView::toolTipText(const LanguagePair& pair) const {
  QStringList lines;
  lines << tr("Question: %1    Context: %2")
               .arg(QString::fromStdString(pair.question), QString::fromStdString(pair.context));
  const PairRecord* record = recordOf(pair);
  if (!record) {
    lines << tr("Not evaluated in this run");
    return lines.join(QLatin1Char('\n'));
  }
  lines << (record->examples == 1
                ? tr("1 example")
                : tr("%1 examples").arg(QLocale().toString(static_cast<qulonglong>(record->examples))));
  lines << tr("Teacher: %1").arg(formatScore(record->teacher));
  lines << tr("Student: %1").arg(formatScore(record->student));
  if (record->teacher && record->student)
    lines << tr("Δ F1 (student − teacher): %1").arg(formatValue(record->student->f1 - record->teacher->f1, true));
  if (mode_ == Mode::RunDifference && compared_) {
    const PairRecord* other = comparedRecordOf(pair);
    const std::optional<ModelPairScore> none;
    lines << tr("%1 (%2): %3")
                 .arg(comparedRunName(), roleText(compared_->role),
                      formatScore(other ? other->score(compared_->role) : none));
    if (other && other->score(compared_->role) && record->score(compared_->role))
      lines << tr("Δ F1 (%1 − this run): %2")
                   .arg(comparedRunName(),
                        formatValue(other->score(compared_->role)->f1 - record->score(compared_->role)->f1, true));
  }
  if (const PairComparison* comparison = comparisonOf(pair)) {
    const double p = comparison->significance.wilcoxonP;
    lines << tr("p = %1 (Wilcoxon signed-rank, %2)")
                 .arg(QLocale().toString(p, 'g', 3), p < significanceLevel ? tr("significant") : tr("not significant"));
  } else if (mode_ != Mode::RunDifference && record->teacher && record->student) {
    lines << tr("p: not computed");
  }
  return lines.join(QLatin1Char('\n'));
}

// The tooltip of a mean cell (row, column or the corner), with its interval where known.
QString HeatmapView::meanToolTip(int row, int column) const {
  const bool difference = isDifference(mode_);
  const MatrixIntervals* intervals = intervalsOfMode();
  if (row >= 0 && column == meanStrip) {
    const std::string& language = displayed().questionLanguages[static_cast<std::size_t>(row)];
    return tr("Question language %1: mean over context languages %2")
        .arg(QString::fromStdString(language),
             formatWithInterval(displayed().rowMeans()[static_cast<std::size_t>(row)],
                                intervals ? intervals->rowMean(language) : std::nullopt, difference));
  }
  if (row == meanStrip && column >= 0) {
    const std::string& language = displayed().contextLanguages[static_cast<std::size_t>(column)];
    return tr("Context language %1: mean over question languages %2")
        .arg(QString::fromStdString(language),
             formatWithInterval(displayed().columnMeans()[static_cast<std::size_t>(column)],
                                intervals ? intervals->columnMean(language) : std::nullopt, difference));
  }
  if (row == meanStrip && column == meanStrip)
    return tr("G-XLT average (all pairs): %1")
        .arg(formatWithInterval(displayed().gxltAverage(), intervals ? intervals->gxlt : std::nullopt, difference));
  return {};
}

void HeatmapView::onMouseMove(QMouseEvent* event) {
  const QPoint position = event->position().toPoint();
  const GridHit hit = hitTest(position);
  QString text;
  if (hit.row >= 0 && hit.column >= 0) {
    text = toolTipText(*pairAt(position));
  } else {
    text = meanToolTip(hit.row, hit.column);
  }
  plot_->setCursor(hit.row >= 0 && hit.column >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
  if (text.isEmpty())
    QToolTip::hideText();
  else
    QToolTip::showText(event->globalPosition().toPoint(), text, plot_);
}

void HeatmapView::onMousePress(QMouseEvent* event) {
  pressedPair_.reset();
  if (event->button() == Qt::LeftButton) pressedPair_ = pairAt(event->position().toPoint());
}

void HeatmapView::onMouseRelease(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !pressedPair_) return;
  const std::optional<LanguagePair> released = pairAt(event->position().toPoint());
  const std::optional<LanguagePair> pressed = std::exchange(pressedPair_, std::nullopt);
  if (released && *released == *pressed) emit cellActivated(*released);
}

bool HeatmapView::exportImage(const QString& path, QString* error) {
  const auto fail = [error](const QString& message) {
    if (error) *error = message;
    return false;
  };
  if (isShowingPlaceholder()) return fail(tr("There is no heatmap to export: %1").arg(placeholder_->text()));
  // The on-screen size when the view is shown, else one that fits a 12-language matrix.
  const bool shown = plot_->isVisible() && plot_->width() >= 300 && plot_->height() >= 240;
  const int width = shown ? plot_->width() : 900, height = shown ? plot_->height() : 700;
  const QString suffix = QFileInfo(path).suffix().toLower();
  const QString title = titleElement_->text();
  bool written = false;
  if (suffix == QLatin1String("png")) {
    written = plot_->savePng(path, width, height, 2.0);
  } else if (suffix == QLatin1String("pdf")) {
    written = plot_->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("XLQA Studio"), title);
  } else if (suffix == QLatin1String("svg")) {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(title);
    QCPPainter painter;
    if (painter.begin(&generator)) {
      painter.setMode(QCPPainter::pmVectorized);
      plot_->toPainter(&painter, width, height);
      written = painter.end();
    }
  } else {
    return fail(tr("Unknown image type “%1”: use .png, .svg or .pdf").arg(suffix));
  }
  plot_->replot();  // lay out for the screen again after exporting at another size
  if (!written || !QFileInfo(path).exists() || QFileInfo(path).size() == 0)
    return fail(tr("Could not write %1").arg(QDir::toNativeSeparators(path)));
  return true;
}

bool HeatmapView::exportCsv(const QString& path, QString* error) {
  if (isShowingPlaceholder()) {
    if (error) *error = tr("There is no matrix to export: %1").arg(placeholder_->text());
    return false;
  }
  try {
    // The means' bootstrap intervals go with the matrix wherever the view shows them.
    const MatrixIntervals* intervals = metric_ == ScoreKind::F1 ? intervalsOfMode() : nullptr;
    writeFileAtomically(
        QFile::encodeName(path).toStdString(),
        intervals ? matrixToCsv(displayed(), *intervals, intervals_.settings) : matrixToCsv(displayed()));
  } catch (const std::exception& failure) {
    if (error) *error = errorText(failure);
    return false;
  }
  return true;
}

QString HeatmapView::defaultExportName(const QString& suffix) const {
  const QString mode = mode_ == Mode::Teacher      ? QStringLiteral("teacher")
                       : mode_ == Mode::Student    ? QStringLiteral("student")
                       : mode_ == Mode::Difference ? QStringLiteral("student-minus-teacher")
                                                   : QStringLiteral("compared-run-minus-this-run");
  const QString metric = metric_ == ScoreKind::F1 ? QStringLiteral("f1") : QStringLiteral("em");
  return QStringLiteral("heatmap-%1-%2.%3").arg(mode, metric, suffix);
}

void HeatmapView::chooseImageExport() {
  QString filter;
  QString path =
      QFileDialog::getSaveFileName(this, tr("Export heatmap image"), defaultExportName(QStringLiteral("png")),
                                   tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"), &filter);
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty())
    path += filter.contains(QLatin1String("*.svg"))   ? QStringLiteral(".svg")
            : filter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
                                                      : QStringLiteral(".png");
  QString error;
  if (!exportImage(path, &error)) QMessageBox::warning(this, tr("Export image"), error);
}

void HeatmapView::chooseCsvExport() {
  QString path = QFileDialog::getSaveFileName(this, tr("Export matrix as CSV"),
                                              defaultExportName(QStringLiteral("csv")), tr("CSV file (*.csv)"));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".csv");
  QString error;
  if (!exportCsv(path, &error)) QMessageBox::warning(this, tr("Export CSV"), error);
}

}  // namespace xlqa
