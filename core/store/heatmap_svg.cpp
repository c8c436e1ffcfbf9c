#include "core/store/heatmap_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "core/util/colour_scales.h"

namespace xlqa {
namespace {

constexpr int kCellWidth = 60, kCellHeight = 36, kGap = 12;  // a gap sets the means apart
constexpr int kLeft = 70, kTop = 78;                         // room for row labels, title and caption
constexpr int kBarWidth = 16;

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string number(const char* pattern, double value) {
  char text[48];
  std::snprintf(text, sizeof text, pattern, value);
  return text;
}

struct Scale {
  bool difference;
  double limit;  // a difference scale runs from -limit to +limit, a score scale from 0 to 100
  double fraction(double value) const { return difference ? (value + limit) / (2 * limit) : value / 100.0; }
  Rgb colour(double value) const { return colourAt(difference ? divergingStops() : viridisStops(), fraction(value)); }
  std::string text(double value) const { return number(difference ? "%+.1f" : "%.1f", value); }
};

std::string cell(int x, int y, int width, const std::optional<double>& value, const Scale& scale,
                 const std::string& label) {
  if (!value)
    return "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(width) +
           "\" height=\"" + std::to_string(kCellHeight) + "\" fill=\"#ffffff\" stroke=\"#c8c8c8\"/>\n";
  const Rgb fill = scale.colour(*value);
  return "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(width) +
         "\" height=\"" + std::to_string(kCellHeight) + "\" fill=\"" + fill.hex() + "\" stroke=\"#ffffff\"/>\n" +
         "<text x=\"" + std::to_string(x + width / 2) + "\" y=\"" + std::to_string(y + kCellHeight / 2 + 5) +
         "\" text-anchor=\"middle\" fill=\"" + (wantsDarkText(fill) ? "#141414" : "#fafafa") + "\">" + escaped(label) +
         "</text>\n";
}

std::string meanLabel(const std::optional<double>& value, const std::optional<ScoreInterval>& interval,
                      const Scale& scale) {
  if (!value) return {};
  return interval ? scale.text(*value) + " ± " + number("%.1f", interval->plusMinus()) : scale.text(*value);
}

std::string average(const char* name, const std::optional<double>& value, const std::optional<ScoreInterval>& interval,
                    const Scale& scale) {
  return std::string(name) + " " + (value ? meanLabel(value, interval, scale) : std::string("n/a"));
}

}  // namespace

double differenceScaleLimit(const LanguageMatrix& matrix) {
  double largest = 0;
  for (const auto& row : matrix.cells)
    for (const auto& value : row)
      if (value) largest = std::max(largest, std::abs(*value));
  return std::max(largest, 0.5);
}

std::string heatmapSvg(const LanguageMatrix& matrix, const HeatmapSvgOptions& options) {
  const Scale scale{options.difference, options.difference ? differenceScaleLimit(matrix) : 100.0};
  const MatrixIntervals* intervals = options.intervals;
  const int columns = static_cast<int>(matrix.contextLanguages.size());
  const int rows = static_cast<int>(matrix.questionLanguages.size());
  const int meanWidth = intervals ? 2 * kCellWidth : kCellWidth;  // "+29.0 ± 1.7" needs the room
  const int gridRight = kLeft + columns * kCellWidth + kGap + meanWidth;
  const int gridBottom = kTop + rows * kCellHeight + kGap + kCellHeight;
  const int barX = gridRight + 24;
  const int width = barX + kBarWidth + 56, height = gridBottom + 52;

  std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                    std::to_string(width) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) +
                    "\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"13\">\n"
                    "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  svg += "<text x=\"" + std::to_string(width / 2) + "\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" " +
         "font-weight=\"bold\">" + escaped(options.title) + "</text>\n";
  svg +=
      "<text x=\"" + std::to_string(width / 2) + "\" y=\"46\" text-anchor=\"middle\">" +
      escaped(average("XLT (diagonal)", matrix.xltAverage(), intervals ? intervals->xlt : std::nullopt, scale) +
              "  \u00b7  " +
              average("G-XLT (all pairs)", matrix.gxltAverage(), intervals ? intervals->gxlt : std::nullopt, scale)) +
      "</text>\n";
  if (intervals)
    svg += "<text x=\"" + std::to_string(width / 2) +
           "\" y=\"64\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555555\">± : 95% interval, paired bootstrap "
           "over question ids</text>\n";

