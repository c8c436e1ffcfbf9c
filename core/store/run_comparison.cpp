#include "core/store/run_comparison.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <set>
#include <unordered_map>

namespace xlqa {

using nlohmann::json;

namespace {

// Running mean of the cells that are present.
class Mean {
 public:
  void add(const std::optional<double>& value) {
    if (!value) return;
    sum_ += *value;
    ++count_;
  }
  std::optional<double> value() const {
    if (count_ == 0) return std::nullopt;
    return sum_ / static_cast<double>(count_);
  }

 private:
  double sum_ = 0;
  std::size_t count_ = 0;
};

std::optional<std::size_t> indexOf(const std::vector<std::string>& languages, const std::string& language) {
  const auto it = std::find(languages.begin(), languages.end(), language);
  if (it == languages.end()) return std::nullopt;
  return static_cast<std::size_t>(it - languages.begin());
}

// A matrix over the given languages with every cell missing.
LanguageMatrix emptyMatrix(std::vector<std::string> questionLanguages, std::vector<std::string> contextLanguages) {
  LanguageMatrix matrix;
  matrix.questionLanguages = std::move(questionLanguages);
  matrix.contextLanguages = std::move(contextLanguages);
  matrix.cells.assign(matrix.questionLanguages.size(),
                      std::vector<std::optional<double>>(matrix.contextLanguages.size()));
  return matrix;
}

std::vector<std::string> sortedUnion(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::set<std::string> languages(a.begin(), a.end());
  languages.insert(b.begin(), b.end());
  return {languages.begin(), languages.end()};
}

// Which cells of the matrix to average: the diagonal, off it, or all.
enum class Cells { Diagonal, OffDiagonal, All };

std::optional<double> average(const LanguageMatrix& matrix, Cells which) {
  Mean mean;
  for (std::size_t q = 0; q < matrix.cells.size(); ++q) {
    for (std::size_t c = 0; c < matrix.cells[q].size(); ++c) {
      const bool diagonal = matrix.questionLanguages[q] == matrix.contextLanguages[c];
      if (which == Cells::All || diagonal == (which == Cells::Diagonal)) mean.add(matrix.cells[q][c]);
    }
  }
  return mean.value();
}

// Shortest text that reads back as the same double.
json optionalJson(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

std::vector<double> f1s(const std::vector<const ModelExampleResult*>& results) {
  std::vector<double> values;
  values.reserve(results.size());
  for (const ModelExampleResult* result : results) values.push_back(result->f1);
  return values;
}

// Per-example results of both sides on the examples both have, in A's order. Ids only one side
// has (a run on a different data version, say) are left out rather than scored 0.
std::pair<std::vector<double>, std::vector<double>> matchedF1(const std::vector<ExampleRecord>& examplesA,
                                                              ModelRole roleA,
                                                              const std::vector<ExampleRecord>& examplesB,
                                                              ModelRole roleB) {
  std::unordered_map<std::string, const ModelExampleResult*> byId;  // a repeated id keeps the last, as predictions do
  for (const ExampleRecord& example : examplesB) {
    if (const auto& result = example.result(roleB)) byId[example.id] = &*result;
  }
  std::vector<const ModelExampleResult*> sideA, sideB;
  for (const ExampleRecord& example : examplesA) {
    const auto& result = example.result(roleA);
    const auto match = byId.find(example.id);
    if (!result || match == byId.end()) continue;
    sideA.push_back(&*result);
    sideB.push_back(match->second);
  }
  return {f1s(sideA), f1s(sideB)};
}

}  // namespace

std::optional<double> LanguageMatrix::at(const LanguagePair& pair) const {
  const auto q = indexOf(questionLanguages, pair.question);
  const auto c = indexOf(contextLanguages, pair.context);
  if (!q || !c) return std::nullopt;
  return cells[*q][*c];
}

std::optional<double> LanguageMatrix::xltAverage() const { return average(*this, Cells::Diagonal); }
std::optional<double> LanguageMatrix::gxltAverage() const { return average(*this, Cells::All); }
std::optional<double> LanguageMatrix::offDiagonalAverage() const { return average(*this, Cells::OffDiagonal); }

std::vector<std::optional<double>> LanguageMatrix::rowMeans() const {
  std::vector<std::optional<double>> means;
  for (const auto& row : cells) {
    Mean mean;
    for (const auto& cell : row) mean.add(cell);
    means.push_back(mean.value());
  }
  return means;
}

std::vector<std::optional<double>> LanguageMatrix::columnMeans() const {
  std::vector<std::optional<double>> means;
  for (std::size_t c = 0; c < contextLanguages.size(); ++c) {
    Mean mean;
    for (const auto& row : cells) mean.add(row[c]);
    means.push_back(mean.value());
  }
  return means;
}

LanguageMatrix scoreMatrix(const RunStore& run, ModelRole role, ScoreKind kind) {
  return scoreMatrix(run.readPairs(), role, kind);
}

LanguageMatrix scoreMatrix(const std::vector<PairRecord>& all, ModelRole role, ScoreKind kind) {
  // Only pairs this model was scored on: a teacher-only run has no student matrix.
  std::vector<PairRecord> records = all;
  records.erase(std::remove_if(records.begin(), records.end(),
                               [role](const PairRecord& record) { return !record.score(role).has_value(); }),
                records.end());
  std::vector<std::string> questions, contexts;
  for (const PairRecord& record : records) {
    questions.push_back(record.pair.question);
    contexts.push_back(record.pair.context);
  }
  LanguageMatrix matrix = emptyMatrix(sortedUnion(questions, {}), sortedUnion(contexts, {}));
  for (const PairRecord& record : records) {
    const ModelPairScore& score = *record.score(role);
    const std::size_t q = *indexOf(matrix.questionLanguages, record.pair.question);
    const std::size_t c = *indexOf(matrix.contextLanguages, record.pair.context);
    matrix.cells[q][c] = kind == ScoreKind::ExactMatch ? score.exactMatch : score.f1;
  }
  return matrix;
}

RunAverages runAverages(const RunStore& run, ModelRole role) {
  const LanguageMatrix f1 = scoreMatrix(run, role, ScoreKind::F1), em = scoreMatrix(run, role, ScoreKind::ExactMatch);
  return {f1.xltAverage().value_or(0), f1.gxltAverage().value_or(0), em.xltAverage().value_or(0),
          em.gxltAverage().value_or(0)};
}

LanguageMatrix differenceMatrix(const LanguageMatrix& a, const LanguageMatrix& b) {
  LanguageMatrix matrix = emptyMatrix(sortedUnion(a.questionLanguages, b.questionLanguages),
                                      sortedUnion(a.contextLanguages, b.contextLanguages));
  for (std::size_t q = 0; q < matrix.questionLanguages.size(); ++q) {
    for (std::size_t c = 0; c < matrix.contextLanguages.size(); ++c) {
      const LanguagePair pair{matrix.questionLanguages[q], matrix.contextLanguages[c]};
      const auto before = a.at(pair), after = b.at(pair);
      if (before && after) matrix.cells[q][c] = *after - *before;
    }
  }
  return matrix;
}

std::vector<PairComparison> comparePairs(const RunStore& runA, ModelRole roleA, const RunStore& runB, ModelRole roleB) {
  std::vector<PairComparison> comparisons;
  for (const PairRecord& recordA : runA.readPairs()) {
    if (!recordA.score(roleA) || !runB.hasPair(recordA.pair)) continue;
    const PairRecord recordB = runB.readPair(recordA.pair);
    if (!recordB.score(roleB)) continue;
    const auto [f1A, f1B] = matchedF1(runA.readExamples(recordA.pair), roleA, runB.readExamples(recordA.pair), roleB);
    comparisons.push_back(
        {recordA.pair, recordA.score(roleA)->f1, recordB.score(roleB)->f1, pairedSignificance(f1A, f1B)});
  }
  return comparisons;
}

std::string numberText(double value) {
  char text[64];
  const auto result = std::to_chars(std::begin(text), std::end(text), value);
  return std::string(text, result.ptr);
}

std::string matrixToCsv(const LanguageMatrix& matrix) {
  // Language codes hold no commas or quotes, so no field needs quoting.
  std::string csv = "question/context";
  for (const std::string& context : matrix.contextLanguages) csv += "," + context;
  csv += "\n";
  for (std::size_t q = 0; q < matrix.questionLanguages.size(); ++q) {
    csv += matrix.questionLanguages[q];
    for (const auto& cell : matrix.cells[q]) csv += "," + (cell ? numberText(*cell) : std::string());
    csv += "\n";
  }
  return csv;
}

json matrixToJson(const LanguageMatrix& matrix) {
  json cells = json::array();
  for (const auto& row : matrix.cells) {
    json cellsOfRow = json::array();
    for (const auto& cell : row) cellsOfRow.push_back(optionalJson(cell));
    cells.push_back(std::move(cellsOfRow));
  }
  return {{"question_languages", matrix.questionLanguages},
          {"context_languages", matrix.contextLanguages},
          {"cells", std::move(cells)},
          {"xlt", optionalJson(matrix.xltAverage())},
          {"gxlt", optionalJson(matrix.gxltAverage())},
          {"off_diagonal", optionalJson(matrix.offDiagonalAverage())}};
}

std::optional<std::string> dtypeDifference(const RunStore& runA, ModelRole roleA, const RunStore& runB,
                                           ModelRole roleB) {
  const auto dtypeOf = [](const RunStore& run, ModelRole role) -> std::string {
    const auto& model = role == ModelRole::Teacher ? run.manifest().teacher : run.manifest().student;
    return model ? model->dtype : "";
  };
  const std::string a = dtypeOf(runA, roleA), b = dtypeOf(runB, roleB);
  if (a.empty() || b.empty() || a == b) return std::nullopt;
  return "A (" + roleName(roleA) + ") ran in " + a + ", B (" + roleName(roleB) + ") in " + b +
         ": the differences include the precision's";
}

}  // namespace xlqa
