#pragma once
// EM@k curves (core/store/gold_rank): for k = 1 up to the spans the run kept, the share of
// examples whose gold answer is among each model's top k, for one pair or averaged over the
// G-XLT or XLT pairs, with the count of examples where the student moved the gold to rank 1
// and a button that lists them in the browser.
#include <QWidget>
#include <optional>
#include <vector>

#include "core/store/gold_rank.h"

class QComboBox;
class QCustomPlot;
class QCPGraph;
class QLabel;
class QPushButton;

namespace xlqa {

class GoldRankView : public QWidget {
  Q_OBJECT
 public:
  explicit GoldRankView(QWidget* parent = nullptr);

  // The run's ranks, one entry per evaluated pair; empty clears the view.
  void setRanks(std::vector<PairGoldRanks> ranks);
  // nullopt: the mean over all pairs (G-XLT); a pair the run lacks is ignored.
  void showPair(const std::optional<LanguagePair>& pair);
  void showSameLanguageMean();  // the XLT pairs

  // The curves as plotted (EM@k, k = 1..); empty where the role has none.
  std::vector<double> plotted(ModelRole role) const;
  QString summaryText() const;
  QCustomPlot* plot() const { return plot_; }
  QComboBox* scopeBox() const { return scope_; }

 signals:
  // "Show these examples": the student-moved-gold-to-rank-1 examples of the pair, or of all pairs.
  void movedExamplesRequested(const std::optional<xlqa::LanguagePair>& pair);

 private:
  void rebuildScopes();
  void redraw();
  std::optional<LanguagePair> scopePair() const;

  std::vector<PairGoldRanks> ranks_;
  QComboBox* scope_;
  QLabel* summary_;
  QPushButton* showMoved_;
  QCustomPlot* plot_;
  QCPGraph *teacher_, *student_;
};

}  // namespace xlqa
