// BindLexicon: what the bind stage knows about words, per language
// ([bind.LANG] tables of rules/bind/*.toml): entity aliases, classes of
// measure nouns, predicate classes, modality cues and the small words that
// shape a clause.
//
//   [bind.en]
//   prepositions = ["from", "by", "to"]
//   lead_ins = ["according to"]
//   not_entities = ["The", "However", "AI"]
//   name_suffixes = ["Inc", "Corp"]
//   [[bind.en.entities]]
//   name = "Nvidia"
//   aliases = ["NVIDIA", "Nvidia Corp"]
//   [bind.en.measures]
//   chip = ["chip", "chips", "GPU", "GPUs", "processor", "processors"]
//   [bind.en.predicates]
//   acquire = ["buy", "buys", "bought", "purchase", "import", "acquire", "order"]
//   [bind.en.possession]
//   employ = ["employee"]
//   [bind.en.duration_measures]
//   "prison sentence" = ["jailed", "sentence", "prison"]
//   [bind.en.modality]
//   negated = ["not", "never"]
//   forecast = ["will", "expected"]
//
// Words are matched case-insensitively, except not_entities and entity
// aliases written with capitals, which must match as written.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <array>
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

/// What the binder asks of each word near a figure, in one probe: its
/// predicate and modality classes, and whether it opens a two-word entry
/// of either table ("going" of "going to").
struct BindWord {
  std::optional<std::string> predicate;  ///< its class in BindLanguage::predicates
  std::optional<std::string> modality;   ///< its class in BindLanguage::modality
  bool opens_predicate = false;
  bool opens_modality = false;
};

/// Screens of the tables of a BindLanguage that the binder probes for
/// nearly every word of a sentence: a word a screen rejects is not in its
/// table (see WordScreen), and need not be hashed.
struct BindScreens {
  WordScreen entity_aliases;
  WordScreen not_entities;
  WordScreen words;
  WordScreen measures;
};

