#pragma once
// From start/end logits to answers, as transformers' run_qa post-processes them: the n-best
// start and end positions of every window, valid context spans up to a maximum length, the best
// score across windows, the answer text cut from the original context by character offsets.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/qa_features.h"

namespace xlqa {

struct DecodeSettings {
  int nBest = 20;
  int maxAnswerLength = 30;  // in tokens
};

struct SpanCandidate {
  std::string text;
  CharSpan span;            // code points into the context
  std::size_t feature = 0;  // index into the example's features
  int startToken = 0, endToken = 0;
  float startLogit = 0, endLogit = 0;
  float score = 0;         // startLogit + endLogit (float32, as run_qa's numpy arrays)
  double probability = 0;  // softmax of the n-best scores
};

struct DecodedAnswer {
  std::string text;                  // the best candidate's text
  std::vector<SpanCandidate> nbest;  // best first
};

// One window's logits, `length` = its sequence length.
struct FeatureLogits {
  const float* start = nullptr;
  const float* end = nullptr;
  std::size_t length = 0;
};

// `features` and `logits` are the example's windows, aligned.
DecodedAnswer decodeAnswer(std::string_view context, const std::vector<const QaFeature*>& features,
                           const std::vector<FeatureLogits>& logits, const DecodeSettings& settings);

// softmax(logits / temperature) over [begin, end) of one window; for the probability views.
std::vector<float> softmaxWithTemperature(const float* logits, std::size_t begin, std::size_t end, double temperature);

}  // namespace xlqa
