// pytorch_model.bin (torch.save zip format): the archive holds data.pkl (a pickle of the state
// dict whose tensors refer to storages by persistent id) and one data/<key> record per storage.
// The pickle is read by a restricted interpreter: pickle can call arbitrary Python functions,
// so only the handful of globals a state dict needs are recognised, and even those are
// interpreted here, never "called".
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <ATen/ops/from_blob.h>
#include <caffe2/serialize/inline_container.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/io/json_file.h"
#include "core/io/mapped_file.h"
#include "core/io/zip_directory.h"
#include "core/model/state_dict.h"
#include "core/model/torch_unpickler.h"

namespace xlqa {
namespace detail {
namespace {

struct Value;
using ValuePtr = std::shared_ptr<Value>;

// A Python object as far as a state dict needs it. Shared pointers give Python's reference
// semantics: a dict memoised with BINPUT and filled later by SETITEMS is the same object.
struct Value {
  enum class Kind { None, Bool, Int, String, Tuple, List, Dict, Global, Storage, Tensor };
  Kind kind = Kind::None;
  std::int64_t integer = 0;                            // Bool, Int
  std::string text;                                    // String; Global: "module.name"
  std::vector<ValuePtr> items;                         // Tuple, List
  std::vector<std::pair<ValuePtr, ValuePtr>> entries;  // Dict, in insertion order
  at::Tensor tensor;                                   // Storage (1-D), Tensor
};

const char* kindName(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::None: return "None";
    case Value::Kind::Bool: return "bool";
    case Value::Kind::Int: return "int";
    case Value::Kind::String: return "str";
    case Value::Kind::Tuple: return "tuple";
    case Value::Kind::List: return "list";
    case Value::Kind::Dict: return "dict";
    case Value::Kind::Global: return "global";
    case Value::Kind::Storage: return "storage";
    case Value::Kind::Tensor: return "tensor";
  }
  return "?";
}

ValuePtr make(Value::Kind kind) {
  auto value = std::make_shared<Value>();
  value->kind = kind;
  return value;
}

ValuePtr makeInt(Value::Kind kind, std::int64_t integer) {
  ValuePtr value = make(kind);
  value->integer = integer;
  return value;
}

// Storage classes torch.save names in persistent ids, and the element type of their records.
struct StorageType {
  const char* global;
  at::ScalarType type;
};
constexpr StorageType kStorageTypes[] = {{"torch.FloatStorage", at::kFloat},
                                         {"torch.HalfStorage", at::kHalf},
                                         {"torch.BFloat16Storage", at::kBFloat16},
                                         {"torch.DoubleStorage", at::kDouble},
                                         {"torch.LongStorage", at::kLong}};

const StorageType* findStorageType(const std::string& global) {
  for (const StorageType& storage : kStorageTypes) {
    if (global == storage.global) return &storage;
  }
  return nullptr;
}

constexpr const char* kOrderedDict = "collections.OrderedDict";
constexpr const char* kRebuildTensor = "torch._utils._rebuild_tensor_v2";
constexpr const char* kRebuildParameter = "torch._utils._rebuild_parameter";

// Pickle opcodes (protocol 2, plus the few protocol-4 ones a newer torch.save may use).
// clang-format off
enum Op : unsigned char {
  MARK = '(', STOP = '.', BININT = 'J', BININT1 = 'K', BININT2 = 'M', NONE = 'N', BINPERSID = 'Q',
  REDUCE = 'R', BINUNICODE = 'X', APPEND = 'a', BUILD = 'b', GLOBAL = 'c', APPENDS = 'e', BINGET = 'h',
  LONG_BINGET = 'j', EMPTY_LIST = ']', BINPUT = 'q', LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't',
  SETITEMS = 'u', EMPTY_DICT = '}', EMPTY_TUPLE = ')', PROTO = 0x80, TUPLE1 = 0x85, TUPLE2 = 0x86,
  TUPLE3 = 0x87, NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, SHORT_BINUNICODE = 0x8c,
  BINUNICODE8 = 0x8d, STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95
};
// clang-format on

class Unpickler {
 public:
  Unpickler(std::string_view bytes, const StorageLoader& loader, const std::string& path,
            std::optional<at::ScalarType> floatType)
      : bytes_(bytes), loader_(loader), path_(path), floatType_(floatType) {}
  // A pickle can make a list or dict hold itself (through the memo), a cycle of shared pointers
  // that would never be freed: the containers are emptied once the result has been read.
  ~Unpickler() {
    for (const ValuePtr& value : containers_) {
      value->items.clear();
      value->entries.clear();
    }
  }
  Unpickler(const Unpickler&) = delete;
  Unpickler& operator=(const Unpickler&) = delete;

