#pragma once
// The first thing a user sees: what XLQA Studio is, the embedded demo's story and numbers, and
// what this machine runs it on.
#include <QWidget>

#include "core/demo/demo_scores.h"

class QLabel;

namespace xlqa {

class WelcomePanel : public QWidget {
  Q_OBJECT
 public:
  explicit WelcomePanel(QWidget* parent = nullptr);

  QString runtimeSummary() const;  // the text of the runtime box, for tests
  // The demo's headline numbers, once it has been opened.
  void setDemoScores(const DemoScores& scores);
  QString demoSummary() const;

 signals:
  void openDemoRequested();

 private:
  QLabel* runtimeLabel_ = nullptr;
  QLabel* demoScores_ = nullptr;
};

}  // namespace xlqa
