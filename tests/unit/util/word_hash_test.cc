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
