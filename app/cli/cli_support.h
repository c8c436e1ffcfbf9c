#pragma once
// What every `xlqa` subcommand shares: option parsing with --help, errors, output.
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>
#include <string>

namespace xlqa::cli {

enum ExitCode { kSuccess = 0, kFailure = 1, kUsage = 2 };

// Parses `arguments` (argv[0] = "xlqa <subcommand>"); prints help and returns kSuccess for
// --help, prints the error and returns kUsage for bad options, nullopt to carry on.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments,
                                  const QString& description);

int fail(const QString& subcommand, const std::string& message);  // "xlqa score: error: ..." -> kFailure
int usageError(const QString& subcommand, const QString& message);  // -> kUsage

std::string toStd(const QString& text);
void printOut(const std::string& text);  // stdout, UTF-8
void printErr(const std::string& text);  // stderr, UTF-8

}  // namespace xlqa::cli
