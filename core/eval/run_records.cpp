#include "core/eval/run_records.h"

#include <limits>
#include <stdexcept>

#include "core/io/json_file.h"
#include "xlqa/version.h"

namespace xlqa {

using nlohmann::json;

namespace {

constexpr const char* kRunFormat = "xlqa-run/1";

Message typeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return Message("null");  // JSON's own word
    case json::value_t::boolean: return Message(XLQA_TR("RunRecords", "a boolean"));
    case json::value_t::string: return Message(XLQA_TR("RunRecords", "a string"));
    case json::value_t::array: return Message(XLQA_TR("RunRecords", "an array"));
    case json::value_t::object: return Message(XLQA_TR("RunRecords", "an object"));
    case json::value_t::number_float: return Message(XLQA_TR("RunRecords", "a non-integer number (%1)"), value.dump());
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return Message(XLQA_TR("RunRecords", "a number (%1)"), value.dump());
    default: return Message(XLQA_TR("RunRecords", "a value of another type"));
  }
}

// Reads the fields of one JSON object, naming the field ("teacher.top[2].p") in every error so
// that a hand-edited or truncated run file says exactly what is wrong where.
class Fields {
 public:
  Fields(const json& object, std::string path, std::string prefix)
      : object_(object), path_(std::move(path)), prefix_(std::move(prefix)) {
    if (!object_.is_object()) {
      const Message where = prefix_.empty() ? Message(XLQA_TR("RunRecords", "(top level)"))
                                            : Message(prefix_.substr(0, prefix_.size() - 1));
      throw FileError(path_,
                      Message(XLQA_TR("RunRecords", "%1: expected an object, found %2"), where, typeName(object_)));
    }
  }

  bool has(const char* key) const { return object_.contains(key) && !object_.at(key).is_null(); }

  const json& value(const char* key) const {
    if (!object_.contains(key)) fail(key, Message(XLQA_TR("RunRecords", "missing")));
    return object_.at(key);
  }

  std::string string(const char* key) const {
    const json& v = value(key);
    if (!v.is_string()) fail(key, Message(XLQA_TR("RunRecords", "expected a string, found %1"), typeName(v)));
    return v.get<std::string>();
  }

  double number(const char* key) const {
    const json& v = value(key);
    if (!v.is_number()) fail(key, Message(XLQA_TR("RunRecords", "expected a number, found %1"), typeName(v)));
    return v.get<double>();
  }

  std::int64_t integer(const char* key, std::int64_t min, std::int64_t max) const {
    const json& v = value(key);
    if (!v.is_number_integer()) fail(key, Message(XLQA_TR("RunRecords", "expected an integer, found %1"), typeName(v)));
    if (v.is_number_unsigned() ? v.get<std::uint64_t>() > static_cast<std::uint64_t>(max)
                               : v.get<std::int64_t>() < min || v.get<std::int64_t>() > max) {
      fail(key, Message(XLQA_TR("RunRecords", "out of range (%1; expected %2..%3)"), v.dump(), min, max));
    }
    return v.get<std::int64_t>();
  }

  std::size_t count(const char* key) const {
    return static_cast<std::size_t>(integer(key, 0, std::numeric_limits<std::int64_t>::max()));
  }

  const json& array(const char* key) const {
    const json& v = value(key);
    if (!v.is_array()) fail(key, Message(XLQA_TR("RunRecords", "expected an array, found %1"), typeName(v)));
    return v;
  }

  Fields object(const char* key) const { return Fields(value(key), path_, field(key) + "."); }
  Fields element(const char* key, std::size_t index) const {
    return Fields(array(key).at(index), path_, field(key) + "[" + std::to_string(index) + "].");
  }

  std::string field(const std::string& key) const { return prefix_ + key; }
  [[noreturn]] void fail(const std::string& key, const Message& problem) const {
    throw FileError(path_, Message(XLQA_TR("RunRecords", "%1: %2"), field(key), problem));
  }

 private:
  const json& object_;
  std::string path_, prefix_;
};

