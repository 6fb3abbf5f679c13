// Tests for report/location: line_columns() against line_column() of each
// end, on every range of texts with byte-order marks, line-ending kinds,
// multibyte characters and invalid bytes.
#include "report/location.h"

#include <catch2/catch.hpp>

#include "source/source_manager.h"

using namespace claimlint;

TEST_CASE("line_columns equals line_column of each end", "[report]") {
  const std::string_view texts[] = {
      "",
      "one\ntwo\n",
      "\xEF\xBB\xBF" "ab\ncd",
      "\xEF\xBB\xBF\n\xEF\xBB\xBF",
      "a\r\nb\rc\n\r\nd",
      "\xE2\x80\x9Cq\xE2\x80\x9D \xC3\xA9\n\xF0\x9F\x98\x80!",
      "x\xE2\x80y\xC3\n\xBF\xBFz\xF0\x9F\x98",
      "\xC3\xA9\xC3\r\xA9\xE2\x80\x9C\n",
  };
  SourceManager sm;
  for (const std::string_view text : texts) {
    const SourceFile& f = sm.add("t.txt", std::string(text));
    for (std::size_t begin = 0; begin <= text.size() + 1; ++begin) {
      for (std::size_t end = 0; end <= text.size() + 1; ++end) {
        CAPTURE(text, begin, end);
        const auto [b, e] = line_columns(f, {begin, end});
        const LineColumn want_b = line_column(f, begin);
        const LineColumn want_e = line_column(f, end);
        CHECK(b.line == want_b.line);
        CHECK(b.column == want_b.column);
        CHECK(e.line == want_e.line);
        CHECK(e.column == want_e.column);
      }
    }
  }
}
