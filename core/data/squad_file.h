#pragma once
// One SQuAD v1.1-format file (XQuAD, MLQA, TyDiQA-GoldP): articles -> paragraphs -> qas.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data/problems.h"

namespace xlqa {

struct GoldAnswer {
  std::string text;
  std::int64_t start = -1;  // answer_start as in the file: a code point offset into the context
  bool located = false;     // the text occurs in the context at `start`
};

struct Paragraph {
  std::string context;
  std::uint32_t article = 0;  // index into SquadFile::titles
};

struct Question {
  std::string id;
  std::string text;
  std::uint32_t paragraph = 0;  // index into SquadFile::paragraphs
  std::vector<GoldAnswer> answers;
};

struct SquadFile {
  std::string path;
  std::string version;  // the file's "version" field, "" when absent
  std::vector<std::string> titles;
  std::vector<Paragraph> paragraphs;
  std::vector<Question> questions;  // in file order: articles -> paragraphs -> qas; duplicates kept
  std::vector<Problem> warnings;    // problems that did not stop the load

  // Index of the first question with this id, or -1.
  std::int64_t findQuestion(std::string_view id) const;

  // Builds the id index; called by the loaders.
  void indexQuestions();

 private:
  std::unordered_map<std::string, std::uint32_t> firstIndexById_;
};

// Loads and validates a file; throws LoadError carrying every fatal problem.
SquadFile loadSquadFile(const std::string& path);
// The same from JSON text already in memory; `path` is used in messages only.
SquadFile parseSquadFile(std::string_view bytes, const std::string& path);

}  // namespace xlqa
