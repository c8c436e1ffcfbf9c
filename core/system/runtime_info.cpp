#include "core/system/runtime_info.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <dlfcn.h>
#include <link.h>
#include <sched.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "xlqa/version.h"

namespace xlqa {
namespace {

int collectLibrary(struct dl_phdr_info* info, size_t, void* data) {
  auto* paths = static_cast<std::vector<std::string>*>(data);
  if (info->dlpi_name && *info->dlpi_name) paths->emplace_back(info->dlpi_name);
  return 0;
}

std::vector<std::string> loadedLibraries() {
  std::vector<std::string> paths;
  dl_iterate_phdr(collectLibrary, &paths);
  return paths;
}

BlasInfo detectBlas() {
  BlasInfo blas;
  for (const std::string& path : loadedLibraries()) {
    const std::string file = std::filesystem::path(path).filename().string();
    if (file.rfind("libblas.so", 0) != 0 && file.rfind("libopenblas", 0) != 0) continue;
    std::error_code ec;
    const std::string resolved = std::filesystem::canonical(path, ec).string();
    if (blas.library.empty() || file.rfind("libblas.so", 0) == 0) blas.library = ec ? path : resolved;
  }
  using ConfigFunction = const char* (*)();
  if (auto config = reinterpret_cast<ConfigFunction>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
    blas.name = "OpenBLAS";
    blas.details = config();
    blas.optimised = true;
    using ParallelFunction = int (*)();
    if (auto parallel = reinterpret_cast<ParallelFunction>(dlsym(RTLD_DEFAULT, "openblas_get_parallel"))) {
      static const char* const kModes[] = {"sequential", "pthreads", "OpenMP"};
      const int mode = parallel();
      if (mode >= 0 && mode <= 2) blas.threading = kModes[mode];
    }
  } else if (blas.library.find("/blis") != std::string::npos) {
    blas.name = "BLIS";
    blas.optimised = true;
  } else if (blas.library.find("/blas/") != std::string::npos) {
    blas.name = "reference BLAS";
    blas.details = "unoptimised Netlib BLAS, ~25x slower: install libopenblas0-openmp";
  } else {
    blas.name = blas.library.empty() ? "none loaded" : "unknown";
  }
  return blas;
}

int availableCores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return CPU_COUNT(&set);
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace

int configureThreads(int threads) {
  if (threads > 0) {
    at::set_num_threads(threads);
  } else if (!std::getenv("OMP_NUM_THREADS")) {
    at::set_num_threads(availableCores());
  }
  return at::get_num_threads();
}

std::string CpuBf16Support::describe() const {
  std::string flags = amxBf16 ? "AMX-BF16" : avx512Bf16 ? "AVX512-BF16" : "";
  if (native()) return flags + ", through oneDNN";
  // LibTorch 1.13's generic bf16 matrix product ran at 7.8 GFLOP/s where fp32 ran at 235.
  if (!flags.empty())
    return flags + ", but this LibTorch has no oneDNN: generic kernels (correct, ~30x slower than fp32)";
  return "no AVX512-BF16 or AMX: generic kernels (correct, ~30x slower than fp32)";
}

namespace {
CpuBf16Support detectBf16() {
  CpuBf16Support support;
  support.onednn = at::hasMKLDNN();
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line;
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("flags", 0) != 0) continue;
    std::istringstream words(line);
    for (std::string word; words >> word;) {
      support.avx512Bf16 |= word == "avx512_bf16";
      support.amxBf16 |= word == "amx_bf16";
    }
    break;
  }
  return support;
}
}  // namespace

RuntimeInfo queryRuntime() {
  RuntimeInfo info;
  info.xlqaVersion = kVersion;
  info.torchVersion = TORCH_VERSION;
  info.intraOpThreads = at::get_num_threads();
  info.interOpThreads = at::get_num_interop_threads();
  info.blas = detectBlas();
  info.bf16 = detectBf16();
  info.devices.push_back("cpu");
  const auto& cuda = at::detail::getCUDAHooks();
  info.cudaAvailable = cuda.hasCUDA();
  if (info.cudaAvailable) {
    for (int i = 0; i < cuda.getNumGPUs(); ++i) info.devices.push_back("cuda:" + std::to_string(i));
  }
  return info;
}

GemmMeasurement measureCpuGemm(long m, long k, long n, int repeats, bool bf16) {
  at::NoGradGuard noGrad;
  const auto type = bf16 ? at::kBFloat16 : at::kFloat;
  const at::Tensor a = at::randn({m, k}).to(type);
  const at::Tensor b = at::randn({k, n}).to(type);
  at::Tensor c = at::matmul(a, b);  // warm-up: thread pools, first-touch pages
  GemmMeasurement result{m, k, n, 0.0, 0.0};
  for (int r = 0; r < std::max(1, repeats); ++r) {
    const auto start = std::chrono::steady_clock::now();
    at::matmul_out(c, a, b);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (r == 0 || elapsed.count() < result.seconds) result.seconds = elapsed.count();
  }
  result.gflops = 2.0 * static_cast<double>(m) * static_cast<double>(k) * static_cast<double>(n) / result.seconds / 1e9;
  return result;
}

}  // namespace xlqa
