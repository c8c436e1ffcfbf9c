// `xlqa grid` and `xlqa rank` on a real run: `xlqa eval` of small-xlmr-qa-spm over the 2x2 en/de
// XQuAD grid, a few examples per pair. The grid's four cells carry the F1 stored in the pair
// files; EM@1 equals the run's EM wherever the best kept span is the prediction; EM@k never goes
// past the run's top_k and never falls as k grows.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <string>

#include "core/eval/run_records.h"
#include "core/io/json_file.h"
#include "support/xlqa_process.h"

using nlohmann::json;

namespace {

QString shared(const QString& relative) { return QString::fromStdString(xlqa::test::sharedPath(relative)); }

constexpr int kTopK = 4;

// Example records of a pair file, by id.
std::map<std::string, xlqa::ExampleRecord> examples(const QString& run, const QString& pair) {
  std::map<std::string, xlqa::ExampleRecord> out;
  QFile file(run + "/pairs/" + pair + ".examples.jsonl");
  if (!file.open(QIODevice::ReadOnly)) return out;
  for (const QByteArray& line : file.readAll().split('\n')) {
    if (line.trimmed().isEmpty()) continue;
    xlqa::ExampleRecord record = xlqa::exampleRecordFromJson(json::parse(line.toStdString()), "test");
    out[record.id] = std::move(record);
  }
  return out;
}

// Runs `xlqa rank --examples` on `run` and checks every pair against its stored records: rank 1
// exactly where the stored prediction (the best span) scored EM 1, EM@1 equal to the pair's EM,
// curves of `topK` points that never fall. Returns how many pair x model curves were compared.
int checkRanksAgainstRun(const QString& run, int topK) {
  const auto out = xlqa::test::runXlqa({"rank", run, "--format", "json", "--examples"});
  if (out.exitCode != 0) qWarning("%s", qPrintable(out.err));
  if (out.exitCode != 0) return -1;
  const json report = json::parse(out.out.toStdString());
  if (report.at("top_k") != topK) return -1;
  int checked = 0;
  for (const json& pair : report.at("pairs")) {
    const QString key = QString::fromStdString(pair.at("pair").get<std::string>());
    const json record = xlqa::readJsonFile((run + "/pairs/" + key + ".json").toStdString());
    const auto stored = examples(run, key);
    if (pair.at("k_limit") != topK) return -1;
    for (const char* role : {"teacher", "student"}) {
      const json curve = pair.at(role).at("em_at_k");
      if (curve.size() != std::size_t(topK)) return -1;  // never beyond what the run kept
      for (std::size_t k = 1; k < curve.size(); ++k)
        if (curve[k].get<double>() < curve[k - 1].get<double>()) return -1;
      bool topIsPrediction = true;
      for (const json& example : pair.at("examples")) {
        const xlqa::ExampleRecord& s = stored.at(example.at("id").get<std::string>());
        const auto& result = std::string(role) == "teacher" ? s.teacher : s.student;
        if (result->top.empty() || result->top.front().text != result->prediction) {
          topIsPrediction = false;
          continue;
        }
        if ((example.at(std::string(role) + "_rank") == json(1)) != (result->exactMatch == 1)) return -1;
      }
      if (!topIsPrediction) continue;
      // Bit for bit: the same count over the same total as the run's EM.
      if (curve[0].get<double>() != record.at(role).at("exact_match").get<double>()) return -1;
      ++checked;
    }
  }
  return checked;
}

}  // namespace

