#pragma once
// Seeded random draws that are the same on every platform and every run: SplitMix64, not the
// standard library's implementation-defined distributions. Sampling and the epoch shuffles use
// it, so a seed names one training set and one batch order, and a resumed run repeats them.
#include <cstddef>
#include <cstdint>

namespace xlqa {

class SeededDraws {
 public:
  explicit SeededDraws(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }

 private:
  std::uint64_t state_;
};

}  // namespace xlqa
