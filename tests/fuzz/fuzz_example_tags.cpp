// tags.json beside a run: annotators' labels and notes.
#include "core/store/example_tags.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& dir = xlqa::fuzz::scratchDir();
  const std::string path = xlqa::fuzz::inputFile(data, size, xlqa::ExampleTags::fileName());
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] {
    const xlqa::ExampleTags tags = xlqa::ExampleTags::load(dir);
    (void)tags.toCsv();
  });
  return 0;
}
