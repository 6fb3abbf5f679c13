// Tests for check/duplicate_passage.
#include "check/duplicate_passage.h"

#include <catch2/catch.hpp>

#include "segment/segmenter.h"
#include "support/xorshift.h"
#include "util/utf8.h"

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

}  // namespace

TEST_CASE("a repeated run of paragraphs is one warning at the repeat", "[check]") {
  const std::string a = "The council approved a budget of 40 million euros on Tuesday evening.";
  const std::string b = "Opposition members said the figure left too little for schools and roads.";
  const std::string c = "A final vote is expected before the end of the month, officials said.";
  Document doc = make_doc("Budget passes\n" + a + "\n" + b + "\n" + c + "\n" + a + "\n" + b + "\n");
  DiagnosticSink sink;
  check_duplicate_passages(doc, sink);
  REQUIRE(sink.diagnostics().size() == 1);
  const Diagnostic& d = sink.diagnostics()[0];
  CHECK(d.check == "duplicate-passage");
  CHECK(d.severity == Severity::warning);
  CHECK(d.message == "passage of 2 paragraphs (24 words) repeats an earlier one");
  const std::size_t repeat = 14 + a.size() + 1 + b.size() + 1 + c.size() + 1;
  CHECK(d.range.bytes == ByteRange{repeat, repeat + a.size() + 1 + b.size()});
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].message == "first occurrence is here");
  CHECK(d.notes[0].range.bytes == ByteRange{14, 14 + a.size() + 1 + b.size()});
  CHECK(doc.paragraphs[4].excluded);
  CHECK(doc.paragraphs[5].excluded);
  CHECK_FALSE(doc.paragraphs[1].excluded);
}

TEST_CASE("copies differing only in typography and spacing still match", "[check]") {
  Document doc = make_doc(
      "He said \xE2\x80\x9Cthe deal is worth $10 billion\xE2\x80\x9D to reporters on Monday.\n\n"
      "He said  \"the deal is worth $10 billion\" to reporters on Monday.\n");
  DiagnosticSink sink;
  check_duplicate_passages(doc, sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].message == "paragraph of 12 words repeats an earlier one");
}

TEST_CASE("short paragraphs and repeated headings are not passages", "[check]") {
  Document doc = make_doc(
      "China Approves Import of Nvidia's High-Performance AI Chips\n\nThe body starts here, with a figure.\n\n"
      "China Approves Import of Nvidia's High-Performance AI Chips\n\nShort line again.\n\nShort line again.\n");
  DiagnosticSink sink;
  check_duplicate_passages(doc, sink);
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("folding for comparison", "[check]") {
  CHECK(fold_for_comparison("  A\xC2\xA0" "B \xE2\x80\x94 \xE2\x80\x98" "c\xE2\x80\x99\n") == "a b - 'c'");
  // Other non-ASCII letters are kept as written; a bad byte becomes U+FFFD.
  CHECK(fold_for_comparison("\tÉté\r\n\xE2\x80\xAF ÑU ") == "Été Ñu");
  CHECK(fold_for_comparison("a\xFF\xFE" "b") == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  CHECK(fold_for_comparison(" \xC2\xA0 ").empty());
  // Bad bytes only, and between spaces: the output outgrows the input.
  std::string replaced;
  for (int k = 0; k < 1000; ++k) replaced += "\xEF\xBF\xBD";
  CHECK(fold_for_comparison(std::string(1000, '\xFF')) == replaced);
  CHECK(fold_for_comparison("\xFF \xFE  x \xFD") == "\xEF\xBF\xBD \xEF\xBF\xBD x \xEF\xBF\xBD");
}

namespace {

// fold_for_comparison as first written: one code point at a time.
std::string reference_fold(std::string_view p) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < p.size();) {
    const utf8::Decoded d = utf8::decode(p, i);
    i += d.length;
    char32_t c = d.code_point;
    switch (c) {
      case U'\u2018': case U'\u2019': case U'\u201A': case U'\u2032': c = U'\''; break;
      case U'\u201C': case U'\u201D': case U'\u201E': case U'\u2033': c = U'"'; break;
      case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': case U'\u2212': c = U'-'; break;
      case U'\u00A0': case U'\u2009': case U'\u202F': case U'\u2007': c = U' '; break;
      default: break;
    }
    if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') {
      pending = true;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    utf8::append(out, c);
  }
  return out;
}

}  // namespace

TEST_CASE("fold_for_comparison equals a reading one code point at a time", "[check]") {
  // Letters and their neighbours in ASCII ('@' '[' '`' '{'), controls and
  // runs of words long enough for the eight-byte path.
  static constexpr std::string_view k_pieces[] = {"a", "Z", "q", "7", " ", "  ", "\t", "\n", "\r", ".", "'",
                                                  "\xC2\xA0", "\xE2\x80\x94", "\xE2\x80\x98", "\xC3\x89",
                                                  "\xFF", "\xC3", "\xE2\x80", std::string_view("\0", 1),
                                                  "@", "[", "`", "{", "\x1F", "\x7F", "AbCdEfGhIj", "Word ", " MORE"};
  claimlint::testing::XorShift rng(0xf01dULL);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (std::size_t k = rng.below(40); k > 0; --k) text += k_pieces[rng.below(std::size(k_pieces))];
    INFO(text);
    REQUIRE(fold_for_comparison(text) == reference_fold(text));
  }
}

TEST_CASE("append_folded appends what fold_for_comparison returns", "[check]") {
  // Bad bytes fold to three bytes each, so the room made for a paragraph
  // grows after text already folded.
  static constexpr std::string_view k_pieces[] = {"a", "Q", " ", "  ", "\n", "\xFF", "\xC3", "\xE2\x80\x94",
                                                  "\xC2\xA0", "AbCdEfGhIj", "Word ", " MORE"};
  claimlint::testing::XorShift rng(0xa99e4dULL);
  for (int round = 0; round < 2000; ++round) {
    std::string all;
    std::string expected;
    for (std::size_t p = rng.below(5); p > 0; --p) {
      std::string text;
      for (std::size_t k = rng.below(30); k > 0; --k) text += k_pieces[rng.below(std::size(k_pieces))];
      append_folded(text, all);
      expected += fold_for_comparison(text);
      INFO(text);
      REQUIRE(all == expected);
    }
  }
}

TEST_CASE("a repeat is found among many paragraphs and counted in words", "[check]") {
  // Paragraphs of one template, all distinct but one: the first-occurrence
  // table must tell them apart and find the one repeat.
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += "The council approved item number " + std::to_string(i) + " of the agenda on Tuesday evening.\n\n";
  }
  text += "The council approved item number 123 of the agenda on Tuesday evening.\n";
  Document doc = make_doc(text);
  DiagnosticSink sink;
  check_duplicate_passages(doc, sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].message == "paragraph of 12 words repeats an earlier one");
  CHECK(doc.paragraphs.back().excluded);
  CHECK_FALSE(doc.paragraphs[123].excluded);
}
