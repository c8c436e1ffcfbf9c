#pragma once
// Uniform weight averaging of checkpoints of one architecture ("model soups", checkpoint
// averaging): the epochs of a run, or runs from different seeds, merged into one model folder.
// Torch-free interface.
#include <cstdint>
#include <string>
#include <vector>

namespace xlqa {

struct AveragedCheckpoint {
  std::size_t checkpoints = 0;
  std::size_t tensors = 0;         // tensors written to model.safetensors
  std::int64_t parameters = 0;     // their elements
  std::vector<std::string> notes;  // e.g. an integer buffer checked equal but left out
};

// Writes the elementwise mean of the float tensors of `modelDirs` (at least two Hugging Face
// model folders) to `outputDir` as a Hugging Face folder: the first checkpoint's config.json and
// tokenizer files, and model.safetensors in float32 (summed in double precision). Integer
// buffers (position_ids) must be equal everywhere; like QaModel::save, they are not written
// (transformers rebuilds them). The folders must share the architecture and every tensor name
// and shape, else a FileError names the folder and the first difference. `outputDir` must not
// exist or be empty; it is built beside the target and renamed into place, so it is complete or
// absent. Holds one running sum and one checkpoint in memory at a time.
AveragedCheckpoint averageCheckpoints(const std::vector<std::string>& modelDirs, const std::string& outputDir);

}  // namespace xlqa
