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

torch::nn::Linear makeLinear(std::int64_t in, std::int64_t out) {
  return torch::nn::Linear(torch::nn::LinearOptions(in, out));
}

torch::nn::LayerNorm makeLayerNorm(const ModelConfig& config) {
  return torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.hiddenSize}).eps(config.layerNormEps));
}

torch::nn::Dropout makeDropout(double p) { return torch::nn::Dropout(torch::nn::DropoutOptions(p)); }

// padding_idx only matters for training (no gradient reaches the pad row), as in transformers.
torch::nn::Embedding makeEmbedding(std::int64_t count, std::int64_t dim, std::int64_t paddingIdx = -1) {
  torch::nn::EmbeddingOptions options(count, dim);
  if (paddingIdx >= 0 && paddingIdx < count) options.padding_idx(paddingIdx);
  return torch::nn::Embedding(options);
}

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

at::Tensor additiveAttentionMask(const at::Tensor& attentionMask, c10::ScalarType dtype) {
  const at::Tensor keep = attentionMask.unsqueeze(1).unsqueeze(2).to(dtype);
  return at::rsub(keep, 1.0) * lowestFinite(dtype);
}

// ---------------------------------------------------------------------------------- embeddings

QaEmbeddingsImpl::QaEmbeddingsImpl(const ModelConfig& config)
    : family(config.family), padTokenId(config.padTokenId) {
  const bool roberta = family == ModelFamily::Roberta;
  wordEmbeddings = register_module("word_embeddings",
                                   makeEmbedding(config.vocabSize, config.hiddenSize, config.padTokenId));
  positionEmbeddings = register_module(
      "position_embeddings",
      makeEmbedding(config.maxPositionEmbeddings, config.hiddenSize, roberta ? config.padTokenId : -1));
  tokenTypeEmbeddings = register_module("token_type_embeddings", makeEmbedding(config.typeVocabSize, config.hiddenSize));
  layerNorm = register_module("LayerNorm", makeLayerNorm(config));
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

QaEncoderLayerImpl::QaEncoderLayerImpl(const ModelConfig& config)
    : numHeads(config.numAttentionHeads), headSize(config.hiddenSize / config.numAttentionHeads) {
  const std::int64_t hidden = config.hiddenSize;
  auto attention = addGroup(*this, "attention");
  auto self = addGroup(*attention, "self");
  query = self->register_module("query", makeLinear(hidden, hidden));
  key = self->register_module("key", makeLinear(hidden, hidden));
  value = self->register_module("value", makeLinear(hidden, hidden));
  attentionProbsDropout = self->register_module("dropout", makeDropout(config.attentionProbsDropoutProb));

  auto attentionOutput = addGroup(*attention, "output");
  attentionOutputDense = attentionOutput->register_module("dense", makeLinear(hidden, hidden));
  attentionOutputLayerNorm = attentionOutput->register_module("LayerNorm", makeLayerNorm(config));
  attentionOutputDropout = attentionOutput->register_module("dropout", makeDropout(config.hiddenDropoutProb));

  auto intermediate = addGroup(*this, "intermediate");
  intermediateDense = intermediate->register_module("dense", makeLinear(hidden, config.intermediateSize));

  auto output = addGroup(*this, "output");
  outputDense = output->register_module("dense", makeLinear(config.intermediateSize, hidden));
  outputLayerNorm = output->register_module("LayerNorm", makeLayerNorm(config));
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

QaModuleImpl::QaModuleImpl(const ModelConfig& config) : config_(config) {
  checkConfig(config);
  embeddings = register_module("embeddings", QaEmbeddings(config));
  auto encoder = addGroup(*this, "encoder");
  layers = encoder->register_module("layer", torch::nn::ModuleList());
  for (std::int64_t i = 0; i < config.numHiddenLayers; ++i) layers->push_back(QaEncoderLayer(config));
  qaOutputs = register_module("qa_outputs", makeLinear(config.hiddenSize, 2));
}

torch::Device QaModuleImpl::device() const { return qaOutputs->weight.device(); }

std::string QaModuleImpl::checkpointName(const std::string& parameterName) const {
  return parameterName.rfind("qa_outputs.", 0) == 0 ? parameterName : config_.weightPrefix() + parameterName;
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
  for (std::size_t i = 0; i < layers->size(); ++i) hidden = layers->ptr<QaEncoderLayerImpl>(i)->forward(hidden, additiveMask);
  if (withHiddenStates) result.lastHiddenState = hidden;

  const at::Tensor logits = qaOutputs(hidden);  // [B, L, 2]
  result.startLogits = logits.select(-1, 0).contiguous();
  result.endLogits = logits.select(-1, 1).contiguous();
  return result;
}

}  // namespace xlqa
