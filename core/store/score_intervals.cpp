#include "core/store/score_intervals.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <set>

namespace xlqa {
namespace {

// The statistics of one matrix of pair means: XLT, G-XLT, row means, column means, in that order
// (NaN where no pair counted), so that resamples can be collected slot by slot.
std::vector<double> matrixStatistics(const LanguageMatrix& axes, const std::map<LanguagePair, double>& pairMeans) {
  LanguageMatrix matrix = axes;
  for (std::size_t q = 0; q < matrix.questionLanguages.size(); ++q)
    for (std::size_t c = 0; c < matrix.contextLanguages.size(); ++c) {
      const auto it = pairMeans.find({matrix.questionLanguages[q], matrix.contextLanguages[c]});
      matrix.cells[q][c] = it == pairMeans.end() ? std::nullopt : std::optional<double>(it->second);
    }
  const double none = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> out{matrix.xltAverage().value_or(none), matrix.gxltAverage().value_or(none)};
  for (const auto& mean : matrix.rowMeans()) out.push_back(mean.value_or(none));
  for (const auto& mean : matrix.columnMeans()) out.push_back(mean.value_or(none));
  return out;
}

// Each pair's examples as (index into the sorted question ids, F1): resamples only reweight them.
using IndexedScores = std::map<LanguagePair, std::vector<std::pair<std::size_t, double>>>;

IndexedScores indexed(const ExampleScores& scores, const std::vector<std::string>& ids) {
  IndexedScores out;
  for (const auto& [pair, byId] : scores) {
    auto& entries = out[pair];
    for (const auto& [id, f1] : byId)
      entries.emplace_back(static_cast<std::size_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin()), f1);
  }
  return out;
}

// Each pair's mean F1 (points) with question id i counted counts[i] times.
std::map<LanguagePair, double> pairMeans(const IndexedScores& scores, const std::vector<int>& counts) {
  std::map<LanguagePair, double> means;
  for (const auto& [pair, entries] : scores) {
    double sum = 0, weight = 0;
    for (const auto& [index, f1] : entries) {
      sum += counts[index] * f1;
      weight += counts[index];
    }
    if (weight > 0) means[pair] = 100.0 * sum / weight;
  }
  return means;
}

std::optional<ScoreInterval> interval(double estimate, std::vector<double> resampled, double level) {
  if (std::isnan(estimate)) return std::nullopt;
  resampled.erase(std::remove_if(resampled.begin(), resampled.end(), [](double v) { return std::isnan(v); }),
                  resampled.end());
  if (resampled.empty()) return ScoreInterval{estimate, estimate, estimate};
  std::sort(resampled.begin(), resampled.end());
  const auto at = [&](double p) { return resampled[static_cast<std::size_t>(p * double(resampled.size() - 1))]; };
  return ScoreInterval{estimate, at((1 - level) / 2), at(1 - (1 - level) / 2)};
}

}  // namespace

ExampleScores exampleF1(const std::vector<PairRecord>& pairs, const std::vector<std::vector<ExampleRecord>>& examples,
                        ModelRole role) {
  ExampleScores scores;
  for (std::size_t p = 0; p < pairs.size() && p < examples.size(); ++p) {
    if (!pairs[p].score(role)) continue;
    auto& byId = scores[pairs[p].pair];
    for (const ExampleRecord& example : examples[p])
      if (const auto& result = example.result(role)) byId[example.id] = result->f1;
  }
  return scores;
}

ExampleScores exampleF1(const RunStore& run, ModelRole role) {
  std::vector<PairRecord> pairs = run.readPairs();
  std::vector<std::vector<ExampleRecord>> examples;
  for (const PairRecord& record : pairs)
    examples.push_back(record.score(role) ? run.readExamples(record.pair) : std::vector<ExampleRecord>());
  return exampleF1(pairs, examples, role);
}

RunIntervals runIntervals(const std::vector<PairRecord>& pairs, const std::vector<std::vector<ExampleRecord>>& examples,
                          const BootstrapSettings& settings) {
  RunIntervals out;
  out.settings = settings;
  const ExampleScores teacher = exampleF1(pairs, examples, ModelRole::Teacher);
  const ExampleScores student = exampleF1(pairs, examples, ModelRole::Student);
  const LanguageMatrix teacherMatrix = scoreMatrix(pairs, ModelRole::Teacher, ScoreKind::F1);
  const LanguageMatrix studentMatrix = scoreMatrix(pairs, ModelRole::Student, ScoreKind::F1);
  if (!teacher.empty()) out.teacher = bootstrapIntervals(teacherMatrix, teacher, settings);
  if (!student.empty()) out.student = bootstrapIntervals(studentMatrix, student, settings);
  if (!teacher.empty() && !student.empty())
    out.difference =
        bootstrapIntervals(differenceMatrix(teacherMatrix, studentMatrix), differenceOf(teacher, student), settings);
  return out;
}

namespace {

std::optional<ScoreInterval> byLanguage(const std::vector<std::string>& languages,
                                        const std::vector<std::optional<ScoreInterval>>& intervals,
                                        const std::string& language) {
  const auto it = std::find(languages.begin(), languages.end(), language);
  const auto index = static_cast<std::size_t>(it - languages.begin());
  return it == languages.end() || index >= intervals.size() ? std::nullopt : intervals[index];
}

}  // namespace

std::optional<ScoreInterval> MatrixIntervals::rowMean(const std::string& questionLanguage) const {
  return byLanguage(questionLanguages, rowMeans, questionLanguage);
}

