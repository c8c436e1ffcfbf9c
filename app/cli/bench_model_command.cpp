// xlqa bench model: writes a base- or large-shaped XLM-R QA folder with seeded random weights.
#include <QCommandLineParser>

#include <chrono>
#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/model/benchmark_model.h"

namespace xlqa::cli {

int runBenchModel(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"shape", "base (278M parameters), large (560M) or HIDDENxLAYERS.", "shape", "base"});
  parser.addOption(
      {"tokenizer", "Model folder whose tokenizer files are copied (sentencepiece.bpe.model, ...).", "dir"});
  parser.addOption({"out", "The model folder to write.", "dir"});
  parser.addOption({"seed", "Seed of the weights.", "n", "20241207"});
  addDtypeOption(parser, "Dtype of the stored weights.");
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Writes an XLM-R question-answering model folder in Hugging Face layout (config.json, "
                                 "model.safetensors, the tokenizer of --tokenizer) with seeded random weights at real "
                                 "size, tensor by tensor, for speed and memory benchmarks without a download."))
    return *exit;
  if (!parser.isSet("tokenizer") || !parser.isSet("out")) return usageError(name, "--tokenizer and --out are required");
  try {
    const auto start = std::chrono::steady_clock::now();
    const std::int64_t parameters = writeRandomModelFolder(
        toStd(parser.value("out")), xlmrQaConfig(toStd(parser.value("shape"))), toStd(parser.value("tokenizer")),
        parser.value("seed").toULongLong(), dtypeOption(parser));
    char line[200];
    std::snprintf(line, sizeof line, "wrote %s: %lld parameters (%s) in %.1f s\n", toStd(parser.value("out")).c_str(),
                  static_cast<long long>(parameters), toStd(parser.value("dtype")).c_str(),
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    printOut(line);
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
