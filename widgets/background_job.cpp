#include "widgets/background_job.h"

#include <QThread>

#include <exception>

#include "core/system/process_memory.h"
#include "core/util/cancellation.h"
#include "widgets/error_text.h"

namespace xlqa {

BackgroundJob::BackgroundJob(QString title, QObject* parent) : QObject(parent), title_(std::move(title)) {}

BackgroundJob::~BackgroundJob() {
  cancel_ = true;
  if (thread_) {
    thread_->wait();
    delete thread_;
  }
}

BackgroundJob* BackgroundJob::start(const QString& title, Work work, QObject* parent) {
  auto* job = new BackgroundJob(title, parent);
  job->thread_ = QThread::create([job, work = std::move(work)] {
    QString error;
    bool cancelled = false;
    try {
      work(*job);
      cancelled = job->cancel_.load();
    } catch (const Cancelled&) {
      cancelled = true;
    } catch (const std::exception& e) {
      error = errorText(e);
      if (error.isEmpty()) error = QStringLiteral("unknown error");
    }
    releaseFreedMemory();  // what the job's tensors left in the heap
    QMetaObject::invokeMethod(
        job,
        [job, cancelled, error] {
          emit job->finished(cancelled, error);
          job->deleteLater();
        },
        Qt::QueuedConnection);
  });
  job->thread_->start();
  return job;
}

void BackgroundJob::reportProgress(double fraction, const QString& text) {
  QMetaObject::invokeMethod(
      this, [this, fraction, text] { emit progress(fraction, text); }, Qt::QueuedConnection);
}

bool BackgroundJob::isRunning() const { return thread_ && thread_->isRunning(); }

void BackgroundJob::cancel() { cancel_ = true; }

}  // namespace xlqa
