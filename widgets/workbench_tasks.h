#pragma once
// What the menus start: opening models, a dataset, a run or the demo, comparing runs,
// evaluating, surveying the teacher's coefficients, reloading the models in another precision.
// Each is a job on the JobRunner whose result lands in the WorkbenchDocument; errors and notes
// go out as signals, so the window shows them and no view is touched here.
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

#include "core/eval/run_records.h"
#include "core/model/compute_dtype.h"

namespace xlqa {

class JobRunner;
class WorkbenchDocument;
struct EvaluationRequest;

class WorkbenchTasks : public QObject {
  Q_OBJECT
 public:
  WorkbenchTasks(WorkbenchDocument* document, JobRunner* runner, QObject* parent = nullptr);

  void openModel(ModelRole role, const QString& directory);
  void openDataset(const QStringList& inputs);
  // Also opens the run's dataset and models where the document has none. `whenOpened` runs on the
  // GUI thread once the run is in the document.
  // `shownAs` names the run in the status bar instead of its folder (the demo's lives in a cache).
  void openRun(const QString& directory, std::function<void()> whenOpened = {}, const QString& shownAs = {});
  // Reads the open run again in the background (without its models or data) and refreshes the
  // document; skipped while another task runs.
  void refreshRun();
  void compareWithRun(const QString& directory);
  void evaluate(const EvaluationRequest& request);  // opens the run when it has finished
  // The embedded demo, prepared in the background (the first time: the corpus and the
  // test-split run of both models, into the cache); `whenOpened` runs once its run is open.
  void openDemo(std::function<void()> whenOpened);
  void surveyCoefficients();
  // Sets the document's precision and reloads the open models in it; refused (false, unchanged)
  // while a task runs.
  bool setComputeDtype(ComputeDtype dtype);

 signals:
  void failed(const QString& title, const QString& message);  // a task that could not start
  void note(const QString& message, int timeoutMs);           // for the status bar

 private:
  void reloadModels();

  WorkbenchDocument* document_;
  JobRunner* runner_;
};

}  // namespace xlqa
