#include "core/io/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>

#include "core/io/json_file.h"

namespace xlqa {
namespace {

// The live mappings, so that releaseIfMapped never advises memory it does not own.
std::mutex liveMutex;
std::set<std::pair<const unsigned char*, std::uint64_t>> liveMappings;

}  // namespace

std::shared_ptr<MappedFile> MappedFile::open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw FileError(path, Message(XLQA_TR("MappedFile", "cannot open: %1"), std::strerror(errno)));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    const bool folder = S_ISDIR(info.st_mode);
    ::close(fd);
    throw FileError(path, folder ? Message(XLQA_TR("MappedFile", "is a folder, not a file"))
                                 : Message(XLQA_TR("MappedFile", "not a regular file")));
  }
  std::shared_ptr<MappedFile> file(new MappedFile());
  file->path_ = path;
  file->size_ = static_cast<std::uint64_t>(info.st_size);
  if (file->size_ > 0) {
    // PROT_WRITE on a private mapping writes nothing back to the file: written pages are copied.
    void* mapped = ::mmap(nullptr, file->size_, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    if (mapped == MAP_FAILED) {
      const int err = errno;
      ::close(fd);
      throw FileError(path, Message(XLQA_TR("MappedFile", "cannot map the file: %1"), std::strerror(err)));
    }
    file->data_ = static_cast<unsigned char*>(mapped);
    const std::lock_guard<std::mutex> lock(liveMutex);
    liveMappings.emplace(file->data_, file->size_);
  }
  ::close(fd);  // the mapping stays valid without the descriptor
  return file;
}

MappedFile::~MappedFile() {
  if (!data_) return;
  {
    const std::lock_guard<std::mutex> lock(liveMutex);
    liveMappings.erase({data_, size_});
  }
  ::munmap(data_, size_);
}

void MappedFile::releaseIfMapped(const void* data, std::uint64_t bytes) {
  const auto* begin = static_cast<const unsigned char*>(data);
  const std::lock_guard<std::mutex> lock(liveMutex);
  auto it = liveMappings.upper_bound({begin, UINT64_MAX});
  if (it == liveMappings.begin()) return;
  --it;  // the last mapping starting at or before `begin`
  if (begin + bytes > it->first + it->second) return;
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const std::uintptr_t first = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) / page * page;
  const std::uintptr_t last = (reinterpret_cast<std::uintptr_t>(begin) + bytes) / page * page;
  if (last > first) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

void MappedFile::prefetch(std::uint64_t offset, std::uint64_t bytes) const {
  if (!data_ || offset >= size_) return;
  const auto page = static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
  const std::uint64_t begin = offset / page * page;
  const std::uint64_t end = std::min(size_, offset + bytes);
  ::madvise(data_ + begin, end - begin, MADV_WILLNEED);  // advice only: failure changes nothing
}

}  // namespace xlqa
