#include "widgets/colour_map.h"

#include "core/util/colour_scales.h"

namespace xlqa {
namespace {

QCPColorGradient evenlySpaced(const std::vector<Rgb>& stops) {
  QCPColorGradient gradient;
  gradient.clearColorStops();
  for (std::size_t i = 0; i < stops.size(); ++i)
    gradient.setColorStopAt(double(i) / double(stops.size() - 1), QColor(stops[i].r, stops[i].g, stops[i].b));
  gradient.setNanHandling(QCPColorGradient::nhTransparent);
  return gradient;
}

}  // namespace

QCPColorGradient viridisGradient() { return evenlySpaced(viridisStops()); }

QCPColorGradient divergingGradient() { return evenlySpaced(divergingStops()); }

QColor textColourOn(QRgb background) {
  const Rgb rgb{static_cast<std::uint8_t>(qRed(background)), static_cast<std::uint8_t>(qGreen(background)),
                static_cast<std::uint8_t>(qBlue(background))};
  return wantsDarkText(rgb) ? QColor(20, 20, 20) : QColor(250, 250, 250);
}

QRgb fadedTowardsWhite(QRgb colour) {
  const auto blend = [](int channel) { return (channel * (255 - kFadeAlpha) + 255 * kFadeAlpha) / 255; };
  return qRgb(blend(qRed(colour)), blend(qGreen(colour)), blend(qBlue(colour)));
}

}  // namespace xlqa
