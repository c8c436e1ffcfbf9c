// pytorch_model.bin: the zip container, its records and the pickle, end to end.
#include "core/model/state_dict.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::inputFile(data, size, "pytorch_model.bin");
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] { xlqa::readTorchCheckpoint(path); });
  return 0;
}
