#pragma once
// Names for people, towns, rivers and companies that exist nowhere: strings of consonant-vowel
// syllables, each with a fixed spelling in the Latin, Arabic, Devanagari and Han scripts, so one
// entity has one name in every language of the demo corpus (as a transliterated real name would).
#include <cstdint>
#include <string>
#include <vector>

#include "core/train/seeded_draws.h"

namespace xlqa {

enum class Script { Latin, Arabic, Devanagari, Han };

// The script a demo language writes names in: ar Arabic, hi Devanagari, zh Han, others Latin.
Script nameScriptOf(const std::string& language);

// A name of one or more words, each a list of syllable indices.
struct FictionalName {
  std::vector<std::vector<std::uint8_t>> words;
  bool operator==(const FictionalName& other) const { return words == other.words; }
};

// `syllablesPerWord` gives the word count and each word's length.
FictionalName drawName(SeededDraws& draws, const std::vector<int>& syllablesPerWord);

// "Miren Kalvo" in Latin; Han writes the words with a middle dot between them ("米伦·卡洛").
std::string renderName(const FictionalName& name, Script script);

}  // namespace xlqa
