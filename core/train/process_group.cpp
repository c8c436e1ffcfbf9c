#include "core/train/process_group.h"

#include <torch/torch.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#ifdef XLQA_HAVE_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#endif

namespace xlqa {

std::string collectiveFailure(const std::string& what, const std::string& detail) {
  return what + " failed: another rank stopped or is unreachable (" + detail +
         "); the last checkpoint is intact, resume with the same command";
}

#ifndef XLQA_HAVE_GLOO
struct ProcessGroup::Impl {};
std::unique_ptr<ProcessGroup> ProcessGroup::join(const LaunchPosition& position, std::chrono::milliseconds,
                                                 const EnvironmentLookup&) {
  throw std::invalid_argument(position.text() +
                              ": this build has no Gloo (install libgloo-dev and rebuild) and trains on one "
                              "process only");
}
ProcessGroup::ProcessGroup(int rank, int worldSize, std::unique_ptr<Impl> impl)
    : rank_(rank), worldSize_(worldSize), impl_(std::move(impl)) {}
ProcessGroup::~ProcessGroup() = default;
void ProcessGroup::sum(std::vector<double>&) {}
void ProcessGroup::sum(const std::vector<at::Tensor>&) {}
void ProcessGroup::broadcastFromLeader(const std::vector<at::Tensor>&) {}
void ProcessGroup::barrier() {}
#else
namespace {

constexpr std::int64_t kBucketBytes = 25 << 20;
constexpr auto kHeartbeat = std::chrono::milliseconds(500);

std::string aliveKey(int rank) { return "xlqa/alive/" + std::to_string(rank); }

}  // namespace

// Besides the store and the group, a heartbeat: every rank counts up its key in the store twice
// a second, so that after a failed collective the survivors can say which rank went quiet.
struct ProcessGroup::Impl {
  c10::intrusive_ptr<c10d::Store> store;
  c10::intrusive_ptr<c10d::ProcessGroupGloo> gloo;
  int rank = 0, worldSize = 1;
  std::atomic<bool> stopping{false};
  std::thread heartbeat;

  void beat() {
    while (!stopping) {
      try {
        store->add(aliveKey(rank), 1);
      } catch (const std::exception&) {
        return;  // the store's host (rank 0) is gone; the next collective says so
      }
      std::this_thread::sleep_for(kHeartbeat);
    }
  }

  // The ranks whose heartbeat stopped, watched over a few beats; "rank 0" when the store it
  // serves cannot be reached any more.
  std::string lostRanks() {
    try {
      std::vector<std::int64_t> before;
      for (int r = 0; r < worldSize; ++r) before.push_back(store->add(aliveKey(r), 0));
      std::this_thread::sleep_for(4 * kHeartbeat);
      std::string lost;
      for (int r = 0; r < worldSize; ++r)
        if (r != rank && store->add(aliveKey(r), 0) == before[static_cast<std::size_t>(r)])
          lost += (lost.empty() ? "rank " : ", rank ") + std::to_string(r);
      return lost.empty() ? "no rank went quiet" : lost + " stopped";
    } catch (const std::exception&) {
      return "rank 0 stopped (its store is unreachable)";
    }
  }

