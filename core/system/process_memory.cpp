#include "core/system/process_memory.h"

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

}  // namespace xlqa
