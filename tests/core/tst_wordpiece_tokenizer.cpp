// WordPiece parity with transformers 4.46.3's slow BertTokenizer on the mBERT fixtures of
// ../shared/fixtures/hf-parity/tokenizer-mbert-cased (README section 2): ids, token types,
// tokens and the derived code point offsets of every record.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>

#include "core/io/json_file.h"
#include "core/text/tokenizer.h"
#include "core/text/wordpiece_tokenizer.h"
#include "support/encoding_fixture.h"
#include "support/shared_data.h"

using namespace xlqa;
using nlohmann::json;

namespace {

const QString kFolder = QStringLiteral("fixtures/hf-parity/tokenizer-mbert-cased");

std::string folder() { return test::sharedPath(kFolder); }

void writeText(const QString& path, const std::string& text) {
  std::ofstream out(path.toStdString(), std::ios::binary);
  out << text;
}

}  // namespace

class TestWordPieceTokenizer : public QObject {
  Q_OBJECT
 private slots:
  void xquadPairsMatchTransformers() {
    XLQA_REQUIRE_SHARED(kFolder);
    const auto tokenizer = loadTokenizer(folder());
    QCOMPARE(tokenizer->kind(), std::string("wordpiece"));
    QCOMPARE(tokenizer->vocabSize(), std::int64_t{119547});
    QCOMPARE(tokenizer->padId(), std::int64_t{0});
    const json samples = readJsonFile(folder() + "/xquad_pairs.json").at("samples");
    QCOMPARE(samples.size(), std::size_t{180});
    int failures = 0;
    for (const json& s : samples) {
      const std::string why = test::encodingDifference(
          tokenizer->encodePair(s.at("question").get<std::string>(), s.at("context").get<std::string>()), s);
      if (why.empty()) continue;
      if (++failures <= 5)
        qWarning("%s (%s): %s", s.at("id").get<std::string>().c_str(), s.at("lang").get<std::string>().c_str(),
                 why.c_str());
    }
    QCOMPARE(failures, 0);
  }

  void edgeCasesMatchTransformers() {
    XLQA_REQUIRE_SHARED(kFolder);
    const auto tokenizer = loadTokenizer(folder());
    const json cases = readJsonFile(folder() + "/edge_cases.json").at("cases");
    QCOMPARE(cases.size(), std::size_t{32});
    int failures = 0;
    for (const json& c : cases) {
      const Encoding e = c.contains("text") ? tokenizer->encode(c.at("text").get<std::string>())
                                            : tokenizer->encodePair(c.at("question").get<std::string>(),
                                                                    c.at("context").get<std::string>());
      const std::string why = test::encodingDifference(e, c);
      if (why.empty()) continue;
      ++failures;
      qWarning("%s: %s", c.at("name").get<std::string>().c_str(), why.c_str());
    }
    QCOMPARE(failures, 0);
  }

  void qaWindowsAssembleFromTokenizedTexts() {
    XLQA_REQUIRE_SHARED(kFolder);
    const auto tokenizer = loadTokenizer(folder());
    const json examples = readJsonFile(folder() + "/qa_windows.json").at("examples");
    QVERIFY(!examples.empty());
    for (const json& x : examples) {
      const std::string question = x.at("question"), context = x.at("context");
      const Encoding full = tokenizer->encodePair(question, context);
      QCOMPARE(full.ids, x.at("full_untruncated").at("input_ids").get<std::vector<std::int64_t>>());
      QCOMPARE(full.typeIds, x.at("full_untruncated").at("token_type_ids").get<std::vector<std::int64_t>>());
      const TokenizedText q = tokenizer->tokenize(question), c = tokenizer->tokenize(context);
      for (const json& w : x.at("windows")) {
        const Encoding e = tokenizer->assemblePair(q, c, w.at("context_token_start"), w.at("context_token_end"));
        const std::string why = test::encodingDifference(e, w);
        QVERIFY2(why.empty(), why.c_str());
      }
    }
  }

  void templateAndSequenceIds() {
    XLQA_REQUIRE_SHARED(kFolder);
    const auto tokenizer = loadTokenizer(folder());
    const Encoding single = tokenizer->encode("Hello");
    QCOMPARE(single.tokens, (std::vector<std::string>{"[CLS]", "Hello", "[SEP]"}));
    QCOMPARE(single.sequenceIds, (std::vector<std::int8_t>{-1, 0, -1}));
    const Encoding pair = tokenizer->encodePair("a", "b c");
    QCOMPARE(pair.ids.size(), std::size_t{6});
    QCOMPARE(pair.typeIds, (std::vector<std::int64_t>{0, 0, 0, 1, 1, 1}));
    QCOMPARE(pair.sequenceIds, (std::vector<std::int8_t>{-1, 0, -1, 1, 1, -1}));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range,
                             tokenizer->assemblePair(tokenizer->tokenize("a"), tokenizer->tokenize("b"), 0, 2));
  }

  // do_lower_case from tokenizer_config.json: per-character lower-casing, NFD and Mn removal
  // (the uncased BERT pipeline), offsets still into the original text.
  void lowerCaseVocabulary() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeText(dir.filePath("vocab.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nhello\nworld\nistanbul\n##s\n,\n");
    writeText(dir.filePath("tokenizer_config.json"), R"({"do_lower_case": true, "tokenizer_class": "BertTokenizer"})");
    const auto tokenizer = loadTokenizer(dir.path().toStdString());
    const TokenizedText t = tokenizer->tokenize("HELLO, W\u00D6RLDs [MASK] \u0130stanbul");
    QCOMPARE(test::joinTokens(t.tokens), std::string("hello , world ##s [MASK] istanbul"));
    QCOMPARE(t.offsets[2].begin, 7);
    QCOMPARE(t.offsets[2].end, 12);
    QCOMPARE(t.offsets[5].begin, 21);
    QCOMPARE(t.offsets[5].end, 29);
  }

  void vocabularyProblemsAreClear() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeText(dir.filePath("vocab.txt"), "[PAD]\n[CLS]\n[SEP]\n[MASK]\nhello\n");
    try {
      loadTokenizer(dir.path().toStdString());
      QFAIL("a vocabulary without [UNK] was accepted");
    } catch (const FileError& e) {
      QVERIFY2(std::string(e.what()).find("[UNK]") != std::string::npos, e.what());
      QVERIFY(e.path().find("vocab.txt") != std::string::npos);
    }
  }

  void missingTokenizerNamesFolderAndFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    try {
      loadTokenizer(dir.path().toStdString());
      QFAIL("an empty folder gave a tokenizer");
    } catch (const FileError& e) {
      const std::string what = e.what();
      QCOMPARE(e.path(), dir.path().toStdString());
      QVERIFY2(what.find("vocab.txt") != std::string::npos && what.find("sentencepiece.bpe.model") != std::string::npos,
               e.what());
    }
    QVERIFY_THROWS_EXCEPTION(FileError, loadTokenizer(dir.filePath("absent").toStdString()));
  }
};

QTEST_APPLESS_MAIN(TestWordPieceTokenizer)
#include "tst_wordpiece_tokenizer.moc"