  const auto rowMeans = matrix.rowMeans();
  const auto columnMeans = matrix.columnMeans();
  for (int q = 0; q < rows; ++q) {
    const int y = kTop + q * kCellHeight;
    svg += "<text x=\"" + std::to_string(kLeft - 8) + "\" y=\"" + std::to_string(y + kCellHeight / 2 + 5) +
           "\" text-anchor=\"end\">" + escaped(matrix.questionLanguages[q]) + "</text>\n";
    for (int c = 0; c < columns; ++c) {
      const std::optional<double>& value = matrix.cells[q][c];
      svg += cell(kLeft + c * kCellWidth, y, kCellWidth, value, scale, value ? scale.text(*value) : std::string());
    }
    const auto interval = intervals ? intervals->rowMean(matrix.questionLanguages[q]) : std::nullopt;
    svg += cell(kLeft + columns * kCellWidth + kGap, y, meanWidth, rowMeans[q], scale,
                meanLabel(rowMeans[q], interval, scale));
  }
  const int meanRowY = kTop + rows * kCellHeight + kGap;
  svg += "<text x=\"" + std::to_string(kLeft - 8) + "\" y=\"" + std::to_string(meanRowY + kCellHeight / 2 + 5) +
         "\" text-anchor=\"end\">mean</text>\n";
  for (int c = 0; c < columns; ++c) {
    const auto interval = intervals ? intervals->columnMean(matrix.contextLanguages[c]) : std::nullopt;
    // A column mean with its interval is too wide for a cell: the interval goes in the tooltip.
    svg += "<g><title>" + escaped(meanLabel(columnMeans[c], interval, scale)) + "</title>" +
           cell(kLeft + c * kCellWidth, meanRowY, kCellWidth, columnMeans[c], scale,
                columnMeans[c] ? scale.text(*columnMeans[c]) : std::string()) +
           "</g>\n";
    svg += "<text x=\"" + std::to_string(kLeft + c * kCellWidth + kCellWidth / 2) + "\" y=\"" +
           std::to_string(gridBottom + 18) + "\" text-anchor=\"middle\">" + escaped(matrix.contextLanguages[c]) +
           "</text>\n";
  }
  svg += cell(kLeft + columns * kCellWidth + kGap, meanRowY, meanWidth, matrix.gxltAverage(), scale,
              meanLabel(matrix.gxltAverage(), intervals ? intervals->gxlt : std::nullopt, scale));
  svg += "<text x=\"" + std::to_string(kLeft + columns * kCellWidth + kGap + meanWidth / 2) + "\" y=\"" +
         std::to_string(gridBottom + 18) + "\" text-anchor=\"middle\">mean</text>\n";
  svg += "<text x=\"" + std::to_string(kLeft + columns * kCellWidth / 2) + "\" y=\"" + std::to_string(gridBottom + 40) +
         "\" text-anchor=\"middle\">Context language</text>\n";
  svg += "<text transform=\"translate(16 " + std::to_string(kTop + rows * kCellHeight / 2) +
         ") rotate(-90)\" text-anchor=\"middle\">Question language</text>\n";

  // The colour bar: the scale's stops as a vertical gradient, high end on top, with five ticks.
  const std::vector<Rgb>& stops = options.difference ? divergingStops() : viridisStops();
  svg += "<defs><linearGradient id=\"scale\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">\n";
  for (std::size_t i = 0; i < stops.size(); ++i)
    svg += "<stop offset=\"" + number("%.4f", double(i) / double(stops.size() - 1)) + "\" stop-color=\"" +
           stops[i].hex() + "\"/>\n";
  svg += "</linearGradient></defs>\n";
  const int barTop = kTop, barHeight = rows * kCellHeight;
  svg += "<rect x=\"" + std::to_string(barX) + "\" y=\"" + std::to_string(barTop) + "\" width=\"" +
         std::to_string(kBarWidth) + "\" height=\"" + std::to_string(barHeight) +
         "\" fill=\"url(#scale)\" stroke=\"#888888\"/>\n";
  const double low = options.difference ? -scale.limit : 0.0, high = scale.limit;
  for (int tick = 0; tick <= 4; ++tick) {
    const double value = low + (high - low) * tick / 4.0;
    const int y = barTop + barHeight - static_cast<int>(std::lround(barHeight * tick / 4.0));
    svg += "<text x=\"" + std::to_string(barX + kBarWidth + 6) + "\" y=\"" + std::to_string(y + 4) +
           "\" font-size=\"11\">" + (options.difference && tick != 2 ? number("%+.0f", value) : number("%.0f", value)) +
           "</text>\n";
  }
  return svg + "</svg>\n";
}

}  // namespace xlqa
