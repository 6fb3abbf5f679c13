// Tests for the text renderer: the whole rendered diagnostic.
#include <catch2/catch.hpp>

#include "report/renderer.h"

using namespace claimlint;

TEST_CASE("a diagnostic renders as gcc and clang print it", "[report]") {
  SourceManager sm;
  const SourceFile& f = sm.add("drafts/h200.md", "Title\nBeijing cleared the groups to import 40,000 H200 chips.\n");
  Diagnostic d;
  d.check = "value-conflict";
  d.severity = Severity::warning;
  d.message = "count of H200 chips conflicts with another report";
  d.range = {f.id(), {43, 61}};
  d.notes.push_back({{f.id(), {0, 5}}, "here it is \"more than 400,000\"", {}});
  CHECK(render_text_one(d, sm, {}) ==
        "drafts/h200.md:2:38: warning: count of H200 chips conflicts with another report [value-conflict]\n"
        "    Beijing cleared the groups to import 40,000 H200 chips.\n"
        "                                         ^~~~~~~~~~~~~~~~~~\n"
        "drafts/h200.md:1:1: note: here it is \"more than 400,000\"\n"
        "    Title\n"
        "    ^~~~~\n");
}

TEST_CASE("columns and carets count code points and display width", "[report]") {
  SourceManager sm;
  const SourceFile& f = sm.add("a.txt", "\xE2\x80\x9C\xE4\xB8\xAD\xE2\x80\x9D costs \xE2\x82\xAC" "5.\n");
  Diagnostic d{"encoding", Severity::error, "m", {f.id(), {16, 20}}, {}, {}};
  CHECK(render_text_one(d, sm, {}) ==
        "a.txt:1:11: error: m [encoding]\n"
        "    \xE2\x80\x9C\xE4\xB8\xAD\xE2\x80\x9D costs \xE2\x82\xAC" "5.\n"
        "               ^~\n");
}

TEST_CASE("long lines show a window with ellipses", "[report]") {
  SourceManager sm;
  std::string line(300, 'x');
  line.replace(200, 6, "40,000");
  const SourceFile& f = sm.add("a.txt", line);
  Diagnostic d{"value-conflict", Severity::warning, "m", {f.id(), {200, 206}}, {}, {}};
  const std::string out = render_text_one(d, sm, {});
  const std::string expected_source = "    ..." + std::string(40, 'x') + "40,000" + std::string(74, 'x') + "...\n";
  const std::string expected_caret = "       " + std::string(40, ' ') + "^~~~~~\n";
  CHECK(out == "a.txt:1:201: warning: m [value-conflict]\n" + expected_source + expected_caret);
}

TEST_CASE("a long line of accented letters shows the same window as an ASCII one", "[report]") {
  SourceManager sm;
  std::string line;
  for (int i = 0; i < 200; ++i) line += "\xC3\xA9";  // é: two bytes, one column
  line += "40,000";
  for (int i = 0; i < 94; ++i) line += "\xC3\xA9";
  const SourceFile& f = sm.add("a.txt", line);
  Diagnostic d{"value-conflict", Severity::warning, "m", {f.id(), {400, 406}}, {}, {}};
  std::string before;
  for (int i = 0; i < 40; ++i) before += "\xC3\xA9";
  std::string after;
  for (int i = 0; i < 74; ++i) after += "\xC3\xA9";
  CHECK(render_text_one(d, sm, {}) == "a.txt:1:201: warning: m [value-conflict]\n    ..." + before + "40,000" + after +
                                          "...\n       " + std::string(40, ' ') + "^~~~~~\n");
}

TEST_CASE("a range at the end of a line puts the caret after its last column", "[report]") {
  SourceManager sm;
  const SourceFile& f = sm.add("a.txt", "abc\nde\n");
  Diagnostic d{"encoding", Severity::error, "m", {f.id(), {3, 4}}, {}, {}};
  CHECK(render_text_one(d, sm, {}) == "a.txt:1:4: error: m [encoding]\n    abc\n       ^\n");
}

TEST_CASE("colour only when asked", "[report]") {
  SourceManager sm;
  const SourceFile& f = sm.add("a.txt", "abc\n");
  Diagnostic d{"encoding", Severity::error, "m", {f.id(), {0, 1}}, {}, {}};
  CHECK(render_text_one(d, sm, {false}).find('\033') == std::string::npos);
  CHECK(render_text_one(d, sm, {true}).find("\033[1;31merror:") != std::string::npos);
}
