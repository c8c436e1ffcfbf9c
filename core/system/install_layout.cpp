#include "core/system/install_layout.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace xlqa {

namespace {

fs::path prefixOfExecutable() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path().parent_path();
}

std::string under(const fs::path& relative) {
  const fs::path prefix = prefixOfExecutable();
  return prefix.empty() ? std::string() : (prefix / relative).string();
}

}  // namespace

std::string shareDirectory() { return under("share/xlqa-studio"); }
std::string translationsDirectory() { return under("share/xlqa-studio/translations"); }
std::string privateLibraryDirectory() { return under("lib/xlqa-studio"); }

std::vector<std::string> installedTranslations() {
  std::vector<std::string> languages;
  std::error_code ec;
  for (fs::directory_iterator it(translationsDirectory(), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();  // xlqa_<language>.qm
    if (name.size() > 8 && name.rfind("xlqa_", 0) == 0 && it->path().extension() == ".qm")
      languages.push_back(name.substr(5, name.size() - 8));
  }
  std::sort(languages.begin(), languages.end());
  return languages;
}

}  // namespace xlqa
