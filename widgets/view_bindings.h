#pragma once
// How each view observes the workbench document: the document's state pushed in at once and on
// every change, and what the user does in the view (a cell clicked, an example opened, the
// temperature moved) sent to the document, never to another view.
#include <QString>

#include "core/data/language_pair.h"

namespace xlqa {

class ExampleBrowser;
class ExampleInspector;
class GoldRankView;
class ParallelGridView;
class HeatmapView;
class MapAtKView;
class SpanProbabilityView;
class TrainingPanel;
class WelcomePanel;
class WorkbenchDocument;

void bindHeatmap(HeatmapView* view, WorkbenchDocument* document);
// The browser shows a run's examples when the run opens; `inspector` gives it the texts.
void bindExampleBrowser(ExampleBrowser* view, WorkbenchDocument* document, const ExampleInspector* inspector);
// The grid follows the selected example; showGridOf(id) shows any question of the open run.
void bindParallelGrid(ParallelGridView* view, WorkbenchDocument* document);
void showGridOf(ParallelGridView* view, const WorkbenchDocument* document, const QString& id);
// The pair's question to show in the grid: the one where the student gains most F1 over the
// teacher (the first example when none gains); empty without the run's examples.
QString gridExampleOf(const WorkbenchDocument* document, const LanguagePair& pair);
// The EM@k curves follow the open run and the selected pair.
void bindGoldRankView(GoldRankView* view, WorkbenchDocument* document);
void bindSpanView(SpanProbabilityView* view, WorkbenchDocument* document);
void bindMapAtKView(MapAtKView* view, WorkbenchDocument* document);
void bindWelcomePanel(WelcomePanel* view, WorkbenchDocument* document);
// Suggests the open student (or teacher) and dataset as the training's defaults.
void bindTrainingPanel(TrainingPanel* view, WorkbenchDocument* document);

}  // namespace xlqa
