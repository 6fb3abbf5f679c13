// Tests for util/utf8.
#include "util/utf8.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "support/xorshift.h"

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

// skip_ascii, first_invalid and count_code_points read ASCII eight bytes
// at a time; they must give what a byte-by-byte reading gives, wherever the
// first non-ASCII byte falls relative to the eight-byte steps.
TEST_CASE("utf8 skip_ascii, first_invalid and count_code_points equal a byte-by-byte reading", "[util]") {
  const auto slow_first_invalid = [](std::string_view s) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < s.size();) {
      const utf8::Decoded d = utf8::decode(s, i);
      if (!d.valid) return i;
      i += d.length;
    }
    return std::nullopt;
  };
  const auto slow_count = [](std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) i += utf8::decode(s, i).length;
    return n;
  };
  const std::string_view pieces[] = {"a", "Zq", " ", "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80",
                                     "\xFF", "\xE2\x80", "\xC0\xAF", "\x80", "12345678"};
  testing::XorShift next(0x9E3779B97F4A7C15ULL);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t n = next() % 80;
    for (std::size_t k = 0; k < n; ++k) {
      // Mostly ASCII, so that runs cross several steps of eight, sixteen
      // and sixty-four bytes.
      const std::uint64_t r = next() % 100;
      s += r < 85 ? pieces[r % 3] : pieces[3 + r % 8];
    }
    INFO(s);
    REQUIRE(utf8::first_invalid(s) == slow_first_invalid(s));
    REQUIRE(utf8::count_code_points(s) == slow_count(s));
    for (std::size_t from = 0; from <= s.size(); ++from) {
      std::size_t slow = from;
      while (slow < s.size() && static_cast<unsigned char>(s[slow]) < 0x80) ++slow;
      REQUIRE(utf8::skip_ascii(s, from) == slow);
    }
    REQUIRE(utf8::is_ascii(s) == (utf8::skip_ascii(s, 0) == s.size()));
  }
}

TEST_CASE("utf8 replace_invalid: each bad byte becomes U+FFFD, the rest is kept", "[util]") {
  CHECK(utf8::replace_invalid("") == "");
  CHECK(utf8::replace_invalid("plain ascii") == "plain ascii");
  CHECK(utf8::replace_invalid("caf\xC3\xA9 \xE2\x82\xAC") == "caf\xC3\xA9 \xE2\x82\xAC");
  CHECK(utf8::replace_invalid("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  // A truncated sequence: each of its bytes is read alone.
  CHECK(utf8::replace_invalid("x\xE2\x82") == "x\xEF\xBF\xBD\xEF\xBF\xBD");
  // An encoded surrogate and an overlong form.
  CHECK(utf8::replace_invalid("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(utf8::replace_invalid("\xC0\xAF!") == "\xEF\xBF\xBD\xEF\xBF\xBD!");
  CHECK(!utf8::first_invalid(utf8::replace_invalid("\x80\x80\xC3\xA9\xF4\x90\x80\x80")));
}

TEST_CASE("ascii_iequal compares ASCII letters without case and other bytes as they are", "[util]") {
  CHECK(utf8::ascii_iequal("ES", "es"));
  CHECK(utf8::ascii_iequal("Content-Language", "content-language"));
  CHECK(utf8::ascii_iequal("", ""));
  CHECK_FALSE(utf8::ascii_iequal("es", "est"));
  CHECK_FALSE(utf8::ascii_iequal("@", "`"));  // 0x40 and 0x60 differ by the case bit, not letters
  CHECK_FALSE(utf8::ascii_iequal("\xC3\x89", "\xC3\xA9"));  // É and é: not ASCII
}
