#include "core/train/trainer.h"

#include <torch/types.h>  // its own block: before clip_grad.h, which does not include what it uses

#include <torch/nn/utils/clip_grad.h>
#include <torch/optim/adamw.h>
#include <torch/serialize.h>
#include <torch/utils.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "core/data/parallel_dataset.h"
#include "core/eval/evaluation_engine.h"
#include "core/eval/example_inspection.h"
#include "core/eval/predictor.h"
#include "core/eval/token_cache.h"
#include "core/io/json_file.h"
#include "core/model/device.h"
#include "core/model/qa_model.h"
#include "core/model/qa_module.h"
#include "core/store/evaluation_run.h"
#include "core/store/run_comparison.h"
#include "core/system/process_memory.h"
#include "core/train/cross_lingual_sampling.h"
#include "core/train/distillation_loss.h"
#include "core/train/process_group.h"
#include "core/train/seeded_draws.h"

namespace xlqa {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// One model input with its run_qa labels.
struct TrainingWindow {
  std::vector<std::int64_t> ids, typeIds;
  int start = 0, end = 0;
};

struct PreparedData {
  CrossLingualSample sample;
  std::vector<TrainingWindow> windows;
  std::size_t examplesWithoutAnswer = 0;
};

// Where a run stands; saved with every checkpoint as trainer_state.json.
struct TrainerState {
  int epoch = 0;         // the epoch in progress
  long stepInEpoch = 0;  // optimizer steps of that epoch already done
  long globalStep = 0;
  int bestEpoch = -1;
  double bestGxltF1 = -1;
  std::vector<EpochScores> epochs;
};

json toJson(const EpochScores& scores) {
  return {{"type", "epoch"},
          {"epoch", scores.epoch},
          {"xlt_f1", scores.xltF1},
          {"gxlt_f1", scores.gxltF1},
          {"xlt_em", scores.xltExactMatch},
          {"gxlt_em", scores.gxltExactMatch},
          {"run", scores.runDirectory},
          {"best", scores.best}};
}

EpochScores epochScoresFromJson(const json& line) {
  EpochScores scores;
  scores.epoch = line.at("epoch").get<int>();
  scores.xltF1 = line.at("xlt_f1").get<double>();
  scores.gxltF1 = line.at("gxlt_f1").get<double>();
  scores.xltExactMatch = line.at("xlt_em").get<double>();
  scores.gxltExactMatch = line.at("gxlt_em").get<double>();
  scores.runDirectory = line.at("run").get<std::string>();
  scores.best = line.at("best").get<bool>();
  return scores;
}

json toJson(const TrainingStep& step) {
  return {{"type", "step"},
          {"epoch", step.epoch},
          {"step", step.step},
          {"total_steps", step.totalSteps},
          {"loss", step.loss},
          {"ce", step.ce},
          {"kl", step.kl},
          {"kl_weight", step.klWeight},
          {"learning_rate", step.learningRate},
          {"examples_per_second", step.examplesPerSecond},
          {"eta_seconds", step.etaSeconds}};
}

TrainingStep stepFromJson(const json& line) {
  TrainingStep step;
  step.epoch = line.at("epoch").get<int>();
  step.step = line.at("step").get<long>();
  step.totalSteps = line.at("total_steps").get<long>();
  step.loss = line.at("loss").get<double>();
  step.ce = line.at("ce").get<double>();
  step.kl = line.at("kl").get<double>();
  step.klWeight = line.at("kl_weight").get<double>();
  step.learningRate = line.at("learning_rate").get<double>();
  step.examplesPerSecond = line.at("examples_per_second").get<double>();
  step.etaSeconds = line.at("eta_seconds").get<double>();
  return step;
}

json toJson(const TrainerState& state) {
  json epochs = json::array();
  for (const EpochScores& scores : state.epochs) epochs.push_back(toJson(scores));
  return {{"epoch", state.epoch},          {"step_in_epoch", state.stepInEpoch}, {"global_step", state.globalStep},
          {"best_epoch", state.bestEpoch}, {"best_gxlt_f1", state.bestGxltF1},   {"epochs", epochs}};
}

TrainerState trainerStateFromFile(const std::string& path) {
  const json saved = readJsonFile(path);
  try {
    TrainerState state;
    state.epoch = saved.at("epoch").get<int>();
    state.stepInEpoch = saved.at("step_in_epoch").get<long>();
    state.globalStep = saved.at("global_step").get<long>();
    state.bestEpoch = saved.at("best_epoch").get<int>();
    state.bestGxltF1 = saved.at("best_gxlt_f1").get<double>();
    for (const json& scores : saved.at("epochs")) state.epochs.push_back(epochScoresFromJson(scores));
    return state;
  } catch (const json::exception& e) {
    throw FileError(path, std::string("not a trainer state: ") + e.what());
  }
}

// The tokens of each question and context once, then every window with its labels.
PreparedData prepareData(const TrainingConfig& config, const ParallelDataset& dataset, const Tokenizer& tokenizer) {
  PreparedData data;
  data.sample = sampleCrossLingual(dataset, config.sampling, config.seed);
  TokenCache tokens(tokenizer, config.features.maxQueryLength);
  std::size_t exampleIndex = 0;
  for (const SampledExample& sampled : data.sample.examples) {
    const std::optional<CharSpan> gold = goldAnswerSpan(sampled.example);
    if (!gold) {
      ++data.examplesWithoutAnswer;
      continue;
    }
    for (const QaFeature& feature :
         buildFeatures(tokenizer, tokens.question(sampled.example.question), tokens.context(sampled.example.paragraph),
                       config.features, exampleIndex)) {
      const TokenSpan span = answerTokenSpan(feature, gold->begin, gold->end);
      data.windows.push_back({feature.encoding.ids, feature.encoding.typeIds, span.start, span.end});
    }
    ++exampleIndex;
  }
  return data;
}

long ceilDivide(long a, long b) { return (a + b - 1) / b; }

// The epoch's shuffle: the same order on every platform and on resume.
std::vector<std::size_t> epochOrder(std::size_t windows, std::uint64_t seed, int epoch) {
  std::vector<std::size_t> order(windows);
  for (std::size_t i = 0; i < windows; ++i) order[i] = i;
  SeededDraws draws(seed ^ (0x5851f42d4c957f2dULL * static_cast<std::uint64_t>(epoch + 1)));
  for (std::size_t i = windows; i > 1; --i) std::swap(order[i - 1], order[draws.below(i)]);
  return order;
}

// transformers' get_linear_schedule_with_warmup: the multiplier of optimizer step `step` (from 0).
double learningRateFactor(long step, long warmupSteps, long totalSteps) {
  if (step < warmupSteps) return static_cast<double>(step) / static_cast<double>(std::max(1L, warmupSteps));
  return std::max(0.0,
                  static_cast<double>(totalSteps - step) / static_cast<double>(std::max(1L, totalSteps - warmupSteps)));
}

struct Batch {
  at::Tensor ids, mask, typeIds, starts, ends;
  std::vector<std::int64_t> lengths;
  std::vector<int> goldStarts, goldEnds;
};

Batch makeTrainingBatch(const std::vector<TrainingWindow>& windows, const std::vector<std::size_t>& order,
                        std::size_t first, std::size_t count, std::int64_t padId, const torch::Device& device) {
  std::int64_t longest = 0;
  for (std::size_t i = first; i < first + count; ++i)
    longest = std::max(longest, static_cast<std::int64_t>(windows[order[i]].ids.size()));
  const auto rows = static_cast<std::int64_t>(count);
  at::Tensor ids = at::full({rows, longest}, padId, at::kLong), mask = at::zeros({rows, longest}, at::kLong);
  at::Tensor typeIds = at::zeros({rows, longest}, at::kLong);
  at::Tensor starts = at::empty({rows}, at::kLong), ends = at::empty({rows}, at::kLong);
  Batch batch;
  for (std::int64_t row = 0; row < rows; ++row) {
    const TrainingWindow& window = windows[order[first + static_cast<std::size_t>(row)]];
    const auto length = static_cast<std::int64_t>(window.ids.size());
    std::copy(window.ids.begin(), window.ids.end(), ids[row].data_ptr<std::int64_t>());
    std::copy(window.typeIds.begin(), window.typeIds.end(), typeIds[row].data_ptr<std::int64_t>());
    mask[row].narrow(0, 0, length).fill_(1);
    starts[row] = window.start;
    ends[row] = window.end;
    batch.lengths.push_back(length);
    batch.goldStarts.push_back(window.start);
    batch.goldEnds.push_back(window.end);
  }
  batch.ids = ids.to(device), batch.mask = mask.to(device), batch.typeIds = typeIds.to(device);
  batch.starts = starts.to(device), batch.ends = ends.to(device);
  return batch;
}

// The teacher's trust on the batch: mAP@k or MRR@k of its logits against the gold positions.
double batchTrust(const at::Tensor& startLogits, const at::Tensor& endLogits, const Batch& batch,
                  const CoefficientSettings& settings) {
  const at::Tensor start = startLogits.to(at::kCPU, at::kFloat).contiguous(),
                   end = endLogits.to(at::kCPU, at::kFloat).contiguous();
  const std::int64_t stride = start.size(1);
  std::vector<ExampleCoefficient> examples;
  for (std::size_t row = 0; row < batch.lengths.size(); ++row) {
    const auto offset = static_cast<std::int64_t>(row) * stride;
    examples.push_back(exampleCoefficient(start.data_ptr<float>() + offset, end.data_ptr<float>() + offset,
                                          static_cast<std::size_t>(batch.lengths[row]), batch.goldStarts[row],
                                          batch.goldEnds[row], settings));
  }
  return batchCoefficient(examples);
}

std::unique_ptr<torch::optim::AdamW> makeOptimizer(QaModule& module, const TrainingConfig& config) {
  std::vector<at::Tensor> decayed, undecayed;
  for (const auto& item : module->named_parameters(/*recurse=*/true)) {
    const std::string& name = item.key();
    const bool noDecay = name.find("LayerNorm") != std::string::npos ||
                         (name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0);
    (noDecay ? undecayed : decayed).push_back(item.value());
  }
  const auto options = [&](double weightDecay) {
    return std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(config.learningRate)
                                                            .betas({0.9, 0.999})
                                                            .eps(config.adamEpsilon)
                                                            .weight_decay(weightDecay));
  };
  std::vector<torch::optim::OptimizerParamGroup> groups;
  groups.emplace_back(decayed, options(config.weightDecay));
  groups.emplace_back(undecayed, options(0.0));
  return std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(config.learningRate));
}

