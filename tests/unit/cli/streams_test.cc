// Tests for cli/driver.h Streams: standard output handed over in large
// pieces, and nothing lost at the end.
#include "cli/driver.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimlint;

TEST_CASE("flush_out hands output over 64 KiB at a time", "[cli]") {
  Streams streams;
  std::vector<std::string> written;
  streams.sink_out = [&](std::string_view text) { written.emplace_back(text); };
  streams.out += "one file's findings\n";
  streams.flush_out();
  // A small piece waits for more: one system call per file was the cost.
  CHECK(written.empty());
  CHECK(streams.out == "one file's findings\n");
  streams.out += std::string(Streams::k_flush_bytes, 'x');
  streams.flush_out();
  REQUIRE(written.size() == 1);
  CHECK(written[0].size() == Streams::k_flush_bytes + 20);
  CHECK(written[0].starts_with("one file's findings\n"));
  CHECK(streams.out.empty());
}

TEST_CASE("output stays in out when no sink is set", "[cli]") {
  Streams streams;
  streams.out = std::string(2 * Streams::k_flush_bytes, 'x');
  streams.flush_out();
  CHECK(streams.out.size() == 2 * Streams::k_flush_bytes);
}