class TestCliViews : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString run_;

 private slots:
  void initTestCase() {
    XLQA_REQUIRE_SHARED("fixtures/hf-parity/small-xlmr-qa-spm");
    XLQA_REQUIRE_SHARED("data/xquad/xquad.en.json");
    XLQA_REQUIRE_SHARED("data/xquad/xquad.de.json");
    run_ = dir_.filePath("run");
    const QString model = shared("fixtures/hf-parity/small-xlmr-qa-spm");
    const auto made = xlqa::test::runXlqa(
        {"eval", "--teacher", model, "--student", model, "--data", shared("data/xquad/xquad.en.json"), "--data",
         shared("data/xquad/xquad.de.json"), "--pairs", "all", "--out", run_, "--device", "cpu", "--top-k",
         QString::number(kTopK), "--max-examples-per-pair", "12"});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
  }

  void gridHasTheFourCellsOfTheRun() {
    const auto enEn = examples(run_, "en-en");
    QCOMPARE(enEn.size(), std::size_t(12));
    const std::string id = enEn.begin()->first;
    const auto out = xlqa::test::runXlqa({"grid", run_, "--id", QString::fromStdString(id), "--format", "json"});
    QVERIFY2(out.exitCode == 0, qPrintable(out.err));
    const json grid = json::parse(out.out.toStdString());
    QCOMPARE(grid.at("id"), id);
    QCOMPARE(grid.at("question_languages"), json({"de", "en"}));
    QCOMPARE(grid.at("context_languages"), json({"de", "en"}));
    QCOMPARE(grid.at("cells").size(), std::size_t(4));
    for (const json& cell : grid.at("cells")) {
      const QString pair =
          QString::fromStdString(cell.at("question").get<std::string>() + "-" + cell.at("context").get<std::string>());
      QCOMPARE(cell.at("state"), "present");
      const auto pairExamples = examples(run_, pair);
      const xlqa::ExampleRecord& stored = pairExamples.at(id);
      for (const char* role : {"teacher", "student"}) {
        const auto& result = std::string(role) == "teacher" ? stored.teacher : stored.student;
        QCOMPARE(cell.at(role).at("f1").get<double>(), result->f1);
        QCOMPARE(cell.at(role).at("em").get<int>(), result->exactMatch);
        QCOMPARE(cell.at(role).at("prediction").get<std::string>(), result->prediction);
      }
    }

    const auto text = xlqa::test::runXlqa({"grid", run_, "--id", QString::fromStdString(id)});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains("q\\c"));
    QVERIFY(text.out.contains("student right, teacher wrong"));

    const auto missing = xlqa::test::runXlqa({"grid", run_, "--id", "no-such-question"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("no-such-question"), qPrintable(missing.err));
    QCOMPARE(xlqa::test::runXlqa({"grid", run_}).exitCode, 2);  // --id is required
  }

  void emAtOneIsTheRunsExactMatch() {
    // small-xlmr-qa-spm is barely trained (EM 0 here), so this mostly checks the plumbing.
    QVERIFY(checkRanksAgainstRun(run_, kTopK) > 0);

    const auto text = xlqa::test::runXlqa({"rank", run_, "--pair", "en-de"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains("EM@k is known for k <= 4 only"));
    QVERIFY(text.out.contains("en-de"));
    QVERIFY(!text.out.contains("de-en"));
    const auto bad = xlqa::test::runXlqa({"rank", run_, "--pair", "en-zh"});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("en-zh"), qPrintable(bad.err));
  }

  // The build's demo run (target demo_cache): trained demo models with EM well above 0 in most
  // pairs, so EM@1 = EM is checked on real non-zero counts.
  void emAtOneIsTheDemoRunsExactMatch() {
    const QDir prebuilt(xlqa::test::binPath("../share/xlqa-studio/demo-cache"));
    const QStringList workspaces = prebuilt.entryList({"demo-*"}, QDir::Dirs);
    if (workspaces.size() != 1) QSKIP("the build made no demo-cache (target demo_cache)");
    const QString run = prebuilt.filePath(workspaces[0] + "/run");
    const json manifest = xlqa::readJsonFile((run + "/manifest.json").toStdString());
    if (manifest.at("status") != "complete") QSKIP("the build's demo run is incomplete (rebuild target demo_cache)");
    const int checked = checkRanksAgainstRun(run, manifest.at("settings").at("top_k").get<int>());
    // In the retrained demo every example's best kept span is its prediction (45,472 results), so
    // all 49 pairs x 2 models compare bit for bit. (The first demo had 36 curves with an example
    // where they differed; not seen since, in the demo or in multi-window XQuAD runs.)
    QCOMPARE(checked, 98);
    bool nonZero = false;
    for (const QString& file : QDir(run + "/pairs").entryList({"*.json"}, QDir::Files))
      nonZero |= xlqa::readJsonFile((run + "/pairs/" + file).toStdString()).at("student").at("exact_match") > 0.0;
    QVERIFY(nonZero);
  }

  // xlqa export in every format, from the run's own records: the JSON matrix and its intervals
  // agree with the pair files, the CSV carries the intervals, and the SVG is one picture of the
  // four cells with its colour bar.
  void exportWritesEveryFormat() {
    const auto json = xlqa::test::runXlqa({"export", run_, "--matrix", "student", "--format", "json", "--intervals"});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const nlohmann::json matrix = nlohmann::json::parse(json.out.toStdString());
    const double enDe = xlqa::readJsonFile((run_ + "/pairs/en-de.json").toStdString()).at("student").at("f1");
    QCOMPARE(matrix.at("cells").at(1).at(0).get<double>(), enDe);  // rows and columns: de, en
    QCOMPARE(matrix.at("intervals").at("gxlt").at("estimate").get<double>(), matrix.at("gxlt").get<double>());
    QVERIFY(matrix.at("intervals").at("gxlt").at("low").get<double>() <= matrix.at("gxlt").get<double>());

    const auto csv = xlqa::test::runXlqa({"export", run_, "--format", "csv", "--intervals"});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith(QStringLiteral("question/context,de,en,mean,mean_low,mean_high\n")));
    QVERIFY(csv.out.contains(QStringLiteral("\naverage,estimate,low,high\nxlt,")));

    QTemporaryDir out;
    const QString svgPath = out.filePath("heatmap.svg");
    const auto svg =
        xlqa::test::runXlqa({"export", run_, "--matrix", "difference", "--format", "svg", "--out", svgPath});
    QCOMPARE(svg.exitCode, 0);
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int rects = 0, stops = 0;
    while (!xml.atEnd())
      if (xml.readNext() == QXmlStreamReader::StartElement) {
        rects += xml.name() == QLatin1String("rect");
        stops += xml.name() == QLatin1String("stop");
      }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(rects, 1 + 4 + 2 + 2 + 1 + 1);  // background, cells, row and column means, overall, bar
    QVERIFY(stops > 2);
    QCOMPARE(xlqa::test::runXlqa({"export", run_, "--format", "png"}).exitCode, 2);
  }

  // xlqa generations reads the epoch lines of a training's log.jsonl: scores per epoch counted
  // from 1, and best = the last epoch the training flagged as the best so far (what best/ holds).
  void generationsListTheEpochsOfATraining() {
    QTemporaryDir dir;
    const std::string log =
        R"({"type":"step","epoch":0,"step":1,"total_steps":2,"loss":1,"ce":1,"kl":0,"kl_weight":0,"learning_rate":0.1,"examples_per_second":1,"eta_seconds":0})"
        "\n"
        R"({"type":"epoch","epoch":0,"xlt_f1":40.5,"gxlt_f1":30.25,"xlt_em":20,"gxlt_em":10,"run":"runs/epoch-1","best":true})"
        "\n"
        R"({"type":"epoch","epoch":1,"xlt_f1":45,"gxlt_f1":29,"xlt_em":25,"gxlt_em":9,"run":"runs/epoch-2","best":false})"
        "\n";
    xlqa::writeFileAtomically(dir.filePath("log.jsonl").toStdString(), log);
    const auto out = xlqa::test::runXlqa({"generations", dir.path(), "--format", "json"});
    QCOMPARE(out.exitCode, 0);
    const json epochs = json::parse(out.out.toStdString()).at("epochs");
    QCOMPARE(epochs.size(), std::size_t(2));
    QCOMPARE(epochs[0].at("epoch"), 1);
    QCOMPARE(epochs[0].at("gxlt_f1").get<double>(), 30.25);
    QCOMPARE(epochs[0].at("best"), true);
    QCOMPARE(epochs[1].at("xlt_f1").get<double>(), 45.0);
    QCOMPARE(epochs[1].at("best"), false);
    const auto csv = xlqa::test::runXlqa({"generations", dir.path(), "--format", "csv"});
    QCOMPARE(csv.out.split('\n').value(0), QStringLiteral("epoch,xlt_f1,gxlt_f1,xlt_em,gxlt_em,best,run"));
    QCOMPARE(csv.out.split('\n').value(2), QStringLiteral("2,45.000000,29.000000,25.000000,9.000000,0,runs/epoch-2"));

    QTemporaryDir empty;
    xlqa::writeFileAtomically(empty.filePath("log.jsonl").toStdString(), "");
    const auto none = xlqa::test::runXlqa({"generations", empty.path()});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains(QStringLiteral("no epoch scores")));
  }
};

QTEST_GUILESS_MAIN(TestCliViews)
#include "tst_cli_views.moc"
