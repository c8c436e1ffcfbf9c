#pragma once
// Who the app is to the desktop: the names that place its settings (~/.config/xlqa-studio, like
// its cache ~/.cache/xlqa-studio), the .desktop file it belongs to, and its window icon.
namespace xlqa {

inline constexpr const char* kDesktopFileName = "org.xlqa.Studio";  // .desktop and AppStream id

// Call once the QApplication exists. Settings saved under the old name ("XLQA Studio") are moved
// over the first time, so no user loses their choices.
void setUpApplicationIdentity();

}  // namespace xlqa
