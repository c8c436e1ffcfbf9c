#pragma once
// The first thing a user sees: what XLQA Studio is and what this machine runs it on.
#include <QWidget>

class QLabel;

namespace xlqa {

class WelcomePanel : public QWidget {
  Q_OBJECT
 public:
  explicit WelcomePanel(QWidget* parent = nullptr);

  QString runtimeSummary() const;  // the text of the runtime box, for tests

 private:
  QLabel* runtimeLabel_ = nullptr;
};

}  // namespace xlqa
