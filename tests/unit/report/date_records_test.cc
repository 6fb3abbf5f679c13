// Tests for report/date_records: date mentions as extract JSON Lines
// (DESIGN "extract JSON Lines", kind "date"; issue 5).
#include "report/date_records.h"

#include <catch2/catch.hpp>

#include "ruleset/rule_set.h"
#include "segment/segmenter.h"
#include "source/source_manager.h"

using namespace claimlint;

namespace {

const RuleSet& builtin() {
  static const RuleSet rules = [] {
    RuleSet r;
    for (const Error& e : r.load_builtin()) FAIL(e.message);
    return r;
  }();
  return rules;
}

Document make_doc(const SourceFile& file, std::optional<std::string> date) {
  Document doc;
  doc.file = file.id();
  doc.text = std::string(file.bytes());
  doc.map.push(OffsetMap::identity(doc.text.size()));
  doc.meta.date = std::move(date);
  segment_paragraphs(doc);
  segment_sentences(doc);
  return doc;
}

}  // namespace

TEST_CASE("date records: absolute, relative, bound, with original offsets", "[report][dates]") {
  SourceManager sm;
  const SourceFile& file = sm.add("a.txt", "Title\n\nThey met last October. Sales rose since 2023.\n");
  std::string out;
  const Document doc = make_doc(file, "2026-01-15");
  append_date_records(file, doc, extract_document_dates(doc, builtin().dates()), false, out);
  CHECK(out ==
        "{\"path\":\"a.txt\",\"line\":3,\"column\":10,\"start\":16,\"end\":28,\"text\":\"last October\","
        "\"kind\":\"date\",\"value\":\"2025-10\",\"low\":null,\"high\":null,\"qualifier\":\"exact\",\"unit\":null,"
        "\"measure\":null,\"subjects\":[],\"predicate\":null,\"time\":\"2025-10\",\"sentence\":1,"
        "\"relative\":\"last October\",\"resolved_against\":\"2026-01-15\"}\n"
        "{\"path\":\"a.txt\",\"line\":3,\"column\":35,\"start\":41,\"end\":51,\"text\":\"since 2023\","
        "\"kind\":\"date\",\"value\":\"2023\",\"low\":null,\"high\":null,\"qualifier\":\"lower-bound\",\"unit\":null,"
        "\"measure\":null,\"subjects\":[],\"predicate\":null,\"time\":\"2023\",\"sentence\":2}\n");
}

TEST_CASE("date records: an unresolved relative date has a null value, each line is a doc", "[report][dates]") {
  SourceManager sm;
  const SourceFile& file = sm.add("b.txt", "No date here.\nThey met last October.\n");
  Document doc;
  doc.file = file.id();
  doc.text = std::string(file.bytes());
  doc.map.push(OffsetMap::identity(doc.text.size()));
  segment_lines(doc);
  std::string out;
  append_date_records(file, doc, extract_document_dates(doc, builtin().dates()), true, out);
  CHECK(out ==
        "{\"path\":\"b.txt\",\"doc\":1,\"line\":2,\"column\":10,\"start\":23,\"end\":35,\"text\":\"last October\","
        "\"kind\":\"date\",\"value\":null,\"low\":null,\"high\":null,\"qualifier\":\"exact\",\"unit\":null,"
        "\"measure\":null,\"subjects\":[],\"predicate\":null,\"time\":null,\"sentence\":1,"
        "\"relative\":\"last October\"}\n");
}
