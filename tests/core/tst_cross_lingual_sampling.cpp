// Cross-lingual sampling: per question id, N target languages drawn with a seed plus English,
// then every question x context combination among them, texts taken from the right files.
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/io/json_file.h"
#include "core/train/cross_lingual_sampling.h"

using namespace xlqa;

namespace {

// xquad.<lang>.json files with `ids` questions each; `skip` ids are left out of one language.
void writeParallelFiles(const QString& dir, const std::vector<std::string>& languages, int ids,
                        const std::map<std::string, std::set<int>>& skip = {}) {
  for (const std::string& language : languages) {
    nlohmann::json paragraphs = nlohmann::json::array();
    for (int i = 0; i < ids; ++i) {
      if (skip.count(language) && skip.at(language).count(i)) continue;
      const std::string answer = "answer" + std::to_string(i) + language;
      const std::string context = "Context " + language + " " + std::to_string(i) + ": " + answer + ".";
      paragraphs.push_back({{"context", context},
                            {"qas",
                             {{{"id", "q" + std::to_string(i)},
                               {"question", "Question " + language + " " + std::to_string(i) + "?"},
                               {"answers", {{{"text", answer}, {"answer_start", context.find(answer)}}}}}}}});
    }
    const nlohmann::json file = {{"version", "1.1"}, {"data", {{{"title", "t"}, {"paragraphs", paragraphs}}}}};
    writeFileAtomically(QDir(dir).filePath(QString::fromStdString("xquad." + language + ".json")).toStdString(),
                        file.dump());
  }
}

}  // namespace

class TestCrossLingualSampling : public QObject {
  Q_OBJECT
 private slots:
  void drawsTargetLanguagesPlusEnglishAndCombinesThemAll() {
    QTemporaryDir dir;
    writeParallelFiles(dir.path(), {"en", "es", "de", "ar"}, 300);
    const ParallelDataset dataset = ParallelDataset::load({dir.path().toStdString()});
    CrossLingualSampling settings;  // 2 targets + English by default
    settings.targetLanguages = 1;
    const CrossLingualSample sample = sampleCrossLingual(dataset, settings, 42);
    QCOMPARE(sample.questions, std::size_t(300));
    QCOMPARE(sample.examples.size(), std::size_t(300 * 4));  // {en, x}: 2 x 2 combinations
    std::map<std::string, int> drawn;
    for (std::size_t i = 0; i < sample.examples.size(); i += 4) {
      std::set<std::string> languages;
      for (std::size_t j = i; j < i + 4; ++j) {
        const SampledExample& e = sample.examples[j];
        QCOMPARE(e.example.question->id, sample.examples[i].example.question->id);
        languages.insert(e.pair.question), languages.insert(e.pair.context);
        // The question in its language; the context and its answers in the context's.
        QVERIFY(e.example.question->text.find("Question " + e.pair.question) == 0);
        QVERIFY(e.example.paragraph->context.find("Context " + e.pair.context) == 0);
        QVERIFY(e.example.contextQuestion->answers.at(0).text.find(e.pair.context) != std::string::npos);
      }
      QCOMPARE(languages.size(), std::size_t(2));
      QVERIFY(languages.count("en"));
      for (const std::string& language : languages)
        if (language != "en") ++drawn[language];
    }
    // Uniform draws among es, de, ar: each near a third of 300.
    QCOMPARE(drawn.size(), std::size_t(3));
    for (const auto& [language, count] : drawn) QVERIFY2(count > 70 && count < 130, language.c_str());
    QCOMPARE(sample.examplesPerPair.at({"en", "en"}), std::size_t(300));
  }

  void theSeedDecidesTheDraw() {
    QTemporaryDir dir;
    writeParallelFiles(dir.path(), {"en", "es", "de", "ar", "zh"}, 40);
    const ParallelDataset dataset = ParallelDataset::load({dir.path().toStdString()});
    const CrossLingualSampling settings;
    const auto keys = [](const CrossLingualSample& sample) {
      std::vector<std::string> out;
      for (const SampledExample& e : sample.examples) out.push_back(e.example.question->id + e.pair.key());
      return out;
    };
    QCOMPARE(keys(sampleCrossLingual(dataset, settings, 7)), keys(sampleCrossLingual(dataset, settings, 7)));
    QVERIFY(keys(sampleCrossLingual(dataset, settings, 7)) != keys(sampleCrossLingual(dataset, settings, 8)));
    QCOMPARE(sampleCrossLingual(dataset, settings, 7).examples.size(), std::size_t(40 * 9));  // 2 + en: 3 x 3
  }

  void zeroTargetsTakesEveryLanguageAndMissingIdsAreSkipped() {
    QTemporaryDir dir;
    writeParallelFiles(dir.path(), {"en", "es", "de"}, 10, {{"de", {3}}});
    const ParallelDataset dataset = ParallelDataset::load({dir.path().toStdString()});
    CrossLingualSampling settings;
    settings.targetLanguages = 0;
    const CrossLingualSample sample = sampleCrossLingual(dataset, settings, 1);
    QCOMPARE(sample.examples.size(), std::size_t(9 * 9 + 4));  // q3 has no German
    for (const SampledExample& e : sample.examples)
      if (e.example.question->id == "q3") QVERIFY(e.pair.question != "de" && e.pair.context != "de");
  }

  void languagesAndQuestionCountAreHonoured() {
    QTemporaryDir dir;
    writeParallelFiles(dir.path(), {"en", "es", "de", "ar"}, 20);
    const ParallelDataset dataset = ParallelDataset::load({dir.path().toStdString()});
    CrossLingualSampling settings;
    settings.languages = {"es", "de"};
    settings.targetLanguages = 1;
    settings.maxQuestions = 5;
    const CrossLingualSample sample = sampleCrossLingual(dataset, settings, 3);
    QCOMPARE(sample.questions, std::size_t(5));
    QCOMPARE(sample.examples.size(), std::size_t(5));  // no English to add: one language, one pair per id
    for (const SampledExample& e : sample.examples) QCOMPARE(e.pair.question, e.pair.context);
    settings.languages = {"en", "fr"};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleCrossLingual(dataset, settings, 3));
  }
};

QTEST_MAIN(TestCrossLingualSampling)
#include "tst_cross_lingual_sampling.moc"