void setLearningRate(torch::optim::AdamW& optimizer, double rate) {
  for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamWOptions&>(group.options()).lr(rate);
}

// A model folder, the optimizer and the state, swapped in whole: the last good checkpoint is
// either the old one or the new one, never a mixture.
void saveCheckpoint(const fs::path& outputDir, const QaModel& student, torch::optim::AdamW& optimizer,
                    const TrainerState& state) {
  writeFolderAtomically((outputDir / "checkpoint").string(), [&](const std::string& partial) {
    student.save(partial);
    const std::string optimizerPath = (fs::path(partial) / "optimizer.pt").string();
    try {
      torch::save(optimizer, optimizerPath);
    } catch (const c10::Error& e) {  // a full disk or a file-size limit, in LibTorch's words
      throw FileError(optimizerPath, std::string("cannot write the optimizer state: ") + e.what_without_backtrace() +
                                         "; the previous checkpoint is unchanged");
    }
    writeFileAtomically((fs::path(partial) / "trainer_state.json").string(), toJson(state).dump(2) + "\n");
  });
}

void saveModelFolder(const QaModel& model, const fs::path& target) {
  writeFolderAtomically(target.string(), [&](const std::string& partial) { model.save(partial); });
}

// The log cut back to what the checkpoint holds, so a resumed run appends without duplicates.
void truncateLog(const fs::path& logPath, const TrainerState& state) {
  if (!fs::exists(logPath)) return;
  std::ifstream in(logPath);
  std::string line, kept;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    json entry;
    try {
      entry = json::parse(line);
    } catch (const json::exception&) {
      break;  // a line torn by the kill: everything after it is newer than the checkpoint
    }
    const bool keep = entry.value("type", "") == "step" ? entry.value("step", 0L) <= state.globalStep
                                                        : entry.value("epoch", 0) < state.epoch;
    if (keep) kept += line + "\n";
  }
  writeFileAtomically(logPath.string(), kept);
}

