// Tests for extract/numeral and extract/token: numerals read whole, with
// each language's marks and words.
#include "extract/numeral.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "extract/token.h"
#include "ruleset/rule_set.h"
#include "support/run_binary.h"
#include "support/xorshift.h"

using namespace claimlint;

namespace {

const Lexicon& lexicons() {
  static const RuleSet rules = [] {
    RuleSet r;
    for (const char* name : {"rules/lexicon/en.toml", "rules/lexicon/es.toml"}) {
      const std::string path = testing::source_dir() + "/" + name;
      if (auto e = r.load(path, testing::read_file(path))) FAIL(e->message);
    }
    return r;
  }();
  return rules.lexicon();
}

struct Row {
  const char* text;
  double value;
};

// Parses `text` from its first token; the numeral must cover all of it.
void check_whole(const Row& row, const char* lang) {
  INFO(lang << ": " << row.text);
  const std::string text = row.text;
  const std::string lower = ascii_lower(text);
  const std::vector<ScanToken> tokens = scan_tokens(text, lower);
  const auto n = parse_numeral(tokens, 0, *lexicons().find(lang));
  REQUIRE(n);
  CHECK(n->value == Approx(row.value).epsilon(1e-12));
  CHECK(n->last == tokens.size());
}

}  // namespace

TEST_CASE("english numerals: digits, marks, scales, words, fractions", "[extract]") {
  static const Row rows[] = {
      {"400,000", 400000},
      {"400 000", 400000},
      {"1,674,200.5", 1674200.5},
      {".08", 0.08},
      {"4.800", 4.8},
      {"-9.2321312", -9.2321312},
      {"- 1 4/5", -1.8},
      {"2  1/4", 2.25},
      {"3/4", 0.75},
      {"10k", 1e4},
      {"- 10  k", -1e4},
      {"2.33 k", 2330},
      {"1.2b", 1.2e9},
      {"10bn", 1e10},
      {"10M", 1e7},
      {"2mil", 2e6},
      {"10 bln", 1e10},
      {"1e10", 1e10},
      {"-127.32e13", -1.2732e15},
      {"1.1^23", 8.95430243255239},
      {"-1.1^--23", -8.95430243255239},
      {"1.3x10^6", 1.3e6},
      {"1,674.5 million", 1674500000},
      {"1.8-million", 1.8e6},  // "the $1.8-million loss"
      {"10-billion", 1e10},
      {"322 hundred", 32200},
      {"3 dozens", 36},
      {"13 lakh", 1300000},
      {"three lakh crore", 3e12},
      {"2.49-lakh-crore", 2.49e12},  // "the Rs 2.49-lakh-crore budget"
      {"2.49-lakh crore", 2.49e12},
      {"fifty - two", 52},
      {"fifty   two", 52},
      {"one hundred and sixty-one", 161},
      {"two hundred and two thousand", 202000},
      {"two  thousand  and  two hundred", 2200},
      {"twenty-one trillion and three hundred", 21000000000300},
      {"three hundred and two dozens", 324},
      {"half a  dozen", 6},
      {"a dozen", 12},
      {"two hundred point seventy-one", 200.71},
      {"nine point nought four", 9.04},
      {"minus five point five", -5.5},
      {"a trillionth", 1e-12},
      {"a hundred thousand trillionths", 1e-7},
      {"one hundred thirty fifths", 100.0 / 35},
      {"one hundred and thirty fifths", 26},
      {"one hundred and thirty and two fifths", 130.4},
      {"one million two thousand two hundred three fifths", 200440.6},
      {"one one hundred and fifth", 1.0 / 105},
      {"one hundred one thousand fifths", 100.0 / 1005},
      {"ninety - five hundred-fifths", 1900},
      {"a twenty-first", 1.0 / 21},
      {"three twenty firsts", 3.0 / 21},
      {"twenty and three and three fifths", 23.6},
      {"one and a fourth", 1.25},
      {"one hundred and three quarters", 100.75},
      {"1 over one hundred and twenty one", 1.0 / 121},
      {"one out of three", 1.0 / 3},
      {"two thirds of a million", 2e6 / 3},
      {"five and a half million", 5.5e6},
      {"3 million and a half", 3.5e6},
      {"quarter million", 250000},
      {"hundred thousand", 100000},
      {"4 thousand 3 hundred and 21", 4321},
      {"6 crore and two hundred", 60000200},
      {"3 hundred and one", 301},
  };
  for (const Row& row : rows) check_whole(row, "en");
}

TEST_CASE("spanish numerals: comma decimals, point groups, mil millones", "[extract]") {
  static const Row rows[] = {
      {"400.000", 400000},
      {"1,5", 1.5},
      {"1.5", 1.5},  // a point that cannot group (Mexican usage)
      {"10.000 millones", 1e10},
      {"diez mil millones", 1e10},
      {"veinticinco", 25},
      {"treinta y cinco", 35},
      {"ciento veinte", 120},
      {"doscientos treinta y cinco mil", 235000},
      {"un millón", 1e6},
      {"dos tercios", 2.0 / 3},
      {"un cuarto", 0.25},
      {"mil", 1000},
      {"mil millones", 1e9},
  };
  for (const Row& row : rows) check_whole(row, "es");
}

