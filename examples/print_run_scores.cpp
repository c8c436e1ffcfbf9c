// Example: core as a library. Reads a run folder (as `xlqa eval --out RUN` or the app writes
// it) and prints how the run was made and every finished pair's scores per model:
//   xlqa_example_print_run_scores RUN_DIR
// Scores are printed as the run's JSON holds them, so scripts can compare them as text.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <exception>
#include <string>

#include "core/eval/run_records.h"
#include "core/store/run_store.h"

namespace {

std::string number(double value) { return nlohmann::json(value).dump(); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s RUN_DIR\n", argv[0]);
    return 2;
  }
  try {
    const xlqa::RunStore store = xlqa::RunStore::open(argv[1]);
    const xlqa::RunManifest& manifest = store.manifest();
    std::printf("run %s: %s, started %s, %zu of %zu pairs done\n", store.directory().c_str(), manifest.status.c_str(),
                manifest.startedAt.c_str(), store.completedPairs().size(), manifest.pairs.size());
    for (const xlqa::PairRecord& record : store.readPairs()) {
      for (const xlqa::ModelRole role : {xlqa::ModelRole::Teacher, xlqa::ModelRole::Student}) {
        const auto& score = record.score(role);
        if (!score) continue;
        std::printf("%s %s: EM %s F1 %s over %zu examples (%s)\n", record.pair.key().c_str(),
                    xlqa::roleName(role).c_str(), number(score->exactMatch).c_str(), number(score->f1).c_str(),
                    record.examples, record.rules.c_str());
      }
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
}
