// Core's error messages reach the user in the UI's language (xlqa::Message through the app's
// translators), and every template core marks with XLQA_TR has a finished translation that keeps
// its placeholders, in every language the app ships.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "core/data/problems.h"
#include "core/data/squad_file.h"
#include "core/io/json_file.h"
#include "core/util/message.h"
#include "widgets/error_text.h"
#include "widgets/ui_language.h"

using namespace xlqa;

namespace {

struct Entry {
  QString translation;
  bool finished = false;
};
using Catalog = QHash<QPair<QString, QString>, Entry>;  // (context, source) -> translation

Catalog readTs(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(path));
  QXmlStreamReader xml(&file);
  Catalog catalog;
  QString context, source;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    if (xml.name() == QLatin1String("name")) context = xml.readElementText();
    if (xml.name() == QLatin1String("source")) source = xml.readElementText();
    if (xml.name() == QLatin1String("translation")) {
      const QString type = xml.attributes().value(QLatin1String("type")).toString();
      Entry entry;
      entry.finished = type.isEmpty();
      entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);  // plural forms
      catalog.insert({context, source}, entry);
    }
  }
  if (xml.hasError()) qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
  return catalog;
}

QString unescapeCpp(QString text) {
  text.replace(QLatin1String("\\\""), QLatin1String("\""));
  text.replace(QLatin1String("\\n"), QLatin1String("\n"));
  text.replace(QLatin1String("\\\\"), QLatin1String("\\"));
  return text;
}

// Every XLQA_TR("context", "text") in core's sources.
QList<QPair<QString, QString>> coreTemplates() {
  static const QRegularExpression marker(
      QStringLiteral(R"re(XLQA_TR\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\))re"));
  QList<QPair<QString, QString>> found;
  QDirIterator it(QStringLiteral(XLQA_SOURCE_DIR "/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                  QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    QFile file(it.next());
    if (!file.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    for (auto match = marker.globalMatch(text); match.hasNext();) {
      const auto m = match.next();
      if (m.captured(1) == QLatin1String("context")) continue;  // the macro's own definition
      found.append({m.captured(1), unescapeCpp(m.captured(2))});
    }
  }
  return found;
}

QSet<QString> placeholders(const QString& text) {
  static const QRegularExpression number(QStringLiteral("%[1-9]"));
  QSet<QString> out;
  for (auto it = number.globalMatch(text); it.hasNext();) out.insert(it.next().captured());
  return out;
}

}  // namespace

class TestCoreMessages : public QObject {
  Q_OBJECT

 private slots:
  void everyCoreTemplateIsTranslated_data() {
    QTest::addColumn<QString>("tsFile");
    QTest::newRow("es") << QStringLiteral(XLQA_SOURCE_DIR "/translations/xlqa_es.ts");
    QTest::newRow("zh_CN") << QStringLiteral(XLQA_SOURCE_DIR "/translations/xlqa_zh_CN.ts");
  }

  void everyCoreTemplateIsTranslated() {
    QFETCH(QString, tsFile);
    const Catalog catalog = readTs(tsFile);
    const auto templates = coreTemplates();
    QVERIFY2(templates.size() >= 100, qPrintable(QString::number(templates.size())));
    QStringList problems;
    for (const auto& key : templates) {
      const QString where = key.first + QLatin1String(": \"") + key.second + QLatin1String("\"");
      const auto it = catalog.find(key);
      if (it == catalog.end()) {
        problems << QStringLiteral("missing (run the update_translations target): ") + where;
      } else if (!it->finished || it->translation.isEmpty()) {
        problems << QStringLiteral("not translated: ") + where;
      } else if (placeholders(it->translation) != placeholders(key.second)) {
        problems << QStringLiteral("placeholders differ: ") + where + QLatin1String(" -> ") + it->translation;
      }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
  }

  void argumentsFillTheTranslatedTemplate() {
    setMessageTranslator([](const char* context, const char* text) {
      const std::string key = std::string(context) + "|" + text;
      if (key == "T|outer %1 then %2") return std::string("%2 avant %1");
      if (key == "T|inner %1") return std::string("dedans %1");
      return std::string(text);
    });
    const Message message(XLQA_TR("T", "outer %1 then %2"), Message(XLQA_TR("T", "inner %1"), 7), "verbatim %1");
    QCOMPARE(QString::fromStdString(message.english()), QStringLiteral("outer inner 7 then verbatim %1"));
    QCOMPARE(QString::fromStdString(message.localized()), QStringLiteral("verbatim %1 avant dedans 7"));
    setMessageTranslator(nullptr);
    QCOMPARE(message.localized(), message.english());
  }

  void fileErrorsReachTheUserTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en"
                        << "malformed JSON at line 2, column 10";
    QTest::newRow("es") << "es" << QString::fromUtf8("JSON mal formado en la línea 2, columna 10");
    QTest::newRow("zh_CN") << "zh_CN" << QString::fromUtf8("JSON 格式错误，位于第 2 行第 10 列");
  }

  void fileErrorsReachTheUserTranslated() {
    QFETCH(QString, language);
    QFETCH(QString, expected);
    UiLanguage ui;
    QVERIFY(ui.switchTo(language));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("config.json")).toStdString();
    writeFileAtomically(path, "{\n  \"a\": 1,,\n}\n");
    try {
      readJsonFile(path);
      QFAIL("malformed JSON was accepted");
    } catch (const FileError& e) {
      const QString shown = errorText(e);
      QVERIFY2(shown.startsWith(QString::fromStdString(path) + QLatin1String(": ")), qPrintable(shown));
      QVERIFY2(shown.contains(expected), qPrintable(shown));
      QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("malformed JSON at line 2, column 10")), e.what());
    }
    ui.switchTo(QStringLiteral("en"));
  }

  void datasetProblemsReachTheUserTranslated() {
    UiLanguage ui;
    QVERIFY(ui.switchTo(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("xquad.zh.json")).toStdString();
    writeFileAtomically(path, R"({"data": [{"title": "t", "paragraphs": [{"context": "abc", "qas": [
        {"id": "q", "question": "?", "answers": [{"text": "b", "answer_start": "four"}]}]}]}]})");
    try {
      loadSquadFile(path);
      QFAIL("an answer_start that is not a number was accepted");
    } catch (const LoadError& e) {
      const QString shown = errorText(e);
      QVERIFY2(shown.startsWith(QString::fromUtf8("错误")), qPrintable(shown));
      QVERIFY2(shown.contains(QString::fromStdString(path)), qPrintable(shown));
      QVERIFY2(shown.contains(QLatin1String("answer_start")), qPrintable(shown));
    }
    ui.switchTo(QStringLiteral("en"));
  }
};

QTEST_MAIN(TestCoreMessages)
#include "tst_core_messages.moc"
