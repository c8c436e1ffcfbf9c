#include "core/store/run_status.h"

#include <filesystem>
#include <optional>
#include <stdexcept>

#include "core/store/evaluation_run.h"

namespace xlqa {

RunStatus runStatus(const RunStore& run) {
  RunStatus status;
  for (const LanguagePair& pair : run.manifest().pairs) {
    const std::optional<std::string> problem = run.pairProblem(pair);
    if (!problem)
      status.finished.push_back(pair);
    else if (*problem != RunStore::kNotEvaluated)
      status.damaged.emplace_back(pair, *problem);
    else if (const std::optional<std::string> holder = run.claimOf(pair))
      status.claimed.emplace_back(pair, *holder);
    else
      status.missing.push_back(pair);
  }
  return status;
}

RunStore mergeRuns(const std::vector<std::string>& inputs, const std::string& output) {
  if (inputs.empty()) throw std::invalid_argument("no run folders to merge");
  std::vector<RunStore> runs;
  for (const std::string& input : inputs) runs.push_back(RunStore::open(input));
  for (std::size_t i = 1; i < runs.size(); ++i)
    if (const std::optional<std::string> problem = runsDiffer(runs.front().manifest(), runs[i].manifest()))
      throw std::invalid_argument("cannot merge " + inputs[i] + " with " + inputs.front() + ": " + *problem);
  // Every pair from the first input that has it; a pair in several inputs must agree.
  std::vector<std::pair<LanguagePair, std::size_t>> sources;
  for (const LanguagePair& pair : runs.front().manifest().pairs) {
    std::optional<std::size_t> source;
    for (std::size_t i = 0; i < runs.size(); ++i) {
      if (!runs[i].hasPair(pair)) continue;
      if (!source)
        source = i;
      else if (runs[i].examplesBytes(pair) != runs[*source].examplesBytes(pair))
        throw std::invalid_argument("cannot merge: pair " + pair.key() + " differs between " + inputs[*source] +
                                    " and " + inputs[i]);
    }
    if (source) sources.emplace_back(pair, *source);
  }
  RunManifest manifest = runs.front().manifest();
  manifest.status = "running", manifest.finishedAt.clear();
  RunStore merged = RunStore::create(output, manifest);
  for (const auto& [pair, source] : sources) merged.copyPairFrom(runs[source], pair);
  if (sources.size() == manifest.pairs.size()) finishRun(merged, false);
  return merged;
}

}  // namespace xlqa
