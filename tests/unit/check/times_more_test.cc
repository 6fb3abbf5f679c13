// Tests for check/times_more: "N times more/greater than" is ambiguous
// (issue 7), run through the binary as a user sees it.
#include "check/times_more.h"

#include <filesystem>

#include <catch2/catch.hpp>

#include "support/lint_case.h"

using namespace claimlint::testing;

namespace {

// times-more is the check under test: only corpus conflicts are off.
const std::vector<std::string> k_off = {"value-conflict"};

}  // namespace

TEST_CASE("times-more: ambiguous multipliers get a note, others stay silent", "[check][arithmetic]") {
  const Case cases[] = {
      {"The H200 is six times more capable than the H20.\n",
       "a.txt:1:13: note: \"six times more capable than\" is ambiguous: 6 or 7 times as capable [times-more]\n"
       "    The H200 is six times more capable than the H20.\n"
       "                ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
       "a.txt:1:13: note: if 6 times as capable is meant, write \"six times as capable as\"\n"
       "    The H200 is six times more capable than the H20.\n"
       "                ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n"},
      {"The model offers a power level six times greater than the H20.\n",
       "a.txt:1:32: note: \"six times greater than\" is ambiguous: 6 or 7 times as great [times-more]\n"
       "    The model offers a power level six times greater than the H20.\n"
       "                                   ^~~~~~~~~~~~~~~~~~~~~~\n"
       "a.txt:1:32: note: if 6 times as great is meant, write \"six times as great as\"\n"
       "    The model offers a power level six times greater than the H20.\n"
       "                                   ^~~~~~~~~~~~~~~~~~~~~~\n"},
      {"The new mill uses 3 times more water.\n",
       "a.txt:1:19: note: \"3 times more water\" is ambiguous: 3 or 4 times as much [times-more]\n"
       "    The new mill uses 3 times more water.\n"
       "                      ^~~~~~~~~~~~~~~~~~\n"
       "a.txt:1:19: note: write \"3 times as many\" or \"3 times as much\" if 3 times as much is meant\n"
       "    The new mill uses 3 times more water.\n"
       "                      ^~~~~~~~~~~~~~~~~~\n"},
      // Near misses: unambiguous multipliers.
      {"The H200 offers approximately six times the performance of the H20.\n", ""},
      {"It exceeds the performance of the H20 by approximately six times.\n", ""},
      {"The new mill uses six times as much water as the old one.\n", ""},
      {"Prices rose four times last year.\n", ""},
  };
  check_cases(cases, k_off);
}

TEST_CASE("times-more: the fix-it sits on the note, not on the diagnostic", "[check][arithmetic]") {
  const std::string out = lint("The H200 is six times more capable than the H20.\n", "jsonl", k_off);
  CHECK(out.find("\"message\":\"if 6 times as capable is meant, write \\\"six times as capable as\\\"\","
                 "\"fixits\":[{\"path\":\"a.txt\",\"line\":1,\"column\":23,\"end_line\":1,\"end_column\":40,"
                 "\"start\":22,\"end\":39,\"replacement\":\"as capable as\"}]") != std::string::npos);
  CHECK(out.find("}],\"fixits\":[]}") != std::string::npos);
}

TEST_CASE("arithmetic checks on the seeds: only times-more notes, on 000 and 002", "[cli][seeds]") {
  const std::string seeds = source_dir() + "/../shared/seeds";
  if (!std::filesystem::is_directory(seeds)) {
    WARN("skipped: " << seeds << " is absent");
    return;
  }
  const RunResult r = run_claimlint({"--format=jsonl", "."}, seeds);
  std::vector<std::string> ours;
  std::size_t start = 0;
  while (start < r.out.size()) {
    const std::size_t end = r.out.find('\n', start);
    const std::string line = r.out.substr(start, end - start);
    for (const char* id : {"times-more", "percent-change", "percentage-points", "total-mismatch", "ratio-mismatch",
                           "unit-price", "share-over-100"}) {
      if (line.find(std::string("\"check\":\"") + id + "\"") != std::string::npos) ours.push_back(line);
    }
    start = end == std::string::npos ? r.out.size() : end + 1;
  }
  REQUIRE(ours.size() == 2);
  CHECK(ours[0].find("\"path\":\"./000_ce8b1eea1b9049c8.txt\",\"line\":17,") == 0 + 1);
  CHECK(ours[0].find("\"check\":\"times-more\"") != std::string::npos);
  CHECK(ours[0].find("\\\"six times more capable\\\" is ambiguous") != std::string::npos);
  CHECK(ours[1].find("\"path\":\"./002_9309c761323abc6a.txt\",\"line\":5,") == 0 + 1);
  CHECK(ours[1].find("\\\"six times greater than\\\" is ambiguous") != std::string::npos);
}
