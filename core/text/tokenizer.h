#pragma once
// Tokenizers of the two model families, with character offsets on every token so spans map
// back to the original text exactly. WordPiece (mBERT, vocab.txt) and SentencePiece (XLM-R,
// sentencepiece.bpe.model with the fairseq id mapping) reproduce transformers' slow tokenizers.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace xlqa {

// [begin, end) in Unicode code points into the text the token came from.
struct CharSpan {
  std::int32_t begin = 0;
  std::int32_t end = 0;
};

// One text tokenised without added special tokens.
struct TokenizedText {
  std::vector<std::int64_t> ids;
  std::vector<std::string> tokens;  // the vocabulary strings ("##ing", "▁the")
  std::vector<CharSpan> offsets;    // one per token
};

// A model input: [CLS] q [SEP] c [SEP] (BERT) or <s> q </s></s> c </s> (XLM-R).
struct Encoding {
  std::vector<std::int64_t> ids;
  std::vector<std::int64_t> typeIds;     // token_type_ids (all 0 for XLM-R)
  std::vector<std::int8_t> sequenceIds;  // -1 added token, 0 first text, 1 second text
  std::vector<std::string> tokens;
  std::vector<CharSpan> offsets;  // meaningful where sequenceIds >= 0
};

// How added tokens wrap one or two texts.
struct PairTemplate {
  std::vector<std::int64_t> prefix;  // [CLS] / <s>
  std::vector<std::int64_t> middle;  // [SEP] / </s></s>
  std::vector<std::int64_t> suffix;  // [SEP] / </s>
  std::vector<std::string> prefixTokens, middleTokens, suffixTokens;
  std::int64_t secondTypeId = 0;  // 1 for BERT: the second text and its [SEP]
  std::size_t addedTokens() const { return prefix.size() + middle.size() + suffix.size(); }
};

class Tokenizer {
 public:
  virtual ~Tokenizer() = default;

  virtual std::string kind() const = 0;  // "wordpiece" or "sentencepiece"
  virtual TokenizedText tokenize(std::string_view text) const = 0;
  virtual const PairTemplate& pairTemplate() const = 0;
  virtual std::int64_t padId() const = 0;
  virtual std::int64_t vocabSize() const = 0;

  Encoding encode(std::string_view text) const;  // single text: prefix t suffix
  Encoding encodePair(std::string_view first, std::string_view second) const;
  // Assembles first + second[begin, end) with the template: what QA windows are made of.
  Encoding assemblePair(const TokenizedText& first, const TokenizedText& second, std::size_t begin,
                        std::size_t end) const;
};

// The tokenizer of a model folder: vocab.txt -> WordPiece (cased unless tokenizer_config.json
// says do_lower_case), sentencepiece.bpe.model -> SentencePiece. Throws FileError naming the
// folder when neither is there, or the file and the problem when one is unusable.
std::unique_ptr<Tokenizer> loadTokenizer(const std::string& modelDir);

}  // namespace xlqa