  ValuePtr run() {
    while (true) {
      opStart_ = pos_;
      const unsigned char op = readByte();
      if (op == STOP) return pop();
      step(op);
    }
  }

 private:
  ValuePtr container(Value::Kind kind) {
    containers_.push_back(make(kind));
    return containers_.back();
  }

  std::string_view bytes_;
  const StorageLoader& loader_;
  const std::string& path_;
  std::vector<ValuePtr> containers_;  // every list and dict made, emptied at the end
  std::optional<at::ScalarType> floatType_;
  std::size_t pos_ = 0, opStart_ = 0;
  std::vector<ValuePtr> stack_;
  std::vector<std::size_t> marks_;  // stack sizes at each MARK
  std::unordered_map<std::uint64_t, ValuePtr> memo_;
  std::unordered_map<std::string, ValuePtr> storages_;  // by record key: shared storages load once

  template <class... Args>
  [[noreturn]] void fail(MessageTemplate problem, const Args&... args) const {
    throw FileError(
        path_, Message(XLQA_TR("TorchCheckpoint", "data.pkl: %1 (at byte %2)"), Message(problem, args...), opStart_));
  }

  // --- reading the byte string ---
  std::string_view take(std::uint64_t n) {
    if (n > bytes_.size() - pos_) fail(XLQA_TR("TorchCheckpoint", "truncated pickle"));
    const std::string_view part = bytes_.substr(pos_, static_cast<std::size_t>(n));
    pos_ += static_cast<std::size_t>(n);
    return part;
  }
  unsigned char readByte() { return static_cast<unsigned char>(take(1)[0]); }
  std::uint64_t readUnsignedLE(int n) {
    const std::string_view raw = take(static_cast<std::uint64_t>(n));
    std::uint64_t value = 0;
    for (int i = n - 1; i >= 0; --i)
      value = (value << 8) | static_cast<unsigned char>(raw[static_cast<std::size_t>(i)]);
    return value;
  }
  std::string readLine() {
    const std::size_t end = bytes_.find('\n', pos_);
    if (end == std::string_view::npos) fail(XLQA_TR("TorchCheckpoint", "truncated pickle"));
    std::string line(bytes_.substr(pos_, end - pos_));
    pos_ = end + 1;
    return line;
  }

  // --- the stack ---
  void push(ValuePtr value) { stack_.push_back(std::move(value)); }
  ValuePtr pop() {
    if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back()))
      fail(XLQA_TR("TorchCheckpoint", "malformed pickle (stack underflow)"));
    ValuePtr value = std::move(stack_.back());
    stack_.pop_back();
    return value;
  }
  ValuePtr& top() {
    if (stack_.empty()) fail(XLQA_TR("TorchCheckpoint", "malformed pickle (stack underflow)"));
    return stack_.back();
  }
  std::vector<ValuePtr> popToMark() {
    if (marks_.empty()) fail(XLQA_TR("TorchCheckpoint", "malformed pickle (no MARK)"));
    const std::size_t mark = marks_.back();
    marks_.pop_back();
    std::vector<ValuePtr> items(stack_.begin() + static_cast<std::ptrdiff_t>(mark), stack_.end());
    stack_.resize(mark);
    return items;
  }
  ValuePtr tuple(std::vector<ValuePtr> items) {
    ValuePtr value = make(Value::Kind::Tuple);
    value->items = std::move(items);
    return value;
  }
  ValuePtr string(std::string_view text) {
    ValuePtr value = make(Value::Kind::String);
    value->text = std::string(text);
    return value;
  }

