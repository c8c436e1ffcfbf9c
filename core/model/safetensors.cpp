// safetensors reader and writer. Format: u64 little-endian header length N, N bytes of JSON
// {"__metadata__": {...}, "<name>": {"dtype", "shape", "data_offsets": [begin, end]}, ...},
// then the data section; offsets are relative to its start.
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <ATen/ops/from_blob.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include "core/io/json_file.h"
#include "core/io/mapped_file.h"
#include "core/model/state_dict.h"

namespace xlqa {
namespace {

using nlohmann::json;

// Tensor bytes are copied as they are stored: little-endian, like every machine we build for.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "safetensors data is little-endian");

// A header is a few hundred bytes per tensor; 100 MB means a corrupt length field, and
// refusing it early avoids allocating whatever a damaged file claims.
constexpr std::uint64_t kMaxHeaderBytes = 100ull * 1000 * 1000;

struct Dtype {
  const char* name;
  at::ScalarType type;
  std::uint64_t size;
};

// Floating-point tensors are converted to the caller's type when stored in another; I64 only
// occurs for the position_ids buffer that older transformers versions saved.
constexpr Dtype kDtypes[] = {
    {"F32", at::kFloat, 4}, {"F16", at::kHalf, 2}, {"BF16", at::kBFloat16, 2}, {"I64", at::kLong, 8}};

const Dtype* findDtype(const std::string& name) {
  for (const Dtype& dtype : kDtypes) {
    if (name == dtype.name) return &dtype;
  }
  return nullptr;
}

struct Entry {
  std::string name;
  const Dtype* dtype = nullptr;
  std::vector<std::int64_t> shape;
  std::uint64_t begin = 0, end = 0;
};

std::uint64_t readU64LE(const unsigned char* p) {
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = (value << 8) | p[i];
  return value;
}

// "tensor "<name>": <problem>".
template <class... Args>
Message tensorProblem(const std::string& name, MessageTemplate problem, const Args&... args) {
  return Message(XLQA_TR("Safetensors", "tensor \"%1\": %2"), name, Message(problem, args...));
}

std::vector<std::int64_t> parseShape(const json& value, const std::string& name, const std::string& path) {
  if (!value.is_array())
    throw FileError(path, tensorProblem(name, XLQA_TR("Safetensors", "\"shape\" must be an array of integers")));
  std::vector<std::int64_t> shape;
  for (const json& dim : value) {
    if (!dim.is_number_integer() || (!dim.is_number_unsigned() && dim.get<std::int64_t>() < 0) ||
        (dim.is_number_unsigned() && dim.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))) {
      throw FileError(
          path,
          tensorProblem(name, XLQA_TR("Safetensors", "\"shape\" holds %1; dimensions must be non-negative integers"),
                        dim.dump()));
    }
    shape.push_back(dim.get<std::int64_t>());
  }
  return shape;
}

// Bytes the shape needs; UINT64_MAX when the product overflows, which no data section can match.
std::uint64_t byteCount(const std::vector<std::int64_t>& shape, std::uint64_t elementSize) {
  std::uint64_t bytes = elementSize;
  for (std::int64_t dim : shape) {
    const auto d = static_cast<std::uint64_t>(dim);
    if (d != 0 && bytes > std::numeric_limits<std::uint64_t>::max() / d)
      return std::numeric_limits<std::uint64_t>::max();
    bytes *= d;
  }
  return bytes;
}

void checkMetadata(const json& metadata, const std::string& path) {
  if (!metadata.is_object())
    throw FileError(path, Message(XLQA_TR("Safetensors", "\"__metadata__\" must be an object of strings")));
  for (const auto& [key, value] : metadata.items()) {
    if (!value.is_string())
      throw FileError(path, Message(XLQA_TR("Safetensors", "\"__metadata__\": \"%1\" must be a string, found %2"), key,
                                    value.dump()));
  }
}

Entry parseEntry(const std::string& name, const json& value, std::uint64_t dataSize, const std::string& path) {
  if (!value.is_object())
    throw FileError(
        path, tensorProblem(name, XLQA_TR("Safetensors", "expected an object with dtype, shape and data_offsets")));
  Entry entry;
  entry.name = name;

  const auto dtype = value.find("dtype");
  if (dtype == value.end() || !dtype->is_string())
    throw FileError(path, tensorProblem(name, XLQA_TR("Safetensors", "\"dtype\" missing or not a string")));
  entry.dtype = findDtype(dtype->get<std::string>());
  if (!entry.dtype) {
    throw FileError(
        path, tensorProblem(name,
                            XLQA_TR("Safetensors",
                                    "dtype %1 is not supported (expected F32, F16, BF16, or I64 for position_ids)"),
                            dtype->get<std::string>()));
  }

  const auto shape = value.find("shape");
  if (shape == value.end()) throw FileError(path, tensorProblem(name, XLQA_TR("Safetensors", "\"shape\" missing")));
  entry.shape = parseShape(*shape, name, path);

  const auto offsets = value.find("data_offsets");
  if (offsets == value.end() || !offsets->is_array() || offsets->size() != 2 || !(*offsets)[0].is_number_unsigned() ||
      !(*offsets)[1].is_number_unsigned()) {
    throw FileError(
        path, tensorProblem(
                  name, XLQA_TR("Safetensors", "\"data_offsets\" must be [begin, end] with non-negative integers")));
  }
  entry.begin = (*offsets)[0].get<std::uint64_t>();
  entry.end = (*offsets)[1].get<std::uint64_t>();
  const std::string range = "[" + std::to_string(entry.begin) + ", " + std::to_string(entry.end) + "]";
  if (entry.begin > entry.end)
    throw FileError(path, tensorProblem(name, XLQA_TR("Safetensors", "data_offsets %1 end before they begin"), range));
  if (entry.end > dataSize) {
    throw FileError(
        path, tensorProblem(name,
                            XLQA_TR("Safetensors",
                                    "data_offsets %1 run past the end of the data section (%2 bytes; file truncated?)"),
                            range, dataSize));
  }
  const std::uint64_t expected = byteCount(entry.shape, entry.dtype->size);
  if (entry.end - entry.begin != expected) {
    throw FileError(
        path, tensorProblem(name, XLQA_TR("Safetensors", "shape %1 of %2 needs %3 bytes but data_offsets %4 span %5"),
                            shape->dump(), entry.dtype->name, expected, range, entry.end - entry.begin));
  }
  return entry;
}

// The data section is the tensors' bytes back to back, as the reference loader (the safetensors
// crate) requires: sorted by offset, each tensor starts where the previous one ends, the first at 0
// and the last at the end of the file. Overlaps mean a corrupt or hostile header; gaps and
// trailing bytes hide data the header does not describe.
void checkContiguous(std::vector<Entry> entries, std::uint64_t dataSize, const std::string& path) {
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::uint64_t expected = 0;
  std::string previous;
  for (const Entry& entry : entries) {
    if (entry.begin < expected)
      throw FileError(path, Message(XLQA_TR("Safetensors", "tensors \"%1\" and \"%2\" have overlapping data_offsets"),
                                    previous, entry.name));
    if (entry.begin > expected && previous.empty()) {
      throw FileError(path,
                      Message(XLQA_TR("Safetensors", "%1 bytes no tensor describes before the first tensor \"%2\""),
                              entry.begin - expected, entry.name));
    }
    if (entry.begin > expected) {
      throw FileError(path,
                      Message(XLQA_TR("Safetensors", "%1 bytes no tensor describes between tensors \"%2\" and \"%3\""),
                              entry.begin - expected, previous, entry.name));
    }
    expected = entry.end;
    previous = entry.name;
  }
  if (expected != dataSize)
    throw FileError(path,
                    Message(XLQA_TR("Safetensors", "%1 bytes after the last tensor that the header does not describe"),
                            dataSize - expected));
}

json parseHeaderJson(std::string_view text, const std::string& path) {
  try {
    return parseJsonText(text, path);
  } catch (const FileError& e) {
    // Keep parseJsonText's reason (without its "<path>: ") and say which part failed.
    throw FileError(path, Message(XLQA_TR("Safetensors", "the safetensors header is not valid JSON: %1"), e.reason()));
  }
}

// Everything about the file is checked here, before a single tensor is allocated.
std::vector<Entry> parseHeader(const MappedFile& file, std::uint64_t& dataStart, const std::string& path) {
  if (file.size() < 8) {
    throw FileError(path,
                    Message(XLQA_TR("Safetensors",
                                    "too short for a safetensors file (%1 bytes; the 8-byte header length is missing)"),
                            file.size()));
  }
  const std::uint64_t headerSize = readU64LE(file.data());
  if (headerSize > kMaxHeaderBytes) {
    throw FileError(
        path,
        Message(XLQA_TR("Safetensors",
                        "header length %1 is implausibly large (limit 100 MB); not a safetensors file or corrupt"),
                headerSize));
  }
  if (headerSize > file.size() - 8) {
    throw FileError(
        path, Message(XLQA_TR("Safetensors", "header length %1 runs past the end of the file (%2 bytes; truncated?)"),
                      headerSize, file.size()));
  }
  dataStart = 8 + headerSize;
  const std::uint64_t dataSize = file.size() - dataStart;

  const std::string_view text(reinterpret_cast<const char*>(file.data() + 8), static_cast<std::size_t>(headerSize));
  const json header = parseHeaderJson(text, path);
  if (!header.is_object())
    throw FileError(path, Message(XLQA_TR("Safetensors", "the safetensors header must be a JSON object")));

  std::vector<Entry> entries;
  for (const auto& [name, value] : header.items()) {
    if (name == "__metadata__") {
      checkMetadata(value, path);
      continue;
    }
    entries.push_back(parseEntry(name, value, dataSize, path));
  }
  checkContiguous(entries, dataSize, path);
  return entries;
}

const Dtype* findDtype(at::ScalarType type) {
  for (const Dtype& dtype : kDtypes) {
    if (type == dtype.type) return &dtype;
  }
  return nullptr;
}

// The stored bytes as a tensor of `floatType` (integers as they are). When the stored type is the
// wanted one and the bytes are aligned for it, the tensor *is* the mapping: no copy, and the
// mapping lives as long as any tensor on it. Otherwise one conversion into the final tensor
// (BF16 -> F32 is a 16-bit shift and F16 -> F32 is exact, so up-casts lose nothing).
at::Tensor makeTensor(const Entry& entry, const std::shared_ptr<MappedFile>& file, std::uint64_t dataStart,
                      std::optional<at::ScalarType> floatType) {
  const at::ScalarType stored = entry.dtype->type;
  const at::ScalarType wanted = at::isFloatingType(stored) ? floatType.value_or(stored) : stored;
  unsigned char* bytes = file->data() + dataStart + entry.begin;
  const auto options = at::TensorOptions().dtype(stored);
  at::Tensor view;
  if (reinterpret_cast<std::uintptr_t>(bytes) % entry.dtype->size == 0) {
    view = at::from_blob(
        bytes, entry.shape, [file](void*) {}, options);
  } else {
    view = at::empty(entry.shape, options);
    if (entry.end > entry.begin) std::memcpy(view.data_ptr(), bytes, entry.end - entry.begin);
  }
  return wanted == stored ? view : view.to(wanted);
}

}  // namespace

