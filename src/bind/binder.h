// The bind stage: quantities of a document become claims.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bind/claim.h"
#include "extract/date_mention.h"
#include "ruleset/bind_lexicon.h"
#include "segment/document.h"

namespace claimlint {

/// A word of a sentence, with its byte range in the sentence.
struct Token {
  ByteRange range;
  std::string_view text;  ///< as written, possessive "'s" (or the "'" of "Motors'") removed: a view into the sentence
  bool word = false;     ///< false for punctuation (",", ";", "(", "-")
  bool possessive = false;
  bool code = false;     ///< a product or model code ("H200", "A100"): a capital and a digit among its bytes
};

/// Splits `sentence` into words and punctuation. "U.S." and "H200" are
/// one token each; "Nvidia's" is "Nvidia" marked possessive, and so is
/// "Motors'" ("Motors"). The tokens' texts are views into `sentence`,
/// valid as long as its bytes are.
std::vector<Token> tokenize(std::string_view sentence);

/// The document's proper nouns: capitalised words that occur somewhere
/// other than at the start of a sentence, so that "Nvidia" opening a
/// sentence is still an entity and "Shipments" is not; and the words the
/// document never writes in lower case (in `never_lower`).
struct ProperNouns {
  std::vector<std::string> mid_sentence;  ///< sorted
  std::vector<std::string> never_lower;   ///< sorted: capitalised words never seen lowercased
};
ProperNouns proper_nouns(const Document& doc);

/// Binds the quantities of one sentence of `doc`. `quantities` and
/// `dates` (the sentence's date mentions) have ranges relative to the
/// sentence; `proper` is proper_nouns(doc), sorted. A claim's time frame is
/// the resolved date of its clause nearest to it.
std::vector<Claim> bind_sentence(const Document& doc, std::size_t sentence, const std::vector<Quantity>& quantities,
                                 std::span<const DateMention> dates, const BindLanguage& lex,
                                 const ProperNouns& proper);

/// The names (not products) a sentence mentions, canonicalised, in order.
std::vector<std::string> sentence_names(const Document& doc, std::size_t sentence, const BindLanguage& lex,
                                        const ProperNouns& proper);

/// The names that open a sentence as its subject ("Lattice, founded in
/// 2014, makes ...", "Acme and Brio said ..."): a group of names at its
/// first token, none a product or possessive, followed by a comma or a
/// lowercase word other than a reporting verb ("said", "told": a
/// speaker); else none.
std::vector<std::string> sentence_opening_names(const Document& doc, std::size_t sentence, const BindLanguage& lex,
                                                const ProperNouns& proper);

/// Fills the subjects of anaphoric claims ("it", "the company") in text
/// order: with the subjects of the latest claim of the same paragraph that
/// has some, else with the one name the paragraph mentioned before, if
/// there is exactly one, else with the name opening the sentence just
/// before in the paragraph, if it is one, else, for "the company" and the
/// like (not "it") before any name of its paragraph, with the subjects the
/// paragraph just before ended with, else with those of the story's first
/// figure that has its own (the lede's company); otherwise they stay empty
/// (not compared).
/// `names_before[s]` are the names of the paragraph's sentences before s;
/// `opening_before[s]`, sentence_opening_names of the sentence before s
/// when it is in the same paragraph.
/// A claim whose subject is "the 24-year-old" (Claim::person_anaphor)
/// takes a name only if `lex` says it is a person's (two or three
/// capitalised words, the last no organization word or suffix).
void resolve_anaphors(const Document& doc, std::vector<Claim>& claims,
                      const std::vector<std::vector<std::string>>& names_before,
                      const std::vector<std::vector<std::string>>& opening_before = {},
                      const BindLanguage* lex = nullptr);

/// Within the claims of one document, a one-word subject that begins
/// exactly one longer subject named no later ("Brackwell" after
/// "Brackwell Components") becomes that longer name: the short form is
/// the same company.
void unify_short_names(std::vector<Claim>& claims);

/// A one-word subject ("Halvern") that the document names in full before
/// its first claim, in a sentence with no figure as well ("at Halvern
/// Motors' factory"), becomes that name, when the capitalised words
/// written after it name one organization only (the last word one of
/// `lex.organization_words` or `lex.name_suffixes`: "Halvern Motors", not
/// "Halvern Watch").
void unify_with_document_names(const Document& doc, const BindLanguage& lex, std::vector<Claim>& claims);

/// Binds the dated events of one sentence: each resolved date becomes a
/// claim of kind `date` whose interval is the days it covers (open on one
/// side for "after"/"since"/"before"/"by", and for a date inside a leading
/// "After ..., " phrase, which only bounds the main clause), whose measure
/// is the event ("approve H200": predicate class and object, a name or
/// product after the predicate) and whose subjects are the clause's.
/// Dates without subjects, predicate or object are not bound.
std::vector<Claim> bind_events(const Document& doc, std::size_t sentence, std::span<const DateMention> dates,
                               const BindLanguage& lex, const ProperNouns& proper);

/// bind_sentence followed by bind_events, reading the sentence once.
std::vector<Claim> bind_sentence_claims(const Document& doc, std::size_t sentence,
                                        const std::vector<Quantity>& quantities,
                                        std::span<const DateMention> dates, const BindLanguage& lex,
                                        const ProperNouns& proper);

/// Binds the sentences of one document, as bind_sentence_claims and
/// sentence_names do, reusing the buffers of one sentence for the next.
/// `doc` and `lex` must outlive it.
class DocumentBinder {
 public:
  /// Reads nothing yet: what a sentence needs of the document's proper
  /// nouns is read on first need, at once for the words opening the
  /// sentences of `bound` (those bind will be asked about), and for those
  /// of all other sentences together when one of them is first asked
  /// about. Any `bound` gives the same claims; the right one reads less.
  DocumentBinder(const Document& doc, const BindLanguage& lex, std::vector<std::size_t> bound = {});
  ~DocumentBinder();
  DocumentBinder(const DocumentBinder&) = delete;
  DocumentBinder& operator=(const DocumentBinder&) = delete;

  /// Appends bind_sentence_claims(doc, sentence, quantities, dates, lex,
  /// proper_nouns(doc)) to `out`.
  void bind(std::size_t sentence, const std::vector<Quantity>& quantities, std::span<const DateMention> dates,
            std::vector<Claim>& out);
  /// sentence_names(doc, sentence, lex, proper_nouns(doc)); with
  /// `opening`, also sentence_opening_names into it, from one reading.
  std::vector<std::string> names(std::size_t sentence, std::vector<std::string>* opening = nullptr);
  /// Fills the subjects of the claims whose subject is "the X" ("the
  /// trust", "the trust's 7,240 staff", see Claim::anaphor_at) with the
  /// name of two words or more before it in the document, nearest first,
  /// that ends with the word capitalised ("Eastmere Health Trust"). A claim
  /// so resolved keeps its anaphoric flag.
  void resolve_named_anaphors(std::vector<Claim>& claims);
  /// The binding words it reads.
  const BindLanguage& language() const { return lex_; }

 private:
  struct Buffers;
  const Document& doc_;
  const BindLanguage& lex_;
  std::unique_ptr<Buffers> buffers_;
};

}  // namespace claimlint
