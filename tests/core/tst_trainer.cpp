// The trainer on a tiny model and a generated parallel set: alpha_kl = 0 is cross-entropy step
// for step, training lowers the loss and gains F1, and a cancelled run resumed from its
// checkpoint ends with exactly the weights of an uninterrupted one.
#include <ATen/ATen.h>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

#include "core/model/state_dict.h"
#include "core/store/run_comparison.h"
#include "core/store/run_store.h"
#include "core/train/trainer.h"
#include "support/shared_data.h"
#include "support/synthetic_parallel_qa.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");

TrainingConfig tinyConfig(const QString& data, const QString& output) {
  TrainingConfig config;
  config.student = test::sharedPath(kModel);
  config.trainData = {data.toStdString()};
  config.sampling.targetLanguages = 1;
  config.sampling.maxQuestions = 16;
  config.features = FeatureSettings{64, 16, 24};
  config.epochs = 2;
  config.batchSize = 8;
  config.learningRate = 2e-3;
  config.device = "cpu";
  config.saveEverySteps = 0;
  config.outputDir = output.toStdString();
  return config;
}

void verifySameWeights(const std::string& a, const std::string& b) {
  const StateDict left = readModelWeights(a), right = readModelWeights(b);
  QCOMPARE(left.size(), right.size());
  for (const auto& [name, tensor] : left) QVERIFY2(at::equal(tensor, right.at(name)), name.c_str());
}

}  // namespace

class TestTrainer : public QObject {
  Q_OBJECT
 private slots:
  void init() { XLQA_REQUIRE_SHARED(kModel); }

  void alphaKlZeroIsCrossEntropyStepForStep() {
    QTemporaryDir dir;
    test::writeSyntheticParallelQa(dir.filePath("data"), 16);
    TrainingConfig distilled = tinyConfig(dir.filePath("data"), dir.filePath("distilled"));
    distilled.epochs = 1;
    distilled.weighting = KlWeighting::Constant;
    distilled.alphaKl = 0;
    TrainingConfig plain = distilled;
    plain.distill = false;
    plain.outputDir = dir.filePath("plain").toStdString();
    const TrainingResult a = train(distilled, false), b = train(plain, false);
    QVERIFY(a.steps > 2);
    QCOMPARE(a.steps, b.steps);
    const TrainingLog logA = readTrainingLog(distilled.outputDir), logB = readTrainingLog(plain.outputDir);
    QCOMPARE(logA.steps.size(), std::size_t(a.steps));
    for (std::size_t i = 0; i < logA.steps.size(); ++i) {
      QCOMPARE(logA.steps[i].loss, logB.steps[i].loss);
      QCOMPARE(logA.steps[i].ce, logB.steps[i].ce);
      QVERIFY(logA.steps[i].kl > 0);  // the teacher was consulted, its weight was 0
    }
    verifySameWeights(a.lastModel, b.lastModel);
  }

  void learnsTheTaskAndGainsF1() {
    QTemporaryDir dir;
    test::writeSyntheticParallelQa(dir.filePath("data"), 24);
    TrainingConfig config = tinyConfig(dir.filePath("data"), dir.filePath("out"));
    config.distill = false;
    config.sampling.maxQuestions = 24;
    config.epochs = 6;
    config.devData = {dir.filePath("data").toStdString()};
    config.devPairs = {{"en", "en"}, {"en", "es"}, {"es", "de"}};
    std::vector<EpochScores> epochs;
    const TrainingResult result = train(config, false, {{}, {}, [&](const EpochScores& s) { epochs.push_back(s); }});
    QCOMPARE(epochs.size(), std::size_t(6));
    const TrainingLog log = readTrainingLog(config.outputDir);
    const auto meanLoss = [&](std::size_t from, std::size_t to) {
      double sum = 0;
      for (std::size_t i = from; i < to; ++i) sum += log.steps[i].loss;
      return sum / double(to - from);
    };
    const std::size_t n = log.steps.size();
    QVERIFY2(meanLoss(n - 3, n) < 0.5 * meanLoss(0, 3),
             qPrintable(QString("loss %1 -> %2").arg(meanLoss(0, 3)).arg(meanLoss(n - 3, n))));
    // The final run holds the starting model as teacher and the trained one as student.
    const RunStore run = RunStore::open(result.finalRun);
    const double before = *scoreMatrix(run, ModelRole::Teacher, ScoreKind::F1).gxltAverage();
    const double after = *scoreMatrix(run, ModelRole::Student, ScoreKind::F1).gxltAverage();
    qInfo("G-XLT F1 of the starting model %.1f, after %d epochs %.1f; loss %.3f -> %.3f", before, config.epochs, after,
          meanLoss(0, 3), meanLoss(n - 3, n));
    QVERIFY2(after > before + 30, qPrintable(QString("G-XLT F1 %1 -> %2").arg(before).arg(after)));
    QCOMPARE(after, epochs.back().gxltF1);
    QVERIFY(QFileInfo::exists(QString::fromStdString(result.bestModel) + "/model.safetensors"));
  }

  void aCancelledRunResumesToTheSameWeights() {
    QTemporaryDir dir;
    test::writeSyntheticParallelQa(dir.filePath("data"), 16);
    TrainingConfig whole = tinyConfig(dir.filePath("data"), dir.filePath("whole"));
    whole.sampling.targetLanguages = 2;  // more windows: several steps per epoch
    const TrainingResult reference = train(whole, false);
    const long stepsPerEpoch = reference.steps / whole.epochs;
    QVERIFY(stepsPerEpoch >= 3);

    TrainingConfig interrupted = whole;
    interrupted.outputDir = dir.filePath("interrupted").toStdString();
    // Stop in the second generation, whose teacher is the first epoch's student.
    std::atomic<bool> cancel{false};
    TrainingCallbacks callbacks;
    callbacks.step = [&](const TrainingStep& step) { cancel = step.step == stepsPerEpoch + 2; };
    const TrainingResult stopped = train(interrupted, false, callbacks, &cancel);
    QVERIFY(stopped.cancelled);
    qInfo("stopped at step %ld of %ld (%ld per epoch)", stopped.steps, reference.steps, stepsPerEpoch);
    QCOMPARE(stopped.steps, stepsPerEpoch + 2);
    QVERIFY_THROWS_EXCEPTION(std::exception, train(interrupted, false));  // not into a used folder

    TrainingConfig changed = interrupted;
    changed.temperature = 3;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, train(changed, true));

    const TrainingResult resumed = train(interrupted, true);
    QVERIFY(!resumed.cancelled);
    QCOMPARE(resumed.steps, reference.steps);
    verifySameWeights(reference.lastModel, resumed.lastModel);
    const TrainingLog a = readTrainingLog(whole.outputDir), b = readTrainingLog(interrupted.outputDir);
    QCOMPARE(b.steps.size(), a.steps.size());
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
      QCOMPARE(b.steps[i].step, a.steps[i].step);
      QCOMPARE(b.steps[i].loss, a.steps[i].loss);
      QCOMPARE(b.steps[i].klWeight, a.steps[i].klWeight);
    }
  }
};

QTEST_MAIN(TestTrainer)
#include "tst_trainer.moc"
