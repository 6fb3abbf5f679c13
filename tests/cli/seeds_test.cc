// The seed stories (../shared/seeds): what a run over them must report.
// Skipped when ../shared is absent.
#include <filesystem>

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace claimlint::testing;

namespace {

std::string seeds_dir() { return source_dir() + "/../shared/seeds"; }

}  // namespace

TEST_CASE("seeds: the repeated block of 002 and the residue of the others, nothing else", "[cli][seeds]") {
  if (!std::filesystem::is_directory(seeds_dir())) {
    WARN("skipped: " << seeds_dir() << " is absent");
    return;
  }
  const RunResult r = run_claimlint({"--format=jsonl", "."}, seeds_dir());
  CHECK(r.status == 1);
  CHECK(r.err.empty());
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < r.out.size()) {
    const std::size_t end = r.out.find('\n', start);
    lines.push_back(r.out.substr(start, end - start));
    start = end + 1;
  }
  auto has = [&](const std::string& needle) {
    return std::count_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(needle) != std::string::npos; });
  };
  // Exactly one warning: 002's five repeated paragraphs, at line 7, first seen at line 2.
  CHECK(has("\"severity\":\"warning\"") == 1);
  CHECK(has("\"severity\":\"error\"") == 0);
  CHECK(has("\"path\":\"./002_9309c761323abc6a.txt\",\"line\":7,\"column\":1,\"end_line\":11") == 1);
  CHECK(has("\"message\":\"passage of 5 paragraphs (268 words) repeats an earlier one\"") == 1);
  // Residue notes in 000, 001, 003 and 004.
  CHECK(has("\"path\":\"./000_ce8b1eea1b9049c8.txt\",\"line\":38,\"column\":1") == 1);
  CHECK(has("\"path\":\"./001_7ff189e211443cfa.txt\",\"line\":12,\"column\":1") == 1);
  CHECK(has("\"path\":\"./003_4c7a2523477a3bcd.txt\",\"line\":1,\"column\":1") == 1);
  CHECK(has("\"path\":\"./004_3908f90422d908f9.txt\",\"line\":27,\"column\":1") == 1);
  CHECK(has("\"check\":\"boilerplate\"") == 4);
}
