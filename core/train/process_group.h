#pragma once
// The processes of one data-parallel training, joined over LibTorch's own c10d: a TCPStore at
// MASTER_ADDR:MASTER_PORT for the rendezvous (torchrun's contract; set both under srun) and a
// Gloo process group for the collectives. Every collective has a timeout, so a rank that dies
// makes the others fail with a message instead of waiting for ever. Torch-free interface.
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/system/launch_position.h"

namespace at {
class Tensor;
}

namespace xlqa {

class ProcessGroup {
 public:
  // Joins the group of `position` (several ranks). Throws std::invalid_argument when
  // MASTER_ADDR or MASTER_PORT is missing, std::runtime_error when the rendezvous fails.
  static std::unique_ptr<ProcessGroup> join(const LaunchPosition& position, std::chrono::milliseconds timeout,
                                            const EnvironmentLookup& environment = processEnvironment());
  ~ProcessGroup();

  int rank() const { return rank_; }
  int worldSize() const { return worldSize_; }
  bool leads() const { return rank_ == 0; }

  // Element-wise sums over the ranks, in place.
  void sum(std::vector<double>& values);
  // Sums the tensors over the ranks in place, in buckets of about 25 MB (fewer, larger messages).
  void sum(const std::vector<at::Tensor>& tensors);
  // Rank 0's values into every rank's tensors.
  void broadcastFromLeader(const std::vector<at::Tensor>& tensors);
  void barrier();

  struct Impl;  // c10d's store and Gloo group, and the heartbeat (in the .cpp)

 private:
  ProcessGroup(int rank, int worldSize, std::unique_ptr<Impl> impl);
  int rank_ = 0, worldSize_ = 1;
  std::unique_ptr<Impl> impl_;
};

// Runs a collective, turning c10d's errors into a std::runtime_error that says which collective
// failed and that a rank probably stopped.
std::string collectiveFailure(const std::string& what, const std::string& detail);

}  // namespace xlqa
