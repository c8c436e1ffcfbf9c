#pragma once
// Machine-readable forms of a score matrix: JSON (full double precision) and CSV.
#include <nlohmann/json.hpp>
#include <string>

#include "core/eval/score_matrix.h"

namespace xlqa {

// {"metric", "pairs": [{question, context, rules, total, answered, exact_match, f1}],
//  "averages": {"xlt", "gxlt", "off_diagonal"}, "notes": [...]}
nlohmann::json scoreMatrixToJson(const ScoreMatrix& matrix, Metric metric);
std::string scoreMatrixToCsv(const ScoreMatrix& matrix);

// Sentences a reader must see next to the numbers, e.g. which languages were scored with the
// adapted MLQA rules because the canonical script rejects them.
std::vector<std::string> scoringNotes(const ScoreMatrix& matrix);

}  // namespace xlqa
