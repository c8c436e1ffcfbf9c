// The native encoder + QA head against Hugging Face transformers (../shared/fixtures/hf-parity):
// logits and hidden states of every reference case to 1e-5 for every weight format, a bitwise
// save/reload round trip, and the loader's and the batch validation's error messages.
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/io/json_file.h"
#include "core/model/device.h"
#include "core/model/model_config.h"
#include "core/model/qa_model.h"
#include "core/model/state_dict.h"
#include "core/system/runtime_info.h"
#include "support/shared_data.h"

namespace fs = std::filesystem;
using nlohmann::json;
using xlqa::QaModel;
using xlqa::TokenBatch;

namespace {

// The fixtures' acceptance on the CPU (the epsilon mix-up alone is 3e-5); 1e-4 on a GPU, whose
// reductions sum in other orders.
const double kTolerance = xlqa::test::testDevice() == "cpu" ? 1e-5 : 1e-4;

std::string fixture(const std::string& relative) {
  return xlqa::test::sharedPath("fixtures/hf-parity/" + QString::fromStdString(relative));
}

void flattenInto(const json& value, std::vector<double>& out) {
  if (value.is_array()) {
    for (const json& item : value) flattenInto(item, out);
  } else {
    out.push_back(value.get<double>());
  }
}

std::vector<double> flatten(const json& value) {
  std::vector<double> out;
  flattenInto(value, out);
  return out;
}

std::vector<std::int64_t> flattenIds(const json& value) {
  std::vector<std::int64_t> ids;
  for (double v : flatten(value)) ids.push_back(static_cast<std::int64_t>(v));
  return ids;
}

TokenBatch batchOf(const json& testCase) {
  TokenBatch batch;
  batch.batchSize = testCase.at("batch_size").get<std::int64_t>();
  batch.seqLen = testCase.at("seq_len").get<std::int64_t>();
  batch.inputIds = flattenIds(testCase.at("input_ids"));
  batch.attentionMask = flattenIds(testCase.at("attention_mask"));
  if (testCase.contains("token_type_ids")) batch.tokenTypeIds = flattenIds(testCase.at("token_type_ids"));
  return batch;
}

// Reference floats round-trip float32; compare in float32 as the model computes.
double maxAbsDelta(const std::vector<float>& actual, const json& expected) {
  const std::vector<double> reference = flatten(expected);
  if (reference.size() != actual.size()) return INFINITY;
  double worst = 0.0;
  for (std::size_t i = 0; i < actual.size(); ++i)
    worst = std::max(worst,
                     std::fabs(static_cast<double>(actual[i]) - static_cast<double>(static_cast<float>(reference[i]))));
  return worst;
}

struct Deltas {
  double start = 0, end = 0, embeddings = 0, last = 0;
  int cases = 0, hiddenCases = 0;
  std::vector<std::string> failures;  // "case: quantity delta"
};

void note(Deltas& deltas, const std::string& caseName, const char* what, double delta, double& worst) {
  worst = std::max(worst, delta);
  if (!(delta <= kTolerance)) deltas.failures.push_back(caseName + ": " + what + " |delta| " + std::to_string(delta));
}

Deltas compareWithReference(const QaModel& model, const std::string& referencePath) {
  Deltas deltas;
  const json reference = xlqa::readJsonFile(referencePath);
  for (const json& testCase : reference.at("cases")) {
    const std::string name = testCase.at("name").get<std::string>();
    const TokenBatch batch = batchOf(testCase);
    const xlqa::QaLogits logits = model.logits(batch);
    note(deltas, name, "start_logits", maxAbsDelta(logits.start, testCase.at("start_logits")), deltas.start);
    note(deltas, name, "end_logits", maxAbsDelta(logits.end, testCase.at("end_logits")), deltas.end);
    ++deltas.cases;
    if (!testCase.contains("embedding_output")) continue;
    const xlqa::HiddenStates hidden = model.hiddenStates(batch);
    note(deltas, name, "embedding_output", maxAbsDelta(hidden.embeddings, testCase.at("embedding_output")),
         deltas.embeddings);
    note(deltas, name, "last_hidden_state", maxAbsDelta(hidden.last, testCase.at("last_hidden_state")), deltas.last);
    ++deltas.hiddenCases;
  }
  return deltas;
}

// A model folder with config.json and only the named weight files, so the loader cannot pick another.
void copyInto(const QTemporaryDir& dir, const std::string& sourceDir, const std::vector<std::string>& files) {
  for (const std::string& file : files)
    fs::copy_file(fs::path(sourceDir) / file, fs::path(dir.path().toStdString()) / file,
                  fs::copy_options::overwrite_existing);
}

// Runs `action`, which must throw E; returns what() (empty and a failed check otherwise).
template <typename E>
std::string messageOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const E& error) {
    return error.what();
  } catch (const std::exception& other) {
    return std::string("WRONG EXCEPTION TYPE: ") + other.what();
  }
  return "NO EXCEPTION";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<json> referenceCases(const std::string& modelName) {
  return xlqa::readJsonFile(fixture(modelName + "/reference.json")).at("cases").get<std::vector<json>>();
}

}  // namespace

