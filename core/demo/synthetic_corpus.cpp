#include "core/demo/synthetic_corpus.h"

#include <array>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "core/demo/fact_templates.h"
#include "core/demo/fictional_names.h"
#include "core/io/json_file.h"
#include "core/train/seeded_draws.h"
#include "core/util/utf8.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;

struct Person {
  FictionalName name;
  Gender gender = Gender::Masculine;
};
struct Town {
  FictionalName name, river;
  int population = 0, founded = 0;
};
struct Company {
  FictionalName name;
  int employees = 0;
};
struct Fact {
  FactKind kind;
  int person = -1, town = -1, company = -1;
  int day = 0, month = 0, year = 0;
};
struct Article {
  std::vector<Person> people;
  std::vector<Town> towns;
  std::vector<Company> companies;
  std::vector<Fact> facts;  // in the order the paragraph tells them
};

int drawBetween(SeededDraws& draws, int low, int high) {
  return low + static_cast<int>(draws.below(static_cast<std::size_t>(high - low + 1)));
}

// A name unlike every name already in the article, in every script (Arabic and Devanagari
// spell some distinct Latin syllables alike).
FictionalName drawDistinctName(SeededDraws& draws, const std::vector<int>& shape, std::set<std::string>& taken) {
  for (;;) {
    FictionalName name = drawName(draws, shape);
    std::vector<std::string> spellings;
    for (Script s : {Script::Latin, Script::Arabic, Script::Devanagari, Script::Han})
      spellings.push_back(renderName(name, s));
    bool clash = false;
    for (const auto& s : spellings) clash = clash || taken.count(s) > 0;
    if (clash) continue;
    taken.insert(spellings.begin(), spellings.end());
    return name;
  }
}

Article drawArticle(SeededDraws& draws, int factsPerArticle) {
  Article a;
  std::set<std::string> taken;
  for (int i = 0; i < 2; ++i) {
    Town t;
    t.name = drawDistinctName(draws, {3}, taken);
    t.river = drawDistinctName(draws, {2}, taken);
    t.population = drawBetween(draws, 1000, 999999);
    t.founded = drawBetween(draws, 1100, 1899);
    a.towns.push_back(t);
  }
  for (int i = 0; i < 3; ++i) {
    Person p;
    p.name = drawDistinctName(draws, {2, drawBetween(draws, 2, 3)}, taken);
    p.gender = draws.below(2) == 0 ? Gender::Masculine : Gender::Feminine;
    a.people.push_back(p);
  }
  for (int i = 0; i < 2; ++i) {
    Company c;
    c.name = drawDistinctName(draws, {3}, taken);
    c.employees = drawBetween(draws, 20, 9999);
    a.companies.push_back(c);
  }
  // Everything the article could tell; two of each kind, so a question must be read to the name.
  std::vector<Fact> candidates;
  std::array<int, 2> birthYear{};
  for (int p = 0; p < 2; ++p) {
    birthYear[static_cast<std::size_t>(p)] = drawBetween(draws, 1900, 1985);
    candidates.push_back({FactKind::Birth, p, static_cast<int>(draws.below(2)), -1, drawBetween(draws, 1, 28),
                          drawBetween(draws, 1, 12), birthYear[static_cast<std::size_t>(p)]});
  }
  for (int c = 0; c < 2; ++c) {
    candidates.push_back(
        {FactKind::Founding, c, -1, c, 0, 0, birthYear[static_cast<std::size_t>(c)] + drawBetween(draws, 20, 45)});
    candidates.push_back({FactKind::Employees, -1, -1, c, 0, 0, 0});
    candidates.push_back({FactKind::Headquarters, -1, static_cast<int>(draws.below(2)), c, 0, 0, 0});
    candidates.push_back({FactKind::Leader, c == 0 ? 2 : 0, -1, c, 0, 0, 0});
  }
  for (int t = 0; t < 2; ++t) {
    candidates.push_back({FactKind::River, -1, t, -1, 0, 0, 0});
    candidates.push_back({FactKind::Population, -1, t, -1, 0, 0, 0});
    candidates.push_back({FactKind::TownFounded, -1, t, -1, 0, 0, a.towns[static_cast<std::size_t>(t)].founded});
  }
  // A partial Fisher-Yates shuffle: the first factsPerArticle, in random order.
  const std::size_t n = std::min(candidates.size(), static_cast<std::size_t>(factsPerArticle));
  for (std::size_t i = 0; i < n; ++i) {
    std::swap(candidates[i], candidates[i + draws.below(candidates.size() - i)]);
    a.facts.push_back(candidates[i]);
  }
  return a;
}

std::vector<Article> drawArticles(const DemoCorpusSettings& settings, DemoSplit split) {
  std::size_t count = settings.trainArticles;
  if (split == DemoSplit::Dev) count = settings.devArticles;
  if (split == DemoSplit::Test) count = settings.testArticles;
  SeededDraws draws(settings.seed ^ (0x5851f42d4c957f2dULL * (static_cast<std::uint64_t>(split) + 1)));
  std::vector<Article> articles;
  for (std::size_t i = 0; i < count; ++i) articles.push_back(drawArticle(draws, settings.factsPerArticle));
  return articles;
}

