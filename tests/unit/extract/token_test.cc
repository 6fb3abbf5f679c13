// Tests for extract/token: the scan tokenizer and the word check that
// runs before it.
#include "extract/token.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace claimlint;

namespace {

// has_word_in and has_digit_or_word_in against scan_tokens on `runs`
// random strings of up to `most` pieces.
void compare_with_scan_tokens(const WordSet& words, const std::vector<std::string>& pieces, unsigned seed, int runs,
                              int most) {
  ScreenedWordSet screened;
  for (const std::string& w : words) screened.insert(w);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, most);
  for (int n = 0; n < runs; ++n) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += pieces[pick(rng)];
    const std::string lower = ascii_lower(s);
    bool expected = false;
    for (const ScanToken& t : scan_tokens(s, lower)) {
      if (t.kind == ScanTokenKind::word && words.contains(t.lower)) expected = true;
    }
    INFO(s);
    REQUIRE(has_word_in(s, screened) == expected);
    const bool digit = s.find_first_of("0123456789") != std::string::npos;
    REQUIRE(has_digit_or_word_in(s, screened) == (digit || expected));
  }
}

}  // namespace

TEST_CASE("has_word_in reads words as scan_tokens does", "[extract]") {
  compare_with_scan_tokens({"rd", "h200", "año", "e", "chips"},
                           {"3", "rd", "H200", "h", "200", "AÑO", "año", " ", "\u00A0", "-", "e", "10", "chips", ".",
                            "\xFF", "\u2009", "x", "Chips", "\u20AC"},
                           3, 20000, 6);
}

TEST_CASE("has_word_in reads long words eight bytes at a time as scan_tokens does", "[extract]") {
  const std::string long_word(70, 'q');
  compare_with_scan_tokens({"hundred", "millions", "thousandfold", "one", "año", long_word},
                           {"Hundred", "HUNDRED", "hundreds", "millions", "Millions", "thousand", "fold", "One",
                            "ones", "AÑO", "año", "ñ", " ", "  ", ",", "-", "\u2009", "\u00A0", "\xC3", "\xFF",
                            "\u20AC", "7", "Q", "@", "[", "`", "{", "qqqqqqqq", long_word, "QQQQQQQQQ"},
                           7, 30000, 12);
}

TEST_CASE("has_digit_or_word_in reads ASCII text 64 bytes at a time as scan_tokens does", "[extract]") {
  // Sentences of ASCII only, most without digits, long enough that words
  // start, end and run across the 64-byte blocks of the letter mask.
  const std::string run_of_q(64, 'q');
  compare_with_scan_tokens({"hundred", "one", "qq", run_of_q, "a"},
                           {"Hundred", "hundreds", "One", "ones", "qq", "q", "QQ", "a", "A", " ", "  ", ",", "-",
                            ".", "@", "[", "`", "{", "\t", "qqqqqqqq", run_of_q, "hundredfold", "x"},
                           11, 30000, 40);
  compare_with_scan_tokens({"hundred", "one"}, {"Hundred", "one", " ", "1", "x", "ONE."}, 13, 5000, 40);
}

TEST_CASE("has_digit_or_word_in reads text past ASCII in a later block as scan_tokens does", "[extract]") {
  // Words in the first blocks, then a code point past ASCII (a letter, a
  // space, a bad byte) and digits in a later block.
  const std::string run_of_q(64, 'q');
  compare_with_scan_tokens({"hundred", "one", "año", "qq"},
                           {"Hundred", "one", " ", "  ", "1", "x", "ONE.", "qq", "q", run_of_q, "qqqqqqqq", "año",
                            "AÑO", "ñ", "\u00A0", "\u2009", "\xFF", "\u20AC", "-"},
                           19, 20000, 40);
}

TEST_CASE("ascii_lower lowercases ASCII capitals only, byte for byte", "[extract]") {
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 40);
  std::string out = "left over";
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += static_cast<char>(byte(rng));
    std::string expected = s;
    for (char& c : expected) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    REQUIRE(ascii_lower(s) == expected);
    ascii_lower(s, out);
    REQUIRE(out == expected);
  }
}

TEST_CASE("has_ascii_digit finds a digit wherever it stands, the last bytes too", "[extract]") {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> length(0, 80);
  static constexpr char k_bytes[] = "abcXYZ ,.-/\x80\xC3\xA9\xFF";
  std::uniform_int_distribution<std::size_t> pick(0, sizeof k_bytes - 2);
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += k_bytes[pick(rng)];
    if (!s.empty() && n % 2 == 0) s[rng() % s.size()] = static_cast<char>('0' + rng() % 10);
    const bool expected = std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    INFO("text of " << s.size() << " bytes");
    REQUIRE(has_ascii_digit(s) == expected);
  }
}

