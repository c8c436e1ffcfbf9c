// TrainingConfig: JSON round trip, defaults, errors that name the key, relative paths, the
// problems validate() reports, presets, and reading a config file.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>

#include "core/io/json_file.h"
#include "core/train/training_config.h"

using namespace xlqa;
using nlohmann::json;

namespace {

// The smallest config validate() accepts.
TrainingConfig runnable() {
  TrainingConfig config;
  config.student = "/models/student";
  config.trainData = {"/data/xquad"};
  config.outputDir = "/runs/out";
  return config;
}

// Every field away from its default.
TrainingConfig nonDefault() {
  TrainingConfig config;
  config.student = "/models/student";
  config.teacher = "/models/teacher";
  config.renewTeacherEachEpoch = false;
  config.trainData = {"/data/xquad.en.json", "de=/data/german.json", "en,de=/data/mixed.json"};
  config.sampling.languages = {"en", "de", "es"};
  config.sampling.targetLanguages = 1;
  config.sampling.addEnglish = false;
  config.sampling.maxQuestions = 123;
  config.features = {256, 64, 48};
  config.distill = true;
  config.alphaCe = 0.5;
  config.alphaKl = 0.25;
  config.temperature = 3.5;
  config.direction = KlDirection::Symmetric;
  config.weighting = KlWeighting::MrrAtK;
  config.coefficient = {CoefficientKind::MrrAtK, 7, 3, true};
  config.epochs = 5;
  config.batchSize = 16;
  config.gradientAccumulation = 4;
  config.learningRate = 5e-5;
  config.weightDecay = 0.0;
  config.adamEpsilon = 1e-6;
  config.warmupFraction = 0.2;
  config.maxGradNorm = 0.0;
  config.seed = 18446744073709551615ull;  // the whole uint64 range survives JSON
  config.device = "cuda:1";
  config.devData = {"/data/dev"};
  config.devPairs = {{"en", "de"}, {"de", "en"}};
  config.devMaxExamplesPerPair = 50;
  config.outputDir = "/runs/out";
  config.saveEverySteps = 0;
  return config;
}

// The message of the std::invalid_argument trainingConfigFromJson throws, empty when none.
std::string parseError(const json& document) {
  try {
    trainingConfigFromJson(document);
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  return {};
}

bool mentions(const std::vector<Message>& problems, const std::string& key) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const Message& problem) { return problem.english().rfind(key + ":", 0) == 0; });
}

}  // namespace

class TestTrainingConfig : public QObject {
  Q_OBJECT
 private slots:
  void roundTripKeepsEveryField() {
    const json written = toJson(nonDefault());
    const TrainingConfig read = trainingConfigFromJson(written);
    QCOMPARE(toJson(read), written);  // a fixed point
    QCOMPARE(read.teacher, std::string("/models/teacher"));
    QCOMPARE(read.trainData.at(1), std::string("de=/data/german.json"));
    QCOMPARE(read.sampling.maxQuestions, std::size_t(123));
    QCOMPARE(read.features.docStride, 64);
    QVERIFY(read.direction == KlDirection::Symmetric);
    QVERIFY(read.weighting == KlWeighting::MrrAtK);
    QVERIFY(read.coefficient.kind == CoefficientKind::MrrAtK);
    QCOMPARE(read.coefficient.k, 7);
    QVERIFY(read.coefficient.symmetricWindow);
    QCOMPARE(read.seed, std::uint64_t(18446744073709551615ull));
    QCOMPARE(read.devPairs.size(), std::size_t(2));
    QCOMPARE(read.devPairs[1].key(), std::string("de-en"));
    QCOMPARE(read.saveEverySteps, 0);
    // Through text as well: the file the trainer writes reads back the same.
    QCOMPARE(toJson(trainingConfigFromJson(json::parse(written.dump(2)))), written);
  }

