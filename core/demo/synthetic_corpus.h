#pragma once
// The demo's parallel QA corpus: short articles about fictional towns, people and companies,
// rendered in every demo language from the same facts, so each question id has the same
// meaning (and an exact gold span) in all of them. Seeded and deterministic on every platform:
// the same settings give the same bytes.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace xlqa {

enum class DemoSplit { Train, Dev, Test };
const char* splitName(DemoSplit split);  // "train", "dev", "test"

struct DemoCorpusSettings {
  std::uint64_t seed = 20261121;
  std::size_t trainArticles = 3000, devArticles = 40, testArticles = 120;
  // Of the 16 an article's entities could tell. Three keep a context to one paragraph a model
  // this small learns to read in minutes; six left the teacher at 29 F1 on English.
  int factsPerArticle = 3;
};

// One split in one language, as a SQuAD v1.1 file ({"version", "data": [...]}). Each split
// draws from its own stream: resizing one split leaves the others as they were.
nlohmann::json demoSplitJson(const DemoCorpusSettings& settings, DemoSplit split, const std::string& language);

// Writes <directory>/<split>/demo.<language>.json for every split and demo language (each file
// atomically) and returns the paths written.
std::vector<std::string> writeDemoCorpus(const DemoCorpusSettings& settings, const std::string& directory);

// The folder of one split inside a corpus directory, as dataset inputs take it.
std::string demoSplitDirectory(const std::string& corpusDirectory, DemoSplit split);

}  // namespace xlqa
