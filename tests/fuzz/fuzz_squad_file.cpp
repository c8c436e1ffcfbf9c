// SQuAD v1.1-format data (XQuAD, MLQA, TyDiQA-GoldP).
#include "core/data/squad_file.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::inputFile(data, size, "xquad.en.json");
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] {
    const xlqa::SquadFile file = xlqa::loadSquadFile(path);
    for (const xlqa::Question& q : file.questions) {
      xlqa::fuzz::require(q.paragraph < file.paragraphs.size(), "question outside the paragraphs", q.id);
    }
  });
  return 0;
}
