// The training panel: presets fill the form, the form round-trips a config and saves the JSON
// `xlqa train --config` reads, invalid settings keep Start off with the field named, steps and
// epochs fill the curves and the table, and a real tiny self-distillation with mAP@k runs from the
// panel, is cancelled, resumes, and hands its student and its final run to the open buttons.
#include <qcustomplot.h>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/json_file.h"
#include "core/store/run_store.h"
#include "core/train/training_config.h"
#include "support/isolated_settings.h"
#include "support/shared_data.h"
#include "widgets/heatmap_view.h"
#include "widgets/main_window.h"
#include "widgets/training_job.h"
#include "widgets/training_monitor.h"
#include "widgets/training_panel.h"
#include "widgets/workbench_document.h"

using namespace xlqa;

namespace {

std::string dumped(const TrainingConfig& config) { return toJson(config).dump(); }

// Every field away from its default.
TrainingConfig unusualConfig(const QString& root) {
  const auto at = [&root](const char* name) { return QDir(root).filePath(QLatin1String(name)).toStdString(); };
  TrainingConfig c;
  c.student = at("student");
  c.teacher = at("teacher");
  c.renewTeacherEachEpoch = false;
  c.trainData = {"en=" + at("data/xquad.en.json"), at("data/xquad.es.json")};
  c.sampling.languages = {"en", "es"};
  c.sampling.targetLanguages = 1;
  c.sampling.addEnglish = false;
  c.sampling.maxQuestions = 8;
  c.features = FeatureSettings{256, 64, 32};
  c.distill = true;
  c.alphaCe = 0.5;
  c.alphaKl = 2.0;
  c.temperature = 3.25;
  c.direction = KlDirection::Reverse;
  c.weighting = KlWeighting::MrrAtK;
  c.coefficient = CoefficientSettings{CoefficientKind::MrrAtK, 7, 3, true};
  c.epochs = 2;
  c.batchSize = 4;
  c.gradientAccumulation = 3;
  c.learningRate = 5e-5;
  c.weightDecay = 0.02;
  c.adamEpsilon = 1e-6;
  c.warmupFraction = 0.2;
  c.maxGradNorm = 0.5;
  c.seed = 123456789012ULL;
  c.device = "cpu";
  c.devData = {at("data")};
  c.devPairs = {{"en", "es"}, {"es", "en"}};
  c.devMaxExamplesPerPair = 8;
  c.outputDir = at("out");
  c.saveEverySteps = 7;
  return c;
}

TrainingStep step(long number, long total, double loss) {
  TrainingStep s;
  s.step = number;
  s.totalSteps = total;
  s.loss = loss;
  s.ce = loss * 0.75;
  s.kl = loss * 0.25;
  s.klWeight = 0.5;
  s.learningRate = 3e-5;
  s.examplesPerSecond = 10;
  s.etaSeconds = 65;
  return s;
}

// The tiny self-distillation of the acceptance check: the small XLM-R, 8 XQuAD questions in
// en/es/de (one target language plus English each), one epoch, dev on four en/es pairs.
TrainingConfig tinyTraining(const QString& outputDir) {
  TrainingConfig c;
  c.student = test::sharedPath("fixtures/hf-parity/small-xlmr-qa-spm");
  for (const char* language : {"en", "es", "de"})
    c.trainData.push_back(std::string(language) + "=" +
                          test::sharedPath(QStringLiteral("data/xquad/xquad.%1.json").arg(QLatin1String(language))));
  c.sampling.maxQuestions = 8;
  c.sampling.targetLanguages = 1;
  c.sampling.addEnglish = true;
  c.features.maxSeqLength = 128;
  c.features.docStride = 32;
  c.epochs = 1;
  c.batchSize = 4;
  c.device = "cpu";
  c.devData = c.trainData;
  c.devPairs = {{"en", "en"}, {"en", "es"}, {"es", "en"}, {"es", "es"}};
  c.devMaxExamplesPerPair = 8;
  c.outputDir = outputDir.toStdString();
  c.saveEverySteps = 1;
  applyPreset(c, TrainingPreset::SelfDistillationMapAtK);
  return c;
}

}  // namespace

