#include "widgets/event_loop_probe.h"

#include <QTimer>

#include <algorithm>

namespace xlqa {

EventLoopProbe::EventLoopProbe(int intervalMs, QObject* parent)
    : QObject(parent), intervalMs_(intervalMs), timer_(new QTimer(this)) {
  timer_->setTimerType(Qt::PreciseTimer);
  timer_->setInterval(intervalMs_);
  connect(timer_, &QTimer::timeout, this, &EventLoopProbe::tick);
}

void EventLoopProbe::start() {
  lateness_.clear();
  clock_.start();
  last_ = 0;
  timer_->start();
}

void EventLoopProbe::stop() { timer_->stop(); }

void EventLoopProbe::tick() {
  const qint64 now = clock_.nsecsElapsed();
  lateness_.push_back(std::max(0.0, double(now - last_) / 1e6 - intervalMs_));
  last_ = now;
}

EventLoopProbe::Figures EventLoopProbe::figures() const {
  Figures figures;
  figures.samples = lateness_.size();
  if (lateness_.empty()) return figures;
  std::vector<double> sorted = lateness_;
  std::sort(sorted.begin(), sorted.end());
  figures.longestMs = sorted.back();
  figures.p99Ms = sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)];
  return figures;
}

}  // namespace xlqa
