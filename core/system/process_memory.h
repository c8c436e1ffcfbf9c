#pragma once
// This process's memory, from /proc/self/status (Linux).
#include <cstddef>

namespace xlqa {

struct ProcessMemory {
  std::size_t residentBytes = 0;      // VmRSS
  std::size_t peakResidentBytes = 0;  // VmHWM
};

ProcessMemory currentProcessMemory();

// Gives every allocation of 1 MiB or more (tensors) its own mapping, returned to the system when
// freed. glibc's default threshold rises after frees up to 32 MiB, and then freed activations and
// gradients stay in the heap as holes: training at base size peaked 3.3 GB above its floor
// instead of 0.9 GB. Call once at start-up (honours a GLIBC_TUNABLES mmap_threshold if set).
void configureAllocator();

}  // namespace xlqa
