// Tests for check/event_dates: one event named by a noun phrase, dated
// twice in one document (date-conflict).
#include "check/event_dates.h"

#include <catch2/catch.hpp>

#include "extract/date_extractor.h"
#include "support/doc_case.h"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

std::vector<Diagnostic> lint(const std::string& text) {
  const Document doc = make_doc(text, std::string("2025-07-03"));
  DiagnosticSink sink;
  check_event_dates(doc, extract_document_dates(doc, builtin().dates()), *builtin().dates().language("en"), sink);
  return sink.take();
}

}  // namespace

TEST_CASE("date-conflict: the same event named twice with two days", "[check][dates]") {
  const std::string text =
      "The ferry was withdrawn after the gearbox failure on Sunday, 22 June, the operator said. Since the gearbox "
      "failure on 24 June, passengers have used a smaller vessel.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "date-conflict");
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].message == "date of \"the gearbox failure\" conflicts with an earlier date in this article");
  CHECK(d[0].range.bytes == find(text, "24 June"));
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].message == "here it is \"22 June\" (same event: the gearbox failure)");
  CHECK(d[0].notes[0].range.bytes == find(text, "22 June"));
}

TEST_CASE("date-conflict: near misses of a named event stay silent", "[check][dates]") {
  // The same day; events that recur; one word; a verb, not a noun phrase.
  CHECK(lint("After the gearbox failure on 22 June the ship stopped. Since the gearbox failure on 22 June, no "
             "sailings.")
            .empty());
  CHECK(lint("The board meeting on 3 June approved it. The board meeting on 10 June did not.").empty());
  CHECK(lint("After the failure on 22 June the ship stopped. Since the failure on 24 June, no sailings.").empty());
  CHECK(lint("The engine failure recorded on 22 June was minor. The engine failure reported on 24 June was not.")
            .empty());
}
