// xlqa-studio: the desktop workbench.
#include <QApplication>

#include "core/system/runtime_info.h"
#include "widgets/main_window.h"
#include "xlqa/version.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("XLQA Studio"));
  QApplication::setOrganizationName(QStringLiteral("XLQA Studio"));
  QApplication::setApplicationVersion(QString::fromLatin1(xlqa::kVersion));
  xlqa::configureThreads();
  xlqa::MainWindow window;
  window.show();
  return QApplication::exec();
}
