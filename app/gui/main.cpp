// xlqa-studio: the desktop workbench.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <functional>

#include "app/gui/stall_benchmark.h"
#include "core/demo/demo_workspace.h"
#include "core/io/json_file.h"
#include "core/system/process_memory.h"
#include "core/system/runtime_info.h"
#include "widgets/application_identity.h"
#include "widgets/example_browser.h"
#include "widgets/main_window.h"
#include "widgets/presenter_mode.h"
#include "widgets/training_panel.h"

namespace {

// Calls `then` once the window has no background task left (polling: simple and robust).
void whenIdle(xlqa::MainWindow& window, std::function<void()> then) {
  auto* timer = new QTimer(&window);
  QObject::connect(timer, &QTimer::timeout, &window, [timer, &window, then] {
    if (window.isBusy()) return;
    timer->deleteLater();
    then();
  });
  timer->start(200);
}

bool save(QWidget& widget, const QString& path) {
  if (widget.grab().save(path)) return true;
  std::fprintf(stderr, "xlqa-studio: cannot write %s\n", qPrintable(path));
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  // LibTorch's OpenMP workers spin while they wait; beside the busy GUI thread on a 2-core machine
  // that made the demo's evaluation 7x slower (6 pairs in 55 s, 36 with the passive policy).
  // libgomp reads the policy when it loads, before main, so the app restarts itself once with
  // it, unless the user chose a policy.
  if (std::getenv("OMP_WAIT_POLICY") == nullptr && ::setenv("OMP_WAIT_POLICY", "PASSIVE", 1) == 0)
    ::execv("/proc/self/exe", argv);  // returns only on failure: go on with the default policy
  QApplication app(argc, argv);
  xlqa::setUpApplicationIdentity();

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("Open this run folder."), QStringLiteral("dir"));
  const QCommandLineOption pair(QStringLiteral("pair"),
                                QStringLiteral("Show this pair's examples and open the first (e.g. ar-en)."),
                                QStringLiteral("q-c"));
  const QCommandLineOption compare(QStringLiteral("compare"),
                                   QStringLiteral("Set this run against --run on the heatmap."), QStringLiteral("dir"));
  const QCommandLineOption training(
      QStringLiteral("training"),
      QStringLiteral("Show this training output folder (curves, scores, models) in the Training tab."),
      QStringLiteral("dir"));
  const QCommandLineOption language(
      QStringLiteral("language"),
      QStringLiteral("system (default), en, es or zh_CN: the UI language; system follows the desktop's."),
      QStringLiteral("code"));
  const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                      QStringLiteral("Render the window to a PNG file and quit (for docs and checks)."),
                                      QStringLiteral("file.png"));
  const QCommandLineOption screenshotDir(QStringLiteral("screenshot-dir"),
                                         QStringLiteral("Render every view to PNG files in this folder and quit."),
                                         QStringLiteral("dir"));
  const QCommandLineOption demo(QStringLiteral("demo"),
                                QStringLiteral("Open the embedded demo (the default when nothing else is given)."));
  const QCommandLineOption noDemo(QStringLiteral("no-demo"), QStringLiteral("Start empty, without the demo."));
  const QCommandLineOption presenter(
      QStringLiteral("presenter"),
      QStringLiteral("Open the demo in presenter mode: full screen, larger fonts and a guided tour (F5 toggles it)."));
  const QCommandLineOption stallBench(
      QStringLiteral("stall-bench"),
      QStringLiteral("Measure how long the GUI thread stalls while opening the demo, loading a model, opening a "
                     "large run and filtering, sorting and scrolling the examples; print the figures and quit."));
  const QCommandLineOption stallModel(QStringLiteral("stall-model"),
                                      QStringLiteral("With --stall-bench: the model to load (default: the demo's)."),
                                      QStringLiteral("dir"));
  const QCommandLineOption stallRun(QStringLiteral("stall-run"),
                                    QStringLiteral("With --stall-bench: a large run to open."), QStringLiteral("dir"));
  parser.addOptions({run, compare, pair, training, demo, noDemo, presenter, language, screenshot, screenshotDir,
                     stallBench, stallModel, stallRun});
  parser.process(app);

  xlqa::configureThreads();
  xlqa::configureAllocator();
  xlqa::ignoreFileSizeSignal();
  xlqa::MainWindow window;
  if (parser.isSet(language)) window.setLanguage(parser.value(language));
  window.show();
  if (parser.isSet(stallBench)) {
    const QString model = parser.isSet(stallModel) ? parser.value(stallModel)
                                                   : QString::fromStdString(xlqa::locateDemoDirectory() + "/teacher");
    QTimer::singleShot(500, &window, [&window, model, run = parser.value(stallRun)] {
      xlqa::startStallBenchmark(window, model, run);
    });
    return QApplication::exec();
  }
  if (parser.isSet(training) && window.trainingPanel()->showTrainingFolder(parser.value(training)))
    window.showTab(QStringLiteral("training"));
  if (parser.isSet(run)) window.openRun(parser.value(run));
  const bool nothingToOpen = !parser.isSet(run) && !parser.isSet(training);
  if (parser.isSet(demo) || parser.isSet(presenter) ||
      (nothingToOpen && !parser.isSet(noDemo) && xlqa::MainWindow::opensDemoAtStart()))
    window.openDemo();
  if (parser.isSet(presenter)) whenIdle(window, [&] { window.presenter()->start(); });
  if (parser.isSet(run) && parser.isSet(compare))
    whenIdle(window, [&] { window.compareWithRun(parser.value(compare)); });
  if (parser.isSet(pair)) {
    whenIdle(window, [&] {
      const auto selected = xlqa::parseLanguagePair(parser.value(pair).toStdString());
      if (window.exampleBrowser()->showPair(selected) && window.exampleBrowser()->visibleRowCount() > 0)
        window.exampleBrowser()->openRow(0);
    });
  }
  if (parser.isSet(screenshot) || parser.isSet(screenshotDir)) {
    // Give the example inspection (two forward passes) time to land before rendering.
    QTimer::singleShot(parser.isSet(run) ? 1500 : 800, &window, [&] {
      whenIdle(window, [&] {
        QTimer::singleShot(1500, &window, [&] {
          bool ok = true;
          if (parser.isSet(screenshot)) ok = save(window, parser.value(screenshot));
          if (parser.isSet(screenshotDir)) {
            const QDir dir(parser.value(screenshotDir));
            for (const QString& name : xlqa::MainWindow::tabNames()) {
              window.showTab(name);
              QApplication::processEvents();
              ok = save(window, dir.filePath(name + QStringLiteral(".png"))) && ok;
            }
          }
          QApplication::exit(ok ? 0 : 1);
        });
      });
    });
  }
  return QApplication::exec();
}
