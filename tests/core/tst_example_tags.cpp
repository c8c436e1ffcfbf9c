// Annotators' tags: what is saved reads back identical (non-ASCII text intact), saving is atomic
// and sorted, a broken tags.json is reported with the file at fault, and the CSV export quotes
// as RFC 4180 says so spreadsheets read commas, quotes and line breaks inside fields.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/io/json_file.h"
#include "core/store/example_tags.h"

using namespace xlqa;

namespace {

void writeText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string readText(const std::string& path) { return readFileBytes(path); }

}  // namespace

class TestExampleTags : public QObject {
  Q_OBJECT
 private slots:
  void missingFileMeansNoTags() {
    QTemporaryDir dir;
    const ExampleTags tags = ExampleTags::load(dir.path().toStdString());
    QVERIFY(tags.empty());
    QVERIFY(tags.find("en-es", "x") == nullptr);
  }

  void standardLabels() {
    const auto& labels = standardTagLabels();
    QCOMPARE(labels.size(), std::size_t(3));
    QCOMPARE(labels[0], std::string("gold wrong"));
    QCOMPARE(labels[1], std::string("ambiguous"));
    QCOMPARE(labels[2], std::string("model error"));
  }

  void roundTrip() {
    QTemporaryDir dir;
    const std::string run = dir.path().toStdString();
    ExampleTags tags(run);
    tags.set({"en-es", "q2", "ambiguous", "two valid spans", "2026-01-02T03:04:05Z"});
    tags.set({"ar-ar", "q1", "gold wrong", "الإجابة الصحيحة: القاهرة", "2026-01-01T00:00:00Z"});
    tags.set({"zh-hi", "q9", "my own label", "北京 \"quoted\"\nsecond line", ""});
    QVERIFY(!tags.find("zh-hi", "q9")->updatedAt.empty());  // stamped with now
    tags.save();

    const ExampleTags loaded = ExampleTags::load(run);
    QCOMPARE(loaded.size(), std::size_t(3));
    const auto all = loaded.all();
    QCOMPARE(all[0].pair, std::string("ar-ar"));  // sorted by pair, then id
    QCOMPARE(all[0].note, std::string("الإجابة الصحيحة: القاهرة"));
    QCOMPARE(all[1].pair, std::string("en-es"));
    QCOMPARE(all[1].label, std::string("ambiguous"));
    QCOMPARE(all[1].updatedAt, std::string("2026-01-02T03:04:05Z"));
    QCOMPARE(all[2].label, std::string("my own label"));
    QCOMPARE(all[2].note, std::string("北京 \"quoted\"\nsecond line"));
    QCOMPARE(all[2].updatedAt, tags.find("zh-hi", "q9")->updatedAt);

    // Replace and remove.
    ExampleTags edited = loaded;
    edited.set({"en-es", "q2", "model error", "", "2026-02-02T00:00:00Z"});
    edited.remove("ar-ar", "q1");
    edited.remove("ar-ar", "absent");  // no-op
    edited.save();
    const ExampleTags again = ExampleTags::load(run);
    QCOMPARE(again.size(), std::size_t(2));
    QVERIFY(again.find("ar-ar", "q1") == nullptr);
    QCOMPARE(again.find("en-es", "q2")->label, std::string("model error"));
  }

  void savedFileIsSortedAndStable() {
    QTemporaryDir dir;
    const std::string run = dir.path().toStdString();
    ExampleTags first(run), second(run);
    first.set({"en-es", "b", "ambiguous", "", "t"});
    first.set({"de-en", "a", "ambiguous", "", "t"});
    first.set({"en-es", "a", "ambiguous", "", "t"});
    first.save();
    const std::string firstText = readText(first.path());
    second.set({"en-es", "a", "ambiguous", "", "t"});
    second.set({"en-es", "b", "ambiguous", "", "t"});
    second.set({"de-en", "a", "ambiguous", "", "t"});
    second.save();
    QCOMPARE(readText(second.path()), firstText);  // insertion order does not matter
    QVERIFY(firstText.find("\"de-en\"") < firstText.find("\"en-es\""));
    const auto json = readJsonFile(first.path());
    QCOMPARE(json.at("format").get<std::string>(), std::string("xlqa-tags/1"));
    QCOMPARE(json.at("tags").at("en-es").at("b").at("label").get<std::string>(), std::string("ambiguous"));
  }

