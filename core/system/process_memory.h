#pragma once
// This process's memory, from /proc/self/status (Linux).
#include <cstddef>

namespace xlqa {

struct ProcessMemory {
  std::size_t residentBytes = 0;      // VmRSS
  std::size_t peakResidentBytes = 0;  // VmHWM
};

ProcessMemory currentProcessMemory();

// glibc's malloc, tuned for the two ways tensors come and go (call once at start-up; a
// GLIBC_TUNABLES mmap_threshold set by the user wins over both):
//
// - Inference (the default): the same activation shapes are allocated and freed at every layer
//   of every batch, so freed memory stays in the heap for the next one. glibc's defaults hand
//   tensors of 32 MiB and more to mmap and give the heap's top back after frees, and the next
//   allocation faults every page in again: at base size, a third of the CPU time of an
//   evaluation went to page faults in the kernel, and it ran 1.7x slower.
// - Training (while a TrainingAllocation lives): activations, gradients and Adam moments of many
//   sizes interleave, and freed activations left as holes in the heap raised the peak at base
//   size 3.3 GB above its floor instead of 0.9 GB. There every allocation of 1 MiB or more gets
//   its own mapping, returned to the system when freed.
void configureAllocator();

// Training's allocation pattern while alive (nests; threads may hold one each). When the last
// one ends, the inference pattern returns and the freed training memory goes back to the system.
class TrainingAllocation {
 public:
  TrainingAllocation();
  ~TrainingAllocation();
  TrainingAllocation(const TrainingAllocation&) = delete;
  TrainingAllocation& operator=(const TrainingAllocation&) = delete;
};

// Returns the heap's free pages to the system (after a job, so an idle app stays small).
void releaseFreedMemory();

}  // namespace xlqa