  void step(unsigned char op) {
    switch (op) {
      case PROTO:
        if (readByte() > 5) fail(XLQA_TR("TorchCheckpoint", "unsupported pickle protocol"));
        return;
      case FRAME: take(8); return;  // framing only groups opcodes; nothing to do
      case MARK: marks_.push_back(stack_.size()); return;
      case NONE: push(make(Value::Kind::None)); return;
      case NEWTRUE: push(makeInt(Value::Kind::Bool, 1)); return;
      case NEWFALSE: push(makeInt(Value::Kind::Bool, 0)); return;
      case BININT:
        push(makeInt(Value::Kind::Int, static_cast<std::int32_t>(static_cast<std::uint32_t>(readUnsignedLE(4)))));
        return;
      case BININT1: push(makeInt(Value::Kind::Int, readByte())); return;
      case BININT2: push(makeInt(Value::Kind::Int, static_cast<std::int64_t>(readUnsignedLE(2)))); return;
      case LONG1: push(makeInt(Value::Kind::Int, readLong1())); return;
      case BINUNICODE: push(string(take(readUnsignedLE(4)))); return;
      case SHORT_BINUNICODE: push(string(take(readByte()))); return;
      case BINUNICODE8: push(string(take(readUnsignedLE(8)))); return;
      case EMPTY_DICT: push(container(Value::Kind::Dict)); return;
      case EMPTY_LIST: push(container(Value::Kind::List)); return;
      case EMPTY_TUPLE: push(tuple({})); return;
      case TUPLE: push(tuple(popToMark())); return;
      case TUPLE1:
      case TUPLE2:
      case TUPLE3: pushTupleOfTop(static_cast<std::size_t>(op - TUPLE1 + 1)); return;
      case BINPUT: memo_[readByte()] = top(); return;
      case LONG_BINPUT: memo_[readUnsignedLE(4)] = top(); return;
      case MEMOIZE: memo_[memo_.size()] = top(); return;
      case BINGET: push(memoGet(readByte())); return;
      case LONG_BINGET: push(memoGet(readUnsignedLE(4))); return;
      case SETITEM: setItem(); return;
      case SETITEMS: setItems(); return;
      case APPEND: append(); return;
      case APPENDS: appends(); return;
      case GLOBAL: pushGlobal(); return;
      case STACK_GLOBAL: pushStackGlobal(); return;
      case REDUCE: pushReduced(); return;
      case BUILD: build(); return;
      case BINPERSID: push(persistentLoad(*pop())); return;
      default: refuse(op);
    }
  }

