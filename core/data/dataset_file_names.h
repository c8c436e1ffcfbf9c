#pragma once
// Which languages a dataset file holds, read off its name, or given by the user as
// "lang=path" (monolingual) or "q,c=path" (question language q, context language c).
#include <string>
#include <vector>

namespace xlqa {

struct DatasetFileSpec {
  std::string path;
  std::string questionLanguage;  // ISO code; "*" for a file mixing languages by id prefix (TyDiQA-GoldP)
  std::string contextLanguage;
  std::string corpus;  // "xquad", "mlqa", "tydiqa" or "squad"
};

// Recognised names:
//   xquad.<lang>.json, xquad.<lang>.<anything>.json
//   dev|test-context-<c>-question-<q>.json                     (MLQA)
//   tydiqa.<lang>.dev.json, tydiqa.goldp.<lang>.dev.json       (XTREME's TyDiQA-GoldP split)
//   tydiqa-goldp-v1.1-dev.json, tydiqa-goldp-v1.1-train.json    (mixed; split by id prefix)
//   anything else whose dot- or hyphen-separated name parts contain exactly one known code.
// Throws std::invalid_argument naming the file when the language cannot be told or is unknown.
DatasetFileSpec specFromArgument(const std::string& argument);

// Expands folders (their *.json files, sorted) and parses each argument.
std::vector<DatasetFileSpec> discoverDatasetFiles(const std::vector<std::string>& arguments);

}  // namespace xlqa
