#pragma once
// A whole file mapped into memory, private and copy-on-write: readers take tensors straight from
// the page cache, and a trainer that writes into such a tensor gets its own copy of the touched
// pages while the file stays as it was. Shared by the weight readers (safetensors, .bin).
#include <cstdint>
#include <memory>
#include <string>

namespace xlqa {

class MappedFile {
 public:
  // Throws FileError naming the file (missing, a folder, not mappable).
  static std::shared_ptr<MappedFile> open(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  unsigned char* data() const { return data_; }
  std::uint64_t size() const { return size_; }
  const std::string& path() const { return path_; }

  // Asks the kernel to start reading [offset, offset + bytes) in the background.
  void prefetch(std::uint64_t offset, std::uint64_t bytes) const;

  // When [data, data + bytes) lies in a live mapping, drops its whole pages from this process's
  // memory (they are read from the file again if touched): for bytes that were converted into a
  // tensor of their own and will not be read here again. Only for pages never written (a written
  // page of a private mapping would lose its changes). Does nothing for other memory.
  static void releaseIfMapped(const void* data, std::uint64_t bytes);

 private:
  MappedFile() = default;
  unsigned char* data_ = nullptr;
  std::uint64_t size_ = 0;
  std::string path_;
};

}  // namespace xlqa
