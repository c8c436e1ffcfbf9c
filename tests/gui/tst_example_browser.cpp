// The failing-examples browser: each filter keeps exactly the rows it should (pair, failing at
// a threshold, teacher right / student wrong and the reverse, text search, tagged only),
// sorting by ΔF1 is numeric with missing values last, tags saved in the detail view show in
// the table and in tags.json, the detail view marks spans at the right UTF-16 positions when
// astral characters precede them and lays Arabic out right to left, and a full run's 171,360
// rows load and filter.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

#include <atomic>
#include <string>
#include <vector>

#include "core/io/json_file.h"
#include "core/store/example_tags.h"
#include "core/store/run_store.h"
#include "widgets/example_browser.h"

using namespace xlqa;

namespace {

ModelExampleResult answer(const std::string& prediction, double f1, int begin = 0, int end = 0) {
  return {prediction, f1 == 1.0 ? 1 : 0, f1, {{prediction, begin, end, 0.75}, {"other", 0, 1, 0.125}}};
}

ExampleRecord example(const std::string& id, const std::string& gold, std::optional<ModelExampleResult> teacher,
                      std::optional<ModelExampleResult> student) {
  return {id, {gold}, std::move(teacher), std::move(student)};
}

// Three pairs, nine examples; F1s chosen around the 50 threshold:
//   id   teacher student  delta
//   e1    100     20      -80   teacher right, student wrong
//   e2     30     90      +60   student right, teacher wrong
//   e3     40     45       +5   both wrong
//   e4     80     80        0
//   s1     50     49       -1   teacher exactly at the threshold: right
//   s2      0    100     +100   the largest gain
//   s3     10      -        -   no student
//   a1    100      0     -100   the largest loss
//   a2     70     60      -10
const LanguagePair kEnEn{"en", "en"}, kEnEs{"en", "es"}, kArAr{"ar", "ar"};

std::vector<std::vector<ExampleRecord>> syntheticExamples() {
  return {{example("e1", "Paris", answer("Paris", 1.0), answer("the city", 0.2)),
           example("e2", "1969", answer("July", 0.3), answer("in 1969", 0.9)),
           example("e3", "Amazon", answer("river", 0.4), answer("the river", 0.45)),
           example("e4", "blue", answer("blue sky", 0.8), answer("blue sky", 0.8))},
          {example("s1", "Madrid", answer("Madrid es", 0.5), answer("capital Madrid", 0.49)),
           example("s2", "Sevilla", answer("", 0.0), answer("Sevilla", 1.0)),
           example("s3", "Toledo", answer("Burgos", 0.1), std::nullopt)},
          {example("a1", "القاهرة", answer("القاهرة", 1.0), answer("مصر", 0.0)),
           example("a2", "النيل", answer("نهر النيل", 0.7), answer("Cairo النيل", 0.6))}};
}

std::vector<PairRecord> syntheticPairs() {
  const auto record = [](LanguagePair pair, std::size_t examples) {
    return PairRecord{std::move(pair), "mlqa_v1", examples, ModelPairScore{}, ModelPairScore{}, 1.0};
  };
  return {record(kEnEn, 4), record(kEnEs, 3), record(kArAr, 2)};
}

// A run folder holding the synthetic pairs, as `xlqa eval` would leave it.
RunStore writeSyntheticRun(const std::string& directory) {
  RunManifest manifest;
  manifest.toolVersion = "test";
  manifest.startedAt = "2026-01-01T00:00:00Z";
  manifest.pairs = {kEnEn, kEnEs, kArAr};
  RunStore store = RunStore::create(directory, manifest);
  const auto pairs = syntheticPairs();
  const auto examples = syntheticExamples();
  for (std::size_t i = 0; i < pairs.size(); ++i) store.writePair(pairs[i], examples[i]);
  return store;
}

QStringList columnTexts(const ExampleBrowser& browser, int column) {
  QStringList texts;
  const QAbstractItemModel* model = browser.table()->model();
  for (int row = 0; row < model->rowCount(); ++row) texts << model->index(row, column).data().toString();
  return texts;
}

int visibleRowOf(const ExampleBrowser& browser, const QString& id) {
  return static_cast<int>(columnTexts(browser, ExampleTableModel::IdColumn).indexOf(id));
}

}  // namespace

