// The arithmetic checks of one document (issue 7): their entry point and the
// figure and token scans they share.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bind/claim.h"
#include "diag/diagnostic_sink.h"
#include "segment/document.h"

namespace claimlint {

/// Runs every arithmetic check (times-more, percent-change,
/// percentage-points, total-mismatch, ratio-mismatch, unit-price,
/// share-over-100) on one document and its claims (in text order).
void run_arithmetic_checks(const Document& doc, const std::vector<Claim>& claims, DiagnosticSink& sink);

/// One figure as the arithmetic checks read it: a claim, or one side of a
/// range claim ("from 8,000 to 4,500 cars" gives two figures).
struct Figure {
  const Claim* claim = nullptr;
  QuantityKind kind = QuantityKind::number;
  std::string_view unit;  ///< the claim's unit ("USD", "chip", "%"); views the claim's
  double value = 0;
  double low = 0;         ///< the interval the figure stands for: its written precision
  double high = 0;        ///< ("400,000" is 399,999.5..400,000.5) widened by its qualifier
  ByteRange range;        ///< in Document::text: the figure with its noun ("150,000 chips")
  ByteRange number;       ///< in Document::text: the numeric expression ("150,000")
  std::size_t sentence = 0;
  bool range_side = false;  ///< one side of a "from A to B" range claim
  bool asserted = true;     ///< a plain statement or forecast (not negated, conditional...)
};

/// One token of a sentence for the pattern scans: a lowercase word, a
/// punctuation mark, or a whole figure.
struct ArithToken {
  enum class Type { word, punct, figure };
  Type type = Type::word;
  /// Lowercase word or the mark; empty for figures. Views the input's
  /// lowercase copy of the sentence: valid as long as the token.
  std::string_view text;
  ByteRange range;   ///< in Document::text
  int figure = -1;   ///< index into ArithmeticInput::figures for figures
};

/// A "from A to B" or "to B from A" change between two figures of one
/// sentence, found by token scan.
struct Change {
  int from = -1;       ///< figure index of A
  int to = -1;         ///< figure index of B
  std::size_t first = 0;  ///< token index of the first token of the construct ("from" or "to")
  std::size_t last = 0;   ///< token index one past its last token
};

/// What every arithmetic check reads: the document, its figures in text
/// order and, on demand, each sentence as tokens. Views into `doc` and
/// `claims`; valid while they are. Not thread-safe (the token cache).
class ArithmeticInput {
 public:
  /// Builds the figures from the claims. Tokens beyond `max_cached_tokens`
  /// are dropped from the cache (see tokens()).
  ArithmeticInput(const Document& d, const std::vector<Claim>& claims,
                  std::size_t max_cached_tokens = k_max_cached_tokens);
  /// Not copied: the tokens view the input's own copies of the sentences.
  ArithmeticInput(const ArithmeticInput&) = delete;
  ArithmeticInput& operator=(const ArithmeticInput&) = delete;

  const Document& doc;
  std::vector<Figure> figures;

  /// The number of sentences of the document.
  std::size_t sentence_count() const { return doc.sentences.size(); }
  /// The sentences the checks go through: [first_sentence(), end_sentence()),
  /// the whole document unless set_window() narrowed it.
  std::size_t first_sentence() const { return window_first_; }
  std::size_t end_sentence() const { return window_end_; }
  /// Narrows the sentences the checks go through to [first, end) and drops
  /// every cached token (no reference from tokens() may be held).
  void set_window(std::size_t first, std::size_t end);
  /// Where a window starting at sentence `first` ends: at the first
  /// paragraph start after `budget` bytes of scanned sentences, else at the
  /// document's end. A window never splits a paragraph, which no check
  /// reads beyond.
  std::size_t window_end(std::size_t first, std::size_t budget) const;
  /// The tokens of sentence `s`; empty for a sentence without figures or
  /// longer than k_max_sentence_bytes. Tokens are made on demand, once per
  /// sentence (each check scans every sentence), and kept up to
  /// k_max_cached_tokens: the reference stays valid until four other
  /// sentences have been asked for.
  const std::vector<ArithToken>& tokens(std::size_t s) const {
    // Inline: the checks ask for every sentence, most of which have none.
    if (s >= slot_.size() || slot_[s] == k_not_scanned) return none_;
    return scanned(slot_[s]).tokens;
  }
  /// Every "from A to B" / "to B from A" construct of sentence `s` whose
  /// figures are compatible, in token order. Made with the tokens, once for
  /// all the checks that read them; valid as long as tokens(s).
  const std::vector<Change>& changes(std::size_t s) const {
    if (s >= slot_.size() || slot_[s] == k_not_scanned) return no_changes_;
    return scanned(slot_[s]).changes;
  }

