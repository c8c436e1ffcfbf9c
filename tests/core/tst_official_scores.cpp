// Score parity with the official SQuAD v1.1 and MLQA scripts, bit for bit: every example of
// ../shared/fixtures/metrics/expected/per_example, every command-line run in runs.json, and
// the 144 language pairs through the parallel dataset.
#include <QtTest>

#include "core/data/parallel_dataset.h"
#include "core/data/squad_file.h"
#include "core/eval/official_scores.h"
#include "core/eval/predictions.h"
#include "core/eval/score_matrix.h"
#include "core/io/json_file.h"
#include "support/shared_data.h"

using namespace xlqa;
using nlohmann::json;

namespace {

const QString kMetrics = QStringLiteral("fixtures/metrics");

std::string metricsPath(const std::string& relative) {
  return test::sharedPath(kMetrics + "/" + QString::fromStdString(relative));
}

std::vector<std::string> normsOf(const AnswerNormalizer& normalizer, const json& golds) {
  std::vector<std::string> norms;
  for (const auto& gold : golds) norms.push_back(normalizer.normalize(gold.get<std::string>()));
  return norms;
}

// Scores a dataset file in file order, as the scripts' evaluate() does.
ScoreTotals scoreFile(const SquadFile& file, const Predictions& predictions, const OfficialScorer& scorer) {
  ScoreTotals totals;
  for (const Question& question : file.questions) {
    ExampleScore score;
    if (auto it = predictions.find(question.id); it != predictions.end()) {
      std::vector<std::string_view> golds;
      for (const auto& answer : question.answers) golds.push_back(answer.text);
      score = scorer.score(it->second, golds);
    }
    totals.add(score);
  }
  return totals;
}

}  // namespace

