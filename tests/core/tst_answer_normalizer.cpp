// normalize_answer() parity: the 1020 (language, text) cases whose outputs the official
// scripts produced, in ../shared/fixtures/metrics/expected/normalization.json.
#include <QtTest>

#include "core/eval/answer_normalizer.h"
#include "core/io/json_file.h"
#include "support/shared_data.h"

using namespace xlqa;

class TestAnswerNormalizer : public QObject {
  Q_OBJECT
 private slots:
  void matchesOfficialScriptsOnEveryFixtureCase() {
    XLQA_REQUIRE_SHARED("fixtures/metrics/expected/normalization.json");
    const auto fixture = readJsonFile(test::sharedPath("fixtures/metrics/expected/normalization.json"));
    int compared = 0, refusals = 0;
    QStringList failures;
    for (const auto& item : fixture.at("cases")) {
      const std::string language = item.at("lang"), text = item.at("text");
      for (const auto& [script, expected] : item.items()) {
        if (script == "lang" || script == "text") continue;
        const ScoringRules rules = rulesFromId(script);
        if (expected.is_object()) {  // the script raised, e.g. "Unknown Language el"
          QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AnswerNormalizer(rules, language));
          ++refusals;
          continue;
        }
        const std::string actual = AnswerNormalizer(rules, language).normalize(text);
        if (actual != expected.get<std::string>())
          failures << QString::fromStdString(script + " " + language + " [" + text + "] -> [" + actual +
                                             "], expected [" + expected.get<std::string>() + "]");
        ++compared;
      }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join('\n')));
    QCOMPARE(compared, 1020 + 616 + 404);
    QCOMPARE(refusals, 404);
  }

  void articlesOnlyMatchWholeWords() {
    const AnswerNormalizer en(ScoringRules::MlqaV1, "en");
    QCOMPARE(en.normalize("the theater, another"), std::string("theater another"));
    QCOMPARE(en.normalize("a\u0301"), std::string("\u0301"));  // a combining mark is no word character
    QCOMPARE(en.normalize("a1 \u00E9a"), std::string("a1 \u00E9a"));
    const AnswerNormalizer ar(ScoringRules::MlqaV1, "ar");
    QCOMPARE(ar.normalize("\u0645\u0627\u0644\u0643"), std::string("\u0645 \u0643"));  // مالك -> م ك
  }

  void chineseMixedSegmentationSplitsOnlyTheBasicBlock() {
    const AnswerNormalizer zh(ScoringRules::MlqaV1, "zh");
    QCOMPARE(zh.normalize("2008\u5E74\u5317\u4EAC"), std::string("2008 \u5E74 \u5317 \u4EAC"));
    QCOMPARE(zh.normalize("iPhone\u624B\u673A"), std::string("iphone \u624B \u673A"));
    QCOMPARE(zh.normalize("\u3400\u3401"), std::string("\u3400\u3401"));  // Extension A stays one run
  }

  void rulesFollowTheContextLanguage() {
    QCOMPARE(rulesFor(Metric::Mlqa, "de"), ScoringRules::MlqaV1);
    QCOMPARE(rulesFor(Metric::Mlqa, "th"), ScoringRules::MlqaV1Adapted);
    QCOMPARE(rulesFor(Metric::Squad, "th"), ScoringRules::SquadV11);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseMetric("bleu"));
  }
};

QTEST_APPLESS_MAIN(TestAnswerNormalizer)
#include "tst_answer_normalizer.moc"
