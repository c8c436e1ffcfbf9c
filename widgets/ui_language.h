#pragma once
// The UI language: "en", "es" or "zh_CN", its translator installed in the application and the
// choice kept in QSettings.
#include <QObject>
#include <QString>

class QTranslator;

namespace xlqa {

class UiLanguage : public QObject {
  Q_OBJECT
 public:
  explicit UiLanguage(QObject* parent = nullptr);  // installs the saved language

  QString code() const { return code_; }
  // False, and the language unchanged, when there is no translation for `code`.
  bool switchTo(const QString& code);

 private:
  bool install(const QString& code);

  QString code_ = QStringLiteral("en");
  QTranslator* translator_ = nullptr;
};

}  // namespace xlqa
