#pragma once
// Asks where and how to evaluate the open models on the open dataset.
#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace xlqa {

struct EvaluationRequest {
  QString pairs = QStringLiteral("all");  // all | xlt | gxlt | en-es,...
  QString outputDirectory;
  int maxExamplesPerPair = 0;  // 0: all
  bool resume = false;
  bool squadMetric = false;  // false: MLQA normalisation
};

class EvaluationDialog : public QDialog {
  Q_OBJECT
 public:
  // exec()'s result when the user asked for an sbatch script instead of evaluating here.
  static constexpr int kWriteScript = 2;

  explicit EvaluationDialog(QWidget* parent = nullptr);
  EvaluationRequest request() const;
  void setRequest(const EvaluationRequest& request);

 private:
  QComboBox* pairs_;
  QLineEdit* pairList_;
  QLineEdit* output_;
  QSpinBox* maxExamples_;
  QCheckBox* resume_;
  QComboBox* metric_;
};

}  // namespace xlqa
