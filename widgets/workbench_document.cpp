#include "widgets/workbench_document.h"

#include <QSettings>

#include "core/system/runtime_info.h"

namespace xlqa {
namespace {

constexpr int kRecentMax = 8;

// The saved precision; fp16 falls back to fp32 where no CUDA GPU can run it.
ComputeDtype savedDtype() {
  try {
    const QString saved = QSettings().value(QStringLiteral("model/dtype"), QStringLiteral("fp32")).toString();
    const ComputeDtype dtype = parseComputeDtype(saved.toStdString());
    return dtype == ComputeDtype::Float16 && !queryRuntime().cudaAvailable ? ComputeDtype::Float32 : dtype;
  } catch (const std::invalid_argument&) {
    return ComputeDtype::Float32;
  }
}

bool operator==(const CoefficientSettings& a, const CoefficientSettings& b) {
  return a.kind == b.kind && a.k == b.k && a.window == b.window && a.symmetricWindow == b.symmetricWindow;
}

}  // namespace

WorkbenchDocument::WorkbenchDocument(QObject* parent) : QObject(parent), dtype_(savedDtype()) {}

const std::optional<LoadedModel>& WorkbenchDocument::model(ModelRole role) const {
  return role == ModelRole::Teacher ? teacher_ : student_;
}

void WorkbenchDocument::setModel(ModelRole role, LoadedModel model, const QString& directory) {
  (role == ModelRole::Teacher ? teacher_ : student_) = std::move(model);
  remember(QStringLiteral("models"), directory);
  emit modelsChanged();
}

void WorkbenchDocument::setDataset(LoadedDataset dataset) {
  remember(QStringLiteral("datasets"), dataset.inputs.join(QLatin1Char(';')));
  dataset_ = std::move(dataset);
  emit datasetChanged();
}

void WorkbenchDocument::setRun(OpenedRun run) {
  remember(QStringLiteral("runs"), run.directory);
  run_ = std::move(run);
  comparison_.reset();
  emit runChanged();
}

void WorkbenchDocument::refreshRun(OpenedRun run) {
  run_ = std::move(run);
  refreshing_ = true;
  emit runChanged();
  refreshing_ = false;
}

void WorkbenchDocument::setComparison(std::optional<ComparedRun> comparison) {
  if (comparison) remember(QStringLiteral("runs"), comparison->directory);
  comparison_ = std::move(comparison);
  emit comparisonChanged();
}

void WorkbenchDocument::selectPair(const LanguagePair& pair) {
  selectedPair_ = pair;
  emit pairSelected(pair);
}

void WorkbenchDocument::selectExample(const LanguagePair& pair, const QString& id) {
  selectedPair_ = pair;
  selectedExample_ = ExampleRef{pair, id};
  emit exampleSelected(*selectedExample_);
}

const ExampleInspection* WorkbenchDocument::inspection(ModelRole role) const {
  return (role == ModelRole::Teacher ? teacherInspection_ : studentInspection_).get();
}

void WorkbenchDocument::setInspections(std::shared_ptr<const ExampleInspection> teacher,
                                       std::shared_ptr<const ExampleInspection> student) {
  teacherInspection_ = std::move(teacher), studentInspection_ = std::move(student);
  emit inspectionsChanged();
}

void WorkbenchDocument::setSurvey(Survey survey) {
  survey_ = std::move(survey);
  emit surveyChanged();
}

void WorkbenchDocument::setTemperature(double temperature) {
  if (temperature == temperature_) return;  // no echo between the views that show it
  temperature_ = temperature;
  emit temperatureChanged(temperature);
}

void WorkbenchDocument::setCoefficientSettings(const CoefficientSettings& settings) {
  if (settings == coefficientSettings_) return;
  coefficientSettings_ = settings;
  emit coefficientSettingsChanged(settings);
}

void WorkbenchDocument::setComputeDtype(ComputeDtype dtype) {
  if (dtype == dtype_) return;
  dtype_ = dtype;
  QSettings().setValue(QStringLiteral("model/dtype"), QString::fromStdString(computeDtypeName(dtype)));
  emit computeDtypeChanged(dtype);
}

void WorkbenchDocument::setDemoScores(const DemoScores& scores) {
  demoScores_ = scores;
  emit demoScoresChanged();
}

QStringList WorkbenchDocument::recent(const QString& kind) const {
  return QSettings().value(QStringLiteral("recent/") + kind).toStringList();
}

void WorkbenchDocument::remember(const QString& kind, const QString& path) {
  QStringList list = recent(kind);
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > kRecentMax) list.removeLast();
  QSettings().setValue(QStringLiteral("recent/") + kind, list);
}

}  // namespace xlqa
