#pragma once
// Problems found while loading data: each names the file, the JSON path and the reason.
#include <stdexcept>
#include <string>
#include <vector>

#include "core/util/message.h"

namespace xlqa {

enum class Severity { Warning, Error };

struct Problem {
  Severity severity = Severity::Error;
  std::string file;
  std::string jsonPath;  // e.g. "data[3].paragraphs[0].qas[5].answers[0].answer_start"; empty for the whole file
  Message message;

  // "error: <file>: <jsonPath>: <message>" (the path part left out when empty).
  std::string toString() const;
  std::string localized() const;  // the same through the installed translator
};

// Thrown when a load meets fatal problems; carries every problem found, not just the first.
class LoadError : public std::runtime_error {
 public:
  explicit LoadError(std::vector<Problem> problems);
  const std::vector<Problem>& problems() const { return problems_; }
  std::string localized() const;

 private:
  std::vector<Problem> problems_;
};

// What an error from core says to the user: a FileError's or LoadError's message translated,
// anything else's what().
std::string localizedWhat(const std::exception& error);

}  // namespace xlqa
