// Gold rank and EM@k on hand-made records with known n-best lists: the first matching span
// counts, equal probabilities keep the stored order, a gold matches only through the pair's
// official normalisation (English articles and punctuation under MLQA, not under other rules'
// languages), a gold beyond the kept spans has no rank, and the curves count every example.
#include <QTemporaryDir>
#include <QtTest>

#include <string>
#include <vector>

#include "core/store/gold_rank.h"

using namespace xlqa;

namespace {

ModelExampleResult result(std::vector<std::string> spans) {
  ModelExampleResult out;
  out.prediction = spans.empty() ? "" : spans.front();
  double p = 0.5;
  for (std::string& text : spans) out.top.push_back({std::move(text), 0, 1, p /= 2});
  return out;
}

PairRecord pairRecord(LanguagePair pair, std::size_t examples, std::string rules = "mlqa_v1") {
  return {std::move(pair), std::move(rules), examples, ModelPairScore{}, ModelPairScore{}, 0};
}

}  // namespace

class TestGoldRank : public QObject {
  Q_OBJECT
 private slots:
  void firstMatchingSpanGivesTheRank() {
    const OfficialScorer scorer(ScoringRules::MlqaV1, "en");
    const std::vector<std::string> golds = {"Paris"};
    QCOMPARE(goldRank(scorer, golds, result({"Paris", "London"}).top), std::optional<int>(1));
    QCOMPARE(goldRank(scorer, golds, result({"London", "Berlin", "Paris", "Paris"}).top), std::optional<int>(3));
    QCOMPARE(goldRank(scorer, golds, result({"London", "Berlin"}).top), std::nullopt);
    QCOMPARE(goldRank(scorer, golds, {}), std::nullopt);
    QCOMPARE(goldRank(scorer, {}, result({"Paris"}).top), std::nullopt);  // no gold: nothing to find
    // A partial overlap is F1 credit, not an exact match.
    QCOMPARE(goldRank(scorer, golds, result({"Paris France", "Paris"}).top), std::optional<int>(2));
  }

  void tiesKeepTheStoredOrder() {
    const OfficialScorer scorer(ScoringRules::MlqaV1, "en");
    std::vector<SpanSummary> top = {{"London", 0, 6, 0.4}, {"Paris", 7, 12, 0.4}, {"Rome", 13, 17, 0.2}};
    QCOMPARE(goldRank(scorer, {"Paris"}, top), std::optional<int>(2));
    QCOMPARE(goldRank(scorer, {"London"}, top), std::optional<int>(1));
    // Any of several golds counts; the first span matching any of them is the rank.
    QCOMPARE(goldRank(scorer, {"Rome", "Paris"}, top), std::optional<int>(2));
  }

  void goldsMatchAfterTheOfficialNormalisation() {
    const OfficialScorer english(ScoringRules::MlqaV1, "en");
    QCOMPARE(goldRank(english, {"the Eiffel Tower"}, result({"a tower", "Eiffel Tower."}).top), std::optional<int>(2));
    QCOMPARE(goldRank(english, {"1889"}, result({"(1889)"}).top), std::optional<int>(1));
    QCOMPARE(goldRank(english, {"New  York"}, result({"new york"}).top), std::optional<int>(1));
    // German articles are German's: "the" is not removed for a German context under MLQA rules.
    const OfficialScorer german(ScoringRules::MlqaV1, "de");
    QCOMPARE(goldRank(german, {"the Eiffel Tower"}, result({"Eiffel Tower"}).top), std::nullopt);
    QCOMPARE(goldRank(german, {"der Eiffelturm"}, result({"Eiffelturm"}).top), std::optional<int>(1));
    // SQuAD v1.1 removes English articles in every language.
    const OfficialScorer squad(ScoringRules::SquadV11, "de");
    QCOMPARE(goldRank(squad, {"the Eiffel Tower"}, result({"Eiffel Tower"}).top), std::optional<int>(1));
  }

  void emAtKCountsEveryExample() {
    // Teacher ranks: 1, 3, none, 2. Student ranks: 1, 1, 2, none.
    std::vector<ExampleRecord> examples = {
        {"a", {"Paris"}, result({"Paris", "x"}), result({"Paris"})},
        {"b", {"the Alps"}, result({"x", "y", "Alps", "z"}), result({"Alps!", "x"})},
        {"c", {"1889"}, result({"x", "y", "z"}), result({"x", "1889"})},
        {"d", {"Rhine"}, result({"x", "Rhine"}), result({"x", "y", "z"})},
    };
    const PairGoldRanks ranks = pairGoldRanks(pairRecord({"en", "en"}, 4), examples, 3);
    QCOMPARE(ranks.kLimit, 3);
    QCOMPARE(ranks.examples.size(), std::size_t(4));
    QCOMPARE(ranks.examples[1].teacher, std::optional<int>(3));
    QCOMPARE(ranks.examples[2].teacher, std::nullopt);
    QCOMPARE(ranks.examples[3].student, std::nullopt);
    QVERIFY(ranks.teacher && ranks.student);
    QCOMPARE(ranks.teacher->examples, std::size_t(4));
    QCOMPARE(ranks.teacher->values, (std::vector<double>{25.0, 50.0, 75.0}));
    QCOMPARE(ranks.student->values, (std::vector<double>{50.0, 75.0, 75.0}));
    // Only "b" moved: in "a" both have it first, "c" has the student at 2.
    QVERIFY(!ranks.examples[0].studentMovedGoldToTop());
    QVERIFY(ranks.examples[1].studentMovedGoldToTop());
    QCOMPARE(ranks.studentMovedGoldToTop, std::size_t(1));

    // A gold beyond the limit is not claimed: with k limited to 2 the teacher's "b" has no rank.
    const PairGoldRanks limited = pairGoldRanks(pairRecord({"en", "en"}, 4), examples, 2);
    QCOMPARE(limited.examples[1].teacher, std::nullopt);
    QCOMPARE(limited.teacher->values, (std::vector<double>{25.0, 50.0}));

    const nlohmann::json json = toJson(ranks, true);
    QCOMPARE(json.at("k_limit"), 3);
    QCOMPARE(json.at("teacher").at("em_at_k"), nlohmann::json({25.0, 50.0, 75.0}));
    QVERIFY(json.at("examples").at(2).at("teacher_rank").is_null());
    QCOMPARE(json.at("examples").at(1).at("student_moved_gold_to_top"), true);
  }

