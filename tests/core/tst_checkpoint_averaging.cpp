// Checkpoint averaging on perturbed copies of the small XLM-R fixture: the result is the exact
// elementwise mean, opens as a model, and every mismatch is refused naming the folder.
#include <ATen/TensorOperators.h>
#include <ATen/core/Tensor.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <functional>
#include <iterator>

#include "core/io/json_file.h"
#include "core/model/qa_model.h"
#include "core/model/state_dict.h"
#include "core/train/checkpoint_averaging.h"
#include "support/shared_data.h"
#include "support/xlqa_process.h"

using namespace xlqa;
using nlohmann::json;

namespace {

const QString kFixture = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");
const char* const kTokenizerFiles[] = {"sentencepiece.bpe.model", "special_tokens_map.json", "tokenizer_config.json"};

std::string fixture() { return test::sharedPath(kFixture); }

// A model folder beside the fixture's: its config (edited by `editConfig`), its tokenizer files
// and `weights`.
void writeModelFolder(const std::string& dir, const StateDict& weights,
                      const std::function<void(json&)>& editConfig = {}) {
  QVERIFY(QDir().mkpath(QString::fromStdString(dir)));
  json config = readJsonFile(fixture() + "/config.json");
  if (editConfig) editConfig(config);
  writeFileAtomically(dir + "/config.json", config.dump(2));
  writeSafetensors(dir + "/model.safetensors", weights);
  for (const char* file : kTokenizerFiles) writeFileAtomically(dir + "/" + file, readFileBytes(fixture() + "/" + file));
}

// Every tensor scaled and shifted: distinct checkpoints with known differences.
StateDict perturbed(const StateDict& weights, double scale, double offset) {
  StateDict out;
  for (const auto& [name, tensor] : weights) out.emplace(name, (tensor * scale + offset).contiguous());
  return out;
}

std::vector<float> values(const at::Tensor& tensor) {
  const at::Tensor cpu = tensor.contiguous();
  const float* data = cpu.data_ptr<float>();
  return std::vector<float>(data, data + cpu.numel());
}

// The uniform mean as the method defines it: summed in double, in checkpoint order, then float32.
std::vector<float> expectedMean(const std::vector<StateDict>& checkpoints, const std::string& name) {
  std::vector<double> sum(static_cast<std::size_t>(checkpoints.front().at(name).numel()), 0.0);
  for (const StateDict& checkpoint : checkpoints) {
    const std::vector<float> v = values(checkpoint.at(name));
    for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += static_cast<double>(v[i]);
  }
  std::vector<float> mean(sum.size());
  for (std::size_t i = 0; i < sum.size(); ++i)
    mean[i] = static_cast<float>(sum[i] / static_cast<double>(checkpoints.size()));
  return mean;
}

bool bitwiseEqual(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

// The FileError averageCheckpoints throws; fails the test when there is none.
struct CaughtError {
  std::string path, message;
};
CaughtError averagingError(const std::vector<std::string>& dirs, const std::string& out) {
  try {
    averageCheckpoints(dirs, out);
  } catch (const FileError& error) {
    return {error.path(), error.what()};
  }
  return {"", "no error"};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

class TestCheckpointAveraging : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  StateDict base_;
  std::vector<std::string> copies_;

  std::string path(const QString& name) const { return dir_.filePath(name).toStdString(); }

 private slots:
  void initTestCase() {
    XLQA_REQUIRE_SHARED(kFixture);
    QVERIFY(dir_.isValid());
    base_ = readModelWeights(fixture());
    const std::pair<double, double> perturbations[] = {{1.0, 0.0}, {0.5, 0.125}, {1.25, -0.0375}};
    for (std::size_t i = 0; i < std::size(perturbations); ++i) {
      copies_.push_back(path(QStringLiteral("copy%1").arg(i)));
      writeModelFolder(copies_.back(), perturbed(base_, perturbations[i].first, perturbations[i].second));
    }
  }

  void averageIsTheExactElementwiseMean() {
    const std::string out = path("mean");
    const AveragedCheckpoint summary = averageCheckpoints(copies_, out);
    std::vector<StateDict> inputs;
    for (const std::string& copy : copies_) inputs.push_back(readModelWeights(copy));
    const StateDict averaged = readModelWeights(out);

    QCOMPARE(summary.checkpoints, std::size_t(3));
    QCOMPARE(summary.tensors, base_.size());
    QCOMPARE(averaged.size(), base_.size());
    std::int64_t parameters = 0;
    for (const auto& [name, tensor] : base_) {
      QVERIFY2(averaged.count(name), name.c_str());
      const at::Tensor& result = averaged.at(name);
      QCOMPARE(result.scalar_type(), at::kFloat);
      QCOMPARE(result.sizes().vec(), tensor.sizes().vec());
      QVERIFY2(bitwiseEqual(values(result), expectedMean(inputs, name)), name.c_str());
      parameters += tensor.numel();
    }
    QCOMPARE(summary.parameters, parameters);
    // The perturbations reach the result: mean scale 11/12, mean offset 0.0291(6).
    const float word = values(base_.at("roberta.embeddings.word_embeddings.weight"))[100];
    const float mean = values(averaged.at("roberta.embeddings.word_embeddings.weight"))[100];
    QVERIFY(std::abs(mean - (word * 11.0f / 12.0f + 0.0875f / 3.0f)) < 1e-6f);

    // A Hugging Face folder: the first checkpoint's config and tokenizer files, nothing half-written beside it.
    QCOMPARE(readJsonFile(out + "/config.json"), readJsonFile(copies_[0] + "/config.json"));
    for (const char* file : kTokenizerFiles)
      QVERIFY2(readFileBytes(out + "/" + file) == readFileBytes(fixture() + "/" + file), file);
    const QStringList beside = QDir(dir_.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& entry : beside) QVERIFY2(!entry.contains("partial"), qPrintable(entry));
  }

  void averagedFolderOpensAsAModel() {
    const std::string out = path("loadable");
    const AveragedCheckpoint summary = averageCheckpoints({copies_[1], copies_[2]}, out);
    const auto model = QaModel::load(out, "cpu");
    QCOMPARE(model->parameterCount(), summary.parameters);
    QCOMPARE(model->config().hiddenSize, std::int64_t(64));
  }

  void averagingAFolderWithItselfChangesNothing() {
    const std::string out = path("self");
    averageCheckpoints({copies_[2], copies_[2]}, out);
    const StateDict original = readModelWeights(copies_[2]);
    const StateDict averaged = readModelWeights(out);
    QCOMPARE(averaged.size(), original.size());
    for (const auto& [name, tensor] : original)
      QVERIFY2(bitwiseEqual(values(averaged.at(name)), values(tensor)), name.c_str());
  }

  void mismatchedShapeNamesTheFolderAndTheTensor() {
    StateDict narrowed = base_;
    const std::string name = "roberta.encoder.layer.1.output.dense.weight";
    narrowed[name] = narrowed[name].narrow(1, 0, 127).contiguous();
    const std::string odd = path("narrowed");
    writeModelFolder(odd, narrowed);
    const std::string out = path("never-shape");
    const CaughtError error = averagingError({copies_[0], odd}, out);
    QCOMPARE(error.path, odd);
    QVERIFY2(contains(error.message, name + " has shape [64, 127]") && contains(error.message, "[64, 128]"),
             error.message.c_str());
    // Nothing written, nothing left behind.
    QVERIFY(!QFileInfo::exists(QString::fromStdString(out)));
    for (const QString& entry : QDir(dir_.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
      QVERIFY2(!entry.contains("partial"), qPrintable(entry));
  }

  void missingTensorNamesTheFolder() {
    StateDict fewer = base_;
    fewer.erase("qa_outputs.bias");
    const std::string odd = path("fewer");
    writeModelFolder(odd, fewer);
    const CaughtError error = averagingError({copies_[0], copies_[1], odd}, path("never-missing"));
    QCOMPARE(error.path, odd);
    QVERIFY2(contains(error.message, "lacks tensor qa_outputs.bias"), error.message.c_str());
  }

  void differentConfigNamesTheFolderAndTheField() {
    const std::string odd = path("wider");
    writeModelFolder(odd, base_, [](json& config) { config["intermediate_size"] = 256; });
    const CaughtError error = averagingError({copies_[0], odd}, path("never-config"));
    QCOMPARE(error.path, odd);
    QVERIFY2(contains(error.message, "intermediate_size is 256") && contains(error.message, "has 128"),
             error.message.c_str());
  }

  void oneFolderIsNotEnough() {
    const CaughtError error = averagingError({copies_[0]}, path("never-one"));
    QCOMPARE(error.path, copies_[0]);
    QVERIFY2(contains(error.message, "at least two"), error.message.c_str());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, averageCheckpoints({}, path("never-none")));
  }

  void refusesANonEmptyOutputFolder() {
    const std::string out = path("occupied");
    QVERIFY(QDir().mkpath(QString::fromStdString(out)));
    writeFileAtomically(out + "/keep.txt", "mine");
    const CaughtError error = averagingError({copies_[0], copies_[1]}, out);
    QCOMPARE(error.path, out);
    QVERIFY2(contains(error.message, "not empty"), error.message.c_str());
    QCOMPARE(readFileBytes(out + "/keep.txt"), std::string("mine"));
    QVERIFY(!QFileInfo::exists(QString::fromStdString(out + "/model.safetensors")));

    const std::string empty = path("empty");  // an empty folder is fine, a trailing slash too
    QVERIFY(QDir().mkpath(QString::fromStdString(empty)));
    averageCheckpoints({copies_[0], copies_[1]}, empty + "/");
    QVERIFY(QFileInfo::exists(QString::fromStdString(empty + "/model.safetensors")));
  }

  void commandLine() {
    if (!QFileInfo::exists(test::binPath("xlqa"))) QSKIP("the xlqa executable is not built");
    const QString out = dir_.filePath("cli");
    const auto ok = test::runXlqa(
        {"average", "--out", out, QString::fromStdString(copies_[0]), QString::fromStdString(copies_[1])});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY2(ok.out.contains(QStringLiteral("averaged 2 checkpoints into %1: %2 tensors").arg(out).arg(base_.size())),
             qPrintable(ok.out));
    QVERIFY(QFileInfo::exists(out + "/model.safetensors"));

    const auto usage =
        test::runXlqa({"average", "--out", dir_.filePath("cli-one"), QString::fromStdString(copies_[0])});
    QCOMPARE(usage.exitCode, 2);
    const auto refused = test::runXlqa(
        {"average", "--out", out, QString::fromStdString(copies_[0]), QString::fromStdString(copies_[1])});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith("xlqa average: ") && refused.err.contains("not empty"), qPrintable(refused.err));
  }
};

QTEST_MAIN(TestCheckpointAveraging)
#include "tst_checkpoint_averaging.moc"
