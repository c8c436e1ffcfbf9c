// Building (question language, context language) example sets from parallel files: XQuAD's
// 12 languages, missing ids, MLQA's cross-lingual files, TyDiQA's mixed file.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/parallel_dataset.h"
#include "support/shared_data.h"

using namespace xlqa;

namespace {

struct Qa {
  std::string id;
  std::string question;
  std::string context;
  std::string answer;  // must occur in the context (ASCII, so byte and code point offsets agree)
};

// A SQuAD file with one paragraph per question.
std::string squadJson(const std::vector<Qa>& qas) {
  nlohmann::json paragraphs = nlohmann::json::array();
  for (const Qa& qa : qas) {
    const nlohmann::json answer = {{"text", qa.answer}, {"answer_start", qa.context.find(qa.answer)}};
    const nlohmann::json question = {
        {"id", qa.id}, {"question", qa.question}, {"answers", nlohmann::json::array({answer})}};
    paragraphs.push_back({{"context", qa.context}, {"qas", nlohmann::json::array({question})}});
  }
  const nlohmann::json article = {{"title", "T"}, {"paragraphs", paragraphs}};
  return nlohmann::json{{"version", "1.1"}, {"data", nlohmann::json::array({article})}}.dump();
}

bool mentions(const std::vector<Problem>& problems, const std::string& part) {
  for (const Problem& problem : problems) {
    if (problem.toString().find(part) != std::string::npos) return true;
  }
  return false;
}

std::string joined(const std::vector<Problem>& problems) {
  std::string text;
  for (const Problem& problem : problems) text += problem.toString() + "\n";
  return text;
}

}  // namespace

class TestParallelDataset : public QObject {
  Q_OBJECT

 private:
  // A fresh folder per test, so that loading a folder sees only that test's files.
  std::unique_ptr<QTemporaryDir> dir_;

  std::string folder() const { return dir_->path().toStdString(); }
  std::string write(const std::string& name, const std::string& bytes) {
    const std::string path = QDir(dir_->path()).filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  static std::vector<Problem> loadErrors(const std::vector<std::string>& inputs) {
    try {
      ParallelDataset::load(inputs);
    } catch (const LoadError& e) {
      return e.problems();
    }
    qWarning("the dataset loaded although it should not");
    return {};
  }

 private slots:
  void init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
  }

  void xquadHasAllPairs() {
    XLQA_REQUIRE_SHARED("data/xquad");
    QElapsedTimer timer;
    timer.start();
    const ParallelDataset dataset = ParallelDataset::load({xlqa::test::sharedPath("data/xquad")});
    qInfo("loaded the XQuAD folder (12 files) in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(dataset.languages(),
             (std::vector<std::string>{"ar", "de", "el", "en", "es", "hi", "ro", "ru", "th", "tr", "vi", "zh"}));
    const auto pairs = dataset.availablePairs();
    QCOMPARE(pairs.size(), std::size_t{144});
    QVERIFY(std::is_sorted(pairs.begin(), pairs.end()));
    QVERIFY2(dataset.warnings().empty(), joined(dataset.warnings()).c_str());
    QCOMPARE(dataset.questionCount(), std::size_t{12 * 1190});
    for (const LanguagePair& pair : pairs) {
      const PairExamples examples = dataset.pair(pair);
      QCOMPARE(examples.examples.size(), std::size_t{1190});
      QCOMPARE(examples.idsWithoutQuestion, std::size_t{0});
      QCOMPARE(examples.pair, pair);
    }
  }

  void crossLingualPairTakesQuestionAndContextFromTheirFiles() {
    XLQA_REQUIRE_SHARED("data/xquad");
    const ParallelDataset dataset = ParallelDataset::load({xlqa::test::sharedPath("data/xquad")});
    const SquadFile& en = dataset.monolingualFile("en");
    const SquadFile& de = dataset.monolingualFile("de");
    const PairExamples enDe = dataset.pair({"en", "de"});
    QCOMPARE(enDe.examples.size(), de.questions.size());
    for (std::size_t i = 0; i < de.questions.size(); ++i) {
      const PairExample& example = enDe.examples[i];
      const Question& german = de.questions[i];  // context-language file order
      QCOMPARE(example.contextQuestion, &german);
      QCOMPARE(example.paragraph, &de.paragraphs[german.paragraph]);
      const std::int64_t englishIndex = en.findQuestion(german.id);
      QVERIFY(englishIndex >= 0);
      QCOMPARE(example.question, &en.questions[static_cast<std::size_t>(englishIndex)]);
      QCOMPARE(example.question->id, german.id);
    }
    // Spot-check the texts themselves: English question, German context and answer.
    const PairExample& first = enDe.examples.front();
    QCOMPARE(first.question->text, en.questions[static_cast<std::size_t>(en.findQuestion(first.question->id))].text);
    QVERIFY(first.question->text != first.contextQuestion->text);
    QVERIFY(first.paragraph->context.find(first.contextQuestion->answers.at(0).text) != std::string::npos);
    QCOMPARE(first.paragraph->context, de.paragraphs[de.questions[0].paragraph].context);
  }