  void jsonUsesTheDocumentedNames() {
    const json written = toJson(nonDefault());
    QCOMPARE(written.at("kl_direction"), json("symmetric"));
    QCOMPARE(written.at("kl_weighting"), json("mrr@k"));
    QCOMPARE(written.at("sampling").at("target_languages"), json(1));
    QCOMPARE(written.at("coefficient").at("symmetric_window"), json(true));
    QCOMPARE(written.at("dev_pairs"), json({"en-de", "de-en"}));
    QCOMPARE(written.at("train_data").size(), std::size_t(3));
    // Every key, defaults included.
    std::vector<std::string> keys;
    const json defaults = toJson(TrainingConfig{});
    for (const auto& item : defaults.items()) keys.push_back(item.key());
    const std::vector<std::string> expected{"adam_epsilon",
                                            "alpha_ce",
                                            "alpha_kl",
                                            "batch_size",
                                            "coefficient",
                                            "dev_data",
                                            "dev_max_examples_per_pair",
                                            "dev_pairs",
                                            "device",
                                            "distill",
                                            "dtype",
                                            "epochs",
                                            "features",
                                            "gradient_accumulation",
                                            "kl_direction",
                                            "kl_weighting",
                                            "learning_rate",
                                            "max_grad_norm",
                                            "output_dir",
                                            "renew_teacher_each_epoch",
                                            "sampling",
                                            "save_every_steps",
                                            "seed",
                                            "student",
                                            "teacher",
                                            "temperature",
                                            "train_data",
                                            "warmup_fraction",
                                            "weight_decay"};
    QCOMPARE(keys, expected);
    QCOMPARE(written.at("sampling").size(), std::size_t(4));
    QCOMPARE(written.at("features").size(), std::size_t(3));
    QCOMPARE(written.at("coefficient").size(), std::size_t(3));
  }

  void dtypeIsFp32OrBf16() {
    TrainingConfig config = nonDefault();
    QCOMPARE(toJson(TrainingConfig{}).at("dtype"), json("fp32"));
    config.dtype = "bf16";
    QCOMPARE(trainingConfigFromJson(toJson(config)).dtype, std::string("bf16"));
    const auto hasDtypeProblem = [&] {
      for (const Message& problem : validate(config))
        if (problem.english().rfind("dtype:", 0) == 0) return true;
      return false;
    };
    QVERIFY(!hasDtypeProblem());
    config.dtype = "fp16";  // would need loss scaling
    QVERIFY(hasDtypeProblem());
  }

  void missingKeysKeepTheDefaults() {
    const TrainingConfig defaults;
    QCOMPARE(toJson(trainingConfigFromJson(json::object())), toJson(defaults));
    const TrainingConfig partial = trainingConfigFromJson(json{{"epochs", 7}, {"sampling", {{"add_english", false}}}});
    QCOMPARE(partial.epochs, 7);
    QVERIFY(!partial.sampling.addEnglish);
    QCOMPARE(partial.sampling.targetLanguages, 2);  // the rest of the object keeps its defaults
    QCOMPARE(partial.temperature, 2.0);
    QVERIFY(partial.weighting == KlWeighting::MapAtK);
    QCOMPARE(partial.coefficient.k, 10);
    QCOMPARE(partial.coefficient.window, 5);
  }

  void weightingSetsTheCoefficientKind() {
    QVERIFY(trainingConfigFromJson(json{{"kl_weighting", "mrr@k"}}).coefficient.kind == CoefficientKind::MrrAtK);
    QVERIFY(trainingConfigFromJson(json{{"kl_weighting", "map@k"}}).coefficient.kind == CoefficientKind::MapAtK);
    QVERIFY(trainingConfigFromJson(json{{"kl_weighting", "constant"}}).weighting == KlWeighting::Constant);
    QVERIFY(trainingConfigFromJson(json{{"kl_direction", "reverse"}}).direction == KlDirection::Reverse);
  }

  void errorsNameTheKey_data() {
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown top-level") << R"({"epoch": 3})"
                                       << "epoch: unknown key";
    QTest::newRow("unknown nested") << R"({"sampling": {"langs": []}})"
                                    << "sampling.langs: unknown key";
    QTest::newRow("integer as string") << R"({"sampling": {"target_languages": "2"}})"
                                       << "sampling.target_languages: expected an integer";
    QTest::newRow("integer as float") << R"({"epochs": 2.5})"
                                      << "epochs: expected an integer";
    QTest::newRow("integer too large") << R"({"batch_size": 4294967296})"
                                       << "batch_size: 4294967296 is out of range";
    QTest::newRow("negative count") << R"({"seed": -1})"
                                    << "seed: expected a non-negative integer";
    QTest::newRow("number as string") << R"({"learning_rate": "3e-5"})"
                                      << "learning_rate: expected a number";
    QTest::newRow("boolean as number") << R"({"distill": 1})"
                                       << "distill: expected true or false";
    QTest::newRow("string as number") << R"({"student": 5})"
                                      << "student: expected a string";
    QTest::newRow("array element") << R"({"train_data": ["a", 2]})"
                                   << "train_data[1]: expected a string";
    QTest::newRow("array as string") << R"({"dev_data": "dev"})"
                                     << "dev_data: expected an array of strings";
    QTest::newRow("object as array") << R"({"features": [384]})"
                                     << "features: expected an object";
    QTest::newRow("unknown direction") << R"({"kl_direction": "fw"})"
                                       << "kl_direction: \"fw\" is not one of";
    QTest::newRow("unknown weighting") << R"({"kl_weighting": "map@5"})"
                                       << "kl_weighting: \"map@5\" is not one of";
    QTest::newRow("malformed dev pair") << R"({"dev_pairs": ["en-es", "english"]})"
                                        << "dev_pairs[1]: malformed";
    QTest::newRow("not an object") << R"([1, 2])"
                                   << "expected an object";
  }

