#pragma once
// Where the installed files are, relative to the running executable, so that one layout serves the
// package (/usr/bin -> /usr/share/xlqa-studio), any other prefix, a `dpkg -x` scratch root and the
// build tree (build/bin -> build/share/xlqa-studio) alike.
#include <string>
#include <vector>

namespace xlqa {

// <exe>/../share/xlqa-studio: the demo, its prebuilt cache and the UI translations; empty when
// the executable's path is unknown.
std::string shareDirectory();
// <exe>/../share/xlqa-studio/translations: the .qm files.
std::string translationsDirectory();
// <exe>/../lib/xlqa-studio: the project's private libraries (the SentencePiece shim).
std::string privateLibraryDirectory();
// The UI languages with a translation installed ("es", "zh_CN"), sorted.
std::vector<std::string> installedTranslations();

}  // namespace xlqa