  void pairSelections() {
    XLQA_REQUIRE_SHARED("data/xquad");
    const ParallelDataset dataset = ParallelDataset::load({xlqa::test::sharedPath("data/xquad")});
    const auto available = dataset.availablePairs();
    QCOMPARE(selectPairs("all", available).size(), std::size_t{144});
    const auto xlt = selectPairs("xlt", available);
    QCOMPARE(xlt.size(), std::size_t{12});
    QVERIFY(std::all_of(xlt.begin(), xlt.end(), [](const LanguagePair& p) { return p.isXlt(); }));
    const auto gxlt = selectPairs("gxlt", available);
    QCOMPARE(gxlt.size(), std::size_t{132});
    QVERIFY(std::none_of(gxlt.begin(), gxlt.end(), [](const LanguagePair& p) { return p.isXlt(); }));
    const auto listed = selectPairs("en-es,es-en", available);
    QCOMPARE(listed, (std::vector<LanguagePair>{{"en", "es"}, {"es", "en"}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, selectPairs("en-fr", available));  // known, not loaded
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, selectPairs("en-xx", available));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dataset.pair({"en", "fr"}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dataset.monolingualFile("fr"));
  }

  void languagePairParsing() {
    QCOMPARE(parseLanguagePair("en-es"), (LanguagePair{"en", "es"}));
    QCOMPARE(parseLanguagePair("zh-zh").key(), std::string("zh-zh"));
    for (const char* bad : {"en_es", "en-", "-es", "en-es-de", "", "english-es"}) {
      try {
        parseLanguagePair(bad);
        QFAIL(qPrintable(QStringLiteral("accepted \"%1\"").arg(bad)));
      } catch (const std::invalid_argument& e) {
        QVERIFY2(std::string(e.what()).find(std::string("\"") + bad + "\"") != std::string::npos, e.what());
      }
    }
    try {
      parseLanguagePair("xx-en");
      QFAIL("accepted an unknown code");
    } catch (const std::invalid_argument& e) {
      QVERIFY2(std::string(e.what()).find("unknown language code \"xx\"") != std::string::npos, e.what());
    }
  }

  void missingIdsAreCountedAndWarned() {
    write("xquad.en.json", squadJson({{"a", "Who A?", "Alpha text", "Alpha"},
                                      {"b", "Who B?", "Beta text", "Beta"},
                                      {"c", "Who C?", "Gamma text", "Gamma"}}));
    write("xquad.de.json", squadJson({{"a", "Wer A?", "Alpha Text", "Alpha"}, {"c", "Wer C?", "Gamma Text", "Gamma"}}));
    const ParallelDataset dataset = ParallelDataset::load({folder()});
    const PairExamples deEn = dataset.pair({"de", "en"});  // English contexts, German questions
    QCOMPARE(deEn.examples.size(), std::size_t{2});
    QCOMPARE(deEn.idsWithoutQuestion, std::size_t{1});
    QCOMPARE(deEn.examples[1].question->text, std::string("Wer C?"));
    QCOMPARE(deEn.examples[1].paragraph->context, std::string("Gamma text"));
    const PairExamples enDe = dataset.pair({"en", "de"});
    QCOMPARE(enDe.examples.size(), std::size_t{2});
    QCOMPARE(enDe.idsWithoutQuestion, std::size_t{0});
    QCOMPARE(dataset.pair({"en", "en"}).examples.size(), std::size_t{3});
    const auto warnings = dataset.warnings();
    QCOMPARE(warnings.size(), std::size_t{1});
    QCOMPARE(warnings[0].severity, Severity::Warning);
    QVERIFY2(mentions(warnings, "xquad.de.json") && mentions(warnings, "lacks 1 question id ") &&
                 mentions(warnings, "\"b\""),
             joined(warnings).c_str());
  }

  void mlqaFileIsItsNamedPair() {
    write("dev-context-de-question-en.json",
          squadJson({{"m1", "What is it?", "Das ist ein Haus.", "Haus"}, {"m2", "Who?", "Er ist Max.", "Max"}}));
    const ParallelDataset dataset = ParallelDataset::load({folder()});
    QCOMPARE(dataset.languages(), (std::vector<std::string>{"de", "en"}));
    QCOMPARE(dataset.availablePairs(), (std::vector<LanguagePair>{{"en", "de"}}));
    const PairExamples enDe = dataset.pair({"en", "de"});
    QCOMPARE(enDe.examples.size(), std::size_t{2});
    QCOMPARE(enDe.examples[0].question->text, std::string("What is it?"));
    QCOMPARE(enDe.examples[0].paragraph->context, std::string("Das ist ein Haus."));
    QCOMPARE(dataset.questionCount(), std::size_t{2});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dataset.pair({"de", "en"}));
  }

