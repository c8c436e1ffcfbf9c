#include "core/store/gold_rank.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <string_view>

namespace xlqa {

namespace {

std::optional<EmAtK> emAtK(const std::vector<ExampleGoldRank>& examples, ModelRole role, int kLimit) {
  EmAtK out;
  std::vector<std::size_t> within(static_cast<std::size_t>(std::max(0, kLimit)), 0);
  for (const ExampleGoldRank& example : examples) {
    if (!(role == ModelRole::Teacher ? example.hasTeacher : example.hasStudent)) continue;
    ++out.examples;
    const std::optional<int>& rank = role == ModelRole::Teacher ? example.teacher : example.student;
    for (int k = rank.value_or(kLimit + 1); k <= kLimit; ++k) ++within[static_cast<std::size_t>(k - 1)];
  }
  if (out.examples == 0) return std::nullopt;
  // The official EM's arithmetic (ScoreTotals::exactMatch), so EM@1 can equal it bit for bit.
  for (std::size_t count : within)
    out.values.push_back(100.0 * static_cast<double>(count) / static_cast<double>(out.examples));
  return out;
}

nlohmann::json rankJson(const std::optional<int>& rank) { return rank ? nlohmann::json(*rank) : nlohmann::json(); }

}  // namespace

std::optional<int> goldRank(const OfficialScorer& scorer, const std::vector<std::string>& golds,
                            const std::vector<SpanSummary>& top) {
  if (golds.empty()) return std::nullopt;
  const std::vector<std::string_view> goldViews(golds.begin(), golds.end());
  for (std::size_t i = 0; i < top.size(); ++i)
    if (scorer.score(top[i].text, goldViews).exactMatch == 1) return static_cast<int>(i + 1);
  return std::nullopt;
}

std::optional<int> keptSpansPerExample(const RunManifest& manifest) {
  const nlohmann::json& settings = manifest.settings;
  if (!settings.is_object() || !settings.contains("top_k") || !settings.at("top_k").is_number_integer())
    return std::nullopt;
  int kept = settings.at("top_k").get<int>();
  if (settings.contains("n_best") && settings.at("n_best").is_number_integer())
    kept = std::min(kept, settings.at("n_best").get<int>());
  return std::max(0, kept);
}

PairGoldRanks pairGoldRanks(const PairRecord& record, const std::vector<ExampleRecord>& examples, int kLimit) {
  PairGoldRanks out;
  out.pair = record.pair;
  out.rules = record.rules;
  out.kLimit = kLimit;
  const OfficialScorer scorer(rulesFromId(record.rules), record.pair.context);
  for (const ExampleRecord& example : examples) {
    ExampleGoldRank ranks;
    ranks.id = example.id;
    ranks.hasTeacher = example.teacher.has_value();
    ranks.hasStudent = example.student.has_value();
    // A span beyond kLimit is not looked at, so no rank is ever claimed past the limit.
    const auto rank = [&](const std::optional<ModelExampleResult>& result) -> std::optional<int> {
      if (!result) return std::nullopt;
      const std::size_t kept = std::min(static_cast<std::size_t>(std::max(0, kLimit)), result->top.size());
      return goldRank(scorer, example.golds,
                      std::vector<SpanSummary>(result->top.begin(), result->top.begin() + static_cast<long>(kept)));
    };
    ranks.teacher = rank(example.teacher);
    ranks.student = rank(example.student);
    out.studentMovedGoldToTop += ranks.studentMovedGoldToTop() ? 1 : 0;
    out.examples.push_back(std::move(ranks));
  }
  out.teacher = emAtK(out.examples, ModelRole::Teacher, kLimit);
  out.student = emAtK(out.examples, ModelRole::Student, kLimit);
  return out;
}

int goldRankLimit(const RunManifest& manifest, const std::vector<ExampleRecord>& examples) {
  if (const std::optional<int> kept = keptSpansPerExample(manifest)) return *kept;
  int kLimit = 0;
  for (const ExampleRecord& example : examples) {
    for (const auto* result : {&example.teacher, &example.student})
      if (*result) kLimit = std::max(kLimit, static_cast<int>((*result)->top.size()));
  }
  return kLimit;
}

std::vector<PairGoldRanks> runGoldRanks(const RunStore& run, const std::optional<LanguagePair>& pair) {
  std::vector<LanguagePair> pairs = run.completedPairs();
  if (pair) {
    if (std::find(pairs.begin(), pairs.end(), *pair) == pairs.end())
      throw std::invalid_argument("the run has no completed pair " + pair->key());
    pairs = {*pair};
  }
  std::vector<PairGoldRanks> out;
  for (const LanguagePair& p : pairs) {
    const std::vector<ExampleRecord> examples = run.readExamples(p);
    out.push_back(pairGoldRanks(run.readPair(p), examples, goldRankLimit(run.manifest(), examples)));
  }
  return out;
}

std::vector<PairGoldRanks> runGoldRanks(const RunManifest& manifest, const std::vector<PairRecord>& pairs,
                                        const std::vector<std::vector<ExampleRecord>>& examples) {
  std::vector<PairGoldRanks> out;
  for (std::size_t i = 0; i < pairs.size() && i < examples.size(); ++i)
    out.push_back(pairGoldRanks(pairs[i], examples[i], goldRankLimit(manifest, examples[i])));
  return out;
}

std::optional<EmAtK> meanEmAtK(const std::vector<PairGoldRanks>& pairs, ModelRole role,
                               const std::function<bool(const LanguagePair&)>& include) {
  std::optional<EmAtK> mean;
  std::size_t curves = 0;
  for (const PairGoldRanks& ranks : pairs) {
    const std::optional<EmAtK>& curve = ranks.emAtK(role);
    if (!curve || (include && !include(ranks.pair))) continue;
    if (!mean) mean.emplace(), mean->values.assign(curve->values.size(), 0.0);
    // Only the k every pair knows: a run keeps the same top_k for all its pairs, but be safe.
    mean->values.resize(std::min(mean->values.size(), curve->values.size()));
    for (std::size_t k = 0; k < mean->values.size(); ++k) mean->values[k] += curve->values[k];
    mean->examples += curve->examples;
    ++curves;
  }
  if (mean)
    for (double& value : mean->values) value /= static_cast<double>(curves);
  return mean;
}

nlohmann::json toJson(const PairGoldRanks& ranks, bool withExamples) {
  nlohmann::json out = {{"pair", ranks.pair.key()},      {"question", ranks.pair.question},
                        {"context", ranks.pair.context}, {"rules", ranks.rules},
                        {"k_limit", ranks.kLimit},       {"student_moved_gold_to_top", ranks.studentMovedGoldToTop}};
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    if (const auto& curve = ranks.emAtK(role))
      out[roleName(role)] = {{"examples", curve->examples}, {"em_at_k", curve->values}};
  }
  if (withExamples) {
    nlohmann::json examples = nlohmann::json::array();
    for (const ExampleGoldRank& example : ranks.examples) {
      nlohmann::json line = {{"id", example.id}};
      if (example.hasTeacher) line["teacher_rank"] = rankJson(example.teacher);
      if (example.hasStudent) line["student_rank"] = rankJson(example.student);
      line["student_moved_gold_to_top"] = example.studentMovedGoldToTop();
      examples.push_back(std::move(line));
    }
    out["examples"] = std::move(examples);
  }
  return out;
}

}  // namespace xlqa
