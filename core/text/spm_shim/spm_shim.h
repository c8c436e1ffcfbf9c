#ifndef XLQA_SPM_SHIM_H
#define XLQA_SPM_SHIM_H
/* A plain C face for libsentencepiece. The shim is a MODULE library loaded with
 * dlopen(RTLD_LOCAL | RTLD_DEEPBIND) by core/text/spm_shim_loader.cpp, so that
 * sentencepiece's private copy of protobuf never meets the one LibTorch brings. Only C types
 * cross the boundary; every buffer the shim returns is freed by the shim. Offsets are bytes
 * into the UTF-8 text given to xlqa_spm_encode. */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define XLQA_SPM_SHIM_ABI_VERSION 2

#if defined(XLQA_SPM_SHIM_BUILDING)
#define XLQA_SPM_API __attribute__((visibility("default")))
#else
#define XLQA_SPM_API
#endif

typedef struct xlqa_spm xlqa_spm; /* an opaque loaded model */

/* The result of one encode: `count` pieces; piece i's string is
 * piece_bytes[piece_offsets[i], piece_offsets[i + 1]) (not NUL-separated). */
typedef struct xlqa_spm_pieces {
  size_t count;
  int32_t* ids;     /* sentencepiece ids (the unknown piece's id for unknown text) */
  uint32_t* begins; /* byte span of the piece's surface text in the input */
  uint32_t* ends;
  uint32_t* piece_offsets; /* count + 1 entries */
  char* piece_bytes;
} xlqa_spm_pieces;

XLQA_SPM_API int xlqa_spm_abi_version(void);

/* Loads a model file. On failure returns NULL and, when error is not NULL, sets *error to a
 * message to release with xlqa_spm_free_string. */
XLQA_SPM_API xlqa_spm* xlqa_spm_create(const char* model_path, char** error);
XLQA_SPM_API void xlqa_spm_destroy(xlqa_spm* model);

XLQA_SPM_API int32_t xlqa_spm_piece_count(const xlqa_spm* model);
XLQA_SPM_API int32_t xlqa_spm_unk_id(const xlqa_spm* model);
/* The id of a piece, or the unknown id when the model has no such piece. */
XLQA_SPM_API int32_t xlqa_spm_piece_to_id(const xlqa_spm* model, const char* piece, size_t length);
/* The piece of an id; *piece stays valid while the model lives. Returns 0 for an id out of
 * range, 1 otherwise. */
XLQA_SPM_API int xlqa_spm_id_to_piece(const xlqa_spm* model, int32_t id, const char** piece, size_t* length);

/* Encodes UTF-8 text. Returns 1 and fills *out (release with xlqa_spm_free_pieces), or 0 and
 * sets *error as for xlqa_spm_create. */
XLQA_SPM_API int xlqa_spm_encode(const xlqa_spm* model, const char* text, size_t length, xlqa_spm_pieces* out,
                                 char** error);
XLQA_SPM_API void xlqa_spm_free_pieces(xlqa_spm_pieces* pieces);
XLQA_SPM_API void xlqa_spm_free_string(char* text);

/* Trains a model from memory: sentence i is the UTF-8 text sentences[i][0, sentence_lengths[i]).
 * The options are sentencepiece trainer flags as name/value pairs ("vocab_size" = "8000"),
 * without "input" or "model_prefix": nothing is read from or written to disk. Returns 1 and sets
 * *model_bytes / *model_size to the serialized model (release *model_bytes with
 * xlqa_spm_free_string), or 0 and sets *error as for xlqa_spm_create. */
XLQA_SPM_API int xlqa_spm_train(const char* const* sentences, const size_t* sentence_lengths, size_t sentence_count,
                                const char* const* option_names, const char* const* option_values, size_t option_count,
                                char** model_bytes, size_t* model_size, char** error);

#ifdef __cplusplus
}
#endif

#endif /* XLQA_SPM_SHIM_H */