class LogWriter {
 public:
  explicit LogWriter(const fs::path& path) : out_(path, std::ios::app) {
    if (!out_) throw FileError(path.string(), "cannot open the training log for writing");
  }
  void write(const json& line) { out_ << line.dump() << '\n' << std::flush; }

 private:
  std::ofstream out_;
};

// Evaluates model folders on the dev pairs into a fresh run folder.
void evaluateIntoRun(const TrainingConfig& config, const ParallelDataset& dev, const std::vector<LanguagePair>& pairs,
                     const std::vector<std::pair<ModelRole, std::string>>& modelDirs, const fs::path& runDir,
                     const std::atomic<bool>* cancel) {
  EvaluationSettings settings;
  settings.predict.features = config.features;
  settings.maxExamplesPerPair = config.devMaxExamplesPerPair;
  fs::remove_all(runDir);
  evaluateModelFolders(modelDirs, config.device, dev, config.devData, pairs, settings, runDir.string(), {}, cancel);
}

EpochScores scoresOfRun(const fs::path& runDir, ModelRole role, int epoch) {
  const RunAverages averages = runAverages(RunStore::open(runDir.string()), role);
  EpochScores scores;
  scores.epoch = epoch;
  scores.xltF1 = averages.xltF1, scores.gxltF1 = averages.gxltF1;
  scores.xltExactMatch = averages.xltExactMatch, scores.gxltExactMatch = averages.gxltExactMatch;
  scores.runDirectory = runDir.string();
  return scores;
}

// What must match for a resume: everything but the device, which may change between machines.
json resumeKey(const TrainingConfig& config) {
  json key = toJson(config);
  key.erase("device");
  return key;
}

