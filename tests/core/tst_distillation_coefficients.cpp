// The mAP@k / MRR@k coefficients on hand-computed cases, and the reference code's AP quirk: the
// reference feeds a 0/1 hit list to Kaggle's apk() with actual = [1], so AP@k is the reciprocal
// rank of the first hit. referenceApk() below is a line-by-line transliteration of that apk().
#include <QtTest>
#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <vector>

#include "core/eval/distillation_coefficients.h"

using namespace xlqa;

namespace {

// def apk(actual, predicted, k=10):
//     if len(predicted) > k: predicted = predicted[:k]
//     score = 0.0; num_hits = 0.0
//     for i, p in enumerate(predicted):
//         if p in actual and p not in predicted[:i]:
//             num_hits += 1.0; score += num_hits / (i + 1.0)
//     if not actual: return 0.0
//     return score / min(len(actual), k)
double referenceApk(const std::vector<int>& actual, std::vector<int> predicted, int k) {
  if (static_cast<int>(predicted.size()) > k) predicted.resize(static_cast<std::size_t>(k));
  double score = 0, hits = 0;
  for (std::size_t i = 0; i < predicted.size(); ++i) {
    const int p = predicted[i];
    const bool inActual = std::find(actual.begin(), actual.end(), p) != actual.end();
    const bool seen = std::find(predicted.begin(), predicted.begin() + static_cast<long>(i), p) !=
                      predicted.begin() + static_cast<long>(i);
    if (inActual && !seen) hits += 1, score += hits / (static_cast<double>(i) + 1);
  }
  if (actual.empty()) return 0;
  return score / std::min(static_cast<double>(actual.size()), static_cast<double>(k));
}

std::vector<int> asInts(const std::vector<bool>& hits) { return {hits.begin(), hits.end()}; }

CoefficientSettings settings(CoefficientKind kind, int k, int window, bool symmetric) {
  CoefficientSettings s;
  s.kind = kind, s.k = k, s.window = window, s.symmetricWindow = symmetric;
  return s;
}

}  // namespace

class TestDistillationCoefficients : public QObject {
  Q_OBJECT
 private slots:
  void defaultWindowIsPythonsRangeGoldMinus5ToGoldPlus5() {
    // range(20 - 5, 20 + 5) = 15..24.
    const CoefficientSettings s;
    QCOMPARE(s.kind, CoefficientKind::MapAtK);
    QCOMPARE(s.k, 10);
    QCOMPARE(s.window, 5);
    QVERIFY(isHit(15, 20, s));   // g - 5
    QVERIFY(isHit(20, 20, s));   // g
    QVERIFY(isHit(24, 20, s));   // g + 4
    QVERIFY(!isHit(25, 20, s));  // g + 5: outside Python's range
    QVERIFY(!isHit(14, 20, s));  // g - 6
    // Near the start of the window the range simply runs below 0.
    QVERIFY(isHit(0, 2, s));
    QVERIFY(isHit(6, 2, s));
    QVERIFY(!isHit(7, 2, s));
  }

  void symmetricWindowAddsGoldPlus5() {
    const auto s = settings(CoefficientKind::MapAtK, 10, 5, true);  // 15..25
    QVERIFY(isHit(15, 20, s));
    QVERIFY(isHit(25, 20, s));
    QVERIFY(!isHit(26, 20, s));
    QVERIFY(!isHit(14, 20, s));
  }

  void windowZero() {
    // range(g, g) is empty: with the reference window even gold is no hit.
    QVERIFY(!isHit(20, 20, settings(CoefficientKind::MapAtK, 10, 0, false)));
    // Symmetric: gold only.
    QVERIFY(isHit(20, 20, settings(CoefficientKind::MapAtK, 10, 0, true)));
    QVERIFY(!isHit(21, 20, settings(CoefficientKind::MapAtK, 10, 0, true)));
  }

  void mrrHitsExactGoldOnly() {
    for (bool symmetric : {false, true}) {
      const auto s = settings(CoefficientKind::MrrAtK, 10, 5, symmetric);
      QVERIFY(isHit(20, 20, s));
      QVERIFY(!isHit(19, 20, s));
      QVERIFY(!isHit(21, 20, s));
    }
  }

  void topPositionsBestFirstTiesToLowerPosition() {
    //                     0     1     2     3     4
    const float scores[] = {0.5f, 2.0f, -1.f, 2.0f, 1.0f};
    // 1 and 3 tie at 2.0: 1 first; then 4 (1.0), 0 (0.5), 2 (-1).
    QCOMPARE(topPositions(scores, 5, 3), (std::vector<int>{1, 3, 4}));
    QCOMPARE(topPositions(scores, 5, 1), (std::vector<int>{1}));
    QCOMPARE(topPositions(scores, 5, 10), (std::vector<int>{1, 3, 4, 0, 2}));  // k > n: all of them
    QCOMPARE(topPositions(scores, 5, 0), std::vector<int>{});
    QCOMPARE(topPositions(scores, 0, 3), std::vector<int>{});
    const float flat[] = {0, 0, 0, 0};
    QCOMPARE(topPositions(flat, 4, 2), (std::vector<int>{0, 1}));
  }

