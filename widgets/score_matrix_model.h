#pragma once
// A run's scores as a question-language x context-language table: core's LanguageMatrix (one
// role's scores, or core's differenceMatrix of two) behind a QAbstractTableModel, on axes that
// stay put from one mode to the next. The heatmap draws what this model holds.
#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <vector>

#include "core/eval/run_records.h"
#include "core/store/run_comparison.h"

namespace xlqa {

// One shared language order for rows and columns keeps the diagonal on the diagonal. Question
// languages lead, so a pair still missing from a sorted run does not move its context language.
struct MatrixAxes {
  std::vector<std::string> questionLanguages, contextLanguages;
};
MatrixAxes axesOf(const std::vector<PairRecord>& records);

// One role's `metric` over the axes (pairs off them are left out).
LanguageMatrix roleMatrix(const std::vector<PairRecord>& records, ModelRole role, ScoreKind metric,
                          const MatrixAxes& axes);
// `matrix` over other axes: each cell where `matrix` has the pair, the rest missing.
LanguageMatrix onAxes(const LanguageMatrix& matrix, const MatrixAxes& axes);
bool hasAnyCell(const LanguageMatrix& matrix);

class ScoreMatrixModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  explicit ScoreMatrixModel(QObject* parent = nullptr);

  const LanguageMatrix& matrix() const { return matrix_; }
  void setMatrix(LanguageMatrix matrix);
  std::optional<double> value(int row, int column) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  // DisplayRole: the cell's value (a double; invalid where the pair is missing).
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  // The language codes: question languages down, context languages across.
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  LanguageMatrix matrix_;
};

}  // namespace xlqa
