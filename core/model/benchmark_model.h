#pragma once
// Model folders of real XLM-R sizes with seeded random weights, so that anyone can reproduce the
// speed and memory figures at base or large size without downloading a checkpoint. Weights are
// made and written one tensor at a time: a 2.2 GB model is never held in memory.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "core/model/compute_dtype.h"

namespace xlqa {

// config.json of an XLM-R QA model: "base" (hidden 768, 12 layers, 12 heads, FFN 3072, 278M
// parameters), "large" (1024, 24, 16, 4096, 560M), or "HIDDENxLAYERS" (heads = hidden / 64,
// FFN = 4 x hidden); vocabulary 250002 and 514 positions as the released checkpoints have.
// Throws std::invalid_argument for an unknown shape.
nlohmann::json xlmrQaConfig(const std::string& shape);

// Writes config.json, model.safetensors in `dtype` (transformers' initialisation, each tensor
// from its own generator seeded by `seed` and its position, so the bytes depend on nothing else)
// and the tokenizer files found in `tokenizerDir`. Returns the number of parameters.
std::int64_t writeRandomModelFolder(const std::string& modelDir, const nlohmann::json& config,
                                    const std::string& tokenizerDir, std::uint64_t seed, ComputeDtype dtype);

}  // namespace xlqa
