#pragma once
// Where the gold answer sits in a model's n-best list: its rank among the spans a run kept, and
// EM@k, the share of examples whose gold is among the first k spans. A span "is" the gold when
// it scores EM 1 under the pair's own rules (OfficialScorer), exactly as the run's EM was scored,
// so EM@1 equals the run's EM wherever the best span is the prediction. Only the top_k spans are
// stored, so EM@k is known for k <= that limit and never beyond.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/eval/official_scores.h"
#include "core/store/run_store.h"

namespace xlqa {

// 1-based position of the first span in `top` that exactly matches a gold answer after the
// scorer's normalisation; nullopt when none of the kept spans does (or there is no gold).
std::optional<int> goldRank(const OfficialScorer& scorer, const std::vector<std::string>& golds,
                            const std::vector<SpanSummary>& top);

struct ExampleGoldRank {
  std::string id;
  bool hasTeacher = false, hasStudent = false;
  std::optional<int> teacher, student;  // nullopt: not within the kept spans (or no result)
  // The student ranks the gold first where the teacher ranked it lower or not at all.
  bool studentMovedGoldToTop() const { return hasTeacher && hasStudent && student == 1 && teacher != 1; }
};

// EM@k for k = 1..kLimit, 0..100 as the official EM: 100 * (examples with rank <= k) / examples.
struct EmAtK {
  std::size_t examples = 0;
  std::vector<double> values;  // values[k - 1]
};

struct PairGoldRanks {
  LanguagePair pair;
  std::string rules;
  int kLimit = 0;  // the spans the run kept per example: EM@k is known up to here
  std::optional<EmAtK> teacher, student;
  std::vector<ExampleGoldRank> examples;  // in the pair's example order
  std::size_t studentMovedGoldToTop = 0;

  const std::optional<EmAtK>& emAtK(ModelRole role) const { return role == ModelRole::Teacher ? teacher : student; }
};

// The spans a run kept per example: the settings' top_k, capped by n_best (the decoder never
// returns more); nullopt when the manifest does not say (runs made before top_k was recorded).
std::optional<int> keptSpansPerExample(const RunManifest& manifest);

// Ranks and EM@k of one pair's records, scored with `record.rules` for its context language.
PairGoldRanks pairGoldRanks(const PairRecord& record, const std::vector<ExampleRecord>& examples, int kLimit);

// The same for the run's completed pairs (or only `pair`); kLimit from keptSpansPerExample, or
// the longest stored top list when the manifest does not say. Throws std::invalid_argument for a
// pair the run has not completed.
std::vector<PairGoldRanks> runGoldRanks(const RunStore& run, const std::optional<LanguagePair>& pair = std::nullopt);
// The same from examples already in memory (`pairs` and `examples` parallel), for the app.
std::vector<PairGoldRanks> runGoldRanks(const RunManifest& manifest, const std::vector<PairRecord>& pairs,
                                        const std::vector<std::vector<ExampleRecord>>& examples);
// The k limit of one pair's EM@k: keptSpansPerExample, else the longest stored top list.
int goldRankLimit(const RunManifest& manifest, const std::vector<ExampleRecord>& examples);

// The unweighted mean of the pairs' EM@k curves (as XLT and G-XLT average pairs), over the pairs
// `include` accepts (all when empty); `examples` is their total. nullopt when no pair has the role.
std::optional<EmAtK> meanEmAtK(const std::vector<PairGoldRanks>& pairs, ModelRole role,
                               const std::function<bool(const LanguagePair&)>& include = {});

// Export: {"pair", "rules", "k_limit", "teacher"/"student": {"examples", "em_at_k": [..]},
// "student_moved_gold_to_top", and with `withExamples` "examples": [{"id", "teacher_rank",
// "student_rank", "student_moved_gold_to_top"}]} (a rank is null when not within k_limit).
nlohmann::json toJson(const PairGoldRanks& ranks, bool withExamples);

}  // namespace xlqa