  void aModelWithoutResultsHasNoCurve() {
    std::vector<ExampleRecord> examples = {{"a", {"Paris"}, std::nullopt, result({"Paris"})}};
    const PairGoldRanks ranks = pairGoldRanks(pairRecord({"en", "de"}, 1, "squad_v1.1"), examples, 5);
    QVERIFY(!ranks.teacher);
    QCOMPARE(ranks.student->values, (std::vector<double>(5, 100.0)));
    QVERIFY(!ranks.examples[0].studentMovedGoldToTop());  // no teacher to move it from
    QVERIFY(!toJson(ranks, false).contains("teacher"));
  }

  void theLimitComesFromTheManifest() {
    RunManifest manifest;
    QCOMPARE(keptSpansPerExample(manifest), std::nullopt);
    manifest.settings = {{"top_k", 5}, {"n_best", 20}};
    QCOMPARE(keptSpansPerExample(manifest), std::optional<int>(5));
    manifest.settings = {{"top_k", 10}, {"n_best", 3}};  // the decoder never returns more than n_best
    QCOMPARE(keptSpansPerExample(manifest), std::optional<int>(3));

    QTemporaryDir dir;
    manifest.pairs = {{"en", "en"}, {"en", "de"}};
    manifest.settings = {{"top_k", 2}, {"n_best", 20}};
    RunStore run = RunStore::create(dir.filePath("run").toStdString(), manifest);
    run.writePair(pairRecord({"en", "en"}, 1), {{"a", {"Paris"}, result({"x", "y", "Paris"}), std::nullopt}});
    const auto ranks = runGoldRanks(run);
    QCOMPARE(ranks.size(), std::size_t(1));
    QCOMPARE(ranks[0].kLimit, 2);
    QCOMPARE(ranks[0].examples[0].teacher, std::nullopt);  // stored third, beyond top_k
    QCOMPARE(runGoldRanks(run, LanguagePair{"en", "en"}).size(), std::size_t(1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runGoldRanks(run, LanguagePair{"en", "de"}));

    // The same from memory, as the app has the examples.
    const auto inMemory = runGoldRanks(run.manifest(), {run.readPair({"en", "en"})}, {run.readExamples({"en", "en"})});
    QCOMPARE(inMemory.size(), std::size_t(1));
    QCOMPARE(toJson(inMemory[0], true).dump(), toJson(ranks[0], true).dump());
  }

  void theMeanCurveAveragesPairsUnweighted() {
    // Pair 1: one example, gold first (100 at every k). Pair 2: two examples, gold second and
    // absent (0, 50, 50). The mean is per pair, as XLT / G-XLT: (100 + 0) / 2, (100 + 50) / 2.
    std::vector<PairGoldRanks> pairs = {pairGoldRanks(pairRecord({"en", "en"}, 1, "squad_v1.1"),
                                                      {{"a", {"Paris"}, result({"Paris"}), std::nullopt}}, 3),
                                        pairGoldRanks(pairRecord({"de", "de"}, 2, "squad_v1.1"),
                                                      {{"a", {"Paris"}, result({"x", "Paris"}), std::nullopt},
                                                       {"b", {"Paris"}, result({"x", "y"}), std::nullopt}},
                                                      3)};
    const std::optional<EmAtK> mean = meanEmAtK(pairs, ModelRole::Teacher);
    QVERIFY(mean);
    QCOMPARE(mean->values, (std::vector<double>{50.0, 75.0, 75.0}));
    QCOMPARE(mean->examples, std::size_t(3));
    const auto onlyGerman =
        meanEmAtK(pairs, ModelRole::Teacher, [](const LanguagePair& p) { return p.question == "de"; });
    QCOMPARE(onlyGerman->values, (std::vector<double>{0.0, 50.0, 50.0}));
    QVERIFY(!meanEmAtK(pairs, ModelRole::Student));
  }
};

QTEST_GUILESS_MAIN(TestGoldRank)
#include "tst_gold_rank.moc"
