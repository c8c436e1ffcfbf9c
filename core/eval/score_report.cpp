#include "core/eval/score_report.h"

#include <iomanip>
#include <set>
#include <sstream>

namespace xlqa {
namespace {

nlohmann::json averageToJson(const MatrixAverage& average) {
  if (average.pairs == 0) return nullptr;
  return {{"exact_match", average.exactMatch}, {"f1", average.f1}, {"pairs", average.pairs}};
}

}  // namespace

std::vector<std::string> scoringNotes(const ScoreMatrix& matrix) {
  std::set<std::string> adapted;
  for (const PairScore& p : matrix.pairs)
    if (p.rules == ScoringRules::MlqaV1Adapted) adapted.insert(p.pair.context);
  if (adapted.empty()) return {};
  std::string languages;
  for (const auto& language : adapted) languages += (languages.empty() ? "" : " ") + language;
  return {"context languages " + languages +
          " are scored with the mlqa_v1_adapted rules (no article list, whitespace tokens): "
          "the canonical MLQA script rejects them"};
}

nlohmann::json scoreMatrixToJson(const ScoreMatrix& matrix, Metric metric) {
  nlohmann::json pairs = nlohmann::json::array();
  for (const PairScore& p : matrix.pairs) {
    pairs.push_back({{"question", p.pair.question},
                     {"context", p.pair.context},
                     {"rules", std::string(rulesId(p.rules))},
                     {"total", p.totals.total},
                     {"answered", p.totals.answered},
                     {"exact_match", p.totals.exactMatch()},
                     {"f1", p.totals.f1()}});
  }
  return {{"metric", metric == Metric::Mlqa ? "mlqa" : "squad"},
          {"pairs", pairs},
          {"averages",
           {{"xlt", averageToJson(matrix.xlt())},
            {"gxlt", averageToJson(matrix.gxlt())},
            {"off_diagonal", averageToJson(matrix.offDiagonal())}}},
          {"notes", scoringNotes(matrix)}};
}

std::string scoreMatrixToCsv(const ScoreMatrix& matrix) {
  std::ostringstream out;
  out << std::setprecision(17);
  out << "question,context,rules,total,answered,exact_match,f1\n";
  for (const PairScore& p : matrix.pairs) {
    out << p.pair.question << ',' << p.pair.context << ',' << rulesId(p.rules) << ',' << p.totals.total << ','
        << p.totals.answered << ',' << p.totals.exactMatch() << ',' << p.totals.f1() << '\n';
  }
  return out.str();
}

}  // namespace xlqa
