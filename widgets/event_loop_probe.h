#pragma once
// How long the GUI thread's event loop stalls: a timer due every few milliseconds fires late by
// as long as the loop was busy with something else, and each firing's lateness is kept. For the
// stall benchmark (xlqa-studio --stall-bench); never in tests, which must not time things.
#include <QElapsedTimer>
#include <QObject>

#include <vector>

class QTimer;

namespace xlqa {

class EventLoopProbe : public QObject {
  Q_OBJECT
 public:
  explicit EventLoopProbe(int intervalMs = 4, QObject* parent = nullptr);

  void start();  // forgets earlier samples
  void stop();

  struct Figures {
    double longestMs = 0, p99Ms = 0;
    std::size_t samples = 0;
  };
  Figures figures() const;

 private:
  void tick();

  int intervalMs_;
  QTimer* timer_;
  QElapsedTimer clock_;
  qint64 last_ = 0;
  std::vector<double> lateness_;  // ms past the due time, per firing
};

}  // namespace xlqa
