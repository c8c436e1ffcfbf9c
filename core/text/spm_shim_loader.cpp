#include "core/text/spm_shim_loader.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "core/io/json_file.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;

constexpr const char* kShimName = "libxlqa_spm_shim.so";

struct ShimLoad {
  SpmShimApi api;
  std::string errorPath, errorReason;  // errorReason empty: loaded
};

// Where the shim may be: XLQA_SPM_SHIM alone when set; else the installed layouts beside the
// executable (bin/ -> lib/xlqa/, then lib/), then the build tree the binary was built in.
std::vector<std::string> shimCandidates() {
  if (const char* env = std::getenv("XLQA_SPM_SHIM"); env != nullptr && *env != '\0') return {env};
  std::vector<std::string> out;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path lib = exe.parent_path().parent_path() / "lib";
    out.push_back((lib / "xlqa" / kShimName).string());
    out.push_back((lib / kShimName).string());
  }
#ifdef XLQA_SPM_SHIM_BUILD_PATH
  out.emplace_back(XLQA_SPM_SHIM_BUILD_PATH);
#endif
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
            ? "no such file; XLQA_SPM_SHIM must name the SentencePiece shim (" + std::string(kShimName) + ")"
            : "the SentencePiece shim (" + std::string(kShimName) + ") is missing; looked for " + looked +
                  " (set XLQA_SPM_SHIM to its path)";
    return load;
  }
  load.errorPath = path;
  // RTLD_LOCAL | RTLD_DEEPBIND: sentencepiece and its private protobuf bind to themselves,
  // never to LibTorch's protobuf, and nothing of theirs becomes visible to the process.
  void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    load.errorReason = std::string("cannot load the SentencePiece shim: ") + (why != nullptr ? why : "dlopen failed");
    return load;
  }
  SpmShimApi& a = load.api;
  // The version is checked before the other entry points, so a stale shim says so instead of
  // looking like something that is not a shim at all.
  if (!bind(handle, "xlqa_spm_abi_version", a.abiVersion)) {
    load.errorReason = "not an XLQA SentencePiece shim (an entry point is missing)";
    return load;
  }
  if (a.abiVersion() != XLQA_SPM_SHIM_ABI_VERSION) {
    load.errorReason = "SentencePiece shim of interface version " + std::to_string(a.abiVersion()) + ", expected " +
                       std::to_string(XLQA_SPM_SHIM_ABI_VERSION) + " (a stale build?)";
    return load;
  }
  const bool complete =
      bind(handle, "xlqa_spm_create", a.create) && bind(handle, "xlqa_spm_destroy", a.destroy) &&
      bind(handle, "xlqa_spm_piece_count", a.pieceCount) && bind(handle, "xlqa_spm_unk_id", a.unkId) &&
      bind(handle, "xlqa_spm_piece_to_id", a.pieceToId) && bind(handle, "xlqa_spm_id_to_piece", a.idToPiece) &&
      bind(handle, "xlqa_spm_encode", a.encode) && bind(handle, "xlqa_spm_free_pieces", a.freePieces) &&
      bind(handle, "xlqa_spm_free_string", a.freeString) && bind(handle, "xlqa_spm_train", a.train);
  if (!complete) load.errorReason = "not an XLQA SentencePiece shim (an entry point is missing)";
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
  if (!load.errorReason.empty()) throw FileError(load.errorPath, load.errorReason);
  return load.api;
}

}  // namespace xlqa
