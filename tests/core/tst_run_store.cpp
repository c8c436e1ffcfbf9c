// The run folder: everything written reads back identical (doubles bit for bit, non-ASCII text
// intact); a pair counts as done only once its record is written last; broken files are
// reported with the file (and line) at fault; prediction files are in the official format;
// content hashes are stable and sensitive to a single byte.
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "core/eval/predictions.h"
#include "core/io/json_file.h"
#include "core/store/run_lock.h"
#include "core/store/run_store.h"

using namespace xlqa;

namespace {

std::uint64_t bits(double value) {
  std::uint64_t out = 0;
  std::memcpy(&out, &value, sizeof out);
  return out;
}

// Doubles whose decimal form is long or extreme: they must survive the text round trip exactly.
const double kThird = 1.0 / 3.0;
const double kTenthSum = 0.1 + 0.2;  // 0.30000000000000004
const double kTiny = std::numeric_limits<double>::denorm_min();

RunManifest sampleManifest() {
  RunManifest manifest;
  manifest.toolVersion = "0.1.0";
  manifest.device = "cpu (16 threads)";
  manifest.startedAt = "2026-11-21T17:12:03Z";
  manifest.teacher = ModelRecord{"/models/xlm-r large", "sha256:aa", "xlm-roberta", 559890432};
  manifest.student = ModelRecord{"/models/مدرس", "sha256:bb", "bert", 177264386};
  manifest.datasetFiles = {{"/data/xquad.ar.json", "ar", "ar", "sha256:cc"},
                           {"/data/tydiqa-goldp-v1.1-dev.json", "*", "*", "sha256:dd"}};
  manifest.pairs = {{"zh", "hi"}, {"en", "ar"}, {"en", "en"}};  // deliberately not sorted
  manifest.settings = {{"metric", "auto"}, {"batch_size", 32}, {"temperature", kThird}, {"n_best", 20}};
  return manifest;
}

ModelExampleResult result(const std::string& prediction, int em, double f1) {
  return {prediction, em, f1, {{prediction, 3, 3 + 4, 0.875}, {"第二", 0, 2, kTenthSum}, {"x", 7, 8, kTiny}}};
}

std::vector<ExampleRecord> arabicExamples() {
  return {{"ar-1", {"القاهرة", "مدينة القاهرة"}, result("القاهرة", 1, 1.0), result("مدينة", 0, kThird)},
          {"ar-2", {"١٩٥٢"}, result("", 0, 0.0), std::nullopt},
          {"ar-3", {}, std::nullopt, result("\"quoted\"\n\ttab", 0, 2.0 / 3.0)}};
}

std::vector<ExampleRecord> hindiExamples() {
  return {{"zh-hi-1", {"दिल्ली"}, result("नई दिल्ली", 0, kTenthSum), result("दिल्ली", 1, 1.0)},
          {"zh-hi-2", {"北京", "中国"}, result("北京", 1, 1.0), result("上海", 0, 0.0)}};
}

PairRecord pairRecord(LanguagePair pair, std::size_t examples) {
  return {std::move(pair),
          "mlqa_v1",
          examples,
          ModelPairScore{kThird * 100, 2.0 / 3.0 * 100, examples},
          ModelPairScore{kTenthSum, kTiny, 1},
          12.345678901234567};
}

void compare(const std::optional<ModelExampleResult>& got, const std::optional<ModelExampleResult>& want) {
  QCOMPARE(got.has_value(), want.has_value());
  if (!want) return;
  QCOMPARE(got->prediction, want->prediction);
  QCOMPARE(got->exactMatch, want->exactMatch);
  QCOMPARE(bits(got->f1), bits(want->f1));
  QCOMPARE(got->top.size(), want->top.size());
  for (std::size_t i = 0; i < want->top.size(); ++i) {
    QCOMPARE(got->top[i].text, want->top[i].text);
    QCOMPARE(got->top[i].charBegin, want->top[i].charBegin);
    QCOMPARE(got->top[i].charEnd, want->top[i].charEnd);
    QCOMPARE(bits(got->top[i].probability), bits(want->top[i].probability));
  }
}

void compare(const std::vector<ExampleRecord>& got, const std::vector<ExampleRecord>& want) {
  QCOMPARE(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    QCOMPARE(got[i].id, want[i].id);
    QCOMPARE(got[i].golds, want[i].golds);
    compare(got[i].teacher, want[i].teacher);
    compare(got[i].student, want[i].student);
  }
}

void compare(const std::optional<ModelPairScore>& got, const std::optional<ModelPairScore>& want) {
  QCOMPARE(got.has_value(), want.has_value());
  if (!want) return;
  QCOMPARE(bits(got->exactMatch), bits(want->exactMatch));
  QCOMPARE(bits(got->f1), bits(want->f1));
  QCOMPARE(got->answered, want->answered);
}

void compare(const PairRecord& got, const PairRecord& want) {
  QCOMPARE(got.pair.key(), want.pair.key());
  QCOMPARE(got.rules, want.rules);
  QCOMPARE(got.examples, want.examples);
  compare(got.teacher, want.teacher);
  compare(got.student, want.student);
  QCOMPARE(bits(got.seconds), bits(want.seconds));
}

void compare(const std::optional<ModelRecord>& got, const std::optional<ModelRecord>& want) {
  QCOMPARE(got.has_value(), want.has_value());
  if (!want) return;
  QCOMPARE(got->path, want->path);
  QCOMPARE(got->contentHash, want->contentHash);
  QCOMPARE(got->modelType, want->modelType);
  QCOMPARE(got->parameters, want->parameters);
}

void writeBytes(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// The FileError `action` throws; fails the test when it throws none.
FileError fileErrorOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const FileError& e) {
    return e;
  }
  QTest::qFail("expected a FileError", __FILE__, __LINE__);
  return FileError("", "none thrown");
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

class TestRunStore : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir temp_;
  int runs_ = 0;

