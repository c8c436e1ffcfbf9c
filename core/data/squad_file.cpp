// Loading policy for SQuAD v1.1-format files. Every problem is collected (not just the first),
// each naming the file, the JSON path and the reason.
//   Fatal (LoadError): unreadable, empty, non-UTF-8 or malformed/truncated JSON; a root that is
//   not an object; `data` missing or not an array; a required field missing or of the wrong
//   JSON type (article/answer not an object, paragraphs/qas/answers not arrays, context/id/
//   question/answer text not strings, answer_start not an integer); a file with no questions.
//   Warnings (the file loads): a duplicate question id (both kept, lookups find the first); an
//   answer not found at answer_start, or answer_start negative or out of range (located=false);
//   a question with no answers; a title missing or not a string ("" is used).
// answer_start is a code point offset, as Python's str indexes it; text is never normalised.
#include "core/data/squad_file.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/io/json_file.h"
#include "core/util/utf8.h"

namespace xlqa {
namespace {

using nlohmann::json;

enum class Kind { Object, Array, String, Integer };

// Where in the file a value sits; -1 marks levels not entered.
struct Location {
  long article = -1;
  long paragraph = -1;
  long qa = -1;
  long answer = -1;
};

std::string pathOf(const Location& at, std::string_view field) {
  std::string path;
  const auto level = [&path](const char* name, long index) {
    if (index < 0) return;
    path += (path.empty() ? "" : ".") + std::string(name) + "[" + std::to_string(index) + "]";
  };
  level("data", at.article);
  level("paragraphs", at.paragraph);
  level("qas", at.qa);
  level("answers", at.answer);
  if (!field.empty()) path += (path.empty() ? "" : ".") + std::string(field);
  return path;
}

// Shortens text for messages to at most `limit` code points.
std::string excerpt(std::string_view text, std::size_t limit = 40) {
  std::size_t bytes = 0, codePoints = 0;
  while (bytes < text.size() && codePoints < limit) {
    ++bytes, ++codePoints;
    while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) ++bytes;
  }
  return "\"" + std::string(text.substr(0, bytes)) + (bytes < text.size() ? "...\"" : "\"");
}

Message describe(const json& value) {
  switch (value.type()) {
    case json::value_t::object: return Message(XLQA_TR("SquadFile", "an object"));
    case json::value_t::array: return Message(XLQA_TR("SquadFile", "an array"));
    case json::value_t::string:
      return Message(XLQA_TR("SquadFile", "a string (%1)"), excerpt(value.get_ref<const std::string&>()));
    case json::value_t::boolean:
      return Message(XLQA_TR("SquadFile", "a boolean (%1)"), value.get<bool>() ? "true" : "false");
    case json::value_t::null: return Message("null");  // JSON's own word
    case json::value_t::number_float: return Message(XLQA_TR("SquadFile", "a non-integer number (%1)"), value.dump());
    default: return Message(XLQA_TR("SquadFile", "a number (%1)"), value.dump());
  }
}

Message kindName(Kind kind) {
  switch (kind) {
    case Kind::Object: return Message(XLQA_TR("SquadFile", "an object"));
    case Kind::Array: return Message(XLQA_TR("SquadFile", "an array"));
    case Kind::String: return Message(XLQA_TR("SquadFile", "a string"));
    case Kind::Integer: return Message(XLQA_TR("SquadFile", "an integer"));
  }
  return Message();
}

bool hasKind(const json& value, Kind kind) {
  switch (kind) {
    case Kind::Object: return value.is_object();
    case Kind::Array: return value.is_array();
    case Kind::String: return value.is_string();
    case Kind::Integer: return value.is_number_integer();
  }
  return false;
}

// Byte offset of every code point of a context, plus its end, so that code point offsets
// (answer_start) and byte offsets (string search) convert both ways.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text) {
    starts_.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts_.push_back(i);
    }
    starts_.push_back(text.size());
  }
  std::size_t codePoints() const { return starts_.size() - 1; }
  std::size_t byteOf(std::size_t codePoint) const { return starts_[codePoint]; }
  std::size_t codePointOf(std::size_t byte) const {
    return static_cast<std::size_t>(std::lower_bound(starts_.begin(), starts_.end(), byte) - starts_.begin());
  }

 private:
  std::vector<std::size_t> starts_;
};

