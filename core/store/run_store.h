#pragma once
// A run is a folder, written atomically file by file so that a crash or a kill leaves a
// consistent, resumable run:
//   manifest.json                      how the run was made (RunManifest)
//   pairs/<q>-<c>.examples.jsonl       one ExampleRecord a line, in the pair's example order
//   predictions/<role>/<q>-<c>.json    official-format {id: answer}, for the official scripts
//   pairs/<q>-<c>.json                 PairRecord; written LAST: its presence marks the pair done
//   pairs/<q>-<c>.claim                who is evaluating the pair (shards of one run); removed
//                                      once the pair record is written
//   tags.json                          annotators' tags (the GUI issue)
#include <optional>
#include <string>
#include <vector>

#include "core/eval/run_records.h"

namespace xlqa {

class RunStore {
 public:
  // A new run folder (created if needed; refuses a folder that already holds a manifest).
  static RunStore create(const std::string& directory, const RunManifest& manifest);
  // Creates the run unless a manifest is already there, atomically (link(2) of a complete file),
  // so that of several processes starting together exactly one writes it; nullopt for the others.
  static std::optional<RunStore> createExclusive(const std::string& directory, const RunManifest& manifest);
  // An existing run; throws FileError naming the folder or file when it is missing or broken.
  static RunStore open(const std::string& directory);

  const std::string& directory() const { return directory_; }
  const RunManifest& manifest() const { return manifest_; }

  // Why a pair does not count as done: nullopt when its record is whole and vouches for the
  // examples file beside it and for this run's models; kNotEvaluated when there is no record;
  // otherwise what is wrong (a folder damaged by hand). A resume redoes every pair with a problem.
  static constexpr const char* kNotEvaluated = "not evaluated";
  std::optional<std::string> pairProblem(const LanguagePair& pair) const;
  bool hasPair(const LanguagePair& pair) const { return !pairProblem(pair); }
  std::vector<LanguagePair> completedPairs() const;  // in manifest order
  // Writes examples, predictions, then the pair record, each atomically.
  void writePair(const PairRecord& record, const std::vector<ExampleRecord>& examples);
  PairRecord readPair(const LanguagePair& pair) const;
  std::vector<PairRecord> readPairs() const;  // completed pairs, manifest order
  std::vector<ExampleRecord> readExamples(const LanguagePair& pair) const;

  // Copies another run's finished pair into this one byte for byte (examples, predictions, then
  // the record, each atomically): how shard folders are merged.
  void copyPairFrom(const RunStore& other, const LanguagePair& pair);
  // The bytes of a finished pair's examples file (for comparing shards' copies of one pair).
  std::string examplesBytes(const LanguagePair& pair) const;

  // Rewrites the manifest (status, finish time), atomically.
  void updateManifest(const RunManifest& manifest);

  std::string predictionsPath(ModelRole role, const LanguagePair& pair) const;

  // Claims: `holder` (a line saying who, e.g. "shard 1/4 on node7, pid 4242") takes the pair.
  // False when another holder has it (the file is created exclusively). A claim is removed when
  // the pair's record is written, so claimed-and-unfinished means in progress or abandoned.
  bool claimPair(const LanguagePair& pair, const std::string& holder) const;
  std::optional<std::string> claimOf(const LanguagePair& pair) const;  // the holder line
  void releaseClaim(const LanguagePair& pair) const;

 private:
  RunStore(std::string directory, RunManifest manifest);
  std::string directory_;
  RunManifest manifest_;
};

// "sha256:<hex>" of a file's bytes, streamed.
std::string sha256File(const std::string& path);
// Content hash of a model folder: config.json and the weight files, names and bytes, in name order.
std::string modelContentHash(const std::string& modelDir);
std::string utcNowIso8601();

}  // namespace xlqa