class TstQaModelParity : public QObject {
  Q_OBJECT

 private slots:
  void parity_data();
  void parity();
  void saveReloadIsBitwiseIdentical_data();
  void saveReloadIsBitwiseIdentical();
  void saveCopiesTokenizerFiles();
  void legacyNamesPoolerAndPositionIdsAccepted();
  void nonArangePositionIdsRefused();
  void configOfOtherFamilyListsNames_data();
  void configOfOtherFamilyListsNames();
  void changedHiddenSizeListsShapes();
  void missingTensorListed();
  void malformedBatchesRejected();
  void deviceResolution();
};

void TstQaModelParity::parity_data() {
  QTest::addColumn<QString>("folder");     // under hf-parity/
  QTest::addColumn<QString>("reference");  // reference.json to compare with
  QTest::addColumn<QString>("onlyFile");   // when set: config.json + this weight file alone
  QTest::addColumn<bool>("positionIdsNote");
  const auto row = [](const char* name, const char* folder, const char* reference, const char* onlyFile, bool note) {
    QTest::newRow(name) << folder << reference << onlyFile << note;
  };
  row("tiny-bert-qa", "tiny-bert-qa", "tiny-bert-qa", "", false);
  row("tiny-xlmr-qa", "tiny-xlmr-qa", "tiny-xlmr-qa", "", false);
  row("tiny-xlmr-qa/sharded", "tiny-xlmr-qa/sharded", "tiny-xlmr-qa/sharded", "", false);
  row("tiny-xlmr-qa/float16", "tiny-xlmr-qa/float16", "tiny-xlmr-qa/float16", "", false);
  row("tiny-xlmr-qa/bfloat16", "tiny-xlmr-qa/bfloat16", "tiny-xlmr-qa/bfloat16", "", false);
  row("tiny-bert-qa-ordereddict", "tiny-bert-qa-ordereddict", "tiny-bert-qa", "", true);
  row("tiny-xlmr-qa-ordereddict", "tiny-xlmr-qa-ordereddict", "tiny-xlmr-qa", "", true);
  row("tiny-bert-qa safetensors only", "tiny-bert-qa", "tiny-bert-qa", "model.safetensors", false);
  row("tiny-bert-qa pytorch_model.bin only", "tiny-bert-qa", "tiny-bert-qa", "pytorch_model.bin", false);
  row("tiny-xlmr-qa safetensors only", "tiny-xlmr-qa", "tiny-xlmr-qa", "model.safetensors", false);
  row("tiny-xlmr-qa pytorch_model.bin only", "tiny-xlmr-qa", "tiny-xlmr-qa", "pytorch_model.bin", false);
}

void TstQaModelParity::parity() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity");
  QFETCH(QString, folder);
  QFETCH(QString, reference);
  QFETCH(QString, onlyFile);
  QFETCH(bool, positionIdsNote);

  std::string modelDir = fixture(folder.toStdString());
  QTemporaryDir isolated;
  if (!onlyFile.isEmpty()) {
    QVERIFY(isolated.isValid());
    copyInto(isolated, modelDir, {"config.json", onlyFile.toStdString()});
    modelDir = isolated.path().toStdString();
  }
  const auto model = QaModel::load(modelDir, xlqa::test::testDevice());
  QCOMPARE(model->device().device, xlqa::test::testDevice());
  QCOMPARE(model->parameterCount(), std::int64_t{model->config().family == xlqa::ModelFamily::Bert ? 53378 : 53346});
  const auto& notes = model->loadNotes();
  const bool noted =
      std::any_of(notes.begin(), notes.end(), [](const std::string& n) { return contains(n, "position_ids"); });
  QCOMPARE(noted, positionIdsNote);

  const Deltas deltas = compareWithReference(*model, fixture(reference.toStdString() + "/reference.json"));
  qDebug("%s: %d cases, max |delta| start %.3g end %.3g; %d hidden-state cases: embeddings %.3g last %.3g",
         qPrintable(QTest::currentDataTag()), deltas.cases, deltas.start, deltas.end, deltas.hiddenCases,
         deltas.embeddings, deltas.last);
  for (const std::string& failure : deltas.failures) qWarning("%s", failure.c_str());
  QCOMPARE(deltas.cases, 15);
  QCOMPARE(deltas.hiddenCases, 3);
  QVERIFY(deltas.failures.empty());
}

