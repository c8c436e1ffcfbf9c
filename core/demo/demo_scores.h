#pragma once
// The demo's headline numbers, read off an evaluation run of its teacher and student.
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "core/store/run_comparison.h"

namespace xlqa {

struct DemoScores {
  RunAverages teacher, student;
  // F1 on English questions over English contexts: what the teacher was trained on, and what
  // the student must keep. nullopt when the run has no en-en pair.
  std::optional<double> teacherEnglishF1, studentEnglishF1;
};

// XLT = mean over the diagonal pairs, G-XLT = mean over every question x context pair,
// diagonal included (as the paper defines it).
DemoScores demoScoresOfRun(const RunStore& run);
// The pair where the student gained most F1 over the teacher (the cross-lingual pair the demo
// opens its examples on); nullopt without a pair scored for both.
std::optional<LanguagePair> largestStudentGain(const std::vector<PairRecord>& pairs);

// {"teacher": {"xlt_f1", "gxlt_f1", "en_en_f1"}, "student": {...}}; with `withExactMatch` also
// "xlt_em", "gxlt_em". en_en_f1 is null when the run has no en-en pair.
nlohmann::json toJson(const DemoScores& scores, bool withExactMatch);

}  // namespace xlqa
