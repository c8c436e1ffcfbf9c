// Sharded evaluation with real processes: two shards at the same time into one run folder, and
// two shards into folders of their own joined by `xlqa run merge`, both give every pair's example
// results byte for byte as one process does; `xlqa run check` tells a partial run from a complete
// one; a merge of runs of different models is refused naming what differs; a shard started again
// takes over its own abandoned claim; Ctrl-C stops a shard with exit status 130.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include "core/io/json_file.h"
#include "support/shared_data.h"
#include "support/xlqa_process.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");

QString shared(const QString& relative) { return QString::fromStdString(test::sharedPath(relative)); }

QStringList evalArguments(const QString& out, bool withStudent = true) {
  QStringList arguments = {"eval", "--teacher", shared(kModel)};
  if (withStudent) arguments << "--student" << shared(kModel);
  return arguments << "--data" << shared("data/xquad/xquad.en.json") << "--data" << shared("data/xquad/xquad.de.json")
                   << "--out" << out << "--device"
                   << "cpu"
                   << "--max-examples-per-pair"
                   << "8";
}

QByteArray fileBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every pair's examples file of `run` equals the reference run's, byte for byte.
void sameExamples(const QString& reference, const QString& run) {
  const QStringList files = QDir(reference + "/pairs").entryList({"*.examples.jsonl"}, QDir::Files);
  QCOMPARE(files.size(), 4);
  for (const QString& file : files)
    QVERIFY2(fileBytes(reference + "/pairs/" + file) == fileBytes(run + "/pairs/" + file), qPrintable(file));
}

}  // namespace

