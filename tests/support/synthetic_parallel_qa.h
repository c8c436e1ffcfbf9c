#pragma once
// A small parallel QA set written by the tests themselves: "<name> lives in <city>. The code of
// <name> is <code>." and its Spanish and German renderings, with the code as the answer. Easy
// enough that a tiny model learns it in seconds, so training tests can ask for real progress.
#include <QDir>
#include <QString>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/io/json_file.h"

namespace xlqa::test {

inline void writeSyntheticParallelQa(const QString& dir, int questions) {
  QDir().mkpath(dir);
  const char* names[] = {"Alma", "Boris", "Carla", "Dario", "Elena", "Fabio", "Greta", "Hugo", "Irene", "Jonas"};
  const char* cities[] = {"Lima", "Oslo", "Quito", "Riga", "Turin", "Bern", "Cork", "Nice"};
  struct Template {
    const char* language;
    const char* context;  // %N name, %C city, %K code
    const char* question;
  };
  const Template templates[] = {
      {"en", "%N lives in %C. The code of %N is %K.", "What is the code of %N?"},
      {"es", "%N vive en %C. El código de %N es %K.", "¿Cuál es el código de %N?"},
      {"de", "%N wohnt in %C. Der Code von %N ist %K.", "Was ist der Code von %N?"},
  };
  const auto fill = [](std::string text, const std::string& name, const std::string& city, const std::string& code) {
    for (const auto& [key, value] : {std::pair<std::string, std::string>{"%N", name}, {"%C", city}, {"%K", code}})
      for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
    return text;
  };
  for (const Template& t : templates) {
    nlohmann::json paragraphs = nlohmann::json::array();
    for (int i = 0; i < questions; ++i) {
      const std::string name = std::string(names[i % 10]) + std::string(1, char('A' + (i / 10) % 26));
      const std::string city = cities[(i * 3) % 8];
      const std::string code = std::string(1, char('K' + i % 7)) + std::to_string(10 + (i * 37) % 89);
      const std::string context = fill(t.context, name, city, code);
      // Byte offset -> code points: the contexts are ASCII up to the code except "código".
      const std::string before = context.substr(0, context.rfind(code));
      long start = 0;
      for (unsigned char c : before) start += (c & 0xC0) != 0x80;
      paragraphs.push_back({{"context", context},
                            {"qas",
                             {{{"id", "q" + std::to_string(i)},
                               {"question", fill(t.question, name, city, code)},
                               {"answers", {{{"text", code}, {"answer_start", start}}}}}}}});
    }
    const nlohmann::json file = {{"version", "1.1"}, {"data", {{{"title", "synthetic"}, {"paragraphs", paragraphs}}}}};
    writeFileAtomically(
        QDir(dir).filePath(QStringLiteral("xquad.%1.json").arg(QString::fromLatin1(t.language))).toStdString(),
        file.dump());
  }
}

}  // namespace xlqa::test
