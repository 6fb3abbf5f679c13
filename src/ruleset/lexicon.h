// Lexicon: the per-language knowledge of the extract stage (number words,
// scales, currencies, units, qualifiers, count nouns), loaded from the
// [lexicon.LANG] tables of rule files (rules/lexicon/*.toml).
//
// Phrases are looked up by key: the phrase lowercased with all white space
// removed ("per cent" and "percent" share the key "percent", "US $" and
// "US$" the key "us$"), so the extractor matches a run of tokens by
// concatenating them. Case-sensitive tables (scale abbreviations, unit
// symbols: "M" is a million, "m" a metre) keep the case.
//
//   [lexicon.en]
//   decimal_mark = "."
//   group_marks = [",", " "]
//   [lexicon.en.scales]
//   million = 1e6
//   [[lexicon.en.currencies]]
//   code = "USD"
//   symbols = ["$", "US$"]
//   names = ["dollar", "dollars"]
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <re2/re2.h>

#include "util/expected.h"
#include "util/word_hash.h"

namespace toml {
inline namespace v3 {
class table;
}
}  // namespace toml

namespace claimlint {

/// A 4096-bit filter over words by their length and first, second and last
/// bytes: may_contain() is false only if no word inserted shares all four,
/// so most words of running text that a small table does not hold are ruled
/// out by one bit test, before they are hashed.
class WordSieve {
 public:
  void insert(std::string_view w) {
    const std::size_t b = bit_of(w);
    bits_[b / 64] |= std::uint64_t{1} << (b % 64);
  }
  bool may_contain(std::string_view w) const {
    const std::size_t b = bit_of(w);
    return (bits_[b / 64] >> (b % 64)) & 1;
  }

 private:
  // The four bytes packed, then the top twelve bits of a Fibonacci hash.
  static std::size_t bit_of(std::string_view w) {
    if (w.empty()) return 0;
    const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(w[i])}; };
    const std::uint64_t packed = (w.size() & 0xFF) | byte(0) << 8 | byte(w.size() > 1 ? 1 : 0) << 16 |
                                 byte(w.size() - 1) << 24;
    return static_cast<std::size_t>((packed * 0x9E3779B97F4A7C15ULL) >> 52);
  }
  std::array<std::uint64_t, 64> bits_{};
};

/// A WordSet behind a WordSieve: for words probed for every word of a
/// sentence (the start words of a spelled quantity). Iterates in insertion
/// order.
class SievedWordSet {
 public:
  void insert(std::string_view w) {
    if (words_.insert(std::string(w)).second) sieve_.insert(w);
  }
  void clear() {
    words_.clear();
    sieve_ = {};
  }
  bool contains(std::string_view w) const { return sieve_.may_contain(w) && words_.contains(w); }
  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }
  WordSet::const_iterator begin() const { return words_.begin(); }
  WordSet::const_iterator end() const { return words_.end(); }

 private:
  WordSet words_;
  WordSieve sieve_;
};

/// A WordMap behind a WordSieve: for words looked up for most tokens of a
/// sentence that it rarely holds. Iterates in insertion order.
template <typename T>
class SievedWordMap {
 public:
  using const_iterator = typename WordMap<T>::const_iterator;

  /// Inserts `w` with `value` unless `w` is present: the first value stays.
  void try_emplace(std::string_view w, const T& value) {
    if (words_.try_emplace(w, value).second) sieve_.insert(w);
  }
  void clear() {
    words_.clear();
    sieve_ = {};
  }
  /// The value of `w`, or nullptr; most words it does not hold are ruled
  /// out without hashing. Valid as long as the map.
  const T* find(std::string_view w) const {
    if (!sieve_.may_contain(w)) return nullptr;
    const auto it = words_.find(w);
    return it == words_.end() ? nullptr : &it->second;
  }
  std::size_t size() const { return words_.size(); }
  const_iterator begin() const { return words_.begin(); }
  const_iterator end() const { return words_.end(); }

 private:
  WordMap<T> words_;
  WordSieve sieve_;
};

/// A phrase table keyed by phrase key (see the file comment). Besides the
/// entries it keeps every proper prefix and suffix of its keys, so that a
/// scan that concatenates tokens stops as soon as no key can begin (or
/// end) with what it has, instead of probing up to four keys per token.
template <typename T>
class PhraseMap {
 public:
  using const_iterator = typename WordMap<T>::const_iterator;

