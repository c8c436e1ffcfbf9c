// An official-format predictions file ({"<id>": "<answer>", ...}).
#include "core/eval/predictions.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::scratchDir() + "/predictions.json";
  xlqa::fuzz::expectAcceptedOrNamed(path,
                                    [&] { xlqa::parsePredictions(std::string(xlqa::fuzz::asText(data, size)), path); });
  return 0;
}
