// Faults that real machines produce, on the real `xlqa` binary: a file-size limit (RLIMIT_FSIZE,
// as a full disk) stops an evaluation with an error naming the file and no half-written file, and
// the run resumes to the same results once the limit is gone; a second evaluation of a run folder
// in use is refused naming the holder; a checkpoint whose QA head holds NaN is refused by
// evaluation (pair, model, example) and by training (the step), never scored as F1 0; and a count
// or a format that is not one is a usage error, not a silent default.
#include <ATen/ATen.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/io/json_file.h"
#include "core/model/state_dict.h"
#include "core/store/run_lock.h"
#include "support/shared_data.h"
#include "support/synthetic_parallel_qa.h"
#include "support/xlqa_process.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");

QString shared(const QString& relative) { return QString::fromStdString(test::sharedPath(relative)); }

QStringList evalArguments(const QString& out, const QString& model = shared(kModel)) {
  return {"eval",
          "--teacher",
          model,
          "--data",
          shared("data/xquad/xquad.en.json"),
          "--data",
          shared("data/xquad/xquad.de.json"),
          "--out",
          out,
          "--device",
          "cpu",
          "--max-examples-per-pair",
          "10"};
}

QByteArray fileBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The fixture with its QA head's weights set to NaN, as a diverged training leaves them.
QString brokenModel(const QTemporaryDir& dir) {
  const QString folder = dir.filePath("nan-model");
  QDir().mkpath(folder);
  for (const char* file : {"config.json", "sentencepiece.bpe.model"})
    QFile::copy(shared(kModel + "/" + file), folder + "/" + file);
  StateDict weights = readModelWeights(test::sharedPath(kModel));
  weights.at("qa_outputs.weight").fill_(std::numeric_limits<float>::quiet_NaN());
  writeSafetensors((folder + "/model.safetensors").toStdString(), weights);
  return folder;
}

}  // namespace

