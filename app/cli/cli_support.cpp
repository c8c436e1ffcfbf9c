#include "app/cli/cli_support.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/system/runtime_info.h"

#include <unistd.h>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "core/data/parallel_dataset.h"
#include "core/eval/predictor.h"

namespace xlqa::cli {

namespace {

// Every option that takes a count, a size or a port: a value that is not a whole number is an
// error, never read as 0 (QString::toInt's answer to "abc").
const QStringList& wholeNumberOptions() {
  static const QStringList names = {"batch-size",
                                    "doc-stride",
                                    "examples-per-pair",
                                    "hidden",
                                    "layers",
                                    "max-answer-length",
                                    "max-batch-tokens",
                                    "max-examples-per-pair",
                                    "max-query-length",
                                    "max-seq-length",
                                    "n-best",
                                    "port",
                                    "ranks",
                                    "repeats",
                                    "seed",
                                    "steps",
                                    "top-k"};
  return names;
}

Verbosity gVerbosity = Verbosity::Normal;

// The progress line drawn in place on stderr, if one is open, and its width (to blank a longer one).
bool gProgressOpen = false;
std::size_t gProgressWidth = 0;

bool stderrIsTerminal() {
  static const bool terminal = ::isatty(STDERR_FILENO);
  return terminal;
}

std::atomic<bool> gCancel{false};
extern "C" void requestCancel(int signal) {
  gCancel = true;
  std::signal(signal, SIG_DFL);  // a second Ctrl-C stops at once, without the clean stop
}

// QCommandLineParser's usage line names the binary's path (QCoreApplication::arguments()[0]); a
// subcommand's names the subcommand ("Usage: xlqa run check [options] run").
QString helpText(const QCommandLineParser& parser, const QString& command) {
  QString text = parser.helpText();
  const QString binary = QCoreApplication::arguments().value(0);
  const qsizetype at = binary.isEmpty() ? -1 : text.indexOf(binary);
  if (at >= 0 && at < text.indexOf('\n')) text.replace(at, binary.size(), command);
  return text;
}

void writeErr(const std::string& text) {
  endProgress();
  std::cerr << text;
  std::cerr.flush();
}

}  // namespace

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments,
                                  const QString& description) {
  parser.setApplicationDescription(description);
  const QCommandLineOption help({"h", "help"}, "Show this help.");
  // 'xlqa --help-all' asks every command for its help this way; groups (run, bench) add their members'.
  QCommandLineOption helpAll("help-all", "Show this help.");
  helpAll.setFlags(QCommandLineOption::HiddenFromHelp);
  const QCommandLineOption quiet({"q", "quiet"}, "Print only results and errors: no progress, notes or warnings.");
  const QCommandLineOption verbose(
      "verbose", "Print progress also when stderr is not a terminal (as plain lines), and more detail.");
  parser.addOptions({help, helpAll, quiet, verbose});
  if (!parser.parse(arguments)) return usageError(arguments.value(0), parser.errorText());
  if (parser.isSet(help) || parser.isSet(helpAll)) {
    printOut(toStd(helpText(parser, arguments.value(0))));
    return kSuccess;
  }
  if (parser.isSet(quiet) && parser.isSet(verbose))
    return usageError(arguments.value(0), "--quiet and --verbose exclude each other");
  gVerbosity = parser.isSet(quiet) ? Verbosity::Quiet : parser.isSet(verbose) ? Verbosity::Verbose : Verbosity::Normal;
  static const QRegularExpression wholeNumber(QStringLiteral("^[0-9]{1,9}$"));
  for (const QString& name : parser.optionNames()) {
    if (!wholeNumberOptions().contains(name)) continue;
    for (const QString& value : parser.values(name))
      if (!wholeNumber.match(value).hasMatch())
        return usageError(arguments.value(0), QStringLiteral("--%1 '%2': expected a whole number").arg(name, value));
  }
  return std::nullopt;
}

