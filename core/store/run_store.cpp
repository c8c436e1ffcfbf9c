#include "core/store/run_store.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include <fcntl.h>
#include <unistd.h>

#include "core/io/json_file.h"
#include "xlqa/version.h"

namespace xlqa {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string manifestPath(const std::string& directory) { return (fs::path(directory) / "manifest.json").string(); }

std::string pairRecordPath(const std::string& directory, const LanguagePair& pair) {
  return (fs::path(directory) / "pairs" / (pair.key() + ".json")).string();
}

// The models a run's pairs are made with, as each pair record names them.
std::string modelsKey(const RunManifest& manifest) {
  std::string key;
  for (const auto& [role, model] : {std::pair{"teacher", &manifest.teacher}, std::pair{"student", &manifest.student}})
    if (*model) key += (key.empty() ? "" : ", ") + std::string(role) + " " + (*model)->contentHash;
  return key;
}

std::string claimPath(const std::string& directory, const LanguagePair& pair) {
  return (fs::path(directory) / "pairs" / (pair.key() + ".claim")).string();
}

std::string examplesPath(const std::string& directory, const LanguagePair& pair) {
  return (fs::path(directory) / "pairs" / (pair.key() + ".examples.jsonl")).string();
}

void makeFolders(const fs::path& folder) {
  std::error_code error;
  fs::create_directories(folder, error);
  if (error)
    throw FileError(folder.string(), Message(XLQA_TR("RunStore", "cannot create folder: %1"), error.message()));
}

// The strings come from models and data files; a stray invalid UTF-8 byte must surface as an
// error naming the file being written, not as a bare nlohmann exception.
std::string dumped(const json& value, int indent, const std::string& path) {
  try {
    return value.dump(indent);
  } catch (const json::type_error& e) {
    throw FileError(path, Message(XLQA_TR("RunStore", "cannot encode as JSON: %1"), e.what()));
  }
}

std::string dumped(const nlohmann::ordered_json& value, int indent, const std::string& path) {
  try {
    return value.dump(indent);
  } catch (const nlohmann::ordered_json::type_error& e) {
    throw FileError(path, Message(XLQA_TR("RunStore", "cannot encode as JSON: %1"), e.what()));
  }
}

void writeJson(const std::string& path, const json& value) { writeFileAtomically(path, dumped(value, 2, path) + "\n"); }

std::string parseMessage(const std::string& what) {
  const auto bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// Official format {id: answer}, in example order. Assigning an id again overwrites the answer
// and keeps the first position, as Python's json.load does with duplicate keys.
nlohmann::ordered_json officialPredictions(const std::vector<ExampleRecord>& examples, ModelRole role) {
  nlohmann::ordered_json predictions = nlohmann::ordered_json::object();
  for (const ExampleRecord& example : examples) {
    if (const auto& result = example.result(role)) predictions[example.id] = result->prediction;
  }
  return predictions;
}

bool anyHas(const std::vector<ExampleRecord>& examples, ModelRole role) {
  return std::any_of(examples.begin(), examples.end(),
                     [role](const ExampleRecord& example) { return example.result(role).has_value(); });
}

// --- hashing ---

struct DigestDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

class Sha256 {
 public:
  Sha256() : context_(EVP_MD_CTX_new()) {
    if (!context_ || EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr) != 1) {
      throw std::runtime_error("OpenSSL: cannot initialise SHA-256");
    }
  }
  void update(const void* data, std::size_t size) {
    if (EVP_DigestUpdate(context_.get(), data, size) != 1) throw std::runtime_error("OpenSSL: SHA-256 update failed");
  }
  std::string hex() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context_.get(), digest.data(), &size) != 1) {
      throw std::runtime_error("OpenSSL: SHA-256 final failed");
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text = "sha256:";
    for (unsigned int i = 0; i < size; ++i) {
      text += kDigits[digest[i] >> 4];
      text += kDigits[digest[i] & 0x0F];
    }
    return text;
  }

 private:
  std::unique_ptr<EVP_MD_CTX, DigestDeleter> context_;
};

// Feeds a file's bytes in 1 MiB chunks (weights run to gigabytes); returns how many were read.
std::uint64_t hashFileBytes(Sha256& sha, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path, Message(XLQA_TR("RunStore", "cannot open: %1"), std::strerror(errno)));
  std::vector<char> buffer(std::size_t{1} << 20);
  std::uint64_t total = 0;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    sha.update(buffer.data(), got);
    total += got;
  }
  if (in.bad()) throw FileError(path, Message(XLQA_TR("RunStore", "read failed")));
  return total;
}

bool startsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}
bool endsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// config.json and the weight files transformers reads: single, sharded and their indexes.
bool isModelContentFile(const std::string& name) {
  static const std::set<std::string> exact = {"config.json", "model.safetensors", "model.safetensors.index.json",
                                              "pytorch_model.bin", "pytorch_model.bin.index.json"};
  return exact.count(name) > 0 || (startsWith(name, "model-") && endsWith(name, ".safetensors")) ||
         (startsWith(name, "pytorch_model-") && endsWith(name, ".bin"));
}

}  // namespace

