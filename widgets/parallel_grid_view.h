#pragma once
// One question across every language pair of the run (core/store/parallel_example_grid): rows are
// question languages, columns context languages, each cell the teacher's and the student's F1
// on that single question, coloured by who is right, with both answers in its tooltip. Shows
// where the answer flips with the language; a click opens that pair's example in the browser.
#include <QString>
#include <QWidget>
#include <optional>

#include "core/store/parallel_example_grid.h"

class QLabel;
class QTableWidget;

namespace xlqa {

class ParallelGridView : public QWidget {
  Q_OBJECT
 public:
  // Who gets the exact match in a cell: the colour and the legend.
  enum class CellVerdict { StudentOnlyRight, TeacherOnlyRight, BothRight, BothWrong, OneModel, Missing };

  explicit ParallelGridView(QWidget* parent = nullptr);

  void setGrid(ParallelExampleGrid grid);
  void clear();  // back to the hint
  const std::optional<ParallelExampleGrid>& grid() const { return grid_; }

  QTableWidget* table() const { return table_; }
  QString summaryText() const;  // the line above the grid
  QString cellText(const LanguagePair& pair) const;
  QString cellToolTip(const LanguagePair& pair) const;
  static CellVerdict verdict(const GridCell& cell);

 signals:
  // A present cell was clicked: open that pair's example.
  void exampleActivated(const xlqa::LanguagePair& pair, const QString& id);

 private:
  void fillTable();

  std::optional<ParallelExampleGrid> grid_;
  QLabel* summary_;
  QTableWidget* table_;
  QLabel* legend_;
};

}  // namespace xlqa
