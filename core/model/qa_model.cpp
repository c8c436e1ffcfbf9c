#include "core/model/qa_model.h"

#include <ATen/Context.h>
#include <c10/core/InferenceMode.h>
#include <c10/util/accumulate.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <utility>

#include "core/io/json_file.h"
#include "core/io/mapped_file.h"
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
  std::vector<std::string> missing, unexpected;  // "<name> <shape>"
  std::vector<Message> misshapen;

  bool empty() const { return missing.empty() && unexpected.empty() && misshapen.empty(); }

  // "<first>; <second>" (and "<first>, <second>" for list items), with either side possibly empty.
  static Message joined(MessageTemplate separator, std::optional<Message> first, Message second) {
    return first ? Message(separator, *first, second) : second;
  }

  // "<title> (<count>): <item>, <item>, ... and <n> more", or nothing for no items.
  template <class Item>
  static std::optional<Message> listed(MessageTemplate title, const std::vector<Item>& items) {
    if (items.empty()) return std::nullopt;
    std::optional<Message> list;
    for (std::size_t i = 0; i < items.size() && i < kListedPerKind; ++i)
      list = joined(XLQA_TR("QaModel", "%1, %2"), list, Message(items[i]));
    if (items.size() > kListedPerKind)
      list = Message(XLQA_TR("QaModel", "%1, ... and %2 more"), *list, items.size() - kListedPerKind);
    return Message(title, items.size(), *list);
  }

  Message message(const ModelConfig& config) const {
    std::optional<Message> parts;
    for (const std::optional<Message>& part : {listed(XLQA_TR("QaModel", "missing (%1): %2"), missing),
                                               listed(XLQA_TR("QaModel", "unexpected (%1): %2"), unexpected),
                                               listed(XLQA_TR("QaModel", "wrong shape (%1): %2"), misshapen)}) {
      if (part) parts = joined(XLQA_TR("QaModel", "%1; %2"), parts, *part);
    }
    const std::string otherPrefix = config.family == ModelFamily::Bert ? "roberta." : "bert.";
    const bool otherFamily =
        !unexpected.empty() && std::all_of(unexpected.begin(), unexpected.end(), [&](const auto& n) {
          return startsWith(n, otherPrefix) || startsWith(n, "qa_outputs.");
        });
    if (otherFamily && !missing.empty()) {
      const Message family(
          XLQA_TR("QaModel", "the weights use the \"%1\" prefix: config.json belongs to another model family"),
          otherPrefix);
      parts = joined(XLQA_TR("QaModel", "%1; %2"), parts, family);
    }
    return Message(XLQA_TR("QaModel", "the weights do not match config.json (model_type \"%1\"): %2"), config.modelType,
                   parts.value_or(Message()));
  }
};

// The checkpoint's tensors by their modern checkpoint name, less the ones a QA model does not use
// (a plain position_ids buffer, a pooler), each noted.
std::map<std::string, at::Tensor> usableWeights(StateDict weights, const ModelConfig& config,
                                                const std::string& modelDir, std::vector<std::string>& notes) {
  const std::string positionIdsName = config.weightPrefix() + "embeddings.position_ids";
  const std::string poolerPrefix = config.weightPrefix() + "pooler.";
  std::map<std::string, at::Tensor> found;
  int renamed = 0;
  for (auto& [name, tensor] : weights) {
    if (name == positionIdsName) {
      if (!isPlainArange(tensor))
        throw FileError(modelDir, Message(XLQA_TR("QaModel", "%1 %2 is not 0, 1, 2, ...: unsupported positions"), name,
                                          shapeText(tensor.sizes())));
      notes.push_back("ignored " + name + " (the standard 0..N-1 positions)");
      continue;
    }
    if (startsWith(name, poolerPrefix)) {  // transformers ignores a pooler for QA as well
      notes.push_back("ignored " + name + " (pooler, unused by question answering)");
      continue;
    }
    const std::string modern = modernLayerNormName(name);
    renamed += modern != name;
    found.emplace(modern, std::move(tensor));
  }
  if (renamed) notes.push_back("renamed " + std::to_string(renamed) + " legacy LayerNorm gamma/beta tensors");
  return found;
}

// The tensor itself when it is already on the device in the dtype (a view of the mapped file).
// Otherwise one conversion into the final tensor, a slice of rows at a time, each slice's file
// pages let go as soon as it is copied: converting the 768 MB embedding table of a base model
// never has it resident twice.
at::Tensor placed(const at::Tensor& source, const torch::Device& device, at::ScalarType dtype) {
  if (source.device() == device && source.scalar_type() == dtype) return source;
  at::Tensor target = at::empty(source.sizes(), source.options().device(device).dtype(dtype));
  if (source.dim() == 0 || source.numel() == 0) return target.copy_(source);
  constexpr std::int64_t kSliceBytes = 16 << 20;
  const std::int64_t rows = source.size(0), rowBytes = std::max<std::int64_t>(1, source.nbytes() / rows);
  const std::int64_t step = std::max<std::int64_t>(1, kSliceBytes / rowBytes);
  for (std::int64_t row = 0; row < rows; row += step) {
    const at::Tensor slice = source.narrow(0, row, std::min(step, rows - row));
    target.narrow(0, row, slice.size(0)).copy_(slice);
    MappedFile::releaseIfMapped(slice.data_ptr(), slice.nbytes());
  }
  return target;
}

