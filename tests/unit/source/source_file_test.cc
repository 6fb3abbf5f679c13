// Tests for source/source_file and report/location: lines and columns.
#include "source/source_file.h"

#include <catch2/catch.hpp>

#include "report/location.h"

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
