// The parallel-example grid of a run written here: every cell holds the record with the asked id
// from its own pair file, cells are missing (and say why) where the pair was not evaluated or
// lacks the question, and the flip summary sorts the cells by which model is right.
#include <QTemporaryDir>
#include <QtTest>

#include <string>
#include <vector>

#include "core/store/parallel_example_grid.h"

using namespace xlqa;

namespace {

ModelExampleResult result(const std::string& prediction, int em, double f1) {
  return {prediction, em, f1, {{prediction, 0, 1, 0.5}}};
}

PairRecord pairRecord(LanguagePair pair, std::size_t examples) {
  return {std::move(pair), "mlqa_v1", examples, ModelPairScore{}, ModelPairScore{}, 0};
}

// A 2x3 selection (en, de questions x en, de, zh contexts) where en-zh is never evaluated and
// de-zh lacks question q1; the other pairs hold q0 and q1 with F1 values unique per cell.
RunStore makeRun(const QString& directory) {
  RunManifest manifest;
  manifest.pairs = {{"en", "en"}, {"en", "de"}, {"de", "en"}, {"de", "de"}, {"en", "zh"}, {"de", "zh"}};
  RunStore run = RunStore::create(directory.toStdString(), manifest);
  run.writePair(pairRecord({"en", "en"}, 2), {{"q0", {"a"}, result("a", 1, 1.0), result("a", 1, 1.0)},
                                              {"q1", {"Bern"}, result("Bern", 1, 1.0), result("Zurich", 0, 0.0)}});
  run.writePair(pairRecord({"en", "de"}, 2), {{"q0", {"b"}, result("b", 1, 1.0), result("b", 1, 1.0)},
                                              {"q1", {"Bern"}, result("in Zurich", 0, 0.0), result("Bern", 1, 1.0)}});
  run.writePair(pairRecord({"de", "en"}, 2),
                {{"q1", {"Bern"}, result("Bern city", 0, 2.0 / 3.0), result("the city Bern", 0, 0.5)},
                 {"q0", {"c"}, result("c", 1, 1.0), std::nullopt}});
  run.writePair(pairRecord({"de", "de"}, 2), {{"q0", {"d"}, result("d", 1, 1.0), result("d", 1, 1.0)},
                                              {"q1", {"Bern"}, result("Genf", 0, 0.0), result("Basel", 0, 0.25)}});
  run.writePair(pairRecord({"de", "zh"}, 1), {{"q0", {"e"}, result("e", 1, 1.0), result("e", 1, 1.0)}});
  return run;
}

}  // namespace

class TestParallelExampleGrid : public QObject {
  Q_OBJECT
 private slots:
  void cellsComeFromTheirOwnPairFiles() {
    QTemporaryDir dir;
    const RunStore run = makeRun(dir.filePath("run"));
    const ParallelExampleGrid grid = parallelExampleGrid(run, "q1");
    QCOMPARE(grid.id, std::string("q1"));
    QCOMPARE(grid.questionLanguages, (std::vector<std::string>{"de", "en"}));
    QCOMPARE(grid.contextLanguages, (std::vector<std::string>{"de", "en", "zh"}));
    QCOMPARE(grid.cells.size(), std::size_t(2));
    QCOMPARE(grid.cells[0].size(), std::size_t(3));
    QCOMPARE(grid.presentCells(), std::size_t(4));

    const GridCell* deEn = grid.at({"de", "en"});
    QVERIFY(deEn && deEn->example);
    QCOMPARE(deEn->state, GridCellState::Present);
    QCOMPARE(deEn->rules, std::string("mlqa_v1"));
    QCOMPARE(deEn->example->teacher->prediction, std::string("Bern city"));
    QCOMPARE(deEn->example->teacher->f1, 2.0 / 3.0);
    QCOMPARE(deEn->example->student->f1, 0.5);
    QCOMPARE(grid.at({"en", "de"})->example->student->prediction, std::string("Bern"));
    QCOMPARE(grid.at({"de", "de"})->example->student->f1, 0.25);

    QCOMPARE(grid.at({"en", "zh"})->state, GridCellState::PairMissing);
    QCOMPARE(grid.at({"de", "zh"})->state, GridCellState::ExampleMissing);
    QVERIFY(!grid.at({"de", "zh"})->example);
    QVERIFY(!grid.at({"zh", "zh"}));
  }

