#pragma once
// What the user has open, in one object: the teacher and the student, the dataset, the run and
// the run compared with it, the selected pair and example (with its inspections), and display
// settings such as the softmax temperature. It lives on the GUI thread and signals every change;
// the views observe it and never talk to each other.
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "core/demo/demo_scores.h"
#include "core/eval/example_inspection.h"
#include "core/model/compute_dtype.h"
#include "widgets/workbench_items.h"

namespace xlqa {

// An example of the open run, as the browser names it.
struct ExampleRef {
  LanguagePair pair;
  QString id;
};

class WorkbenchDocument : public QObject {
  Q_OBJECT
 public:
  explicit WorkbenchDocument(QObject* parent = nullptr);

  const std::optional<LoadedModel>& model(ModelRole role) const;
  const std::optional<LoadedDataset>& dataset() const { return dataset_; }
  const std::optional<OpenedRun>& run() const { return run_; }
  const std::optional<ComparedRun>& comparison() const { return comparison_; }
  void setModel(ModelRole role, LoadedModel model, const QString& directory);
  void setDataset(LoadedDataset dataset);
  void setRun(OpenedRun run);  // drops the comparison, which was against the previous run
  // The same run read again (shards finished more pairs): views update, the comparison stays,
  // and refreshing() is true while runChanged is delivered (the window then keeps its tab).
  void refreshRun(OpenedRun run);
  bool refreshing() const { return refreshing_; }
  void setComparison(std::optional<ComparedRun> comparison);

  // The selection: a pair of the run (the heatmap's cell), an example (the browser's row) and
  // that example inspected by each open model (null where none is open or it is not inspected yet).
  const std::optional<LanguagePair>& selectedPair() const { return selectedPair_; }
  void selectPair(const LanguagePair& pair);
  const std::optional<ExampleRef>& selectedExample() const { return selectedExample_; }
  void selectExample(const LanguagePair& pair, const QString& id);
  const ExampleInspection* inspection(ModelRole role) const;
  void setInspections(std::shared_ptr<const ExampleInspection> teacher,
                      std::shared_ptr<const ExampleInspection> student);

  // The teacher's mAP@k / MRR@k coefficients per pair (Analysis → Survey).
  using Survey = std::vector<std::pair<LanguagePair, std::vector<double>>>;
  const Survey& survey() const { return survey_; }
  void setSurvey(Survey survey);

  // Display settings shared by the views.
  double temperature() const { return temperature_; }
  void setTemperature(double temperature);
  const CoefficientSettings& coefficientSettings() const { return coefficientSettings_; }
  void setCoefficientSettings(const CoefficientSettings& settings);
  // The precision every model load uses, kept in QSettings; fp16 falls back to fp32 where no
  // CUDA GPU can run it.
  ComputeDtype computeDtype() const { return dtype_; }
  void setComputeDtype(ComputeDtype dtype);
  // The embedded demo's scores, shown on the welcome page once the demo was opened.
  const std::optional<DemoScores>& demoScores() const { return demoScores_; }
  void setDemoScores(const DemoScores& scores);

  // Most recent first, at most 8, kept in QSettings.
  QStringList recent(const QString& kind) const;  // "models", "datasets", "runs"
  void remember(const QString& kind, const QString& path);

 signals:
  void modelsChanged();
  void datasetChanged();
  void runChanged();         // a new run (which drops the comparison)
  void comparisonChanged();  // a run compared with the open one, or none
  void pairSelected(const xlqa::LanguagePair& pair);
  void exampleSelected(const xlqa::ExampleRef& example);
  void inspectionsChanged();
  void surveyChanged();
  void temperatureChanged(double temperature);
  void coefficientSettingsChanged(const xlqa::CoefficientSettings& settings);
  void computeDtypeChanged(xlqa::ComputeDtype dtype);
  void demoScoresChanged();

 private:
  std::optional<LoadedModel> teacher_, student_;
  std::optional<LoadedDataset> dataset_;
  std::optional<OpenedRun> run_;
  std::optional<ComparedRun> comparison_;
  std::optional<LanguagePair> selectedPair_;
  std::optional<ExampleRef> selectedExample_;
  std::shared_ptr<const ExampleInspection> teacherInspection_, studentInspection_;
  Survey survey_;
  double temperature_ = 1.0;
  CoefficientSettings coefficientSettings_;
  ComputeDtype dtype_ = ComputeDtype::Float32;
  std::optional<DemoScores> demoScores_;
  bool refreshing_ = false;
};

}  // namespace xlqa
