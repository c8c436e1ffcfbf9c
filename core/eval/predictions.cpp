#include "core/eval/predictions.h"

#include <filesystem>
#include <regex>

#include "core/io/json_file.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// `key`: the pair's key in a file keyed by pairs, which messages then name; empty for a flat file.
Predictions predictionsFromObject(const json& object, const std::string& path, const std::string& key) {
  if (!object.is_object()) {
    const std::string found = object.type_name();
    throw FileError(
        path,
        key.empty()
            ? Message(XLQA_TR("Predictions", "expected a JSON object of question id -> answer text, found %1"), found)
            : Message(XLQA_TR("Predictions", "\"%1\": expected a JSON object of question id -> answer text, found %2"),
                      key, found));
  }
  Predictions predictions;
  predictions.reserve(object.size());
  for (const auto& [id, answer] : object.items()) {
    if (!answer.is_string()) {
      const std::string found = answer.type_name();
      throw FileError(
          path,
          key.empty()
              ? Message(XLQA_TR("Predictions", "the answer to question '%1' must be a string, found %2"), id, found)
              : Message(XLQA_TR("Predictions", "\"%1\": the answer to question '%2' must be a string, found %3"), key,
                        id, found));
    }
    predictions.emplace(id, answer.get<std::string>());
  }
  return predictions;
}

std::optional<LanguagePair> pairFromKey(const std::string& key) {
  try {
    return parseLanguagePair(key);
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
}

// An object keyed by pairs whose values are objects: {"en-es": {...}}.
bool isKeyedByPair(const json& root) {
  if (!root.is_object() || root.empty()) return false;
  for (const auto& [key, value] : root.items())
    if (!value.is_object() || !pairFromKey(key)) return false;
  return true;
}

}  // namespace

std::optional<LanguagePair> pairFromFileName(const std::string& fileName) {
  static const std::regex fixtureStyle(R"(q-([A-Za-z]+)_c-([A-Za-z]+)\.json)");
  static const std::regex plainStyle(R"(([A-Za-z]+)-([A-Za-z]+)\.json)");
  std::smatch match;
  if (std::regex_match(fileName, match, fixtureStyle) || std::regex_match(fileName, match, plainStyle))
    return pairFromKey(match[1].str() + "-" + match[2].str());
  return std::nullopt;
}

Predictions parsePredictions(const std::string& jsonText, const std::string& path) {
  return predictionsFromObject(parseJsonText(jsonText, path), path, "");
}

PredictionSet PredictionSet::load(const std::string& fileOrFolder) {
  PredictionSet set;
  std::error_code ec;
  if (fs::is_directory(fileOrFolder, ec)) {
    for (const auto& entry : fs::directory_iterator(fileOrFolder)) {
      const std::string name = entry.path().filename().string();
      if (entry.path().extension() != ".json") continue;
      const auto pair = pairFromFileName(name);
      if (!pair) continue;
      set.byPair_.emplace(*pair, parsePredictions(readFileBytes(entry.path().string()), entry.path().string()));
    }
    if (set.byPair_.empty()) {
      throw FileError(
          fileOrFolder,
          Message(XLQA_TR("Predictions",
                          "no prediction files named after a language pair (en-es.json or q-en_c-es.json)")));
    }
    return set;
  }
  const json root = readJsonFile(fileOrFolder);
  if (isKeyedByPair(root)) {
    for (const auto& [key, value] : root.items())
      set.byPair_.emplace(*pairFromKey(key), predictionsFromObject(value, fileOrFolder, key));
  } else {
    set.flat_ = predictionsFromObject(root, fileOrFolder, "");
  }
  return set;
}

const Predictions* PredictionSet::forPair(const LanguagePair& pair) const {
  if (flat_) return &*flat_;
  const auto it = byPair_.find(pair);
  return it == byPair_.end() ? nullptr : &it->second;
}

}  // namespace xlqa
