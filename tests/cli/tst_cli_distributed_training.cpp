// Data-parallel training through the real c10d path: two `xlqa train` processes joined over a
// TCPStore on a free local port and a Gloo process group. Two ranks (batch_size is the global
// batch, each rank takes half) give the same per-step losses and final parameters as one process,
// within fp32 summation-order tolerance, where a run with another batch size clearly differs;
// killing one rank makes the other fail fast with a message naming it (the ranks' heartbeats in
// the store), the last checkpoint stays intact,
// and it resumes on one process (another number of ranks).
#include <ATen/ATen.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/io/json_file.h"
#include "core/model/state_dict.h"
#include "support/shared_data.h"
#include "support/synthetic_parallel_qa.h"
#include "support/xlqa_process.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");

QString writeConfig(const QTemporaryDir& dir, const QString& name, int batchSize, int saveEvery = 0) {
  const nlohmann::json config = {{"student", dir.filePath("model").toStdString()},
                                 {"train_data", {dir.filePath("data").toStdString()}},
                                 {"sampling", {{"target_languages", 2}, {"max_questions", 24}}},
                                 {"features", {{"max_seq_length", 64}, {"doc_stride", 16}, {"max_query_length", 24}}},
                                 {"kl_weighting", "map@k"},
                                 {"epochs", 2},
                                 {"batch_size", batchSize},
                                 {"learning_rate", 1e-3},
                                 {"device", "cpu"},
                                 {"save_every_steps", saveEvery},
                                 {"output_dir", dir.filePath(name).toStdString()}};
  const QString path = dir.filePath(name + ".json");
  writeFileAtomically(path.toStdString(), config.dump(2));
  return path;
}

// A port the kernel just gave out and took back: free for the TCPStore to bind a moment later.
int freePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

// Rank `rank` of `world` started on `config` with torchrun's variables.
void startRank(QProcess& process, const QStringList& arguments, int rank, int world, int port) {
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert("RANK", QString::number(rank)), environment.insert("WORLD_SIZE", QString::number(world));
  environment.insert("LOCAL_RANK", QString::number(rank));
  environment.insert("MASTER_ADDR", "127.0.0.1"), environment.insert("MASTER_PORT", QString::number(port));
  process.setProcessEnvironment(environment);
  process.start(test::binPath("xlqa"), arguments);
}

std::vector<double> losses(const QString& outputDir) {
  std::vector<double> out;
  QFile file(outputDir + "/log.jsonl");
  if (!file.open(QIODevice::ReadOnly)) return out;
  for (const QByteArray& line : file.readAll().split('\n')) {
    if (line.trimmed().isEmpty()) continue;
    const nlohmann::json entry = nlohmann::json::parse(line.toStdString());
    if (entry.at("type") == "step") out.push_back(entry.at("loss").get<double>());
  }
  return out;
}

double largestDifference(const std::vector<double>& a, const std::vector<double>& b) {
  double largest = a.size() == b.size() ? 0.0 : 1e9;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) largest = std::max(largest, std::abs(a[i] - b[i]));
  return largest;
}

// ||a - b|| / ||a|| over the parameters of two model folders, but for the attention key biases
// and the QA head's bias: their gradient is zero in exact arithmetic (a softmax ignores a shift
// of all its scores), so AdamW, which divides by the gradient's size, turns rounding noise there
// into full-size steps.
double relativeDistance(const QString& a, const QString& b) {
  const StateDict x = readModelWeights(a.toStdString()), y = readModelWeights(b.toStdString());
  double difference = 0, norm = 0;
  for (const auto& [name, tensor] : x) {
    if (name.find("attention.self.key.bias") != std::string::npos || name == "qa_outputs.bias") continue;
    difference += (tensor.to(at::kDouble) - y.at(name).to(at::kDouble)).pow(2).sum().item<double>();
    norm += tensor.to(at::kDouble).pow(2).sum().item<double>();
  }
  return std::sqrt(difference / norm);
}

