// The restricted unpickler of torch.save's data.pkl, with every storage record present.
#include <ATen/ops/zeros.h>

#include "core/model/torch_unpickler.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::scratchDir() + "/data.pkl";
  const auto storage = [&](const std::string& key, at::ScalarType type, std::int64_t numel) {
    if (numel < 0 || numel > (1 << 16)) throw xlqa::FileError(path, "record data/" + key + " has the wrong size");
    return at::zeros({numel}, at::TensorOptions().dtype(type));
  };
  xlqa::fuzz::expectAcceptedOrNamed(
      path, [&] { xlqa::detail::unpickleStateDict(xlqa::fuzz::asText(data, size), storage, path); });
  return 0;
}
