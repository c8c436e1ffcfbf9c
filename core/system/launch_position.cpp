#include "core/system/launch_position.h"

#include <cstdlib>
#include <stdexcept>

namespace xlqa {
namespace {

int integer(const std::string& name, const std::string& value) {
  std::size_t used = 0;
  int parsed = 0;
  try {
    parsed = std::stoi(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != value.size()) throw std::invalid_argument(name + "=" + value + " is not a whole number");
  return parsed;
}

LaunchPosition checked(LaunchPosition position, const std::string& what) {
  if (position.worldSize < 1 || position.rank < 0 || position.rank >= position.worldSize || position.localRank < 0)
    throw std::invalid_argument(what + ": rank " + std::to_string(position.rank) + " is not within 0.." +
                                std::to_string(position.worldSize - 1));
  return position;
}

}  // namespace

std::string LaunchPosition::text() const {
  if (!sharded()) return "one process";
  return "rank " + std::to_string(rank) + " of " + std::to_string(worldSize) + " (local rank " +
         std::to_string(localRank) + ", from " + source + ")";
}

EnvironmentLookup processEnvironment() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    return value ? std::optional<std::string>(value) : std::nullopt;
  };
}

LaunchPosition launchPositionFromEnvironment(const EnvironmentLookup& env) {
  const auto number = [&](const std::string& name) -> std::optional<int> {
    const std::optional<std::string> value = env(name);
    return value ? std::optional<int>(integer(name, *value)) : std::nullopt;
  };
  if (const auto rank = number("RANK"), world = number("WORLD_SIZE"); rank && world)
    return checked({*rank, *world, number("LOCAL_RANK").value_or(0), "torchrun"}, "RANK / WORLD_SIZE");
  // One task per process of a step; an array job's tasks are single-task steps, read below.
  if (const auto rank = number("SLURM_PROCID"), tasks = number("SLURM_NTASKS"); rank && tasks && *tasks > 1)
    return checked({*rank, *tasks, number("SLURM_LOCALID").value_or(0), "Slurm"}, "SLURM_PROCID / SLURM_NTASKS");
  if (const auto task = number("SLURM_ARRAY_TASK_ID")) {
    const int first = number("SLURM_ARRAY_TASK_MIN").value_or(0);
    std::optional<int> count = number("SLURM_ARRAY_TASK_COUNT");
    if (!count)
      if (const auto last = number("SLURM_ARRAY_TASK_MAX")) count = *last - first + 1;
    if (!count)
      throw std::invalid_argument(
          "SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT nor "
          "SLURM_ARRAY_TASK_MAX says how many tasks the array has");
    // Task ids are taken as a contiguous range (--array=0-15 or 1-16), as one evaluation is split.
    return checked({*task - first, *count, 0, "Slurm array"}, "SLURM_ARRAY_TASK_ID");
  }
  return {};
}

LaunchPosition parseShardOption(const std::string& text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) throw std::invalid_argument("--shard " + text + ": expected I/N, e.g. 0/4");
  LaunchPosition position;
  position.rank = integer("--shard", text.substr(0, slash));
  position.worldSize = integer("--shard", text.substr(slash + 1));
  position.source = "--shard";
  return checked(position, "--shard " + text);
}

}  // namespace xlqa
