#pragma once
// What every harness checks: a parser of outside input either accepts it or throws the error
// that names the file (FileError, or LoadError whose problems do). Any other exception, a crash or
// a sanitizer report is a finding. Inputs reach the parsers as files, as they do in the app.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/data/problems.h"
#include "core/io/json_file.h"

namespace xlqa::fuzz {

// A scratch folder of this process, made once.
inline const std::string& scratchDir() {
  static const std::string dir = [] {
    const std::string d =
        (std::filesystem::temp_directory_path() / ("xlqa-fuzz-" + std::to_string(::getpid()))).string();
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

inline void writeBytes(const std::string& path, std::string_view bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) std::abort();
  std::fclose(f);
}

// The input as the file `name` in the scratch folder (or in `dir`); returns its path.
inline std::string inputFile(const std::uint8_t* data, std::size_t size, const std::string& name,
                             const std::string& dir = scratchDir()) {
  const std::string path = dir + "/" + name;
  writeBytes(path, std::string_view(reinterpret_cast<const char*>(data), size));
  return path;
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

inline void require(bool condition, const char* what, const std::string& detail) {
  if (condition) return;
  std::fprintf(stderr, "contract broken: %s\n%s\n", what, detail.c_str());
  std::abort();
}

// Runs `parse`; a refusal must be a FileError (or LoadError) that names a file under `named`.
template <class Parse>
void expectAcceptedOrNamed(const std::string& named, Parse&& parse) {
  try {
    parse();
  } catch (const FileError& e) {
    require(e.path().rfind(named, 0) == 0, "FileError names another file", e.what());
    require(std::string_view(e.what()).rfind(e.path(), 0) == 0, "message does not start with the file", e.what());
  } catch (const LoadError& e) {
    require(!e.problems().empty(), "LoadError without problems", e.what());
    for (const Problem& p : e.problems()) require(p.file.rfind(named, 0) == 0, "problem names another file", e.what());
  }
}

}  // namespace xlqa::fuzz
