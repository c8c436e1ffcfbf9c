#include "widgets/job_runner.h"

namespace xlqa {

JobRequest jobRequest(JobKind kind, QString title, QString errorTitle, BackgroundJob::Work work,
                      std::function<void()> succeeded) {
  JobRequest request;
  request.kind = kind;
  request.title = std::move(title);
  request.errorTitle = std::move(errorTitle);
  request.work = std::move(work);
  request.succeeded = std::move(succeeded);
  return request;
}

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() {
  // The jobs are our children and wait for their threads as they go; their finished handlers
  // must not run into a half-destroyed owner.
  for (auto& [kind, job] : running_) {
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
  }
}

BackgroundJob* JobRunner::job(JobKind kind) const {
  const auto it = running_.find(kind);
  return it == running_.end() ? nullptr : it->second;
}

bool JobRunner::refuses(JobKind kind) {
  if (!isRunning(kind)) return false;
  emit refused(kind);
  return true;
}

BackgroundJob* JobRunner::start(JobRequest request) {
  const JobKind kind = request.kind;
  if (refuses(kind)) return nullptr;
  auto* job = BackgroundJob::start(request.title, std::move(request.work), this);
  request.work = nullptr;
  running_[kind] = job;
  // Its owner may delete a job before it reports (a training waits for its checkpoint so).
  connect(job, &QObject::destroyed, this, [this, kind, job] {
    if (const auto it = running_.find(kind); it != running_.end() && it->second == job) running_.erase(it);
  });
  connect(job, &BackgroundJob::progress, this,
          [this, kind](double fraction, const QString& text) { emit progress(kind, fraction, text); });
  connect(job, &BackgroundJob::finished, this,
          [this, kind, request = std::move(request)](bool cancelled, const QString& error) {
            onFinished(kind, request, cancelled, error);
          });
  emit started(kind, job);
  return job;
}

void JobRunner::startWhenFree(JobRequest request) {
  if (isRunning(request.kind))
    waiting_[request.kind] = std::move(request);
  else
    start(std::move(request));
}

void JobRunner::cancel(JobKind kind) {
  waiting_.erase(kind);
  if (BackgroundJob* running = job(kind)) running->cancel();
}

void JobRunner::onFinished(JobKind kind, const JobRequest& request, bool cancelled, const QString& error) {
  running_.erase(kind);
  emit finished(kind);  // first: the handlers below may start the next job of the kind
  if (!error.isEmpty() && request.failed) {
    request.failed(error);
  } else if (!error.isEmpty()) {
    emit failed(request.errorTitle,
                request.errorNote.isEmpty() ? error : error + QLatin1Char('\n') + request.errorNote);
  } else if (cancelled) {
    if (request.cancelled)
      request.cancelled();
    else
      emit this->cancelled(request.title);
  } else if (request.succeeded) {
    request.succeeded();
  }
  if (const auto next = waiting_.find(kind); next != waiting_.end() && !isRunning(kind)) {
    JobRequest waiting = std::move(next->second);
    waiting_.erase(next);
    start(std::move(waiting));
  }
}

}  // namespace xlqa
