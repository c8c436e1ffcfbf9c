#pragma once
// An sbatch script for a job the app would otherwise run locally: the resources, the array or
// the ranks, and the exact `xlqa` command, each argument quoted for the shell.
//   - a sharded evaluation: an array of `arrayTasks` tasks; each task finds its shard in
//     SLURM_ARRAY_TASK_ID and all write into one run folder;
//   - a data-parallel training: `nodes` x `tasksPerNode` ranks under srun, with MASTER_ADDR and
//     MASTER_PORT exported for the c10d rendezvous.
#include <string>
#include <vector>

namespace xlqa {

struct SlurmJob {
  std::string name = "xlqa";
  int arrayTasks = 0;               // > 0: an array job (sharded evaluation)
  int nodes = 1, tasksPerNode = 1;  // the ranks of a distributed training (used when distributed)
  bool distributed = false;
  int cpusPerTask = 8;
  std::string memory = "16G", time = "04:00:00";
  std::vector<std::string> command;  // the argv of the job, e.g. {"xlqa", "eval", ...}
};

// The argument as one shell word ('...' unless it needs no quoting).
std::string shellQuoted(const std::string& argument);

// Throws std::invalid_argument for an empty command or counts below 1.
std::string sbatchScript(const SlurmJob& job);

}  // namespace xlqa
