#pragma once
// The failing-examples browser: filters (pair, failing, teacher right / student wrong and the
// reverse, text search, tagged only) over the run's examples, a table that stays smooth with a
// full run's 171k rows, the selected example in detail with its tag editor, and the tags'
// CSV export. The main window loads the run off the GUI thread
// (ExampleTableData::loadRun) and hands the result to setData.
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/data/language_pair.h"
#include "widgets/example_detail_view.h"
#include "widgets/example_filter_model.h"
#include "widgets/example_table_model.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace xlqa {

class ExampleBrowser : public QWidget {
  Q_OBJECT
 public:
  // The question and context of an example, from the dataset; nullopt when unavailable.
  using TextProvider = std::function<std::optional<ExampleTexts>(const LanguagePair& pair, const std::string& id)>;

  explicit ExampleBrowser(QWidget* parent = nullptr);
  ~ExampleBrowser() override;

  // The run's examples and its tags (the browser keeps both; tags are saved into the run folder).
  void setData(std::shared_ptr<const ExampleTableData> table, ExampleTags tags);  // shared, not copied
  void setData(ExampleTableData table, ExampleTags tags);
  void clear();

  // Filters; each also sets its control.
  bool showPair(const LanguagePair& pair);  // false (and no change) when the run lacks the pair
  void showAllPairs();
  void setFailingOnly(bool on);
  void setFailingModel(ExampleFilterModel::ScoreModel model);
  void setThreshold(double threshold);  // 0-100
  void setDisagreement(ExampleFilterModel::Disagreement disagreement);
  void setTaggedOnly(bool on);
  // Sets the search box; the search itself follows after a short pause in typing, or at once
  // with applySearchNow().
  void setSearchText(const QString& text);
  void applySearchNow();

  int visibleRowCount() const;
  int totalRowCount() const;
  QString countText() const;  // "N of M examples", as shown

  // Selects and opens a visible row (a row of filterModel()).
  void openRow(int visibleRow);
  // Shows the pair and opens (pair, id), clearing the filters that hide it; false when the run
  // has no such example.
  bool openExample(const LanguagePair& pair, const std::string& id);

  ExampleDetailView* detailView() const { return detail_; }
  QTableView* table() const { return table_; }
  ExampleTableModel* tableModel() const { return model_; }
  ExampleFilterModel* filterModel() const { return filter_; }
  ExampleTags* tags() const { return tags_.get(); }

  // The tags as CSV (see ExampleTags::toCsv), written atomically.
  bool exportTagsCsv(const QString& path, QString* error) const;

  // Called when a row is opened, to fill the detail view's question and context.
  TextProvider textProvider;

 signals:
  // A row was opened; the detail view already shows its scores (and texts, with textProvider).
  void exampleOpened(const xlqa::LanguagePair& pair, const QString& id);
  // The table's context menu asks for this question across all pairs (the parallel-example grid).
  void gridRequested(const QString& id);

 private:
  QWidget* createFilterBar();
  void addScoreFilters(QHBoxLayout* first);
  void addSearchRow(QHBoxLayout* second);
  void connectFilters();
  void createTable();
  void rebuildPairChoices();
  void scheduleCountUpdate();
  void updateCount();
  void afterFilterChange();
  void openSourceRow(int sourceRow);
  void onCurrentRowChanged(const QModelIndex& current);
  void onTagChanged(const LanguagePair& pair, const QString& id);
  void chooseCsvExport();

  std::unique_ptr<ExampleTags> tags_;
  ExampleTableModel* model_ = nullptr;
  ExampleFilterModel* filter_ = nullptr;

  QComboBox* pairBox_ = nullptr;
  QCheckBox* failingBox_ = nullptr;
  QComboBox* failingModelBox_ = nullptr;
  QDoubleSpinBox* thresholdBox_ = nullptr;
  QComboBox* disagreementBox_ = nullptr;
  QLineEdit* searchEdit_ = nullptr;
  QTimer* searchTimer_ = nullptr;
  QCheckBox* taggedBox_ = nullptr;
  QLabel* countLabel_ = nullptr;
  QTimer* countTimer_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  QTableView* table_ = nullptr;
  ExampleDetailView* detail_ = nullptr;
};

}  // namespace xlqa
