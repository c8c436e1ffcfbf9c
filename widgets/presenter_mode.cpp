#include "widgets/presenter_mode.h"

#include <QAction>
#include <QFont>
#include <QLabel>
#include <QMainWindow>
#include <QToolBar>
#include <QVBoxLayout>

namespace xlqa {

PresenterMode::PresenterMode(QMainWindow* window, std::function<std::vector<TourStep>()> steps)
    : QObject(window), window_(window), makeSteps_(std::move(steps)) {}

QString PresenterMode::currentCaption() const { return caption_ ? caption_->text() : QString(); }

void PresenterMode::buildBar() {
  bar_ = new QToolBar(tr("Guided tour"), window_);
  bar_->setObjectName(QStringLiteral("presenterTour"));
  bar_->setMovable(false);
  previous_ = bar_->addAction(tr("◀ Previous"), this, &PresenterMode::previous);
  // The moment's title above its caption, the caption wrapping: the bar never hides Next.
  auto* moment = new QWidget(bar_);
  auto* lines = new QVBoxLayout(moment);
  lines->setContentsMargins(12, 4, 12, 4);
  title_ = new QLabel(moment);
  title_->setObjectName(QStringLiteral("tourTitle"));
  QFont bold = title_->font();
  bold.setBold(true);
  title_->setFont(bold);
  caption_ = new QLabel(moment);
  caption_->setObjectName(QStringLiteral("tourCaption"));
  caption_->setWordWrap(true);
  lines->addWidget(title_);
  lines->addWidget(caption_);
  moment->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  bar_->addWidget(moment);
  next_ = bar_->addAction(tr("Next ▶"), this, &PresenterMode::next);
  bar_->addAction(tr("Leave presenter mode (Esc)"), this, &PresenterMode::stop);
  window_->addToolBar(Qt::BottomToolBarArea, bar_);
  // Window-wide keys, so the presenter's clicker (arrow keys, Page Up/Down) walks the tour.
  const std::pair<QKeySequence, void (PresenterMode::*)()> keys[] = {{Qt::Key_Right, &PresenterMode::next},
                                                                     {Qt::Key_PageDown, &PresenterMode::next},
                                                                     {Qt::Key_Left, &PresenterMode::previous},
                                                                     {Qt::Key_PageUp, &PresenterMode::previous},
                                                                     {Qt::Key_Escape, &PresenterMode::stop}};
  for (const auto& [key, slot] : keys) {
    auto* action = new QAction(bar_);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    window_->addAction(action);
    keys_.push_back(action);
  }
}

void PresenterMode::start() {
  if (active_) return;
  steps_ = makeSteps_();
  if (steps_.empty()) return;
  active_ = true;
  stateBefore_ = window_->windowState();
  fontBefore_ = window_->font();
  QFont font = fontBefore_;
  font.setPointSizeF(font.pointSizeF() * kFontScale);
  window_->setFont(font);  // every view inherits it; the heatmap's own fonts scale from it
  window_->showFullScreen();
  buildBar();
  goTo(0);
  emit activeChanged(true);
}

void PresenterMode::stop() {
  if (!active_) return;
  active_ = false;
  current_ = -1;
  for (QAction* action : keys_) window_->removeAction(action);
  keys_.clear();
  delete bar_;  // its labels and actions with it
  bar_ = nullptr, title_ = caption_ = nullptr, previous_ = next_ = nullptr;
  window_->setFont(fontBefore_);
  window_->setWindowState(stateBefore_);
  emit activeChanged(false);
}

void PresenterMode::next() { goTo(current_ + 1); }
void PresenterMode::previous() { goTo(current_ - 1); }

void PresenterMode::goTo(int step) {
  if (!active_ || step < 0 || step >= stepCount()) return;
  current_ = step;
  const TourStep& moment = steps_[static_cast<std::size_t>(step)];
  title_->setText(tr("%1 of %2: %3").arg(step + 1).arg(stepCount()).arg(moment.title));
  caption_->setText(moment.caption);
  previous_->setEnabled(step > 0);
  next_->setEnabled(step + 1 < stepCount());
  if (moment.show) moment.show();
}

}  // namespace xlqa