RunStore::RunStore(std::string directory, RunManifest manifest)
    : directory_(std::move(directory)), manifest_(std::move(manifest)) {}

RunStore RunStore::create(const std::string& directory, const RunManifest& manifest) {
  makeFolders(directory);
  std::error_code error;
  if (fs::exists(manifestPath(directory), error)) {
    throw FileError(directory, Message(XLQA_TR("RunStore", "already holds a run; use --resume or another folder")));
  }
  RunManifest written = manifest;
  if (written.toolVersion.empty()) written.toolVersion = kVersion;
  writeJson(manifestPath(directory), toJson(written));
  return RunStore(directory, std::move(written));
}

std::optional<RunStore> RunStore::createExclusive(const std::string& directory, const RunManifest& manifest) {
  makeFolders(directory);
  RunManifest written = manifest;
  if (written.toolVersion.empty()) written.toolVersion = kVersion;
  const std::string path = manifestPath(directory);
  const std::string draft = path + ".draft." + std::to_string(::getpid());
  writeFileAtomically(draft, dumped(toJson(written), 2, path) + "\n");
  const int linked = ::link(draft.c_str(), path.c_str());
  const int linkError = errno;
  std::error_code ignored;
  fs::remove(draft, ignored);
  if (linked != 0 && linkError == EEXIST) return std::nullopt;
  if (linked != 0) throw FileError(path, Message(XLQA_TR("RunStore", "cannot create: %1"), std::strerror(linkError)));
  return RunStore(directory, std::move(written));
}

RunStore RunStore::open(const std::string& directory) {
  std::error_code error;
  if (!fs::is_directory(directory, error))
    throw FileError(directory, Message(XLQA_TR("RunStore", "no such run folder")));
  const std::string path = manifestPath(directory);
  if (!fs::exists(path, error))
    throw FileError(path, Message(XLQA_TR("RunStore", "missing: %1 is not an xlqa run folder"), directory));
  return RunStore(directory, manifestFromJson(readJsonFile(path), path));
}

std::optional<std::string> RunStore::pairProblem(const LanguagePair& pair) const {
  std::error_code error;
  if (!fs::is_regular_file(pairRecordPath(directory_, pair), error)) return std::string(kNotEvaluated);
  PairRecord record;
  try {
    record = readPair(pair);  // parses and validates, and checks the record is this pair's
  } catch (const FileError& e) {
    return std::string("its record is broken: ") + e.what();  // torn or hand-broken
  }
  if (!record.models.empty() && record.models != modelsKey(manifest_))
    return "evaluated with other models (" + record.models + ")";
  if (record.examplesBytes) {
    const std::string examples = examplesPath(directory_, pair);
    const std::uintmax_t size = fs::file_size(examples, error);
    if (error) return "its examples file is missing (" + examples + ")";
    if (size != *record.examplesBytes)
      return "its examples file is truncated or changed (" + std::to_string(size) + " bytes, the record says " +
             std::to_string(*record.examplesBytes) + ")";
  }
  return std::nullopt;
}

std::vector<LanguagePair> RunStore::completedPairs() const {
  std::vector<LanguagePair> pairs;
  for (const LanguagePair& pair : manifest_.pairs) {
    if (hasPair(pair) && std::find(pairs.begin(), pairs.end(), pair) == pairs.end()) pairs.push_back(pair);
  }
  return pairs;
}

void RunStore::writePair(const PairRecord& record, const std::vector<ExampleRecord>& examples) {
  const LanguagePair& pair = record.pair;
  makeFolders(fs::path(directory_) / "pairs");
  // Rewriting a done pair un-marks it first, so a kill half-way cannot leave the old record
  // vouching for the new examples.
  std::error_code error;
  fs::remove(pairRecordPath(directory_, pair), error);

  const std::string jsonl = examplesPath(directory_, pair);
  std::string lines;
  for (const ExampleRecord& example : examples) lines += dumped(toJson(example), -1, jsonl) + "\n";
  writeFileAtomically(jsonl, lines);

  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    // A scored role gets its file even for a pair without examples: "{}" for the official scripts.
    if (!anyHas(examples, role) && !record.score(role)) continue;
    const std::string path = predictionsPath(role, pair);
    makeFolders(fs::path(path).parent_path());
    writeFileAtomically(path, dumped(officialPredictions(examples, role), 1, path) + "\n");
  }

  PairRecord vouching = record;
  vouching.examplesBytes = lines.size();
  vouching.models = modelsKey(manifest_);
  writeJson(pairRecordPath(directory_, pair), toJson(vouching));  // last: marks the pair done
  releaseClaim(pair);
}

PairRecord RunStore::readPair(const LanguagePair& pair) const {
  const std::string path = pairRecordPath(directory_, pair);
  PairRecord record = pairRecordFromJson(readJsonFile(path), path);
  if (!(record.pair == pair)) {
    throw FileError(path,
                    Message(XLQA_TR("RunStore", "holds pair %1, but its name says %2"), record.pair.key(), pair.key()));
  }
  return record;
}

