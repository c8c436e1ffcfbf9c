#include "core/text/tokenizer.h"

#include <filesystem>
#include <optional>
#include <stdexcept>

#include "core/io/json_file.h"
#include "core/text/sentencepiece_tokenizer.h"
#include "core/text/wordpiece_tokenizer.h"

namespace xlqa {
namespace {

void appendAdded(Encoding& e, const std::vector<std::int64_t>& ids, const std::vector<std::string>& tokens,
                 std::int64_t typeId) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    e.ids.push_back(ids[i]);
    e.typeIds.push_back(typeId);
    e.sequenceIds.push_back(-1);
    e.tokens.push_back(i < tokens.size() ? tokens[i] : std::string());
    e.offsets.push_back({});
  }
}

void appendText(Encoding& e, const TokenizedText& t, std::size_t begin, std::size_t end, std::int64_t typeId,
                std::int8_t sequenceId) {
  for (std::size_t i = begin; i < end; ++i) {
    e.ids.push_back(t.ids[i]);
    e.typeIds.push_back(typeId);
    e.sequenceIds.push_back(sequenceId);
    e.tokens.push_back(t.tokens[i]);
    e.offsets.push_back(t.offsets[i]);
  }
}

// A JSON boolean setting; nullopt when absent or null.
std::optional<bool> optionalBool(const nlohmann::json& config, const char* key, const std::string& path) {
  const auto it = config.find(key);
  if (it == config.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean())
    throw FileError(path, Message(XLQA_TR("Tokenizer", "\"%1\" must be true, false or null"), key));
  return it->get<bool>();
}

}  // namespace

Encoding Tokenizer::encode(std::string_view text) const {
  const TokenizedText t = tokenize(text);
  const PairTemplate& p = pairTemplate();
  Encoding e;
  appendAdded(e, p.prefix, p.prefixTokens, 0);
  appendText(e, t, 0, t.ids.size(), 0, 0);
  appendAdded(e, p.suffix, p.suffixTokens, 0);
  return e;
}

Encoding Tokenizer::encodePair(std::string_view first, std::string_view second) const {
  const TokenizedText context = tokenize(second);
  return assemblePair(tokenize(first), context, 0, context.ids.size());
}

Encoding Tokenizer::assemblePair(const TokenizedText& first, const TokenizedText& second, std::size_t begin,
                                 std::size_t end) const {
  if (begin > end || end > second.ids.size())
    throw std::out_of_range("assemblePair: token range outside the second text");
  const PairTemplate& p = pairTemplate();
  Encoding e;
  const std::size_t total = p.addedTokens() + first.ids.size() + (end - begin);
  e.ids.reserve(total);
  e.typeIds.reserve(total);
  e.sequenceIds.reserve(total);
  e.tokens.reserve(total);
  e.offsets.reserve(total);
  appendAdded(e, p.prefix, p.prefixTokens, 0);
  appendText(e, first, 0, first.ids.size(), 0, 0);
  appendAdded(e, p.middle, p.middleTokens, 0);
  appendText(e, second, begin, end, p.secondTypeId, 1);
  appendAdded(e, p.suffix, p.suffixTokens, p.secondTypeId);
  return e;
}

std::unique_ptr<Tokenizer> loadTokenizer(const std::string& modelDir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(modelDir, ec))
    throw FileError(modelDir, Message(XLQA_TR("Tokenizer", "not a folder (expected a model folder)")));
  const fs::path dir(modelDir);
  const std::string vocab = (dir / "vocab.txt").string();
  const std::string spm = (dir / "sentencepiece.bpe.model").string();
  const std::string configPath = (dir / "tokenizer_config.json").string();

  nlohmann::json config = nlohmann::json::object();
  if (fs::exists(configPath, ec)) {
    config = readJsonFile(configPath);
    if (!config.is_object()) throw FileError(configPath, Message(XLQA_TR("Tokenizer", "expected a JSON object")));
  }
  const bool hasVocab = fs::is_regular_file(vocab, ec);
  const bool hasSpm = fs::is_regular_file(spm, ec);
  // Both files present: tokenizer_class decides, as it would for transformers.
  const std::string tokenizerClass = config.value("tokenizer_class", std::string());
  const bool preferSpm = tokenizerClass.rfind("XLMRoberta", 0) == 0;

  if (hasVocab && !(hasSpm && preferSpm)) {
    WordPieceOptions options;
    options.lowerCase = optionalBool(config, "do_lower_case", configPath).value_or(false);
    options.stripAccents = optionalBool(config, "strip_accents", configPath);
    return std::make_unique<WordPieceTokenizer>(vocab, options);
  }
  if (hasSpm) return std::make_unique<SentencePieceTokenizer>(spm);
  const MessageTemplate noTokenizer = XLQA_TR(
      "Tokenizer", "no tokenizer: neither vocab.txt (WordPiece) nor sentencepiece.bpe.model (SentencePiece) is there");
  throw FileError(modelDir, Message(noTokenizer));
}

}  // namespace xlqa
