// `xlqa predict`, `tokenize` and `logits` end to end on the hf-parity fixtures and XQuAD:
// predictions that `xlqa score` accepts, JSON equal to transformers' references, and clear
// errors (never a crash) for broken checkpoints.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/parallel_dataset.h"
#include "core/io/json_file.h"
#include "support/synthetic_parallel_qa.h"
#include "support/xlqa_process.h"

using nlohmann::json;

namespace {

QString parity(const QString& relative) {
  return QString::fromStdString(xlqa::test::sharedPath("fixtures/hf-parity/" + relative));
}
QString xquad(const QString& language) {
  return QString::fromStdString(xlqa::test::sharedPath("data/xquad/xquad." + language + ".json"));
}

void copyFile(const QString& from, const QString& to) {
  QFile::remove(to);
  QVERIFY2(QFile::copy(from, to), qPrintable(from));
  QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

}  // namespace

class TestCliPredict : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { XLQA_REQUIRE_SHARED("fixtures/hf-parity/small-xlmr-qa-spm"); }

  void predictThenScoreOnXquad() {
    QTemporaryDir dir;
    const QString out = dir.filePath("pred.json"), nbest = dir.filePath("nbest.json");
    xlqa::test::XlqaResult result = xlqa::test::runXlqa({"predict", "--model", parity("small-xlmr-qa-spm"), "--data",
                                                         xquad("en"), "--data", xquad("de"), "--pairs", "en-en,en-de",
                                                         "--out", out, "--nbest-out", nbest, "--device", "cpu"});
    QVERIFY2(result.status == QProcess::NormalExit && result.exitCode == 0, qPrintable(result.err));
    const json predictions = xlqa::readJsonFile(out.toStdString());
    QCOMPARE(predictions.size(), std::size_t(2));
    const auto dataset = xlqa::ParallelDataset::load({xquad("en").toStdString(), xquad("de").toStdString()});
    const auto pair = dataset.pair({"en", "de"});
    QCOMPARE(predictions.at("en-de").size(), pair.examples.size());
    for (const auto& example : pair.examples) {  // answers are cut from the German context
      const std::string answer = predictions.at("en-de").at(example.question->id);
      QVERIFY2(answer == "empty" || example.paragraph->context.find(answer) != std::string::npos, answer.c_str());
    }
    const json candidates = xlqa::readJsonFile(nbest.toStdString()).at("en-de");
    double total = 0;
    for (const auto& c : candidates.begin().value()) total += c.at("probability").get<double>();
    QVERIFY(std::abs(total - 1.0) < 1e-6);

    result = xlqa::test::runXlqa(
        {"score", "--data", xquad("en"), "--data", xquad("de"), "--predictions", out, "--format", "json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const json report = json::parse(result.out.toStdString());
    QCOMPARE(report.at("pairs").size(), std::size_t(2));
    QCOMPARE(report.at("pairs")[0].at("total").get<int>(), 1190);
  }

  // --out - writes what the file would hold to stdout and nothing else there; --format json
  // summarises what was written.
  void predictionsOnStdoutAndAJsonSummary() {
    QTemporaryDir dir;
    xlqa::test::writeSyntheticParallelQa(dir.filePath("data"), 6);
    const auto predict = [&](const QString& pairs, const QStringList& more) {
      return xlqa::test::runXlqa(QStringList{"predict", "--model", parity("small-xlmr-qa-spm"), "--data",
                                             dir.filePath("data"), "--pairs", pairs, "--device", "cpu"}
                                 << more);
    };
    const QString file = dir.filePath("en-en.json");
    const auto written = predict("en-en", {"--out", file, "--format", "json"});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const json summary = json::parse(written.out.toStdString());
    QCOMPARE(summary,
             json({{"out", file.toStdString()}, {"nbest_out", nullptr}, {"pairs", {{"en-en", 6}}}, {"examples", 6}}));

    const auto single = predict("en-en", {"--out", "-"});
    QVERIFY2(single.exitCode == 0, qPrintable(single.err));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(single.out.toUtf8(), saved.readAll());  // flat {id: answer}, as the file
    QVERIFY2(single.err.contains("wrote 6 predictions of 1 pair (en-en) to stdout"), qPrintable(single.err));

    const auto several = predict("en-en,de-de", {"--out", "-", "--quiet"});
    QVERIFY2(several.exitCode == 0, qPrintable(several.err));
    QCOMPARE(several.err, QString());
    const json byPair = json::parse(several.out.toStdString());  // one document, keyed by pair
    QCOMPARE(byPair.size(), std::size_t(2));
    QCOMPARE(byPair.at("en-en"), json::parse(single.out.toStdString()));
    QCOMPARE(byPair.at("de-de").size(), std::size_t(6));

    for (const QStringList& refused :
         {QStringList{"--out", "-", "--format", "json"}, QStringList{"--out", "-", "--nbest-out", "-"},
          QStringList{"--out", file, "--format", "xml"}}) {
      const auto result = predict("en-en", refused);
      QVERIFY2(result.exitCode == 2 && result.out.isEmpty(), qPrintable(refused.join(' ') + ": " + result.err));
    }
  }

  void tokenizeMatchesTransformers() {
    const json sample =
        xlqa::readJsonFile(parity("tokenizer-xlmr-spm-unigram/xquad_pairs.json").toStdString()).at("samples")[3];
    const xlqa::test::XlqaResult result = xlqa::test::runXlqa(
        {"tokenize", "--model", parity("tokenizer-xlmr-spm-unigram"), QString::fromStdString(sample.at("question")),
         QString::fromStdString(sample.at("context"))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const json got = json::parse(result.out.toStdString());
    QCOMPARE(got.at("input_ids"), sample.at("input_ids"));
    QCOMPARE(got.at("tokens"), sample.at("tokens"));
    QCOMPARE(got.at("offsets"), sample.at("offsets"));
    QVERIFY(!got.contains("token_type_ids"));  // XLM-R has none

    const xlqa::test::XlqaResult bert =
        xlqa::test::runXlqa({"tokenize", "--model", parity("tokenizer-mbert-cased"), "Wo liegt Paris?"});
    QVERIFY2(bert.exitCode == 0, qPrintable(bert.err));
    QVERIFY(json::parse(bert.out.toStdString()).contains("token_type_ids"));
  }

  void logitsMatchTransformers() {
    const json reference = xlqa::readJsonFile(parity("tiny-bert-qa/reference.json").toStdString());
    const json& item = reference.at("cases")[2];  // batch_pairs_right_padded
    QTemporaryDir dir;
    xlqa::writeFileAtomically(dir.filePath("inputs.json").toStdString(),
                              json{{"input_ids", item.at("input_ids")},
                                   {"attention_mask", item.at("attention_mask")},
                                   {"token_type_ids", item.at("token_type_ids")}}
                                  .dump());
    const xlqa::test::XlqaResult result =
        xlqa::test::runXlqa({"logits", "--model", parity("tiny-bert-qa"), "--inputs", dir.filePath("inputs.json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const json got = json::parse(result.out.toStdString());
    double worst = 0;
    for (const char* key : {"start_logits", "end_logits"})
      for (std::size_t b = 0; b < item.at(key).size(); ++b)
        for (std::size_t t = 0; t < item.at(key)[b].size(); ++t)
          worst = std::max(worst, std::abs(got.at(key)[b][t].get<double>() - item.at(key)[b][t].get<double>()));
    QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));
  }

  void brokenCheckpointsGiveClearErrors() {
    QTemporaryDir dir;
    const QString model = dir.filePath("model");
    QDir().mkpath(model);
    copyFile(parity("tiny-xlmr-qa/config.json"), model + "/config.json");
    QFile source(parity("tiny-xlmr-qa/model.safetensors"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile truncated(model + "/model.safetensors");
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(source.read(source.size() / 2));
    truncated.close();
    QTemporaryDir inputs;
    xlqa::writeFileAtomically(inputs.filePath("in.json").toStdString(), R"({"input_ids": [[0, 5, 2]]})");
    xlqa::test::XlqaResult result =
        xlqa::test::runXlqa({"logits", "--model", model, "--inputs", inputs.filePath("in.json")});
    QCOMPARE(result.status, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("model.safetensors"), qPrintable(result.err));

    copyFile(parity("tiny-xlmr-qa/model.safetensors"), model + "/model.safetensors");
    copyFile(parity("tiny-bert-qa/config.json"), model + "/config.json");  // the other family's config
    result = xlqa::test::runXlqa({"logits", "--model", model, "--inputs", inputs.filePath("in.json")});
    QCOMPARE(result.status, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("roberta.") && result.err.contains("bert."), qPrintable(result.err));

    result = xlqa::test::runXlqa(
        {"predict", "--model", dir.filePath("nowhere"), "--data", xquad("en"), "--out", dir.filePath("p.json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("nowhere"), qPrintable(result.err));

    result = xlqa::test::runXlqa(
        {"logits", "--model", parity("tiny-bert-qa"), "--inputs", inputs.filePath("in.json"), "--device", "cuda:0"});
    QCOMPARE(result.status, QProcess::NormalExit);
    QVERIFY(result.exitCode == 0 || result.err.contains("CUDA"));  // clear error on CPU builds, runs on CUDA ones
  }
};

QTEST_GUILESS_MAIN(TestCliPredict)
#include "tst_cli_predict.moc"
