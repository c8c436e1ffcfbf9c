#pragma once
// Filters and sorts the example table. The numeric filters read the rows' numbers directly, so
// filtering a full run (171k rows) takes milliseconds; the text search is the only filter that
// touches strings, and only while a search text is set. A change of filter re-maps all rows in
// one layout change, never row by row.
#include <QSortFilterProxyModel>
#include <QString>
#include <optional>

#include "core/data/language_pair.h"

namespace xlqa {

class ExampleTableModel;
struct ExampleRow;

class ExampleFilterModel : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  // Whose F1 the failing filter looks at; Either: the teacher's or the student's is low.
  enum class ScoreModel { Teacher, Student, Either };
  enum class Disagreement {
    Any,
    TeacherRightStudentWrong,  // teacher F1 >= threshold and student F1 < threshold
    StudentRightTeacherWrong,
    StudentMovedGoldToTop,  // the student ranks the gold first, the teacher lower or not at all
  };

  explicit ExampleFilterModel(QObject* parent = nullptr);

  // Takes an ExampleTableModel (anything else is refused).
  void setSourceModel(QAbstractItemModel* model) override;
  ExampleTableModel* tableModel() const { return table_; }

  // nullopt: all pairs. A pair that is not in the run shows nothing.
  void setPairFilter(const std::optional<LanguagePair>& pair);
  const std::optional<LanguagePair>& pairFilter() const { return pair_; }

  void setFailingOnly(bool on);
  bool failingOnly() const { return failingOnly_; }
  void setFailingModel(ScoreModel model);
  ScoreModel failingModel() const { return failingModel_; }
  // On the 0-100 scale; an example fails when its F1 is strictly below. Also the line between
  // right and wrong for the disagreement filter.
  void setThreshold(double threshold);
  double threshold() const { return threshold_; }

  void setDisagreement(Disagreement disagreement);
  Disagreement disagreement() const { return disagreement_; }

  // Case-insensitive, over the id, the golds and both predictions; empty: no search.
  void setSearchText(const QString& text);
  const QString& searchText() const { return search_; }

  void setTaggedOnly(bool on);
  bool taggedOnly() const { return taggedOnly_; }

  // The source row behind a row of this model, -1 for an invalid index.
  int sourceRow(int proxyRow) const;

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
  bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

 private:
  bool acceptsNumbers(const ExampleRow& row) const;
  bool matchesSearch(int sourceRow) const;
  void resolvePairIndex();
  void refilter();  // once per change of any filter

  ExampleTableModel* table_ = nullptr;
  std::optional<LanguagePair> pair_;
  int pairIndex_ = -1;  // pair_ resolved in the source table; -1: absent from it
  bool failingOnly_ = false;
  ScoreModel failingModel_ = ScoreModel::Either;
  double threshold_ = 50;
  Disagreement disagreement_ = Disagreement::Any;
  QString search_;
  bool taggedOnly_ = false;
};

}  // namespace xlqa
