#include "core/store/pair_sharding.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace xlqa {

std::vector<LanguagePair> pairsOfShard(const std::vector<std::pair<LanguagePair, std::size_t>>& work, int index,
                                       int count) {
  if (count < 1 || index < 0 || index >= count) throw std::invalid_argument("shard index out of range");
  std::vector<std::size_t> order(work.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (work[a].second != work[b].second) return work[a].second > work[b].second;
    return work[a].first < work[b].first;
  });
  std::vector<std::size_t> load(static_cast<std::size_t>(count), 0);
  std::vector<bool> mine(work.size(), false);
  for (std::size_t i : order) {
    const auto lightest = static_cast<int>(std::min_element(load.begin(), load.end()) - load.begin());
    load[static_cast<std::size_t>(lightest)] += std::max<std::size_t>(1, work[i].second);
    mine[i] = lightest == index;
  }
  std::vector<LanguagePair> out;
  for (std::size_t i = 0; i < work.size(); ++i)
    if (mine[i]) out.push_back(work[i].first);
  return out;
}

}  // namespace xlqa
