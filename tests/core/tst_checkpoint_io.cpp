// Checkpoint I/O: config.json parsing, safetensors (plain, sharded, F16/BF16) and
// pytorch_model.bin (plain dict and OrderedDict) against the hf-parity fixtures, the safetensors
// writer, and one clear FileError for every kind of damaged or hostile file.
#include <ATen/TensorOperators.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/arange.h>
#include <ATen/ops/empty.h>
#include <caffe2/serialize/inline_container.h>

#include <QTemporaryDir>
#include <QtTest>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>

#include "core/io/json_file.h"
#include "core/model/model_config.h"
#include "core/model/state_dict.h"
#include "core/model/torch_unpickler.h"
#include "support/shared_data.h"

using namespace xlqa;

namespace {

const QString kFixtures = QStringLiteral("fixtures/hf-parity");

std::string fixture(const QString& relative) { return test::sharedPath(kFixtures + "/" + relative); }

// Same dtype, same shape, same bytes.
bool bitwiseEqual(const at::Tensor& a, const at::Tensor& b) {
  if (a.scalar_type() != b.scalar_type() || a.sizes() != b.sizes()) return false;
  const at::Tensor ca = a.contiguous(), cb = b.contiguous();
  // An empty tensor may have no storage at all: memcmp must not see its null pointer.
  return ca.nbytes() == 0 || std::memcmp(ca.data_ptr(), cb.data_ptr(), ca.nbytes()) == 0;
}

// Empty when both hold the same names with bitwise-equal tensors, else the first difference.
std::string difference(const StateDict& a, const StateDict& b) {
  if (a.size() != b.size()) return "sizes differ: " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
  for (const auto& [name, tensor] : a) {
    const auto it = b.find(name);
    if (it == b.end()) return "\"" + name + "\" only in the first";
    if (!bitwiseEqual(tensor, it->second)) return "\"" + name + "\" differs";
  }
  return {};
}

std::string le(std::uint64_t value, int bytes) {
  std::string out;
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
  return out;
}

// A safetensors file from a header text and raw data (no validation: tests feed it garbage).
std::string safetensorsBytes(const std::string& header, const std::string& data) {
  return le(header.size(), 8) + header + data;
}

std::uint64_t headerLength(const std::string& file) {
  std::uint64_t n = 0;
  for (int i = 7; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(file[static_cast<std::size_t>(i)]);
  return n;
}

// --- pickle byte strings, written the way torch.save writes them (protocol 2) ---
std::string pUnicode(const std::string& s) { return "X" + le(s.size(), 4) + s; }
std::string pInt(std::uint8_t v) { return std::string("K") + static_cast<char>(v); }
std::string pGlobal(const std::string& module, const std::string& name) { return "c" + module + "\n" + name + "\n"; }
const std::string kProto2 = "\x80\x02";

// _rebuild_tensor_v2(('storage', <storageType>, key, 'cpu', numel), offset, size, stride, False, OrderedDict())
std::string pTensor(const std::string& storageType, const std::string& key, std::uint8_t numel, std::uint8_t offset,
                    const std::string& sizeTuple, const std::string& strideTuple) {
  return pGlobal("torch._utils", "_rebuild_tensor_v2") + "((" + pUnicode("storage") + pGlobal("torch", storageType) +
         pUnicode(key) + pUnicode("cpu") + pInt(numel) + "tQ" + pInt(offset) + sizeTuple + strideTuple + "\x89" +
         pGlobal("collections", "OrderedDict") + ")R" + "tR";
}

// {name: tensor, ...} as a plain dict.
std::string pStateDict(const std::string& entries) { return kProto2 + "}(" + entries + "u."; }

// Storage records for crafted pickles: element i holds the value i.
at::Tensor arangeStorage(const std::string&, at::ScalarType type, std::int64_t numel) {
  return at::arange(numel, at::TensorOptions().dtype(at::kFloat)).to(type);
}

}  // namespace

class TestCheckpointIo : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;

  std::string tempPath(const std::string& name) const {
    return QDir(dir_.path()).filePath(QString::fromStdString(name)).toStdString();
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    const std::string path = tempPath(name);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    return path;
  }

  // The FileError message of `action`; fails the test when nothing (or something else) is thrown.
  static std::string errorOf(const std::function<void()>& action) {
    try {
      action();
    } catch (const FileError& e) {
      return e.what();
    } catch (const std::exception& e) {
      return std::string("UNEXPECTED EXCEPTION TYPE: ") + e.what();
    }
    return "NO ERROR";
  }

