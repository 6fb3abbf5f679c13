// A parallel loop over indices on a few threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace claimlint {

/// Calls `fn(i)` for every i in [0, n) on up to `jobs` threads (the
/// calling one when 1), each taking the next index as it finishes one.
/// Order of calls is unspecified; results belong at index i.
template <typename Fn>
void parallel_for(std::size_t n, unsigned jobs, Fn&& fn) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) fn(i);
  };
  jobs = std::max(1u, static_cast<unsigned>(std::min<std::size_t>(jobs, n)));
  if (jobs <= 1) {
    worker();
    return;
  }
  std::vector<std::thread> pool;
  for (unsigned j = 0; j < jobs; ++j) pool.emplace_back(worker);
  for (std::thread& t : pool) t.join();
}

}  // namespace claimlint
