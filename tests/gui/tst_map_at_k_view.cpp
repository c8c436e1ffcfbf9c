// The mAP@k view and the span-probability view on a hand-made example whose coefficient is known,
// plus the dataset survey. With ../shared present it also renders both views on XQuAD examples with
// the fixture model; set XLQA_SCREENSHOT_DIR to keep the PNGs for a person to look at.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <numeric>

#include "core/data/parallel_dataset.h"
#include "core/eval/span_decoder.h"
#include "core/model/qa_model.h"
#include "support/shared_data.h"
#include "widgets/map_at_k_view.h"
#include "widgets/span_probability_view.h"

using namespace xlqa;

namespace {

// <s> ▁Who </s> </s> then 12 context tokens (positions 4..15) then </s> (16).
// Gold: start 9, end 10. Default window: hits at 4..13 (start) and 5..14 (end).
// Start logits: 15 -> 5 (miss, past 13), 0 -> 4.5 (CLS, miss), 11 -> 4 (hit), 9 -> 3.5 (gold),
//   the rest -1 - i/100. mAP: first hit at rank 3 -> AP 1/3 for k >= 3, 0 for k < 3.
//   MRR: gold at rank 4 -> 1/4 for k >= 4.
// End logits: 10 -> 6 (gold) first -> AP 1 in both kinds for every k.
// So c = (1/3 + 1)/2 = 2/3 at k = 10, 1/2 at k = 2, and MRR@10 (1/4 + 1)/2 = 5/8.
ExampleInspection handMadeExample() {
  InspectedWindow window;
  Encoding& e = window.feature.encoding;
  e.tokens = {"<s>", "\u2581Who", "</s>", "</s>"};
  e.sequenceIds = {-1, 0, -1, -1};
  e.offsets = {{0, 0}, {0, 3}, {0, 0}, {0, 0}};
  const char* const context[] = {"\u2581The", "\u2581tower", "\u2581was", "\u2581built",  "\u2581in", "\u25811889",
                                 "\u2581by",  "\u2581Gust",  "ave",       "\u2581Eiffel", "##s",      "."};
  std::int32_t offset = 0;
  for (const char* token : context) {
    e.tokens.push_back(token);
    e.sequenceIds.push_back(1);
    e.offsets.push_back({offset, offset + 4});
    offset += 5;
  }
  e.tokens.push_back("</s>");
  e.sequenceIds.push_back(-1);
  e.offsets.push_back({0, 0});
  e.ids.assign(e.tokens.size(), 7);
  e.typeIds.assign(e.tokens.size(), 0);
  window.feature.contextTokenBegin = 0;
  window.feature.contextTokenEnd = 12;
  const std::size_t n = e.tokens.size();
  window.startLogits.resize(n);
  window.endLogits.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    window.startLogits[i] = -1.0f - static_cast<float>(i) / 100;
    window.endLogits[i] = -1.0f - static_cast<float>(i) / 100;
  }
  window.startLogits[15] = 5, window.startLogits[0] = 4.5f, window.startLogits[11] = 4, window.startLogits[9] = 3.5f;
  window.endLogits[10] = 6;
  window.gold = {9, 10, true};
  ExampleInspection inspection;
  inspection.windows.push_back(window);
  inspection.goldWindow = 0;
  return inspection;
}

double coreCoefficient(const ExampleInspection& inspection, const CoefficientSettings& settings) {
  const InspectedWindow& w = inspection.windows[std::size_t(inspection.goldWindow)];
  return exampleCoefficient(w.startLogits.data(), w.endLogits.data(), w.startLogits.size(), w.gold.start, w.gold.end,
                            settings)
      .coefficient;
}

CoefficientSettings settingsOf(CoefficientKind kind, int k, int window, bool symmetric) {
  CoefficientSettings s;
  s.kind = kind, s.k = k, s.window = window, s.symmetricWindow = symmetric;
  return s;
}

double sum(const std::vector<double>& values) { return std::accumulate(values.begin(), values.end(), 0.0); }

}  // namespace

