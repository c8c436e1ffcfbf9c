#include "core/eval/span_decoder.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/text/unicode_properties.h"
#include "core/util/utf8.h"

namespace xlqa {
namespace {

// np.argsort(x)[-1 : -n-1 : -1]: the n largest, largest first; among equal values the later
// index comes first, as reversing an ascending sort gives.
std::vector<int> topIndices(const float* values, std::size_t length, int n) {
  std::vector<int> order(length);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values[a] < values[b]; });
  std::reverse(order.begin(), order.end());
  order.resize(std::min<std::size_t>(order.size(), static_cast<std::size_t>(std::max(0, n))));
  return order;
}

bool isContextToken(const QaFeature& feature, int token) {
  return token >= 0 && static_cast<std::size_t>(token) < feature.encoding.sequenceIds.size() &&
         feature.encoding.sequenceIds[static_cast<std::size_t>(token)] == 1;
}

// SentencePiece's "▁word" pieces cover the space before the word; an answer never starts or
// ends with whitespace (the scores ignore it either way).
CharSpan trimWhitespace(CharSpan span, const std::u32string& context) {
  const auto within = [&](std::int32_t i) { return i >= 0 && static_cast<std::size_t>(i) < context.size(); };
  while (span.begin < span.end && within(span.begin) &&
         unicode::isWhitespace(context[static_cast<std::size_t>(span.begin)]))
    ++span.begin;
  while (span.end > span.begin && within(span.end - 1) &&
         unicode::isWhitespace(context[static_cast<std::size_t>(span.end - 1)]))
    --span.end;
  return span;
}

void addProbabilities(std::vector<SpanCandidate>& candidates) {
  if (candidates.empty()) return;
  float best = candidates.front().score;
  for (const auto& c : candidates) best = std::max(best, c.score);
  double sum = 0;
  for (auto& c : candidates) sum += (c.probability = std::exp(static_cast<double>(c.score - best)));
  for (auto& c : candidates) c.probability /= sum;
}

}  // namespace

DecodedAnswer decodeAnswer(std::string_view context, const std::vector<const QaFeature*>& features,
                           const std::vector<FeatureLogits>& logits, const DecodeSettings& settings) {
  std::vector<SpanCandidate> candidates;
  for (std::size_t f = 0; f < features.size(); ++f) {
    const QaFeature& feature = *features[f];
    const FeatureLogits& l = logits[f];
    const std::size_t length = std::min(l.length, feature.encoding.ids.size());
    for (int start : topIndices(l.start, length, settings.nBest)) {
      for (int end : topIndices(l.end, length, settings.nBest)) {
        if (!isContextToken(feature, start) || !isContextToken(feature, end)) continue;
        if (end < start || end - start + 1 > settings.maxAnswerLength) continue;
        SpanCandidate c;
        c.feature = f;
        c.startToken = start, c.endToken = end;
        c.startLogit = l.start[start], c.endLogit = l.end[end];
        c.score = c.startLogit + c.endLogit;
        c.span = {feature.encoding.offsets[static_cast<std::size_t>(start)].begin,
                  feature.encoding.offsets[static_cast<std::size_t>(end)].end};
        candidates.push_back(c);
      }
    }
  }
  // sorted(..., key=score, reverse=True) is stable: equal scores keep their discovery order.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const SpanCandidate& a, const SpanCandidate& b) { return a.score > b.score; });
  if (candidates.size() > static_cast<std::size_t>(std::max(0, settings.nBest)))
    candidates.resize(static_cast<std::size_t>(settings.nBest));

  const std::vector<std::size_t> bytes = utf8::codePointByteOffsets(context);
  const std::u32string codePoints = utf8::decode(context);
  const auto clamp = [&](std::int32_t cp) {
    return bytes[std::min<std::size_t>(static_cast<std::size_t>(std::max(0, cp)), bytes.size() - 1)];
  };
  for (auto& c : candidates) {
    c.span = trimWhitespace(c.span, codePoints);
    const std::size_t begin = clamp(c.span.begin), end = clamp(c.span.end);
    c.text = end > begin ? std::string(context.substr(begin, end - begin)) : std::string();
  }
  // run_qa's fallback when nothing valid is left: a literal "empty" answer scored 0.
  if (candidates.empty() || (candidates.size() == 1 && candidates.front().text.empty())) {
    SpanCandidate empty;
    empty.text = "empty";
    candidates.insert(candidates.begin(), empty);
  }
  addProbabilities(candidates);
  return {candidates.front().text, std::move(candidates)};
}

std::vector<float> softmaxWithTemperature(const float* logits, std::size_t begin, std::size_t end, double temperature) {
  std::vector<float> probabilities;
  if (end <= begin) return probabilities;
  const double t = temperature > 0 ? temperature : 1.0;
  double best = logits[begin];
  for (std::size_t i = begin; i < end; ++i) best = std::max(best, static_cast<double>(logits[i]));
  std::vector<double> e(end - begin);
  double sum = 0;
  for (std::size_t i = begin; i < end; ++i) sum += (e[i - begin] = std::exp((logits[i] - best) / t));
  probabilities.reserve(e.size());
  for (double v : e) probabilities.push_back(static_cast<float>(v / sum));
  return probabilities;
}

}  // namespace xlqa