  /// What probe() found for a text: the entry whose key it is (nullptr if
  /// none; valid as long as the map), and whether some longer key starts
  /// (extends_right) or ends (extends_left) with it.
  struct Probe {
    const T* entry = nullptr;
    bool extends_right = false;
    bool extends_left = false;
  };

  /// The entry of `key`, inserted default-constructed if absent.
  T& operator[](const std::string& key) {
    const auto [it, inserted] = entries_.try_emplace(key);
    if (inserted) {
      const auto index = static_cast<std::uint32_t>(entries_.size() - 1);
      const std::string_view k = it->first;
      reserve_pieces(2 * k.size());
      for (std::size_t n = 1; n < k.size(); ++n) {
        add_piece(index, 0, n).extends_right = true;
        add_piece(index, k.size() - n, n).extends_left = true;
      }
      add_piece(index, 0, k.size()).entry = index;
      key_sieve_.insert(k);
      for (std::size_t n = 1; n <= k.size(); ++n) {
        begin_screen_[static_cast<unsigned char>(k.front())] |= length_bit(n);
        end_screen_[static_cast<unsigned char>(k.back())] |= length_bit(n);
      }
    }
    return it->second;
  }
  const_iterator find(std::string_view key) const { return entries_.find(key); }
  bool contains(std::string_view key) const { return entries_.contains(key); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  /// True if some longer key starts with `text`.
  bool extends_right(std::string_view text) const { return probe(text).extends_right; }
  /// True if some longer key ends with `text`.
  bool extends_left(std::string_view text) const { return probe(text).extends_left; }
  /// The entry of `key`, or nullptr; most texts that are no key are ruled
  /// out without hashing. Valid as long as the map.
  const T* find_entry(std::string_view key) const {
    if (!key_sieve_.may_contain(key)) return nullptr;
    const auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : &it->second;
  }
  /// The entry of `text` and whether longer keys start or end with it, with
  /// one hash lookup at most (none for most texts that are neither).
  Probe probe(std::string_view text) const {
    if (!sieve_.may_contain(text)) return {};
    const std::size_t i = find_piece(text, word_hash(text));
    if (i == k_no_piece) return {};
    const Piece& p = pieces_[i];
    const T* entry = p.entry == k_no_entry ? nullptr : &entries_.begin()[p.entry].second;
    return {entry, p.extends_right, p.extends_left};
  }
  /// False only if no key starts with `text` (by its first byte and
  /// length: a screen before hashing). The empty text passes.
  bool may_begin(std::string_view text) const {
    return text.empty() || (begin_screen_[static_cast<unsigned char>(text.front())] & length_bit(text.size()));
  }
  /// False only if no key ends with `text`. The empty text passes.
  bool may_end(std::string_view text) const {
    return text.empty() || (end_screen_[static_cast<unsigned char>(text.back())] & length_bit(text.size()));
  }

 private:
  static constexpr std::uint32_t k_no_entry = static_cast<std::uint32_t>(-1);
  static constexpr std::size_t k_no_piece = static_cast<std::size_t>(-1);
  // A key or a proper prefix or suffix of one: the bytes [begin, begin +
  // size) of the key of entry `key`, their word_hash, the index of the key's
  // entry in entries_ (k_no_entry for a piece that is no key), and whether
  // it is a proper prefix or suffix of some key. Pieces name their bytes
  // in a key instead of copying them, so that a key of n bytes adds its 2n
  // pieces without a string each.
  struct Piece {
    std::uint64_t hash = 0;
    std::uint32_t key = 0;
    std::uint32_t begin = 0;
    std::uint32_t size = 0;
    std::uint32_t entry = k_no_entry;
    bool extends_right = false;
    bool extends_left = false;
  };
  std::string_view text_of(const Piece& p) const {
    return std::string_view(entries_.begin()[p.key].first).substr(p.begin, p.size);
  }
  // The index in pieces_ of the piece `text`, whose word_hash is `hash`,
  // or k_no_piece. piece_slots_ is open-addressed like FlatWordTable's:
  // the high 32 bits of the hash, then the index plus one.
  std::size_t find_piece(std::string_view text, std::uint64_t hash) const {
    if (piece_slots_.empty()) return k_no_piece;
    const std::size_t mask = piece_slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const std::uint64_t s = piece_slots_[i];
      if (s == 0) return k_no_piece;
      const std::size_t index = static_cast<std::uint32_t>(s) - 1;
      if ((s >> 32) == (hash >> 32) && text_of(pieces_[index]) == text) return index;
    }
  }
  // Room for `more` pieces with the slots at most half full.
  void reserve_pieces(std::size_t more) {
    std::size_t size = piece_slots_.empty() ? 64 : piece_slots_.size();
    while (2 * (pieces_.size() + more) > size) size *= 2;
    if (size == piece_slots_.size()) return;
    std::vector<std::uint64_t> slots(size, 0);
    for (std::size_t index = 0; index < pieces_.size(); ++index) {
      std::size_t i = pieces_[index].hash & (size - 1);
      while (slots[i] != 0) i = (i + 1) & (size - 1);
      slots[i] = (pieces_[index].hash & 0xFFFFFFFF00000000ULL) | (index + 1);
    }
    piece_slots_.swap(slots);
    pieces_.reserve(pieces_.size() + more);
  }
  // The piece of the bytes [begin, begin + size) of the key of entry `key`,
  // added if absent; room for it is reserved.
  Piece& add_piece(std::uint32_t key, std::size_t begin, std::size_t size) {
    const std::string_view text = std::string_view(entries_.begin()[key].first).substr(begin, size);
    const std::uint64_t hash = word_hash(text);
    if (const std::size_t index = find_piece(text, hash); index != k_no_piece) return pieces_[index];
    sieve_.insert(text);
    const std::size_t mask = piece_slots_.size() - 1;
    std::size_t i = hash & mask;
    while (piece_slots_[i] != 0) i = (i + 1) & mask;
    pieces_.push_back({hash, key, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(size)});
    piece_slots_[i] = (hash & 0xFFFFFFFF00000000ULL) | pieces_.size();
    return pieces_.back();
  }
  static std::uint64_t length_bit(std::size_t n) { return std::uint64_t{1} << (n < 63 ? n : 63); }
  WordMap<T> entries_;
  std::vector<Piece> pieces_;
  std::vector<std::uint64_t> piece_slots_;  // a power of two, at most half full
  WordSieve sieve_;                         // over the pieces
  WordSieve key_sieve_;  // over the keys
  // Bit n of begin_screen_[b]: some key starts with byte b and has a prefix
  // of n bytes (bit 63: 63 or more); end_screen_ likewise for suffixes.
  std::array<std::uint64_t, 256> begin_screen_{};
  std::array<std::uint64_t, 256> end_screen_{};
};