void prepareOutputFolder(const TrainingConfig& config, bool resume) {
  const fs::path output(config.outputDir);
  const fs::path savedConfig = output / "config.json";
  if (resume) {
    if (!fs::exists(output / "checkpoint" / "trainer_state.json") &&
        !fs::exists(output / "checkpoint.old" / "trainer_state.json"))
      throw FileError(config.outputDir, "no checkpoint to resume from (checkpoint/trainer_state.json is missing)");
    const TrainingConfig saved = trainingConfigFromJson(readJsonFile(savedConfig.string()));
    if (resumeKey(saved) != resumeKey(config))
      throw std::invalid_argument(savedConfig.string() +
                                  ": the run was started with different settings; resume with that config");
    return;
  }
  if (fs::exists(output) && !fs::is_empty(output))
    throw FileError(config.outputDir, "the output folder is not empty; choose a new one or resume");
  fs::create_directories(output);
  writeFileAtomically(savedConfig.string(), toJson(config).dump(2) + "\n");
}

std::vector<LanguagePair> chooseDevPairs(const TrainingConfig& config, const ParallelDataset& dev) {
  return config.devPairs.empty() ? dev.availablePairs() : config.devPairs;
}

std::string epochFolderName(int epoch) { return "epoch-" + std::to_string(epoch + 1); }

// How long a collective may wait for the other ranks: long, because they wait at a barrier while
// rank 0 evaluates a generation on the dev pairs. A rank that dies is noticed at once (its
// connections close), not after this. XLQA_COLLECTIVE_TIMEOUT (seconds) overrides it.
std::chrono::milliseconds collectiveTimeout() {
  if (const char* seconds = std::getenv("XLQA_COLLECTIVE_TIMEOUT")) return std::chrono::seconds(std::atol(seconds));
  return std::chrono::minutes(30);
}

// The sums of one optimizer step over its forward passes.
struct StepTotals {
  double loss = 0, ce = 0, kl = 0, weight = 0;
  std::size_t windows = 0;
};

// One call of train(): the data, the models and where the run stands, and the run in named steps.
// The steps keep the order of every random draw and floating-point operation of the run, so a
// seed names one result and a resumed run repeats it to the bit.
class TrainingSession {
 public:
  TrainingSession(const TrainingConfig& config, bool resume, const TrainingCallbacks& callbacks,
                  const std::atomic<bool>* cancel);
  TrainingResult run();

 private:
  void status(const std::string& text) const {
    if (callbacks_.status) callbacks_.status(text);
  }
  bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }
  QaModule& module() { return student_->module(); }

  // Setting up (the constructor's steps).
  void readData();
  void recoverCheckpointFolder();
  void restoreState();
  void loadStudent(const std::string& dir);
  void sample();
  void openOptimizer(bool resume);
  void openLog();

  // One optimizer step: per forward pass the student's step, with the teacher pass and its coefficient.
  void optimizerStep(const std::vector<std::size_t>& order, long step);
  void forwardPass(const std::vector<std::size_t>& order, long micro, long micros, StepTotals& totals);
  QaForwardResult teacherPass(const Batch& batch) const;
  double klWeight(const QaForwardResult& taught, const Batch& batch) const;
  double applyUpdate();
  void recordStep(const StepTotals& totals, long micros, double rate, std::chrono::steady_clock::time_point stepStart);

  // Generations: the teacher of each, and at its end the saved student, its scores and a checkpoint.
  void loadTeacher();
  bool endGeneration();
  bool evaluateGeneration(const fs::path& epochDir);
  void recordEpochScores(EpochScores scores);
  TrainingResult cancelDuringStep();
  TrainingResult finish();

  const TrainingConfig& config_;
  const TrainingCallbacks& callbacks_;
  const std::atomic<bool>* cancel_;
  const fs::path output_;
  std::optional<ParallelDataset> dataset_, dev_;
  std::vector<LanguagePair> devPairs_;
  TrainerState state_;
  std::unique_ptr<QaModel> student_;
  c10::optional<at::ScalarType> matmulDtype_;
  std::unique_ptr<Tokenizer> tokenizer_;
  torch::Device device_{torch::kCPU};
  PreparedData data_;
  long microbatchesPerEpoch_ = 0, stepsPerEpoch_ = 0, totalSteps_ = 0, warmupSteps_ = 0;
  std::unique_ptr<torch::optim::AdamW> optimizer_;
  CoefficientSettings trust_;
  std::optional<LogWriter> log_;
  TrainingResult result_;
  std::unique_ptr<QaModel> teacher_;
  std::chrono::steady_clock::time_point startTime_;
  long stepsThisSession_ = 0, lastCheckpointStep_ = 0;
  // Data parallel: the ranks of a torchrun / srun job (none alone). Rank 0 leads: it writes the
  // log, the checkpoints, the epoch folders and the dev runs; the others wait at a barrier.
  std::unique_ptr<ProcessGroup> group_;
  bool leads() const { return !group_ || group_->leads(); }
  void synchronize() {
    if (group_) group_->barrier();
  }
  void joinGroup();
  void sumGradients();
};

