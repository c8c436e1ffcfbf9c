// Example inspection: run_qa's answer token labels on a hand-made window, and with the fixture
// model on XQuAD: the inspected logits decode to the predictor's answers, the gold token span
// covers the gold answer text, and the per-pair coefficient survey agrees with the inspection.
#include <QtTest>
#include <algorithm>
#include <memory>

#include "core/data/parallel_dataset.h"
#include "core/eval/example_inspection.h"
#include "core/eval/predictor.h"
#include "core/eval/span_decoder.h"
#include "core/model/qa_model.h"
#include "core/util/utf8.h"
#include "support/shared_data.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");
const QString kXquad = QStringLiteral("data/xquad");

// <s> q </s></s> c0 c1 c2 c3 </s> over the context "Hello world!!! again":
// c0 "Hello" [0,5), c1 "world" [6,11), c2 "!!!" [11,14), c3 "again" [15,20).
QaFeature handMadeWindow() {
  QaFeature feature;
  Encoding& e = feature.encoding;
  e.tokens = {"<s>", "\u2581Why", "</s>", "</s>", "\u2581Hello", "\u2581world", "!!!", "\u2581again", "</s>"};
  e.sequenceIds = {-1, 0, -1, -1, 1, 1, 1, 1, -1};
  e.offsets = {{0, 0}, {0, 3}, {0, 0}, {0, 0}, {0, 5}, {6, 11}, {11, 14}, {15, 20}, {0, 0}};
  e.ids.assign(e.tokens.size(), 5);
  e.typeIds.assign(e.tokens.size(), 0);
  feature.contextTokenBegin = 0, feature.contextTokenEnd = 4;
  return feature;
}

// The context's code points [begin, end) as UTF-8.
std::string codePointSlice(const std::string& text, std::int32_t begin, std::int32_t end) {
  const auto bytes = utf8::codePointByteOffsets(text);
  const auto at = [&](std::int32_t i) {
    return bytes[static_cast<std::size_t>(std::clamp<std::int32_t>(i, 0, static_cast<std::int32_t>(bytes.size()) - 1))];
  };
  return text.substr(at(begin), at(end) - at(begin));
}

PairExamples onlyExample(const PairExamples& pair, std::size_t index) {
  PairExamples one;
  one.pair = pair.pair;
  one.examples = {pair.examples[index]};
  return one;
}

}  // namespace

class TestExampleInspection : public QObject {
  Q_OBJECT
 private slots:
  void answerTokenSpanFollowsRunQa() {
    const QaFeature window = handMadeWindow();
    const auto check = [&](std::int32_t begin, std::int32_t end, int start, int last, bool inside) {
      const TokenSpan span = answerTokenSpan(window, begin, end);
      QCOMPARE(span.inside, inside);
      QCOMPARE(span.start, start);
      QCOMPARE(span.end, last);
    };
    check(6, 14, 5, 6, true);    // "world!!!": c1..c2
    check(7, 9, 5, 5, true);     // "or", inside c1: the token holding it
    check(0, 5, 4, 4, true);     // "Hello": the first context token
    check(15, 20, 8, 7, true);   // "again" starts in the last context token: run_qa labels the final </s>
    check(21, 25, 0, 0, false);  // past the window: CLS
    check(3, 25, 0, 0, false);   // runs past the window's end
  }

  void initTestCase() {
    if (!QFileInfo::exists(QDir(test::sharedDir()).filePath(kModel)) ||
        !QFileInfo::exists(QDir(test::sharedDir()).filePath(kXquad)))
      return;  // the tests that need them skip
    model_ = QaModel::load(test::sharedPath(kModel), "cpu");
    tokenizer_ = loadTokenizer(test::sharedPath(kModel));
    dataset_ = std::make_unique<ParallelDataset>(
        ParallelDataset::load({test::sharedPath(kXquad + "/xquad.en.json"), test::sharedPath(kXquad + "/xquad.ar.json"),
                               test::sharedPath(kXquad + "/xquad.zh.json")}));
  }

  void inspectedLogitsDecodeToThePredictorsAnswer_data() {
    QTest::addColumn<QString>("pair");
    QTest::newRow("en-en") << "en-en";
    QTest::newRow("ar-en") << "ar-en";
    QTest::newRow("en-zh") << "en-zh";
  }

