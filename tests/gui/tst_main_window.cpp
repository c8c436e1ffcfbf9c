// The main window: starts, opens a run in the background, a heatmap click filters the examples
// browser, broken run folders give a clear message, and the UI language switches at run time.
#include <QFileInfo>
#include <QProcess>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>
#include "core/store/run_store.h"

#include "support/isolated_settings.h"
#include "widgets/application_identity.h"
#include "widgets/evaluation_dialog.h"
#include "widgets/evaluation_job.h"
#include "widgets/example_browser.h"
#include "widgets/gold_rank_view.h"
#include "widgets/heatmap_view.h"
#include "widgets/main_window.h"
#include "widgets/map_at_k_view.h"
#include "widgets/parallel_grid_view.h"
#include "widgets/presenter_mode.h"
#include "widgets/run_follower.h"
#include "widgets/slurm_job_dialog.h"
#include "widgets/span_probability_view.h"
#include "widgets/training_panel.h"
#include "widgets/ui_language.h"
#include "widgets/view_bindings.h"
#include "widgets/welcome_panel.h"
#include "widgets/workbench_document.h"

using namespace xlqa;

namespace {

// A teacher + student run over en/es: 3 examples per pair, F1 known per example; the student's
// F1 on the last example is `studentLastF1`; both models computed in `dtype`.
// Only the first `pairsWritten` pairs are written (a run that shards are still writing).
void writeRun(const QString& dir, double studentLastF1 = 1.0, const std::string& dtype = "fp32",
              std::size_t pairsWritten = 4) {
  RunManifest manifest;
  manifest.toolVersion = "test";
  manifest.startedAt = "2026-11-21T00:00:00Z";
  manifest.teacher = ModelRecord{"", "sha256:aa", "xlm-roberta", 1000, dtype};
  manifest.student = ModelRecord{"", "sha256:bb", "xlm-roberta", 1000, dtype};
  const std::vector<LanguagePair> pairs{{"en", "en"}, {"en", "es"}, {"es", "en"}, {"es", "es"}};
  manifest.pairs = pairs;
  manifest.status = pairsWritten < pairs.size() ? "running" : "complete";
  std::optional<RunStore> opened;
  if (QFileInfo::exists(dir + "/manifest.json"))
    opened = RunStore::open(dir.toStdString());
  else
    opened = RunStore::create(dir.toStdString(), manifest);
  RunStore& store = *opened;
  for (std::size_t p = 0; p < std::min(pairsWritten, pairs.size()); ++p) {
    if (store.hasPair(pairs[p])) continue;
    std::vector<ExampleRecord> examples;
    for (int i = 0; i < 3; ++i) {
      ExampleRecord record;
      record.id = "q" + std::to_string(i);
      record.golds = {"answer " + std::to_string(i)};
      record.teacher = ModelExampleResult{"answer", i == 0, i == 0 ? 1.0 : 0.25, {}};
      const double studentF1 = i == 2 ? studentLastF1 : 1.0;
      record.student = ModelExampleResult{"answer", studentF1 == 1.0, studentF1, {}};
      examples.push_back(record);
    }
    const double studentF1 = (2.0 + studentLastF1) / 3.0 * 100.0;
    const double studentEm = studentLastF1 == 1.0 ? 100.0 : 200.0 / 3.0;
    PairRecord pair{
        pairs[p], "mlqa_v1", examples.size(), ModelPairScore{33.3, 50.0, 3}, ModelPairScore{studentEm, studentF1, 3},
        0.1};
    store.writePair(pair, examples);
  }
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { isolateSettings(); }
  void init() { clearSettings(); }

  void startsAndShowsTheRuntime() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("XLQA Studio"));
    QVERIFY(window.welcomePanel()->runtimeSummary().contains("LibTorch"));
    QVERIFY(window.welcomePanel()->runtimeSummary().contains("cpu"));
  }

  // A run that shards are still writing fills in as its pairs land, without taking the user
  // off the tab they are on, and is no longer followed once complete.
  void aRunStillBeingWrittenFillsIn() {
    QTemporaryDir dir;
    const QString run = dir.filePath("run");
    writeRun(run, 1.0, "fp32", 2);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openRun(run);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QCOMPARE(window.document()->run()->pairs.size(), std::size_t(2));
    QVERIFY(window.heatmapView()->displayedValue({"es", "es"}) == std::nullopt);  // missing, not zero
    QVERIFY(window.runFollower()->isFollowing());
    window.tabs()->setCurrentWidget(window.exampleBrowser());

    writeRun(run, 1.0, "fp32", 4);  // the other shard's pairs land
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->run()->pairs.size(), std::size_t(4), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QCOMPARE(window.tabs()->currentWidget(), window.exampleBrowser());
    QCOMPARE(window.exampleBrowser()->totalRowCount(), 12);
    QVERIFY(window.heatmapView()->displayedValue({"es", "es"}).has_value());
    QVERIFY(!window.runFollower()->isFollowing());
  }

  void aHeatmapClickFiltersTheBrowser() {
    QTemporaryDir dir;
    writeRun(dir.filePath("run"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openRun(dir.filePath("run"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    QCOMPARE(window.tabs()->currentWidget(), window.heatmapView());
    QCOMPARE(window.exampleBrowser()->totalRowCount(), 12);

    window.heatmapView()->setMode(HeatmapView::Mode::Difference);
    QCOMPARE(window.heatmapView()->displayedValue({"en", "es"}).value(), 50.0);
    const LanguagePair pair{"es", "en"};
    QTest::mouseClick(window.heatmapView()->plot(), Qt::LeftButton, Qt::NoModifier,
                      window.heatmapView()->cellCenter(pair));
    QTRY_COMPARE(window.tabs()->currentWidget(), window.exampleBrowser());
    QCOMPARE(window.exampleBrowser()->visibleRowCount(), 3);
    window.exampleBrowser()->setFailingOnly(true);
    QCOMPARE(window.exampleBrowser()->visibleRowCount(), 2);  // teacher F1 25 < 50 on q1 and q2
  }

  void comparesTwoRuns() {
    QTemporaryDir dir;
    writeRun(dir.filePath("generation-1"));
    writeRun(dir.filePath("generation-2"), 0.25);
    MainWindow window;
    window.show();
    window.openRun(dir.filePath("generation-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    window.compareWithRun(dir.filePath("generation-2"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    HeatmapView* heatmap = window.heatmapView();
    QCOMPARE(heatmap->mode(), HeatmapView::Mode::RunDifference);
    QCOMPARE(heatmap->displayedValue({"es", "en"}).value(), 75.0 - 100.0);  // students: (1 + 1 + 0.25) / 3
    QVERIFY(heatmap->caption().contains("generation-2"));
    QVERIFY(heatmap->isMarkedNotSignificant({"es", "en"}));  // three examples prove nothing
    QVERIFY(heatmap->toolTipText({"es", "en"}).contains(QStringLiteral("EM 66.7   F1 75.0")));
    QVERIFY(!heatmap->caption().contains(QStringLiteral("precision")));  // both fp32

    // Opening another run drops the comparison, which was against the previous one.
    window.openRun(dir.filePath("generation-2"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY(!window.document()->comparison());
    QVERIFY(!heatmap->hasMode(HeatmapView::Mode::RunDifference));
    QVERIFY(window.heatmapView()->mode() != HeatmapView::Mode::RunDifference);

    window.compareWithRun(dir.filePath("missing"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY2(window.lastError().contains("missing"), qPrintable(window.lastError()));
  }

  void comparingRunsOfDifferentDtypesSaysSo() {
    QTemporaryDir dir;
    writeRun(dir.filePath("fp32"));
    writeRun(dir.filePath("bf16"), 0.25, "bf16");
    MainWindow window;
    window.show();
    window.openRun(dir.filePath("fp32"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    window.compareWithRun(dir.filePath("bf16"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    const QString note =
        QStringLiteral("This run computed in fp32, the compared run in bf16: the differences include the precision's");
    QCOMPARE(window.document()->comparison()->precisionNote(), note);
    QVERIFY2(window.heatmapView()->caption().contains(note), qPrintable(window.heatmapView()->caption()));
    QCOMPARE(window.statusBar()->currentMessage(), note);
  }

  void aBrokenRunGivesAClearMessage() {
    QTemporaryDir dir;
    QDir(dir.path()).mkdir("broken");
    QFile manifest(dir.filePath("broken/manifest.json"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("{\"format\": \"xlqa-run/1\", \"pairs\": [");
    manifest.close();
    MainWindow window;
    window.show();
    window.openRun(dir.filePath("broken"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY2(window.lastError().contains("manifest.json"), qPrintable(window.lastError()));
    window.openRun(dir.filePath("missing"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY2(window.lastError().contains("missing"), qPrintable(window.lastError()));
    QVERIFY(window.isVisible());
  }

  void switchesLanguageAtRunTime() {
    MainWindow window;
    window.show();
    window.setLanguage("es");
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Mapa de calor"));
    window.setLanguage("zh_CN");
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("热力图"));
    window.setLanguage("en");
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Heatmap"));
  }

  void followsTheSystemLanguage() {
    // The first of the desktop's languages that the app has; Traditional Chinese is not zh_CN.
    QCOMPARE(UiLanguage::languageFor({"de-DE", "es-MX", "en-US"}), QStringLiteral("es"));
    QCOMPARE(UiLanguage::languageFor({"zh-Hans-CN", "en"}), QStringLiteral("zh_CN"));
    QCOMPARE(UiLanguage::languageFor({"zh-TW", "en-GB", "es"}), QStringLiteral("en"));
    QCOMPARE(UiLanguage::languageFor({"fr-FR"}), QStringLiteral("en"));
    // The translations are files beside bin/ (share/xlqa-studio/translations), as installed.
    QVERIFY2(QFileInfo::exists(UiLanguage::qmFile("es")), qPrintable(UiLanguage::qmFile("es")));
    QVERIFY(!UiLanguage::qmFile("zh_CN").startsWith(QLatin1Char(':')));
    MainWindow window;
    window.setLanguage("system");  // the test runs under the C locale: English
    QCOMPARE(window.language(), QStringLiteral("en"));
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Heatmap"));
    window.setLanguage("fr");  // refused, naming the file it looked for
    QCOMPARE(window.language(), QStringLiteral("en"));
    QVERIFY2(window.lastError().contains("xlqa_fr.qm"), qPrintable(window.lastError()));
  }

  void identifiesItselfToTheDesktop() {
    // Settings kept under the old name ("XLQA Studio", with spaces) move to ~/.config/xlqa-studio once.
    QSettings legacy(QStringLiteral("XLQA Studio"), QStringLiteral("XLQA Studio"));
    QVERIFY2(legacy.fileName().contains(".qttest"), qPrintable(legacy.fileName()));  // never the user's own
    legacy.setValue("language", "es");
    legacy.sync();
    QSettings(QStringLiteral("xlqa-studio"), QStringLiteral("xlqa-studio")).clear();
    setUpApplicationIdentity();
    QVERIFY2(QSettings().fileName().endsWith("/xlqa-studio/xlqa-studio.conf"), qPrintable(QSettings().fileName()));
    QCOMPARE(QSettings().value("language").toString(), QStringLiteral("es"));
    QVERIFY(QSettings(QStringLiteral("XLQA Studio"), QStringLiteral("XLQA Studio")).allKeys().isEmpty());
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("org.xlqa.Studio"));  // the .desktop file
    QVERIFY(!QApplication::windowIcon().pixmap(32, 32).isNull());
    QSettings().clear();
    isolateSettings();
  }

  void opensTheEmbeddedDemoOnItsStory() {
    // The embedded demo of the source tree, its workspace made in a fresh cache.
    QTemporaryDir cache;
    qputenv("XLQA_DEMO_DIR", XLQA_SOURCE_DIR "/resources/demo");
    qputenv("XLQA_CACHE_DIR", cache.path().toUtf8());
    QVERIFY(MainWindow::opensDemoAtStart());  // the default
    MainWindow window;
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->run().has_value(), 300000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    // The run of both demo models over all 49 pairs, both models and the test data open.
    QCOMPARE(window.document()->run()->pairs.size(), std::size_t(49));
    QVERIFY(window.document()->model(ModelRole::Teacher) && window.document()->model(ModelRole::Student));
    QVERIFY(window.document()->dataset());
    // The heatmap shows the difference; the browser opens where the student answers and the teacher does not.
    QCOMPARE(window.tabs()->currentWidget(), window.heatmapView());
    QCOMPARE(window.heatmapView()->mode(), HeatmapView::Mode::Difference);
    QCOMPARE(window.exampleBrowser()->filterModel()->disagreement(),
             ExampleFilterModel::Disagreement::StudentRightTeacherWrong);
    QVERIFY(window.exampleBrowser()->visibleRowCount() > 0);
    QVERIFY(window.welcomePanel()->demoSummary().contains(QStringLiteral("G-XLT")));

    // Presenter mode: full screen, larger fonts, and the story's four moments in order.
    const qreal pointSize = window.font().pointSizeF();
    window.heatmapView()->setMode(HeatmapView::Mode::Teacher);
    window.tabs()->setCurrentWidget(window.trainingPanel());
    PresenterMode& presenter = *window.presenter();
    presenter.start();
    QVERIFY(presenter.isActive());
    QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
    QCOMPARE(window.font().pointSizeF(), pointSize * PresenterMode::kFontScale);
    QCOMPARE(presenter.stepCount(), 4);
    QCOMPARE(window.tabs()->currentWidget(), window.heatmapView());
    QCOMPARE(window.heatmapView()->mode(), HeatmapView::Mode::Difference);
    presenter.next();
    QCOMPARE(window.tabs()->currentWidget(), window.exampleBrowser());
    QCOMPARE(window.exampleBrowser()->filterModel()->disagreement(), ExampleFilterModel::Disagreement::Any);
    presenter.next();
    QCOMPARE(window.tabs()->currentWidget(), window.spanView());
    QCOMPARE(window.exampleBrowser()->filterModel()->disagreement(),
             ExampleFilterModel::Disagreement::StudentRightTeacherWrong);
    presenter.next();
    QCOMPARE(window.tabs()->currentWidget(), window.mapAtKView());
    presenter.next();  // the last moment stays
    QCOMPARE(presenter.currentStep(), 3);
    presenter.previous();
    QCOMPARE(window.tabs()->currentWidget(), window.spanView());
    presenter.stop();
    QVERIFY(!presenter.isActive());
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QCOMPARE(window.font().pointSizeF(), pointSize);

    // The question grid follows the opened example: every pair of the run holds that question.
    const ExampleRef opened = *window.document()->selectedExample();
    const auto& grid = window.gridView()->grid();
    QVERIFY(grid && grid->id == opened.id.toStdString());
    QCOMPARE(grid->presentCells(), std::size_t(49));
    const ExampleRecord* shown = grid->at(opened.pair)->example ? &*grid->at(opened.pair)->example : nullptr;
    QVERIFY(shown && shown->student && shown->student->exactMatch == 1);  // the story's example
    // From the heatmap: the pair's question where the student gains most, on the grid's tab.
    emit window.heatmapView()->gridRequested(opened.pair);
    QCOMPARE(window.tabs()->currentWidget(), window.gridView());
    QCOMPARE(window.gridView()->grid()->id, gridExampleOf(window.document(), opened.pair).toStdString());
    // A cell opens its example in the browser.
    const LanguagePair enDe{"en", "de"};
    QVERIFY(window.gridView()->grid()->at(enDe)->example);
    emit window.gridView()->exampleActivated(enDe, QString::fromStdString(window.gridView()->grid()->id));
    QCOMPARE(window.tabs()->currentWidget(), window.exampleBrowser());
    QCOMPARE(window.exampleBrowser()->filterModel()->pairFilter(), std::optional<LanguagePair>(enDe));
    QTRY_COMPARE(window.document()->selectedExample()->pair, enDe);

    // EM@k: one curve per model over the run's kept spans, and the moved examples in the browser.
    GoldRankView& ranks = *window.goldRankView();
    QCOMPARE(ranks.plotted(ModelRole::Student).size(),
             std::size_t(window.exampleBrowser()->tableModel()->table().rankLimit));
    // The evaluation as a Slurm array job: the open models' and data's paths in the command.
    EvaluationRequest request;
    request.outputDirectory = cache.filePath("cluster-run");
    const std::vector<std::string> command = evaluationCommand(*window.document(), request, "xlqa");
    QVERIFY(command.size() > 6);
    QCOMPARE(command[1], std::string("eval"));
    QVERIFY(std::find(command.begin(), command.end(), "--teacher") != command.end());
    QVERIFY(std::find(command.begin(), command.end(), request.outputDirectory.toStdString()) != command.end());
    SlurmJob job;
    job.arrayTasks = 4;
    job.command = command;
    QString error;
    QVERIFY2(writeSlurmScript(cache.filePath("eval.sh"), job, &error), qPrintable(error));
    QVERIFY(QFileInfo(cache.filePath("eval.sh")).isExecutable());
    QProcess bash;
    bash.start("bash", {"-n", cache.filePath("eval.sh")});
    QVERIFY(bash.waitForFinished(10000) && bash.exitCode() == 0);

    emit ranks.movedExamplesRequested(std::nullopt);
    QCOMPARE(window.exampleBrowser()->filterModel()->disagreement(),
             ExampleFilterModel::Disagreement::StudentMovedGoldToTop);
    QVERIFY(window.exampleBrowser()->visibleRowCount() > 0);
    qunsetenv("XLQA_DEMO_DIR");
    qunsetenv("XLQA_CACHE_DIR");
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
