#pragma once
// The floating-point type a model's weights and activations use: fp32 (the default and the
// reference), bf16 or fp16. Whatever the model computes in, its logits leave it as fp32, so
// softmaxes, span scores and metrics are always fp32.
#include <string>

namespace xlqa {

enum class ComputeDtype { Float32, BFloat16, Float16 };

// "fp32" | "float32" | "bf16" | "bfloat16" | "fp16" | "float16"; throws std::invalid_argument.
ComputeDtype parseComputeDtype(const std::string& text);
std::string computeDtypeName(ComputeDtype dtype);  // "fp32", "bf16", "fp16"

// Throws std::invalid_argument when `device` ("cpu", "cuda:N") cannot compute in `dtype`:
// LibTorch 1.13 has no fp16 matrix kernels for the CPU.
void checkComputeDtype(ComputeDtype dtype, const std::string& device);

}  // namespace xlqa
