#pragma once
// Annotators' tags on a run's examples, kept beside the run as tags.json:
//   {"format": "xlqa-tags/1",
//    "tags": {"en-es": {"<id>": {"label": "gold wrong", "note": "...", "updated_at": "..."}}}}
// Keys are sorted (pair, then id) so the file diffs cleanly under version control.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace xlqa {

struct ExampleTag {
  std::string pair;   // "en-es"
  std::string id;     // the example's id in the dataset
  std::string label;  // one of standardTagLabels() or the annotator's own
  std::string note;
  std::string updatedAt;  // ISO 8601 UTC
};

// The labels offered first; annotators may type others.
const std::vector<std::string>& standardTagLabels();  // "gold wrong", "ambiguous", "model error"

class ExampleTags {
 public:
  // No tags, to be saved in `runDirectory`.
  explicit ExampleTags(std::string runDirectory = {});

  // The run's tags; a missing tags.json means none yet. A broken one throws FileError naming
  // the file and what is wrong with it.
  static ExampleTags load(const std::string& runDirectory);
  static std::string fileName() { return "tags.json"; }
  const std::string& runDirectory() const { return runDirectory_; }
  std::string path() const;

  // Adds or replaces the tag of (tag.pair, tag.id); an empty updatedAt is stamped with now.
  void set(ExampleTag tag);
  void remove(const std::string& pair, const std::string& id);
  const ExampleTag* find(const std::string& pair, const std::string& id) const;
  std::vector<ExampleTag> all() const;  // sorted by pair, then id
  std::size_t size() const { return tags_.size(); }
  bool empty() const { return tags_.empty(); }

  // Writes tags.json atomically (throws FileError on failure, or when there is no run folder).
  void save() const;
  // "pair,id,label,note,updated_at" then one line per tag, RFC 4180 quoting, UTF-8, CRLF line ends.
  std::string toCsv() const;

 private:
  std::string runDirectory_;
  std::map<std::pair<std::string, std::string>, ExampleTag> tags_;
};

}  // namespace xlqa
