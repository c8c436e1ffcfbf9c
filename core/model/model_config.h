#pragma once
// config.json of a Hugging Face BERT / XLM-R (RoBERTa) checkpoint: the fields the encoder needs.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace xlqa {

enum class ModelFamily { Bert, Roberta };  // Roberta covers model_type "xlm-roberta" and "roberta"

struct ModelConfig {
  ModelFamily family = ModelFamily::Bert;
  std::string modelType;  // as written: "bert", "xlm-roberta", "roberta"
  std::int64_t vocabSize = 0;
  std::int64_t hiddenSize = 0;
  std::int64_t numHiddenLayers = 0;
  std::int64_t numAttentionHeads = 0;
  std::int64_t intermediateSize = 0;
  std::int64_t maxPositionEmbeddings = 0;
  std::int64_t typeVocabSize = 0;
  std::int64_t padTokenId = 0;
  double layerNormEps = 1e-12;
  std::string hiddenAct = "gelu";  // only the exact erf GELU ("gelu") is accepted
  double hiddenDropoutProb = 0.1;
  double attentionProbsDropoutProb = 0.1;
  nlohmann::json raw;  // the whole file, written back unchanged (plus updates) on save

  std::string weightPrefix() const { return family == ModelFamily::Bert ? "bert." : "roberta."; }
  // Longest input the position embeddings allow: max_position_embeddings, less pad_token_id + 1
  // for RoBERTa, whose positions start after the padding index (514 -> 512).
  std::int64_t maxSequenceLength() const;
};

// config.json of an XLM-R question-answering model, every field transformers writes, with this
// shape (max_position_embeddings includes RoBERTa's offset of pad + 1: 514 for 512 tokens).
struct XlmrShape {
  std::int64_t vocabSize = 250002, hiddenSize = 768, layers = 12, heads = 12, intermediateSize = 3072;
  std::int64_t maxPositionEmbeddings = 514;
  double dropout = 0.1;
};
nlohmann::json xlmrQaConfigJson(const XlmrShape& shape);

// Throws FileError naming the file and the field (missing, wrong type, unsupported value).
ModelConfig loadModelConfig(const std::string& path);
ModelConfig parseModelConfig(const nlohmann::json& json, const std::string& pathForMessages);

}  // namespace xlqa
