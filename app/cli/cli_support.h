#pragma once
// What every `xlqa` subcommand shares: option parsing with --help, errors, output.
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
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

enum ExitCode { kSuccess = 0, kFailure = 1, kUsage = 2 };

// Parses `arguments` (argv[0] = "xlqa <subcommand>"); prints help and returns kSuccess for
// --help, prints the error and returns kUsage for bad options (also a count that is not a whole
// number), nullopt to carry on.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& description);

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
void printOut(const std::string& text);  // stdout, UTF-8
void printErr(const std::string& text);  // stderr, UTF-8

}  // namespace xlqa::cli