  // The opcodes of more than one line, in step()'s order.
  void pushTupleOfTop(std::size_t size) {
    std::vector<ValuePtr> items(size);
    for (auto it = items.rbegin(); it != items.rend(); ++it) *it = pop();
    push(tuple(std::move(items)));
  }
  void setItem() {
    ValuePtr value = pop();
    ValuePtr key = pop();
    dictOnTop()->entries.emplace_back(std::move(key), std::move(value));
  }
  void setItems() {
    std::vector<ValuePtr> items = popToMark();
    if (items.size() % 2 != 0)
      fail(XLQA_TR("TorchCheckpoint", "malformed pickle (SETITEMS with an odd number of items)"));
    ValuePtr dict = dictOnTop();
    for (std::size_t i = 0; i < items.size(); i += 2) dict->entries.emplace_back(items[i], items[i + 1]);
  }
  void append() {
    ValuePtr value = pop();
    listOnTop()->items.push_back(std::move(value));
  }
  void appends() {
    std::vector<ValuePtr> items = popToMark();
    ValuePtr list = listOnTop();
    list->items.insert(list->items.end(), items.begin(), items.end());
  }
  void pushGlobal() {
    std::string module = readLine();
    std::string name = readLine();
    push(global(module, name));
  }
  void pushStackGlobal() {
    ValuePtr name = pop();
    ValuePtr module = pop();
    if (module->kind != Value::Kind::String || name->kind != Value::Kind::String)
      fail(XLQA_TR("TorchCheckpoint", "malformed STACK_GLOBAL"));
    push(global(module->text, name->text));
  }
  void pushReduced() {
    ValuePtr args = pop();
    ValuePtr callable = pop();
    push(reduce(*callable, *args));
  }
  void build() {
    // OrderedDict.__reduce__ sets instance attributes this way: state_dict()'s _metadata
    // (module versions). The weights do not depend on it, so it is dropped.
    pop();  // the state
    if (top()->kind != Value::Kind::Dict)
      fail(XLQA_TR("TorchCheckpoint", "BUILD on a %1 is not part of a state dict"), kindName(top()->kind));
  }
  [[noreturn]] void refuse(unsigned char op) const {
    static const char* hex = "0123456789abcdef";
    fail(XLQA_TR("TorchCheckpoint", "refusing pickle opcode 0x%1: not part of a state dict"),
         std::string{hex[op >> 4], hex[op & 15]});
  }

  std::int64_t readLong1() {
    const unsigned char n = readByte();
    if (n > 8) fail(XLQA_TR("TorchCheckpoint", "integer too large for a state dict"));
    if (n == 0) return 0;
    std::uint64_t value = readUnsignedLE(n);
    if (n < 8 && (value >> (8 * n - 1)) != 0) value |= ~std::uint64_t{0} << (8 * n);  // sign-extend
    return static_cast<std::int64_t>(value);
  }

  ValuePtr memoGet(std::uint64_t index) {
    const auto it = memo_.find(index);
    if (it == memo_.end()) fail(XLQA_TR("TorchCheckpoint", "malformed pickle (memo entry %1 missing)"), index);
    return it->second;
  }
  ValuePtr dictOnTop() {
    if (top()->kind != Value::Kind::Dict) fail(XLQA_TR("TorchCheckpoint", "SETITEM on a %1"), kindName(top()->kind));
    return top();
  }
  ValuePtr listOnTop() {
    if (top()->kind != Value::Kind::List) fail(XLQA_TR("TorchCheckpoint", "APPEND on a %1"), kindName(top()->kind));
    return top();
  }

  // The allow-list. Everything else (os.system, builtins.eval, ...) stops the load here.
  ValuePtr global(const std::string& module, const std::string& name) {
    std::string full = module + "." + name;
    for (char& c : full) {
      if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
        c = '?';  // keep messages printable
    }
    const bool allowed =
        full == kOrderedDict || full == kRebuildTensor || full == kRebuildParameter || findStorageType(full);
    if (!allowed) {
      if (module == "torch" && name.size() > 7 && name.compare(name.size() - 7, 7, "Storage") == 0) {
        const MessageTemplate unsupported = XLQA_TR(
            "TorchCheckpoint",
            "tensor storage type %1 is not supported (float32, float16, bfloat16, float64 and int64 tensors are)");
        throw FileError(path_, Message(unsupported, full));
      }
      throw FileError(path_,
                      Message(XLQA_TR("TorchCheckpoint", "refusing to unpickle %1: not part of a state dict"), full));
    }
    ValuePtr value = make(Value::Kind::Global);
    value->text = std::move(full);
    return value;
  }

