// A small deterministic random generator for randomized tests: the same
// seed gives the same sequence on every machine, so a failure reproduces.
#pragma once

#include <cstddef>
#include <cstdint>

namespace claimlint::testing {

/// Marsaglia's xorshift64; the seed must not be zero.
class XorShift {
 public:
  explicit XorShift(std::uint64_t seed) : state_(seed) {}
  std::uint64_t operator()() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  /// A value in [0, bound).
  std::size_t below(std::size_t bound) { return static_cast<std::size_t>((*this)() % bound); }

 private:
  std::uint64_t state_;
};

}  // namespace claimlint::testing
