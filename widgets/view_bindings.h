#pragma once
// How each view observes the workbench document: the document's state pushed in at once and on
// every change, and what the user does in the view (a cell clicked, an example opened, the
// temperature moved) sent to the document, never to another view.
namespace xlqa {

class ExampleBrowser;
class ExampleInspector;
class HeatmapView;
class MapAtKView;
class SpanProbabilityView;
class TrainingPanel;
class WelcomePanel;
class WorkbenchDocument;

void bindHeatmap(HeatmapView* view, WorkbenchDocument* document);
// The browser shows a run's examples when the run opens; `inspector` gives it the texts.
void bindExampleBrowser(ExampleBrowser* view, WorkbenchDocument* document, const ExampleInspector* inspector);
void bindSpanView(SpanProbabilityView* view, WorkbenchDocument* document);
void bindMapAtKView(MapAtKView* view, WorkbenchDocument* document);
void bindWelcomePanel(WelcomePanel* view, WorkbenchDocument* document);
// Suggests the open student (or teacher) and dataset as the training's defaults.
void bindTrainingPanel(TrainingPanel* view, WorkbenchDocument* document);

}  // namespace xlqa
