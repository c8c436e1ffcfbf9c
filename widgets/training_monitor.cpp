#include "widgets/training_monitor.h"

#include <qcustomplot.h>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

#include "core/store/run_store.h"
#include "widgets/error_text.h"
#include "widgets/heatmap_view.h"

namespace xlqa {
namespace {

// Okabe-Ito: distinguishable with every common colour-vision deficiency.
const QColor kBlue(0x00, 0x72, 0xB2), kVermillion(0xD5, 0x5E, 0x00), kGreen(0x00, 0x9E, 0x73),
    kPurple(0xCC, 0x79, 0xA7), kOrange(0xE6, 0x9F, 0x00);

constexpr int kReplotIntervalMs = 250;  // curves redraw at most four times a second
constexpr int kProgressSteps = 1000;

enum EpochColumn { ColEpoch, ColXltF1, ColGxltF1, ColXltEm, ColGxltEm, ColBest, ColumnCount };
constexpr int kRunRole = Qt::UserRole;        // on the epoch item: the epoch's dev run folder
constexpr int kEpochRole = Qt::UserRole + 1;  // on the epoch item: the epoch, counted from 0

constexpr int kScoreRole = Qt::UserRole + 2;  // on a score item: the unrounded score

QTableWidgetItem* scoreItem(double value) {
  auto* item = new QTableWidgetItem(QString::number(value, 'f', 1));
  item->setData(kScoreRole, value);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

}  // namespace

TrainingMonitor::TrainingMonitor(QWidget* parent) : QWidget(parent) {
  replotTimer_ = new QTimer(this);
  replotTimer_->setSingleShot(true);
  replotTimer_->setInterval(kReplotIntervalMs);
  connect(replotTimer_, &QTimer::timeout, this, &TrainingMonitor::replotNow);

  statusLabel_ = new QLabel(tr("No training yet: fill in the settings and press Start."), this);
  statusLabel_->setWordWrap(true);
  statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, kProgressSteps);
  progress_->setMaximumWidth(220);
  progress_->hide();
  auto* statusRow = new QHBoxLayout;
  statusRow->addWidget(statusLabel_, 1);
  statusRow->addWidget(progress_);

  lossPlot_ = new QCustomPlot(this);
  lossPlot_->setMinimumHeight(140);
  schedulePlot_ = new QCustomPlot(this);
  schedulePlot_->setMinimumHeight(100);
  createPlots();

