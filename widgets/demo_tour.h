#pragma once
// The demo's story as four moments for presenter mode: the difference heatmap, the pair where the
// student gains most, an example the student answers and the teacher misses with its span
// distribution, and how mAP@k weighs that example's soft labels.
#include <functional>
#include <vector>

#include "widgets/presenter_mode.h"

class QTabWidget;

namespace xlqa {

class ExampleBrowser;
class HeatmapView;
class MapAtKView;
class SpanProbabilityView;
class WorkbenchDocument;

struct TourViews {  // looked up at each step: the main window rebuilds its views on a language switch
  QTabWidget* tabs = nullptr;
  HeatmapView* heatmap = nullptr;
  ExampleBrowser* browser = nullptr;
  SpanProbabilityView* spans = nullptr;
  MapAtKView* mapAtK = nullptr;
  const WorkbenchDocument* document = nullptr;
};

// Empty when no run with a teacher and a student is open.
std::vector<TourStep> demoTour(const std::function<TourViews()>& views);

}  // namespace xlqa
