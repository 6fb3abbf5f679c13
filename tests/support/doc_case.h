// Documents built in memory for the tests of document checks: the built-in
// rules, a segmented document, the range of a phrase in it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "ruleset/rule_set.h"
#include "segment/document.h"
#include "segment/segmenter.h"

namespace claimlint::testing {

/// The built-in rules, loaded once.
inline const RuleSet& builtin() {
  static const RuleSet rules = [] {
    RuleSet r;
    for (const Error& e : r.load_builtin()) FAIL(e.message);
    r.finalize();
    return r;
  }();
  return rules;
}

/// `text` as file 1, published on `date`, in `lang`, split into paragraphs
/// and sentences.
inline Document make_doc(std::string text, std::optional<std::string> date, std::string lang = "en") {
  Document doc;
  doc.file = FileId{1};
  doc.map.push(OffsetMap::identity(text.size()));
  doc.text = std::move(text);
  doc.meta.date = std::move(date);
  doc.meta.lang = std::move(lang);
  segment_paragraphs(doc);
  segment_sentences(doc);
  return doc;
}

/// The byte range of the first `what` in `text` (which must hold it).
inline ByteRange find(const std::string& text, std::string_view what) {
  const std::size_t at = text.find(what);
  REQUIRE(at != std::string::npos);
  return {at, at + what.size()};
}

}  // namespace claimlint::testing
