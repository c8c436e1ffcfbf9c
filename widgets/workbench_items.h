#pragma once
// What a workbench document holds: loaded models, a dataset, an opened run and a run compared
// with it, and the plain, thread-safe functions that load them (jobs call them off the GUI thread).
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/parallel_dataset.h"
#include "core/model/qa_model.h"
#include "core/store/run_comparison.h"
#include "core/store/score_intervals.h"
#include "core/text/tokenizer.h"

namespace xlqa {

struct LoadedModel {
  std::shared_ptr<QaModel> model;
  std::shared_ptr<Tokenizer> tokenizer;
  QString summary() const;  // "xlm-roberta, 612 290 parameters, bf16, CPU (2 threads, OpenBLAS)"
};

struct LoadedDataset {
  QStringList inputs;
  std::shared_ptr<ParallelDataset> dataset;
  QString summary() const;  // "12 languages, 144 pairs"
};

class ExampleTags;
struct ExampleTableData;

struct OpenedRun {
  QString directory;
  RunManifest manifest;
  std::vector<PairRecord> pairs;
  std::vector<PairComparison> significance;  // student vs teacher, when the run has both
  // Every example's scores and the run's tags as read when it was opened (the browser keeps
  // its own copy, which the user's tagging changes); null for a run described without them.
  std::shared_ptr<const ExampleTableData> examples;
  std::shared_ptr<const ExampleTags> tags;
  RunIntervals intervals;  // bootstrap intervals of the F1 averages, from the examples
};

// Another run set against the open one (run A): run B's scores minus run A's for one role, pair
// by pair, with the paired test of each pair's F1 (side a = run A, side b = run B).
struct ComparedRun {
  QString directory;
  ModelRole role = ModelRole::Student;
  std::vector<PairRecord> pairs;
  std::vector<PairComparison> significance;
  // Set only when the two runs' compared models computed in different dtypes ("fp32", "bf16").
  std::string thisDtype, comparedDtype;
  QString precisionNote() const;  // a sentence for the caption and status bar; empty when they agree
};

// `progress` gets the share of the weights in place (0..1) on the calling thread; an exception
// it throws (e.g. Cancelled) ends the load.
LoadedModel loadModelFolder(const QString& directory, ComputeDtype dtype = ComputeDtype::Float32,
                            const ModelLoadProgress& progress = {}, const QString& device = QStringLiteral("auto"));
// A LoadError becomes one message listing its first problems (file, JSON path, reason).
LoadedDataset loadDatasetInputs(const QStringList& inputs);
OpenedRun describeRun(const RunStore& store);  // pairs and student-vs-teacher significance
// Compares the students when both runs have one (successive generations), else the teachers;
// throws when the runs have no scored pair in common.
ComparedRun describeComparison(const RunStore& runA, const RunStore& runB);

}  // namespace xlqa
