#include "widgets/slurm_job_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "core/io/json_file.h"
#include "widgets/error_text.h"

namespace xlqa {

QString xlqaCommandPath() {
  const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("xlqa"));
  return QFileInfo(beside).isExecutable() ? beside : QStringLiteral("xlqa");
}

SlurmJobDialog::SlurmJobDialog(SlurmJob job, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), job_(std::move(job)) {
  setWindowTitle(tr("Write an sbatch script"));
  auto* form = new QFormLayout;
  name_ = new QLineEdit(QString::fromStdString(job_.name), this);
  form->addRow(tr("Job name"), name_);
  count_ = new QSpinBox(this);
  count_->setRange(1, 10000);
  perNode_ = new QSpinBox(this);
  perNode_->setRange(1, 64);
  if (job_.distributed) {
    count_->setValue(job_.nodes);
    perNode_->setValue(job_.tasksPerNode);
    form->addRow(tr("Nodes"), count_);
    form->addRow(tr("Ranks per node"), perNode_);
  } else {
    count_->setValue(std::max(1, job_.arrayTasks));
    count_->setToolTip(tr("Array tasks: each evaluates its share of the pairs into the same run folder"));
    form->addRow(tr("Shards (array tasks)"), count_);
    perNode_->hide();
  }
  cpus_ = new QSpinBox(this);
  cpus_->setRange(1, 512);
  cpus_->setValue(job_.cpusPerTask);
  form->addRow(tr("CPUs per task"), cpus_);
  memory_ = new QLineEdit(QString::fromStdString(job_.memory), this);
  form->addRow(tr("Memory per node"), memory_);
  time_ = new QLineEdit(QString::fromStdString(job_.time), this);
  form->addRow(tr("Time limit"), time_);
  path_ = new QLineEdit(suggestedPath, this);
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("sbatch script"), path_->text(), tr("Shell scripts (*.sh)"));
    if (!path.isEmpty()) path_->setText(path);
  });
  auto* where = new QHBoxLayout;
  where->addWidget(path_, 1);
  where->addWidget(browse);
  form->addRow(tr("Script"), where);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

SlurmJob SlurmJobDialog::job() const {
  SlurmJob job = job_;
  job.name = name_->text().toStdString();
  if (job.distributed)
    job.nodes = count_->value(), job.tasksPerNode = perNode_->value();
  else
    job.arrayTasks = count_->value();
  job.cpusPerTask = cpus_->value();
  job.memory = memory_->text().trimmed().toStdString();
  job.time = time_->text().trimmed().toStdString();
  return job;
}

QString SlurmJobDialog::scriptPath() const { return path_->text().trimmed(); }

bool SlurmJobDialog::writeScript(QString* error) const { return writeSlurmScript(scriptPath(), job(), error); }

bool writeSlurmScript(const QString& path, const SlurmJob& job, QString* error) {
  try {
    if (path.isEmpty()) throw std::invalid_argument("choose where to save the script");
    writeFileAtomically(QFile::encodeName(path).toStdString(), sbatchScript(job));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeUser);
    return true;
  } catch (const std::exception& e) {
    if (error) *error = errorText(e);
    return false;
  }
}

}  // namespace xlqa
