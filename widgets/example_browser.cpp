#include "widgets/example_browser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <exception>

#include "core/io/json_file.h"
#include "core/store/example_tags.h"
#include "widgets/error_text.h"

namespace xlqa {
namespace {

constexpr int kSearchPauseMs = 250;

QString fromUtf8(const std::string& text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

ExampleBrowser::ExampleBrowser(QWidget* parent) : QWidget(parent), tags_(std::make_unique<ExampleTags>()) {
  model_ = new ExampleTableModel(this);
  filter_ = new ExampleFilterModel(this);
  filter_->setSourceModel(model_);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(createFilterBar());
  createTable();
  detail_ = new ExampleDetailView;
  auto* splitter = new QSplitter(Qt::Vertical);
  splitter->setChildrenCollapsible(false);
  splitter->addWidget(table_);
  splitter->addWidget(detail_);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({450, 500});
  layout->addWidget(splitter, 1);

  // Filtering a large run emits many row ranges; count once they have all arrived.
  countTimer_ = new QTimer(this);
  countTimer_->setSingleShot(true);
  countTimer_->setInterval(0);
  connect(countTimer_, &QTimer::timeout, this, &ExampleBrowser::updateCount);
  connect(filter_, &QAbstractItemModel::rowsInserted, this, &ExampleBrowser::scheduleCountUpdate);
  connect(filter_, &QAbstractItemModel::rowsRemoved, this, &ExampleBrowser::scheduleCountUpdate);
  connect(filter_, &QAbstractItemModel::modelReset, this, &ExampleBrowser::scheduleCountUpdate);
  connect(filter_, &QAbstractItemModel::layoutChanged, this, &ExampleBrowser::scheduleCountUpdate);
  connect(detail_, &ExampleDetailView::tagChanged, this, &ExampleBrowser::onTagChanged);

  model_->setTags(tags_.get());
  detail_->setTags(nullptr);  // no run yet
  updateCount();
}

ExampleBrowser::~ExampleBrowser() {
  // The model and the detail view point at tags_; let them go first.
  model_->setTags(nullptr);
  detail_->setTags(nullptr);
}

QWidget* ExampleBrowser::createFilterBar() {
  auto* bar = new QWidget;
  auto* rows = new QVBoxLayout(bar);
  rows->setContentsMargins(0, 0, 0, 0);
  auto* first = new QHBoxLayout;
  auto* second = new QHBoxLayout;
  rows->addLayout(first);
  rows->addLayout(second);
  addScoreFilters(first);
  addSearchRow(second);
  connectFilters();
  rebuildPairChoices();
  return bar;
}

// Pair, failing-only (model and F1 threshold) and teacher/student disagreement.
void ExampleBrowser::addScoreFilters(QHBoxLayout* first) {
  pairBox_ = new QComboBox;
  pairBox_->setObjectName(QStringLiteral("pairFilter"));
  pairBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  pairBox_->setToolTip(tr("Question language - context language"));
  first->addWidget(new QLabel(tr("Pair")));
  first->addWidget(pairBox_);
  first->addSpacing(12);

  failingBox_ = new QCheckBox(tr("Failing only:"));
  failingBox_->setObjectName(QStringLiteral("failingOnly"));
  failingModelBox_ = new QComboBox;
  failingModelBox_->setObjectName(QStringLiteral("failingModel"));
  failingModelBox_->addItem(tr("teacher or student"), int(ExampleFilterModel::ScoreModel::Either));
  failingModelBox_->addItem(tr("teacher"), int(ExampleFilterModel::ScoreModel::Teacher));
  failingModelBox_->addItem(tr("student"), int(ExampleFilterModel::ScoreModel::Student));
  failingModelBox_->setEnabled(false);
  thresholdBox_ = new QDoubleSpinBox;
  thresholdBox_->setObjectName(QStringLiteral("threshold"));
  thresholdBox_->setRange(0, 100);
  thresholdBox_->setDecimals(1);
  thresholdBox_->setSingleStep(5);
  thresholdBox_->setValue(filter_->threshold());
  thresholdBox_->setToolTip(tr("An answer is wrong when its F1 (0-100) is below this, right otherwise"));
  first->addWidget(failingBox_);
  first->addWidget(failingModelBox_);
  first->addWidget(new QLabel(tr("F1 below")));
  first->addWidget(thresholdBox_);
  first->addSpacing(12);

  disagreementBox_ = new QComboBox;
  disagreementBox_->setObjectName(QStringLiteral("disagreement"));
  disagreementBox_->addItem(tr("Teacher vs student: any"), int(ExampleFilterModel::Disagreement::Any));
  disagreementBox_->addItem(tr("Teacher right, student wrong"),
                            int(ExampleFilterModel::Disagreement::TeacherRightStudentWrong));
  disagreementBox_->addItem(tr("Student right, teacher wrong"),
                            int(ExampleFilterModel::Disagreement::StudentRightTeacherWrong));
  disagreementBox_->addItem(tr("Student moved the gold to rank 1"),
                            int(ExampleFilterModel::Disagreement::StudentMovedGoldToTop));
  disagreementBox_->setItemData(3,
                                tr("The student's best span is the gold answer; the teacher ranked it lower "
                                   "or not among its kept spans"),
                                Qt::ToolTipRole);
  disagreementBox_->setToolTip(thresholdBox_->toolTip());
  first->addWidget(disagreementBox_);
  first->addStretch(1);
}

// Search, tagged-only, the count and the tags export.
void ExampleBrowser::addSearchRow(QHBoxLayout* second) {
  searchEdit_ = new QLineEdit;
  searchEdit_->setObjectName(QStringLiteral("search"));
  searchEdit_->setPlaceholderText(tr("Search ids, gold answers and predictions"));
  searchEdit_->setClearButtonEnabled(true);
  searchTimer_ = new QTimer(this);
  searchTimer_->setSingleShot(true);
  searchTimer_->setInterval(kSearchPauseMs);
  taggedBox_ = new QCheckBox(tr("Tagged only"));
  taggedBox_->setObjectName(QStringLiteral("taggedOnly"));
  countLabel_ = new QLabel;
  countLabel_->setObjectName(QStringLiteral("count"));
  exportButton_ = new QPushButton(tr("Export tags as CSV…"));
  exportButton_->setObjectName(QStringLiteral("exportTags"));
  second->addWidget(searchEdit_, 1);
  second->addWidget(taggedBox_);
  second->addSpacing(12);
  second->addWidget(countLabel_);
  second->addSpacing(12);
  second->addWidget(exportButton_);
}

void ExampleBrowser::connectFilters() {
  connect(pairBox_, &QComboBox::currentIndexChanged, this, [this] {
    const QString key = pairBox_->currentData().toString();
    filter_->setPairFilter(key.isEmpty() ? std::nullopt : std::optional(parseLanguagePair(key.toStdString())));
    afterFilterChange();
  });
  connect(failingBox_, &QCheckBox::toggled, this, [this](bool on) {
    failingModelBox_->setEnabled(on);
    filter_->setFailingOnly(on);
    afterFilterChange();
  });
  connect(failingModelBox_, &QComboBox::currentIndexChanged, this, [this] {
    filter_->setFailingModel(static_cast<ExampleFilterModel::ScoreModel>(failingModelBox_->currentData().toInt()));
    afterFilterChange();
  });
  connect(thresholdBox_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
    filter_->setThreshold(value);
    afterFilterChange();
  });
  connect(disagreementBox_, &QComboBox::currentIndexChanged, this, [this] {
    filter_->setDisagreement(static_cast<ExampleFilterModel::Disagreement>(disagreementBox_->currentData().toInt()));
    afterFilterChange();
  });
  connect(taggedBox_, &QCheckBox::toggled, this, [this](bool on) {
    filter_->setTaggedOnly(on);
    afterFilterChange();
  });
  connect(searchEdit_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
  connect(searchEdit_, &QLineEdit::returnPressed, this, &ExampleBrowser::applySearchNow);
  connect(searchTimer_, &QTimer::timeout, this, &ExampleBrowser::applySearchNow);
  connect(exportButton_, &QPushButton::clicked, this, &ExampleBrowser::chooseCsvExport);
}

void ExampleBrowser::createTable() {
  table_ = new QTableView;
  table_->setObjectName(QStringLiteral("examples"));
  table_->setModel(filter_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setWordWrap(false);
  table_->setTextElideMode(Qt::ElideRight);
  table_->setAlternatingRowColors(true);
  // Fixed row heights: the view never measures rows, which keeps 171k rows smooth.
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  // Room for the marks above and below the line in Devanagari, Thai and Arabic fallback fonts.
  table_->verticalHeader()->setDefaultSectionSize(qRound(table_->fontMetrics().height() * 1.6));
  table_->verticalHeader()->hide();
  table_->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(table_, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
    const QModelIndex index = table_->indexAt(position);
    if (!index.isValid()) return;
    const QString id = fromUtf8(model_->recordAt(filter_->mapToSource(index).row()).id);
    QMenu menu(this);
    menu.addAction(tr("Show this question in every language pair"), this, [this, id] { emit gridRequested(id); });
    menu.exec(table_->viewport()->mapToGlobal(position));
  });
  QHeaderView* header = table_->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::Interactive);
  header->setStretchLastSection(true);
  const QFontMetrics metrics = table_->fontMetrics();
  const int em = metrics.horizontalAdvance(QLatin1Char('M'));
  const int idWidth = metrics.horizontalAdvance(QStringLiteral("56beb4343aeaaa14008c925b")) + em;  // an XQuAD id
  const int widths[ExampleTableModel::ColumnCount] = {5 * em, idWidth, 14 * em, 14 * em, 6 * em, 14 * em,
                                                      6 * em, 5 * em,  7 * em,  7 * em,  8 * em};
  for (int column = 0; column < ExampleTableModel::ColumnCount; ++column)
    table_->setColumnWidth(column, widths[column]);
  table_->setSortingEnabled(true);
  table_->sortByColumn(ExampleTableModel::PairColumn, Qt::AscendingOrder);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { onCurrentRowChanged(current); });
}

void ExampleBrowser::setData(ExampleTableData table, ExampleTags tags) {
  setData(std::make_shared<const ExampleTableData>(std::move(table)), std::move(tags));
}

void ExampleBrowser::setData(std::shared_ptr<const ExampleTableData> table, ExampleTags tags) {
  // The model and the detail view hold the old tags until they get the new ones.
  model_->setTags(nullptr);
  detail_->setTags(nullptr);
  detail_->clear();
  *tags_ = std::move(tags);
  model_->setTable(std::move(table));
  model_->setTags(tags_.get());
  detail_->setTags(tags_.get());
  rebuildPairChoices();
  updateCount();
}

void ExampleBrowser::clear() { setData(std::shared_ptr<const ExampleTableData>(), ExampleTags()); }

void ExampleBrowser::rebuildPairChoices() {
  const QString selected = pairBox_->currentData().toString();
  const QSignalBlocker blocker(pairBox_);
  pairBox_->clear();
  pairBox_->addItem(tr("All pairs"), QString());
  const QLocale locale;
  for (const PairRecord& pair : model_->table().pairs) {
    const QString key = fromUtf8(pair.pair.key());
    const auto index = static_cast<std::size_t>(&pair - model_->table().pairs.data());
    pairBox_->addItem(tr("%1 (%2)").arg(key, locale.toString(qulonglong(model_->table().examples[index].size()))), key);
  }
  const int keep = pairBox_->findData(selected);
  pairBox_->setCurrentIndex(keep >= 0 ? keep : 0);
  if (keep < 0) filter_->setPairFilter(std::nullopt);
}

bool ExampleBrowser::showPair(const LanguagePair& pair) {
  const int index = pairBox_->findData(fromUtf8(pair.key()));
  if (index < 0) return false;
  pairBox_->setCurrentIndex(index);
  return true;
}

void ExampleBrowser::showAllPairs() { pairBox_->setCurrentIndex(0); }

void ExampleBrowser::setFailingOnly(bool on) { failingBox_->setChecked(on); }

void ExampleBrowser::setFailingModel(ExampleFilterModel::ScoreModel model) {
  failingModelBox_->setCurrentIndex(failingModelBox_->findData(int(model)));
}

void ExampleBrowser::setThreshold(double threshold) { thresholdBox_->setValue(threshold); }

void ExampleBrowser::setDisagreement(ExampleFilterModel::Disagreement disagreement) {
  disagreementBox_->setCurrentIndex(disagreementBox_->findData(int(disagreement)));
}

void ExampleBrowser::setTaggedOnly(bool on) { taggedBox_->setChecked(on); }

void ExampleBrowser::setSearchText(const QString& text) { searchEdit_->setText(text); }

void ExampleBrowser::applySearchNow() {
  searchTimer_->stop();
  filter_->setSearchText(searchEdit_->text().trimmed());
  afterFilterChange();
}

void ExampleBrowser::afterFilterChange() {
  updateCount();
  // Keep the open example in sight when it survives the filter.
  const QModelIndex current = table_->currentIndex();
  if (current.isValid()) table_->scrollTo(current);
}

int ExampleBrowser::visibleRowCount() const { return filter_->rowCount(); }

int ExampleBrowser::totalRowCount() const { return model_->rowCount(); }

QString ExampleBrowser::countText() const {
  const QLocale locale;
  return tr("%1 of %2 examples").arg(locale.toString(visibleRowCount()), locale.toString(totalRowCount()));
}

void ExampleBrowser::scheduleCountUpdate() { countTimer_->start(); }

void ExampleBrowser::updateCount() {
  countTimer_->stop();
  countLabel_->setText(countText());
}

void ExampleBrowser::openRow(int visibleRow) {
  const QModelIndex index = filter_->index(visibleRow, 0);
  if (!index.isValid()) return;
  table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  table_->scrollTo(index);
}

bool ExampleBrowser::openExample(const LanguagePair& pair, const std::string& id) {
  const int sourceRow = model_->rowOf(pair.key(), id);
  if (sourceRow < 0 || !showPair(pair)) return false;
  QModelIndex index = filter_->mapFromSource(model_->index(sourceRow, 0));
  if (!index.isValid()) {  // hidden by a filter: show the pair's examples unfiltered instead
    setFailingOnly(false), setDisagreement(ExampleFilterModel::Disagreement::Any), setTaggedOnly(false);
    setSearchText(QString());
    applySearchNow();
    index = filter_->mapFromSource(model_->index(sourceRow, 0));
  }
  if (!index.isValid()) return false;
  openRow(index.row());
  return true;
}

void ExampleBrowser::onCurrentRowChanged(const QModelIndex& current) {
  // A row filtered away leaves the last example on show.
  if (!current.isValid()) return;
  openSourceRow(filter_->mapToSource(current).row());
}

void ExampleBrowser::openSourceRow(int sourceRow) {
  const ExampleRecord& record = model_->recordAt(sourceRow);
  const LanguagePair pair = model_->pairRecordAt(sourceRow).pair;
  std::optional<ExampleTexts> texts;
  if (textProvider) texts = textProvider(pair, record.id);
  if (texts) {
    detail_->setExample(texts->question, texts->context, record, pair, texts->goldSpan);
  } else {
    detail_->setExample(QString(), QString(), record, pair);
  }
  emit exampleOpened(pair, fromUtf8(record.id));
}

void ExampleBrowser::onTagChanged(const LanguagePair& pair, const QString& id) {
  model_->refreshTag(pair.key(), id.toStdString());
}

bool ExampleBrowser::exportTagsCsv(const QString& path, QString* error) const {
  try {
    writeFileAtomically(path.toStdString(), tags_->toCsv());
    return true;
  } catch (const std::exception& e) {
    if (error) *error = errorText(e);
    return false;
  }
}

void ExampleBrowser::chooseCsvExport() {
  const QString folder = tags_->runDirectory().empty() ? QDir::homePath() : fromUtf8(tags_->runDirectory());
  const QString path = QFileDialog::getSaveFileName(this, tr("Export tags as CSV"),
                                                    folder + QStringLiteral("/tags.csv"), tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  QString error;
  if (!exportTagsCsv(path, &error)) QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace xlqa