  ValuePtr reduce(const Value& callable, const Value& args) {
    if (callable.kind != Value::Kind::Global || args.kind != Value::Kind::Tuple)
      fail(XLQA_TR("TorchCheckpoint", "malformed REDUCE"));
    if (callable.text == kOrderedDict) {
      if (!args.items.empty()) fail(XLQA_TR("TorchCheckpoint", "OrderedDict built with arguments"));
      return container(Value::Kind::Dict);
    }
    if (callable.text == kRebuildTensor) return rebuildTensor(args.items);
    if (callable.text == kRebuildParameter) {
      // (data, requires_grad, backward_hooks[, metadata]): a Parameter is its data here.
      if (args.items.size() < 3 || args.items[0]->kind != Value::Kind::Tensor)
        fail(XLQA_TR("TorchCheckpoint", "malformed _rebuild_parameter"));
      return args.items[0];
    }
    fail(XLQA_TR("TorchCheckpoint", "cannot call %1"), callable.text);
  }

  // ('storage', storage_type, key, location, numel): the tensor bytes are record data/<key>.
  // The location (e.g. "cuda:0") is ignored: everything is loaded on the CPU.
  ValuePtr persistentLoad(const Value& pid) {
    const auto& f = pid.items;
    if (pid.kind != Value::Kind::Tuple || f.size() != 5 || f[0]->kind != Value::Kind::String ||
        f[0]->text != "storage" || f[1]->kind != Value::Kind::Global || f[2]->kind != Value::Kind::String ||
        f[4]->kind != Value::Kind::Int || f[4]->integer < 0) {
      fail(XLQA_TR("TorchCheckpoint", "unexpected persistent id (expected ('storage', type, key, location, numel))"));
    }
    const StorageType* type = findStorageType(f[1]->text);
    if (!type) fail(XLQA_TR("TorchCheckpoint", "%1 is not a storage type"), f[1]->text);
    const std::string& key = f[2]->text;
    if (const auto it = storages_.find(key); it != storages_.end()) {
      if (it->second->tensor.scalar_type() != type->type)
        fail(XLQA_TR("TorchCheckpoint", "storage %1 is used with two different types"), key);
      return it->second;
    }
    ValuePtr storage = make(Value::Kind::Storage);
    storage->tensor = loader_(key, type->type, f[4]->integer);
    storages_.emplace(key, storage);
    return storage;
  }

  std::vector<std::int64_t> intTuple(const Value& value, const char* what) {
    if (value.kind != Value::Kind::Tuple)
      fail(XLQA_TR("TorchCheckpoint", "_rebuild_tensor_v2: %1 is not a tuple"), what);
    std::vector<std::int64_t> ints;
    for (const ValuePtr& item : value.items) {
      if (item->kind != Value::Kind::Int || item->integer < 0)
        fail(XLQA_TR("TorchCheckpoint", "_rebuild_tensor_v2: bad %1"), what);
      ints.push_back(item->integer);
    }
    return ints;
  }

  // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks
  // [, metadata]): a strided view of the storage. The view is bounds-checked here because a
  // corrupt file must not make as_strided read outside the record.
  ValuePtr rebuildTensor(const std::vector<ValuePtr>& args) {
    if ((args.size() != 6 && args.size() != 7) || args[0]->kind != Value::Kind::Storage ||
        args[1]->kind != Value::Kind::Int || args[1]->integer < 0) {
      fail(XLQA_TR("TorchCheckpoint", "malformed _rebuild_tensor_v2 arguments"));
    }
    const at::Tensor& storage = args[0]->tensor;
    const std::int64_t offset = args[1]->integer;
    const std::vector<std::int64_t> size = intTuple(*args[2], "size");
    const std::vector<std::int64_t> stride = intTuple(*args[3], "stride");
    if (size.size() != stride.size())
      fail(XLQA_TR("TorchCheckpoint", "_rebuild_tensor_v2: size and stride differ in length"));

    std::int64_t numel = 1, last = offset;  // `last`: highest element index the view touches
    for (std::size_t i = 0; i < size.size(); ++i) {
      std::int64_t reach = 0;
      if (__builtin_mul_overflow(numel, size[i], &numel) ||
          (size[i] > 0 &&
           (__builtin_mul_overflow(size[i] - 1, stride[i], &reach) || __builtin_add_overflow(last, reach, &last)))) {
        fail(XLQA_TR("TorchCheckpoint", "_rebuild_tensor_v2: size overflows"));
      }
    }
    if (numel > 0 && last >= storage.numel()) {
      fail(XLQA_TR("TorchCheckpoint", "tensor view (offset %1) reaches past its storage of %2 elements"), offset,
           storage.numel());
    }

    ValuePtr value = make(Value::Kind::Tensor);
    const at::Tensor view = storage.as_strided(size, stride, offset);
    const at::ScalarType target =
        storage.scalar_type() == at::kLong ? at::kLong : floatType_.value_or(storage.scalar_type());
    if (view.scalar_type() == target && view.is_contiguous() && offset == 0 && numel == storage.numel()) {
      value->tensor = view;  // the common case: the record is the tensor, no copy
    } else {
      value->tensor = at::empty(size, at::TensorOptions().dtype(target));
      value->tensor.copy_(view);  // gathers the strided view and up-casts halves / doubles
    }
    return value;
  }
};

