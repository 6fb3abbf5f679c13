// Tests for util/utf8.
#include "util/utf8.h"

#include <catch2/catch.hpp>

using namespace claimlint;

TEST_CASE("utf8 decode accepts valid sequences and rejects bad ones", "[util]") {
  struct Case {
    std::string_view bytes;
    bool valid;
    char32_t cp;
    std::size_t length;
  };
  const Case cases[] = {
      {"A", true, U'A', 1},
      {"\xC3\xA9", true, U'\u00E9', 2},
      {"\xE2\x80\x99", true, U'\u2019', 3},
      {"\xF0\x9F\x98\x80", true, U'\U0001F600', 4},
      {"\xC0\xAF", false, 0xFFFD, 1},          // overlong
      {"\xED\xA0\x80", false, 0xFFFD, 1},      // surrogate
      {"\xF4\x90\x80\x80", false, 0xFFFD, 1},  // above U+10FFFF
      {"\xE2\x80", false, 0xFFFD, 1},          // truncated
      {"\xFF", false, 0xFFFD, 1},
  };
  for (const Case& c : cases) {
    const utf8::Decoded d = utf8::decode(c.bytes, 0);
    CHECK(d.valid == c.valid);
    CHECK(d.code_point == c.cp);
    CHECK(d.length == c.length);
  }
}

TEST_CASE("utf8 first_invalid and count_code_points", "[util]") {
  CHECK_FALSE(utf8::first_invalid("plain \xE2\x80\x9Cquoted\xE2\x80\x9D"));
  CHECK(utf8::first_invalid("ab\xFF" "cd") == std::optional<std::size_t>(2));
  CHECK(utf8::count_code_points("\xE2\x80\x9Cx\xE2\x80\x9D") == 3);
  CHECK(utf8::count_code_points("a\xFF" "b") == 3);
}
