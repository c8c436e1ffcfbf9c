#pragma once
// Everything a training run needs, as `xlqa train --config FILE` reads it and the GUI's training
// panel saves it. Torch-free. The defaults are the published method's: self-knowledge
// distillation at T = 2 weighted by the teacher's mAP@k (k = 10, window 5), cross-lingual
// sampling of 2 target languages plus English per question.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/data/language_pair.h"
#include "core/eval/distillation_coefficients.h"
#include "core/eval/qa_features.h"
#include "core/util/message.h"

namespace xlqa {

enum class KlDirection {
  Forward,    // KL(teacher || student): the reference code's "fw"
  Reverse,    // KL(student || teacher): "rv"
  Symmetric,  // the sum of both: "sym"
};

enum class KlWeighting {
  Constant,  // alpha_kl
  MapAtK,    // the batch's mAP@k coefficient (hit: within the gold window)
  MrrAtK,    // the batch's MRR@k coefficient (hit: the gold position)
};

struct CrossLingualSampling {
  // The languages to train on; empty: every language of the data.
  std::vector<std::string> languages;
  // Target languages drawn per question id among the non-English ones; 0 (or more than there
  // are): all of them. English is then added when `addEnglish`.
  int targetLanguages = 2;
  bool addEnglish = true;
  // Question ids used at most (the first in the English file's order); 0: all.
  std::size_t maxQuestions = 0;
};

struct TrainingConfig {
  // Models. The student starts from `student`; with an empty `teacher` the run self-distils
  // (the teacher is the student's starting point, and with `renewTeacherEachEpoch` the student
  // at the start of each epoch: one generation per epoch); otherwise `teacher` stays frozen.
  std::string student;
  std::string teacher;
  bool renewTeacherEachEpoch = true;

  // Data: dataset inputs as ParallelDataset::load takes them ("lang=path", files, folders).
  std::vector<std::string> trainData;
  CrossLingualSampling sampling;
  FeatureSettings features;

  // Loss: alpha_ce * CE + w * KL, where w is alpha_kl or the batch's coefficient. With
  // distill = false the run is plain cross-entropy fine-tuning and no teacher is loaded.
  bool distill = true;
  double alphaCe = 1.0;
  double alphaKl = 1.0;
  double temperature = 2.0;
  KlDirection direction = KlDirection::Forward;
  KlWeighting weighting = KlWeighting::MapAtK;
  CoefficientSettings coefficient;  // k, window and its shape; the kind follows `weighting`

  // Optimisation (transformers' defaults where they have one).
  int epochs = 3;
  int batchSize = 8;             // windows per forward pass
  int gradientAccumulation = 1;  // forward passes per optimizer step
  double learningRate = 3e-5;
  double weightDecay = 0.01;  // not on biases and LayerNorm weights
  double adamEpsilon = 1e-8;
  double warmupFraction = 0.1;  // of all optimizer steps, then linear decay to 0
  double maxGradNorm = 1.0;     // 0: no clipping
  std::uint64_t seed = 42;
  std::string device = "auto";
  // "fp32", or "bf16": mixed precision, the matrix products in bf16 over fp32 master weights
  // (gradients and Adam moments stay fp32); the teacher's products in bf16 too.
  std::string dtype = "fp32";

  // Evaluation after each epoch on these pairs of the dev data (empty devData: none); the
  // best epoch by G-XLT F1 is kept as well as the last.
  std::vector<std::string> devData;
  std::vector<LanguagePair> devPairs;  // empty: every pair of the dev data
  std::size_t devMaxExamplesPerPair = 0;

  // Output folder: checkpoints, log, evaluation runs. A checkpoint every this many optimizer
  // steps (0: only at the end of each epoch and on cancel), so a kill loses little.
  std::string outputDir;
  int saveEverySteps = 50;
};

// JSON names are snake_case ("student", "train_data", "sampling": {"languages", ...},
// "kl_direction": "forward" | "reverse" | "symmetric", "kl_weighting": "constant" | "map@k" |
// "mrr@k", ...). Unknown keys and wrong types are errors naming the key; relative paths are
// taken relative to `baseDirectory` (the config file's folder).
nlohmann::json toJson(const TrainingConfig& config);
TrainingConfig trainingConfigFromJson(const nlohmann::json& json, const std::string& baseDirectory = {});
// Reads and validates a config file; errors are FileErrors naming the file and the key.
TrainingConfig readTrainingConfig(const std::string& path);

// Every problem with the values (ranges, missing models or data, distillation without
// a weighting), as messages naming the key; empty when the config can run.
std::vector<Message> validate(const TrainingConfig& config);

// The GUI's presets: plain cross-entropy fine-tuning, SKD with a constant KL weight, SKD with mAP@k.
enum class TrainingPreset { CrossEntropy, SelfDistillation, SelfDistillationMapAtK };
void applyPreset(TrainingConfig& config, TrainingPreset preset);

}  // namespace xlqa
