#include "core/train/checkpoint_averaging.h"

#include <ATen/core/Tensor.h>

#include <filesystem>
#include <random>
#include <stdexcept>
#include <utility>

#include "core/io/json_file.h"
#include "core/model/model_config.h"
#include "core/model/state_dict.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;

// The tokenizer files QaModel::save carries over, so the averaged folder opens the same way.
const char* const kTokenizerFiles[] = {"vocab.txt",        "sentencepiece.bpe.model", "tokenizer_config.json",
                                       "special_tokens_map.json", "tokenizer.json",   "added_tokens.json"};

std::string shapeText(at::IntArrayRef sizes) {
  std::string text = "[";
  for (std::size_t i = 0; i < sizes.size(); ++i) text += (i ? ", " : "") + std::to_string(sizes[i]);
  return text + "]";
}

std::string firstCheckpoint(const std::string& firstDir) { return "the first checkpoint (" + firstDir + ")"; }

// Averaging only means something between checkpoints of one architecture.
void requireSameArchitecture(const ModelConfig& first, const std::string& firstDir, const ModelConfig& other,
                             const std::string& dir) {
  if (other.modelType != first.modelType) {
    throw FileError(dir, "config.json: model_type is \"" + other.modelType + "\", " + firstCheckpoint(firstDir) +
                             " has \"" + first.modelType + "\"");
  }
  const std::pair<const char*, std::int64_t ModelConfig::*> sizes[] = {
      {"vocab_size", &ModelConfig::vocabSize},
      {"hidden_size", &ModelConfig::hiddenSize},
      {"num_hidden_layers", &ModelConfig::numHiddenLayers},
      {"num_attention_heads", &ModelConfig::numAttentionHeads},
      {"intermediate_size", &ModelConfig::intermediateSize},
      {"max_position_embeddings", &ModelConfig::maxPositionEmbeddings},
      {"type_vocab_size", &ModelConfig::typeVocabSize},
  };
  for (const auto& [field, member] : sizes) {
    if (other.*member != first.*member) {
      throw FileError(dir, std::string("config.json: ") + field + " is " + std::to_string(other.*member) + ", " +
                               firstCheckpoint(firstDir) + " has " + std::to_string(first.*member));
    }
  }
}

// Same names, shapes and kinds (floating point or not) as the running sum, checked before
// anything is added; the first difference in name order is reported.
void requireSameTensors(const StateDict& sums, const StateDict& weights, const std::string& firstDir,
                        const std::string& dir) {
  auto sum = sums.begin();
  auto weight = weights.begin();
  while (sum != sums.end() || weight != weights.end()) {
    if (weight == weights.end() || (sum != sums.end() && sum->first < weight->first))
      throw FileError(dir, "lacks tensor " + sum->first + " of " + firstCheckpoint(firstDir));
    if (sum == sums.end() || weight->first < sum->first)
      throw FileError(dir, "has tensor " + weight->first + ", which " + firstCheckpoint(firstDir) + " lacks");
    const std::string& name = sum->first;
    if (weight->second.sizes() != sum->second.sizes()) {
      throw FileError(dir, name + " has shape " + shapeText(weight->second.sizes()) + ", " +
                               firstCheckpoint(firstDir) + " " + shapeText(sum->second.sizes()));
    }
    if (weight->second.is_floating_point() != sum->second.is_floating_point()) {
      throw FileError(dir, name + " is " + std::string(c10::toString(weight->second.scalar_type())) + ", in " +
                               firstCheckpoint(firstDir) + " " + std::string(c10::toString(sum->second.scalar_type())));
    }
    ++sum, ++weight;
  }
}

// Adds a checkpoint to the running sum, releasing each of its tensors once added.
void accumulate(StateDict& sums, StateDict weights, const std::string& firstDir, const std::string& dir) {
  requireSameTensors(sums, weights, firstDir, dir);
  for (auto& [name, sum] : sums) {
    at::Tensor& weight = weights.at(name);
    if (sum.is_floating_point()) {
      sum.add_(weight);  // promoted to double: exact for float32 inputs of similar magnitude
    } else if (!sum.equal(weight)) {
      throw FileError(dir, name + " (an integer buffer) differs from " + firstCheckpoint(firstDir) +
                               "; integer tensors cannot be averaged");
    }
    weight = at::Tensor();
  }
}