class TestTrainingPanel : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { isolateSettings(); }
  void init() { clearSettings(); }

  void presetsSetTheLossFields() {
    TrainingPanel panel;
    auto* alphaKl = panel.findChild<QDoubleSpinBox*>(QStringLiteral("alphaKl"));
    auto* k = panel.findChild<QSpinBox*>(QStringLiteral("k"));
    auto* teacher = panel.findChild<QLineEdit*>(QStringLiteral("teacher"));
    QVERIFY(alphaKl && k && teacher);

    panel.applyPresetChoice(TrainingPreset::CrossEntropy);
    QVERIFY(!panel.config().distill);
    QVERIFY(!alphaKl->isEnabled() && !k->isEnabled() && !teacher->isEnabled());  // nothing to distil

    panel.applyPresetChoice(TrainingPreset::SelfDistillation);
    TrainingConfig c = panel.config();
    QVERIFY(c.distill);
    QCOMPARE(c.weighting, KlWeighting::Constant);
    QCOMPARE(c.teacher, std::string());
    QVERIFY(alphaKl->isEnabled() && !k->isEnabled());

    // Through the combo box, as a user picks it.
    const int mapAtK = panel.presetBox()->findData(static_cast<int>(TrainingPreset::SelfDistillationMapAtK));
    panel.presetBox()->setCurrentIndex(mapAtK);
    emit panel.presetBox()->activated(mapAtK);
    c = panel.config();
    QVERIFY(c.distill);
    QCOMPARE(c.weighting, KlWeighting::MapAtK);
    QCOMPARE(c.coefficient.kind, CoefficientKind::MapAtK);
    QCOMPARE(c.coefficient.k, 10);
    QCOMPARE(c.coefficient.window, 5);
    QCOMPARE(c.temperature, 2.0);
    QVERIFY(!alphaKl->isEnabled() && k->isEnabled());  // the coefficient is the weight
  }

  void theFormRoundTripsAConfig() {
    QTemporaryDir dir;
    const TrainingConfig original = unusualConfig(dir.path());
    QVERIFY(dumped(original) != dumped(TrainingConfig()));
    TrainingPanel panel;
    panel.setConfig(original);
    QCOMPARE(dumped(panel.config()), dumped(original));
    panel.setConfig(TrainingConfig());
    QCOMPARE(dumped(panel.config()), dumped(TrainingConfig()));
  }

  void devPairSelectionsResolveFromTheFileNames() {
    QTemporaryDir dir;
    TrainingConfig c = unusualConfig(dir.path());
    c.devData = {dir.filePath("xquad.en.json").toStdString(), dir.filePath("xquad.es.json").toStdString()};
    TrainingPanel panel;
    panel.setConfig(c);
    auto* pairs = panel.findChild<QLineEdit*>(QStringLiteral("devPairs"));
    pairs->setText(QStringLiteral("xlt"));
    QCOMPARE(panel.config().devPairs, (std::vector<LanguagePair>{{"en", "en"}, {"es", "es"}}));
    pairs->setText(QStringLiteral("gxlt"));
    QCOMPARE(panel.config().devPairs, (std::vector<LanguagePair>{{"en", "es"}, {"es", "en"}}));
    pairs->setText(QStringLiteral("all"));
    QVERIFY(panel.config().devPairs.empty());  // every pair of the dev data
    pairs->setText(QStringLiteral("en-xx"));
    QVERIFY2(panel.problems().join('\n').contains(QStringLiteral("Dev language pairs")),
             qPrintable(panel.problems().join('\n')));
  }

  void aSavedConfigReadsBackEqual() {
    QTemporaryDir dir;
    TrainingPanel panel;
    panel.setConfig(unusualConfig(dir.path()));
    const QString path = dir.filePath("train.json");
    QString error;
    QVERIFY2(panel.saveConfigFile(path, &error), qPrintable(error));
    const nlohmann::json saved = readJsonFile(path.toStdString());
    QCOMPARE(saved.at("kl_weighting").get<std::string>(), std::string("mrr@k"));
    QCOMPARE(dumped(readTrainingConfig(path.toStdString())), dumped(panel.config()));

    TrainingPanel other;
    QVERIFY2(other.loadConfigFile(path, &error), qPrintable(error));
    QCOMPARE(dumped(other.config()), dumped(panel.config()));
    QVERIFY(!other.loadConfigFile(dir.filePath("missing.json"), &error));
    QVERIFY2(error.contains("missing.json"), qPrintable(error));
  }

  void invalidSettingsKeepStartOff() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("student"));
    writeFileAtomically(dir.filePath("student/config.json").toStdString(), "{}");
    writeFileAtomically(dir.filePath("xquad.en.json").toStdString(), "{}");
    TrainingConfig c;
    c.student = dir.filePath("student").toStdString();
    c.trainData = {dir.filePath("xquad.en.json").toStdString()};
    c.outputDir = dir.filePath("out").toStdString();
    TrainingPanel panel;
    panel.setConfig(c);
    QVERIFY2(panel.problems().isEmpty(), qPrintable(panel.problems().join('\n')));
    QVERIFY(panel.startButton()->isEnabled());
    QVERIFY(!panel.resumeButton()->isEnabled());  // nothing to resume in a new folder

    panel.findChild<QSpinBox*>(QStringLiteral("epochs"))->setValue(0);
    QVERIFY(!panel.startButton()->isEnabled());
    QVERIFY2(panel.validationText().contains(QStringLiteral("epochs")), qPrintable(panel.validationText()));
    panel.findChild<QSpinBox*>(QStringLiteral("epochs"))->setValue(1);
    QVERIFY(panel.startButton()->isEnabled());

    panel.findChild<QLineEdit*>(QStringLiteral("learningRate"))->setText(QStringLiteral("fast"));
    QVERIFY(!panel.startButton()->isEnabled());
    QVERIFY2(panel.validationText().contains(QStringLiteral("Learning rate")), qPrintable(panel.validationText()));
    QVERIFY(!panel.startTraining());
    QVERIFY(!panel.isBusy());
    panel.findChild<QLineEdit*>(QStringLiteral("learningRate"))->setText(QStringLiteral("2e-5"));
    QCOMPARE(panel.config().learningRate, 2e-5);

    panel.findChild<QLineEdit*>(QStringLiteral("student"))->setText(dir.filePath("nowhere"));
    QVERIFY(!panel.startButton()->isEnabled());
    QVERIFY2(panel.validationText().contains(QStringLiteral("student")), qPrintable(panel.validationText()));
    panel.findChild<QLineEdit*>(QStringLiteral("student"))->clear();
    QVERIFY2(panel.validationText().contains(QStringLiteral("student")), qPrintable(panel.validationText()));
    panel.findChild<QLineEdit*>(QStringLiteral("student"))->setText(dir.filePath("student"));
    QVERIFY(panel.startButton()->isEnabled());

    // A folder that is not empty takes Resume, not Start; with a checkpoint Resume turns on.
    QVERIFY(QDir(dir.path()).mkpath("earlier/checkpoint"));
    panel.findChild<QLineEdit*>(QStringLiteral("outputDir"))->setText(dir.filePath("earlier"));
    QVERIFY(!panel.startButton()->isEnabled());
    QVERIFY(panel.resumeButton()->isEnabled());
    QVERIFY2(panel.validationText().contains(QStringLiteral("not empty")), qPrintable(panel.validationText()));
  }

  void stepsAndEpochsFillTheCurvesAndTheTable() {
    TrainingPanel panel;
    for (long s = 1; s <= 3; ++s) panel.addStep(step(s, 10, 3.0 - double(s) * 0.5));
    QCOMPARE(panel.lossGraph()->dataCount(), 3);
    QCOMPARE(panel.ceGraph()->dataCount(), 3);
    QCOMPARE(panel.klGraph()->dataCount(), 3);
    QCOMPARE(panel.klWeightGraph()->dataCount(), 3);
    QCOMPARE(panel.learningRateGraph()->dataCount(), 3);
    QCOMPARE((panel.lossGraph()->data()->constEnd() - 1)->value, 1.5);
    QCOMPARE(panel.learningRateGraph()->valueAxis(), panel.schedulePlot()->yAxis2);  // its own axis
    QCOMPARE(panel.lossPlot()->legend->itemCount(), 3);

    // A resume redoes the steps after its checkpoint: they replace the old ones.
    panel.addStep(step(2, 10, 9.0));
    QCOMPARE(panel.lossGraph()->dataCount(), 2);
    QCOMPARE((panel.lossGraph()->data()->constEnd() - 1)->value, 9.0);

    EpochScores first;
    first.epoch = 0;
    first.xltF1 = 41.25, first.gxltF1 = 30.5, first.xltExactMatch = 20, first.gxltExactMatch = 15;
    first.best = true;
    panel.addEpoch(first);
    QCOMPARE(panel.epochTable()->rowCount(), 1);
    QCOMPARE(panel.epochTable()->item(0, 0)->text(), QStringLiteral("1"));
    QCOMPARE(panel.epochTable()->item(0, 2)->text(), QStringLiteral("30.5"));
    QVERIFY(!panel.epochTable()->item(0, 5)->text().isEmpty());
    EpochScores second = first;
    second.epoch = 1;
    second.gxltF1 = 35;
    panel.addEpoch(second);
    QCOMPARE(panel.epochTable()->rowCount(), 2);
    QVERIFY(panel.epochTable()->item(0, 5)->text().isEmpty());  // one best epoch
    QVERIFY(!panel.epochTable()->item(1, 5)->text().isEmpty());
    second.gxltF1 = 36;
    panel.addEpoch(second);  // the same epoch again replaces its row
    QCOMPARE(panel.epochTable()->rowCount(), 2);
    QCOMPARE(panel.epochTable()->item(1, 2)->text(), QStringLiteral("36.0"));

    panel.clearCurves();
    QCOMPARE(panel.lossGraph()->dataCount(), 0);
    QCOMPARE(panel.epochTable()->rowCount(), 0);
  }

  // Generations: the dev F1 of each epoch as curves, and the selected epoch set against another.
  void generationsShowCurvesAndOneEpochAgainstAnother() {
    QTemporaryDir dir;
    const auto devRun = [&](const char* name, double enEn, double enDe) {
      RunManifest manifest;
      manifest.pairs = {{"en", "en"}, {"en", "de"}};
      const std::string path = dir.filePath(QLatin1String(name)).toStdString();
      RunStore run = RunStore::create(path, manifest);
      for (const auto& [pair, f1] : {std::pair{LanguagePair{"en", "en"}, enEn}, {LanguagePair{"en", "de"}, enDe}})
        run.writePair({pair, "mlqa_v1", 1, std::nullopt, ModelPairScore{0, f1, 1}, 0},
                      {{"q", {"x"}, std::nullopt, ModelExampleResult{"x", 0, f1 / 100, {}}}});
      return path;
    };
    TrainingMonitor monitor;
    EpochScores epoch;
    for (int e = 0; e < 2; ++e) {
      epoch.epoch = e;
      epoch.xltF1 = 40 + 10 * e, epoch.gxltF1 = 30 + 15 * e;
      epoch.runDirectory = e == 0 ? devRun("epoch-1", 40, 20) : devRun("epoch-2", 50, 40);
      monitor.addEpoch(epoch);
    }
    QCOMPARE(monitor.xltGraph()->dataCount(), 2);
    QCOMPARE((monitor.gxltGraph()->data()->constEnd() - 1)->value, 45.0);
    QCOMPARE((monitor.gxltGraph()->data()->constEnd() - 1)->key, 2.0);  // epochs counted from 1
    QCOMPARE(monitor.baselineBox()->count(), 3);                        // nothing, epoch 1, epoch 2

    monitor.epochTable()->selectRow(1);
    monitor.baselineBox()->setCurrentIndex(1);  // epoch 2 against epoch 1
    QCOMPARE(monitor.heatmap()->mode(), HeatmapView::Mode::RunDifference);
    QCOMPARE(monitor.heatmap()->displayedValue({"en", "de"}), std::optional<double>(20.0));
    QCOMPARE(monitor.heatmap()->displayedValue({"en", "en"}), std::optional<double>(10.0));
    QVERIFY(monitor.heatmapCaption()->text().contains(QStringLiteral("epoch 1")));
    monitor.baselineBox()->setCurrentIndex(0);
    QCOMPARE(monitor.heatmap()->mode(), HeatmapView::Mode::Student);
    QCOMPARE(monitor.heatmap()->displayedValue({"en", "de"}), std::optional<double>(40.0));
  }

  void describesStepsForPeople() {
    QCOMPARE(formatDuration(12.4), QStringLiteral("12 s"));
    QCOMPARE(formatDuration(65), QStringLiteral("1:05"));
    QCOMPARE(formatDuration(3725), QStringLiteral("1:02:05"));
    const QString text = describeStep(step(3, 40, 1.5));
    QVERIFY2(text.contains(QStringLiteral("3 of 40")) && text.contains(QStringLiteral("1:05")), qPrintable(text));
  }

  void theMainWindowHasTheTabAndKeepsTheFormAcrossALanguageSwitch() {
    MainWindow window;
    QVERIFY(window.showTab(QStringLiteral("training")));
    QCOMPARE(window.tabs()->currentWidget(), window.trainingPanel());
    TrainingConfig c = window.trainingPanel()->config();
    c.epochs = 7;
    c.outputDir = "/tmp/somewhere";
    window.trainingPanel()->setConfig(c);
    window.setLanguage(QStringLiteral("es"));
    QCOMPARE(window.trainingPanel()->config().epochs, 7);
    QCOMPARE(window.trainingPanel()->config().outputDir, std::string("/tmp/somewhere"));
    window.setLanguage(QStringLiteral("en"));
  }

  void trainsCancelsResumesAndOpensTheResults() {
    XLQA_REQUIRE_SHARED("fixtures/hf-parity/small-xlmr-qa-spm");
    XLQA_REQUIRE_SHARED("data/xquad/xquad.es.json");
    QTemporaryDir dir;
    const TrainingConfig c = tinyTraining(dir.filePath("training"));

    TrainingPanel panel;
    panel.setConfig(c);
    panel.applyPresetChoice(TrainingPreset::SelfDistillationMapAtK);
    QVERIFY2(panel.startButton()->isEnabled(), qPrintable(panel.validationText()));
    QSignalSpy busy(&panel, &TrainingPanel::busyChanged);

    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("countSteps")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().contains(QStringLiteral("steps per epoch")) ||
                                 panel.statusLabel()->text().contains(QStringLiteral("Cannot")),
                             60000);
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("steps per epoch")),
             qPrintable(panel.statusLabel()->text()));

    // First run: cancelled as soon as its first step arrives.
    QVERIFY(panel.startTraining());
    QVERIFY(panel.isBusy());
    QVERIFY(!panel.startButton()->isEnabled() && panel.cancelButton()->isEnabled());
    auto* job = panel.findChild<TrainingJob*>();
    QVERIFY(job);
    connect(job, &TrainingJob::stepDone, job, [&panel] { panel.cancelTraining(); });
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 180000);
    QVERIFY2(panel.result().has_value(), qPrintable(panel.statusLabel()->text()));
    QCOMPARE(busy.count(), 2);
    QVERIFY(panel.lossGraph()->dataCount() >= 1);
    const bool wasCancelled = panel.result()->cancelled;
    const long stepsBeforeResume = panel.result()->steps;
    if (wasCancelled) {
      QVERIFY(!panel.startButton()->isEnabled());  // the folder holds the interrupted training
      QVERIFY(panel.resumeButton()->isEnabled());
      QVERIFY(panel.startTraining(true));
      QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 180000);
      QVERIFY2(panel.result().has_value(), qPrintable(panel.statusLabel()->text()));
    } else {
      qWarning("the training finished before the cancel arrived: the resume path was not exercised");
    }
    const TrainingResult result = *panel.result();
    QVERIFY(!result.cancelled);
    QVERIFY(result.steps > 0);
    if (wasCancelled) QVERIFY(result.steps > stepsBeforeResume);

    // Every step once, in order, whatever was redone after the checkpoint.
    QCOMPARE(panel.lossGraph()->dataCount(), static_cast<int>(result.steps));
    QCOMPARE(panel.lossGraph()->data()->constBegin()->key, 1.0);
    QCOMPARE((panel.lossGraph()->data()->constEnd() - 1)->key, static_cast<double>(result.steps));
    QVERIFY(std::isfinite((panel.lossGraph()->data()->constEnd() - 1)->value));
    QCOMPARE(panel.epochTable()->rowCount(), 1);
    QVERIFY(!panel.heatmap()->displayedMatrix().cells.empty());

    QVERIFY(panel.openStudentButton()->isEnabled());
    QVERIFY(panel.openRunButton()->isEnabled());
    QSignalSpy student(&panel, &TrainingPanel::studentReady), run(&panel, &TrainingPanel::runReady);
    QTest::mouseClick(panel.openStudentButton(), Qt::LeftButton);
    QTest::mouseClick(panel.openRunButton(), Qt::LeftButton);
    QCOMPARE(student.count(), 1);
    QCOMPARE(run.count(), 1);
    const QString studentDir = student.at(0).at(0).toString(), runDir = run.at(0).at(0).toString();
    QVERIFY2(QFileInfo::exists(QDir(studentDir).filePath("config.json")), qPrintable(studentDir));
    QVERIFY2(QFileInfo::exists(QDir(studentDir).filePath("model.safetensors")), qPrintable(studentDir));
    QVERIFY2(QFileInfo::exists(QDir(runDir).filePath("manifest.json")), qPrintable(runDir));

    // The finished folder shows again in a fresh panel: curves, scores, settings, open buttons.
    TrainingPanel other;
    QVERIFY(other.showTrainingFolder(QString::fromStdString(c.outputDir)));
    QCOMPARE(other.lossGraph()->dataCount(), static_cast<int>(result.steps));
    QCOMPARE(other.epochTable()->rowCount(), 1);
    QCOMPARE(dumped(other.config()), dumped(panel.config()));
    QVERIFY(other.openStudentButton()->isEnabled());
    QVERIFY(other.openRunButton()->isEnabled());
    QVERIFY(!other.startButton()->isEnabled());  // the folder is taken

    // In the main window the buttons open the student, then the teacher/student heatmap.
    MainWindow window;
    window.show();
    QVERIFY(window.trainingPanel()->showTrainingFolder(QString::fromStdString(c.outputDir)));
    QTest::mouseClick(window.trainingPanel()->openStudentButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    QVERIFY(window.document()->model(ModelRole::Student).has_value());
    QCOMPARE(
        QDir(QString::fromStdString(window.document()->model(ModelRole::Student)->model->directory())).canonicalPath(),
        QDir(studentDir).canonicalPath());
    QTest::mouseClick(window.trainingPanel()->openRunButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    QVERIFY(window.document()->run().has_value());
    QCOMPARE(QDir(window.document()->run()->directory).canonicalPath(), QDir(runDir).canonicalPath());
    QCOMPARE(window.tabs()->currentWidget(), window.heatmapView());
    QVERIFY(window.heatmapView()->hasMode(HeatmapView::Mode::Teacher));
    QVERIFY(window.heatmapView()->hasMode(HeatmapView::Mode::Difference));  // student next to teacher
  }

  void closingTheWindowStopsTheTrainingAtACheckpoint() {
    XLQA_REQUIRE_SHARED("fixtures/hf-parity/small-xlmr-qa-spm");
    XLQA_REQUIRE_SHARED("data/xquad/xquad.es.json");
    QTemporaryDir dir;
    const TrainingConfig c = tinyTraining(dir.filePath("training"));
    {
      MainWindow window;
      window.show();
      window.trainingPanel()->setConfig(c);
      QVERIFY(window.trainingPanel()->startTraining());
      QVERIFY(!window.isBusy());  // training keeps the window free for other work
      TrainingPanel* running = window.trainingPanel();
      window.setLanguage(QStringLiteral("es"));  // refused: the rebuild would drop the training
      QCOMPARE(window.language(), QStringLiteral("en"));
      QCOMPARE(window.trainingPanel(), running);
      QTRY_VERIFY_WITH_TIMEOUT(
          window.trainingPanel()->lossGraph()->dataCount() > 0 || !window.trainingPanel()->isBusy(), 180000);
      QVERIFY(window.close());
    }  // the panel waits for the checkpoint as it goes
    QVERIFY(QFileInfo::exists(dir.filePath("training/checkpoint/trainer_state.json")));
    TrainingPanel panel;
    panel.setConfig(c);
    QVERIFY(panel.resumeButton()->isEnabled());
    QVERIFY(!panel.startButton()->isEnabled());
  }
};

QTEST_MAIN(TestTrainingPanel)
#include "tst_training_panel.moc"
