// Tests for source/source_file and report/location: lines and columns,
// reading on demand, releasing and re-reading.
#include "source/source_file.h"

#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "report/location.h"
#include "support/run_binary.h"

using namespace claimlint;

TEST_CASE("line table handles LF, CRLF and lone CR", "[source]") {
  const SourceFile f(FileId{1}, "a.txt", "one\r\ntwo\nthree\rfour");
  CHECK(f.line_count() == 4);
  CHECK(f.line_range(0) == ByteRange{0, 3});
  CHECK(f.line_range(1) == ByteRange{5, 8});
  CHECK(f.line_range(2) == ByteRange{9, 14});
  CHECK(f.line_range(3) == ByteRange{15, 19});
  CHECK(f.line_index(4) == 0);
  CHECK(f.line_index(5) == 1);
}

TEST_CASE("line table of LF-only text: blank lines, a final newline, no text", "[source]") {
  const SourceFile f(FileId{1}, "a.txt", "one\n\ntwo\n");
  CHECK(f.line_count() == 4);
  CHECK(f.line_range(0) == ByteRange{0, 3});
  CHECK(f.line_range(1) == ByteRange{4, 4});
  CHECK(f.line_range(2) == ByteRange{5, 8});
  CHECK(f.line_range(3) == ByteRange{9, 9});
  CHECK(f.line_index(5) == 2);
  CHECK(f.line_index(9) == 3);
  const SourceFile empty(FileId{2}, "b.txt", "");
  CHECK(empty.line_count() == 1);
  CHECK(empty.line_range(0) == ByteRange{0, 0});
  const SourceFile one(FileId{3}, "c.txt", "\n");
  CHECK(one.line_count() == 2);
  CHECK(one.line_index(1) == 1);
}

TEST_CASE("columns count code points, not bytes", "[report]") {
  const SourceFile f(FileId{1}, "a.txt", "x\n\xE2\x80\x9CHi\xE2\x80\x9D 400,000");
  const LineColumn lc = line_column(f, 2 + 3 + 2 + 3 + 1);  // the 4 of 400,000
  CHECK(lc.line == 2);
  CHECK(lc.column == 6);
}

TEST_CASE("printable escapes control characters and bad bytes", "[report]") {
  CHECK(printable("a\tb") == "a    b");
  CHECK(printable("a\x01" "b") == "a<U+0001>b");
  CHECK(printable("a\xFF" "b") == "a<FF>b");
  CHECK(display_width("\xE4\xB8\xAD") == 2);  // a CJK ideograph is wide
}

TEST_CASE("a file on disk is read on first use and again after release", "[source]") {
  claimlint::testing::TempDir dir;
  dir.write("a.txt", "one\ntwo 400,000 chips\n");
  const SourceFile f(FileId{1}, InputItem{dir.path() + "/a.txt", false, {}}, 1 << 20);
  CHECK(f.name() == dir.path() + "/a.txt");
  REQUIRE_FALSE(f.load().has_value());
  CHECK(f.bytes() == "one\ntwo 400,000 chips\n");
  CHECK(f.line_count() == 3);
  f.release();
  CHECK(f.size() == 22);  // without reading again
  // Lines survive the release; the bytes come back when asked for.
  CHECK(f.line_range(1) == ByteRange{4, 21});
  CHECK(line_column(f, 8).column == 5);
  CHECK(f.bytes() == "one\ntwo 400,000 chips\n");
  CHECK_FALSE(f.changed());
}

TEST_CASE("a file that changes or goes away after its analysis is flagged, not fatal", "[source]") {
  claimlint::testing::TempDir dir;
  dir.write("a.txt", "before\n");
  dir.write("b.txt", "kept\n");
  const SourceFile a(FileId{1}, InputItem{dir.path() + "/a.txt", false, {}}, 1 << 20);
  const SourceFile b(FileId{2}, InputItem{dir.path() + "/b.txt", false, {}}, 1 << 20);
  REQUIRE_FALSE(a.load().has_value());
  REQUIRE_FALSE(b.load().has_value());
  a.release();
  b.release();
  dir.write("a.txt", "after, longer\n");
  std::filesystem::remove(dir.path() + "/b.txt");
  CHECK(a.bytes() == "after, longer\n");
  CHECK(a.changed());
  CHECK(b.bytes().empty());
  CHECK(b.changed());
}

TEST_CASE("remembered positions answer after release without a second read", "[report]") {
  claimlint::testing::TempDir dir;
  // A byte-order mark, CRLF and lone CR lines, two- and three-byte
  // characters.
  const std::string text =
      "\xEF\xBB\xBF" "caf\xC3\xA9 \xE2\x82\xAC" "5\r\n\xC3\xA9t\xC3\xA9\r" "fin 400\n";
  dir.write("a.txt", text);
  const SourceFile f(FileId{1}, InputItem{dir.path() + "/a.txt", false, {}}, 1 << 20);
  REQUIRE_FALSE(f.load().has_value());
  std::vector<LineColumn> expected;
  std::vector<std::size_t> offsets;
  for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
    expected.push_back(line_column(f, offset));
    offsets.push_back(text.size() + 2 - offset);  // out of order on purpose
  }
  offsets.push_back(7);  // a repeat
  remember_positions(f, offsets);
  f.release();
  // Changed on disk: a second read would give other lines and columns.
  dir.write("a.txt", "x\ny\nz\n");
  for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
    INFO("offset " << offset);
    const LineColumn got = line_column(f, offset);
    CHECK(got.line == expected[offset].line);
    CHECK(got.column == expected[offset].column);
  }
  const auto [b, e] = line_columns(f, ByteRange{3, 9});
  CHECK(b.line == 1);
  CHECK(b.column == 1);
  CHECK(e.line == 1);
  CHECK(e.column == 6);  // "café " is five code points
  CHECK_FALSE(f.changed());  // never read again
  // An offset not remembered is worked out on the bytes read again.
  const LineColumn after = line_column(f, 100);
  CHECK(after.line == 4);
  CHECK(after.column == 1);
  CHECK(f.changed());
}

TEST_CASE("a file that cannot be read says why on load", "[source]") {
  const SourceFile f(FileId{1}, InputItem{"/no/such/dir/a.txt", false, {}}, 1 << 20);
  const std::optional<Error> e = f.load();
  REQUIRE(e.has_value());
  CHECK(e->message == "No such file or directory");
  CHECK(f.bytes().empty());
  CHECK_FALSE(f.changed());
}

TEST_CASE("bytes given in memory are never released", "[source]") {
  const SourceFile f(FileId{1}, "<stdin>", "from a pipe\n");
  f.release();
  CHECK(f.bytes() == "from a pipe\n");
}
