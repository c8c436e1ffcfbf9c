#pragma once
// xlqa-studio --stall-bench [--stall-model DIR] [--stall-run DIR]: how long the GUI thread stalls
// while the app does what users do (open the demo, load a model, open a large run, filter, sort
// and scroll the example browser), measured by an EventLoopProbe and printed; then the app quits.
#include <QString>

namespace xlqa {

class MainWindow;

// Starts the scenarios on the running event loop; prints the figures and exits the app at the end.
void startStallBenchmark(MainWindow& window, const QString& model, const QString& largeRun);

}  // namespace xlqa
