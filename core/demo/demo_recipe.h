#pragma once
// The recipe of the embedded demo, from nothing to the two models XLQA Studio opens on first
// launch: the generated corpus, a SentencePiece model trained on it, a small XLM-R-layout
// encoder, a teacher fine-tuned on English only (cross-entropy), and a student self-distilled
// from it with cross-lingual sampling and mAP@k on a few thousand parallel questions. On one
// CPU kind with the same libraries the result is the same to the bit (seeded everything, one
// thread for SentencePiece and LibTorch, the trainer's deterministic order).
//
// The demo folder it writes (resources/demo/ in the source tree):
//   demo.json     the recipe, SHA-256 of every corpus file, the models' content hashes and the
//                 test-split scores the build measured
//   teacher/      Hugging Face model folders (config.json, model.safetensors,
//   student/      sentencepiece.bpe.model)
#include <atomic>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "core/demo/synthetic_corpus.h"
#include "core/eval/qa_features.h"

namespace xlqa {

struct DemoRecipe {
  DemoCorpusSettings corpus;
  // Chosen by measurement (README, "The demo"): 4,000 pieces keep most names and numbers in one
  // or two pieces, so span boundaries are learnable (1,000 split them into syllables: 33 F1 on
  // English after 6 epochs); a longer schedule at a high rate took English from 53 to 90 F1,
  // where a 128-wide or 4-layer encoder cost 2-4x the time for no gain per step.
  int vocabSize = 4000;
  int hiddenSize = 64, layers = 2, heads = 4, intermediateSize = 256;
  double dropout = 0.0;  // a model this small trained from scratch learns faster without
  FeatureSettings features{192, 64, 48};
  std::uint64_t seed = 7;
  int batchSize = 16;
  int teacherEpochs = 24;
  double teacherLearningRate = 3e-3;    // from scratch: far above fine-tuning rates
  std::size_t studentQuestions = 2000;  // parallel question ids the student sees
  // One generation each: the teacher is renewed every epoch. Two short generations over many ids
  // at half the rate keep English where the teacher had it (6 over 400 ids cost 7-10 F1 there).
  int studentEpochs = 2;
  double studentLearningRate = 5e-4;

  nlohmann::json toJson() const;
  // Keys left out keep their defaults; a wrong type is a FileError naming the key.
  static DemoRecipe fromJson(const nlohmann::json& json, const std::string& pathForMessages);
};

// A recipe small enough for tests (seconds): the same steps on a few dozen articles.
DemoRecipe quickDemoRecipe();

struct DemoBuildProgress {
  std::string stage;    // "corpus", "tokenizer", "teacher", "student", "evaluation"
  double fraction = 0;  // of the stage, 0..1
  std::string detail;
};

// Builds the demo folder `directory` (new or empty) with `workDirectory` for the corpus, the
// training outputs and the evaluation run (kept, for inspection). Returns demo.json's content.
// Throws Cancelled when `cancel` is set, FileError and std::invalid_argument on failures.
nlohmann::json buildDemo(const DemoRecipe& recipe, const std::string& directory, const std::string& workDirectory,
                         const std::function<void(const DemoBuildProgress&)>& progress = {},
                         const std::atomic<bool>* cancel = nullptr);

}  // namespace xlqa
