// Tests for check/suppressions: finding the directive marker and lines.
#include "check/suppressions.h"

#include <catch2/catch.hpp>

#include <string>

using namespace claimlint;

TEST_CASE("may_have_suppressions finds the directive marker anywhere, and only it", "[check]") {
  const std::string marker = "claimlint-disable-";
  CHECK_FALSE(may_have_suppressions(""));
  CHECK_FALSE(may_have_suppressions("claimlint-disabl"));
  CHECK_FALSE(may_have_suppressions("claimlint disable-line"));
  CHECK(may_have_suppressions(marker));
  // Text full of the marker's first letter, the marker at every offset.
  const std::string filler = "a cc c claimlint-disable claimlint-d c cccc ";
  for (std::size_t at = 0; at <= filler.size(); ++at) {
    std::string text = filler;
    CHECK_FALSE(may_have_suppressions(text));
    text.insert(at, marker);
    INFO(at);
    CHECK(may_have_suppressions(text));
  }
}

TEST_CASE("a suppression line opens with the marker and holds a directive", "[check]") {
  // Lines of a document's text, where a plain-text directive stands alone.
  CHECK(is_suppression_line("claimlint-disable-next-line value-conflict"));
  CHECK(is_suppression_line("  claimlint-disable-line: the figure is the court's"));
  CHECK_FALSE(is_suppression_line("The claimlint-disable-line directive silences a line."));
  CHECK_FALSE(is_suppression_line("Prices rose 5%."));
}
