// The arithmetic checks of one document (issue 7): their entry point and the
// figure and token scans they share.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bind/claim.h"
#include "diag/diagnostic_sink.h"
#include "extract/date_mention.h"
#include "segment/document.h"

namespace claimlint {

/// Runs every arithmetic check (times-more, percent-change,
/// percentage-points, total-mismatch, ratio-mismatch, unit-price,
/// share-over-100) on one document and its claims (in text order).
void run_arithmetic_checks(const Document& doc, const std::vector<Claim>& claims, std::span<const DateMention> dates,
                           DiagnosticSink& sink);

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
  enum class Type : std::uint8_t { word, punct, figure };
  Type type = Type::word;
  int figure = -1;   ///< index into ArithmeticInput::figures for figures
  /// Lowercase word or the mark; empty for figures. Views the input's
  /// lowercase copy of the sentence: valid as long as the token.
  std::string_view text;
  ByteRange range;   ///< in Document::text
};

/// The tokens of one sentence, viewing ArithmeticInput's (see tokens()).
using ArithTokens = std::span<const ArithToken>;

/// A "from A to B" or "to B from A" change between two figures of one
/// sentence, found by token scan ("to B, from A" and "to B, up from A"
/// too); or a figure with its change stated after it: "B, up N% from A",
/// "B, N% higher than A", and a second one joined by "and" ("B, up 0.4%
/// from A and 6.2% higher than C").
struct Change {
  int from = -1;       ///< figure index of A
  int to = -1;         ///< figure index of B
  std::size_t first = 0;  ///< token index of the first token of the construct ("from", "to" or B)
  std::size_t last = 0;   ///< token index one past its last token
  int stated = -1;     ///< "B, up N% from A": the token of N%, else -1
  int direction = 0;   ///< with `stated`: +1 up, -1 down
};

/// What every arithmetic check reads: the document, its figures in text
/// order and, on demand, each sentence of the window as tokens. Views into
/// `doc` and `claims`; valid while they are. Not thread-safe (the tokens
/// are made on the first ask).
class ArithmeticInput {
 public:
  /// Builds the figures from the claims; `dates` are the document's date
  /// mentions (see in_date).
  ArithmeticInput(const Document& d, const std::vector<Claim>& claims, std::span<const DateMention> dates = {});
  /// Not copied: the tokens view the input's own copy of the sentences.
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
  /// the tokens made (no view from tokens(), figure_tokens() or changes()
  /// may be held).
  void set_window(std::size_t first, std::size_t end);
  /// Where a window starting at sentence `first` ends: at the first
  /// paragraph start after `budget` bytes of scanned sentences, else at the
  /// document's end. A window never splits a paragraph, which no check
  /// reads beyond.
  std::size_t window_end(std::size_t first, std::size_t budget) const;
  /// The sentences of the window tokens() scans, in text order: those
  /// with figures, not longer than k_max_sentence_bytes. The others have
  /// no tokens.
  std::span<const std::size_t> scanned_sentences() const {
    return {scanned_sentences_.data() + window_slots_first_, window_slots_end_ - window_slots_first_};
  }
  /// The tokens of sentence `s`; empty for a sentence without figures,
  /// longer than k_max_sentence_bytes, or outside the window. The tokens of
  /// every sentence of the window are made at once, on the first ask (each
  /// check scans every sentence), and held until set_window(): they take
  /// memory in proportion to the window's text, which run_arithmetic_checks
  /// bounds.
  ArithTokens tokens(std::size_t s) const {
    // Inline: the checks ask for every sentence, most of which have none.
    const Scanned* sc = scanned(s);
    if (sc == nullptr) return {};
    return {tokens_.data() + sc->tokens_begin, sc->tokens_end - sc->tokens_begin};
  }
  /// The indices into tokens(s) of its figures, in token order (most
  /// checks start from a figure). Valid as long as tokens(s).
  std::span<const std::uint32_t> figure_tokens(std::size_t s) const {
    const Scanned* sc = scanned(s);
    if (sc == nullptr) return {};
    return {figure_tokens_.data() + sc->figure_tokens_begin, sc->figure_tokens_end - sc->figure_tokens_begin};
  }
  /// Every "from A to B" / "to B from A" construct of sentence `s` whose
  /// figures are compatible, in token order. Made with the tokens, once for
  /// all the checks that read them; valid as long as tokens(s).
  std::span<const Change> changes(std::size_t s) const {
    const Scanned* sc = scanned(s);
    if (sc == nullptr) return {};
    return {changes_.data() + sc->changes_begin, sc->changes_end - sc->changes_begin};
  }

