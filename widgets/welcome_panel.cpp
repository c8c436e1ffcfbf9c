#include "widgets/welcome_panel.h"

#include <QLabel>
#include <QVBoxLayout>

#include "core/system/runtime_info.h"

namespace xlqa {

WelcomePanel::WelcomePanel(QWidget* parent) : QWidget(parent) {
  auto* title = new QLabel(tr("<h1>XLQA Studio</h1>"), this);
  auto* mission = new QLabel(tr("A workbench for cross-lingual extractive question answering: evaluate teacher and "
                                "student models over every question-language × context-language pair, read the "
                                "heatmaps, browse the failing examples, and train with self-knowledge distillation."),
                             this);
  mission->setWordWrap(true);

  const RuntimeInfo info = queryRuntime();
  QStringList devices;
  for (const auto& device : info.devices) devices << QString::fromStdString(device);
  runtimeLabel_ = new QLabel(this);
  runtimeLabel_->setTextFormat(Qt::RichText);
  runtimeLabel_->setText(tr("<b>Engine</b><br>LibTorch %1 on %2<br>BLAS: %3<br>%4 threads")
                             .arg(QString::fromStdString(info.torchVersion), devices.join(QStringLiteral(", ")),
                                  QString::fromStdString(info.blas.name))
                             .arg(info.intraOpThreads));
  runtimeLabel_->setFrameShape(QFrame::StyledPanel);
  runtimeLabel_->setMargin(12);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(48, 48, 48, 48);
  layout->addWidget(title);
  layout->addWidget(mission);
  layout->addSpacing(16);
  layout->addWidget(runtimeLabel_);
  layout->addStretch(1);
}

QString WelcomePanel::runtimeSummary() const { return runtimeLabel_->text(); }

}  // namespace xlqa
