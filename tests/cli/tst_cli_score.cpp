// `xlqa score` end to end: the 144-pair fixture matrix equals the official scripts' numbers,
// and malformed inputs give clear errors with a non-zero exit, never a crash.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/json_file.h"
#include "support/xlqa_process.h"

using nlohmann::json;

namespace {

QString metrics(const QString& relative) {
  return QString::fromStdString(xlqa::test::sharedPath("fixtures/metrics/" + relative));
}

QStringList subsetData() {
  QStringList arguments;
  for (const char* language : {"ar", "de", "el", "en", "es", "hi", "ro", "ru", "th", "tr", "vi", "zh"})
    arguments << "--data" << metrics(QStringLiteral("datasets/xquad.%1.subset.json").arg(language));
  return arguments;
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(bytes);
}

}  // namespace

class TestCliScore : public QObject {
  Q_OBJECT
 private slots:
  void matrixMatchesOfficialScripts_data() {
    QTest::addColumn<QString>("metric");
    QTest::newRow("mlqa") << "mlqa";
    QTest::newRow("squad") << "squad";
  }

  void matrixMatchesOfficialScripts() {
    XLQA_REQUIRE_SHARED("fixtures/metrics/expected/aggregate_summary.json");
    QFETCH(QString, metric);
    const xlqa::test::XlqaResult result = xlqa::test::runXlqa(
        QStringList{"score"} << subsetData() << "--predictions" << metrics("predictions/pairs") << "--pairs"
                             << "all"
                             << "--metric" << metric << "--format"
                             << "json");
    QVERIFY2(result.status == QProcess::NormalExit && result.exitCode == 0, qPrintable(result.err));
    const json report = json::parse(result.out.toStdString());
    const json expected = xlqa::readJsonFile(metrics("expected/aggregate_summary.json").toStdString()).at("pairs");
    QCOMPARE(report.at("pairs").size(), std::size_t(144));
    double xlt = 0, gxlt = 0, off = 0;
    for (const auto& pair : report.at("pairs")) {
      const std::string q = pair.at("question"), c = pair.at("context"), rules = pair.at("rules");
      const json& want = expected.at("q-" + q + "_c-" + c).at(rules);
      QCOMPARE(pair.at("f1").get<double>(), want.at("f1").get<double>());
      QCOMPARE(pair.at("exact_match").get<double>(), want.at("exact_match").get<double>());
      QCOMPARE(pair.at("total").get<int>(), 253);
      const double f1 = want.at("f1");
      gxlt += f1;
      (q == c ? xlt : off) += f1;
    }
    const json& averages = report.at("averages");
    QVERIFY(std::abs(averages.at("xlt").at("f1").get<double>() - xlt / 12) < 1e-9);
    QVERIFY(std::abs(averages.at("gxlt").at("f1").get<double>() - gxlt / 144) < 1e-9);
    QVERIFY(std::abs(averages.at("off_diagonal").at("f1").get<double>() - off / 132) < 1e-9);
    if (metric == "mlqa") QVERIFY(report.at("notes").dump().find("el ro ru th tr") != std::string::npos);
  }

  void textReportShowsMatrixAndAverages() {
    XLQA_REQUIRE_SHARED("fixtures/metrics/predictions/pairs");
    const xlqa::test::XlqaResult result =
        xlqa::test::runXlqa(QStringList{"score"} << subsetData() << "--predictions" << metrics("predictions/pairs"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("XLT"));
    QVERIFY(result.out.contains("G-XLT"));
    QVERIFY(result.out.contains("mlqa_v1_adapted"));
  }

  void malformedInputsGiveClearErrors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    const QByteArray valid =
        R"({"version":"1.1","data":[{"title":"t","paragraphs":[{"context":"Paris is big.","qas":[{"id":"q1","question":"Where?","answers":[{"text":"Paris","answer_start":0}]}]}]}]})";
    QTest::newRow("truncated JSON") << valid.left(valid.size() / 2) << "xquad.en.json"
                                    << "xquad.en.json";
    QTest::newRow("empty file") << QByteArray() << "xquad.en.json"
                                << "empty";
    QTest::newRow("wrong types") << QByteArray(valid).replace("\"answers\":[", "\"answers\":\"oops\",\"x\":[")
                                 << "xquad.en.json"
                                 << "answers";
    QTest::newRow("unknown language code") << valid << "xquad.xx.json"
                                           << "xx";
    QTest::newRow("not UTF-8") << QByteArray(valid).replace("Paris is", "Par\xFFis is") << "xquad.en.json"
                               << "UTF-8";
  }

  void malformedInputsGiveClearErrors() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    writeFile(dir.filePath(fileName), bytes);
    writeFile(dir.filePath("pred.json"), R"({"q1": "Paris"})");
    const xlqa::test::XlqaResult result =
        xlqa::test::runXlqa({"score", "--data", dir.filePath(fileName), "--predictions", dir.filePath("pred.json")});
    QCOMPARE(result.status, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
  }

  void predictionsAreValidated() {
    QTemporaryDir dir;
    writeFile(
        dir.filePath("xquad.en.json"),
        R"({"data":[{"title":"t","paragraphs":[{"context":"Paris is big.","qas":[{"id":"q1","question":"Where?","answers":[{"text":"Paris","answer_start":0}]}]}]}]})");
    writeFile(dir.filePath("null.json"), R"({"q1": null})");
    xlqa::test::XlqaResult result = xlqa::test::runXlqa(
        {"score", "--data", dir.filePath("xquad.en.json"), "--predictions", dir.filePath("null.json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("q1") && result.err.contains("string"), qPrintable(result.err));

    writeFile(dir.filePath("ok.json"), R"({"q1": "the Paris"})");
    result = xlqa::test::runXlqa({"score", "--data", dir.filePath("xquad.en.json"), "--predictions",
                                  dir.filePath("ok.json"), "--format", "json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const json report = json::parse(result.out.toStdString());
    QCOMPARE(report.at("pairs")[0].at("exact_match").get<double>(), 100.0);
  }

  void usageErrorsAndHelp() {
    QCOMPARE(xlqa::test::runXlqa({"score", "--predictions", "p.json"}).exitCode, 2);
    QCOMPARE(xlqa::test::runXlqa({"score", "--bogus"}).exitCode, 2);
    QCOMPARE(xlqa::test::runXlqa({"nonsense"}).exitCode, 2);
    for (const char* command : {"score", "doctor", "bench"}) {
      const xlqa::test::XlqaResult help = xlqa::test::runXlqa({QString::fromLatin1(command), "--help"});
      QCOMPARE(help.exitCode, 0);
      QVERIFY(help.out.contains("Usage"));
    }
  }

  void versionReportsBlasThreadsAndDevices() {
    const xlqa::test::XlqaResult result = xlqa::test::runXlqa({"--version"});
    QCOMPARE(result.exitCode, 0);
    for (const char* field : {"LibTorch", "BLAS", "threads", "devices", "cpu"})
      QVERIFY2(result.out.contains(field), field);
  }
};

QTEST_GUILESS_MAIN(TestCliScore)
#include "tst_cli_score.moc"
