// xlqa bench: figures measured on this machine, printed, never asserted in tests.
#include <QCommandLineParser>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/data/parallel_dataset.h"
#include "core/system/process_memory.h"

namespace xlqa::cli {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }
double mebibytes(std::size_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

int benchData(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"data", "Dataset files or folders (repeatable).", "path"});
  parser.addOption({"repeats", "Timed repetitions (median reported).", "n", "5"});
  if (auto exit = parseArguments(parser, arguments,
                                 "Measures loading a parallel dataset and building every language pair: wall time "
                                 "(median of the repeats) and resident memory."))
    return *exit;
  if (!parser.isSet("data")) return usageError(arguments.value(0), "--data is required");
  const std::vector<std::string> inputs = toStd(parser.values("data"));
  const int repeats = std::max(1, parser.value("repeats").toInt());

  try {
    const ProcessMemory before = currentProcessMemory();
    std::vector<double> loadSeconds, pairSeconds;
    std::size_t questions = 0, pairs = 0, examples = 0, languages = 0;
    ProcessMemory loaded;
    for (int r = 0; r < repeats; ++r) {
      auto start = Clock::now();
      const ParallelDataset dataset = ParallelDataset::load(inputs);
      loadSeconds.push_back(secondsSince(start));
      if (r == 0) loaded = currentProcessMemory();
      start = Clock::now();
      examples = 0;
      const auto available = dataset.availablePairs();
      for (const auto& pair : available) examples += dataset.pair(pair).examples.size();
      pairSeconds.push_back(secondsSince(start));
      questions = dataset.questionCount(), pairs = available.size(), languages = dataset.languages().size();
    }
    std::sort(loadSeconds.begin(), loadSeconds.end());
    std::sort(pairSeconds.begin(), pairSeconds.end());
    const ProcessMemory after = currentProcessMemory();
    char text[512];
    std::snprintf(text, sizeof text,
                  "dataset: %zu languages, %zu questions, %zu pairs, %zu pair examples\n"
                  "load:        %8.1f ms (median of %d; min %.1f, max %.1f)\n"
                  "build pairs: %8.1f ms (median of %d; all pairs)\n"
                  "memory:      %8.1f MiB resident after the first load (+%.1f MiB), peak %.1f MiB\n",
                  languages, questions, pairs, examples, loadSeconds[loadSeconds.size() / 2] * 1e3, repeats,
                  loadSeconds.front() * 1e3, loadSeconds.back() * 1e3, pairSeconds[pairSeconds.size() / 2] * 1e3,
                  repeats, mebibytes(loaded.residentBytes), mebibytes(loaded.residentBytes - before.residentBytes),
                  mebibytes(after.peakResidentBytes));
    printOut(text);
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(arguments.value(0), e.what());
  }
}

}  // namespace

int runBench(const QStringList& arguments) {
  return runNested(
      arguments,
      {{"data", "dataset load time and memory", benchData},
       {"eval", "evaluation engine vs naive path: throughput, padding, FLOP/s, memory, per dtype", runBenchEval},
       {"model", "write a base/large XLM-R QA folder with seeded random weights", runBenchModel},
       {"train", "steps of SKD + mAP@k: windows/s and peak memory against the floor", runBenchTrain},
       {"fidelity", "a model in bf16/fp16 against itself in fp32: F1, same spans, logit deltas", runBenchFidelity},
       {"scaling", "data-parallel training with N ranks against one process: windows/s, efficiency", runBenchScaling}});
}

}  // namespace xlqa::cli