  void flipsSayWhichModelIsRight() {
    QTemporaryDir dir;
    const RunStore run = makeRun(dir.filePath("run"));
    const GridFlips flips = parallelExampleGrid(run, "q1").flips();
    QCOMPARE(flips.studentOnlyRight, (std::vector<LanguagePair>{{"en", "de"}}));
    QCOMPARE(flips.teacherOnlyRight, (std::vector<LanguagePair>{{"en", "en"}}));
    QCOMPARE(flips.bothRight, std::vector<LanguagePair>{});
    QCOMPARE(flips.bothWrong, (std::vector<LanguagePair>{{"de", "de"}, {"de", "en"}}));
    QCOMPARE(flips.studentHigherF1, (std::vector<LanguagePair>{{"de", "de"}, {"en", "de"}}));
    QCOMPARE(flips.teacherHigherF1, (std::vector<LanguagePair>{{"de", "en"}, {"en", "en"}}));

    // q0's de-en has no student result: it is in the grid but in no flip list.
    const ParallelExampleGrid q0 = parallelExampleGrid(run, "q0");
    QCOMPARE(q0.presentCells(), std::size_t(5));
    QCOMPARE(q0.flips().bothRight.size(), std::size_t(4));
  }

  void examplesInMemoryGiveTheSameGrid() {
    QTemporaryDir dir;
    const RunStore run = makeRun(dir.filePath("run"));
    std::vector<PairRecord> pairs;
    std::vector<std::vector<ExampleRecord>> examples;
    for (const LanguagePair& pair : run.completedPairs()) {
      pairs.push_back(run.readPair(pair));
      examples.push_back(run.readExamples(pair));
    }
    for (const char* id : {"q0", "q1", "nope"}) {
      const ParallelExampleGrid fromMemory = parallelExampleGrid(run.manifest().pairs, pairs, examples, id);
      QCOMPARE(toJson(fromMemory).dump(), toJson(parallelExampleGrid(run, id)).dump());
    }
  }

  void unknownIdGivesAnEmptyGrid() {
    QTemporaryDir dir;
    const RunStore run = makeRun(dir.filePath("run"));
    const ParallelExampleGrid grid = parallelExampleGrid(run, "nope");
    QCOMPARE(grid.presentCells(), std::size_t(0));
    QCOMPARE(grid.at({"en", "en"})->state, GridCellState::ExampleMissing);
  }

  void jsonHoldsEveryCell() {
    QTemporaryDir dir;
    const RunStore run = makeRun(dir.filePath("run"));
    const nlohmann::json json = toJson(parallelExampleGrid(run, "q1"));
    QCOMPARE(json.at("cells").size(), std::size_t(6));
    const nlohmann::json& deEn = json.at("cells").at(1);  // rows de, en; columns de, en, zh
    QCOMPARE(deEn.at("question"), "de");
    QCOMPARE(deEn.at("context"), "en");
    QCOMPARE(deEn.at("state"), "present");
    QCOMPARE(deEn.at("gold"), nlohmann::json({"Bern"}));
    QCOMPARE(deEn.at("teacher").at("f1").get<double>(), 2.0 / 3.0);
    QCOMPARE(deEn.at("student").at("prediction"), "the city Bern");
    QCOMPARE(json.at("cells").at(2).at("state"), "example_missing");
    QCOMPARE(json.at("cells").at(5).at("state"), "pair_missing");
    QVERIFY(!json.at("cells").at(5).contains("teacher"));
    QCOMPARE(json.at("flips").at("student_right_teacher_wrong"), nlohmann::json({"en-de"}));
  }
};

QTEST_GUILESS_MAIN(TestParallelExampleGrid)
#include "tst_parallel_example_grid.moc"
