#pragma once
// Comparing an Encoding with a transformers record of the hf-parity tokenizer fixtures.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/text/tokenizer.h"

namespace xlqa::test {

inline std::string joinTokens(const std::vector<std::string>& tokens) {
  std::string out;
  for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

// Empty when `e` equals the record (ids, tokens, token types, which tokens are added, code point
// offsets), else the first difference. A record without token_type_ids means all zeros (XLM-R).
inline std::string encodingDifference(const Encoding& e, const nlohmann::json& record) {
  const auto ids = record.at("input_ids").get<std::vector<std::int64_t>>();
  const auto tokens = record.at("tokens").get<std::vector<std::string>>();
  if (e.ids != ids || e.tokens != tokens)
    return "tokens differ:\n  got      " + joinTokens(e.tokens) + "\n  expected " + joinTokens(tokens);
  const auto types = record.contains("token_type_ids") ? record.at("token_type_ids").get<std::vector<std::int64_t>>()
                                                       : std::vector<std::int64_t>(ids.size(), 0);
  if (e.typeIds != types) return "token_type_ids differ";
  const nlohmann::json& offsets = record.at("offsets");
  for (std::size_t i = 0; i < e.ids.size(); ++i) {
    const nlohmann::json& o = offsets.at(i);
    const bool added = o.is_null();
    if (added != (e.sequenceIds[i] < 0)) return "sequence id of token " + std::to_string(i) + " differs";
    if (added) continue;
    const std::int32_t begin = o.at(0), end = o.at(1);
    if (e.offsets[i].begin != begin || e.offsets[i].end != end)
      return "offset of token " + std::to_string(i) + " (" + e.tokens[i] + ") is [" +
             std::to_string(e.offsets[i].begin) + "," + std::to_string(e.offsets[i].end) + "), expected [" +
             std::to_string(begin) + "," + std::to_string(end) + ")";
  }
  return {};
}

}  // namespace xlqa::test
