// config.json of a Hugging Face model folder.
#include "core/model/model_config.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::inputFile(data, size, "config.json");
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] { xlqa::loadModelConfig(path); });
  return 0;
}
