#include "core/text/wordpiece_tokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "core/io/json_file.h"
#include "core/text/unicode_properties.h"
#include "core/util/utf8.h"

namespace xlqa {
namespace {

using NormChar = WordPieceTokenizer::NormChar;
using NormText = std::vector<NormChar>;

constexpr std::size_t kMaxInputCharsPerWord = 100;  // WordpieceTokenizer's max_input_chars_per_word

// BertTokenizer's _is_control: category C* except the three whitespace controls.
bool isControl(char32_t cp) { return cp != U'\t' && cp != U'\n' && cp != U'\r' && unicode::isOther(cp); }

// BertTokenizer's _is_whitespace (cleaning turns these into a space).
bool isBertWhitespace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || unicode::isSpaceSeparator(cp);
}

// BertTokenizer's _is_punctuation: every ASCII non-alphanumeric printable, plus category P*.
bool isBertPunctuation(char32_t cp) {
  if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126))
    return true;
  return unicode::isPunctuation(cp);
}

// BertTokenizer's _is_chinese_char: the CJK Unified Ideographs blocks it lists (not kana,
// not Hangul).
bool isCjkIdeograph(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF) ||
         (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

const icu::Normalizer2& normalizer(bool compose) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || n == nullptr)
    throw std::runtime_error(std::string("ICU normaliser unavailable: ") + u_errorName(status));
  return *n;
}

icu::UnicodeString toIcu(const NormChar* chars, std::size_t count) {
  icu::UnicodeString s;
  for (std::size_t i = 0; i < count; ++i) s.append(static_cast<UChar32>(chars[i].cp));
  return s;
}

std::u32string fromIcu(const icu::UnicodeString& s) {
  std::u32string out;
  for (std::int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) out.push_back(static_cast<char32_t>(s.char32At(i)));
  return out;
}

// Cleaning and CJK spacing, which keep or drop characters one by one. With lower-casing the
// text is first lower-cased one character at a time, as PreTrainedTokenizer.tokenize does.
NormText cleanChunk(std::u32string_view chunk, std::int32_t base, bool lowerCase) {
  NormText out;
  out.reserve(chunk.size());
  const auto append = [&out](char32_t cp, std::int32_t pos) {
    if (cp == 0 || cp == 0xFFFD || isControl(cp)) return;
    if (isBertWhitespace(cp)) {
      out.push_back({U' ', pos, pos + 1});
    } else if (isCjkIdeograph(cp)) {
      out.push_back({U' ', pos, pos + 1});
      out.push_back({cp, pos, pos + 1});
      out.push_back({U' ', pos, pos + 1});
    } else {
      out.push_back({cp, pos, pos + 1});
    }
  };
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    const std::int32_t pos = base + static_cast<std::int32_t>(i);
    if (!lowerCase) {
      append(chunk[i], pos);
      continue;
    }
    for (char32_t cp : unicode::toLower(chunk.substr(i, 1))) append(cp, pos);
  }
  return out;
}

// NFC that remembers origins. The text is cut where ICU says nothing can combine across
// (a starter and the marks that may join it). In a segment NFC changes, the characters it
// left in place at the start keep their own spans and the rest share the span of the changed
// part (composition has no finer map); this is the fixtures' documented convention.
NormText composeNfc(NormText text) {
  const bool below0300 = std::all_of(text.begin(), text.end(), [](const NormChar& c) { return c.cp < 0x300; });
  if (below0300) return text;  // nothing there composes or decomposes
  const icu::Normalizer2& nfc = normalizer(true);
  UErrorCode status = U_ZERO_ERROR;
  if (nfc.isNormalized(toIcu(text.data(), text.size()), status) && U_SUCCESS(status)) return text;

  NormText out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = i + 1;
    while (j < text.size() && !nfc.hasBoundaryBefore(static_cast<UChar32>(text[j].cp))) ++j;
    const icu::UnicodeString segment = toIcu(&text[i], j - i);
    status = U_ZERO_ERROR;
    const icu::UnicodeString composed = nfc.normalize(segment, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("NFC failed: ") + u_errorName(status));
    // e.g. a base letter whose marks were only reordered keeps its span; the marks share.
    const std::u32string result = fromIcu(composed);
    std::size_t same = 0;
    while (same < result.size() && i + same < j && result[same] == text[i + same].cp) ++same;
    out.insert(out.end(), text.begin() + static_cast<std::ptrdiff_t>(i),
               text.begin() + static_cast<std::ptrdiff_t>(i + same));
    const std::int32_t restBegin = text[std::min(i + same, j - 1)].begin;
    for (std::size_t k = same; k < result.size(); ++k) out.push_back({result[k], restBegin, text[j - 1].end});
    i = j;
  }
  return out;
}

