// keep_until_exit: a run's large structures left for the system to take
// back at exit, instead of freed block by block after the output is out.
//
// A lint of 100 MB ends holding about a million heap blocks (claims, their
// strings, findings, the files' records). Freeing them one by one took
// 55-80 ms of serial time after the last line was written, which the user
// and a CI job still wait for. Compilers do the same with their ASTs.
//
//   memory::free_kept();                     // at the start of a run
//   ...
//   memory::keep_until_exit(std::move(files));  // instead of ~files()
//
// What is kept stays reachable from a static list, so LeakSanitizer does
// not report it; a run in a process that runs several (the tests) frees
// what the one before kept when it starts.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace claimlint::memory {

namespace detail {
/// The list of kept values; never destroyed.
std::vector<std::shared_ptr<void>>& kept();
}  // namespace detail

/// Takes `value` (moved) and keeps it until the process exits or the next
/// free_kept(). Not thread-safe: call from the thread that runs commands.
template <typename T>
void keep_until_exit(T&& value) {
  detail::kept().push_back(std::make_shared<std::decay_t<T>>(std::forward<T>(value)));
}

/// Frees what keep_until_exit() holds.
void free_kept();

}  // namespace claimlint::memory
