#include "core/store/evaluation_run.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <functional>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>

#include "core/data/dataset_file_names.h"
#include "core/eval/predictor.h"
#include "core/model/qa_model.h"
#include "core/text/tokenizer.h"
#include "xlqa/version.h"

namespace xlqa {

namespace fs = std::filesystem;

ModelRecord describeModel(const QaModel& model) {
  const std::string dir = model.directory();
  return {std::filesystem::absolute(dir).string(), modelContentHash(dir), model.config().modelType,
          model.parameterCount(), computeDtypeName(model.dtype())};
}

std::vector<DatasetFileRecord> describeDatasetFiles(const std::vector<std::string>& inputs) {
  std::vector<DatasetFileRecord> records;
  for (const DatasetFileSpec& spec : discoverDatasetFiles(inputs))
    records.push_back({std::filesystem::absolute(spec.path).string(), spec.questionLanguage, spec.contextLanguage,
                       sha256File(spec.path)});
  return records;
}

RunManifest newRunManifest(const std::vector<std::string>& dataInputs, std::vector<LanguagePair> pairs,
                           const EvaluationSettings& settings, const std::vector<EvaluatedModel>& models) {
  RunManifest manifest;
  manifest.toolVersion = kVersion;
  manifest.startedAt = utcNowIso8601();
  manifest.pairs = std::move(pairs);
  manifest.datasetFiles = describeDatasetFiles(dataInputs);
  manifest.settings = settings.toJson();
  for (const EvaluatedModel& evaluated : models) {
    (evaluated.role == ModelRole::Teacher ? manifest.teacher : manifest.student) = describeModel(*evaluated.model);
    manifest.device = evaluated.model->device().description;
  }
  return manifest;
}

std::optional<std::string> runsDiffer(const RunManifest& saved, const RunManifest& now) {
  const auto differs = [](const std::optional<ModelRecord>& a, const std::optional<ModelRecord>& b) {
    return a.has_value() != b.has_value() || (a && (a->contentHash != b->contentHash || a->dtype != b->dtype));
  };
  std::optional<std::string> problem;
  if (saved.settings != now.settings) problem = "settings " + saved.settings.dump() + " vs now " + now.settings.dump();
  if (differs(saved.teacher, now.teacher)) problem = "the teacher model or its dtype differs";
  if (differs(saved.student, now.student)) problem = "the student model or its dtype differs";
  if (saved.pairs != now.pairs) problem = "the pair selection differs";
  std::vector<std::string> a, b;
  for (const auto& f : saved.datasetFiles) a.push_back(f.sha256);
  for (const auto& f : now.datasetFiles) b.push_back(f.sha256);
  if (a != b) problem = "the dataset files differ";
  return problem;
}

void checkResumable(const RunManifest& saved, const RunManifest& now) {
  if (const std::optional<std::string> problem = runsDiffer(saved, now))
    throw std::invalid_argument("cannot resume: " + *problem + "; start a new run folder");
}

RunStore startRun(const std::string& directory, const RunManifest& manifest, bool resume, std::size_t* resumedPairs) {
  if (!resume) return RunStore::create(directory, manifest);
  RunStore existing = RunStore::open(directory);
  checkResumable(existing.manifest(), manifest);
  RunManifest resumed = existing.manifest();
  resumed.status = "running", resumed.finishedAt.clear();
  existing.updateManifest(resumed);
  if (resumedPairs) *resumedPairs = existing.completedPairs().size();
  return existing;
}

void finishRun(RunStore& store, bool cancelled) {
  RunManifest finished = store.manifest();
  finished.status = cancelled ? "cancelled" : "complete";
  finished.finishedAt = utcNowIso8601();
  store.updateManifest(finished);
}

namespace {

// Evaluates `todo` into the store in order, each pair written as it finishes; `take(pair)` may
// refuse a pair (another process has it), which is then left out.
void evaluatePairs(EvaluationEngine& engine, RunStore& store, std::vector<LanguagePair> todo,
                   const EvaluationProgressCallback& progress, const std::atomic<bool>* cancel,
                   const std::function<bool(const LanguagePair&)>& take = {}) {
  EvaluationProgress state;
  state.pairsTotal = store.manifest().pairs.size();
  state.pairsDone = store.completedPairs().size();
  // Work per pair (examples x models), counted once for the totals and the ETA.
  std::vector<std::size_t> work;
  for (const LanguagePair& pair : todo) {
    work.push_back(engine.workFor(pair));
    state.examplesTotal += work.back();
  }

  const auto started = std::chrono::steady_clock::now();
  std::size_t examplesBefore = 0;
  for (std::size_t t = 0; t < todo.size(); ++t) {
    const LanguagePair& pair = todo[t];
    const std::size_t pairExamples = work[t];
    if (take && !take(pair)) {
      state.examplesTotal -= pairExamples;
      continue;
    }
    state.pair = pair.key();
    const ProgressCallback pairProgress = [&](std::size_t done, std::size_t total) {
      state.examplesDone = examplesBefore + pairExamples * done / std::max<std::size_t>(1, total);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      state.examplesPerSecond = seconds > 0 ? static_cast<double>(state.examplesDone) / seconds : 0;
      state.etaSeconds = state.examplesPerSecond > 0
                             ? static_cast<double>(state.examplesTotal - state.examplesDone) / state.examplesPerSecond
                             : 0;
      if (progress) progress(state);
    };
    const auto [record, examples] = engine.evaluatePair(pair, pairProgress, cancel);
    store.writePair(record, examples);
    ++state.pairsDone;
    pairProgress(1, 1);
    examplesBefore += pairExamples;
  }
}

bool processAlive(int pid) { return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM); }

std::string hostName() {
  char name[256] = {};
  return ::gethostname(name, sizeof name - 1) == 0 ? std::string(name) : std::string("unknown");
}

}  // namespace

