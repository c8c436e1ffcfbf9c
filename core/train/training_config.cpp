#include "core/train/training_config.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <filesystem>
#include <functional>
#include <limits>
#include <set>
#include <stdexcept>

#include "core/io/json_file.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// --- enum names -----------------------------------------------------------------------------

const std::pair<KlDirection, const char*> kDirectionNames[] = {
    {KlDirection::Forward, "forward"}, {KlDirection::Reverse, "reverse"}, {KlDirection::Symmetric, "symmetric"}};
const std::pair<KlWeighting, const char*> kWeightingNames[] = {
    {KlWeighting::Constant, "constant"}, {KlWeighting::MapAtK, "map@k"}, {KlWeighting::MrrAtK, "mrr@k"}};

template <typename Enum, std::size_t N>
const char* nameOf(Enum value, const std::pair<Enum, const char*> (&names)[N]) {
  for (const auto& [candidate, name] : names)
    if (candidate == value) return name;
  throw std::logic_error("enum value without a JSON name");
}

// "\"a\", \"b\" or \"c\"".
template <typename Enum, std::size_t N>
Message choices(const std::pair<Enum, const char*> (&names)[N]) {
  std::string first;
  for (std::size_t i = 0; i + 1 < N; ++i) first += std::string(i == 0 ? "" : ", ") + "\"" + names[i].second + "\"";
  const std::string last = std::string("\"") + names[N - 1].second + "\"";
  return N == 1 ? Message(last) : Message(XLQA_TR("TrainingConfig", "%1 or %2"), first, last);
}

CoefficientKind coefficientKindFor(KlWeighting weighting) {
  return weighting == KlWeighting::MrrAtK ? CoefficientKind::MrrAtK : CoefficientKind::MapAtK;
}

// --- paths ----------------------------------------------------------------------------------

std::string resolved(const std::string& path, const std::string& baseDirectory) {
  if (baseDirectory.empty() || path.empty() || fs::path(path).is_absolute()) return path;
  return (fs::path(baseDirectory) / path).lexically_normal().string();
}

// A data input may carry a language prefix ("de=path", "en,de=path", as ParallelDataset reads
// it); only the path after it is a path. Same rule as the dataset loader: the prefix holds only
// letters, commas and spaces, so a path that merely contains '=' is left whole.
std::string resolvedDataInput(const std::string& input, const std::string& baseDirectory) {
  const std::size_t equals = input.find('=');
  if (equals != std::string::npos && equals > 0) {
    const bool languagePrefix = std::all_of(input.begin(), input.begin() + static_cast<long>(equals), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) || c == ',' || c == ' ';
    });
    if (languagePrefix) return input.substr(0, equals + 1) + resolved(input.substr(equals + 1), baseDirectory);
  }
  return resolved(input, baseDirectory);
}

// --- reading --------------------------------------------------------------------------------

// What trainingConfigFromJson throws: a std::invalid_argument whose what() is the English text,
// with the message itself for readTrainingConfig's FileError.
class ConfigError : public std::invalid_argument {
 public:
  explicit ConfigError(const Message& message) : std::invalid_argument(message.english()), message_(message) {}
  const Message& message() const { return message_; }

 private:
  Message message_;
};

// Reads the keys of one JSON object into fields; every key must be read by someone, so what is
// left at finish() is unknown. Errors are ConfigError("key.path: problem").
class ObjectReader {
 public:
  ObjectReader(const json& object, std::string path) : object_(object), path_(std::move(path)) {
    if (object_.is_object()) return;
    throw ConfigError(path_.empty() ? Message(XLQA_TR("TrainingConfig", "expected an object"))
                                    : Message(XLQA_TR("TrainingConfig", "%1: expected an object"), path_));
  }

  void string(const char* key, std::string& field) {
    if (const json* value = find(key)) field = expectString(*value, keyPath(key));
  }

  void boolean(const char* key, bool& field) {
    if (const json* value = find(key)) {
      if (!value->is_boolean()) fail(key, Message(XLQA_TR("TrainingConfig", "expected true or false")));
      field = value->get<bool>();
    }
  }

