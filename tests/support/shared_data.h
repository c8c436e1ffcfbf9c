#pragma once
// Locating ../shared (data and fixtures nobody here wrote). Tests that need it skip with a
// reason when it is absent, and fail loudly when it is present but incomplete.
#include <QDir>
#include <QString>
#include <QtTest>

#include <string>

namespace xlqa::test {

inline QString sharedDir() {
  const QByteArray fromEnv = qgetenv("XLQA_SHARED_DIR");
  return QDir::cleanPath(fromEnv.isEmpty() ? QString::fromUtf8(XLQA_SHARED_DIR) : QString::fromUtf8(fromEnv));
}

inline std::string sharedPath(const QString& relative) { return QDir(sharedDir()).filePath(relative).toStdString(); }

// The device the model tests run on: "cpu", or XLQA_TEST_DEVICE (e.g. "cuda:0" on a GPU machine;
// tools/gpu/check_cuda.sh sets it).
inline std::string testDevice() {
  const QByteArray fromEnv = qgetenv("XLQA_TEST_DEVICE");
  return fromEnv.isEmpty() ? std::string("cpu") : fromEnv.toStdString();
}

inline QString binPath(const QString& program) { return QDir(QString::fromUtf8(XLQA_BIN_DIR)).filePath(program); }

}  // namespace xlqa::test

// Skips the current test function when ../shared/<relative> does not exist.
#define XLQA_REQUIRE_SHARED(relative)                                                      \
  do {                                                                                     \
    if (!QFileInfo::exists(QDir(xlqa::test::sharedDir()).filePath(relative)))              \
      QSKIP(qPrintable(QStringLiteral("needs %1/%2 (the shared data beside the checkout)") \
                           .arg(xlqa::test::sharedDir(), relative)));                      \
  } while (0)
