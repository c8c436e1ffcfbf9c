#include "core/demo/demo_recipe.h"

#include <filesystem>

#include "core/demo/demo_workspace.h"
#include "core/demo/fact_templates.h"
#include "core/eval/predictor.h"
#include "core/io/json_file.h"
#include "core/model/model_config.h"
#include "core/model/qa_model.h"
#include "core/store/run_store.h"
#include "core/system/runtime_info.h"
#include "core/text/sentencepiece_tokenizer.h"
#include "core/text/sentencepiece_training.h"
#include "core/train/trainer.h"
#include "xlqa/version.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

void checkCancel(const std::atomic<bool>* cancel) {
  if (cancel != nullptr && cancel->load()) throw Cancelled();
}

// Every context and question of the train split, in every language: what the tokenizer learns from.
std::vector<std::string> tokenizerSentences(const DemoCorpusSettings& corpus) {
  std::vector<std::string> sentences;
  for (const std::string& language : demoLanguages()) {
    const json split = demoSplitJson(corpus, DemoSplit::Train, language);
    for (const json& article : split.at("data"))
      for (const json& paragraph : article.at("paragraphs")) {
        sentences.push_back(paragraph.at("context").get<std::string>());
        for (const json& qa : paragraph.at("qas")) sentences.push_back(qa.at("question").get<std::string>());
      }
  }
  return sentences;
}

// An XLM-R (RoBERTa) config as transformers writes it, sized by the recipe.
ModelConfig encoderConfig(const DemoRecipe& recipe, std::int64_t vocabSize, const std::string& pathForMessages) {
  XlmrShape shape;
  shape.vocabSize = vocabSize, shape.hiddenSize = recipe.hiddenSize, shape.layers = recipe.layers;
  shape.heads = recipe.heads, shape.intermediateSize = recipe.intermediateSize;
  shape.maxPositionEmbeddings = recipe.features.maxSeqLength + 2;  // RoBERTa positions start after pad (1)
  shape.dropout = recipe.dropout;
  const json config = xlmrQaConfigJson(shape);
  return parseModelConfig(config, pathForMessages);
}

TrainingConfig commonTraining(const DemoRecipe& recipe) {
  TrainingConfig c;
  c.features = recipe.features;
  c.batchSize = recipe.batchSize;
  c.seed = recipe.seed;
  c.device = "cpu";  // the recipe is reproduced on CPU
  c.saveEverySteps = 0;
  c.warmupFraction = 0.1;
  return c;
}

void copyModelFolder(const std::string& from, const fs::path& to) {
  fs::create_directories(to);
  for (const char* name : {"config.json", "model.safetensors", "sentencepiece.bpe.model"})
    writeFileAtomically((to / name).string(), readFileBytes((fs::path(from) / name).string()));
}

}  // namespace

json DemoRecipe::toJson() const {
  return {{"corpus",
           {{"seed", corpus.seed},
            {"train_articles", corpus.trainArticles},
            {"dev_articles", corpus.devArticles},
            {"test_articles", corpus.testArticles},
            {"facts_per_article", corpus.factsPerArticle}}},
          {"vocab_size", vocabSize},
          {"hidden_size", hiddenSize},
          {"layers", layers},
          {"heads", heads},
          {"intermediate_size", intermediateSize},
          {"dropout", dropout},
          {"max_seq_length", features.maxSeqLength},
          {"doc_stride", features.docStride},
          {"max_query_length", features.maxQueryLength},
          {"seed", seed},
          {"batch_size", batchSize},
          {"teacher_epochs", teacherEpochs},
          {"teacher_learning_rate", teacherLearningRate},
          {"student_questions", studentQuestions},
          {"student_epochs", studentEpochs},
          {"student_learning_rate", studentLearningRate}};
}

