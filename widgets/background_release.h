#pragma once
// Frees a large structure (a run's example table: 171k records) on a pool thread, so its
// destruction never stalls the GUI thread. Other holders, if any, keep it alive as usual.
#include <QThreadPool>
#include <memory>
#include <utility>

namespace xlqa {

template <class T>
void releaseInBackground(std::shared_ptr<T> data) {
  if (!data) return;
  QThreadPool::globalInstance()->start([data = std::move(data)]() mutable { data.reset(); });
}

}  // namespace xlqa
