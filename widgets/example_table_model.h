#pragma once
// The run's examples across all pairs as one table. Built for full runs (171,360 rows for the
// 144 XQuAD pairs): a row is a small struct of numbers pointing into the per-pair example
// records, and cell text is made only when a view asks for it.
#include <QAbstractTableModel>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/eval/run_records.h"
#include "core/store/gold_rank.h"

namespace xlqa {

class ExampleTags;
class RunStore;

// One example of one pair. F1 in [0, 1]; flags say which models answered.
struct ExampleRow {
  enum Flag : std::uint8_t { HasTeacher = 1, HasStudent = 2, Tagged = 4 };
  double teacherF1 = 0, studentF1 = 0;
  std::uint32_t exampleIndex = 0;  // into ExampleTableData::examples[pairIndex]
  std::uint16_t pairIndex = 0;     // into ExampleTableData::pairs
  std::uint8_t flags = 0;
  // The gold's rank in each model's kept spans (see core/store/gold_rank): 1.., 0 = not among
  // them (or not ranked yet). Capped at 255, far beyond any run's top_k.
  std::uint8_t teacherRank = 0, studentRank = 0;

  bool hasTeacher() const { return flags & HasTeacher; }
  bool hasStudent() const { return flags & HasStudent; }
  bool hasDelta() const { return hasTeacher() && hasStudent(); }
  bool isTagged() const { return flags & Tagged; }
  double deltaF1() const { return studentF1 - teacherF1; }  // meaningful only when hasDelta()
  bool studentMovedGoldToTop() const { return hasDelta() && studentRank == 1 && teacherRank != 1; }
  // The model's gold rank as it sorts: not among the `limit` kept spans after every rank;
  // nullopt without the model or before ranking.
  std::optional<int> rankSortKey(ModelRole role, int limit) const {
    const bool has = role == ModelRole::Teacher ? hasTeacher() : hasStudent();
    const std::uint8_t rank = role == ModelRole::Teacher ? teacherRank : studentRank;
    if (!has || limit == 0) return std::nullopt;
    return rank > 0 ? int(rank) : limit + 1;
  }
};

// Everything the table shows; plain data, so it can be built off the GUI thread and moved in.
struct ExampleTableData {
  std::vector<PairRecord> pairs;
  std::vector<std::vector<ExampleRecord>> examples;  // parallel to pairs
  std::vector<ExampleRow> rows;                      // pair by pair, in example order
  std::vector<std::size_t> pairFirstRow;             // the first row of each pair
  std::vector<PairGoldRanks> goldRanks;              // parallel to pairs once ranked, else empty

  // Builds the rows; `examples` must be parallel to `pairs`.
  static ExampleTableData build(std::vector<PairRecord> pairs, std::vector<std::vector<ExampleRecord>> examples);
  // Reads every completed pair of a run. No Qt objects: call it from a worker thread and hand
  // the result to ExampleTableModel::setTable on the GUI thread. Returns nullopt once `cancel`
  // is set; `progress(donePairs, totalPairs)` is called from the calling thread after each pair.
  // Throws FileError when a pair file is broken.
  static std::optional<ExampleTableData> loadRun(const RunStore& store, const std::atomic<bool>* cancel = nullptr,
                                                 const std::function<void(std::size_t, std::size_t)>& progress = {});

  // Ranks the gold in each example's kept spans (EM@k per pair) and sets the rows' ranks.
  void rankGolds(const RunManifest& manifest);
  int rankLimit = 0;  // the pairs' largest k limit (the run's top_k), 0 before rankGolds

  int pairIndexOf(const std::string& pairKey) const;  // -1 when absent
  // The row of (pair, id), or -1. Linear in the pair's examples: for single look-ups.
  int rowOf(const std::string& pairKey, const std::string& id) const;
};

// A tag label as shown: the standard labels translated, the annotators' own as they are.
QString tagLabelDisplayName(const std::string& label);

class ExampleTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    PairColumn,
    IdColumn,
    GoldColumn,
    TeacherPredictionColumn,
    TeacherF1Column,
    StudentPredictionColumn,
    StudentF1Column,
    DeltaF1Column,
    TeacherRankColumn,
    StudentRankColumn,
    TagColumn,
    ColumnCount
  };
  // Numbers for the numeric columns (F1 and ΔF1 on the 0-100 scale; invalid when a model has
  // no result), the text otherwise.
  static constexpr int SortRole = Qt::UserRole + 1;

  explicit ExampleTableModel(QObject* parent = nullptr);

  void setRun(std::vector<PairRecord> pairs, std::vector<std::vector<ExampleRecord>> examples);
  // Shares the table (no copy of its records; the run keeps it too) and keeps its own rows,
  // whose tagged flags it sets.
  void setTable(std::shared_ptr<const ExampleTableData> table);
  void setTable(ExampleTableData table);
  void clear();
  const ExampleTableData& table() const { return *table_; }

  // Not owned; may be null. Rebuilds the per-row tagged flags.
  void setTags(const ExampleTags* tags);
  const ExampleTags* tags() const { return tags_; }
  // After a tag of (pair, id) was set or removed: refreshes the row's flag and Tag cell.
  void refreshTag(const std::string& pairKey, const std::string& id);

  const ExampleRow& rowAt(int row) const { return rows_[static_cast<std::size_t>(row)]; }
  const ExampleRecord& recordAt(int row) const;
  const PairRecord& pairRecordAt(int row) const;
  int rowOf(const std::string& pairKey, const std::string& id) const { return table_->rowOf(pairKey, id); }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  QVariant displayText(const ExampleRow& row, int column) const;
  QVariant toolTip(const ExampleRow& row, int column) const;
  QVariant sortValue(const ExampleRow& row, int column) const;
  void updateTaggedFlags();

  std::shared_ptr<const ExampleTableData> table_;
  std::vector<ExampleRow> rows_;  // table_->rows with this model's tagged flags
  const ExampleTags* tags_ = nullptr;
};

}  // namespace xlqa
