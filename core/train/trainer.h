#pragma once
// Training with LibTorch autograd: cross-entropy fine-tuning and self-knowledge distillation with
// mAP@k, generation after generation, resumable to the bit. Torch-free interface.
//
// The output folder holds:
//   config.json            the TrainingConfig the run was started with (a resume must match it)
//   log.jsonl              one line per optimizer step ({"type":"step", ...}) and per epoch
//                          ({"type":"epoch", ...}); cut back to the checkpoint on resume
//   checkpoint/            the last good state: a Hugging Face model folder plus
//                          trainer_state.json and optimizer.pt (AdamW moments)
//   epoch-N/               the student after epoch N (N from 1), a Hugging Face model folder
//   best/                  the epoch with the best dev G-XLT F1 (when there is dev data)
//   runs/epoch-N/          evaluation run of the student after epoch N on the dev pairs
//   runs/final/            the starting model (as teacher) and the last student (as student)
//                          on the dev pairs: the heatmap to open when training is done
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/train/training_config.h"

namespace xlqa {

struct TrainingStep {
  int epoch = 0;  // from 0
  long step = 0;  // optimizer steps done, from 1
  long totalSteps = 0;
  double loss = 0, ce = 0, kl = 0;  // means over the step's forward passes
  double klWeight = 0;              // alpha_kl or the coefficient (mean over the step's forward passes)
  double learningRate = 0;
  double examplesPerSecond = 0;  // windows per second over the last step
  double etaSeconds = 0;
};

struct EpochScores {
  int epoch = 0;                                                        // from 0
  double xltF1 = 0, gxltF1 = 0, xltExactMatch = 0, gxltExactMatch = 0;  // over the dev pairs
  std::string runDirectory;
  bool best = false;
};

struct TrainingCallbacks {
  std::function<void(const std::string&)> status;  // "sampling", "tokenising", ...
  std::function<void(const TrainingStep&)> step;
  std::function<void(const EpochScores&)> epoch;
};

struct TrainingResult {
  bool cancelled = false;
  long steps = 0;
  std::string lastModel;  // the student's folder at the end (or at the cancel checkpoint)
  std::string bestModel;  // empty without dev data
  std::string finalRun;   // runs/final, empty when cancelled or without dev data
  std::vector<EpochScores> epochs;
};

struct TrainingPlan {
  std::size_t questions = 0, examples = 0, windows = 0;  // after sampling and feature building
  long stepsPerEpoch = 0, totalSteps = 0;
  std::vector<std::pair<LanguagePair, std::size_t>> examplesPerPair;
};

// Runs the configuration into config.outputDir. With `resume` it continues from checkpoint/ in
// that folder (the saved config must equal `config`), else the folder must be new or empty.
// Cancelling saves a checkpoint at the last completed optimizer step and returns with
// cancelled = true. Throws std::invalid_argument for invalid configs, FileError and LoadError
// for unusable inputs.
TrainingResult train(const TrainingConfig& config, bool resume, const TrainingCallbacks& callbacks = {},
                     const std::atomic<bool>* cancel = nullptr);

// What train() would do with the data of `config`, without loading a model: for the panel.
TrainingPlan planTraining(const TrainingConfig& config);

// Reads log.jsonl of an output folder (for curves of a finished or running training).
struct TrainingLog {
  std::vector<TrainingStep> steps;
  std::vector<EpochScores> epochs;
};
TrainingLog readTrainingLog(const std::string& outputDir);

}  // namespace xlqa
