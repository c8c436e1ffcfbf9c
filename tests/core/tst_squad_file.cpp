// Loading SQuAD v1.1 files: every fatal problem and warning names the file, the JSON path and
// the reason; answer_start is checked in code points; the real XQuAD files load cleanly.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/data/dataset_file_names.h"
#include "core/data/squad_file.h"
#include "support/shared_data.h"

using namespace xlqa;

namespace {

std::string joined(const std::vector<Problem>& problems) {
  std::string text;
  for (const Problem& problem : problems) text += problem.toString() + "\n";
  return text;
}

// The problem with this JSON path whose message contains `part`, or nullptr.
const Problem* findProblem(const std::vector<Problem>& problems, const std::string& jsonPath, const std::string& part) {
  for (const Problem& problem : problems) {
    if (problem.jsonPath == jsonPath && problem.message.english().find(part) != std::string::npos) return &problem;
  }
  return nullptr;
}

// One article, one paragraph with `context`, and the given qas array text.
std::string oneParagraph(const std::string& context, const std::string& qas) {
  return R"({"version": "1.1", "data": [{"title": "T", "paragraphs": [{"context": ")" + context + R"(", "qas": )" +
         qas + "}]}]}";
}

}  // namespace

class TestSquadFile : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;

  std::string write(const std::string& name, const std::string& bytes) {
    const std::string path = QDir(dir_.path()).filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  // The fatal problems of loading `bytes`; fails the test when the file loads.
  std::vector<Problem> errorsOf(const std::string& name, const std::string& bytes) {
    const std::string path = write(name, bytes);
    try {
      loadSquadFile(path);
    } catch (const LoadError& e) {
      for (const Problem& problem : e.problems()) {
        if (problem.file != path) qWarning("problem names the wrong file: %s", problem.toString().c_str());
        if (problem.severity != Severity::Error)
          qWarning("non-fatal problem in LoadError: %s", problem.toString().c_str());
      }
      return e.problems();
    }
    qWarning("%s loaded although it should not", name.c_str());
    return {};
  }

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void truncatedJsonNamesLineAndColumn() {
    const auto errors = errorsOf("truncated.json", "{\"data\": [\n  {\"title\": \"x\", \"paragraphs\": [");
    QCOMPARE(errors.size(), std::size_t{1});
    const std::string text = errors[0].toString();
    QVERIFY2(text.find("truncated.json") != std::string::npos, text.c_str());
    QVERIFY2(text.find("truncated") != std::string::npos && text.find("line 2") != std::string::npos, text.c_str());
    QVERIFY2(text.rfind("error: ", 0) == 0, text.c_str());
  }

  void malformedJsonNamesLineAndColumn() {
    const auto errors = errorsOf("malformed.json", "{\"data\": [\n  {\"title\": \"x\",, \"paragraphs\": []}]}");
    QCOMPARE(errors.size(), std::size_t{1});
    QVERIFY2(errors[0].message.english().find("malformed JSON at line 2, column 17") != std::string::npos,
             errors[0].message.english().c_str());
  }

  void emptyFileIsFatal() {
    const auto errors = errorsOf("empty.json", "");
    QCOMPARE(errors.size(), std::size_t{1});
    QVERIFY2(errors[0].message.english().find("empty") != std::string::npos, errors[0].message.english().c_str());
  }

  void invalidUtf8NamesTheByte() {
    const std::string bytes = oneParagraph("caf\xE9", "[]");
    const auto errors = errorsOf("latin1.json", bytes);
    QCOMPARE(errors.size(), std::size_t{1});
    const std::string expected = "not valid UTF-8 at byte " + std::to_string(bytes.find('\xE9'));
    QVERIFY2(errors[0].message.english().find(expected) != std::string::npos, errors[0].message.english().c_str());
  }

  void unreadableFileIsFatal() {
    const std::string path = QDir(dir_.path()).filePath("absent.json").toStdString();
    try {
      loadSquadFile(path);
      QFAIL("loaded a file that does not exist");
    } catch (const LoadError& e) {
      QCOMPARE(e.problems().size(), std::size_t{1});
      QCOMPARE(e.problems()[0].file, path);
      QVERIFY2(std::string(e.what()).find("cannot open") != std::string::npos, e.what());
    }
  }

  void rootAndDataShape() {
    auto errors = errorsOf("array.json", "[1, 2]");
    QVERIFY2(findProblem(errors, "", "top level must be an object"), joined(errors).c_str());
    errors = errorsOf("nodata.json", R"({"version": "1.1"})");
    QVERIFY2(findProblem(errors, "data", "required field is missing"), joined(errors).c_str());
    errors = errorsOf("dataobject.json", R"({"data": {}})");
    QVERIFY2(findProblem(errors, "data", "expected an array, found an object"), joined(errors).c_str());
  }

  void wrongTypesAreAllReported() {
    const std::string qas = R"([
      {"id": "q0", "question": "Q?", "answers": "308"},
      {"id": "q1", "question": "Q?", "answers": [{"text": "a", "answer_start": "34"}]},
      {"id": 7, "question": ["Q?"], "answers": []}])";
    const auto errors = errorsOf("types.json", oneParagraph("a context", qas));
    const std::string all = joined(errors);
    QVERIFY2(findProblem(errors, "data[0].paragraphs[0].qas[0].answers", "expected an array, found a string (\"308\")"),
             all.c_str());
    QVERIFY2(findProblem(errors, "data[0].paragraphs[0].qas[1].answers[0].answer_start",
                         "expected an integer, found a string (\"34\")"),
             all.c_str());
    QVERIFY2(findProblem(errors, "data[0].paragraphs[0].qas[2].id", "expected a string, found a number (7)"),
             all.c_str());
    QVERIFY2(findProblem(errors, "data[0].paragraphs[0].qas[2].question", "found an array"), all.c_str());
    QCOMPARE(errors.size(), std::size_t{4});
  }

  void wrongTypesInsideAnswers() {
    const std::string qas = R"([{"id": "q", "question": "Q?", "answers": [{"text": 5, "answer_start": 1.5}, "a"]}])";
    const auto errors = errorsOf("answertypes.json", oneParagraph("a context", qas));
    const std::string all = joined(errors);
    QVERIFY2(findProblem(errors, "data[0].paragraphs[0].qas[0].answers[0].text", "expected a string, found a number"),
             all.c_str());
    QVERIFY2(findProblem(errors, "data[0].paragraphs[0].qas[0].answers[0].answer_start",
                         "expected an integer, found a non-integer number (1.5)"),
             all.c_str());
    QVERIFY2(findProblem(errors, "data[0].paragraphs[0].qas[0].answers[1]", "expected an object, found a string"),
             all.c_str());
  }

  void wrongTypesAboveQuestions() {
    const auto errors = errorsOf("shapes.json", R"({"data": [
      "not an article",
      {"title": "T", "paragraphs": {}},
      {"title": "T", "paragraphs": [{"context": 3, "qas": []}, {"context": "c", "qas": {}}]}]})");
    const std::string all = joined(errors);
    QVERIFY2(findProblem(errors, "data[0]", "expected an object, found a string"), all.c_str());
    QVERIFY2(findProblem(errors, "data[1].paragraphs", "expected an array, found an object"), all.c_str());
    QVERIFY2(findProblem(errors, "data[2].paragraphs[0].context", "expected a string, found a number"), all.c_str());
    QVERIFY2(findProblem(errors, "data[2].paragraphs[1].qas", "expected an array"), all.c_str());
  }

  void missingFieldsAreAllReported() {
    const auto errors = errorsOf("missing.json", R"({"data": [
      {"title": "T"},
      {"title": "T", "paragraphs": [{"qas": []}, {"context": "c"}]},
      {"title": "T", "paragraphs": [{"context": "c", "qas": [
        {"question": "Q?", "answers": []},
        {"id": "x", "answers": [{"answer_start": 0}, {"text": "c"}]},
        {"id": "y", "question": "Q?"}]}]}]})");
    const std::string all = joined(errors);
    const char* missing = "required field is missing";
    for (const char* path :
         {"data[0].paragraphs", "data[1].paragraphs[0].context", "data[1].paragraphs[1].qas",
          "data[2].paragraphs[0].qas[0].id", "data[2].paragraphs[0].qas[1].question",
          "data[2].paragraphs[0].qas[1].answers[0].text", "data[2].paragraphs[0].qas[1].answers[1].answer_start",
          "data[2].paragraphs[0].qas[2].answers"}) {
      QVERIFY2(findProblem(errors, path, missing), (std::string(path) + " not reported in:\n" + all).c_str());
    }
    QCOMPARE(errors.size(), std::size_t{8});
    const std::string what = LoadError(errors).what();
    QVERIFY2(what.find("missing.json: data[2].paragraphs[0].qas[1].answers[0].text: required field is missing") !=
                 std::string::npos,
             what.c_str());
  }

  void zeroQuestionsIsFatal() {
    auto errors = errorsOf("noquestions.json", oneParagraph("c", "[]"));
    QVERIFY2(findProblem(errors, "", "no questions"), joined(errors).c_str());
    errors = errorsOf("nodataitems.json", R"({"data": []})");
    QVERIFY2(findProblem(errors, "", "no questions"), joined(errors).c_str());
  }

  void misplacedAnswerStartIsAWarning() {
    const std::string qas = R"([
      {"id": "q0", "question": "Q?", "answers": [{"text": "308", "answer_start": 30}]},
      {"id": "q1", "question": "Q?", "answers": [{"text": "zebra", "answer_start": 0}]},
      {"id": "q2", "question": "Q?", "answers": [{"text": "up", "answer_start": -1}, {"text": "up", "answer_start": 900}]},
      {"id": "q3", "question": "Q?", "answers": []}])";
    const std::string path = write("misplaced.json", oneParagraph("The defense gave up just 308 points.", qas));
    const SquadFile file = loadSquadFile(path);
    const std::string all = joined(file.warnings);
    QCOMPARE(file.questions.size(), std::size_t{4});
    QVERIFY(!file.questions[0].answers[0].located);
    QCOMPARE(file.questions[0].answers[0].start, std::int64_t{30});
    const Problem* moved = findProblem(file.warnings, "data[0].paragraphs[0].qas[0].answers[0].answer_start",
                                       "does not occur at answer_start 30");
    QVERIFY2(moved, all.c_str());
    QVERIFY2(moved->message.english().find("it occurs at code point offset 25") != std::string::npos,
             moved->message.english().c_str());
    QCOMPARE(moved->severity, Severity::Warning);
    QVERIFY2(moved->toString().rfind("warning: " + path + ": data[0]", 0) == 0, moved->toString().c_str());
    QVERIFY2(findProblem(file.warnings, "data[0].paragraphs[0].qas[1].answers[0].answer_start",
                         "does not occur anywhere in the context"),
             all.c_str());
    QVERIFY2(findProblem(file.warnings, "data[0].paragraphs[0].qas[2].answers[0].answer_start", "negative"),
             all.c_str());
    QVERIFY2(findProblem(file.warnings, "data[0].paragraphs[0].qas[2].answers[1].answer_start",
                         "out of range: the context has 36 code points"),
             all.c_str());
    QVERIFY(!file.questions[2].answers[0].located && !file.questions[2].answers[1].located);
    QVERIFY2(findProblem(file.warnings, "data[0].paragraphs[0].qas[3].answers", "no answers"), all.c_str());
    QCOMPARE(file.warnings.size(), std::size_t{5});
  }

  void duplicateIdsAreAWarning() {
    const std::string qas = R"([
      {"id": "same", "question": "First?", "answers": [{"text": "c", "answer_start": 0}]},
      {"id": "other", "question": "Other?", "answers": [{"text": "c", "answer_start": 0}]},
      {"id": "same", "question": "Second?", "answers": [{"text": "c", "answer_start": 0}]}])";
    const SquadFile file = loadSquadFile(write("duplicates.json", oneParagraph("c", qas)));
    QCOMPARE(file.questions.size(), std::size_t{3});
    QCOMPARE(file.findQuestion("same"), std::int64_t{0});
    QCOMPARE(file.findQuestion("other"), std::int64_t{1});
    QCOMPARE(file.findQuestion("absent"), std::int64_t{-1});
    QCOMPARE(file.questions[2].text, std::string("Second?"));
    QCOMPARE(file.warnings.size(), std::size_t{1});
    QVERIFY2(findProblem(file.warnings, "data[0].paragraphs[0].qas[2].id",
                         "duplicate question id \"same\" (first at data[0].paragraphs[0].qas[0])"),
             joined(file.warnings).c_str());
  }

  void missingTitleIsAWarning() {
    const SquadFile file = loadSquadFile(write("notitle.json", R"({"data": [
      {"paragraphs": [{"context": "c", "qas": [{"id": "a", "question": "Q?", "answers": [{"text": "c", "answer_start": 0}]}]}]},
      {"title": 3, "paragraphs": []}]})"));
    QCOMPARE(file.titles, (std::vector<std::string>{"", ""}));
    QCOMPARE(file.version, std::string());
    QVERIFY2(findProblem(file.warnings, "data[0].title", "missing"), joined(file.warnings).c_str());
    QVERIFY2(findProblem(file.warnings, "data[1].title", "expected a string, found a number"),
             joined(file.warnings).c_str());
  }

  // Offsets count code points (Python str indices): Arabic and Devanagari are 2-3 bytes each,
  // U+1F600 is 4 bytes and two UTF-16 units, all one code point.
  void nonAsciiAnswersAreLocatedByCodePoint() {
    const std::string context = "مرحبا 😀 नमस्ते दुनिया 中文 答案 🎉 end";
    const std::string qas = R"([
      {"id": "ar", "question": "سؤال؟", "answers": [{"text": "مرحبا", "answer_start": 0}]},
      {"id": "hi", "question": "प्रश्न?", "answers": [{"text": "दुनिया", "answer_start": 15}]},
      {"id": "zh", "question": "问题？", "answers": [{"text": "答案", "answer_start": 25}]},
      {"id": "end", "question": "Q?", "answers": [{"text": "end", "answer_start": 30}]},
      {"id": "utf16", "question": "Q?", "answers": [{"text": "दुनिया", "answer_start": 16}]}])";
    const SquadFile file = loadSquadFile(write("unicode.json", oneParagraph(context, qas)));
    QCOMPARE(file.paragraphs.at(0).context, context);  // kept byte for byte, not normalised
    QCOMPARE(file.questions.at(1).text, std::string("प्रश्न?"));
    for (std::size_t i = 0; i < 4; ++i) {
      QVERIFY2(file.questions[i].answers.at(0).located, file.questions[i].id.c_str());
    }
    // 16 is where दुनिया starts in UTF-16 units (the emoji takes two): wrong for SQuAD.
    QVERIFY(!file.questions[4].answers[0].located);
    QCOMPARE(file.warnings.size(), std::size_t{1});
    QVERIFY2(file.warnings[0].message.english().find("it occurs at code point offset 15") != std::string::npos,
             file.warnings[0].message.english().c_str());
  }

  void parseFromMemory() {
    const SquadFile file = parseSquadFile(
        oneParagraph("abc", R"([{"id": "i", "question": "Q?", "answers": [{"text": "b", "answer_start": 1}]}])"),
        "memory.json");
    QCOMPARE(file.path, std::string("memory.json"));
    QCOMPARE(file.version, std::string("1.1"));
    QCOMPARE(file.titles, std::vector<std::string>{"T"});
    QVERIFY(file.questions.at(0).answers.at(0).located);
    QVERIFY(file.warnings.empty());
  }

  void fileNamesGiveLanguages() {
    auto spec = specFromArgument("/data/xquad.de.json");
    QCOMPARE(spec.questionLanguage, std::string("de"));
    QCOMPARE(spec.contextLanguage, std::string("de"));
    QCOMPARE(spec.corpus, std::string("xquad"));
    QCOMPARE(specFromArgument("xquad.zh.test.json").questionLanguage, std::string("zh"));
    spec = specFromArgument("mlqa/dev-context-de-question-en.json");
    QCOMPARE(spec.contextLanguage, std::string("de"));
    QCOMPARE(spec.questionLanguage, std::string("en"));
    QCOMPARE(spec.corpus, std::string("mlqa"));
    QCOMPARE(specFromArgument("tydiqa.ar.dev.json").questionLanguage, std::string("ar"));
    QCOMPARE(specFromArgument("tydiqa.goldp.sw.dev.json").contextLanguage, std::string("sw"));
    spec = specFromArgument("tydiqa-goldp-v1.1-dev.json");
    QCOMPARE(spec.questionLanguage, std::string("*"));
    QCOMPARE(spec.corpus, std::string("tydiqa"));
    spec = specFromArgument("squad-es-v1.1.json");
    QCOMPARE(spec.questionLanguage, std::string("es"));
    QCOMPARE(spec.corpus, std::string("squad"));
    spec = specFromArgument("de=some/file.json");
    QCOMPARE(spec.path, std::string("some/file.json"));
    QCOMPARE(spec.contextLanguage, std::string("de"));
    spec = specFromArgument("en,de=pairs.json");
    QCOMPARE(spec.questionLanguage, std::string("en"));
    QCOMPARE(spec.contextLanguage, std::string("de"));
  }

  void unknownLanguagesAreRefused() {
    const auto refusal = [](const std::string& argument) -> std::string {
      try {
        specFromArgument(argument);
      } catch (const std::invalid_argument& e) {
        return e.what();
      }
      return "";
    };
    std::string message = refusal("xx=file.json");
    QVERIFY2(message.find("\"xx\"") != std::string::npos && message.find("file.json") != std::string::npos,
             message.c_str());
    message = refusal("xquad.xx.json");
    QVERIFY2(message.find("\"xx\"") != std::string::npos && message.find("xquad.xx.json") != std::string::npos &&
                 message.find("lang=path") != std::string::npos,
             message.c_str());
    message = refusal("dev-v1.1.json");
    QVERIFY2(message.find("cannot tell") != std::string::npos && message.find("lang=path") != std::string::npos,
             message.c_str());
    message = refusal("en-de-mix.json");
    QVERIFY2(message.find("several languages") != std::string::npos, message.c_str());
    message = refusal("dev-context-de-question-qq.json");
    QVERIFY2(message.find("\"qq\"") != std::string::npos, message.c_str());
  }

  void folderExpandsToSortedJsonFiles() {
    QTemporaryDir folder;
    for (const char* name : {"xquad.es.json", "README.md", "xquad.de.json", "notes.txt"}) {
      std::ofstream(QDir(folder.path()).filePath(name).toStdString()) << "{}";
    }
    const auto specs = discoverDatasetFiles({folder.path().toStdString()});
    QCOMPARE(specs.size(), std::size_t{2});
    QCOMPARE(specs[0].questionLanguage, std::string("de"));
    QCOMPARE(specs[1].questionLanguage, std::string("es"));
  }

  void realXquadFilesLoadCleanly() {
    XLQA_REQUIRE_SHARED("data/xquad");
    const QStringList languages = {"ar", "de", "el", "en", "es", "hi", "ro", "ru", "th", "tr", "vi", "zh"};
    QElapsedTimer timer;
    timer.start();
    std::vector<SquadFile> files;
    for (const QString& language : languages) {
      files.push_back(loadSquadFile(xlqa::test::sharedPath(QStringLiteral("data/xquad/xquad.%1.json").arg(language))));
    }
    qInfo("loaded 12 XQuAD files one after another in %lld ms", static_cast<long long>(timer.elapsed()));
    for (const SquadFile& file : files) {
      QCOMPARE(file.questions.size(), std::size_t{1190});
      QVERIFY2(file.warnings.empty(), joined(file.warnings).c_str());
      QCOMPARE(file.version, std::string("1.1"));
      for (const Question& question : file.questions) {
        QVERIFY(!question.answers.empty());
        QVERIFY(question.answers[0].located);
      }
    }
    QCOMPARE(files[3].questions[0].id, files[0].questions[0].id);  // ids are shared across languages
  }
};

QTEST_APPLESS_MAIN(TestSquadFile)
#include "tst_squad_file.moc"