  ~Impl() {
    stopping = true;
    if (heartbeat.joinable()) heartbeat.join();
  }
};

namespace {

template <typename Work>
void wait(ProcessGroup::Impl& impl, const Work& work, const std::string& what) {
  try {
    work->wait();
  } catch (const std::exception& e) {
    throw std::runtime_error(collectiveFailure(what, impl.lostRanks() + "; " + e.what()));
  }
}

}  // namespace

std::unique_ptr<ProcessGroup> ProcessGroup::join(const LaunchPosition& position, std::chrono::milliseconds timeout,
                                                 const EnvironmentLookup& environment) {
  const std::optional<std::string> address = environment("MASTER_ADDR"), port = environment("MASTER_PORT");
  if (!address || !port)
    throw std::invalid_argument(position.text() +
                                ": MASTER_ADDR and MASTER_PORT must name rank 0's host and a free port (torchrun "
                                "sets them; under srun export them, see docs/cluster.md)");
  c10d::TCPStoreOptions options;
  options.port = static_cast<std::uint16_t>(std::stoi(*port));
  options.isServer = position.rank == 0;
  options.numWorkers = position.worldSize;
  options.timeout = timeout;
  auto impl = std::make_unique<Impl>();
  try {
    impl->store = c10::make_intrusive<c10d::TCPStore>(*address, options);
    auto glooOptions = c10d::ProcessGroupGloo::Options::create();
    glooOptions->timeout = timeout;
    // The interface each rank listens on: GLOO_SOCKET_IFNAME as in PyTorch, loopback for a job on
    // this machine, else the one this host's name resolves to.
    const bool loopback = *address == "localhost" || *address == "127.0.0.1";
    if (const auto interface = environment("GLOO_SOCKET_IFNAME"))
      glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(*interface));
    else if (loopback)
      glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
    else
      glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
    impl->gloo =
        c10::make_intrusive<c10d::ProcessGroupGloo>(impl->store, position.rank, position.worldSize, glooOptions);
    impl->rank = position.rank, impl->worldSize = position.worldSize;
    Impl* self = impl.get();
    impl->heartbeat = std::thread([self] { self->beat(); });
  } catch (const std::exception& e) {
    throw std::runtime_error(position.text() + ": cannot join the process group at " + *address + ":" + *port + ": " +
                             e.what());
  }
  return std::unique_ptr<ProcessGroup>(new ProcessGroup(position.rank, position.worldSize, std::move(impl)));
}

ProcessGroup::ProcessGroup(int rank, int worldSize, std::unique_ptr<Impl> impl)
    : rank_(rank), worldSize_(worldSize), impl_(std::move(impl)) {}

ProcessGroup::~ProcessGroup() = default;

void ProcessGroup::sum(std::vector<double>& values) {
  std::vector<at::Tensor> tensor = {torch::tensor(values, torch::kFloat64)};
  wait(*impl_, impl_->gloo->allreduce(tensor), "summing the step's statistics");
  const at::Tensor result = tensor.front();
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = result[static_cast<long>(i)].item<double>();
}

void ProcessGroup::sum(const std::vector<at::Tensor>& tensors) {
  // Same-dtype tensors flattened into buckets; one all-reduce per bucket, then copied back.
  std::size_t first = 0;
  while (first < tensors.size()) {
    std::size_t last = first;
    std::int64_t bytes = 0;
    while (last < tensors.size() && (last == first || bytes + tensors[last].nbytes() <= kBucketBytes) &&
           tensors[last].scalar_type() == tensors[first].scalar_type())
      bytes += static_cast<std::int64_t>(tensors[last++].nbytes());
    std::vector<at::Tensor> flat;
    for (std::size_t i = first; i < last; ++i) flat.push_back(tensors[i].reshape({-1}));
    std::vector<at::Tensor> bucket = {torch::cat(flat)};
    wait(*impl_, impl_->gloo->allreduce(bucket), "summing the gradients");
    std::int64_t offset = 0;
    for (std::size_t i = first; i < last; ++i) {
      const std::int64_t n = tensors[i].numel();
      tensors[i].copy_(bucket.front().narrow(0, offset, n).view_as(tensors[i]));
      offset += n;
    }
    first = last;
  }
}

void ProcessGroup::broadcastFromLeader(const std::vector<at::Tensor>& tensors) {
  for (const at::Tensor& tensor : tensors) {
    std::vector<at::Tensor> one = {tensor};
    wait(*impl_, impl_->gloo->broadcast(one), "broadcasting rank 0's parameters");
  }
}

void ProcessGroup::barrier() { wait(*impl_, impl_->gloo->barrier(), "waiting for the other ranks"); }
#endif

}  // namespace xlqa
