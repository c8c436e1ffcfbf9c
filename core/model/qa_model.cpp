#include "core/model/qa_model.h"

#include <ATen/Context.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <utility>

#include "core/io/json_file.h"
#include "core/model/qa_module.h"
#include "core/model/state_dict.h"

namespace xlqa {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kListedPerKind = 12;  // keeps messages readable for 200-tensor models

std::string shapeText(at::IntArrayRef sizes) {
  std::string text = "[";
  for (std::size_t i = 0; i < sizes.size(); ++i) text += (i ? ", " : "") + std::to_string(sizes[i]);
  return text + "]";
}

std::string endsReplaced(const std::string& name, const std::string& suffix, const std::string& replacement) {
  if (name.size() < suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) return name;
  return name.substr(0, name.size() - suffix.size()) + replacement;
}

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

// Very old checkpoints call the LayerNorm parameters gamma/beta.
std::string modernLayerNormName(const std::string& name) {
  std::string renamed = endsReplaced(name, "LayerNorm.gamma", "LayerNorm.weight");
  return endsReplaced(renamed, "LayerNorm.beta", "LayerNorm.bias");
}

// The persistent position_ids buffer of older checkpoints must be the plain 0..N-1 that the
// module computes itself; anything else would silently change the model.
bool isPlainArange(const at::Tensor& tensor) {
  if (tensor.dim() != 1 && !(tensor.dim() == 2 && tensor.size(0) == 1)) return false;
  const at::Tensor values = tensor.reshape({-1}).to(at::kLong);
  return at::equal(values, at::arange(values.numel(), values.options()));
}

// Problems found while matching checkpoint tensors to the module, for one FileError.
struct WeightProblems {
  std::vector<std::string> missing, unexpected, misshapen;

  bool empty() const { return missing.empty() && unexpected.empty() && misshapen.empty(); }

  static std::string listed(const char* title, const std::vector<std::string>& items) {
    if (items.empty()) return "";
    std::string text = std::string(title) + " (" + std::to_string(items.size()) + "): ";
    for (std::size_t i = 0; i < items.size() && i < kListedPerKind; ++i) text += (i ? ", " : "") + items[i];
    if (items.size() > kListedPerKind) text += ", ... and " + std::to_string(items.size() - kListedPerKind) + " more";
    return text + "; ";
  }

