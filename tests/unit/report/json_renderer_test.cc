// Tests for the JSON, JSON Lines, SARIF and GitHub renderers.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/renderer.h"

using namespace claimlint;

namespace {

struct Fixture {
  SourceManager sm;
  std::vector<Diagnostic> diags;
  Fixture() {
    const SourceFile& f = sm.add("dir/a b.txt", "one\n\xE2\x80\x9Ctwo\xE2\x80\x9D three\n");
    Diagnostic d{"duplicate-passage", Severity::warning, "passage repeats", {f.id(), {4, 13}}, {}, {}};
    d.notes.push_back({{f.id(), {0, 3}}, "first occurrence is here", {}});
    d.fixits.push_back({{f.id(), {4, 13}}, ""});
    diags.push_back(d);
  }
};

bool r_fingerprint_ok(const nlohmann::json& result) {
  const auto& fp = result["partialFingerprints"]["claimlintFingerprint/v1"];
  return fp.is_string() && fp.get<std::string>().size() == 16;
}

}  // namespace

TEST_CASE("JSON carries lines, code-point columns and byte offsets", "[report]") {
  Fixture fx;
  const nlohmann::json j = nlohmann::json::parse(render_json(fx.diags, fx.sm, false));
  REQUIRE(j.is_array());
  const auto& d = j[0];
  CHECK(d["path"] == "dir/a b.txt");
  CHECK(d["line"] == 2);
  CHECK(d["column"] == 1);
  CHECK(d["end_column"] == 6);
  CHECK(d["start"] == 4);
  CHECK(d["end"] == 13);
  CHECK(d["severity"] == "warning");
  CHECK(d["check"] == "duplicate-passage");
  CHECK(d["notes"][0]["message"] == "first occurrence is here");
  CHECK(d["fixits"][0]["replacement"] == "");
  const std::string lines = render_json(fx.diags, fx.sm, true);
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 1);
  CHECK(nlohmann::json::parse(lines)["line"] == 2);
}

TEST_CASE("SARIF has rules, levels, related locations and encoded URIs", "[report]") {
  Fixture fx;
  std::vector<RunMessage> messages{{Severity::error, "cannot read 'x': No such file or directory", "x", 0, 0, false}};
  const nlohmann::json j = nlohmann::json::parse(render_sarif(fx.diags, fx.sm, messages));
  CHECK(j["version"] == "2.1.0");
  const auto& run = j["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["rules"].size() == 16);
  CHECK(r_fingerprint_ok(run["results"][0]));
  const auto& r = run["results"][0];
  CHECK(r["ruleId"] == "duplicate-passage");
  CHECK(r["level"] == "warning");
  CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dir/a%20b.txt");
  CHECK(r["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
  CHECK(r["relatedLocations"][0]["message"]["text"] == "first occurrence is here");
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] ==
        "cannot read 'x': No such file or directory");
}

TEST_CASE("GitHub annotations escape what workflow commands need", "[report]") {
  Fixture fx;
  CHECK(render_github(fx.diags, fx.sm) ==
        "::warning file=dir/a b.txt,line=2,col=1,endLine=2,endColumn=6,title=duplicate-passage::passage repeats"
        "%0Adir/a b.txt:1:1: note: first occurrence is here\n");
}
