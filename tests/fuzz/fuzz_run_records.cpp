// A run folder's files as RunStore reads them: manifest.json, a pair's record and its examples
// (one JSON object a line). The first byte picks which file the rest of the input is.
#include "core/store/run_store.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

const xlqa::LanguagePair kPair{"en", "en"};

// A run of one pair, made once; its pair files are replaced by the inputs.
const xlqa::RunStore& store() {
  static const xlqa::RunStore run = [] {
    xlqa::RunManifest manifest;
    manifest.pairs = {kPair};
    std::filesystem::create_directories(xlqa::fuzz::scratchDir() + "/run/pairs");
    return xlqa::RunStore::create(xlqa::fuzz::scratchDir() + "/run", manifest);
  }();
  return run;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const xlqa::RunStore& run = store();
  const std::string dir = run.directory();
  switch (data[0] % 3) {
    case 0: {
      const std::string manifestDir = xlqa::fuzz::scratchDir() + "/manifest-only";
      std::filesystem::create_directories(manifestDir);
      xlqa::fuzz::inputFile(data + 1, size - 1, "manifest.json", manifestDir);
      xlqa::fuzz::expectAcceptedOrNamed(manifestDir, [&] { xlqa::RunStore::open(manifestDir); });
      break;
    }
    case 1:
      xlqa::fuzz::inputFile(data + 1, size - 1, "en-en.json", dir + "/pairs");
      xlqa::fuzz::expectAcceptedOrNamed(dir, [&] {
        (void)run.pairProblem(kPair);
        run.readPair(kPair);
      });
      break;
    default:
      xlqa::fuzz::inputFile(data + 1, size - 1, "en-en.examples.jsonl", dir + "/pairs");
      xlqa::fuzz::expectAcceptedOrNamed(dir, [&] { run.readExamples(kPair); });
      break;
  }
  return 0;
}