std::optional<ScoreInterval> MatrixIntervals::columnMean(const std::string& contextLanguage) const {
  return byLanguage(contextLanguages, columnMeans, contextLanguage);
}

ExampleScores differenceOf(const ExampleScores& a, const ExampleScores& b) {
  ExampleScores difference;
  for (const auto& [pair, byIdA] : a) {
    const auto other = b.find(pair);
    if (other == b.end()) continue;
    auto& out = difference[pair];
    for (const auto& [id, f1A] : byIdA)
      if (const auto it = other->second.find(id); it != other->second.end()) out[id] = it->second - f1A;
  }
  return difference;
}

MatrixIntervals bootstrapIntervals(const LanguageMatrix& axes, const ExampleScores& scores,
                                   const BootstrapSettings& settings) {
  std::set<std::string> idSet;
  for (const auto& [pair, byId] : scores)
    for (const auto& [id, f1] : byId) idSet.insert(id);
  const std::vector<std::string> ids(idSet.begin(), idSet.end());  // sorted: the draws do not depend on file order
  const IndexedScores entries = indexed(scores, ids);
  const std::vector<double> estimates = matrixStatistics(axes, pairMeans(entries, std::vector<int>(ids.size(), 1)));

  std::vector<std::vector<double>> resampled(estimates.size());
  std::mt19937_64 random(settings.seed);
  std::vector<int> counts(ids.size());
  for (int r = 0; r < settings.resamples && !ids.empty(); ++r) {
    std::fill(counts.begin(), counts.end(), 0);
    // Modulo, not std::uniform_int_distribution, whose algorithm differs between standard libraries.
    for (std::size_t i = 0; i < ids.size(); ++i) ++counts[random() % ids.size()];
    const std::vector<double> statistics = matrixStatistics(axes, pairMeans(entries, counts));
    for (std::size_t s = 0; s < statistics.size(); ++s) resampled[s].push_back(statistics[s]);
  }
  MatrixIntervals out;
  out.questionLanguages = axes.questionLanguages;
  out.contextLanguages = axes.contextLanguages;
  out.xlt = interval(estimates[0], resampled[0], settings.level);
  out.gxlt = interval(estimates[1], resampled[1], settings.level);
  const std::size_t rows = axes.questionLanguages.size();
  for (std::size_t s = 2; s < estimates.size(); ++s)
    (s < 2 + rows ? out.rowMeans : out.columnMeans).push_back(interval(estimates[s], resampled[s], settings.level));
  return out;
}

namespace {

std::string intervalCells(const std::optional<ScoreInterval>& interval) {
  if (!interval) return ",,";
  return numberText(interval->estimate) + "," + numberText(interval->low) + "," + numberText(interval->high);
}

}  // namespace

std::string matrixToCsv(const LanguageMatrix& matrix, const MatrixIntervals& intervals,
                        const BootstrapSettings& settings) {
  std::string csv = "question/context";
  for (const std::string& context : matrix.contextLanguages) csv += "," + context;
  csv += ",mean,mean_low,mean_high\n";
  for (std::size_t q = 0; q < matrix.questionLanguages.size(); ++q) {
    csv += matrix.questionLanguages[q];
    for (const auto& cell : matrix.cells[q]) csv += "," + (cell ? numberText(*cell) : std::string());
    csv += "," + intervalCells(intervals.rowMean(matrix.questionLanguages[q])) + "\n";
  }
  const char* names[] = {"mean", "mean_low", "mean_high"};
  for (int part = 0; part < 3; ++part) {
    csv += names[part];
    for (const std::string& context : matrix.contextLanguages) {
      const std::optional<ScoreInterval> mean = intervals.columnMean(context);
      csv += "," + (mean ? numberText(part == 0 ? mean->estimate : part == 1 ? mean->low : mean->high) : std::string());
    }
    csv += ",,,\n";
  }
  csv += "\naverage,estimate,low,high\n";
  csv += "xlt," + intervalCells(intervals.xlt) + "\n";
  csv += "gxlt," + intervalCells(intervals.gxlt) + "\n";
  char note[160];
  std::snprintf(
      note, sizeof note, "# %d%% percentile intervals; paired bootstrap over question ids, %d resamples, seed %llu\n",
      static_cast<int>(settings.level * 100 + 0.5), settings.resamples, static_cast<unsigned long long>(settings.seed));
  return csv + note;
}

nlohmann::json intervalJson(const std::optional<ScoreInterval>& interval) {
  if (!interval) return nullptr;
  return {{"estimate", interval->estimate}, {"low", interval->low}, {"high", interval->high}};
}

nlohmann::json toJson(const MatrixIntervals& intervals, const BootstrapSettings& settings) {
  nlohmann::json rows = nlohmann::json::object(), columns = nlohmann::json::object();
  for (const std::string& language : intervals.questionLanguages)
    rows[language] = intervalJson(intervals.rowMean(language));
  for (const std::string& language : intervals.contextLanguages)
    columns[language] = intervalJson(intervals.columnMean(language));
  return {{"xlt", intervalJson(intervals.xlt)},
          {"gxlt", intervalJson(intervals.gxlt)},
          {"row_means", std::move(rows)},
          {"column_means", std::move(columns)},
          {"resamples", settings.resamples},
          {"seed", settings.seed},
          {"level", settings.level}};
}

std::string formatInterval(const ScoreInterval& interval, bool signedValue) {
  char text[64];
  std::snprintf(text, sizeof text, signedValue ? "%+.1f ± %.1f" : "%.1f ± %.1f", interval.estimate,
                interval.plusMinus());
  return text;
}

}  // namespace xlqa
