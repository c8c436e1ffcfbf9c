// xlqa: the headless command line of XLQA Studio, for scripts and clusters.
#include <QCoreApplication>
#include <chrono>
#include <clocale>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/io/json_file.h"
#include "core/system/process_memory.h"
#include "core/system/runtime_info.h"
#include "xlqa/version.h"

namespace {

const std::vector<xlqa::cli::Subcommand> kSubcommands = {
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
    {"bench", "Benchmarks: data, eval, model, train, fidelity, scaling (figures of this machine)", xlqa::cli::runBench},
};

std::string usageHead() {
  return "Usage: xlqa <command> [options]\n\nXLQA Studio command line, version " + std::string(xlqa::kVersion) +
         ".\n\nCommands:\n" + xlqa::cli::commandList(kSubcommands);
}

std::string usageTail() {
  return "\nOptions:\n"
         "  -h, --help     Show this help\n"
         "  --help-all     Show this help and every command's help\n"
         "  -v, --version  Show the version of xlqa and of the LibTorch, Qt and BLAS it runs on\n"
         "\nRun 'xlqa <command> --help' for a command's options; 'xlqa --version' for the runtime. Every command\n"
         "takes -q/--quiet (only results and errors) and --verbose (progress also off a terminal, more detail).\n";
}

void printUsage() { xlqa::cli::printOut(usageHead() + usageTail()); }

// A command's help as it prints it (groups add their members').
std::string commandHelp(const xlqa::cli::Subcommand& sub) {
  std::ostringstream captured;
  std::streambuf* const stdoutBuffer = std::cout.rdbuf(captured.rdbuf());
  sub.run({"xlqa " + QString::fromLatin1(sub.name), "--help-all"});
  std::cout.rdbuf(stdoutBuffer);
  return captured.str();
}

// Every command's help, indented under an "xlqa <command>:" heading, before the global options: the
// layout help2man turns into one subsection per command of the man page's description.
void printHelpAll() {
  std::string text = usageHead();
  for (const auto& sub : kSubcommands) {
    text += "\nxlqa " + std::string(sub.name) + ":\n";
    std::istringstream lines(commandHelp(sub));
    for (std::string line; std::getline(lines, line);) {
      text += line.empty() ? "\n" : "  " + line + "\n";
      if (line.rfind("Usage: ", 0) == 0) text += "\n";  // a paragraph of its own on the page
    }
  }
  xlqa::cli::printOut(text + usageTail());
}

void printVersion() {
  const xlqa::RuntimeInfo info = xlqa::queryRuntime();
  std::string devices;
  for (const auto& device : info.devices) devices += (devices.empty() ? "" : ", ") + device;
  xlqa::cli::printOut("xlqa " + info.xlqaVersion + "\nLibTorch " + info.torchVersion + "\nQt " + qVersion() +
                      "\nBLAS: " + info.blas.name +
                      (info.blas.threading.empty() ? "" : ", " + info.blas.threading + " threads") +
                      (info.blas.library.empty() ? "" : " (" + info.blas.library + ")") +
                      "\nthreads: " + std::to_string(info.intraOpThreads) + " intra-op, " +
                      std::to_string(info.interOpThreads) + " inter-op\ndevices: " + devices + "\n");
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  // QCoreApplication set every category from the environment; numbers print the same in every
  // locale ("12.35", never "12,35"), while LC_CTYPE stays for UTF-8.
  std::setlocale(LC_NUMERIC, "C");
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
  if (first == "--help-all") {
    printHelpAll();
    return xlqa::cli::kSuccess;
  }
  for (const auto& sub : kSubcommands) {
    if (first == QLatin1String(sub.name)) {
      arguments.removeFirst();
      arguments[0] = "xlqa " + first;
      const auto start = std::chrono::steady_clock::now();
      const int exit = sub.run(arguments);
      char done[120];
      std::snprintf(done, sizeof done, "%s: exit status %d after %.1f s\n", qPrintable(arguments[0]), exit,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      xlqa::cli::printDetail(done);
      return exit;
    }
  }
  xlqa::cli::printErr("xlqa: unknown command '" + xlqa::cli::toStd(first) + "'; run 'xlqa --help'\n");
  return xlqa::cli::kUsage;
}
