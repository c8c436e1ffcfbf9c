#include "widgets/ui_language.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

#include "core/util/message.h"

namespace xlqa {

UiLanguage::UiLanguage(QObject* parent) : QObject(parent) {
  // Core's messages go through the same translators as the UI's (xlqa::Message::localized).
  setMessageTranslator(
      [](const char* context, const char* text) { return QCoreApplication::translate(context, text).toStdString(); });
  code_ = QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString();
  if (code_ != QLatin1String("en")) install(code_);
}

bool UiLanguage::switchTo(const QString& code) {
  if (!install(code)) return false;
  code_ = code;
  QSettings().setValue(QStringLiteral("language"), code);
  return true;
}

bool UiLanguage::install(const QString& code) {
  if (translator_) QCoreApplication::removeTranslator(translator_);
  delete translator_;
  translator_ = nullptr;
  if (code == QLatin1String("en")) return true;
  translator_ = new QTranslator(this);
  if (!translator_->load(QStringLiteral(":/i18n/xlqa_%1.qm").arg(code))) return false;
  QCoreApplication::installTranslator(translator_);
  return true;
}

}  // namespace xlqa
