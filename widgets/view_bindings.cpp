#include "widgets/view_bindings.h"

#include <QDir>

#include "core/store/example_tags.h"
#include "core/store/parallel_example_grid.h"
#include "widgets/example_browser.h"
#include "widgets/example_inspector.h"
#include "widgets/example_table_model.h"
#include "widgets/gold_rank_view.h"
#include "widgets/heatmap_view.h"
#include "widgets/map_at_k_view.h"
#include "widgets/parallel_grid_view.h"
#include "widgets/span_probability_view.h"
#include "widgets/training_panel.h"
#include "widgets/welcome_panel.h"
#include "widgets/workbench_document.h"

namespace xlqa {

void bindHeatmap(HeatmapView* view, WorkbenchDocument* document) {
  const auto showRun = [view, document] {
    if (const auto& run = document->run())
      view->setRun(run->pairs, run->significance, run->intervals);
    else
      view->setRun({}, {});
    if (document->refreshing() && document->comparison()) view->setComparison(*document->comparison());
  };
  showRun();
  if (const auto& comparison = document->comparison()) view->setComparison(*comparison);
  QObject::connect(document, &WorkbenchDocument::runChanged, view, showRun);
  QObject::connect(document, &WorkbenchDocument::comparisonChanged, view,
                   [view, document] { view->setComparison(document->comparison()); });
  QObject::connect(view, &HeatmapView::cellActivated, document, &WorkbenchDocument::selectPair);
}

void bindExampleBrowser(ExampleBrowser* view, WorkbenchDocument* document, const ExampleInspector* inspector) {
  view->textProvider = [inspector](const LanguagePair& pair, const std::string& id) {
    return inspector->texts(pair, id);
  };
  QObject::connect(document, &WorkbenchDocument::runChanged, view, [view, document] {
    const auto& run = document->run();
    if (run && run->examples && run->tags) view->setData(run->examples, *run->tags);
  });
  QObject::connect(document, &WorkbenchDocument::pairSelected, view,
                   [view](const LanguagePair& pair) { view->showPair(pair); });
  QObject::connect(view, &ExampleBrowser::exampleOpened, document, &WorkbenchDocument::selectExample);
}

void showGridOf(ParallelGridView* view, const WorkbenchDocument* document, const QString& id) {
  const auto& run = document->run();
  if (!run || !run->examples) return view->clear();
  view->setGrid(
      parallelExampleGrid(run->manifest.pairs, run->examples->pairs, run->examples->examples, id.toStdString()));
}

void bindParallelGrid(ParallelGridView* view, WorkbenchDocument* document) {
  if (const auto& example = document->selectedExample()) showGridOf(view, document, example->id);
  QObject::connect(document, &WorkbenchDocument::runChanged, view, [view, document] {
    const auto& example = document->selectedExample();
    document->refreshing() && example ? showGridOf(view, document, example->id) : view->clear();
  });
  QObject::connect(document, &WorkbenchDocument::exampleSelected, view,
                   [view, document](const ExampleRef& example) { showGridOf(view, document, example.id); });
}

QString gridExampleOf(const WorkbenchDocument* document, const LanguagePair& pair) {
  const auto& run = document->run();
  if (!run || !run->examples) return {};
  const ExampleTableData& table = *run->examples;
  const int p = table.pairIndexOf(pair.key());
  if (p < 0 || table.examples[p].empty()) return {};
  const std::size_t first = table.pairFirstRow[p];
  std::size_t best = first;
  for (std::size_t r = first; r < first + table.examples[p].size(); ++r) {
    const ExampleRow& row = table.rows[r];
    if (row.hasDelta() && (!table.rows[best].hasDelta() || row.deltaF1() > table.rows[best].deltaF1())) best = r;
  }
  return QString::fromStdString(table.examples[p][table.rows[best].exampleIndex].id);
}

void bindGoldRankView(GoldRankView* view, WorkbenchDocument* document) {
  const auto showRun = [view, document] {
    const auto& run = document->run();
    view->setRanks(run && run->examples ? run->examples->goldRanks : std::vector<PairGoldRanks>{});
  };
  showRun();
  QObject::connect(document, &WorkbenchDocument::runChanged, view, showRun);
  QObject::connect(document, &WorkbenchDocument::pairSelected, view,
                   [view](const LanguagePair& pair) { view->showPair(pair); });
}

void bindSpanView(SpanProbabilityView* view, WorkbenchDocument* document) {
  const auto showInspections = [view, document] {
    view->setExample(document->inspection(ModelRole::Teacher), document->inspection(ModelRole::Student));
  };
  showInspections();
  view->setTemperature(document->temperature());
  view->setCoefficientSettings(document->coefficientSettings());
  QObject::connect(document, &WorkbenchDocument::inspectionsChanged, view, showInspections);
  QObject::connect(document, &WorkbenchDocument::temperatureChanged, view, &SpanProbabilityView::setTemperature);
  QObject::connect(document, &WorkbenchDocument::coefficientSettingsChanged, view,
                   &SpanProbabilityView::setCoefficientSettings);
  QObject::connect(view, &SpanProbabilityView::temperatureChanged, document, &WorkbenchDocument::setTemperature);
}

void bindMapAtKView(MapAtKView* view, WorkbenchDocument* document) {
  const auto showInspection = [view, document] { view->setExample(document->inspection(ModelRole::Teacher)); };
  showInspection();
  view->setTemperature(document->temperature());
  const CoefficientSettings settings = document->coefficientSettings();
  view->setKind(settings.kind), view->setK(settings.k), view->setWindow(settings.window);
  view->setSymmetricWindow(settings.symmetricWindow);
  if (!document->survey().empty()) view->setSurvey(document->survey());
  QObject::connect(document, &WorkbenchDocument::inspectionsChanged, view, showInspection);
  QObject::connect(document, &WorkbenchDocument::temperatureChanged, view, &MapAtKView::setTemperature);
  QObject::connect(document, &WorkbenchDocument::surveyChanged, view,
                   [view, document] { view->setSurvey(document->survey()); });
  QObject::connect(view, &MapAtKView::temperatureChanged, document, &WorkbenchDocument::setTemperature);
  QObject::connect(view, &MapAtKView::coefficientSettingsChanged, document, &WorkbenchDocument::setCoefficientSettings);
}

void bindWelcomePanel(WelcomePanel* view, WorkbenchDocument* document) {
  if (const auto& scores = document->demoScores()) view->setDemoScores(*scores);
  QObject::connect(document, &WorkbenchDocument::demoScoresChanged, view, [view, document] {
    if (const auto& scores = document->demoScores()) view->setDemoScores(*scores);
  });
}

void bindTrainingPanel(TrainingPanel* view, WorkbenchDocument* document) {
  const auto suggest = [view, document] {
    QString student;
    for (ModelRole role : {ModelRole::Student, ModelRole::Teacher}) {
      if (const auto& loaded = document->model(role); loaded && student.isEmpty())
        student = QString::fromStdString(loaded->model->directory());
    }
    const auto& dataset = document->dataset();
    view->suggestDefaults(student, dataset ? dataset->inputs : QStringList(),
                          QDir::home().filePath(QStringLiteral("xlqa-training/run")));
  };
  suggest();
  QObject::connect(document, &WorkbenchDocument::modelsChanged, view, suggest);
  QObject::connect(document, &WorkbenchDocument::datasetChanged, view, suggest);
}

}  // namespace xlqa