  std::string message(const ModelConfig& config) const {
    std::string text = "the weights do not match config.json (model_type \"" + config.modelType + "\"): ";
    text += listed("missing", missing) + listed("unexpected", unexpected) + listed("wrong shape", misshapen);
    const std::string otherPrefix = config.family == ModelFamily::Bert ? "roberta." : "bert.";
    const bool otherFamily = !unexpected.empty() && std::all_of(unexpected.begin(), unexpected.end(), [&](const auto& n) {
      return startsWith(n, otherPrefix) || startsWith(n, "qa_outputs.");
    });
    if (otherFamily && !missing.empty())
      text += "the weights use the \"" + otherPrefix + "\" prefix: config.json belongs to another model family";
    else
      text.resize(text.size() - 2);  // drop the last "; "
    return text;
  }
};

// Copies the checkpoint tensors into the module's parameters, by Hugging Face name.
void assignWeights(QaModuleImpl& module, const StateDict& weights, const std::string& modelDir,
                   std::vector<std::string>& notes) {
  const ModelConfig& config = module.config();
  const std::string positionIdsName = config.weightPrefix() + "embeddings.position_ids";
  const std::string poolerPrefix = config.weightPrefix() + "pooler.";

  std::map<std::string, at::Tensor> found;  // modern checkpoint name -> tensor
  WeightProblems problems;
  int renamed = 0;
  for (const auto& [name, tensor] : weights) {
    if (name == positionIdsName) {
      if (!isPlainArange(tensor))
        throw FileError(modelDir, name + " " + shapeText(tensor.sizes()) + " is not 0, 1, 2, ...: unsupported positions");
      notes.push_back("ignored " + name + " (the standard 0..N-1 positions)");
      continue;
    }
    if (startsWith(name, poolerPrefix)) {  // transformers ignores a pooler for QA as well
      notes.push_back("ignored " + name + " (pooler, unused by question answering)");
      continue;
    }
    const std::string modern = modernLayerNormName(name);
    renamed += modern != name;
    found.emplace(modern, tensor);
  }
  if (renamed) notes.push_back("renamed " + std::to_string(renamed) + " legacy LayerNorm gamma/beta tensors");

  std::vector<std::pair<at::Tensor, at::Tensor>> assignments;  // parameter, checkpoint tensor
  for (const auto& item : module.named_parameters(/*recurse=*/true)) {
    const std::string name = module.checkpointName(item.key());
    const auto it = found.find(name);
    if (it == found.end()) {
      problems.missing.push_back(name + " " + shapeText(item.value().sizes()));
      continue;
    }
    if (it->second.sizes() != item.value().sizes())
      problems.misshapen.push_back(name + ": expected " + shapeText(item.value().sizes()) + ", found " +
                                   shapeText(it->second.sizes()));
    else
      assignments.emplace_back(item.value(), it->second);
    found.erase(it);
  }
  for (const auto& [name, tensor] : found) problems.unexpected.push_back(name + " " + shapeText(tensor.sizes()));
  if (!problems.empty()) throw FileError(modelDir, problems.message(config));

  torch::NoGradGuard noGrad;
  for (auto& [parameter, tensor] : assignments) parameter.copy_(tensor);
}

std::int64_t checkedProduct(const TokenBatch& batch) {
  if (batch.batchSize < 0 || batch.seqLen < 0) throw std::invalid_argument("negative batch dimensions");
  return batch.batchSize * batch.seqLen;
}

void checkValues(const std::vector<std::int64_t>& values, std::int64_t limit, const char* what) {
  const auto bad = std::find_if(values.begin(), values.end(), [&](std::int64_t v) { return v < 0 || v >= limit; });
  if (bad != values.end())
    throw std::invalid_argument(std::string(what) + " " + std::to_string(*bad) + " at index " +
                                std::to_string(bad - values.begin()) + " is outside [0, " + std::to_string(limit) + ")");
}

// Everything that would otherwise fail deep inside LibTorch, or silently read wrong rows.
void validateBatch(const TokenBatch& batch, const ModelConfig& config) {
  const std::int64_t count = checkedProduct(batch);
  const auto size = static_cast<std::size_t>(count);
  if (batch.inputIds.size() != size || batch.attentionMask.size() != size)
    throw std::invalid_argument("input_ids and attention_mask must hold batchSize x seqLen = " + std::to_string(count) +
                                " values");
  if (!batch.tokenTypeIds.empty() && batch.tokenTypeIds.size() != size)
    throw std::invalid_argument("token_type_ids must be empty or hold batchSize x seqLen values");
  if (batch.batchSize > 0 && batch.seqLen == 0) throw std::invalid_argument("empty sequences");
  if (batch.seqLen > config.maxSequenceLength())
    throw std::invalid_argument("sequence length " + std::to_string(batch.seqLen) + " exceeds the model's maximum of " +
                                std::to_string(config.maxSequenceLength()));
  checkValues(batch.inputIds, config.vocabSize, "token id");
  checkValues(batch.attentionMask, 2, "attention mask value");
  checkValues(batch.tokenTypeIds, config.typeVocabSize, "token type id");
}

// Borrows the vector's memory (nothing writes to inputs); .to() copies when the device differs.
at::Tensor idsTensor(const std::vector<std::int64_t>& values, const TokenBatch& batch) {
  if (values.empty()) return {};
  return at::from_blob(const_cast<std::int64_t*>(values.data()), {batch.batchSize, batch.seqLen}, at::kLong);
}

std::vector<float> toVector(const at::Tensor& tensor) {
  const at::Tensor cpu = tensor.to(at::kCPU, at::kFloat).contiguous();
  const float* data = cpu.data_ptr<float>();
  return std::vector<float>(data, data + cpu.numel());
}

}  // namespace

struct QaModel::Impl {
  ModelConfig config;
  DeviceChoice device;
  std::string directory;
  std::vector<std::string> notes;
  QaModule module{nullptr};

