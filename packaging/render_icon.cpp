// Renders the project's SVG icon to the hicolor PNG sizes at build time:
//   xlqa_render_icon ICON.svg OUT_DIR SIZE...  ->  OUT_DIR/SIZExSIZE/apps/<name>.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv) {
  // A build machine has no display: the offscreen platform is enough to paint into an image.
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  const QStringList arguments = QGuiApplication::arguments();
  if (arguments.size() < 4) {
    std::fprintf(stderr, "usage: xlqa_render_icon ICON.svg OUT_DIR SIZE...\n");
    return 2;
  }
  QSvgRenderer svg(arguments[1]);
  if (!svg.isValid()) {
    std::fprintf(stderr, "xlqa_render_icon: %s is not a valid SVG\n", qPrintable(arguments[1]));
    return 1;
  }
  const QString name = QFileInfo(arguments[1]).completeBaseName() + QStringLiteral(".png");
  for (const QString& sizeText : arguments.mid(3)) {
    bool ok = false;
    const int size = sizeText.toInt(&ok);
    if (!ok || size <= 0) {
      std::fprintf(stderr, "xlqa_render_icon: '%s' is not a size\n", qPrintable(sizeText));
      return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    const QString dir = QStringLiteral("%1/%2x%2/apps").arg(arguments[2]).arg(size);
    if (!QDir().mkpath(dir) || !image.save(dir + QLatin1Char('/') + name)) {
      std::fprintf(stderr, "xlqa_render_icon: cannot write %s/%s\n", qPrintable(dir), qPrintable(name));
      return 1;
    }
  }
  return 0;
}