  void atomicSaveLeavesNoTemporaryFiles() {
    QTemporaryDir dir;
    const std::string run = dir.path().toStdString();
    writeText(run + "/tags.json", "{\"tags\": {}}\n");
    ExampleTags tags = ExampleTags::load(run);
    for (int i = 0; i < 5; ++i) {
      tags.set({"en-es", "q" + std::to_string(i), "ambiguous", "", ""});
      tags.save();
    }
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(run))
      names.push_back(entry.path().filename().string());
    QCOMPARE(names.size(), std::size_t(1));
    QCOMPARE(names[0], std::string("tags.json"));
    QCOMPARE(ExampleTags::load(run).size(), std::size_t(5));
  }

  void saveIntoMissingFolderFailsNamingTheFile() {
    QTemporaryDir dir;
    ExampleTags tags(dir.path().toStdString() + "/no/such/folder");
    tags.set({"en-es", "q", "ambiguous", "", ""});
    try {
      tags.save();
      QFAIL("expected FileError");
    } catch (const FileError& error) {
      QVERIFY(std::string(error.what()).find("tags.json") != std::string::npos);
    }
  }

  void saveWithoutRunFolderFails() {
    ExampleTags tags;
    tags.set({"en-es", "q", "ambiguous", "", ""});
    QVERIFY_THROWS_EXCEPTION(FileError, tags.save());
  }

  void malformedFileNamesTheFile_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << "{\"tags\": {\"en-es\": "
                               << "unexpected end of file";
    QTest::newRow("syntax") << "{\"tags\": [1,]}"
                            << "malformed JSON at line 1";
    QTest::newRow("not an object") << "[]"
                                   << "top level";
    QTest::newRow("tags not object") << "{\"tags\": 3}"
                                     << "\"tags\" must be an object";
    QTest::newRow("pair not object") << "{\"tags\": {\"en-es\": []}}"
                                     << "tags.en-es must be an object";
    QTest::newRow("label missing") << "{\"tags\": {\"en-es\": {\"q1\": {\"note\": \"n\"}}}}"
                                   << "tags.en-es.q1: missing \"label\"";
    QTest::newRow("note wrong type") << "{\"tags\": {\"en-es\": {\"q1\": {\"label\": \"x\", \"note\": 5}}}}"
                                     << "\"note\" must be a string";
    QTest::newRow("format") << "{\"format\": \"other/9\", \"tags\": {}}"
                            << "unknown format";
    QTest::newRow("empty") << ""
                           << "empty";
  }

  void malformedFileNamesTheFile() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const std::string run = dir.path().toStdString();
    writeText(run + "/tags.json", text.toStdString());
    try {
      ExampleTags::load(run);
      QFAIL("expected FileError");
    } catch (const FileError& error) {
      const std::string what = error.what();
      QCOMPARE(error.path(), run + "/tags.json");
      QVERIFY2(what.rfind(run + "/tags.json: ", 0) == 0, what.c_str());
      QVERIFY2(what.find(expected.toStdString()) != std::string::npos, what.c_str());
    }
  }

  void csvQuotesAsRfc4180() {
    ExampleTags tags;
    tags.set({"en-es", "plain", "ambiguous", "no special characters", "2026-01-01T00:00:00Z"});
    tags.set({"en-es", "comma,id", "model error", "a, b", "2026-01-01T00:00:00Z"});
    tags.set({"en-es", "quote", "my \"own\" label", "say \"hi\"", "2026-01-01T00:00:00Z"});
    tags.set({"en-es", "newline", "gold wrong", "line one\nline two\r\nline three", "2026-01-01T00:00:00Z"});
    tags.set({"ar-ar", "عربي", "gold wrong", "الإجابة، خاطئة", "2026-01-01T00:00:00Z"});
    tags.set({"zh-zh", "中文", "ambiguous", "两个答案，都对", "2026-01-01T00:00:00Z"});
    const std::string expected =
        "pair,id,label,note,updated_at\r\n"
        "ar-ar,عربي,gold wrong,الإجابة، خاطئة,2026-01-01T00:00:00Z\r\n"  // Arabic comma U+060C is not a separator
        "en-es,\"comma,id\",model error,\"a, b\",2026-01-01T00:00:00Z\r\n"
        "en-es,newline,gold wrong,\"line one\nline two\r\nline three\",2026-01-01T00:00:00Z\r\n"
        "en-es,plain,ambiguous,no special characters,2026-01-01T00:00:00Z\r\n"
        "en-es,quote,\"my \"\"own\"\" label\",\"say \"\"hi\"\"\",2026-01-01T00:00:00Z\r\n"
        "zh-zh,中文,ambiguous,两个答案，都对,2026-01-01T00:00:00Z\r\n";
    QCOMPARE(tags.toCsv(), expected);
  }

  void emptyCsvHasHeaderOnly() { QCOMPARE(ExampleTags().toCsv(), std::string("pair,id,label,note,updated_at\r\n")); }
};

QTEST_GUILESS_MAIN(TestExampleTags)
#include "tst_example_tags.moc"
