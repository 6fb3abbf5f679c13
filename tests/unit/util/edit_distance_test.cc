// Tests for util/edit_distance.
#include "util/edit_distance.h"

#include <catch2/catch.hpp>

using namespace claimlint;

TEST_CASE("edit distance and nearest spelling", "[util]") {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
  const std::string_view ids[] = {"value-conflict", "unit-conflict", "boilerplate"};
  CHECK(nearest_spelling("value-conflit", ids) == std::optional<std::string>("value-conflict"));
  CHECK(nearest_spelling("boilerplat", ids) == std::optional<std::string>("boilerplate"));
  CHECK_FALSE(nearest_spelling("zzzzzz", ids));
}
