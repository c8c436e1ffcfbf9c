#include "core/train/distillation_loss.h"

#include <ATen/ATen.h>

#include <limits>

namespace xlqa {
namespace {

// log_softmax over the real positions; padded positions get log-probability "lowest" (finite,
// so that 0 x it stays 0) and no gradient.
at::Tensor maskedLogSoftmax(const at::Tensor& logits, const at::Tensor& mask) {
  const at::Tensor real = mask.to(at::kBool);
  const at::Tensor filled = logits.masked_fill(real.logical_not(), std::numeric_limits<float>::lowest());
  return at::log_softmax(filled, -1).masked_fill(real.logical_not(), 0.0);
}

// sum over real positions of p * (log p - log q), divided by the batch size: KLDivLoss batchmean
// with input log q and target p.
at::Tensor batchMeanKl(const at::Tensor& logP, const at::Tensor& logQ, const at::Tensor& mask) {
  const at::Tensor terms = logP.exp() * (logP - logQ) * mask.to(logP.scalar_type());
  return terms.sum() / static_cast<double>(logP.size(0));
}

}  // namespace

at::Tensor positionCrossEntropy(const at::Tensor& logits, const at::Tensor& mask, const at::Tensor& positions) {
  const at::Tensor logProbabilities = maskedLogSoftmax(logits, mask);
  return -logProbabilities.gather(1, positions.unsqueeze(1)).mean();
}

at::Tensor distillationKl(const at::Tensor& studentLogits, const at::Tensor& teacherLogits, const at::Tensor& mask,
                          double temperature, KlDirection direction) {
  const at::Tensor student = maskedLogSoftmax(studentLogits / temperature, mask);
  const at::Tensor teacher = maskedLogSoftmax(teacherLogits.detach() / temperature, mask);
  const double scale = temperature * temperature;
  switch (direction) {
    case KlDirection::Forward: return batchMeanKl(teacher, student, mask) * scale;
    case KlDirection::Reverse: return batchMeanKl(student, teacher, mask) * scale;
    case KlDirection::Symmetric:
      return (batchMeanKl(teacher, student, mask) + batchMeanKl(student, teacher, mask)) * scale;
  }
  return {};
}

}  // namespace xlqa
