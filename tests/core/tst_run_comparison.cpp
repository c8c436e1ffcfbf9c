// Comparing models and runs: score and difference matrices read from runs written here,
// averages over the diagonal / all cells / off-diagonal with missing cells ignored, row and
// column means, per-pair paired significance on examples matched by id, and the CSV / JSON
// exports. The significance tests themselves are checked against hand-computed values.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/store/run_comparison.h"

using namespace xlqa;

namespace {

using Cells = std::vector<std::vector<std::optional<double>>>;
constexpr std::nullopt_t none = std::nullopt;

std::uint64_t bits(double value) {
  std::uint64_t out = 0;
  std::memcpy(&out, &value, sizeof out);
  return out;
}

void compareCells(const Cells& got, const Cells& want) {
  QCOMPARE(got.size(), want.size());
  for (std::size_t q = 0; q < want.size(); ++q) {
    QCOMPARE(got[q].size(), want[q].size());
    for (std::size_t c = 0; c < want[q].size(); ++c) {
      QCOMPARE(got[q][c].has_value(), want[q][c].has_value());
      if (want[q][c]) QCOMPARE(*got[q][c], *want[q][c]);
    }
  }
}

void compareOptionals(const std::vector<std::optional<double>>& got, const std::vector<std::optional<double>>& want) {
  compareCells({got}, {want});
}

using Strings = std::vector<std::string>;

ModelExampleResult resultWithF1(double f1) { return {"answer", f1 == 1.0 ? 1 : 0, f1, {}}; }

// Examples with the given ids and per-example F1 of each role (an empty list: role absent).
std::vector<ExampleRecord> examples(const Strings& ids, const std::vector<double>& teacher,
                                    const std::vector<double>& student = {}) {
  std::vector<ExampleRecord> records;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ExampleRecord record{ids[i], {"answer"}, std::nullopt, std::nullopt};
    if (!teacher.empty()) record.teacher = resultWithF1(teacher[i]);
    if (!student.empty()) record.student = resultWithF1(student[i]);
    records.push_back(record);
  }
  return records;
}

PairRecord pairRecord(const std::string& key, double teacherF1, std::optional<double> studentF1, std::size_t count) {
  PairRecord record{parseLanguagePair(key), "squad_v1.1", count, ModelPairScore{teacherF1 - 10, teacherF1, count},
                    std::nullopt,           1.5};
  if (studentF1) record.student = ModelPairScore{*studentF1 - 10, *studentF1, count};
  return record;
}

RunManifest manifestFor(const Strings& keys) {
  RunManifest manifest;
  for (const std::string& key : keys) manifest.pairs.push_back(parseLanguagePair(key));
  return manifest;
}

}  // namespace

