// Tests for util/word_hash: the flat word tables behave as the standard
// unordered containers they replace, on random keys of every short length.
#include "util/word_hash.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace claimlint;

namespace {

// Random keys of 0..20 bytes over a small alphabet (so that lookups hit
// often) with some bytes above 0x7F.
std::string random_key(std::mt19937& rng) {
  static const std::string alphabet = "abcde \xC3\xA9-0";
  std::uniform_int_distribution<std::size_t> len(0, 20);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string s(len(rng), ' ');
  for (char& c : s) c = alphabet[pick(rng)];
  return s;
}

}  // namespace

TEST_CASE("a word map holds what std::map holds", "[util]") {
  std::mt19937 rng(7);
  WordMap<int> table;
  std::map<std::string, int> model;
  std::vector<std::string> order;  // first insertions, in order
  for (int step = 0; step < 20000; ++step) {
    const std::string key = random_key(rng);
    switch (step % 4) {
      case 0: {
        const auto [it, inserted] = table.emplace(key, step);
        const bool fresh = model.emplace(key, step).second;
        REQUIRE(inserted == fresh);
        REQUIRE(it->first == key);
        if (fresh) order.push_back(key);
        break;
      }
      case 1:
        if (!model.contains(key)) order.push_back(key);
        table[key] += 1;
        model[key] += 1;
        break;
      case 2:
        table.insert_or_assign(key, -step);
        if (!model.contains(key)) order.push_back(key);
        model.insert_or_assign(key, -step);
        break;
      default: {
        const auto it = table.find(key);
        const auto m = model.find(key);
        REQUIRE((it == table.end()) == (m == model.end()));
        if (m != model.end()) REQUIRE(it->second == m->second);
        REQUIRE(table.contains(key) == model.contains(key));
        REQUIRE(table.count(key) == model.count(key));
      }
    }
  }
  REQUIRE(table.size() == model.size());
  // Iteration is in insertion order, every key once.
  std::vector<std::string> seen;
  for (const auto& [k, v] : table) {
    seen.push_back(k);
    REQUIRE(model.at(k) == v);
    REQUIRE(table.at(k) == v);
  }
  CHECK(seen == order);
  CHECK_THROWS_AS(table.at("not a key at all, too long"), std::out_of_range);
}

TEST_CASE("a word table keeps references across growth, and copies", "[util]") {
  WordMap<std::string> table;
  std::string& first = table["first"];
  first = "kept";
  for (int i = 0; i < 5000; ++i) table[std::to_string(i)] = "x";
  CHECK(&table["first"] == &first);
  CHECK(first == "kept");

  const WordMap<std::string> copy = table;
  CHECK(copy == table);
  CHECK(copy.find("first")->second == "kept");
  CHECK(&copy.find("first")->second != &first);
  WordMap<std::string> assigned;
  assigned["other"] = "y";
  assigned = copy;
  CHECK(assigned == table);
  CHECK_FALSE(assigned.contains("other"));
  table["first"] = "changed";
  CHECK_FALSE(assigned == table);
}

TEST_CASE("a word set: lookups by view, equality in any order", "[util]") {
  WordSet a{"launched", "shipped", ""};
  const WordSet b{"shipped", "", "launched"};
  CHECK(a == b);
  CHECK(a.contains(std::string_view("shipped and more").substr(0, 7)));
  CHECK(a.contains(""));
  CHECK_FALSE(a.contains("ship"));
  CHECK_FALSE(a.insert("shipped").second);
  CHECK(a.insert("sold").second);
  CHECK_FALSE(a == b);
  const WordSet empty;
  CHECK_FALSE(empty.contains(""));
  CHECK(empty.find("x") == empty.end());

  // Keys of every length up to 40 (the hash reads eight bytes at a time):
  // a key is found, and no prefix of it is unless inserted.
  std::mt19937 rng(11);
  WordSet words;
  std::set<std::string> model;
  for (int i = 0; i < 3000; ++i) {
    std::string k = random_key(rng) + random_key(rng);
    words.insert(k);
    model.insert(k);
  }
  for (const std::string& k : model) {
    REQUIRE(words.contains(k));
    for (std::size_t n = 0; n < k.size(); ++n) REQUIRE(words.contains(k.substr(0, n)) == model.contains(k.substr(0, n)));
  }
}