class Loader {
 public:
  explicit Loader(const std::string& path) { file_.path = path; }

  SquadFile load(json& root) {
    readRoot(root);
    if (errors_.empty() && file_.questions.empty())
      error(Location{}, "", Message(XLQA_TR("SquadFile", "the file holds no questions")));
    if (!errors_.empty()) throw LoadError(std::move(errors_));
    file_.indexQuestions();
    reportDuplicateIds();
    return std::move(file_);
  }

 private:
  // Where each question was read, for messages about it after the walk.
  struct QuestionPlace {
    long article, paragraph, qa;
  };

  void problem(Severity severity, const Location& at, std::string_view field, Message message) {
    Problem p{severity, file_.path, pathOf(at, field), std::move(message)};
    (severity == Severity::Error ? errors_ : file_.warnings).push_back(std::move(p));
  }
  void error(const Location& at, std::string_view field, Message message) {
    problem(Severity::Error, at, field, std::move(message));
  }
  void warning(const Location& at, std::string_view field, Message message) {
    problem(Severity::Warning, at, field, std::move(message));
  }

  // The member `name` of `object` when present with the right type; otherwise records an error.
  json* member(json& object, const char* name, Kind kind, const Location& at) {
    const auto it = object.find(name);
    if (it == object.end()) {
      error(at, name, Message(XLQA_TR("SquadFile", "required field is missing")));
      return nullptr;
    }
    if (!hasKind(*it, kind)) {
      error(at, name, Message(XLQA_TR("SquadFile", "expected %1, found %2"), kindName(kind), describe(*it)));
      return nullptr;
    }
    return &*it;
  }

  static std::string take(json& stringValue) { return std::move(stringValue.get_ref<std::string&>()); }

  void readRoot(json& root) {
    if (!root.is_object()) {
      error(Location{}, "",
            Message(XLQA_TR("SquadFile", "the top level must be an object with a \"data\" array, found %1"),
                    describe(root)));
      return;
    }
    if (const auto version = root.find("version"); version != root.end()) {
      if (version->is_string()) {
        file_.version = take(*version);
      } else {
        warning(Location{}, "version",
                Message(XLQA_TR("SquadFile", "expected a string, found %1; ignored"), describe(*version)));
      }
    }
    json* data = member(root, "data", Kind::Array, Location{});
    if (!data) return;
    for (std::size_t i = 0; i < data->size(); ++i) readArticle((*data)[i], Location{static_cast<long>(i)});
  }

  void readArticle(json& article, const Location& at) {
    if (!article.is_object()) {
      error(at, "", Message(XLQA_TR("SquadFile", "expected an object, found %1"), describe(article)));
      return;
    }
    const auto articleIndex = static_cast<std::uint32_t>(file_.titles.size());
    file_.titles.push_back(readTitle(article, at));
    json* paragraphs = member(article, "paragraphs", Kind::Array, at);
    if (!paragraphs) return;
    for (std::size_t i = 0; i < paragraphs->size(); ++i) {
      readParagraph((*paragraphs)[i], articleIndex, Location{at.article, static_cast<long>(i)});
    }
  }

  std::string readTitle(json& article, const Location& at) {
    const auto title = article.find("title");
    if (title == article.end()) {
      warning(at, "title", Message(XLQA_TR("SquadFile", "missing; using \"\"")));
      return "";
    }
    if (!title->is_string()) {
      warning(at, "title", Message(XLQA_TR("SquadFile", "expected a string, found %1; using \"\""), describe(*title)));
      return "";
    }
    return take(*title);
  }

