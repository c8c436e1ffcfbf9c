// Span decoding as run_qa post-processes logits, on hand-built windows whose answers are
// known: validity rules, n-best order, the best window, character slicing, probabilities.
#include <QtTest>

#include <cmath>

#include "core/eval/span_decoder.h"

using namespace xlqa;

namespace {

// A window: 1 added token, `contextTokens` context tokens of one code point each starting at
// code point `firstChar`, 1 added token.
QaFeature window(int contextTokens, int firstChar) {
  QaFeature f;
  f.encoding.sequenceIds.push_back(-1);
  f.encoding.offsets.push_back({0, 0});
  for (int i = 0; i < contextTokens; ++i) {
    f.encoding.sequenceIds.push_back(1);
    f.encoding.offsets.push_back({firstChar + i, firstChar + i + 1});
  }
  f.encoding.sequenceIds.push_back(-1);
  f.encoding.offsets.push_back({0, 0});
  f.encoding.ids.assign(f.encoding.sequenceIds.size(), 5);
  return f;
}

}  // namespace

class TestSpanDecoder : public QObject {
  Q_OBJECT
 private slots:
  void bestValidSpanWinsAndTextIsCutByCodePoints() {
    const std::string context = "\u00E9t\u00E9 \u5317\u4EAC";  // "été 北京": 6 code points, 12 bytes
    QaFeature f = window(6, 0);
    // Start logits favour an added token (index 0) and token 5; end favours 7 (added) and 6.
    std::vector<float> start{9, 0, 0, 0, 0, 3, 1, 8}, end{0, 0, 0, 0, 0, 1, 4, 9};
    const DecodedAnswer answer = decodeAnswer(context, {&f}, {{start.data(), end.data(), 8}}, {});
    QCOMPARE(answer.text, std::string("\u5317\u4EAC"));  // tokens 5..6 = code points 4..6
    QCOMPARE(answer.nbest.front().score, 7.0f);
    QCOMPARE(answer.nbest.front().span.begin, 4);
    QCOMPARE(answer.nbest.front().span.end, 6);
    double total = 0;
    for (const auto& c : answer.nbest) {
      QVERIFY(c.startToken >= 1 && c.endToken <= 6 && c.endToken >= c.startToken);
      total += c.probability;
    }
    QVERIFY(std::abs(total - 1.0) < 1e-12);
    for (std::size_t i = 1; i < answer.nbest.size(); ++i) QVERIFY(answer.nbest[i - 1].score >= answer.nbest[i].score);
  }

  void maxAnswerLengthAndNBestLimitCandidates() {
    QaFeature f = window(10, 0);
    std::vector<float> start(12, 0), end(12, 0);
    start[1] = 5, end[10] = 5;  // span 1..10 is 10 tokens long
    start[2] = 1, end[3] = 1;
    DecodeSettings settings;
    settings.maxAnswerLength = 4;
    settings.nBest = 3;
    const DecodedAnswer answer = decodeAnswer("abcdefghij", {&f}, {{start.data(), end.data(), 12}}, settings);
    for (const auto& c : answer.nbest) QVERIFY(c.endToken - c.startToken + 1 <= 4);
    QVERIFY(answer.nbest.size() <= 3);
    // Top-3 starts {1, 2, 11}, ends {10, 3, 11}: 1..10 is too long, 11 is an added token, so
    // the candidates are 1..3 (score 6) and 2..3 (score 2).
    QCOMPARE(answer.nbest.size(), std::size_t(2));
    QCOMPARE(answer.text, std::string("abc"));
    QCOMPARE(answer.nbest[1].score, 2.0f);
  }

  void bestWindowIsChosenAcrossWindows() {
    const std::string context = "0123456789";
    QaFeature first = window(6, 0), second = window(6, 4);
    std::vector<float> s1(8, 0), e1(8, 0), s2(8, 0), e2(8, 0);
    s1[2] = 2, e1[3] = 2;  // "12", score 4
    s2[4] = 3, e2[5] = 3;  // tokens 4..5 of window 2 = code points 7..9 -> "78", score 6
    const DecodedAnswer answer =
        decodeAnswer(context, {&first, &second}, {{s1.data(), e1.data(), 8}, {s2.data(), e2.data(), 8}}, {});
    QCOMPARE(answer.text, std::string("78"));
    QCOMPARE(answer.nbest.front().feature, std::size_t(1));
  }

  void noValidSpanGivesRunQaEmptyAnswer() {
    QaFeature f = window(0, 0);  // no context token at all
    std::vector<float> start{1, 2}, end{1, 2};
    const DecodedAnswer answer = decodeAnswer("", {&f}, {{start.data(), end.data(), 2}}, {});
    QCOMPARE(answer.text, std::string("empty"));
    QCOMPARE(answer.nbest.size(), std::size_t(1));
    QCOMPARE(answer.nbest.front().probability, 1.0);
  }

  void temperatureSoftensTheDistribution() {
    const std::vector<float> logits{1, 2, 3, 4};
    const auto sharp = softmaxWithTemperature(logits.data(), 0, 4, 1.0);
    const auto soft = softmaxWithTemperature(logits.data(), 0, 4, 4.0);
    float sum = 0;
    for (float p : sharp) sum += p;
    QVERIFY(std::abs(sum - 1.0f) < 1e-6f);
    QVERIFY(soft[3] < sharp[3]);
    QVERIFY(std::abs(sharp[3] - std::exp(4.0) / (std::exp(1.0) + std::exp(2.0) + std::exp(3.0) + std::exp(4.0))) <
            1e-6);
    QCOMPARE(softmaxWithTemperature(logits.data(), 1, 3, 1.0).size(), std::size_t(2));
  }
};

QTEST_APPLESS_MAIN(TestSpanDecoder)
#include "tst_span_decoder.moc"
