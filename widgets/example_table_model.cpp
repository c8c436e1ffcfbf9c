#include "widgets/example_table_model.h"

#include "widgets/background_release.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/store/example_tags.h"
#include "core/store/run_store.h"

namespace xlqa {
namespace {

QString fromUtf8(const std::string& text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString percent(double fraction) { return QString::number(fraction * 100.0, 'f', 1); }

QString signedPercent(double fraction) {
  const double value = fraction * 100.0;
  if (std::abs(value) < 0.05) return QStringLiteral("0.0");  // never "-0.0"
  return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1);
}

QString joinedGolds(const ExampleRecord& record, const QString& separator) {
  QStringList golds;
  golds.reserve(static_cast<qsizetype>(record.golds.size()));
  for (const std::string& gold : record.golds) golds << fromUtf8(gold);
  return golds.join(separator);
}

QString noResultText() { return QStringLiteral("\u2014"); }  // em dash

// "3", or "> 20" where the gold is not among the run's 20 kept spans; a dash without the model
// or before the run was ranked.
QString rankText(bool hasModel, std::uint8_t rank, int limit) {
  if (!hasModel || limit == 0) return noResultText();
  return rank > 0 ? QString::number(rank) : QStringLiteral("> %1").arg(limit);
}

ExampleRow rowFor(const ExampleRecord& record, std::size_t pairIndex, std::size_t exampleIndex) {
  ExampleRow row;
  row.pairIndex = static_cast<std::uint16_t>(pairIndex);
  row.exampleIndex = static_cast<std::uint32_t>(exampleIndex);
  if (record.teacher) {
    row.flags |= ExampleRow::HasTeacher;
    row.teacherF1 = record.teacher->f1;
  }
  if (record.student) {
    row.flags |= ExampleRow::HasStudent;
    row.studentF1 = record.student->f1;
  }
  return row;
}

}  // namespace

ExampleTableData ExampleTableData::build(std::vector<PairRecord> pairs,
                                         std::vector<std::vector<ExampleRecord>> examples) {
  ExampleTableData table;
  examples.resize(pairs.size());
  std::size_t total = 0;
  for (const auto& pairExamples : examples) total += pairExamples.size();
  table.rows.reserve(total);
  table.pairFirstRow.reserve(pairs.size());
  for (std::size_t p = 0; p < examples.size(); ++p) {
    table.pairFirstRow.push_back(table.rows.size());
    for (std::size_t e = 0; e < examples[p].size(); ++e) table.rows.push_back(rowFor(examples[p][e], p, e));
  }
  table.pairs = std::move(pairs);
  table.examples = std::move(examples);
  return table;
}

std::optional<ExampleTableData> ExampleTableData::loadRun(
    const RunStore& store, const std::atomic<bool>* cancel,
    const std::function<void(std::size_t, std::size_t)>& progress) {
  const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
  std::vector<PairRecord> pairs = store.readPairs();
  std::vector<std::vector<ExampleRecord>> examples;
  examples.reserve(pairs.size());
  for (const PairRecord& pair : pairs) {
    if (cancelled()) return std::nullopt;
    examples.push_back(store.readExamples(pair.pair));
    if (progress) progress(examples.size(), pairs.size());
  }
  if (cancelled()) return std::nullopt;
  ExampleTableData table = build(std::move(pairs), std::move(examples));
  table.rankGolds(store.manifest());
  return table;
}

void ExampleTableData::rankGolds(const RunManifest& manifest) {
  goldRanks = runGoldRanks(manifest, pairs, examples);
  const auto stored = [](const std::optional<int>& rank) {
    return static_cast<std::uint8_t>(std::clamp(rank.value_or(0), 0, 255));
  };
  for (ExampleRow& row : rows) {
    const ExampleGoldRank& ranks = goldRanks[row.pairIndex].examples[row.exampleIndex];
    row.teacherRank = stored(ranks.teacher);
    row.studentRank = stored(ranks.student);
  }
  rankLimit = 0;
  for (const PairGoldRanks& ranks : goldRanks) rankLimit = std::max(rankLimit, ranks.kLimit);
}

int ExampleTableData::pairIndexOf(const std::string& pairKey) const {
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i].pair.key() == pairKey) return static_cast<int>(i);
  }
  return -1;
}

int ExampleTableData::rowOf(const std::string& pairKey, const std::string& id) const {
  const int pairIndex = pairIndexOf(pairKey);
  if (pairIndex < 0) return -1;
  const auto& pairExamples = examples[static_cast<std::size_t>(pairIndex)];
  for (std::size_t e = 0; e < pairExamples.size(); ++e) {
    if (pairExamples[e].id == id) return static_cast<int>(pairFirstRow[static_cast<std::size_t>(pairIndex)] + e);
  }
  return -1;
}

