#pragma once
// QA features as transformers' run_qa prepares them: question + a window of the context,
// sliding over long contexts with a stride, offsets kept for the context tokens only.
#include <cstddef>
#include <vector>

#include "core/text/tokenizer.h"

namespace xlqa {

struct FeatureSettings {
  int maxSeqLength = 384;
  int docStride = 128;      // context tokens shared by consecutive windows
  int maxQueryLength = 64;  // longer questions are cut to their first tokens
};

struct QaFeature {
  std::size_t example = 0;            // index of the example the window belongs to
  Encoding encoding;                  // sequenceIds == 1 marks the context tokens; their offsets index the context
  std::size_t contextTokenBegin = 0;  // the window's range in the context's full token list
  std::size_t contextTokenEnd = 0;
};

// Windows of W = maxSeqLength - |question| - added tokens context tokens, a new one every
// W - docStride tokens, the last ending at the end of the context (the layout of the fast
// tokenizers' return_overflowing_tokens). Throws std::invalid_argument when no context token
// fits or the stride is not smaller than the window.
std::vector<QaFeature> buildFeatures(const Tokenizer& tokenizer, const TokenizedText& question,
                                     const TokenizedText& context, const FeatureSettings& settings,
                                     std::size_t example);

// run_qa's training labels for an answer [startChar, endChar) (code points into the context):
// the window's tokens where it starts and ends, or the CLS position 0 (inside = false) when the
// window does not hold the whole answer. Added tokens count with offsets (0, 0), as in run_qa;
// like run_qa, an answer starting in the window's last context token labels the final added token.
struct TokenSpan {
  int start = 0, end = 0;
  bool inside = false;
};
TokenSpan answerTokenSpan(const QaFeature& feature, std::int32_t startChar, std::int32_t endChar);

// The first maxQueryLength tokens of a tokenised question.
TokenizedText truncateQuestion(TokenizedText question, int maxQueryLength);

}  // namespace xlqa
