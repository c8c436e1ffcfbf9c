// `xlqa eval` end to end: a run whose per-pair numbers equal `xlqa score` on its own prediction
// files, that survives kill -9 and resumes with no pair lost or duplicated, and `xlqa compare`.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include "core/io/json_file.h"
#include "support/xlqa_process.h"

using nlohmann::json;

namespace {

QString shared(const QString& relative) { return QString::fromStdString(xlqa::test::sharedPath(relative)); }

QStringList evalArguments(const QString& out) {
  return {"eval",
          "--teacher",
          shared("fixtures/hf-parity/small-xlmr-qa-spm"),
          "--student",
          shared("fixtures/hf-parity/small-xlmr-qa-spm"),
          "--data",
          shared("fixtures/metrics/datasets/xquad.en.subset.json"),
          "--data",
          shared("fixtures/metrics/datasets/xquad.de.subset.json"),
          "--data",
          shared("fixtures/metrics/datasets/xquad.zh.subset.json"),
          "--pairs",
          "all",
          "--out",
          out,
          "--device",
          "cpu"};
}

std::map<std::string, json> pairRecords(const QString& run) {
  std::map<std::string, json> records;
  for (const QString& file : QDir(run + "/pairs").entryList({"*.json"}, QDir::Files))
    records[file.toStdString()] = xlqa::readJsonFile((run + "/pairs/" + file).toStdString());
  return records;
}

}  // namespace

class TestCliEval : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    XLQA_REQUIRE_SHARED("fixtures/hf-parity/small-xlmr-qa-spm");
    XLQA_REQUIRE_SHARED("fixtures/metrics/datasets");
  }

  void killedRunResumesAndMatchesScore() {
    QTemporaryDir dir;
    const QString run = dir.filePath("run");
    QProcess process;
    process.start(xlqa::test::binPath("xlqa"), evalArguments(run));
    QVERIFY(process.waitForStarted());
    // Kill -9 once a pair is done but not all nine are.
    QTRY_VERIFY_WITH_TIMEOUT(QDir(run + "/pairs").entryList({"*.json"}, QDir::Files).size() >= 1, 300000);
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished();
    const auto before = pairRecords(run);
    QVERIFY2(before.size() < 9, "the run finished before it could be killed");
    QCOMPARE(xlqa::readJsonFile((run + "/manifest.json").toStdString()).at("status"), "running");

    const auto refused = xlqa::test::runXlqa(evalArguments(run));  // no --resume: refused, nothing lost
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("resume"), qPrintable(refused.err));

    const auto resumed = xlqa::test::runXlqa(evalArguments(run) << "--resume");
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QVERIFY(resumed.out.contains("G-XLT"));
    const auto after = pairRecords(run);
    QCOMPARE(after.size(), std::size_t(9));
    for (const auto& [file, record] : before) QCOMPARE(after.at(file), record);  // kept, not redone
    QCOMPARE(xlqa::readJsonFile((run + "/manifest.json").toStdString()).at("status"), "complete");
    for (const QString& file : QDir(run + "/pairs").entryList({"*.jsonl"}, QDir::Files)) {
      QFile lines(run + "/pairs/" + file);
      QVERIFY(lines.open(QIODevice::ReadOnly));
      QCOMPARE(lines.readAll().count('\n'), 253);  // no example lost or duplicated
    }

    const auto scored =
        xlqa::test::runXlqa({"score", "--data", shared("fixtures/metrics/datasets/xquad.en.subset.json"), "--data",
                             shared("fixtures/metrics/datasets/xquad.de.subset.json"), "--data",
                             shared("fixtures/metrics/datasets/xquad.zh.subset.json"), "--predictions",
                             run + "/predictions/student", "--format", "json"});
    QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
    const json report = json::parse(scored.out.toStdString());
    QCOMPARE(report.at("pairs").size(), std::size_t(9));
    for (const auto& pair : report.at("pairs")) {
      const json& record =
          after.at(pair.at("question").get<std::string>() + "-" + pair.at("context").get<std::string>() + ".json");
      QCOMPARE(pair.at("f1").get<double>(), record.at("student").at("f1").get<double>());
      QCOMPARE(pair.at("exact_match").get<double>(), record.at("student").at("exact_match").get<double>());
    }

    const auto compared = xlqa::test::runXlqa({"compare", run});
    QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
    QVERIFY(compared.out.contains("G-XLT"));
    const auto csv = xlqa::test::runXlqa({"compare", run, "--format", "csv"});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.contains("de"));
  }

  void resumeWithOtherSettingsIsRefused() {
    QTemporaryDir dir;
    const QString run = dir.filePath("run");
    QStringList arguments = evalArguments(run);
    arguments.replace(arguments.indexOf("all"), "en-en");
    const auto first = xlqa::test::runXlqa(QStringList(arguments) << "--format"
                                                                  << "json");
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // --format json: the run and each model's averages, here those of its one pair.
    const json summary = json::parse(first.out.toStdString());
    const json record = xlqa::readJsonFile((run + "/pairs/en-en.json").toStdString());
    QCOMPARE(QFileInfo(QString::fromStdString(summary.at("run"))), QFileInfo(run));
    QCOMPARE(summary.at("pairs_done"), 1);
    QCOMPARE(summary.at("pairs_total"), 1);
    QCOMPARE(summary.at("complete"), true);
    QCOMPARE(summary.at("cancelled"), false);
    for (const char* role : {"teacher", "student"}) {
      const json& model = summary.at("models").at(role);
      QCOMPARE(model.at("xlt_f1").get<double>(), record.at(role).at("f1").get<double>());
      QCOMPARE(model.at("gxlt_f1").get<double>(), record.at(role).at("f1").get<double>());
      QVERIFY(model.at("off_diagonal_f1").is_null());
    }
    const auto refused = xlqa::test::runXlqa(arguments << "--resume"
                                                       << "--max-answer-length"
                                                       << "10");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("cannot resume"), qPrintable(refused.err));
    QVERIFY(xlqa::test::runXlqa({"compare", dir.filePath("missing")}).err.contains("missing"));
  }
};

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_cli_eval.moc"