StateDict toStateDict(const Value& root, const std::string& path) {
  if (root.kind != Value::Kind::Dict) {
    throw FileError(path, Message(XLQA_TR("TorchCheckpoint", "data.pkl holds a %1, not a state dict (name -> tensor)"),
                                  kindName(root.kind)));
  }
  StateDict tensors;
  for (const auto& [key, value] : root.entries) {
    if (key->kind != Value::Kind::String)
      throw FileError(path, Message(XLQA_TR("TorchCheckpoint", "state dict key is a %1"), kindName(key->kind)));
    if (value->kind != Value::Kind::Tensor) {
      const MessageTemplate notTensor = XLQA_TR(
          "TorchCheckpoint",
          "entry \"%1\" is a %2, not a tensor (only plain state dicts are supported, not training checkpoints)");
      throw FileError(path, Message(notTensor, key->text, kindName(value->kind)));
    }
    tensors.insert_or_assign(key->text, value->tensor);
  }
  return tensors;
}

}  // namespace

StateDict unpickleStateDict(std::string_view pickle, const StorageLoader& loadStorage,
                            const std::string& pathForMessages, std::optional<at::ScalarType> floatType) {
  Unpickler unpickler(pickle, loadStorage, pathForMessages, floatType);
  return toStateDict(*unpickler.run(), pathForMessages);
}

}  // namespace detail

namespace {

// torch.save's zip format starts with a local file header; the legacy (PyTorch < 1.6) format
// is a bare pickle stream. Telling them apart gives a better message than the zip reader's.
void checkZipMagic(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path, Message(XLQA_TR("TorchCheckpoint", "cannot open")));
  char magic[4] = {};
  in.read(magic, 4);
  if (in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) return;
  if (in.gcount() >= 1 && static_cast<unsigned char>(magic[0]) == 0x80) {
    // Two sentences, two templates: one literal of both would not fit a line.
    throw FileError(path,
                    Message(XLQA_TR("TorchCheckpoint",
                                    "legacy torch.save format (PyTorch < 1.6, not a zip archive) is not supported; %1"),
                            Message(XLQA_TR("TorchCheckpoint",
                                            "re-save it with a current PyTorch or convert it to model.safetensors"))));
  }
  throw FileError(path, Message(XLQA_TR("TorchCheckpoint", "not a torch.save zip archive")));
}

// The first line of a c10 message: the rest is a C++ backtrace, useless to a user.
std::string firstLine(const c10::Error& e) {
  std::string message = e.what_without_backtrace();
  if (const auto eol = message.find('\n'); eol != std::string::npos) message.resize(eol);
  return message;
}

