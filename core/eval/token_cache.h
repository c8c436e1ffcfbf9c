#pragma once
// Tokens of every question and context met so far, for one tokenizer. Many questions share a
// paragraph, and a text is shared by every pair of its language, so each is tokenised once:
// evaluation, training and the mAP@k survey all build their windows through one of these.
#include <unordered_map>

#include "core/data/squad_file.h"
#include "core/text/tokenizer.h"

namespace xlqa {

class TokenCache {
 public:
  // Questions are left-stripped and cut to maxQueryLength tokens, as run_qa does.
  TokenCache(const Tokenizer& tokenizer, int maxQueryLength) : tokenizer_(tokenizer), maxQueryLength_(maxQueryLength) {}

  const TokenizedText& question(const Question* question);
  const TokenizedText& context(const Paragraph* paragraph);

 private:
  const Tokenizer& tokenizer_;
  int maxQueryLength_;
  std::unordered_map<const Question*, TokenizedText> questions_;
  std::unordered_map<const Paragraph*, TokenizedText> contexts_;
};

}  // namespace xlqa
