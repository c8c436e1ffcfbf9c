// The language-pair heatmap shows exactly the run's scores in each mode (student - teacher
// exactly), states the XLT / G-XLT averages, marks the differences that are not significant,
// maps clicks to pairs, exports the displayed matrix and a picture, and shows a placeholder
// rather than a broken plot when there is nothing to draw.
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>

#include <qcustomplot.h>

#include <map>
#include <string>
#include <vector>

#include "core/io/json_file.h"
#include "core/store/run_comparison.h"
#include "core/store/run_store.h"
#include "widgets/heatmap_view.h"

using namespace xlqa;
using Mode = HeatmapView::Mode;

namespace {

const std::vector<std::string> kLanguages = {"en", "de", "zh"};

// Scores chosen so that every mean is exact in one decimal.
double teacherF1(std::size_t q, std::size_t c) { return q == c ? 80.0 + 2.0 * double(q) : 60.0 + double(3 * q + c); }
double teacherEm(std::size_t q, std::size_t c) { return teacherF1(q, c) - 15.0; }
double studentF1(std::size_t q, std::size_t c) { return teacherF1(q, c) + (q == c ? -1.5 : 2.25); }
double studentEm(std::size_t q, std::size_t c) { return teacherEm(q, c) + 0.5 * double(c); }

std::vector<PairRecord> threeLanguageRun(bool withStudent = true) {
  std::vector<PairRecord> records;
  for (std::size_t q = 0; q < kLanguages.size(); ++q) {
    for (std::size_t c = 0; c < kLanguages.size(); ++c) {
      PairRecord record;
      record.pair = {kLanguages[q], kLanguages[c]};
      record.rules = "mlqa_v1";
      record.examples = 100 + 10 * q + c;
      record.teacher = ModelPairScore{teacherEm(q, c), teacherF1(q, c), record.examples};
      if (withStudent) record.student = ModelPairScore{studentEm(q, c), studentF1(q, c), record.examples};
      records.push_back(record);
    }
  }
  return records;
}

PairComparison comparison(const LanguagePair& pair, double wilcoxonP) {
  PairComparison result;
  result.pair = pair;
  result.significance.wilcoxonP = wilcoxonP;
  result.significance.bootstrapP = 0.5;  // must not be the one that decides
  return result;
}

// en-de significant, de-en not, zh-zh exactly at the threshold (not significant); the rest untested.
std::vector<PairComparison> threeLanguageSignificance() {
  return {comparison({"en", "de"}, 0.01), comparison({"de", "en"}, 0.2), comparison({"zh", "zh"}, 0.05)};
}

QString oneDecimal(double value) { return QString::number(value, 'f', 1); }

}  // namespace

class TestHeatmapView : public QObject {
  Q_OBJECT
 private slots:
  void showsEachModesValues() {
    HeatmapView view;
    view.setRun(threeLanguageRun(), threeLanguageSignificance());
    QVERIFY(!view.isShowingPlaceholder());
    QCOMPARE(view.mode(), Mode::Teacher);
    QCOMPARE(view.metric(), ScoreKind::F1);
    QCOMPARE(view.displayedMatrix().questionLanguages, kLanguages);  // the run's order, not sorted
    QCOMPARE(view.displayedMatrix().contextLanguages, kLanguages);

    const auto expect = [&](Mode mode, ScoreKind metric, double (*teacher)(std::size_t, std::size_t),
                            double (*student)(std::size_t, std::size_t)) {
      view.setMode(mode);
      view.setMetric(metric);
      for (std::size_t q = 0; q < kLanguages.size(); ++q) {
        for (std::size_t c = 0; c < kLanguages.size(); ++c) {
          const auto shown = view.displayedValue({kLanguages[q], kLanguages[c]});
          QVERIFY(shown.has_value());
          const double expected = mode == Mode::Teacher   ? teacher(q, c)
                                  : mode == Mode::Student ? student(q, c)
                                                          : student(q, c) - teacher(q, c);
          QCOMPARE(*shown, expected);
        }
      }
    };
    expect(Mode::Teacher, ScoreKind::F1, teacherF1, studentF1);
    expect(Mode::Student, ScoreKind::F1, teacherF1, studentF1);
    expect(Mode::Difference, ScoreKind::F1, teacherF1, studentF1);
    expect(Mode::Teacher, ScoreKind::ExactMatch, teacherEm, studentEm);
    expect(Mode::Student, ScoreKind::ExactMatch, teacherEm, studentEm);
    expect(Mode::Difference, ScoreKind::ExactMatch, teacherEm, studentEm);
    QVERIFY(!view.displayedValue({"en", "fr"}).has_value());
  }