fs::path targetFolder(const std::string& outputDir) {
  fs::path target = fs::path(outputDir).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();  // "out/" -> "out"
  return target;
}

void requireNewOrEmpty(const fs::path& target, const std::string& outputDir) {
  std::error_code ec;
  if (!fs::exists(target, ec)) return;
  if (!fs::is_directory(target, ec)) throw FileError(outputDir, "exists and is not a folder");
  if (!fs::is_empty(target, ec))
    throw FileError(outputDir, "exists and is not empty; give a new folder for the averaged model");
}

// A fresh hidden folder beside the target; removed again unless released.
class PartialFolder {
 public:
  explicit PartialFolder(const fs::path& target, const std::string& outputDir) {
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) throw FileError(parent.string(), "cannot create the folder: " + ec.message());
    std::random_device random;
    path_ = parent / ("." + target.filename().string() + ".partial-" + std::to_string(random()));
    if (!fs::create_directory(path_, ec) || ec)
      throw FileError(outputDir, "cannot create the temporary folder " + path_.string() + ": " + ec.message());
  }
  PartialFolder(const PartialFolder&) = delete;
  PartialFolder& operator=(const PartialFolder&) = delete;
  ~PartialFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }

  const fs::path& path() const { return path_; }

  void moveTo(const fs::path& target, const std::string& outputDir) {
    std::error_code ec;
    fs::rename(path_, target, ec);  // replaces an empty folder; fails on a non-empty one
    if (ec) throw FileError(outputDir, "cannot move the averaged model into place: " + ec.message());
    path_.clear();
  }

 private:
  fs::path path_;
};

}  // namespace

AveragedCheckpoint averageCheckpoints(const std::vector<std::string>& modelDirs, const std::string& outputDir) {
  if (modelDirs.empty()) throw std::invalid_argument("averaging needs at least two checkpoints; none were given");
  if (modelDirs.size() == 1)
    throw FileError(modelDirs.front(), "averaging needs at least two checkpoints; only this one was given");
  const fs::path target = targetFolder(outputDir);
  requireNewOrEmpty(target, outputDir);

  // Every config first: a wrong folder is reported before any weights are read.
  const std::string& firstDir = modelDirs.front();
  const ModelConfig config = loadModelConfig((fs::path(firstDir) / "config.json").string());
  for (std::size_t i = 1; i < modelDirs.size(); ++i)
    requireSameArchitecture(config, firstDir, loadModelConfig((fs::path(modelDirs[i]) / "config.json").string()),
                            modelDirs[i]);

  StateDict sums = readModelWeights(firstDir);
  for (auto& entry : sums)
    if (entry.second.is_floating_point()) entry.second = entry.second.to(at::kDouble);
  for (std::size_t i = 1; i < modelDirs.size(); ++i)
    accumulate(sums, readModelWeights(modelDirs[i]), firstDir, modelDirs[i]);

  AveragedCheckpoint result;
  result.checkpoints = modelDirs.size();
  StateDict mean;
  for (auto& [name, sum] : sums) {
    if (!sum.is_floating_point()) {
      result.notes.push_back("left out " + name +
                             " (an integer buffer, equal in every checkpoint; transformers rebuilds it)");
      continue;
    }
    sum.div_(static_cast<double>(modelDirs.size()));
    at::Tensor average = sum.to(at::kFloat).contiguous();
    sum = at::Tensor();
    result.parameters += average.numel();
    mean.emplace(name, std::move(average));
  }
  result.tensors = mean.size();

  PartialFolder partial(target, outputDir);
  nlohmann::json configJson = config.raw;
  if (configJson.is_object() && configJson.contains("torch_dtype")) configJson["torch_dtype"] = "float32";
  writeFileAtomically((partial.path() / "config.json").string(), configJson.dump(2) + "\n");
  writeSafetensors((partial.path() / "model.safetensors").string(), mean);
  std::size_t tokenizerFiles = 0;
  for (const char* file : kTokenizerFiles) {
    const fs::path source = fs::path(firstDir) / file;
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) continue;
    writeFileAtomically((partial.path() / file).string(), readFileBytes(source.string()));
    ++tokenizerFiles;
  }
  if (tokenizerFiles == 0)
    result.notes.push_back(firstDir + " has no tokenizer files; the averaged folder has none either");
  partial.moveTo(target, outputDir);
  return result;
}

}  // namespace xlqa
