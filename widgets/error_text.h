#pragma once
// An error from core as the user reads it: translated into the UI's language (xlqa::Message).
#include <QString>
#include <exception>

#include "core/data/problems.h"

namespace xlqa {

inline QString errorText(const std::exception& error) { return QString::fromStdString(localizedWhat(error)); }

}  // namespace xlqa
