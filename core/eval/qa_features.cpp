#include "core/eval/qa_features.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace xlqa {

TokenizedText truncateQuestion(TokenizedText question, int maxQueryLength) {
  const std::size_t keep = static_cast<std::size_t>(std::max(0, maxQueryLength));
  if (question.ids.size() > keep) {
    question.ids.resize(keep);
    question.tokens.resize(keep);
    question.offsets.resize(keep);
  }
  return question;
}

std::vector<QaFeature> buildFeatures(const Tokenizer& tokenizer, const TokenizedText& question,
                                     const TokenizedText& context, const FeatureSettings& settings,
                                     std::size_t example) {
  const long window = static_cast<long>(settings.maxSeqLength) - static_cast<long>(question.ids.size()) -
                      static_cast<long>(tokenizer.pairTemplate().addedTokens());
  if (window <= 0) {
    throw std::invalid_argument("the question takes " + std::to_string(question.ids.size()) +
                                " tokens: no context token fits in max_seq_length " +
                                std::to_string(settings.maxSeqLength));
  }
  if (settings.docStride >= window) {
    throw std::invalid_argument("doc_stride " + std::to_string(settings.docStride) +
                                " must be smaller than the context window of " + std::to_string(window) + " tokens");
  }
  const std::size_t size = static_cast<std::size_t>(window);
  const std::size_t step = size - static_cast<std::size_t>(settings.docStride);
  const std::size_t total = context.ids.size();
  std::vector<QaFeature> features;
  for (std::size_t begin = 0;; begin += step) {
    const std::size_t end = std::min(begin + size, total);
    features.push_back({example, tokenizer.assemblePair(question, context, begin, end), begin, end});
    if (end >= total) break;
  }
  return features;
}

TokenSpan answerTokenSpan(const QaFeature& feature, std::int32_t startChar, std::int32_t endChar) {
  const Encoding& e = feature.encoding;
  const int count = static_cast<int>(e.ids.size());
  const auto offset = [&](int i) {
    return e.sequenceIds[static_cast<std::size_t>(i)] < 0 ? CharSpan{} : e.offsets[static_cast<std::size_t>(i)];
  };
  int first = 0, last = count - 1;
  while (first < count && e.sequenceIds[static_cast<std::size_t>(first)] != 1) ++first;
  while (last >= 0 && e.sequenceIds[static_cast<std::size_t>(last)] != 1) --last;
  if (first > last || !(offset(first).begin <= startChar && offset(last).end >= endChar)) return {};
  int start = first;
  while (start < count && offset(start).begin <= startChar) ++start;
  int end = last;
  while (end >= 0 && offset(end).end >= endChar) --end;
  return {start - 1, end + 1, true};
}

}  // namespace xlqa
