// The demo corpus generator: valid SQuAD files whose gold spans sit exactly where the answer
// text is, the same ids in every language, each language in its own script, deterministic.
#include <QTemporaryDir>
#include <QtTest>

#include <set>

#include "core/data/parallel_dataset.h"
#include "core/data/squad_file.h"
#include "core/demo/fact_templates.h"
#include "core/demo/synthetic_corpus.h"
#include "core/util/utf8.h"

using namespace xlqa;

namespace {

DemoCorpusSettings smallSettings() {
  DemoCorpusSettings s;
  s.trainArticles = 30;
  s.devArticles = 5;
  s.testArticles = 8;
  return s;
}

SquadFile parsed(const DemoCorpusSettings& s, DemoSplit split, const std::string& language) {
  return parseSquadFile(demoSplitJson(s, split, language).dump(), "demo." + language + ".json");
}

std::vector<std::string> ids(const SquadFile& file) {
  std::vector<std::string> out;
  for (const Question& q : file.questions) out.push_back(q.id);
  return out;
}

// How many code points of `text` fall in [low, high].
std::size_t countInRange(const std::string& text, char32_t low, char32_t high) {
  std::size_t n = 0;
  for (char32_t c : utf8::decode(text)) n += (c >= low && c <= high) ? 1 : 0;
  return n;
}

std::size_t latinLetters(const std::string& text) {
  return countInRange(text, U'A', U'Z') + countInRange(text, U'a', U'z');
}

}  // namespace

class TestSyntheticCorpus : public QObject {
  Q_OBJECT
 private slots:
  void everyGoldSpanIsExact() {
    const DemoCorpusSettings s = smallSettings();
    for (const std::string& language : demoLanguages()) {
      for (DemoSplit split : {DemoSplit::Train, DemoSplit::Dev, DemoSplit::Test}) {
        const SquadFile file = parsed(s, split, language);
        QVERIFY2(file.warnings.empty(),
                 (language + ": " + (file.warnings.empty() ? "" : file.warnings.front().message.english())).c_str());
        QVERIFY(file.questions.size() >= (split == DemoSplit::Train ? 30u : 5u) *
                                             std::size_t(s.factsPerArticle));  // a question per fact at least
        for (const Question& q : file.questions) {
          QCOMPARE(q.answers.size(), std::size_t(1));
          QVERIFY2(q.answers[0].located, (language + " " + q.id).c_str());
          // The span is the answer text, counted in code points (as Python's str), not bytes.
          const std::u32string context = utf8::decode(file.paragraphs[q.paragraph].context);
          const std::u32string answer = utf8::decode(q.answers[0].text);
          QVERIFY(context.substr(static_cast<std::size_t>(q.answers[0].start), answer.size()) == answer);
          QVERIFY(!q.text.empty() && q.text.find('{') == std::string::npos);
        }
      }
    }
  }

  void idsAreSharedAcrossLanguagesAndSplitsAreDisjoint() {
    const DemoCorpusSettings s = smallSettings();
    std::set<std::string> seen;
    for (DemoSplit split : {DemoSplit::Train, DemoSplit::Dev, DemoSplit::Test}) {
      const std::vector<std::string> english = ids(parsed(s, split, "en"));
      for (const std::string& language : demoLanguages()) QCOMPARE(ids(parsed(s, split, language)), english);
      for (const std::string& id : english) QVERIFY2(seen.insert(id).second, id.c_str());
    }
  }

  void eachLanguageWritesItsOwnScript() {
    const DemoCorpusSettings s = smallSettings();
    const SquadFile ar = parsed(s, DemoSplit::Test, "ar"), hi = parsed(s, DemoSplit::Test, "hi"),
                    zh = parsed(s, DemoSplit::Test, "zh"), de = parsed(s, DemoSplit::Test, "de");
    for (const Paragraph& p : ar.paragraphs) {
      QVERIFY(countInRange(p.context, U'\u0600', U'\u06FF') > 20);
      QCOMPARE(latinLetters(p.context), std::size_t(0));  // names are transliterated too
    }
    for (const Paragraph& p : hi.paragraphs) {
      QVERIFY(countInRange(p.context, U'\u0900', U'\u097F') > 20);
      QCOMPARE(latinLetters(p.context), std::size_t(0));
    }
    for (const Paragraph& p : zh.paragraphs) {
      QVERIFY(countInRange(p.context, U'\u4E00', U'\u9FFF') > 20);
      QCOMPARE(latinLetters(p.context), std::size_t(0));
    }
    const SquadFile en = parsed(s, DemoSplit::Test, "en");
    for (std::size_t i = 0; i < en.paragraphs.size(); ++i)
      QVERIFY(de.paragraphs[i].context != en.paragraphs[i].context);
  }

  void theSameFactsInEveryLanguage() {
    // Numbers are written with the same digits everywhere: a question about a quantity or a
    // year has the same answer text in every language.
    const DemoCorpusSettings s = smallSettings();
    const SquadFile en = parsed(s, DemoSplit::Dev, "en");
    for (const std::string& language : demoLanguages()) {
      const SquadFile other = parsed(s, DemoSplit::Dev, language);
      for (std::size_t i = 0; i < en.questions.size(); ++i) {
        const std::string& answer = en.questions[i].answers[0].text;
        if (answer.find_first_not_of("0123456789") == std::string::npos)
          QCOMPARE(other.questions[i].answers[0].text, answer);
      }
    }
  }

  void deterministicAndSplitsIndependent() {
    DemoCorpusSettings s = smallSettings();
    const std::string test = demoSplitJson(s, DemoSplit::Test, "hi").dump();
    QCOMPARE(demoSplitJson(s, DemoSplit::Test, "hi").dump(), test);
    s.trainArticles = 50;  // another train size leaves the test split as it was
    QCOMPARE(demoSplitJson(s, DemoSplit::Test, "hi").dump(), test);
    s.seed += 1;
    QVERIFY(demoSplitJson(s, DemoSplit::Test, "hi").dump() != test);
  }

  void writtenFilesFormAParallelDataset() {
    QTemporaryDir dir;
    const auto written = writeDemoCorpus(smallSettings(), dir.path().toStdString());
    QCOMPARE(written.size(), std::size_t(3 * demoLanguages().size()));
    const ParallelDataset test = ParallelDataset::load({demoSplitDirectory(dir.path().toStdString(), DemoSplit::Test)});
    QCOMPARE(test.languages().size(), demoLanguages().size());
    QCOMPARE(test.availablePairs().size(), std::size_t(49));
    QVERIFY(test.warnings().empty());
    const PairExamples arZh = test.pair({"ar", "zh"});
    QCOMPARE(arZh.idsWithoutQuestion, std::size_t(0));
    QVERIFY(arZh.examples.size() >= 8u * std::size_t(DemoCorpusSettings{}.factsPerArticle));
  }

  void unknownLanguageIsRefused() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, demoSplitJson(smallSettings(), DemoSplit::Test, "fr"));
  }
};

QTEST_APPLESS_MAIN(TestSyntheticCorpus)
#include "tst_synthetic_corpus.moc"
