// Tests for normalize/normalizer: NFKC, typographic folding, whitespace and
// the offset map back to the input.
#include "normalize/normalizer.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "util/utf8.h"

using namespace claimlint;

namespace {

std::string norm(std::string_view s) { return normalize(s).text; }

// Whitespace runs to one space, trimmed: the folding rules at the edges of
// a slice depend on context (a space at a line start is dropped).
std::string squash(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool on_code_point_boundary(std::string_view s, std::size_t offset) {
  return offset == 0 || offset >= s.size() || (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

// Code points that exercise every rule; random strings draw from these
// and from the whole code space.
const std::vector<char32_t> k_interesting = {
    U'a', U'b', U'e', U'x', U'Z', U'0', U'4', U'.', U',', U' ', U' ', U'\n', U'\n', U'\r', U'\t',
    0x00A0, 0x202F, 0x2009, 0x3000, 0x2018, 0x2019, 0x201C, 0x201D, 0x00AB, 0x2013, 0x2014,
    0x2212, 0x2026, 0x00AD, 0x200B, 0x200D, 0x2060, 0xFEFF, 0xFF14, 0xFF10, 0xFF0C, 0xFB01,
    0x0301, 0x0308, 0x00E9, 0x212B, 0x00B2, 0x00BD, 0x1100, 0x1161, 0x11A8, 0x2028, 0x2029,
    0x1F600, 0x00A8, 0x3392, 0x2474, 0x0085, 0x000B};

std::string random_unicode(std::mt19937& rng, std::size_t max_len) {
  std::string s;
  const std::size_t len = std::uniform_int_distribution<std::size_t>(0, max_len)(rng);
  std::uniform_int_distribution<std::size_t> pick(0, k_interesting.size() - 1);
  std::uniform_int_distribution<std::uint32_t> any(0x20, 0x10FFFF);
  for (std::size_t i = 0; i < len; ++i) {
    char32_t cp = 0;
    if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) {
      do cp = any(rng); while (cp >= 0xD800 && cp <= 0xDFFF);
    } else {
      cp = k_interesting[pick(rng)];
    }
    utf8::append(s, cp);
  }
  return s;
}

}  // namespace

TEST_CASE("normalize keeps plain ASCII prose byte for byte", "[normalize]") {
  const std::string text = "Beijing cleared 400,000 H200 chips (about $10 billion).\nNext line.";
  const NormalizeResult r = normalize(text);
  CHECK(r.text == text);
  REQUIRE(r.map.pieces().size() == 1);
  CHECK(r.map.pieces()[0].verbatim);
}

TEST_CASE("normalize gives one form for grouped numbers", "[normalize]") {
  CHECK(norm("400,000") == "400,000");
  CHECK(norm("\uFF14\uFF10\uFF10\uFF0C\uFF10\uFF10\uFF10") == "400,000");  // fullwidth
  CHECK(norm("400 000") == "400 000");
  CHECK(norm("400\u00A0000") == "400 000");  // no-break space
  CHECK(norm("400\u202F000") == "400 000");  // narrow no-break space
  CHECK(norm("400\u2009000") == "400 000");  // thin space
}

TEST_CASE("normalize folds typographic characters", "[normalize]") {
  struct Case {
    std::string_view in;
    std::string_view out;
  };
  const Case cases[] = {
      {"\u201CQuoted\u201D", "\"Quoted\""},
      {"NVIDIA\u2019s chips", "NVIDIA's chips"},
      {"\u2018single\u2019", "'single'"},
      {"\u00ABcomillas\u00BB", "\"comillas\""},
      {"2025\u20132026", "2025-2026"},
      {"wait\u2014what", "wait-what"},
      {"\u22125%", "-5%"},
      {"and so on\u2026", "and so on..."},
      {"co\u00ADoperate", "cooperate"},
      {"zero\u200Bwidth\u200C\u200Djoin\u2060er", "zerowidthjoiner"},
      {"\uFEFFBOM first", "BOM first"},
      {"\uFB01nal", "final"},
      {"e\u0301t\u00E9", "\u00E9t\u00E9"},
      {"\u3000ideographic\u3000space", "ideographic space"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(norm(c.in) == c.out);
  }
}

TEST_CASE("normalize unifies line ends and collapses spaces but keeps breaks", "[normalize]") {
  CHECK(norm("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n");
  CHECK(norm("a  b\t\tc \u00A0 d") == "a b c d");
  CHECK(norm("para one.\r\n\r\npara two.") == "para one.\n\npara two.");
  CHECK(norm("para one.\n   \npara two.") == "para one.\n\npara two.");
  CHECK(norm("  indented  \nline  ") == "indented\nline");
  CHECK(norm("a\u2029b") == "a\n\nb");
  CHECK(norm("") == "");
}

TEST_CASE("normalize maps each output character to its whole original", "[normalize]") {
  const std::string in = "x\u00A0\u00A0\uFB01 \u201Cy\u201D\r\nz";
  const NormalizeResult r = normalize(in);
  REQUIRE(r.text == "x fi \"y\"\nz");
  CHECK(r.map.to_input({1, 2}) == ByteRange{1, 5});   // one space for two NBSPs
  CHECK(r.map.to_input({2, 3}) == ByteRange{5, 8});   // "f" covers the ligature
  CHECK(r.map.to_input({3, 4}) == ByteRange{5, 8});   // and so does "i"
  CHECK(r.map.to_input({5, 6}) == ByteRange{9, 12});  // '"' covers U+201C
  CHECK(r.map.to_input({8, 9}) == ByteRange{16, 18}); // "\n" covers CRLF
  CHECK(r.map.to_input({9, 10}) == ByteRange{18, 19});
}

TEST_CASE("normalize property: random Unicode maps back exactly", "[normalize]") {
  std::mt19937 rng(3);
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const std::string in = random_unicode(rng, 40);
    const NormalizeResult r = normalize(in);
    INFO("iteration " << iteration);
    REQUIRE(!utf8::first_invalid(r.text));
    REQUIRE(r.map.output_size() == r.text.size());
    REQUIRE(r.map.input_size() == in.size());
    // No double spaces, no space at a line edge.
    CHECK(r.text.find("  ") == std::string::npos);
    CHECK(r.text.find(" \n") == std::string::npos);
    CHECK(r.text.find("\n ") == std::string::npos);
    CHECK(r.text.find('\r') == std::string::npos);

    // Boundaries where a sentence could start or end: text edges and
    // whitespace.
    std::vector<std::size_t> cuts = {0};
    for (std::size_t i = 0; i < r.text.size(); ++i) {
      if (r.text[i] == ' ' || r.text[i] == '\n') {
        cuts.push_back(i);
        cuts.push_back(i + 1);
      }
    }
    cuts.push_back(r.text.size());
    ByteRange previous{0, 0};
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
      for (std::size_t m = k + 1; m < cuts.size(); m += 1 + m % 3) {
        const ByteRange out{cuts[k], cuts[m]};
        if (out.begin > out.end) continue;
        const ByteRange orig = r.map.to_input(out);
        INFO("input " << in << " range " << out.begin << ".." << out.end);
        REQUIRE(orig.begin <= orig.end);
        REQUIRE(orig.end <= in.size());
        CHECK(on_code_point_boundary(in, orig.begin));
        CHECK(on_code_point_boundary(in, orig.end));
        const std::string_view slice = std::string_view(in).substr(orig.begin, orig.size());
        CHECK(squash(norm(slice)) == squash(std::string_view(r.text).substr(out.begin, out.size())));
      }
      // Monotonic in the start.
      const ByteRange here = r.map.to_input({cuts[k], cuts[k]});
      CHECK(here.begin >= previous.begin);
      previous = here;
    }
  }
}

TEST_CASE("normalize keeps long ASCII runs in few pieces", "[normalize]") {
  std::string in;
  for (int i = 0; i < 200; ++i) in += "The chips cost $10 billion, about 25% more. ";
  in += "NVIDIA\u2019s share fell.";
  const NormalizeResult r = normalize(in);
  CHECK(r.text.ends_with("NVIDIA's share fell."));
  CHECK(r.map.pieces().size() <= 4);
}

TEST_CASE("normalize of long mostly-ASCII text follows its rules", "[normalize]") {
  // Long runs of graphic ASCII and single spaces are scanned many bytes at
  // a time; they meet every other kind of piece at every alignment here.
  // Each piece is given with its form before whitespace is collapsed.
  struct Piece {
    std::string_view in;
    std::string_view out;
  };
  const Piece pieces[] = {
      {"a", "a"},   {"Bc", "Bc"},         {"0.5", "0.5"},       {"~!", "~!"},   {" ", " "},
      {" ", " "},   {"  ", "  "},         {"\t", " "},          {"\n", "\n"},   {"\r\n", "\n"},
      {"\r", "\n"}, {"\x7F", ""},         {"\x01", ""},         {"e\u0301", "\u00E9"},
      {"\u00A0", " "}, {"\u2019", "'"},   {"abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz"},
      {"The cost rose 5% to $10.", "The cost rose 5% to $10."},
  };
  // Spaces collapsed to one, none at a line's start or end.
  const auto collapse = [](std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (c == ' ') {
        space = !out.empty() && out.back() != '\n';
        continue;
      }
      if (space && c != '\n') out.push_back(' ');
      space = false;
      out.push_back(c);
    }
    return out;
  };
  std::mt19937 rng(11);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::uniform_int_distribution<std::size_t> length(0, 60);
  for (int iteration = 0; iteration < 3000; ++iteration) {
    std::string in;
    std::string expected;
    for (std::size_t n = length(rng); n > 0; --n) {
      const Piece& p = pieces[pick(rng)];
      // "\r" then "\n" is one line end, not two.
      if (p.in == "\n" && in.ends_with('\r')) continue;
      in += p.in;
      expected += p.out;
    }
    INFO("input " << in);
    const NormalizeResult r = normalize(in);
    CHECK(r.text == collapse(expected));
    CHECK(r.map.output_size() == r.text.size());
    CHECK(r.map.input_size() == in.size());
  }
}