  void integer(const char* key, int& field) {
    if (const json* value = find(key)) {
      if (!value->is_number_integer()) fail(key, Message(XLQA_TR("TrainingConfig", "expected an integer")));
      const bool fits = value->is_number_unsigned()
                            ? value->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT_MAX)
                            : value->get<std::int64_t>() >= INT_MIN && value->get<std::int64_t>() <= INT_MAX;
      if (!fits) fail(key, Message(XLQA_TR("TrainingConfig", "%1 is out of range"), value->dump()));
      field = static_cast<int>(value->get<std::int64_t>());
    }
  }

  template <typename Unsigned>
  void count(const char* key, Unsigned& field) {
    if (const json* value = find(key)) {
      if (!value->is_number_integer()) fail(key, Message(XLQA_TR("TrainingConfig", "expected an integer")));
      if (!value->is_number_unsigned())
        fail(key, Message(XLQA_TR("TrainingConfig", "expected a non-negative integer")));
      const auto number = value->get<std::uint64_t>();
      if constexpr (sizeof(Unsigned) < sizeof(std::uint64_t)) {
        if (number > std::numeric_limits<Unsigned>::max())
          fail(key, Message(XLQA_TR("TrainingConfig", "%1 is out of range"), value->dump()));
      }
      field = static_cast<Unsigned>(number);
    }
  }

  void number(const char* key, double& field) {
    if (const json* value = find(key)) {
      if (!value->is_number()) fail(key, Message(XLQA_TR("TrainingConfig", "expected a number")));
      field = value->get<double>();
    }
  }

  void strings(const char* key, std::vector<std::string>& field) {
    const json* value = find(key);
    if (!value) return;
    if (!value->is_array()) fail(key, Message(XLQA_TR("TrainingConfig", "expected an array of strings")));
    field.clear();
    for (std::size_t i = 0; i < value->size(); ++i)
      field.push_back(expectString((*value)[i], keyPath(key) + "[" + std::to_string(i) + "]"));
  }

  template <typename Enum, std::size_t N>
  void choice(const char* key, Enum& field, const std::pair<Enum, const char*> (&names)[N]) {
    const json* value = find(key);
    if (!value) return;
    const std::string text = expectString(*value, keyPath(key));
    for (const auto& [candidate, name] : names) {
      if (text == name) {
        field = candidate;
        return;
      }
    }
    fail(key, Message(XLQA_TR("TrainingConfig", "\"%1\" is not one of %2"), text, choices(names)));
  }

  void object(const char* key, const std::function<void(ObjectReader&)>& readFields) {
    if (const json* value = find(key)) {
      ObjectReader nested(*value, keyPath(key));
      readFields(nested);
      nested.finish();
    }
  }

  const json* find(const char* key) {
    const auto it = object_.find(key);
    if (it == object_.end()) return nullptr;
    read_.insert(key);
    return &*it;
  }

  [[noreturn]] void fail(const char* key, const Message& problem) const {
    throw ConfigError(Message(XLQA_TR("TrainingConfig", "%1: %2"), keyPath(key), problem));
  }

  std::string keyPath(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  void finish() const {
    for (const auto& item : object_.items())
      if (read_.count(item.key()) == 0)
        throw ConfigError(Message(XLQA_TR("TrainingConfig", "%1: unknown key"), keyPath(item.key())));
  }

 private:
  static std::string expectString(const json& value, const std::string& path) {
    if (!value.is_string()) throw ConfigError(Message(XLQA_TR("TrainingConfig", "%1: expected a string"), path));
    return value.get<std::string>();
  }

  const json& object_;
  std::string path_;
  std::set<std::string> read_;
};

std::string formatted(double value) { return json(value).dump(); }

}  // namespace

json toJson(const TrainingConfig& config) {
  json devPairs = json::array();
  for (const LanguagePair& pair : config.devPairs) devPairs.push_back(pair.key());
  return json{
      {"student", config.student},
      {"teacher", config.teacher},
      {"renew_teacher_each_epoch", config.renewTeacherEachEpoch},
      {"train_data", config.trainData},
      {"sampling",
       {{"languages", config.sampling.languages},
        {"target_languages", config.sampling.targetLanguages},
        {"add_english", config.sampling.addEnglish},
        {"max_questions", config.sampling.maxQuestions}}},
      {"features",
       {{"max_seq_length", config.features.maxSeqLength},
        {"doc_stride", config.features.docStride},
        {"max_query_length", config.features.maxQueryLength}}},
      {"distill", config.distill},
      {"alpha_ce", config.alphaCe},
      {"alpha_kl", config.alphaKl},
      {"temperature", config.temperature},
      {"kl_direction", nameOf(config.direction, kDirectionNames)},
      {"kl_weighting", nameOf(config.weighting, kWeightingNames)},
      {"coefficient",
       {{"k", config.coefficient.k},
        {"window", config.coefficient.window},
        {"symmetric_window", config.coefficient.symmetricWindow}}},
      {"epochs", config.epochs},
      {"batch_size", config.batchSize},
      {"gradient_accumulation", config.gradientAccumulation},
      {"learning_rate", config.learningRate},
      {"weight_decay", config.weightDecay},
      {"adam_epsilon", config.adamEpsilon},
      {"warmup_fraction", config.warmupFraction},
      {"max_grad_norm", config.maxGradNorm},
      {"seed", config.seed},
      {"device", config.device},
      {"dtype", config.dtype},
      {"dev_data", config.devData},
      {"dev_pairs", devPairs},
      {"dev_max_examples_per_pair", config.devMaxExamplesPerPair},
      {"output_dir", config.outputDir},
      {"save_every_steps", config.saveEverySteps},
  };
}