class TestMapAtKView : public QObject {
  Q_OBJECT
 private slots:
  void coefficientIsCoresAndFollowsK() {
    const ExampleInspection example = handMadeExample();
    MapAtKView view;
    QVERIFY(std::isnan(view.coefficient()));  // nothing opened
    view.setExample(&example);
    QCOMPARE(view.k(), 10);
    QCOMPARE(view.windowSize(), 5);
    QCOMPARE(view.coefficient(), coreCoefficient(example, {}));
    QCOMPARE(view.coefficient(), 2.0 / 3);
    QCOMPARE(view.coefficientText(), QLocale().toString(2.0 / 3, 'f', 3));
    QCOMPARE(view.averagePrecision(SpanSide::Start), 1.0 / 3);
    QCOMPARE(view.averagePrecision(SpanSide::End), 1.0);
    QCOMPARE(view.topKPositions(SpanSide::Start).size(), std::size_t(10));
    QCOMPARE(view.topKPositions(SpanSide::Start).front(), 15);

    QSignalSpy changed(&view, &MapAtKView::coefficientSettingsChanged);
    view.kSpinBox()->setValue(2);  // the first start hit (rank 3) falls out
    QCOMPARE(view.k(), 2);
    QCOMPARE(view.coefficient(), coreCoefficient(example, settingsOf(CoefficientKind::MapAtK, 2, 5, false)));
    QCOMPARE(view.coefficient(), 0.5);
    QCOMPARE(view.averagePrecision(SpanSide::Start), 0.0);
    QCOMPARE(changed.count(), 1);
    view.kSpinBox()->setValue(3);
    QCOMPARE(view.averagePrecision(SpanSide::Start), 1.0 / 3);
    QCOMPARE(view.coefficient(), 2.0 / 3);
    QVERIFY(view.coefficientText().contains(QLocale().toString(0.667, 'f', 3)));

    // Window 1: start hits 8..9, so 11 is no longer a hit and gold 9 (rank 4) is the first.
    view.setK(10);
    view.setWindow(1);
    QCOMPARE(view.coefficient(), coreCoefficient(example, settingsOf(CoefficientKind::MapAtK, 10, 1, false)));
    QCOMPARE(view.averagePrecision(SpanSide::Start), 0.25);
    // Window 2 symmetric: 7..11 -> 11 hits at rank 3 again.
    view.setWindow(2);
    view.symmetricCheckBox()->setChecked(true);
    QCOMPARE(view.coefficient(), coreCoefficient(example, settingsOf(CoefficientKind::MapAtK, 10, 2, true)));
    QCOMPARE(view.averagePrecision(SpanSide::Start), 1.0 / 3);
  }

  void mrrKindCountsGoldOnly() {
    const ExampleInspection example = handMadeExample();
    MapAtKView view;
    view.setExample(&example);
    view.kindComboBox()->setCurrentIndex(view.kindComboBox()->findData(static_cast<int>(CoefficientKind::MrrAtK)));
    QCOMPARE(view.kind(), CoefficientKind::MrrAtK);
    QVERIFY(!view.windowSpinBox()->isEnabled());  // the window does not matter to MRR@k
    QCOMPARE(view.coefficient(), coreCoefficient(example, settingsOf(CoefficientKind::MrrAtK, 10, 5, false)));
    QCOMPARE(view.coefficient(), (0.25 + 1.0) / 2);
    view.setK(3);  // gold start at rank 4 falls out
    QCOMPARE(view.coefficient(), 0.5);
    QVERIFY(view.coefficientText().startsWith(QLocale().toString(0.5, 'f', 3)));
  }