TrainingSession::TrainingSession(const TrainingConfig& config, bool resume, const TrainingCallbacks& callbacks,
                                 const std::atomic<bool>* cancel)
    : config_(config), callbacks_(callbacks), cancel_(cancel), output_(config.outputDir) {
  joinGroup();
  readData();
  if (leads()) prepareOutputFolder(config_, resume);
  if (resume && leads()) recoverCheckpointFolder();
  synchronize();  // the folder and its checkpoint are ready for every rank
  if (resume) restoreState();
  loadStudent(resume ? (output_ / "checkpoint").string() : config_.student);
  if (group_) group_->broadcastFromLeader(module()->parameters());  // one starting point, to the bit
  sample();
  openOptimizer(resume);
  trust_ = config_.coefficient;
  trust_.kind = config_.weighting == KlWeighting::MrrAtK ? CoefficientKind::MrrAtK : CoefficientKind::MapAtK;
  if (leads()) openLog();
  result_.epochs = state_.epochs;
}

void TrainingSession::joinGroup() {
  const LaunchPosition position = launchPositionFromEnvironment();
  // A Slurm array's tasks are separate trainings (a seed sweep), not ranks of one.
  if (!position.sharded() || position.source == "Slurm array") return;
  // Gloo sums CPU tensors; ranks on GPUs need NCCL's process group, which this trainer does not use.
  if (resolveDevice(config_.device).device != "cpu")
    throw std::invalid_argument(position.text() +
                                ": data-parallel training runs on CPUs (Gloo) only in this "
                                "version; set \"device\": \"cpu\" or train on one GPU");
  status("joining " + position.text());
  group_ = ProcessGroup::join(position, collectiveTimeout());
}

// Every rank's gradients summed (each rank's loss is already its share of the global mean).
void TrainingSession::sumGradients() {
  std::vector<at::Tensor> gradients;
  for (at::Tensor& parameter : module()->parameters()) {
    if (!parameter.grad().defined()) parameter.mutable_grad() = at::zeros_like(parameter);  // a rank without rows
    gradients.push_back(parameter.grad());
  }
  group_->sum(gradients);
}

void TrainingSession::readData() {
  status("reading the data");
  dataset_.emplace(ParallelDataset::load(config_.trainData));
  if (!config_.devData.empty()) {
    dev_.emplace(ParallelDataset::load(config_.devData));
    devPairs_ = chooseDevPairs(config_, *dev_);
  }
}

void TrainingSession::recoverCheckpointFolder() {
  if (!fs::exists(output_ / "checkpoint") && fs::exists(output_ / "checkpoint.old"))
    fs::rename(output_ / "checkpoint.old", output_ / "checkpoint");  // killed between the two renames
}

void TrainingSession::restoreState() {
  state_ = trainerStateFromFile((output_ / "checkpoint" / "trainer_state.json").string());
}

void TrainingSession::loadStudent(const std::string& dir) {
  status("loading the student");
  student_ = QaModel::load(dir, config_.device);  // fp32 master weights
  const ComputeDtype computeDtype = parseComputeDtype(config_.dtype);
  matmulDtype_ =
      computeDtype == ComputeDtype::Float32 ? c10::nullopt : c10::optional<at::ScalarType>(scalarType(computeDtype));
  module()->setMatmulDtype(matmulDtype_);
  tokenizer_ = loadTokenizer(config_.student);
  device_ = module()->device();
}

// The training set and the number of steps it makes.
void TrainingSession::sample() {
  status("sampling and tokenising");
  data_ = prepareData(config_, *dataset_, *tokenizer_);
  if (data_.windows.empty()) throw std::invalid_argument("train_data: no training example with a located answer");
  const auto windowCount = static_cast<long>(data_.windows.size());
  microbatchesPerEpoch_ = ceilDivide(windowCount, config_.batchSize);
  stepsPerEpoch_ = ceilDivide(microbatchesPerEpoch_, config_.gradientAccumulation);
  totalSteps_ = stepsPerEpoch_ * config_.epochs;
  warmupSteps_ = static_cast<long>(std::ceil(config_.warmupFraction * static_cast<double>(totalSteps_)));
}

void TrainingSession::openOptimizer(bool resume) {
  optimizer_ = makeOptimizer(module(), config_);
  if (resume) torch::load(*optimizer_, (output_ / "checkpoint" / "optimizer.pt").string());
}

void TrainingSession::openLog() {
  const fs::path logPath = output_ / "log.jsonl";
  truncateLog(logPath, state_);
  log_.emplace(logPath);
}

