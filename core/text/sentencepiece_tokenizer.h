#pragma once
// transformers' slow XLMRobertaTokenizer (4.46.3): special tokens typed in the text split out
// first (<mask> eats the whitespace before it), every other chunk encoded by libsentencepiece
// on its own, ids mapped the fairseq way (<s> 0, <pad> 1, </s> 2, <unk> 3, spm id + 1,
// <mask> = pieces + 1). libsentencepiece is reached through the dlopen'ed shim in spm_shim/.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/text/tokenizer.h"

namespace xlqa {

class SentencePieceTokenizer : public Tokenizer {
 public:
  // Loads the shim (once per process) and the model. Throws FileError naming the shim when it
  // is missing or cannot be loaded, or naming the model file when sentencepiece rejects it.
  explicit SentencePieceTokenizer(const std::string& modelPath);
  ~SentencePieceTokenizer() override;
  SentencePieceTokenizer(const SentencePieceTokenizer&) = delete;
  SentencePieceTokenizer& operator=(const SentencePieceTokenizer&) = delete;

  std::string kind() const override { return "sentencepiece"; }
  TokenizedText tokenize(std::string_view text) const override;
  const PairTemplate& pairTemplate() const override { return template_; }
  std::int64_t padId() const override { return kPadId; }
  std::int64_t vocabSize() const override { return pieceCount_ + 2; }  // + <pad> + <mask>

  std::int64_t maskId() const { return pieceCount_ + 1; }

  static constexpr std::int64_t kBosId = 0, kPadId = 1, kEosId = 2, kUnkId = 3;

 private:
  struct Model;
  void encodeChunk(std::u32string_view chunk, std::int32_t base, TokenizedText& out) const;

  std::unique_ptr<Model> model_;
  std::int64_t pieceCount_ = 0;
  PairTemplate template_;
};

}  // namespace xlqa
