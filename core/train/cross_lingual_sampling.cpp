#include "core/train/cross_lingual_sampling.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "core/train/seeded_draws.h"

namespace xlqa {
namespace {

const std::string kEnglish = "en";

// `count` of `candidates` without replacement (a partial Fisher-Yates shuffle), in draw order.
std::vector<std::string> drawWithoutReplacement(std::vector<std::string> candidates, std::size_t count,
                                                SeededDraws& generator) {
  for (std::size_t i = 0; i < count; ++i)
    std::swap(candidates[i], candidates[i + generator.below(candidates.size() - i)]);
  candidates.resize(count);
  return candidates;
}

}  // namespace

CrossLingualSample sampleCrossLingual(const ParallelDataset& dataset, const CrossLingualSampling& settings,
                                      std::uint64_t seed) {
  CrossLingualSample sample;
  const std::vector<std::string> available = dataset.languages();
  sample.languages = settings.languages.empty() ? available : settings.languages;
  std::sort(sample.languages.begin(), sample.languages.end());
  sample.languages.erase(std::unique(sample.languages.begin(), sample.languages.end()), sample.languages.end());
  for (const std::string& language : sample.languages) {
    if (!std::binary_search(available.begin(), available.end(), language))
      throw std::invalid_argument("sampling.languages: the training data has no '" + language + "' file");
  }
  if (sample.languages.empty()) throw std::invalid_argument("train_data: no languages to train on");

  // Each language's monolingual examples by question id.
  std::map<std::string, std::unordered_map<std::string, PairExample>> byLanguage;
  std::vector<std::string> idOrder;
  const bool hasEnglish = std::binary_search(sample.languages.begin(), sample.languages.end(), kEnglish);
  const std::string& orderLanguage = hasEnglish ? kEnglish : sample.languages.front();
  for (const std::string& language : sample.languages) {
    auto& examples = byLanguage[language];
    for (const PairExample& example : dataset.pair({language, language}).examples) {
      examples.emplace(example.question->id, example);
      if (language == orderLanguage) idOrder.push_back(example.question->id);
    }
  }
  if (settings.maxQuestions > 0 && idOrder.size() > settings.maxQuestions) idOrder.resize(settings.maxQuestions);

  const bool englishApart = settings.addEnglish && hasEnglish;
  SeededDraws generator(seed);
  for (const std::string& id : idOrder) {
    std::vector<std::string> present, targets;
    for (const std::string& language : sample.languages) {
      if (!byLanguage[language].count(id)) continue;
      present.push_back(language);
      if (!(englishApart && language == kEnglish)) targets.push_back(language);
    }
    std::vector<std::string> chosen;
    const auto wanted = static_cast<std::size_t>(std::max(0, settings.targetLanguages));
    if (wanted == 0 || wanted >= targets.size()) {
      chosen = present;
    } else {
      chosen = drawWithoutReplacement(targets, wanted, generator);
      if (englishApart && byLanguage[kEnglish].count(id)) chosen.push_back(kEnglish);
      std::sort(chosen.begin(), chosen.end());
    }
    ++sample.questions;
    for (const std::string& question : chosen) {
      for (const std::string& context : chosen) {
        const PairExample& asked = byLanguage[question].at(id);
        const PairExample& answered = byLanguage[context].at(id);
        // The question's text from its language, context and gold answers from the context's.
        sample.examples.push_back(
            {{question, context}, {asked.question, answered.contextQuestion, answered.paragraph}});
        ++sample.examplesPerPair[{question, context}];
      }
    }
  }
  return sample;
}

}  // namespace xlqa
