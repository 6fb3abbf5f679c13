// DateLexicon: the per-language words the date extractor reads (month and
// weekday names, relative words, quarter words, tense cues), loaded from
// the [dates.LANG] tables of rule files (rules/dates/*.toml, issue 5).
//
// Words and phrases are stored lower-cased, with single spaces between the
// words of a phrase ("of the year", "antes de"). Integer tables map a word
// to a number: a month (1..12), an ISO weekday (1 = Monday), a shift
// (-1 last, 0 this, +1 next), a day offset (yesterday = -1).
//
//   [dates.en]
//   months_capitalized = true
//   months = { january = 1, jan = 1 }
//   shift_before = { last = -1, this = 0, next = 1 }
//   bounds = { after = "lower-bound", by = "upper-bound" }
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.h"
#include "util/word_hash.h"

namespace toml {
inline namespace v3 {
class node;
}
}  // namespace toml

namespace claimlint {

/// Lower-cased words or phrases, looked up by std::string_view without a
/// copy. Hashed: the date extractor probes them for nearly every word.
using DateWordSet = WordSet;
/// Lower-cased words or phrases to a value.
template <typename T>
using DateWordMap = WordMap<T>;

/// A calendar unit of a relative date ("next month", "two weeks ago").
enum class DateUnit { day, week, month, year };

/// Whether a date is the time itself or a bound of an open interval.
enum class DateBound {
  exact,        ///< "in October"
  lower_bound,  ///< "after October", "since 2023": from then on
  upper_bound,  ///< "before March", "by 2027": up to then
  range,        ///< "between March and May 2025"
};

/// The wire name of `bound`: "exact", "lower-bound", "upper-bound", "range".
std::string_view to_string(DateBound bound);

/// The word tables of a DateLanguage, as bit positions in DateWordRoles.
enum class DateTable : unsigned char {
  months, weekdays, units, plural_units, numbers, ordinals, quarter_words, half_words, shift_before, shift_after,
  day_words, ago_after, ago_before, within, bounds, prepositions, weekday_markers, articles, period_words,
  day_month_links, month_year_links, of_year, range_openers, ordinal_suffixes, modifiers, fiscal, past_verbs,
  past_suffixes, future_markers, non_past_auxiliaries, event_prepositions, clause_words, start_words, determiners,
  weekday_appositions, occasions, day_appositions, reporting_verbs,
};

/// The mask bit of `table` in DateWordRoles.
constexpr std::uint64_t date_table_bit(DateTable table) { return std::uint64_t{1} << static_cast<unsigned>(table); }

/// What one word is in the phrases of each table: masks of
/// date_table_bit. A word no phrase holds has no roles at all.
struct DateWordRoles {
  std::uint64_t whole = 0;  ///< the word alone is a phrase of the table: "in"
  std::uint64_t first = 0;  ///< the first word of a longer phrase: "as" of "as of"
  std::uint64_t last = 0;   ///< the last word of a longer phrase: "of" of "as of"
};

/// A set of words as hash bits (a Bloom filter with one hash function): a
/// word whose bit is clear is not in the set; one whose bit is set may be.
/// Lets a scanner that hashes a word while reading it skip the table
/// lookup of most words.
class DateWordFilter {
 public:
  /// The hash of the empty word; hash_step adds one byte (FNV-1a).
  static constexpr std::uint64_t k_hash_start = 0xcbf29ce484222325ULL;
  static constexpr std::uint64_t hash_step(std::uint64_t hash, unsigned char byte) {
    return (hash ^ byte) * 0x100000001b3ULL;
  }
  static constexpr std::uint64_t hash(std::string_view word) {
    std::uint64_t h = k_hash_start;
    for (const char c : word) h = hash_step(h, static_cast<unsigned char>(c));
    return h;
  }

  void insert(std::string_view word) {
    const std::size_t b = bit_of(hash(word));
    bits_[b / 64] |= std::uint64_t{1} << (b % 64);
  }
  /// False if no word of the set has hash `h` (from hash or hash_step).
  bool may_contain(std::uint64_t h) const {
    const std::size_t b = bit_of(h);
    return (bits_[b / 64] >> (b % 64)) & 1;
  }
  void clear() { bits_.fill(0); }

