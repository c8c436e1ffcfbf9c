#include "widgets/evaluation_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace xlqa {

EvaluationDialog::EvaluationDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Evaluate"));
  pairs_ = new QComboBox(this);
  pairs_->addItem(tr("All pairs (XLT and G-XLT)"), QStringLiteral("all"));
  pairs_->addItem(tr("XLT: same language (diagonal)"), QStringLiteral("xlt"));
  pairs_->addItem(tr("G-XLT: different languages"), QStringLiteral("gxlt"));
  pairs_->addItem(tr("These pairs…"), QString());
  pairList_ = new QLineEdit(this);
  pairList_->setPlaceholderText(tr("en-es, es-en, de-zh"));
  pairList_->setEnabled(false);
  connect(pairs_, &QComboBox::currentIndexChanged, this,
          [this] { pairList_->setEnabled(pairs_->currentData().toString().isEmpty()); });

  output_ = new QLineEdit(QDir::home().filePath(QStringLiteral("xlqa-runs/run")), this);
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"), output_->text());
    if (!dir.isEmpty()) output_->setText(dir);
  });
  auto* outputRow = new QHBoxLayout;
  outputRow->addWidget(output_);
  outputRow->addWidget(browse);

  maxExamples_ = new QSpinBox(this);
  maxExamples_->setRange(0, 1000000);
  maxExamples_->setSpecialValueText(tr("all"));
  resume_ = new QCheckBox(tr("Continue the run already in this folder"), this);
  metric_ = new QComboBox(this);
  metric_->addItem(tr("MLQA (language-aware normalisation)"));
  metric_->addItem(tr("SQuAD v1.1"));

  auto* form = new QFormLayout(this);
  form->addRow(tr("Language pairs"), pairs_);
  form->addRow(QString(), pairList_);
  form->addRow(tr("Run folder"), outputRow);
  form->addRow(tr("Examples per pair"), maxExamples_);
  form->addRow(tr("Official score"), metric_);
  form->addRow(QString(), resume_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Evaluate"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  QPushButton* script = buttons->addButton(tr("Write sbatch script…"), QDialogButtonBox::ActionRole);
  script->setToolTip(tr("Write this evaluation as a Slurm array job instead of running it here"));
  connect(script, &QPushButton::clicked, this, [this] { done(kWriteScript); });
  form->addRow(buttons);
}

EvaluationRequest EvaluationDialog::request() const {
  EvaluationRequest r;
  r.pairs = pairs_->currentData().toString();
  if (r.pairs.isEmpty()) r.pairs = pairList_->text().remove(QLatin1Char(' '));
  r.outputDirectory = output_->text();
  r.maxExamplesPerPair = maxExamples_->value();
  r.resume = resume_->isChecked();
  r.squadMetric = metric_->currentIndex() == 1;
  return r;
}

void EvaluationDialog::setRequest(const EvaluationRequest& r) {
  const int index = pairs_->findData(r.pairs);
  pairs_->setCurrentIndex(index >= 0 ? index : pairs_->count() - 1);
  if (index < 0) pairList_->setText(r.pairs);
  output_->setText(r.outputDirectory);
  maxExamples_->setValue(r.maxExamplesPerPair);
  resume_->setChecked(r.resume);
  metric_->setCurrentIndex(r.squadMetric ? 1 : 0);
}

}  // namespace xlqa