// The text of each slot of a fact in one language.
std::string slotText(const Article& a, const Fact& f, char slot, const std::string& language) {
  const Script script = nameScriptOf(language);
  switch (slot) {
    case 'P': return renderName(a.people.at(static_cast<std::size_t>(f.person)).name, script);
    case 'C': return renderName(a.towns.at(static_cast<std::size_t>(f.town)).name, script);
    case 'R': return renderName(a.towns.at(static_cast<std::size_t>(f.town)).river, script);
    case 'O': return renderName(a.companies.at(static_cast<std::size_t>(f.company)).name, script);
    case 'D': return renderDate(language, f.day, f.month, f.year);
    case 'Y': return std::to_string(f.year);
    case 'N':
      return std::to_string(f.kind == FactKind::Employees
                                ? a.companies.at(static_cast<std::size_t>(f.company)).employees
                                : a.towns.at(static_cast<std::size_t>(f.town)).population);
    default: throw std::logic_error(std::string("unknown template slot ") + slot);
  }
}

Gender genderOf(const Article& a, const Fact& f) {
  return f.person >= 0 ? a.people[static_cast<std::size_t>(f.person)].gender : Gender::Masculine;
}

// Fills the {X} slots; `slotBegin` (optional) receives each slot's byte offset in the result.
std::string fill(const std::string& pattern, const Article& a, const Fact& f, const std::string& language,
                 std::array<std::size_t, 128>* slotBegin = nullptr) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
      if (slotBegin != nullptr) (*slotBegin)[static_cast<unsigned char>(pattern[i + 1])] = out.size();
      out += slotText(a, f, pattern[i + 1], language);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

nlohmann::json renderArticle(const Article& a, const std::string& language, const std::string& idPrefix) {
  std::string context;
  nlohmann::json qas = nlohmann::json::array();
  for (std::size_t i = 0; i < a.facts.size(); ++i) {
    const Fact& f = a.facts[i];
    const FactTemplate& t = factTemplate(language, f.kind);
    const Gender gender = genderOf(a, f);
    if (i > 0) context += sentenceSeparator(language);
    std::array<std::size_t, 128> slotBegin{};
    const std::size_t sentenceStart = context.size();
    context += fill(t.sentence.in(gender), a, f, language, &slotBegin);
    for (std::size_t q = 0; q < t.questions.size(); ++q) {
      const QuestionTemplate& qt = t.questions[q];
      const std::string answer = slotText(a, f, qt.answerSlot, language);
      const std::size_t byteStart = sentenceStart + slotBegin[static_cast<unsigned char>(qt.answerSlot)];
      // SQuAD's answer_start counts code points, as Python's str does.
      const std::size_t start = utf8::decode(std::string_view(context).substr(0, byteStart)).size();
      qas.push_back({{"id", idPrefix + "-" + std::to_string(i) + "-" + std::to_string(q)},
                     {"question", fill(qt.text.in(gender), a, f, language)},
                     {"answers", {{{"text", answer}, {"answer_start", start}}}}});
    }
  }
  return {{"title", renderName(a.towns[0].name, nameScriptOf(language))},
          {"paragraphs", {{{"context", context}, {"qas", qas}}}}};
}

std::string articleIdPrefix(DemoSplit split, std::size_t index) {
  std::string number = std::to_string(index);
  number.insert(0, number.size() < 4 ? 4 - number.size() : 0, '0');
  return std::string("demo-") + splitName(split) + "-" + number;
}

}  // namespace

const char* splitName(DemoSplit split) {
  switch (split) {
    case DemoSplit::Train: return "train";
    case DemoSplit::Dev: return "dev";
    case DemoSplit::Test: return "test";
  }
  return "?";
}

nlohmann::json demoSplitJson(const DemoCorpusSettings& settings, DemoSplit split, const std::string& language) {
  factTemplate(language, FactKind::Birth);  // throws for a language without templates
  nlohmann::json data = nlohmann::json::array();
  const std::vector<Article> articles = drawArticles(settings, split);
  for (std::size_t i = 0; i < articles.size(); ++i)
    data.push_back(renderArticle(articles[i], language, articleIdPrefix(split, i)));
  return {{"version", "xlqa-demo/1"}, {"data", data}};
}

std::string demoSplitDirectory(const std::string& corpusDirectory, DemoSplit split) {
  return (fs::path(corpusDirectory) / splitName(split)).string();
}

std::vector<std::string> writeDemoCorpus(const DemoCorpusSettings& settings, const std::string& directory) {
  std::vector<std::string> written;
  for (DemoSplit split : {DemoSplit::Train, DemoSplit::Dev, DemoSplit::Test}) {
    const fs::path folder = demoSplitDirectory(directory, split);
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) throw FileError(folder.string(), "cannot create the folder: " + ec.message());
    for (const std::string& language : demoLanguages()) {
      const std::string path = (folder / ("demo." + language + ".json")).string();
      writeFileAtomically(path, demoSplitJson(settings, split, language).dump(1) + "\n");
      written.push_back(path);
    }
  }
  return written;
}

}  // namespace xlqa