void TstQaModelParity::saveReloadIsBitwiseIdentical_data() {
  QTest::addColumn<QString>("folder");
  QTest::newRow("tiny-bert-qa") << "tiny-bert-qa";
  QTest::newRow("tiny-xlmr-qa/float16") << "tiny-xlmr-qa/float16";  // saved as float32
}

void TstQaModelParity::saveReloadIsBitwiseIdentical() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity");
  QFETCH(QString, folder);
  const std::string source = fixture(folder.toStdString());
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const std::string target = dir.path().toStdString() + "/saved";  // save() creates the folder

  const auto original = QaModel::load(source, "cpu");
  original->save(target);
  QVERIFY(fs::is_regular_file(target + "/config.json"));
  QVERIFY(fs::is_regular_file(target + "/model.safetensors"));
  const auto reloaded = QaModel::load(target, "cpu");

  for (const json& testCase : referenceCases(folder.toStdString())) {
    const TokenBatch batch = batchOf(testCase);
    const xlqa::QaLogits a = original->logits(batch), b = reloaded->logits(batch);
    QVERIFY2(a.start == b.start && a.end == b.end, testCase.at("name").get<std::string>().c_str());
  }

  // Same names (HF layout, qa_outputs unprefixed) and same configuration fields.
  const xlqa::StateDict written = xlqa::readSafetensors(target + "/model.safetensors");
  const xlqa::StateDict read = xlqa::readModelWeights(source);
  QCOMPARE(written.size(), read.size());
  for (const auto& entry : read) QVERIFY2(written.count(entry.first), entry.first.c_str());
  const xlqa::ModelConfig a = original->config();
  const xlqa::ModelConfig b = xlqa::loadModelConfig(target + "/config.json");
  QCOMPARE(b.modelType, a.modelType);
  QVERIFY(b.family == a.family);
  QCOMPARE(b.vocabSize, a.vocabSize);
  QCOMPARE(b.hiddenSize, a.hiddenSize);
  QCOMPARE(b.numHiddenLayers, a.numHiddenLayers);
  QCOMPARE(b.numAttentionHeads, a.numAttentionHeads);
  QCOMPARE(b.intermediateSize, a.intermediateSize);
  QCOMPARE(b.maxPositionEmbeddings, a.maxPositionEmbeddings);
  QCOMPARE(b.typeVocabSize, a.typeVocabSize);
  QCOMPARE(b.padTokenId, a.padTokenId);
  QCOMPARE(b.layerNormEps, a.layerNormEps);
  QCOMPARE(b.hiddenAct, a.hiddenAct);
  QCOMPARE(b.hiddenDropoutProb, a.hiddenDropoutProb);
  QCOMPARE(b.attentionProbsDropoutProb, a.attentionProbsDropoutProb);
  json expectedRaw = a.raw;
  expectedRaw["torch_dtype"] = "float32";  // the weights are written in float32
  QVERIFY(b.raw == expectedRaw);
}

void TstQaModelParity::saveCopiesTokenizerFiles() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity/small-xlmr-qa-spm");
  const std::string source = fixture("small-xlmr-qa-spm");
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const auto model = QaModel::load(source, "cpu");
  model->save(dir.path().toStdString());
  for (const char* file : {"sentencepiece.bpe.model", "tokenizer_config.json", "special_tokens_map.json"}) {
    const std::string copy = dir.path().toStdString() + "/" + file;
    QVERIFY2(fs::is_regular_file(copy), file);
    QVERIFY2(xlqa::readFileBytes(copy) == xlqa::readFileBytes(source + "/" + file), file);
  }
  QVERIFY(!fs::exists(dir.path().toStdString() + "/vocab.txt"));  // only what the source has
}