std::string commandList(const std::vector<Subcommand>& commands) {
  std::size_t width = 0;
  for (const Subcommand& command : commands) width = std::max(width, std::strlen(command.name));
  std::string out;
  for (const Subcommand& command : commands)
    out += "  " + std::string(command.name) + std::string(width + 2 - std::strlen(command.name), ' ') +
           command.summary + "\n";
  return out;
}

int runNested(const QStringList& arguments, const std::vector<Subcommand>& commands) {
  const QString group = arguments.value(0), what = arguments.value(1);
  for (const Subcommand& command : commands) {
    if (what != QLatin1String(command.name)) continue;
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = group + " " + what;
    return command.run(rest);
  }
  std::string usage = "Usage: " + toStd(group) + " <command> [options]\n\n" + commandList(commands);
  QStringList names;
  for (const Subcommand& command : commands) names << command.name;
  usage += "\nRun '" + toStd(group) + " <command> --help' for a command's options.\n";
  if (what == "-h" || what == "--help" || what == "--help-all") {
    printOut(usage);
    if (what == "--help-all") {
      for (const Subcommand& command : commands) {
        printOut("\n");
        command.run({group + " " + command.name, what});
      }
    }
    return kSuccess;
  }
  if (what.isEmpty()) {
    printErr(usage);
    return kUsage;
  }
  return usageError(group, "unknown command '" + what + "'; available: " + names.join(", "));
}

Verbosity verbosity() { return gVerbosity; }

void printProgress(const std::string& text, bool milestone) {
  if (gVerbosity == Verbosity::Quiet) return;
  if (stderrIsTerminal()) {
    const std::size_t blank = gProgressWidth > text.size() ? gProgressWidth - text.size() : 0;
    std::cerr << '\r' << text << std::string(blank, ' ');
    std::cerr.flush();
    gProgressOpen = true;
    gProgressWidth = text.size();
  } else if (milestone && gVerbosity == Verbosity::Verbose) {
    writeErr(text + "\n");
  }
}

void endProgress() {
  if (!gProgressOpen) return;
  gProgressOpen = false;
  gProgressWidth = 0;
  std::cerr << '\n';
  std::cerr.flush();
}

const std::atomic<bool>* cancelOnSignals() {
  std::signal(SIGINT, requestCancel);
  std::signal(SIGTERM, requestCancel);
  return &gCancel;
}

std::optional<int> refuseUnknownChoice(const QCommandLineParser& parser, const QString& subcommand,
                                       const QString& option, const QStringList& choices) {
  const QString value = parser.value(option);
  if (choices.contains(value)) return std::nullopt;
  return usageError(subcommand, QStringLiteral("--%1 '%2': expected %3").arg(option, value, choices.join(", ")));
}

int fail(const QString& subcommand, const std::string& message) {
  printErr(toStd(subcommand) + ": error: " + message + "\n");
  return kFailure;
}

int usageError(const QString& subcommand, const QString& message) {
  printErr(toStd(subcommand) + ": " + toStd(message) + "\n(see '" + toStd(subcommand) + " --help')\n");
  return kUsage;
}

std::string toStd(const QString& text) { return text.toUtf8().toStdString(); }

std::vector<std::string> toStd(const QStringList& texts) {
  std::vector<std::string> out;
  for (const QString& text : texts) out.push_back(toStd(text));
  return out;
}

ParallelDataset loadDataset(const QStringList& inputs) {
  constexpr std::size_t kWarningsShown = 20;
  try {
    ParallelDataset dataset = ParallelDataset::load(toStd(inputs));
    const auto warnings = dataset.warnings();
    for (std::size_t i = 0; i < warnings.size() && i < kWarningsShown; ++i) printInfo(warnings[i].toString() + "\n");
    if (warnings.size() > kWarningsShown)
      printInfo("... and " + std::to_string(warnings.size() - kWarningsShown) + " more warnings\n");
    printDetail("data: " + std::to_string(dataset.languages().size()) + " languages, " +
                std::to_string(dataset.questionCount()) + " questions, " +
                std::to_string(dataset.availablePairs().size()) + " language pairs\n");
    return dataset;
  } catch (const LoadError& e) {
    for (const Problem& problem : e.problems()) printErr(problem.toString() + "\n");
    const std::size_t count = e.problems().size();
    throw std::runtime_error("the data could not be loaded (" + std::to_string(count) +
                             (count == 1 ? " problem" : " problems") + " above)");
  }
}