class TestExampleBrowser : public QObject {
  Q_OBJECT

  QTemporaryDir runDir_;
  std::string run_;

  void loadInto(ExampleBrowser& browser) {
    const RunStore store = RunStore::open(run_);
    auto table = ExampleTableData::loadRun(store);
    QVERIFY(table);
    browser.setData(std::move(*table), ExampleTags::load(run_));
  }

 private slots:
  void initTestCase() {
    QVERIFY(runDir_.isValid());
    run_ = runDir_.path().toStdString() + "/run";
    writeSyntheticRun(run_);
  }

  void cleanup() { std::filesystem::remove(run_ + "/tags.json"); }

  void loadsTheRunOffTheStore() {
    const RunStore store = RunStore::open(run_);
    std::vector<std::pair<std::size_t, std::size_t>> progress;
    const auto table = ExampleTableData::loadRun(
        store, nullptr, [&](std::size_t done, std::size_t total) { progress.emplace_back(done, total); });
    QVERIFY(table);
    QCOMPARE(table->rows.size(), std::size_t(9));
    QCOMPARE(table->pairs.size(), std::size_t(3));
    QCOMPARE(progress.size(), std::size_t(3));
    QCOMPARE(progress.back(), std::make_pair(std::size_t(3), std::size_t(3)));
    QCOMPARE(table->rowOf("ar-ar", "a2"), 8);
    QCOMPARE(table->rowOf("ar-ar", "e1"), -1);
    QCOMPARE(table->rowOf("xx-yy", "e1"), -1);
    const ExampleRow& s3 = table->rows[6];
    QVERIFY(s3.hasTeacher() && !s3.hasStudent() && !s3.hasDelta());

    std::atomic<bool> cancel{true};
    QVERIFY(!ExampleTableData::loadRun(store, &cancel));
  }

