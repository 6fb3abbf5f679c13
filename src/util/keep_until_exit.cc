// keep_until_exit: the list of values kept until exit.
#include "util/keep_until_exit.h"

namespace claimlint::memory {

namespace detail {

std::vector<std::shared_ptr<void>>& kept() {
  // Allocated and never deleted: no destructor runs at exit, and what the
  // list holds stays reachable through this pointer.
  static auto* list = new std::vector<std::shared_ptr<void>>();
  return *list;
}

}  // namespace detail

void free_kept() { detail::kept().clear(); }

}  // namespace claimlint::memory