 private:
  static constexpr std::size_t k_bits = 1 << 14;
  static constexpr std::size_t bit_of(std::uint64_t h) { return static_cast<std::size_t>(h ^ (h >> 32)) % k_bits; }
  std::array<std::uint64_t, k_bits / 64> bits_{};
};

namespace detail {

/// DateEdgeScreen's key: the first, second and last bytes (a word of one
/// byte counts its byte for all three).
struct FirstSecondLast {
  static constexpr std::size_t bits = 32 * 32 * 32;
  static std::size_t of(std::string_view w) {
    return low5(w[0]) << 10 | low5(w[w.size() > 1 ? 1 : 0]) << 5 | low5(w.back());
  }
};

}  // namespace detail

/// A set of words screened by their first two bytes and last byte, blind
/// to ASCII case: a word that fails is not in the set, one that passes may
/// be. Tells apart words a WordScreen (first and last bytes, length) lets
/// through: "the" from "tue" and "thu".
using DateEdgeScreen = KeyScreen<detail::FirstSecondLast>;

/// Words to their roles in an open-addressing table probed with
/// DateWordFilter::hash, so that a scanner that hashed a word while reading
/// it finds the roles without hashing it again. Holds its own copy of the
/// words.
class DateRoleIndex {
 public:
  /// Replaces the contents with `roles`.
  void build(const DateWordMap<DateWordRoles>& roles);
  /// The roles of `word`, whose DateWordFilter::hash is `hash`, or nullptr.
  const DateWordRoles* find(std::string_view word, std::uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = slot_of(hash) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.entry == k_empty) return nullptr;
      if (slot.hash == hash && entries_[slot.entry].first == word) return &entries_[slot.entry].second;
    }
  }

 private:
  static constexpr std::uint32_t k_empty = 0xFFFFFFFF;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = k_empty;
  };
  static std::size_t slot_of(std::uint64_t hash) { return static_cast<std::size_t>(hash ^ (hash >> 32)); }
  std::vector<Slot> slots_;  // a power of two, at most a quarter used
  std::vector<std::pair<std::string, DateWordRoles>> entries_;
};

