#include "core/model/qa_module.h"

#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

namespace xlqa {
namespace {

// Parameter-free parent modules that exist only so that named_parameters() reproduces the
// Hugging Face hierarchy ("attention.self.query", "intermediate.dense", ...).
std::shared_ptr<torch::nn::Module> addGroup(torch::nn::Module& parent, const std::string& name) {
  return parent.register_module(name, std::make_shared<torch::nn::Module>());
}

torch::nn::Dropout makeDropout(double p) { return torch::nn::Dropout(torch::nn::DropoutOptions(p)); }

void checkConfig(const ModelConfig& config) {
  if (config.hiddenSize <= 0 || config.numAttentionHeads <= 0 || config.hiddenSize % config.numAttentionHeads != 0)
    throw std::invalid_argument("hidden_size " + std::to_string(config.hiddenSize) +
                                " is not a positive multiple of num_attention_heads " +
                                std::to_string(config.numAttentionHeads));
  if (config.vocabSize <= 0 || config.maxPositionEmbeddings <= 0 || config.typeVocabSize <= 0 ||
      config.intermediateSize <= 0 || config.numHiddenLayers < 0)
    throw std::invalid_argument("model config has a non-positive size");
}

// The most negative finite value of the dtype, like torch.finfo(dtype).min.
double lowestFinite(c10::ScalarType dtype) {
  switch (dtype) {
    case at::kDouble: return std::numeric_limits<double>::lowest();
    case at::kHalf: return static_cast<double>(std::numeric_limits<c10::Half>::lowest());
    case at::kBFloat16: return static_cast<double>(std::numeric_limits<c10::BFloat16>::lowest());
    default: return static_cast<double>(std::numeric_limits<float>::lowest());
  }
}

void checkSameShape(const at::Tensor& inputIds, const at::Tensor& other, const char* what) {
  if (other.defined() && other.sizes() != inputIds.sizes())
    throw std::invalid_argument(std::string(what) + " must have the shape of input_ids [B, L]");
}

}  // namespace

std::string checkpointName(const ModelConfig& config, const std::string& parameterName) {
  return parameterName.rfind("qa_outputs.", 0) == 0 ? parameterName : config.weightPrefix() + parameterName;
}

at::ScalarType scalarType(ComputeDtype dtype) {
  switch (dtype) {
    case ComputeDtype::BFloat16: return at::kBFloat16;
    case ComputeDtype::Float16: return at::kHalf;
    case ComputeDtype::Float32: break;
  }
  return at::kFloat;
}

at::ScalarType parameterDtype(const std::string& name, at::ScalarType stored, at::ScalarType compute) {
  if (compute == at::kFloat) return at::kFloat;  // the reference: everything fp32
  if (name == "embeddings.word_embeddings.weight" && at::isFloatingType(stored)) return stored;
  const bool product = name.rfind("encoder.layer.", 0) == 0 && name.find("LayerNorm") == std::string::npos;
  return product ? compute : at::kFloat;
}

std::vector<ParameterShape> parameterShapes(const ModelConfig& config) {
  std::vector<ParameterShape> shapes;
  const QaModule recorder(config, [&](const std::string& name, const std::vector<std::int64_t>& shape) {
    shapes.push_back({name, shape});
    return at::empty(shape, at::TensorOptions().device(at::kMeta));
  });
  return shapes;
}

void initializeParameter(const std::string& name, at::Tensor& parameter, const ModelConfig& config,
                         const c10::optional<at::Generator>& generator) {
  const auto endsWith = [&](const char* suffix) {
    const std::size_t n = std::char_traits<char>::length(suffix);
    return name.size() >= n && name.compare(name.size() - n, n, suffix) == 0;
  };
  at::NoGradGuard noGrad;
  if (name.find("LayerNorm.weight") != std::string::npos) {
    parameter.fill_(1.0);
  } else if (endsWith("bias")) {
    parameter.zero_();
  } else {
    const double range = config.raw.is_object() ? config.raw.value("initializer_range", 0.02) : 0.02;
    parameter.normal_(0.0, range, generator);
  }
  const bool paddedRows = name == "embeddings.word_embeddings.weight" ||
                          (config.family == ModelFamily::Roberta && name == "embeddings.position_embeddings.weight");
  if (paddedRows && config.padTokenId >= 0 && config.padTokenId < parameter.size(0))
    parameter[config.padTokenId].zero_();
}

at::Tensor additiveAttentionMask(const at::Tensor& attentionMask, c10::ScalarType dtype) {
  const at::Tensor keep = attentionMask.unsqueeze(1).unsqueeze(2).to(dtype);
  return at::rsub(keep, 1.0) * lowestFinite(dtype);
}

// -------------------------------------------------------------------------------------- leaves

QaLinearImpl::QaLinearImpl(const ParameterSource& source, const std::string& path, std::int64_t in, std::int64_t out) {
  weight = register_parameter("weight", source(path + ".weight", {out, in}));
  bias = register_parameter("bias", source(path + ".bias", {out}));
}

// Activations stay in the input's dtype (fp32): reduced-precision weights make the product run in
// their dtype (bf16 / fp16 GEMMs, the fast part) and the result comes back to fp32, as autocast
// does. For fp32 weights every .to() is a no-op and the op is transformers' own.
at::Tensor QaLinearImpl::forward(const at::Tensor& input) const {
  const at::ScalarType type = matmulDtype.value_or(weight.scalar_type());
  return at::linear(input.to(type), weight.to(type), bias.to(type)).to(input.scalar_type());
}

QaLayerNormImpl::QaLayerNormImpl(const ParameterSource& source, const std::string& path, std::int64_t size, double eps_)
    : eps(eps_) {
  weight = register_parameter("weight", source(path + ".weight", {size}));
  bias = register_parameter("bias", source(path + ".bias", {size}));
}

// In the activations' dtype: normalisation statistics keep full precision whatever the weights'.
at::Tensor QaLayerNormImpl::forward(const at::Tensor& input) const {
  return at::layer_norm(input, {weight.size(0)}, weight.to(input.scalar_type()), bias.to(input.scalar_type()), eps);
}

QaEmbeddingImpl::QaEmbeddingImpl(const ParameterSource& source, const std::string& path, std::int64_t count,
                                 std::int64_t dim, std::int64_t paddingIdx_)
    : paddingIdx(paddingIdx_ >= 0 && paddingIdx_ < count ? paddingIdx_ : -1) {
  weight = register_parameter("weight", source(path + ".weight", {count, dim}));
}

// Rows come out as fp32, the activations' dtype, whatever the table is stored in.
at::Tensor QaEmbeddingImpl::forward(const at::Tensor& ids) const {
  return at::embedding(weight, ids, paddingIdx, /*scale_grad_by_freq=*/false, /*sparse=*/false).to(at::kFloat);
}

// ---------------------------------------------------------------------------------- embeddings

QaEmbeddingsImpl::QaEmbeddingsImpl(const ModelConfig& config, const ParameterSource& source)
    : family(config.family), padTokenId(config.padTokenId) {
  const bool roberta = family == ModelFamily::Roberta;
  const std::int64_t hidden = config.hiddenSize;
  wordEmbeddings = register_module("word_embeddings", QaEmbedding(source, "embeddings.word_embeddings",
                                                                  config.vocabSize, hidden, config.padTokenId));
  positionEmbeddings = register_module(
      "position_embeddings", QaEmbedding(source, "embeddings.position_embeddings", config.maxPositionEmbeddings, hidden,
                                         roberta ? config.padTokenId : -1));
  tokenTypeEmbeddings = register_module(
      "token_type_embeddings", QaEmbedding(source, "embeddings.token_type_embeddings", config.typeVocabSize, hidden));
  layerNorm = register_module("LayerNorm", QaLayerNorm(source, "embeddings.LayerNorm", hidden, config.layerNormEps));
  dropout = register_module("dropout", makeDropout(config.hiddenDropoutProb));
}

at::Tensor QaEmbeddingsImpl::positionIds(const at::Tensor& inputIds) const {
  if (family == ModelFamily::Bert)
    return at::arange(inputIds.size(1), inputIds.options().dtype(at::kLong)).unsqueeze(0);
  const at::Tensor notPad = inputIds.ne(padTokenId).to(at::kLong);
  return at::cumsum(notPad, 1) * notPad + padTokenId;
}

at::Tensor QaEmbeddingsImpl::forward(const at::Tensor& inputIds, const at::Tensor& tokenTypeIds) {
  // Same summation order as transformers: (word + token type) + position.
  at::Tensor embeddings = wordEmbeddings(inputIds) + tokenTypeEmbeddings(tokenTypeIds);
  embeddings = embeddings + positionEmbeddings(positionIds(inputIds));
  return dropout(layerNorm(embeddings));
}

// ------------------------------------------------------------------------------- encoder layer

QaEncoderLayerImpl::QaEncoderLayerImpl(const ModelConfig& config, const ParameterSource& source,
                                       const std::string& path)
    : numHeads(config.numAttentionHeads), headSize(config.hiddenSize / config.numAttentionHeads) {
  const std::int64_t hidden = config.hiddenSize, inner = config.intermediateSize;
  const double eps = config.layerNormEps;
  auto attention = addGroup(*this, "attention");
  auto self = addGroup(*attention, "self");
  const std::string selfPath = path + ".attention.self.";
  query = self->register_module("query", QaLinear(source, selfPath + "query", hidden, hidden));
  key = self->register_module("key", QaLinear(source, selfPath + "key", hidden, hidden));
  value = self->register_module("value", QaLinear(source, selfPath + "value", hidden, hidden));
  attentionProbsDropout = self->register_module("dropout", makeDropout(config.attentionProbsDropoutProb));

  auto attentionOutput = addGroup(*attention, "output");
  const std::string outPath = path + ".attention.output.";
  attentionOutputDense = attentionOutput->register_module("dense", QaLinear(source, outPath + "dense", hidden, hidden));
  attentionOutputLayerNorm =
      attentionOutput->register_module("LayerNorm", QaLayerNorm(source, outPath + "LayerNorm", hidden, eps));
  attentionOutputDropout = attentionOutput->register_module("dropout", makeDropout(config.hiddenDropoutProb));

  auto intermediate = addGroup(*this, "intermediate");
  intermediateDense =
      intermediate->register_module("dense", QaLinear(source, path + ".intermediate.dense", hidden, inner));

  auto output = addGroup(*this, "output");
  outputDense = output->register_module("dense", QaLinear(source, path + ".output.dense", inner, hidden));
  outputLayerNorm = output->register_module("LayerNorm", QaLayerNorm(source, path + ".output.LayerNorm", hidden, eps));
  outputDropout = output->register_module("dropout", makeDropout(config.hiddenDropoutProb));
}

// transformers' eager BertSelfAttention: softmax(Q Kᵀ / √d + mask) V. Q is scaled before the
// product (B·L·h values instead of B·H·L² scores; exact when √d is a power of two, as for d = 64)
// and the mask is added in place: both passes over the scores cost as much as the product itself.
at::Tensor QaEncoderLayerImpl::selfAttention(const at::Tensor& hidden, const at::Tensor& additiveMask) {
  const std::int64_t batch = hidden.size(0), length = hidden.size(1);
  const auto splitHeads = [&](const at::Tensor& x) {
    return x.view({batch, length, numHeads, headSize}).permute({0, 2, 1, 3});
  };
  const at::Tensor q = splitHeads(query(hidden) * (1.0 / std::sqrt(static_cast<double>(headSize))));
  const at::Tensor k = splitHeads(key(hidden));
  const at::Tensor v = splitHeads(value(hidden));
  at::Tensor scores = at::matmul(q, k.transpose(-1, -2));
  scores.add_(additiveMask);
  const at::Tensor probs = attentionProbsDropout(at::softmax(scores, -1));
  return at::matmul(probs, v).permute({0, 2, 1, 3}).contiguous().view({batch, length, numHeads * headSize});
}

at::Tensor QaEncoderLayerImpl::forward(const at::Tensor& hidden, const at::Tensor& additiveMask) {
  const at::Tensor attended = attentionOutputLayerNorm(
      attentionOutputDropout(attentionOutputDense(selfAttention(hidden, additiveMask))) + hidden);
  const at::Tensor inner = at::gelu(intermediateDense(attended));  // exact erf GELU
  return outputLayerNorm(outputDropout(outputDense(inner)) + attended);
}

// ------------------------------------------------------------------------------------ QA model

QaModuleImpl::QaModuleImpl(const ModelConfig& config, const ParameterSource& source) : config_(config) {
  checkConfig(config);
  embeddings = register_module("embeddings", QaEmbeddings(config, source));
  auto encoder = addGroup(*this, "encoder");
  layers = encoder->register_module("layer", torch::nn::ModuleList());
  for (std::int64_t i = 0; i < config.numHiddenLayers; ++i)
    layers->push_back(QaEncoderLayer(config, source, "encoder.layer." + std::to_string(i)));
  qaOutputs = register_module("qa_outputs", QaLinear(source, "qa_outputs", config.hiddenSize, 2));
}

torch::Device QaModuleImpl::device() const { return qaOutputs->weight.device(); }

void QaModuleImpl::setMatmulDtype(c10::optional<at::ScalarType> dtype) {
  for (const auto& child : modules(/*include_self=*/false))
    if (auto* linear = child->as<QaLinearImpl>()) linear->matmulDtype = dtype;
}

std::string QaModuleImpl::checkpointName(const std::string& parameterName) const {
  return xlqa::checkpointName(config_, parameterName);
}

QaForwardResult QaModuleImpl::forward(const at::Tensor& inputIds, const at::Tensor& attentionMask,
                                      const at::Tensor& tokenTypeIds, bool withHiddenStates) {
  if (!inputIds.defined() || inputIds.dim() != 2) throw std::invalid_argument("input_ids must be a [B, L] tensor");
  checkSameShape(inputIds, attentionMask, "attention_mask");
  checkSameShape(inputIds, tokenTypeIds, "token_type_ids");

  const torch::Device target = device();
  const at::Tensor ids = inputIds.to(target, at::kLong);
  const at::Tensor types = tokenTypeIds.defined() ? tokenTypeIds.to(target, at::kLong) : at::zeros_like(ids);
  const at::Tensor mask = attentionMask.defined() ? attentionMask.to(target) : at::ones_like(ids);

  QaForwardResult result;
  at::Tensor hidden = embeddings(ids, types);
  if (withHiddenStates) result.embeddingOutput = hidden;
  const at::Tensor additiveMask = additiveAttentionMask(mask, hidden.scalar_type());
  for (std::size_t i = 0; i < layers->size(); ++i)
    hidden = layers->ptr<QaEncoderLayerImpl>(i)->forward(hidden, additiveMask);
  if (withHiddenStates) result.lastHiddenState = hidden;

  const at::Tensor logits = qaOutputs(hidden);  // [B, L, 2]
  result.startLogits = logits.select(-1, 0).contiguous();
  result.endLogits = logits.select(-1, 1).contiguous();
  return result;
}

}  // namespace xlqa
