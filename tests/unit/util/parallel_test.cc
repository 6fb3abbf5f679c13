// Tests for util/parallel: every index once, on the calling thread and
// jobs - 1 others; an exception comes back to the caller.
#include "util/parallel.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace claimlint;

TEST_CASE("parallel_for calls every index once, the caller taking its share", "[util]") {
  for (const unsigned jobs : {1u, 2u, 3u, 8u}) {
    for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{1000}}) {
      INFO("jobs " << jobs << ", n " << n);
      std::vector<std::atomic<int>> calls(n);
      std::mutex mutex;
      std::set<std::thread::id> threads;
      parallel_for(n, jobs, [&](std::size_t i) {
        ++calls[i];
        std::lock_guard lock(mutex);
        threads.insert(std::this_thread::get_id());
      });
      for (std::size_t i = 0; i < n; ++i) CHECK(calls[i] == 1);
      CHECK(threads.size() <= std::min<std::size_t>(jobs, n));
      // One job, or one index: all on the calling thread.
      if (n > 0 && (jobs == 1 || n == 1)) CHECK(threads == std::set{std::this_thread::get_id()});
    }
  }
}

TEST_CASE("parallel_for rethrows an exception of the calling thread after the others finish", "[util]") {
  const std::thread::id caller = std::this_thread::get_id();
  std::atomic<int> running{0};
  std::atomic<int> finished{0};
  CHECK_THROWS_WITH(parallel_for(64, 2,
                                 [&](std::size_t) {
                                   if (std::this_thread::get_id() == caller) throw std::runtime_error("boom");
                                   ++running;
                                   std::this_thread::sleep_for(std::chrono::milliseconds(1));
                                   ++finished;
                                 }),
                    "boom");
  // Nothing is still running once the exception is out.
  CHECK(running == finished);
}
