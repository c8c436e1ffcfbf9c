#pragma once
// Every long task of the app (loading models, a dataset or a run, evaluating, comparing,
// surveying, opening the demo, inspecting an example, training) goes through one JobRunner: a
// BackgroundJob per task, at most one per kind at a time, errors and cancellations reported
// through the same signals so that the window shows them the same way.
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <optional>

#include "widgets/background_job.h"

namespace xlqa {

enum class JobKind {
  Task,        // the one task in the status bar: loads, evaluations, comparisons, the demo, surveys
  Inspection,  // an opened example's forward passes; runs beside a task so browsing stays possible
  Training,    // hours long: browsing and evaluating go on meanwhile
};

struct JobRequest {
  JobKind kind = JobKind::Task;
  QString title;       // shown while it runs
  QString errorTitle;  // heads the error report: "Cannot open the run"
  BackgroundJob::Work work;
  std::function<void()> succeeded;  // on the GUI thread, after a run that was neither cancelled nor failed
  // On a cancel; unset: the runner reports the cancel itself (cancelled()).
  std::function<void()> cancelled;
  QString errorNote;  // appended to the error message on its own line, when set
  // On an error, for a view that shows its task's outcome itself (the training panel); unset:
  // the runner reports it (failed()).
  std::function<void(const QString& error)> failed;
};

// The fields every request has; the optional handlers are set on the result.
JobRequest jobRequest(JobKind kind, QString title, QString errorTitle, BackgroundJob::Work work,
                      std::function<void()> succeeded = {});

class JobRunner : public QObject {
  Q_OBJECT
 public:
  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels what still runs and waits for it

  // Starts the request, or refuses it (nullptr, refused()) while a job of its kind runs.
  BackgroundJob* start(JobRequest request);
  // For an Inspection: runs after the current one (the newest request replaces an older
  // waiting one), so the last example opened is the one shown.
  void startWhenFree(JobRequest request);

  bool isRunning(JobKind kind) const { return job(kind) != nullptr; }
  BackgroundJob* job(JobKind kind) const;
  // True, and refused() emitted, while a job of the kind runs: for checks before a dialog.
  bool refuses(JobKind kind);

 public slots:
  void cancel(JobKind kind);

 signals:
  void started(xlqa::JobKind kind, xlqa::BackgroundJob* job);
  void progress(xlqa::JobKind kind, double fraction, const QString& text);
  void finished(xlqa::JobKind kind);  // before the request's own handlers run
  void refused(xlqa::JobKind kind);
  void failed(const QString& title, const QString& message);
  void cancelled(const QString& title);

 private:
  void onFinished(JobKind kind, const JobRequest& request, bool cancelled, const QString& error);

  std::map<JobKind, BackgroundJob*> running_;
  std::map<JobKind, JobRequest> waiting_;
};

}  // namespace xlqa
