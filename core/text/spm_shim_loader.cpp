#include "core/text/spm_shim_loader.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <vector>

#include "core/io/json_file.h"
#include "core/system/install_layout.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;

constexpr const char* kShimName = "libxlqa_spm_shim.so";

struct ShimLoad {
  SpmShimApi api;
  std::string errorPath;
  std::optional<Message> errorReason;  // none: loaded
};

// RTLD_LOCAL | RTLD_DEEPBIND: sentencepiece and its private protobuf (3.14) bind to themselves,
// never to LibTorch's (3.21), and nothing of theirs becomes visible to the process. Sanitizer
// runtimes refuse RTLD_DEEPBIND in their dlopen interceptor (google/sanitizers#611), so their
// builds call libc's dlopen itself: the shim hands no memory across, which is what the check
// guards against.
void* openIsolated(const std::string& path) {
  constexpr int kFlags = RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND;
#ifdef XLQA_SANITIZED
  using Dlopen = void* (*)(const char*, int);
  static const auto libcDlopen = reinterpret_cast<Dlopen>(::dlsym(RTLD_NEXT, "dlopen"));
  if (libcDlopen != nullptr) return libcDlopen(path.c_str(), kFlags);
#endif
  return ::dlopen(path.c_str(), kFlags);
}

// Where the shim may be: XLQA_SPM_SHIM alone when set; else the installed layout beside the
// executable (bin/ -> lib/xlqa-studio/), which the build tree mirrors.
std::vector<std::string> shimCandidates() {
  if (const char* env = std::getenv("XLQA_SPM_SHIM"); env != nullptr && *env != '\0') return {env};
  std::vector<std::string> out;
  if (const std::string lib = privateLibraryDirectory(); !lib.empty())
    out.push_back((fs::path(lib) / kShimName).string());
  return out;
}

template <typename F>
bool bind(void* handle, const char* name, F& slot) {
  void* symbol = ::dlsym(handle, name);
  slot = reinterpret_cast<F>(symbol);
  return symbol != nullptr;
}

ShimLoad loadShim() {
  ShimLoad load;
  const std::vector<std::string> candidates = shimCandidates();
  std::string path;
  for (const std::string& c : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(c, ec)) {
      path = c;
      break;
    }
  }
  if (path.empty()) {
    std::string looked;
    for (const std::string& c : candidates) looked += (looked.empty() ? "" : ", ") + c;
    load.errorPath = candidates.empty() ? kShimName : candidates.front();
    const char* env = std::getenv("XLQA_SPM_SHIM");
    load.errorReason =
        env != nullptr && *env != '\0'
            ? Message(XLQA_TR("SentencePiece", "no such file; XLQA_SPM_SHIM must name the SentencePiece shim (%1)"),
                      kShimName)
            : Message(XLQA_TR("SentencePiece",
                              "the SentencePiece shim (%1) is missing; looked for %2 (set XLQA_SPM_SHIM to its path)"),
                      kShimName, looked);
    return load;
  }
  load.errorPath = path;
  void* handle = openIsolated(path);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    load.errorReason = Message(XLQA_TR("SentencePiece", "cannot load the SentencePiece shim: %1"),
                               why != nullptr ? why : "dlopen failed");
    return load;
  }
  SpmShimApi& a = load.api;
  // The version is checked before the other entry points, so a stale shim says so instead of
  // looking like something that is not a shim at all.
  if (!bind(handle, "xlqa_spm_abi_version", a.abiVersion)) {
    load.errorReason = Message(XLQA_TR("SentencePiece", "not an XLQA SentencePiece shim (an entry point is missing)"));
    return load;
  }
  if (a.abiVersion() != XLQA_SPM_SHIM_ABI_VERSION) {
    load.errorReason =
        Message(XLQA_TR("SentencePiece", "SentencePiece shim of interface version %1, expected %2 (a stale build?)"),
                a.abiVersion(), XLQA_SPM_SHIM_ABI_VERSION);
    return load;
  }
  const bool complete =
      bind(handle, "xlqa_spm_create", a.create) && bind(handle, "xlqa_spm_destroy", a.destroy) &&
      bind(handle, "xlqa_spm_piece_count", a.pieceCount) && bind(handle, "xlqa_spm_unk_id", a.unkId) &&
      bind(handle, "xlqa_spm_piece_to_id", a.pieceToId) && bind(handle, "xlqa_spm_id_to_piece", a.idToPiece) &&
      bind(handle, "xlqa_spm_encode", a.encode) && bind(handle, "xlqa_spm_free_pieces", a.freePieces) &&
      bind(handle, "xlqa_spm_free_string", a.freeString) && bind(handle, "xlqa_spm_train", a.train);
  if (!complete)
    load.errorReason = Message(XLQA_TR("SentencePiece", "not an XLQA SentencePiece shim (an entry point is missing)"));
  return load;  // the handle stays open for the life of the process
}

}  // namespace

std::string SpmShimApi::takeError(char* error) const {
  std::string message = error != nullptr ? error : "unknown error";
  if (error != nullptr) freeString(error);
  return message;
}

const SpmShimApi& spmShim() {
  static const ShimLoad load = loadShim();
  if (load.errorReason) throw FileError(load.errorPath, *load.errorReason);
  return load.api;
}

}  // namespace xlqa

#ifdef XLQA_SANITIZED
// Under RTLD_DEEPBIND, libsentencepiece's operator new is libstdc++'s while its operator delete
// is the sanitizer's, so every vector it grows reads as an alloc-dealloc mismatch: not ours to fix,
// and nothing crosses the shim's boundary. Every other ASan check stays on.
extern "C" const char* __asan_default_options() { return "alloc_dealloc_mismatch=0"; }  // NOLINT
#endif
