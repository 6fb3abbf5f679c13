// Tests for check/arithmetic_checks: the figures and tokens the arithmetic
// checks share.
#include "check/arithmetic_checks.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "bind/binder.h"
#include "check/percent_change.h"
#include "check/percentage_points.h"
#include "check/ratio_mismatch.h"
#include "check/share_over_100.h"
#include "check/times_more.h"
#include "check/total_mismatch.h"
#include "check/unit_price.h"
#include "extract/quantities.h"
#include "support/doc_case.h"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

// Tokens as "word punct [figure text]", each with its bytes.
std::string render(const ArithmeticInput& in, ArithTokens tokens) {
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

// Each diagnostic as "check begin-end: message", then its notes.
std::vector<std::string> render(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    std::string line = d.check + ' ' + std::to_string(d.range.bytes.begin) + '-' + std::to_string(d.range.bytes.end) +
                       ": " + d.message;
    for (const Note& n : d.notes) line += " | " + std::to_string(n.range.bytes.begin) + ": " + n.message;
    out.push_back(std::move(line));
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

TEST_CASE("arithmetic tokens: a window's tokens are the whole document's", "[check][arithmetic]") {
  std::string text;
  for (int i = 1; i <= 9; ++i) text += "Acme sold " + std::to_string(i * 100) + " cars in Spain from 5 to 7 shops. ";
  text += '\n';
  const Document doc = make_doc(text, std::nullopt);
  const std::vector<Claim> claims = claims_of(doc);
  const ArithmeticInput whole(doc, claims);
  ArithmeticInput windowed(doc, claims);
  REQUIRE(whole.sentence_count() == 9);
  CHECK(render(whole, whole.tokens(8)) == "acme sold [900 cars] in spain from [5] to [7 shops] .");
  for (std::size_t first = 0; first < 9; ++first) {
    for (std::size_t end = first; end <= 9; ++end) {
      windowed.set_window(first, end);
      for (std::size_t s = 0; s < 9; ++s) {
        INFO("window " << first << "-" << end << ", sentence " << s);
        if (s < first || s >= end) {
          CHECK(windowed.tokens(s).empty());
          CHECK(windowed.figure_tokens(s).empty());
          CHECK(windowed.changes(s).empty());
          continue;
        }
        CHECK(render(windowed, windowed.tokens(s)) == render(whole, whole.tokens(s)));
        CHECK(windowed.changes(s).size() == 1);
        // The figure tokens are those of type figure, in order.
        std::vector<std::size_t> figure_tokens;
        for (std::size_t i = 0; i < windowed.tokens(s).size(); ++i) {
          if (windowed.tokens(s)[i].type == ArithToken::Type::figure) figure_tokens.push_back(i);
        }
        CHECK(std::equal(figure_tokens.begin(), figure_tokens.end(), windowed.figure_tokens(s).begin(),
                         windowed.figure_tokens(s).end()));
      }
    }
  }
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

TEST_CASE("CueWords: the words is_one_of finds, and no others", "[check][arithmetic]") {
  static constexpr CueWords k_cues{std::to_array<std::string_view>({"a", "for", "worth", "totalling", "up", "unit"})};
  const std::initializer_list<std::string_view> list = {"a", "for", "worth", "totalling", "up", "unit"};
  // Each word, words of a cue's first byte or length, empty, long and
  // non-ASCII words.
  for (const std::string_view w :
       {"a", "for", "worth", "totalling", "up", "unit", "", "an", "fo", "fur", "form", "worthy", "totaling", "u", "upp",
        "nit", "b", "total", "A", "For", "\xc3\xa9", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "forforforforforforforforforforfo"}) {
    INFO(w);
    CHECK(k_cues.contains(w) == is_one_of(w, list));
  }
}

TEST_CASE("arithmetic checks: a document past one window gives what one pass over it gives", "[check][arithmetic]") {
  // Paragraphs each holding a finding of every sentence-level check, with
  // figures that differ from one paragraph to the next; a price at the
  // start and a unit price at the end that contradicts it, windows apart.
  std::string text = "The firms ordered 400,000 chips for $10 billion.\n\n";
  for (int i = 0; i < 2000; ++i) {
    const std::string a = std::to_string(80 + i);
    const std::string b = std::to_string(120 + 2 * i);
    text += "Its output rose 25% from " + a + " to " + b + " tonnes last year. The H" + std::to_string(i) +
            " is six times more capable than the H20. Harbor Co holds 45% of the market, Dock Ltd 38% and Quay Inc " +
            std::to_string(20 + i % 7) + "%. The ministry approved 150,000 chips for ByteDance, 120,000 for " +
            "Alibaba and 100,000 for Tencent, a total of " + std::to_string(400 + i % 3) +
            ",000. The jobless rate rose 2% from 5% to 7% in March.\n\n";
  }
  text += "Analysts put the price at $40,000 a chip.\n";
  const Document doc = make_doc(text, std::nullopt);
  const std::vector<Claim> claims = claims_of(doc);

  // The document is past one window: run_arithmetic_checks goes through it
  // window by window.
  ArithmeticInput whole(doc, claims);
  REQUIRE(whole.window_end(0, ArithmeticInput::k_window_bytes) < whole.sentence_count());

  // One pass of each check over the whole document, one check after the
  // other: the order findings are reported in.
  DiagnosticSink expected;
  check_times_more(whole, expected);
  check_percent_change(whole, expected);
  check_percentage_points(whole, expected);
  check_total_mismatch(whole, expected);
  check_ratio_mismatch(whole, expected);
  check_share_over_100(whole, expected);
  check_unit_price(whole, expected);

  DiagnosticSink found;
  run_arithmetic_checks(doc, claims, {}, found);
  const std::vector<std::string> want = render(expected.diagnostics());
  const std::vector<std::string> got = render(found.diagnostics());
  // Every kind of finding is there, the unit price across windows too.
  for (const char* check : {"times-more", "percent-change", "percentage-points", "total-mismatch", "share-over-100",
                            "unit-price"}) {
    INFO(check);
    CHECK(std::count_if(want.begin(), want.end(), [&](const std::string& d) { return d.starts_with(check); }) > 0);
  }
  REQUIRE(got.size() == want.size());
  // The first finding that differs, if any.
  const auto [g, w] = std::mismatch(got.begin(), got.end(), want.begin());
  if (g != got.end()) {
    INFO("finding " << (g - got.begin()));
    CHECK(*g == *w);
  }
}
