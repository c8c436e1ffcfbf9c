#include "core/io/json_file.h"

#include <atomic>

#include <csignal>

#include <sys/stat.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/util/utf8.h"

namespace xlqa {
namespace {

Message lineAndColumn(std::string_view bytes, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++line, column = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return Message(XLQA_TR("FileError", "line %1, column %2"), line, column);
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, ...: ";
// keep only the part after the last "]" and the location prefix we replace with our own.
std::string parseReason(const std::string& what) {
  std::string reason = what;
  if (auto bracket = reason.find("] "); bracket != std::string::npos) reason = reason.substr(bracket + 2);
  if (auto colon = reason.find(": "); colon != std::string::npos) reason = reason.substr(colon + 2);
  return reason;
}

}  // namespace

FileError::FileError(const std::string& path, Message reason)
    : std::runtime_error(path + ": " + reason.english()), path_(path), reason_(std::move(reason)) {}

std::string readFileBytes(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw FileError(path, Message(XLQA_TR("FileError", "is a folder, not a file")));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path, Message(XLQA_TR("FileError", "cannot open: %1"), std::strerror(errno)));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw FileError(path, Message(XLQA_TR("FileError", "read failed")));
  return std::move(buffer).str();
}

nlohmann::json parseJsonText(std::string_view bytes, const std::string& pathForMessages) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw FileError(pathForMessages, Message(XLQA_TR("FileError", "the file is empty; expected JSON")));
  }
  if (auto bad = utf8::findInvalid(bytes)) {
    throw FileError(pathForMessages,
                    Message(XLQA_TR("FileError", "not valid UTF-8 at byte %1 (%2)"), *bad, lineAndColumn(bytes, *bad)));
  }
  try {
    return nlohmann::json::parse(bytes.begin(), bytes.end());
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    const MessageTemplate where = at >= bytes.size()
                                      ? XLQA_TR("FileError", "unexpected end of file (truncated?) at %1: %2")
                                      : XLQA_TR("FileError", "malformed JSON at %1: %2");
    throw FileError(pathForMessages, Message(where, lineAndColumn(bytes, at), parseReason(e.what())));
  } catch (const nlohmann::json::exception& e) {  // out_of_range 406: a number beyond double (1e400)
    throw FileError(pathForMessages, Message(XLQA_TR("FileError", "malformed JSON: %1"), parseReason(e.what())));
  }
}

nlohmann::json readJsonFile(const std::string& path) { return parseJsonText(readFileBytes(path), path); }

namespace {

// A temporary file of its own beside the target (O_EXCL: no other writer, thread or process,
// can share it), with the target's permissions when it exists.
int createTemporaryFor(const std::filesystem::path& target, std::filesystem::path& temp) {
  static std::atomic<unsigned> counter{0};
  struct stat existing {};
  const bool replacing = ::stat(target.c_str(), &existing) == 0;
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp = target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(counter.fetch_add(1)));
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 && errno == EEXIST) continue;  // a leftover of a process with this pid
    if (fd >= 0 && replacing) ::fchmod(fd, existing.st_mode & 07777);
    return fd;
  }
  errno = EEXIST;
  return -1;
}

// After a rename the new directory entry is durable only once the folder itself is synced.
void syncFolder(const std::filesystem::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::function<void(const ByteSink& write)>& produce) {
  const std::filesystem::path target(path);
  std::filesystem::path temp;
  const int fd = createTemporaryFor(target, temp);
  if (fd < 0) throw FileError(path, Message(XLQA_TR("FileError", "cannot write: %1"), std::strerror(errno)));
  bool abandoned = false;
  const auto abandon = [&](const Message& reason) {
    abandoned = true;
    ::close(fd);
    ::unlink(temp.c_str());
    throw FileError(path, reason);
  };
  const ByteSink write = [&](std::string_view bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
      const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
      if (n < 0 && errno == EINTR) continue;
      // ENOSPC, EFBIG (a file-size limit: SIGXFSZ is ignored, see ignoreFileSizeSignal), EIO...
      if (n < 0)
        abandon(
            Message(XLQA_TR("FileError", "write failed: %1; the previous file is unchanged"), std::strerror(errno)));
      written += static_cast<std::size_t>(n);
    }
  };
  try {
    produce(write);
  } catch (...) {
    if (!abandoned) {  // else `write` has closed and removed the temporary file already
      ::close(fd);
      ::unlink(temp.c_str());
    }
    throw;
  }
  const bool synced = ::fsync(fd) == 0;
  const int syncError = errno;
  const bool closed = ::close(fd) == 0;
  if (!synced || !closed) {
    const int err = synced ? errno : syncError;
    ::unlink(temp.c_str());
    throw FileError(path, Message(XLQA_TR("FileError", "cannot flush to disk: %1; the previous file is unchanged"),
                                  std::strerror(err)));
  }
  if (std::rename(temp.c_str(), target.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    throw FileError(path, Message(XLQA_TR("FileError", "cannot replace file: %1"), std::strerror(err)));
  }
  syncFolder(target.parent_path());
}

void ignoreFileSizeSignal() { ::signal(SIGXFSZ, SIG_IGN); }

void writeFileAtomically(const std::string& path, std::string_view bytes) {
  writeFileAtomically(path, [&](const ByteSink& write) { write(bytes); });
}

void writeFolderAtomically(const std::string& target, const std::function<void(const std::string& partial)>& fill) {
  namespace fs = std::filesystem;
  fs::path folder = fs::path(target).lexically_normal();
  if (!folder.has_filename()) folder = folder.parent_path();  // "out/" -> "out"
  const fs::path partial = folder.string() + ".partial", previous = folder.string() + ".old";
  std::error_code ec;
  fs::remove_all(partial, ec);
  if (folder.has_parent_path()) fs::create_directories(folder.parent_path(), ec);
  try {
    fill(partial.string());
  } catch (...) {
    fs::remove_all(partial, ec);
    throw;
  }
  fs::remove_all(previous, ec);
  if (fs::exists(folder, ec)) {
    fs::rename(folder, previous, ec);
    if (ec)
      throw FileError(target, Message(XLQA_TR("FileError", "cannot move the previous folder aside: %1"), ec.message()));
  }
  fs::rename(partial, folder, ec);
  if (ec)
    throw FileError(target, Message(XLQA_TR("FileError", "cannot move the new folder into place: %1"), ec.message()));
  fs::remove_all(previous, ec);
}

}  // namespace xlqa
