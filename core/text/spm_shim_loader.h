#pragma once
// The SentencePiece shim (spm_shim/), loaded once per process with dlopen(RTLD_LOCAL |
// RTLD_DEEPBIND): libsentencepiece carries its own protobuf, which must never meet LibTorch's,
// so xlqa_core never links it and reaches it only through these entry points.
#include <string>

#include "core/text/spm_shim/spm_shim.h"

namespace xlqa {

// The shim's entry points. Only their types come from spm_shim.h.
struct SpmShimApi {
  decltype(&xlqa_spm_abi_version) abiVersion = nullptr;
  decltype(&xlqa_spm_create) create = nullptr;
  decltype(&xlqa_spm_destroy) destroy = nullptr;
  decltype(&xlqa_spm_piece_count) pieceCount = nullptr;
  decltype(&xlqa_spm_unk_id) unkId = nullptr;
  decltype(&xlqa_spm_piece_to_id) pieceToId = nullptr;
  decltype(&xlqa_spm_id_to_piece) idToPiece = nullptr;
  decltype(&xlqa_spm_encode) encode = nullptr;
  decltype(&xlqa_spm_free_pieces) freePieces = nullptr;
  decltype(&xlqa_spm_free_string) freeString = nullptr;
  decltype(&xlqa_spm_train) train = nullptr;

  // The text of an error string the shim set (then released), or "unknown error" for none.
  std::string takeError(char* error) const;
};

// Loads the shim on first use: XLQA_SPM_SHIM alone when set, else beside the executable
// (bin/ -> lib/xlqa-studio/, in the build tree too). Throws FileError naming the shim when it
// is missing, cannot be loaded, or is of another interface version; a failure is remembered
// and reported on every call.
const SpmShimApi& spmShim();

}  // namespace xlqa
