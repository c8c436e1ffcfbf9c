#include "widgets/main_window.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "widgets/welcome_panel.h"
#include "xlqa/version.h"

namespace xlqa {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("XLQA Studio"));
  welcome_ = new WelcomePanel(this);
  setCentralWidget(welcome_);
  createMenus();
  statusBar()->showMessage(tr("Ready"));
  resize(1100, 720);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About XLQA Studio"), this, [this] {
    QMessageBox::about(this, tr("About XLQA Studio"),
                       tr("<b>XLQA Studio</b> %1<br>Cross-lingual extractive question answering workbench.")
                           .arg(QString::fromLatin1(kVersion)));
  });
}

}  // namespace xlqa
