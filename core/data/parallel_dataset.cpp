#include "core/data/parallel_dataset.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <set>
#include <stdexcept>
#include <thread>
#include <unordered_set>
#include <utility>

#include "core/data/language.h"

namespace xlqa {
namespace {

struct LoadResult {
  std::shared_ptr<SquadFile> file;
  std::vector<Problem> errors;
};

LoadResult loadOne(const std::string& path) {
  LoadResult result;
  try {
    result.file = std::make_shared<SquadFile>(loadSquadFile(path));
  } catch (const LoadError& e) {
    result.errors = e.problems();
  } catch (const std::exception& e) {  // e.g. out of memory: still reported with the others
    result.errors.push_back(Problem{Severity::Error, path, "", e.what()});
  }
  return result;
}

// Files are independent, so they load on a few threads; results keep the input order.
std::vector<LoadResult> loadAll(const std::vector<DatasetFileSpec>& specs) {
  std::vector<LoadResult> results(specs.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < specs.size(); i = next++) results[i] = loadOne(specs[i].path);
  };
  const std::size_t hardware = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t threadCount = std::min({specs.size(), hardware, std::size_t{8}});
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < threadCount; ++t) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  return results;
}

bool isMixed(const DatasetFileSpec& spec) { return spec.questionLanguage == "*" || spec.contextLanguage == "*"; }

// Copies into `target` the paragraph (and its article title) a question of `mixed` refers to,
// once per paragraph; `newIndex` maps the mixed file's paragraph index to the target's.
std::uint32_t paragraphIn(SquadFile& target, const SquadFile& mixed, std::uint32_t paragraph,
                          std::vector<std::int64_t>& newIndex) {
  if (newIndex.empty()) newIndex.assign(mixed.paragraphs.size(), -1);
  if (newIndex[paragraph] < 0) {
    const Paragraph& source = mixed.paragraphs[paragraph];
    target.titles.push_back(mixed.titles[source.article]);
    target.paragraphs.push_back(Paragraph{source.context, static_cast<std::uint32_t>(target.titles.size() - 1)});
    newIndex[paragraph] = static_cast<std::int64_t>(target.paragraphs.size() - 1);
  }
  return static_cast<std::uint32_t>(newIndex[paragraph]);
}

// TyDiQA-GoldP's own files mix languages; ids name theirs ("arabic-2387335860751143628-1").
std::map<std::string, SquadFile> splitByIdPrefix(SquadFile& mixed, std::vector<Problem>& errors) {
  std::map<std::string, SquadFile> byLanguage;
  std::map<std::string, std::vector<std::int64_t>> paragraphIndex;
  std::map<std::string, std::pair<std::size_t, std::string>> unknownPrefixes;  // prefix -> (count, an id)
  for (Question& question : mixed.questions) {
    const std::string prefix = question.id.substr(0, question.id.find('-'));
    const std::string code = languageCodeFromName(prefix);
    if (code.empty()) {
      auto& unknown = unknownPrefixes[prefix];
      if (unknown.first++ == 0) unknown.second = question.id;
      continue;
    }
    SquadFile& target = byLanguage[code];
    question.paragraph = paragraphIn(target, mixed, question.paragraph, paragraphIndex[code]);
    target.questions.push_back(std::move(question));
  }
  for (const auto& [prefix, unknown] : unknownPrefixes) {
    const Message notNamed(XLQA_TR("ParallelDataset", "%1 question ids do not start with a language name, e.g. \"%2\""),
                           unknown.first, unknown.second);
    errors.push_back(Problem{
        Severity::Error, mixed.path, "",
        Message(XLQA_TR("ParallelDataset", "%1; ids of a mixed TyDiQA file look like \"arabic-123-1\""), notNamed)});
  }
  for (auto& [code, file] : byLanguage) {
    file.path = mixed.path;
    file.version = mixed.version;
    file.indexQuestions();
  }
  return byLanguage;
}

std::string joined(const std::vector<std::string>& items, const std::string& quote = "") {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + quote + item + quote;
  return text;
}

