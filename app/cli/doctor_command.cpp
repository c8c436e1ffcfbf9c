// xlqa doctor: what the numeric runtime is made of, and how fast its GEMM runs here.
#include <QCommandLineParser>

#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/demo/demo_workspace.h"
#include "core/io/json_file.h"
#include "core/model/device.h"
#include "core/system/install_layout.h"
#include "core/system/launch_position.h"
#include "core/system/runtime_info.h"
#include "core/text/spm_shim_loader.h"

namespace xlqa::cli {

namespace {

// What this installation holds beside the binaries: the demo, the translations, the SentencePiece
// shim, each found or not, with the reason when not.
std::string describeInstallation() {
  std::string out = "installation:\n  share: " + shareDirectory() + "\n  demo: ";
  try {
    out += locateDemoDirectory();
  } catch (const FileError& e) {
    out += std::string("missing: ") + e.what();
  }
  std::string languages;
  for (const std::string& language : installedTranslations()) languages += " " + language;
  out += "\n  translations:" + (languages.empty() ? " none in " + translationsDirectory() : languages);
  out += "\n  SentencePiece shim: ";
  try {
    spmShim();
    out += "loaded";
  } catch (const FileError& e) {
    out += e.what();
  }
  return out + "\n";
}

}  // namespace

int runDoctor(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"no-gemm", "Skip the GEMM measurement."});
  if (auto exit = parseArguments(parser, arguments,
                                 "Reports the LibTorch version, the BLAS actually loaded, thread counts, the "
                                 "devices, the installation (demo, translations, SentencePiece shim), how the CPU runs "
                                 "bf16, and the measured float32 and bfloat16 GEMM speed of the CPU "
                                 "(12288x256x1024)."))
    return *exit;
  const RuntimeInfo info = queryRuntime();
  std::string out = "xlqa " + info.xlqaVersion + "\nLibTorch: " + info.torchVersion + "\nBLAS: " + info.blas.name;
  if (!info.blas.library.empty()) out += "\n  library: " + info.blas.library;
  if (!info.blas.details.empty()) out += "\n  " + info.blas.details;
  if (!info.blas.threading.empty()) out += "\n  threading: " + info.blas.threading;
  out += "\nthreads: " + std::to_string(info.intraOpThreads) + " intra-op, " + std::to_string(info.interOpThreads) +
         " inter-op\ndevices:";
  for (const auto& device : info.devices) out += " " + device;
  out += std::string("\nCUDA: ") +
         (info.cudaAvailable ? "available (fp32, fp16 and bf16)" : "not available (CPU build or no GPU visible)");
  out += "\nCPU bf16: " + info.bf16.describe() + "\n";
  // Where a launcher put this process, and the device it would evaluate on.
  const LaunchPosition position = launchPositionFromEnvironment();
  out += "launch: " + position.text() + "\n";
  out += "rank " + std::to_string(position.rank) + ", world size " + std::to_string(position.worldSize) +
         ", local rank " + std::to_string(position.localRank) + ", device " +
         (info.cudaAvailable && position.sharded() ? "cuda:" + std::to_string(position.localRank)
                                                   : resolveDevice("auto").device) +
         "\n";
  printOut(out + describeInstallation());
  if (!info.blas.optimised) printInfo("warning: " + info.blas.name + " is slow; install libopenblas0-openmp\n");
  if (info.blas.competingThreadPools() && info.intraOpThreads > 1)
    printInfo(
        "warning: the pthread OpenBLAS competes with LibTorch's OpenMP threads (up to 3x slower); install "
        "libopenblas0-openmp, which XLQA's binaries prefer\n");
  if (!parser.isSet("no-gemm")) {
    for (const bool bf16 : {false, true}) {
      const GemmMeasurement gemm = measureCpuGemm(12288, 256, 1024, 5, bf16);
      char line[160];
      std::snprintf(line, sizeof line, "CPU GEMM %ldx%ldx%ld %s: %.1f GFLOP/s (best of 5, %.1f ms)\n", gemm.m, gemm.k,
                    gemm.n, bf16 ? "bfloat16" : "float32", gemm.gflops, gemm.seconds * 1e3);
      printOut(line);
    }
  }
  return kSuccess;
}

}  // namespace xlqa::cli
