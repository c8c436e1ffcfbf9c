#include "core/store/gold_rank.h"

#include <algorithm>
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

std::vector<PairGoldRanks> runGoldRanks(const RunStore& run, const std::optional<LanguagePair>& pair) {
  std::vector<LanguagePair> pairs = run.completedPairs();
  if (pair) {
    if (std::find(pairs.begin(), pairs.end(), *pair) == pairs.end())
      throw std::invalid_argument("the run has no completed pair " + pair->key());
    pairs = {*pair};
  }
  const std::optional<int> kept = keptSpansPerExample(run.manifest());
  std::vector<PairGoldRanks> out;
  for (const LanguagePair& p : pairs) {
    const std::vector<ExampleRecord> examples = run.readExamples(p);
    int kLimit = kept.value_or(0);
    if (!kept) {
      for (const ExampleRecord& example : examples) {
        for (const auto* result : {&example.teacher, &example.student})
          if (*result) kLimit = std::max(kLimit, static_cast<int>((*result)->top.size()));
      }
    }
    out.push_back(pairGoldRanks(run.readPair(p), examples, kLimit));
  }
  return out;
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