std::vector<std::string> stringArray(const Fields& fields, const char* key) {
  const json& items = fields.array(key);
  std::vector<std::string> strings;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!items[i].is_string()) {
      fields.fail(std::string(key) + "[" + std::to_string(i) + "]",
                  Message(XLQA_TR("RunRecords", "expected a string, found %1"), typeName(items[i])));
    }
    strings.push_back(items[i].get<std::string>());
  }
  return strings;
}

// --- example records ---

json toJson(const SpanSummary& span) {
  return {{"text", span.text}, {"b", span.charBegin}, {"e", span.charEnd}, {"p", span.probability}};
}

json toJson(const ModelExampleResult& result) {
  json top = json::array();
  for (const SpanSummary& span : result.top) top.push_back(toJson(span));
  return {{"prediction", result.prediction}, {"em", result.exactMatch}, {"f1", result.f1}, {"top", std::move(top)}};
}

ModelExampleResult modelExampleResult(const Fields& fields) {
  ModelExampleResult result;
  result.prediction = fields.string("prediction");
  result.exactMatch = static_cast<int>(fields.integer("em", 0, 1));
  result.f1 = fields.number("f1");
  const std::size_t spans = fields.array("top").size();
  for (std::size_t i = 0; i < spans; ++i) {
    const Fields span = fields.element("top", i);
    constexpr std::int64_t maxOffset = std::numeric_limits<std::int32_t>::max();
    result.top.push_back({span.string("text"), static_cast<std::int32_t>(span.integer("b", 0, maxOffset)),
                          static_cast<std::int32_t>(span.integer("e", 0, maxOffset)), span.number("p")});
  }
  return result;
}

// --- pair records ---

json toJson(const ModelPairScore& score) {
  return {{"exact_match", score.exactMatch}, {"f1", score.f1}, {"answered", score.answered}};
}

ModelPairScore modelPairScore(const Fields& fields) {
  return {fields.number("exact_match"), fields.number("f1"), fields.count("answered")};
}

// --- manifest ---

json toJson(const ModelRecord& model) {
  return {{"path", model.path},
          {"content_hash", model.contentHash},
          {"model_type", model.modelType},
          {"parameters", model.parameters},
          {"dtype", model.dtype}};
}

ModelRecord modelRecord(const Fields& fields) {
  return {fields.string("path"), fields.string("content_hash"), fields.string("model_type"),
          fields.integer("parameters", 0, std::numeric_limits<std::int64_t>::max()),
          fields.has("dtype") ? fields.string("dtype") : "fp32"};
}

json toJson(const DatasetFileRecord& file) {
  return {{"path", file.path},
          {"question_language", file.questionLanguage},
          {"context_language", file.contextLanguage},
          {"sha256", file.sha256}};
}

DatasetFileRecord datasetFileRecord(const Fields& fields) {
  return {fields.string("path"), fields.string("question_language"), fields.string("context_language"),
          fields.string("sha256")};
}

void checkFormat(const Fields& fields) {
  if (!fields.has("format"))
    fields.fail("format", Message(XLQA_TR("RunRecords", "missing; this is not an xlqa run manifest")));
  const std::string format = fields.string("format");
  if (format != kRunFormat) {
    fields.fail("format",
                Message(XLQA_TR("RunRecords",
                                "unsupported run format \"%1\"; xlqa %2 reads \"%3\" (a run written by a newer xlqa?)"),
                        format, kVersion, kRunFormat));
  }
}

void checkStatus(const Fields& fields, const std::string& status) {
  for (const char* known : {"running", "complete", "cancelled", "failed"}) {
    if (status == known) return;
  }
  fields.fail("status",
              Message(XLQA_TR("RunRecords", "unknown status \"%1\" (expected running, complete, cancelled or failed)"),
                      status));
}

LanguagePair languagePair(const Fields& fields, const std::string& field, const std::string& text) {
  try {
    return parseLanguagePair(text);
  } catch (const std::invalid_argument& e) {
    fields.fail(field, Message(e.what()));  // the language code's own message, verbatim
  }
}

}  // namespace

std::string roleName(ModelRole role) { return role == ModelRole::Teacher ? "teacher" : "student"; }