  void theMatrixIsATableModel() {
    HeatmapView view;
    view.setRun(threeLanguageRun(), threeLanguageSignificance());
    view.setMode(Mode::Difference);
    const ScoreMatrixModel* model = view.matrixModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 3);
    for (int q = 0; q < 3; ++q) {
      QCOMPARE(model->headerData(q, Qt::Vertical).toString(), QString::fromStdString(kLanguages[std::size_t(q)]));
      QCOMPARE(model->headerData(q, Qt::Horizontal).toString(), QString::fromStdString(kLanguages[std::size_t(q)]));
      for (int c = 0; c < 3; ++c)
        QCOMPARE(model->data(model->index(q, c)).toDouble(),
                 view.displayedValue({kLanguages[std::size_t(q)], kLanguages[std::size_t(c)]}).value());
    }
    QCOMPARE(model->data(model->index(0, 1)).toDouble(), studentF1(0, 1) - teacherF1(0, 1));
    view.setRun({}, {});
    QCOMPARE(model->rowCount(), 0);
  }

  void captionStatesTheAverages() {
    HeatmapView view;
    view.setRun(threeLanguageRun(), threeLanguageSignificance());
    double diagonal = 0, all = 0;
    for (std::size_t q = 0; q < 3; ++q) {
      diagonal += teacherF1(q, q);
      for (std::size_t c = 0; c < 3; ++c) all += teacherF1(q, c);
    }
    const double offDiagonal = (all - diagonal) / 6;
    QVERIFY2(view.caption().contains("Teacher F1"), qPrintable(view.caption()));
    QVERIFY2(view.caption().contains("XLT (diagonal) average: " + oneDecimal(diagonal / 3)),
             qPrintable(view.caption()));
    QVERIFY2(view.caption().contains("G-XLT average (all pairs): " + oneDecimal(all / 9)), qPrintable(view.caption()));
    QVERIFY2(view.caption().contains("Off-diagonal average: " + oneDecimal(offDiagonal)), qPrintable(view.caption()));

    // Student - teacher: -1.5 on the diagonal, +2.25 off it; G-XLT = (3 * -1.5 + 6 * 2.25) / 9 = 1.
    view.setMode(Mode::Difference);
    QVERIFY2(view.caption().contains(QString("XLT (diagonal) average: ") + QChar(0x2212) + "1.5"),
             qPrintable(view.caption()));
    QVERIFY2(view.caption().contains("G-XLT average (all pairs): +1.0"), qPrintable(view.caption()));
    QVERIFY2(view.caption().contains("not significant, p"), qPrintable(view.caption()));
    const auto rowMeans = view.displayedMatrix().rowMeans();
    QCOMPARE(rowMeans.size(), std::size_t(3));
    QCOMPARE(*rowMeans[0], (-1.5 + 2.25 + 2.25) / 3);
  }

  void marksDifferencesThatAreNotSignificant() {
    HeatmapView view;
    view.setRun(threeLanguageRun(), threeLanguageSignificance());
    view.setMode(Mode::Difference);
    QVERIFY(!view.isMarkedNotSignificant({"en", "de"}));  // p = 0.01
    QVERIFY(view.isMarkedNotSignificant({"de", "en"}));   // p = 0.2
    QVERIFY(view.isMarkedNotSignificant({"zh", "zh"}));   // p = 0.05 is not below the threshold
    QVERIFY(!view.isMarkedNotSignificant({"en", "en"}));  // no test: shown unmarked
    // The marked value is drawn in parentheses on the plot.
    int parenthesised = 0;
    for (int i = 0; i < view.plot()->itemCount(); ++i) {
      if (auto* text = qobject_cast<QCPItemText*>(view.plot()->item(i)); text && text->text().startsWith('('))
        ++parenthesised;
    }
    QCOMPARE(parenthesised, 2);

    view.setMetric(ScoreKind::ExactMatch);  // the test is on F1: EM differences are not marked
    QVERIFY(!view.isMarkedNotSignificant({"de", "en"}));
    view.setMetric(ScoreKind::F1);
    view.setMode(Mode::Teacher);
    QVERIFY(!view.isMarkedNotSignificant({"de", "en"}));
  }

  void significanceFromARunStore() {
    // A real comparison: the student is right where the teacher is wrong on every en-de example
    // (significant) and answers exactly as the teacher on de-en (p = 1).
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    RunManifest manifest;
    manifest.pairs = {{"en", "de"}, {"de", "en"}};
    RunStore run = RunStore::create(directory.filePath("run").toStdString(), manifest);
    for (const LanguagePair& pair : manifest.pairs) {
      const bool studentBetter = pair.question == "en";
      std::vector<ExampleRecord> examples;
      for (int i = 0; i < 30; ++i) {
        ExampleRecord example;
        example.id = pair.key() + "-" + std::to_string(i);
        example.golds = {"answer"};
        example.teacher = ModelExampleResult{"x", 0, 0.0, {}};
        example.student = studentBetter ? ModelExampleResult{"answer", 1, 1.0, {}} : *example.teacher;
        examples.push_back(example);
      }
      PairRecord record;
      record.pair = pair;
      record.rules = "mlqa_v1";
      record.examples = examples.size();
      record.teacher = ModelPairScore{0, 0, 30};
      record.student = studentBetter ? ModelPairScore{100, 100, 30} : ModelPairScore{0, 0, 30};
      run.writePair(record, examples);
    }
    HeatmapView view;
    view.setRun(run.readPairs(), comparePairs(run, ModelRole::Teacher, run, ModelRole::Student));
    view.setMode(Mode::Difference);
    QCOMPARE(*view.displayedValue({"en", "de"}), 100.0);
    QVERIFY(!view.isMarkedNotSignificant({"en", "de"}));
    QVERIFY(view.isMarkedNotSignificant({"de", "en"}));
    QVERIFY(view.toolTipText({"de", "en"}).contains("not significant"));

    // With the examples' bootstrap intervals, the F1 averages read "value ± half-width"; EM has none.
    std::vector<std::vector<ExampleRecord>> examples;
    for (const PairRecord& record : run.readPairs()) examples.push_back(run.readExamples(record.pair));
    view.setRun(run.readPairs(), comparePairs(run, ModelRole::Teacher, run, ModelRole::Student),
                runIntervals(run.readPairs(), examples));
    view.setMode(Mode::Difference);
    QVERIFY2(view.caption().contains(QStringLiteral(" ± ")), qPrintable(view.caption()));
    // The CSV export carries the same intervals (of F1 only).
    QTemporaryDir out;
    QString error;
    QVERIFY2(view.exportCsv(out.filePath("f1.csv"), &error), qPrintable(error));
    QFile f1(out.filePath("f1.csv"));
    QVERIFY(f1.open(QIODevice::ReadOnly));
    const QByteArray f1Text = f1.readAll();
    QVERIFY(f1Text.left(f1Text.indexOf('\n')).endsWith(",mean,mean_low,mean_high"));
    QVERIFY(f1Text.contains("\naverage,estimate,low,high\n"));
    view.setMetric(ScoreKind::ExactMatch);
    QVERIFY2(!view.caption().contains(QStringLiteral(" ± ")), qPrintable(view.caption()));
    QVERIFY2(view.exportCsv(out.filePath("em.csv"), &error), qPrintable(error));
    QFile em(out.filePath("em.csv"));
    QVERIFY(em.open(QIODevice::ReadOnly));
    QVERIFY(!em.readAll().contains("mean_low"));
  }

  void toolTipDescribesThePair() {
    HeatmapView view;
    view.setRun(threeLanguageRun(), threeLanguageSignificance());
    const QString tip = view.toolTipText({"de", "en"});  // q = 1, c = 0
    QVERIFY2(tip.contains("Question: de"), qPrintable(tip));
    QVERIFY2(tip.contains("Context: en"), qPrintable(tip));
    QVERIFY2(tip.contains("110 examples"), qPrintable(tip));
    QVERIFY2(tip.contains("Teacher: EM " + oneDecimal(teacherEm(1, 0)) + "   F1 " + oneDecimal(teacherF1(1, 0))),
             qPrintable(tip));
    QVERIFY2(tip.contains("Student: EM " + oneDecimal(studentEm(1, 0)) + "   F1 " + oneDecimal(studentF1(1, 0))),
             qPrintable(tip));
    QVERIFY2(tip.contains("+2.3"), qPrintable(tip));  // 2.25 rounded half away from zero
    QVERIFY2(tip.contains("p = 0.2"), qPrintable(tip));
  }

  void hoveringACellShowsItsToolTip() {
    HeatmapView view;
    view.resize(900, 700);
    view.setRun(threeLanguageRun(), threeLanguageSignificance());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::mouseMove(view.plot(), view.cellCenter({"de", "en"}));
    QTRY_COMPARE(QToolTip::text(), view.toolTipText({"de", "en"}));
  }

  void clickingACellActivatesItsPair() {
    HeatmapView view;
    view.resize(900, 700);
    view.setRun(threeLanguageRun(), threeLanguageSignificance());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &HeatmapView::cellActivated);
    for (const std::string& question : kLanguages) {
      for (const std::string& context : kLanguages) {
        const LanguagePair pair{question, context};
        QCOMPARE(view.pairAt(view.cellCenter(pair)), std::optional<LanguagePair>(pair));
      }
    }
    const LanguagePair target{"zh", "de"};
    QTest::mouseClick(view.plot(), Qt::LeftButton, {}, view.cellCenter(target));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<LanguagePair>(), target);

    // The mean strips (centred 1.5 cells after the last language) and the margins are not pairs.
    const QPoint enRowMean(int(view.plot()->xAxis->coordToPixel(3.5)), view.cellCenter({"en", "en"}).y());
    QVERIFY(!view.pairAt(enRowMean).has_value());
    QVERIFY(!view.pairAt(QPoint(2, 2)).has_value());
    QTest::mouseClick(view.plot(), Qt::LeftButton, {}, enRowMean);
    QTest::mouseClick(view.plot(), Qt::LeftButton, {}, QPoint(2, 2));
    QTest::mouseClick(view.plot(), Qt::RightButton, {}, view.cellCenter(target));
    QCOMPARE(activated.count(), 1);
  }

  void exportsTheDisplayedMatrixAndAPicture() {
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    HeatmapView view;
    view.setRun(threeLanguageRun(), threeLanguageSignificance());
    view.setMode(Mode::Difference);
    QString error;
    const QString csvPath = directory.filePath("difference.csv");
    QVERIFY2(view.exportCsv(csvPath, &error), qPrintable(error));
    const std::string csv = readFileBytes(csvPath.toStdString());
    QCOMPARE(QString::fromStdString(csv), QString("question/context,en,de,zh\n"
                                                  "en,-1.5,2.25,2.25\n"
                                                  "de,2.25,-1.5,2.25\n"
                                                  "zh,2.25,2.25,-1.5\n"));
    QCOMPARE(csv, matrixToCsv(view.displayedMatrix()));

    const QString pngPath = directory.filePath("difference.png");
    QVERIFY2(view.exportImage(pngPath, &error), qPrintable(error));
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 900);
    for (const char* name : {"difference.svg", "difference.pdf"}) {
      const QString path = directory.filePath(name);
      QVERIFY2(view.exportImage(path, &error), qPrintable(error));
      QVERIFY(QFileInfo(path).size() > 1000);
    }
    QVERIFY(QFile(directory.filePath("difference.svg")).open(QIODevice::ReadOnly));
    QVERIFY(!view.exportImage(directory.filePath("difference.bmpx"), &error));
    QVERIFY(error.contains("bmpx"));
    QVERIFY(!view.exportCsv(directory.filePath("missing/folder/x.csv"), &error));
    QVERIFY(!error.isEmpty());
  }

  void emptyRunShowsAPlaceholder() {
    HeatmapView view;
    view.resize(900, 700);
    view.setRun({}, {});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isShowingPlaceholder());
    QCOMPARE(view.placeholderText(), QString("No completed pairs in this run yet"));
    QVERIFY(view.caption().isEmpty());
    QVERIFY(!view.displayedValue({"en", "en"}).has_value());
    QVERIFY(!view.pairAt(QPoint(450, 350)).has_value());
    QString error;
    QVERIFY(!view.exportCsv(QDir::temp().filePath("xlqa-heatmap-never.csv"), &error));
    QVERIFY(!view.exportImage(QDir::temp().filePath("xlqa-heatmap-never.png"), &error));
    for (Mode mode : {Mode::Teacher, Mode::Student, Mode::Difference}) {
      view.setMode(mode);
      QVERIFY(view.isShowingPlaceholder());
    }
    // A later run replaces the placeholder.
    view.setRun(threeLanguageRun(), {});
    QVERIFY(!view.isShowingPlaceholder());
  }

  void teacherOnlyRun() {
    HeatmapView view;
    view.setMode(Mode::Student);
    view.setRun(threeLanguageRun(/*withStudent=*/false), {});
    QCOMPARE(view.mode(), Mode::Teacher);  // switched to what the run has
    QVERIFY(view.hasMode(Mode::Teacher));
    QVERIFY(!view.hasMode(Mode::Student));
    QVERIFY(!view.hasMode(Mode::Difference));
    QCOMPARE(*view.displayedValue({"de", "zh"}), teacherF1(1, 2));
    QVERIFY(view.toolTipText({"de", "zh"}).contains("Student: not scored"));
    view.setMode(Mode::Difference);
    QVERIFY(view.isShowingPlaceholder());
    QVERIFY(view.placeholderText().contains("both models"));
  }

  void missingPairsStayEmpty() {
    std::vector<PairRecord> records = threeLanguageRun();
    records.erase(records.begin() + 1);  // en-de not evaluated
    HeatmapView view;
    view.setRun(records, {});
    QVERIFY(!view.displayedValue({"en", "de"}).has_value());
    QCOMPARE(*view.displayedValue({"en", "zh"}), teacherF1(0, 2));
    QCOMPARE(*view.displayedMatrix().rowMeans()[0], (teacherF1(0, 0) + teacherF1(0, 2)) / 2);
    QVERIFY(view.toolTipText({"en", "de"}).contains("Not evaluated"));
    QCOMPARE(view.displayedMatrix().contextLanguages, kLanguages);  // de keeps its column
  }

  // Twelve XQuAD languages at 900 x 700: every cell maps back to its pair. Set
  // XLQA_HEATMAP_SNAPSHOTS to a folder to save each mode as PNG for a visual check.
  void twelveLanguagesFit() {
    const std::vector<std::string> languages = {"ar", "de", "el", "en", "es", "hi", "ro", "ru", "th", "tr", "vi", "zh"};
    std::vector<PairRecord> records;
    std::vector<PairComparison> significance;
    for (std::size_t q = 0; q < languages.size(); ++q) {
      for (std::size_t c = 0; c < languages.size(); ++c) {
        PairRecord record;
        record.pair = {languages[q], languages[c]};
        record.examples = 1190;
        const double base = q == c ? 78.0 - double(q) : 42.0 + double((q * 7 + c * 5) % 30);
        record.teacher = ModelPairScore{base - 14.0, base, 1190};
        const double delta = double(int((q * 13 + c * 7) % 17) - 6) * 0.7;
        record.student = ModelPairScore{base - 15.0 + delta, base + delta, 1190};
        records.push_back(record);
        significance.push_back(comparison(record.pair, std::abs(delta) > 2.5 ? 0.001 : 0.3));
      }
    }
    HeatmapView view;
    view.resize(900, 700);
    view.setRun(records, significance);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const PairRecord& record : records)
      QCOMPARE(view.pairAt(view.cellCenter(record.pair)), std::optional<LanguagePair>(record.pair));

    const QString snapshots = qEnvironmentVariable("XLQA_HEATMAP_SNAPSHOTS");
    if (snapshots.isEmpty()) return;
    const std::map<std::string, std::pair<Mode, ScoreKind>> modes = {
        {"teacher-f1", {Mode::Teacher, ScoreKind::F1}},
        {"student-em", {Mode::Student, ScoreKind::ExactMatch}},
        {"difference-f1", {Mode::Difference, ScoreKind::F1}}};
    for (const auto& [name, choice] : modes) {
      view.setMode(choice.first);
      view.setMetric(choice.second);
      QString error;
      QVERIFY2(view.exportImage(QDir(snapshots).filePath(QString::fromStdString("heatmap-" + name + ".png")), &error),
               qPrintable(error));
      view.grab().save(QDir(snapshots).filePath(QString::fromStdString("widget-" + name + ".png")));
    }
  }
};

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmap_view.moc"