/// A currency: where its amount is written, and its ISO 4217 code.
struct CurrencyEntry {
  std::string code;     ///< ISO 4217, e.g. "USD"
  double factor = 1.0;  ///< 0.01 for cents, pence
};

/// What a qualifier does to the interval of the value it qualifies.
struct QualifierEntry {
  std::string qualifier;       ///< wire string: "approximate", "lower-bound"...
  std::optional<double> low;   ///< low = value * low (nullopt: unbounded)
  std::optional<double> high;  ///< high = value * high (nullopt: unbounded)
};

/// A unit of a physical quantity or of a duration.
struct UnitEntry {
  std::string symbol;     ///< what is reported: "km", "year"
  bool duration = false;  ///< kind duration rather than quantity
};

/// What a word is as part of a spelled number.
enum class NumberWordKind : std::uint8_t { cardinal, hundred, scale, group, conj, article, fraction, ordinal };

/// A word of a spelled number: "six" a cardinal 6, "million" a scale 1e6,
/// "and" a conjunction, "fifths" an ordinal 5.
struct NumberWord {
  NumberWordKind kind = NumberWordKind::cardinal;
  double value = 0;   ///< 1 for an article, 0 for a conjunction
  bool bare = false;  ///< a hundred or scale word of bare_scales: "mil" (es) may start a number
};

/// How round figures are read (DESIGN "value-conflict": intervals after
/// rounding): a figure with at least `min_trailing_zeros` zeros, or with a
/// scale word, stands for ± `half_unit` of a unit of its last significant
/// digit.
struct RoundingRule {
  int min_trailing_zeros = 3;
  double half_unit = 0.5;
};

