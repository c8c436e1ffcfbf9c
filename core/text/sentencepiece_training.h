#pragma once
// Training a SentencePiece model from sentences in memory, through the dlopen'ed shim
// (spm_shim_loader.h). The model is one SentencePieceTokenizer loads: the XLM-R layout
// (<unk> 0, <s> 1, </s> 2, no <pad> piece), nmt_nfkc normalisation, a dummy prefix, no byte
// fallback (unknown text is <unk>, as in XLM-R).
#include <string>
#include <vector>

namespace xlqa {

struct SentencePieceTrainingOptions {
  int vocabSize = 8000;                    // an upper bound: a small corpus gives fewer pieces
  std::string modelType = "unigram";       // unigram, bpe, word or char
  double characterCoverage = 1.0;          // share of the characters that must be pieces (0.98 to 1)
  int maxPieceLength = 16;                 // the longest piece, in code points
  bool splitDigits = false;                // every digit a piece of its own (XLM-R: no)
  std::string normalization = "nmt_nfkc";  // XLM-R's; or nfkc, nmt_nfkc_cf, nfkc_cf, identity
};

// Trains on `sentences` (UTF-8; every one is used, in order, however long) and writes the
// model atomically to `modelPath`. Deterministic: the same sentences and options give the
// same bytes (one thread, no sampling or shuffling). Throws FileError naming modelPath for
// any failure (no usable text, options sentencepiece rejects, the shim missing, the file not
// writable), with sentencepiece's own message where it has one.
void trainSentencePiece(const std::vector<std::string>& sentences, const SentencePieceTrainingOptions& options,
                        const std::string& modelPath);

}  // namespace xlqa