TEST_CASE("what is no numeral, or only part of one", "[extract]") {
  const LanguageLexicon& en = *lexicons().find("en");
  auto parse = [&](const std::string& text) {
    const std::string lower = ascii_lower(text);
    const std::vector<ScanToken> tokens = scan_tokens(text, lower);
    return std::pair(parse_numeral(tokens, 0, en), tokens.size());
  };
  CHECK_FALSE(parse("a").first);
  CHECK_FALSE(parse("an apple").first);
  CHECK_FALSE(parse("192.168.1.2").first);  // dotted: a version or address
  CHECK_FALSE(parse("quarter").first);      // "the first quarter"
  // "two and three" is two numbers; "1, 234, 567" three.
  CHECK(parse("two and three").first->last == 1);
  CHECK(parse("1, 234, 567").first->value == 1);
  CHECK(parse("22,24,26").first->value == 22);
  // A decimal comma in an English text: neither 12 nor 12.5 is told.
  CHECK_FALSE(parse("12,5 %").first);
  CHECK_FALSE(parse("3,25").first);
  // A season or financial year is no quotient; another pair of figures is.
  CHECK_FALSE(parse("2026/27").first);
  CHECK_FALSE(parse("1999/2000").first);
  CHECK(parse("2026/28").first->value == Approx(2026.0 / 28));
  CHECK(parse("12/4").first->value == 3);
  // A lone ordinal is an ordinal, not a fraction.
  auto second = parse("second").first;
  REQUIRE(second);
  CHECK(second->ordinal);
  CHECK(second->value == 2);
}

TEST_CASE("scan tokens: words keep their digits, spaces are not tokens", "[extract]") {
  const std::string text = "H200\u00a0chips cost\u202f$10bn–12bn.";
  const std::string lower = ascii_lower(text);
  const std::vector<ScanToken> t = scan_tokens(text, lower);
  REQUIRE(t.size() == 10);
  CHECK(t[0].text == "H200");
  CHECK(t[0].kind == ScanTokenKind::word);
  CHECK(t[1].lower == "chips");
  CHECK(t[1].space_before);
  CHECK(t[3].text == "$");
  CHECK(t[3].space_before);
  CHECK(t[4].kind == ScanTokenKind::digits);
  CHECK_FALSE(t[4].space_before);
  CHECK(t[5].text == "bn");
  CHECK(t[6].text == "\u2013");
  CHECK(t[6].kind == ScanTokenKind::symbol);
  CHECK(text.substr(t[7].begin, t[7].end - t[7].begin) == "12");
}

// match_forward and match_backward rule most tokens out by the first or
// last byte and length of the phrase maps' keys before building a key;
// they must find what a search of every key finds.
TEST_CASE("phrase matches equal a search of every key", "[extract]") {
  const std::string_view words[] = {"per", "cent", "a", "an", "million", "m", "bn", "km", "square",
                                    "US", "us", "dollar", "dollars", "-", "$", "x", "per cent", "e"};
  testing::XorShift next(0x853C49E6748FEA9BULL);
  for (int round = 0; round < 300; ++round) {
    PhraseMap<int> map;
    std::vector<std::string> keys;
    const std::size_t key_count = 1 + next() % 6;
    for (std::size_t k = 0; k < key_count; ++k) {
      std::string key;
      const std::size_t parts = 1 + next() % 3;
      for (std::size_t p = 0; p < parts; ++p) key += words[next() % std::size(words)];
      map[key] = static_cast<int>(k);
      keys.push_back(key);
    }
    std::string sentence;
    for (int w = 0; w < 12; ++w) {
      sentence += words[next() % std::size(words)];
      sentence += next() % 3 ? " " : "";
    }
    const std::string lower = ascii_lower(sentence);
    const std::vector<ScanToken> tokens = scan_tokens(sentence, lower);
    for (const bool keep_case : {false, true}) {
      const auto part = [&](std::size_t k) { return keep_case ? tokens[k].text : tokens[k].lower; };
      for (std::size_t max_tokens = 1; max_tokens <= 4; ++max_tokens) {
        for (std::size_t i = 0; i <= tokens.size(); ++i) {
          // The longest run of at most max_tokens tokens from i that is a key.
          std::size_t want = 0;
          std::string key;
          for (std::size_t k = 0; k < max_tokens && i + k < tokens.size(); ++k) {
            key += part(i + k);
            if (map.contains(key)) want = k + 1;
            // The sieved lookups agree with the plain one.
            REQUIRE((map.find_entry(key) != nullptr) == map.contains(key));
            REQUIRE((map.probe(key).entry != nullptr) == map.contains(key));
          }
          std::size_t n = 0;
          const int* got = match_forward(map, tokens, i, n, keep_case, max_tokens);
          INFO(sentence << " at " << i << ", up to " << max_tokens << " tokens");
          REQUIRE((got != nullptr) == (want != 0));
          if (got) REQUIRE(n == want);
          // The longest run of at most max_tokens tokens ending before i.
          want = 0;
          key.clear();
          for (std::size_t k = 1; k <= max_tokens && k <= i; ++k) {
            key.insert(0, part(i - k));
            if (map.contains(key)) want = k;
          }
          n = 0;
          got = match_backward(map, tokens, i, n, keep_case, max_tokens);
          REQUIRE((got != nullptr) == (want != 0));
          if (got) REQUIRE(n == want);
        }
      }
    }
  }
}