  void errorsNameTheKey() {
    QFETCH(QString, document);
    QFETCH(QString, expected);
    const std::string message = parseError(json::parse(document.toStdString()));
    QVERIFY2(message.rfind(expected.toStdString(), 0) == 0, message.c_str());
  }

  void relativePathsResolveAgainstTheBase() {
    const json document{
        {"student", "models/student"},
        {"teacher", "/abs/teacher"},
        {"train_data", {"data/xquad", "de=data/de.json", "en,de=data/mixed.json", "/abs/x.json", "es=/abs/es.json"}},
        {"dev_data", {"../dev"}},
        {"output_dir", "./runs/a"}};
    const TrainingConfig config = trainingConfigFromJson(document, "/work/configs");
    QCOMPARE(config.student, std::string("/work/configs/models/student"));
    QCOMPARE(config.teacher, std::string("/abs/teacher"));
    QCOMPARE(config.trainData[0], std::string("/work/configs/data/xquad"));
    QCOMPARE(config.trainData[1], std::string("de=/work/configs/data/de.json"));
    QCOMPARE(config.trainData[2], std::string("en,de=/work/configs/data/mixed.json"));
    QCOMPARE(config.trainData[3], std::string("/abs/x.json"));
    QCOMPARE(config.trainData[4], std::string("es=/abs/es.json"));
    QCOMPARE(config.devData[0], std::string("/work/dev"));
    QCOMPARE(config.outputDir, std::string("/work/configs/runs/a"));

    // No base: paths stay as written; an empty teacher (self-distillation) stays empty.
    const TrainingConfig unresolved = trainingConfigFromJson(document);
    QCOMPARE(unresolved.student, std::string("models/student"));
    QCOMPARE(unresolved.trainData[1], std::string("de=data/de.json"));
    QVERIFY(trainingConfigFromJson(json{{"teacher", ""}}, "/base").teacher.empty());
  }

