#pragma once
// Private to core/model (and its tests): the restricted unpickler behind readTorchCheckpoint.
// It understands the pickle subset torch.save emits for a state dict and never executes
// anything: the only "callables" are a fixed list of globals it interprets itself.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/state_dict.h"

namespace xlqa::detail {

// Returns storage record "data/<key>" as a 1-D CPU tensor of `type` holding `numel` elements;
// throws FileError when the record is missing or has the wrong size.
using StorageLoader = std::function<at::Tensor(const std::string& key, at::ScalarType type, std::int64_t numel)>;

// Unpickles a torch.save data.pkl that holds a dict or collections.OrderedDict of tensors.
// Float tensors (float32/float16/bfloat16/float64) come back as contiguous `floatType` (nullopt:
// as stored; a tensor
// that is its whole storage, already of that type, is the storage itself: no copy), int64 ones
// (position_ids) as int64. Any global outside the state-dict vocabulary, any unknown opcode and
// any malformed structure throws FileError(pathForMessages, ...); nothing is executed.
StateDict unpickleStateDict(std::string_view pickle, const StorageLoader& loadStorage,
                            const std::string& pathForMessages, std::optional<at::ScalarType> floatType = at::kFloat);

}  // namespace xlqa::detail
