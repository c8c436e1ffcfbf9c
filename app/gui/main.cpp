// xlqa-studio: the desktop workbench.
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

#include "core/system/runtime_info.h"
#include "widgets/main_window.h"
#include "xlqa/version.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("XLQA Studio"));
  QApplication::setOrganizationName(QStringLiteral("XLQA Studio"));
  QApplication::setApplicationVersion(QString::fromLatin1(xlqa::kVersion));

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                      QStringLiteral("Render the window to a PNG file and quit (for docs and checks)."),
                                      QStringLiteral("file.png"));
  parser.addOption(screenshot);
  parser.process(app);

  xlqa::configureThreads();
  xlqa::MainWindow window;
  window.show();
  if (parser.isSet(screenshot)) {
    QTimer::singleShot(800, &window, [&] {
      const QString path = parser.value(screenshot);
      if (!window.grab().save(path)) {
        std::fprintf(stderr, "xlqa-studio: cannot write %s\n", qPrintable(path));
        QApplication::exit(1);
        return;
      }
      QApplication::quit();
    });
  }
  return QApplication::exec();
}
