// The zip central directory (zip64 included) of a mapped file.
#include "core/io/mapped_file.h"
#include "core/io/zip_directory.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::inputFile(data, size, "archive.zip");
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] {
    const auto file = xlqa::MappedFile::open(path);
    for (const auto& [name, entry] : xlqa::readZipDirectory(*file)) {
      xlqa::fuzz::require(entry.dataOffset + entry.compressedSize <= file->size(), "entry outside the file", name);
    }
  });
  return 0;
}
