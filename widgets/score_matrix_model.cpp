#include "widgets/score_matrix_model.h"

#include <algorithm>

namespace xlqa {
namespace {

void appendUnique(std::vector<std::string>& languages, const std::string& language) {
  if (std::find(languages.begin(), languages.end(), language) == languages.end()) languages.push_back(language);
}

LanguageMatrix emptyOn(const MatrixAxes& axes) {
  LanguageMatrix matrix;
  matrix.questionLanguages = axes.questionLanguages;
  matrix.contextLanguages = axes.contextLanguages;
  matrix.cells.assign(axes.questionLanguages.size(), std::vector<std::optional<double>>(axes.contextLanguages.size()));
  return matrix;
}

}  // namespace

MatrixAxes axesOf(const std::vector<PairRecord>& records) {
  std::vector<std::string> order;
  for (const PairRecord& record : records) appendUnique(order, record.pair.question);
  for (const PairRecord& record : records) appendUnique(order, record.pair.context);
  MatrixAxes axes;
  for (const std::string& language : order) {
    const auto asQuestion = [&](const PairRecord& record) { return record.pair.question == language; };
    const auto asContext = [&](const PairRecord& record) { return record.pair.context == language; };
    if (std::any_of(records.begin(), records.end(), asQuestion)) axes.questionLanguages.push_back(language);
    if (std::any_of(records.begin(), records.end(), asContext)) axes.contextLanguages.push_back(language);
  }
  return axes;
}

LanguageMatrix roleMatrix(const std::vector<PairRecord>& records, ModelRole role, ScoreKind metric,
                          const MatrixAxes& axes) {
  return onAxes(scoreMatrix(records, role, metric), axes);
}

LanguageMatrix onAxes(const LanguageMatrix& matrix, const MatrixAxes& axes) {
  LanguageMatrix result = emptyOn(axes);
  for (std::size_t r = 0; r < axes.questionLanguages.size(); ++r)
    for (std::size_t c = 0; c < axes.contextLanguages.size(); ++c)
      result.cells[r][c] = matrix.at({axes.questionLanguages[r], axes.contextLanguages[c]});
  return result;
}

bool hasAnyCell(const LanguageMatrix& matrix) {
  return std::any_of(matrix.cells.begin(), matrix.cells.end(), [](const auto& row) {
    return std::any_of(row.begin(), row.end(), [](const std::optional<double>& cell) { return cell.has_value(); });
  });
}

ScoreMatrixModel::ScoreMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScoreMatrixModel::setMatrix(LanguageMatrix matrix) {
  beginResetModel();
  matrix_ = std::move(matrix);
  endResetModel();
}

std::optional<double> ScoreMatrixModel::value(int row, int column) const {
  if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) return std::nullopt;
  return matrix_.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

int ScoreMatrixModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(matrix_.questionLanguages.size());
}

int ScoreMatrixModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(matrix_.contextLanguages.size());
}

QVariant ScoreMatrixModel::data(const QModelIndex& index, int role) const {
  if (role != Qt::DisplayRole) return {};
  const std::optional<double> cell = value(index.row(), index.column());
  return cell ? QVariant(*cell) : QVariant();
}

QVariant ScoreMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
  const auto& languages = orientation == Qt::Vertical ? matrix_.questionLanguages : matrix_.contextLanguages;
  if (role != Qt::DisplayRole || section < 0 || section >= static_cast<int>(languages.size())) return {};
  return QString::fromStdString(languages[static_cast<std::size_t>(section)]);
}

}  // namespace xlqa
