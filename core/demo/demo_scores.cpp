#include "core/demo/demo_scores.h"

namespace xlqa {
namespace {

nlohmann::json toJson(const RunAverages& s, const std::optional<double>& english, bool withExactMatch) {
  nlohmann::json out = {{"xlt_f1", s.xltF1}, {"gxlt_f1", s.gxltF1}};
  out["en_en_f1"] = english ? nlohmann::json(*english) : nlohmann::json();
  if (withExactMatch) out["xlt_em"] = s.xltExactMatch, out["gxlt_em"] = s.gxltExactMatch;
  return out;
}

}  // namespace

DemoScores demoScoresOfRun(const RunStore& run) {
  DemoScores scores{runAverages(run, ModelRole::Teacher), runAverages(run, ModelRole::Student), {}, {}};
  const LanguagePair english{"en", "en"};
  if (run.hasPair(english)) {
    const PairRecord record = run.readPair(english);
    if (record.teacher) scores.teacherEnglishF1 = record.teacher->f1;
    if (record.student) scores.studentEnglishF1 = record.student->f1;
  }
  return scores;
}

std::optional<LanguagePair> largestStudentGain(const std::vector<PairRecord>& pairs) {
  std::optional<LanguagePair> best;
  double bestGain = 0;
  for (const PairRecord& record : pairs) {
    if (!record.teacher || !record.student) continue;
    const double gain = record.student->f1 - record.teacher->f1;
    if (!best || gain > bestGain) best = record.pair, bestGain = gain;
  }
  return best;
}

nlohmann::json toJson(const DemoScores& scores, bool withExactMatch) {
  return {{"teacher", toJson(scores.teacher, scores.teacherEnglishF1, withExactMatch)},
          {"student", toJson(scores.student, scores.studentEnglishF1, withExactMatch)}};
}

}  // namespace xlqa
