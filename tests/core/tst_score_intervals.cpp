// Bootstrap intervals of a run's matrix averages: the estimates are the matrix's own averages, the
// width follows the binomial standard error, resampling is paired over question ids (identical
// models differ by exactly 0), and a fixed seed gives the same intervals every time.
#include <QtTest>

#include <cmath>

#include "core/store/score_intervals.h"

using namespace xlqa;

namespace {

LanguageMatrix axesOf(const std::vector<std::string>& languages) {
  LanguageMatrix m;
  m.questionLanguages = m.contextLanguages = languages;
  m.cells.assign(languages.size(), std::vector<std::optional<double>>(languages.size(), 0.0));
  return m;
}

// n question ids; F1 1 for the first `right` of them, 0 for the rest.
std::map<std::string, double> halfRight(int n, int right) {
  std::map<std::string, double> byId;
  for (int i = 0; i < n; ++i) byId["q" + std::to_string(1000 + i)] = i < right ? 1.0 : 0.0;
  return byId;
}

}  // namespace

class TestScoreIntervals : public QObject {
  Q_OBJECT
 private slots:
  void estimatesAreTheMatrixAverages() {
    ExampleScores scores;
    scores[{"en", "en"}] = {{"a", 1.0}, {"b", 0.5}};  // 75
    scores[{"de", "de"}] = {{"a", 0.0}, {"b", 0.5}};  // 25
    scores[{"en", "de"}] = {{"a", 1.0}, {"b", 1.0}};  // 100
    scores[{"de", "en"}] = {{"a", 0.0}, {"b", 0.0}};  // 0
    const MatrixIntervals m = bootstrapIntervals(axesOf({"de", "en"}), scores);
    QCOMPARE(m.xlt->estimate, 50.0);
    QCOMPARE(m.gxlt->estimate, 50.0);
    QCOMPARE(m.rowMeans.size(), std::size_t(2));
    QCOMPARE(m.rowMeans[0]->estimate, 12.5);     // de questions: 25 and 0
    QCOMPARE(m.columnMeans[1]->estimate, 37.5);  // en contexts: 75 and 0
    QVERIFY(m.gxlt->low <= m.gxlt->estimate && m.gxlt->estimate <= m.gxlt->high);
  }

  // CSV and JSON exports carry every mean with its interval, as the numbers read back exactly.
  void exportsCarryTheIntervals() {
    ExampleScores scores;
    scores[{"en", "en"}] = {{"a", 1.0}, {"b", 0.5}};
    scores[{"de", "de"}] = {{"a", 0.0}, {"b", 0.5}};
    scores[{"en", "de"}] = {{"a", 1.0}, {"b", 1.0}};
    scores[{"de", "en"}] = {{"a", 0.0}, {"b", 0.0}};
    LanguageMatrix matrix = axesOf({"de", "en"});
    matrix.cells = {{25.0, 0.0}, {100.0, 75.0}};
    const BootstrapSettings settings;
    const MatrixIntervals m = bootstrapIntervals(matrix, scores, settings);
    const QStringList lines = QString::fromStdString(matrixToCsv(matrix, m, settings)).split('\n');
    QCOMPARE(lines.value(0), QStringLiteral("question/context,de,en,mean,mean_low,mean_high"));
    const QStringList de = lines.value(1).split(',');
    QCOMPARE(de.mid(0, 4), QStringList({"de", "25", "0", "12.5"}));
    QCOMPARE(de.value(4).toDouble(), m.rowMeans[0]->low);
    QCOMPARE(de.value(5).toDouble(), m.rowMeans[0]->high);
    QCOMPARE(lines.value(3).split(',').mid(0, 3), QStringList({"mean", "62.5", "37.5"}));  // column means
    QCOMPARE(lines.value(4).split(',').value(1).toDouble(), m.columnMeans[0]->low);
    QCOMPARE(lines.value(7), QStringLiteral("average,estimate,low,high"));
    QCOMPARE(lines.value(8).split(',').mid(0, 2), QStringList({"xlt", "50"}));
    QCOMPARE(lines.value(9).split(',').value(3).toDouble(), m.gxlt->high);
    QVERIFY(lines.value(10).contains(QStringLiteral("1000 resamples, seed 20241207")));

    const nlohmann::json json = toJson(m, settings);
    QCOMPARE(json.at("gxlt").at("estimate").get<double>(), 50.0);
    QCOMPARE(json.at("row_means").at("en").at("low").get<double>(), m.rowMeans[1]->low);
    QCOMPARE(json.at("resamples"), 1000);
  }