// BasicTokenizer._run_strip_accents: NFD, then drop the nonspacing marks. Each decomposed
// character keeps the span of the character it came from.
NormText stripAccents(const NormChar* chars, std::size_t count) {
  const icu::Normalizer2& nfd = normalizer(false);
  NormText decomposed;
  for (std::size_t i = 0; i < count; ++i) {
    icu::UnicodeString mapping;
    if (!nfd.getDecomposition(static_cast<UChar32>(chars[i].cp), mapping)) {
      decomposed.push_back(chars[i]);
      continue;
    }
    for (char32_t cp : fromIcu(mapping)) decomposed.push_back({cp, chars[i].begin, chars[i].end});
  }
  // Canonical ordering: marks between two starters sorted (stably) by combining class.
  const auto ccc = [&nfd](const NormChar& c) { return nfd.getCombiningClass(static_cast<UChar32>(c.cp)); };
  for (auto it = decomposed.begin(); it != decomposed.end();) {
    if (ccc(*it) == 0) {
      ++it;
      continue;
    }
    auto runEnd = std::find_if(it, decomposed.end(), [&ccc](const NormChar& c) { return ccc(c) == 0; });
    std::stable_sort(it, runEnd, [&ccc](const NormChar& a, const NormChar& b) { return ccc(a) < ccc(b); });
    it = runEnd;
  }
  NormText out;
  for (const NormChar& c : decomposed)
    if (!unicode::isNonspacingMark(c.cp)) out.push_back(c);
  return out;
}

std::vector<std::string> splitLines(std::string_view bytes) {
  // Python's readlines() in text mode: \n, \r\n and \r all end a line.
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\n' && bytes[i] != '\r') continue;
    lines.emplace_back(bytes.substr(start, i - start));
    if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < bytes.size()) lines.emplace_back(bytes.substr(start));
  return lines;
}

}  // namespace

WordPieceTokenizer::WordPieceTokenizer(const std::string& vocabPath, WordPieceOptions options) : options_(options) {
  const std::string bytes = readFileBytes(vocabPath);
  if (const auto bad = utf8::findInvalid(bytes))
    throw FileError(vocabPath, Message(XLQA_TR("WordPiece", "not UTF-8 (ill-formed byte sequence at byte %1)"), *bad));
  const std::vector<std::string> lines = splitLines(bytes);
  lineCount_ = static_cast<std::int64_t>(lines.size());
  vocab_.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    vocab_[lines[i]] = static_cast<std::int64_t>(i);
    longestToken_ = std::max(longestToken_, utf8::countCodePoints(lines[i]));
  }

  const auto require = [&](const char* token) {
    const std::int64_t id = tokenToId(token);
    if (id < 0) throw FileError(vocabPath, Message(XLQA_TR("WordPiece", "the vocabulary has no %1 token"), token));
    return id;
  };
  unkId_ = require("[UNK]");
  padId_ = require("[PAD]");
  const std::int64_t cls = require("[CLS]");
  const std::int64_t sep = require("[SEP]");
  for (const char* token : {"[MASK]", "[SEP]", "[CLS]", "[PAD]", "[UNK]"}) {
    specialTokens_.push_back(utf8::decode(token));
    specialIds_.push_back(require(token));
  }
  template_.prefix = {cls};
  template_.middle = {sep};
  template_.suffix = {sep};
  template_.prefixTokens = {"[CLS]"};
  template_.middleTokens = {"[SEP]"};
  template_.suffixTokens = {"[SEP]"};
  template_.secondTypeId = 1;
}

std::int64_t WordPieceTokenizer::tokenToId(std::string_view token) const {
  const auto it = vocab_.find(std::string(token));
  return it == vocab_.end() ? -1 : it->second;
}

