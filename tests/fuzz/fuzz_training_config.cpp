// A training configuration file, read and validated as `xlqa train` does.
#include "core/train/training_config.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::inputFile(data, size, "training.json");
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] { xlqa::validate(xlqa::readTrainingConfig(path)); });
  return 0;
}