  /// The original-file range of a range of Document::text.
  SourceRange original(ByteRange r) const { return doc.original(r); }
  /// The text of a figure's numeric expression as written.
  std::string_view number_text(const Figure& f) const { return doc.view(f.number); }

  /// No prose sentence is longer; longer ones (a 100 MB line without a
  /// sentence end, issue 10) are not scanned.
  static constexpr std::size_t k_max_sentence_bytes = 64 * 1024;
  /// Beyond this many cached tokens (a document of a million figures),
  /// those of all but the four sentences asked for last are dropped.
  static constexpr std::size_t k_max_cached_tokens = 1 << 20;

 private:
  /// What is kept of a sentence that is scanned: one with figures, not
  /// longer than k_max_sentence_bytes.
  struct Scanned {
    std::size_t sentence = 0;
    std::size_t first_figure = 0;  ///< index into figures
    bool made = false;             ///< tokens and changes made, and not dropped since
    std::uint64_t asked = 0;       ///< when last asked for (a count of the asks)
    /// The sentence lowercased, which the words and marks view (only
    /// their bytes are written); null while its tokens are not made.
    std::unique_ptr<char[]> lowered;
    std::vector<ArithToken> tokens;
    std::vector<Change> changes;
  };

  /// Scanned sentence `slot`, its tokens made if they are not.
  const Scanned& scanned(std::size_t slot) const;
  /// Makes the tokens and changes of scanned sentence `slot`, first
  /// dropping those of all but the recent sentences if the cache is full.
  void tokenize(std::size_t slot) const;
  /// Drops the tokens, changes and lowercase copy of scanned sentence `slot`.
  void drop(std::size_t slot) const;

  std::size_t window_first_ = 0;
  std::size_t window_end_ = 0;
  /// What tokens() and changes() return for a sentence they do not scan.
  const std::vector<ArithToken> none_;
  const std::vector<Change> no_changes_;
  /// Per sentence: its index into scanned_; k_not_scanned if it has no
  /// figures or is longer than k_max_sentence_bytes.
  std::vector<std::size_t> slot_;
  static constexpr std::size_t k_not_scanned = static_cast<std::size_t>(-1);
  /// The scanned sentences, in text order: only these hold tokens.
  mutable std::vector<Scanned> scanned_;
  std::size_t max_cached_tokens_;
  mutable std::vector<std::size_t> cached_;  ///< the slots whose tokens are made, in order made
  mutable std::size_t cached_tokens_ = 0;
  mutable std::uint64_t asks_ = 0;
};

/// Half a unit of the last written digit of a numeral ("400,000": 0.5;
/// "$1.2 billion": 50 million; "33%": 0.5; "six": 0.5); 0 for fractions.
double written_half_unit(std::string_view numeral, double value);

/// A figure for messages: "370,000", "$25,000", "$1.5 billion", "40%",
/// "2.5"; at most `decimals` decimals, trailing zeros dropped.
std::string format_figure(double value, QuantityKind kind, std::string_view unit, int decimals = 2);

/// True if the two figures can be added or compared: same kind and unit,
/// or a bare number beside a figure with a unit ("150,000 chips ... 120,000").
bool compatible(const Figure& a, const Figure& b);

/// True if the intervals [alo, ahi] and [blo, bhi] overlap (a relative
/// epsilon absorbs floating-point noise).
bool overlaps(double alo, double ahi, double blo, double bhi);

/// True if `word` is one of `list`.
bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list);

/// +1 for a verb or noun of rising ("rose", "increase", "up"), -1 for one
/// of falling ("fell", "drop", "down"), 0 otherwise.
int change_direction(std::string_view word);

}  // namespace claimlint
