#include "widgets/document_tree.h"

#include <QFileInfo>
#include <QHeaderView>

#include "widgets/workbench_document.h"

namespace xlqa {
namespace {

QString runStatusText(const std::string& status) {
  if (status == "complete") return DocumentTree::tr("complete");
  if (status == "cancelled") return DocumentTree::tr("cancelled");
  if (status == "running") return DocumentTree::tr("running or interrupted");
  if (status == "failed") return DocumentTree::tr("failed");
  return QString::fromStdString(status);
}

}  // namespace

DocumentTree::DocumentTree(WorkbenchDocument* document, QWidget* parent) : QTreeWidget(parent), document_(document) {
  setHeaderLabels({tr("Item"), tr("Details")});
  header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  for (auto changed : {&WorkbenchDocument::modelsChanged, &WorkbenchDocument::datasetChanged,
                       &WorkbenchDocument::runChanged, &WorkbenchDocument::comparisonChanged})
    connect(document_, changed, this, &DocumentTree::refresh);
  refresh();
}

void DocumentTree::refresh() {
  clear();
  addModels();
  addDataset();
  addRun();
}

QTreeWidgetItem* DocumentTree::section(const QString& title) {
  auto* item = new QTreeWidgetItem(this, {title});
  item->setExpanded(true);
  QFont bold = item->font(0);
  bold.setBold(true);
  item->setFont(0, bold);
  return item;
}

void DocumentTree::addModels() {
  QTreeWidgetItem* models = section(tr("Models"));
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    const auto& loaded = document_->model(role);
    // The folder and the precision it computes in, at a glance; the child row has the rest.
    const QString directory = loaded ? QString::fromStdString(loaded->model->directory()) : QString();
    const QString name =
        loaded ? QStringLiteral("%1 (%2)").arg(QFileInfo(directory).fileName(),
                                               QString::fromStdString(computeDtypeName(loaded->model->dtype())))
               : tr("(none)");
    auto* item = new QTreeWidgetItem(models, {role == ModelRole::Teacher ? tr("Teacher") : tr("Student"), name});
    if (loaded) item->setToolTip(1, loaded->summary() + QLatin1Char('\n') + directory);
    if (loaded) new QTreeWidgetItem(item, {QString(), loaded->summary()});
  }
}

void DocumentTree::addDataset() {
  QTreeWidgetItem* datasetItem = section(tr("Dataset"));
  if (const auto& dataset = document_->dataset()) {
    const QString files = tr("%n file(s)", nullptr, static_cast<int>(dataset->inputs.size()));
    auto* item = new QTreeWidgetItem(datasetItem, {files, dataset->summary()});
    item->setToolTip(0, dataset->inputs.join(QLatin1Char('\n')));
  } else {
    new QTreeWidgetItem(datasetItem, {tr("(none)")});
  }
}

void DocumentTree::addRun() {
  QTreeWidgetItem* runs = section(tr("Run"));
  const auto& run = document_->run();
  if (!run) {
    new QTreeWidgetItem(runs, {tr("(none)")});
    return;
  }
  auto* item =
      new QTreeWidgetItem(runs, {QFileInfo(run->directory).fileName(), tr("%1 of %2 pairs, %3")
                                                                           .arg(run->pairs.size())
                                                                           .arg(run->manifest.pairs.size())
                                                                           .arg(runStatusText(run->manifest.status))});
  item->setToolTip(0, run->directory);
  if (const auto& comparison = document_->comparison()) {
    auto* compared = new QTreeWidgetItem(runs, {tr("Compared with"), QFileInfo(comparison->directory).fileName()});
    compared->setToolTip(1, comparison->directory);
    if (const QString note = comparison->precisionNote(); !note.isEmpty()) {
      compared->setExpanded(true);
      new QTreeWidgetItem(compared, {QString(), note});
    }
  }
}

}  // namespace xlqa