DemoRecipe DemoRecipe::fromJson(const json& j, const std::string& pathForMessages) {
  DemoRecipe r;
  std::string key;
  const auto read = [&](const json& object, const char* name, auto& field) {
    key = name;
    if (object.contains(name)) field = object.at(name).get<std::decay_t<decltype(field)>>();
  };
  try {
    const json corpus = j.value("corpus", json::object());
    read(corpus, "seed", r.corpus.seed);
    read(corpus, "train_articles", r.corpus.trainArticles);
    read(corpus, "dev_articles", r.corpus.devArticles);
    read(corpus, "test_articles", r.corpus.testArticles);
    read(corpus, "facts_per_article", r.corpus.factsPerArticle);
    read(j, "vocab_size", r.vocabSize);
    read(j, "hidden_size", r.hiddenSize);
    read(j, "layers", r.layers);
    read(j, "heads", r.heads);
    read(j, "intermediate_size", r.intermediateSize);
    read(j, "dropout", r.dropout);
    read(j, "max_seq_length", r.features.maxSeqLength);
    read(j, "doc_stride", r.features.docStride);
    read(j, "max_query_length", r.features.maxQueryLength);
    read(j, "seed", r.seed);
    read(j, "batch_size", r.batchSize);
    read(j, "teacher_epochs", r.teacherEpochs);
    read(j, "teacher_learning_rate", r.teacherLearningRate);
    read(j, "student_questions", r.studentQuestions);
    read(j, "student_epochs", r.studentEpochs);
    read(j, "student_learning_rate", r.studentLearningRate);
  } catch (const json::exception& e) {
    throw FileError(pathForMessages, Message(XLQA_TR("DemoRecipe", "recipe.%1: %2"), key, e.what()));
  }
  return r;
}

DemoRecipe quickDemoRecipe() {
  DemoRecipe r;
  r.corpus.trainArticles = 40;
  r.corpus.devArticles = 4;
  r.corpus.testArticles = 4;
  r.vocabSize = 600;
  r.hiddenSize = 32;
  r.layers = 1;
  r.heads = 2;
  r.intermediateSize = 64;
  r.teacherEpochs = 1;
  r.studentQuestions = 20;
  r.studentEpochs = 1;
  return r;
}

namespace {

// A stage's progress: its name, the fraction done and a detail line.
using Report = std::function<void(const std::string& stage, double fraction, const std::string& detail)>;

// 1. The corpus, and the hashes that tie the models to it: {relative path: sha256}.
json writeCorpus(const DemoCorpusSettings& corpus, const std::string& corpusDir) {
  json hashes = json::object();
  for (const std::string& path : writeDemoCorpus(corpus, corpusDir))
    hashes[fs::relative(path, corpusDir).generic_string()] = sha256File(path);
  return hashes;
}

// 2. The tokenizer, and a fresh encoder that uses it, saved in `initial`.
void makeInitialModel(const DemoRecipe& recipe, const fs::path& initial) {
  fs::create_directories(initial);
  const std::string spmPath = (initial / "sentencepiece.bpe.model").string();
  SentencePieceTrainingOptions spm;
  spm.vocabSize = recipe.vocabSize;
  trainSentencePiece(tokenizerSentences(recipe.corpus), spm, spmPath);
  const std::int64_t vocabSize = SentencePieceTokenizer(spmPath).vocabSize();
  QaModel::initialize(encoderConfig(recipe, vocabSize, (initial / "config.json").string()), initial.string(),
                      recipe.seed, "cpu")
      ->save(initial.string());
}

TrainingCallbacks stepProgress(const Report& report, const std::string& stage) {
  TrainingCallbacks callbacks;
  callbacks.step = [report, stage](const TrainingStep& s) {
    report(stage, double(s.step) / double(std::max(1L, s.totalSteps)),
           "step " + std::to_string(s.step) + "/" + std::to_string(s.totalSteps) + ", loss " + std::to_string(s.loss));
  };
  return callbacks;
}

// 3. The teacher: cross-entropy on English only, as a model fine-tuned on SQuAD would be.
// Returns its last model folder.
std::string trainTeacher(const DemoRecipe& recipe, const std::string& trainDir, const fs::path& initial,
                         const fs::path& work, const Report& report, const std::atomic<bool>* cancel) {
  TrainingConfig teacher = commonTraining(recipe);
  applyPreset(teacher, TrainingPreset::CrossEntropy);
  teacher.student = initial.string();
  teacher.trainData = {"en=" + (fs::path(trainDir) / "demo.en.json").string()};
  teacher.sampling.languages = {"en"};
  teacher.epochs = recipe.teacherEpochs;
  teacher.learningRate = recipe.teacherLearningRate;
  teacher.outputDir = (work / "teacher-training").string();
  fs::remove_all(teacher.outputDir);
  const TrainingResult result = train(teacher, false, stepProgress(report, "teacher"), cancel);
  if (result.cancelled) throw Cancelled();
  return result.lastModel;
}

// 4. The student: self-distilled from the teacher (renewed each epoch) with mAP@k, on a few
// hundred question ids sampled across languages: two targets plus English, all q x c pairs.
std::string trainStudent(const DemoRecipe& recipe, const std::string& trainDir, const std::string& teacherModel,
                         const fs::path& work, const Report& report, const std::atomic<bool>* cancel) {
  TrainingConfig student = commonTraining(recipe);
  applyPreset(student, TrainingPreset::SelfDistillationMapAtK);
  student.student = teacherModel;
  student.trainData = {trainDir};
  student.sampling.maxQuestions = recipe.studentQuestions;
  student.epochs = recipe.studentEpochs;
  student.learningRate = recipe.studentLearningRate;
  student.outputDir = (work / "student-training").string();
  fs::remove_all(student.outputDir);
  const TrainingResult result = train(student, false, stepProgress(report, "student"), cancel);
  if (result.cancelled) throw Cancelled();
  return result.lastModel;
}

// 5. Both on the test split, every pair: the numbers the demo shows.
DemoScores scoreOnTest(const DemoRecipe& recipe, const fs::path& out, const std::string& corpusDir,
                       const fs::path& work, const Report& report, const std::atomic<bool>* cancel) {
  const std::string runDir = (work / "test-run").string();
  fs::remove_all(runDir);
  evaluateDemoModels((out / "teacher").string(), (out / "student").string(),
                     {demoSplitDirectory(corpusDir, DemoSplit::Test)}, recipe.features, runDir, "cpu",
                     [&](const EvaluationProgress& p) {
                       report("evaluation", double(p.examplesDone) / double(std::max<std::size_t>(1, p.examplesTotal)),
                              p.pair);
                     },
                     cancel);
  return demoScoresOfRun(RunStore::open(runDir));
}

json demoManifest(const DemoRecipe& recipe, const fs::path& out, const json& corpusHashes, const DemoScores& scores) {
  return {
      {"format", "xlqa-demo/1"},
      {"tool_version", kVersion},
      {"recipe", recipe.toJson()},
      {"languages", demoLanguages()},
      {"corpus", corpusHashes},
      {"teacher",
       {{"content_hash", modelContentHash((out / "teacher").string())},
        {"trained_on", "train split, English only, cross-entropy"}}},
      {"student",
       {{"content_hash", modelContentHash((out / "student").string())},
        {"trained_on", "train split, " + std::to_string(recipe.studentQuestions) +
                           " question ids x (2 sampled languages + English), self-distillation with mAP@k"}}},
      {"test_scores", toJson(scores, true)},
  };
}

}  // namespace