  void widthFollowsTheBinomialStandardError() {
    ExampleScores scores;
    scores[{"en", "en"}] = halfRight(400, 200);
    BootstrapSettings settings;
    settings.resamples = 2000;
    const MatrixIntervals m = bootstrapIntervals(axesOf({"en"}), scores, settings);
    QCOMPARE(m.xlt->estimate, 50.0);
    const double expected = 1.96 * std::sqrt(0.25 / 400) * 100;  // 4.9 points
    QVERIFY2(std::abs(m.xlt->plusMinus() - expected) < 0.6, qPrintable(QString::number(m.xlt->plusMinus())));
  }

  void identicalModelsDifferByExactlyZero() {
    ExampleScores scores;
    scores[{"en", "en"}] = halfRight(50, 20);
    scores[{"en", "de"}] = halfRight(50, 35);
    const MatrixIntervals m = bootstrapIntervals(axesOf({"de", "en"}), differenceOf(scores, scores));
    QCOMPARE(m.gxlt->estimate, 0.0);
    QCOMPARE(m.gxlt->low, 0.0);
    QCOMPARE(m.gxlt->high, 0.0);
    QCOMPARE(formatInterval(*m.gxlt, true), std::string("+0.0 ± 0.0"));
  }

  void pairedOverQuestionIds() {
    // Two pairs with the same ids and the same scores: resampled together, so their average is
    // as wide as one pair; resampled independently it would be narrower by sqrt(2).
    ExampleScores scores;
    scores[{"en", "en"}] = halfRight(400, 200);
    scores[{"de", "de"}] = halfRight(400, 200);
    const MatrixIntervals both = bootstrapIntervals(axesOf({"de", "en"}), scores);
    ExampleScores one;
    one[{"en", "en"}] = halfRight(400, 200);
    const MatrixIntervals single = bootstrapIntervals(axesOf({"en"}), one);
    QCOMPARE(both.xlt->plusMinus(), single.xlt->plusMinus());
  }

  void aFixedSeedGivesTheSameIntervals() {
    ExampleScores scores;
    scores[{"en", "en"}] = halfRight(100, 37);
    const auto a = bootstrapIntervals(axesOf({"en"}), scores), b = bootstrapIntervals(axesOf({"en"}), scores);
    QCOMPARE(a.xlt->low, b.xlt->low);
    QCOMPARE(a.xlt->high, b.xlt->high);
    BootstrapSettings other;
    other.seed = 7;
    const auto c = bootstrapIntervals(axesOf({"en"}), scores, other);
    QVERIFY(c.xlt->low != a.xlt->low || c.xlt->high != a.xlt->high);
  }

  void missingPairsAreLeftOut() {
    ExampleScores scores;
    scores[{"en", "de"}] = halfRight(10, 5);
    const MatrixIntervals m = bootstrapIntervals(axesOf({"de", "en"}), scores);
    QVERIFY(!m.xlt.has_value());  // no diagonal pair was scored
    QCOMPARE(m.gxlt->estimate, 50.0);
    QVERIFY(!m.rowMeans[0].has_value());  // no de question was scored
  }
};

QTEST_APPLESS_MAIN(TestScoreIntervals)
#include "tst_score_intervals.moc"