  /// Whether token `t` lies within one of the date mentions given
  /// ("October", "2025" in "in October", "in 2025"): dates are no figures.
  bool in_date(const ArithToken& t) const;
  /// The original-file range of a range of Document::text.
  SourceRange original(ByteRange r) const { return doc.original(r); }
  /// The text of a figure's numeric expression as written.
  std::string_view number_text(const Figure& f) const { return doc.view(f.number); }

  /// No prose sentence is longer; longer ones (a 100 MB line without a
  /// sentence end, issue 10) are not scanned.
  static constexpr std::size_t k_max_sentence_bytes = 64 * 1024;
  /// The bytes of scanned sentences in a window of run_arithmetic_checks
  /// (but for the rest of its last paragraph): the tokens held at once.
  static constexpr std::size_t k_window_bytes = 1 << 19;

 private:
  /// A sentence that is scanned (one with figures, not longer than
  /// k_max_sentence_bytes) and, while the window's tokens are made and it
  /// is in the window, where its tokens, figure tokens and changes lie in
  /// tokens_, figure_tokens_ and changes_.
  struct Scanned {
    std::size_t sentence = 0;
    std::size_t first_figure = 0;  ///< index into figures
    std::size_t tokens_begin = 0;
    std::size_t tokens_end = 0;
    std::size_t figure_tokens_begin = 0;
    std::size_t figure_tokens_end = 0;
    std::size_t changes_begin = 0;
    std::size_t changes_end = 0;
  };

  /// Scanned sentence `s` of the window, the window's tokens made if they
  /// are not; null if `s` is not scanned or outside the window.
  const Scanned* scanned(std::size_t s) const {
    if (s < window_first_ || s >= window_end_ || slot_[s] == k_not_scanned) return nullptr;
    if (!made_) tokenize();
    return &scanned_[slot_[s]];
  }
  /// Makes the tokens, figure tokens and changes of every scanned sentence
  /// of the window.
  void tokenize() const;
  /// Appends the tokens of scanned sentence `sc`, whose lowercase copy
  /// starts at `low`, to tokens_ and figure_tokens_.
  void tokenize(Scanned& sc, const char* low) const;

  /// The ranges in Document::text of the date mentions, in text order.
  std::vector<ByteRange> dates_;
  std::size_t window_first_ = 0;
  std::size_t window_end_ = 0;
  /// The scanned sentences of the window: [window_slots_first_,
  /// window_slots_end_) of scanned_ and scanned_sentences_.
  std::size_t window_slots_first_ = 0;
  std::size_t window_slots_end_ = 0;
  /// Per sentence: its index into scanned_; k_not_scanned if it has no
  /// figures or is longer than k_max_sentence_bytes.
  std::vector<std::size_t> slot_;
  static constexpr std::size_t k_not_scanned = static_cast<std::size_t>(-1);
  /// The scanned sentences, in text order, and their indices.
  mutable std::vector<Scanned> scanned_;
  std::vector<std::size_t> scanned_sentences_;
  /// Whether the window's tokens are made.
  mutable bool made_ = false;
  /// The window's scanned sentences lowercased, one after the other: the
  /// words and marks view it.
  mutable std::string lowered_;
  /// The tokens, figure tokens and changes of the window's scanned
  /// sentences, sentence after sentence.
  mutable std::vector<ArithToken> tokens_;
  mutable std::vector<std::uint32_t> figure_tokens_;
  mutable std::vector<Change> changes_;
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

/// True if the two figures are counts and one is of a word that counts
/// what the other's more exact noun does ("148,600 coho ... the 112,400
/// fish"): told as the two ends of one change, they are of one thing.
bool generic_count(const Figure& a, const Figure& b);

/// Whether figure `f` of sentence `s` is an end of one of the sentence's
/// changes (ArithmeticInput::changes: "from 95% to 60%"); with
/// `from_only`, the one a change is measured from.
bool in_change(const ArithmeticInput& in, std::size_t s, int f, bool from_only = false);

/// The singular of an English plural noun, by its ending: "buses" stays
/// "buse", "cities" is "city" (for matching the unit of a count).
std::string singular(std::string w);

/// Whether `w` says a clause reports a source rather than states a figure
/// ("said", "according", "figures released"...).
bool is_attribution_word(std::string_view w);

/// An amount of money and a bare figure, in either order: one of them
/// leaves the currency of the other out ("62 millones de euros ... 71,3
/// millones").
bool money_left_out(const Figure& a, const Figure& b);

/// True if `f` was stated as a bound ("more than 24,000", "almost 15 per
/// cent"): messages quote it as written.
bool stated_as_bound(const Figure& f);

/// The head noun of a bound measure: "employee" of "management employee".
std::string_view measure_head(std::string_view measure);

/// Whether a stated change of `stated` percent cannot relate `a` and `b`:
/// under 100% between figures ten times apart ("38.6 million in the nine
/// months to September, 23.7% more than the 31.2 million": not nine).
bool too_far_apart(const Figure& a, const Figure& b, double stated);

/// True if the intervals [alo, ahi] and [blo, bhi] overlap (a relative
/// epsilon absorbs floating-point noise).
bool overlaps(double alo, double ahi, double blo, double bhi);

/// True if `word` is one of `list`. Inline, the length and the first
/// byte compared before the rest: it is asked of most words of most
/// sentences.
inline bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  for (const std::string_view w : list) {
    if (w.size() == word.size() && (w.empty() || w[0] == word[0]) && w == word) return true;
  }
  return false;
}

