#include "core/system/process_memory.h"

#include <malloc.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace xlqa {

ProcessMemory currentProcessMemory() {
  ProcessMemory memory;
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    std::istringstream fields(line);
    std::string key;
    std::size_t kilobytes = 0;
    fields >> key >> kilobytes;
    if (key == "VmRSS:") memory.residentBytes = kilobytes * 1024;
    if (key == "VmHWM:") memory.peakResidentBytes = kilobytes * 1024;
  }
  return memory;
}

void configureAllocator() {
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  if (tunables && std::strstr(tunables, "mmap_threshold")) return;
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
}

}  // namespace xlqa
