// safetensors reader and writer. Format: u64 little-endian header length N, N bytes of JSON
// {"__metadata__": {...}, "<name>": {"dtype", "shape", "data_offsets": [begin, end]}, ...},
// then the data section; offsets are relative to its start.
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

#include "core/io/json_file.h"
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

// F16/BF16 are up-cast to float32 after reading; I64 only occurs for the position_ids buffer
// that older transformers versions saved.
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

// Read-only mapping of a whole file: the tensors are copied straight out of the page cache,
// without a second in-memory copy of a file that may be gigabytes.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw FileError(path, std::string("cannot open: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
      const bool folder = S_ISDIR(info.st_mode);
      ::close(fd);
      throw FileError(path, folder ? "is a folder, not a file" : "not a regular file");
    }
    size_ = static_cast<std::uint64_t>(info.st_size);
    if (size_ > 0) {
      void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (mapped == MAP_FAILED) {
        const int err = errno;
        ::close(fd);
        throw FileError(path, std::string("cannot map the file: ") + std::strerror(err));
      }
      data_ = static_cast<const unsigned char*>(mapped);
    }
    ::close(fd);  // the mapping stays valid without the descriptor
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<unsigned char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const unsigned char* data() const { return data_; }
  std::uint64_t size() const { return size_; }

 private:
  const unsigned char* data_ = nullptr;
  std::uint64_t size_ = 0;
};

std::uint64_t readU64LE(const unsigned char* p) {
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = (value << 8) | p[i];
  return value;
}

std::string tensorLabel(const std::string& name) { return "tensor \"" + name + "\": "; }

std::vector<std::int64_t> parseShape(const json& value, const std::string& name, const std::string& path) {
  if (!value.is_array()) throw FileError(path, tensorLabel(name) + "\"shape\" must be an array of integers");
  std::vector<std::int64_t> shape;
  for (const json& dim : value) {
    if (!dim.is_number_integer() || (!dim.is_number_unsigned() && dim.get<std::int64_t>() < 0) ||
        (dim.is_number_unsigned() && dim.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))) {
      throw FileError(
          path, tensorLabel(name) + "\"shape\" holds " + dim.dump() + "; dimensions must be non-negative integers");
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
  if (!metadata.is_object()) throw FileError(path, "\"__metadata__\" must be an object of strings");
  for (const auto& [key, value] : metadata.items()) {
    if (!value.is_string())
      throw FileError(path, "\"__metadata__\": \"" + key + "\" must be a string, found " + value.dump());
  }
}

Entry parseEntry(const std::string& name, const json& value, std::uint64_t dataSize, const std::string& path) {
  if (!value.is_object())
    throw FileError(path, tensorLabel(name) + "expected an object with dtype, shape and data_offsets");
  Entry entry;
  entry.name = name;

  const auto dtype = value.find("dtype");
  if (dtype == value.end() || !dtype->is_string())
    throw FileError(path, tensorLabel(name) + "\"dtype\" missing or not a string");
  entry.dtype = findDtype(dtype->get<std::string>());
  if (!entry.dtype) {
    throw FileError(path, tensorLabel(name) + "dtype " + dtype->get<std::string>() +
                              " is not supported (expected F32, F16, BF16, or I64 for position_ids)");
  }

  const auto shape = value.find("shape");
  if (shape == value.end()) throw FileError(path, tensorLabel(name) + "\"shape\" missing");
  entry.shape = parseShape(*shape, name, path);

  const auto offsets = value.find("data_offsets");
  if (offsets == value.end() || !offsets->is_array() || offsets->size() != 2 || !(*offsets)[0].is_number_unsigned() ||
      !(*offsets)[1].is_number_unsigned()) {
    throw FileError(path, tensorLabel(name) + "\"data_offsets\" must be [begin, end] with non-negative integers");
  }
  entry.begin = (*offsets)[0].get<std::uint64_t>();
  entry.end = (*offsets)[1].get<std::uint64_t>();
  const std::string range = "[" + std::to_string(entry.begin) + ", " + std::to_string(entry.end) + "]";
  if (entry.begin > entry.end)
    throw FileError(path, tensorLabel(name) + "data_offsets " + range + " end before they begin");
  if (entry.end > dataSize) {
    throw FileError(path, tensorLabel(name) + "data_offsets " + range + " run past the end of the data section (" +
                              std::to_string(dataSize) + " bytes; file truncated?)");
  }
  const std::uint64_t expected = byteCount(entry.shape, entry.dtype->size);
  if (entry.end - entry.begin != expected) {
    throw FileError(path, tensorLabel(name) + "shape " + shape->dump() + " of " + entry.dtype->name + " needs " +
                              std::to_string(expected) + " bytes but data_offsets " + range + " span " +
                              std::to_string(entry.end - entry.begin));
  }
  return entry;
}

// Two tensors sharing bytes means a corrupt (or hostile) header; empty tensors overlap nothing.
void checkNoOverlap(std::vector<Entry> entries, const std::string& path) {
  entries.erase(std::remove_if(entries.begin(), entries.end(), [](const Entry& e) { return e.begin == e.end; }),
                entries.end());
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.begin < b.begin; });
  for (std::size_t i = 1; i < entries.size(); ++i) {
    if (entries[i].begin < entries[i - 1].end) {
      throw FileError(path, "tensors \"" + entries[i - 1].name + "\" and \"" + entries[i].name +
                                "\" have overlapping data_offsets");
    }
  }
}

