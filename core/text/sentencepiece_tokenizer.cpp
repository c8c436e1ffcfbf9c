#include "core/text/sentencepiece_tokenizer.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <vector>

#include "core/io/json_file.h"
#include "core/text/spm_shim_loader.h"
#include "core/text/unicode_properties.h"
#include "core/util/utf8.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;

// Typed in the text, these become their fixed ids: <s> <pad> </s> <unk> <mask>, in that order.
constexpr std::size_t kSpecialCount = 5;
constexpr std::size_t kMask = 4;
struct Special {
  std::u32string text;
  std::int64_t id;
};

}  // namespace

struct SentencePieceTokenizer::Model {
  const SpmShimApi* api = nullptr;
  xlqa_spm* handle = nullptr;
  std::array<Special, kSpecialCount> specials;
  ~Model() {
    if (handle != nullptr) api->destroy(handle);
  }
};

SentencePieceTokenizer::SentencePieceTokenizer(const std::string& modelPath) : model_(std::make_unique<Model>()) {
  const SpmShimApi& api = spmShim();
  std::error_code ec;
  if (!fs::is_regular_file(modelPath, ec))
    throw FileError(modelPath, Message(XLQA_TR("SentencePiece", "no such file (expected a sentencepiece model)")));
  char* error = nullptr;
  model_->api = &api;
  model_->handle = api.create(modelPath.c_str(), &error);
  if (model_->handle == nullptr)
    throw FileError(modelPath,
                    Message(XLQA_TR("SentencePiece", "not a usable sentencepiece model: %1"), api.takeError(error)));
  pieceCount_ = api.pieceCount(model_->handle);
  // XLMRobertaTokenizer assumes spm <unk> 0, <s> 1, </s> 2 (it maps spm 0 to <unk> and shifts
  // the rest by one); another layout would give silently wrong ids.
  if (pieceCount_ < 3 || api.unkId(model_->handle) != 0)
    throw FileError(modelPath,
                    Message(XLQA_TR("SentencePiece", "not in the XLM-R layout (sentencepiece <unk> must be id 0)")));

  model_->specials = {Special{U"<s>", kBosId}, Special{U"<pad>", kPadId}, Special{U"</s>", kEosId},
                      Special{U"<unk>", kUnkId}, Special{U"<mask>", maskId()}};
  template_.prefix = {kBosId};
  template_.middle = {kEosId, kEosId};
  template_.suffix = {kEosId};
  template_.prefixTokens = {"<s>"};
  template_.middleTokens = {"</s>", "</s>"};
  template_.suffixTokens = {"</s>"};
  template_.secondTypeId = 0;
}

SentencePieceTokenizer::~SentencePieceTokenizer() = default;

TokenizedText SentencePieceTokenizer::tokenize(std::string_view text) const {
  const std::u32string chars = utf8::decode(text);
  if (chars.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    throw std::length_error("text too long to tokenize");
  const auto& specials = model_->specials;
  constexpr std::size_t kText = kSpecialCount;

  // Split out the special tokens (none is a prefix of another, so the first match at the
  // earliest position is the trie's match).
  struct Part {
    std::size_t begin, end, special;  // special == kText: a text chunk
  };
  std::vector<Part> parts;
  std::size_t chunkStart = 0;
  for (std::size_t i = 0; i < chars.size();) {
    std::size_t matched = kText;
    for (std::size_t s = 0; s < specials.size() && matched == kText; ++s)
      if (chars.compare(i, specials[s].text.size(), specials[s].text) == 0) matched = s;
    if (matched == kText) {
      ++i;
      continue;
    }
    if (i > chunkStart) parts.push_back({chunkStart, i, kText});
    // <mask> is an lstrip token: the text before it loses its trailing whitespace.
    if (matched == kMask && !parts.empty() && parts.back().special == kText) {
      Part& left = parts.back();
      while (left.end > left.begin && unicode::isWhitespace(chars[left.end - 1])) --left.end;
    }
    const std::size_t end = i + specials[matched].text.size();
    parts.push_back({i, end, matched});
    i = chunkStart = end;
  }
  if (chunkStart < chars.size()) parts.push_back({chunkStart, chars.size(), kText});

  TokenizedText out;
  for (const Part& part : parts) {
    if (part.special == kText) {
      encodeChunk(std::u32string_view(chars).substr(part.begin, part.end - part.begin),
                  static_cast<std::int32_t>(part.begin), out);
      continue;
    }
    out.ids.push_back(specials[part.special].id);
    out.tokens.push_back(utf8::encode(specials[part.special].text));
    out.offsets.push_back({static_cast<std::int32_t>(part.begin), static_cast<std::int32_t>(part.end)});
  }
  return out;
}

// One chunk through sentencepiece; its byte spans become code point spans into the text.
void SentencePieceTokenizer::encodeChunk(std::u32string_view chunk, std::int32_t base, TokenizedText& out) const {
  if (chunk.empty()) return;
  std::string bytes;
  std::vector<std::int32_t> charAt;  // code point index of each byte, plus the end
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    const std::size_t before = bytes.size();
    utf8::append(bytes, chunk[i]);
    charAt.insert(charAt.end(), bytes.size() - before, static_cast<std::int32_t>(i));
  }
  charAt.push_back(static_cast<std::int32_t>(chunk.size()));

  const SpmShimApi& api = *model_->api;
  xlqa_spm_pieces pieces{};
  char* error = nullptr;
  if (api.encode(model_->handle, bytes.data(), bytes.size(), &pieces, &error) == 0)
    throw std::runtime_error(api.takeError(error));
  try {
    for (std::size_t i = 0; i < pieces.count; ++i) {
      // transformers: spm id 0 (<unk>, also every unknown stretch of text) -> <unk>, else + 1.
      const std::int32_t spmId = pieces.ids[i];
      out.ids.push_back(spmId == 0 ? kUnkId : std::int64_t{spmId} + 1);
      if (spmId == 0) {
        out.tokens.emplace_back("<unk>");
      } else {
        out.tokens.emplace_back(pieces.piece_bytes + pieces.piece_offsets[i],
                                pieces.piece_offsets[i + 1] - pieces.piece_offsets[i]);
      }
      const std::size_t begin = std::min<std::size_t>(pieces.begins[i], bytes.size());
      const std::size_t end = std::min<std::size_t>(pieces.ends[i], bytes.size());
      out.offsets.push_back({base + charAt[begin], base + charAt[end]});
    }
  } catch (...) {
    api.freePieces(&pieces);
    throw;
  }
  api.freePieces(&pieces);
}

}  // namespace xlqa
