#pragma once
// A training started from the UI: train() as a JobRunner's Training job, its steps, epochs and status lines
// re-emitted as signals on the GUI thread, cancellable (a checkpoint is saved), its result kept
// for the GUI once it has finished.
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

#include "core/train/trainer.h"
#include "core/train/training_config.h"

Q_DECLARE_METATYPE(xlqa::TrainingStep)
Q_DECLARE_METATYPE(xlqa::EpochScores)

namespace xlqa {

class BackgroundJob;
class JobRunner;

// "1:02:03", "4:05" or "12 s": an ETA people read at a glance.
QString formatDuration(double seconds);

// The status line of a step: step x of y, loss, examples/s and the time left.
QString describeStep(const TrainingStep& step);

class TrainingJob : public QObject {
  Q_OBJECT
 public:
  // Starts at once on `runner`; `resume` continues the checkpoint in config.outputDir. Fails
  // (finished with an error) while the runner has a training running.
  TrainingJob(const TrainingConfig& config, bool resume, JobRunner* runner, QObject* parent = nullptr);
  // Cancels a running training and waits for its checkpoint.
  ~TrainingJob() override;

  const TrainingConfig& config() const { return config_; }
  bool isResume() const { return resume_; }
  bool isRunning() const { return !finished_; }
  // Set once finished without an error (cancelled runs included: lastModel is the checkpoint).
  const std::optional<TrainingResult>& result() const { return result_; }

 public slots:
  void cancel();

 signals:
  void statusChanged(const QString& text);  // "sampling", "tokenising", ... as train() says it
  void stepDone(const xlqa::TrainingStep& step);
  void epochDone(const xlqa::EpochScores& scores);
  void progress(double fraction, const QString& text);  // fraction = step / totalSteps
  // error is empty on success; result() is set before this is emitted.
  void finished(bool cancelled, const QString& error);

 private:
  void onFinished(bool cancelled, const QString& error);

  TrainingConfig config_;
  bool resume_ = false;
  bool finished_ = false;
  QPointer<BackgroundJob> job_;                   // the runner's; deletes itself after finishing
  std::shared_ptr<TrainingResult> workerResult_;  // written by the worker before it finishes
  std::optional<TrainingResult> result_;
};

}  // namespace xlqa