  void tableShowsScoresOnTheHundredScale() {
    ExampleTableModel model;
    model.setRun(syntheticPairs(), syntheticExamples());
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.columnCount(), int(ExampleTableModel::ColumnCount));
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, ExampleTableModel::PairColumn), QStringLiteral("en-en"));
    QCOMPARE(text(0, ExampleTableModel::IdColumn), QStringLiteral("e1"));
    QCOMPARE(text(0, ExampleTableModel::GoldColumn), QStringLiteral("Paris"));
    QCOMPARE(text(0, ExampleTableModel::TeacherPredictionColumn), QStringLiteral("Paris"));
    QCOMPARE(text(0, ExampleTableModel::TeacherF1Column), QStringLiteral("100.0"));
    QCOMPARE(text(0, ExampleTableModel::StudentF1Column), QStringLiteral("20.0"));
    QCOMPARE(text(0, ExampleTableModel::DeltaF1Column), QStringLiteral("-80.0"));
    QCOMPARE(text(1, ExampleTableModel::DeltaF1Column), QStringLiteral("+60.0"));
    QCOMPARE(text(3, ExampleTableModel::DeltaF1Column), QStringLiteral("0.0"));
    QCOMPARE(text(5, ExampleTableModel::TeacherPredictionColumn), ExampleTableModel::tr("(no answer)"));
    QCOMPARE(text(6, ExampleTableModel::StudentF1Column), QStringLiteral("\u2014"));
    QCOMPARE(text(7, ExampleTableModel::GoldColumn), QStringLiteral("القاهرة"));
    QCOMPARE(model.index(0, ExampleTableModel::DeltaF1Column).data(ExampleTableModel::SortRole).toDouble(), -80.0);
    QVERIFY(!model.index(6, ExampleTableModel::DeltaF1Column).data(ExampleTableModel::SortRole).isValid());
  }

  void showPairFiltersToThePair() {
    ExampleBrowser browser;
    loadInto(browser);
    QCOMPARE(browser.visibleRowCount(), 9);
    QCOMPARE(browser.totalRowCount(), 9);
    QVERIFY(browser.showPair(kEnEs));
    QCOMPARE(browser.visibleRowCount(), 3);
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"s1", "s2", "s3"}));
    QCOMPARE(browser.countText(), ExampleBrowser::tr("%1 of %2 examples").arg(3).arg(9));
    QCOMPARE(browser.findChild<QLabel*>(QStringLiteral("count"))->text(), browser.countText());
    QVERIFY(browser.showPair(kArAr));
    QCOMPARE(browser.visibleRowCount(), 2);
    QVERIFY(!browser.showPair({"de", "zh"}));  // not in the run: unchanged
    QCOMPARE(browser.visibleRowCount(), 2);
    browser.showAllPairs();
    QCOMPARE(browser.visibleRowCount(), 9);
  }

  void failingFilterUsesTheThreshold() {
    ExampleBrowser browser;
    loadInto(browser);
    browser.setFailingOnly(true);
    // Either model below 50: every example but e4 and a2 (s3 fails on the teacher alone).
    QCOMPARE(browser.visibleRowCount(), 7);
    browser.setFailingModel(ExampleFilterModel::ScoreModel::Teacher);
    QCOMPARE(browser.visibleRowCount(), 4);  // e2 e3 s2 s3; s1's teacher is at 50, not below
    browser.setFailingModel(ExampleFilterModel::ScoreModel::Student);
    QCOMPARE(browser.visibleRowCount(), 4);  // e1 e3 s1 a1
    browser.setThreshold(45);
    QCOMPARE(browser.visibleRowCount(), 2);  // e1 a1; e3's 45 is not below 45
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"e1", "a1"}));
    browser.setThreshold(100);
    QCOMPARE(browser.visibleRowCount(), 7);  // all with a student below 100
    browser.showPair(kEnEn);
    QCOMPARE(browser.visibleRowCount(), 4);
    browser.setFailingOnly(false);
    QCOMPARE(browser.visibleRowCount(), 4);
  }

  void disagreementFilters() {
    ExampleBrowser browser;
    loadInto(browser);
    browser.setDisagreement(ExampleFilterModel::Disagreement::TeacherRightStudentWrong);
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"e1", "s1", "a1"}));
    browser.setDisagreement(ExampleFilterModel::Disagreement::StudentRightTeacherWrong);
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"e2", "s2"}));
    browser.setThreshold(95);  // now only a perfect answer is right
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"s2"}));
    browser.setDisagreement(ExampleFilterModel::Disagreement::TeacherRightStudentWrong);
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"e1", "a1"}));
    browser.setDisagreement(ExampleFilterModel::Disagreement::Any);
    QCOMPARE(browser.visibleRowCount(), 9);
  }

  // Ranks come from each example's kept spans under the pair's rules: only e1 and a1 have the
  // gold as the teacher's best span, only s2 as the student's (the teacher answered nothing), so
  // s2 is the one example the student moved to rank 1.
  void goldRanksShowSortAndFilter() {
    ExampleBrowser browser;
    loadInto(browser);
    QCOMPARE(browser.tableModel()->table().rankLimit, 2);  // no top_k in the manifest: the longest list
    const auto rank = [&](const QString& id, int column) {
      return browser.table()->model()->index(visibleRowOf(browser, id), column).data().toString();
    };
    QCOMPARE(rank("e1", ExampleTableModel::TeacherRankColumn), QStringLiteral("1"));
    QCOMPARE(rank("e1", ExampleTableModel::StudentRankColumn), QStringLiteral("> 2"));
    QCOMPARE(rank("s2", ExampleTableModel::StudentRankColumn), QStringLiteral("1"));
    QCOMPARE(rank("s3", ExampleTableModel::StudentRankColumn), QStringLiteral("\u2014"));  // no student

    browser.setDisagreement(ExampleFilterModel::Disagreement::StudentMovedGoldToTop);
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"s2"}));
    browser.setDisagreement(ExampleFilterModel::Disagreement::Any);

    // Ascending by the teacher's rank: the two ranked first, then "> 2", then none last.
    browser.table()->sortByColumn(ExampleTableModel::TeacherRankColumn, Qt::AscendingOrder);
    const QStringList ids = columnTexts(browser, ExampleTableModel::IdColumn);
    QCOMPARE(QSet<QString>(ids.begin(), ids.begin() + 2), QSet<QString>({"e1", "a1"}));
    QCOMPARE(columnTexts(browser, ExampleTableModel::TeacherRankColumn).mid(2), QStringList(7, QStringLiteral("> 2")));
  }

  void openExampleClearsTheFiltersThatHideIt() {
    ExampleBrowser browser;
    loadInto(browser);
    QSignalSpy opened(&browser, &ExampleBrowser::exampleOpened);
    browser.setDisagreement(ExampleFilterModel::Disagreement::TeacherRightStudentWrong);  // hides s2
    QVERIFY(browser.openExample(kEnEs, "s2"));
    QCOMPARE(browser.filterModel()->disagreement(), ExampleFilterModel::Disagreement::Any);
    QCOMPARE(browser.filterModel()->pairFilter(), std::optional<LanguagePair>(kEnEs));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("s2"));
    QVERIFY(!browser.openExample(kEnEs, "e1"));  // not in that pair
  }

  void textSearch() {
    ExampleBrowser browser;
    loadInto(browser);
    browser.setSearchText(QStringLiteral("CAIRO"));  // a student prediction, another case
    QCOMPARE(browser.visibleRowCount(), 9);          // not yet: the search waits for a pause
    QTRY_COMPARE(browser.visibleRowCount(), 1);
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"a2"}));
    browser.setSearchText(QStringLiteral("النيل"));  // gold and predictions
    browser.applySearchNow();
    QCOMPARE(browser.visibleRowCount(), 1);
    browser.setSearchText(QStringLiteral("s2"));  // an id
    browser.applySearchNow();
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"s2"}));
    browser.setSearchText(QStringLiteral("madrid"));  // gold s1, predictions s1
    browser.applySearchNow();
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"s1"}));
    browser.setSearchText(QStringLiteral("river"));
    browser.applySearchNow();
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"e3"}));
    browser.setFailingOnly(true);
    browser.setFailingModel(ExampleFilterModel::ScoreModel::Teacher);
    browser.setThreshold(40);  // e3's teacher is at 40: not failing
    QCOMPARE(browser.visibleRowCount(), 0);
    browser.setSearchText(QString());
    browser.applySearchNow();
    QCOMPARE(browser.visibleRowCount(), 3);  // e2 s2 s3
  }

  void sortsByDeltaNumerically() {
    ExampleBrowser browser;
    loadInto(browser);
    browser.table()->sortByColumn(ExampleTableModel::DeltaF1Column, Qt::DescendingOrder);
    QStringList ids = columnTexts(browser, ExampleTableModel::IdColumn);
    QCOMPARE(ids.first(), QStringLiteral("s2"));  // +100
    QCOMPARE(ids.at(7), QStringLiteral("a1"));    // -100, the last with a delta
    QCOMPARE(ids.last(), QStringLiteral("s3"));   // no student: last either way
    QCOMPARE(ids, QStringList({"s2", "e2", "e3", "e4", "s1", "a2", "e1", "a1", "s3"}));
    browser.table()->sortByColumn(ExampleTableModel::DeltaF1Column, Qt::AscendingOrder);
    ids = columnTexts(browser, ExampleTableModel::IdColumn);
    QCOMPARE(ids, QStringList({"a1", "e1", "a2", "s1", "e4", "e3", "e2", "s2", "s3"}));
    // "+60.0" and "-10.0" as text would sort differently: this is numeric.
    browser.table()->sortByColumn(ExampleTableModel::StudentF1Column, Qt::AscendingOrder);
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn).first(), QStringLiteral("a1"));
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn).last(), QStringLiteral("s3"));
  }

  void savedTagShowsInTheTableAndInTagsJson() {
    ExampleBrowser browser;
    loadInto(browser);
    QSignalSpy opened(&browser, &ExampleBrowser::exampleOpened);
    const int row = visibleRowOf(browser, QStringLiteral("e3"));
    browser.openRow(row);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).value<LanguagePair>(), kEnEn);
    QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("e3"));

    ExampleDetailView* detail = browser.detailView();
    QCOMPARE(detail->record().id, std::string("e3"));
    QVERIFY(!detail->saveTagButton()->isEnabled());  // no label yet
    QSignalSpy changed(detail, &ExampleDetailView::tagChanged);
    detail->tagLabelBox()->setCurrentIndex(detail->tagLabelBox()->findData(QStringLiteral("ambiguous")));
    detail->tagNoteEdit()->setText(QStringLiteral("two rivers, \"both\" fit"));
    QVERIFY(detail->saveTagButton()->isEnabled());
    QTest::mouseClick(detail->saveTagButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);

    const QModelIndex tagCell = browser.table()->model()->index(row, ExampleTableModel::TagColumn);
    QCOMPARE(tagCell.data().toString(), tagLabelDisplayName("ambiguous"));
    QCOMPARE(tagCell.data(Qt::ToolTipRole).toString(), QStringLiteral("two rivers, \"both\" fit"));
    const auto json = readJsonFile(run_ + "/tags.json");
    QCOMPARE(json.at("tags").at("en-en").at("e3").at("label").get<std::string>(), std::string("ambiguous"));
    QCOMPARE(json.at("tags").at("en-en").at("e3").at("note").get<std::string>(),
             std::string("two rivers, \"both\" fit"));
    QVERIFY(detail->removeTagButton()->isEnabled());

    // Tagged only, and a custom label typed in.
    browser.setTaggedOnly(true);
    QCOMPARE(columnTexts(browser, ExampleTableModel::IdColumn), QStringList({"e3"}));
    browser.setTaggedOnly(false);
    browser.openRow(visibleRowOf(browser, QStringLiteral("a1")));
    QCOMPARE(detail->tagLabelBox()->currentText(), QString());  // a1 has no tag
    detail->tagLabelBox()->setEditText(QStringLiteral("translation drift"));
    QVERIFY(detail->saveTag());
    browser.setTaggedOnly(true);
    QCOMPARE(browser.visibleRowCount(), 2);
    QCOMPARE(ExampleTags::load(run_).find("ar-ar", "a1")->label, std::string("translation drift"));

    // The CSV export holds both.
    const QString csvPath = runDir_.path() + QStringLiteral("/export.csv");
    QString error;
    QVERIFY2(browser.exportTagsCsv(csvPath, &error), qPrintable(error));
    const std::string csv = readFileBytes(csvPath.toStdString());
    QCOMPARE(csv, ExampleTags::load(run_).toCsv());
    QVERIFY(csv.find("en-en,e3,ambiguous,\"two rivers, \"\"both\"\" fit\",") != std::string::npos);

    // Removing the tag while "tagged only" is on drops the row from view.
    QVERIFY(detail->removeTag());
    QCOMPARE(browser.visibleRowCount(), 1);
    QVERIFY(ExampleTags::load(run_).find("ar-ar", "a1") == nullptr);
    browser.setTaggedOnly(false);
    QCOMPARE(
        browser.table()->model()->index(visibleRowOf(browser, "a1"), ExampleTableModel::TagColumn).data().toString(),
        QString());
  }

  void tagSaveFailureKeepsTheEdit() {
    ExampleBrowser browser;
    const RunStore store = RunStore::open(run_);
    browser.setData(std::move(*ExampleTableData::loadRun(store)), ExampleTags(run_ + "/missing-folder"));
    browser.openRow(0);
    ExampleDetailView* detail = browser.detailView();
    detail->tagLabelBox()->setEditText(QStringLiteral("gold wrong"));
    detail->tagNoteEdit()->setText(QStringLiteral("keep me"));
    QVERIFY(!detail->saveTag());
    auto* box = detail->findChild<QMessageBox*>(QStringLiteral("tagSaveError"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("tags.json")));
    QVERIFY(browser.tags()->empty());  // as on disk
    QCOMPARE(detail->tagNoteEdit()->text(), QStringLiteral("keep me"));
    QCOMPARE(detail->tagLabelBox()->currentText(), QStringLiteral("gold wrong"));
    QCOMPARE(browser.table()->model()->index(0, ExampleTableModel::TagColumn).data().toString(), QString());
    box->close();
  }

  void textProviderFillsTheDetailView() {
    ExampleBrowser browser;
    loadInto(browser);
    browser.textProvider = [](const LanguagePair& pair, const std::string& id) -> std::optional<ExampleTexts> {
      if (id != "e1") return std::nullopt;
      return ExampleTexts{QString::fromStdString("Where? " + pair.key()), QStringLiteral("It is in Paris."),
                          std::pair{9, 14}};
    };
    browser.openRow(visibleRowOf(browser, QStringLiteral("e1")));
    ExampleDetailView* detail = browser.detailView();
    QCOMPARE(detail->questionView()->toPlainText(), QStringLiteral("Where? en-en"));
    QCOMPARE(detail->contextView()->toPlainText(), QStringLiteral("It is in Paris."));
    QVERIFY(detail->highlights().contains(HighlightRange{HighlightRange::Gold, 9, 5}));
    QCOMPARE(detail->scoresTable()->item(0, 2)->text(), QStringLiteral("100.0"));
    QCOMPARE(detail->scoresTable()->item(1, 1)->text(), QStringLiteral("the city"));
    QCOMPARE(detail->topSpansTable()->rowCount(), 4);
    QCOMPARE(detail->topSpansTable()->item(0, 3)->text(), QStringLiteral("75.0%"));

    browser.openRow(visibleRowOf(browser, QStringLiteral("e2")));  // no texts: scores still show
    QCOMPARE(detail->record().id, std::string("e2"));
    QVERIFY(detail->contextView()->toPlainText().isEmpty());
    QVERIFY(detail->highlights().isEmpty());
  }

  void codePointsMapToUtf16() {
    const QString text = QStringLiteral("a\U0001F600b\U0001D538c");
    QCOMPARE(utf16IndexOfCodePoint(text, 0), 0);
    QCOMPARE(utf16IndexOfCodePoint(text, 1), 1);
    QCOMPARE(utf16IndexOfCodePoint(text, 2), 3);
    QCOMPARE(utf16IndexOfCodePoint(text, 3), 4);
    QCOMPARE(utf16IndexOfCodePoint(text, 4), 6);
    QCOMPARE(utf16IndexOfCodePoint(text, 5), 7);
    QCOMPARE(utf16IndexOfCodePoint(text, 99), 7);
  }

  void highlightsLandAfterAstralCharacters() {
    // Two astral characters (two UTF-16 units each) before the answers.
    const QString context = QStringLiteral("\U0001F600 \U0001D538 Paris is the capital of France.");
    // Code points: 0 emoji, 1 space, 2 math A, 3 space, 4..8 "Paris", ... "France" at 28..33.
    const int parisBegin = 4, parisEnd = 9;
    const int franceBegin = static_cast<int>(QStringLiteral("xx Paris is the capital of ").size()) + 1;
    const int franceEnd = franceBegin + 6;
    ExampleRecord record{
        "astral", {"Paris"}, answer("Paris", 1.0, parisBegin, parisEnd), answer("France", 0.0, franceBegin, franceEnd)};
    ExampleDetailView view;
    view.setExample(QStringLiteral("Capital?"), context, record, kEnEn, std::pair{parisBegin, parisEnd});
    const QVector<HighlightRange> ranges = view.highlights();
    QCOMPARE(ranges.size(), 3);
    const QString shown = view.contextView()->toPlainText();
    QCOMPARE(shown, context);
    for (const HighlightRange& range : ranges) {
      const QString marked = shown.mid(range.start, range.length);
      QCOMPARE(marked, range.kind == HighlightRange::Student ? QStringLiteral("France") : QStringLiteral("Paris"));
    }
    QVERIFY(ranges.contains(HighlightRange{HighlightRange::Gold, 6, 5}));
    QVERIFY(ranges.contains(HighlightRange{HighlightRange::Teacher, 6, 5}));
    // The gold background is on exactly those characters.
    QTextCursor cursor(view.contextView()->document());
    cursor.setPosition(7);
    QVERIFY(cursor.charFormat().background().style() != Qt::NoBrush);
    cursor.setPosition(5);
    QCOMPARE(cursor.charFormat().background().style(), Qt::NoBrush);
  }

  void arabicRunsRightToLeft() {
    ExampleRecord record{"ar", {"القاهرة"}, answer("القاهرة", 1.0, 0, 7), std::nullopt};
    ExampleDetailView view;
    view.setExample(QStringLiteral("What is the capital of Egypt?"),
                    QStringLiteral("القاهرة هي عاصمة مصر.\nCairo is the capital.\n2020 كانت سنة"), record, {"en", "ar"},
                    std::pair{0, 7});
    QCOMPARE(view.questionDirection(), Qt::LeftToRight);
    QCOMPARE(view.contextDirection(), Qt::RightToLeft);
    const QTextDocument* doc = view.contextView()->document();
    QCOMPARE(doc->blockCount(), 3);
    QCOMPARE(doc->findBlockByNumber(1).blockFormat().layoutDirection(), Qt::LeftToRight);
    QCOMPARE(doc->findBlockByNumber(2).blockFormat().layoutDirection(), Qt::RightToLeft);  // digits are weak
    QVERIFY(view.highlights().contains(HighlightRange{HighlightRange::Gold, 0, 7}));
  }

  void fullRunScale() {
    // 144 pairs x 1,190 examples: a whole XQuAD run.
    constexpr int pairCount = 144, perPair = 1190;
    std::vector<PairRecord> pairs;
    std::vector<std::vector<ExampleRecord>> examples(pairCount);
    const std::vector<std::string> languages = {"ar", "de", "el", "en", "es", "hi", "ro", "ru", "th", "tr", "vi", "zh"};
    int expectedFailing = 0, expectedTeacherRightStudentWrong = 0;
    for (int p = 0; p < pairCount; ++p) {
      pairs.push_back({{languages[static_cast<std::size_t>(p / 12)], languages[static_cast<std::size_t>(p % 12)]},
                       "mlqa_v1",
                       perPair,
                       ModelPairScore{},
                       ModelPairScore{},
                       0});
      auto& pairExamples = examples[static_cast<std::size_t>(p)];
      pairExamples.reserve(perPair);
      for (int e = 0; e < perPair; ++e) {
        const double teacher = ((e * 7 + p) % 101) / 100.0, student = ((e * 13 + p * 3) % 101) / 100.0;
        expectedFailing += student < 0.5;
        expectedTeacherRightStudentWrong += teacher >= 0.5 && student < 0.5;
        pairExamples.push_back({"id-" + std::to_string(p) + "-" + std::to_string(e),
                                {"gold"},
                                ModelExampleResult{"t", 0, teacher, {}},
                                ModelExampleResult{"s", 0, student, {}}});
      }
    }
    ExampleBrowser browser;
    browser.resize(1200, 800);
    browser.show();
    browser.setData(ExampleTableData::build(std::move(pairs), std::move(examples)), ExampleTags());
    QCOMPARE(browser.totalRowCount(), 171360);
    QCOMPARE(browser.visibleRowCount(), 171360);
    browser.setFailingModel(ExampleFilterModel::ScoreModel::Student);
    browser.setFailingOnly(true);
    QCOMPARE(browser.visibleRowCount(), expectedFailing);
    browser.setFailingOnly(false);
    browser.setDisagreement(ExampleFilterModel::Disagreement::TeacherRightStudentWrong);
    QCOMPARE(browser.visibleRowCount(), expectedTeacherRightStudentWrong);
    browser.table()->sortByColumn(ExampleTableModel::DeltaF1Column, Qt::AscendingOrder);
    const QAbstractItemModel* model = browser.table()->model();
    const double first = model->index(0, ExampleTableModel::DeltaF1Column).data(ExampleTableModel::SortRole).toDouble();
    const double last = model->index(model->rowCount() - 1, ExampleTableModel::DeltaF1Column)
                            .data(ExampleTableModel::SortRole)
                            .toDouble();
    QVERIFY(first <= last);
    QVERIFY(browser.showPair({"hi", "zh"}));
    QVERIFY(browser.visibleRowCount() > 0 && browser.visibleRowCount() < perPair);
  }
};

QTEST_MAIN(TestExampleBrowser)
#include "tst_example_browser.moc"
