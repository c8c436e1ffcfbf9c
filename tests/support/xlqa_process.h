#pragma once
// Running the built `xlqa` command line from a test and collecting what it said.
#include <QProcess>
#include <QString>
#include <QStringList>

#include "support/shared_data.h"

namespace xlqa::test {

struct XlqaResult {
  int exitCode = -1;
  QProcess::ExitStatus status = QProcess::CrashExit;  // CrashExit also when it did not finish in time
  QString out, err;
};

inline XlqaResult runXlqa(const QStringList& arguments, int timeoutMs = 600000) {
  QProcess process;
  process.start(binPath("xlqa"), arguments);
  const bool finished = process.waitForFinished(timeoutMs);
  return {process.exitCode(), finished ? process.exitStatus() : QProcess::CrashExit,
          QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace xlqa::test
