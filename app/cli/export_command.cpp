// xlqa export: a run's score matrix for papers and spreadsheets: LaTeX (booktabs, the best value
// of each row in bold, means with bootstrap intervals on request), CSV or JSON.
#include <QCommandLineParser>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/io/json_file.h"
#include "core/store/heatmap_svg.h"
#include "core/store/latex_table.h"
#include "core/store/run_comparison.h"
#include "core/store/score_intervals.h"

namespace xlqa::cli {
namespace {

void addExportOptions(QCommandLineParser& parser) {
  parser.addPositionalArgument("run", "A run folder.");
  parser.addOption(
      {"matrix", "teacher, student or difference (student - teacher; default: student).", "matrix", "student"});
  parser.addOption({"metric", "f1 (default) or em.", "metric", "f1"});
  parser.addOption(
      {"format", "latex (default), csv, json or svg (the heatmap with its colour bar, vector).", "format", "latex"});
  parser.addOption({"intervals", "Add 95% paired bootstrap intervals to the means and averages (F1 only)."});
  parser.addOption({"caption", "The LaTeX table's caption.", "text"});
  parser.addOption({"label", "The LaTeX table's \\label.", "label"});
  parser.addOption({"out", "Write to this file (atomically) instead of standard output.", "file"});
}

LanguageMatrix exportedMatrix(const RunStore& run, const QString& which, ScoreKind metric) {
  if (which == "teacher") return scoreMatrix(run, ModelRole::Teacher, metric);
  if (which == "student") return scoreMatrix(run, ModelRole::Student, metric);
  if (which == "difference")
    return differenceMatrix(scoreMatrix(run, ModelRole::Teacher, metric), scoreMatrix(run, ModelRole::Student, metric));
  throw std::invalid_argument("--matrix must be teacher, student or difference");
}

std::optional<MatrixIntervals> exportedIntervals(const RunStore& run, const QString& which,
                                                 const LanguageMatrix& matrix) {
  if (which == "difference")
    return bootstrapIntervals(matrix,
                              differenceOf(exampleF1(run, ModelRole::Teacher), exampleF1(run, ModelRole::Student)));
  return bootstrapIntervals(matrix, exampleF1(run, which == "teacher" ? ModelRole::Teacher : ModelRole::Student));
}

std::string heatmapTitle(const QString& which, ScoreKind metric) {
  const std::string measure = metric == ScoreKind::F1 ? "F1" : "EM";
  if (which == "teacher") return "Teacher " + measure;
  if (which == "student") return "Student " + measure;
  return "Student \u2212 teacher " + measure + " (points)";
}

}  // namespace

int runExport(const QStringList& arguments) {
  QCommandLineParser parser;
  addExportOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Writes a run's question x context language matrix as a LaTeX table (booktabs, the "
                                 "best value of each row in bold), CSV, JSON or an SVG heatmap with its colour bar."))
    return *exit;
  if (parser.positionalArguments().size() != 1) return usageError(name, "give one run folder");
  const QString format = parser.value("format"), metricName = parser.value("metric");
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"latex", "csv", "json", "svg"})) return *exit;
  if (metricName != "f1" && metricName != "em") return usageError(name, "--metric must be f1 or em");
  const ScoreKind metric = metricName == "em" ? ScoreKind::ExactMatch : ScoreKind::F1;
  if (parser.isSet("intervals") && metric != ScoreKind::F1) return usageError(name, "--intervals are of F1 only");
  try {
    const RunStore run = RunStore::open(toStd(parser.positionalArguments().front()));
    const QString which = parser.value("matrix");
    const LanguageMatrix matrix = exportedMatrix(run, which, metric);
    LatexTableOptions options;
    options.caption = toStd(parser.value("caption"));
    options.label = toStd(parser.value("label"));
    options.signedValues = which == "difference";
    if (parser.isSet("intervals")) options.intervals = exportedIntervals(run, which, matrix);
    const BootstrapSettings bootstrap;  // what exportedIntervals used
    std::string text;
    if (format == "csv") {
      text = options.intervals ? matrixToCsv(matrix, *options.intervals, bootstrap) : matrixToCsv(matrix);
    } else if (format == "json") {
      nlohmann::json out = matrixToJson(matrix);
      if (options.intervals) out["intervals"] = toJson(*options.intervals, bootstrap);
      text = out.dump(1) + "\n";
    } else if (format == "svg") {
      HeatmapSvgOptions svg;
      svg.title = options.caption.empty() ? heatmapTitle(which, metric) : options.caption;
      svg.difference = options.signedValues;
      svg.intervals = options.intervals ? &*options.intervals : nullptr;
      text = heatmapSvg(matrix, svg);
    } else {
      text = matrixToLatex(matrix, options);
    }
    if (parser.isSet("out"))
      writeFileAtomically(toStd(parser.value("out")), text);
    else
      printOut(text);
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
