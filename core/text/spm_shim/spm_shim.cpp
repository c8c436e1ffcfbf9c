// The C face of libsentencepiece (see spm_shim.h). Nothing C++ escapes: every entry point
// catches, and returns errors as malloc'ed strings.
#define XLQA_SPM_SHIM_BUILDING 1
#include "spm_shim.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>

struct xlqa_spm {
  sentencepiece::SentencePieceProcessor processor;
};

namespace {

char* copyString(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out != nullptr) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

void setError(char** error, const std::string& message) {
  if (error != nullptr) *error = copyString(message);
}

template <typename T>
T* allocate(std::size_t count) {
  T* p = static_cast<T*>(std::malloc(sizeof(T) * (count == 0 ? 1 : count)));
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

// Hands the caller's sentences to the trainer one at a time: no input file is written.
class MemorySentences : public sentencepiece::SentenceIterator {
 public:
  MemorySentences(const char* const* sentences, const std::size_t* lengths, std::size_t count)
      : sentences_(sentences), lengths_(lengths), count_(count) {
    load();
  }
  bool done() const override { return index_ >= count_; }
  void Next() override {
    ++index_;
    load();
  }
  const std::string& value() const override { return current_; }
  sentencepiece::util::Status status() const override { return {}; }

 private:
  void load() {
    if (index_ >= count_) return;
    if (lengths_[index_] == 0) {
      current_.clear();
    } else {
      current_.assign(sentences_[index_], lengths_[index_]);
    }
  }

  const char* const* sentences_;
  const std::size_t* lengths_;
  std::size_t count_;
  std::size_t index_ = 0;
  std::string current_;
};

}  // namespace

extern "C" {

int xlqa_spm_abi_version(void) { return XLQA_SPM_SHIM_ABI_VERSION; }

xlqa_spm* xlqa_spm_create(const char* model_path, char** error) {
  if (model_path == nullptr) {
    setError(error, "no model path given");
    return nullptr;
  }
  try {
    auto model = std::make_unique<xlqa_spm>();
    const auto status = model->processor.Load(model_path);
    if (!status.ok()) {
      setError(error, status.ToString());
      return nullptr;
    }
    return model.release();
  } catch (const std::exception& e) {
    setError(error, e.what());
  } catch (...) {
    setError(error, "unknown error while loading the sentencepiece model");
  }
  return nullptr;
}

void xlqa_spm_destroy(xlqa_spm* model) { delete model; }

int32_t xlqa_spm_piece_count(const xlqa_spm* model) { return model->processor.GetPieceSize(); }

int32_t xlqa_spm_unk_id(const xlqa_spm* model) { return model->processor.unk_id(); }

int32_t xlqa_spm_piece_to_id(const xlqa_spm* model, const char* piece, size_t length) {
  try {
    return model->processor.PieceToId(std::string(piece, length));
  } catch (...) {
    return model->processor.unk_id();
  }
}

int xlqa_spm_id_to_piece(const xlqa_spm* model, int32_t id, const char** piece, size_t* length) {
  if (id < 0 || id >= model->processor.GetPieceSize()) return 0;
  const std::string& p = model->processor.IdToPiece(id);
  *piece = p.data();
  *length = p.size();
  return 1;
}

int xlqa_spm_encode(const xlqa_spm* model, const char* text, size_t length, xlqa_spm_pieces* out, char** error) {
  *out = xlqa_spm_pieces{};
  try {
    sentencepiece::ImmutableSentencePieceText proto;
    const auto status = model->processor.Encode(std::string_view(text, length), proto.mutable_proto());
    if (!status.ok()) {
      setError(error, "sentencepiece encoding failed: " + status.ToString());
      return 0;
    }
    const std::size_t count = proto.pieces_size();
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < count; ++i) bytes += proto.pieces(static_cast<int>(i)).piece().size();
    // Each buffer lands in *out at once, so a failed allocation frees the earlier ones.
    out->ids = allocate<int32_t>(count);
    out->begins = allocate<uint32_t>(count);
    out->ends = allocate<uint32_t>(count);
    out->piece_offsets = allocate<uint32_t>(count + 1);
    out->piece_bytes = allocate<char>(bytes);
    uint32_t at = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const auto piece = proto.pieces(static_cast<int>(i));
      out->ids[i] = static_cast<int32_t>(piece.id());
      out->begins[i] = piece.begin();
      out->ends[i] = piece.end();
      out->piece_offsets[i] = at;
      std::memcpy(out->piece_bytes + at, piece.piece().data(), piece.piece().size());
      at += static_cast<uint32_t>(piece.piece().size());
    }
    out->piece_offsets[count] = at;
    out->count = count;
    return 1;
  } catch (const std::exception& e) {
    xlqa_spm_free_pieces(out);
    setError(error, std::string("sentencepiece encoding failed: ") + e.what());
  } catch (...) {
    xlqa_spm_free_pieces(out);
    setError(error, "sentencepiece encoding failed");
  }
  return 0;
}

void xlqa_spm_free_pieces(xlqa_spm_pieces* pieces) {
  if (pieces == nullptr) return;
  std::free(pieces->ids);
  std::free(pieces->begins);
  std::free(pieces->ends);
  std::free(pieces->piece_offsets);
  std::free(pieces->piece_bytes);
  *pieces = xlqa_spm_pieces{};
}

void xlqa_spm_free_string(char* text) { std::free(text); }

int xlqa_spm_train(const char* const* sentences, const size_t* sentence_lengths, size_t sentence_count,
                   const char* const* option_names, const char* const* option_values, size_t option_count,
                   char** model_bytes, size_t* model_size, char** error) {
  if (model_bytes == nullptr || model_size == nullptr ||
      (sentence_count > 0 && (sentences == nullptr || sentence_lengths == nullptr)) ||
      (option_count > 0 && (option_names == nullptr || option_values == nullptr))) {
    setError(error, "sentencepiece training: invalid arguments");
    return 0;
  }
  *model_bytes = nullptr;
  *model_size = 0;
  try {
    // The name/value overload, unlike the command-line one, neither splits values at spaces
    // nor logs the whole command before "minloglevel" takes effect.
    std::unordered_map<std::string, std::string> flags;
    for (std::size_t i = 0; i < option_count; ++i) {
      if (option_names[i] == nullptr || option_values[i] == nullptr) {
        setError(error, "sentencepiece training: an option without a name or value");
        return 0;
      }
      flags[option_names[i]] = option_values[i];
    }
    MemorySentences input(sentences, sentence_lengths, sentence_count);
    std::string model;
    const auto status = sentencepiece::SentencePieceTrainer::Train(flags, &input, &model);
    if (!status.ok()) {
      setError(error, status.ToString());
      return 0;
    }
    char* bytes = allocate<char>(model.size());
    std::memcpy(bytes, model.data(), model.size());
    *model_bytes = bytes;
    *model_size = model.size();
    return 1;
  } catch (const std::exception& e) {
    setError(error, std::string("sentencepiece training failed: ") + e.what());
  } catch (...) {
    setError(error, "sentencepiece training failed");
  }
  return 0;
}

}  // extern "C"