  void defaultsWithModelsDataAndOutputAreValid() {
    const auto problems = validate(runnable());
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().english().c_str());
    QVERIFY(validate(nonDefault()).empty());
  }

  void validateNamesEachProblem() {
    const std::pair<const char*, std::function<void(TrainingConfig&)>> cases[] = {
        {"student", [](TrainingConfig& c) { c.student.clear(); }},
        {"train_data", [](TrainingConfig& c) { c.trainData.clear(); }},
        {"output_dir", [](TrainingConfig& c) { c.outputDir.clear(); }},
        {"epochs", [](TrainingConfig& c) { c.epochs = 0; }},
        {"batch_size", [](TrainingConfig& c) { c.batchSize = 0; }},
        {"gradient_accumulation", [](TrainingConfig& c) { c.gradientAccumulation = -1; }},
        {"learning_rate", [](TrainingConfig& c) { c.learningRate = 0; }},
        {"temperature", [](TrainingConfig& c) { c.temperature = -1; }},
        {"warmup_fraction", [](TrainingConfig& c) { c.warmupFraction = 1.5; }},
        {"alpha_ce", [](TrainingConfig& c) { c.alphaCe = -0.1; }},
        {"alpha_kl", [](TrainingConfig& c) { c.alphaKl = -1; }},
        {"coefficient.k", [](TrainingConfig& c) { c.coefficient.k = 0; }},
        {"coefficient.window", [](TrainingConfig& c) { c.coefficient.window = -1; }},
        {"sampling.target_languages", [](TrainingConfig& c) { c.sampling.targetLanguages = -2; }},
        {"features.doc_stride", [](TrainingConfig& c) { c.features.docStride = c.features.maxSeqLength; }},
        {"features.max_query_length", [](TrainingConfig& c) { c.features.maxQueryLength = 400; }},
        {"save_every_steps", [](TrainingConfig& c) { c.saveEverySteps = -5; }},
        {"dev_pairs[1]",
         [](TrainingConfig& c) {
           c.devPairs = {{"en", "de"}, {"en", ""}};
         }},
        {"dev_pairs[0]",
         [](TrainingConfig& c) {
           c.devPairs = {{"en", "xx"}};
         }},
    };
    for (const auto& [key, breakIt] : cases) {
      TrainingConfig config = runnable();
      breakIt(config);
      const auto problems = validate(config);
      const std::string report =
          std::string(key) + ": got " + (problems.empty() ? "no problem" : problems.front().english());
      QVERIFY2(problems.size() == 1 && mentions(problems, key), report.c_str());
    }
  }

  void crossEntropyNeedsAlphaCe() {
    TrainingConfig config = runnable();
    config.distill = false;
    config.alphaCe = 0;
    QVERIFY(mentions(validate(config), "alpha_ce"));
    config.distill = true;  // with distillation the KL term alone is a loss
    QVERIFY(validate(config).empty());
  }

  void presets() {
    TrainingConfig config = nonDefault();
    applyPreset(config, TrainingPreset::CrossEntropy);
    QVERIFY(!config.distill);
    QCOMPARE(config.alphaCe, 1.0);
    QCOMPARE(config.student, std::string("/models/student"));  // only the method changes
    QVERIFY(validate(config).empty());

    applyPreset(config, TrainingPreset::SelfDistillation);
    QVERIFY(config.distill);
    QVERIFY(config.weighting == KlWeighting::Constant);
    QVERIFY(config.coefficient.kind == CoefficientKind::MapAtK);
    QCOMPARE(config.alphaCe, 1.0);
    QCOMPARE(config.alphaKl, 1.0);
    QCOMPARE(config.temperature, 2.0);
    QVERIFY(config.teacher.empty());
    QVERIFY(config.renewTeacherEachEpoch);
    QVERIFY(validate(config).empty());

    config.coefficient = {CoefficientKind::MrrAtK, 3, 1, true};
    config.weighting = KlWeighting::MrrAtK;
    applyPreset(config, TrainingPreset::SelfDistillationMapAtK);
    QVERIFY(config.weighting == KlWeighting::MapAtK);
    QVERIFY(config.coefficient.kind == CoefficientKind::MapAtK);
    QCOMPARE(config.coefficient.k, 10);
    QCOMPARE(config.coefficient.window, 5);
    QVERIFY(!config.coefficient.symmetricWindow);
    QCOMPARE(config.temperature, 2.0);
    QVERIFY(config.teacher.empty());
    QVERIFY(validate(config).empty());
  }

  void readsAFileRelativeToItsFolder() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("train.json").toStdString();
    writeFileAtomically(
        path, json{{"student", "student"}, {"train_data", {"de=data/de.json"}}, {"output_dir", "out"}}.dump());
    const TrainingConfig config = readTrainingConfig(path);
    const std::string base = QDir::cleanPath(dir.path()).toStdString();
    QCOMPARE(config.student, base + "/student");
    QCOMPARE(config.trainData.at(0), "de=" + base + "/data/de.json");
    QCOMPARE(config.outputDir, base + "/out");
  }

  void fileErrorsNameTheFileAndTheKey() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("train.json").toStdString();
    const auto errorFor = [&](const std::string& content) -> std::string {
      writeFileAtomically(path, content);
      try {
        readTrainingConfig(path);
      } catch (const FileError& error) {
        return error.path() == path ? error.what() : "FileError for " + error.path();
      }
      return {};
    };
    QCOMPARE(
        errorFor(R"({"student": "s", "train_data": ["d"], "output_dir": "o", "sampling": {"target_languages": 1.5}})"),
        path + ": sampling.target_languages: expected an integer");
    QVERIFY(errorFor("{\"student\": ").rfind(path + ":", 0) == 0);  // JSON syntax, with the position
    const std::string invalid = errorFor(R"({"train_data": ["d"], "output_dir": "o", "epochs": 0})");
    QVERIFY2(invalid.find("student:") != std::string::npos && invalid.find("epochs:") != std::string::npos,
             invalid.c_str());
  }
};

QTEST_MAIN(TestTrainingConfig)
#include "tst_training_config.moc"
