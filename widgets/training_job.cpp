#include "widgets/training_job.h"

#include <QCoreApplication>

#include <cmath>

#include "widgets/background_job.h"
#include "widgets/job_runner.h"

namespace xlqa {

QString formatDuration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("?");
  const long total = std::lround(seconds);
  if (total < 60) return QCoreApplication::translate("TrainingJob", "%1 s").arg(total);
  const long hours = total / 3600, minutes = total % 3600 / 60, rest = total % 60;
  const QString mmss =
      QStringLiteral("%1:%2").arg(minutes, hours ? 2 : 1, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
  return hours ? QStringLiteral("%1:%2").arg(hours).arg(mmss) : mmss;
}

QString describeStep(const TrainingStep& step) {
  return QCoreApplication::translate("TrainingJob", "Epoch %1, step %2 of %3, loss %4, %5 examples/s, %6 left")
      .arg(step.epoch + 1)
      .arg(step.step)
      .arg(step.totalSteps)
      .arg(step.loss, 0, 'f', 4)
      .arg(step.examplesPerSecond, 0, 'f', 1)
      .arg(formatDuration(step.etaSeconds));
}

TrainingJob::TrainingJob(const TrainingConfig& config, bool resume, JobRunner* runner, QObject* parent)
    : QObject(parent), config_(config), resume_(resume), workerResult_(std::make_shared<TrainingResult>()) {
  qRegisterMetaType<TrainingStep>();
  qRegisterMetaType<EpochScores>();
  // The callbacks run on the worker thread: each hands its value to the GUI thread by a queued
  // call on this object, which drops calls still queued when it is deleted.
  TrainingCallbacks callbacks;
  callbacks.status = [this](const std::string& text) {
    QMetaObject::invokeMethod(
        this, [this, line = QString::fromStdString(text)] { emit statusChanged(line); }, Qt::QueuedConnection);
  };
  callbacks.step = [this](const TrainingStep& step) {
    QMetaObject::invokeMethod(
        this,
        [this, step] {
          emit stepDone(step);
          const double fraction = step.totalSteps > 0 ? double(step.step) / double(step.totalSteps) : -1.0;
          emit progress(fraction, describeStep(step));
        },
        Qt::QueuedConnection);
  };
  callbacks.epoch = [this](const EpochScores& scores) {
    QMetaObject::invokeMethod(
        this, [this, scores] { emit epochDone(scores); }, Qt::QueuedConnection);
  };
  const auto result = workerResult_;
  JobRequest request;
  request.kind = JobKind::Training;
  request.title = tr("Training");
  request.work = [config, resume, callbacks, result](BackgroundJob& job) {
    *result = train(config, resume, callbacks, job.cancelFlag());
  };
  request.succeeded = [this] { onFinished(false, {}); };
  request.cancelled = [this] { onFinished(true, {}); };
  request.failed = [this](const QString& error) { onFinished(false, error); };  // the panel shows it
  job_ = runner->start(std::move(request));
  if (!job_) {
    QMetaObject::invokeMethod(
        this, [this] { onFinished(false, tr("A training is running already")); }, Qt::QueuedConnection);
  }
}

TrainingJob::~TrainingJob() {
  if (job_) job_->cancel();
  delete job_.data();  // waits for the worker, which saves a checkpoint when cancelled
}

void TrainingJob::cancel() {
  if (job_) job_->cancel();
}

void TrainingJob::onFinished(bool cancelled, const QString& error) {
  finished_ = true;
  if (error.isEmpty()) {
    result_ = *workerResult_;
    cancelled = cancelled || result_->cancelled;
  }
  emit finished(cancelled, error);
}

}  // namespace xlqa
