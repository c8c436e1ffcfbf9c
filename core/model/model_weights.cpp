// Finding, reading and writing the weights of a Hugging Face model folder.
#include <c10/util/accumulate.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include "core/io/json_file.h"
#include "core/model/state_dict.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;
using ShardReader = std::function<StateDict(const std::string&)>;

// The tokenizer files a model folder carries along with its weights.
const char* const kTokenizerFiles[] = {
    "vocab.txt",      "sentencepiece.bpe.model", "tokenizer_config.json", "special_tokens_map.json",
    "tokenizer.json", "added_tokens.json"};

// config.json's torch_dtype for the tensors written (transformers' names).
std::string torchDtypeName(at::ScalarType type) {
  if (type == at::kBFloat16) return "bfloat16";
  if (type == at::kHalf) return "float16";
  return "float32";
}

bool isFile(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

// weight_map of an index file: tensor name -> shard file name, grouped by shard.
std::map<std::string, std::set<std::string>> readWeightMap(const std::string& indexPath) {
  const nlohmann::json index = readJsonFile(indexPath);
  const auto weightMap = index.is_object() ? index.find("weight_map") : index.end();
  if (!index.is_object() || weightMap == index.end() || !weightMap->is_object()) {
    throw FileError(indexPath, Message(XLQA_TR("ModelWeights", "weight_map: missing or not an object")));
  }
  if (weightMap->empty()) throw FileError(indexPath, Message(XLQA_TR("ModelWeights", "weight_map: lists no tensors")));
  std::map<std::string, std::set<std::string>> shards;
  for (const auto& [name, shard] : weightMap->items()) {
    if (!shard.is_string())
      throw FileError(indexPath,
                      Message(XLQA_TR("ModelWeights", "weight_map: \"%1\": shard must be a file name string"), name));
    const std::string file = shard.get<std::string>();
    // Shards live beside the index; a path here would let an index read files elsewhere.
    if (file.empty() || file.find('/') != std::string::npos || file.find('\\') != std::string::npos || file == "." ||
        file == "..") {
      throw FileError(indexPath, Message(XLQA_TR("ModelWeights", "weight_map: \"%1\": \"%2\" is not a plain file name"),
                                         name, file));
    }
    shards[file].insert(name);
  }
  return shards;
}

// Every tensor from its shard. The index and the shards must agree exactly: a tensor the index
// lists but its shard lacks, or one a shard holds that the index does not assign to it, means a
// mixed-up or partially downloaded checkpoint.
StateDict readSharded(const fs::path& indexPath, const ShardReader& readShard) {
  const std::string index = indexPath.string();
  StateDict tensors;
  for (const auto& [file, names] : readWeightMap(index)) {
    const fs::path shardPath = indexPath.parent_path() / file;
    if (!isFile(shardPath))
      throw FileError(index, Message(XLQA_TR("ModelWeights", "weight_map names shard \"%1\", which is missing"), file));
    StateDict shard = readShard(shardPath.string());
    for (auto& [name, tensor] : shard) {
      if (names.count(name) == 0) {
        throw FileError(shardPath.string(),
                        Message(XLQA_TR("ModelWeights", "holds tensor \"%1\", which %2 does not list for this shard"),
                                name, indexPath.filename().string()));
      }
      tensors.emplace(name, std::move(tensor));
    }
    for (const std::string& name : names) {
      if (shard.count(name) == 0) {
        throw FileError(index, Message(XLQA_TR("ModelWeights",
                                               "tensor \"%1\" is listed in shard \"%2\", which does not contain it"),
                                       name, file));
      }
    }
  }
  return tensors;
}

}  // namespace

StateDict readModelWeights(const std::string& modelDir, std::optional<at::ScalarType> floatType) {
  std::error_code ec;
  if (!fs::exists(modelDir, ec))
    throw FileError(modelDir, Message(XLQA_TR("ModelWeights", "model folder does not exist")));
  if (!fs::is_directory(modelDir, ec))
    throw FileError(modelDir, Message(XLQA_TR("ModelWeights", "not a folder (expected a model folder)")));
  const fs::path dir(modelDir);

  const ShardReader safetensors = [floatType](const std::string& path) { return readSafetensors(path, floatType); };
  const ShardReader bin = [floatType](const std::string& path) { return readTorchCheckpoint(path, floatType); };
  if (isFile(dir / "model.safetensors")) return safetensors((dir / "model.safetensors").string());
  if (isFile(dir / "model.safetensors.index.json"))
    return readSharded(dir / "model.safetensors.index.json", safetensors);
  if (isFile(dir / "pytorch_model.bin")) return bin((dir / "pytorch_model.bin").string());
  if (isFile(dir / "pytorch_model.bin.index.json")) return readSharded(dir / "pytorch_model.bin.index.json", bin);

  Message reason(XLQA_TR("ModelWeights", "no model weights found: looked for %1, %2, %3 and %4"), "model.safetensors",
                 "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json");
  for (const char* other : {"tf_model.h5", "flax_model.msgpack"}) {
    if (isFile(dir / other))
      reason =
          Message(XLQA_TR("ModelWeights", "%1 (%2 is there, but only PyTorch weights can be read)"), reason, other);
  }
  throw FileError(modelDir, reason);
}

std::size_t writeModelFolder(const std::string& modelDir, nlohmann::json config, const std::vector<TensorSpec>& specs,
                             const TensorProducer& produce, const std::string& tokenizerSourceDir) {
  const fs::path target(modelDir);
  std::error_code ec;
  fs::create_directories(target, ec);
  if (ec) throw FileError(modelDir, Message(XLQA_TR("ModelWeights", "cannot create the folder: %1"), ec.message()));
  if (config.is_object() && config.contains("torch_dtype") && !specs.empty()) {
    // The dtype of the bulk of the weights (a bf16 model keeps its few small tensors in fp32).
    const auto largest = std::max_element(specs.begin(), specs.end(), [](const TensorSpec& a, const TensorSpec& b) {
      return c10::multiply_integers(a.shape) < c10::multiply_integers(b.shape);
    });
    config["torch_dtype"] = torchDtypeName(largest->dtype);
  }
  writeFileAtomically((target / "config.json").string(), config.dump(2) + "\n");
  writeSafetensors((target / "model.safetensors").string(), specs, produce);
  std::size_t copied = 0;
  for (const char* file : kTokenizerFiles) {
    const fs::path source = fs::path(tokenizerSourceDir) / file, destination = target / file;
    if (!isFile(source)) continue;
    ++copied;
    if (fs::exists(destination, ec) && fs::equivalent(source, destination, ec))
      continue;  // saving into the source folder
    writeFileAtomically(destination.string(), readFileBytes(source.string()));
  }
  return copied;
}

std::size_t writeModelFolder(const std::string& modelDir, nlohmann::json config, const StateDict& tensors,
                             const std::string& tokenizerSourceDir) {
  std::vector<TensorSpec> specs;
  for (const auto& [name, tensor] : tensors) specs.push_back({name, tensor.scalar_type(), tensor.sizes().vec()});
  return writeModelFolder(
      modelDir, std::move(config), specs, [&](const TensorSpec& spec) { return tensors.at(spec.name); },
      tokenizerSourceDir);
}

}  // namespace xlqa