// Builds the module straight on the checkpoint's tensors: each parameter is the checkpoint
// tensor itself when it is already in the wanted dtype on the CPU (a view of the mapped file),
// else one conversion or copy to the device. Missing, unexpected and mis-shaped tensors are all
// collected first and refused together.
QaModule buildOnWeights(const ModelConfig& config, std::map<std::string, at::Tensor> found, const std::string& modelDir,
                        const torch::Device& device, at::ScalarType dtype, const ModelLoadProgress& progress) {
  std::int64_t totalElements = 0, doneElements = 0;
  for (const auto& item : found) totalElements += item.second.numel();
  WeightProblems problems;
  const auto meta = at::TensorOptions().device(at::kMeta).dtype(dtype);  // a placeholder with no memory
  const ParameterSource fromCheckpoint = [&](const std::string& parameter, const std::vector<std::int64_t>& shape) {
    const std::string name = checkpointName(config, parameter);
    const auto it = found.find(name);
    if (it == found.end()) {
      problems.missing.push_back(name + " " + shapeText(shape));
      return at::empty(shape, meta);
    }
    const at::Tensor tensor = std::move(it->second);
    found.erase(it);
    if (tensor.sizes() != at::IntArrayRef(shape)) {
      problems.misshapen.push_back(
          Message(XLQA_TR("QaModel", "%1: expected %2, found %3"), name, shapeText(shape), shapeText(tensor.sizes())));
      return at::empty(shape, meta);
    }
    at::Tensor parameterTensor = placed(tensor, device, parameterDtype(parameter, tensor.scalar_type(), dtype));
    doneElements += tensor.numel();
    if (progress)
      progress(static_cast<double>(doneElements) / static_cast<double>(std::max<std::int64_t>(1, totalElements)));
    return parameterTensor;
  };
  QaModule module{nullptr};
  try {
    module = QaModule(config, fromCheckpoint);
  } catch (const std::invalid_argument& error) {
    // QaModule's own check of the sizes, which validate() in model_config.cpp has already made: verbatim.
    throw FileError((fs::path(modelDir) / "config.json").string(), Message(error.what()));
  }
  for (const auto& [name, tensor] : found) problems.unexpected.push_back(name + " " + shapeText(tensor.sizes()));
  if (!problems.empty()) throw FileError(modelDir, problems.message(config));
  return module;
}

// transformers' initialisation of a new model. Allocating each parameter also makes the random
// draws torch::nn's Linear (uniform) and Embedding (normal) constructors made when the modules
// were built on them: a seed thus keeps giving the weights it gave before (the committed demo
// models rebuild bit for bit).
QaModule initializedModule(const ModelConfig& config, std::uint64_t seed) {
  at::manual_seed(seed);
  const ParameterSource drawn = [](const std::string& name, const std::vector<std::int64_t>& shape) {
    at::Tensor tensor = at::empty(shape);
    if (name.find("LayerNorm.") != std::string::npos) return tensor;
    if (name.find("embeddings.") != std::string::npos && name.find("embeddings.LayerNorm") == std::string::npos)
      return tensor.normal_();
    return tensor.uniform_();
  };
  QaModule module(config, drawn);
  for (auto& item : module->named_parameters(/*recurse=*/true)) initializeParameter(item.key(), item.value(), config);
  return module;
}

std::int64_t checkedProduct(const TokenBatch& batch) {
  if (batch.batchSize < 0 || batch.seqLen < 0) throw std::invalid_argument("negative batch dimensions");
  return batch.batchSize * batch.seqLen;
}

void checkValues(const std::vector<std::int64_t>& values, std::int64_t limit, const char* what) {
  const auto bad = std::find_if(values.begin(), values.end(), [&](std::int64_t v) { return v < 0 || v >= limit; });
  if (bad != values.end())
    throw std::invalid_argument(std::string(what) + " " + std::to_string(*bad) + " at index " +
                                std::to_string(bad - values.begin()) + " is outside [0, " + std::to_string(limit) +
                                ")");
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
  ComputeDtype dtype = ComputeDtype::Float32;
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

std::int64_t countParameters(const ModelConfig& config) {
  std::int64_t count = 0;
  for (const ParameterShape& parameter : parameterShapes(config)) count += c10::multiply_integers(parameter.shape);
  return count;
}

QaModel::QaModel() : impl_(std::make_unique<Impl>()) {}
QaModel::~QaModel() = default;

std::unique_ptr<QaModel> QaModel::load(const std::string& modelDir, const std::string& device, ComputeDtype dtype,
                                       const ModelLoadProgress& progress) {
  std::unique_ptr<QaModel> model(new QaModel());
  Impl& impl = *model->impl_;
  impl.device = resolveDevice(device);  // a bad device or dtype fails before the weights are read
  checkComputeDtype(dtype, impl.device.device);
  impl.dtype = dtype;
  impl.directory = modelDir;
  impl.config = loadModelConfig((fs::path(modelDir) / "config.json").string());
  // As stored: the conversion, if any, happens once per tensor while the module is built.
  auto weights = usableWeights(readModelWeights(modelDir, std::nullopt), impl.config, modelDir, impl.notes);
  impl.module = buildOnWeights(impl.config, std::move(weights), modelDir, torch::Device(impl.device.device),
                               scalarType(dtype), progress);
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
  impl.module = initializedModule(config, seed);
  impl.module->to(torch::Device(impl.device.device));
  impl.module->eval();
  return model;
}

const ModelConfig& QaModel::config() const { return impl_->config; }
const DeviceChoice& QaModel::device() const { return impl_->device; }
ComputeDtype QaModel::dtype() const { return impl_->dtype; }
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
  StateDict tensors;  // the parameters themselves: the writer copies one at a time to the CPU
  for (const auto& item : impl_->module->named_parameters(/*recurse=*/true))
    tensors.emplace(impl_->module->checkpointName(item.key()), item.value().detach());
  writeModelFolder(modelDir, impl_->config.raw, tensors, impl_->directory);
}

}  // namespace xlqa
