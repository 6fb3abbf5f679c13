// Tests for util/json_writer: the bytes nlohmann::json would print.
#include "util/json_writer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <limits>

#include <nlohmann/json.hpp>

using namespace claimlint;

namespace {

std::string nlohmann_dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("json strings escape as nlohmann::json does", "[util]") {
  const std::string cases[] = {
      "",
      "plain",
      "quote \" and backslash \\",
      "controls \b\f\n\r\t and \x01\x1f",
      std::string("nul \0 inside", 12),
      "del \x7f kept",
      "UTF-8: \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",
      "bad \xFF byte",
      "truncated \xE2\x82",
      "overlong \xC0\xAF and surrogate \xED\xA0\x80",
  };
  for (const std::string& s : cases) {
    INFO(s);
    std::string out;
    append_json_string(out, s);
    CHECK(out == nlohmann_dump(s));
  }
}

TEST_CASE("json strings escape each ASCII byte wherever it stands in a long string", "[util]") {
  // Long strings are scanned eight bytes at a time: every byte to escape
  // must be found at every position of a word, among UTF-8 text too.
  for (int c = 0; c < 0x80; ++c) {
    for (std::size_t at = 0; at < 22; ++at) {
      std::string s = "some longer text, then \xC3\xA9 at the end";
      s[at] = static_cast<char>(c);
      INFO(c << " at " << at);
      std::string out;
      append_json_string(out, s);
      CHECK(out == nlohmann_dump(s));
    }
  }
}

TEST_CASE("json objects, arrays and numbers match nlohmann::json", "[util]") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("s").string("x");
  w.key("n").null();
  w.key("e").string_or_null("");
  w.key("none").optional_string(std::nullopt);
  w.key("blank").optional_string(std::string());
  w.key("list").strings({"a", "b\n"});
  w.key("empty").begin_array().end_array();
  w.key("i").integer(-42);
  w.key("u").unsigned_integer(18446744073709551615ull);
  w.key("nested").begin_array().begin_object().key("k").number(0.1).end_object().number(2.5).end_array();
  w.key("big").number(1e21);
  w.key("small").number(-1.5e-7);
  w.key("third").number(1.0 / 3);
  w.key("inf").number(std::numeric_limits<double>::infinity());
  w.end_object();
  nlohmann::ordered_json j;
  j["s"] = "x";
  j["n"] = nullptr;
  j["e"] = nullptr;
  j["none"] = nullptr;
  j["blank"] = "";
  j["list"] = {"a", "b\n"};
  j["empty"] = nlohmann::ordered_json::array();
  j["i"] = -42;
  j["u"] = 18446744073709551615ull;
  j["nested"] = nlohmann::ordered_json::array({nlohmann::ordered_json{{"k", 0.1}}, 2.5});
  j["big"] = 1e21;
  j["small"] = -1.5e-7;
  j["third"] = 1.0 / 3;
  j["inf"] = nullptr;
  CHECK(out == nlohmann_dump(j));
  CHECK(out.starts_with(R"({"s":"x","n":null,"e":null,"none":null,"blank":"","list":["a","b\n"],"empty":[],"i":-42,)"));
}

TEST_CASE("json numbers are nlohmann::json's spelling on random doubles", "[util]") {
  std::mt19937_64 rng(20261203);
  std::uniform_int_distribution<int> exponent(-30, 30);
  std::uniform_real_distribution<double> mantissa(-10.0, 10.0);
  for (int i = 0; i < 100000; ++i) {
    // Random magnitudes, random bit patterns and values with few digits
    // (0.1, 2.25, 1e21), which is what claims hold.
    double v = 0;
    switch (i % 3) {
      case 0: v = mantissa(rng) * std::pow(10.0, exponent(rng)); break;
      case 1: {
        const std::uint64_t bits = rng();
        std::memcpy(&v, &bits, sizeof v);
        break;
      }
      default: v = static_cast<double>(static_cast<std::int64_t>(rng() % 100000) - 50000) / 100.0 * std::pow(10.0, exponent(rng) / 3);
    }
    std::string out;
    JsonWriter(out).number(v);
    const std::string expected = nlohmann::json(v).dump();
    INFO(expected);
    REQUIRE(out == expected);
  }
}

TEST_CASE("json keys of any length are written with their comma", "[util]") {
  for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{59}, std::size_t{60}, std::size_t{61}, std::size_t{200}}) {
    const std::string name(n, 'k');
    std::string out;
    JsonWriter w(out);
    w.begin_object().key(name).integer(1).key(name).null().end_object();
    INFO(n);
    CHECK(out == "{\"" + name + "\":1,\"" + name + "\":null}");
  }
}

TEST_CASE("json strings of every length around the one-append bound escape each ASCII byte", "[util]") {
  // Strings of up to 62 bytes with nothing to escape go out in one append;
  // longer ones, and any with a byte to escape, the long way.
  for (std::size_t length = 1; length <= 66; ++length) {
    const std::string plain(length, 'a');
    std::string out;
    append_json_string(out, plain);
    CHECK(out == nlohmann_dump(plain));
    for (int c = 0; c < 0x80; ++c) {
      for (const std::size_t at : {std::size_t{0}, length / 2, length - 1}) {
        std::string s = plain;
        s[at] = static_cast<char>(c);
        INFO(length << ": " << c << " at " << at);
        out.clear();
        append_json_string(out, s);
        CHECK(out == nlohmann_dump(s));
      }
    }
  }
}
