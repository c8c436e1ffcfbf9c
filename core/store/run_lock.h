#pragma once
// One evaluation at a time in a run folder: an advisory lock (flock(2) on <run>/.lock) held while
// a process writes the run, with the holder's pid, host and start time in the file for the
// message that refuses a second one. The kernel drops the lock when its process dies, so a stale
// lock needs no cleaning: the next process takes it over. The shards of one sharded run do not
// take it; they claim pairs instead (RunStore::claimPair).
#include <string>

namespace xlqa {

class RunLock {
 public:
  // Throws FileError naming the folder and the holder when another process holds the lock.
  static RunLock acquire(const std::string& runDirectory);
  RunLock(RunLock&& other) noexcept;
  RunLock& operator=(RunLock&& other) noexcept;
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;
  ~RunLock();  // releases it

 private:
  explicit RunLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace xlqa
