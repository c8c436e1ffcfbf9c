#include "widgets/demo_tour.h"

#include <QTabWidget>

#include "core/demo/demo_scores.h"
#include "widgets/example_browser.h"
#include "widgets/heatmap_view.h"
#include "widgets/map_at_k_view.h"
#include "widgets/span_probability_view.h"
#include "widgets/workbench_document.h"

namespace xlqa {

std::vector<TourStep> demoTour(const std::function<TourViews()>& views) {
  const TourViews now = views();
  const auto& run = now.document ? now.document->run() : std::nullopt;
  if (!run) return {};
  const std::optional<LanguagePair> pair = largestStudentGain(run->pairs);
  if (!pair) return {};
  const QString pairName = QString::fromStdString(pair->key());
  return {
      {PresenterMode::tr("The difference, pair by pair"),
       PresenterMode::tr("Student − teacher F1 for every question × context language: purple where "
                         "self-distillation helped, faded where the change is not significant."),
       [views] {
         const TourViews v = views();
         v.heatmap->setMode(HeatmapView::Mode::Difference);
         v.tabs->setCurrentWidget(v.heatmap);
       }},
      {PresenterMode::tr("Where the student gains most"),
       PresenterMode::tr("%1: every question of the pair, with both models' answers and F1.").arg(pairName),
       [views, pair] {
         const TourViews v = views();
         v.browser->showPair(*pair);
         v.browser->setDisagreement(ExampleFilterModel::Disagreement::Any);
         v.tabs->setCurrentWidget(v.browser);
       }},
      {PresenterMode::tr("An answer only the student finds"),
       PresenterMode::tr("Where each model puts its probability over the context: the student on the gold "
                         "answer, the teacher elsewhere."),
       [views, pair] {
         const TourViews v = views();
         v.browser->showPair(*pair);
         v.browser->setDisagreement(ExampleFilterModel::Disagreement::StudentRightTeacherWrong);
         if (v.browser->visibleRowCount() > 0) v.browser->openRow(0);
         v.tabs->setCurrentWidget(v.spans);
       }},
      {PresenterMode::tr("How mAP@k weighs the teacher"),
       PresenterMode::tr("The teacher's soft labels count as much as its top-k starts and ends land near "
                         "the gold: mAP@k sets the weight of the distillation loss."),
       [views] {
         const TourViews v = views();
         v.tabs->setCurrentWidget(v.mapAtK);
       }},
  };
}

}  // namespace xlqa
