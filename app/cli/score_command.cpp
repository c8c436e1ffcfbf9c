// xlqa score: official EM/F1 per (question language, context language) pair.
#include <QCommandLineParser>

#include <cstdio>
#include <set>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/data/parallel_dataset.h"
#include "core/eval/score_matrix.h"
#include "core/eval/score_report.h"
#include "core/io/json_file.h"

namespace xlqa::cli {
namespace {

std::string formatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%6.2f", value);
  return buffer;
}

// One matrix (rows: question language, columns: context language) with row and column means.
std::string matrixTable(const ScoreMatrix& matrix, const char* title, double (ScoreTotals::*value)() const) {
  const auto questions = matrix.questionLanguages();
  const auto contexts = matrix.contextLanguages();
  std::string out = std::string(title) + " (rows: question language, columns: context language)\n   q\\c";
  for (const auto& c : contexts) out += "     " + c;
  out += "    mean\n";
  std::vector<double> columnSum(contexts.size(), 0.0);
  std::vector<int> columnCount(contexts.size(), 0);
  for (const auto& q : questions) {
    out += "    " + q;
    double rowSum = 0.0;
    int rowCount = 0;
    for (std::size_t i = 0; i < contexts.size(); ++i) {
      const PairScore* p = matrix.find({q, contexts[i]});
      if (!p) {
        out += "      - ";
        continue;
      }
      const double v = (p->totals.*value)();
      out += " " + formatNumber(v);
      rowSum += v, ++rowCount;
      columnSum[i] += v, ++columnCount[i];
    }
    out += "  " + formatNumber(rowCount ? rowSum / rowCount : 0.0) + "\n";
  }
  out += "  mean";
  for (std::size_t i = 0; i < contexts.size(); ++i)
    out += " " + formatNumber(columnCount[i] ? columnSum[i] / columnCount[i] : 0.0);
  return out + "\n\n";
}

std::string averageLine(const char* label, const MatrixAverage& average) {
  if (average.pairs == 0) return std::string(label) + "no pairs\n";
  return std::string(label) + "EM " + formatNumber(average.exactMatch) + "  F1 " + formatNumber(average.f1) + "  (" +
         std::to_string(average.pairs) + " pairs)\n";
}

std::string textReport(const ScoreMatrix& matrix, Metric metric) {
  std::string out =
      std::string("Metric: ") + (metric == Metric::Mlqa ? "MLQA rules of the context language" : "SQuAD v1.1") + "\n\n";
  out += matrixTable(matrix, "F1", &ScoreTotals::f1);
  out += matrixTable(matrix, "Exact match", &ScoreTotals::exactMatch);
  out += averageLine("XLT   (diagonal)               ", matrix.xlt());
  out += averageLine("G-XLT (all pairs, diagonal in) ", matrix.gxlt());
  out += averageLine("Cross-lingual (off-diagonal)   ", matrix.offDiagonal());
  for (const auto& note : scoringNotes(matrix)) out += "note: " + note + "\n";
  return out;
}

// Default pairs: those the predictions cover (per-pair predictions), or the only pair there is.
std::vector<LanguagePair> defaultPairs(const ParallelDataset& dataset, const PredictionSet& predictions) {
  const auto available = dataset.availablePairs();
  if (!predictions.isPerPair()) {
    if (available.size() == 1) return available;
    throw std::invalid_argument("the predictions are one flat file but the data has " +
                                std::to_string(available.size()) +
                                " language pairs; say which pair they answer with --pairs (e.g. --pairs en-en)");
  }
  std::vector<LanguagePair> covered;
  for (const auto& pair : available)
    if (predictions.forPair(pair)) covered.push_back(pair);
  if (covered.empty()) throw std::invalid_argument("no prediction matches a language pair of the data");
  return covered;
}

}  // namespace

int runScore(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"data", "Dataset files or folders (repeatable; 'lang=path' names a file's language).", "path"});
  parser.addOption({"predictions",
                    "Official-format predictions: one file, a file keyed by pair {\"en-es\": {...}}, "
                    "or a folder of en-es.json / q-en_c-es.json files.",
                    "path"});
  parser.addOption({"pairs", "all | xlt | gxlt | en-es,es-en (default: the pairs the predictions cover).", "pairs"});
  parser.addOption({"metric", "mlqa (default; rules of the context language) or squad.", "name", "mlqa"});
  parser.addOption({"format", "text (default), json or csv.", "format", "text"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Scores predictions over question x context language pairs exactly as the official "
                                 "SQuAD v1.1 and MLQA scripts do, and prints the matrix with XLT and G-XLT averages."))
    return *exit;
  if (!parser.isSet("data")) return usageError(name, "--data is required");
  if (!parser.isSet("predictions")) return usageError(name, "--predictions is required");
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json", "csv"})) return *exit;
  const QString format = parser.value("format");

  try {
    const Metric metric = parseMetric(toStd(parser.value("metric")));
    const ParallelDataset dataset = loadDataset(parser.values("data"));
    const PredictionSet predictions = PredictionSet::load(toStd(parser.value("predictions")));
    const auto pairs = parser.isSet("pairs") ? selectPairs(toStd(parser.value("pairs")), dataset.availablePairs())
                                             : defaultPairs(dataset, predictions);
    ScoreMatrix matrix;
    for (const LanguagePair& pair : pairs) {
      const Predictions* forPair = predictions.forPair(pair);
      if (!forPair) throw std::invalid_argument("no predictions for pair " + pair.key());
      matrix.pairs.push_back(scorePair(dataset.pair(pair), *forPair, metric));
    }
    if (format == "json") {
      printOut(scoreMatrixToJson(matrix, metric).dump(1) + "\n");
    } else if (format == "csv") {
      printOut(scoreMatrixToCsv(matrix));
    } else {
      printOut(textReport(matrix, metric));
    }
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