  // A torch.save-like zip holding the given records, written with LibTorch's own writer.
  std::string writeArchive(const std::string& name, const std::map<std::string, std::string>& records) const {
    const std::string path = tempPath(name);
    caffe2::serialize::PyTorchStreamWriter writer(path);
    for (const auto& [record, bytes] : records) writer.writeRecord(record, bytes.data(), bytes.size());
    writer.writeEndOfFile();
    return path;
  }

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  // ---------------------------------------------------------------- fixtures
  void safetensorsAndBinAgree_data() {
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qint64>("parameters");
    QTest::newRow("bert") << "tiny-bert-qa"
                          << "bert." << qint64{53378};
    QTest::newRow("xlmr") << "tiny-xlmr-qa"
                          << "roberta." << qint64{53346};
  }
  void safetensorsAndBinAgree() {
    QFETCH(QString, folder);
    QFETCH(QString, prefix);
    QFETCH(qint64, parameters);
    XLQA_REQUIRE_SHARED(kFixtures + "/" + folder);
    const StateDict safe = readSafetensors(fixture(folder + "/model.safetensors"));
    const StateDict bin = readTorchCheckpoint(fixture(folder + "/pytorch_model.bin"));
    QCOMPARE(safe.size(), std::size_t{39});
    const std::string diff = difference(safe, bin);
    QVERIFY2(diff.empty(), diff.c_str());

    std::int64_t count = 0;
    for (const auto& [name, tensor] : safe) {
      QVERIFY2(tensor.scalar_type() == at::kFloat && tensor.is_contiguous(), name.c_str());
      count += tensor.numel();
    }
    QCOMPARE(count, parameters);
    const std::string p = prefix.toStdString();
    QCOMPARE(safe.at(p + "embeddings.word_embeddings.weight").sizes().vec(), (std::vector<std::int64_t>{1000, 32}));
    QCOMPARE(safe.at(p + "encoder.layer.1.attention.self.query.weight").sizes().vec(),
             (std::vector<std::int64_t>{32, 32}));
    QCOMPARE(safe.at("qa_outputs.weight").sizes().vec(), (std::vector<std::int64_t>{2, 32}));
    QCOMPARE(safe.at("qa_outputs.bias").sizes().vec(), (std::vector<std::int64_t>{2}));
  }

  void orderedDictBinAddsPositionIds_data() { safetensorsAndBinAgree_data(); }
  void orderedDictBinAddsPositionIds() {
    QFETCH(QString, folder);
    QFETCH(QString, prefix);
    XLQA_REQUIRE_SHARED(kFixtures + "/" + folder + "-ordereddict");
    StateDict ordered = readTorchCheckpoint(fixture(folder + "-ordereddict/pytorch_model.bin"));
    const StateDict plain = readTorchCheckpoint(fixture(folder + "/pytorch_model.bin"));
    QCOMPARE(ordered.size(), std::size_t{40});

    const std::string key = prefix.toStdString() + "embeddings.position_ids";
    QVERIFY(ordered.count(key) == 1);
    const at::Tensor positions = ordered.at(key);
    QVERIFY(positions.scalar_type() == at::kLong);
    QVERIFY(bitwiseEqual(positions, at::arange(128, at::TensorOptions().dtype(at::kLong)).view({1, 128})));

    ordered.erase(key);
    const std::string diff = difference(ordered, plain);
    QVERIFY2(diff.empty(), diff.c_str());
  }

  void shardedEqualsUnsharded() {
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-xlmr-qa/sharded");
    const StateDict sharded = readModelWeights(fixture("tiny-xlmr-qa/sharded"));
    const StateDict single = readSafetensors(fixture("tiny-xlmr-qa/model.safetensors"));
    const std::string diff = difference(sharded, single);
    QVERIFY2(diff.empty(), diff.c_str());
  }

  void folderPrefersSafetensors() {
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-bert-qa");
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-bert-qa-ordereddict");
    // tiny-bert-qa has both files; the safetensors one wins (no position_ids either way).
    QVERIFY(difference(readModelWeights(fixture("tiny-bert-qa")),
                       readSafetensors(fixture("tiny-bert-qa/model.safetensors")))
                .empty());
    // Only pytorch_model.bin here.
    QCOMPARE(readModelWeights(fixture("tiny-bert-qa-ordereddict")).size(), std::size_t{40});
  }