QString tagLabelDisplayName(const std::string& label) {
  static const char* const translatable[] = {QT_TRANSLATE_NOOP("ExampleTags", "gold wrong"),
                                             QT_TRANSLATE_NOOP("ExampleTags", "ambiguous"),
                                             QT_TRANSLATE_NOOP("ExampleTags", "model error")};
  for (const char* standard : translatable) {
    if (label == standard) return QCoreApplication::translate("ExampleTags", standard);
  }
  return fromUtf8(label);
}

ExampleTableModel::ExampleTableModel(QObject* parent)
    : QAbstractTableModel(parent), table_(std::make_shared<const ExampleTableData>()) {}

void ExampleTableModel::setRun(std::vector<PairRecord> pairs, std::vector<std::vector<ExampleRecord>> examples) {
  setTable(ExampleTableData::build(std::move(pairs), std::move(examples)));
}

void ExampleTableModel::setTable(std::shared_ptr<const ExampleTableData> table) {
  beginResetModel();
  std::shared_ptr<const ExampleTableData> previous = std::move(table_);
  table_ = table ? std::move(table) : std::make_shared<const ExampleTableData>();
  rows_ = table_->rows;
  updateTaggedFlags();
  endResetModel();
  releaseInBackground(std::move(previous));
}

void ExampleTableModel::setTable(ExampleTableData table) {
  setTable(std::make_shared<const ExampleTableData>(std::move(table)));
}

void ExampleTableModel::clear() { setTable(std::shared_ptr<const ExampleTableData>()); }

void ExampleTableModel::setTags(const ExampleTags* tags) {
  beginResetModel();
  tags_ = tags;
  updateTaggedFlags();
  endResetModel();
}

void ExampleTableModel::updateTaggedFlags() {
  for (ExampleRow& row : rows_) row.flags &= static_cast<std::uint8_t>(~ExampleRow::Tagged);
  if (!tags_) return;
  // Tags are few next to rows: look each one up rather than every row in the tags.
  for (const ExampleTag& tag : tags_->all()) {
    const int row = table_->rowOf(tag.pair, tag.id);
    if (row >= 0) rows_[static_cast<std::size_t>(row)].flags |= ExampleRow::Tagged;
  }
}

void ExampleTableModel::refreshTag(const std::string& pairKey, const std::string& id) {
  const int row = table_->rowOf(pairKey, id);
  if (row < 0) return;
  ExampleRow& entry = rows_[static_cast<std::size_t>(row)];
  if (tags_ && tags_->find(pairKey, id)) {
    entry.flags |= ExampleRow::Tagged;
  } else {
    entry.flags &= static_cast<std::uint8_t>(~ExampleRow::Tagged);
  }
  const QModelIndex cell = index(row, TagColumn);
  emit dataChanged(cell, cell);
}

const ExampleRecord& ExampleTableModel::recordAt(int row) const {
  const ExampleRow& entry = rowAt(row);
  return table_->examples[entry.pairIndex][entry.exampleIndex];
}

const PairRecord& ExampleTableModel::pairRecordAt(int row) const { return table_->pairs[rowAt(row).pairIndex]; }

int ExampleTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(table_->rows.size());
}

int ExampleTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExampleTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const ExampleRow& row = rowAt(index.row());
  const int column = index.column();
  switch (role) {
    case Qt::DisplayRole: return displayText(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case SortRole: return sortValue(row, column);
    case Qt::TextAlignmentRole:
      if (column == TeacherF1Column || column == StudentF1Column || column == DeltaF1Column ||
          column == TeacherRankColumn || column == StudentRankColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
      }
      return {};
    case Qt::ForegroundRole: {
      if (column == TeacherPredictionColumn || column == StudentPredictionColumn) {
        const ExampleRecord& record = table_->examples[row.pairIndex][row.exampleIndex];
        const auto& result = column == TeacherPredictionColumn ? record.teacher : record.student;
        if (!result || result->prediction.empty()) return QBrush(QColor(0x70, 0x70, 0x70));  // placeholder text
        return {};
      }
      // Blue for gains, vermillion for losses: told apart with any colour vision.
      if (column == DeltaF1Column && row.hasDelta() && std::abs(row.deltaF1()) >= 0.0005) {
        return QBrush(row.deltaF1() > 0 ? QColor(0x00, 0x5a, 0x9c) : QColor(0xb0, 0x40, 0x00));
      }
      return {};
    }
    default: return {};
  }
}

