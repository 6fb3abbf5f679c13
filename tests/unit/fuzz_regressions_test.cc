// Replays every saved fuzz input of tests/fuzz/regressions/<target>/ through
// the fuzz target's own driver (issue 10): none may break an invariant, and
// under the asan preset none may crash, leak or hit undefined behaviour.
#include "fuzz/fuzz_pipeline.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace claimlint;
namespace fs = std::filesystem;

TEST_CASE("every saved fuzz input runs through its target cleanly", "[fuzz]") {
  const fs::path root = fs::path(testing::source_dir()) / "tests" / "fuzz" / "regressions";
  std::size_t replayed = 0;
  for (std::string_view target : fuzz::target_names()) {
    const fs::path dir = root / std::string(target);
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> inputs;
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
      if (e.is_regular_file(ec)) inputs.push_back(e.path());
    }
    std::sort(inputs.begin(), inputs.end());
    for (const fs::path& input : inputs) {
      INFO("fuzz_" << target << " " << input.filename().string());
      const std::vector<std::string> problems = fuzz::run_target(target, testing::read_file(input.string()));
      CHECK(problems == std::vector<std::string>{});
      ++replayed;
    }
  }
  // Folders that are not targets would be silently skipped: catch them.
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(root, ec)) {
    if (!e.is_directory(ec)) continue;
    const std::vector<std::string_view>& names = fuzz::target_names();
    INFO("tests/fuzz/regressions/" << e.path().filename().string());
    CHECK(std::find(names.begin(), names.end(), e.path().filename().string()) != names.end());
  }
  SUCCEED(replayed << " inputs replayed");
}

TEST_CASE("the fuzz drivers accept empty and ordinary inputs", "[fuzz]") {
  for (std::string_view target : fuzz::target_names()) {
    INFO("fuzz_" << target);
    CHECK(fuzz::run_target(target, "") == std::vector<std::string>{});
    CHECK(fuzz::run_target(target, "Beijing approved more than 400,000 H200 chips on Monday, 8 December 2025.\n") ==
          std::vector<std::string>{});
  }
  CHECK_FALSE(fuzz::run_target("no-such-target", "x").empty());
}