  void halfPrecisionUpcast_data() {
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("dtype");
    QTest::addColumn<double>("maxRounding");  // README: at most 5.6e-4 (F16) / 3.9e-3 (BF16)
    QTest::newRow("float16") << "float16" << static_cast<int>(at::kHalf) << 5.7e-4;
    QTest::newRow("bfloat16") << "bfloat16" << static_cast<int>(at::kBFloat16) << 4.0e-3;
  }
  void halfPrecisionUpcast() {
    QFETCH(QString, folder);
    QFETCH(int, dtype);
    QFETCH(double, maxRounding);
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-xlmr-qa/" + folder);
    const StateDict half = readModelWeights(fixture("tiny-xlmr-qa/" + folder));
    const StateDict parent = readSafetensors(fixture("tiny-xlmr-qa/model.safetensors"));
    QCOMPARE(half.size(), parent.size());
    double worst = 0;
    for (const auto& [name, tensor] : parent) {
      const at::Tensor& loaded = half.at(name);
      QVERIFY2(loaded.scalar_type() == at::kFloat, name.c_str());
      const at::Tensor rounded = tensor.to(static_cast<at::ScalarType>(dtype)).to(at::kFloat);
      QVERIFY2(bitwiseEqual(loaded, rounded), name.c_str());
      worst = std::max(worst, (loaded - tensor).abs().max().item<double>());
    }
    QVERIFY2(worst > 0 && worst <= maxRounding, std::to_string(worst).c_str());
  }

  // ---------------------------------------------------------------- config.json
  void configFixtures() {
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-bert-qa");
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-xlmr-qa");
    const ModelConfig bert = loadModelConfig(fixture("tiny-bert-qa/config.json"));
    QVERIFY(bert.family == ModelFamily::Bert);
    QCOMPARE(bert.modelType, std::string("bert"));
    QCOMPARE(bert.vocabSize, 1000);
    QCOMPARE(bert.hiddenSize, 32);
    QCOMPARE(bert.numHiddenLayers, 2);
    QCOMPARE(bert.numAttentionHeads, 4);
    QCOMPARE(bert.intermediateSize, 64);
    QCOMPARE(bert.maxPositionEmbeddings, 128);
    QCOMPARE(bert.typeVocabSize, 2);
    QCOMPARE(bert.padTokenId, 0);
    QCOMPARE(bert.layerNormEps, 1e-12);
    QCOMPARE(bert.hiddenAct, std::string("gelu"));
    QCOMPARE(bert.maxSequenceLength(), 128);
    QCOMPARE(bert.weightPrefix(), std::string("bert."));
    QCOMPARE(bert.raw.at("architectures").at(0).get<std::string>(), std::string("BertForQuestionAnswering"));

    const ModelConfig xlmr = loadModelConfig(fixture("tiny-xlmr-qa/config.json"));
    QVERIFY(xlmr.family == ModelFamily::Roberta);
    QCOMPARE(xlmr.modelType, std::string("xlm-roberta"));
    QCOMPARE(xlmr.typeVocabSize, 1);
    QCOMPARE(xlmr.padTokenId, 1);
    QCOMPARE(xlmr.layerNormEps, 1e-5);
    QCOMPARE(xlmr.maxSequenceLength(), 126);
    QCOMPARE(xlmr.weightPrefix(), std::string("roberta."));
    QCOMPARE(xlmr.hiddenDropoutProb, 0.1);
    QCOMPARE(xlmr.raw, readJsonFile(fixture("tiny-xlmr-qa/config.json")));
  }

  void endToEndCheckpoint() {
    XLQA_REQUIRE_SHARED(kFixtures + "/small-xlmr-qa-spm");
    const ModelConfig config = loadModelConfig(fixture("small-xlmr-qa-spm/config.json"));
    QCOMPARE(config.vocabSize, 8002);
    QCOMPARE(config.maxSequenceLength(), 512);
    const StateDict tensors = readModelWeights(fixture("small-xlmr-qa-spm"));
    std::int64_t count = 0;
    for (const auto& entry : tensors) count += entry.second.numel();
    QCOMPARE(count, 612290);
  }

  void configDefaults() {
    nlohmann::json json = {{"model_type", "roberta"},        {"vocab_size", 50265},       {"hidden_size", 768},
                           {"num_hidden_layers", 12},        {"num_attention_heads", 12}, {"intermediate_size", 3072},
                           {"max_position_embeddings", 514}, {"type_vocab_size", 1},      {"pad_token_id", 1}};
    const ModelConfig config = parseModelConfig(json, "config.json");
    QCOMPARE(config.layerNormEps, 1e-12);
    QCOMPARE(config.hiddenAct, std::string("gelu"));
    QCOMPARE(config.attentionProbsDropoutProb, 0.1);
    QCOMPARE(config.maxSequenceLength(), 512);
  }

