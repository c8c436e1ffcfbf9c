#include "core/store/parallel_example_grid.h"

#include <algorithm>
#include <functional>
#include <set>

namespace xlqa {

namespace {

nlohmann::json pairsJson(const std::vector<LanguagePair>& pairs) {
  nlohmann::json out = nlohmann::json::array();
  for (const LanguagePair& pair : pairs) out.push_back(pair.key());
  return out;
}

}  // namespace

const GridCell* ParallelExampleGrid::at(const LanguagePair& pair) const {
  for (const auto& row : cells)
    for (const GridCell& cell : row)
      if (cell.pair == pair) return &cell;
  return nullptr;
}

std::size_t ParallelExampleGrid::presentCells() const {
  std::size_t count = 0;
  for (const auto& row : cells)
    for (const GridCell& cell : row) count += cell.state == GridCellState::Present ? 1 : 0;
  return count;
}

GridFlips ParallelExampleGrid::flips() const {
  GridFlips flips;
  for (const auto& row : cells) {
    for (const GridCell& cell : row) {
      if (!cell.example || !cell.example->teacher || !cell.example->student) continue;
      const ModelExampleResult &teacher = *cell.example->teacher, &student = *cell.example->student;
      if (student.exactMatch && !teacher.exactMatch) flips.studentOnlyRight.push_back(cell.pair);
      if (teacher.exactMatch && !student.exactMatch) flips.teacherOnlyRight.push_back(cell.pair);
      if (teacher.exactMatch && student.exactMatch) flips.bothRight.push_back(cell.pair);
      if (!teacher.exactMatch && !student.exactMatch) flips.bothWrong.push_back(cell.pair);
      if (student.f1 > teacher.f1) flips.studentHigherF1.push_back(cell.pair);
      if (teacher.f1 > student.f1) flips.teacherHigherF1.push_back(cell.pair);
    }
  }
  return flips;
}

namespace {

// The grid over `selection`, whatever holds the examples: `evaluated(pair)` gives a completed
// pair's record and examples, or null for a pair the run has not evaluated.
struct EvaluatedPair {
  const std::string* rules;
  const std::vector<ExampleRecord>* examples;
};

ParallelExampleGrid buildGrid(const std::vector<LanguagePair>& selection, const std::string& id,
                              const std::function<std::optional<EvaluatedPair>(const LanguagePair&)>& evaluated) {
  ParallelExampleGrid grid;
  grid.id = id;
  std::set<std::string> questions, contexts;
  for (const LanguagePair& pair : selection) {
    questions.insert(pair.question);
    contexts.insert(pair.context);
  }
  grid.questionLanguages.assign(questions.begin(), questions.end());
  grid.contextLanguages.assign(contexts.begin(), contexts.end());
  for (const std::string& q : grid.questionLanguages) {
    std::vector<GridCell> row;
    for (const std::string& c : grid.contextLanguages) {
      GridCell cell;
      cell.pair = {q, c};
      // A language pair outside the selection (e.g. an xlt-only run's en-de) reads as not evaluated.
      const bool selected = std::find(selection.begin(), selection.end(), cell.pair) != selection.end();
      if (const std::optional<EvaluatedPair> done = selected ? evaluated(cell.pair) : std::nullopt) {
        cell.rules = *done->rules;
        cell.state = GridCellState::ExampleMissing;
        const auto found = std::find_if(done->examples->begin(), done->examples->end(),
                                        [&](const ExampleRecord& example) { return example.id == id; });
        if (found != done->examples->end()) {
          cell.example = *found;
          cell.state = GridCellState::Present;
        }
      }
      row.push_back(std::move(cell));
    }
    grid.cells.push_back(std::move(row));
  }
  return grid;
}

}  // namespace

ParallelExampleGrid parallelExampleGrid(const RunStore& run, const std::string& id) {
  std::string rules;
  std::vector<ExampleRecord> examples;
  return buildGrid(run.manifest().pairs, id, [&](const LanguagePair& pair) -> std::optional<EvaluatedPair> {
    if (!run.hasPair(pair)) return std::nullopt;
    rules = run.readPair(pair).rules;
    examples = run.readExamples(pair);
    return EvaluatedPair{&rules, &examples};
  });
}

ParallelExampleGrid parallelExampleGrid(const std::vector<LanguagePair>& selection,
                                        const std::vector<PairRecord>& pairs,
                                        const std::vector<std::vector<ExampleRecord>>& examples,
                                        const std::string& id) {
  return buildGrid(selection, id, [&](const LanguagePair& pair) -> std::optional<EvaluatedPair> {
    for (std::size_t i = 0; i < pairs.size() && i < examples.size(); ++i)
      if (pairs[i].pair == pair) return EvaluatedPair{&pairs[i].rules, &examples[i]};
    return std::nullopt;
  });
}

std::string gridCellStateName(GridCellState state) {
  switch (state) {
    case GridCellState::Present: return "present";
    case GridCellState::PairMissing: return "pair_missing";
    case GridCellState::ExampleMissing: return "example_missing";
  }
  return "present";
}

nlohmann::json toJson(const ParallelExampleGrid& grid) {
  nlohmann::json cells = nlohmann::json::array();
  for (const auto& row : grid.cells) {
    for (const GridCell& cell : row) {
      nlohmann::json out = {
          {"question", cell.pair.question}, {"context", cell.pair.context}, {"state", gridCellStateName(cell.state)}};
      if (!cell.rules.empty()) out["rules"] = cell.rules;
      if (cell.example) {
        // The record's own export, so a cell reads like a line of the pair's examples file.
        const nlohmann::json record = toJson(*cell.example);
        for (const auto& [key, value] : record.items())
          if (key != "id") out[key] = value;
      }
      cells.push_back(std::move(out));
    }
  }
  const GridFlips flips = grid.flips();
  return {{"id", grid.id},
          {"question_languages", grid.questionLanguages},
          {"context_languages", grid.contextLanguages},
          {"present_cells", grid.presentCells()},
          {"cells", std::move(cells)},
          {"flips",
           {{"student_right_teacher_wrong", pairsJson(flips.studentOnlyRight)},
            {"teacher_right_student_wrong", pairsJson(flips.teacherOnlyRight)},
            {"both_right", pairsJson(flips.bothRight)},
            {"both_wrong", pairsJson(flips.bothWrong)},
            {"student_higher_f1", pairsJson(flips.studentHigherF1)},
            {"teacher_higher_f1", pairsJson(flips.teacherHigherF1)}}}};
}

}  // namespace xlqa