void printOut(const std::string& text) {
  endProgress();  // on a terminal stdout and stderr share the screen
  std::cout << text;
  std::cout.flush();
}

void printErr(const std::string& text) { writeErr(text); }

void printInfo(const std::string& text) {
  if (gVerbosity != Verbosity::Quiet) writeErr(text);
}

void printDetail(const std::string& text) {
  if (gVerbosity == Verbosity::Verbose) writeErr(text);
}

void addPredictionOptions(QCommandLineParser& parser) {
  parser.addOption({"batch-size", "Windows per forward pass at most.", "n", "64"});
  parser.addOption(
      {"max-batch-tokens", "Padded tokens per forward pass at most (0: 2048 on the CPU, 16384 on a GPU).", "n", "0"});
  parser.addOption({"max-seq-length", "Tokens per window.", "n", "384"});
  parser.addOption({"doc-stride", "Context tokens shared by consecutive windows.", "n", "128"});
  parser.addOption({"max-query-length", "Question tokens kept.", "n", "64"});
  parser.addOption({"n-best", "Start/end candidates per window.", "n", "20"});
  parser.addOption({"max-answer-length", "Longest answer in tokens.", "n", "30"});
}

PredictSettings predictionSettings(const QCommandLineParser& parser) {
  const auto number = [&](const char* name) { return parser.value(name).toInt(); };
  PredictSettings settings;
  settings.features = {number("max-seq-length"), number("doc-stride"), number("max-query-length")};
  settings.decode = {number("n-best"), number("max-answer-length")};
  settings.batching.maxBatchSize = number("batch-size");
  settings.batching.maxBatchTokens = number("max-batch-tokens");
  return settings;
}

std::string formatAverage(const std::optional<double>& value) {
  char text[32];
  std::snprintf(text, sizeof text, "%6.2f", value.value_or(0.0));
  return value ? text : "     -";
}

void addDeviceOptions(QCommandLineParser& parser) {
  parser.addOption({"device", "auto (default), cpu or cuda:N.", "device", "auto"});
  addDtypeOption(parser);
}

void addDtypeOption(QCommandLineParser& parser, const QString& description) {
  parser.addOption({"dtype",
                    description.isEmpty() ? QStringLiteral("fp32 (default), bf16 or fp16 (CUDA only): the weights' and "
                                                           "activations' type; logits and scores stay fp32.")
                                          : description,
                    "dtype", "fp32"});
}

ComputeDtype dtypeOption(const QCommandLineParser& parser) { return parseComputeDtype(toStd(parser.value("dtype"))); }

ComputeDtype modelDtypeOption(const QCommandLineParser& parser) {
  const ComputeDtype dtype = dtypeOption(parser);
  if (dtype != ComputeDtype::BFloat16) return dtype;
  const RuntimeInfo runtime = queryRuntime();
  const QString device = parser.value("device");
  const bool onCpu = device == "cpu" || (device == "auto" && !runtime.cudaAvailable);
  if (onCpu && !runtime.bf16.native()) printInfo("warning: on this CPU bf16 runs on " + runtime.bf16.describe() + "\n");
  return dtype;
}

std::string pairList(const std::vector<LanguagePair>& pairs) {
  std::string out;
  for (const LanguagePair& pair : pairs) out += (out.empty() ? "" : " ") + pair.key();
  return out.empty() ? "-" : out;
}

}  // namespace xlqa::cli
