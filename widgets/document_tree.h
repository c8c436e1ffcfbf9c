#pragma once
// The workspace dock's tree: the document's models, dataset, run and compared run, refreshed
// whenever the document says one of them changed.
#include <QTreeWidget>

namespace xlqa {

class WorkbenchDocument;

class DocumentTree : public QTreeWidget {
  Q_OBJECT
 public:
  explicit DocumentTree(WorkbenchDocument* document, QWidget* parent = nullptr);

 private:
  void refresh();
  QTreeWidgetItem* section(const QString& title);
  void addModels();
  void addDataset();
  void addRun();

  WorkbenchDocument* document_;
};

}  // namespace xlqa
