#pragma once
// The training set of self-knowledge distillation: for each question id, a seeded draw of target
// languages (plus English), then every question-language x context-language combination among
// them (the reference sampler of Carrino et al.). Torch-free.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/data/parallel_dataset.h"
#include "core/train/training_config.h"

namespace xlqa {

struct SampledExample {
  LanguagePair pair;
  PairExample example;  // points into the dataset
};

struct CrossLingualSample {
  std::vector<std::string> languages;    // the training languages, sorted
  std::size_t questions = 0;             // question ids drawn from
  std::vector<SampledExample> examples;  // by question id, then question language, then context language
  std::map<LanguagePair, std::size_t> examplesPerPair;
};

// The same dataset, settings and seed give the same sample on every platform (the draw uses its
// own generator, not the standard library's implementation-defined distributions). Question ids
// follow the English file (else the first training language's); an id missing from a language
// is not drawn for it. Throws std::invalid_argument for a language the dataset lacks.
CrossLingualSample sampleCrossLingual(const ParallelDataset& dataset, const CrossLingualSampling& settings,
                                      std::uint64_t seed);

}  // namespace xlqa
