#include "widgets/gold_rank_view.h"

#include <qcustomplot.h>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/span_probability_view.h"  // palette

namespace xlqa {
namespace {

constexpr int kAllPairs = 0, kSameLanguage = 1;  // the scope box's first two entries

QString fromUtf8(const std::string& text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

GoldRankView::GoldRankView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Pairs:"), this));
  scope_ = new QComboBox(this);
  scope_->setObjectName(QStringLiteral("goldRankScope"));
  bar->addWidget(scope_);
  bar->addStretch(1);
  showMoved_ = new QPushButton(tr("Show the examples the student moved to rank 1"), this);
  bar->addWidget(showMoved_);
  layout->addLayout(bar);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  layout->addWidget(summary_);

  plot_ = new QCustomPlot(this);
  plot_->setMinimumSize(320, 240);
  plot_->xAxis->setLabel(tr("k (spans looked at, best first)"));
  plot_->yAxis->setLabel(tr("EM@k: gold among the top k (%)"));
  plot_->yAxis->setRange(0, 100);
  plot_->xAxis->setTicker(QSharedPointer<QCPAxisTickerFixed>::create());
  qSharedPointerCast<QCPAxisTickerFixed>(plot_->xAxis->ticker())->setTickStep(1);
  plot_->legend->setVisible(true);
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  teacher_ = plot_->addGraph();
  teacher_->setName(tr("Teacher"));
  teacher_->setPen(QPen(palette::kOrange, 2.2));
  teacher_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
  student_ = plot_->addGraph();
  student_->setName(tr("Student"));
  student_->setPen(QPen(palette::kBlue, 2.2));
  student_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
  layout->addWidget(plot_, 1);

  connect(scope_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
  connect(showMoved_, &QPushButton::clicked, this, [this] { emit movedExamplesRequested(scopePair()); });
  setRanks({});
}

void GoldRankView::setRanks(std::vector<PairGoldRanks> ranks) {
  ranks_ = std::move(ranks);
  rebuildScopes();
  redraw();
}

void GoldRankView::rebuildScopes() {
  const QSignalBlocker block(scope_);
  scope_->clear();
  scope_->addItem(tr("All pairs (G-XLT mean)"));
  scope_->addItem(tr("Same-language pairs (XLT mean)"));
  for (const PairGoldRanks& ranks : ranks_) scope_->addItem(fromUtf8(ranks.pair.key()), fromUtf8(ranks.pair.key()));
}

void GoldRankView::showPair(const std::optional<LanguagePair>& pair) {
  if (!pair) return scope_->setCurrentIndex(kAllPairs);
  const int index = scope_->findData(fromUtf8(pair->key()));
  if (index >= 0) scope_->setCurrentIndex(index);
}

void GoldRankView::showSameLanguageMean() { scope_->setCurrentIndex(kSameLanguage); }

std::optional<LanguagePair> GoldRankView::scopePair() const {
  if (scope_->currentIndex() <= kSameLanguage) return std::nullopt;
  return parseLanguagePair(scope_->currentData().toString().toStdString());
}

std::vector<double> GoldRankView::plotted(ModelRole role) const {
  std::vector<double> values;
  const QCPGraph* graph = role == ModelRole::Teacher ? teacher_ : student_;
  for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) values.push_back(it->value);
  return values;
}

QString GoldRankView::summaryText() const { return summary_->text(); }

void GoldRankView::redraw() {
  const std::optional<LanguagePair> pair = scopePair();
  const bool sameLanguage = scope_->currentIndex() == kSameLanguage;
  const auto include = [&](const LanguagePair& p) {
    return pair ? p == *pair : !sameLanguage || p.question == p.context;
  };
  std::size_t moved = 0, examples = 0;
  int kLimit = 0;
  for (const PairGoldRanks& ranks : ranks_) {
    if (!include(ranks.pair)) continue;
    moved += ranks.studentMovedGoldToTop;
    examples += ranks.examples.size();
    kLimit = std::max(kLimit, ranks.kLimit);
  }
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    QCPGraph* graph = role == ModelRole::Teacher ? teacher_ : student_;
    graph->data()->clear();
    if (const std::optional<EmAtK> curve = meanEmAtK(ranks_, role, include))
      for (std::size_t k = 0; k < curve->values.size(); ++k) graph->addData(double(k + 1), curve->values[k]);
  }
  plot_->xAxis->setRange(0.5, std::max(1, kLimit) + 0.5);
  plot_->replot(QCustomPlot::rpQueuedReplot);
  showMoved_->setEnabled(moved > 0);
  if (ranks_.empty()) {
    summary_->setText(tr("Open a run to see where the gold answer sits in each model's n-best list."));
    return;
  }
  const std::vector<double> teacher = plotted(ModelRole::Teacher), student = plotted(ModelRole::Student);
  QString line = tr("The student moved the gold to rank 1 in %1 of %2 examples.").arg(moved).arg(examples);
  if (!teacher.empty() && !student.empty())
    line += QLatin1Char(' ') + tr("EM@1 %1 → %2, EM@%3 %4 → %5 (teacher → student); the run kept %3 spans per "
                                  "example, so EM@k is known up to k = %3.")
                                   .arg(teacher.front(), 0, 'f', 1)
                                   .arg(student.front(), 0, 'f', 1)
                                   .arg(kLimit)
                                   .arg(teacher.back(), 0, 'f', 1)
                                   .arg(student.back(), 0, 'f', 1);
  summary_->setText(line);
}

}  // namespace xlqa
