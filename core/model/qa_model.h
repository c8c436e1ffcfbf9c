#pragma once
// An extractive-QA model (BERT or XLM-R encoder + qa_outputs head) loaded from a Hugging Face
// folder, on the chosen device. Torch-free interface: batches in, logits out as plain vectors.
// Code that needs tensors (evaluation engine, trainer) uses core/model/qa_module.h instead.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/model/compute_dtype.h"
#include "core/model/device.h"
#include "core/model/model_config.h"

namespace xlqa {

class QaModule;  // core/model/qa_module.h

// Row-major [batchSize x seqLen] inputs; tokenTypeIds may be empty (zeros, as for XLM-R).
struct TokenBatch {
  std::int64_t batchSize = 0;
  std::int64_t seqLen = 0;
  std::vector<std::int64_t> inputIds;
  std::vector<std::int64_t> attentionMask;
  std::vector<std::int64_t> tokenTypeIds;
};

struct QaLogits {
  std::int64_t batchSize = 0;
  std::int64_t seqLen = 0;
  std::vector<float> start;  // [batchSize x seqLen]
  std::vector<float> end;
};

struct HiddenStates {
  std::int64_t batchSize = 0, seqLen = 0, hiddenSize = 0;
  std::vector<float> embeddings;  // embedding output after LayerNorm
  std::vector<float> last;        // last encoder layer
};

// The share of the weights in place, 0..1, reported while a model loads (for progress bars).
using ModelLoadProgress = std::function<void(double fraction)>;

// The number of parameters a model of `config` has (nothing is allocated).
std::int64_t countParameters(const ModelConfig& config);

class QaModel {
 public:
  // Reads config.json and the weights, checks them against each other (missing, unexpected and
  // mis-shaped tensors are listed by name and shape) and puts them on the device in `dtype`.
  // Weights already in that dtype stay in the memory-mapped file on the CPU (no second copy;
  // the file must not be changed in place while the model lives: writers here replace files).
  // Throws FileError for the folder's problems, std::invalid_argument for the device or dtype.
  static std::unique_ptr<QaModel> load(const std::string& modelDir, const std::string& device = "auto",
                                       ComputeDtype dtype = ComputeDtype::Float32,
                                       const ModelLoadProgress& progress = {});
  // A new model with transformers' initialisation (weights N(0, initializer_range), biases 0,
  // LayerNorm 1 and 0, padding rows 0), seeded; save() copies the tokenizer files of
  // `tokenizerDir`. For benchmarks, and the start of a model trained from scratch.
  static std::unique_ptr<QaModel> initialize(const ModelConfig& config, const std::string& tokenizerDir,
                                             std::uint64_t seed, const std::string& device = "cpu");
  ~QaModel();

  const ModelConfig& config() const;
  const DeviceChoice& device() const;
  ComputeDtype dtype() const;
  const std::string& directory() const;
  std::int64_t parameterCount() const;
  const std::vector<std::string>& loadNotes() const;  // e.g. "ignored roberta.embeddings.position_ids"

  // Eval mode, no autograd. Throws std::invalid_argument for malformed batches (sizes, ids
  // outside the vocabulary, sequences longer than the position embeddings allow).
  QaLogits logits(const TokenBatch& batch) const;
  HiddenStates hiddenStates(const TokenBatch& batch) const;

  // config.json + model.safetensors in the model's dtype (+ the tokenizer files of the source
  // folder), atomically, so transformers opens the folder unchanged.
  void save(const std::string& modelDir) const;

  QaModule& module();

 private:
  QaModel();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace xlqa