  void inspectedLogitsDecodeToThePredictorsAnswer() {
    XLQA_REQUIRE_SHARED(kModel);
    XLQA_REQUIRE_SHARED(kXquad);
    QFETCH(QString, pair);
    const PairExamples examples = dataset_->pair(parseLanguagePair(pair.toStdString()));
    // Settings small enough that every example has several windows, so the test covers the
    // cross-window choice; and one example with the defaults.
    for (bool severalWindows : {false, true}) {
      const FeatureSettings features = severalWindows ? FeatureSettings{96, 32, 24} : FeatureSettings{};
      PredictSettings predict;
      predict.features = features;
      for (std::size_t i : {std::size_t(0), std::size_t(7), std::size_t(500), examples.examples.size() - 1}) {
        const PairExample& example = examples.examples[i];
        // One example per predictPair call: its windows form the same batch as in inspectExample,
        // so the logits are bit-identical.
        const auto predicted = predictPair(*model_, *tokenizer_, onlyExample(examples, i), predict);
        const ExampleInspection inspection = inspectExample(*model_, *tokenizer_, example.question->text,
                                                            example.paragraph->context, std::nullopt, features);
        std::vector<const QaFeature*> windows;
        std::vector<FeatureLogits> logits;
        for (const InspectedWindow& w : inspection.windows) {
          QCOMPARE(w.startLogits.size(), w.feature.encoding.ids.size());
          QCOMPARE(w.endLogits.size(), w.feature.encoding.ids.size());
          windows.push_back(&w.feature);
          logits.push_back({w.startLogits.data(), w.endLogits.data(), w.startLogits.size()});
        }
        QVERIFY(severalWindows ? inspection.windows.size() > 1 : !inspection.windows.empty());
        QCOMPARE(inspection.goldWindow, -1);  // no answer given
        const DecodedAnswer decoded = decodeAnswer(example.paragraph->context, windows, logits, predict.decode);
        QCOMPARE(predicted.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(decoded.text), QString::fromStdString(predicted[0].answer.text));
        QVERIFY(!decoded.text.empty());
      }
    }
  }

  void goldTokenSpanCoversTheGoldAnswer_data() { inspectedLogitsDecodeToThePredictorsAnswer_data(); }

  void goldTokenSpanCoversTheGoldAnswer() {
    XLQA_REQUIRE_SHARED(kModel);
    XLQA_REQUIRE_SHARED(kXquad);
    QFETCH(QString, pair);
    const PairExamples examples = dataset_->pair(parseLanguagePair(pair.toStdString()));
    const FeatureSettings features{128, 48, 32};  // several windows: some hold the answer, some not
    std::size_t found = 0, windowsWithout = 0;
    for (std::size_t i = 0; i < examples.examples.size(); i += 37) {
      const PairExample& example = examples.examples[i];
      const std::optional<CharSpan> answer = goldAnswerSpan(example);
      QVERIFY(answer.has_value());  // XQuAD's answers are all located
      const std::string& context = example.paragraph->context;
      const std::string& answerText = example.contextQuestion->answers.front().text;
      QCOMPARE(QString::fromStdString(codePointSlice(context, answer->begin, answer->end)),
               QString::fromStdString(answerText));

      const ExampleInspection inspection =
          inspectExample(*model_, *tokenizer_, example.question->text, context, answer, features);
      QVERIFY(inspection.goldWindow >= 0);  // the windows overlap by 48 tokens; XQuAD answers are shorter
      for (std::size_t w = 0; w < inspection.windows.size(); ++w) {
        const InspectedWindow& window = inspection.windows[w];
        const TokenSpan& gold = window.gold;
        if (!gold.inside) {
          QVERIFY(static_cast<int>(w) != inspection.goldWindow);
          QCOMPARE(gold.start, 0);
          QCOMPARE(gold.end, 0);
          // It really lacks the answer: its context tokens do not cover [begin, end).
          const auto& e = window.feature.encoding;
          const auto first = std::find(e.sequenceIds.begin(), e.sequenceIds.end(), 1) - e.sequenceIds.begin();
          const auto last = e.sequenceIds.rend() - std::find(e.sequenceIds.rbegin(), e.sequenceIds.rend(), 1) - 1;
          QVERIFY(e.offsets[std::size_t(first)].begin > answer->begin ||
                  e.offsets[std::size_t(last)].end < answer->end);
          ++windowsWithout;
          continue;
        }
        QVERIFY(static_cast<int>(w) >= inspection.goldWindow);
        const auto& e = window.feature.encoding;
        QVERIFY(gold.start <= gold.end);
        QCOMPARE(e.sequenceIds[std::size_t(gold.start)], std::int8_t(1));
        QCOMPARE(e.sequenceIds[std::size_t(gold.end)], std::int8_t(1));
        const std::string covered =
            codePointSlice(context, e.offsets[std::size_t(gold.start)].begin, e.offsets[std::size_t(gold.end)].end);
        QVERIFY2(covered.find(answerText) != std::string::npos,
                 qPrintable(QStringLiteral("example %1: tokens cover \"%2\", answer \"%3\"")
                                .arg(i)
                                .arg(QString::fromStdString(covered), QString::fromStdString(answerText))));
        ++found;
      }
      QCOMPARE(inspection.windows[std::size_t(inspection.goldWindow)].gold.inside, true);
    }
    QVERIFY(found >= 30);
    QVERIFY(windowsWithout >= 30);
  }

