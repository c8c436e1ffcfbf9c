#pragma once
// File → Model precision: fp32, bf16 and fp16 (enabled only with a CUDA GPU, its tooltip says
// why), checked as the document's precision holds, whether a choice was taken or refused.
#include <QMenu>

#include <functional>

#include "core/model/compute_dtype.h"

namespace xlqa {

class WorkbenchDocument;

class PrecisionMenu : public QMenu {
  Q_OBJECT
 public:
  // `choose` asks for a precision; the document says which one holds afterwards.
  PrecisionMenu(WorkbenchDocument* document, std::function<void(ComputeDtype)> choose, QWidget* parent = nullptr);

  QAction* action(ComputeDtype dtype) const { return actions_[static_cast<int>(dtype)]; }

 private:
  void showHeld();

  WorkbenchDocument* document_;
  QAction* actions_[3] = {};  // by ComputeDtype
};

}  // namespace xlqa