long checkpointStep(const QString& outputDir) {
  try {
    return readJsonFile((outputDir + "/checkpoint/trainer_state.json").toStdString()).at("global_step").get<long>();
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

class TestCliDistributedTraining : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private slots:
  void initTestCase() {
    XLQA_REQUIRE_SHARED(kModel);
    test::writeSyntheticParallelQa(dir_.filePath("data"), 48);
    // The fixture without dropout: each rank draws its own dropout masks (as in PyTorch's DDP), so
    // only a model without dropout can match one process to the last few bits.
    QVERIFY(QDir().mkpath(dir_.filePath("model")));
    for (const char* file : {"model.safetensors", "sentencepiece.bpe.model"})
      QVERIFY(
          QFile::copy(QString::fromStdString(test::sharedPath(kModel + "/" + file)), dir_.filePath("model/") + file));
    nlohmann::json config = readJsonFile(test::sharedPath(kModel + "/config.json"));
    config["hidden_dropout_prob"] = 0.0, config["attention_probs_dropout_prob"] = 0.0;
    writeFileAtomically(dir_.filePath("model/config.json").toStdString(), config.dump(2));
    const auto one = test::runXlqa({"train", "--config", writeConfig(dir_, "one", 16)});
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
  }

  void twoRanksTrainAsOneProcess() {
    const QString config = writeConfig(dir_, "two", 16);
    const int port = freePort();
    QProcess rank0, rank1;
    startRank(rank0, {"train", "--config", config}, 0, 2, port);
    startRank(rank1, {"train", "--config", config}, 1, 2, port);
    QVERIFY(rank0.waitForFinished(600000) && rank1.waitForFinished(600000));
    const QString said0 = QString::fromUtf8(rank0.readAllStandardError()),
                  said1 = QString::fromUtf8(rank1.readAllStandardError());
    QVERIFY2(rank0.exitCode() == 0, qPrintable(said0));
    QVERIFY2(rank1.exitCode() == 0, qPrintable(said1));
    QVERIFY2(said1.contains("rank 1 of 2"), qPrintable(said1));

    const std::vector<double> one = losses(dir_.filePath("one")), two = losses(dir_.filePath("two"));
    QVERIFY(!one.empty());
    QVERIFY2(largestDifference(one, two) < 1e-4, qPrintable(QString::number(largestDifference(one, two))));
    const double distance = relativeDistance(dir_.filePath("one/epoch-2"), dir_.filePath("two/epoch-2"));
    QVERIFY2(distance < 1e-4, qPrintable(QString::number(distance)));
    qInfo("two ranks vs one process: largest loss difference %.3g over %zu steps, parameters %.3g apart (relative)",
          largestDifference(one, two), one.size(), distance);

    // The tolerance tells runs apart: another global batch is another training.
    const auto other = test::runXlqa({"train", "--config", writeConfig(dir_, "batch8", 8)});
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    const double otherDistance = relativeDistance(dir_.filePath("one/epoch-2"), dir_.filePath("batch8/epoch-2"));
    qInfo("batch 8 instead of 16: parameters %.3g apart", otherDistance);
    QVERIFY(otherDistance > 1e-3 && otherDistance > 10 * distance);
  }

  void aLostRankStopsTheOtherAndTheCheckpointResumes() {
    const QString config = writeConfig(dir_, "killed", 16, 3);
    const QString output = dir_.filePath("killed");
    const int port = freePort();
    QProcess rank0, rank1;
    startRank(rank0, {"train", "--config", config}, 0, 2, port);
    startRank(rank1, {"train", "--config", config}, 1, 2, port);
    QTRY_VERIFY_WITH_TIMEOUT(checkpointStep(output) >= 3 || rank0.state() == QProcess::NotRunning, 300000);
    QVERIFY2(rank0.state() == QProcess::Running, "the training ended before a rank could be killed");
    rank1.kill();
    QElapsedTimer stopping;
    stopping.start();
    QVERIFY(rank0.waitForFinished(60000));  // within a minute, not at the collective timeout
    const QString said = QString::fromUtf8(rank0.readAllStandardError());
    QVERIFY2(rank0.exitCode() != 0, qPrintable(said));
    QVERIFY2(said.contains("another rank stopped") && said.contains("rank 1 stopped"), qPrintable(said));
    qInfo("rank 0 stopped %lld ms after rank 1 was killed: %s", stopping.elapsed(),
          qPrintable(said.section('\n', -2, -2)));

    // The checkpoint is whole and resumes on one process.
    const long step = checkpointStep(output);
    QVERIFY(step >= 3);
    const auto resumed = test::runXlqa({"train", "--config", config, "--resume"});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QCOMPARE(losses(output).size(), losses(dir_.filePath("one")).size());
    QVERIFY(relativeDistance(dir_.filePath("one/epoch-2"), output + "/epoch-2") < 1e-4);
  }
};

QTEST_GUILESS_MAIN(TestCliDistributedTraining)
#include "tst_cli_distributed_training.moc"