TEST_CASE("ascii_byte_masks marks each byte as a byte-by-byte test does", "[extract]") {
  // Every byte value at every position of a block, in texts whose last
  // block is full or short, read from each 64-byte block.
  std::mt19937 rng(17);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<std::size_t> length(1, 200);
  for (int n = 0; n < 4000; ++n) {
    std::string s(n < 256 ? 64 + n % 64 : length(rng), ' ');
    for (char& c : s) c = static_cast<char>(byte(rng) % 4 == 0 ? byte(rng) : "aZ9 .q"[byte(rng) % 6]);
    if (n < 256) s[n % 64] = static_cast<char>(n);
    for (std::size_t base = 0; base < s.size(); base += 64) {
      AsciiByteMasks expected;
      for (std::size_t k = 0; k < 64 && base + k < s.size(); ++k) {
        const auto c = static_cast<unsigned char>(s[base + k]);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) expected.letters |= std::uint64_t{1} << k;
        if (c >= '0' && c <= '9') expected.digits |= std::uint64_t{1} << k;
        if (c >= 0x80) expected.non_ascii = true;
      }
      const AsciiByteMasks masks = ascii_byte_masks(s, base);
      INFO(n << " at " << base);
      REQUIRE(masks.letters == expected.letters);
      REQUIRE(masks.digits == expected.digits);
      REQUIRE(masks.non_ascii == expected.non_ascii);
    }
  }
}

namespace {

enum class RefClass { space, letter, digit, symbol };

// The code point at s[i] and its length, a bad byte as itself (length 1).
char32_t ref_decode(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  len = b < 0x80 ? 1 : b >= 0xC0 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF8 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) return b;
  char32_t cp = b & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      len = 1;
      return b;
    }
    cp = cp << 6 | (c & 0x3F);
  }
  return cp;
}

// What token.h says each code point is.
RefClass ref_class(char32_t cp) {
  if (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000) {
    return RefClass::space;
  }
  if (cp >= '0' && cp <= '9') return RefClass::digit;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return RefClass::letter;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x2BFF) || (cp >= 0x3001 && cp <= 0x303F) ||
      (cp >= 0xFF01 && cp <= 0xFF0F)) {
    return RefClass::symbol;
  }
  return RefClass::letter;
}

// scan_tokens written one code point at a time.
std::vector<ScanToken> ref_scan_tokens(std::string_view s, std::string_view lower) {
  std::vector<ScanToken> out;
  bool space = true;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    const RefClass c = ref_class(ref_decode(s, i, len));
    if (c == RefClass::space) {
      space = true;
      i += len;
      continue;
    }
    std::size_t j = i + len;
    ScanTokenKind kind = ScanTokenKind::symbol;
    if (c != RefClass::symbol) {
      kind = c == RefClass::digit ? ScanTokenKind::digits : ScanTokenKind::word;
      while (j < s.size()) {
        std::size_t l;
        const RefClass n = ref_class(ref_decode(s, j, l));
        if (n != RefClass::digit && (kind == ScanTokenKind::digits || n != RefClass::letter)) break;
        j += l;
      }
    }
    out.push_back({kind, i, j, space, s.substr(i, j - i), lower.substr(i, j - i)});
    space = false;
    i = j;
  }
  return out;
}

}  // namespace

TEST_CASE("scan_tokens splits text as a code point by code point reading does", "[extract]") {
  const std::vector<std::string> pieces = {"a", "Zq", "H200", "7", "123", " ", "  ", "\t", "\n", ",", ".", "-",
                                           "$", "%", "\u00A0", "\u2009", "\u3000", "\u2013", "\u20AC", "\u00D7",
                                           "\u00F1", "A\u00D1o", "\u4E2D", "\xC3", "\xFF", "\x80", "\xE2\x82",
                                           "x9y", "\u00B0", "\uFF05", std::string(20, 'w')};
  std::mt19937 rng(29);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 24);
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += pieces[pick(rng)];
    const std::string lower = ascii_lower(s);
    const std::vector<ScanToken> got = scan_tokens(s, lower);
    const std::vector<ScanToken> expected = ref_scan_tokens(s, lower);
    INFO(s);
    REQUIRE(got.size() == expected.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
      INFO("token " << k);
      REQUIRE(got[k].kind == expected[k].kind);
      REQUIRE(got[k].begin == expected[k].begin);
      REQUIRE(got[k].end == expected[k].end);
      REQUIRE(got[k].space_before == expected[k].space_before);
      REQUIRE(got[k].text == expected[k].text);
      REQUIRE(got[k].lower.data() == expected[k].lower.data());
      REQUIRE(got[k].lower.size() == expected[k].lower.size());
    }
  }
}