QVariant ExampleTableModel::displayText(const ExampleRow& row, int column) const {
  const ExampleRecord& record = table_->examples[row.pairIndex][row.exampleIndex];
  const auto prediction = [](const std::optional<ModelExampleResult>& result) -> QString {
    if (!result) return noResultText();
    if (result->prediction.empty()) return QCoreApplication::translate("xlqa::ExampleTableModel", "(no answer)");
    return fromUtf8(result->prediction);
  };
  switch (column) {
    case PairColumn: return fromUtf8(table_->pairs[row.pairIndex].pair.key());
    case IdColumn: return fromUtf8(record.id);
    case GoldColumn: return joinedGolds(record, QStringLiteral(" | "));
    case TeacherPredictionColumn: return prediction(record.teacher);
    case TeacherF1Column: return row.hasTeacher() ? percent(row.teacherF1) : noResultText();
    case StudentPredictionColumn: return prediction(record.student);
    case StudentF1Column: return row.hasStudent() ? percent(row.studentF1) : noResultText();
    case DeltaF1Column: return row.hasDelta() ? signedPercent(row.deltaF1()) : noResultText();
    case TeacherRankColumn: return rankText(row.hasTeacher(), row.teacherRank, table_->rankLimit);
    case StudentRankColumn: return rankText(row.hasStudent(), row.studentRank, table_->rankLimit);
    case TagColumn:
      if (row.isTagged() && tags_) {
        const ExampleTag* tag = tags_->find(table_->pairs[row.pairIndex].pair.key(), record.id);
        if (tag) return tagLabelDisplayName(tag->label);
      }
      return QString();
    default: return {};
  }
}

QVariant ExampleTableModel::toolTip(const ExampleRow& row, int column) const {
  const ExampleRecord& record = table_->examples[row.pairIndex][row.exampleIndex];
  switch (column) {
    case GoldColumn:
      return record.golds.size() > 1 ? joinedGolds(record, QStringLiteral("\n")) : displayText(row, column);
    case IdColumn:
    case TeacherPredictionColumn:
    case StudentPredictionColumn: return displayText(row, column);
    case TagColumn:
      if (row.isTagged() && tags_) {
        const ExampleTag* tag = tags_->find(table_->pairs[row.pairIndex].pair.key(), record.id);
        if (tag && !tag->note.empty()) return fromUtf8(tag->note);
      }
      return {};
    default: return {};
  }
}

QVariant ExampleTableModel::sortValue(const ExampleRow& row, int column) const {
  switch (column) {
    case TeacherF1Column: return row.hasTeacher() ? QVariant(row.teacherF1 * 100.0) : QVariant();
    case StudentF1Column: return row.hasStudent() ? QVariant(row.studentF1 * 100.0) : QVariant();
    case DeltaF1Column: return row.hasDelta() ? QVariant(row.deltaF1() * 100.0) : QVariant();
    case TeacherRankColumn:
    case StudentRankColumn: {
      const std::optional<int> key =
          row.rankSortKey(column == TeacherRankColumn ? ModelRole::Teacher : ModelRole::Student, table_->rankLimit);
      return key ? QVariant(*key) : QVariant();
    }
    default: return displayText(row, column);
  }
}

// Qualified tr(): lupdate 6.4 loses the namespace of this class here and files the strings under
// a context the running app never asks for.
QVariant ExampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case PairColumn: return xlqa::ExampleTableModel::tr("Question language - context language");
      case TeacherF1Column:
      case StudentF1Column:
        return xlqa::ExampleTableModel::tr("Per-example F1 as the official script computes it, 0-100");
      case DeltaF1Column: return xlqa::ExampleTableModel::tr("Student F1 minus teacher F1");
      case TeacherRankColumn:
      case StudentRankColumn:
        return xlqa::ExampleTableModel::tr(
                   "Where the gold answer is in the model's n-best list (1: its prediction); "
                   "\"> %1\": not among the %1 spans the run kept")
            .arg(table_->rankLimit);
      case TagColumn: return xlqa::ExampleTableModel::tr("The annotator's tag; hover a tag to read its note");
      default: return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (section) {
    case PairColumn: return xlqa::ExampleTableModel::tr("Pair");
    case IdColumn: return xlqa::ExampleTableModel::tr("Id");
    case GoldColumn: return xlqa::ExampleTableModel::tr("Gold");
    case TeacherPredictionColumn: return xlqa::ExampleTableModel::tr("Teacher prediction");
    case TeacherF1Column: return xlqa::ExampleTableModel::tr("Teacher F1");
    case StudentPredictionColumn: return xlqa::ExampleTableModel::tr("Student prediction");
    case StudentF1Column: return xlqa::ExampleTableModel::tr("Student F1");
    case DeltaF1Column: return xlqa::ExampleTableModel::tr("ΔF1");
    case TeacherRankColumn: return xlqa::ExampleTableModel::tr("Teacher rank");
    case StudentRankColumn: return xlqa::ExampleTableModel::tr("Student rank");
    default: return xlqa::ExampleTableModel::tr("Tag");
  }
}

}  // namespace xlqa
