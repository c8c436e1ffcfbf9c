#include "widgets/example_filter_model.h"

#include <cmath>

#include "core/store/example_tags.h"
#include "widgets/example_table_model.h"

namespace xlqa {
namespace {

bool containsText(const std::string& haystack, const QString& needle) {
  return QString::fromUtf8(haystack.data(), static_cast<qsizetype>(haystack.size()))
      .contains(needle, Qt::CaseInsensitive);
}

}  // namespace

ExampleFilterModel::ExampleFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
  setSortRole(ExampleTableModel::SortRole);
}

void ExampleFilterModel::setSourceModel(QAbstractItemModel* model) {
  if (table_) disconnect(table_, nullptr, this, nullptr);
  table_ = qobject_cast<ExampleTableModel*>(model);
  Q_ASSERT_X(!model || table_, "ExampleFilterModel", "the source must be an ExampleTableModel");
  // The pair index must be current before the base class re-filters on the reset.
  if (table_) connect(table_, &QAbstractItemModel::modelReset, this, [this] { resolvePairIndex(); });
  resolvePairIndex();
  QSortFilterProxyModel::setSourceModel(table_);
}

void ExampleFilterModel::resolvePairIndex() {
  pairIndex_ = table_ && pair_ ? table_->table().pairIndexOf(pair_->key()) : -1;
}

void ExampleFilterModel::refilter() {
  // A full re-map (one layout change) rather than invalidateFilter(): the latter diffs the old
  // and new row sets and emits a rowsRemoved/rowsInserted pair per stretch of changed rows,
  // which a table view attached to a 171k-row run takes seconds to digest; this takes ~50 ms.
  // Persistent indexes (the selection) survive it.
  invalidate();
}

void ExampleFilterModel::setPairFilter(const std::optional<LanguagePair>& pair) {
  if (pair_ == pair) return;
  pair_ = pair;
  resolvePairIndex();
  refilter();
}

void ExampleFilterModel::setFailingOnly(bool on) {
  if (failingOnly_ == on) return;
  failingOnly_ = on;
  refilter();
}

void ExampleFilterModel::setFailingModel(ScoreModel model) {
  if (failingModel_ == model) return;
  failingModel_ = model;
  if (failingOnly_) refilter();
}

void ExampleFilterModel::setThreshold(double threshold) {
  if (threshold_ == threshold) return;
  threshold_ = threshold;
  if (failingOnly_ || disagreement_ != Disagreement::Any) refilter();
}

void ExampleFilterModel::setDisagreement(Disagreement disagreement) {
  if (disagreement_ == disagreement) return;
  disagreement_ = disagreement;
  refilter();
}

void ExampleFilterModel::setSearchText(const QString& text) {
  if (search_ == text) return;
  search_ = text;
  refilter();
}

void ExampleFilterModel::setTaggedOnly(bool on) {
  if (taggedOnly_ == on) return;
  taggedOnly_ = on;
  refilter();
}

int ExampleFilterModel::sourceRow(int proxyRow) const {
  const QModelIndex source = mapToSource(index(proxyRow, 0));
  return source.isValid() ? source.row() : -1;
}

bool ExampleFilterModel::acceptsNumbers(const ExampleRow& row) const {
  if (pair_ && row.pairIndex != pairIndex_) return false;
  if (taggedOnly_ && !row.isTagged()) return false;
  // threshold / 100 is the double nearest the intended fraction, as the scores are: an F1 of
  // exactly 0.29 is not below a threshold of 29.
  const double line = threshold_ / 100.0;
  const bool teacherWrong = row.hasTeacher() && row.teacherF1 < line;
  const bool studentWrong = row.hasStudent() && row.studentF1 < line;
  if (failingOnly_) {
    const bool failing = failingModel_ == ScoreModel::Teacher   ? teacherWrong
                         : failingModel_ == ScoreModel::Student ? studentWrong
                                                                : teacherWrong || studentWrong;
    if (!failing) return false;
  }
  if (disagreement_ != Disagreement::Any) {
    if (!row.hasDelta()) return false;
    const bool wanted = disagreement_ == Disagreement::TeacherRightStudentWrong   ? !teacherWrong && studentWrong
                        : disagreement_ == Disagreement::StudentRightTeacherWrong ? teacherWrong && !studentWrong
                                                                                  : row.studentMovedGoldToTop();
    if (!wanted) return false;
  }
  return true;
}

