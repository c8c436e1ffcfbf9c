#pragma once
// The colour scales of every matrix picture, the app's and the exported ones: viridis for scores
// (perceptually uniform, readable with colour-vision deficiencies) and ColorBrewer PuOr around
// zero for differences (orange where the second side is worse, purple where it is better), with
// the rule for readable text on a cell. Plain RGB, no Qt: the CLI's SVG uses them too.
#include <cstdint>
#include <string>
#include <vector>

namespace xlqa {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  std::string hex() const;  // "#rrggbb"
  friend bool operator==(const Rgb& a, const Rgb& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
};

// Evenly spaced stops, from the low end to the high end.
const std::vector<Rgb>& viridisStops();
const std::vector<Rgb>& divergingStops();

// The colour at `t` in [0, 1] (clamped), linearly between the two nearest stops.
Rgb colourAt(const std::vector<Rgb>& stops, double t);

// Dark text on light cells and light text on dark ones, by WCAG relative luminance.
bool wantsDarkText(const Rgb& background);

}  // namespace xlqa