  void readParagraph(json& paragraph, std::uint32_t articleIndex, const Location& at) {
    if (!paragraph.is_object()) {
      error(at, "", Message(XLQA_TR("SquadFile", "expected an object, found %1"), describe(paragraph)));
      return;
    }
    json* context = member(paragraph, "context", Kind::String, at);
    json* qas = member(paragraph, "qas", Kind::Array, at);
    if (!context || !qas) return;
    const auto paragraphIndex = static_cast<std::uint32_t>(file_.paragraphs.size());
    file_.paragraphs.push_back(Paragraph{take(*context), articleIndex});
    const std::string& text = file_.paragraphs.back().context;
    const CodePointIndex index(text);
    for (std::size_t i = 0; i < qas->size(); ++i) {
      readQuestion((*qas)[i], paragraphIndex, text, index, Location{at.article, at.paragraph, static_cast<long>(i)});
    }
  }

  void readQuestion(json& qa, std::uint32_t paragraphIndex, const std::string& context, const CodePointIndex& index,
                    const Location& at) {
    if (!qa.is_object()) {
      error(at, "", Message(XLQA_TR("SquadFile", "expected an object, found %1"), describe(qa)));
      return;
    }
    json* id = member(qa, "id", Kind::String, at);
    json* questionText = member(qa, "question", Kind::String, at);
    json* answers = member(qa, "answers", Kind::Array, at);
    if (!answers) return;
    // Answers are checked even when id or question is broken, so that all problems show at once.
    Question question{id ? take(*id) : "", questionText ? take(*questionText) : "", paragraphIndex, {}};
    question.answers.reserve(answers->size());
    for (std::size_t i = 0; i < answers->size(); ++i) {
      Location answerAt = at;
      answerAt.answer = static_cast<long>(i);
      if (auto answer = readAnswer((*answers)[i], context, index, answerAt))
        question.answers.push_back(std::move(*answer));
    }
    if (answers->empty()) warning(at, "answers", Message(XLQA_TR("SquadFile", "the question has no answers")));
    if (!id || !questionText) return;
    file_.questions.push_back(std::move(question));
    places_.push_back({at.article, at.paragraph, at.qa});
  }

  std::optional<GoldAnswer> readAnswer(json& answer, const std::string& context, const CodePointIndex& index,
                                       const Location& at) {
    if (!answer.is_object()) {
      error(at, "", Message(XLQA_TR("SquadFile", "expected an object, found %1"), describe(answer)));
      return std::nullopt;
    }
    json* text = member(answer, "text", Kind::String, at);
    json* start = member(answer, "answer_start", Kind::Integer, at);
    if (!text || !start) return std::nullopt;
    GoldAnswer gold{take(*text), startValue(*start), false};
    gold.located = locate(gold, context, index, at);
    return gold;
  }

  static std::int64_t startValue(const json& start) {
    if (start.is_number_unsigned()) {
      const auto value = start.get<std::uint64_t>();
      const auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
      return static_cast<std::int64_t>(std::min(value, max));
    }
    return start.get<std::int64_t>();
  }

  // Whether the answer text sits at answer_start; warns with what is there and where the text is.
  bool locate(const GoldAnswer& gold, const std::string& context, const CodePointIndex& index, const Location& at) {
    if (gold.start < 0) {
      warning(at, "answer_start", Message(XLQA_TR("SquadFile", "answer_start %1 is negative"), gold.start));
      return false;
    }
    if (static_cast<std::uint64_t>(gold.start) > index.codePoints()) {
      warning(at, "answer_start",
              Message(XLQA_TR("SquadFile", "answer_start %1 is out of range: the context has %2 code points"),
                      gold.start, index.codePoints()));
      return false;
    }
    // Both strings are well-formed UTF-8 and the comparison starts on a code point boundary,
    // so equal bytes mean equal code points.
    const std::size_t byte = index.byteOf(static_cast<std::size_t>(gold.start));
    if (context.compare(byte, gold.text.size(), gold.text) == 0) {
      if (gold.text.empty()) warning(at, "text", Message(XLQA_TR("SquadFile", "the answer text is empty")));
      return true;
    }
    warning(at, "answer_start", notFoundMessage(gold, context, index, byte));
    return false;
  }

