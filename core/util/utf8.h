#pragma once
// UTF-8 <-> UTF-32 conversion. Python-compatible string semantics (code point indices,
// code point comparisons) are easiest on UTF-32, so text is decoded where it is inspected.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xlqa::utf8 {

// Byte offset of the first ill-formed sequence (overlong forms, surrogates and values past
// U+10FFFF are ill-formed), or nullopt when the whole text is well-formed UTF-8.
std::optional<std::size_t> findInvalid(std::string_view text);

// Decodes well-formed UTF-8; an ill-formed byte becomes U+FFFD.
std::u32string decode(std::string_view text);
std::string encode(std::u32string_view text);
void append(std::string& out, char32_t cp);

std::size_t countCodePoints(std::string_view text);

// Byte offset of every code point, plus text.size() at the end: code point spans -> substrings.
std::vector<std::size_t> codePointByteOffsets(std::string_view text);

}  // namespace xlqa::utf8
