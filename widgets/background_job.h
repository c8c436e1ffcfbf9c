#pragma once
// Long work off the GUI thread: a function run on its own QThread that reports progress and can
// be cancelled. Signals arrive on the GUI thread (queued), so slots may touch widgets.
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace xlqa {

class BackgroundJob : public QObject {
  Q_OBJECT
 public:
  using Work = std::function<void(BackgroundJob& job)>;  // throws to fail; checks cancelFlag()

  // Starts `work` at once. The job deletes itself after `finished`.
  static BackgroundJob* start(const QString& title, Work work, QObject* parent = nullptr);
  ~BackgroundJob() override;

  const QString& title() const { return title_; }
  // From the worker: fraction in [0, 1] (negative: unknown) and a line for people.
  void reportProgress(double fraction, const QString& text);
  const std::atomic<bool>* cancelFlag() const { return &cancel_; }
  bool isRunning() const;

 public slots:
  void cancel();

 signals:
  void progress(double fraction, const QString& text);
  // error is empty on success; cancelled is true when the work stopped on request.
  void finished(bool cancelled, const QString& error);

 private:
  BackgroundJob(QString title, QObject* parent);

  QString title_;
  std::atomic<bool> cancel_{false};
  QThread* thread_ = nullptr;
};

}  // namespace xlqa
