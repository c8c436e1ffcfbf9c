#pragma once
// transformers' slow BertTokenizer (4.46.3): special tokens typed in the text, BasicTokenizer
// (cleaning, CJK spacing, NFC, whitespace and punctuation splitting, optional lower-casing and
// accent stripping) and greedy longest-match WordPiece, with code point offsets into the text.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/tokenizer.h"

namespace xlqa {

// The tokenizer_config.json settings that change tokenisation.
struct WordPieceOptions {
  bool lowerCase = false;            // do_lower_case
  std::optional<bool> stripAccents;  // strip_accents; unset: strip when lower-casing (BERT's rule)
};

class WordPieceTokenizer : public Tokenizer {
 public:
  // Reads vocab.txt (one token per line, the line number is the id). Throws FileError when
  // the file cannot be read or lacks one of [PAD] [UNK] [CLS] [SEP] [MASK].
  explicit WordPieceTokenizer(const std::string& vocabPath, WordPieceOptions options = {});

  std::string kind() const override { return "wordpiece"; }
  TokenizedText tokenize(std::string_view text) const override;
  const PairTemplate& pairTemplate() const override { return template_; }
  std::int64_t padId() const override { return padId_; }
  std::int64_t vocabSize() const override { return lineCount_; }  // lines, so every id is < it

  const WordPieceOptions& options() const { return options_; }
  // The id of a vocabulary string (the last line wins, as in transformers), or -1.
  std::int64_t tokenToId(std::string_view token) const;

  // One character of normalised text and the code points [begin, end) of the original text it
  // came from. Public only so the .cpp's helpers can name it.
  struct NormChar {
    char32_t cp;
    std::int32_t begin;
    std::int32_t end;
  };

 private:
  void tokenizeChunk(std::u32string_view chunk, std::int32_t base, TokenizedText& out) const;
  void splitWord(const NormChar* chars, std::size_t count, TokenizedText& out) const;
  void wordPiece(const NormChar* chars, std::size_t count, TokenizedText& out) const;

  WordPieceOptions options_;
  std::unordered_map<std::string, std::int64_t> vocab_;
  std::int64_t lineCount_ = 0;
  std::size_t longestToken_ = 0;  // in code points: no piece can be longer
  std::vector<std::u32string> specialTokens_;
  std::vector<std::int64_t> specialIds_;
  std::int64_t unkId_ = 0, padId_ = 0;
  PairTemplate template_;
};

}  // namespace xlqa
