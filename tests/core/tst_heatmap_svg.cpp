// The exported SVG heatmap: well-formed XML, one coloured cell per pair plus the means, each
// coloured on the app's scales (viridis 0-100 for scores: 0 is its first stop, 100 its last;
// PuOr for differences: 0 is the neutral middle and the largest |value| the ends), values and
// intervals as text, a missing pair left white, and the colour bar's gradient with the scale's
// stops.
#include <QXmlStreamReader>
#include <QtTest>

#include <map>

#include "core/store/heatmap_svg.h"
#include "core/util/colour_scales.h"

using namespace xlqa;

namespace {

LanguageMatrix matrix(std::vector<std::vector<std::optional<double>>> cells) {
  LanguageMatrix m;
  m.questionLanguages = m.contextLanguages = {"de", "en"};
  m.cells = std::move(cells);
  return m;
}

struct Parsed {
  std::vector<QString> fills;  // of every <rect>, in document order
  QStringList texts;
  QStringList stopColours;
};

Parsed parse(const std::string& svg) {
  Parsed out;
  QXmlStreamReader xml(QByteArray::fromStdString(svg));
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == QLatin1String("rect")) out.fills.push_back(xml.attributes().value("fill").toString());
    if (xml.name() == QLatin1String("stop")) out.stopColours << xml.attributes().value("stop-color").toString();
    if (xml.name() == QLatin1String("text")) out.texts << xml.readElementText();
  }
  if (xml.hasError()) throw std::runtime_error(xml.errorString().toStdString());
  return out;
}

QString hex(const Rgb& rgb) { return QString::fromStdString(rgb.hex()); }

}  // namespace

class TestHeatmapSvg : public QObject {
  Q_OBJECT
 private slots:
  void scoresUseViridisFromZeroToHundred() {
    const Parsed svg = parse(heatmapSvg(matrix({{0.0, 100.0}, {50.0, std::nullopt}}), {"Student F1", false, nullptr}));
    // Background, 4 cells, 2 row means, 2 column means, the overall mean, the colour bar.
    QCOMPARE(svg.fills.size(), std::size_t(1 + 4 + 2 + 2 + 1 + 1));
    QCOMPARE(svg.fills[1], hex(viridisStops().front()));  // de-de = 0
    QCOMPARE(svg.fills[2], hex(viridisStops().back()));   // de-en = 100
    QCOMPARE(svg.fills[5], QStringLiteral("#ffffff"));    // en-en missing
    QCOMPARE(svg.fills[4], hex(colourAt(viridisStops(), 0.5)));
    QVERIFY(svg.texts.contains(QStringLiteral("Student F1")));
    QVERIFY(svg.texts.contains(QStringLiteral("100.0")));
    QVERIFY(svg.texts.contains(QStringLiteral("50.0")));  // the de row mean and the en-de cell
    QCOMPARE(svg.stopColours.size(), qsizetype(viridisStops().size()));
    QVERIFY(svg.texts.contains(QStringLiteral("XLT (diagonal) 0.0  \u00b7  G-XLT (all pairs) 50.0")));
  }

  void differencesAreSymmetricAroundZero() {
    const LanguageMatrix m = matrix({{0.0, 8.0}, {-4.0, 2.0}});
    QCOMPARE(differenceScaleLimit(m), 8.0);
    const Parsed svg = parse(heatmapSvg(m, {"Student \u2212 teacher F1", true, nullptr}));
    QCOMPARE(svg.fills[1], hex(colourAt(divergingStops(), 0.5)));   // 0: the neutral middle
    QCOMPARE(svg.fills[2], hex(divergingStops().back()));           // +8: the purple end
    QCOMPARE(svg.fills[4], hex(colourAt(divergingStops(), 0.25)));  // -4: half way to orange
    QVERIFY(svg.texts.contains(QStringLiteral("+8.0")));
    QVERIFY(svg.texts.contains(QStringLiteral("-4.0")));
    QVERIFY(svg.texts.contains(QStringLiteral("+8")) && svg.texts.contains(QStringLiteral("-8")));  // bar ends
    QVERIFY(svg.texts.contains(QStringLiteral("0")));                                               // and middle
    QCOMPARE(differenceScaleLimit(matrix({{0.1, 0.0}, {0.0, 0.0}})), 0.5);  // a flat map keeps a scale
  }

  void intervalsGoWithTheMeans() {
    const LanguageMatrix m = matrix({{20.0, 40.0}, {60.0, 80.0}});
    MatrixIntervals intervals;
    intervals.questionLanguages = intervals.contextLanguages = m.questionLanguages;
    intervals.xlt = ScoreInterval{50, 48, 52};
    intervals.gxlt = ScoreInterval{50, 49, 51};
    intervals.rowMeans = {ScoreInterval{30, 27, 33}, ScoreInterval{70, 69, 71}};
    intervals.columnMeans = {ScoreInterval{40, 39, 41}, ScoreInterval{60, 59, 61}};
    const Parsed svg = parse(heatmapSvg(m, {"t", false, &intervals}));
    QVERIFY(svg.texts.contains(QStringLiteral("30.0 ± 3.0")));
    QVERIFY(svg.texts.contains(QStringLiteral("50.0 ± 1.0")));
    QVERIFY(svg.texts.contains(QStringLiteral("XLT (diagonal) 50.0 ± 2.0  \u00b7  G-XLT (all pairs) 50.0 ± 1.0")));
  }

  void textIsEscaped() {
    const std::string svg = heatmapSvg(matrix({{1.0, 2.0}, {3.0, 4.0}}), {"A & B <C>", false, nullptr});
    QVERIFY(parse(svg).texts.contains(QStringLiteral("A & B <C>")));
  }
};

QTEST_GUILESS_MAIN(TestHeatmapSvg)
#include "tst_heatmap_svg.moc"
