#pragma once
// Where this process stands among the processes of one job, read the way cluster launchers say
// it: an explicit --shard I/N, else torchrun's RANK / WORLD_SIZE / LOCAL_RANK, else Slurm's
// SLURM_PROCID / SLURM_NTASKS / SLURM_LOCALID (several tasks of one step), else a Slurm array's
// SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT or the task range. One process otherwise.
#include <functional>
#include <optional>
#include <string>

namespace xlqa {

struct LaunchPosition {
  int rank = 0, worldSize = 1, localRank = 0;
  std::string source = "single process";  // "--shard", "torchrun", "Slurm", "Slurm array"
  bool sharded() const { return worldSize > 1; }
  std::string text() const;  // "rank 1 of 4 (local 1, from torchrun)"
};

// An environment variable's value, or nullopt when unset; the process's own by default.
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string& name)>;
EnvironmentLookup processEnvironment();

// Throws std::invalid_argument naming the variable when a value is not a number or out of range.
LaunchPosition launchPositionFromEnvironment(const EnvironmentLookup& environment = processEnvironment());

// "I/N" with 0 <= I < N; throws std::invalid_argument otherwise.
LaunchPosition parseShardOption(const std::string& text);

}  // namespace xlqa
