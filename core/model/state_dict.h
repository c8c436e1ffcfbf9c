#pragma once
// Named weight tensors as checkpoints store them, and the readers/writers of the formats
// Hugging Face uses. Includes ATen's Tensor (not torch/torch.h): only model code includes this.
#include <ATen/core/Tensor.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace xlqa {

using StateDict = std::map<std::string, at::Tensor>;  // name -> CPU tensor

// The readers return floating-point tensors as `floatType` (nullopt: as stored; integer ones
// always as stored). A tensor
// stored in that type, at an address aligned for it, is not copied: it is a view of the file's
// private (copy-on-write) memory mapping, which lives as long as any tensor on it. Anything else
// is converted once, straight into its final tensor.

// safetensors: the header is parsed and checked before anything is allocated (length bound,
// JSON, dtypes F32/F16/BF16 (+ I64 for position_ids), shapes against byte counts, offsets within
// the file, no overlaps). Throws FileError naming the file, the tensor and the problem.
StateDict readSafetensors(const std::string& path, std::optional<at::ScalarType> floatType = at::kFloat);
// Writes float32, float16 or bfloat16 tensors (any device) in their own dtype, names sorted, metadata
// {"format":"pt"}, atomically, one tensor at a time (never the whole file in memory).
void writeSafetensors(const std::string& path, const StateDict& tensors);

// The same for tensors made one at a time (a seeded multi-gigabyte benchmark model): `produce`
// is called once per spec, in name order, and must return a tensor of exactly that dtype and shape.
struct TensorSpec {
  std::string name;
  at::ScalarType dtype = at::kFloat;
  std::vector<std::int64_t> shape;
};
using TensorProducer = std::function<at::Tensor(const TensorSpec& spec)>;
void writeSafetensors(const std::string& path, std::vector<TensorSpec> specs, const TensorProducer& produce);

// pytorch_model.bin (torch.save zip format) through a restricted unpickler: only the globals a
// state dict needs (collections.OrderedDict, torch._utils._rebuild_tensor_v2, storage types),
// nothing is executed; anything else is refused with a clear FileError. Storage records stored
// uncompressed (as torch.save writes them) are mapped, compressed ones read.
StateDict readTorchCheckpoint(const std::string& path, std::optional<at::ScalarType> floatType = at::kFloat);

// Reads the weights of a model folder: model.safetensors, model.safetensors.index.json (sharded)
// or pytorch_model.bin, in that order of preference. Throws FileError when none is usable.
StateDict readModelWeights(const std::string& modelDir, std::optional<at::ScalarType> floatType = at::kFloat);

// Writes a Hugging Face model folder: `config` as config.json (torch_dtype set to the dtype of
// the largest tensor), `tensors` as model.safetensors, and the tokenizer files (vocab.txt,
// sentencepiece.bpe.model, tokenizer configs) found in `tokenizerSourceDir`, each file atomically.
// Returns how many tokenizer files were copied.
std::size_t writeModelFolder(const std::string& modelDir, nlohmann::json config, const StateDict& tensors,
                             const std::string& tokenizerSourceDir);
std::size_t writeModelFolder(const std::string& modelDir, nlohmann::json config, const std::vector<TensorSpec>& specs,
                             const TensorProducer& produce, const std::string& tokenizerSourceDir);

}  // namespace xlqa
