#pragma once
// What the user has open: a teacher and a student model, a dataset, a run. Loading functions
// are plain and thread-safe so BackgroundJobs call them; the Workspace object itself lives on
// the GUI thread and announces changes.
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/parallel_dataset.h"
#include "core/model/qa_model.h"
#include "core/store/run_comparison.h"
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

struct OpenedRun {
  QString directory;
  RunManifest manifest;
  std::vector<PairRecord> pairs;
  std::vector<PairComparison> significance;  // student vs teacher, when the run has both
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

class Workspace : public QObject {
  Q_OBJECT
 public:
  explicit Workspace(QObject* parent = nullptr);

  const std::optional<LoadedModel>& model(ModelRole role) const;
  const std::optional<LoadedDataset>& dataset() const { return dataset_; }
  const std::optional<OpenedRun>& run() const { return run_; }
  const std::optional<ComparedRun>& comparison() const { return comparison_; }

  void setModel(ModelRole role, LoadedModel model, const QString& directory);
  void setDataset(LoadedDataset dataset);
  void setRun(OpenedRun run);  // drops the comparison, which was against the previous run
  void setComparison(std::optional<ComparedRun> comparison);

  // Most recent first, at most 8, kept in QSettings.
  QStringList recent(const QString& kind) const;  // "models", "datasets", "runs"
  void remember(const QString& kind, const QString& path);

 signals:
  void modelsChanged();
  void datasetChanged();
  void runChanged();

 private:
  std::optional<LoadedModel> teacher_, student_;
  std::optional<LoadedDataset> dataset_;
  std::optional<OpenedRun> run_;
  std::optional<ComparedRun> comparison_;
};

}  // namespace xlqa
