// Documents built in memory for the tests of document checks: the built-in
// rules, a segmented document, the range of a phrase in it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "bind/binder.h"
#include "extract/quantities.h"
#include "ruleset/rule_set.h"
#include "segment/document.h"
#include "segment/segmenter.h"

namespace claimlint::testing {

/// The built-in rules, loaded once.
inline const RuleSet& builtin() {
  static const RuleSet rules = [] {
    RuleSet r;
    for (const Error& e : r.load_builtin()) FAIL(e.message);
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

/// The claims of every sentence of `doc` (English, no dates), bound as the
/// pipeline binds them.
inline std::vector<Claim> claims_of(const Document& doc) {
  const std::string lang = doc.meta.lang.empty() ? "en" : doc.meta.lang;
  const BindLanguage* lex = builtin().bind().find(lang);
  REQUIRE(lex);
  const ProperNouns proper = proper_nouns(doc);
  std::vector<Claim> out;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto q = extract_quantities(doc.view(doc.sentences[s].range), builtin().lexicon(), lang);
    for (Claim& c : bind_sentence_claims(doc, s, q, {}, *lex, proper)) out.push_back(std::move(c));
  }
  return out;
}

/// The byte range of the first `what` in `text` (which must hold it).
inline ByteRange find(const std::string& text, std::string_view what) {
  const std::size_t at = text.find(what);
  REQUIRE(at != std::string::npos);
  return {at, at + what.size()};
}

}  // namespace claimlint::testing
