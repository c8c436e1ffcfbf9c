// The main window starts and shows what the engine runs on.
#include <QtTest>

#include "widgets/main_window.h"
#include "widgets/welcome_panel.h"

class TestMainWindow : public QObject {
  Q_OBJECT
 private slots:
  void startsAndShowsTheRuntime() {
    xlqa::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("XLQA Studio"));
    QVERIFY(window.welcomePanel()->runtimeSummary().contains("LibTorch"));
    QVERIFY(window.welcomePanel()->runtimeSummary().contains("cpu"));
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
