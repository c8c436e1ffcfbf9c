#pragma once
// The central directory of a zip archive (zip64 included) read from a mapped file: where each
// entry's bytes are and whether they are stored as they are. torch.save writes its records
// stored (uncompressed) with sizes only in the central directory, so this is what tells whether a
// tensor can be used in place.
#include <cstdint>
#include <map>
#include <string>

#include "core/io/mapped_file.h"

namespace xlqa {

struct ZipEntry {
  std::uint16_t method = 0;  // 0: stored
  std::uint64_t compressedSize = 0, uncompressedSize = 0;
  std::uint64_t dataOffset = 0;  // of the entry's bytes in the file
  bool stored() const { return method == 0 && compressedSize == uncompressedSize; }
};

// Entries by name. Throws FileError naming the file when the directory is missing, truncated or
// points outside the file.
std::map<std::string, ZipEntry> readZipDirectory(const MappedFile& file);

}  // namespace xlqa
