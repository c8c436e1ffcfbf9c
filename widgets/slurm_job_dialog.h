#pragma once
// Writes a job as an sbatch script instead of running it here (core/system/slurm_script): asks
// for the resources (array tasks for a sharded evaluation, nodes and ranks per node for a
// data-parallel training, CPUs, memory, time) and where to save the script.
#include <QDialog>
#include <QString>

#include "core/system/slurm_script.h"

class QLineEdit;
class QSpinBox;

namespace xlqa {

class SlurmJobDialog : public QDialog {
  Q_OBJECT
 public:
  // `job` holds the command and whether it is distributed; the dialog fills in the rest.
  SlurmJobDialog(SlurmJob job, const QString& suggestedPath, QWidget* parent = nullptr);

  SlurmJob job() const;
  QString scriptPath() const;
  // Writes the script (atomically, executable); false with `error` set when it cannot.
  bool writeScript(QString* error) const;

 private:
  SlurmJob job_;
  QLineEdit* name_;
  QSpinBox* count_;    // array tasks, or nodes when distributed
  QSpinBox* perNode_;  // ranks per node (distributed only)
  QSpinBox* cpus_;
  QLineEdit* memory_;
  QLineEdit* time_;
  QLineEdit* path_;
};

// Writes `job` as an sbatch script at `path` (atomically, executable); false with `error` set.
bool writeSlurmScript(const QString& path, const SlurmJob& job, QString* error);

// The `xlqa` beside this program (the app and the CLI are installed together), else "xlqa".
QString xlqaCommandPath();

}  // namespace xlqa