  void temperatureMovesTheSoftLabelsNotTheCoefficient() {
    const ExampleInspection example = handMadeExample();
    MapAtKView view;
    view.setExample(&example);
    QCOMPARE(view.temperature(), 1.0);
    const double before = view.coefficient();
    const std::vector<double> sharp = view.plottedSoftLabels(SpanSide::Start);
    QCOMPARE(sharp.size(), std::size_t(12));  // the context tokens only
    QVERIFY(qAbs(sum(sharp) - 1.0) < 1e-6);
    const InspectedWindow& w = example.windows[0];
    const std::vector<float> expected = softmaxWithTemperature(w.startLogits.data(), 4, 16, 1.0);
    for (std::size_t i = 0; i < sharp.size(); ++i) QCOMPARE(sharp[i], static_cast<double>(expected[i]));

    QSignalSpy temperatureSpy(&view, &MapAtKView::temperatureChanged);
    view.setTemperature(4.0);
    QCOMPARE(temperatureSpy.count(), 1);
    QCOMPARE(view.temperature(), 4.0);
    QCOMPARE(view.coefficient(), before);
    const std::vector<double> soft = view.plottedSoftLabels(SpanSide::Start);
    QCOMPARE(soft.size(), sharp.size());
    QVERIFY(qAbs(sum(soft) - 1.0) < 1e-6);
    const std::vector<float> tempered = softmaxWithTemperature(w.startLogits.data(), 4, 16, 4.0);
    for (std::size_t i = 0; i < soft.size(); ++i) QCOMPARE(soft[i], static_cast<double>(tempered[i]));
    // Position 15 (index 11) has the highest logit: a higher temperature lowers its peak.
    QVERIFY(soft[11] < sharp[11]);

    // The temperature slider drives the same value on its log scale.
    view.temperatureControl()->slider()->setValue(view.temperatureControl()->slider()->maximum());
    QCOMPARE(view.temperature(), TemperatureControl::kMaximum);
    QCOMPARE(view.coefficient(), before);
  }

  void blendedTargetIsCores() {
    const ExampleInspection example = handMadeExample();
    MapAtKView view;
    view.setExample(&example);
    view.setAlphaCe(0.5);
    const InspectedWindow& w = example.windows[0];
    const std::vector<float> teacherFloat = softmaxWithTemperature(w.endLogits.data(), 4, 16, 1.0);
    const std::vector<double> teacher(teacherFloat.begin(), teacherFloat.end());
    const std::vector<double> expected = blendedTarget(teacher, 10 - 4, 0.5, view.coefficient());
    QCOMPARE(view.plottedBlendedTarget(SpanSide::End), expected);
    QVERIFY(qAbs(sum(view.plottedBlendedTarget(SpanSide::End)) - 1.0) < 1e-6);  // float softmax
  }

  void exampleWithoutGoldWindowSaysSo() {
    ExampleInspection example = handMadeExample();
    example.goldWindow = -1;
    example.windows[0].gold = {};
    MapAtKView view;
    view.setExample(&example);
    QVERIFY(std::isnan(view.coefficient()));
    QVERIFY(view.coefficientText().contains(QStringLiteral("no window holds")));
    QCOMPARE(view.plottedSoftLabels(SpanSide::Start).size(), std::size_t(12));  // still shown
    QVERIFY(view.plottedBlendedTarget(SpanSide::Start).empty());
    view.setExample(nullptr);
    QVERIFY(view.plottedSoftLabels(SpanSide::Start).empty());
  }

  void surveyHistogramAndPairMeans() {
    MapAtKView view;
    // Bins of width 0.05: 0 and 0.04 -> 0; 0.05 -> 1; 0.25 -> 5; 0.5 -> 10; 0.99 and 1 -> 19.
    view.setSurvey({{{"en", "en"}, {0.0, 0.04, 0.05, 0.5, 0.99, 1.0}}, {{"en", "de"}, {0.25}}, {{"de", "en"}, {}}});
    std::vector<int> expected(MapAtKView::kHistogramBins, 0);
    expected[0] = 2, expected[1] = 1, expected[5] = 1, expected[10] = 1, expected[19] = 2;
    QCOMPARE(view.histogramCounts(), expected);
    QCOMPARE(view.surveyMean({"en", "en"}), (0.0 + 0.04 + 0.05 + 0.5 + 0.99 + 1.0) / 6);
    QCOMPARE(view.surveyMean({"en", "de"}), 0.25);
    QVERIFY(std::isnan(view.surveyMean({"de", "en"})));  // a pair without examples
    QVERIFY(std::isnan(view.surveyMean({"de", "de"})));  // not in the survey
    view.setSurvey({});
    QCOMPARE(view.histogramCounts(), std::vector<int>(MapAtKView::kHistogramBins, 0));
    view.resize(900, 600);
    QVERIFY(!view.grab().isNull());
  }

