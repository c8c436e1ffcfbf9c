#include "widgets/workbench_items.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <set>

namespace xlqa {
namespace {

std::vector<std::string> toStd(const QStringList& list) {
  std::vector<std::string> out;
  for (const QString& s : list) out.push_back(s.toStdString());
  return out;
}

}  // namespace

QString LoadedModel::summary() const {
  if (!model) return {};
  return QCoreApplication::translate("Workspace", "%1, %2 parameters, %3, %4")
      .arg(QString::fromStdString(model->config().modelType),
           QLocale().toString(static_cast<qlonglong>(model->parameterCount())),
           QString::fromStdString(computeDtypeName(model->dtype())),
           QString::fromStdString(model->device().description));
}

QString LoadedDataset::summary() const {
  if (!dataset) return {};
  const auto pairs = dataset->availablePairs();
  std::set<std::string> languages;
  for (const auto& p : pairs) {
    languages.insert(p.question);
    languages.insert(p.context);
  }
  const int languageCount = static_cast<int>(languages.size());
  return QCoreApplication::translate("Workspace", "%n language(s), %1 pairs", nullptr, languageCount).arg(pairs.size());
}

QString ComparedRun::precisionNote() const {
  if (thisDtype.empty()) return {};
  return QCoreApplication::translate(
             "Workspace", "This run computed in %1, the compared run in %2: the differences include the precision's")
      .arg(QString::fromStdString(thisDtype), QString::fromStdString(comparedDtype));
}

LoadedModel loadModelFolder(const QString& directory, ComputeDtype dtype, const ModelLoadProgress& progress,
                            const QString& device) {
  const std::string dir = directory.toStdString();
  LoadedModel loaded;
  loaded.model = QaModel::load(dir, device.toStdString(), dtype, progress);
  loaded.tokenizer = loadTokenizer(dir);
  return loaded;
}

LoadedDataset loadDatasetInputs(const QStringList& inputs) {
  // A LoadError carries every problem; errorText() shows them translated.
  return {inputs, std::make_shared<ParallelDataset>(ParallelDataset::load(toStd(inputs)))};
}

OpenedRun describeRun(const RunStore& store) {
  OpenedRun run{
      QString::fromStdString(store.directory()), store.manifest(), store.readPairs(), {}, nullptr, nullptr, {}};
  if (store.manifest().teacher && store.manifest().student)
    run.significance = comparePairs(store, ModelRole::Teacher, store, ModelRole::Student);
  return run;
}

ComparedRun describeComparison(const RunStore& runA, const RunStore& runB) {
  const bool students = runA.manifest().student && runB.manifest().student;
  ComparedRun compared;
  compared.directory = QString::fromStdString(runB.directory());
  compared.role = students ? ModelRole::Student : ModelRole::Teacher;
  compared.pairs = runB.readPairs();
  compared.significance = comparePairs(runA, compared.role, runB, compared.role);
  if (compared.significance.empty())
    throw std::runtime_error(runB.directory() + ": no " + roleName(compared.role) + " scores for a pair that " +
                             runA.directory() + " also has");
  if (dtypeDifference(runA, compared.role, runB, compared.role)) {
    const auto dtypeOf = [&](const RunStore& run) {
      return (students ? run.manifest().student : run.manifest().teacher)->dtype;
    };
    compared.thisDtype = dtypeOf(runA), compared.comparedDtype = dtypeOf(runB);
  }
  return compared;
}

}  // namespace xlqa