  QaForwardResult run(const TokenBatch& batch, bool withHiddenStates) {
    validateBatch(batch, config);
    // Dropout would make "logits" random; a trainer switches back with module()->eval().
    if (module->is_training()) throw std::logic_error("QaModel used for inference while its module is in train() mode");
    c10::InferenceMode inference;
    return module->forward(idsTensor(batch.inputIds, batch), idsTensor(batch.attentionMask, batch),
                           idsTensor(batch.tokenTypeIds, batch), withHiddenStates);
  }
};

QaModel::QaModel() : impl_(std::make_unique<Impl>()) {}
QaModel::~QaModel() = default;

std::unique_ptr<QaModel> QaModel::load(const std::string& modelDir, const std::string& device) {
  std::unique_ptr<QaModel> model(new QaModel());
  Impl& impl = *model->impl_;
  impl.device = resolveDevice(device);  // a bad device fails before the weights are read
  impl.directory = modelDir;
  impl.config = loadModelConfig((fs::path(modelDir) / "config.json").string());
  try {
    impl.module = QaModule(impl.config);
  } catch (const std::invalid_argument& error) {
    throw FileError((fs::path(modelDir) / "config.json").string(), error.what());
  }
  assignWeights(*impl.module, readModelWeights(modelDir), modelDir, impl.notes);
  impl.module->to(torch::Device(impl.device.device));
  impl.module->eval();
  return model;
}

std::unique_ptr<QaModel> QaModel::initialize(const ModelConfig& config, const std::string& tokenizerDir,
                                             std::uint64_t seed, const std::string& device) {
  std::unique_ptr<QaModel> model(new QaModel());
  Impl& impl = *model->impl_;
  impl.device = resolveDevice(device);
  impl.directory = tokenizerDir;
  impl.config = config;
  at::manual_seed(seed);
  impl.module = QaModule(config);
  const double range = config.raw.is_object() ? config.raw.value("initializer_range", 0.02) : 0.02;
  torch::NoGradGuard noGrad;
  for (auto& item : impl.module->named_parameters(/*recurse=*/true)) {
    const std::string& name = item.key();
    at::Tensor parameter = item.value();
    if (name.find("LayerNorm.weight") != std::string::npos) {
      parameter.fill_(1.0);
    } else if (name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0) {
      parameter.zero_();
    } else {
      parameter.normal_(0.0, range);
    }
  }
  impl.module->embeddings->wordEmbeddings->weight[config.padTokenId].zero_();
  if (config.family == ModelFamily::Roberta) impl.module->embeddings->positionEmbeddings->weight[config.padTokenId].zero_();
  impl.module->to(torch::Device(impl.device.device));
  impl.module->eval();
  return model;
}

const ModelConfig& QaModel::config() const { return impl_->config; }
const DeviceChoice& QaModel::device() const { return impl_->device; }
const std::string& QaModel::directory() const { return impl_->directory; }
const std::vector<std::string>& QaModel::loadNotes() const { return impl_->notes; }
QaModule& QaModel::module() { return impl_->module; }

std::int64_t QaModel::parameterCount() const {
  std::int64_t count = 0;
  for (const at::Tensor& parameter : impl_->module->parameters()) count += parameter.numel();
  return count;
}

QaLogits QaModel::logits(const TokenBatch& batch) const {
  QaLogits result;
  result.batchSize = batch.batchSize;
  result.seqLen = batch.seqLen;
  if (batch.batchSize == 0) return result;
  const QaForwardResult out = impl_->run(batch, false);
  result.start = toVector(out.startLogits);
  result.end = toVector(out.endLogits);
  return result;
}

HiddenStates QaModel::hiddenStates(const TokenBatch& batch) const {
  HiddenStates result;
  result.batchSize = batch.batchSize;
  result.seqLen = batch.seqLen;
  result.hiddenSize = impl_->config.hiddenSize;
  if (batch.batchSize == 0) return result;
  const QaForwardResult out = impl_->run(batch, true);
  result.embeddings = toVector(out.embeddingOutput);
  result.last = toVector(out.lastHiddenState);
  return result;
}

void QaModel::save(const std::string& modelDir) const {
  StateDict tensors;
  for (const auto& item : impl_->module->named_parameters(/*recurse=*/true))
    tensors.emplace(impl_->module->checkpointName(item.key()), item.value().detach().to(at::kCPU, at::kFloat).contiguous());
  writeModelFolder(modelDir, impl_->config.raw, tensors, impl_->directory);
}

}  // namespace xlqa