TokenizedText WordPieceTokenizer::tokenize(std::string_view text) const {
  const std::u32string chars = utf8::decode(text);
  if (chars.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    throw std::length_error("text too long to tokenize");
  TokenizedText out;
  // Special tokens typed in the text are split out first (transformers' added-tokens trie);
  // none is a prefix of another, so the first match at the earliest position is the match.
  std::size_t chunkStart = 0;
  for (std::size_t i = 0; i < chars.size();) {
    std::size_t matched = specialTokens_.size();
    for (std::size_t s = 0; s < specialTokens_.size() && matched == specialTokens_.size(); ++s)
      if (chars.compare(i, specialTokens_[s].size(), specialTokens_[s]) == 0) matched = s;
    if (matched == specialTokens_.size()) {
      ++i;
      continue;
    }
    tokenizeChunk(std::u32string_view(chars).substr(chunkStart, i - chunkStart), static_cast<std::int32_t>(chunkStart),
                  out);
    const std::size_t end = i + specialTokens_[matched].size();
    out.ids.push_back(specialIds_[matched]);
    out.tokens.push_back(utf8::encode(specialTokens_[matched]));
    out.offsets.push_back({static_cast<std::int32_t>(i), static_cast<std::int32_t>(end)});
    i = chunkStart = end;
  }
  tokenizeChunk(std::u32string_view(chars).substr(chunkStart), static_cast<std::int32_t>(chunkStart), out);
  return out;
}

// BasicTokenizer.tokenize on one chunk between special tokens, then WordPiece per word.
void WordPieceTokenizer::tokenizeChunk(std::u32string_view chunk, std::int32_t base, TokenizedText& out) const {
  if (chunk.empty()) return;
  const NormText text = composeNfc(cleanChunk(chunk, base, options_.lowerCase));
  // str.split(): runs of whitespace separate words.
  for (std::size_t i = 0; i < text.size();) {
    if (unicode::isWhitespace(text[i].cp)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && !unicode::isWhitespace(text[j].cp)) ++j;
    splitWord(&text[i], j - i, out);
    i = j;
  }
}

// One whitespace-separated word: accents stripped if configured, then every punctuation
// character made a word of its own. A word that spells a special token (possible once
// cleaning has removed a character hidden inside it) is left whole, as never_split does.
void WordPieceTokenizer::splitWord(const NormChar* chars, std::size_t count, TokenizedText& out) const {
  for (const std::u32string& special : specialTokens_) {
    const bool same = special.size() == count && std::equal(special.begin(), special.end(), chars,
                                                            [](char32_t a, const NormChar& b) { return a == b.cp; });
    if (same) return wordPiece(chars, count, out);
  }
  const bool strip = options_.lowerCase ? options_.stripAccents.value_or(true) : options_.stripAccents.value_or(false);
  const NormText word = strip ? stripAccents(chars, count) : NormText(chars, chars + count);
  std::size_t start = 0;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (!isBertPunctuation(word[k].cp)) continue;
    if (k > start) wordPiece(&word[start], k - start, out);
    wordPiece(&word[k], 1, out);
    start = k + 1;
  }
  if (start < word.size()) wordPiece(&word[start], word.size() - start, out);
}

// WordpieceTokenizer.tokenize on one word: greedy longest match first, "##" on every piece
// after the first; a word that is too long or cannot be covered is one [UNK] over the whole
// word. A piece's span runs from its first character's origin to its last one's.
void WordPieceTokenizer::wordPiece(const NormChar* chars, std::size_t count, TokenizedText& out) const {
  if (count == 0) return;
  const CharSpan whole{chars[0].begin, chars[count - 1].end};
  const auto unknown = [&] {
    out.ids.push_back(unkId_);
    out.tokens.emplace_back("[UNK]");
    out.offsets.push_back(whole);
  };
  if (count > kMaxInputCharsPerWord) return unknown();

  std::string bytes;
  std::vector<std::size_t> at(count + 1, 0);  // byte offset of each character in `bytes`
  for (std::size_t i = 0; i < count; ++i) {
    at[i] = bytes.size();
    utf8::append(bytes, chars[i].cp);
  }
  at[count] = bytes.size();

  TokenizedText pieces;
  std::string key;
  for (std::size_t start = 0; start < count;) {
    std::size_t end = std::min(count, start + longestToken_);
    std::int64_t id = -1;
    for (; end > start; --end) {
      key.assign(start > 0 ? "##" : "");
      key.append(bytes, at[start], at[end] - at[start]);
      const auto it = vocab_.find(key);
      if (it != vocab_.end()) {
        id = it->second;
        break;
      }
    }
    if (id < 0) return unknown();
    pieces.ids.push_back(id);
    pieces.tokens.push_back(key);
    pieces.offsets.push_back({chars[start].begin, chars[end - 1].end});
    start = end;
  }
  out.ids.insert(out.ids.end(), pieces.ids.begin(), pieces.ids.end());
  out.tokens.insert(out.tokens.end(), pieces.tokens.begin(), pieces.tokens.end());
  out.offsets.insert(out.offsets.end(), pieces.offsets.begin(), pieces.offsets.end());
}

}  // namespace xlqa
