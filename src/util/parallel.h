// A parallel loop over indices on a few threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace claimlint {

/// Calls `fn(i)` for every i in [0, n) on up to `jobs` threads, the
/// calling one and jobs - 1 others, each taking the next index as it
/// finishes one. Order of calls is unspecified; results belong at index i.
/// An exception from `fn` on the calling thread is rethrown once the other
/// threads are done.
template <typename Fn>
void parallel_for(std::size_t n, unsigned jobs, Fn&& fn) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) fn(i);
  };
  jobs = std::max(1u, static_cast<unsigned>(std::min<std::size_t>(jobs, n)));
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < jobs; ++j) pool.emplace_back(worker);
  auto join = [&] {
    for (std::thread& t : pool) t.join();
  };
  try {
    worker();
  } catch (...) {
    next = n;  // the others take no new index
    join();
    throw;
  }
  join();
}

}  // namespace claimlint
