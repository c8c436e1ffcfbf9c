#include "core/train/checkpoint_averaging.h"

#include <ATen/core/Tensor.h>

#include <filesystem>
#include <stdexcept>
#include <utility>

#include "core/io/json_file.h"
#include "core/model/model_config.h"
#include "core/model/state_dict.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;

std::string shapeText(at::IntArrayRef sizes) {
  std::string text = "[";
  for (std::size_t i = 0; i < sizes.size(); ++i) text += (i ? ", " : "") + std::to_string(sizes[i]);
  return text + "]";
}

Message firstCheckpoint(const std::string& firstDir) {
  return Message(XLQA_TR("CheckpointAveraging", "the first checkpoint (%1)"), firstDir);
}

// Averaging only means something between checkpoints of one architecture.
void requireSameArchitecture(const ModelConfig& first, const std::string& firstDir, const ModelConfig& other,
                             const std::string& dir) {
  if (other.modelType != first.modelType) {
    throw FileError(dir, Message(XLQA_TR("CheckpointAveraging", "config.json: model_type is \"%1\", %2 has \"%3\""),
                                 other.modelType, firstCheckpoint(firstDir), first.modelType));
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
      throw FileError(dir, Message(XLQA_TR("CheckpointAveraging", "config.json: %1 is %2, %3 has %4"), field,
                                   other.*member, firstCheckpoint(firstDir), first.*member));
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
      throw FileError(
          dir, Message(XLQA_TR("CheckpointAveraging", "lacks tensor %1 of %2"), sum->first, firstCheckpoint(firstDir)));
    if (sum == sums.end() || weight->first < sum->first)
      throw FileError(dir, Message(XLQA_TR("CheckpointAveraging", "has tensor %1, which %2 lacks"), weight->first,
                                   firstCheckpoint(firstDir)));
    const std::string& name = sum->first;
    if (weight->second.sizes() != sum->second.sizes()) {
      throw FileError(
          dir, Message(XLQA_TR("CheckpointAveraging", "%1 has shape %2, %3 %4"), name,
                       shapeText(weight->second.sizes()), firstCheckpoint(firstDir), shapeText(sum->second.sizes())));
    }
    if (weight->second.is_floating_point() != sum->second.is_floating_point()) {
      throw FileError(dir, Message(XLQA_TR("CheckpointAveraging", "%1 is %2, in %3 %4"), name,
                                   std::string(c10::toString(weight->second.scalar_type())), firstCheckpoint(firstDir),
                                   std::string(c10::toString(sum->second.scalar_type()))));
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
      throw FileError(dir,
                      Message(XLQA_TR("CheckpointAveraging",
                                      "%1 (an integer buffer) differs from %2; integer tensors cannot be averaged"),
                              name, firstCheckpoint(firstDir)));
    }
    weight = at::Tensor();
  }
}

void requireNewOrEmpty(const fs::path& target, const std::string& outputDir) {
  std::error_code ec;
  if (!fs::exists(target, ec)) return;
  if (!fs::is_directory(target, ec))
    throw FileError(outputDir, Message(XLQA_TR("CheckpointAveraging", "exists and is not a folder")));
  if (!fs::is_empty(target, ec))
    throw FileError(outputDir, Message(XLQA_TR("CheckpointAveraging",
                                               "exists and is not empty; give a new folder for the averaged model")));
}

}  // namespace

AveragedCheckpoint averageCheckpoints(const std::vector<std::string>& modelDirs, const std::string& outputDir) {
  if (modelDirs.empty()) throw std::invalid_argument("averaging needs at least two checkpoints; none were given");
  if (modelDirs.size() == 1)
    throw FileError(
        modelDirs.front(),
        Message(XLQA_TR("CheckpointAveraging", "averaging needs at least two checkpoints; only this one was given")));
  requireNewOrEmpty(fs::path(outputDir), outputDir);

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

  writeFolderAtomically(outputDir, [&](const std::string& partial) {
    if (writeModelFolder(partial, config.raw, mean, firstDir) == 0)
      result.notes.push_back(firstDir + " has no tokenizer files; the averaged folder has none either");
  });
  return result;
}

}  // namespace xlqa