TrainingResult TrainingSession::run() {
  startTime_ = std::chrono::steady_clock::now();
  lastCheckpointStep_ = state_.globalStep;
  for (; state_.epoch < config_.epochs; ++state_.epoch, state_.stepInEpoch = 0) {
    if (!teacher_ || (config_.teacher.empty() && config_.renewTeacherEachEpoch)) loadTeacher();
    const std::vector<std::size_t> order = epochOrder(data_.windows.size(), config_.seed, state_.epoch);
    for (long step = state_.stepInEpoch; step < stepsPerEpoch_; ++step) {
      if (cancelled()) return cancelDuringStep();
      optimizerStep(order, step);
    }
    if (!endGeneration())
      return TrainingResult{true, state_.globalStep, (output_ / epochFolderName(state_.epoch)).string(), {},
                            {},   state_.epochs};
  }
  return finish();
}

void TrainingSession::optimizerStep(const std::vector<std::size_t>& order, long step) {
  const auto stepStart = std::chrono::steady_clock::now();
  const long firstMicro = step * config_.gradientAccumulation;
  const long micros = std::min<long>(config_.gradientAccumulation, microbatchesPerEpoch_ - firstMicro);
  StepTotals totals;
  module()->train();
  // Gradients are dropped rather than zeroed: the forward pass's activations then never share
  // memory with a full set of gradients (1.1 GB at base size). The first backward makes them
  // anew, and 0 + g = g, so the numbers are those of zero_grad().
  for (at::Tensor& parameter : module()->parameters()) parameter.mutable_grad() = at::Tensor();
  for (long micro = firstMicro; micro < firstMicro + micros; ++micro) forwardPass(order, micro, micros, totals);
  // A diverged step stops here, before the update: the last checkpoint and epoch stay usable.
  if (!std::isfinite(totals.loss))
    throw std::runtime_error(std::string("the training loss is ") +
                             (std::isnan(totals.loss) ? "NaN"
                              : totals.loss > 0       ? "+Inf"
                                                      : "-Inf") +
                             " at step " + std::to_string(state_.globalStep + 1) + " (epoch " +
                             std::to_string(state_.epoch + 1) +
                             "): the training diverged or the model holds NaN; lower the learning rate and resume "
                             "from the last checkpoint");
  if (group_) sumGradients();
  const double rate = applyUpdate();
  ++state_.globalStep, ++stepsThisSession_;
  state_.stepInEpoch = step + 1;
  recordStep(totals, micros, rate, stepStart);
  if (config_.saveEverySteps > 0 && state_.globalStep % config_.saveEverySteps == 0 &&
      state_.stepInEpoch < stepsPerEpoch_) {
    if (leads()) saveCheckpoint(output_, *student_, *optimizer_, state_);
    lastCheckpointStep_ = state_.globalStep;
    synchronize();
  }
}

// The student's step on one batch: its loss, its gradients (summed over the optimizer step's passes).
void TrainingSession::forwardPass(const std::vector<std::size_t>& order, long micro, long micros, StepTotals& totals) {
  // Dropout draws from a generator seeded per forward pass: a resumed run repeats them.
  torch::manual_seed(config_.seed +
                     0x9e3779b9ULL * static_cast<std::uint64_t>(state_.epoch * microbatchesPerEpoch_ + micro + 1));
  const auto first = static_cast<std::size_t>(micro * config_.batchSize);
  const std::size_t count =
      std::min<std::size_t>(static_cast<std::size_t>(config_.batchSize), data_.windows.size() - first);
  // batch_size is the global batch: each rank takes its contiguous part of it.
  std::size_t from = first, part = count;
  if (group_) {
    const auto rank = static_cast<std::size_t>(group_->rank()), world = static_cast<std::size_t>(group_->worldSize());
    from = first + count * rank / world;
    part = first + count * (rank + 1) / world - from;
  }
  at::Tensor ce, klTerm;
  double weight = 0;
  std::optional<QaForwardResult> out;
  if (part > 0) {
    const Batch batch = makeTrainingBatch(data_.windows, order, from, part, tokenizer_->padId(), device_);
    out = module()->forward(batch.ids, batch.mask, batch.typeIds);
    ce = (positionCrossEntropy(out->startLogits, batch.mask, batch.starts) +
          positionCrossEntropy(out->endLogits, batch.mask, batch.ends)) /
         2.0;
    if (teacher_) {
      const QaForwardResult taught = teacherPass(batch);
      klTerm =
          (distillationKl(out->startLogits, taught.startLogits, batch.mask, config_.temperature, config_.direction) +
           distillationKl(out->endLogits, taught.endLogits, batch.mask, config_.temperature, config_.direction)) /
          2.0;
      weight = klWeight(taught, batch);
    }
  }
  // The batch's means over every rank's rows: each rank's mean weighted by its rows. The
  // coefficient is the global batch's, as one process computes it on the whole batch.
  const auto rows = static_cast<double>(part);
  std::vector<double> sums = {part ? ce.item<double>() * rows : 0.0,
                              klTerm.defined() ? klTerm.item<double>() * rows : 0.0, weight * rows, rows};
  if (group_) group_->sum(sums);
  const double total = sums[3];
  if (teacher_ && config_.weighting != KlWeighting::Constant) weight = sums[2] / total;
  at::Tensor loss;
  if (part > 0) {
    loss = ce * config_.alphaCe;
    if (teacher_) loss = loss + klTerm * weight;
    // One process: rows == total, so the scale is exactly 1 and the numbers those of a plain mean.
    (loss * (rows / total) / static_cast<double>(micros)).backward();
  }
  totals.windows += static_cast<std::size_t>(total);
  totals.weight += teacher_ ? weight : 0.0;
  if (!group_) {
    totals.loss += loss.item<double>(), totals.ce += ce.item<double>();
    totals.kl += klTerm.defined() ? klTerm.item<double>() : 0.0;
    return;
  }
  const double meanCe = sums[0] / total, meanKl = sums[1] / total;
  totals.loss += meanCe * config_.alphaCe + (teacher_ ? meanKl * weight : 0.0);
  totals.ce += meanCe, totals.kl += meanKl;
}