json parseHeaderJson(std::string_view text, const std::string& path) {
  try {
    return parseJsonText(text, path);
  } catch (const FileError& e) {
    // parseJsonText's message starts with "<path>: "; keep its reason and say which part failed.
    std::string reason = e.what();
    if (reason.rfind(path + ": ", 0) == 0) reason = reason.substr(path.size() + 2);
    throw FileError(path, "the safetensors header is not valid JSON: " + reason);
  }
}

// Everything about the file is checked here, before a single tensor is allocated.
std::vector<Entry> parseHeader(const MappedFile& file, std::uint64_t& dataStart, const std::string& path) {
  if (file.size() < 8) {
    throw FileError(path, "too short for a safetensors file (" + std::to_string(file.size()) +
                              " bytes; the 8-byte header length is missing)");
  }
  const std::uint64_t headerSize = readU64LE(file.data());
  if (headerSize > kMaxHeaderBytes) {
    throw FileError(path, "header length " + std::to_string(headerSize) +
                              " is implausibly large (limit 100 MB); not a safetensors file or corrupt");
  }
  if (headerSize > file.size() - 8) {
    throw FileError(path, "header length " + std::to_string(headerSize) + " runs past the end of the file (" +
                              std::to_string(file.size()) + " bytes; truncated?)");
  }
  dataStart = 8 + headerSize;
  const std::uint64_t dataSize = file.size() - dataStart;

  const std::string_view text(reinterpret_cast<const char*>(file.data() + 8), static_cast<std::size_t>(headerSize));
  const json header = parseHeaderJson(text, path);
  if (!header.is_object()) throw FileError(path, "the safetensors header must be a JSON object");

  std::vector<Entry> entries;
  for (const auto& [name, value] : header.items()) {
    if (name == "__metadata__") {
      checkMetadata(value, path);
      continue;
    }
    entries.push_back(parseEntry(name, value, dataSize, path));
  }
  checkNoOverlap(entries, path);
  return entries;
}

// Copies the bytes into a fresh (aligned) tensor of the stored type, then up-casts halves.
// BF16 -> float32 is a 16-bit shift and F16 -> float32 is exact, so this loses nothing.
at::Tensor makeTensor(const Entry& entry, const unsigned char* data) {
  at::Tensor stored = at::empty(entry.shape, at::TensorOptions().dtype(entry.dtype->type));
  if (entry.end > entry.begin) std::memcpy(stored.data_ptr(), data + entry.begin, entry.end - entry.begin);
  if (entry.dtype->type == at::kHalf || entry.dtype->type == at::kBFloat16) return stored.to(at::kFloat);
  return stored;
}

}  // namespace

StateDict readSafetensors(const std::string& path) {
  static_assert(sizeof(float) == 4, "float32 expected");
  const MappedFile file(path);
  std::uint64_t dataStart = 0;
  const std::vector<Entry> entries = parseHeader(file, dataStart, path);
  StateDict tensors;
  for (const Entry& entry : entries) tensors.emplace(entry.name, makeTensor(entry, file.data() + dataStart));
  return tensors;
}

void writeSafetensors(const std::string& path, const StateDict& tensors) {
  // Contiguous CPU copies first, so the byte counts in the header are the bytes written.
  std::vector<std::pair<const std::string*, at::Tensor>> prepared;
  prepared.reserve(tensors.size());
  for (const auto& [name, tensor] : tensors) {
    if (name.empty() || name == "__metadata__") throw FileError(path, "cannot write a tensor named \"" + name + "\"");
    if (!tensor.defined()) throw FileError(path, tensorLabel(name) + "undefined tensor");
    if (tensor.scalar_type() != at::kFloat) {
      throw FileError(path, tensorLabel(name) + "has dtype " + std::string(c10::toString(tensor.scalar_type())) +
                                "; only float32 tensors are written");
    }
    prepared.emplace_back(&name, tensor.to(at::kCPU).contiguous());
  }

  // Same layout as Hugging Face's writer: __metadata__ first, names sorted (std::map order),
  // compact JSON, data in the same order without gaps.
  std::string header = R"({"__metadata__":{"format":"pt"})";
  std::uint64_t offset = 0;
  for (const auto& [name, tensor] : prepared) {
    std::string quotedName;
    try {
      quotedName = json(*name).dump();
    } catch (const json::exception&) {
      throw FileError(path, "tensor name is not valid UTF-8: " + *name);
    }
    const std::uint64_t bytes = tensor.nbytes();
    header += "," + quotedName + R"(:{"dtype":"F32","shape":)" + json(tensor.sizes().vec()).dump() +
              R"(,"data_offsets":[)" + std::to_string(offset) + "," + std::to_string(offset + bytes) + "]}";
    offset += bytes;
  }
  header += "}";
  header.append((8 - header.size() % 8) % 8, ' ');  // 8 + N a multiple of 8: the data stays aligned

  std::string file;
  file.reserve(8 + header.size() + offset);
  for (int i = 0; i < 8; ++i) file.push_back(static_cast<char>((header.size() >> (8 * i)) & 0xFF));
  file += header;
  for (const auto& entry : prepared)
    file.append(static_cast<const char*>(entry.second.data_ptr()), entry.second.nbytes());
  writeFileAtomically(path, file);
}

}  // namespace xlqa
