#include "core/store/example_tags.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/io/json_file.h"
#include "core/store/run_store.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr const char* kFormat = "xlqa-tags/1";

std::string requireString(const json& object, const char* key, const std::string& where, const std::string& path,
                          bool required) {
  const auto it = object.find(key);
  if (it == object.end()) {
    if (required) throw FileError(path, Message(XLQA_TR("ExampleTags", "%1: missing \"%2\""), where, key));
    return {};
  }
  if (!it->is_string())
    throw FileError(path, Message(XLQA_TR("ExampleTags", "%1: \"%2\" must be a string"), where, key));
  return it->get<std::string>();
}

std::string csvField(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

const std::vector<std::string>& standardTagLabels() {
  static const std::vector<std::string> labels = {"gold wrong", "ambiguous", "model error"};
  return labels;
}

ExampleTags::ExampleTags(std::string runDirectory) : runDirectory_(std::move(runDirectory)) {}

std::string ExampleTags::path() const { return (fs::path(runDirectory_) / fileName()).string(); }

ExampleTags ExampleTags::load(const std::string& runDirectory) {
  ExampleTags tags(runDirectory);
  const std::string path = tags.path();
  std::error_code error;
  if (!fs::exists(path, error)) return tags;

  const json root = readJsonFile(path);
  if (!root.is_object())
    throw FileError(path, Message(XLQA_TR("ExampleTags", "expected a JSON object at the top level")));
  if (const auto format = root.find("format"); format != root.end() && *format != kFormat) {
    throw FileError(path,
                    Message(XLQA_TR("ExampleTags", "unknown format %1; expected \"%2\""), format->dump(), kFormat));
  }
  const auto byPair = root.find("tags");
  if (byPair == root.end()) return tags;
  if (!byPair->is_object())
    throw FileError(path, Message(XLQA_TR("ExampleTags", "\"tags\" must be an object keyed by language pair")));
  for (const auto& [pair, byId] : byPair->items()) {
    if (!byId.is_object())
      throw FileError(path, Message(XLQA_TR("ExampleTags", "tags.%1 must be an object keyed by example id"), pair));
    for (const auto& [id, entry] : byId.items()) {
      const std::string where = "tags." + pair + "." + id;
      if (!entry.is_object()) throw FileError(path, Message(XLQA_TR("ExampleTags", "%1 must be an object"), where));
      ExampleTag tag{pair, id, requireString(entry, "label", where, path, true),
                     requireString(entry, "note", where, path, false),
                     requireString(entry, "updated_at", where, path, false)};
      tags.tags_[{pair, id}] = std::move(tag);
    }
  }
  return tags;
}

void ExampleTags::set(ExampleTag tag) {
  if (tag.updatedAt.empty()) tag.updatedAt = utcNowIso8601();
  auto key = std::make_pair(tag.pair, tag.id);
  tags_[std::move(key)] = std::move(tag);
}

void ExampleTags::remove(const std::string& pair, const std::string& id) { tags_.erase({pair, id}); }

const ExampleTag* ExampleTags::find(const std::string& pair, const std::string& id) const {
  const auto it = tags_.find({pair, id});
  return it == tags_.end() ? nullptr : &it->second;
}

std::vector<ExampleTag> ExampleTags::all() const {
  std::vector<ExampleTag> out;
  out.reserve(tags_.size());
  for (const auto& entry : tags_) out.push_back(entry.second);
  return out;
}

void ExampleTags::save() const {
  if (runDirectory_.empty())
    throw FileError(fileName(), Message(XLQA_TR("ExampleTags", "no run folder to save the tags in")));
  // nlohmann::json objects are std::maps: keys come out sorted at every level.
  json byPair = json::object();
  for (const auto& [key, tag] : tags_) {
    byPair[tag.pair][tag.id] = {{"label", tag.label}, {"note", tag.note}, {"updated_at", tag.updatedAt}};
  }
  const json root = {{"format", kFormat}, {"tags", std::move(byPair)}};
  const std::string target = path();
  std::string text;
  try {
    text = root.dump(2) + "\n";
  } catch (const json::type_error& e) {
    throw FileError(target, Message(XLQA_TR("ExampleTags", "cannot encode as JSON: %1"), e.what()));
  }
  writeFileAtomically(target, text);
}

std::string ExampleTags::toCsv() const {
  std::string csv = "pair,id,label,note,updated_at\r\n";
  for (const auto& entry : tags_) {
    const ExampleTag& tag = entry.second;
    csv += csvField(tag.pair) + ',' + csvField(tag.id) + ',' + csvField(tag.label) + ',' + csvField(tag.note) + ',' +
           csvField(tag.updatedAt) + "\r\n";
  }
  return csv;
}

}  // namespace xlqa
