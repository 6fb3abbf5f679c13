// Tests for util/keep_until_exit: kept values outlive their scope until
// free_kept().
#include "util/keep_until_exit.h"

#include <catch2/catch.hpp>

#include <vector>

namespace {

struct Counted {
  explicit Counted(int& alive) : alive_(&alive) { ++*alive_; }
  Counted(Counted&& other) noexcept : alive_(other.alive_) { other.alive_ = nullptr; }
  Counted(const Counted&) = delete;
  ~Counted() {
    if (alive_) --*alive_;
  }
  int* alive_;
};

}  // namespace

TEST_CASE("a kept value lives until free_kept", "[util]") {
  using namespace claimlint;
  memory::free_kept();
  int alive = 0;
  {
    Counted a(alive);
    std::vector<Counted> many;
    for (int i = 0; i < 3; ++i) many.emplace_back(alive);
    CHECK(alive == 4);
    memory::keep_until_exit(std::move(a));
    memory::keep_until_exit(std::move(many));
  }
  // The scope's moved-from shells are gone; the values are kept.
  CHECK(alive == 4);
  memory::free_kept();
  CHECK(alive == 0);
}