/// The binding words of one language.
struct BindLanguage {
  /// Alias (as written) → canonical entity name.
  WordMap<std::string> entity_aliases;
  /// Lowercased word → measure class ("gpus" → "chip").
  WordMap<std::string> measures;
  /// Lowercased word → predicate class ("bought" → "acquire").
  WordMap<std::string> predicates;
  /// Measure class → the predicate class a possessed figure of it states
  /// ("employee" → "employ": "Lattice's 1,900 employees" is what Lattice
  /// employs).
  WordMap<std::string> possession;
  /// Lowercased word → the measure a duration near it has ("jailed" →
  /// "prison sentence": "jailed for seven years"). Durations take no
  /// other measure: a "three-year deal" may be one of several.
  WordMap<std::string> duration_measures;
  /// Lowercased cue → modality ("never" → "negated").
  WordMap<std::string> modality;
  WordSet prepositions;               ///< lowercased
  std::vector<std::string> lead_ins;                 ///< lowercased phrases ("according to")
  WordSet not_entities;               ///< as written
  WordSet name_suffixes;              ///< as written: end a name, never start one ("Inc")
  /// As written: last words that make a name an organization's ("Motors",
  /// "Bank"), whose first word alone may stand for it ("Halvern").
  WordSet organization_words;
  WordSet subject_verbs;              ///< lowercased: after a first word, mark it a name
  WordSet generic_heads;              ///< lowercased: measure words folded only after a product code
  /// Lowercased: a count right after one ("capacity to 2.5 million
  /// passengers") states what could be, not what is: its measure is
  /// "capacity for" the noun.
  WordSet capacity_words;
  /// Lowercased phrases right before a figure (`baseline_fillers` may
  /// stand between) that make it what a change or a comparison is measured
  /// from ("up from £264 million", "compared with 3,500").
  std::vector<std::vector<std::string>> baseline_cues;
  WordSet baseline_cue_ends;  ///< the last word of each baseline cue: a screen
  /// Lowercased: hedges and determiners skipped between a cue and its
  /// figure ("compared with about 3,500", "frente a los 1.200").
  WordSet baseline_fillers;
  /// Lowercased: "from" and "to" of "rose from $10 million to $12
  /// million", whose first figure is what the change is measured from.
  WordSet from_words;
  WordSet to_words;
  /// Lowercased: a length of time right after a figure and opened by one
  /// of these is the period the figure covers ("spend $918 million over
  /// ten years"): part of its measure.
  WordSet period_words;
  /// Lowercased verbs of a change ("rose", "fell", "subió"): in "revenue
  /// rose 3% to $4.2 billion" the new level after the change's percentage
  /// and a to_word takes the percentage's measure.
  WordSet change_verbs;
  /// Lowercased words of names that accuse and never serve a sentence
  /// ("Fiscalía", "prosecutors"): a prison term they are the subject of
  /// is one they ask for, of someone the figure does not name.
  WordSet accusers;
  /// Lowercased verbs of speech ("said", "told", "recordó"): a name such
  /// a verb follows is a speaker, none of the subjects of what is told,
  /// and a later "it" or "the X" does not mean it.
  WordSet speech_verbs;
  /// Lowercased phrases between the two figures of a proportion ("one in
  /// four cars", "dos de cada tres coches"): the second counts no things
  /// of its own.
  std::vector<std::vector<std::string>> ratio_words;
  /// Lowercased phrases that, opening a sentence, move its figures to an
  /// earlier period than the one just told ("A year earlier, it earned
  /// $133.9 million"): they are compared only with figures of the same
  /// phrase.
  std::vector<std::vector<std::string>> period_openers;
  /// The first words of period_openers: most sentences open with none.
  WordSet period_opener_starts;
  /// Lowercased words that open a stretch of a season or a series
  /// ("first", "last", "between", "primeras", "entre") and the nouns of
  /// its parts ("games", "rounds", "jornadas"): "in their first five
  /// games", "entre las fechas 6 y 12". The figures of a sentence with
  /// such a stretch are of it, not of the whole season.
  WordSet span_edges;
  std::array<bool, 256> span_edge_first{};  ///< the first bytes of span_edges: most words open none
  WordSet span_nouns;
  /// Lowercased words that make the year up to two words after them a
  /// fiscal year ("fiscal": "in fiscal 2027", "fiscal year 2027", "año
  /// fiscal 2027"): the figures of its sentence are of that period, not of
  /// the calendar year.
  WordSet fiscal_words;
  std::array<bool, 256> fiscal_first{};  ///< the first bytes of fiscal_words: most words open none
  /// Lowercased nouns of a change ("drop", "increase", "caída"): a figure
  /// right after "a drop of" is the size of a change, no level to compare.
  WordSet change_nouns;
  /// Lowercased verbs of a margin ("trailed", "won", "led"): a count right
  /// after "by" ("trailed by only two goals") is a difference, no level.
  WordSet margin_verbs;
  /// Lowercased nouns of a stock held or owed ("backlog", "pipeline",
  /// "cartera"): a figure right after "a backlog of" counts that stock,
  /// its measure the noun's ("backlog home"), not the items sold.
  WordSet stock_nouns;
  /// Lowercased words of a line of the accounts ("operating", "pre-tax",
  /// "net"): right before the measure noun of a sum of money, they make
  /// it a measure of its own ("operating loss" is no "pre-tax loss").
  WordSet measure_qualifiers;
  WordSet anaphors;                   ///< lowercased: "it", "the company" (resolved in the paragraph)
  /// Lowercased: a name right after one, and right after a figure, says
  /// where the figure holds ("10 million iPhones in China").
  WordSet place_prepositions;
  /// Lowercased word → BindWord, derived from predicates and modality by
  /// load_bind_lexicon.
  WordMap<BindWord> words;
  /// Screens of entity_aliases, not_entities, words and measures, built by
  /// load_bind_lexicon once all of them are loaded.
  BindScreens screens;
};

/// All languages.
struct BindLexicon {
  std::map<std::string, BindLanguage, std::less<>> languages;
  /// The lexicon of `lang`, else English, else nullptr.
  const BindLanguage* find(std::string_view lang) const;
};

/// Loads a [bind] table (languages as sub-tables) into `out`, merging with
/// what is there. Errors carry file:line:column.
std::optional<Error> load_bind_lexicon(std::string_view path, const toml::node& bind, BindLexicon& out);

}  // namespace claimlint
