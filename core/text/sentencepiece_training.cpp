#include "core/text/sentencepiece_training.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <utility>

#include "core/io/json_file.h"
#include "core/text/spm_shim_loader.h"

namespace xlqa {
namespace {

// sentencepiece's own bounds on max_sentence_length: its default (longer sentences would be
// skipped with only a log line) and the most it accepts.
constexpr std::size_t kDefaultMaxSentenceBytes = 4192;
constexpr std::size_t kLargestSentenceBytes = std::size_t{1} << 30;
// Past this many bytes the unigram trainer's 32-bit suffix array may overflow.
constexpr std::size_t kExtremelyLargeCorpusBytes = std::size_t{1} << 30;

[[noreturn]] void fail(const std::string& modelPath, const Message& why) {
  throw FileError(modelPath, Message(XLQA_TR("SentencePiece", "cannot train a SentencePiece model: %1"), why));
}

bool isOneOf(const std::string& value, std::initializer_list<std::string_view> allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

bool isBlank(std::string_view sentence) { return sentence.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos; }

// Locale-independent and exact: sentencepiece reads the value back with a C++ stream.
std::string formatNumber(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string flag(bool value) { return value ? "true" : "false"; }

void checkOptions(const SentencePieceTrainingOptions& options, const std::string& modelPath) {
  if (options.vocabSize <= 0)
    fail(modelPath,
         Message(XLQA_TR("SentencePiece", "the vocabulary size must be positive, not %1"), options.vocabSize));
  if (!isOneOf(options.modelType, {"unigram", "bpe", "word", "char"}))
    fail(modelPath, Message(XLQA_TR("SentencePiece", "unknown model type \"%1\" (expected unigram, bpe, word or char)"),
                            options.modelType));
  if (!isOneOf(options.normalization, {"nmt_nfkc", "nfkc", "nmt_nfkc_cf", "nfkc_cf", "identity"}))
    fail(modelPath,
         Message(XLQA_TR("SentencePiece",
                         "unknown normalization \"%1\" (expected nmt_nfkc, nfkc, nmt_nfkc_cf, nfkc_cf or identity)"),
                 options.normalization));
  if (!std::isfinite(options.characterCoverage))
    fail(modelPath, Message(XLQA_TR("SentencePiece", "the character coverage must be a number")));
}

// Everything XLM-R compatibility and determinism depend on is fixed here; the rest comes
// from the options.
std::vector<std::pair<std::string, std::string>> trainerFlags(const SentencePieceTrainingOptions& options,
                                                              std::size_t longestSentence, std::size_t corpusBytes) {
  return {
      {"model_type", options.modelType},
      {"vocab_size", std::to_string(options.vocabSize)},
      {"character_coverage", formatNumber(options.characterCoverage)},
      {"max_sentencepiece_length", std::to_string(options.maxPieceLength)},
      {"split_digits", flag(options.splitDigits)},
      {"normalization_rule_name", options.normalization},
      // XLM-R's layout: XLMRobertaTokenizer maps spm 0 to <unk> and shifts the rest by one.
      {"unk_id", "0"},
      {"bos_id", "1"},
      {"eos_id", "2"},
      {"pad_id", "-1"},
      {"unk_piece", "<unk>"},
      {"bos_piece", "<s>"},
      {"eos_piece", "</s>"},
      {"byte_fallback", "false"},
      {"add_dummy_prefix", "true"},
      {"remove_extra_whitespaces", "true"},
      {"escape_whitespaces", "true"},
      {"treat_whitespace_as_suffix", "false"},
      {"split_by_whitespace", "true"},
      {"split_by_unicode_script", "true"},
      {"split_by_number", "true"},
      // A small corpus gives fewer pieces rather than an error.
      {"hard_vocab_limit", "false"},
      // Deterministic: every sentence, in order, and one thread (EM sums in a fixed order).
      {"input_sentence_size", "0"},
      {"shuffle_input_sentence", "false"},
      {"num_threads", "1"},
      // Nothing skipped for its length (sentencepiece only logs the sentences it skips).
      {"max_sentence_length", std::to_string(std::max(longestSentence, kDefaultMaxSentenceBytes))},
      {"train_extremely_large_corpus", flag(corpusBytes >= kExtremelyLargeCorpusBytes)},
      // Progress logs off; warnings stay, errors come back as the status.
      {"minloglevel", "1"},
  };
}

}  // namespace

void trainSentencePiece(const std::vector<std::string>& sentences, const SentencePieceTrainingOptions& options,
                        const std::string& modelPath) {
  checkOptions(options, modelPath);
  if (std::all_of(sentences.begin(), sentences.end(), [](const std::string& s) { return isBlank(s); }))
    fail(modelPath,
         sentences.empty()
             ? Message(XLQA_TR("SentencePiece", "no sentences to train on"))
             : Message(XLQA_TR("SentencePiece", "no text to train on (all %1 sentences are blank)"), sentences.size()));
  std::size_t longest = 0, corpusBytes = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].size() > kLargestSentenceBytes)
      fail(modelPath,
           Message(XLQA_TR("SentencePiece", "sentence %1 is %2 bytes long, more than sentencepiece accepts (%3)"),
                   i + 1, sentences[i].size(), kLargestSentenceBytes));
    longest = std::max(longest, sentences[i].size());
    corpusBytes += sentences[i].size();
  }
  // Fail before the (possibly long) training rather than after it.
  const std::filesystem::path parent = std::filesystem::path(modelPath).parent_path();
  std::error_code ec;
  if (!parent.empty() && !std::filesystem::is_directory(parent, ec))
    throw FileError(modelPath, Message(XLQA_TR("SentencePiece", "cannot write: no such folder %1"), parent.string()));

  const SpmShimApi* api = nullptr;
  try {
    api = &spmShim();
  } catch (const FileError& e) {
    fail(modelPath, Message(XLQA_TR("SentencePiece", "%1: %2"), e.path(), e.reason()));
  }

  std::vector<const char*> texts;
  std::vector<std::size_t> lengths;
  texts.reserve(sentences.size());
  lengths.reserve(sentences.size());
  for (const std::string& s : sentences) {
    texts.push_back(s.data());
    lengths.push_back(s.size());
  }
  const auto flags = trainerFlags(options, longest, corpusBytes);
  std::vector<const char*> names, values;
  for (const auto& [name, value] : flags) {
    names.push_back(name.c_str());
    values.push_back(value.c_str());
  }

  char* model = nullptr;
  std::size_t modelSize = 0;
  char* error = nullptr;
  if (api->train(texts.data(), lengths.data(), texts.size(), names.data(), values.data(), names.size(), &model,
                 &modelSize, &error) == 0)
    fail(modelPath, Message(api->takeError(error)));
  const std::unique_ptr<char, decltype(api->freeString)> owned(model, api->freeString);
  writeFileAtomically(modelPath, std::string_view(model, modelSize));
}

}  // namespace xlqa