/// The date words of one language.
struct DateLanguage {
  /// Month names only count when capitalised ("May", not "may").
  std::optional<bool> months_capitalized;
  DateWordMap<int> months;    ///< "december", "dec" → 12
  DateWordMap<int> weekdays;  ///< "monday", "mon" → 1 (ISO)
  /// The seven weekday names as written, Monday first: fix-it text.
  std::vector<std::string> weekday_names;
  DateWordMap<DateUnit> units;         ///< singular: "month" → month
  DateWordMap<DateUnit> plural_units;  ///< "weeks" → week ("two weeks ago")
  DateWordMap<int> numbers;            ///< "a", "two" → count ("a week ago")
  DateWordMap<int> ordinals;           ///< "third", "3rd" → 3 ("the third quarter")
  DateWordSet quarter_words;           ///< "quarter", "trimestre"
  DateWordSet half_words;              ///< "half", "semestre", "mitad"
  DateWordMap<int> shift_before;       ///< "last" → -1 ("last October")
  DateWordMap<int> shift_after;        ///< "pasado" → -1 ("el año pasado")
  DateWordMap<int> day_words;          ///< "yesterday" → -1
  DateWordSet ago_after;               ///< "ago" ("a week ago")
  DateWordSet ago_before;              ///< "hace" ("hace una semana")
  DateWordMap<int> within;             ///< "earlier" → -1 ("earlier this year")
  DateWordMap<DateBound> bounds;       ///< "after" → lower_bound
  DateWordSet prepositions;            ///< words that make a bare month or year a date: "in"
  DateWordSet weekday_markers;         ///< words before a lone weekday: "on", "el"
  /// Phrases between a date and its weekday set off after it: "a"
  /// ("March 21, a Thursday"), "which is a".
  DateWordSet weekday_appositions;
  /// Phrases of an occasion between a past verb and the preposition of
  /// its date, not counted in the words between: "at its meeting"
  /// ("approved the grants at its meeting on Monday, June 22").
  DateWordSet occasions;
  /// Phrases a date set off by a comma after them names the day of: "on
  /// its first day" ("drew 18,000 riders on its first day, Monday, March
  /// 9"); the past verb before the phrase governs the date.
  DateWordSet day_appositions;
  DateWordSet articles;                ///< "the", "el", "la"
  DateWordSet period_words;            ///< a shifted unit after one is a period: "the last year"
  DateWordSet day_month_links;         ///< between day and month: "de"
  DateWordSet month_year_links;        ///< between month (or part) and year: "of", "de"
  DateWordSet of_year;                 ///< "of the year", "del año": the publication year
  DateWordMap<std::vector<std::string>> range_openers;  ///< "between" → {"and"}
  DateWordSet ordinal_suffixes;        ///< "th" in "8th"
  DateWordSet modifiers;               ///< "early", "mid", "late": kept in the mention
  DateWordSet fiscal;                  ///< "fiscal": a fiscal quarter or year is not a calendar one
  DateWordSet past_verbs;              ///< simple past forms that may govern a date (timeline)
  DateWordSet past_suffixes;           ///< "ed": loose past-tense cue for resolving yearless dates
  /// "ó", "aron": endings that make a lowercase word of five bytes or more
  /// a simple past as sure as past_verbs (timeline): "promulgó".
  DateWordSet past_verb_suffixes;
  /// "ar", "er", "ir": endings of an infinitive, a lowercase word of five
  /// bytes or more ("citó a Mendizábal a comparecer el miércoles 20 de
  /// mayo": the date is the infinitive's, no past verb's).
  DateWordSet infinitive_suffixes;
  DateWordSet future_markers;          ///< "will", "expected": future cue
  DateWordSet future_suffixes;         ///< "rá" ("escuchará"): future-tense cue of a lowercase word
  /// Sequences of stages that happen in order (a court case: arrested,
  /// charged, trial opened, found guilty, sentenced); each stage its
  /// phrases, each phrase its lowercased words.
  std::vector<std::vector<std::vector<std::vector<std::string>>>> event_order;
  /// Sequences as event_order's of what one subject does (a company set
  /// up, then buying or listing), compared only when told in one sentence,
  /// where the subject is one. Joined to event_order at load.
  std::vector<std::vector<std::vector<std::vector<std::string>>>> sentence_order;
  /// Derived at load: for each sequence of event_order, whether it is one
  /// of sentence_order.
  std::vector<bool> one_sentence;
  /// Phrases of a bare completion ("was completed", "finished the work",
  /// "terminaron"): right after the date of a stage of event_order, joined
  /// by "and" or a comma, the last stage of that stage's sequence
  /// ("Construction started in February 2025 and was completed in
  /// September 2024").
  std::vector<std::vector<std::string>> stage_completions;
  /// Derived at load: the last word of every phrase of stage_completions,
  /// sorted and once each.
  std::vector<std::string> stage_completion_last_words;
  /// Derived at load: every phrase of event_order by its last word, sorted
  /// by that word, then by sequence, stage and phrase: the phrases a word
  /// may end are one search away (a date with none of the last words
  /// before it tells no stage).
  struct StagePhrase {
    std::string last;
    std::uint32_t sequence = 0;
    std::uint32_t stage = 0;
    std::uint32_t phrase = 0;
  };
  std::vector<StagePhrase> event_order_phrases;
  DateWordSet non_past_auxiliaries;    ///< "be", "has", "to": a past participle after one is no simple past
  DateWordSet event_prepositions;      ///< "in", "on": the date says when the verb's event happened
  DateWordSet clause_words;            ///< "that", "and": a new clause, whose verb governs nothing before
  /// "said", "told": a verb of speech, whose event is the telling. A date
  /// after words of its own ("said the contract expires in 2027") is of
  /// the clause told, which "that" may have left out.
  DateWordSet reporting_verbs;
  DateWordSet determiners;             ///< "the", "its": a past form after one qualifies a noun ("the proposed dividend")
  /// Words that may follow the bare day of a weekday ("el sábado 19 a las
  /// 17", "on Saturday 19 at home"): after any other word the number
  /// counts it ("on Saturday 19 people were hurt").
  DateWordSet bare_day_links;
  /// Nouns of one-off events ("failure", "crash"): "the gearbox failure on
  /// 22 June" names one event, whose other dates in the document conflict.
  DateWordSet event_nouns;
  /// Words that open a clause told as earlier or later than the date
  /// before it: "moved on site on 2 March, after consent was granted on
  /// 11 March" (after_words), "..., before ..." (before_words).
  DateWordSet after_words;
  DateWordSet before_words;
  /// Adverbs passed over inside a stage's phrase of event_order when the
  /// words as written match none: "the contract was formally signed".
  DateWordSet stage_adverbs;
  /// A future marker and the word after it that look back, not ahead:
  /// "would have" ("an offer in February that would have allowed him").
  DateWordSet looking_back;
  /// Phrases after a date without its year that give it the year told
  /// last before it in the sentence: "indicted him Dec. 4 that year".
  DateWordSet same_year_after;
  /// After a date without its year, its year by the publication's: "21
  /// October last year" (the year before), "on 3 March next year".
  DateWordSet last_year_after;
  DateWordSet next_year_after;
  /// Words that open a clause naming an event told before: "since" ("since
  /// the agreement was signed Sept. 8"), "desde que". The same event dated
  /// otherwise elsewhere in the document is a date-conflict.
  DateWordSet back_references;
  /// Words that end the part of such a clause that names the event: "in"
  /// of "since lightning sparked the blaze in the hills".
  DateWordSet back_reference_ends;
  /// After "since DATE," the words that open the clause naming the event:
  /// "when" ("since Feb. 13, when jurors returned guilty verdicts").
  DateWordSet back_reference_when;
  /// Relative pronouns that, after "the" and a noun of event_nouns set off
  /// by a comma, open a clause dating that event: "The strike, which
  /// started on 17 January, cost ..." names the strike told before.
  DateWordSet relative_back_references;
  /// Indefinite articles: a verb and its object told first with one ("The
  /// state government announced a $A410 million package on Thursday, 12
  /// February") and again with the definite article and another day ("who
  /// announced the package ... on Wednesday, 11 February") date one event
  /// twice.
  DateWordSet indefinite_articles;
  /// Words that move an event to another day ("postponed", "moved",
  /// "instead"): two days of one event told near one are the old and the
  /// new, no conflict.
  DateWordSet rescheduling_words;
  /// Words that say nothing of which event a clause names: pronouns,
  /// auxiliaries, conjunctions ("her", "was", "had").
  DateWordSet function_words;
  /// Words that make an event another of its kind ("a second fire", "the
  /// previous strike"): such a clause names no event told before.
  DateWordSet other_instance_words;
  /// Words that name one thing: "blaze" → "fire", each word to the first
  /// of its group in event_synonyms.
  DateWordMap<std::string> event_synonyms;
  /// Derived at load: the first words of every phrase a date mention can
  /// start with (months, weekdays, shifts, bounds, articles...), so that
  /// the extractor skips every other word at once.
  DateWordSet start_words;
  /// Derived at load: the longest name of each month (12 → 8 for
  /// "december"), which tells a full name from an abbreviation.
  std::map<int, std::size_t> full_month_length;
  /// Derived at load: every word of every phrase of the tables above
  /// (split at spaces), with its roles in each table, so that the
  /// extractor looks a word up once instead of once per table.
  DateWordMap<DateWordRoles> word_roles;
  /// Derived at load: the phrases of two or more words, to the mask of the
  /// tables that hold them.
  DateWordMap<std::uint64_t> long_phrases;
  /// Derived at load: word_roles, probed by hash.
  DateRoleIndex role_index;
  /// The tables of the words every date mention holds one of, unless it
  /// holds a year figure ("2023") or a "Q3": months, weekdays, quarter and
  /// half words, day words ("yesterday"), and units ("year", "weeks") with
  /// a word of k_unit_companion_tables.
  static constexpr std::uint64_t k_anchor_tables =
      date_table_bit(DateTable::months) | date_table_bit(DateTable::weekdays) |
      date_table_bit(DateTable::quarter_words) | date_table_bit(DateTable::half_words) |
      date_table_bit(DateTable::day_words);
  static constexpr std::uint64_t k_unit_tables =
      date_table_bit(DateTable::units) | date_table_bit(DateTable::plural_units);
  /// A unit is read as a date only with one of these: "last year", "el año
  /// pasado", "two weeks ago", "hace una semana", "the first three months
  /// of the year" (an ordinal).
  static constexpr std::uint64_t k_unit_companion_tables =
      date_table_bit(DateTable::shift_before) | date_table_bit(DateTable::shift_after) |
      date_table_bit(DateTable::ago_before) | date_table_bit(DateTable::ago_after) |
      date_table_bit(DateTable::ordinals);
  /// Derived at load: the words that are or start a phrase of
  /// k_anchor_tables, k_unit_tables or k_unit_companion_tables.
  DateWordFilter anchor_filter;
  /// Derived at load: the words of anchor_filter, screened by their first
  /// and last bytes and length, which rules out most words before they are
  /// lowercased and hashed.
  WordScreen anchor_screen;
  /// Derived at load: the words of anchor_filter, screened by their first
  /// two bytes and last byte: the next screen of a word anchor_screen
  /// passes.
  DateEdgeScreen anchor_edges;
  /// Derived at load: whether some word of word_roles starts with each
  /// byte, so that the tokenizer looks up only the punctuation that may
  /// have roles.
  std::array<bool, 256> role_first_bytes{};
};

/// Every language's date words, by language tag ("en", "es").
struct DateLexicon {
  std::map<std::string, DateLanguage, std::less<>> languages;

  /// The words of `lang` ("es-MX" uses "es"), or nullptr if none were
  /// loaded.
  const DateLanguage* language(std::string_view lang) const;
};

/// `word` lower-cased (ASCII and Latin-1 capitals: "Próximo" → "próximo")
/// with each run of white space as one space: the form words are stored in.
std::string fold_date_word(std::string_view word);

/// Writes fold_date_word(word) to `out`, which has room for word.size()
/// bytes (folding never lengthens text), and returns its length.
std::size_t fold_date_word_to(std::string_view word, char* out);

/// Loads the top-level [dates] section `dates` of rule file `path` into
/// `out` (merging: later files add words and override values). On error
/// (wrong type, unknown key with a suggestion, value out of range; with the
/// file, line and column of the node) `out` is left unchanged.
std::optional<Error> load_date_lexicon(std::string_view path, const toml::node& dates, DateLexicon& out);

}  // namespace claimlint
