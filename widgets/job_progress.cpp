#include "widgets/job_progress.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include "widgets/job_runner.h"

namespace xlqa {

JobProgress::JobProgress(JobRunner* runner, QStatusBar* statusBar)
    : QObject(statusBar),
      text_(new QLabel(statusBar)),
      bar_(new QProgressBar(statusBar)),
      cancel_(new QPushButton(statusBar)) {
  statusBar->addPermanentWidget(text_);
  statusBar->addPermanentWidget(bar_);
  statusBar->addPermanentWidget(cancel_);
  bar_->setMaximumWidth(220);
  bar_->setRange(0, 1000);
  bar_->hide(), cancel_->hide();
  retranslate();
  connect(cancel_, &QPushButton::clicked, runner, [runner] { runner->cancel(JobKind::Task); });
  connect(runner, &JobRunner::started, this, [this](JobKind kind, BackgroundJob* job) {
    if (kind != JobKind::Task) return;
    text_->setText(job->title());
    bar_->setRange(0, 1000), bar_->setValue(0);
    bar_->show(), cancel_->show();
  });
  connect(runner, &JobRunner::progress, this, [this](JobKind kind, double fraction, const QString& text) {
    if (kind != JobKind::Task) return;
    if (fraction < 0)
      bar_->setRange(0, 0);
    else
      bar_->setRange(0, 1000), bar_->setValue(static_cast<int>(fraction * 1000));
    text_->setText(text);
  });
  connect(runner, &JobRunner::finished, this, [this](JobKind kind) {
    if (kind != JobKind::Task) return;
    bar_->hide(), cancel_->hide();
    text_->clear();
  });
}

void JobProgress::retranslate() { cancel_->setText(tr("Cancel")); }

}  // namespace xlqa
