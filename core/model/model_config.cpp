#include "core/model/model_config.h"

#include "core/io/json_file.h"

namespace xlqa {
namespace {

using nlohmann::json;

// Errors read "<path>: <field>: <problem>" so a user can fix config.json by hand.
[[noreturn]] void fail(const std::string& path, const std::string& field, const Message& problem) {
  throw FileError(path, Message(XLQA_TR("ModelConfig", "%1: %2"), field, problem));
}

template <class... Args>
[[noreturn]] void fail(const std::string& path, const std::string& field, MessageTemplate problem,
                       const Args&... args) {
  fail(path, field, Message(problem, args...));
}

// The value as it appears in the file, shortened: error messages quote what was found.
std::string quoted(const json& value) {
  std::string text = value.dump();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return text;
}

std::int64_t requiredInteger(const json& config, const std::string& field, const std::string& path) {
  const auto it = config.find(field);
  if (it == config.end()) fail(path, field, XLQA_TR("ModelConfig", "missing (an integer is required)"));
  // nlohmann keeps 32 and 32.0 apart: only the former is an integer. Unsigned values beyond
  // int64 cannot be a sensible size either.
  if (!it->is_number_integer()) fail(path, field, XLQA_TR("ModelConfig", "must be an integer, found %1"), quoted(*it));
  if (it->is_number_unsigned() && it->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
    fail(path, field, XLQA_TR("ModelConfig", "value %1 is too large"), quoted(*it));
  }
  return it->get<std::int64_t>();
}

// Optional number: absent or null gives the default (transformers' own default).
double optionalNumber(const json& config, const std::string& field, double fallback, const std::string& path) {
  const auto it = config.find(field);
  if (it == config.end() || it->is_null()) return fallback;
  if (!it->is_number()) fail(path, field, XLQA_TR("ModelConfig", "must be a number, found %1"), quoted(*it));
  return it->get<double>();
}

std::string requiredString(const json& config, const std::string& field, const std::string& path) {
  const auto it = config.find(field);
  if (it == config.end()) fail(path, field, XLQA_TR("ModelConfig", "missing (a string is required)"));
  if (!it->is_string()) fail(path, field, XLQA_TR("ModelConfig", "must be a string, found %1"), quoted(*it));
  return it->get<std::string>();
}

ModelFamily familyOf(const std::string& modelType, const std::string& path) {
  if (modelType == "bert") return ModelFamily::Bert;
  if (modelType == "xlm-roberta" || modelType == "roberta") return ModelFamily::Roberta;
  fail(path, "model_type",
       XLQA_TR("ModelConfig", "\"%1\" is not supported; expected \"bert\", \"xlm-roberta\" or \"roberta\""), modelType);
}

// Only the exact erf GELU is implemented; a tanh or ReLU model would load and silently
// produce different logits, so refuse it here with the reason.
void checkActivation(const std::string& act, const std::string& path) {
  if (act == "gelu") return;
  Message why(XLQA_TR("ModelConfig", "\"%1\" is not supported; only \"gelu\" (the exact erf GELU) is implemented"),
              act);
  if (act == "gelu_new" || act == "gelu_pytorch_tanh" || act == "gelu_fast")
    why = Message(XLQA_TR("ModelConfig", "%1 (this one is the tanh approximation)"), why);
  fail(path, "hidden_act", why);
}

void checkPositive(std::int64_t value, const std::string& field, const std::string& path) {
  if (value <= 0) fail(path, field, XLQA_TR("ModelConfig", "must be positive, found %1"), value);
}

void checkProbability(double value, const std::string& field, const std::string& path) {
  if (!(value >= 0.0 && value < 1.0))
    fail(path, field, XLQA_TR("ModelConfig", "must be in [0, 1), found %1"), std::to_string(value));
}

void validate(const ModelConfig& c, const std::string& path) {
  checkPositive(c.vocabSize, "vocab_size", path);
  checkPositive(c.hiddenSize, "hidden_size", path);
  checkPositive(c.numHiddenLayers, "num_hidden_layers", path);
  checkPositive(c.numAttentionHeads, "num_attention_heads", path);
  checkPositive(c.intermediateSize, "intermediate_size", path);
  checkPositive(c.maxPositionEmbeddings, "max_position_embeddings", path);
  checkPositive(c.typeVocabSize, "type_vocab_size", path);
  if (c.hiddenSize % c.numAttentionHeads != 0) {
    fail(path, "hidden_size", XLQA_TR("ModelConfig", "%1 is not divisible by num_attention_heads %2"), c.hiddenSize,
         c.numAttentionHeads);
  }
  if (c.padTokenId < 0 || c.padTokenId >= c.vocabSize) {
    fail(path, "pad_token_id", XLQA_TR("ModelConfig", "%1 is outside the vocabulary [0, %2)"), c.padTokenId,
         c.vocabSize);
  }
  if (c.maxSequenceLength() <= 0) {
    const MessageTemplate noPosition =
        XLQA_TR("ModelConfig",
                "%1 leaves no usable position after pad_token_id %2 (RoBERTa positions start at pad_token_id + 1)");
    fail(path, "max_position_embeddings", noPosition, c.maxPositionEmbeddings, c.padTokenId);
  }
  if (!(c.layerNormEps > 0.0))
    fail(path, "layer_norm_eps", XLQA_TR("ModelConfig", "must be positive, found %1"), std::to_string(c.layerNormEps));
  checkProbability(c.hiddenDropoutProb, "hidden_dropout_prob", path);
  checkProbability(c.attentionProbsDropoutProb, "attention_probs_dropout_prob", path);
}

}  // namespace

std::int64_t ModelConfig::maxSequenceLength() const {
  return family == ModelFamily::Bert ? maxPositionEmbeddings : maxPositionEmbeddings - padTokenId - 1;
}

ModelConfig parseModelConfig(const nlohmann::json& json, const std::string& pathForMessages) {
  const std::string& path = pathForMessages;
  if (!json.is_object())
    throw FileError(path, Message(XLQA_TR("ModelConfig", "expected a JSON object at the top level of config.json")));

  ModelConfig c;
  c.modelType = requiredString(json, "model_type", path);
  c.family = familyOf(c.modelType, path);
  c.vocabSize = requiredInteger(json, "vocab_size", path);
  c.hiddenSize = requiredInteger(json, "hidden_size", path);
  c.numHiddenLayers = requiredInteger(json, "num_hidden_layers", path);
  c.numAttentionHeads = requiredInteger(json, "num_attention_heads", path);
  c.intermediateSize = requiredInteger(json, "intermediate_size", path);
  c.maxPositionEmbeddings = requiredInteger(json, "max_position_embeddings", path);
  c.typeVocabSize = requiredInteger(json, "type_vocab_size", path);
  c.padTokenId = requiredInteger(json, "pad_token_id", path);
  c.layerNormEps = optionalNumber(json, "layer_norm_eps", 1e-12, path);
  if (json.contains("hidden_act")) c.hiddenAct = requiredString(json, "hidden_act", path);
  checkActivation(c.hiddenAct, path);
  // Relative position embeddings change the attention itself; the encoder only has absolute ones.
  if (json.contains("position_embedding_type")) {
    const std::string kind = requiredString(json, "position_embedding_type", path);
    if (kind != "absolute")
      fail(path, "position_embedding_type", XLQA_TR("ModelConfig", "\"%1\" is not supported; only \"absolute\""), kind);
  }
  c.hiddenDropoutProb = optionalNumber(json, "hidden_dropout_prob", 0.1, path);
  c.attentionProbsDropoutProb = optionalNumber(json, "attention_probs_dropout_prob", 0.1, path);
  validate(c, path);
  c.raw = json;
  return c;
}

ModelConfig loadModelConfig(const std::string& path) { return parseModelConfig(readJsonFile(path), path); }

json xlmrQaConfigJson(const XlmrShape& shape) {
  return {
      {"architectures", {"XLMRobertaForQuestionAnswering"}},
      {"model_type", "xlm-roberta"},
      {"vocab_size", shape.vocabSize},
      {"hidden_size", shape.hiddenSize},
      {"num_hidden_layers", shape.layers},
      {"num_attention_heads", shape.heads},
      {"intermediate_size", shape.intermediateSize},
      {"max_position_embeddings", shape.maxPositionEmbeddings},
      {"type_vocab_size", 1},
      {"pad_token_id", 1},
      {"bos_token_id", 0},
      {"eos_token_id", 2},
      {"layer_norm_eps", 1e-5},
      {"hidden_act", "gelu"},
      {"hidden_dropout_prob", shape.dropout},
      {"attention_probs_dropout_prob", shape.dropout},
      {"initializer_range", 0.02},
      {"position_embedding_type", "absolute"},
      {"torch_dtype", "float32"},
  };
}

}  // namespace xlqa