QaForwardResult TrainingSession::teacherPass(const Batch& batch) const {
  torch::NoGradGuard noGrad;
  return teacher_->module()->forward(batch.ids, batch.mask, batch.typeIds);
}

// The KL term's coefficient: alpha_kl, or the teacher's trust on the batch.
double TrainingSession::klWeight(const QaForwardResult& taught, const Batch& batch) const {
  return config_.weighting == KlWeighting::Constant ? config_.alphaKl
                                                    : batchTrust(taught.startLogits, taught.endLogits, batch, trust_);
}

// Clipping, the scheduled learning rate and AdamW's step; returns the rate.
double TrainingSession::applyUpdate() {
  if (config_.maxGradNorm > 0) torch::nn::utils::clip_grad_norm_(module()->parameters(), config_.maxGradNorm);
  const double rate = config_.learningRate * learningRateFactor(state_.globalStep, warmupSteps_, totalSteps_);
  setLearningRate(*optimizer_, rate);
  optimizer_->step();
  return rate;
}

void TrainingSession::recordStep(const StepTotals& totals, long micros, double rate,
                                 std::chrono::steady_clock::time_point stepStart) {
  const auto now = std::chrono::steady_clock::now();
  const double stepSeconds = std::chrono::duration<double>(now - stepStart).count();
  const double elapsed = std::chrono::duration<double>(now - startTime_).count();
  TrainingStep record;
  record.epoch = state_.epoch;
  record.step = state_.globalStep;
  record.totalSteps = totalSteps_;
  const auto n = static_cast<double>(micros);
  record.loss = totals.loss / n, record.ce = totals.ce / n, record.kl = totals.kl / n,
  record.klWeight = totals.weight / n;
  record.learningRate = rate;
  record.examplesPerSecond = stepSeconds > 0 ? static_cast<double>(totals.windows) / stepSeconds : 0;
  record.etaSeconds =
      elapsed / static_cast<double>(stepsThisSession_) * static_cast<double>(totalSteps_ - state_.globalStep);
  if (!leads()) return;
  log_->write(toJson(record));
  if (callbacks_.step) callbacks_.step(record);
}

void TrainingSession::loadTeacher() {
  if (!config_.distill) return;
  std::string dir = config_.teacher.empty() ? config_.student : config_.teacher;
  if (config_.teacher.empty() && config_.renewTeacherEachEpoch && state_.epoch > 0)
    dir = (output_ / ("epoch-" + std::to_string(state_.epoch))).string();  // the previous generation
  status("loading the teacher from " + dir);
  teacher_ = QaModel::load(dir, config_.device);  // fp32 and in place: only the rows it reads become resident
  teacher_->module()->setMatmulDtype(matmulDtype_);
}

// End of a generation: keep the student, score it, and checkpoint the start of the next. False
// when cancelled during the evaluation.
bool TrainingSession::endGeneration() {
  bool scored = true;
  if (leads()) {
    const fs::path epochDir = output_ / epochFolderName(state_.epoch);
    status("saving " + epochDir.string());
    saveModelFolder(*student_, epochDir);
    scored = !dev_ || evaluateGeneration(epochDir);
    TrainerState next = state_;
    ++next.epoch, next.stepInEpoch = 0;
    // Cancelled during the evaluation: the epoch's weights are saved, its scores computed on resume.
    saveCheckpoint(output_, *student_, *optimizer_, scored ? next : state_);
  }
  lastCheckpointStep_ = state_.globalStep;
  synchronize();  // the next generation's teacher is this epoch's folder, for every rank
  return scored;
}

