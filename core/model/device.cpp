#include "core/model/device.h"

#include <ATen/Parallel.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/cuda.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

#include "core/system/runtime_info.h"

namespace xlqa {
namespace {

constexpr const char* kAccepted = "use \"auto\", \"cpu\", \"cuda\" or \"cuda:N\"";

// LibTorch's CUDA library registers its hooks when it is loaded; a CPU-only build never does.
bool builtWithCuda() { return at::CUDAHooksRegistry()->Has("CUDAHooks"); }

int visibleGpus() { return builtWithCuda() ? static_cast<int>(torch::cuda::device_count()) : 0; }

// "cuda" -> 0, "cuda:N" -> N; anything else (signs, spaces, huge numbers) is malformed.
int parseCudaIndex(const std::string& requested) {
  if (requested == "cuda") return 0;
  const std::string digits = requested.substr(5);
  const bool wellFormed =
      requested.compare(0, 5, "cuda:") == 0 && !digits.empty() && digits.size() <= 4 &&
      std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!wellFormed) throw std::invalid_argument("device \"" + requested + "\" is malformed: " + kAccepted);
  return std::stoi(digits);
}

void checkCudaDevice(const std::string& requested, int index) {
  if (!builtWithCuda())
    throw std::invalid_argument("device \"" + requested +
                                "\" requested, but this LibTorch was built without CUDA: use \"cpu\" or \"auto\"");
  const int count = visibleGpus();
  if (count == 0)
    throw std::invalid_argument("device \"" + requested +
                                "\" requested, but no GPU visible to CUDA (driver, CUDA_VISIBLE_DEVICES?)");
  if (index >= count)
    throw std::invalid_argument("cuda:" + std::to_string(index) + " requested but only " + std::to_string(count) +
                                (count == 1 ? " GPU is" : " GPUs are") + " visible");
}

std::string describe(const std::string& device) {
  if (device == "cpu") {
    const int threads = at::get_num_threads();
    return "CPU (" + std::to_string(threads) + (threads == 1 ? " thread, " : " threads, ") + queryRuntime().blas.name +
           ")";
  }
  // LibTorch 1.13's device-independent API has no device name; the index is what users type.
  return device + " (CUDA, " + std::to_string(visibleGpus()) + " GPU(s) visible)";
}

}  // namespace

DeviceChoice resolveDevice(const std::string& requested) {
  DeviceChoice choice;
  choice.requested = requested;
  if (requested == "auto") {
    choice.device = visibleGpus() > 0 ? "cuda:0" : "cpu";
  } else if (requested == "cpu") {
    choice.device = "cpu";
  } else if (requested.rfind("cuda", 0) == 0) {
    const int index = parseCudaIndex(requested);
    checkCudaDevice(requested, index);
    choice.device = "cuda:" + std::to_string(index);
  } else {
    throw std::invalid_argument("unknown device \"" + requested + "\": " + kAccepted);
  }
  choice.description = describe(choice.device);
  return choice;
}

}  // namespace xlqa