  void pairCoefficientsAgreeWithTheInspection() {
    XLQA_REQUIRE_SHARED(kModel);
    XLQA_REQUIRE_SHARED(kXquad);
    const PairExamples examples = dataset_->pair({"ar", "en"});
    const CoefficientSettings coefficients;
    const std::vector<double> all = pairCoefficients(*model_, *tokenizer_, examples, coefficients);
    QCOMPARE(all.size(), examples.examples.size());  // every XQuAD answer fits a default window
    for (double c : all) QVERIFY(c >= 0 && c <= 1);
    // A random-weight teacher still ranks some windowed gold positions in its top 10.
    QVERIFY(std::any_of(all.begin(), all.end(), [](double c) { return c > 0; }));

    // Alone in its pair, a one-window example's gold window is batched exactly as inspectExample
    // batches it, so the logits and the coefficient are bit-identical. (Within the full pair the
    // batch shapes differ, and ranks may flip on ~1e-6 ties.)
    std::size_t compared = 0;
    for (std::size_t i : {std::size_t(3), std::size_t(600), std::size_t(1000), std::size_t(1100)}) {
      const PairExample& example = examples.examples[i];
      const ExampleInspection inspection = inspectExample(*model_, *tokenizer_, example.question->text,
                                                          example.paragraph->context, goldAnswerSpan(example));
      QVERIFY(inspection.goldWindow >= 0);
      if (inspection.windows.size() != 1) continue;
      const InspectedWindow& gold = inspection.windows[std::size_t(inspection.goldWindow)];
      for (const CoefficientSettings& settings :
           {coefficients, CoefficientSettings{CoefficientKind::MrrAtK, 20, 5, false},
            CoefficientSettings{CoefficientKind::MapAtK, 3, 2, true}}) {
        const double expected = exampleCoefficient(gold.startLogits.data(), gold.endLogits.data(),
                                                   gold.startLogits.size(), gold.gold.start, gold.gold.end, settings)
                                    .coefficient;
        const std::vector<double> one = pairCoefficients(*model_, *tokenizer_, onlyExample(examples, i), settings);
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(one[0], expected);
      }
      ++compared;
    }
    QVERIFY(compared >= 2);

    // An example without a located answer is skipped.
    Question unanswerable = *examples.examples[0].contextQuestion;
    for (GoldAnswer& answer : unanswerable.answers) answer.located = false;
    PairExamples withGap = onlyExample(examples, 0);
    withGap.examples.push_back(examples.examples[1]);
    withGap.examples[0].contextQuestion = &unanswerable;
    QCOMPARE(pairCoefficients(*model_, *tokenizer_, withGap, coefficients).size(), std::size_t(1));

    std::atomic<bool> cancel{true};
    QVERIFY_THROWS_EXCEPTION(Cancelled, pairCoefficients(*model_, *tokenizer_, examples, coefficients, {}, &cancel));
  }

 private:
  std::unique_ptr<QaModel> model_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<ParallelDataset> dataset_;
};

QTEST_APPLESS_MAIN(TestExampleInspection)
#include "tst_example_inspection.moc"
