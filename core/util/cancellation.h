#pragma once
// Thrown by long work (prediction, evaluation, training, loading) when its cancel flag turns
// true; callers catch it to tell "stopped on request" from a failure.
#include <stdexcept>

namespace xlqa {

class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace xlqa
