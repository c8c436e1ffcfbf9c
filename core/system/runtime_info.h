#pragma once
// What the numeric runtime is made of: LibTorch version, the BLAS actually loaded, threads,
// devices. `xlqa doctor` prints it; a reference BLAS is flagged because it is ~25x slower.
#include <string>
#include <vector>

namespace xlqa {

struct BlasInfo {
  std::string library;    // resolved path of the loaded libblas, "" when none is loaded
  std::string name;       // "OpenBLAS", "reference BLAS", "BLIS", ...
  std::string details;    // e.g. openblas_get_config()
  std::string threading;  // OpenBLAS: "OpenMP", "pthreads" or "sequential"; "" when unknown
  bool optimised = false;
  // A pthread BLAS beside LibTorch's OpenMP pool: two sets of spinning threads share the cores.
  bool competingThreadPools() const { return threading == "pthreads"; }
};

// How the CPU runs bf16: natively (AVX512-BF16 / AMX dot products through LibTorch's oneDNN) or
// through generic kernels that convert to fp32 and back (correct, but slower than fp32).
struct CpuBf16Support {
  bool avx512Bf16 = false, amxBf16 = false;  // CPU flags
  bool onednn = false;                       // LibTorch built with oneDNN (MKL-DNN)
  bool native() const { return onednn && (avx512Bf16 || amxBf16); }
  std::string describe() const;
};

struct RuntimeInfo {
  std::string xlqaVersion;
  std::string torchVersion;
  int intraOpThreads = 0;
  int interOpThreads = 0;
  BlasInfo blas;
  CpuBf16Support bf16;
  bool cudaAvailable = false;        // LibTorch built with CUDA and a GPU visible
  std::vector<std::string> devices;  // "cpu", "cuda:0 (NVIDIA H100 ...)"
};

RuntimeInfo queryRuntime();

// Debian's LibTorch starts with one OpenMP thread whatever the machine has. Uses every core
// this process may run on, unless OMP_NUM_THREADS is set or `threads` > 0 asks for a number.
// Returns the intra-op thread count in force. Call once at start-up, before any tensor work.
int configureThreads(int threads = 0);

struct GemmMeasurement {
  long m = 0, k = 0, n = 0;
  double seconds = 0.0;  // best of the repeats
  double gflops = 0.0;   // 2*m*k*n / seconds
};

// Times an (m x k) @ (k x n) matmul on the CPU with LibTorch, in float32 or bfloat16.
GemmMeasurement measureCpuGemm(long m, long k, long n, int repeats, bool bf16 = false);

}  // namespace xlqa
