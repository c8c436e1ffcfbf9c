// model.safetensors.index.json of a sharded checkpoint, beside two small valid shards.
#include <ATen/ops/ones.h>

#include "core/model/state_dict.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

const std::string& modelDir() {
  static const std::string dir = [] {
    const std::string d = xlqa::fuzz::scratchDir() + "/sharded";
    std::filesystem::create_directories(d);
    xlqa::writeSafetensors(d + "/model-00001-of-00002.safetensors", {{"a.weight", at::ones({2, 2})}});
    xlqa::writeSafetensors(d + "/model-00002-of-00002.safetensors", {{"b.bias", at::ones({3})}});
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& dir = modelDir();
  xlqa::fuzz::inputFile(data, size, "model.safetensors.index.json", dir);
  xlqa::fuzz::expectAcceptedOrNamed(dir, [&] { xlqa::readModelWeights(dir); });
  return 0;
}
