#include "widgets/colour_map.h"

#include <cmath>
#include <iterator>

namespace xlqa {
namespace {

template <std::size_t N>
QCPColorGradient evenlySpaced(const char* const (&stops)[N]) {
  QCPColorGradient gradient;
  gradient.clearColorStops();
  const int count = static_cast<int>(N);
  for (int i = 0; i < count; ++i) gradient.setColorStopAt(i / double(count - 1), QColor(stops[i]));
  gradient.setNanHandling(QCPColorGradient::nhTransparent);
  return gradient;
}

}  // namespace

QCPColorGradient viridisGradient() {
  static const char* const stops[] = {"#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c",
                                      "#28ae80", "#5ec962", "#addc30", "#fde725"};
  return evenlySpaced(stops);
}

QCPColorGradient divergingGradient() {
  static const char* const stops[] = {"#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7",
                                      "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b"};
  return evenlySpaced(stops);
}

QColor textColourOn(QRgb background) {
  const auto linear = [](int channel) {
    const double value = channel / 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
  };
  const double luminance =
      0.2126 * linear(qRed(background)) + 0.7152 * linear(qGreen(background)) + 0.0722 * linear(qBlue(background));
  // Above 0.179 black text has the higher contrast ratio, below it white.
  return luminance > 0.179 ? QColor(20, 20, 20) : QColor(250, 250, 250);
}

QRgb fadedTowardsWhite(QRgb colour) {
  const auto blend = [](int channel) { return (channel * (255 - kFadeAlpha) + 255 * kFadeAlpha) / 255; };
  return qRgb(blend(qRed(colour)), blend(qGreen(colour)), blend(qBlue(colour)));
}

}  // namespace xlqa
