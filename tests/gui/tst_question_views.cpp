// The views of one question and of gold ranks: the parallel-example grid shows each cell's
// verdict (who is right), both models' EM and F1, and opens a present cell's example on a click
// but never a missing one; the EM@k view plots the unweighted mean of the pairs' curves for all
// pairs, the same-language pairs or one pair, counts the examples the student moved to rank 1 and
// asks the browser for them.
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "widgets/gold_rank_view.h"
#include "widgets/parallel_grid_view.h"

using namespace xlqa;

namespace {

ModelExampleResult result(const std::string& prediction, int exactMatch, double f1) {
  return {prediction, exactMatch, f1, {{prediction, 0, 1, 0.5}}};
}

// Question "q" in en-en (both right), en-de (student only), de-en (teacher only), de-de missing.
ParallelExampleGrid grid() {
  ParallelExampleGrid g;
  g.id = "q";
  g.questionLanguages = {"de", "en"};
  g.contextLanguages = {"de", "en"};
  const auto present = [](LanguagePair pair, ModelExampleResult teacher, ModelExampleResult student) {
    GridCell cell;
    cell.pair = std::move(pair);
    cell.state = GridCellState::Present;
    cell.rules = "mlqa_v1";
    cell.example = ExampleRecord{"q", {"Bern"}, std::move(teacher), std::move(student)};
    return cell;
  };
  GridCell missing;
  missing.pair = {"de", "de"};
  g.cells = {{missing, present({"de", "en"}, result("Bern", 1, 1.0), result("city of Bern", 0, 0.5))},
             {present({"en", "de"}, result("Zurich", 0, 0.0), result("Bern", 1, 1.0)),
              present({"en", "en"}, result("Bern", 1, 1.0), result("Bern", 1, 1.0))}};
  return g;
}

PairGoldRanks ranks(LanguagePair pair, std::vector<double> teacher, std::vector<double> student, std::size_t moved) {
  PairGoldRanks r;
  r.pair = std::move(pair);
  r.kLimit = static_cast<int>(teacher.size());
  r.teacher = EmAtK{10, std::move(teacher)};
  r.student = EmAtK{10, std::move(student)};
  r.studentMovedGoldToTop = moved;
  r.examples.resize(10);
  return r;
}

}  // namespace

class TestQuestionViews : public QObject {
  Q_OBJECT
 private slots:
  void gridCellsSayWhoIsRight() {
    ParallelGridView view;
    view.setGrid(grid());
    QCOMPARE(view.table()->rowCount(), 2);
    QCOMPARE(view.table()->columnCount(), 2);
    QCOMPARE(view.cellText({"en", "de"}), QStringLiteral("T \u2717 0\nS \u2713 100"));
    QCOMPARE(view.cellText({"de", "en"}), QStringLiteral("T \u2713 100\nS \u2717 50"));
    QCOMPARE(view.cellText({"de", "de"}), QStringLiteral("not evaluated"));
    QVERIFY(view.cellToolTip({"de", "en"}).contains(QStringLiteral("city of Bern")));
    QCOMPARE(ParallelGridView::verdict(*view.grid()->at({"en", "de"})),
             ParallelGridView::CellVerdict::StudentOnlyRight);
    QCOMPARE(ParallelGridView::verdict(*view.grid()->at({"de", "en"})),
             ParallelGridView::CellVerdict::TeacherOnlyRight);
    QCOMPARE(ParallelGridView::verdict(*view.grid()->at({"en", "en"})), ParallelGridView::CellVerdict::BothRight);
    QCOMPARE(ParallelGridView::verdict(*view.grid()->at({"de", "de"})), ParallelGridView::CellVerdict::Missing);
    // Student-only and teacher-only cells are filled differently.
    QVERIFY(view.table()->item(1, 0)->background() != view.table()->item(0, 1)->background());
    QVERIFY(view.summaryText().contains(QStringLiteral("alone is right in 1 pairs, the teacher alone in 1")));
  }

  void clickingAPresentCellOpensItsExample() {
    ParallelGridView view;
    view.setGrid(grid());
    QSignalSpy activated(&view, &ParallelGridView::exampleActivated);
    emit view.table()->cellClicked(0, 0);  // de-de: not evaluated, nothing to open
    QCOMPARE(activated.count(), 0);
    emit view.table()->cellClicked(1, 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<LanguagePair>(), (LanguagePair{"en", "de"}));
    QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("q"));
    view.clear();
    QCOMPARE(view.table()->rowCount(), 0);
  }

  void emAtKCurvesAverageThePairs() {
    GoldRankView view;
    view.setRanks({ranks({"de", "de"}, {20, 40}, {60, 80}, 3), ranks({"de", "en"}, {0, 10}, {10, 30}, 1),
                   ranks({"en", "en"}, {40, 60}, {50, 70}, 0)});
    QCOMPARE(view.plotted(ModelRole::Teacher), (std::vector<double>{20, 110.0 / 3}));  // all pairs
    QCOMPARE(view.plotted(ModelRole::Student), (std::vector<double>{40, 60}));
    QVERIFY(view.summaryText().contains(QStringLiteral("rank 1 in 4 of 30 examples")));
    view.showSameLanguageMean();
    QCOMPARE(view.plotted(ModelRole::Teacher), (std::vector<double>{30, 50}));
    view.showPair(LanguagePair{"de", "en"});
    QCOMPARE(view.plotted(ModelRole::Student), (std::vector<double>{10, 30}));

    QSignalSpy requested(&view, &GoldRankView::movedExamplesRequested);
    view.findChild<QPushButton*>()->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<std::optional<LanguagePair>>(), std::optional<LanguagePair>({"de", "en"}));
    view.showPair(LanguagePair{"en", "en"});  // nobody moved there: nothing to show
    QVERIFY(!view.findChild<QPushButton*>()->isEnabled());
    view.setRanks({});
    QVERIFY(view.plotted(ModelRole::Teacher).empty());
  }
};

QTEST_MAIN(TestQuestionViews)
#include "tst_question_views.moc"
