#pragma once
// A parallel QA dataset: per-language SQuAD files whose question ids align, plus any
// natively cross-lingual files (MLQA context-c-question-q). Builds the G-XLT example set of
// any (question language, context language) pair by id.
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/data/dataset_file_names.h"
#include "core/data/language_pair.h"
#include "core/data/squad_file.h"

namespace xlqa {

// One example of a pair: the question from the question-language file, the context and the
// gold answers from the context-language file. Points into the dataset, which must outlive it.
struct PairExample {
  const Question* question;         // id and question text (question language)
  const Question* contextQuestion;  // the same id in the context-language file: its gold answers
  const Paragraph* paragraph;       // context (context language)
};

struct PairExamples {
  LanguagePair pair;
  std::vector<PairExample> examples;   // in the context-language file's order (as the official scripts count)
  std::size_t idsWithoutQuestion = 0;  // context-file questions whose id the question-language file lacks
};

class ParallelDataset {
 public:
  // Loads every file (folders expanded); throws LoadError with the fatal problems of all files.
  static ParallelDataset load(const std::vector<std::string>& inputs);
  static ParallelDataset fromSpecs(const std::vector<DatasetFileSpec>& specs);

  std::vector<std::string> languages() const;         // sorted codes seen as question or context language
  std::vector<LanguagePair> availablePairs() const;   // sorted
  PairExamples pair(const LanguagePair& pair) const;  // throws std::invalid_argument when not available
  // Only the first `maxExamples` (0: all), as benchmarks and limited evaluations take them.
  PairExamples pair(const LanguagePair& pair, std::size_t maxExamples) const;
  const SquadFile& monolingualFile(const std::string& language) const;  // throws when absent
  std::vector<Problem> warnings() const;                                // from all files plus id alignment
  std::size_t questionCount() const;                                    // over all files

 private:
  struct FileEntry {
    DatasetFileSpec spec;
    std::shared_ptr<const SquadFile> file;
  };
  std::map<std::string, FileEntry> monolingual_;    // language -> file
  std::map<LanguagePair, FileEntry> crossLingual_;  // natively cross-lingual files
  std::vector<Problem> fileWarnings_;  // every loaded file's warnings, in input order (split files included)
  std::vector<Problem> alignmentWarnings_;
};

}  // namespace xlqa
