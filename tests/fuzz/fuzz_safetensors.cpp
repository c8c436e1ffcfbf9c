// model.safetensors: the 8-byte length, the JSON header, dtypes, shapes, offsets and the data.
#include "core/model/state_dict.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::inputFile(data, size, "model.safetensors");
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] { xlqa::readSafetensors(path); });
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] { xlqa::readSafetensors(path, std::nullopt); });
  return 0;
}
