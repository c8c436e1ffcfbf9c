#pragma once
// GUI tests read and write QSettings: point them at a test organisation and Qt's test-mode
// paths, so a test never sees or changes the user's settings.
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

inline void isolateSettings() {
  QCoreApplication::setOrganizationName(QStringLiteral("XLQA Studio tests"));
  QStandardPaths::setTestModeEnabled(true);
}

inline void clearSettings() { QSettings().clear(); }
