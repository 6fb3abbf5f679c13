// Tests for check/boilerplate.
#include "check/boilerplate.h"

#include <catch2/catch.hpp>

#include "segment/segmenter.h"

using namespace claimlint;

namespace {

Document make_doc(std::string text) {
  Document doc;
  doc.file = FileId{1};
  doc.map.push(OffsetMap::identity(text.size()));
  doc.text = std::move(text);
  segment_paragraphs(doc);
  return doc;
}

RuleSet builtin() {
  RuleSet rules;
  rules.load_builtin();
  return rules;
}

}  // namespace

TEST_CASE("a run of residue paragraphs is one note and is excluded", "[check]") {
  Document doc = make_doc("Sales rose 5% in May.\n\nLeave a Comment\n\nLog In\n\nForgot password?\n\nThe end came quickly.\n");
  DiagnosticSink sink;
  check_boilerplate(doc, builtin(), sink);
  REQUIRE(sink.diagnostics().size() == 1);
  const Diagnostic& d = sink.diagnostics()[0];
  CHECK(d.check == "boilerplate");
  CHECK(d.severity == Severity::note);
  CHECK(d.message == "scraped web residue left in the text: 3 paragraphs (comment-widget, login-form)");
  CHECK(d.range.bytes == ByteRange{23, 64});
  REQUIRE(d.fixits.size() == 1);
  CHECK(d.fixits[0].replacement.empty());
  REQUIRE(doc.paragraphs.size() == 5);
  CHECK_FALSE(doc.paragraphs[0].excluded);
  CHECK(doc.paragraphs[1].excluded);
  CHECK(doc.paragraphs[3].excluded);
  CHECK_FALSE(doc.paragraphs[4].excluded);
}

TEST_CASE("prose that mentions login words is not residue", "[check]") {
  Document doc = make_doc("Users had to log in twice to see the 25% figure.\nShare prices fell.\n");
  DiagnosticSink sink;
  check_boilerplate(doc, builtin(), sink);
  CHECK(sink.diagnostics().empty());
}