std::vector<PairRecord> RunStore::readPairs() const {
  std::vector<PairRecord> records;
  for (const LanguagePair& pair : completedPairs()) records.push_back(readPair(pair));
  return records;
}

std::vector<ExampleRecord> RunStore::readExamples(const LanguagePair& pair) const {
  const std::string path = examplesPath(directory_, pair);
  const std::string bytes = readFileBytes(path);
  std::vector<ExampleRecord> examples;
  std::size_t lineNumber = 0;
  for (std::size_t begin = 0; begin < bytes.size();) {
    const std::size_t end = std::min(bytes.find('\n', begin), bytes.size());
    const std::string_view line(bytes.data() + begin, end - begin);
    begin = end + 1;
    ++lineNumber;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    json value;
    try {
      value = json::parse(line.begin(), line.end());
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number beyond double
      throw FileError(path,
                      Message(XLQA_TR("RunStore", "line %1: malformed JSON: %2"), lineNumber, parseMessage(e.what())));
    }
    try {
      examples.push_back(exampleRecordFromJson(value, path));
    } catch (const FileError& e) {
      throw FileError(path, Message(XLQA_TR("RunStore", "line %1: %2"), lineNumber, e.reason()));
    }
  }
  return examples;
}

void RunStore::updateManifest(const RunManifest& manifest) {
  writeJson(manifestPath(directory_), toJson(manifest));
  manifest_ = manifest;
}

std::string RunStore::predictionsPath(ModelRole role, const LanguagePair& pair) const {
  return (fs::path(directory_) / "predictions" / roleName(role) / (pair.key() + ".json")).string();
}

std::string sha256File(const std::string& path) {
  Sha256 sha;
  hashFileBytes(sha, path);
  return sha.hex();
}

std::string modelContentHash(const std::string& modelDir) {
  std::error_code error;
  if (!fs::is_directory(modelDir, error))
    throw FileError(modelDir, Message(XLQA_TR("RunStore", "no such model folder")));
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(modelDir, error)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && isModelContentFile(name)) names.push_back(name);
  }
  if (error) throw FileError(modelDir, Message(XLQA_TR("RunStore", "cannot list folder: %1"), error.message()));
  if (names.empty())
    throw FileError(modelDir, Message(XLQA_TR("RunStore", "holds neither config.json nor weight files to hash")));
  std::sort(names.begin(), names.end());  // byte order, the same on every platform

  Sha256 sha;
  for (const std::string& name : names) {
    const std::string path = (fs::path(modelDir) / name).string();
    const std::uint64_t size = fs::file_size(path, error);
    if (error) throw FileError(path, Message(XLQA_TR("RunStore", "cannot read size: %1"), error.message()));
    std::array<unsigned char, 8> littleEndian{};
    for (std::size_t i = 0; i < littleEndian.size(); ++i) littleEndian[i] = static_cast<unsigned char>(size >> (8 * i));
    sha.update(name.data(), name.size());
    sha.update("\0", 1);  // ends the name: "a" + "bc..." and "ab" + "c..." hash apart
    sha.update(littleEndian.data(), littleEndian.size());
    if (hashFileBytes(sha, path) != size)
      throw FileError(path, Message(XLQA_TR("RunStore", "changed while being hashed")));
  }
  return sha.hex();
}

std::string utcNowIso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

bool RunStore::claimPair(const LanguagePair& pair, const std::string& holder) const {
  makeFolders(fs::path(directory_) / "pairs");
  const std::string path = claimPath(directory_, pair);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST) return false;
    throw FileError(path, Message(XLQA_TR("RunStore", "cannot claim the pair: %1"), std::strerror(errno)));
  }
  const std::string line = holder + "\n";
  const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  ::close(fd);
  if (!written) throw FileError(path, Message(XLQA_TR("RunStore", "cannot write the claim")));
  return true;
}

std::optional<std::string> RunStore::claimOf(const LanguagePair& pair) const {
  std::ifstream in(claimPath(directory_, pair));
  if (!in) return std::nullopt;
  std::string line;
  std::getline(in, line);
  return line;
}

void RunStore::releaseClaim(const LanguagePair& pair) const {
  std::error_code ignored;
  fs::remove(claimPath(directory_, pair), ignored);
}

void RunStore::copyPairFrom(const RunStore& other, const LanguagePair& pair) {
  makeFolders(fs::path(directory_) / "pairs");
  writeFileAtomically(examplesPath(directory_, pair), other.examplesBytes(pair));
  for (ModelRole role : {ModelRole::Teacher, ModelRole::Student}) {
    std::error_code error;
    const std::string from = other.predictionsPath(role, pair);
    if (!fs::is_regular_file(from, error)) continue;
    const std::string to = predictionsPath(role, pair);
    makeFolders(fs::path(to).parent_path());
    writeFileAtomically(to, readFileBytes(from));
  }
  writeFileAtomically(pairRecordPath(directory_, pair), readFileBytes(pairRecordPath(other.directory_, pair)));
}

std::string RunStore::examplesBytes(const LanguagePair& pair) const {
  return readFileBytes(examplesPath(directory_, pair));
}

}  // namespace xlqa