class TestCliShards : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString single_;

 private slots:
  void initTestCase() {
    XLQA_REQUIRE_SHARED(kModel);
    XLQA_REQUIRE_SHARED("data/xquad/xquad.de.json");
    single_ = dir_.filePath("single");
    const auto result = test::runXlqa(evalArguments(single_));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
  }

  void twoShardsAtOnceIntoOneFolder() {
    const QString run = dir_.filePath("shared");
    QProcess first, second;
    first.start(test::binPath("xlqa"), evalArguments(run) << "--shard"
                                                          << "0/2");
    // The second learns its place from torchrun's variables, as under torchrun.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("RANK", "1"), environment.insert("WORLD_SIZE", "2"), environment.insert("LOCAL_RANK", "1");
    second.setProcessEnvironment(environment);
    second.start(test::binPath("xlqa"), evalArguments(run));
    QVERIFY(first.waitForFinished(600000) && second.waitForFinished(600000));
    const QString firstSaid = QString::fromUtf8(first.readAllStandardError());
    const QString secondSaid = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(first.exitCode() == 0, qPrintable(firstSaid));
    QVERIFY2(second.exitCode() == 0, qPrintable(secondSaid));
    QVERIFY2(secondSaid.contains("rank 1 of 2 (local rank 1, from torchrun)"), qPrintable(secondSaid));
    sameExamples(single_, run);
    const auto check = test::runXlqa({"run", "check", run});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains("4 of 4 pairs finished, complete"));
    QCOMPARE(readJsonFile((run + "/manifest.json").toStdString()).at("status"), "complete");
    QVERIFY(QDir(run + "/pairs").entryList({"*.claim"}, QDir::Files).isEmpty());  // released as pairs finish
  }

  void shardsInTheirOwnFoldersMerge() {
    const QString a = dir_.filePath("a"), b = dir_.filePath("b"), merged = dir_.filePath("merged");
    QCOMPARE(test::runXlqa(evalArguments(a) << "--shard"
                                            << "0/2")
                 .exitCode,
             0);
    const auto partial = test::runXlqa({"run", "check", a, "--format", "json"});
    QCOMPARE(partial.exitCode, 3);  // readable, not complete
    const nlohmann::json status = nlohmann::json::parse(partial.out.toStdString());
    QCOMPARE(status.at("complete"), false);
    QCOMPARE(status.at("finished").size() + status.at("missing").size(), std::size_t(4));
    QVERIFY(status.at("finished").size() >= 1 && status.at("missing").size() >= 1);

    QCOMPARE(test::runXlqa(evalArguments(b) << "--shard"
                                            << "1/2")
                 .exitCode,
             0);
    const auto merge = test::runXlqa({"run", "merge", a, b, "--out", merged});
    QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
    QVERIFY(merge.out.contains("4 of 4 pairs, complete"));
    sameExamples(single_, merged);
    for (const QString& file : QDir(single_ + "/predictions/student").entryList(QDir::Files))
      QVERIFY(fileBytes(single_ + "/predictions/student/" + file) ==
              fileBytes(merged + "/predictions/student/" + file));
  }

  void aMismatchedMergeIsRefused() {
    const QString teacherOnly = dir_.filePath("teacher-only");
    QCOMPARE(test::runXlqa(evalArguments(teacherOnly, false) << "--shard"
                                                             << "1/2")
                 .exitCode,
             0);
    const auto merge = test::runXlqa({"run", "merge", single_, teacherOnly, "--out", dir_.filePath("never")});
    QCOMPARE(merge.exitCode, 1);
    QVERIFY2(merge.err.contains("cannot merge") && merge.err.contains("student"), qPrintable(merge.err));
    QVERIFY(!QFileInfo::exists(dir_.filePath("never")));
  }

  void aShardStartedAgainTakesOverItsOwnClaim() {
    const QString run = dir_.filePath("restarted");
    QCOMPARE(test::runXlqa(evalArguments(run) << "--shard"
                                              << "0/2")
                 .exitCode,
             0);
    // Shard 1 died holding a pair: its claim is left, the pair missing.
    const auto before = test::runXlqa({"run", "check", run, "--format", "json"});
    const std::string missing = nlohmann::json::parse(before.out.toStdString()).at("missing").at(0);
    const std::string claim = run.toStdString() + "/pairs/" + missing + ".claim";
    writeFileAtomically(claim, R"({"shard":"1/2","host":"elsewhere","pid":1})"
                               "\n");
    const auto claimed = test::runXlqa({"run", "check", run});
    QCOMPARE(claimed.exitCode, 3);
    QVERIFY(claimed.out.contains(QString::fromStdString(missing) + " by "));
    const auto again = test::runXlqa(evalArguments(run) << "--shard"
                                                        << "1/2");
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.err.contains("run complete"));
    sameExamples(single_, run);
  }

  void aShardStopsOnCtrlCWithExitStatus130() {
    const QString run = dir_.filePath("interrupted");
    QStringList arguments = evalArguments(run) << "--shard"
                                               << "0/2"
                                               << "--verbose"
                                               << "--format"
                                               << "json";
    arguments.replace(arguments.indexOf("8"), "0");  // every example: pairs long enough to stop in one
    QProcess process;
    process.start(test::binPath("xlqa"), arguments);
    QString said;
    // --verbose prints the first progress line once the evaluation (and its signal handler) runs.
    QTRY_VERIFY_WITH_TIMEOUT((said += QString::fromUtf8(process.readAllStandardError())).contains("pairs 0/4") ||
                                 process.state() == QProcess::NotRunning,
                             300000);
    QVERIFY2(process.state() == QProcess::Running, qPrintable(said));
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(300000));
    said += QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 130, qPrintable(said));
    QVERIFY2(said.contains("cancelled: this shard's finished pairs are kept"), qPrintable(said));
    const nlohmann::json summary = nlohmann::json::parse(process.readAllStandardOutput().toStdString());
    QCOMPARE(summary.at("cancelled"), true);
    QCOMPARE(summary.at("complete"), false);
    QCOMPARE(summary.at("shard").at("world_size"), 2);
    QVERIFY(!summary.contains("models"));  // no averages of a partial run
  }
};

QTEST_GUILESS_MAIN(TestCliShards)
#include "tst_cli_shards.moc"