StateDict readSafetensors(const std::string& path, std::optional<at::ScalarType> floatType) {
  const std::shared_ptr<MappedFile> file = MappedFile::open(path);
  std::uint64_t dataStart = 0;
  const std::vector<Entry> entries = parseHeader(*file, dataStart, path);
  file->prefetch(dataStart, file->size() - dataStart);  // read ahead while the model is built
  StateDict tensors;
  for (const Entry& entry : entries) tensors.emplace(entry.name, makeTensor(entry, file, dataStart, floatType));
  return tensors;
}

void writeSafetensors(const std::string& path, std::vector<TensorSpec> specs, const TensorProducer& produce) {
  std::sort(specs.begin(), specs.end(), [](const TensorSpec& a, const TensorSpec& b) { return a.name < b.name; });
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const TensorSpec& spec = specs[i];
    if (spec.name.empty() || spec.name == "__metadata__")
      throw FileError(path, Message(XLQA_TR("Safetensors", "cannot write a tensor named \"%1\""), spec.name));
    if (i > 0 && specs[i - 1].name == spec.name)
      throw FileError(path, tensorProblem(spec.name, XLQA_TR("Safetensors", "named twice")));
    if (!findDtype(spec.dtype) || !at::isFloatingType(spec.dtype)) {
      throw FileError(
          path,
          tensorProblem(spec.name,
                        XLQA_TR("Safetensors", "has dtype %1; only float32, float16 and bfloat16 tensors are written"),
                        c10::toString(spec.dtype)));
    }
  }

  // Same layout as Hugging Face's writer: __metadata__ first, names sorted, compact JSON, data in
  // the same order without gaps.
  std::string header = R"({"__metadata__":{"format":"pt"})";
  std::uint64_t offset = 0;
  for (const TensorSpec& spec : specs) {
    std::string quotedName;
    try {
      quotedName = json(spec.name).dump();
    } catch (const json::exception&) {
      throw FileError(path, Message(XLQA_TR("Safetensors", "tensor name is not valid UTF-8: %1"), spec.name));
    }
    const Dtype* dtype = findDtype(spec.dtype);
    const std::uint64_t bytes = byteCount(spec.shape, dtype->size);
    header += "," + quotedName + R"(:{"dtype":")" + dtype->name + R"(","shape":)" + json(spec.shape).dump() +
              R"(,"data_offsets":[)" + std::to_string(offset) + "," + std::to_string(offset + bytes) + "]}";
    offset += bytes;
  }
  header += "}";
  header.append((8 - header.size() % 8) % 8, ' ');  // 8 + N a multiple of 8: the data stays aligned

  // Streamed tensor by tensor: at most one tensor's contiguous CPU copy exists at a time.
  writeFileAtomically(path, [&](const ByteSink& write) {
    char length[8];
    for (int i = 0; i < 8; ++i) length[i] = static_cast<char>((header.size() >> (8 * i)) & 0xFF);
    write({length, 8});
    write(header);
    for (const TensorSpec& spec : specs) {
      const at::Tensor tensor = produce(spec);
      if (!tensor.defined() || tensor.scalar_type() != spec.dtype || tensor.sizes() != at::IntArrayRef(spec.shape))
        throw FileError(
            path, tensorProblem(spec.name,
                                XLQA_TR("Safetensors", "the tensor given differs from its announced dtype or shape")));
      const at::Tensor cpu = tensor.to(at::kCPU).contiguous();
      write({static_cast<const char*>(cpu.data_ptr()), cpu.nbytes()});
    }
  });
}

void writeSafetensors(const std::string& path, const StateDict& tensors) {
  std::vector<TensorSpec> specs;
  for (const auto& [name, tensor] : tensors) {
    if (!tensor.defined()) throw FileError(path, tensorProblem(name, XLQA_TR("Safetensors", "undefined tensor")));
    specs.push_back({name, tensor.scalar_type(), tensor.sizes().vec()});
  }
  writeSafetensors(path, std::move(specs), [&](const TensorSpec& spec) { return tensors.at(spec.name); });
}

}  // namespace xlqa
