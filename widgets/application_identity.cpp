#include "widgets/application_identity.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

#include "xlqa/version.h"

namespace xlqa {

namespace {

void moveLegacySettings() {
  QSettings current;
  if (!current.allKeys().isEmpty()) return;
  QSettings legacy(QStringLiteral("XLQA Studio"), QStringLiteral("XLQA Studio"));
  const QStringList keys = legacy.allKeys();
  if (keys.isEmpty()) return;
  for (const QString& key : keys) current.setValue(key, legacy.value(key));
  current.sync();
  if (current.status() == QSettings::NoError) legacy.clear();  // only once the copy is safe
}

}  // namespace

void setUpApplicationIdentity() {
  QApplication::setApplicationName(QStringLiteral("xlqa-studio"));
  QApplication::setOrganizationName(QStringLiteral("xlqa-studio"));
  QApplication::setApplicationDisplayName(QStringLiteral("XLQA Studio"));
  QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
  QGuiApplication::setDesktopFileName(QString::fromLatin1(kDesktopFileName));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.xlqa.Studio.svg")));
  moveLegacySettings();
}

}  // namespace xlqa
