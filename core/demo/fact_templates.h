#pragma once
// The demo corpus's sentences and questions, written for this project in each language: one
// template per kind of fact, with the questions it answers. Slots: {P} person, {C} town,
// {R} river, {O} company, {D} date, {Y} year, {N} number.
#include <string>
#include <vector>

namespace xlqa {

enum class FactKind { Birth, Founding, Employees, Headquarters, River, Population, TownFounded, Leader };
constexpr int kFactKindCount = 8;

enum class Gender { Masculine, Feminine };

// Arabic verbs agree with a person's gender; elsewhere both forms are the same.
struct GenderedText {
  const char* masculine = "";
  const char* feminine = nullptr;  // nullptr: as masculine
  const char* in(Gender gender) const { return gender == Gender::Feminine && feminine ? feminine : masculine; }
};

struct QuestionTemplate {
  char answerSlot;  // 'P', 'C', 'R', 'O', 'D', 'Y' or 'N'
  GenderedText text;
};

struct FactTemplate {
  GenderedText sentence;
  std::vector<QuestionTemplate> questions;
};

// MLQA's seven languages: en es de ar hi vi zh.
const std::vector<std::string>& demoLanguages();

// Throws std::invalid_argument for a language without templates.
const FactTemplate& factTemplate(const std::string& language, FactKind kind);

// How the language writes a date in running text ("5 March 1873", "1873年3月5日", ...).
std::string renderDate(const std::string& language, int day, int month, int year);

// Sentences of a paragraph are joined by a space, except in Chinese.
const char* sentenceSeparator(const std::string& language);

}  // namespace xlqa
