// Tests for diag/check_registry.
#include "diag/check_registry.h"

#include <set>

#include <catch2/catch.hpp>

using namespace claimlint;

TEST_CASE("every check of the DESIGN catalogue is registered once", "[diag]") {
  const char* const design[] = {"value-conflict", "unit-conflict", "date-conflict", "total-mismatch",
                                "percent-change", "percentage-points", "ratio-mismatch", "unit-price",
                                "share-over-100", "weekday-mismatch", "timeline", "duplicate-passage",
                                "times-more", "encoding", "boilerplate"};
  std::set<std::string_view> ids;
  for (const CheckInfo& c : all_checks()) {
    CHECK(ids.insert(c.id).second);
    CHECK_FALSE(c.summary.empty());
    CHECK_FALSE(c.explain.empty());
  }
  for (const char* id : design) CHECK(find_check(id) != nullptr);
  // The catalogue plus the project's own: suppression.
  CHECK(find_check("suppression") != nullptr);
  CHECK(ids.size() == std::size(design) + 1);
  CHECK(find_check("duplicate-passage")->severity == Severity::warning);
  CHECK(find_check("encoding")->severity == Severity::error);
  CHECK(find_check("boilerplate")->severity == Severity::note);
}

TEST_CASE("misspelt check ids get a suggestion", "[diag]") {
  CHECK(suggest_check("duplicate-pasage") == std::optional<std::string>("duplicate-passage"));
  CHECK_FALSE(suggest_check("completely-unrelated-words"));
}
