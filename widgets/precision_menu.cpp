#include "widgets/precision_menu.h"

#include <QActionGroup>

#include "core/system/runtime_info.h"
#include "widgets/workbench_document.h"

namespace xlqa {

PrecisionMenu::PrecisionMenu(WorkbenchDocument* document, std::function<void(ComputeDtype)> choose, QWidget* parent)
    : QMenu(tr("Model &precision"), parent), document_(document) {
  setToolTipsVisible(true);  // so the disabled fp16 says why
  auto* group = new QActionGroup(this);
  const RuntimeInfo runtime = queryRuntime();
  const QString tips[] = {tr("Compute in 32-bit floats: the reference precision"),
                          tr("Compute in bfloat16: half the memory of fp32. This CPU: %1")
                              .arg(QString::fromStdString(runtime.bf16.describe())),
                          runtime.cudaAvailable
                              ? tr("Compute in float16 on the GPU: half the memory of fp32")
                              : tr("fp16 needs a CUDA GPU: LibTorch has no float16 matrix kernels for the CPU")};
  const QString labels[] = {tr("fp32 (default)"), tr("bf16"), tr("fp16 (CUDA GPU)")};
  for (ComputeDtype dtype : {ComputeDtype::Float32, ComputeDtype::BFloat16, ComputeDtype::Float16}) {
    const int i = static_cast<int>(dtype);
    QAction* action = addAction(labels[i], this, [this, dtype, choose] {
      choose(dtype);
      showHeld();  // the new choice, or the old one after a refusal
    });
    action->setCheckable(true);
    action->setStatusTip(tips[i]);
    action->setToolTip(tips[i]);
    group->addAction(action);
    actions_[i] = action;
  }
  actions_[static_cast<int>(ComputeDtype::Float16)]->setEnabled(runtime.cudaAvailable);
  showHeld();
  connect(document_, &WorkbenchDocument::computeDtypeChanged, this, &PrecisionMenu::showHeld);
}

void PrecisionMenu::showHeld() {
  for (QAction* action : actions_) action->setChecked(action == this->action(document_->computeDtype()));
}

}  // namespace xlqa
