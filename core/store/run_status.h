#pragma once
// What a run folder holds, pair by pair, and joining the folders of a sharded run: for
// `xlqa run check` and `xlqa run merge`, and for the app opening a run that shards still write.
#include <string>
#include <utility>
#include <vector>

#include "core/store/run_store.h"

namespace xlqa {

struct RunStatus {
  std::vector<LanguagePair> finished;                         // the record is written
  std::vector<std::pair<LanguagePair, std::string>> claimed;  // in progress (or abandoned): the holder
  std::vector<LanguagePair> missing;                          // neither
  std::vector<std::pair<LanguagePair, std::string>> damaged;  // a record that no longer holds: why
  bool complete() const { return claimed.empty() && missing.empty() && damaged.empty(); }
};
RunStatus runStatus(const RunStore& run);

// Joins runs of the same models, data, settings and pairs (shards written to separate folders)
// into a new run folder `output`: every finished pair copied byte for byte from the input that
// has it. Throws std::invalid_argument naming the folder and what differs when the runs do not
// match, or when two inputs hold one pair with different results; the output is then not made.
// The merged run is marked complete when it holds every pair.
RunStore mergeRuns(const std::vector<std::string>& inputs, const std::string& output);

}  // namespace xlqa