json toJson(const RunManifest& manifest) {
  json pairs = json::array();
  for (const LanguagePair& pair : manifest.pairs) pairs.push_back(pair.key());
  json files = json::array();
  for (const DatasetFileRecord& file : manifest.datasetFiles) files.push_back(toJson(file));
  json out = {{"format", manifest.format},        {"tool_version", manifest.toolVersion}, {"device", manifest.device},
              {"started_at", manifest.startedAt}, {"finished_at", manifest.finishedAt},   {"status", manifest.status}};
  if (manifest.teacher) out["teacher"] = toJson(*manifest.teacher);
  if (manifest.student) out["student"] = toJson(*manifest.student);
  out["dataset_files"] = std::move(files);
  out["pairs"] = std::move(pairs);
  out["settings"] = manifest.settings;
  return out;
}

RunManifest manifestFromJson(const json& manifestJson, const std::string& pathForMessages) {
  const Fields fields(manifestJson, pathForMessages, "");
  checkFormat(fields);
  RunManifest manifest;
  manifest.format = fields.string("format");
  manifest.toolVersion = fields.string("tool_version");
  manifest.device = fields.string("device");
  manifest.startedAt = fields.string("started_at");
  manifest.finishedAt = fields.string("finished_at");
  manifest.status = fields.string("status");
  checkStatus(fields, manifest.status);
  if (fields.has("teacher")) manifest.teacher = modelRecord(fields.object("teacher"));
  if (fields.has("student")) manifest.student = modelRecord(fields.object("student"));
  const std::size_t files = fields.array("dataset_files").size();
  for (std::size_t i = 0; i < files; ++i)
    manifest.datasetFiles.push_back(datasetFileRecord(fields.element("dataset_files", i)));
  const std::vector<std::string> pairs = stringArray(fields, "pairs");
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    manifest.pairs.push_back(languagePair(fields, "pairs[" + std::to_string(i) + "]", pairs[i]));
  }
  // Settings are free-form (the engine decides what must match to resume); absent reads as null.
  if (fields.has("settings")) {
    manifest.settings = fields.value("settings");
    if (!manifest.settings.is_object())
      fields.fail("settings",
                  Message(XLQA_TR("RunRecords", "expected an object, found %1"), typeName(manifest.settings)));
  }
  return manifest;
}

json toJson(const PairRecord& record) {
  json out = {{"question", record.pair.question},
              {"context", record.pair.context},
              {"rules", record.rules},
              {"examples", record.examples}};
  if (record.teacher) out["teacher"] = toJson(*record.teacher);
  if (record.student) out["student"] = toJson(*record.student);
  out["seconds"] = record.seconds;
  if (record.examplesBytes) out["examples_bytes"] = *record.examplesBytes;
  if (!record.models.empty()) out["models"] = record.models;
  return out;
}

PairRecord pairRecordFromJson(const json& recordJson, const std::string& pathForMessages) {
  const Fields fields(recordJson, pathForMessages, "");
  PairRecord record;
  const std::string question = fields.string("question"), context = fields.string("context");
  record.pair = languagePair(fields, "question", question + "-" + context);
  record.rules = fields.string("rules");
  record.examples = fields.count("examples");
  if (fields.has("teacher")) record.teacher = modelPairScore(fields.object("teacher"));
  if (fields.has("student")) record.student = modelPairScore(fields.object("student"));
  record.seconds = fields.number("seconds");
  if (fields.has("examples_bytes")) record.examplesBytes = fields.count("examples_bytes");
  if (fields.has("models")) record.models = fields.string("models");
  return record;
}

json toJson(const ExampleRecord& record) {
  json out = {{"id", record.id}, {"gold", record.golds}};
  if (record.teacher) out["teacher"] = toJson(*record.teacher);
  if (record.student) out["student"] = toJson(*record.student);
  return out;
}

ExampleRecord exampleRecordFromJson(const json& recordJson, const std::string& pathForMessages) {
  const Fields fields(recordJson, pathForMessages, "");
  ExampleRecord record;
  record.id = fields.string("id");
  record.golds = stringArray(fields, "gold");
  if (fields.has("teacher")) record.teacher = modelExampleResult(fields.object("teacher"));
  if (fields.has("student")) record.student = modelExampleResult(fields.object("student"));
  return record;
}

}  // namespace xlqa
