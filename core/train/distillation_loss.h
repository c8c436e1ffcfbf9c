#pragma once
// The training losses on start/end logits, as the reference code computes them, over the real
// positions of each row only. Internal header (ATen tensors): trainer and tests only.
//
// Padding positions are excluded from every softmax. run_qa pads every window to 384 tokens and
// lets the padding positions take part; excluding them makes the loss independent of how far
// a batch happens to be padded, which our length-bucketed batches need to be reproducible.
#include <ATen/core/Tensor.h>

#include "core/train/training_config.h"

namespace xlqa {

// Cross-entropy of one side: logits [B, L], mask [B, L] (1 = real token), positions [B] int64.
// Mean over the batch (transformers' CrossEntropyLoss; our labels are never ignored).
at::Tensor positionCrossEntropy(const at::Tensor& logits, const at::Tensor& mask, const at::Tensor& positions);

// KL divergence of one side at temperature T: KLDivLoss(reduction="batchmean") x T^2 of the
// reference kl_divergence: forward KL(teacher || student), reverse KL(student || teacher) or
// their sum. The teacher's logits carry no gradient.
at::Tensor distillationKl(const at::Tensor& studentLogits, const at::Tensor& teacherLogits, const at::Tensor& mask,
                          double temperature, KlDirection direction);

}  // namespace xlqa
