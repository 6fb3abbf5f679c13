// The bind stage: quantities of a document become claims.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bind/claim.h"
#include "ruleset/bind_lexicon.h"
#include "segment/document.h"

namespace claimlint {

/// A word of a sentence, with its byte range in the sentence.
struct Token {
  ByteRange range;
  std::string text;      ///< as written, possessive "'s" removed
  bool word = false;     ///< false for punctuation (",", ";", "(", "-")
  bool possessive = false;
};

/// Splits `sentence` into words and punctuation. "U.S." and "H200" are
/// one token each; "Nvidia's" is "Nvidia" marked possessive.
std::vector<Token> tokenize(std::string_view sentence);

/// Capitalised words of `doc` that occur somewhere other than at the start
/// of a sentence: the document's proper nouns, so that "Nvidia" opening a
/// sentence is still an entity and "Shipments" is not.
std::vector<std::string> proper_nouns(const Document& doc);

/// Binds the quantities of one sentence of `doc`. `quantities` have ranges
/// relative to the sentence; `proper` is proper_nouns(doc), sorted.
std::vector<Claim> bind_sentence(const Document& doc, std::size_t sentence, const std::vector<Quantity>& quantities,
                                 const BindLanguage& lex, const std::vector<std::string>& proper);

}  // namespace claimlint