bool TrainingSession::evaluateGeneration(const fs::path& epochDir) {
  status("evaluating epoch " + std::to_string(state_.epoch + 1) + " on the dev pairs");
  const fs::path runDir = output_ / "runs" / epochFolderName(state_.epoch);
  try {
    evaluateIntoRun(config_, *dev_, devPairs_, {{ModelRole::Student, epochDir.string()}}, runDir, cancel_);
  } catch (const Cancelled&) {
    return false;
  }
  recordEpochScores(scoresOfRun(runDir, ModelRole::Student, state_.epoch));
  return true;
}

void TrainingSession::recordEpochScores(EpochScores scores) {
  if (scores.gxltF1 > state_.bestGxltF1) {
    state_.bestGxltF1 = scores.gxltF1, state_.bestEpoch = state_.epoch;
    scores.best = true;
    saveModelFolder(*student_, output_ / "best");
  }
  for (EpochScores& earlier : state_.epochs) earlier.best = earlier.epoch == state_.bestEpoch;
  state_.epochs.push_back(scores);
  log_->write(toJson(scores));
  if (callbacks_.epoch) callbacks_.epoch(scores);
}

// A checkpoint at the last completed optimizer step (unless there is one already).
TrainingResult TrainingSession::cancelDuringStep() {
  if (leads() && state_.globalStep > lastCheckpointStep_) saveCheckpoint(output_, *student_, *optimizer_, state_);
  result_.cancelled = true;
  result_.steps = state_.globalStep;
  result_.lastModel = (output_ / "checkpoint").string();
  return result_;
}

// The last student, and the run that compares it with the starting teacher on the dev pairs.
TrainingResult TrainingSession::finish() {
  result_.steps = state_.globalStep;
  result_.epochs = state_.epochs;
  result_.lastModel = (output_ / ("epoch-" + std::to_string(config_.epochs))).string();
  if (!dev_ || !leads()) return result_;
  result_.bestModel = (output_ / "best").string();
  status("evaluating the starting teacher and the final student on the dev pairs");
  const std::string startingTeacher = config_.teacher.empty() ? config_.student : config_.teacher;
  const fs::path finalRun = output_ / "runs" / "final";
  try {
    evaluateIntoRun(config_, *dev_, devPairs_,
                    {{ModelRole::Teacher, startingTeacher}, {ModelRole::Student, result_.lastModel}}, finalRun,
                    cancel_);
    result_.finalRun = finalRun.string();
  } catch (const Cancelled&) {
    result_.cancelled = true;
  }
  return result_;
}

}  // namespace

TrainingPlan planTraining(const TrainingConfig& config) {
  const ParallelDataset dataset = ParallelDataset::load(config.trainData);
  const std::unique_ptr<Tokenizer> tokenizer = loadTokenizer(config.student);
  const PreparedData data = prepareData(config, dataset, *tokenizer);
  TrainingPlan plan;
  plan.questions = data.sample.questions;
  plan.examples = data.sample.examples.size() - data.examplesWithoutAnswer;
  plan.windows = data.windows.size();
  plan.stepsPerEpoch =
      ceilDivide(ceilDivide(static_cast<long>(plan.windows), config.batchSize), config.gradientAccumulation);
  plan.totalSteps = plan.stepsPerEpoch * config.epochs;
  plan.examplesPerPair.assign(data.sample.examplesPerPair.begin(), data.sample.examplesPerPair.end());
  return plan;
}

TrainingResult train(const TrainingConfig& config, bool resume, const TrainingCallbacks& callbacks,
                     const std::atomic<bool>* cancel) {
  if (const auto problems = validate(config); !problems.empty())
    throw std::invalid_argument(problems.front().english());
  const TrainingAllocation allocationPattern;  // outlives the session: its tensors are freed under it
  TrainingSession session(config, resume, callbacks, cancel);
  return session.run();
}

TrainingLog readTrainingLog(const std::string& outputDir) {
  const fs::path path = fs::path(outputDir) / "log.jsonl";
  std::ifstream in(path);
  if (!in) throw FileError(path.string(), "cannot open the training log");
  TrainingLog log;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    try {
      const json entry = json::parse(line);
      if (entry.at("type") == "step")
        log.steps.push_back(stepFromJson(entry));
      else if (entry.at("type") == "epoch")
        log.epochs.push_back(epochScoresFromJson(entry));
    } catch (const json::exception& e) {
      if (in.peek() == std::char_traits<char>::eof()) break;  // the last line of a running or killed run
      throw FileError(path.string(), "line " + std::to_string(number) + ": " + e.what());
    }
  }
  return log;
}

}  // namespace xlqa
