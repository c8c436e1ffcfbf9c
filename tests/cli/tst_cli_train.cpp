// xlqa train from a config file: a self-distillation run with mAP@k killed with SIGKILL after
// a checkpoint, then resumed, ends with the same weights and log as an uninterrupted run; Ctrl-C
// stops at a step with a checkpoint and exit status 130; --format json summarises the run.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>

#include "core/io/json_file.h"
#include "support/shared_data.h"
#include "support/synthetic_parallel_qa.h"
#include "support/xlqa_process.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");

QString writeConfig(const QTemporaryDir& dir, const QString& name) {
  const nlohmann::json config = {{"student", test::sharedPath(kModel)},
                                 {"train_data", {dir.filePath("data").toStdString()}},
                                 {"sampling", {{"target_languages", 2}, {"max_questions", 24}}},
                                 {"features", {{"max_seq_length", 64}, {"doc_stride", 16}, {"max_query_length", 24}}},
                                 {"kl_weighting", "map@k"},
                                 {"epochs", 2},
                                 {"batch_size", 8},
                                 {"learning_rate", 1e-3},
                                 {"device", "cpu"},
                                 {"save_every_steps", 5},
                                 {"output_dir", name.toStdString()}};  // relative: resolved against the config's folder
  const QString path = dir.filePath(name + ".json");
  writeFileAtomically(path.toStdString(), config.dump(2));
  return path;
}

QByteArray fileBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

long checkpointStep(const QString& outputDir) {
  const QString state = outputDir + "/checkpoint/trainer_state.json";
  if (!QFileInfo::exists(state)) return 0;
  try {
    return readJsonFile(state.toStdString()).at("global_step").get<long>();
  } catch (const std::exception&) {
    return 0;
  }
}

// The "step" entries of a training's log.jsonl.
std::vector<nlohmann::json> loggedSteps(const QString& outputDir) {
  std::vector<nlohmann::json> steps;
  QFile file(outputDir + "/log.jsonl");
  if (!file.open(QIODevice::ReadOnly)) return steps;
  for (const QByteArray& line : file.readAll().split('\n')) {
    if (line.isEmpty()) continue;
    const auto entry = nlohmann::json::parse(line.toStdString(), nullptr, false);
    if (!entry.is_discarded() && entry.value("type", "") == "step") steps.push_back(entry);
  }
  return steps;
}

}  // namespace

class TestCliTrain : public QObject {
  Q_OBJECT
 private slots:
  void init() { XLQA_REQUIRE_SHARED(kModel); }

  void resumesAfterKillMinusNineToTheSameWeights() {
    QTemporaryDir dir;
    test::writeSyntheticParallelQa(dir.filePath("data"), 48);
    const test::XlqaResult whole = test::runXlqa({"train", "--config", writeConfig(dir, "whole")});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    QVERIFY(whole.out.contains("student: "));

    const QString killedDir = dir.filePath("killed");
    QProcess process;
    process.start(test::binPath("xlqa"), {"train", "--config", writeConfig(dir, "killed")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(checkpointStep(killedDir) >= 5 || process.state() == QProcess::NotRunning, 120000);
    QVERIFY2(process.state() == QProcess::Running, "the run ended before it could be killed");
    process.kill();  // SIGKILL: no chance to save anything
    process.waitForFinished();
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QVERIFY(!QFileInfo::exists(killedDir + "/epoch-2"));

    const test::XlqaResult refused = test::runXlqa({"train", "--config", dir.filePath("killed.json")});
    QCOMPARE(refused.exitCode, 1);  // a used folder is never overwritten
    QVERIFY2(refused.err.contains("not empty"), qPrintable(refused.err));

    const test::XlqaResult resumed =
        test::runXlqa({"train", "--config", dir.filePath("killed.json"), "--resume", "--format", "json"});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const nlohmann::json summary = nlohmann::json::parse(resumed.out.toStdString());
    const std::vector<nlohmann::json> logged = loggedSteps(killedDir);
    QVERIFY(!logged.empty());
    QCOMPARE(summary.at("cancelled"), false);
    QCOMPARE(summary.at("steps"), logged.back().at("step"));
    QCOMPARE(summary.at("final_loss").get<double>(), logged.back().at("loss").get<double>());
    QCOMPARE(QFileInfo(QString::fromStdString(summary.at("output"))), QFileInfo(killedDir));
    QVERIFY(QFileInfo::exists(QString::fromStdString(summary.at("student")) + "/model.safetensors"));
    QVERIFY(summary.at("dev").empty() && summary.at("best").is_null());  // no dev data
    const QByteArray expected = fileBytes(dir.filePath("whole/epoch-2/model.safetensors"));
    QVERIFY(!expected.isEmpty());
    QVERIFY(fileBytes(killedDir + "/epoch-2/model.safetensors") == expected);
    // The log holds each step once, in order, with the uninterrupted run's losses.
    const auto steps = [](const QString& log) {
      QStringList lines;
      QFile file(log);
      if (!file.open(QIODevice::ReadOnly)) return lines;
      for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.isEmpty()) continue;
        const auto entry = nlohmann::json::parse(line.toStdString());
        if (entry.at("type") == "step")
          lines << QString::number(entry.at("step").get<long>()) + " " +
                       QString::number(entry.at("loss").get<double>(), 'g', 17);
      }
      return lines;
    };
    const QStringList a = steps(dir.filePath("whole/log.jsonl")), b = steps(killedDir + "/log.jsonl");
    QVERIFY(a.size() > 15);
    QCOMPARE(b, a);
  }

  void ctrlCStopsWithExitStatus130() {
    QTemporaryDir dir;
    test::writeSyntheticParallelQa(dir.filePath("data"), 48);
    const QString output = dir.filePath("interrupted");
    QProcess process;
    process.start(test::binPath("xlqa"), {"train", "--config", writeConfig(dir, "interrupted"), "--format", "json"});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!loggedSteps(output).empty() || process.state() == QProcess::NotRunning, 120000);
    QVERIFY2(process.state() == QProcess::Running, "the run ended before it could be interrupted");
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(120000));
    const QString said = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 130, qPrintable(said));
    QVERIFY2(said.contains("cancelled after step"), qPrintable(said));
    const nlohmann::json summary = nlohmann::json::parse(process.readAllStandardOutput().toStdString());
    QCOMPARE(summary.at("cancelled"), true);
    QVERIFY(summary.at("final_loss").is_number());
    QCOMPARE(summary.at("steps").get<long>(), checkpointStep(output));  // kept for --resume
    QVERIFY(!QFileInfo::exists(output + "/epoch-2"));
  }
};

QTEST_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
