#pragma once
// Starting an evaluation run the same way from the CLI and the GUI: what the manifest records
// about the models and dataset files, and the rule for continuing an earlier run.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/eval/evaluation_engine.h"
#include "core/store/run_store.h"
#include "core/system/launch_position.h"

namespace xlqa {

class QaModel;

// Absolute path, content hash, family and size of a loaded model.
ModelRecord describeModel(const QaModel& model);

// Every dataset file the inputs name (files, folders, lang=path), with its SHA-256.
std::vector<DatasetFileRecord> describeDatasetFiles(const std::vector<std::string>& inputs);

// The manifest of a run of `models` over `pairs` of the data `dataInputs` names: tool version,
// start time, dataset files with their hashes, settings, each model's record and the device.
RunManifest newRunManifest(const std::vector<std::string>& dataInputs, std::vector<LanguagePair> pairs,
                           const EvaluationSettings& settings, const std::vector<EvaluatedModel>& models);

// Throws std::invalid_argument naming what differs (settings, a model, the pairs or the data).
void checkResumable(const RunManifest& saved, const RunManifest& now);
// What differs between two runs' models, data, settings or pairs (as checkResumable says it);
// nullopt when one run can continue or join the other.
std::optional<std::string> runsDiffer(const RunManifest& saved, const RunManifest& now);

// A new run in `directory`, or with `resume` the run already there after checkResumable, marked
// running again. `resumedPairs` (optional) receives how many pairs were already done.
RunStore startRun(const std::string& directory, const RunManifest& manifest, bool resume,
                  std::size_t* resumedPairs = nullptr);

// Marks the run complete or cancelled with the finish time.
void finishRun(RunStore& store, bool cancelled);

// Loads the model folders on `device` and evaluates them over `pairs` of `dataset` (made from
// `dataInputs`) into `runDirectory`: a run there of the same models, data and settings is resumed,
// anything else replaced. Models are loaded from their folders so that the manifest's content
// hashes describe what ran. Throws Cancelled when `cancel` stopped it (the run stays resumable).
void evaluateModelFolders(const std::vector<std::pair<ModelRole, std::string>>& modelDirs, const std::string& device,
                          const ParallelDataset& dataset, const std::vector<std::string>& dataInputs,
                          const std::vector<LanguagePair>& pairs, const EvaluationSettings& settings,
                          const std::string& runDirectory, const EvaluationProgressCallback& progress = {},
                          const std::atomic<bool>* cancel = nullptr);

// Every pair of the store's manifest not completed yet, each written as it finishes. Throws
// Cancelled (the store stays consistent: finished pairs are kept, the rest redone).
void evaluateMissingPairs(EvaluationEngine& engine, RunStore& store, const EvaluationProgressCallback& progress = {},
                          const std::atomic<bool>* cancel = nullptr);

// Shards of one run writing into one folder at the same time (core/store/pair_sharding splits the
// pairs). The run folder is created by the first shard to get there and joined by the others
// after checkResumable; each pair is claimed before it is evaluated and written atomically.
RunStore startSharedRun(const std::string& directory, const RunManifest& manifest);

// A claim line naming this process: {"shard": "I/N", "host", "pid"}.
std::string shardClaimHolder(const LaunchPosition& position);
// Whether an existing claim may be taken over by `holder`: the same shard started again, or a
// process on this host that is gone. A claim from a live process elsewhere is left alone.
bool claimIsStale(const std::string& claim, const std::string& holder);

struct ShardOutcome {
  std::size_t evaluated = 0, alreadyDone = 0;
  std::vector<LanguagePair> heldElsewhere;  // claimed by another live process: left to it
  bool runComplete = false;                 // every pair of the run is done (the manifest says so)
};
// Evaluates the shard's `pairs` that are not done yet, each claimed first as `holder`. When the
// run is complete afterwards (this shard finished last), its manifest is marked complete.
ShardOutcome evaluateShard(EvaluationEngine& engine, RunStore& store, const std::vector<LanguagePair>& pairs,
                           const std::string& holder, const EvaluationProgressCallback& progress = {},
                           const std::atomic<bool>* cancel = nullptr);

// Runs the engine into the store and finishes the run; false when `cancel` stopped it (the
// finished pairs are kept, so the run can be resumed).
bool runToEnd(EvaluationEngine& engine, RunStore& store, const EvaluationProgressCallback& progress,
              const std::atomic<bool>* cancel);

}  // namespace xlqa
