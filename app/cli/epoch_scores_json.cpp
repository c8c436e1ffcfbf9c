#include "app/cli/epoch_scores_json.h"

#include "core/train/trainer.h"

namespace xlqa::cli {

int bestEpoch(const std::vector<EpochScores>& epochs) {
  int best = -1;
  for (const EpochScores& e : epochs)
    if (e.best) best = e.epoch;
  return best;
}

nlohmann::json epochScoresJson(const std::vector<EpochScores>& epochs) {
  const int best = bestEpoch(epochs);
  nlohmann::json out = nlohmann::json::array();
  for (const EpochScores& e : epochs)
    out.push_back({{"epoch", e.epoch + 1},
                   {"xlt_f1", e.xltF1},
                   {"gxlt_f1", e.gxltF1},
                   {"xlt_em", e.xltExactMatch},
                   {"gxlt_em", e.gxltExactMatch},
                   {"best", e.epoch == best},
                   {"run", e.runDirectory}});
  return out;
}

}  // namespace xlqa::cli
