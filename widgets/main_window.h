#pragma once
// The application's main window: a workspace of models, datasets and runs (grows per issue).
#include <QMainWindow>

namespace xlqa {

class WelcomePanel;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);

  WelcomePanel* welcomePanel() const { return welcome_; }

 private:
  void createMenus();

  WelcomePanel* welcome_ = nullptr;
};

}  // namespace xlqa
