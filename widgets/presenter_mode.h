#pragma once
// Presenter mode, for showing the workbench to an audience: the window full screen with larger
// fonts, and a guided tour, a bar of numbered moments walked with Next / Previous (or the arrow
// keys), each of which puts the views where the story needs them. Esc leaves it as it was.
#include <QFont>
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

class QAction;
class QLabel;
class QMainWindow;
class QToolBar;

namespace xlqa {

struct TourStep {
  QString title;               // "The difference, pair by pair"
  QString caption;             // one sentence for the audience
  std::function<void()> show;  // puts the views at this moment
};

class PresenterMode : public QObject {
  Q_OBJECT
 public:
  static constexpr double kFontScale = 1.5;

  PresenterMode(QMainWindow* window, std::function<std::vector<TourStep>()> steps);

  bool isActive() const { return active_; }
  int currentStep() const { return current_; }  // 0-based; -1 when inactive
  int stepCount() const { return static_cast<int>(steps_.size()); }
  QString currentCaption() const;

  void start();
  void stop();
  void next();
  void previous();

 signals:
  void activeChanged(bool active);

 private:
  void goTo(int step);
  void buildBar();

  QMainWindow* window_;
  std::function<std::vector<TourStep>()> makeSteps_;
  std::vector<TourStep> steps_;
  bool active_ = false;
  int current_ = -1;
  Qt::WindowStates stateBefore_;
  QFont fontBefore_;
  QToolBar* bar_ = nullptr;
  QLabel* title_ = nullptr;
  QLabel* caption_ = nullptr;
  QAction* previous_ = nullptr;
  QAction* next_ = nullptr;
  std::vector<QAction*> keys_;
};

}  // namespace xlqa
