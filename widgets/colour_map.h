#pragma once
// The colour maps every matrix view uses and the rule for readable text on their cells, so the
// score heatmap and the mAP@k survey colour and label cells the same way.
#include <QColor>

#include <qcustomplot.h>

namespace xlqa {

// Viridis (matplotlib): perceptually uniform and readable with colour-vision deficiencies. NaN
// cells are transparent.
QCPColorGradient viridisGradient();
// ColorBrewer PuOr around zero: orange where the second side is worse, purple where it is better.
QCPColorGradient divergingGradient();

// Dark text on light cells and light text on dark ones, by WCAG relative luminance.
QColor textColourOn(QRgb background);

// Not-significant differences are veiled in white at this alpha so the significant ones stand out.
constexpr int kFadeAlpha = 150;
// The colour a cell shows under that veil.
QRgb fadedTowardsWhite(QRgb colour);

}  // namespace xlqa
