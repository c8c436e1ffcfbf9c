#pragma once
// Prediction files in the official format: a JSON object {"<question id>": "<answer text>"}.
// Several pairs travel either as a folder of such files named after their pair
// ("en-es.json" or "q-en_c-es.json"), or as one object keyed by pair: {"en-es": {...}, ...}.
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/data/language_pair.h"

namespace xlqa {

using Predictions = std::unordered_map<std::string, std::string>;  // question id -> answer text

class PredictionSet {
 public:
  // Throws FileError naming the file, and the question id for a non-string answer.
  static PredictionSet load(const std::string& fileOrFolder);

  // The predictions for a pair: its own, or the single flat file's. Nullptr when none.
  const Predictions* forPair(const LanguagePair& pair) const;
  bool isPerPair() const { return !flat_.has_value(); }
  std::size_t pairCount() const { return byPair_.size(); }

 private:
  std::optional<Predictions> flat_;
  std::map<LanguagePair, Predictions> byPair_;
};

// Parses one official-format object; `path` is used in messages.
Predictions parsePredictions(const std::string& jsonText, const std::string& path);

// The pair a prediction file's name stands for ("en-es.json", "q-en_c-es.json"), if any.
std::optional<LanguagePair> pairFromFileName(const std::string& fileName);

}  // namespace xlqa