void evaluateMissingPairs(EvaluationEngine& engine, RunStore& store, const EvaluationProgressCallback& progress,
                          const std::atomic<bool>* cancel) {
  std::vector<LanguagePair> todo;
  for (const LanguagePair& pair : store.manifest().pairs)
    if (!store.hasPair(pair)) todo.push_back(pair);
  evaluatePairs(engine, store, std::move(todo), progress, cancel);
}

RunStore startSharedRun(const std::string& directory, const RunManifest& manifest) {
  if (std::optional<RunStore> created = RunStore::createExclusive(directory, manifest)) return std::move(*created);
  RunStore existing = RunStore::open(directory);
  checkResumable(existing.manifest(), manifest);
  return existing;
}

std::string shardClaimHolder(const LaunchPosition& position) {
  return nlohmann::json{{"shard", std::to_string(position.rank) + "/" + std::to_string(position.worldSize)},
                        {"host", hostName()},
                        {"pid", static_cast<int>(::getpid())}}
      .dump();
}

bool claimIsStale(const std::string& claim, const std::string& holder) {
  try {
    const nlohmann::json theirs = nlohmann::json::parse(claim), ours = nlohmann::json::parse(holder);
    if (theirs.value("shard", "") == ours.value("shard", "")) return true;  // this shard, started again
    return theirs.value("host", "") == ours.value("host", "") && !processAlive(theirs.value("pid", 0));
  } catch (const nlohmann::json::exception&) {
    return false;  // a claim we cannot read is someone else's
  }
}

ShardOutcome evaluateShard(EvaluationEngine& engine, RunStore& store, const std::vector<LanguagePair>& pairs,
                           const std::string& holder, const EvaluationProgressCallback& progress,
                           const std::atomic<bool>* cancel) {
  ShardOutcome outcome;
  std::vector<LanguagePair> todo;
  for (const LanguagePair& pair : pairs) {
    if (store.hasPair(pair))
      ++outcome.alreadyDone;
    else
      todo.push_back(pair);
  }
  evaluatePairs(engine, store, todo, progress, cancel, [&](const LanguagePair& pair) {
    if (!store.claimPair(pair, holder)) {
      const std::optional<std::string> claim = store.claimOf(pair);
      if (!claim || !claimIsStale(*claim, holder)) {
        outcome.heldElsewhere.push_back(pair);
        return false;
      }
      store.releaseClaim(pair);  // a dead holder's, or this shard's from an earlier start
      if (!store.claimPair(pair, holder)) {
        outcome.heldElsewhere.push_back(pair);
        return false;
      }
    }
    ++outcome.evaluated;
    return true;
  });
  outcome.runComplete = store.completedPairs().size() == store.manifest().pairs.size();
  if (outcome.runComplete) finishRun(store, false);
  return outcome;
}

bool runToEnd(EvaluationEngine& engine, RunStore& store, const EvaluationProgressCallback& progress,
              const std::atomic<bool>* cancel) {
  bool cancelled = false;
  try {
    evaluateMissingPairs(engine, store, progress, cancel);
  } catch (const Cancelled&) {
    cancelled = true;
  }
  finishRun(store, cancelled);
  return !cancelled;
}

void evaluateModelFolders(const std::vector<std::pair<ModelRole, std::string>>& modelDirs, const std::string& device,
                          const ParallelDataset& dataset, const std::vector<std::string>& dataInputs,
                          const std::vector<LanguagePair>& pairs, const EvaluationSettings& settings,
                          const std::string& runDirectory, const EvaluationProgressCallback& progress,
                          const std::atomic<bool>* cancel) {
  std::vector<std::unique_ptr<QaModel>> models;
  std::vector<std::unique_ptr<Tokenizer>> tokenizers;
  std::vector<EvaluatedModel> evaluated;
  for (const auto& [role, dir] : modelDirs) {
    models.push_back(QaModel::load(dir, device));
    tokenizers.push_back(loadTokenizer(dir));
    evaluated.push_back({role, models.back().get(), tokenizers.back().get()});
  }
  const RunManifest manifest = newRunManifest(dataInputs, pairs, settings, evaluated);
  const fs::path runDir(runDirectory);
  std::error_code ec;
  std::optional<RunStore> store;
  if (fs::is_regular_file(runDir / "manifest.json", ec)) {
    try {
      store = startRun(runDirectory, manifest, true);
    } catch (const std::invalid_argument&) {
      fs::remove_all(runDir);  // another model, data or settings: of no use to this run
    }
  }
  if (!store) {
    fs::create_directories(runDir.parent_path());
    store = startRun(runDirectory, manifest, false);
  }
  EvaluationEngine engine(dataset, evaluated, settings);
  if (!runToEnd(engine, *store, progress, cancel)) throw Cancelled();
}

}  // namespace xlqa
