// Tests for util/glob.
#include "util/glob.h"

#include <catch2/catch.hpp>

using namespace claimlint;

TEST_CASE("glob patterns", "[util]") {
  struct Case {
    const char* pattern;
    const char* path;
    bool match;
  };
  const Case cases[] = {
      {"*.md", "a.md", true},          {"*.md", "drafts/a.md", true},   {"*.md", "a.txt", false},
      {"drafts/*.md", "drafts/a.md", true}, {"drafts/*.md", "drafts/x/a.md", false},
      {"drafts/**", "drafts/x/y/a.md", true}, {"**/old/*.txt", "a/b/old/c.txt", true},
      {"**/old/*.txt", "old/c.txt", true}, {"?.txt", "a.txt", true},   {"?.txt", "ab.txt", false},
      {"[ab].txt", "b.txt", true},     {"[!ab].txt", "b.txt", false},   {"./x/*.md", "x/y.md", true},
  };
  for (const Case& c : cases) {
    INFO(c.pattern << " vs " << c.path);
    CHECK(glob_match(c.pattern, c.path) == c.match);
  }
}
