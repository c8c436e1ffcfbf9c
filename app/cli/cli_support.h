#pragma once
// What every `xlqa` subcommand shares: option parsing with --help, errors, output.
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "core/data/language_pair.h"
#include "core/model/compute_dtype.h"

namespace xlqa {
class ParallelDataset;
struct PredictSettings;
}  // namespace xlqa

namespace xlqa::cli {

// kCancelled: a job stopped by Ctrl-C or SIGTERM (what shells report for SIGINT, 128 + 2).
enum ExitCode { kSuccess = 0, kFailure = 1, kUsage = 2, kCancelled = 130 };

// Parses `arguments` (argv[0] = "xlqa <subcommand>"), adding --help, --quiet and --verbose to
// every command; prints help (its usage line naming the subcommand) and returns kSuccess for
// --help, prints the error and returns kUsage for bad options (also a count that is not a whole
// number), nullopt to carry on. Sets verbosity().
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& description);

// A command of xlqa or of a group (xlqa run check, xlqa bench data).
struct Subcommand {
  const char* name;
  const char* summary;
  int (*run)(const QStringList&);
};
// "  name     summary" lines, the summaries aligned after the longest name.
std::string commandList(const std::vector<Subcommand>& commands);
// Runs the member named by arguments[1] with argv[0] = "xlqa <group> <name>". --help lists the
// members; --help-all adds each one's help; none or an unknown one is a usage error.
int runNested(const QStringList& arguments, const std::vector<Subcommand>& commands);

// How much goes to stderr besides results and errors: --quiet nothing, --verbose also progress
// off a terminal and extra detail.
enum class Verbosity { Quiet, Normal, Verbose };
Verbosity verbosity();

// Progress on stderr, one display for every command: redrawn in place on a terminal (unless
// --quiet); off a terminal nothing, or with --verbose the `milestone` updates as plain lines.
void printProgress(const std::string& text, bool milestone);
// Ends a line drawn in place so that what follows starts on its own; every print* calls it.
void endProgress();

// Set by the first SIGINT or SIGTERM from the time it is called (a second one stops at once):
// the cancel flag of long jobs, which then return kCancelled.
const std::atomic<bool>* cancelOnSignals();

// A usage error (kUsage) when `option`'s value is not one of `choices`, nullopt when it is.
std::optional<int> refuseUnknownChoice(const QCommandLineParser& parser, const QString& subcommand,
                                       const QString& option, const QStringList& choices);

int fail(const QString& subcommand, const std::string& message);    // "xlqa score: error: ..." -> kFailure
int usageError(const QString& subcommand, const QString& message);  // -> kUsage

std::string toStd(const QString& text);
std::vector<std::string> toStd(const QStringList& texts);

// Loads the --data files; on failure prints every problem (file, JSON path, reason) and
// rethrows so the command exits with kFailure. Warnings are printed, at most 20.
ParallelDataset loadDataset(const QStringList& inputs);

// The window, decoding and batching options every model-running command shares.
void addPredictionOptions(QCommandLineParser& parser);
PredictSettings predictionSettings(const QCommandLineParser& parser);
// --device auto|cpu|cuda:N (default auto) and --dtype, for every command that runs a model.
void addDeviceOptions(QCommandLineParser& parser);
// --dtype fp32|bf16|fp16 (default fp32); dtypeOption throws std::invalid_argument for others.
void addDtypeOption(QCommandLineParser& parser, const QString& description = {});
ComputeDtype dtypeOption(const QCommandLineParser& parser);
// The same for commands with addDeviceOptions, warning when bf16 would run slowly on this CPU.
ComputeDtype modelDtypeOption(const QCommandLineParser& parser);
// An XLT / G-XLT average as the commands print it ("%6.2f"), "     -" when there is none.
std::string formatAverage(const std::optional<double>& value);
// "en-de es-en", or "-" for none.
std::string pairList(const std::vector<LanguagePair>& pairs);
void printOut(const std::string& text);     // stdout, UTF-8: results
void printErr(const std::string& text);     // stderr, UTF-8: errors, always shown
void printInfo(const std::string& text);    // stderr: notes and warnings, hidden by --quiet
void printDetail(const std::string& text);  // stderr: only with --verbose

}  // namespace xlqa::cli
