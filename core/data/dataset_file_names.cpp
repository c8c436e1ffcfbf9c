#include "core/data/dataset_file_names.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>

#include "core/data/language.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;

std::string lowered(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::vector<std::string> split(std::string_view text, std::string_view separators) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = text.find_first_of(separators, begin);
    parts.emplace_back(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
    if (end == std::string_view::npos) return parts;
    begin = end + 1;
  }
}

std::string knownCodes() {
  std::string text;
  for (const Language& language : knownLanguages()) text += (text.empty() ? "" : ", ") + std::string(language.code);
  return text;
}

std::string suggestion(const std::string& path) {
  return "; give the language explicitly as lang=path (e.g. en=" + path + ") or q,c=path for a cross-lingual file";
}

[[noreturn]] void throwUnknownCode(const std::string& code, const std::string& path) {
  throw std::invalid_argument("dataset file \"" + path + "\": unknown language code \"" + code +
                              "\" (known codes: " + knownCodes() + ")" + suggestion(path));
}

// A code as written in a name, or TyDiQA's full English name ("arabic"); "" when neither.
std::string codeFromNamePart(const std::string& part) {
  if (findLanguage(part)) return part;
  return languageCodeFromName(part);
}

std::string stemOf(const std::string& path) {
  std::string name = lowered(fs::path(path).filename().string());
  if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) name.resize(name.size() - 5);
  return name;
}

std::string corpusOf(const std::string& stem) {
  if (stem.rfind("xquad", 0) == 0) return "xquad";
  if (stem.rfind("tydiqa", 0) == 0) return "tydiqa";
  const auto parts = split(stem, "-");
  if (parts.size() == 5 && (parts[0] == "dev" || parts[0] == "test") && parts[1] == "context" &&
      parts[3] == "question") {
    return "mlqa";
  }
  return "squad";
}

DatasetFileSpec monolingual(const std::string& path, const std::string& code, const std::string& corpus) {
  return {path, code, code, corpus};
}

std::optional<DatasetFileSpec> xquadSpec(const std::string& path, const std::vector<std::string>& dotParts) {
  if (dotParts.size() < 2 || dotParts[0] != "xquad") return std::nullopt;
  if (!findLanguage(dotParts[1])) throwUnknownCode(dotParts[1], path);
  return monolingual(path, dotParts[1], "xquad");
}

// dev-context-<c>-question-<q>: contexts in c, questions in q.
std::optional<DatasetFileSpec> mlqaSpec(const std::string& path, const std::string& stem) {
  if (corpusOf(stem) != "mlqa") return std::nullopt;
  const auto parts = split(stem, "-");
  for (const std::string& code : {parts[2], parts[4]}) {
    if (!findLanguage(code)) throwUnknownCode(code, path);
  }
  return DatasetFileSpec{path, parts[4], parts[2], "mlqa"};
}

std::optional<DatasetFileSpec> tydiqaSpec(const std::string& path, const std::string& stem,
                                          const std::vector<std::string>& dotParts) {
  if (stem == "tydiqa-goldp-v1.1-dev" || stem == "tydiqa-goldp-v1.1-train")
    return DatasetFileSpec{path, "*", "*", "tydiqa"};
  std::string language;
  if (dotParts.size() == 3 && dotParts[0] == "tydiqa" && dotParts[2] == "dev") language = dotParts[1];
  if (dotParts.size() == 4 && dotParts[0] == "tydiqa" && dotParts[1] == "goldp" && dotParts[3] == "dev") {
    language = dotParts[2];
  }
  if (language.empty()) return std::nullopt;
  const std::string code = codeFromNamePart(language);
  if (code.empty()) throwUnknownCode(language, path);
  return monolingual(path, code, "tydiqa");
}

// Any other name: exactly one of its parts must name a language.
DatasetFileSpec genericSpec(const std::string& path, const std::string& stem) {
  std::set<std::string> codes;
  for (const std::string& part : split(stem, ".-_")) {
    if (const std::string code = codeFromNamePart(part); !code.empty()) codes.insert(code);
  }
  if (codes.empty()) {
    throw std::invalid_argument("dataset file \"" + path + "\": cannot tell its language from the name" +
                                suggestion(path));
  }
  if (codes.size() > 1) {
    std::string list;
    for (const std::string& code : codes) list += (list.empty() ? "" : ", ") + code;
    throw std::invalid_argument("dataset file \"" + path + "\": its name mentions several languages (" + list + ")" +
                                suggestion(path));
  }
  return monolingual(path, *codes.begin(), corpusOf(stem));
}

DatasetFileSpec specFromFileName(const std::string& path) {
  const std::string stem = stemOf(path);
  const auto dotParts = split(stem, ".");
  if (auto spec = xquadSpec(path, dotParts)) return *spec;
  if (auto spec = mlqaSpec(path, stem)) return *spec;
  if (auto spec = tydiqaSpec(path, stem, dotParts)) return *spec;
  return genericSpec(path, stem);
}

// "de=path" or "en,de=path"; nullopt when the text before '=' cannot be a language prefix,
// so paths that merely contain '=' still work.
std::optional<std::pair<std::string, std::string>> splitLanguagePrefix(const std::string& argument) {
  const std::size_t equals = argument.find('=');
  if (equals == std::string::npos || equals == 0) return std::nullopt;
  const std::string prefix = argument.substr(0, equals);
  const bool looksLikeCodes = std::all_of(prefix.begin(), prefix.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == ',' || c == ' ';
  });
  if (!looksLikeCodes) return std::nullopt;
  return std::make_pair(prefix, argument.substr(equals + 1));
}

std::string requireCode(const std::string& written, const std::string& path) {
  std::string code = lowered(written);
  code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
  if (!findLanguage(code)) throwUnknownCode(code, path);
  return code;
}

DatasetFileSpec specFromPrefix(const std::string& prefix, const std::string& path) {
  if (path.empty()) throw std::invalid_argument("\"" + prefix + "=\" names no file; expected lang=path or q,c=path");
  const auto codes = split(prefix, ",");
  if (codes.size() > 2) {
    throw std::invalid_argument("dataset file \"" + path + "\": \"" + prefix +
                                "\" is neither lang nor q,c; expected lang=path or q,c=path");
  }
  const std::string question = requireCode(codes.front(), path);
  const std::string context = requireCode(codes.back(), path);
  const std::string corpus = corpusOf(stemOf(path));
  return {path, question, context, corpus};
}

std::vector<std::string> jsonFilesIn(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file() && lowered(entry.path().extension().string()) == ".json") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::invalid_argument("folder \"" + folder + "\" holds no .json files");
  return files;
}

}  // namespace

DatasetFileSpec specFromArgument(const std::string& argument) {
  if (auto prefixed = splitLanguagePrefix(argument)) return specFromPrefix(prefixed->first, prefixed->second);
  return specFromFileName(argument);
}

std::vector<DatasetFileSpec> discoverDatasetFiles(const std::vector<std::string>& arguments) {
  std::vector<DatasetFileSpec> specs;
  for (const std::string& argument : arguments) {
    std::error_code ec;
    if (!splitLanguagePrefix(argument) && fs::is_directory(argument, ec)) {
      for (const std::string& file : jsonFilesIn(argument)) specs.push_back(specFromFileName(file));
    } else {
      specs.push_back(specFromArgument(argument));
    }
  }
  return specs;
}

}  // namespace xlqa
