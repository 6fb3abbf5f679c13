// Tests for ruleset/rule_set: loading, validation errors with positions.
#include "ruleset/rule_set.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace claimlint;

namespace {

Error load_error(std::string_view text) {
  RuleSet rules;
  std::optional<Error> e = rules.load("pack.toml", text);
  REQUIRE(e);
  return *e;
}

std::size_t pattern_count(const RuleSet& rules) {
  std::size_t n = 0;
  for (const BoilerplateRule& r : rules.boilerplate()) n += r.patterns.size();
  return n;
}

}  // namespace

TEST_CASE("the built-in rules load and match the seeds' residue", "[ruleset]") {
  RuleSet rules;
  CHECK(rules.load_builtin().empty());
  CHECK(rules.match_boilerplate("Leave a Comment") != nullptr);
  CHECK(rules.match_boilerplate("Forgot password?") != nullptr);
  CHECK(rules.match_boilerplate("Related Articles") != nullptr);
  CHECK(rules.match_boilerplate("Select Language:") != nullptr);
  CHECK(rules.match_boilerplate("Image | Jane Doe, Reuters")->name == "image-credit");
  CHECK(rules.match_boilerplate("Nvidia can sell 400,000 chips to China.") == nullptr);
  CHECK(rules.match_boilerplate("Share prices fell 5% on Monday.") == nullptr);
}

TEST_CASE("a TOML syntax error names line and column", "[ruleset]") {
  const Error e = load_error("[[boilerplate]]\nname = \"x\"\npatterns = [\"a\"\n");
  REQUIRE(e.where);
  CHECK(e.where->path == "pack.toml");
  CHECK(e.where->line == 3);
  CHECK(e.message == "Error while parsing array: encountered end-of-file");
}

TEST_CASE("an unknown key gets a suggestion at its position", "[ruleset]") {
  const Error e = load_error("[[boilerplate]]\nname = \"x\"\npaterns = [\"a\"]\n");
  REQUIRE(e.where);
  CHECK(e.where->line == 3);
  CHECK(e.where->column == 1);
  CHECK(e.message == "unknown key 'paterns' in a boilerplate entry; did you mean 'patterns'?");
}

TEST_CASE("a pattern RE2 rejects is an error at the pattern", "[ruleset]") {
  const Error e = load_error("[[boilerplate]]\nname = \"x\"\npatterns = [\"ok\", \"(unclosed\"]\n");
  REQUIRE(e.where);
  CHECK(e.where->line == 3);
  CHECK(e.where->column == 19);
  CHECK(e.message == "invalid pattern '(unclosed': missing ): (unclosed");
}

TEST_CASE("a pattern over RE2's memory budget is an error at the pattern, and its file loads nothing", "[ruleset]") {
  RuleSet rules;
  const std::optional<Error> e =
      rules.load("pack.toml", "[[boilerplate]]\nname = \"x\"\npatterns = [\"ok\", '\\pL{300}']\n");
  REQUIRE(e);
  REQUIRE(e->where);
  CHECK(e->where->line == 3);
  CHECK(e->where->column == 19);
  CHECK(e->message == "pattern '\\pL{300}' is too large to compile (over RE2's memory budget)");
  CHECK(rules.match_boilerplate("ok") == nullptr);
}

TEST_CASE("patterns too large together are an error, and the rules loaded before still match", "[ruleset]") {
  // '0\pL{100}' and '1\pL{100}' each compile alone, not in one set. A
  // set whose compilation failed used to be matched, and crashed.
  RuleSet rules;
  REQUIRE(rules.load_builtin().empty());
  const std::optional<Error> e = rules.load(
      "pack.toml", "[[boilerplate]]\nname = \"letters\"\npatterns = ['0\\pL{100}', '1\\pL{100}']\n");
  REQUIRE(e);
  REQUIRE(e->where);
  CHECK(e->where->line == 3);
  CHECK(e->where->column == 13);
  CHECK(e->message ==
        "the boilerplate patterns are too large to compile together (over RE2's memory budget): "
        "this file's 2 would join " +
            std::to_string(pattern_count(rules)) + " loaded before");
  CHECK(rules.match_boilerplate("Leave a Comment")->name == "comment-widget");
  CHECK(rules.match_boilerplate("0" + std::string(100, 'x')) == nullptr);
  CHECK(rules.boilerplate().back().name != "letters");
}

TEST_CASE("a rule file's boilerplate joins the set of those before it", "[ruleset]") {
  RuleSet rules;
  CHECK(rules.match_boilerplate("Leave a Comment") == nullptr);
  REQUIRE(!rules.load("a.toml", "[[boilerplate]]\nname = \"a\"\npatterns = ['(?i)read more']\n"));
  REQUIRE(!rules.load("b.toml", "[[boilerplate]]\nname = \"b\"\npatterns = ['(?i)more', '(?i)read more']\n"));
  CHECK(rules.match_boilerplate("Read more")->name == "a");
  CHECK(rules.match_boilerplate("More")->name == "b");
  CHECK(rules.match_boilerplate("Read more now") == nullptr);
}

TEST_CASE("wrong shapes are errors", "[ruleset]") {
  CHECK(load_error("boilerplate = 3\n").message == "'boilerplate' must be an array of tables ([[boilerplate]])");
  CHECK(load_error("[[boilerplate]]\nname = 1\npatterns=[\"a\"]\n").message == "'name' must be a string");
  CHECK(load_error("[[boilerplate]]\nname = \"x\"\n").message == "boilerplate entry 'x' has no patterns");
}

TEST_CASE("a broken file loads nothing, user rules add to the built-in ones", "[ruleset]") {
  claimlint::testing::TempDir dir;
  dir.write("good.toml", "[[boilerplate]]\nname = \"paywall\"\npatterns = ['(?i)subscribe to keep reading\\.?']\n");
  dir.write("bad.toml", "[[boilerplate]]\nname = \"half\"\npatterns = ['(?i)half']\nbogus = 1\n");
  RuleSet rules;
  const std::vector<Error> errors = rules.load_directory(dir.path());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where->path == dir.path() + "/bad.toml");
  CHECK(rules.match_boilerplate("Subscribe to keep reading.") != nullptr);
  CHECK(rules.match_boilerplate("half") == nullptr);
}