  void badConfigs_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");  // JSON text; empty = remove the field
    QTest::addColumn<QString>("expected");
    QTest::newRow("gpt2") << "model_type"
                          << R"("gpt2")"
                          << R"(model_type: "gpt2" is not supported)";
    QTest::newRow("relu") << "hidden_act"
                          << R"("relu")"
                          << R"(hidden_act: "relu" is not supported; only "gelu")";
    QTest::newRow("gelu_new") << "hidden_act"
                              << R"("gelu_new")"
                              << "tanh approximation";
    QTest::newRow("missing hidden_size") << "hidden_size"
                                         << ""
                                         << "hidden_size: missing";
    QTest::newRow("hidden_size not divisible") << "hidden_size"
                                               << "30"
                                               << "hidden_size: 30 is not divisible by num_attention_heads 4";
    QTest::newRow("hidden_size as string") << "hidden_size"
                                           << R"("32")"
                                           << R"(hidden_size: must be an integer, found "32")";
    QTest::newRow("hidden_size as float") << "hidden_size"
                                          << "32.0"
                                          << "hidden_size: must be an integer";
    QTest::newRow("zero layers") << "num_hidden_layers"
                                 << "0"
                                 << "num_hidden_layers: must be positive";
    QTest::newRow("pad outside vocab") << "pad_token_id"
                                       << "1000"
                                       << "pad_token_id: 1000 is outside the vocabulary";
    QTest::newRow("missing model_type") << "model_type"
                                        << ""
                                        << "model_type: missing";
    QTest::newRow("relative positions") << "position_embedding_type"
                                        << R"("relative_key")"
                                        << "position_embedding_type: \"relative_key\" is not supported";
    QTest::newRow("eps as string") << "layer_norm_eps"
                                   << R"("1e-12")"
                                   << "layer_norm_eps: must be a number";
  }
  void badConfigs() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    nlohmann::json json = {{"model_type", "bert"},
                           {"vocab_size", 1000},
                           {"hidden_size", 32},
                           {"num_hidden_layers", 2},
                           {"num_attention_heads", 4},
                           {"intermediate_size", 64},
                           {"max_position_embeddings", 128},
                           {"type_vocab_size", 2},
                           {"pad_token_id", 0},
                           {"hidden_act", "gelu"}};
    if (value.isEmpty()) {
      json.erase(field.toStdString());
    } else {
      json[field.toStdString()] = nlohmann::json::parse(value.toStdString());
    }
    const std::string path = write("config.json", json.dump(2));
    const std::string message = errorOf([&] { loadModelConfig(path); });
    QVERIFY2(message.rfind(path + ": " + field.toStdString() + ": ", 0) == 0, message.c_str());
    QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
  }

  void configNotAnObject() {
    const std::string message = errorOf([] { parseModelConfig(nlohmann::json::array(), "x/config.json"); });
    QVERIFY2(message.find("x/config.json: ") == 0 && message.find("object") != std::string::npos, message.c_str());
  }

  // ---------------------------------------------------------------- safetensors writer
  void writeReproducesFixture() {
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-bert-qa");
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-xlmr-qa");
    for (const char* folder : {"tiny-bert-qa", "tiny-xlmr-qa"}) {
      const std::string original = fixture(QString::fromUtf8(folder) + "/model.safetensors");
      const StateDict tensors = readSafetensors(original);
      const std::string path = tempPath(std::string(folder) + ".safetensors");
      writeSafetensors(path, tensors);
      // Same layout as Hugging Face's writer, so the bytes are identical.
      QVERIFY2(readFileBytes(path) == readFileBytes(original), folder);
      QVERIFY(difference(readSafetensors(path), tensors).empty());
    }
  }

  void writeRoundTrip() {
    const at::Tensor matrix = at::arange(12, at::TensorOptions().dtype(at::kFloat)).view({3, 4}) / 7.0;
    StateDict tensors;
    tensors["b.transposed"] = matrix.t();  // not contiguous: written in C order
    tensors["a.vector"] = at::arange(5, at::TensorOptions().dtype(at::kFloat)) * -0.3;
    tensors["c.scalar"] = at::empty({}, at::TensorOptions().dtype(at::kFloat)).fill_(3.25);
    tensors["d.empty"] = at::empty({0, 4}, at::TensorOptions().dtype(at::kFloat));
    const std::string path = tempPath("roundtrip.safetensors");
    writeSafetensors(path, tensors);

    const StateDict back = readSafetensors(path);
    QVERIFY(difference(back, tensors).empty());
    QVERIFY(back.at("b.transposed").is_contiguous());

    const std::string file = readFileBytes(path);
    const std::uint64_t n = headerLength(file);
    QCOMPARE((8 + n) % 8, std::uint64_t{0});
    const nlohmann::json header = nlohmann::json::parse(file.substr(8, n));
    QCOMPARE(header.at("__metadata__"), (nlohmann::json{{"format", "pt"}}));
    QCOMPARE(header.at("b.transposed").at("shape"), (nlohmann::json{4, 3}));
    QCOMPARE(header.at("b.transposed").at("dtype"), nlohmann::json("F32"));
    QCOMPARE(file.size(), 8 + n + (12 + 5 + 1) * 4);
    QCOMPARE(file.find(R"({"__metadata__":)"), std::size_t{8});  // metadata first
  }

  void writeRefusesNonFloat() {
    const std::string path = tempPath("ints.safetensors");
    StateDict tensors{{"ids", at::arange(4, at::TensorOptions().dtype(at::kLong))}};
    const std::string message = errorOf([&] { writeSafetensors(path, tensors); });
    QVERIFY2(message.find("\"ids\"") != std::string::npos && message.find("float32") != std::string::npos,
             message.c_str());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(path)));
  }

  // ---------------------------------------------------------------- damaged safetensors
  void corruptSafetensors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // A valid file: "a" [2,3] and "b" [4], 40 data bytes.
    StateDict tensors{{"a", at::arange(6, at::TensorOptions().dtype(at::kFloat)).view({2, 3})},
                      {"b", at::arange(4, at::TensorOptions().dtype(at::kFloat))}};
    const std::string validPath = tempPath("valid.safetensors");
    writeSafetensors(validPath, tensors);
    const std::string valid = readFileBytes(validPath);
    const std::uint64_t n = headerLength(valid);
    auto row = [](const char* name, const std::string& bytes, const char* expected) {
      QTest::newRow(name) << QByteArray(bytes.data(), static_cast<int>(bytes.size())) << QString::fromUtf8(expected);
    };
    const std::string data8(8, '\0'), data12(12, '\0');

    row("empty file", "", "too short");
    row("shorter than 8 bytes", "\x10\0\0", "too short");
    row("cut in the data section", valid.substr(0, valid.size() - 4), "run past the end of the data section");
    row("cut inside the header", valid.substr(0, 8 + n / 2), "runs past the end of the file");
    row("header length huge", le(std::uint64_t{1} << 40, 8) + valid.substr(8), "implausibly large");
    row("header length past EOF", le(valid.size(), 8) + valid.substr(8), "runs past the end of the file");
    row("offsets past the end", safetensorsBytes(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", data8),
        R"(tensor "a": data_offsets [0, 16] run past the end of the data section)");
    row("overlapping ranges",
        safetensorsBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                         R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                         data12),
        R"(tensors "a" and "b" have overlapping data_offsets)");
    row("shape not matching bytes",
        safetensorsBytes(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", data8),
        "needs 12 bytes but data_offsets [0, 8] span 8");
    row("unknown dtype", safetensorsBytes(R"({"a":{"dtype":"F64","shape":[1],"data_offsets":[0,8]}})", data8),
        "dtype F64 is not supported");
    row("invalid JSON header", safetensorsBytes(R"({"a":{"dtype":"F32",)", data8), "header is not valid JSON");
    row("header not an object", safetensorsBytes("[1, 2]  ", data8), "header must be a JSON object");
    row("negative dimension", safetensorsBytes(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", data8),
        "dimensions must be non-negative integers");
    row("offsets reversed", safetensorsBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}})", data8),
        "end before they begin");
    row("offsets missing", safetensorsBytes(R"({"a":{"dtype":"F32","shape":[2]}})", data8), "data_offsets");
    row("metadata not strings", safetensorsBytes(R"({"__metadata__":{"format":1}})", ""), "__metadata__");
    row("shape product overflows",
        safetensorsBytes(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}})", data8),
        "span 8");
  }
  void corruptSafetensors() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const std::string path = write("corrupt.safetensors", bytes.toStdString());
    const std::string message = errorOf([&] { readSafetensors(path); });
    QVERIFY2(message.rfind(path + ": ", 0) == 0, message.c_str());
    QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
  }

  // The data section must be the tensors back to back, as the reference loader requires.
  void gapsAndTrailingBytesAreRefused() {
    const auto message = [&](const char* name, const std::string& header, const std::string& data) {
      try {
        readSafetensors(write(name, safetensorsBytes(header, data)));
      } catch (const FileError& e) {
        return QString::fromUtf8(e.what());
      }
      return QString();
    };
    const std::string two = le(0x3F800000, 4) + le(0x40000000, 4);
    QVERIFY(message("gap.safetensors",
                    R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                    R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                    two + le(0, 4))
                .contains("4 bytes no tensor describes between tensors \"a\" and \"b\""));
    QVERIFY(message("start.safetensors", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", two)
                .contains("before the first tensor"));
    QVERIFY(message("trailing.safetensors", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", two)
                .contains("4 bytes after the last tensor"));
    QVERIFY(message("exact.safetensors",
                    R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                    R"("b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                    two)
                .isEmpty());
  }

  void halfAndLongStoredTensors() {
    // F16 1.0, -2.0; BF16 of 1.5 is 0x3FC0; I64 kept as int64.
    const std::string data = le(0x3C00, 2) + le(0xC000, 2) + le(0x3FC0, 2) + le(7, 8);
    const std::string path =
        write("mixed.safetensors", safetensorsBytes(R"({"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},)"
                                                    R"("g":{"dtype":"BF16","shape":[1],"data_offsets":[4,6]},)"
                                                    R"("i":{"dtype":"I64","shape":[1,1],"data_offsets":[6,14]}})",
                                                    data));
    const StateDict tensors = readSafetensors(path);
    QCOMPARE(tensors.at("h").scalar_type(), at::kFloat);
    QCOMPARE(tensors.at("h")[0].item<float>(), 1.0f);
    QCOMPARE(tensors.at("h")[1].item<float>(), -2.0f);
    QCOMPARE(tensors.at("g")[0].item<float>(), 1.5f);
    QCOMPARE(tensors.at("i").scalar_type(), at::kLong);
    QCOMPARE(tensors.at("i").sizes().vec(), (std::vector<std::int64_t>{1, 1}));
    QCOMPARE(tensors.at("i").item<std::int64_t>(), std::int64_t{7});
  }

  // ---------------------------------------------------------------- restricted unpickler
  void unpicklerBuildsStridedViews() {
    // Storage 0..5 as float16, viewed as the transpose [[0,3],[1,4],[2,5]], plus a second tensor
    // sharing the storage from offset 2.
    const std::string pickle = pStateDict(
        pUnicode("t") + pTensor("HalfStorage", "0", 6, 0, pInt(3) + pInt(2) + "\x86", pInt(1) + pInt(3) + "\x86") +
        pUnicode("tail") + pTensor("HalfStorage", "0", 6, 2, pInt(4) + "\x85", pInt(1) + "\x85"));
    int loads = 0;
    const StateDict tensors = detail::unpickleStateDict(
        pickle,
        [&](const std::string& key, at::ScalarType type, std::int64_t numel) {
          ++loads;
          return arangeStorage(key, type, numel);
        },
        "crafted.bin");
    QCOMPARE(loads, 1);  // the shared storage is loaded once
    const at::Tensor t = tensors.at("t");
    QCOMPARE(t.scalar_type(), at::kFloat);
    QVERIFY(t.is_contiguous());
    QCOMPARE(t.sizes().vec(), (std::vector<std::int64_t>{3, 2}));
    const std::vector<float> expected{0, 3, 1, 4, 2, 5};
    QCOMPARE(std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + 6), expected);
    const at::Tensor tail = tensors.at("tail");
    QCOMPARE(std::vector<float>(tail.data_ptr<float>(), tail.data_ptr<float>() + 4), (std::vector<float>{2, 3, 4, 5}));
  }

  void unpicklerSkipsStateDictMetadata() {
    // model.state_dict() is an OrderedDict carrying a _metadata attribute (module versions),
    // which pickle restores with BUILD after the items: accepted and dropped.
    const std::string od = pGlobal("collections", "OrderedDict") + ")R";
    const std::string metadata =
        "}" + pUnicode("_metadata") + od + "(" + pUnicode("") + "}" + pUnicode("version") + pInt(1) + "s" + "u" + "s";
    const std::string pickle = kProto2 + od + "(" + pUnicode("w") +
                               pTensor("FloatStorage", "0", 3, 0, pInt(3) + "\x85", pInt(1) + "\x85") + "u" + metadata +
                               "b.";
    const StateDict tensors = detail::unpickleStateDict(pickle, arangeStorage, "crafted.bin");
    QCOMPARE(tensors.size(), std::size_t{1});
    QCOMPARE(tensors.at("w").sizes().vec(), (std::vector<std::int64_t>{3}));
  }

  void unpicklerRefuses_data() {
    QTest::addColumn<QByteArray>("pickle");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const std::string& bytes, const char* expected) {
      QTest::newRow(name) << QByteArray(bytes.data(), static_cast<int>(bytes.size())) << QString::fromUtf8(expected);
    };
    row("os.system", kProto2 + pGlobal("os", "system") + pUnicode("echo hi") + "\x85R.",
        "refusing to unpickle os.system: not part of a state dict");
    row("builtins.eval via STACK_GLOBAL",
        "\x80\x04\x8c\x08"
        "builtins"
        "\x8c\x04"
        "eval"
        "\x93" +
            pUnicode("1") + "\x85R.",
        "refusing to unpickle builtins.eval: not part of a state dict");
    row("global inside a tensor entry", pStateDict(pUnicode("w") + pGlobal("subprocess", "Popen") + ")R"),
        "refusing to unpickle subprocess.Popen");
    row("INST opcode", kProto2 + "ios\nsystem\n.", "refusing pickle opcode 0x69");
    row("IntStorage", pStateDict(pUnicode("w") + pTensor("IntStorage", "0", 2, 0, pInt(2) + "\x85", pInt(1) + "\x85")),
        "storage type torch.IntStorage is not supported");
    row("view past the storage",
        pStateDict(pUnicode("w") + pTensor("FloatStorage", "0", 4, 1, pInt(4) + "\x85", pInt(1) + "\x85")),
        "reaches past its storage of 4 elements");
    row("truncated", pStateDict(pUnicode("w")).substr(0, 8), "truncated pickle");
    row("top level list", kProto2 + "].", "holds a list, not a state dict");
    row("nested checkpoint", kProto2 + "}" + pUnicode("model") + "}s.", "entry \"model\" is a dict, not a tensor");
    row("calling a storage type", kProto2 + pGlobal("torch", "FloatStorage") + ")R.", "cannot call torch.FloatStorage");
    row("stack underflow", kProto2 + "s.", "stack underflow");
  }
  void unpicklerRefuses() {
    QFETCH(QByteArray, pickle);
    QFETCH(QString, expected);
    bool loaded = false;
    const std::string message = errorOf([&] {
      detail::unpickleStateDict(
          std::string_view(pickle.constData(), static_cast<std::size_t>(pickle.size())),
          [&](const std::string& key, at::ScalarType type, std::int64_t numel) {
            loaded = true;
            return arangeStorage(key, type, numel);
          },
          "crafted.bin");
    });
    QVERIFY2(message.rfind("crafted.bin: ", 0) == 0, message.c_str());
    QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
    if (expected.contains("refusing to unpickle")) QVERIFY(!loaded);
  }

  // ---------------------------------------------------------------- damaged pytorch_model.bin
  void corruptTorchCheckpoint() {
    XLQA_REQUIRE_SHARED(kFixtures + "/tiny-bert-qa");
    const std::string original = readFileBytes(fixture("tiny-bert-qa/pytorch_model.bin"));
    for (std::size_t keep : {original.size() / 2, original.size() - 100, std::size_t{30}}) {
      const std::string path = write("pytorch_model.bin", original.substr(0, keep));
      const std::string message = errorOf([&] { readTorchCheckpoint(path); });
      QVERIFY2(message.rfind(path + ": cannot read the checkpoint archive", 0) == 0, message.c_str());
    }
    const std::string legacy = write("legacy.bin", kProto2 + "}.");
    QVERIFY(errorOf([&] { readTorchCheckpoint(legacy); }).find("legacy torch.save format") != std::string::npos);
    const std::string text = write("text.bin", "hello");
    QVERIFY(errorOf([&] { readTorchCheckpoint(text); }).find("not a torch.save zip archive") != std::string::npos);
    QVERIFY(errorOf([&] { readTorchCheckpoint(tempPath("absent.bin")); }).find("cannot open") != std::string::npos);
  }

  void hostileArchive() {
    // A well-formed torch.save archive whose pickle asks for os.system.
    const std::string pickle = kProto2 + pGlobal("os", "system") + pUnicode("touch /tmp/xlqa-pwned") + "\x85R.";
    const std::string path = writeArchive("hostile.bin", {{"data.pkl", pickle}});
    const std::string message = errorOf([&] { readTorchCheckpoint(path); });
    QCOMPARE(message, path + ": refusing to unpickle os.system: not part of a state dict");
  }

  void archiveStorageProblems() {
    const std::string pickle =
        pStateDict(pUnicode("w") + pTensor("FloatStorage", "0", 3, 0, pInt(3) + "\x85", pInt(1) + "\x85"));
    const std::string ok = writeArchive("ok.bin", {{"data.pkl", pickle}, {"data/0", std::string(12, '\0')}});
    QCOMPARE(readTorchCheckpoint(ok).at("w").sizes().vec(), (std::vector<std::int64_t>{3}));

    const std::string missing = writeArchive("missing.bin", {{"data.pkl", pickle}});
    std::string message = errorOf([&] { readTorchCheckpoint(missing); });
    QVERIFY2(message.find("storage record data/0 is missing") != std::string::npos, message.c_str());

    const std::string shortRecord = writeArchive("short.bin", {{"data.pkl", pickle}, {"data/0", std::string(8, '\0')}});
    message = errorOf([&] { readTorchCheckpoint(shortRecord); });
    QVERIFY2(message.find("holds 8 bytes, expected 3 elements of 4 bytes") != std::string::npos, message.c_str());

    const std::string noPickle = writeArchive("nopickle.bin", {{"data/0", std::string(12, '\0')}});
    message = errorOf([&] { readTorchCheckpoint(noPickle); });
    QVERIFY2(message.find("data.pkl is missing") != std::string::npos, message.c_str());
  }

  // ---------------------------------------------------------------- model folders
  void folderProblems() {
    std::string message = errorOf([&] { readModelWeights(tempPath("no-such-model")); });
    QVERIFY2(message.find("model folder does not exist") != std::string::npos, message.c_str());

    QTemporaryDir empty;
    const std::string emptyPath = empty.path().toStdString();
    message = errorOf([&] { readModelWeights(emptyPath); });
    QVERIFY2(message.rfind(emptyPath + ": no model weights found", 0) == 0, message.c_str());
    for (const char* name : {"model.safetensors", "model.safetensors.index.json", "pytorch_model.bin"}) {
      QVERIFY2(message.find(name) != std::string::npos, message.c_str());
    }
  }

  void shardIndexProblems() {
    const auto vec = [](float v) { return at::arange(2, at::TensorOptions().dtype(at::kFloat)) + v; };
    QTemporaryDir model;
    const QDir dir(model.path());
    const std::string shard1 = dir.filePath("s1.safetensors").toStdString();
    const std::string shard2 = dir.filePath("s2.safetensors").toStdString();
    const std::string index = dir.filePath("model.safetensors.index.json").toStdString();
    writeSafetensors(shard1, {{"x", vec(0)}, {"y", vec(1)}});
    writeSafetensors(shard2, {{"z", vec(2)}});
    const auto writeIndex = [&](const nlohmann::json& weightMap) {
      writeFileAtomically(index, nlohmann::json{{"metadata", {{"total_size", 24}}}, {"weight_map", weightMap}}.dump());
    };

    writeIndex({{"x", "s1.safetensors"}, {"y", "s1.safetensors"}, {"z", "s2.safetensors"}});
    const StateDict all = readModelWeights(model.path().toStdString());
    QCOMPARE(all.size(), std::size_t{3});
    QVERIFY(bitwiseEqual(all.at("z"), vec(2)));

    writeIndex({{"x", "s1.safetensors"}, {"y", "s1.safetensors"}, {"z", "s2.safetensors"}, {"w", "s2.safetensors"}});
    std::string message = errorOf([&] { readModelWeights(model.path().toStdString()); });
    QVERIFY2(message.find(R"(tensor "w" is listed in shard "s2.safetensors", which does not contain it)") !=
                 std::string::npos,
             message.c_str());

    writeIndex({{"x", "s1.safetensors"}, {"z", "s2.safetensors"}});
    message = errorOf([&] { readModelWeights(model.path().toStdString()); });
    QVERIFY2(message.rfind(shard1 + ": holds tensor \"y\"", 0) == 0, message.c_str());

    writeIndex({{"x", "s1.safetensors"}, {"y", "s1.safetensors"}, {"z", "s3.safetensors"}});
    message = errorOf([&] { readModelWeights(model.path().toStdString()); });
    QVERIFY2(message.find(R"(shard "s3.safetensors", which is missing)") != std::string::npos, message.c_str());

    writeIndex({{"x", "../s1.safetensors"}});
    message = errorOf([&] { readModelWeights(model.path().toStdString()); });
    QVERIFY2(message.find("not a plain file name") != std::string::npos, message.c_str());

    writeFileAtomically(index, R"({"metadata": {}})");
    message = errorOf([&] { readModelWeights(model.path().toStdString()); });
    QVERIFY2(message.find("weight_map: missing") != std::string::npos, message.c_str());
  }
};

QTEST_APPLESS_MAIN(TestCheckpointIo)
#include "tst_checkpoint_io.moc"