class TestOfficialScores : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { XLQA_REQUIRE_SHARED(kMetrics + "/expected/runs.json"); }

  void f1UsesTheScriptsOrderOfOperations() {
    // 3 shared tokens, 3 predicted, 5 gold: (2*p*r)/(p+r) = 0.7499999999999999, not 0.75.
    const std::vector<Token> pred{U"a", U"b", U"c"}, gold{U"a", U"b", U"c", U"d", U"e"};
    QCOMPARE(f1Score(pred, gold), 0.7499999999999999);
    QCOMPARE(f1Score({}, {}), 0.0);
    QCOMPARE(f1Score({U"x", U"x"}, {U"x"}), (2 * 0.5 * 1.0) / 1.5);  // multiset intersection
  }

  void everyExampleMatchesTheScripts() {
    const json index = readJsonFile(metricsPath("expected/per_example/index.json"));
    int examples = 0;
    for (const auto& entry : index.at("per_example_files")) {
      const json expected = readJsonFile(metricsPath(entry.at("file")));
      const SquadFile dataset = loadSquadFile(metricsPath(expected.at("dataset")));
      const std::string language = expected.at("context_lang");
      const auto& rows = expected.at("examples");
      QCOMPARE(dataset.questions.size(), rows.size());
      for (const std::string script : expected.at("scripts")) {
        const OfficialScorer scorer(rulesFromId(script), language);
        for (std::size_t i = 0; i < rows.size(); ++i) {
          const json& row = rows[i];
          const Question& question = dataset.questions[i];
          QCOMPARE(question.id, row.at("qid").get<std::string>());
          const json& want = row.at(script);
          const QByteArray where =
              QByteArray::fromStdString(entry.at("file").get<std::string>() + " " + script + " " + question.id);
          if (row.at("prediction").is_null()) {
            QVERIFY2(want.at("em") == 0 && want.at("f1") == 0, where);
            continue;
          }
          std::vector<std::string_view> golds;
          for (const auto& answer : question.answers) golds.push_back(answer.text);
          const ExampleScore got = scorer.score(row.at("prediction").get<std::string>(), golds);
          QVERIFY2(got.exactMatch == want.at("em").get<int>(), where);
          QVERIFY2(got.f1 == want.at("f1").get<double>(), where);  // bit for bit
          QVERIFY2(scorer.normalizer().normalize(row.at("prediction").get<std::string>()) ==
                       want.at("pred_norm").get<std::string>(),
                   where);
          QVERIFY2(normsOf(scorer.normalizer(), row.at("gold_answers")) ==
                       want.at("gold_norms").get<std::vector<std::string>>(),
                   where);
          if (want.contains("per_gold")) {
            for (std::size_t g = 0; g < golds.size(); ++g) {
              const ExampleScore single = scorer.score(row.at("prediction").get<std::string>(), {golds[g]});
              QVERIFY2(single.exactMatch == want.at("per_gold")[g][0].get<int>(), where);
              QVERIFY2(single.f1 == want.at("per_gold")[g][1].get<double>(), where);
            }
          }
          ++examples;
        }
      }
    }
    QVERIFY(examples > 9000);
  }

  void everyCommandLineRunMatchesTheScripts() {
    const json runs = readJsonFile(metricsPath("expected/runs.json")).at("runs");
    int succeeded = 0, refused = 0;
    for (const auto& run : runs) {
      const QByteArray id = QByteArray::fromStdString(run.at("id").get<std::string>());
      const ScoringRules rules = rulesFromId(run.at("script").get<std::string>());
      const std::string language = run.at("context_lang");
      if (run.at("exit_code") != 0) {  // the canonical MLQA script rejects the language
        QVERIFY2(rules == ScoringRules::MlqaV1, id);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OfficialScorer(rules, language));
        ++refused;
        continue;
      }
      const SquadFile dataset = loadSquadFile(metricsPath(run.at("dataset")));
      const Predictions predictions =
          parsePredictions(readFileBytes(metricsPath(run.at("predictions"))), run.at("predictions"));
      const ScoreTotals totals = scoreFile(dataset, predictions, OfficialScorer(rules, language));
      QVERIFY2(totals.total == run.at("total").get<std::size_t>(), id);
      QVERIFY2(totals.answered == run.at("answered").get<std::size_t>(), id);
      QVERIFY2(totals.exactMatchSum == run.at("em_sum").get<std::int64_t>(), id);
      QVERIFY2(totals.f1Sum == run.at("f1_sum").get<double>(), id);
      QVERIFY2(totals.exactMatch() == run.at("exact_match").get<double>(), id);
      QVERIFY2(totals.f1() == run.at("f1").get<double>(), id);
      ++succeeded;
    }
    QCOMPARE(succeeded + refused, int(runs.size()));
    QVERIFY(refused > 0);
  }

  void all144PairsMatchThroughTheParallelDataset() {
    std::vector<std::string> files;
    for (const char* language : {"ar", "de", "el", "en", "es", "hi", "ro", "ru", "th", "tr", "vi", "zh"})
      files.push_back(metricsPath(std::string("datasets/xquad.") + language + ".subset.json"));
    const ParallelDataset dataset = ParallelDataset::load(files);
    const PredictionSet predictions = PredictionSet::load(metricsPath("predictions/pairs"));
    const json expected = readJsonFile(metricsPath("expected/aggregate_summary.json")).at("pairs");
    QCOMPARE(dataset.availablePairs().size(), std::size_t(144));
    int compared = 0;
    for (const Metric metric : {Metric::Squad, Metric::Mlqa}) {
      for (const LanguagePair& pair : dataset.availablePairs()) {
        const PairScore score = scorePair(dataset.pair(pair), *predictions.forPair(pair), metric);
        const json& want =
            expected.at("q-" + pair.question + "_c-" + pair.context).at(std::string(rulesId(score.rules)));
        const QByteArray id = QByteArray::fromStdString(pair.key() + " " + std::string(rulesId(score.rules)));
        QVERIFY2(score.totals.exactMatch() == want.at("exact_match").get<double>(), id);
        QVERIFY2(score.totals.f1() == want.at("f1").get<double>(), id);
        ++compared;
      }
    }
    QCOMPARE(compared, 288);
  }

  void emptyGoldListIsAClearErrorNotACrash() {
    const OfficialScorer scorer(ScoringRules::SquadV11, "en");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scorer.score("x", {}));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, ScoreTotals{}.f1());
  }
};

QTEST_APPLESS_MAIN(TestOfficialScores)
#include "tst_official_scores.moc"
