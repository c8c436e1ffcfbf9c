#pragma once
// Named weight tensors as checkpoints store them, and the readers/writers of the formats
// Hugging Face uses. Includes ATen's Tensor (not torch/torch.h): only model code includes this.
#include <ATen/core/Tensor.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace xlqa {

using StateDict = std::map<std::string, at::Tensor>;  // name -> CPU tensor, float32 after loading

// safetensors: the header is parsed and checked before anything is allocated (length bound,
// JSON, dtypes F32/F16/BF16 (+ I64 for position_ids), shapes against byte counts, offsets within
// the file, no overlaps). F16/BF16 are up-cast to float32. Throws FileError naming the file,
// the tensor and the problem.
StateDict readSafetensors(const std::string& path);
// Writes float32 tensors (contiguous CPU), names sorted, metadata {"format":"pt"}, atomically.
void writeSafetensors(const std::string& path, const StateDict& tensors);

// pytorch_model.bin (torch.save zip format) through a restricted unpickler: only the globals a
// state dict needs (collections.OrderedDict, torch._utils._rebuild_tensor_v2, storage types),
// nothing is executed; anything else is refused with a clear FileError.
StateDict readTorchCheckpoint(const std::string& path);

// Reads the weights of a model folder: model.safetensors, model.safetensors.index.json (sharded)
// or pytorch_model.bin, in that order of preference. Throws FileError when none is usable.
StateDict readModelWeights(const std::string& modelDir);

// Writes a Hugging Face model folder: `config` as config.json (torch_dtype float32, as the
// tensors are), `tensors` as model.safetensors, and the tokenizer files (vocab.txt,
// sentencepiece.bpe.model, tokenizer configs) found in `tokenizerSourceDir`, each file atomically.
// Returns how many tokenizer files were copied.
std::size_t writeModelFolder(const std::string& modelDir, nlohmann::json config, const StateDict& tensors,
                             const std::string& tokenizerSourceDir);

}  // namespace xlqa
