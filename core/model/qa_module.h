#pragma once
// The BERT / XLM-R encoder with the extractive-QA head as a LibTorch module, for code that works
// on tensors (QaModel, the evaluation engine, the trainer). Internal header: it pulls in the
// LibTorch nn headers (~20 s per translation unit), so keep it out of Qt and widget code.
//
// named_parameters() gives the Hugging Face names without the "bert." / "roberta." prefix
// ("embeddings.word_embeddings.weight", "encoder.layer.0.attention.self.query.weight", ...,
// "qa_outputs.weight"), so a checkpoint maps onto the module one to one. The arithmetic follows
// transformers' eager BertForQuestionAnswering / XLMRobertaForQuestionAnswering op for op, so
// float32 results agree with Hugging Face to rounding (see ../shared/fixtures/hf-parity).
//
// The modules never initialise anything: every parameter comes from a ParameterSource, which
// hands out the checkpoint's own tensors (memory-mapped, no copy) when loading, or seeded random
// ones for a new model. A 278M-parameter model is thus never held twice.
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/dropout.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/model/compute_dtype.h"
#include "core/model/model_config.h"

namespace xlqa {

struct QaForwardResult {
  at::Tensor startLogits;      // [B, L] float32, every position (padding included)
  at::Tensor endLogits;        // [B, L]
  at::Tensor embeddingOutput;  // [B, L, H] after the embedding LayerNorm; only when asked for
  at::Tensor lastHiddenState;  // [B, L, H] the encoder output fed to qa_outputs; only when asked for
};

// The checkpoint name of a parameter (named_parameters() form): the family prefix ("bert.",
// "roberta."), except for the QA head, which transformers keeps unprefixed.
std::string checkpointName(const ModelConfig& config, const std::string& parameterName);

// The at::ScalarType a model computing in `dtype` uses for its reduced-precision tensors.
at::ScalarType scalarType(ComputeDtype dtype);

// The tensor for the parameter `name` (named_parameters() form, "encoder.layer.0.output.dense.bias")
// of the given shape. What it returns is registered as it is (no copy, no conversion).
using ParameterSource = std::function<at::Tensor(const std::string& name, const std::vector<std::int64_t>& shape)>;

// torch::nn's Linear, LayerNorm and Embedding allocate and randomly initialise their parameters
// when built; these leaves take them from the source instead. Same ops, same parameter names.
struct QaLinearImpl : torch::nn::Module {
  QaLinearImpl(const ParameterSource& source, const std::string& path, std::int64_t in, std::int64_t out);
  at::Tensor forward(const at::Tensor& input) const;
  at::Tensor weight, bias;  // [out, in], [out]
  // The product's dtype when it differs from the weights' (mixed-precision training over fp32
  // master weights: the weights are cast per pass, and their gradients flow back as fp32).
  c10::optional<at::ScalarType> matmulDtype;
};
TORCH_MODULE(QaLinear);

struct QaLayerNormImpl : torch::nn::Module {
  QaLayerNormImpl(const ParameterSource& source, const std::string& path, std::int64_t size, double eps);
  at::Tensor forward(const at::Tensor& input) const;
  at::Tensor weight, bias;
  double eps;
};
TORCH_MODULE(QaLayerNorm);

struct QaEmbeddingImpl : torch::nn::Module {
  // paddingIdx < 0: none. The padding row gets no gradient, as in transformers.
  QaEmbeddingImpl(const ParameterSource& source, const std::string& path, std::int64_t count, std::int64_t dim,
                  std::int64_t paddingIdx = -1);
  at::Tensor forward(const at::Tensor& ids) const;
  at::Tensor weight;  // [count, dim]
  std::int64_t paddingIdx;
};
TORCH_MODULE(QaEmbedding);

// word + token-type + position embeddings, LayerNorm, dropout.
struct QaEmbeddingsImpl : torch::nn::Module {
  QaEmbeddingsImpl(const ModelConfig& config, const ParameterSource& source);
  at::Tensor forward(const at::Tensor& inputIds, const at::Tensor& tokenTypeIds);

  // BERT counts 0..L-1 on every row; RoBERTa numbers the non-pad tokens from pad + 1 and gives
  // pad tokens position pad (transformers' create_position_ids_from_input_ids).
  at::Tensor positionIds(const at::Tensor& inputIds) const;