  std::string newRunDir() { return QDir(temp_.path()).filePath(QStringLiteral("run%1").arg(++runs_)).toStdString(); }

  std::string pathIn(const std::string& dir, const std::string& relative) {
    return (std::filesystem::path(dir) / relative).string();
  }

 private slots:
  // One evaluation per run folder: a second lock is refused naming the holder (this process),
  // released with the first; a lock file left by a dead process holds nothing and is taken over.
  void aRunFolderIsLockedForOneWriter() {
    QTemporaryDir dir;
    const std::string run = dir.filePath("run").toStdString();
    {
      const RunLock first = RunLock::acquire(run);
      try {
        RunLock::acquire(run);
        QFAIL("a second lock was granted");
      } catch (const FileError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QString::fromStdString(run)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("in use by pid %1 on ").arg(QCoreApplication::applicationPid())),
                 qPrintable(message));
      }
    }
    const RunLock again = RunLock::acquire(run);  // released with the first
    Q_UNUSED(again);
  }

  void aStaleLockFileIsTakenOver() {
    QTemporaryDir dir;
    const std::string run = dir.filePath("run").toStdString();
    std::filesystem::create_directories(run);
    writeFileAtomically(run + "/.lock", "pid 999999 on elsewhere since 2026-01-01T00:00:00Z\n");
    const RunLock taken = RunLock::acquire(run);
    QVERIFY(QString::fromStdString(readFileBytes(run + "/.lock"))
                .startsWith(QStringLiteral("pid %1 ").arg(QCoreApplication::applicationPid())));
  }

  // Atomic writes keep the target's permissions and leave no temporary file behind, also when
  // many threads replace one file at once (each has a temporary of its own).
  void atomicWritesKeepPermissionsAndNeverCollide() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("settings.json").toStdString();
    writeFileAtomically(path, "first\n");
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    writeFileAtomically(path, "second\n");
    QCOMPARE(std::filesystem::status(path).permissions(),
             std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    std::vector<std::thread> writers;
    for (int t = 0; t < 8; ++t)
      writers.emplace_back([&, t] {
        for (int i = 0; i < 20; ++i) writeFileAtomically(path, "writer " + std::to_string(t) + "\n");
      });
    for (std::thread& writer : writers) writer.join();
    QVERIFY(readFileBytes(path).rfind("writer ", 0) == 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(1));  // no leftovers
  }

  void everythingReadsBackIdentical() {
    const std::string dir = newRunDir();
    const RunManifest manifest = sampleManifest();
    RunStore store = RunStore::create(dir, manifest);
    const PairRecord ar = pairRecord({"en", "ar"}, 3), hi = pairRecord({"zh", "hi"}, 2);
    store.writePair(ar, arabicExamples());
    store.writePair(hi, hindiExamples());

    const RunStore reopened = RunStore::open(dir);
    const RunManifest& got = reopened.manifest();
    QCOMPARE(got.format, std::string("xlqa-run/1"));
    QCOMPARE(got.toolVersion, manifest.toolVersion);
    QCOMPARE(got.device, manifest.device);
    QCOMPARE(got.startedAt, manifest.startedAt);
    QCOMPARE(got.finishedAt, std::string());
    QCOMPARE(got.status, std::string("running"));
    compare(got.teacher, manifest.teacher);
    compare(got.student, manifest.student);
    QCOMPARE(got.datasetFiles.size(), std::size_t(2));
    QCOMPARE(got.datasetFiles[1].questionLanguage, std::string("*"));
    QCOMPARE(got.datasetFiles[0].path, manifest.datasetFiles[0].path);
    QCOMPARE(got.datasetFiles[0].sha256, manifest.datasetFiles[0].sha256);
    QVERIFY(got.pairs == manifest.pairs);
    QVERIFY(got.settings == manifest.settings);
    QCOMPARE(bits(got.settings["temperature"].get<double>()), bits(kThird));

    // Completed pairs come in manifest order (zh-hi first), not in writing or sorted order.
    const std::vector<LanguagePair> done = reopened.completedPairs();
    QCOMPARE(done.size(), std::size_t(2));
    QCOMPARE(done[0].key(), std::string("zh-hi"));
    QCOMPARE(done[1].key(), std::string("en-ar"));
    const std::vector<PairRecord> records = reopened.readPairs();
    QCOMPARE(records.size(), std::size_t(2));
    compare(records[0], hi);
    compare(records[1], ar);
    compare(reopened.readExamples({"en", "ar"}), arabicExamples());
    compare(reopened.readExamples({"zh", "hi"}), hindiExamples());
  }

  void recordsWithoutOptionalRolesRoundTrip() {
    PairRecord record = pairRecord({"en", "en"}, 0);
    record.student.reset();
    const nlohmann::json json = toJson(record);
    QVERIFY(!json.contains("student"));
    compare(pairRecordFromJson(json, "x"), record);

    RunManifest manifest;  // defaults: no models, no settings
    manifest.pairs = {{"en", "en"}};
    const RunManifest back = manifestFromJson(toJson(manifest), "x");
    QVERIFY(!back.teacher && !back.student);
    QVERIFY(back.settings.is_null());
    QCOMPARE(roleName(ModelRole::Teacher), std::string("teacher"));
    QCOMPARE(roleName(ModelRole::Student), std::string("student"));
  }

  void createRefusesAnExistingRun() {
    const std::string dir = newRunDir();
    RunStore::create(dir, sampleManifest());
    const FileError error = fileErrorOf([&] { RunStore::create(dir, sampleManifest()); });
    QVERIFY2(contains(error.what(), dir) && contains(error.what(), "already holds a run; use --resume"), error.what());
  }

  void aPairIsDoneOnlyOnceItsRecordIsWritten() {
    const std::string dir = newRunDir();
    RunStore store = RunStore::create(dir, sampleManifest());
    QVERIFY(!store.hasPair({"en", "ar"}));
    store.writePair(pairRecord({"en", "ar"}, 3), arabicExamples());
    QVERIFY(store.hasPair({"en", "ar"}));

    // A kill mid-pair: the examples file was written, the record was not; a rename never
    // happened, leaving the writer's temporary file behind.
    writeFileAtomically(pathIn(dir, "pairs/en-en.examples.jsonl"), "{\"id\":\"1\",\"gold\":[]}\n");
    writeBytes(pathIn(dir, "pairs/.en-en.json.tmp-4242"), "{\"question\": \"en\", \"cont");
    QVERIFY(!store.hasPair({"en", "en"}));
    // A record torn by hand (atomic writes never leave one) is not done either.
    writeBytes(pathIn(dir, "pairs/zh-hi.json"), "{\"question\": \"zh\", \"cont");
    QVERIFY(!store.hasPair({"zh", "hi"}));
    // Nor is a record that names another pair than its file does.
    std::filesystem::copy_file(pathIn(dir, "pairs/en-ar.json"), pathIn(dir, "pairs/en-en.json"));
    QVERIFY(!store.hasPair({"en", "en"}));

    const std::vector<LanguagePair> done = RunStore::open(dir).completedPairs();
    QCOMPARE(done.size(), std::size_t(1));
    QCOMPARE(done[0].key(), std::string("en-ar"));

    // Writing the pair again (a resume) completes it.
    store.writePair(pairRecord({"zh", "hi"}, 2), hindiExamples());
    QVERIFY(store.hasPair({"zh", "hi"}));
  }

  void missingOrBrokenManifestNamesTheFile() {
    const std::string missingDir = pathIn(temp_.path().toStdString(), "no-such-run");
    FileError error = fileErrorOf([&] { RunStore::open(missingDir); });
    QCOMPARE(error.path(), missingDir);

    const std::string dir = newRunDir();
    std::filesystem::create_directories(dir);
    const std::string manifest = pathIn(dir, "manifest.json");
    error = fileErrorOf([&] { RunStore::open(dir); });
    QCOMPARE(error.path(), manifest);

    writeBytes(manifest, "{\"format\": \"xlqa-run/1\", \"status\": ");
    error = fileErrorOf([&] { RunStore::open(dir); });
    QCOMPARE(error.path(), manifest);
    QVERIFY2(contains(error.what(), "manifest.json") && contains(error.what(), "line 1"), error.what());

    nlohmann::json json = toJson(sampleManifest());
    json["format"] = "xlqa-run/9";
    writeBytes(manifest, json.dump());
    error = fileErrorOf([&] { RunStore::open(dir); });
    QVERIFY2(contains(error.what(), "format: unsupported run format \"xlqa-run/9\""), error.what());

    json = toJson(sampleManifest());
    json["pairs"] = "en-ar";
    writeBytes(manifest, json.dump());
    error = fileErrorOf([&] { RunStore::open(dir); });
    QVERIFY2(contains(error.what(), "manifest.json: pairs: expected an array, found a string"), error.what());

    json = toJson(sampleManifest());
    json["student"].erase("content_hash");
    writeBytes(manifest, json.dump());
    error = fileErrorOf([&] { RunStore::open(dir); });
    QVERIFY2(contains(error.what(), "student.content_hash: missing"), error.what());

    json = toJson(sampleManifest());
    json["pairs"][1] = "en-xx";
    writeBytes(manifest, json.dump());
    error = fileErrorOf([&] { RunStore::open(dir); });
    QVERIFY2(contains(error.what(), "pairs[1]: unknown language code \"xx\""), error.what());
  }

  void brokenExampleLineNamesFileAndLine() {
    const std::string dir = newRunDir();
    RunStore store = RunStore::create(dir, sampleManifest());
    store.writePair(pairRecord({"en", "ar"}, 3), arabicExamples());
    const std::string path = pathIn(dir, "pairs/en-ar.examples.jsonl");
    std::string lines = readFileBytes(path);
    QCOMPARE(std::count(lines.begin(), lines.end(), '\n'), 3L);

    writeBytes(path, lines + "{\"id\": \"ar-4\", \"gold\": [\n");
    FileError error = fileErrorOf([&] { store.readExamples({"en", "ar"}); });
    QCOMPARE(error.path(), path);
    QVERIFY2(contains(error.what(), "en-ar.examples.jsonl: line 4: malformed JSON"), error.what());

    writeBytes(path, lines + "{\"gold\": []}\n");
    error = fileErrorOf([&] { store.readExamples({"en", "ar"}); });
    QVERIFY2(contains(error.what(), "line 4: id: missing"), error.what());

    writeBytes(
        path,
        "{\"id\": \"a\", \"gold\": [], \"teacher\": {\"prediction\": \"x\", \"em\": 1, \"f1\": \"1\", \"top\": []}}\n");
    error = fileErrorOf([&] { store.readExamples({"en", "ar"}); });
    QVERIFY2(contains(error.what(), "line 1: teacher.f1: expected a number, found a string"), error.what());
  }

  void predictionsAreInTheOfficialFormat() {
    const std::string dir = newRunDir();
    RunStore store = RunStore::create(dir, sampleManifest());
    std::vector<ExampleRecord> examples = hindiExamples();
    examples.push_back({"zh-hi-1", {"दिल्ली"}, result("दिल्ली", 1, 1.0), std::nullopt});  // a repeated id: the last wins
    store.writePair(pairRecord({"zh", "hi"}, 3), examples);

    const std::string teacherPath = store.predictionsPath(ModelRole::Teacher, {"zh", "hi"});
    QCOMPARE(teacherPath, pathIn(dir, "predictions/teacher/zh-hi.json"));
    const Predictions teacher = parsePredictions(readFileBytes(teacherPath), teacherPath);
    QCOMPARE(teacher.size(), std::size_t(2));
    QCOMPARE(teacher.at("zh-hi-1"), std::string("दिल्ली"));
    QCOMPARE(teacher.at("zh-hi-2"), std::string("北京"));
    const Predictions student =
        parsePredictions(readFileBytes(store.predictionsPath(ModelRole::Student, {"zh", "hi"})), "student");
    QCOMPARE(student.at("zh-hi-1"), std::string("दिल्ली"));
    QCOMPARE(student.at("zh-hi-2"), std::string("上海"));
    // UTF-8 as is, not \u escapes: the files stay readable.
    QVERIFY(contains(readFileBytes(teacherPath), "北京"));

    // A teacher-only pair writes no student predictions.
    std::vector<ExampleRecord> teacherOnly = arabicExamples();
    for (ExampleRecord& example : teacherOnly) example.student.reset();
    PairRecord teacherRecord = pairRecord({"en", "ar"}, 3);
    teacherRecord.student.reset();
    store.writePair(teacherRecord, teacherOnly);
    QVERIFY(std::filesystem::exists(store.predictionsPath(ModelRole::Teacher, {"en", "ar"})));
    QVERIFY(!std::filesystem::exists(store.predictionsPath(ModelRole::Student, {"en", "ar"})));

    // A scored pair without examples still gets an (empty) official file per scored role.
    store.writePair(pairRecord({"en", "en"}, 0), {});
    QCOMPARE(readFileBytes(store.predictionsPath(ModelRole::Student, {"en", "en"})), std::string("{}\n"));
    QVERIFY(store.readExamples({"en", "en"}).empty());
  }

  void updateManifestIsReadBack() {
    const std::string dir = newRunDir();
    RunStore store = RunStore::create(dir, sampleManifest());
    RunManifest finished = store.manifest();
    finished.status = "complete";
    finished.finishedAt = "2026-11-21T18:00:00Z";
    store.updateManifest(finished);
    QCOMPARE(store.manifest().status, std::string("complete"));
    const RunStore reopened = RunStore::open(dir);
    QCOMPARE(reopened.manifest().status, std::string("complete"));
    QCOMPARE(reopened.manifest().finishedAt, finished.finishedAt);
    // Only the final files remain: every write went through a temporary file and a rename.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      QVERIFY2(!contains(entry.path().filename().string(), ".tmp-"), entry.path().c_str());
    }
  }

  void sha256OfKnownContent() {
    const std::string abc = pathIn(temp_.path().toStdString(), "abc.txt");
    writeBytes(abc, "abc");
    QCOMPARE(sha256File(abc), std::string("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const std::string empty = pathIn(temp_.path().toStdString(), "empty.txt");
    writeBytes(empty, "");
    QCOMPARE(sha256File(empty), std::string("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // A million 'a's (the FIPS 180-2 vector), and 3 MiB + 5 'a's: several 1 MiB read chunks
    // and a short last one (expected value from Python's hashlib).
    const std::string many = pathIn(temp_.path().toStdString(), "many-a.txt");
    writeBytes(many, std::string(1000000, 'a'));
    QCOMPARE(sha256File(many), std::string("sha256:cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    writeBytes(many, std::string((std::size_t{3} << 20) + 5, 'a'));
    QCOMPARE(sha256File(many), std::string("sha256:aff2c7498aae939dfb2fb1dc6c0c83fa3708b069428e51338801af7f5dc2bf0f"));
    QCOMPARE(fileErrorOf([&] { sha256File(pathIn(temp_.path().toStdString(), "absent")); }).path(),
             pathIn(temp_.path().toStdString(), "absent"));
  }

  void modelContentHashCoversConfigAndWeights() {
    const std::string model = pathIn(temp_.path().toStdString(), "model");
    std::filesystem::create_directories(model);
    const std::string config = "{\"model_type\": \"bert\"}", weights = std::string("\x00\x01weights\xff", 10);
    writeBytes(pathIn(model, "config.json"), config);
    writeBytes(pathIn(model, "model.safetensors"), weights);
    writeBytes(pathIn(model, "tokenizer.json"), "{}");  // not model content

    const std::string hash = modelContentHash(model);
    QCOMPARE(modelContentHash(model), hash);

    // The documented layout, hashed independently: per file in name order, the name, NUL, the
    // 8-byte little-endian size, the bytes.
    const auto entry = [](const std::string& name, const std::string& bytes) {
      std::string out = name + std::string(1, '\0');
      for (int i = 0; i < 8; ++i) out += static_cast<char>((bytes.size() >> (8 * i)) & 0xFF);
      return out + bytes;
    };
    const std::string layout = pathIn(temp_.path().toStdString(), "layout.bin");
    writeBytes(layout, entry("config.json", config) + entry("model.safetensors", weights));
    QCOMPARE(hash, sha256File(layout));

    writeBytes(pathIn(model, "tokenizer.json"), "{\"changed\": true}");
    QCOMPARE(modelContentHash(model), hash);

    std::string changed = weights;
    changed[5] = static_cast<char>(changed[5] ^ 1);
    writeBytes(pathIn(model, "model.safetensors"), changed);
    const std::string changedHash = modelContentHash(model);
    QVERIFY(changedHash != hash);
    QVERIFY(QString::fromStdString(changedHash).contains(QRegularExpression("^sha256:[0-9a-f]{64}$")));

    writeBytes(pathIn(model, "model.safetensors"), weights);
    QCOMPARE(modelContentHash(model), hash);
    writeBytes(pathIn(model, "model-00002-of-00002.safetensors"), "shard");  // a shard counts
    QVERIFY(modelContentHash(model) != hash);

    const std::string emptyModel = pathIn(temp_.path().toStdString(), "empty-model");
    std::filesystem::create_directories(emptyModel);
    QCOMPARE(fileErrorOf([&] { modelContentHash(emptyModel); }).path(), emptyModel);
  }

  void utcNowIsIso8601() {
    const QString now = QString::fromStdString(utcNowIso8601());
    QVERIFY2(now.contains(QRegularExpression("^20\\d\\d-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-6]\\dZ$")),
             qPrintable(now));
  }
};

QTEST_APPLESS_MAIN(TestRunStore)
#include "tst_run_store.moc"
