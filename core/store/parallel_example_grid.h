#pragma once
// One question across every language pair of a run: XQuAD and MLQA give a question the same id
// in every language, so cell (q, c) is the example with that id in pair q-c. The grid shows, for
// that single question, where teacher and student answer right and where the answer flips.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/store/run_store.h"

namespace xlqa {

// Why a cell is empty: the run has not (yet) evaluated the pair, or the pair lacks the question.
enum class GridCellState { Present, PairMissing, ExampleMissing };

struct GridCell {
  LanguagePair pair;
  GridCellState state = GridCellState::PairMissing;
  std::string rules;                     // the pair's scoring rules, when the pair was evaluated
  std::optional<ExampleRecord> example;  // set when state == Present
};

// How the two models' exact matches compare over the cells where both answered.
struct GridFlips {
  std::vector<LanguagePair> studentOnlyRight;  // student EM 1, teacher EM 0
  std::vector<LanguagePair> teacherOnlyRight;  // teacher EM 1, student EM 0
  std::vector<LanguagePair> bothRight, bothWrong;
  std::vector<LanguagePair> studentHigherF1, teacherHigherF1;  // strictly higher F1
};

struct ParallelExampleGrid {
  std::string id;
  std::vector<std::string> questionLanguages, contextLanguages;  // the run's selection, sorted
  std::vector<std::vector<GridCell>> cells;                      // [question][context]

  const GridCell* at(const LanguagePair& pair) const;  // null outside the grid
  std::size_t presentCells() const;
  GridFlips flips() const;
};

// The grid of question `id` over the languages of the run's selected pairs. Reads every
// completed pair's examples; a pair outside the selection is not part of the grid.
ParallelExampleGrid parallelExampleGrid(const RunStore& run, const std::string& id);
// The same from examples already in memory (the app's open run): `pairs` and `examples` are
// parallel, `selection` is the run's selected pairs (the manifest's).
ParallelExampleGrid parallelExampleGrid(const std::vector<LanguagePair>& selection,
                                        const std::vector<PairRecord>& pairs,
                                        const std::vector<std::vector<ExampleRecord>>& examples, const std::string& id);

std::string gridCellStateName(GridCellState state);  // "present", "pair_missing", "example_missing"

// Export: {"id", "question_languages", "context_languages", "cells": [{"question", "context",
// "state", "rules", "gold", "teacher"/"student": {"prediction", "em", "f1", "top"}}], "flips"}.
nlohmann::json toJson(const ParallelExampleGrid& grid);

}  // namespace xlqa
