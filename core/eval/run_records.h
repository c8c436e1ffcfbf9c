#pragma once
// What an evaluation run keeps: per example, per pair, and the manifest that says how the run
// was made. Plain data, shared by the engine that writes it and the views that read it.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/data/language_pair.h"

namespace xlqa {

enum class ModelRole { Teacher, Student };
std::string roleName(ModelRole role);  // "teacher", "student"

// One n-best span as the views show it.
struct SpanSummary {
  std::string text;
  std::int32_t charBegin = 0, charEnd = 0;  // code points into the context
  double probability = 0;
};

struct ModelExampleResult {
  std::string prediction;
  int exactMatch = 0;
  double f1 = 0;                 // in [0, 1], as the official scripts compute it per example
  std::vector<SpanSummary> top;  // the best k candidates, best first
};

struct ExampleRecord {
  std::string id;
  std::vector<std::string> golds;
  std::optional<ModelExampleResult> teacher, student;

  const std::optional<ModelExampleResult>& result(ModelRole role) const {
    return role == ModelRole::Teacher ? teacher : student;
  }
};

struct ModelPairScore {
  double exactMatch = 0;  // 0..100, as the official scripts print
  double f1 = 0;
  std::size_t answered = 0;
};

struct PairRecord {
  LanguagePair pair;
  std::string rules;  // "mlqa_v1", "mlqa_v1_adapted", "squad_v1.1"
  std::size_t examples = 0;
  std::optional<ModelPairScore> teacher, student;
  double seconds = 0;  // wall time spent on the pair
  // What the record vouches for, so a damaged run folder is found (RunStore::pairProblem): the
  // size of the pair's examples file and the models that made it ("teacher sha256:..., student
  // sha256:..."). Absent in runs written before they were recorded.
  std::optional<std::size_t> examplesBytes;
  std::string models;

  const std::optional<ModelPairScore>& score(ModelRole role) const {
    return role == ModelRole::Teacher ? teacher : student;
  }
};

struct ModelRecord {
  std::string path;
  std::string contentHash;  // "sha256:<hex>" of config.json and the weight files, in name order
  std::string modelType;
  std::int64_t parameters = 0;
  std::string dtype = "fp32";  // what it computed in; runs written before dtypes existed were fp32
};

struct DatasetFileRecord {
  std::string path;
  std::string questionLanguage, contextLanguage;
  std::string sha256;
};

struct RunManifest {
  std::string format = "xlqa-run/1";
  std::string toolVersion;
  std::string device;
  std::string startedAt, finishedAt;  // ISO 8601 UTC; finishedAt empty while running
  std::string status = "running";     // running | complete | cancelled | failed
  std::optional<ModelRecord> teacher, student;
  std::vector<DatasetFileRecord> datasetFiles;
  std::vector<LanguagePair> pairs;  // the selection, in evaluation order
  nlohmann::json settings;          // features, decoding, metric, batch size: what must match to resume
};

nlohmann::json toJson(const RunManifest& manifest);
RunManifest manifestFromJson(const nlohmann::json& json, const std::string& pathForMessages);
nlohmann::json toJson(const PairRecord& record);
PairRecord pairRecordFromJson(const nlohmann::json& json, const std::string& pathForMessages);
nlohmann::json toJson(const ExampleRecord& record);
ExampleRecord exampleRecordFromJson(const nlohmann::json& json, const std::string& pathForMessages);

}  // namespace xlqa
