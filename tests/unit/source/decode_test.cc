// Tests for source/decode: UTF-8, BOMs, UTF-16, invalid bytes, binary.
#include "source/decode.h"

#include <catch2/catch.hpp>

using namespace claimlint;

TEST_CASE("valid UTF-8 passes through with an identity map", "[source]") {
  const std::string text = "Nvidia sold \xE2\x80\x9C" "400,000\xE2\x80\x9D chips.";
  const DecodeResult r = decode(text);
  CHECK(r.text == text);
  CHECK(r.bad_count == 0);
  CHECK(r.encoding == "UTF-8");
  CHECK(r.map.to_input({7, 11}) == ByteRange{7, 11});
}

TEST_CASE("a UTF-8 BOM is skipped and offsets still point at the original", "[source]") {
  const DecodeResult r = decode("\xEF\xBB\xBFHello");
  CHECK(r.text == "Hello");
  CHECK(r.had_bom);
  CHECK(r.map.to_input({0, 5}) == ByteRange{3, 8});
}

TEST_CASE("invalid UTF-8 bytes become U+FFFD and are located exactly", "[source]") {
  const std::string text = "ab\xFF" "cd\xC0\xAF" "e";
  const DecodeResult r = decode(text);
  CHECK(r.text == "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD\xEF\xBF\xBD" "e");
  REQUIRE(r.bad_count == 3);
  CHECK(r.bad[0] == ByteRange{2, 3});
  CHECK(r.bad[1] == ByteRange{5, 6});
  // "cd" after the first replacement maps back to bytes 3..5.
  CHECK(r.map.to_input({5, 7}) == ByteRange{3, 5});
  // Part of a replacement character maps to the whole bad byte.
  CHECK(r.map.to_input({3, 4}) == ByteRange{2, 3});
}

TEST_CASE("UTF-16 with a BOM is decoded through ICU", "[source]") {
  const std::string le("\xFF\xFE" "A\0\xAC\x20" "5\0", 8);  // "A€5"
  const DecodeResult r = decode(le);
  CHECK(r.encoding == "UTF-16LE");
  CHECK(r.text == "A\xE2\x82\xAC" "5");
  CHECK(r.bad_count == 0);
  CHECK(r.map.to_input({1, 4}) == ByteRange{4, 6});  // the euro sign
  CHECK(r.map.to_input({4, 5}) == ByteRange{6, 8});
  const std::string be("\xFE\xFF\0A", 4);
  CHECK(decode(be).text == "A");
}

TEST_CASE("NUL bytes in the first 8 KiB mark a binary file", "[source]") {
  const std::string bin("PK\x03\x04\0\0data", 10);
  const DecodeResult r = decode(bin);
  REQUIRE(r.binary_at);
  CHECK(*r.binary_at == 4);
  CHECK(r.text.empty());
}

TEST_CASE("a forced encoding converts with exact offsets", "[source]") {
  const DecodeResult r = decode("caf\xE9 5\x80", "windows-1252");
  CHECK(r.text == "caf\xC3\xA9 5\xE2\x82\xAC");
  CHECK(r.map.to_input({3, 5}) == ByteRange{3, 4});
  CHECK(is_known_encoding("ISO-8859-1"));
  CHECK_FALSE(is_known_encoding("no-such-charset"));
}