/// The knowledge about one language.
struct LanguageLexicon {
  std::string decimal_mark = ".";
  std::string alternate_decimal_mark;    ///< a decimal mark where it cannot group ("1.5" in es)
  std::vector<std::string> group_marks;  ///< e.g. "," and " "
  PhraseMap<double> cardinals;           ///< "six" 6, "twenty" 20, "doscientos" 200
  PhraseMap<double> hundreds;            ///< multiply what precedes: "hundred" 100
  PhraseMap<double> scales;              ///< "thousand" 1e3, "million" 1e6, "mil" 1e3 (es)
  WordSet bare_scales;                   ///< scale words that stand alone: "mil" (es), "hundred"
  PhraseMap<double> group_scales;        ///< multiply the last small number: "dozen" 12
  PhraseMap<double> scale_abbreviations; ///< case-sensitive: "k", "M", "bn"
  PhraseMap<double> ordinals;            ///< "first" 1, "fifth" 5, "hundredth" 100
  std::vector<std::string> ordinal_suffixes;     ///< "st", "nd", "rd", "th", "º"
  std::string ordinal_plural = "s";              ///< "fifths"
  PhraseMap<double> fractions;           ///< denominators that are no ordinals: "half" 2, "quarter" 4
  /// Fraction words that are a figure only before a scale word: "medio
  /// millón" is 500,000, "el precio medio" an average (es).
  PhraseMap<bool> scale_only_fractions;
  PhraseMap<bool> minus_words;           ///< "minus", "negative"
  PhraseMap<bool> and_words;             ///< "and" (en), "y" (es)
  PhraseMap<bool> point_words;           ///< "point", "coma"
  PhraseMap<bool> article_words;         ///< "a", "an", "un"
  PhraseMap<bool> over_words;            ///< "over", "out of": "one over three"
  PhraseMap<bool> range_words;           ///< "to", "-": "10 to 20"
  PhraseMap<bool> between_words;         ///< "between": "between 10 and 20"
  PhraseMap<bool> from_words;            ///< "from": "from 10 to 20"
  PhraseMap<bool> change_words;          ///< "fell": "fell from 95% to zero" is no range
  PhraseMap<bool> reach_words;           ///< "llegó": "llegó hasta 96,40 euros" says where it went
  PhraseMap<bool> carry_words;           ///< "llevó": "llevó el ingreso ... hasta 96,40 euros" too
  PhraseMap<bool> percent_words;         ///< "%", "percent", "por ciento"
  PhraseMap<bool> percent_of_words;      ///< "percent of": "percent of 10"
  PhraseMap<bool> point_units;           ///< "percentage points", "pp"
  PhraseMap<CurrencyEntry> currency_symbols;  ///< before the amount: "$", "US$", "USD"
  PhraseMap<CurrencyEntry> currency_names;    ///< after the amount: "dollars", "USD", "元"
  /// Case-sensitive symbols written only glued to an amount of money's
  /// shape (a decimal, groups of digits or a scale): "R186-million",
  /// "Sh4.1bn"; "R300" alone may be a road.
  PhraseMap<CurrencyEntry> glued_currency_symbols;
  /// A currency named the same in several countries ("pesos", "$" in the
  /// Spanish of the Americas) is the one of the place a story is filed
  /// from: each entry's code with the places of its datelines
  /// (lowercased: "ciudad de méxico", "bogotá"), and the names and symbols
  /// read as that code there.
  std::vector<std::pair<std::string, std::vector<std::string>>> local_currencies;
  std::vector<std::string> local_currency_names;    ///< "peso", "pesos"
  std::vector<std::string> local_currency_symbols;  ///< "$"
  PhraseMap<bool> linkers;      ///< after a scale word, before the noun: "millones de dólares", "millones de pedidos"
  PhraseMap<double> multiplier_words;    ///< "twice" 2, "sixfold" 6, "half as" 0.5
  PhraseMap<bool> multiplier_suffixes;   ///< after a number: "times", "fold", "x", "veces"
  PhraseMap<bool> frequency_words;       ///< "3 times already" is a count of times
  PhraseMap<UnitEntry> unit_symbols;     ///< case-sensitive: "km", "MW" ("G" is no unit: "5G")
  PhraseMap<UnitEntry> units;            ///< unit names: "kilometres", "years"
  PhraseMap<double> money_scale_abbreviations;  ///< after a currency symbol or before a counted noun: "£3m", "1.5m people"
  PhraseMap<QualifierEntry> qualifiers_before;  ///< "about", "more than"
  PhraseMap<QualifierEntry> qualifiers_after;   ///< "or more", "in total"
  PhraseMap<std::string> count_nouns;    ///< plural or synonym → singular: "people" "person"
  PhraseMap<bool> not_nouns;             ///< words never counted: "of", "is", "was"
  PhraseMap<bool> strength_words;        ///< glued after a count, the noun follows: "a 4,620-strong workforce"
  PhraseMap<bool> determiners;           ///< "the one you mentioned": "one" is a pronoun after these
  PhraseMap<int> months;                 ///< "december" 12: "December 8" is a date
  PhraseMap<bool> month_linkers;         ///< "8 de diciembre", "8th of December"
  /// Plural endings and their singular, tried in order: {"ies", "y"}, {"s", ""}.
  std::vector<std::pair<std::string, std::string>> plural_rules;
  PhraseMap<bool> time_words;            ///< "a.m.", "pm", "GMT": times of day
  PhraseMap<bool> year_words;            ///< "in", "since": "in 2023" is a year
  PhraseMap<bool> street_words;          ///< "Street", "Avenue": street numbers
  PhraseMap<bool> list_words;            ///< "No.", "nr", "number": "No. 5" is a label
  double year_min = 1500;
  double year_max = 2100;
  double approximate_tolerance = 0.1;    ///< used by qualifiers with no low/high
  /// The counted noun comes before its adjectives ("312.000 menús
  /// anuales", es): a plural word after the figure is the noun, not a
  /// modifier of the next ("380 overseas members", en).
  bool noun_first = false;
  /// With `noun_first`, the adjectives that still come before the noun:
  /// "cuatro grandes actuaciones".
  PhraseMap<bool> prenominal_adjectives;
  RoundingRule rounding;
  /// Text that holds no quantity (URLs, phone numbers, versions): RE2
  /// patterns joined into one, compiled at load; null when none.
  std::shared_ptr<const RE2> exclude;
  std::vector<std::string> exclude_patterns;
  /// Derived at load: the lowercase words that can start a spelled
  /// quantity ("six", "a", "half", "fifths", "twice", "per"), so that the
  /// scan skips every other word, most of them without hashing.
  SievedWordSet start_words;
  /// First words of multi-word phrases of the tables above ("half" of
  /// "half as", "per" of "per cent of").
  WordSet phrase_first_words;
  /// Derived at load: the words of cardinals, hundreds, scales,
  /// group_scales, and_words, article_words, fractions and ordinals, and the
  /// ordinals with ordinal_plural ("fifths"), each with what it is in the
  /// first of those tables, in that order, that holds it: one lookup tells
  /// what a token is in a spelled number.
  SievedWordMap<NumberWord> number_words;
  /// Derived at load: a sentence without ASCII digits yields a quantity
  /// only if one of its words is in this set, so one without is not
  /// scanned. It is start_words less the articles that start a number only
  /// before a number word ("a" of "a dozen"), plus the words that may
  /// follow such an article (hundreds, scales, group scales). An article
  /// that is anything else as well (a cardinal, the start of a multiplier
  /// phrase) stays a trigger.
  ScreenedWordSet digitless_triggers;
};

