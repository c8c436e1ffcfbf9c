// vocab.txt of a WordPiece model, then a multilingual sentence through it.
#include "core/text/wordpiece_tokenizer.h"
#include "core/util/utf8.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = xlqa::fuzz::inputFile(data, size, "vocab.txt");
  xlqa::fuzz::expectAcceptedOrNamed(path, [&] {
    const xlqa::WordPieceTokenizer tokenizer(path, {true, std::nullopt});
    const std::string text =
        "Who wrote \xe7\xba\xa2\xe6\xa5\xbc\xe6\xa2\xa6? [CLS] caf\xc3\xa9 "
        "\xd8\xa7\xd9\x84\xd9\x82\xd8\xa7\xd9\x87\xd8\xb1\xd8\xa9";
    const xlqa::TokenizedText out = tokenizer.tokenize(text);
    const auto length = static_cast<std::int64_t>(xlqa::utf8::countCodePoints(text));
    for (std::size_t i = 0; i < out.ids.size(); ++i) {
      xlqa::fuzz::require(out.ids[i] >= 0 && out.ids[i] < tokenizer.vocabSize(), "id outside the vocabulary", path);
    }
    for (const auto& [begin, end] : out.offsets) {
      xlqa::fuzz::require(0 <= begin && begin <= end && end <= length, "offset outside the text", path);
    }
  });
  return 0;
}
