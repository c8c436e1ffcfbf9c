#include "core/system/slurm_script.h"

#include <stdexcept>

namespace xlqa {

std::string shellQuoted(const std::string& argument) {
  const bool plain = !argument.empty() && argument.find_first_not_of(
                                              "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                              "_-+=./:,@%") == std::string::npos;
  if (plain) return argument;
  std::string quoted = "'";
  for (char c : argument) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string sbatchScript(const SlurmJob& job) {
  if (job.command.empty()) throw std::invalid_argument("the job has no command");
  if (job.cpusPerTask < 1 || job.nodes < 1 || job.tasksPerNode < 1 || job.arrayTasks < 0)
    throw std::invalid_argument("the job's counts must be at least 1");
  std::string script = "#!/bin/bash\n";
  const auto directive = [&](const std::string& text) { script += "#SBATCH " + text + "\n"; };
  directive("--job-name=" + shellQuoted(job.name));
  if (job.arrayTasks > 0) directive("--array=0-" + std::to_string(job.arrayTasks - 1));
  if (job.distributed) {
    directive("--nodes=" + std::to_string(job.nodes));
    directive("--ntasks-per-node=" + std::to_string(job.tasksPerNode));
  }
  directive("--cpus-per-task=" + std::to_string(job.cpusPerTask));
  directive("--mem=" + job.memory);
  directive("--time=" + job.time);
  script += "# Written by XLQA Studio; see docs/cluster.md.\nset -euo pipefail\n";
  script += "export OMP_NUM_THREADS=\"$SLURM_CPUS_PER_TASK\"\n";
  if (job.arrayTasks > 0)
    script += "# Each array task evaluates its shard of the pairs (SLURM_ARRAY_TASK_ID) into the shared run folder.\n";
  if (job.distributed) {
    script += "# The ranks meet at the first node (c10d TCPStore), then sum gradients over Gloo.\n";
    script += "export MASTER_ADDR=\"$(scontrol show hostnames \"$SLURM_JOB_NODELIST\" | head -n 1)\"\n";
    script += "export MASTER_PORT=\"${MASTER_PORT:-29500}\"\n";
  }
  script += "srun";
  for (const std::string& argument : job.command) script += " " + shellQuoted(argument);
  return script + "\n";
}

}  // namespace xlqa