/// Every language's lexicon, keyed by language code ("en", "es").
struct Lexicon {
  std::map<std::string, LanguageLexicon, std::less<>> languages;

  /// The lexicon for `lang`: exact, then its base language ("es-MX" → "es"),
  /// then "en"; nullptr if none is loaded. Valid as long as the Lexicon.
  const LanguageLexicon* find(std::string_view lang) const;
};

/// The phrase key of `text`: lowercased (ASCII) unless `keep_case`, white
/// space removed.
std::string phrase_key(std::string_view text, bool keep_case = false);

/// `text` lowercased, ASCII and the accented capitals of Spanish ("CIUDAD
/// DE MÉXICO" → "ciudad de méxico"): how places are compared.
std::string fold_place(std::string_view text);

/// The local currency of a story (see LanguageLexicon::local_currencies):
/// the code whose place opens one of the first `lines` lines of `text`,
/// followed by a comma, a bracket or a dash ("Bogotá, martes 24 de marzo
/// de 2026", "CIUDAD DE MÉXICO (EFE) -"); empty if none.
std::string local_currency(std::string_view text, const LanguageLexicon& lex, std::size_t lines);

/// Loads the `lexicon` node of a rule file (a table of language tables).
/// Each language it names goes to `out`: what `base` holds of it, with the
/// file's entries merged in (later entries win); the languages it does not
/// name are left out of `out`. On error returns it with `path` and the line
/// and column of the faulty node; `out` is then half filled.
std::optional<Error> load_lexicon(std::string_view path, const toml::table& lexicon, const Lexicon& base,
                                  Lexicon& out);

}  // namespace claimlint