  void averagePrecisionIsReciprocalRankOfFirstHit() {
    QCOMPARE(averagePrecision({false, false, true, true}), 1.0 / 3);
    QCOMPARE(averagePrecision({true}), 1.0);
    QCOMPARE(averagePrecision({false, true}), 0.5);
    QCOMPARE(averagePrecision({false, false, false}), 0.0);
    QCOMPARE(averagePrecision({}), 0.0);
  }

  void referenceQuirkHitsAtRanks2And3GiveOneHalf() {
    // Hits at ranks 2 and 3. Textbook AP over the two relevant items would be
    // (1/2 + 2/3) / min(2, k) = 7/12; the reference's apk(actual=[1], [0, 1, 1]) counts the
    // value 1 once (p not in predicted[:i]) and divides by min(len([1]), k) = 1: 1/2.
    const std::vector<bool> hits{false, true, true};
    QCOMPARE(averagePrecision(hits), 0.5);
    QCOMPARE(referenceApk({1}, asInts(hits), 10), 0.5);
    QVERIFY(qAbs(averagePrecision(hits) - 7.0 / 12) > 0.05);
  }

  void averagePrecisionAgreesWithReferenceApkOnEveryShortHitList() {
    // All 0/1 lists of length 1..8 (k = 8 as the list is the top-k).
    for (int length = 1; length <= 8; ++length) {
      for (int bits = 0; bits < (1 << length); ++bits) {
        std::vector<bool> hits;
        for (int i = 0; i < length; ++i) hits.push_back((bits >> i) & 1);
        QCOMPARE(averagePrecision(hits), referenceApk({1}, asInts(hits), 8));
      }
    }
  }

  void exampleCoefficientByHand() {
    // Window of 30 tokens. Start: gold 10, logits 0 except 25 -> 9, 3 -> 8, 14 -> 7.
    //   top-10: 25, 3, 14, then the zeros in position order 0, 1, 2, 4, 5, 6, 7.
    //   mAP window 5..14: 25 miss, 3 miss, 14 hit (g + 4) -> AP 1/3.
    // End: gold 12, logits 0 except 12 -> 5: top-1 is gold -> AP 1.
    // Coefficient (1/3 + 1) / 2 = 2/3.
    std::vector<float> start(30, 0.f), end(30, 0.f);
    start[25] = 9, start[3] = 8, start[14] = 7;
    end[12] = 5;
    const CoefficientSettings s;
    const ExampleCoefficient c = exampleCoefficient(start.data(), end.data(), 30, 10, 12, s);
    QCOMPARE(c.start.positions, (std::vector<int>{25, 3, 14, 0, 1, 2, 4, 5, 6, 7}));
    QCOMPARE(c.start.hits, (std::vector<bool>{false, false, true, false, false, false, false, true, true, true}));
    QCOMPARE(c.start.averagePrecision, 1.0 / 3);
    QCOMPARE(c.end.positions.front(), 12);
    QCOMPARE(c.end.averagePrecision, 1.0);
    QCOMPARE(c.coefficient, (1.0 / 3 + 1.0) / 2);

    // k = 2: start's first hit (rank 3) falls out -> AP 0; end still 1 -> 0.5.
    QCOMPARE(exampleCoefficient(start.data(), end.data(), 30, 10, 12, settings(CoefficientKind::MapAtK, 2, 5, false))
                 .coefficient,
             0.5);
    // MRR@10: start's gold 10 has logit 0; ties go to the lower position, so the nine zeros at
    // 0..9 (3 is not a zero) come first -> rank 3 + 9 + 1 = 13 > 10 -> AP 0; end rank 1 -> 0.5.
    const auto mrr =
        exampleCoefficient(start.data(), end.data(), 30, 10, 12, settings(CoefficientKind::MrrAtK, 10, 5, false));
    QCOMPARE(mrr.start.averagePrecision, 0.0);
    QCOMPARE(mrr.coefficient, 0.5);
    // Symmetric window 5..15 changes nothing here: 14 was already the first hit.
    QCOMPARE(exampleCoefficient(start.data(), end.data(), 30, 10, 12, settings(CoefficientKind::MapAtK, 10, 5, true))
                 .coefficient,
             2.0 / 3);
  }

  void symmetricWindowCanMoveTheFirstHit() {
    // Gold start 3; best start logit at 8 = g + 5: asymmetric miss, symmetric hit at rank 1.
    //   positions 0..9; logits: 8 -> 4, 1 -> 3 (inside both windows, rank 2).
    // End: gold 0, logit 0 -> 1 best -> AP 1 in both.
    std::vector<float> start(10, 0.f), end(10, 0.f);
    start[8] = 4, start[1] = 3;
    end[0] = 1;
    const auto asym =
        exampleCoefficient(start.data(), end.data(), 10, 3, 0, settings(CoefficientKind::MapAtK, 10, 5, false));
    const auto sym =
        exampleCoefficient(start.data(), end.data(), 10, 3, 0, settings(CoefficientKind::MapAtK, 10, 5, true));
    QCOMPARE(asym.start.averagePrecision, 0.5);  // (1/2 + 1) / 2 = 3/4
    QCOMPARE(asym.coefficient, 0.75);
    QCOMPARE(sym.start.averagePrecision, 1.0);
    QCOMPARE(sym.coefficient, 1.0);
  }

