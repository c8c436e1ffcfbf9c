#include "widgets/parallel_grid_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xlqa {
namespace {

constexpr int kPairRole = Qt::UserRole;  // on a cell: its pair key, "q-c"

QString fromUtf8(const std::string& text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Light fills under dark text, told apart with any colour vision (blue gains, orange losses).
QColor fillOf(ParallelGridView::CellVerdict verdict) {
  switch (verdict) {
    case ParallelGridView::CellVerdict::StudentOnlyRight: return {0xbf, 0xdc, 0xf2};
    case ParallelGridView::CellVerdict::TeacherOnlyRight: return {0xf6, 0xd2, 0xb0};
    case ParallelGridView::CellVerdict::BothRight: return {0xe4, 0xf0, 0xe8};
    case ParallelGridView::CellVerdict::BothWrong: return {0xf4, 0xf4, 0xf4};
    case ParallelGridView::CellVerdict::OneModel: return {0xff, 0xff, 0xff};
    case ParallelGridView::CellVerdict::Missing: return {0xe0, 0xe0, 0xe0};
  }
  return {};
}

QString resultLine(const QString& role, const std::optional<ModelExampleResult>& result) {
  if (!result) return role + QStringLiteral(" \u2014");
  return QStringLiteral("%1 %2 %3")
      .arg(role, result->exactMatch ? QStringLiteral("\u2713") : QStringLiteral("\u2717"),
           QString::number(result->f1 * 100.0, 'f', 0));
}

QString predictionText(const std::optional<ModelExampleResult>& result) {
  if (!result) return ParallelGridView::tr("no result");
  return result->prediction.empty() ? ParallelGridView::tr("(no answer)") : fromUtf8(result->prediction);
}

}  // namespace

ParallelGridView::ParallelGridView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(summary_);
  table_ = new QTableWidget(this);
  table_->setObjectName(QStringLiteral("parallelGrid"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  layout->addWidget(table_, 1);
  legend_ = new QLabel(this);
  legend_->setWordWrap(true);
  legend_->setText(
      tr("Rows: question language; columns: context language. T = teacher, S = student: \u2713 exact match, "
         "then F1. <span style='background:%1'>&nbsp;student only right&nbsp;</span> "
         "<span style='background:%2'>&nbsp;teacher only right&nbsp;</span> "
         "<span style='background:%3'>&nbsp;both right&nbsp;</span> "
         "<span style='background:%4'>&nbsp;both wrong&nbsp;</span>. Click a cell to open that example.")
          .arg(fillOf(CellVerdict::StudentOnlyRight).name(), fillOf(CellVerdict::TeacherOnlyRight).name(),
               fillOf(CellVerdict::BothRight).name(), fillOf(CellVerdict::BothWrong).name()));
  layout->addWidget(legend_);
  connect(table_, &QTableWidget::cellClicked, this, [this](int row, int column) {
    const QTableWidgetItem* item = table_->item(row, column);
    if (!grid_ || !item) return;
    const GridCell* cell = grid_->at(parseLanguagePair(item->data(kPairRole).toString().toStdString()));
    if (cell && cell->state == GridCellState::Present) emit exampleActivated(cell->pair, fromUtf8(grid_->id));
  });
  clear();
}

void ParallelGridView::clear() {
  grid_.reset();
  table_->clear();
  table_->setRowCount(0), table_->setColumnCount(0);
  summary_->setText(
      tr("Open an example (or right-click one in the Examples tab, or a heatmap cell) to see its question "
         "in every language pair."));
}

ParallelGridView::CellVerdict ParallelGridView::verdict(const GridCell& cell) {
  if (!cell.example) return CellVerdict::Missing;
  const auto& teacher = cell.example->teacher;
  const auto& student = cell.example->student;
  if (!teacher || !student) return CellVerdict::OneModel;
  if (student->exactMatch && !teacher->exactMatch) return CellVerdict::StudentOnlyRight;
  if (teacher->exactMatch && !student->exactMatch) return CellVerdict::TeacherOnlyRight;
  return teacher->exactMatch ? CellVerdict::BothRight : CellVerdict::BothWrong;
}

void ParallelGridView::setGrid(ParallelExampleGrid grid) {
  grid_ = std::move(grid);
  fillTable();
  const GridFlips flips = grid_->flips();
  summary_->setText(tr("Question <b>%1</b>: the student alone is right in %2 pairs, the teacher alone in %3; "
                       "both right in %4, both wrong in %5 (%6 pairs hold the question).")
                        .arg(fromUtf8(grid_->id).toHtmlEscaped())
                        .arg(flips.studentOnlyRight.size())
                        .arg(flips.teacherOnlyRight.size())
                        .arg(flips.bothRight.size())
                        .arg(flips.bothWrong.size())
                        .arg(grid_->presentCells()));
}

QString ParallelGridView::summaryText() const { return summary_->text(); }

void ParallelGridView::fillTable() {
  table_->clear();
  table_->setRowCount(static_cast<int>(grid_->questionLanguages.size()));
  table_->setColumnCount(static_cast<int>(grid_->contextLanguages.size()));
  QStringList rows, columns;
  for (const std::string& q : grid_->questionLanguages) rows << tr("Q %1").arg(fromUtf8(q));
  for (const std::string& c : grid_->contextLanguages) columns << tr("C %1").arg(fromUtf8(c));
  table_->setVerticalHeaderLabels(rows);
  table_->setHorizontalHeaderLabels(columns);
  for (std::size_t r = 0; r < grid_->cells.size(); ++r) {
    for (std::size_t c = 0; c < grid_->cells[r].size(); ++c) {
      const GridCell& cell = grid_->cells[r][c];
      auto* item = new QTableWidgetItem(cellText(cell.pair));
      item->setData(kPairRole, fromUtf8(cell.pair.key()));
      item->setTextAlignment(Qt::AlignCenter);
      item->setBackground(fillOf(verdict(cell)));
      item->setForeground(QColor(0x20, 0x20, 0x20));
      item->setToolTip(cellToolTip(cell.pair));
      table_->setItem(static_cast<int>(r), static_cast<int>(c), item);
    }
  }
}

QString ParallelGridView::cellText(const LanguagePair& pair) const {
  const GridCell* cell = grid_ ? grid_->at(pair) : nullptr;
  if (!cell) return {};
  switch (cell->state) {
    case GridCellState::PairMissing: return tr("not evaluated");
    case GridCellState::ExampleMissing: return tr("no such question");
    case GridCellState::Present: break;
  }
  return resultLine(tr("T"), cell->example->teacher) + QLatin1Char('\n') + resultLine(tr("S"), cell->example->student);
}

QString ParallelGridView::cellToolTip(const LanguagePair& pair) const {
  const GridCell* cell = grid_ ? grid_->at(pair) : nullptr;
  if (!cell || !cell->example) return cellText(pair);
  QStringList golds;
  for (const std::string& gold : cell->example->golds) golds << fromUtf8(gold);
  return tr("%1\nGold: %2\nTeacher: %3\nStudent: %4")
      .arg(fromUtf8(pair.key()), golds.join(QStringLiteral(" | ")), predictionText(cell->example->teacher),
           predictionText(cell->example->student));
}

}  // namespace xlqa