namespace {

std::vector<LanguagePair> readDevPairs(ObjectReader& reader) {
  std::vector<std::string> names;
  reader.strings("dev_pairs", names);
  std::vector<LanguagePair> pairs;
  for (std::size_t i = 0; i < names.size(); ++i) {
    try {
      pairs.push_back(parseLanguagePair(names[i]));
    } catch (const std::invalid_argument& error) {
      throw ConfigError(Message(XLQA_TR("TrainingConfig", "dev_pairs[%1]: %2"), i, error.what()));
    }
  }
  return pairs;
}

// Relative paths of a config file are relative to its folder.
void resolvePaths(TrainingConfig& config, const std::string& baseDirectory) {
  config.student = resolved(config.student, baseDirectory);
  config.teacher = resolved(config.teacher, baseDirectory);
  for (std::string& input : config.trainData) input = resolvedDataInput(input, baseDirectory);
  for (std::string& input : config.devData) input = resolvedDataInput(input, baseDirectory);
  config.outputDir = resolved(config.outputDir, baseDirectory);
}

}  // namespace

TrainingConfig trainingConfigFromJson(const json& document, const std::string& baseDirectory) {
  TrainingConfig config;
  ObjectReader reader(document, "");
  reader.string("student", config.student);
  reader.string("teacher", config.teacher);
  reader.boolean("renew_teacher_each_epoch", config.renewTeacherEachEpoch);
  reader.strings("train_data", config.trainData);
  reader.object("sampling", [&](ObjectReader& sampling) {
    sampling.strings("languages", config.sampling.languages);
    sampling.integer("target_languages", config.sampling.targetLanguages);
    sampling.boolean("add_english", config.sampling.addEnglish);
    sampling.count("max_questions", config.sampling.maxQuestions);
  });
  reader.object("features", [&](ObjectReader& features) {
    features.integer("max_seq_length", config.features.maxSeqLength);
    features.integer("doc_stride", config.features.docStride);
    features.integer("max_query_length", config.features.maxQueryLength);
  });
  reader.boolean("distill", config.distill);
  reader.number("alpha_ce", config.alphaCe);
  reader.number("alpha_kl", config.alphaKl);
  reader.number("temperature", config.temperature);
  reader.choice("kl_direction", config.direction, kDirectionNames);
  reader.choice("kl_weighting", config.weighting, kWeightingNames);
  reader.object("coefficient", [&](ObjectReader& coefficient) {
    coefficient.integer("k", config.coefficient.k);
    coefficient.integer("window", config.coefficient.window);
    coefficient.boolean("symmetric_window", config.coefficient.symmetricWindow);
  });
  config.coefficient.kind = coefficientKindFor(config.weighting);
  reader.integer("epochs", config.epochs);
  reader.integer("batch_size", config.batchSize);
  reader.integer("gradient_accumulation", config.gradientAccumulation);
  reader.number("learning_rate", config.learningRate);
  reader.number("weight_decay", config.weightDecay);
  reader.number("adam_epsilon", config.adamEpsilon);
  reader.number("warmup_fraction", config.warmupFraction);
  reader.number("max_grad_norm", config.maxGradNorm);
  reader.count("seed", config.seed);
  reader.string("device", config.device);
  reader.string("dtype", config.dtype);
  reader.strings("dev_data", config.devData);
  config.devPairs = readDevPairs(reader);
  reader.count("dev_max_examples_per_pair", config.devMaxExamplesPerPair);
  reader.string("output_dir", config.outputDir);
  reader.integer("save_every_steps", config.saveEverySteps);
  reader.finish();
  resolvePaths(config, baseDirectory);
  return config;
}