json buildDemo(const DemoRecipe& recipe, const std::string& directory, const std::string& workDirectory,
               const std::function<void(const DemoBuildProgress&)>& progress, const std::atomic<bool>* cancel) {
  const Report report = [&](const std::string& stage, double fraction, const std::string& detail) {
    if (progress) progress({stage, fraction, detail});
  };
  const fs::path out(directory), work(workDirectory);
  std::error_code ec;
  if (fs::exists(out, ec) && !fs::is_empty(out, ec))
    throw FileError(directory, Message(XLQA_TR("DemoRecipe", "the demo folder must be new or empty")));
  fs::create_directories(out);
  fs::create_directories(work);
  // One thread: parallel reductions would make the bits depend on the machine's core count.
  configureThreads(1);

  report("corpus", 0, "generating");
  const std::string corpusDir = (work / "corpus").string();
  const json corpusHashes = writeCorpus(recipe.corpus, corpusDir);
  const std::string trainDir = demoSplitDirectory(corpusDir, DemoSplit::Train);
  checkCancel(cancel);

  report("tokenizer", 0, "training SentencePiece");
  const fs::path initial = work / "initial";
  makeInitialModel(recipe, initial);
  checkCancel(cancel);

  const std::string teacherModel = trainTeacher(recipe, trainDir, initial, work, report, cancel);
  const std::string studentModel = trainStudent(recipe, trainDir, teacherModel, work, report, cancel);
  copyModelFolder(teacherModel, out / "teacher");
  copyModelFolder(studentModel, out / "student");

  const DemoScores scores = scoreOnTest(recipe, out, corpusDir, work, report, cancel);
  const json manifest = demoManifest(recipe, out, corpusHashes, scores);
  writeFileAtomically((out / "demo.json").string(), manifest.dump(2) + "\n");
  return manifest;
}

}  // namespace xlqa
