#include "core/store/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/io/json_file.h"
#include "core/store/run_store.h"

namespace xlqa {

RunLock RunLock::acquire(const std::string& runDirectory) {
  std::error_code ignored;
  std::filesystem::create_directories(runDirectory, ignored);
  const std::string path = (std::filesystem::path(runDirectory) / ".lock").string();
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw FileError(path, Message(XLQA_TR("RunLock", "cannot open the run's lock: %1"), std::strerror(errno)));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    std::string holder(256, '\0');
    const ssize_t n = ::pread(fd, holder.data(), holder.size(), 0);
    holder.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\0')) holder.pop_back();
    ::close(fd);
    if (error != EWOULDBLOCK)
      throw FileError(path, Message(XLQA_TR("RunLock", "cannot lock the run: %1"), std::strerror(error)));
    const Message who = holder.empty() ? Message(XLQA_TR("RunLock", "another process")) : Message(holder);
    const MessageTemplate inUse = XLQA_TR(
        "RunLock", "in use by %1: another evaluation is writing this run; wait for it to finish or use another folder");
    throw FileError(runDirectory, Message(inUse, who));
  }
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  const std::string holder = "pid " + std::to_string(::getpid()) + " on " + host + " since " + utcNowIso8601() + "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, holder.data(), holder.size(), 0) < 0) {
    // The lock itself holds; only the note for others is missing.
  }
  return RunLock(fd);
}

RunLock::RunLock(RunLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

RunLock& RunLock::operator=(RunLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

RunLock::~RunLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace xlqa
