#include "widgets/ui_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "core/system/install_layout.h"
#include "core/util/message.h"

namespace xlqa {

namespace {

const QString kSystem = QStringLiteral("system");

// The language a choice shows: the desktop's for "system".
QString languageOf(const QString& choice) {
  return choice == kSystem ? UiLanguage::languageFor(QLocale::system().uiLanguages()) : choice;
}

void remove(QTranslator*& translator) {
  if (translator == nullptr) return;
  QCoreApplication::removeTranslator(translator);
  delete translator;
  translator = nullptr;
}

}  // namespace

UiLanguage::UiLanguage(QObject* parent) : QObject(parent) {
  // Core's messages go through the same translators as the UI's (xlqa::Message::localized).
  setMessageTranslator(
      [](const char* context, const char* text) { return QCoreApplication::translate(context, text).toStdString(); });
  // A saved language whose translation has gone shows English and keeps the choice for later.
  code_ = QSettings().value(QStringLiteral("language"), kSystem).toString();
  install(languageOf(code_));
}

bool UiLanguage::switchTo(const QString& code) {
  if (!install(languageOf(code))) return false;
  code_ = code;
  QSettings().setValue(QStringLiteral("language"), code);
  return true;
}

QString UiLanguage::languageFor(const QStringList& uiLanguages) {
  for (const QString& name : uiLanguages) {
    const QLocale locale(name);
    if (locale.language() == QLocale::English) return QStringLiteral("en");
    if (locale.language() == QLocale::Spanish) return QStringLiteral("es");
    // Simplified Chinese only: zh_TW and zh_HK write Traditional characters.
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
      return QStringLiteral("zh_CN");
  }
  return QStringLiteral("en");
}

QString UiLanguage::qmFile(const QString& language) {
  return QDir(QString::fromStdString(translationsDirectory())).filePath(QStringLiteral("xlqa_%1.qm").arg(language));
}

bool UiLanguage::install(const QString& language) {
  if (language != QLatin1String("en")) {
    auto* translator = new QTranslator(this);
    if (!translator->load(qmFile(language))) {
      delete translator;
      error_ = tr("No translation for %1: %2 is missing or unreadable").arg(language, qmFile(language));
      return false;
    }
    remove(translator_);
    translator_ = translator;
    QCoreApplication::installTranslator(translator_);
  } else {
    remove(translator_);
  }
  // Qt's own strings (standard buttons and dialogs), where the system has its translations.
  remove(qtTranslator_);
  if (language != QLatin1String("en")) {
    auto* qt = new QTranslator(this);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
      qtTranslator_ = qt;
      QCoreApplication::installTranslator(qtTranslator_);
    } else {
      delete qt;
    }
  }
  active_ = language;
  error_.clear();
  return true;
}

}  // namespace xlqa
