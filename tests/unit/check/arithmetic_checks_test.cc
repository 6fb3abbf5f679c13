// Tests for check/arithmetic_checks: the figures and tokens the arithmetic
// checks share.
#include "check/arithmetic_checks.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "bind/binder.h"
#include "extract/quantities.h"
#include "support/doc_case.h"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

// Tokens as "word punct [figure text]", each with its bytes.
std::string render(const ArithmeticInput& in, const std::vector<ArithToken>& tokens) {
  std::string out;
  for (const ArithToken& t : tokens) {
    if (!out.empty()) out += ' ';
    if (t.type == ArithToken::Type::figure) {
      out += '[' + std::string(in.doc.view(t.range)) + ']';
      CHECK(in.figures[static_cast<std::size_t>(t.figure)].range.begin == t.range.begin);
    } else {
      out += t.text;
      CHECK(t.figure == -1);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("arithmetic tokens: lowercase words, marks and whole figures", "[check][arithmetic]") {
  const Document doc = make_doc("Shipments fell from 8,000 to 4,500 cars, Acme's CEO said.\n", std::nullopt);
  const std::vector<Claim> claims = claims_of(doc);
  const ArithmeticInput in(doc, claims);
  REQUIRE(in.sentence_count() == 1);
  CHECK(render(in, in.tokens(0)) == "shipments fell from [8,000] to [4,500 cars] , acme's ceo said .");
  CHECK(in.tokens(1).empty());
}

TEST_CASE("arithmetic tokens: a sentence without figures has none", "[check][arithmetic]") {
  const Document doc = make_doc("Nothing to count here. Acme sold 400 cars.\n", std::nullopt);
  const std::vector<Claim> claims = claims_of(doc);
  const ArithmeticInput in(doc, claims);
  REQUIRE(in.sentence_count() == 2);
  CHECK(in.tokens(0).empty());
  CHECK(render(in, in.tokens(1)) == "acme sold [400 cars] .");
}

TEST_CASE("arithmetic tokens: a cache that drops tokens gives the same tokens", "[check][arithmetic]") {
  std::string text;
  for (int i = 1; i <= 9; ++i) text += "Acme sold " + std::to_string(i * 100) + " cars in Spain. ";
  text += '\n';
  const Document doc = make_doc(text, std::nullopt);
  const std::vector<Claim> claims = claims_of(doc);
  const ArithmeticInput kept(doc, claims);
  const ArithmeticInput dropped(doc, claims, 0);  // drops all but the last four asked for
  REQUIRE(kept.sentence_count() == 9);
  CHECK(render(kept, kept.tokens(8)) == "acme sold [900 cars] in spain .");
  // Sentences asked for in the orders the checks use: forwards, each with
  // the one before, and again.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t s = 0; s < 9; ++s) {
      INFO("pass " << pass << ", sentence " << s);
      CHECK(render(dropped, dropped.tokens(s)) == render(kept, kept.tokens(s)));
      if (s > 0) CHECK(render(dropped, dropped.tokens(s - 1)) == render(kept, kept.tokens(s - 1)));
    }
  }
  // A reference stays valid while three other sentences are asked for.
  const std::vector<ArithToken>& first = dropped.tokens(0);
  for (std::size_t s = 1; s <= 3; ++s) CHECK_FALSE(dropped.tokens(s).empty());
  CHECK(render(dropped, first) == "acme sold [100 cars] in spain .");
}

TEST_CASE("arithmetic tokens: a hyphen joins two words, else it is a mark", "[check][arithmetic]") {
  const Document doc = make_doc("Well-known firms - and Co-Op- sold 400 cars.\n", std::nullopt);
  const std::vector<Claim> claims = claims_of(doc);
  const ArithmeticInput in(doc, claims);
  REQUIRE(in.sentence_count() == 1);
  CHECK(render(in, in.tokens(0)) == "well-known firms - and co-op - sold [400 cars] .");
}

TEST_CASE("written_half_unit: half a unit of the last written digit", "[check][arithmetic]") {
  struct Row {
    std::string_view numeral;
    double value;
    double half;
  };
  static constexpr Row k_rows[] = {
      {"400,000", 400000, 0.5},     {"$1.2 billion", 1.2e9, 5e7}, {"33%", 33, 0.5},
      {"2.50", 2.5, 0.005},         {"six", 6, 0.5},              {"two million", 2e6, 5e5},
      {"a third", 1.0 / 3, 0},      {"1/2", 0.5, 0},              {"-5", -5, 0.5},
      {"0", 0, 0.5},
  };
  for (const Row& r : k_rows) {
    INFO(r.numeral);
    CHECK(written_half_unit(r.numeral, r.value) == Approx(r.half));
  }
  // Digits past what a double holds read as infinity, as strtod reads them.
  CHECK(written_half_unit(std::string(400, '9'), 1e308) == 0);
}
