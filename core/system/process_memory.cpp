#include "core/system/process_memory.h"

#include <malloc.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
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

namespace {

std::mutex allocationMutex;
int trainingAllocations = 0;
bool tunedByUser = false;

void useInferencePattern() {
  mallopt(M_MMAP_MAX, 0);              // everything from the heap, reused batch after batch
  mallopt(M_TRIM_THRESHOLD, INT_MAX);  // and kept until releaseFreedMemory()
}

void useTrainingPattern() {
  mallopt(M_MMAP_MAX, 65536);  // glibc's default count
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 * 1024);  // glibc's default
}

}  // namespace

void configureAllocator() {
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  const std::lock_guard<std::mutex> lock(allocationMutex);
  tunedByUser = tunables && std::strstr(tunables, "mmap_threshold");
  if (!tunedByUser) useInferencePattern();
}

TrainingAllocation::TrainingAllocation() {
  const std::lock_guard<std::mutex> lock(allocationMutex);
  if (trainingAllocations++ == 0 && !tunedByUser) {
    useTrainingPattern();
    malloc_trim(0);  // malloc serves from free heap memory before it maps: start from a trimmed heap
  }
}

TrainingAllocation::~TrainingAllocation() {
  const std::lock_guard<std::mutex> lock(allocationMutex);
  if (--trainingAllocations == 0 && !tunedByUser) {
    useInferencePattern();
    malloc_trim(0);
  }
}

void releaseFreedMemory() { malloc_trim(0); }

}  // namespace xlqa