TrainingConfig readTrainingConfig(const std::string& path) {
  const json content = readJsonFile(path);
  TrainingConfig config;
  try {
    config = trainingConfigFromJson(content, fs::path(path).parent_path().string());
  } catch (const ConfigError& error) {
    throw FileError(path, error.message());
  } catch (const std::invalid_argument& error) {
    throw FileError(path, Message(error.what()));
  }
  const std::vector<Message> problems = validate(config);
  if (!problems.empty()) {
    Message all = problems.front();
    for (std::size_t i = 1; i < problems.size(); ++i)
      all = Message(XLQA_TR("TrainingConfig", "%1; %2"), all, problems[i]);
    throw FileError(path, all);
  }
  return config;
}

namespace {

// Adds `message` to the problems unless `ok`.
class ProblemList {
 public:
  void require(bool ok, const Message& message) {
    if (!ok) problems.push_back(message);
  }
  std::vector<Message> problems;
};

void validateInputs(const TrainingConfig& config, ProblemList& list) {
  const auto require = [&](bool ok, const Message& message) { list.require(ok, message); };
  require(!config.student.empty(), Message(XLQA_TR("TrainingConfig", "student: the student model folder is required")));
  require(!config.trainData.empty(),
          Message(XLQA_TR("TrainingConfig", "train_data: at least one training data file or folder is required")));
  for (std::size_t i = 0; i < config.trainData.size(); ++i)
    require(!config.trainData[i].empty(), Message(XLQA_TR("TrainingConfig", "train_data[%1]: empty path"), i));
  for (std::size_t i = 0; i < config.devData.size(); ++i)
    require(!config.devData[i].empty(), Message(XLQA_TR("TrainingConfig", "dev_data[%1]: empty path"), i));
  require(!config.outputDir.empty(), Message(XLQA_TR("TrainingConfig", "output_dir: the output folder is required")));
}

void validateFeaturesAndSampling(const TrainingConfig& config, ProblemList& list) {
  const auto require = [&](bool ok, const Message& message) { list.require(ok, message); };
  const FeatureSettings& features = config.features;
  require(features.maxSeqLength >= 1,
          Message(XLQA_TR("TrainingConfig", "features.max_seq_length: must be at least 1")));
  require(features.docStride >= 0, Message(XLQA_TR("TrainingConfig", "features.doc_stride: must not be negative")));
  require(features.maxQueryLength >= 1,
          Message(XLQA_TR("TrainingConfig", "features.max_query_length: must be at least 1")));
  require(features.docStride < features.maxSeqLength,
          Message(XLQA_TR("TrainingConfig", "features.doc_stride: must be smaller than max_seq_length (%1)"),
                  features.maxSeqLength));
  require(features.maxQueryLength < features.maxSeqLength,
          Message(XLQA_TR("TrainingConfig", "features.max_query_length: must be smaller than max_seq_length (%1)"),
                  features.maxSeqLength));
  require(config.sampling.targetLanguages >= 0,
          Message(XLQA_TR("TrainingConfig", "sampling.target_languages: must not be negative (0: all)")));
  for (std::size_t i = 0; i < config.sampling.languages.size(); ++i)
    require(!config.sampling.languages[i].empty(),
            Message(XLQA_TR("TrainingConfig", "sampling.languages[%1]: empty language code"), i));
}

void validateLoss(const TrainingConfig& config, ProblemList& list) {
  const auto require = [&](bool ok, const Message& message) { list.require(ok, message); };
  require(config.alphaCe >= 0,
          Message(XLQA_TR("TrainingConfig", "alpha_ce: must not be negative, got %1"), formatted(config.alphaCe)));
  require(config.alphaKl >= 0,
          Message(XLQA_TR("TrainingConfig", "alpha_kl: must not be negative, got %1"), formatted(config.alphaKl)));
  require(config.temperature > 0,
          Message(XLQA_TR("TrainingConfig", "temperature: must be positive, got %1"), formatted(config.temperature)));
  if (!config.distill) {
    require(
        config.alphaCe > 0,
        Message(XLQA_TR("TrainingConfig", "alpha_ce: must be positive without distillation (the loss would be 0)")));
  } else if (config.weighting == KlWeighting::Constant) {
    // alpha_kl = 0 alone is allowed: it is cross-entropy with the teacher watching (a baseline).
    require(config.alphaKl > 0 || config.alphaCe > 0,
            Message(XLQA_TR("TrainingConfig", "alpha_kl: with alpha_ce = 0 as well the loss would be 0")));
  }
  require(config.coefficient.k >= 1, Message(XLQA_TR("TrainingConfig", "coefficient.k: must be at least 1")));
  require(config.coefficient.window >= 0,
          Message(XLQA_TR("TrainingConfig", "coefficient.window: must not be negative")));
}

void validateOptimisation(const TrainingConfig& config, ProblemList& list) {
  const auto require = [&](bool ok, const Message& message) { list.require(ok, message); };
  require(config.epochs >= 1, Message(XLQA_TR("TrainingConfig", "epochs: must be at least 1")));
  require(config.batchSize >= 1, Message(XLQA_TR("TrainingConfig", "batch_size: must be at least 1")));
  require(config.gradientAccumulation >= 1,
          Message(XLQA_TR("TrainingConfig", "gradient_accumulation: must be at least 1")));
  require(config.learningRate > 0, Message(XLQA_TR("TrainingConfig", "learning_rate: must be positive, got %1"),
                                           formatted(config.learningRate)));
  require(config.weightDecay >= 0, Message(XLQA_TR("TrainingConfig", "weight_decay: must not be negative")));
  require(config.adamEpsilon > 0, Message(XLQA_TR("TrainingConfig", "adam_epsilon: must be positive")));
  require(config.warmupFraction >= 0 && config.warmupFraction <= 1,
          Message(XLQA_TR("TrainingConfig", "warmup_fraction: must be within [0, 1], got %1"),
                  formatted(config.warmupFraction)));
  require(config.maxGradNorm >= 0,
          Message(XLQA_TR("TrainingConfig", "max_grad_norm: must not be negative (0: no clipping)")));
  require(!config.device.empty(), Message(XLQA_TR("TrainingConfig", "device: expected auto, cpu or cuda:N")));
  require(
      config.dtype == "fp32" || config.dtype == "bf16",
      Message(XLQA_TR("TrainingConfig",
                      "dtype: expected fp32 or bf16 (fp16 training needs loss scaling, which is not implemented)")));
}

void validateDevPairsAndSaving(const TrainingConfig& config, ProblemList& list) {
  for (std::size_t i = 0; i < config.devPairs.size(); ++i) {
    const LanguagePair& pair = config.devPairs[i];
    if (pair.question.empty() || pair.context.empty()) {
      list.problems.emplace_back(XLQA_TR("TrainingConfig", "dev_pairs[%1]: incomplete language pair"), i);
      continue;
    }
    try {
      parseLanguagePair(pair.key());
    } catch (const std::invalid_argument& error) {
      list.problems.emplace_back(XLQA_TR("TrainingConfig", "dev_pairs[%1]: %2"), i, error.what());
    }
  }
  list.require(
      config.saveEverySteps >= 0,
      Message(XLQA_TR("TrainingConfig", "save_every_steps: must not be negative (0: only at the end of each epoch)")));
}

}  // namespace

std::vector<Message> validate(const TrainingConfig& config) {
  ProblemList list;
  validateInputs(config, list);
  validateFeaturesAndSampling(config, list);
  validateLoss(config, list);
  validateOptimisation(config, list);
  validateDevPairsAndSaving(config, list);
  return list.problems;
}

void applyPreset(TrainingConfig& config, TrainingPreset preset) {
  switch (preset) {
    case TrainingPreset::CrossEntropy:
      config.distill = false;
      config.alphaCe = 1.0;
      break;
    case TrainingPreset::SelfDistillation:
    case TrainingPreset::SelfDistillationMapAtK:
      config.distill = true;
      config.alphaCe = 1.0;
      config.alphaKl = 1.0;
      config.temperature = 2.0;
      config.teacher.clear();  // the student's own starting point
      config.renewTeacherEachEpoch = true;
      if (preset == TrainingPreset::SelfDistillation) {
        config.weighting = KlWeighting::Constant;
      } else {
        config.weighting = KlWeighting::MapAtK;
        config.coefficient = CoefficientSettings{};  // k 10, window 5, the reference window
      }
      break;
  }
  config.coefficient.kind = coefficientKindFor(config.weighting);
}

}  // namespace xlqa
