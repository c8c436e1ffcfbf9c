#pragma once
// Reading and writing files, with errors that name the file and the place in it.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

namespace xlqa {

// An input file that cannot be used; what() reads "<path>: <what is wrong>".
class FileError : public std::runtime_error {
 public:
  FileError(const std::string& path, const std::string& reason);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string readFileBytes(const std::string& path);

// Parses JSON text; errors name the path, line and column and what was expected.
// Rejects empty input and ill-formed UTF-8 with the byte position.
nlohmann::json parseJsonText(std::string_view bytes, const std::string& pathForMessages);
nlohmann::json readJsonFile(const std::string& path);

// Writes a temporary file beside the target, flushes it to disk and renames it over the
// target, so readers see the old file or the new one, never a torn one.
void writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace xlqa
