#include "core/store/latex_table.h"

#include <cstdio>

namespace xlqa {
namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
      case '{':
      case '}':
        out += '\\';
        out += c;
        break;
      case '\\': out += "\\textbackslash{}"; break;
      case '~': out += "\\textasciitilde{}"; break;
      case '^': out += "\\textasciicircum{}"; break;
      default: out += c;
    }
  }
  return out;
}

std::string number(double value, const LatexTableOptions& options) {
  char text[64];
  std::snprintf(text, sizeof text, options.signedValues ? "%+.*f" : "%.*f", options.decimals, value);
  return text;
}

std::string cell(const std::optional<double>& value, const LatexTableOptions& options, bool bold = false) {
  if (!value) return "--";
  const std::string text = number(*value, options);
  return bold ? "\\textbf{" + text + "}" : text;
}

// A mean, with its interval when there is one.
std::string mean(const std::optional<double>& value, const std::optional<ScoreInterval>& interval,
                 const LatexTableOptions& options) {
  if (!value) return "--";
  if (!interval) return number(*value, options);
  char half[32];
  std::snprintf(half, sizeof half, "%.*f", options.decimals, interval->plusMinus());
  return number(*value, options) + " {\\scriptsize $\\pm$ " + half + "}";
}

std::string averagesSentence(const LanguageMatrix& matrix, const LatexTableOptions& options) {
  const auto part = [&](const char* name, const std::optional<double>& value,
                        const std::optional<ScoreInterval>& interval) {
    return value ? std::string(name) + " " + mean(value, interval, options) : std::string();
  };
  const MatrixIntervals none;
  const MatrixIntervals& intervals = options.intervals ? *options.intervals : none;
  std::string sentence = part("XLT", matrix.xltAverage(), intervals.xlt);
  const std::string gxlt = part("G-XLT", matrix.gxltAverage(), intervals.gxlt);
  if (!gxlt.empty()) sentence += (sentence.empty() ? "" : ", ") + gxlt;
  return sentence;
}

}  // namespace

std::string matrixToLatex(const LanguageMatrix& matrix, const LatexTableOptions& options) {
  const std::size_t columns = matrix.contextLanguages.size();
  std::string tex = "\\begin{table}[t]\n\\centering\n\\begin{tabular}{l*{" + std::to_string(columns) + "}{r}r}\n";
  tex += "\\toprule\nQ \\textbackslash{} C";
  for (const std::string& language : matrix.contextLanguages) tex += " & " + escaped(language);
  tex += " & mean \\\\\n\\midrule\n";
  const auto rowMeans = matrix.rowMeans();
  for (std::size_t q = 0; q < matrix.questionLanguages.size(); ++q) {
    std::optional<double> best;
    for (const auto& value : matrix.cells[q])
      if (value && (!best || *value > *best)) best = value;
    tex += escaped(matrix.questionLanguages[q]);
    for (const auto& value : matrix.cells[q]) tex += " & " + cell(value, options, value && best && *value == *best);
    const std::string& language = matrix.questionLanguages[q];
    tex += " & " + mean(rowMeans[q], options.intervals ? options.intervals->rowMean(language) : std::nullopt, options);
    tex += " \\\\\n";
  }
  tex += "\\midrule\nmean";
  const auto columnMeans = matrix.columnMeans();
  for (std::size_t c = 0; c < columns; ++c) {
    const std::string& language = matrix.contextLanguages[c];
    tex += " & " +
           mean(columnMeans[c], options.intervals ? options.intervals->columnMean(language) : std::nullopt, options);
  }
  tex += " & " + mean(matrix.gxltAverage(), options.intervals ? options.intervals->gxlt : std::nullopt, options);
  tex += " \\\\\n\\bottomrule\n\\end{tabular}\n";
  std::string caption = escaped(options.caption);
  const std::string averages = averagesSentence(matrix, options);
  if (!averages.empty()) caption += (caption.empty() ? "" : ". ") + averages + ".";
  if (options.intervals) caption += " $\\pm$: 95\\% paired bootstrap interval over questions.";
  if (!caption.empty()) tex += "\\caption{" + caption + "}\n";
  if (!options.label.empty()) tex += "\\label{" + options.label + "}\n";
  tex += "\\end{table}\n";
  return tex;
}

}  // namespace xlqa