bool ExampleFilterModel::matchesSearch(int sourceRow) const {
  const ExampleRecord& record = table_->recordAt(sourceRow);
  if (containsText(record.id, search_)) return true;
  for (const std::string& gold : record.golds) {
    if (containsText(gold, search_)) return true;
  }
  for (const auto* result : {&record.teacher, &record.student}) {
    if (*result && containsText((*result)->prediction, search_)) return true;
  }
  return false;
}

bool ExampleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  if (!table_ || sourceParent.isValid()) return false;
  if (!acceptsNumbers(table_->rowAt(sourceRow))) return false;
  return search_.isEmpty() || matchesSearch(sourceRow);
}

bool ExampleFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
  if (!table_) return QSortFilterProxyModel::lessThan(left, right);
  const ExampleRow& a = table_->rowAt(left.row());
  const ExampleRow& b = table_->rowAt(right.row());

  // Rows without a number go last whichever way the column is sorted.
  const bool descending = sortOrder() == Qt::DescendingOrder;
  const auto numeric = [descending](bool hasA, double valueA, bool hasB, double valueB) {
    if (hasA != hasB) return descending ? hasB : hasA;
    return hasA && valueA < valueB;
  };
  const ExampleRecord& recordA = table_->recordAt(left.row());
  const ExampleRecord& recordB = table_->recordAt(right.row());
  const auto prediction = [](const std::optional<ModelExampleResult>& result) -> const std::string* {
    return result ? &result->prediction : nullptr;
  };
  const auto text = [descending](const std::string* textA, const std::string* textB) {
    if ((textA != nullptr) != (textB != nullptr)) return descending ? textB != nullptr : textA != nullptr;
    return textA && *textA < *textB;  // UTF-8 bytes sort in code point order
  };

  switch (left.column()) {
    case ExampleTableModel::PairColumn:
      return a.pairIndex != b.pairIndex ? a.pairIndex < b.pairIndex : a.exampleIndex < b.exampleIndex;
    case ExampleTableModel::IdColumn: return recordA.id < recordB.id;
    case ExampleTableModel::GoldColumn:
      return text(recordA.golds.empty() ? nullptr : &recordA.golds.front(),
                  recordB.golds.empty() ? nullptr : &recordB.golds.front());
    case ExampleTableModel::TeacherPredictionColumn:
      return text(prediction(recordA.teacher), prediction(recordB.teacher));
    case ExampleTableModel::StudentPredictionColumn:
      return text(prediction(recordA.student), prediction(recordB.student));
    case ExampleTableModel::TeacherF1Column: return numeric(a.hasTeacher(), a.teacherF1, b.hasTeacher(), b.teacherF1);
    case ExampleTableModel::StudentF1Column: return numeric(a.hasStudent(), a.studentF1, b.hasStudent(), b.studentF1);
    case ExampleTableModel::DeltaF1Column: return numeric(a.hasDelta(), a.deltaF1(), b.hasDelta(), b.deltaF1());
    case ExampleTableModel::TeacherRankColumn:
    case ExampleTableModel::StudentRankColumn: {
      const ModelRole role =
          left.column() == ExampleTableModel::TeacherRankColumn ? ModelRole::Teacher : ModelRole::Student;
      const int limit = table_->table().rankLimit;
      const std::optional<int> rankA = a.rankSortKey(role, limit), rankB = b.rankSortKey(role, limit);
      return numeric(rankA.has_value(), rankA.value_or(0), rankB.has_value(), rankB.value_or(0));
    }
    case ExampleTableModel::TagColumn: {
      const ExampleTags* tags = table_->tags();
      const auto label = [&](const ExampleRow& row, const ExampleRecord& record) -> const std::string* {
        if (!row.isTagged() || !tags) return nullptr;
        const ExampleTag* tag = tags->find(table_->table().pairs[row.pairIndex].pair.key(), record.id);
        return tag ? &tag->label : nullptr;
      };
      return text(label(a, recordA), label(b, recordB));
    }
    default: return QSortFilterProxyModel::lessThan(left, right);
  }
}

}  // namespace xlqa