TEST_CASE("a screened word set answers as the word set it screens", "[util]") {
  std::mt19937 rng(5);
  ScreenedWordSet screened;
  std::set<std::string> model;
  CHECK_FALSE(screened.contains(""));
  for (int i = 0; i < 2000; ++i) {
    std::string k = random_key(rng);
    if (i % 50 == 0) k += std::string(60, 'e');  // lengths past the screen's last bit
    screened.insert(k);
    model.insert(k);
  }
  CHECK(screened.words().size() == model.size());
  for (int i = 0; i < 40000; ++i) {
    std::string k = random_key(rng);
    if (i % 7 == 0) k += std::string(static_cast<std::size_t>(55 + i % 20), 'e');
    REQUIRE(screened.contains(k) == model.contains(k));
  }
  for (const std::string& k : model) REQUIRE(screened.contains(k));
  screened.clear();
  CHECK(screened.empty());
  CHECK_FALSE(screened.contains(*model.begin()));
}

TEST_CASE("word_hash reads a word's last bytes as a byte loop does", "[util]") {
  // The hash as it reads byte by byte, for every length up to 40.
  const auto reference = [](std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xff51afd7ed558ccdULL);
    std::size_t k = 0;
    for (; k + 8 <= s.size(); k += 8) {
      std::uint64_t w = 0;
      for (std::size_t b = 0; b < 8; ++b) w |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[k + b])) << (8 * b);
      h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
      h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    for (std::size_t b = 0; k + b < s.size(); ++b) {
      tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[k + b])) << (8 * b);
    }
    h = (h ^ tail) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return h;
  };
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> byte(0, 255);
  for (std::size_t n = 0; n <= 40; ++n) {
    for (int i = 0; i < 200; ++i) {
      std::string s(n, ' ');
      for (char& c : s) c = static_cast<char>(byte(rng));
      REQUIRE(word_hash(s) == reference(s));
    }
  }
}

TEST_CASE("a word screen passes its words in any ASCII case and rejects most others", "[util]") {
  std::mt19937 rng(13);
  WordScreen screen;
  std::set<std::string> model;
  CHECK_FALSE(screen.may_hold("ten"));
  for (int i = 0; i < 200; ++i) {
    std::string k = random_key(rng);
    if (i % 20 == 0) k += "TEN" + std::string(static_cast<std::size_t>(i), 'x');  // capitals, lengths past 64
    screen.insert(k);
    model.insert(k);
  }
  std::uniform_int_distribution<int> coin(0, 1);
  for (const std::string& k : model) {
    std::string cased = k;
    for (char& c : cased) {
      if (c >= 'a' && c <= 'z' && coin(rng)) c = static_cast<char>(c - 'a' + 'A');
      if (c >= 'A' && c <= 'Z' && coin(rng)) c = static_cast<char>(c - 'A' + 'a');
    }
    INFO(cased);
    REQUIRE(screen.may_hold(k));
    REQUIRE(screen.may_hold(cased));
  }
  // A word whose first byte, last byte and length no word of the set has
  // does not pass: "the" shares its first byte and length with "ten", its
  // last byte and length with "one".
  screen.clear();
  for (const char* k : {"ten", "two", "thu", "one", "an", "off"}) screen.insert(k);
  CHECK(screen.may_hold("Ten"));
  CHECK(screen.may_hold("tWO"));
  for (const char* w : {"the", "thy", "tune", "a", "of", "and", "in", "that", "is", "was", "for", ""}) {
    INFO(w);
    CHECK_FALSE(screen.may_hold(w));
  }
  screen.insert("");
  CHECK(screen.may_hold(""));
}

TEST_CASE("a screened word set passes a capitalised word whose lowercase it holds", "[util]") {
  ScreenedWordSet set;
  for (const char* w : {"million", "a", "hundred", "año", "ten"}) set.insert(w);
  for (const char* w : {"MILLION", "Million", "A", "a", "Hundred", "AñO", "TEN", "tEn"}) {
    INFO(w);
    CHECK(set.may_contain_lowercased(w));
  }
  CHECK_FALSE(set.contains("Million"));
  CHECK(set.contains("million"));
}

TEST_CASE("a screened word set passes every ASCII casing of the words it holds, at every length", "[util]") {
  std::mt19937 rng(11);
  ScreenedWordSet set;
  std::vector<std::string> words;
  for (std::size_t n = 1; n <= 24; ++n) {
    for (int i = 0; i < 20; ++i) {
      std::string w;
      for (std::size_t k = 0; k < n; ++k) w += static_cast<char>('a' + rng() % 26);
      set.insert(w);
      words.push_back(w);
    }
  }
  for (const std::string& w : words) {
    for (int i = 0; i < 8; ++i) {
      std::string cased = w;
      for (char& c : cased) {
        if (rng() % 2 != 0) c = static_cast<char>(c - 'a' + 'A');
      }
      INFO(cased);
      REQUIRE(set.may_contain_lowercased(cased));
    }
  }
}