class TestCliFaults : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private slots:
  void initTestCase() {
    XLQA_REQUIRE_SHARED(kModel);
    XLQA_REQUIRE_SHARED("data/xquad/xquad.de.json");
  }

  void aFileSizeLimitStopsCleanlyAndTheRunResumes() {
    const QString reference = dir_.filePath("reference"), limited = dir_.filePath("limited");
    QCOMPARE(test::runXlqa(evalArguments(reference)).exitCode, 0);
    // 3 KiB per file: the manifest (under 2 KiB) fits, a pair's examples (about 5 KiB) do not.
    QProcess process;
    QStringList quoted;
    for (const QString& argument : evalArguments(limited)) quoted << "'" + argument + "'";
    process.start("bash", {"-c", "ulimit -f 3 && exec '" + test::binPath("xlqa") + "' " + quoted.join(' ')});
    QVERIFY(process.waitForFinished(300000));
    const QString said = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);  // no SIGXFSZ
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(said.contains(".examples.jsonl") && said.contains("File too large"), qPrintable(said));
    QVERIFY2(said.contains("the previous file is unchanged"), qPrintable(said));
    for (const QString& file : QDir(limited + "/pairs").entryList(QDir::Files | QDir::Hidden))
      QVERIFY2(!file.contains(".tmp-"), qPrintable(file));     // nothing half-written left
    readJsonFile((limited + "/manifest.json").toStdString());  // whole

    const auto resumed = test::runXlqa(evalArguments(limited) << "--resume");
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    for (const QString& file : QDir(reference + "/pairs").entryList({"*.examples.jsonl"}, QDir::Files))
      QVERIFY2(fileBytes(reference + "/pairs/" + file) == fileBytes(limited + "/pairs/" + file), qPrintable(file));
  }

  void aRunInUseIsRefusedNamingTheHolder() {
    const QString run = dir_.filePath("busy");
    QCOMPARE(test::runXlqa(evalArguments(run)).exitCode, 0);
    {
      const RunLock held = RunLock::acquire(run.toStdString());  // as another evaluation would
      const auto second = test::runXlqa(evalArguments(run) << "--resume");
      QCOMPARE(second.exitCode, 1);
      QVERIFY2(second.err.contains(QStringLiteral("in use by pid %1 on ").arg(QCoreApplication::applicationPid())),
               qPrintable(second.err));
    }
    QCOMPARE(test::runXlqa(evalArguments(run) << "--resume").exitCode, 0);  // released: free again
  }

  void aNanCheckpointIsRefused() {
    const QString model = brokenModel(dir_);
    const auto eval = test::runXlqa(evalArguments(dir_.filePath("nan-run"), model));
    QCOMPARE(eval.exitCode, 1);
    QVERIFY2(eval.err.contains("NaN or Inf") && eval.err.contains("pair ") && eval.err.contains("teacher") &&
                 eval.err.contains("example "),
             qPrintable(eval.err));

    test::writeSyntheticParallelQa(dir_.filePath("data"), 16);
    const nlohmann::json config = {{"student", model.toStdString()},
                                   {"train_data", {dir_.filePath("data").toStdString()}},
                                   {"features", {{"max_seq_length", 64}, {"doc_stride", 16}, {"max_query_length", 24}}},
                                   {"distill", false},
                                   {"epochs", 1},
                                   {"batch_size", 8},
                                   {"device", "cpu"},
                                   {"output_dir", dir_.filePath("nan-training").toStdString()}};
    writeFileAtomically(dir_.filePath("nan.json").toStdString(), config.dump());
    const auto train = test::runXlqa({"train", "--config", dir_.filePath("nan.json")});
    QCOMPARE(train.exitCode, 1);
    QVERIFY2(train.err.contains("training loss is NaN at step 1"), qPrintable(train.err));
  }

  // A run folder damaged by hand: run check names the pairs and why, and a resume evaluates
  // exactly those again (the intact pairs' records, timing included, stay as they were).
  void aDamagedRunIsFoundAndRepaired() {
    const QString reference = dir_.filePath("reference"), run = dir_.filePath("damaged");
    QCOMPARE(test::runXlqa(evalArguments(run)).exitCode, 0);
    const QString truncated = run + "/pairs/de-en.examples.jsonl", deleted = run + "/pairs/en-de.examples.jsonl";
    QVERIFY(QFile::resize(truncated, QFileInfo(truncated).size() / 2));
    QVERIFY(QFile::remove(deleted));
    nlohmann::json alien = readJsonFile((run + "/pairs/en-en.json").toStdString());
    alien["models"] = "teacher sha256:0000";  // a record copied in from another model's run
    writeFileAtomically((run + "/pairs/en-en.json").toStdString(), alien.dump());
    const QByteArray intact = fileBytes(run + "/pairs/de-de.json");

    const auto check = test::runXlqa({"run", "check", run});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.out.contains("de-en: its examples file is truncated or changed"), qPrintable(check.out));
    QVERIFY2(check.out.contains("en-de: its examples file is missing"), qPrintable(check.out));
    QVERIFY2(check.out.contains("en-en: evaluated with other models"), qPrintable(check.out));
    QVERIFY(check.out.contains("1 of 4 pairs finished"));

    const auto resumed = test::runXlqa(evalArguments(run) << "--resume");
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QVERIFY(resumed.err.contains("1 of 4 pairs already done"));
    QCOMPARE(fileBytes(run + "/pairs/de-de.json"), intact);  // not evaluated again
    QCOMPARE(test::runXlqa({"run", "check", run}).exitCode, 0);
    for (const QString& file : QDir(reference + "/pairs").entryList({"*.examples.jsonl"}, QDir::Files))
      QVERIFY2(fileBytes(reference + "/pairs/" + file) == fileBytes(run + "/pairs/" + file), qPrintable(file));
  }

  void badOptionValuesAreRefused() {
    for (const QStringList& arguments : {evalArguments(dir_.filePath("x")) << "--top-k"
                                                                           << "abc",
                                         evalArguments(dir_.filePath("x")) << "--batch-size"
                                                                           << "-3",
                                         QStringList{"compare", dir_.filePath("reference"), "--format", "xml"}}) {
      const auto result = test::runXlqa(arguments);
      QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(' ') + ": " + result.err));
      QVERIFY(result.err.contains("expected"));
    }
  }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
