#pragma once
// Splitting a run's pairs among the shards of a job so that each gets about the same work, not
// the same number of pairs: a pair weighs its examples x models. Every shard computes the same
// split from the same inputs, so no shard needs to talk to another.
#include <cstddef>
#include <utility>
#include <vector>

#include "core/data/language_pair.h"

namespace xlqa {

// The pairs of shard `index` of `count`, in the order of `work`: heaviest pair first to the
// least loaded shard (ties: the pair's key, then the lowest shard). Every pair goes to exactly one.
std::vector<LanguagePair> pairsOfShard(const std::vector<std::pair<LanguagePair, std::size_t>>& work, int index,
                                       int count);

}  // namespace xlqa
