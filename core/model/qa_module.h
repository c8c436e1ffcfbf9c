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
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include <cstdint>

#include "core/model/model_config.h"

namespace xlqa {

struct QaForwardResult {
  at::Tensor startLogits;      // [B, L] float32, every position (padding included)
  at::Tensor endLogits;        // [B, L]
  at::Tensor embeddingOutput;  // [B, L, H] after the embedding LayerNorm; only when asked for
  at::Tensor lastHiddenState;  // [B, L, H] the encoder output fed to qa_outputs; only when asked for
};

// word + token-type + position embeddings, LayerNorm, dropout.
struct QaEmbeddingsImpl : torch::nn::Module {
  explicit QaEmbeddingsImpl(const ModelConfig& config);
  at::Tensor forward(const at::Tensor& inputIds, const at::Tensor& tokenTypeIds);

  // BERT counts 0..L-1 on every row; RoBERTa numbers the non-pad tokens from pad + 1 and gives
  // pad tokens position pad (transformers' create_position_ids_from_input_ids).
  at::Tensor positionIds(const at::Tensor& inputIds) const;

  ModelFamily family;
  std::int64_t padTokenId;
  torch::nn::Embedding wordEmbeddings{nullptr}, positionEmbeddings{nullptr}, tokenTypeEmbeddings{nullptr};
  torch::nn::LayerNorm layerNorm{nullptr};
  torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(QaEmbeddings);

// One post-LN transformer block: self-attention, add & norm, GELU feed-forward, add & norm.
struct QaEncoderLayerImpl : torch::nn::Module {
  explicit QaEncoderLayerImpl(const ModelConfig& config);
  // additiveMask: [B, 1, 1, L], 0 for attended keys and float32 lowest for masked ones.
  at::Tensor forward(const at::Tensor& hidden, const at::Tensor& additiveMask);

  at::Tensor selfAttention(const at::Tensor& hidden, const at::Tensor& additiveMask);

  std::int64_t numHeads, headSize;
  torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr};
  torch::nn::Dropout attentionProbsDropout{nullptr};
  torch::nn::Linear attentionOutputDense{nullptr};
  torch::nn::LayerNorm attentionOutputLayerNorm{nullptr};
  torch::nn::Dropout attentionOutputDropout{nullptr};
  torch::nn::Linear intermediateDense{nullptr};
  torch::nn::Linear outputDense{nullptr};
  torch::nn::LayerNorm outputLayerNorm{nullptr};
  torch::nn::Dropout outputDropout{nullptr};
};
TORCH_MODULE(QaEncoderLayer);

struct QaModuleImpl : torch::nn::Module {
  explicit QaModuleImpl(const ModelConfig& config);

  // inputIds [B, L] integer ids, attentionMask [B, L] of 0/1 (undefined: attend to everything),
  // tokenTypeIds [B, L] or undefined (zeros, as XLM-R always uses). Inputs may live on any
  // device: they are moved to the module's. Values are not range-checked here (an id outside
  // the vocabulary makes the embedding lookup throw); QaModel validates whole batches.
  QaForwardResult forward(const at::Tensor& inputIds, const at::Tensor& attentionMask = {},
                          const at::Tensor& tokenTypeIds = {}, bool withHiddenStates = false);

  const ModelConfig& config() const { return config_; }
  torch::Device device() const;

  // The checkpoint name of one of named_parameters(): the family prefix, except for qa_outputs.
  std::string checkpointName(const std::string& parameterName) const;

  QaEmbeddings embeddings{nullptr};
  torch::nn::ModuleList layers{nullptr};  // registered as "encoder.layer"
  torch::nn::Linear qaOutputs{nullptr};   // [2, H]: row 0 start, row 1 end

 private:
  ModelConfig config_;
};
TORCH_MODULE(QaModule);

// HF's extended attention mask: (1 - mask) * lowest float, shaped [B, 1, 1, L] to broadcast over
// heads and query rows (padded query rows are still computed; they attend to the real keys).
at::Tensor additiveAttentionMask(const at::Tensor& attentionMask, c10::ScalarType dtype);

}  // namespace xlqa
