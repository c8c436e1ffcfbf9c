#include "core/model/compute_dtype.h"

#include <stdexcept>

namespace xlqa {

ComputeDtype parseComputeDtype(const std::string& text) {
  if (text == "fp32" || text == "float32") return ComputeDtype::Float32;
  if (text == "bf16" || text == "bfloat16") return ComputeDtype::BFloat16;
  if (text == "fp16" || text == "float16") return ComputeDtype::Float16;
  throw std::invalid_argument("unknown dtype \"" + text + "\" (expected fp32, bf16 or fp16)");
}

std::string computeDtypeName(ComputeDtype dtype) {
  switch (dtype) {
    case ComputeDtype::Float32: return "fp32";
    case ComputeDtype::BFloat16: return "bf16";
    case ComputeDtype::Float16: return "fp16";
  }
  return "fp32";
}

void checkComputeDtype(ComputeDtype dtype, const std::string& device) {
  if (dtype == ComputeDtype::Float16 && device.rfind("cuda", 0) != 0)
    throw std::invalid_argument(
        "fp16 needs a CUDA device (LibTorch has no fp16 matrix kernels for the CPU); "
        "use bf16 on the CPU");
}

}  // namespace xlqa
