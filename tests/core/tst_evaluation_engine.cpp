// The all-pairs engine on the XQuAD subsets of the metric fixtures with the end-to-end model:
// its scores equal the official scoring of its own prediction files, it agrees with the
// one-pair predictor, and a cancelled run resumes to the same numbers as an uninterrupted one.
#include <QTemporaryDir>
#include <QtTest>

#include "core/eval/evaluation_engine.h"
#include "core/eval/predictions.h"
#include "core/eval/score_matrix.h"
#include "core/model/qa_model.h"
#include "core/store/evaluation_run.h"
#include "support/shared_data.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");

std::vector<std::string> subsetFiles() {
  return {test::sharedPath("fixtures/metrics/datasets/xquad.en.subset.json"),
          test::sharedPath("fixtures/metrics/datasets/xquad.zh.subset.json")};
}

RunManifest manifestFor(const ParallelDataset& dataset, const EvaluationSettings& settings) {
  RunManifest manifest;
  manifest.pairs = dataset.availablePairs();
  manifest.settings = settings.toJson();
  manifest.teacher = ModelRecord{test::sharedPath(kModel), "sha256:test", "xlm-roberta", 0};
  return manifest;
}

}  // namespace

class TestEvaluationEngine : public QObject {
  Q_OBJECT
 private slots:
  void progressNamesThePairInProgressFromOne() {
    EvaluationProgress p;
    p.pairsTotal = 49;
    QCOMPARE(p.pairNumber(), std::size_t(1));
    p.pairsDone = 48;
    QCOMPARE(p.pairNumber(), std::size_t(49));
    p.pairsDone = 49;  // all done: still "49 of 49", never "50 of 49"
    QCOMPARE(p.pairNumber(), std::size_t(49));
  }

  void initTestCase() {
    XLQA_REQUIRE_SHARED(kModel);
    XLQA_REQUIRE_SHARED("fixtures/metrics/datasets");
    model_ = QaModel::load(test::sharedPath(kModel), "cpu");
    tokenizer_ = loadTokenizer(test::sharedPath(kModel));
    dataset_ = std::make_unique<ParallelDataset>(ParallelDataset::load(subsetFiles()));
  }

  void runScoresEqualOfficialScoringOfItsPredictions() {
    QTemporaryDir dir;
    EvaluationSettings settings;
    RunStore store = RunStore::create(dir.filePath("run").toStdString(), manifestFor(*dataset_, settings));
    EvaluationEngine engine(*dataset_, {{ModelRole::Teacher, model_.get(), tokenizer_.get()}}, settings);
    std::size_t lastDone = 0, calls = 0;
    evaluateMissingPairs(engine, store, [&](const EvaluationProgress& p) {
      QVERIFY(p.examplesDone >= lastDone && p.examplesDone <= p.examplesTotal);
      lastDone = p.examplesDone, ++calls;
    });
    QCOMPARE(lastDone, std::size_t(4 * 253));
    QVERIFY(calls > 4);
    QCOMPARE(store.completedPairs().size(), std::size_t(4));
    for (const PairRecord& record : store.readPairs()) {
      const PredictionSet written = PredictionSet::load(store.predictionsPath(ModelRole::Teacher, record.pair));
      QVERIFY(!written.isPerPair());  // one official-format file per pair
      const Predictions& predictions = *written.forPair(record.pair);
      const PairScore official = scorePair(dataset_->pair(record.pair), predictions, Metric::Mlqa);
      QCOMPARE(record.teacher->f1, official.totals.f1());
      QCOMPARE(record.teacher->exactMatch, official.totals.exactMatch());
      QCOMPARE(record.examples, std::size_t(253));
      QCOMPARE(store.readExamples(record.pair).size(), std::size_t(253));
    }
  }

  void engineAgreesWithTheOnePairPredictor() {
    EvaluationEngine engine(*dataset_, {{ModelRole::Teacher, model_.get(), tokenizer_.get()}}, {});
    const LanguagePair pair{"zh", "en"};
    const auto [record, examples] = engine.evaluatePair(pair);
    const auto simple = predictPair(*model_, *tokenizer_, dataset_->pair(pair), {});
    QCOMPARE(examples.size(), simple.size());
    std::size_t same = 0;
    for (std::size_t i = 0; i < simple.size(); ++i) same += examples[i].teacher->prediction == simple[i].answer.text;
    // Different batch shapes move logits by ~1e-6 at most; a near-tie may flip, nothing more.
    QVERIFY2(same >= simple.size() - 2, qPrintable(QString("%1 of %2 identical").arg(same).arg(simple.size())));
  }

  void cancelledRunResumesToTheSameNumbers() {
    QTemporaryDir dir;
    EvaluationSettings settings;
    const std::string path = dir.filePath("run").toStdString();
    EvaluationEngine engine(*dataset_, {{ModelRole::Teacher, model_.get(), tokenizer_.get()}}, settings);
    {
      RunStore store = RunStore::create(path, manifestFor(*dataset_, settings));
      std::atomic<bool> cancel{false};
      QVERIFY_THROWS_EXCEPTION(Cancelled, evaluateMissingPairs(
                                              engine, store,
                                              [&](const EvaluationProgress& p) {
                                                if (p.pairsDone >= 1) cancel = true;  // stop during the second pair
                                              },
                                              &cancel));
      QCOMPARE(store.completedPairs().size(), std::size_t(1));
    }
    RunStore resumed = RunStore::open(path);
    evaluateMissingPairs(engine, resumed);
    QCOMPARE(resumed.completedPairs().size(), std::size_t(4));

    QTemporaryDir other;
    RunStore uninterrupted = RunStore::create(other.filePath("run").toStdString(), manifestFor(*dataset_, settings));
    evaluateMissingPairs(engine, uninterrupted);
    const auto a = resumed.readPairs(), b = uninterrupted.readPairs();
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      QCOMPARE(a[i].pair.key(), b[i].pair.key());
      QCOMPARE(a[i].teacher->f1, b[i].teacher->f1);
      QCOMPARE(a[i].teacher->exactMatch, b[i].teacher->exactMatch);
    }
  }

 private:
  std::unique_ptr<QaModel> model_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<ParallelDataset> dataset_;
};

QTEST_APPLESS_MAIN(TestEvaluationEngine)
#include "tst_evaluation_engine.moc"
