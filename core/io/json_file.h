#pragma once
// Reading and writing files, with errors that name the file and the place in it.
#include <functional>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/util/message.h"

namespace xlqa {

// An input file that cannot be used; what() reads "<path>: <what is wrong>" in English, and
// localized() the same through the installed translator.
class FileError : public std::runtime_error {
 public:
  FileError(const std::string& path, Message reason);
  const std::string& path() const { return path_; }
  const Message& reason() const { return reason_; }
  std::string localized() const { return path_ + ": " + reason_.localized(); }

 private:
  std::string path_;
  Message reason_;
};

std::string readFileBytes(const std::string& path);

// Parses JSON text; errors name the path, line and column and what was expected.
// Rejects empty input and ill-formed UTF-8 with the byte position.
nlohmann::json parseJsonText(std::string_view bytes, const std::string& pathForMessages);
nlohmann::json readJsonFile(const std::string& path);

// Writes a temporary file beside the target, flushes it to disk and renames it over the
// target, so readers see the old file or the new one, never a torn one.
void writeFileAtomically(const std::string& path, std::string_view bytes);
// The same for content made in pieces, so a multi-gigabyte checkpoint is never held in memory:
// `produce` passes each piece, in order, to `write`.
using ByteSink = std::function<void(std::string_view bytes)>;
void writeFileAtomically(const std::string& path, const std::function<void(const ByteSink& write)>& produce);
// Makes a write beyond a file-size limit (RLIMIT_FSIZE, ulimit -f) fail with EFBIG, which
// writeFileAtomically reports naming the file, instead of killing the process with SIGXFSZ.
// Called once at start by the CLI and the app.
void ignoreFileSizeSignal();

// The same for a folder: `fill` writes into "<target>.partial", which then replaces `target`.
// The previous folder is first renamed to "<target>.old" and removed once the new one is in
// place, so after a crash there is the old folder, the new one, or the old one under ".old".
// When `fill` throws, the partial folder is removed and `target` is left as it was.
void writeFolderAtomically(const std::string& target, const std::function<void(const std::string& partial)>& fill);

}  // namespace xlqa