  void spanViewShowsEitherModelAlone() {
    const ExampleInspection teacher = handMadeExample();
    ExampleInspection student = handMadeExample();
    std::swap(student.windows[0].startLogits, student.windows[0].endLogits);
    SpanProbabilityView view;
    QCOMPARE(view.currentWindow(), -1);
    view.setExample(&teacher, nullptr);
    QCOMPARE(view.plottedProbabilities(ModelRole::Teacher, SpanSide::Start).size(), std::size_t(12));
    QVERIFY(view.plottedProbabilities(ModelRole::Student, SpanSide::Start).empty());
    view.resize(900, 500);
    QVERIFY(!view.grab().isNull());
    view.setExample(nullptr, &student);
    QVERIFY(view.plottedProbabilities(ModelRole::Teacher, SpanSide::End).empty());
    QCOMPARE(view.plottedProbabilities(ModelRole::Student, SpanSide::End).size(), std::size_t(12));
    QVERIFY(!view.grab().isNull());
    view.setExample(nullptr, nullptr);
    QCOMPARE(view.currentWindow(), -1);
    QVERIFY(view.plottedProbabilities(ModelRole::Teacher, SpanSide::End).empty());
    QVERIFY(!view.grab().isNull());

    view.setExample(&teacher, &student);
    const auto t = view.plottedProbabilities(ModelRole::Teacher, SpanSide::Start);
    const auto s = view.plottedProbabilities(ModelRole::Student, SpanSide::Start);
    QCOMPARE(s, view.plottedProbabilities(ModelRole::Student, SpanSide::Start));
    QVERIFY(t != s);
    const std::vector<float> expected = softmaxWithTemperature(teacher.windows[0].startLogits.data(), 4, 16, 1.0);
    QCOMPARE(t, std::vector<double>(expected.begin(), expected.end()));

    // A student that tokenises differently is not drawn over the teacher's tokens.
    student.windows[0].feature.encoding.tokens[5] = "\u2581other";
    view.setExample(&teacher, &student);
    QVERIFY(view.plottedProbabilities(ModelRole::Student, SpanSide::Start).empty());
    QVERIFY(view.statusText().contains(QStringLiteral("different tokens")));
  }

  void spanViewTemperatureAndWindows() {
    ExampleInspection teacher = handMadeExample();
    teacher.windows.insert(teacher.windows.begin(), teacher.windows[0]);  // two windows; the answer in the second
    teacher.windows[0].gold = {};
    teacher.windows[0].startLogits[4] = 30;
    teacher.goldWindow = 1;
    SpanProbabilityView view;
    view.setExample(&teacher, nullptr);
    QCOMPARE(view.windowCount(), 2);
    QCOMPARE(view.currentWindow(), 1);  // the gold window first
    const auto sharp = view.plottedProbabilities(ModelRole::Teacher, SpanSide::Start);
    QSignalSpy spy(&view, &SpanProbabilityView::temperatureChanged);
    view.setTemperature(3);
    QCOMPARE(spy.count(), 1);
    const auto soft = view.plottedProbabilities(ModelRole::Teacher, SpanSide::Start);
    const std::vector<float> expected = softmaxWithTemperature(teacher.windows[1].startLogits.data(), 4, 16, 3.0);
    QCOMPARE(soft, std::vector<double>(expected.begin(), expected.end()));
    QVERIFY(soft != sharp);
    // Top-10 over the whole window: 15, 0, 11, 9, then 1..6 by position (their logits fall with
    // the position). The CLS and question positions 0..3 have no place on the context axis.
    QCOMPARE(view.markedTopK(ModelRole::Teacher, SpanSide::Start), (std::vector<int>{4, 5, 6, 9, 11, 15}));
    QCPAxis* x = view.plot()->axisRect(1)->axis(QCPAxis::atBottom);
    x->setRange(8, 14);
    view.setCoefficientSettings(settingsOf(CoefficientKind::MapAtK, 3, 5, false));
    QCOMPARE(view.markedTopK(ModelRole::Teacher, SpanSide::Start), (std::vector<int>{11, 15}));
    QCOMPARE(view.markedTopK(ModelRole::Teacher, SpanSide::End), std::vector<int>{10});  // top-3: 10, 0, 1
    QVERIFY(view.markedTopK(ModelRole::Student, SpanSide::End).empty());
    QCOMPARE(x->range(), QCPRange(8, 14));  // the zoom stays
    view.setCurrentWindow(0);
    QCOMPARE(view.currentWindow(), 0);
    QCOMPARE(x->range(), QCPRange(3.5, 15.5));  // a new window is shown whole
    QVERIFY(view.statusText().contains(QStringLiteral("does not hold")));
    QVERIFY(view.plottedProbabilities(ModelRole::Teacher, SpanSide::Start)[0] > 0.99);  // logit 30 at position 4
  }

