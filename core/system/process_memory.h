#pragma once
// This process's memory, from /proc/self/status (Linux).
#include <cstddef>

namespace xlqa {

struct ProcessMemory {
  std::size_t residentBytes = 0;      // VmRSS
  std::size_t peakResidentBytes = 0;  // VmHWM
};

ProcessMemory currentProcessMemory();

}  // namespace xlqa