  void kLargerThanTheWindowRanksEveryPosition() {
    // Three tokens, k = 10: the ranking has three entries. Start gold 2 (MRR) has the lowest
    // logit -> rank 3 -> 1/3; end gold 0 has the best -> 1. Coefficient 2/3.
    const float start[] = {3, 2, 1};
    const float end[] = {5, 1, 0};
    const auto c = exampleCoefficient(start, end, 3, 2, 0, settings(CoefficientKind::MrrAtK, 10, 5, false));
    QCOMPARE(c.start.positions.size(), std::size_t(3));
    QCOMPARE(c.start.hits, (std::vector<bool>{false, false, true}));
    QCOMPARE(c.start.averagePrecision, 1.0 / 3);
    QCOMPARE(c.coefficient, 2.0 / 3);
  }

  void invalidSettingsThrow() {
    const float logits[] = {1, 2};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exampleCoefficient(logits, logits, 2, 0, 0,
                                                                       settings(CoefficientKind::MapAtK, 0, 5, false)));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        exampleCoefficient(logits, logits, 2, 0, 0, settings(CoefficientKind::MapAtK, 1, -1, false)));
  }

  void batchCoefficientAveragesStartAndEndMeans() {
    // Three examples with (AP start, AP end) = (1/3, 1), (1, 1/2), (0, 0):
    // mean start 4/9, mean end 1/2, coefficient (4/9 + 1/2) / 2 = 17/36.
    std::vector<ExampleCoefficient> batch(3);
    batch[0].start.averagePrecision = 1.0 / 3, batch[0].end.averagePrecision = 1;
    batch[1].start.averagePrecision = 1, batch[1].end.averagePrecision = 0.5;
    batch[2].start.averagePrecision = 0, batch[2].end.averagePrecision = 0;
    QVERIFY(qAbs(batchCoefficient(batch) - 17.0 / 36) < 1e-15);
    QCOMPARE(batchCoefficient({}), 0.0);

    // The same from logits: example 1 of exampleCoefficientByHand (2/3) and two more.
    std::vector<float> start(30, 0.f), end(30, 0.f);
    start[25] = 9, start[3] = 8, start[14] = 7, end[12] = 5;
    const float perfect[] = {0, 9, 0};                           // gold 1 ranked first: AP 1 for start and end
    const float wrong[] = {9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};  // gold 11, window 6..15: rank 10 is 9
    // wrong: top-10 = 0, 1, 2, ..., 9; first hit 6 at rank 7 -> 1/7 for both sides.
    const std::vector<ExampleCoefficient> fromLogits{
        exampleCoefficient(start.data(), end.data(), 30, 10, 12, {}),
        exampleCoefficient(perfect, perfect, 3, 1, 1, {}),
        exampleCoefficient(wrong, wrong, 12, 11, 11, {}),
    };
    QCOMPARE(fromLogits[2].coefficient, 1.0 / 7);
    const double expected = ((1.0 / 3 + 1 + 1.0 / 7) / 3 + (1 + 1 + 1.0 / 7) / 3) / 2;
    QVERIFY(qAbs(batchCoefficient(fromLogits) - expected) < 1e-15);
  }

  void blendedTargetMixesOneHotAndTeacher() {
    const std::vector<double> teacher{0.1, 0.2, 0.3, 0.4};
    // alpha 1, c 0.5, gold 2: (0.05, 0.1, 0.15 + 1, 0.2) / 1.5.
    const auto blended = blendedTarget(teacher, 2, 1.0, 0.5);
    const std::vector<double> expected{0.05 / 1.5, 0.1 / 1.5, 1.15 / 1.5, 0.2 / 1.5};
    QCOMPARE(blended.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) QVERIFY(qAbs(blended[i] - expected[i]) < 1e-15);
    QVERIFY(qAbs(std::accumulate(blended.begin(), blended.end(), 0.0) - 1.0) < 1e-12);

    QCOMPARE(blendedTarget(teacher, 1, 1.0, 0.0), (std::vector<double>{0, 1, 0, 0}));  // c = 0: gold one-hot
    const auto teacherOnly = blendedTarget(teacher, 1, 0.0, 0.7);                      // alpha_ce = 0: teacher
    for (std::size_t i = 0; i < teacher.size(); ++i) QVERIFY(qAbs(teacherOnly[i] - teacher[i]) < 1e-15);
    QCOMPARE(blendedTarget(teacher, 1, 0.0, 0.0), (std::vector<double>{0, 0, 0, 0}));  // nothing to pull towards
  }
};

QTEST_GUILESS_MAIN(TestDistillationCoefficients)
#include "tst_distillation_coefficients.moc"