// Older checkpoints: LayerNorm gamma/beta, a pooler, a persistent position_ids buffer.
void TstQaModelParity::legacyNamesPoolerAndPositionIdsAccepted() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity");
  const std::string source = fixture("tiny-bert-qa");
  xlqa::StateDict weights = xlqa::readModelWeights(source);
  xlqa::StateDict legacy;
  for (const auto& [name, tensor] : weights) {
    std::string renamed = name;
    if (contains(name, "LayerNorm.weight")) renamed.replace(renamed.find("weight"), 6, "gamma");
    if (contains(name, "LayerNorm.bias")) renamed.replace(renamed.find("bias"), 4, "beta");
    legacy.emplace(renamed, tensor);
  }
  const at::Tensor like = weights.at("qa_outputs.weight");
  legacy.emplace("bert.pooler.dense.weight", like.new_zeros({32, 32}));
  legacy.emplace("bert.pooler.dense.bias", like.new_zeros({32}));
  legacy.emplace("bert.embeddings.position_ids", like.new_ones({1, 128}).cumsum(1).sub(1));  // 0..127
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  copyInto(dir, source, {"config.json"});
  xlqa::writeSafetensors(dir.path().toStdString() + "/model.safetensors", legacy);

  const auto model = QaModel::load(dir.path().toStdString(), "cpu");
  for (const std::string& n : model->loadNotes()) qDebug("load note: %s", n.c_str());
  QCOMPARE(model->loadNotes().size(), std::size_t(4));  // position_ids, 2 pooler tensors, renaming
  const auto reference = QaModel::load(source, "cpu");
  for (const json& testCase : referenceCases("tiny-bert-qa")) {
    const TokenBatch batch = batchOf(testCase);
    QVERIFY(model->logits(batch).start == reference->logits(batch).start);
  }
}

void TstQaModelParity::nonArangePositionIdsRefused() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity");
  const std::string source = fixture("tiny-xlmr-qa");
  xlqa::StateDict weights = xlqa::readModelWeights(source);
  weights.emplace("roberta.embeddings.position_ids", weights.at("qa_outputs.bias").new_zeros({1, 128}));
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  copyInto(dir, source, {"config.json"});
  xlqa::writeSafetensors(dir.path().toStdString() + "/model.safetensors", weights);
  const std::string message = messageOf<xlqa::FileError>([&] { QaModel::load(dir.path().toStdString(), "cpu"); });
  qDebug("%s", message.c_str());
  QVERIFY2(contains(message, "roberta.embeddings.position_ids"), message.c_str());
  QVERIFY2(contains(message, dir.path().toStdString()), message.c_str());
}

void TstQaModelParity::configOfOtherFamilyListsNames_data() {
  QTest::addColumn<QString>("configFrom");
  QTest::addColumn<QString>("weightsFrom");
  QTest::addColumn<QString>("missing");
  QTest::addColumn<QString>("unexpected");
  QTest::newRow("bert config, xlmr weights") << "tiny-bert-qa"
                                             << "tiny-xlmr-qa"
                                             << "bert.embeddings.word_embeddings.weight [1000, 32]"
                                             << "roberta.embeddings.LayerNorm.bias [32]";
  QTest::newRow("xlmr config, bert weights") << "tiny-xlmr-qa"
                                             << "tiny-bert-qa"
                                             << "roberta.embeddings.word_embeddings.weight [1000, 32]"
                                             << "bert.embeddings.LayerNorm.bias [32]";
}

void TstQaModelParity::configOfOtherFamilyListsNames() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity");
  QFETCH(QString, configFrom);
  QFETCH(QString, weightsFrom);
  QFETCH(QString, missing);
  QFETCH(QString, unexpected);
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  copyInto(dir, fixture(configFrom.toStdString()), {"config.json"});
  copyInto(dir, fixture(weightsFrom.toStdString()), {"model.safetensors"});
  const std::string message = messageOf<xlqa::FileError>([&] { QaModel::load(dir.path().toStdString(), "cpu"); });
  qDebug("%s", message.c_str());
  QVERIFY2(contains(message, dir.path().toStdString()), message.c_str());
  QVERIFY2(contains(message, "missing (37): " + missing.toStdString()), message.c_str());
  QVERIFY2(contains(message, "unexpected (37): " + unexpected.toStdString()), message.c_str());
  QVERIFY2(contains(message, "another model family"), message.c_str());
}

void TstQaModelParity::changedHiddenSizeListsShapes() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity");
  const std::string source = fixture("tiny-bert-qa");
  json config = xlqa::readJsonFile(source + "/config.json");
  config["hidden_size"] = 48;  // still a multiple of the 4 heads
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  xlqa::writeFileAtomically(dir.path().toStdString() + "/config.json", config.dump(2));
  copyInto(dir, source, {"model.safetensors"});
  const std::string message = messageOf<xlqa::FileError>([&] { QaModel::load(dir.path().toStdString(), "cpu"); });
  qDebug("%s", message.c_str());
  QVERIFY2(contains(message, "wrong shape"), message.c_str());
  QVERIFY2(contains(message, "bert.embeddings.word_embeddings.weight: expected [1000, 48], found [1000, 32]"),
           message.c_str());
  QVERIFY2(!contains(message, "missing"), message.c_str());
}

