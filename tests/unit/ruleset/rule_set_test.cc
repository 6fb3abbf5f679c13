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

}  // namespace

TEST_CASE("the built-in rules load and match the seeds' residue", "[ruleset]") {
  RuleSet rules;
  CHECK(rules.load_builtin().empty());
  rules.finalize();
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
  rules.finalize();
  CHECK(rules.match_boilerplate("Subscribe to keep reading.") != nullptr);
  CHECK(rules.match_boilerplate("half") == nullptr);
}