  ModelFamily family;
  std::int64_t padTokenId;
  QaEmbedding wordEmbeddings{nullptr}, positionEmbeddings{nullptr}, tokenTypeEmbeddings{nullptr};
  QaLayerNorm layerNorm{nullptr};
  torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(QaEmbeddings);

// One post-LN transformer block: self-attention, add & norm, GELU feed-forward, add & norm.
struct QaEncoderLayerImpl : torch::nn::Module {
  QaEncoderLayerImpl(const ModelConfig& config, const ParameterSource& source, const std::string& path);
  // additiveMask: [B, 1, 1, L], 0 for attended keys and float32 lowest for masked ones.
  at::Tensor forward(const at::Tensor& hidden, const at::Tensor& additiveMask);

  at::Tensor selfAttention(const at::Tensor& hidden, const at::Tensor& additiveMask);

  std::int64_t numHeads, headSize;
  QaLinear query{nullptr}, key{nullptr}, value{nullptr};
  torch::nn::Dropout attentionProbsDropout{nullptr};
  QaLinear attentionOutputDense{nullptr};
  QaLayerNorm attentionOutputLayerNorm{nullptr};
  torch::nn::Dropout attentionOutputDropout{nullptr};
  QaLinear intermediateDense{nullptr};
  QaLinear outputDense{nullptr};
  QaLayerNorm outputLayerNorm{nullptr};
  torch::nn::Dropout outputDropout{nullptr};
};
TORCH_MODULE(QaEncoderLayer);

struct QaModuleImpl : torch::nn::Module {
  // Throws std::invalid_argument for an inconsistent config; parameters come from `source` in
  // named_parameters() order.
  QaModuleImpl(const ModelConfig& config, const ParameterSource& source);

  // inputIds [B, L] integer ids, attentionMask [B, L] of 0/1 (undefined: attend to everything),
  // tokenTypeIds [B, L] or undefined (zeros, as XLM-R always uses). Activations are fp32 whatever
  // the parameters' dtype: bf16 / fp16 weights only make the matrix products run in that dtype
  // (LayerNorm, softmax, GELU and the residual stream stay fp32). Inputs may live on any
  // device: they are moved to the module's. Values are not range-checked here (an id outside
  // the vocabulary makes the embedding lookup throw); QaModel validates whole batches.
  QaForwardResult forward(const at::Tensor& inputIds, const at::Tensor& attentionMask = {},
                          const at::Tensor& tokenTypeIds = {}, bool withHiddenStates = false);

  const ModelConfig& config() const { return config_; }
  torch::Device device() const;
  // Runs every encoder and head product in `dtype` (nullopt: in the weights' own dtype).
  void setMatmulDtype(c10::optional<at::ScalarType> dtype);

  // The checkpoint name of one of named_parameters(): the family prefix, except for qa_outputs.
  std::string checkpointName(const std::string& parameterName) const;

  QaEmbeddings embeddings{nullptr};
  torch::nn::ModuleList layers{nullptr};  // registered as "encoder.layer"
  QaLinear qaOutputs{nullptr};            // [2, H]: row 0 start, row 1 end

 private:
  ModelConfig config_;
};
TORCH_MODULE(QaModule);

// Every parameter of a model of `config` with its shape, in named_parameters() order (built on
// meta tensors: nothing is allocated).
struct ParameterShape {
  std::string name;  // named_parameters() form
  std::vector<std::int64_t> shape;
};
std::vector<ParameterShape> parameterShapes(const ModelConfig& config);

// The dtype a parameter (named_parameters() form) stored as `stored` takes in a model computing in
// `compute`: everything fp32 in an fp32 model; otherwise the encoder's matrices with their biases (the products, 85% of
// a base model's weights and nearly all its work) take `compute`; the word-embedding table stays as stored (a lookup
// reads a few rows: converting the whole table would cost memory and fidelity for nothing); LayerNorm, position and
// type embeddings and the QA head stay fp32 (tiny, and the head decides the spans).
at::ScalarType parameterDtype(const std::string& name, at::ScalarType stored, at::ScalarType compute);

// transformers' _init_weights for BERT / RoBERTa in place: LayerNorm weights 1, biases 0, other
// weights N(0, initializer_range) from `generator` (the global one when undefined), and the
// padding rows of the word (and RoBERTa position) embeddings 0.
void initializeParameter(const std::string& name, at::Tensor& parameter, const ModelConfig& config,
                         const c10::optional<at::Generator>& generator = c10::nullopt);

// HF's extended attention mask: (1 - mask) * lowest float, shaped [B, 1, 1, L] to broadcast over
// heads and query rows (padded query rows are still computed; they attend to the real keys).
at::Tensor additiveAttentionMask(const at::Tensor& attentionMask, c10::ScalarType dtype);

}  // namespace xlqa
