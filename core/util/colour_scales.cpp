#include "core/util/colour_scales.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace xlqa {
namespace {

std::vector<Rgb> fromHex(std::initializer_list<unsigned> colours) {
  std::vector<Rgb> stops;
  for (unsigned c : colours)
    stops.push_back(
        {static_cast<std::uint8_t>(c >> 16), static_cast<std::uint8_t>(c >> 8), static_cast<std::uint8_t>(c)});
  return stops;
}

}  // namespace

std::string Rgb::hex() const {
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", r, g, b);
  return text;
}

const std::vector<Rgb>& viridisStops() {
  static const std::vector<Rgb> stops =
      fromHex({0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725});
  return stops;
}

const std::vector<Rgb>& divergingStops() {
  static const std::vector<Rgb> stops = fromHex(
      {0x7f3b08, 0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788, 0x2d004b});
  return stops;
}

Rgb colourAt(const std::vector<Rgb>& stops, double t) {
  if (stops.empty()) return {};
  const double position = std::clamp(std::isnan(t) ? 0.0 : t, 0.0, 1.0) * double(stops.size() - 1);
  const std::size_t low = std::min(static_cast<std::size_t>(position), stops.size() - 1);
  const std::size_t high = std::min(low + 1, stops.size() - 1);
  const double f = position - double(low);
  const auto mix = [f](std::uint8_t a, std::uint8_t b) {
    return static_cast<std::uint8_t>(std::lround(double(a) + (double(b) - double(a)) * f));
  };
  return {mix(stops[low].r, stops[high].r), mix(stops[low].g, stops[high].g), mix(stops[low].b, stops[high].b)};
}

bool wantsDarkText(const Rgb& background) {
  const auto linear = [](std::uint8_t channel) {
    const double value = channel / 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
  };
  const double luminance =
      0.2126 * linear(background.r) + 0.7152 * linear(background.g) + 0.0722 * linear(background.b);
  return luminance > 0.179;  // above it black text has the higher contrast ratio, below it white
}

}  // namespace xlqa