  static Message notFoundMessage(const GoldAnswer& gold, const std::string& context, const CodePointIndex& index,
                                 std::size_t byte) {
    const std::size_t length = utf8::countCodePoints(gold.text);
    const std::size_t startCp = static_cast<std::size_t>(gold.start);
    const std::size_t endCp = std::min(index.codePoints(), startCp + length);
    const std::string there(context, byte, index.byteOf(endCp) - byte);
    const Message notThere(
        XLQA_TR("SquadFile", "answer %1 does not occur at answer_start %2 (the context there reads %3)"),
        excerpt(gold.text), gold.start, excerpt(there));
    const MessageTemplate joined = XLQA_TR("SquadFile", "%1; %2");
    std::size_t occurrences = 0, nearest = 0, nearestDistance = std::numeric_limits<std::size_t>::max();
    for (std::size_t found = context.find(gold.text); found != std::string::npos;
         found = context.find(gold.text, found + 1)) {
      const std::size_t cp = index.codePointOf(found);
      const std::size_t distance = cp > startCp ? cp - startCp : startCp - cp;
      if (distance < nearestDistance) nearest = cp, nearestDistance = distance;
      ++occurrences;
    }
    if (occurrences == 0)
      return Message(joined, notThere, Message(XLQA_TR("SquadFile", "it does not occur anywhere in the context")));
    if (occurrences == 1)
      return Message(joined, notThere, Message(XLQA_TR("SquadFile", "it occurs at code point offset %1"), nearest));
    const MessageTemplate nearestOf =
        XLQA_TR("SquadFile", "it occurs at code point offset %1 (the nearest of %2 occurrences)");
    return Message(joined, notThere, Message(nearestOf, nearest, occurrences));
  }

  void reportDuplicateIds() {
    for (std::size_t i = 0; i < file_.questions.size(); ++i) {
      const Question& question = file_.questions[i];
      const auto first = static_cast<std::size_t>(file_.findQuestion(question.id));
      if (first == i) continue;
      const QuestionPlace& here = places_[i];
      const QuestionPlace& there = places_[first];
      warning(Location{here.article, here.paragraph, here.qa}, "id",
              Message(XLQA_TR("SquadFile",
                              "duplicate question id %1 (first at %2); both are kept and lookups by id find the first"),
                      excerpt(question.id, 80), pathOf(Location{there.article, there.paragraph, there.qa}, "")));
    }
  }

  SquadFile file_;
  std::vector<Problem> errors_;
  std::vector<QuestionPlace> places_;
};

// The Problem carries the path separately, so it takes the FileError's reason alone.
Problem problemFromFileError(const FileError& e, const std::string& path) {
  return Problem{Severity::Error, path, "", e.reason()};
}

}  // namespace

std::int64_t SquadFile::findQuestion(std::string_view id) const {
  const auto it = firstIndexById_.find(std::string(id));
  return it == firstIndexById_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

void SquadFile::indexQuestions() {
  firstIndexById_.clear();
  firstIndexById_.reserve(questions.size());
  for (std::size_t i = 0; i < questions.size(); ++i) {
    firstIndexById_.emplace(questions[i].id, static_cast<std::uint32_t>(i));  // emplace keeps the first
  }
}

SquadFile parseSquadFile(std::string_view bytes, const std::string& path) {
  json root;
  try {
    root = parseJsonText(bytes, path);
  } catch (const FileError& e) {
    throw LoadError({problemFromFileError(e, path)});
  }
  return Loader(path).load(root);
}

SquadFile loadSquadFile(const std::string& path) {
  std::string bytes;
  try {
    bytes = readFileBytes(path);
  } catch (const FileError& e) {
    throw LoadError({problemFromFileError(e, path)});
  }
  return parseSquadFile(bytes, path);
}

}  // namespace xlqa
