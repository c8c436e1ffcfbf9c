// xlqa: the headless command line of XLQA Studio, for scripts and clusters.
#include <QCoreApplication>
#include <cstring>
#include <string>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/io/json_file.h"
#include "core/system/process_memory.h"
#include "core/system/runtime_info.h"
#include "xlqa/version.h"

namespace {

struct Subcommand {
  const char* name;
  const char* summary;
  int (*run)(const QStringList&);
};

constexpr Subcommand kSubcommands[] = {
    {"demo", "The embedded demo: teacher vs self-distilled student, XLT and G-XLT F1 (--format json)",
     xlqa::cli::runDemo},
    {"score", "Score predictions per question x context language pair (official SQuAD/MLQA rules)",
     xlqa::cli::runScore},
    {"eval", "Evaluate a teacher and/or student over all pairs into a resumable run folder", xlqa::cli::runEval},
    {"train", "Fine-tune with cross-entropy or self-distil with mAP@k (--config train.json), resumable",
     xlqa::cli::runTrain},
    {"average", "Average the weights of checkpoints of one architecture into a new model folder",
     xlqa::cli::runAverage},
    {"compare", "Compare two models' F1 per pair, with paired significance", xlqa::cli::runCompare},
    {"export", "Write a run's matrix as a LaTeX table (booktabs, bootstrap intervals), CSV or JSON",
     xlqa::cli::runExport},
    {"grid", "One question across every language pair of a run: answers, EM, F1, flips", xlqa::cli::runGrid},
    {"rank", "EM@k and the gold answer's rank in each model's kept n-best spans, per pair", xlqa::cli::runRank},
    {"run", "check RUN: finished, claimed and missing pairs; merge RUN... --out RUN: join shard folders",
     xlqa::cli::runRun},
    {"generations", "A training's XLT and G-XLT dev scores after each epoch (generation)", xlqa::cli::runGenerations},
    {"predict", "Run a QA model over language pairs and write official-format predictions", xlqa::cli::runPredict},
    {"tokenize", "Print the model input of a text or a question/context pair (JSON)", xlqa::cli::runTokenize},
    {"logits", "Print a model's start/end logits for a batch of token ids (JSON)", xlqa::cli::runLogits},
    {"doctor", "Report the runtime: LibTorch, BLAS, threads, devices, measured GEMM speed", xlqa::cli::runDoctor},
    {"bench", "Benchmarks (bench data: dataset load time and memory)", xlqa::cli::runBench},
};

void printUsage() {
  std::string text = "Usage: xlqa <command> [options]\n\nXLQA Studio command line, version " +
                     std::string(xlqa::kVersion) + ".\n\nCommands:\n";
  for (const auto& sub : kSubcommands)
    text += "  " + std::string(sub.name) + std::string(9 - std::strlen(sub.name), ' ') + sub.summary + "\n";
  text += "\nRun 'xlqa <command> --help' for a command's options; 'xlqa --version' for the runtime.\n";
  xlqa::cli::printOut(text);
}

void printVersion() {
  const xlqa::RuntimeInfo info = xlqa::queryRuntime();
  std::string devices;
  for (const auto& device : info.devices) devices += (devices.empty() ? "" : ", ") + device;
  xlqa::cli::printOut("xlqa " + info.xlqaVersion + "\nLibTorch " + info.torchVersion + "\nBLAS: " + info.blas.name +
                      (info.blas.threading.empty() ? "" : ", " + info.blas.threading + " threads") +
                      (info.blas.library.empty() ? "" : " (" + info.blas.library + ")") +
                      "\nthreads: " + std::to_string(info.intraOpThreads) + " intra-op, " +
                      std::to_string(info.interOpThreads) + " inter-op\ndevices: " + devices + "\n");
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName("xlqa");
  QCoreApplication::setApplicationVersion(xlqa::kVersion);
  xlqa::configureThreads();
  xlqa::configureAllocator();
  xlqa::ignoreFileSizeSignal();
  QStringList arguments = QCoreApplication::arguments();
  const QString first = arguments.value(1);
  if (first.isEmpty() || first == "-h" || first == "--help" || first == "help") {
    printUsage();
    return first.isEmpty() ? xlqa::cli::kUsage : xlqa::cli::kSuccess;
  }
  if (first == "--version" || first == "-v") {
    printVersion();
    return xlqa::cli::kSuccess;
  }
  for (const auto& sub : kSubcommands) {
    if (first == QLatin1String(sub.name)) {
      arguments.removeFirst();
      arguments[0] = "xlqa " + first;
      return sub.run(arguments);
    }
  }
  xlqa::cli::printErr("xlqa: unknown command '" + xlqa::cli::toStd(first) + "'; run 'xlqa --help'\n");
  return xlqa::cli::kUsage;
}
