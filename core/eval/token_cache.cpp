#include "core/eval/token_cache.h"

#include "core/eval/predictor.h"
#include "core/eval/qa_features.h"

namespace xlqa {

const TokenizedText& TokenCache::question(const Question* question) {
  auto it = questions_.find(question);
  if (it == questions_.end())
    it = questions_
             .emplace(question, truncateQuestion(tokenizer_.tokenize(leftStripped(question->text)), maxQueryLength_))
             .first;
  return it->second;
}

const TokenizedText& TokenCache::context(const Paragraph* paragraph) {
  auto it = contexts_.find(paragraph);
  if (it == contexts_.end()) it = contexts_.emplace(paragraph, tokenizer_.tokenize(paragraph->context)).first;
  return it->second;
}

}  // namespace xlqa
