// The map/reduce split (issue 9): a one-shot run equals extract --claims
// followed by check --claims, and equals the union of N shards.
#include <algorithm>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using namespace claimlint::testing;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The one-shot order: path, then offsets, check and message.
void sort_like_oneshot(std::vector<std::string>& lines) {
  std::stable_sort(lines.begin(), lines.end(), [](const std::string& a, const std::string& b) {
    const auto ja = nlohmann::json::parse(a), jb = nlohmann::json::parse(b);
    return std::make_tuple(ja["path"].get<std::string>(), ja["start"].get<std::size_t>(), ja["check"].get<std::string>(),
                           ja["message"].get<std::string>()) <
           std::make_tuple(jb["path"].get<std::string>(), jb["start"].get<std::size_t>(), jb["check"].get<std::string>(),
                           jb["message"].get<std::string>());
  });
}

}  // namespace

TEST_CASE("one-shot equals extract --claims then check --claims", "[cli][mapreduce]") {
  TempDir dir;
  const RunResult map = run_claimlint({"extract", "--claims", "corpus"}, source_dir());
  REQUIRE(map.status == 0);
  const std::string claims = dir.write("claims.jsonl", map.out);
  for (const char* format : {"--format=text", "--format=jsonl", "--format=sarif"}) {
    const RunResult oneshot = run_claimlint({"--color=never", format, "corpus"}, source_dir());
    const RunResult reduced = run_claimlint({"check", "--claims", "--color=never", format, claims}, source_dir());
    CHECK(reduced.out == oneshot.out);
    CHECK(reduced.err == oneshot.err);
    CHECK(reduced.status == oneshot.status);
  }
}

TEST_CASE("the union of N shards is the one-shot result", "[cli][mapreduce]") {
  TempDir dir;
  // Two map calls over two halves of the corpus, as two workers would.
  const RunResult a = run_claimlint({"extract", "--claims", "corpus/calendar", "corpus/ev-recall"}, source_dir());
  const RunResult b = run_claimlint({"extract", "--claims", "corpus/h200", "corpus/harbor-budget", "corpus/stadium-deal"},
                                    source_dir());
  const std::string fa = dir.write("a.jsonl", a.out), fb = dir.write("b.jsonl", b.out);
  const RunResult oneshot = run_claimlint({"--format=jsonl", "corpus/calendar", "corpus/ev-recall", "corpus/h200",
                                           "corpus/harbor-budget", "corpus/stadium-deal"},
                                          source_dir());
  for (const int n : {1, 2, 3, 5}) {
    std::vector<std::string> merged;
    for (int k = 0; k < n; ++k) {
      const RunResult shard = run_claimlint(
          {"check", "--claims", "--format=jsonl", "--shard", std::to_string(k) + "/" + std::to_string(n), fa, fb},
          source_dir());
      for (std::string& l : lines_of(shard.out)) merged.push_back(std::move(l));
    }
    sort_like_oneshot(merged);
    INFO("shards: " << n);
    CHECK(merged == lines_of(oneshot.out));
  }
  CHECK(run_claimlint({"check", "--claims", "--shard", "3/3", fa}).status == 2);
  CHECK(run_claimlint({"check", fa}).err.find("'check' works on saved claims") != std::string::npos);
  TempDir bad;
  const std::string junk = bad.write("junk.jsonl", "{\"not\": 1}\n");
  CHECK(run_claimlint({"check", "--claims", "-q", junk}).err ==
        junk + ":1:1: error: not a claimlint claims file (write one with 'claimlint extract --claims')\n");
}

TEST_CASE("stats: lint, extract, extract --claims and check --claims agree on files, bytes and claims", "[cli][mapreduce]") {
  auto stats = [](const std::vector<std::string>& args) {
    const RunResult r = run_claimlint(args, source_dir());
    const std::vector<std::string> err = lines_of(r.err);
    REQUIRE_FALSE(err.empty());
    // The JSON line comes last but for the summary line of the text format.
    for (auto it = err.rbegin(); it != err.rend(); ++it) {
      if (it->starts_with("{")) return nlohmann::json::parse(*it);
    }
    FAIL("no --stats line in: " << r.err);
    return nlohmann::json();
  };
  const nlohmann::json lint = stats({"--stats", "-q", "--format=jsonl", "corpus"});
  const nlohmann::json extract = stats({"extract", "--stats", "corpus"});
  const nlohmann::json claims = stats({"extract", "--claims", "--stats", "corpus"});
  TempDir dir;
  const std::string claims_file = dir.write("claims.jsonl", run_claimlint({"extract", "--claims", "corpus"}, source_dir()).out);
  const nlohmann::json check = stats({"check", "--claims", "--stats", "-q", "--format=jsonl", claims_file});
  CHECK(check["files"] == lint["files"]);
  CHECK(check["bytes"] == lint["bytes"]);
  CHECK(check["claims"] == lint["claims"]);
  CHECK(check["seconds"]["read"].get<double>() > 0);
  CHECK(lint["files"].get<int>() > 10);
  CHECK(lint["claims"].get<int>() > 100);
  for (const nlohmann::json* j : {&extract, &claims}) {
    CHECK((*j)["files"] == lint["files"]);
    CHECK((*j)["bytes"] == lint["bytes"]);
    CHECK((*j)["claims"] == lint["claims"]);
    CHECK((*j)["seconds"].contains("extract"));
    CHECK((*j)["seconds"].contains("report"));
  }
}

TEST_CASE("check --claims: a bad line rejects its whole file, the other files still count, stdin works", "[cli][mapreduce]") {
  TempDir dir;
  dir.write("a.txt", "Published: 2026-01-10\n\nByteDance bought 400,000 H200 chips from Nvidia.\n");
  dir.write("b.txt", "Published: 2026-01-20\n\nByteDance bought 40,000 H200 chips from Nvidia.\n");
  const RunResult ma = run_claimlint({"extract", "--claims", "a.txt"}, dir.path());
  const RunResult mb = run_claimlint({"extract", "--claims", "b.txt"}, dir.path());
  REQUIRE(ma.status == 0);
  REQUIRE(mb.status == 0);
  dir.write("a.jsonl", ma.out);
  dir.write("b.jsonl", mb.out);
  const RunResult both = run_claimlint({"check", "--claims", "--format=jsonl", "a.jsonl", "b.jsonl"}, dir.path());
  REQUIRE(lines_of(both.out).size() == 1);
  CHECK(both.out.find("\"value-conflict\"") != std::string::npos);
  // b's records, then a broken line: b counts as unread, a stays alone.
  dir.write("b-broken.jsonl", mb.out + "{\"claimlint_claims\": 1, \"path\": 3}\n");
  const RunResult broken = run_claimlint({"check", "--claims", "a.jsonl", "b-broken.jsonl"}, dir.path());
  CHECK(broken.status == 2);
  CHECK(broken.out.empty());
  CHECK(broken.err.find("b-broken.jsonl:2:1: error: invalid claims record: ") == 0);
  CHECK(broken.err.find("1 file, 0 diagnostics, 0 skipped") != std::string::npos);
  // A directory is no claims file.
  const RunResult directory = run_claimlint({"check", "--claims", "-q", "."}, dir.path());
  CHECK(directory.status == 2);
  CHECK(directory.err == "claimlint: error: cannot read '.': Is a directory\n");
  // Claims on standard input.
  const RunResult piped = run_claimlint({"check", "--claims", "--format=jsonl", "a.jsonl", "-"}, dir.path(), mb.out);
  CHECK(piped.out == both.out);
}