// Ids present in other languages' files but missing from `file`, in first-seen order.
std::vector<std::string> missingIds(const SquadFile& file, const std::vector<const SquadFile*>& others) {
  std::vector<std::string> missing;
  std::unordered_set<std::string_view> seen;
  for (const SquadFile* other : others) {
    for (const Question& question : other->questions) {
      if (file.findQuestion(question.id) < 0 && seen.insert(question.id).second) missing.push_back(question.id);
    }
  }
  return missing;
}

constexpr std::size_t kExampleIds = 3;

Problem alignmentWarning(const std::string& language, const SquadFile& file, const std::vector<std::string>& missing) {
  const std::vector<std::string> examples(
      missing.begin(), missing.begin() + static_cast<std::ptrdiff_t>(std::min(missing.size(), kExampleIds)));
  const Message lacks =
      missing.size() == 1
          ? Message(XLQA_TR("ParallelDataset", "the %1 file lacks %2 question id that other languages have (e.g. %3)"),
                    language, missing.size(), joined(examples, "\""))
          : Message(XLQA_TR("ParallelDataset", "the %1 file lacks %2 question ids that other languages have (e.g. %3)"),
                    language, missing.size(), joined(examples, "\""));
  return Problem{
      Severity::Warning, file.path, "",
      Message(XLQA_TR("ParallelDataset", "%1; pairs with questions in %2 skip those examples"), lacks, language)};
}

PairExamples nativeExamples(const LanguagePair& pair, const SquadFile& file) {
  PairExamples result{pair, {}, 0};
  result.examples.reserve(file.questions.size());
  for (const Question& question : file.questions) {
    result.examples.push_back({&question, &question, &file.paragraphs[question.paragraph]});
  }
  return result;
}

// Context-language file order, the official scripts' count; questions looked up by id.
PairExamples alignedExamples(const LanguagePair& pair, const SquadFile& questionFile, const SquadFile& contextFile) {
  PairExamples result{pair, {}, 0};
  result.examples.reserve(contextFile.questions.size());
  for (const Question& contextQuestion : contextFile.questions) {
    const Question* question = &contextQuestion;
    if (&questionFile != &contextFile) {
      const std::int64_t found = questionFile.findQuestion(contextQuestion.id);
      if (found < 0) {
        ++result.idsWithoutQuestion;
        continue;
      }
      question = &questionFile.questions[static_cast<std::size_t>(found)];
    }
    result.examples.push_back({question, &contextQuestion, &contextFile.paragraphs[contextQuestion.paragraph]});
  }
  return result;
}

}  // namespace

ParallelDataset ParallelDataset::load(const std::vector<std::string>& inputs) {
  return fromSpecs(discoverDatasetFiles(inputs));
}

ParallelDataset ParallelDataset::fromSpecs(const std::vector<DatasetFileSpec>& specs) {
  if (specs.empty()) throw std::invalid_argument("no dataset files given");
  std::vector<LoadResult> results = loadAll(specs);
  std::vector<Problem> errors;
  ParallelDataset dataset;

  const auto addMonolingual = [&](const DatasetFileSpec& spec, std::shared_ptr<const SquadFile> file,
                                  const std::string& language) {
    const auto [it, inserted] = dataset.monolingual_.emplace(language, FileEntry{spec, file});
    if (!inserted) {
      errors.push_back(Problem{
          Severity::Error, file->path, "",
          Message(
              XLQA_TR("ParallelDataset", "a second file for language %1 (the first is %2); give one file per language"),
              language, it->second.file->path)});
    }
  };

  for (std::size_t i = 0; i < specs.size(); ++i) {
    const DatasetFileSpec& spec = specs[i];
    LoadResult& result = results[i];
    if (!result.file) {
      errors.insert(errors.end(), result.errors.begin(), result.errors.end());
      continue;
    }
    dataset.fileWarnings_.insert(dataset.fileWarnings_.end(), result.file->warnings.begin(),
                                 result.file->warnings.end());
    if (isMixed(spec)) {
      for (auto& [language, file] : splitByIdPrefix(*result.file, errors)) {
        DatasetFileSpec split = spec;
        split.questionLanguage = split.contextLanguage = language;
        addMonolingual(split, std::make_shared<const SquadFile>(std::move(file)), language);
      }
    } else if (spec.questionLanguage == spec.contextLanguage) {
      addMonolingual(spec, result.file, spec.questionLanguage);
    } else {
      const LanguagePair pair{spec.questionLanguage, spec.contextLanguage};
      const auto [it, inserted] = dataset.crossLingual_.emplace(pair, FileEntry{spec, result.file});
      if (!inserted) {
        errors.push_back(
            Problem{Severity::Error, spec.path, "",
                    Message(XLQA_TR("ParallelDataset", "a second file for language pair %1 (the first is %2)"),
                            pair.key(), it->second.file->path)});
      }
    }
  }
  if (!errors.empty()) throw LoadError(std::move(errors));

  // Computed once here rather than per pair. TyDiQA is left out: its languages hold different
  // questions by design (ids carry the language name), so nothing there is "missing".
  std::vector<std::pair<std::string, const SquadFile*>> parallel;
  for (const auto& [language, entry] : dataset.monolingual_) {
    if (entry.spec.corpus != "tydiqa") parallel.emplace_back(language, entry.file.get());
  }
  for (const auto& [language, file] : parallel) {
    std::vector<const SquadFile*> others;
    for (const auto& [otherLanguage, other] : parallel) {
      if (other != file) others.push_back(other);
    }
    const std::vector<std::string> missing = missingIds(*file, others);
    if (!missing.empty()) dataset.alignmentWarnings_.push_back(alignmentWarning(language, *file, missing));
  }
  return dataset;
}

