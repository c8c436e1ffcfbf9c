#pragma once
// Which device runs the model: "auto" (CUDA when LibTorch has it and a GPU is visible, else
// CPU), "cpu" or "cuda:N". A CUDA request on a CPU build is a clear error.
#include <string>

namespace xlqa {

struct DeviceChoice {
  std::string requested;    // as the user said it
  std::string device;       // "cpu" or "cuda:N"
  std::string description;  // for people: "CPU (2 threads, OpenBLAS)" or "cuda:0 (NVIDIA H100)"
};

// Throws std::invalid_argument with the reason (malformed, no CUDA in this build, no such GPU).
DeviceChoice resolveDevice(const std::string& requested);

}  // namespace xlqa
