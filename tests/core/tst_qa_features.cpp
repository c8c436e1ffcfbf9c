// QA windows against transformers: qa_windows.json of ../shared/fixtures/hf-parity holds the
// windows (max_length 384, stride 128, only_second truncation) of the longest XQuAD contexts
// for mBERT and two XLM-R tokenizers.
#include <QtTest>

#include "core/eval/qa_features.h"
#include "core/io/json_file.h"
#include "support/shared_data.h"

using namespace xlqa;
using nlohmann::json;

class TestQaFeatures : public QObject {
  Q_OBJECT
 private slots:
  void windowsMatchTransformers_data() {
    QTest::addColumn<QString>("folder");
    QTest::newRow("mbert") << "tokenizer-mbert-cased";
    QTest::newRow("xlmr unigram") << "tokenizer-xlmr-spm-unigram";
    QTest::newRow("xlmr bpe") << "tokenizer-xlmr-spm-bpe";
  }

  void windowsMatchTransformers() {
    QFETCH(QString, folder);
    XLQA_REQUIRE_SHARED("fixtures/hf-parity/" + folder + "/qa_windows.json");
    const std::string dir = test::sharedPath("fixtures/hf-parity/" + folder);
    const auto tokenizer = loadTokenizer(dir);
    const json fixture = readJsonFile(dir + "/qa_windows.json");
    const FeatureSettings settings{fixture.at("settings").at("max_length"), fixture.at("settings").at("stride"), 1000};
    int windows = 0;
    for (const auto& example : fixture.at("examples")) {
      const TokenizedText question = tokenizer->tokenize(example.at("question").get<std::string>());
      const TokenizedText context = tokenizer->tokenize(example.at("context").get<std::string>());
      QCOMPARE(context.ids.size(), example.at("num_context_tokens").get<std::size_t>());
      const auto features = buildFeatures(*tokenizer, question, context, settings, 7);
      const auto& expected = example.at("windows");
      QCOMPARE(features.size(), expected.size());
      for (std::size_t w = 0; w < features.size(); ++w) {
        const Encoding& got = features[w].encoding;
        const json& want = expected[w];
        const QByteArray where =
            QByteArray::fromStdString(example.at("lang").get<std::string>() + " window " + std::to_string(w));
        QCOMPARE(features[w].example, std::size_t(7));
        QVERIFY2(features[w].contextTokenBegin == want.at("context_token_start").get<std::size_t>(), where);
        QVERIFY2(features[w].contextTokenEnd == want.at("context_token_end").get<std::size_t>(), where);
        QVERIFY2(got.ids == want.at("input_ids").get<std::vector<std::int64_t>>(), where);
        if (want.contains("token_type_ids"))
          QVERIFY2(got.typeIds == want.at("token_type_ids").get<std::vector<std::int64_t>>(), where);
        for (std::size_t t = 0; t < got.ids.size(); ++t) {
          const json& sequence = want.at("sequence_ids")[t];
          QVERIFY2(got.sequenceIds[t] == (sequence.is_null() ? -1 : sequence.get<int>()), where);
          if (sequence.is_null() || sequence.get<int>() != 1) continue;  // context offsets drive the answers
          QVERIFY2(got.offsets[t].begin == want.at("offsets")[t][0].get<int>(), where);
          QVERIFY2(got.offsets[t].end == want.at("offsets")[t][1].get<int>(), where);
        }
        ++windows;
      }
    }
    QVERIFY(windows >= 10);
  }

  void questionIsTruncatedAndImpossibleWindowsAreRefused() {
    XLQA_REQUIRE_SHARED("fixtures/hf-parity/tokenizer-mbert-cased/vocab.txt");
    const auto tokenizer = loadTokenizer(test::sharedPath("fixtures/hf-parity/tokenizer-mbert-cased"));
    const TokenizedText question = tokenizer->tokenize("one two three four five six seven eight nine ten");
    QCOMPARE(truncateQuestion(question, 4).ids.size(), std::size_t(4));
    const TokenizedText context = tokenizer->tokenize("a b c d e f g h i j k l m n o p");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildFeatures(*tokenizer, question, context, {12, 2, 64}, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildFeatures(*tokenizer, question, context, {20, 8, 64}, 0));
    // 20 - 10 - 3 = 7 context tokens a window, a new one every 7 - 2 = 5 tokens, the last at the end.
    const auto features = buildFeatures(*tokenizer, question, context, {20, 2, 64}, 0);
    QCOMPARE(features.size(), std::size_t(3));
    QCOMPARE(features[2].contextTokenBegin, std::size_t(10));
    QCOMPARE(features[2].contextTokenEnd, std::size_t(16));
    const auto empty = buildFeatures(*tokenizer, question, tokenizer->tokenize(""), {20, 2, 64}, 0);
    QCOMPARE(empty.size(), std::size_t(1));
  }
};

QTEST_APPLESS_MAIN(TestQaFeatures)
#include "tst_qa_features.moc"
