#pragma once
// The status bar's part of the JobRunner: the running task's title or progress line, a progress
// bar and a Cancel button (the last two hidden while no task runs), as permanent widgets of the bar.
#include <QObject>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace xlqa {

class JobRunner;

class JobProgress : public QObject {
  Q_OBJECT
 public:
  JobProgress(JobRunner* runner, QStatusBar* statusBar);
  void retranslate();

 private:
  QLabel* text_;
  QProgressBar* bar_;
  QPushButton* cancel_;
};

}  // namespace xlqa