// The archive's entries by record name ("data/0"), without the archive folder torch.save puts
// first ("pytorch_model/data/0"). Empty when the directory cannot be read: the zip reader then
// reads every record, and reports the damage in its own words.
std::map<std::string, ZipEntry> recordEntries(const MappedFile& file) {
  std::map<std::string, ZipEntry> records;
  try {
    for (auto& [name, entry] : readZipDirectory(file)) {
      const auto slash = name.find('/');
      if (slash != std::string::npos) records.emplace(name.substr(slash + 1), entry);
    }
  } catch (const FileError&) {
    records.clear();
  }
  return records;
}

void checkRecordSize(std::uint64_t bytes, at::ScalarType type, std::int64_t numel, const std::string& record,
                     const std::string& path) {
  // Compared by division: numel comes from the pickle and may be absurd; a product could wrap.
  const std::size_t elementSize = c10::elementSize(type);
  if (bytes % elementSize != 0 || bytes / elementSize != static_cast<std::uint64_t>(numel)) {
    throw FileError(
        path, Message(XLQA_TR("TorchCheckpoint", "storage record %1 holds %2 bytes, expected %3 elements of %4 bytes"),
                      record, bytes, numel, elementSize));
  }
}

// A storage record as a 1-D tensor: a view of the mapped file when it is stored uncompressed at
// an address aligned for its type, else read out of the archive.
at::Tensor loadStorageRecord(caffe2::serialize::PyTorchStreamReader& reader, const std::shared_ptr<MappedFile>& file,
                             const std::map<std::string, ZipEntry>& entries, const std::string& key,
                             at::ScalarType type, std::int64_t numel, const std::string& path) {
  const std::string record = "data/" + key;
  if (!reader.hasRecord(record))
    throw FileError(path, Message(XLQA_TR("TorchCheckpoint", "storage record %1 is missing from the archive"), record));
  if (const auto it = entries.find(record);
      it != entries.end() && it->second.stored() &&
      reinterpret_cast<std::uintptr_t>(file->data() + it->second.dataOffset) % c10::elementSize(type) == 0) {
    checkRecordSize(it->second.uncompressedSize, type, numel, record, path);
    return at::from_blob(
        file->data() + it->second.dataOffset, {numel}, [file](void*) {}, at::TensorOptions().dtype(type));
  }
  auto [data, bytes] = reader.getRecord(record);
  checkRecordSize(bytes, type, numel, record, path);
  at::Storage storage(at::Storage::use_byte_size_t(), bytes, std::move(data), /*allocator=*/nullptr,
                      /*resizable=*/false);
  return at::empty({0}, at::TensorOptions().dtype(type)).set_(storage, 0, {numel}, {1});
}

}  // namespace

StateDict readTorchCheckpoint(const std::string& path, std::optional<at::ScalarType> floatType) {
  checkZipMagic(path);
  const std::shared_ptr<MappedFile> file = MappedFile::open(path);
  const std::map<std::string, ZipEntry> entries = recordEntries(*file);
  try {
    caffe2::serialize::PyTorchStreamReader reader(path);
    if (reader.hasRecord("byteorder")) {
      auto [data, size] = reader.getRecord("byteorder");
      if (std::string(static_cast<const char*>(data.get()), size) != "little") {
        throw FileError(path, Message(XLQA_TR("TorchCheckpoint", "big-endian checkpoint is not supported")));
      }
    }
    if (!reader.hasRecord("data.pkl"))
      throw FileError(path, Message(XLQA_TR("TorchCheckpoint", "data.pkl is missing: not a torch.save state dict")));
    auto [pickleData, pickleSize] = reader.getRecord("data.pkl");
    const std::string_view pickle(static_cast<const char*>(pickleData.get()), pickleSize);
    return detail::unpickleStateDict(
        pickle,
        [&](const std::string& key, at::ScalarType type, std::int64_t numel) {
          return loadStorageRecord(reader, file, entries, key, type, numel, path);
        },
        path, floatType);
  } catch (const c10::Error& e) {
    throw FileError(
        path, Message(XLQA_TR("TorchCheckpoint", "cannot read the checkpoint archive (truncated or corrupt?): %1"),
                      firstLine(e)));
  }
}

}  // namespace xlqa
