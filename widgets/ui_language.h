#pragma once
// The UI language: "system" (the default: the first of the desktop's languages that the app has),
// or "en", "es" or "zh_CN" chosen in the View menu. The choice is kept in QSettings; the
// translations are the installed .qm files (core/system/install_layout.h), with Qt's own for its
// standard dialogs where the system has them.
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace xlqa {

class UiLanguage : public QObject {
  Q_OBJECT
 public:
  explicit UiLanguage(QObject* parent = nullptr);  // installs the saved language

  QString code() const { return code_; }          // the choice: "system", "en", "es" or "zh_CN"
  QString activeCode() const { return active_; }  // the language shown: "en", "es" or "zh_CN"
  QString error() const { return error_; }        // why the last switch failed, naming the file
  // False, and the language unchanged, when there is no translation for `code`.
  bool switchTo(const QString& code);

  // The first of `uiLanguages` (BCP 47 names, most preferred first) that the app has, else "en".
  static QString languageFor(const QStringList& uiLanguages);
  static QString qmFile(const QString& language);  // where the app's translation into `language` is

 private:
  bool install(const QString& language);

  QString code_ = QStringLiteral("system");
  QString active_ = QStringLiteral("en");
  QString error_;
  QTranslator* translator_ = nullptr;
  QTranslator* qtTranslator_ = nullptr;
};

}  // namespace xlqa