/// True if `word` is only ASCII digits, between `lo` and `hi` of them
/// ("2026" with 4, 4; the day "31" with 1, 2).
inline bool digits_only(std::string_view word, std::size_t lo, std::size_t hi) {
  return word.size() >= lo && word.size() <= hi && word.find_first_not_of("0123456789") == std::string_view::npos;
}

/// True if `word` is written as a year: four digits ("2026").
inline bool year_word(std::string_view word) { return digits_only(word, 4, 4); }

/// True if `word` tells what a change is measured against, standing
/// between the change and its figures: "rose 18.4 per cent year-on-year
/// to B from A", "up 41 per cent year-on-year from A".
inline bool measured_against_word(std::string_view word) {
  return is_one_of(word, {"year-on-year", "year-over-year", "interanual", "annually", "sequentially"});
}

/// True if `word` looks like an English plural noun: more than three
/// letters, ending in "s" but not "ss" ("schools", "tonnes"; not "class",
/// "bus" or "its"). A cue, not a parse: callers ask it of a word they
/// already hold to be a noun by its place.
inline bool plural_looking(std::string_view word) {
  return word.size() > 3 && word.back() == 's' && !word.ends_with("ss");
}

/// Whether token k of `t` is a word written with a capital: a name ("the
/// Midwest", "Co Kilkenny", "Valley Regional's").
bool capitalised(const ArithmeticInput& in, ArithTokens t, std::size_t k);

/// Whether sentence `s` of the input's document ends with a colon (after
/// trailing white space): a caption over a list or table.
bool ends_with_colon(const ArithmeticInput& in, std::size_t s);

/// The index of the first token of `t` after a list bullet ("-", "*",
/// "\u2022") or the opening bar of a table row typed as text ("| North |
/// 41 |"); 0 if there is none.
std::size_t after_bullet(ArithTokens t);

/// Whether sentence `s` is the header row of a table: a paragraph of its
/// own that is no prose, holds no figure and is short ("Party | Share",
/// "Region      2024      2025").
bool header_row(const ArithmeticInput& in, std::size_t s);

/// Whether sentence `s` is the rule under a table's header typed as text:
/// bars, dashes and colons only ("|---|:---:|").
bool rule_row(const ArithmeticInput& in, std::size_t s);

/// Whether the tokens are a row of a Markdown or HTML table, whose cells
/// the markup stage sets apart by " | " (or a plain-text table drawn so).
bool table_row(ArithTokens t);

