#pragma once
// A training's dev scores after each epoch, as `xlqa train` and `xlqa generations` print them.
#include <nlohmann/json.hpp>
#include <vector>

namespace xlqa {
struct EpochScores;
}

namespace xlqa::cli {

// The epoch whose model best/ holds: the log flags each epoch that was the best so far, so the
// last one flagged; -1 for none.
int bestEpoch(const std::vector<EpochScores>& epochs);
// [{"epoch" (from 1), "xlt_f1", "gxlt_f1", "xlt_em", "gxlt_em", "best", "run"}], "best" true for
// bestEpoch only.
nlohmann::json epochScoresJson(const std::vector<EpochScores>& epochs);

}  // namespace xlqa::cli
