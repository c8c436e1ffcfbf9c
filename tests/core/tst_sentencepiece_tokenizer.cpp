// SentencePiece parity with transformers 4.46.3's slow XLMRobertaTokenizer on the stand-in
// unigram and BPE models of ../shared/fixtures/hf-parity (README section 3): ids, tokens and
// sentencepiece's own offsets, plus the shim's loading and its errors. LibTorch is used in
// the same functions on purpose: libsentencepiece and LibTorch each carry protobuf, and the
// dlopen'ed shim is what lets both live in one process.
#include <ATen/ATen.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <fstream>

#include "core/io/json_file.h"
#include "core/text/sentencepiece_tokenizer.h"
#include "core/text/tokenizer.h"
#include "support/encoding_fixture.h"
#include "support/shared_data.h"

using namespace xlqa;
using nlohmann::json;

namespace {

const QString kRoot = QStringLiteral("fixtures/hf-parity/");
const char* kChildMode = "XLQA_SPM_TEST_CHILD";

// Something trivial from LibTorch, in the process that also runs sentencepiece.
void useLibTorch() {
  const at::Tensor ones = at::ones({2});
  QCOMPARE(ones.sum().item<float>(), 2.0f);
}

void writeBytes(const QString& path, const std::string& bytes) {
  std::ofstream out(path.toStdString(), std::ios::binary);
  out << bytes;
}

}  // namespace

class TestSentencePieceTokenizer : public QObject {
  Q_OBJECT
 private slots:
  void fixtures_data() {
    QTest::addColumn<QString>("folder");
    QTest::newRow("unigram") << QStringLiteral("tokenizer-xlmr-spm-unigram");
    QTest::newRow("bpe") << QStringLiteral("tokenizer-xlmr-spm-bpe");
  }

  void fixtures() {
    QFETCH(QString, folder);
    XLQA_REQUIRE_SHARED(kRoot + folder);
    const std::string dir = test::sharedPath(kRoot + folder);
    useLibTorch();
    const auto tokenizer = loadTokenizer(dir);
    QCOMPARE(tokenizer->kind(), std::string("sentencepiece"));
    QCOMPARE(tokenizer->vocabSize(), std::int64_t{8002});
    QCOMPARE(tokenizer->padId(), std::int64_t{1});
    useLibTorch();

    int failures = 0;
    const json samples = readJsonFile(dir + "/xquad_pairs.json").at("samples");
    QCOMPARE(samples.size(), std::size_t{180});
    for (const json& s : samples) {
      const std::string why = test::encodingDifference(
          tokenizer->encodePair(s.at("question").get<std::string>(), s.at("context").get<std::string>()), s);
      if (!why.empty() && ++failures <= 5) qWarning("%s: %s", s.at("id").get<std::string>().c_str(), why.c_str());
    }
    const json cases = readJsonFile(dir + "/edge_cases.json").at("cases");
    QCOMPARE(cases.size(), std::size_t{34});
    for (const json& c : cases) {
      const Encoding e = c.contains("text") ? tokenizer->encode(c.at("text").get<std::string>())
                                            : tokenizer->encodePair(c.at("question").get<std::string>(),
                                                                    c.at("context").get<std::string>());
      const std::string why = test::encodingDifference(e, c);
      if (!why.empty() && ++failures <= 10) qWarning("%s: %s", c.at("name").get<std::string>().c_str(), why.c_str());
    }
    QCOMPARE(failures, 0);

    // Held in a local: a range-for over .at() of a temporary would read a destroyed document.
    const json windows = readJsonFile(dir + "/qa_windows.json");
    for (const json& x : windows.at("examples")) {
      const std::string question = x.at("question"), context = x.at("context");
      QCOMPARE(tokenizer->encodePair(question, context).ids,
               x.at("full_untruncated").at("input_ids").get<std::vector<std::int64_t>>());
      const TokenizedText q = tokenizer->tokenize(question), c = tokenizer->tokenize(context);
      for (const json& w : x.at("windows")) {
        const std::string why = test::encodingDifference(
            tokenizer->assemblePair(q, c, w.at("context_token_start"), w.at("context_token_end")), w);
        QVERIFY2(why.empty(), why.c_str());
      }
    }
  }

  void modelFolderLoads() {
    XLQA_REQUIRE_SHARED(kRoot + "small-xlmr-qa-spm");
    const auto tokenizer = loadTokenizer(test::sharedPath(kRoot + "small-xlmr-qa-spm"));
    QCOMPARE(tokenizer->kind(), std::string("sentencepiece"));
    QCOMPARE(tokenizer->vocabSize(), std::int64_t{8002});
    const Encoding e = tokenizer->encodePair("Who?", "Paris is the <mask> of France.");
    QCOMPARE(e.tokens.front(), std::string("<s>"));
    QCOMPARE(e.tokens.back(), std::string("</s>"));
    QVERIFY(std::find(e.ids.begin(), e.ids.end(), std::int64_t{8001}) != e.ids.end());  // <mask>
    const auto& p = tokenizer->pairTemplate();
    QCOMPARE(p.middle, (std::vector<std::int64_t>{2, 2}));
    useLibTorch();
  }

  void modelProblemsAreClear() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string missing = dir.filePath("absent.model").toStdString();
    try {
      SentencePieceTokenizer tokenizer(missing);
      QFAIL("a missing model file was accepted");
    } catch (const FileError& e) {
      QCOMPARE(e.path(), missing);
    }
    writeBytes(dir.filePath("sentencepiece.bpe.model"), "this is not a sentencepiece model");
    try {
      loadTokenizer(dir.path().toStdString());
      QFAIL("a corrupt model file was accepted");
    } catch (const FileError& e) {
      QCOMPARE(e.path(), dir.filePath("sentencepiece.bpe.model").toStdString());
      QVERIFY2(std::string(e.what()).find("sentencepiece model") != std::string::npos, e.what());
    }
    useLibTorch();
  }

  // The shim is loaded once per process, so its failures are checked in a child process
  // (this binary again, running only this function with kChildMode set).
  void shimProblemsAreClear_data() {
    QTest::addColumn<QString>("mode");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("not a library") << QStringLiteral("corrupt");
  }

  void shimProblemsAreClear() {
    QFETCH(QString, mode);
    const QByteArray childMode = qgetenv(kChildMode);
    if (!childMode.isEmpty()) {
      if (childMode != mode.toUtf8()) return;
      const std::string shimPath = qgetenv("XLQA_SPM_SHIM").toStdString();
      try {
        SentencePieceTokenizer tokenizer("unused.model");
        QFAIL("the tokenizer loaded without its shim");
      } catch (const FileError& e) {
        QCOMPARE(e.path(), shimPath);
        const std::string what = e.what();
        QVERIFY2(
            what.find(mode == "missing" ? "XLQA_SPM_SHIM" : "cannot load the SentencePiece shim") != std::string::npos,
            e.what());
      }
      return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString shim = dir.filePath("absent/libxlqa_spm_shim.so");
    if (mode == "corrupt") {
      shim = dir.filePath("libxlqa_spm_shim.so");
      writeBytes(shim, "not an ELF file");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kChildMode, mode);
    env.insert("XLQA_SPM_SHIM", shim);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("shimProblemsAreClear")});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
  }
};

QTEST_GUILESS_MAIN(TestSentencePieceTokenizer)
#include "tst_sentencepiece_tokenizer.moc"
