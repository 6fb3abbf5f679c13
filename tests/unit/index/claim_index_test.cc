// Tests for index/claim_index: the index's keys are claim_key()'s, and
// has_claim_key() says when claim_key() is not empty.
#include "index/claim_index.h"

#include <catch2/catch.hpp>

using namespace claimlint;

namespace {

Claim claim(QuantityKind kind, std::string measure, std::vector<std::string> subjects, std::string predicate = {}) {
  Claim c;
  c.quantity.kind = kind;
  c.measure = std::move(measure);
  c.subjects = std::move(subjects);
  c.predicate = std::move(predicate);
  return c;
}

}  // namespace

TEST_CASE("the index keys claims as claim_key() does", "[claims]") {
  const Claim claims[] = {
      claim(QuantityKind::count, "H200 chip", {"ByteDance"}),
      claim(QuantityKind::count, "H200 chip", {"Tencent", "alibaba", "ByteDance"}, "acquire"),
      claim(QuantityKind::currency, "Value of H200 Chip", {"ÉCOLE Nationale", "Zeta", "zeta"}),
      claim(QuantityKind::multiplier, "B200 over H100", {}),
      claim(QuantityKind::percent, "share", {"", "A"}, "Rise|Fall"),
      claim(QuantityKind::date, "Launch", {"Ñandú Corp"}),
      claim(QuantityKind::count, "", {"ByteDance"}),
      claim(QuantityKind::count, "chip", {}),
      claim(QuantityKind::percentage_point, "", {}),
  };
  ClaimIndex index;
  for (const Claim& c : claims) {
    CAPTURE(c.measure);
    REQUIRE(has_claim_key(c) == !claim_key(c).empty());
    if (has_claim_key(c)) CHECK(index.key_of(c) == claim_key(c));
  }
}

TEST_CASE("claims with equal keys share a group, in the order added", "[claims]") {
  const Claim a = claim(QuantityKind::count, "H200 chip", {"Alibaba", "ByteDance"});
  const Claim b = claim(QuantityKind::count, "h200 CHIP", {"bytedance", "ALIBABA"});
  const Claim c = claim(QuantityKind::count, "H200 chip", {"Alibaba"});
  const Claim unanchored = claim(QuantityKind::count, "H200 chip", {});
  ClaimIndex index;
  index.add(a, 1, false);
  index.add(c, 1, false);
  index.add(unanchored, 2, false);
  index.add(b, 2, true);
  REQUIRE(index.groups().size() == 2);
  const std::vector<IndexedClaim>& group = index.groups().at(claim_key(a));
  REQUIRE(group.size() == 2);
  CHECK(group[0].claim == &a);
  CHECK(group[1].claim == &b);
  CHECK(group[1].reference);
  CHECK(index.groups().at(claim_key(c)).size() == 1);
}