void TstQaModelParity::missingTensorListed() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity");
  const std::string source = fixture("tiny-bert-qa");
  xlqa::StateDict weights = xlqa::readModelWeights(source);
  QCOMPARE(weights.erase("qa_outputs.bias"), std::size_t(1));
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  copyInto(dir, source, {"config.json"});
  xlqa::writeSafetensors(dir.path().toStdString() + "/model.safetensors", weights);
  const std::string message = messageOf<xlqa::FileError>([&] { QaModel::load(dir.path().toStdString(), "cpu"); });
  qDebug("%s", message.c_str());
  QVERIFY2(contains(message, "missing (1): qa_outputs.bias [2]"), message.c_str());
  QVERIFY2(!contains(message, "unexpected"), message.c_str());
}

void TstQaModelParity::malformedBatchesRejected() {
  XLQA_REQUIRE_SHARED("fixtures/hf-parity");
  const auto bert = QaModel::load(fixture("tiny-bert-qa"), "cpu");
  const auto xlmr = QaModel::load(fixture("tiny-xlmr-qa"), "cpu");
  const auto batchOfLength = [](std::int64_t length, std::int64_t id) {
    TokenBatch batch;
    batch.batchSize = 1;
    batch.seqLen = length;
    batch.inputIds.assign(static_cast<std::size_t>(length), id);
    batch.attentionMask.assign(static_cast<std::size_t>(length), 1);
    return batch;
  };
  const auto rejected = [](const QaModel& model, const TokenBatch& batch, const std::string& expected) {
    const std::string message = messageOf<std::invalid_argument>([&] { model.logits(batch); });
    qDebug("%s", message.c_str());
    return contains(message, expected);
  };
  QVERIFY(rejected(*bert, batchOfLength(4, 1000), "token id 1000"));
  QVERIFY(rejected(*xlmr, batchOfLength(4, -1), "token id -1"));
  QVERIFY(rejected(*bert, batchOfLength(129, 5), "exceeds the model's maximum of 128"));
  QVERIFY(rejected(*xlmr, batchOfLength(127, 5), "exceeds the model's maximum of 126"));
  QCOMPARE(xlmr->logits(batchOfLength(126, 5)).start.size(), std::size_t(126));

  TokenBatch badMask = batchOfLength(4, 5);
  badMask.attentionMask[2] = 2;
  QVERIFY(rejected(*bert, badMask, "attention mask value 2"));
  TokenBatch badTypes = batchOfLength(4, 5);
  badTypes.tokenTypeIds = {0, 0, 1, 1};  // XLM-R has a single token type
  QVERIFY(rejected(*xlmr, badTypes, "token type id 1"));
  TokenBatch shortIds = batchOfLength(4, 5);
  shortIds.inputIds.pop_back();
  QVERIFY(rejected(*bert, shortIds, "batchSize x seqLen"));
  TokenBatch empty;
  QCOMPARE(bert->logits(empty).start.size(), std::size_t(0));
}

void TstQaModelParity::deviceResolution() {
  const bool cuda = xlqa::queryRuntime().cudaAvailable;
  const xlqa::DeviceChoice cpu = xlqa::resolveDevice("cpu");
  QCOMPARE(cpu.device, std::string("cpu"));
  QVERIFY2(cpu.description.rfind("CPU (", 0) == 0, cpu.description.c_str());
  qDebug("cpu: %s", cpu.description.c_str());
  QCOMPARE(xlqa::resolveDevice("auto").device, std::string(cuda ? "cuda:0" : "cpu"));
  for (const char* bad : {"gpu", "cuda:", "cuda:x", "cuda:-1", "cuda0", "CPU", ""})
    QVERIFY2(contains(messageOf<std::invalid_argument>([&] { xlqa::resolveDevice(bad); }), "device"), bad);
  if (cuda) QSKIP("a GPU is visible: the CPU-only error messages cannot be checked here");
  const std::string message = messageOf<std::invalid_argument>([] { xlqa::resolveDevice("cuda:0"); });
  qDebug("%s", message.c_str());
  QVERIFY2(contains(message, "CUDA"), message.c_str());
  QVERIFY(contains(messageOf<std::invalid_argument>([] { xlqa::resolveDevice("cuda"); }), "CUDA"));
  QVERIFY(contains(messageOf<std::invalid_argument>([] { QaModel::load("/nonexistent", "cuda:1"); }), "CUDA"));
}

QTEST_APPLESS_MAIN(TstQaModelParity)
#include "tst_qa_model_parity.moc"