  void nativeCrossLingualFileWinsOverAlignment() {
    write("dev-context-en-question-en.json", squadJson({{"m1", "Aligned?", "English context.", "English"}}));
    write("dev-context-de-question-de.json", squadJson({{"m1", "Deutsch?", "Deutscher Kontext.", "Deutsch"}}));
    write("dev-context-de-question-en.json", squadJson({{"m1", "Native?", "Nativer Kontext.", "Kontext"}}));
    const ParallelDataset dataset = ParallelDataset::load({folder()});
    QCOMPARE(dataset.availablePairs().size(), std::size_t{4});
    QCOMPARE(dataset.pair({"en", "de"}).examples.at(0).question->text, std::string("Native?"));
    QCOMPARE(dataset.pair({"de", "en"}).examples.at(0).question->text, std::string("Deutsch?"));
  }

  void tydiqaMixedFileSplitsByIdPrefix() {
    write("tydiqa-goldp-v1.1-dev.json", squadJson({{"arabic-111-0", "AR1?", "arabic context one", "one"},
                                                   {"english-222-0", "EN?", "english context", "english"},
                                                   {"arabic-333-1", "AR2?", "arabic context two", "two"}}));
    const ParallelDataset dataset = ParallelDataset::load({folder()});
    QCOMPARE(dataset.languages(), (std::vector<std::string>{"ar", "en"}));
    const SquadFile& ar = dataset.monolingualFile("ar");
    QCOMPARE(ar.questions.size(), std::size_t{2});
    QCOMPARE(ar.findQuestion("arabic-333-1"), std::int64_t{1});
    QCOMPARE(ar.paragraphs.at(ar.questions[1].paragraph).context, std::string("arabic context two"));
    QCOMPARE(ar.titles.at(ar.paragraphs[0].article), std::string("T"));
    QCOMPARE(dataset.monolingualFile("en").questions.at(0).text, std::string("EN?"));
    QCOMPARE(dataset.pair({"ar", "ar"}).examples.size(), std::size_t{2});
    QCOMPARE(dataset.questionCount(), std::size_t{3});
    // TyDiQA's languages hold different questions by design: no alignment warnings.
    QVERIFY2(dataset.warnings().empty(), joined(dataset.warnings()).c_str());
  }

  void tydiqaUnknownIdPrefixIsAnError() {
    write("tydiqa-goldp-v1.1-dev.json", squadJson({{"klingon-1-0", "Q?", "context", "context"}}));
    const auto errors = loadErrors({folder()});
    QVERIFY2(mentions(errors, "\"klingon-1-0\""), joined(errors).c_str());
  }

  void twoFilesForOneLanguageIsAnError() {
    const std::string first = write("xquad.de.json", squadJson({{"a", "Q?", "ctx", "ctx"}}));
    const std::string second = write("other.json", squadJson({{"a", "Q?", "ctx", "ctx"}}));
    const auto errors = loadErrors({first, "de=" + second});
    QCOMPARE(errors.size(), std::size_t{1});
    QVERIFY2(mentions(errors, "second file for language de") && mentions(errors, first) && mentions(errors, second),
             joined(errors).c_str());
  }

  void errorsOfAllFilesAreGathered() {
    write("xquad.en.json", "{\"data\": [");
    write("xquad.es.json", R"({"data": [{"title": "T", "paragraphs": [{"context": "c", "qas": [{"id": 1}]}]}]})");
    write("xquad.de.json", squadJson({{"a", "Q?", "ctx", "ctx"}}));
    const auto errors = loadErrors({folder()});
    QVERIFY2(mentions(errors, "xquad.en.json") && mentions(errors, "truncated"), joined(errors).c_str());
    QVERIFY2(mentions(errors, "xquad.es.json: data[0].paragraphs[0].qas[0].id"), joined(errors).c_str());
    QVERIFY2(mentions(errors, "xquad.es.json: data[0].paragraphs[0].qas[0].answers"), joined(errors).c_str());
    QVERIFY(!mentions(errors, "xquad.de.json"));
  }
};

QTEST_APPLESS_MAIN(TestParallelDataset)
#include "tst_parallel_dataset.moc"
