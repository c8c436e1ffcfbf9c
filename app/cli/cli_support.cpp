#include "app/cli/cli_support.h"

#include <cstdio>
#include <iostream>

namespace xlqa::cli {

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments,
                                  const QString& description) {
  parser.setApplicationDescription(description);
  const QCommandLineOption help({"h", "help"}, "Show this help.");
  parser.addOption(help);
  if (!parser.parse(arguments)) return usageError(arguments.value(0), parser.errorText());
  if (parser.isSet(help)) {
    printOut(toStd(parser.helpText()));
    return kSuccess;
  }
  return std::nullopt;
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

void printOut(const std::string& text) {
  std::cout << text;
  std::cout.flush();
}

void printErr(const std::string& text) {
  std::cerr << text;
  std::cerr.flush();
}

}  // namespace xlqa::cli