std::vector<std::string> ParallelDataset::languages() const {
  std::set<std::string> codes;
  for (const auto& [language, entry] : monolingual_) codes.insert(language);
  for (const auto& [pair, entry] : crossLingual_) codes.insert({pair.question, pair.context});
  return {codes.begin(), codes.end()};
}

std::vector<LanguagePair> ParallelDataset::availablePairs() const {
  std::set<LanguagePair> pairs;
  for (const auto& [question, questionEntry] : monolingual_) {
    for (const auto& [context, contextEntry] : monolingual_) pairs.insert(LanguagePair{question, context});
  }
  for (const auto& [pair, entry] : crossLingual_) pairs.insert(pair);
  return {pairs.begin(), pairs.end()};
}

PairExamples ParallelDataset::pair(const LanguagePair& pair, std::size_t maxExamples) const {
  PairExamples examples = this->pair(pair);
  if (maxExamples > 0 && examples.examples.size() > maxExamples) examples.examples.resize(maxExamples);
  return examples;
}

PairExamples ParallelDataset::pair(const LanguagePair& pair) const {
  // A natively cross-lingual file (MLQA) is the authority for its pair.
  if (const auto native = crossLingual_.find(pair); native != crossLingual_.end()) {
    return nativeExamples(pair, *native->second.file);
  }
  const auto question = monolingual_.find(pair.question);
  const auto context = monolingual_.find(pair.context);
  if (question == monolingual_.end() || context == monolingual_.end()) {
    throw std::invalid_argument("language pair " + pair.key() +
                                " is not available in the loaded data (languages: " + joined(languages()) + ")");
  }
  return alignedExamples(pair, *question->second.file, *context->second.file);
}

const SquadFile& ParallelDataset::monolingualFile(const std::string& language) const {
  const auto it = monolingual_.find(language);
  if (it == monolingual_.end()) {
    std::vector<std::string> loaded;
    for (const auto& [code, entry] : monolingual_) loaded.push_back(code);
    throw std::invalid_argument("no monolingual file for language \"" + language + "\" (loaded: " + joined(loaded) +
                                ")");
  }
  return *it->second.file;
}

std::vector<Problem> ParallelDataset::warnings() const {
  std::vector<Problem> all = fileWarnings_;
  all.insert(all.end(), alignmentWarnings_.begin(), alignmentWarnings_.end());
  return all;
}

std::size_t ParallelDataset::questionCount() const {
  std::size_t count = 0;
  for (const auto& [language, entry] : monolingual_) count += entry.file->questions.size();
  for (const auto& [pair, entry] : crossLingual_) count += entry.file->questions.size();
  return count;
}

}  // namespace xlqa