  void languageChangeKeepsTheState() {
    const ExampleInspection example = handMadeExample();
    MapAtKView map;
    map.setExample(&example);
    map.setK(2);
    map.setSurvey({{{"en", "en"}, {0.5}}});
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&map, &change);
    QCOMPARE(map.tabs()->tabText(0), QStringLiteral("This example"));
    QCOMPARE(map.k(), 2);
    QCOMPARE(map.coefficient(), 0.5);
    QCOMPARE(map.surveyMean({"en", "en"}), 0.5);
    SpanProbabilityView spans;
    spans.setExample(&example, nullptr);
    spans.setTemperature(2);
    QCoreApplication::sendEvent(&spans, &change);
    QCOMPARE(spans.temperature(), 2.0);
    QCOMPARE(spans.currentWindow(), 0);
    QVERIFY(spans.statusText().contains(QStringLiteral("Gold answer")));
  }

  void tokenLabelsStayCompactAndSparse() {
    QCOMPARE(compactTokenLabel("\u2581the"), QStringLiteral("\u2581the"));
    QCOMPARE(compactTokenLabel("##ing"), QStringLiteral("##ing"));
    QCOMPARE(compactTokenLabel("\u2581internationalisation"), QStringLiteral("\u2581internat\u2026"));
    QCOMPARE(compactTokenLabel("\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600"
                               "\U0001F600\U0001F600\U0001F600"),
             QString::fromUtf8(
                 "\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\u2026"));

    // 300 tokens in 600 pixels cannot all be labelled; zoomed in to 20 they can.
    ExampleInspection wide = handMadeExample();
    InspectedWindow& w = wide.windows[0];
    for (int i = 0; i < 288; ++i) {
      w.feature.encoding.tokens.insert(w.feature.encoding.tokens.end() - 1, "\u2581word");
      w.feature.encoding.sequenceIds.insert(w.feature.encoding.sequenceIds.end() - 1, 1);
      w.feature.encoding.offsets.insert(w.feature.encoding.offsets.end() - 1, CharSpan{100, 104});
      w.startLogits.push_back(0);
      w.endLogits.push_back(0);
    }
    SpanProbabilityView view;
    view.setExample(&wide, nullptr);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot();
    view.plot()->replot();
    auto* ticker = static_cast<TokenTicker*>(view.plot()->axisRect(1)->axis(QCPAxis::atBottom)->ticker().data());
    QVERIFY2(ticker->labelStep() >= 5, qPrintable(QString::number(ticker->labelStep())));
    QCPAxis* x = view.plot()->axisRect(1)->axis(QCPAxis::atBottom);
    x->setRange(50, 70);
    view.plot()->replot();
    QCOMPARE(ticker->labelStep(), 1);
    QCOMPARE(view.plot()->axisRect(0)->axis(QCPAxis::atBottom)->range(), x->range());  // start and end stay aligned
    x->setRange(-1000, 1000);                                                          // clamped to the tokens
    QCOMPARE(x->range().lower, 3.5);
    QCOMPARE(x->range().upper, 303.5);
  }

  void rendersRealExamples() {
    // Not QSKIP: CTest would then report the whole executable as skipped (SKIP_REGULAR_EXPRESSION).
    for (const QString& relative :
         {QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm"), QStringLiteral("data/xquad")}) {
      if (!QFileInfo::exists(QDir(test::sharedDir()).filePath(relative)))
        return qInfo("not rendered: needs %s/%s", qPrintable(test::sharedDir()), qPrintable(relative));
    }
    QTemporaryDir scratch;
    const QString outDir = qEnvironmentVariable("XLQA_SCREENSHOT_DIR", scratch.path());
    QDir().mkpath(outDir);
    const std::string modelDir = test::sharedPath("fixtures/hf-parity/small-xlmr-qa-spm");
    const auto teacher = QaModel::load(modelDir, "cpu");
    const auto student = QaModel::initialize(teacher->config(), modelDir, 7, "cpu");  // a different, untrained model
    const auto tokenizer = loadTokenizer(modelDir);
    const ParallelDataset dataset = ParallelDataset::load(
        {test::sharedPath("data/xquad/xquad.en.json"), test::sharedPath("data/xquad/xquad.ar.json")});

    std::vector<std::pair<LanguagePair, std::vector<double>>> survey;
    for (const LanguagePair& pair : dataset.availablePairs()) {
      PairExamples examples = dataset.pair(pair);
      examples.examples.resize(std::min<std::size_t>(examples.examples.size(), 200));
      survey.emplace_back(pair, pairCoefficients(*teacher, *tokenizer, examples, CoefficientSettings{}));
    }
    for (const QString& key : {QStringLiteral("en-en"), QStringLiteral("ar-en"), QStringLiteral("en-ar")}) {
      const PairExamples examples = dataset.pair(parseLanguagePair(key.toStdString()));
      const PairExample& example = examples.examples[5];
      const auto answer = goldAnswerSpan(example);
      const ExampleInspection t =
          inspectExample(*teacher, *tokenizer, example.question->text, example.paragraph->context, answer);
      const ExampleInspection s =
          inspectExample(*student, *tokenizer, example.question->text, example.paragraph->context, answer);

      SpanProbabilityView spans;
      spans.setExample(&t, &s);
      spans.setTemperature(2.0);
      spans.resize(1400, 700);
      spans.show();
      QVERIFY(QTest::qWaitForWindowExposed(&spans));
      spans.plot()->replot();
      spans.plot()->replot();
      QVERIFY(spans.grab().save(QDir(outDir).filePath("span-" + key + ".png")));
      // Zoomed in around the gold answer: every token labelled.
      const InspectedWindow& gold = t.windows[std::size_t(std::max(0, t.goldWindow))];
      spans.plot()->axisRect(1)->axis(QCPAxis::atBottom)->setRange(gold.gold.start - 15, gold.gold.start + 15);
      spans.plot()->replot();
      spans.plot()->replot();
      QVERIFY(spans.grab().save(QDir(outDir).filePath("span-" + key + "-zoomed.png")));

      MapAtKView map;
      map.setExample(&t);
      map.setSurvey(survey);
      map.resize(1400, 950);
      map.show();
      QVERIFY(QTest::qWaitForWindowExposed(&map));
      for (QCustomPlot* plot : {map.softLabelPlot(), map.targetPlot()}) plot->replot(), plot->replot();
      QVERIFY(map.grab().save(QDir(outDir).filePath("map-" + key + ".png")));
      if (key == QStringLiteral("en-en")) {
        map.tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QVERIFY(map.grab().save(QDir(outDir).filePath("map-survey.png")));
        map.setSurvey({survey.front()});  // a single cell must still show
        QCOMPARE(map.surveyMean(survey.front().first),
                 std::accumulate(survey.front().second.begin(), survey.front().second.end(), 0.0) /
                     double(survey.front().second.size()));
        QCoreApplication::processEvents();  // the queued replots
        QVERIFY(map.grab().save(QDir(outDir).filePath("map-survey-one-pair.png")));
      }
    }
  }
};

QTEST_MAIN(TestMapAtKView)
#include "tst_map_at_k_view.moc"
