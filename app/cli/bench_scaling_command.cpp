// xlqa bench scaling: data-parallel training's throughput with N ranks against one process, on
// this machine: the same training config run once alone and once as N ranks (child processes
// joined over a local TCPStore, as torchrun would start them), windows per second from rank 0's
// log, and the scaling efficiency.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/train/trainer.h"

namespace xlqa::cli {
namespace {

// Windows per second over the steps after the first few (allocation and warm-up), from the log.
double steadyThroughput(const QString& outputDir) {
  const TrainingLog log = readTrainingLog(toStd(outputDir));
  std::vector<double> rates;
  for (std::size_t i = std::min<std::size_t>(3, log.steps.size() / 4); i < log.steps.size(); ++i)
    rates.push_back(log.steps[i].examplesPerSecond);
  if (rates.empty()) throw std::runtime_error(toStd(outputDir) + ": no training steps logged");
  std::sort(rates.begin(), rates.end());
  return rates[rates.size() / 2];
}

// Runs `xlqa train` as `ranks` processes (one: plainly); throws with the failing rank's output.
void train(const QString& config, const QString& outputDir, int ranks, int port) {
  std::vector<std::unique_ptr<QProcess>> processes;
  for (int rank = 0; rank < ranks; ++rank) {
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (ranks > 1) {
      environment.insert("RANK", QString::number(rank)), environment.insert("WORLD_SIZE", QString::number(ranks));
      environment.insert("LOCAL_RANK", QString::number(rank)), environment.insert("MASTER_ADDR", "127.0.0.1");
      environment.insert("MASTER_PORT", QString::number(port));
      environment.insert("OMP_NUM_THREADS", QString::number(std::max(1, QThread::idealThreadCount() / ranks)));
    }
    process->setProcessEnvironment(environment);
    process->start(QCoreApplication::applicationFilePath(), {"train", "--config", config, "--out", outputDir});
    processes.push_back(std::move(process));
  }
  for (std::size_t rank = 0; rank < processes.size(); ++rank) {
    QProcess& process = *processes[rank];
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
      throw std::runtime_error("rank " + std::to_string(rank) +
                               " failed: " + process.readAllStandardError().toStdString());
  }
}

}  // namespace

int runBenchScaling(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption(
      {"config", "A training config (xlqa train --print-default-config); its output_dir is ignored.", "file"});
  parser.addOption({"ranks", "Ranks to compare with one process.", "n", "2"});
  parser.addOption({"port", "Local port for the ranks' rendezvous.", "port", "29517"});
  if (auto exit = parseArguments(parser, arguments,
                                 "Trains the config once in one process and once as N data-parallel ranks on this "
                                 "machine (each with its share of the CPU threads) and prints windows per second "
                                 "and the scaling efficiency, throughput(N) / (N x throughput(1))."))
    return *exit;
  if (!parser.isSet("config")) return usageError(arguments.value(0), "--config is required");
  const int ranks = std::max(2, parser.value("ranks").toInt());
  try {
    QTemporaryDir work;
    const QString one = work.filePath("one"), many = work.filePath("ranks");
    train(parser.value("config"), one, 1, 0);
    train(parser.value("config"), many, ranks, parser.value("port").toInt());
    const double single = steadyThroughput(one), parallel = steadyThroughput(many);
    char text[256];
    std::snprintf(text, sizeof text,
                  "one process: %.1f windows/s\n%d ranks: %.1f windows/s\nspeed-up %.2fx, scaling efficiency %.0f%%\n",
                  single, ranks, parallel, parallel / single, 100 * parallel / (ranks * single));
    printOut(text);
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(arguments.value(0), e.what());
  }
}

}  // namespace xlqa::cli
