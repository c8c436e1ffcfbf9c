#include "core/io/zip_directory.h"

#include <algorithm>

#include "core/io/json_file.h"

namespace xlqa {
namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50, kZip64EndOfDirectory = 0x06064b50, kZip64Locator = 0x07064b50,
                        kDirectoryEntry = 0x02014b50, kLocalHeader = 0x04034b50;

std::uint64_t readLE(const unsigned char* p, int bytes) {
  std::uint64_t value = 0;
  for (int i = bytes - 1; i >= 0; --i) value = (value << 8) | p[i];
  return value;
}

// Bounds-checked little-endian reads: a damaged archive names the file instead of crashing.
class Reader {
 public:
  explicit Reader(const MappedFile& file) : file_(file) {}
  std::uint64_t at(std::uint64_t offset, int bytes) const {
    if (offset > file_.size() || file_.size() - offset < static_cast<std::uint64_t>(bytes))
      throw FileError(file_.path(),
                      Message(XLQA_TR("ZipDirectory", "zip directory points past the end of the file (truncated?)")));
    return readLE(file_.data() + offset, bytes);
  }
  std::string text(std::uint64_t offset, std::uint64_t length) const {
    at(offset, 0);
    if (file_.size() - offset < length)
      throw FileError(file_.path(), Message(XLQA_TR("ZipDirectory", "zip entry name runs past the end of the file")));
    return std::string(reinterpret_cast<const char*>(file_.data() + offset), length);
  }

 private:
  const MappedFile& file_;
};

}  // namespace

std::map<std::string, ZipEntry> readZipDirectory(const MappedFile& file) {
  const Reader read(file);
  // The end-of-directory record: the last 22 bytes, or earlier when an archive comment follows.
  if (file.size() < 22) throw FileError(file.path(), Message(XLQA_TR("ZipDirectory", "too short for a zip archive")));
  std::uint64_t end = file.size() - 22;
  const std::uint64_t lowest = file.size() > 22 + 0xFFFF ? file.size() - 22 - 0xFFFF : 0;
  while (read.at(end, 4) != kEndOfDirectory) {
    if (end == lowest)
      throw FileError(file.path(), Message(XLQA_TR("ZipDirectory", "no zip end-of-directory record (truncated?)")));
    --end;
  }
  std::uint64_t count = read.at(end + 10, 2), directory = read.at(end + 16, 4);
  if ((count == 0xFFFF || directory == 0xFFFFFFFF) && end >= 20 && read.at(end - 20, 4) == kZip64Locator) {
    const std::uint64_t zip64End = read.at(end - 20 + 8, 8);
    if (read.at(zip64End, 4) != kZip64EndOfDirectory)
      throw FileError(file.path(), Message(XLQA_TR("ZipDirectory", "damaged zip64 end-of-directory record")));
    count = read.at(zip64End + 32, 8), directory = read.at(zip64End + 48, 8);
  }
  std::map<std::string, ZipEntry> entries;
  std::uint64_t at = directory;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (read.at(at, 4) != kDirectoryEntry)
      throw FileError(file.path(), Message(XLQA_TR("ZipDirectory", "damaged zip central directory")));
    ZipEntry entry;
    entry.method = static_cast<std::uint16_t>(read.at(at + 10, 2));
    entry.compressedSize = read.at(at + 20, 4), entry.uncompressedSize = read.at(at + 24, 4);
    const std::uint64_t nameLength = read.at(at + 28, 2), extraLength = read.at(at + 30, 2),
                        commentLength = read.at(at + 32, 2);
    std::uint64_t localHeader = read.at(at + 42, 4);
    const std::string name = read.text(at + 46, nameLength);
    // zip64: the 0xFFFFFFFF fields are in the extra field 0x0001, in this order.
    for (std::uint64_t extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
      const std::uint64_t id = read.at(extra, 2), size = read.at(extra + 2, 2);
      if (id == 1) {
        std::uint64_t field = extra + 4;
        for (std::uint64_t* value : {&entry.uncompressedSize, &entry.compressedSize, &localHeader}) {
          if (*value != 0xFFFFFFFF) continue;
          *value = read.at(field, 8);
          field += 8;
        }
      }
      extra += 4 + size;
    }
    if (read.at(localHeader, 4) != kLocalHeader)
      throw FileError(file.path(), Message(XLQA_TR("ZipDirectory", "zip entry %1: damaged local header"), name));
    entry.dataOffset = localHeader + 30 + read.at(localHeader + 26, 2) + read.at(localHeader + 28, 2);
    if (entry.dataOffset > file.size() || file.size() - entry.dataOffset < entry.compressedSize)
      throw FileError(
          file.path(),
          Message(XLQA_TR("ZipDirectory", "zip entry %1 runs past the end of the file (truncated?)"), name));
    entries.emplace(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

}  // namespace xlqa