class TestRunComparison : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir temp_;
  std::optional<RunStore> runA_, runB_;

  // Run A: teacher and student; zh-zh has the teacher only.
  //   teacher F1        student F1
  //        en  es  zh        en  es
  //   en   80  60  -    en   85  55
  //   es   50  70  -    es   60  70
  //   zh   -   -   90
  void writeRunA() {
    RunStore run = RunStore::create(QDir(temp_.path()).filePath("a").toStdString(),
                                    manifestFor({"en-en", "en-es", "es-en", "es-es", "zh-zh"}));
    run.writePair(pairRecord("en-en", 80, 85, 4), examples({"q0", "q1", "q2", "q3"}, {1, 0.5, 0, 1}, {1, 1, 0.5, 1}));
    run.writePair(pairRecord("en-es", 60, 55, 2), examples({"q0", "q1"}, {1, 0.25}, {0.5, 0.25}));
    run.writePair(pairRecord("es-en", 50, 60, 2), examples({"q0", "q1"}, {0, 1}, {0.25, 1}));
    run.writePair(pairRecord("es-es", 70, 70, 2), examples({"q0", "q1"}, {1, 0.5}, {1, 0.5}));
    run.writePair(pairRecord("zh-zh", 90, std::nullopt, 1), examples({"q0"}, {1}));
    runA_ = std::move(run);
  }

  // Run B: teacher only; es-en is selected but not done. Its en-en examples come in another
  // order, lack q1 and have an extra q9.
  void writeRunB() {
    RunStore run =
        RunStore::create(QDir(temp_.path()).filePath("b").toStdString(), manifestFor({"en-en", "en-es", "es-en"}));
    run.writePair(pairRecord("en-en", 75, std::nullopt, 4), examples({"q3", "q0", "q9", "q2"}, {0.5, 1, 1, 0.75}));
    run.writePair(pairRecord("en-es", 65, std::nullopt, 2), examples({"q0", "q1"}, {1, 0.5}));
    runB_ = std::move(run);
  }

 private slots:
  void initTestCase() {
    QVERIFY(temp_.isValid());
    writeRunA();
    writeRunB();
  }

  // --- matrices ---

  void teacherMatrixAndAverages() {
    const LanguageMatrix f1 = scoreMatrix(*runA_, ModelRole::Teacher, ScoreKind::F1);
    QCOMPARE(f1.questionLanguages, Strings({"en", "es", "zh"}));
    QCOMPARE(f1.contextLanguages, Strings({"en", "es", "zh"}));
    compareCells(f1.cells, {{80.0, 60.0, none}, {50.0, 70.0, none}, {none, none, 90.0}});
    QCOMPARE(*f1.at({"es", "en"}), 50.0);
    QVERIFY(!f1.at({"en", "zh"}));
    QVERIFY(!f1.at({"de", "en"}));             // a language the matrix does not have
    QCOMPARE(*f1.xltAverage(), 80.0);          // (80 + 70 + 90) / 3
    QCOMPARE(*f1.gxltAverage(), 70.0);         // (80 + 60 + 50 + 70 + 90) / 5
    QCOMPARE(*f1.offDiagonalAverage(), 55.0);  // (60 + 50) / 2
    compareOptionals(f1.rowMeans(), {70.0, 60.0, 90.0});
    compareOptionals(f1.columnMeans(), {65.0, 65.0, 90.0});

    const LanguageMatrix em = scoreMatrix(*runA_, ModelRole::Teacher, ScoreKind::ExactMatch);
    compareCells(em.cells, {{70.0, 50.0, none}, {40.0, 60.0, none}, {none, none, 80.0}});
  }

  void studentMatrixHasOnlyItsPairs() {
    const LanguageMatrix f1 = scoreMatrix(*runA_, ModelRole::Student, ScoreKind::F1);
    QCOMPARE(f1.questionLanguages, Strings({"en", "es"}));
    QCOMPARE(f1.contextLanguages, Strings({"en", "es"}));
    compareCells(f1.cells, {{85.0, 55.0}, {60.0, 70.0}});

    const LanguageMatrix nothing = scoreMatrix(*runB_, ModelRole::Student, ScoreKind::F1);
    QVERIFY(nothing.questionLanguages.empty() && nothing.cells.empty());
    QVERIFY(!nothing.xltAverage() && !nothing.gxltAverage() && !nothing.offDiagonalAverage());
    QVERIFY(nothing.rowMeans().empty() && nothing.columnMeans().empty());
  }

  void differenceIsBMinusAWhereBothHaveTheCell() {
    const LanguageMatrix teacher = scoreMatrix(*runA_, ModelRole::Teacher, ScoreKind::F1);
    const LanguageMatrix student = scoreMatrix(*runA_, ModelRole::Student, ScoreKind::F1);
    const LanguageMatrix gain = differenceMatrix(teacher, student);
    QCOMPARE(gain.questionLanguages, Strings({"en", "es", "zh"}));
    compareCells(gain.cells, {{5.0, -5.0, none}, {10.0, 0.0, none}, {none, none, none}});
    QCOMPARE(*gain.xltAverage(), 2.5);
    QCOMPARE(*gain.offDiagonalAverage(), 2.5);
    compareOptionals(gain.rowMeans(), {0.0, 5.0, none});
    compareOptionals(gain.columnMeans(), {7.5, -2.5, none});

    // Across runs: B's teacher - A's teacher over the union of languages.
    const LanguageMatrix acrossRuns = differenceMatrix(teacher, scoreMatrix(*runB_, ModelRole::Teacher, ScoreKind::F1));
    compareCells(acrossRuns.cells, {{-5.0, 5.0, none}, {none, none, none}, {none, none, none}});
    QCOMPARE(*acrossRuns.xltAverage(), -5.0);
    QCOMPARE(*acrossRuns.gxltAverage(), 0.0);
  }

  void differenceOverDisjointLanguagesIsEmpty() {
    LanguageMatrix a{{"en"}, {"en"}, {{1.0}}}, b{{"de"}, {"de"}, {{2.0}}};
    const LanguageMatrix difference = differenceMatrix(a, b);
    QCOMPARE(difference.questionLanguages, Strings({"de", "en"}));
    compareCells(difference.cells, {{none, none}, {none, none}});
    QVERIFY(!difference.gxltAverage());
  }

  // --- per-pair significance ---

  void comparePairsWithinARun() {
    const std::vector<PairComparison> pairs = comparePairs(*runA_, ModelRole::Teacher, *runA_, ModelRole::Student);
    QCOMPARE(pairs.size(), std::size_t(4));  // zh-zh has no student
    QCOMPARE(pairs[0].pair.key(), std::string("en-en"));
    QCOMPARE(pairs[0].a, 80.0);
    QCOMPARE(pairs[0].b, 85.0);
    QCOMPARE(pairs[0].significance.examples, std::size_t(4));
    QCOMPARE(pairs[0].significance.meanDifference, 25.0);  // d = 0, .5, .5, 0
    const PairedSignificance direct = pairedSignificance({1, 0.5, 0, 1}, {1, 1, 0.5, 1});
    QCOMPARE(pairs[0].significance.wilcoxonP, direct.wilcoxonP);
    QCOMPARE(pairs[0].significance.bootstrapP, direct.bootstrapP);
    QCOMPARE(pairs[3].pair.key(), std::string("es-es"));
    QCOMPARE(pairs[3].significance.wilcoxonP, 1.0);  // identical
    QCOMPARE(pairs[3].significance.bootstrapP, 1.0);
  }

  void comparePairsAcrossRunsMatchesById() {
    const std::vector<PairComparison> pairs = comparePairs(*runA_, ModelRole::Teacher, *runB_, ModelRole::Teacher);
    QCOMPARE(pairs.size(), std::size_t(2));  // es-en is not done in B; es-es and zh-zh are not in B
    QCOMPARE(pairs[0].pair.key(), std::string("en-en"));
    QCOMPARE(pairs[0].a, 80.0);
    QCOMPARE(pairs[0].b, 75.0);
    // Matched in A's order: q0 (1 vs 1), q2 (0 vs .75), q3 (1 vs .5); q1 and q9 are one-sided.
    QCOMPARE(pairs[0].significance.examples, std::size_t(3));
    const PairedSignificance direct = pairedSignificance({1, 0, 1}, {1, 0.75, 0.5});
    QCOMPARE(bits(pairs[0].significance.meanDifference), bits(direct.meanDifference));
    QCOMPARE(pairs[0].significance.wilcoxonP, direct.wilcoxonP);
    QCOMPARE(pairs[0].significance.bootstrapP, direct.bootstrapP);
    QCOMPARE(pairs[1].pair.key(), std::string("en-es"));
    QCOMPARE(pairs[1].significance.meanDifference, 12.5);  // d = 0, .25

    // B has no student at all: nothing to compare.
    QVERIFY(comparePairs(*runA_, ModelRole::Student, *runB_, ModelRole::Student).empty());
  }

  // Hand-computed: d = 1..5 (scaled to 0.1..0.5), all positive, n = 5, no ties: exact
  // distribution, W+ = 15 is the single largest of 2^5 outcomes, two-sided p = 2/32.
  void wilcoxonExactAllPositive() {
    const PairedSignificance s = pairedSignificance({0, 0, 0, 0, 0}, {0.1, 0.2, 0.3, 0.4, 0.5});
    QCOMPARE(s.wilcoxonP, 0.0625);
    QCOMPARE(s.examples, std::size_t(5));
    QVERIFY(std::fabs(s.meanDifference - 30.0) < 1e-12);
    // Reversed: W+ = 0, the smallest outcome, the same p.
    QCOMPARE(pairedSignificance({0.1, 0.2, 0.3, 0.4, 0.5}, {0, 0, 0, 0, 0}).wilcoxonP, 0.0625);
  }

  // Fisher's data as in scipy.stats.wilcoxon's documentation (n = 15, no ties, two
  // negative: ranks 10 and 14, so W- = 24): scipy's exact p is 0.041259765625 = 1352 / 32768.
  void wilcoxonExactMatchesScipyExample() {
    const std::vector<double> d = {6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75};
    std::vector<double> a(d.size(), 0.5), b;
    for (double x : d) b.push_back(0.5 + x / 200);  // the ranks only depend on |d|'s order
    QCOMPARE(pairedSignificance(a, b).wilcoxonP, 0.041259765625);
  }

  // Hand-computed normal approximation with zeros and a tie:
  //   d = 0, .25, .25, -.125, .5, .625, 0 -> zeros dropped, n = 5
  //   |d| ranks: .125 -> 1, .25 -> 2.5 and 2.5 (tie, t = 2), .5 -> 4, .625 -> 5
  //   W+ = 2.5 + 2.5 + 4 + 5 = 14, E[W+] = n(n+1)/4 = 7.5
  //   var = n(n+1)(2n+1)/24 - (t^3 - t)/48 = 13.75 - 0.125 = 13.625
  //   z = (|14 - 7.5| - 0.5) / sqrt(13.625) = 1.6254851075486312
  //   p = erfc(z / sqrt 2) = 0.10405923452892799
  void wilcoxonNormalApproximationWithTiesAndZeros() {
    const std::vector<double> a = {0.5, 0, 0.5, 0.25, 0, 0.25, 1};
    const std::vector<double> b = {0.5, 0.25, 0.75, 0.125, 0.5, 0.875, 1};
    const PairedSignificance s = pairedSignificance(a, b);
    QVERIFY2(std::fabs(s.wilcoxonP - 0.10405923452892799) < 1e-15, qPrintable(QString::number(s.wilcoxonP, 'g', 17)));
    QCOMPARE(s.examples, std::size_t(7));
  }

  // 1/2 - 1/3 and 1/6 - 0 differ in the last bit in floating point, but are the same F1 gain:
  // they must tie (n = 3, ranks 1.5, 1.5, 3, W+ = 6, E = 3, var = 3.5 - 6/48 = 3.375,
  // z = 2.5 / sqrt(3.375), p = erfc(z / sqrt 2) = 0.17356816655592158), not take the exact
  // branch (which would give 2/8).
  void wilcoxonTiesSurviveRoundingNoise() {
    QVERIFY(1.0 / 2 - 1.0 / 3 != 1.0 / 6);
    const PairedSignificance s = pairedSignificance({1.0 / 3, 0, 0}, {1.0 / 2, 1.0 / 6, 0.5});
    QVERIFY2(std::fabs(s.wilcoxonP - 0.17356816655592158) < 1e-15, qPrintable(QString::number(s.wilcoxonP, 'g', 17)));
  }

  // n = 30 > 25: the normal branch without ties. All positive: W+ = 465, E = 232.5,
  // var = 30 * 31 * 61 / 24 = 2363.75, z = 232 / sqrt(2363.75), p = 1.8253714563612e-06.
  void wilcoxonNormalApproximationForLargeN() {
    std::vector<double> a(30, 0.0), b;
    for (int i = 1; i <= 30; ++i) b.push_back(i / 100.0);
    const double z = 232.0 / std::sqrt(2363.75);
    QCOMPARE(pairedSignificance(a, b).wilcoxonP, std::erfc(z / std::sqrt(2.0)));
  }

  void identicalScoresAreNotSignificant() {
    const std::vector<double> same = {1, 0.5, 0, 0.25, 1};
    const PairedSignificance s = pairedSignificance(same, same);
    QCOMPARE(s.wilcoxonP, 1.0);
    QCOMPARE(s.bootstrapP, 1.0);
    QCOMPARE(s.meanDifference, 0.0);
    const PairedSignificance empty = pairedSignificance({}, {});
    QCOMPARE(empty.examples, std::size_t(0));
    QCOMPARE(empty.wilcoxonP, 1.0);
    QCOMPARE(empty.bootstrapP, 1.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pairedSignificance({1}, {1, 0}));
  }

  void bootstrapIsDeterministicAndSane() {
    // A consistent gain: 180 of 200 examples improve by .3, 20 lose .1.
    std::vector<double> a(200, 0.5), better;
    for (int i = 0; i < 200; ++i) better.push_back(i % 10 == 0 ? 0.4 : 0.8);
    const PairedSignificance strong = pairedSignificance(a, better, 2000, 7);
    QVERIFY2(strong.bootstrapP < 0.01, qPrintable(QString::number(strong.bootstrapP)));
    QVERIFY(strong.wilcoxonP < 0.01);

    // Symmetric noise: +.5 and -.5 alternate; mean 0.
    std::vector<double> noisy;
    for (int i = 0; i < 200; ++i) noisy.push_back(i % 2 == 0 ? 1.0 : 0.0);
    const PairedSignificance noise = pairedSignificance(a, noisy, 2000, 7);
    QVERIFY2(noise.bootstrapP > 0.2, qPrintable(QString::number(noise.bootstrapP)));
    QCOMPARE(noise.wilcoxonP, 1.0);  // W+ = 100 * 100.5 = E[W+] exactly

    // A borderline case so that p is neither 0 nor 1 and depends on the draws.
    std::vector<double> slight;
    for (int i = 0; i < 200; ++i) slight.push_back(i % 2 == 0 ? 1.0 : (i % 10 == 1 ? 0.5 : 0.0));
    const double p = pairedSignificance(a, slight, 2000, 7).bootstrapP;
    QVERIFY2(p > 0 && p < 1, qPrintable(QString::number(p)));
    QCOMPARE(pairedSignificance(a, slight, 2000, 7).bootstrapP, p);
    QVERIFY(pairedSignificance(a, slight, 2000, 8).bootstrapP != p);
  }

  // --- exports ---

  void csvExport() {
    const LanguageMatrix f1 = scoreMatrix(*runA_, ModelRole::Teacher, ScoreKind::F1);
    QCOMPARE(matrixToCsv(f1), std::string("question/context,en,es,zh\n"
                                          "en,80,60,\n"
                                          "es,50,70,\n"
                                          "zh,,,90\n"));
    // Full precision: the text reads back as the same double.
    const LanguageMatrix precise{{"en"}, {"en", "es"}, {{1.0 / 3, 0.1 + 0.2}}};
    QCOMPARE(matrixToCsv(precise), std::string("question/context,en,es\nen,0.3333333333333333,0.30000000000000004\n"));
    QCOMPARE(bits(std::stod("0.3333333333333333")), bits(1.0 / 3));
  }

  void jsonExport() {
    const nlohmann::json json = matrixToJson(scoreMatrix(*runA_, ModelRole::Teacher, ScoreKind::F1));
    QCOMPARE(json["question_languages"], nlohmann::json({"en", "es", "zh"}));
    QCOMPARE(json["context_languages"], nlohmann::json({"en", "es", "zh"}));
    const nlohmann::json cells = nlohmann::json::parse("[[80.0, 60.0, null], [50.0, 70.0, null], [null, null, 90.0]]");
    QCOMPARE(json["cells"], cells);
    QCOMPARE(json["xlt"].get<double>(), 80.0);
    QCOMPARE(json["gxlt"].get<double>(), 70.0);
    QCOMPARE(json["off_diagonal"].get<double>(), 55.0);

    const nlohmann::json diagonalOnly = matrixToJson(LanguageMatrix{{"en"}, {"en"}, {{1.0 / 3}}});
    QVERIFY(diagonalOnly["off_diagonal"].is_null());
    QCOMPARE(bits(diagonalOnly["xlt"].get<double>()), bits(1.0 / 3));
    QCOMPARE(bits(nlohmann::json::parse(diagonalOnly.dump())["cells"][0][0].get<double>()), bits(1.0 / 3));
  }
};

QTEST_APPLESS_MAIN(TestRunComparison)
#include "tst_run_comparison.moc"