/// Lists and tables under a caption: for each scanned sentence of the
/// window that starts a run of rows, calls `rows(caption, header, run)`,
/// `run` being the scanned sentences that follow one another from there
/// (at least one). A run starts after a caption ending with a colon,
/// which one header row may follow ("Region   2024   2025"), or at a
/// table row ("Roads | $12.4m"), whose caption is the sentence before the
/// table and its header row, or after a heading of its own (a header row
/// with no caption above it: "Revenue by division"); `header` is the header row's sentence, or
/// SIZE_MAX. `is_caption(caption, header)` must accept them. `rows`
/// returns how many of the run it took as rows; the scan goes on after
/// those (after the first, if none).
template <typename IsCaption, typename Rows>
void for_each_captioned_run(const ArithmeticInput& in, IsCaption&& is_caption, Rows&& rows) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  const std::span<const std::size_t> scanned = in.scanned_sentences();
  for (std::size_t n = 0; n < scanned.size();) {
    const std::size_t first = scanned[n];
    // The sentence above the rows, over the rule of a table typed as
    // text ("|---|---|").
    const bool has_above = first > in.first_sentence();
    std::size_t above = has_above ? first - 1 : none;
    if (first > in.first_sentence() + 1 && rule_row(in, above)) --above;
    std::size_t caption = above;
    std::size_t header = none;
    bool starts = false;
    if (has_above && above > in.first_sentence() && header_row(in, above)) {
      header = above;
      caption = above - 1;
    }
    if (has_above) {
      starts = ends_with_colon(in, caption) || table_row(in.tokens(first));
      if (!starts && header != none) {
        // A header row under a caption without a colon, and no table.
        header = none;
        caption = above;
        starts = ends_with_colon(in, caption);
      }
      // A heading of its own over a list ("Revenue by division", then
      // "- Road freight: 198.4m"): the heading is the caption.
      if (!starts && header_row(in, above)) {
        header = none;
        caption = above;
        starts = true;
      }
    }
    if (!starts || !is_caption(caption, header)) {
      ++n;
      continue;
    }
    // The rows of a table end where the table does: the prose after it
    // ("It has three schools.") is no row.
    const bool table = table_row(in.tokens(first));
    std::size_t end = n + 1;
    while (end < scanned.size() && scanned[end] == first + (end - n) &&
           (!table || table_row(in.tokens(scanned[end])))) {
      ++end;
    }
    const std::size_t taken = rows(caption, header, scanned.subspan(n, end - n));
    n += taken > 0 ? taken : 1;
  }
}

/// A fixed list of words, for the cue lists the token scans test many
/// words against: a word is screened by its first byte and length before
/// it is compared, as most words of a sentence are no cue; the words are
/// kept sorted, so one that passes is found by binary search (the longest
/// lists hold hundreds of words).
template <std::size_t N>
class CueWords {
 public:
  /// Each word non-empty and shorter than 32 bytes (else no constant).
  constexpr explicit CueWords(const std::array<std::string_view, N>& words) : words_(words) {
    for (const std::string_view w : words) {
      if (w.empty() || w.size() >= 32) throw "a CueWords word is empty or too long";
      screen_[static_cast<unsigned char>(w[0])] |= std::uint32_t{1} << w.size();
    }
    std::sort(words_.begin(), words_.end());
  }
  /// True if `w` is one of the words.
  bool contains(std::string_view w) const {
    if (w.empty() || w.size() >= 32 || (screen_[static_cast<unsigned char>(w[0])] >> w.size() & 1) == 0) return false;
    return std::binary_search(words_.begin(), words_.end(), w);
  }

 private:
  std::array<std::string_view, N> words_;
  /// Per first byte, the lengths of the words starting with it (bit n for length n).
  std::array<std::uint32_t, 256> screen_{};
};

/// +1 for a verb or noun of rising ("rose", "increase", "up"), -1 for one
/// of falling ("fell", "drop", "down"), 0 otherwise.
int change_direction(std::string_view word);

/// Whether `word` is a noun of a change ("rise", "drop", "improvement").
bool is_change_noun(std::string_view word);

/// The direction of a change word said of a change from `from` to `to`:
/// change_direction(), except that "improvement" gives the size of a
/// change only and takes its direction from the figures (an improvement
/// may be a fall, of costs or of waiting times).
int change_direction(std::string_view word, const Figure& from, const Figure& to);

/// Whether `t` is a dash that sets off a phrase: " - ", an en or em dash.
bool is_dash(const ArithToken& t);

/// The tokens of a verb of the level that end right before token `b`,
/// between a stated change and its end figure B: 2 for "and reached",
/// "to reach", "hasta alcanzar", 3 for "y llegaron a"; 0 if none.
std::size_t level_verb_before(ArithTokens t, std::size_t b);

/// Whether the text of a multiplier figure tells a factor by a verb of
/// change ("doubled", "tripled", "doubling"; "duplicó", "se duplicaron",
/// "se ha triplicado"), not by an adjective of comparison ("double", "el
/// doble").
bool factor_verb(std::string_view text);

/// Whether a caption's text announces a breakdown of one whole: "as
/// follows", "breakdown", "breaks down", "made up", "split", "comprising"
/// (words in any case).
bool announces_breakdown(std::string_view caption);

/// Changes told in the sentence after their end figure B: "65.2% of
/// patients were seen within four hours. That was a fall of 6% on
/// February 2025, when the figure stood at 71.2%." Sentence `s` opens with
/// "That was" ("This is", "It represents", "Esto supone" ...), states a
/// change of N% (its token is `stated`) and then, within a dozen words,
/// gives A; B is the last figure of the sentence before, in the same
/// paragraph, that compares with A.
std::vector<Change> following_changes(const ArithmeticInput& in, std::size_t s);

}  // namespace claimlint