  auto* bottom = new QSplitter(Qt::Horizontal, this);
  // The epoch table over the generations' curves, beside the selected epoch's heatmap.
  auto* epochs = new QSplitter(Qt::Vertical, this);
  epochs->addWidget(createScores());
  epochs->addWidget(createGenerations());
  epochs->setStretchFactor(0, 1);
  epochs->setStretchFactor(1, 2);
  epochs->setSizes({200, 300});  // the table's own size hint would take most of the height
  bottom->addWidget(epochs);
  bottom->addWidget(createHeatmap());
  bottom->setSizes({340, 340});
  auto* plots = new QSplitter(Qt::Vertical, this);
  plots->addWidget(lossPlot_);
  plots->addWidget(schedulePlot_);
  plots->addWidget(bottom);
  plots->setStretchFactor(0, 2);
  plots->setStretchFactor(1, 1);
  plots->setStretchFactor(2, 3);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(statusRow);
  layout->addWidget(plots, 1);
}

void TrainingMonitor::createPlots() {
  const auto addGraph = [](QCustomPlot* plot, QCPAxis* valueAxis, const QColor& color, Qt::PenStyle style, double width,
                           const QString& name) {
    QCPGraph* graph = plot->addGraph(plot->xAxis, valueAxis);
    QPen pen(color, width);
    pen.setStyle(style);  // line styles too, for prints in black and white
    graph->setPen(pen);
    graph->setName(name);
    graph->setAdaptiveSampling(true);  // long trainings stay fast to draw
    return graph;
  };
  lossGraph_ = addGraph(lossPlot_, lossPlot_->yAxis, kBlue, Qt::SolidLine, 2.0, tr("loss"));
  ceGraph_ = addGraph(lossPlot_, lossPlot_->yAxis, kVermillion, Qt::DashLine, 1.5, tr("CE"));
  klGraph_ = addGraph(lossPlot_, lossPlot_->yAxis, kGreen, Qt::DotLine, 1.5, tr("KL"));
  lossPlot_->xAxis->setLabel(tr("optimizer step"));
  lossPlot_->yAxis->setLabel(tr("loss"));
  lossPlot_->legend->setVisible(true);

  klWeightGraph_ =
      addGraph(schedulePlot_, schedulePlot_->yAxis, kPurple, Qt::SolidLine, 1.5, tr("KL weight (α_KL or coefficient)"));
  learningRateGraph_ = addGraph(schedulePlot_, schedulePlot_->yAxis2, kOrange, Qt::DashLine, 1.5, tr("learning rate"));
  schedulePlot_->xAxis->setLabel(tr("optimizer step"));
  schedulePlot_->yAxis->setLabel(tr("KL weight"));
  schedulePlot_->yAxis2->setVisible(true);
  schedulePlot_->yAxis2->setLabel(tr("learning rate"));
  schedulePlot_->legend->setVisible(true);
  for (QCustomPlot* plot : {lossPlot_, schedulePlot_}) {
    QFont small = plot->legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    plot->legend->setFont(small);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  }
}

// The epoch table with the open buttons under it.
QWidget* TrainingMonitor::createScores() {
  epochTable_ = new QTableWidget(0, ColumnCount, this);
  epochTable_->setHorizontalHeaderLabels(
      {tr("Epoch"), tr("XLT F1"), tr("G-XLT F1"), tr("XLT EM"), tr("G-XLT EM"), tr("Best")});
  epochTable_->setToolTip(tr("Dev scores of the student after each epoch; select a row to see its heatmap"));
  epochTable_->verticalHeader()->hide();
  epochTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  epochTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  epochTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
  epochTable_->setSelectionMode(QAbstractItemView::SingleSelection);
  connect(epochTable_, &QTableWidget::itemSelectionChanged, this, &TrainingMonitor::showSelectedEpoch);

  openStudentButton_ = new QPushButton(tr("Open as student model"), this);
  openRunButton_ = new QPushButton(tr("Open the teacher/student heatmap"), this);
  connect(openStudentButton_, &QPushButton::clicked, this, [this] { emit studentReady(studentDir_); });
  connect(openRunButton_, &QPushButton::clicked, this, [this] { emit runReady(runDir_); });
  setFinishedModels({}, {});

  auto* scores = new QWidget(this);
  auto* layout = new QVBoxLayout(scores);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(epochTable_, 1);
  layout->addWidget(openStudentButton_);
  layout->addWidget(openRunButton_);
  return scores;
}

QWidget* TrainingMonitor::createHeatmap() {
  heatmap_ = new HeatmapView(this);
  heatmap_->setCompact(true);
  heatmap_->setMinimumSize(280, 240);
  heatmapCaption_ = new QLabel(tr("The latest epoch's dev heatmap appears here."), this);
  heatmapCaption_->setWordWrap(true);
  baselineBox_ = new QComboBox(this);
  baselineBox_->setObjectName(QStringLiteral("generationBaseline"));
  baselineBox_->setToolTip(tr("Set the selected epoch against another epoch: the heatmap shows the difference"));
  connect(baselineBox_, &QComboBox::currentIndexChanged, this, &TrainingMonitor::showSelectedEpoch);
  auto* against = new QHBoxLayout;
  against->addWidget(new QLabel(tr("Against:"), this));
  against->addWidget(baselineBox_, 1);
  auto* box = new QWidget(this);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(against);
  layout->addWidget(heatmapCaption_);
  layout->addWidget(heatmap_, 1);
  return box;
}

QWidget* TrainingMonitor::createGenerations() {
  generationsPlot_ = new QCustomPlot(this);
  generationsPlot_->setMinimumSize(200, 140);
  xltGraph_ = generationsPlot_->addGraph();
  xltGraph_->setName(tr("XLT F1"));
  xltGraph_->setPen(QPen(kBlue, 2.0));
  xltGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
  gxltGraph_ = generationsPlot_->addGraph();
  gxltGraph_->setName(tr("G-XLT F1"));
  QPen dashed(kVermillion, 2.0);
  dashed.setStyle(Qt::DashLine);
  gxltGraph_->setPen(dashed);
  gxltGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
  generationsPlot_->xAxis->setLabel(tr("epoch (generation)"));
  generationsPlot_->yAxis->setLabel(tr("dev F1"));
  auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
  ticker->setTickStep(1);
  ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  generationsPlot_->xAxis->setTicker(ticker);
  generationsPlot_->legend->setVisible(true);
  generationsPlot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  return generationsPlot_;
}

void TrainingMonitor::refreshGenerations() {
  xltGraph_->data()->clear();
  gxltGraph_->data()->clear();
  const QString kept = baselineBox_->currentData().toString();
  const QSignalBlocker block(baselineBox_);
  baselineBox_->clear();
  baselineBox_->addItem(tr("nothing (the epoch's own scores)"));
  double low = 100, high = 0;
  for (int row = 0; row < epochTable_->rowCount(); ++row) {
    const QTableWidgetItem* epochItem = epochTable_->item(row, ColEpoch);
    const double epoch = epochItem->data(kEpochRole).toInt() + 1;
    const double xlt = epochTable_->item(row, ColXltF1)->data(kScoreRole).toDouble();
    const double gxlt = epochTable_->item(row, ColGxltF1)->data(kScoreRole).toDouble();
    xltGraph_->addData(epoch, xlt);
    gxltGraph_->addData(epoch, gxlt);
    low = std::min({low, xlt, gxlt}), high = std::max({high, xlt, gxlt});
    const QString run = epochItem->data(kRunRole).toString();
    if (!run.isEmpty()) baselineBox_->addItem(tr("epoch %1").arg(epochItem->text()), run);
  }
  if (const int index = baselineBox_->findData(kept); index > 0) baselineBox_->setCurrentIndex(index);
  generationsPlot_->xAxis->setRange(0.5, std::max(1, epochTable_->rowCount()) + 0.5);
  generationsPlot_->yAxis->setRange(high >= low ? std::max(0.0, low - 5) : 0,
                                    high >= low ? std::min(100.0, high + 5) : 100);
  generationsPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingMonitor::addStep(const TrainingStep& step) {
  const double key = static_cast<double>(step.step);
  const std::initializer_list<QCPGraph*> graphs{lossGraph_, ceGraph_, klGraph_, klWeightGraph_, learningRateGraph_};
  if (!lossGraph_->data()->isEmpty() && key <= (lossGraph_->data()->constEnd() - 1)->key) {
    for (QCPGraph* graph : graphs) graph->data()->removeAfter(key - 0.5);
    for (int row = epochTable_->rowCount() - 1; row >= 0; --row)
      if (epochTable_->item(row, ColEpoch)->data(kEpochRole).toInt() >= step.epoch) epochTable_->removeRow(row);
    refreshGenerations();
  }
  lossGraph_->addData(key, step.loss);
  ceGraph_->addData(key, step.ce);
  klGraph_->addData(key, step.kl);
  klWeightGraph_->addData(key, step.klWeight);
  learningRateGraph_->addData(key, step.learningRate);
  scheduleReplot();
}

void TrainingMonitor::addEpoch(const EpochScores& scores) {
  int row = 0;
  while (row < epochTable_->rowCount() && epochTable_->item(row, ColEpoch)->data(kEpochRole).toInt() < scores.epoch)
    ++row;
  if (row < epochTable_->rowCount() && epochTable_->item(row, ColEpoch)->data(kEpochRole).toInt() == scores.epoch)
    epochTable_->removeRow(row);
  epochTable_->insertRow(row);
  const QString run = scores.runDirectory.empty() ? QString() : resolveInFolder(scores.runDirectory);
  auto* epochItem =
      new QTableWidgetItem(QString::number(scores.epoch + 1));  // people count epochs from 1, as epoch-N folders
  epochItem->setData(kRunRole, run);
  epochItem->setData(kEpochRole, scores.epoch);
  epochTable_->setItem(row, ColEpoch, epochItem);
  epochTable_->setItem(row, ColXltF1, scoreItem(scores.xltF1));
  epochTable_->setItem(row, ColGxltF1, scoreItem(scores.gxltF1));
  epochTable_->setItem(row, ColXltEm, scoreItem(scores.xltExactMatch));
  epochTable_->setItem(row, ColGxltEm, scoreItem(scores.gxltExactMatch));
  if (scores.best)  // one best epoch: the newest best replaces the marker
    for (int other = 0; other < epochTable_->rowCount(); ++other)
      if (other != row && epochTable_->item(other, ColBest)) epochTable_->item(other, ColBest)->setText(QString());
  auto* best = new QTableWidgetItem(scores.best ? QStringLiteral("★") : QString());
  best->setToolTip(tr("The epoch with the best dev G-XLT F1: kept in best/"));
  best->setTextAlignment(Qt::AlignCenter);
  epochTable_->setItem(row, ColBest, best);
  refreshGenerations();
  if (!run.isEmpty() && baselineBox_->currentIndex() <= 0)
    showRunInHeatmap(run, tr("Student after epoch %1 on the dev pairs").arg(scores.epoch + 1));
}

void TrainingMonitor::showLog(const TrainingLog& log) {
  for (const TrainingStep& step : log.steps) addStep(step);
  for (const EpochScores& scores : log.epochs) addEpoch(scores);
  replotNow();
}

void TrainingMonitor::clear() {
  for (QCPGraph* graph : {lossGraph_, ceGraph_, klGraph_, klWeightGraph_, learningRateGraph_}) graph->data()->clear();
  epochTable_->setRowCount(0);
  refreshGenerations();
  heatmap_->setRun({}, {});
  heatmapCaption_->setText(tr("The latest epoch's dev heatmap appears here."));
  replotNow();
}

void TrainingMonitor::scheduleReplot() {
  if (!replotTimer_->isActive()) replotTimer_->start();
}

void TrainingMonitor::replotNow() {
  replotTimer_->stop();
  lossPlot_->rescaleAxes();
  lossPlot_->yAxis->scaleRange(1.08, lossPlot_->yAxis->range().center());
  schedulePlot_->rescaleAxes();
  // Both start at 0: a warm-up from 0 and coefficients in [0, 1] read best against their floor.
  for (QCPAxis* axis : {schedulePlot_->yAxis, schedulePlot_->yAxis2}) {
    const double upper = axis->range().upper;
    axis->setRange(0, upper > 0 ? upper * 1.08 : 1.0);
  }
  lossPlot_->replot(QCustomPlot::rpQueuedReplot);
  schedulePlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingMonitor::setStatus(const QString& text) { statusLabel_->setText(text); }

void TrainingMonitor::showProgress(double fraction) {
  if (fraction < 0) {
    progress_->setRange(0, 0);
  } else {
    progress_->setRange(0, kProgressSteps);
    progress_->setValue(static_cast<int>(fraction * kProgressSteps));
  }
  progress_->show();
}

void TrainingMonitor::hideProgress() { progress_->hide(); }

void TrainingMonitor::setFinishedModels(const QString& studentDir, const QString& runDir) {
  studentDir_ = studentDir;
  runDir_ = runDir;
  openStudentButton_->setEnabled(!studentDir.isEmpty());
  openStudentButton_->setToolTip(studentDir);
  openRunButton_->setEnabled(!runDir.isEmpty());
  openRunButton_->setToolTip(runDir);
}

void TrainingMonitor::showFinalRun(const QString& runDir) {
  showRunInHeatmap(runDir, tr("The starting model (teacher) and the trained student on the dev pairs"));
}

void TrainingMonitor::showSelectedEpoch() {
  const auto selected = epochTable_->selectedItems();
  const int row = selected.isEmpty() ? epochTable_->rowCount() - 1 : selected.first()->row();
  if (row < 0) return;
  const QTableWidgetItem* epochItem = epochTable_->item(row, ColEpoch);
  const QString run = epochItem->data(kRunRole).toString();
  if (run.isEmpty()) return;
  const QString baseline = baselineBox_->currentData().toString();
  if (baseline.isEmpty())
    return showRunInHeatmap(run, tr("Student after epoch %1 on the dev pairs").arg(epochItem->text()));
  // One generation against another: the heatmap's run is the baseline, the selected epoch is
  // the compared run, so the cells read "epoch N - baseline".
  try {
    const std::vector<PairRecord> against = RunStore::open(baseline.toStdString()).readPairs();
    ComparedRun compared;
    compared.directory = run;
    compared.role = ModelRole::Student;
    compared.pairs = RunStore::open(run.toStdString()).readPairs();
    heatmap_->setRun(against, {});
    heatmap_->setComparison(std::move(compared));
    heatmap_->setMode(HeatmapView::Mode::RunDifference);
    heatmapCaption_->setText(tr("Student after epoch %1 minus after %2, dev F1 per pair")
                                 .arg(epochItem->text(), baselineBox_->currentText()));
  } catch (const std::exception& e) {
    heatmap_->setRun({}, {});
    heatmapCaption_->setText(tr("Cannot read the run: %1").arg(errorText(e)));
  }
}

void TrainingMonitor::showRunInHeatmap(const QString& runDirectory, const QString& caption) {
  // A dev run is a few pair files: reading them here is quick.
  try {
    heatmap_->setRun(RunStore::open(runDirectory.toStdString()).readPairs(), {});
    if (heatmap_->mode() == HeatmapView::Mode::RunDifference) heatmap_->setMode(HeatmapView::Mode::Student);
    heatmapCaption_->setText(caption);
  } catch (const std::exception& e) {
    heatmap_->setRun({}, {});
    heatmapCaption_->setText(tr("Cannot read the run: %1").arg(errorText(e)));
  }
}

QString TrainingMonitor::resolveInFolder(const std::string& path) const {
  return QDir(folder_).filePath(QString::fromStdString(path));  // absolute paths stay as they are
}

}  // namespace xlqa
