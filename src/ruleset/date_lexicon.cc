// DateLexicon: the [dates.LANG] tables of rule files, validated with
// toml++ (only ruleset/ talks to toml++, STYLE "Rules").
#include "ruleset/date_lexicon.h"

#include "ruleset/toml_error.h"

#include <algorithm>
#include <array>
#include <span>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "util/edit_distance.h"

namespace claimlint {
namespace {

using Result = std::optional<Error>;

// An array of non-empty strings.
Result load_set(std::string_view path, std::string_view key, const toml::node& node, DateWordSet& out) {
  const toml::array* arr = node.as_array();
  if (!arr) return error_at(path, node.source(), fmt::format("'{}' must be an array of strings", key));
  for (const toml::node& item : *arr) {
    const auto* s = item.as_string();
    if (!s || s->get().empty()) {
      return error_at(path, item.source(), fmt::format("each entry of '{}' must be a non-empty string", key));
    }
    out.insert(fold_date_word(s->get()));
  }
  return std::nullopt;
}

// event_synonyms: an array of groups, each an array of two words or more
// that name one thing; each word maps to the first of its group.
Result load_synonyms(std::string_view path, const toml::node& node, DateWordMap<std::string>& out) {
  const toml::array* groups = node.as_array();
  if (!groups) return error_at(path, node.source(), "'event_synonyms' must be an array of arrays of words");
  for (const toml::node& group : *groups) {
    const toml::array* words = group.as_array();
    if (!words || words->size() < 2) {
      return error_at(path, group.source(), "each group of 'event_synonyms' must be an array of two words or more");
    }
    std::string first;
    for (const toml::node& item : *words) {
      const auto* s = item.as_string();
      if (!s || s->get().empty() || s->get().find(' ') != std::string::npos) {
        return error_at(path, item.source(), "each entry of a group of 'event_synonyms' must be one word");
      }
      const std::string w = fold_date_word(s->get());
      if (first.empty()) first = w;
      out.insert_or_assign(w, first);
    }
  }
  return std::nullopt;
}

// The phrases of a stage, "found guilty|convicted", each as its folded
// words, appended to `out`; false if one is empty.
bool split_phrases(std::string_view all, std::vector<std::vector<std::string>>& out) {
  for (std::size_t i = 0; i <= all.size();) {
    const std::size_t bar = std::min(all.find('|', i), all.size());
    std::vector<std::string> words;
    const std::string_view phrase = all.substr(i, bar - i);
    for (std::size_t w = 0; w < phrase.size();) {
      const std::size_t space = std::min(phrase.find(' ', w), phrase.size());
      if (space > w) words.push_back(fold_date_word(phrase.substr(w, space - w)));
      w = space + 1;
    }
    if (words.empty()) return false;
    out.push_back(std::move(words));
    i = bar + 1;
  }
  return true;
}

// stage_completions: one string of phrases, as a stage of event_order.
Result load_stage_completions(std::string_view path, const toml::node& node,
                              std::vector<std::vector<std::string>>& out) {
  const auto* s = node.as_string();
  if (!s || s->get().empty()) {
    return error_at(path, node.source(), "'stage_completions' must be a non-empty string of phrases split by '|'");
  }
  if (!split_phrases(s->get(), out)) return error_at(path, node.source(), "an empty phrase in 'stage_completions'");
  return std::nullopt;
}

// event_order: an array of sequences, each an array of at least two
// stages, each a string of phrases separated by "|" ("found guilty|
// convicted").
// (sentence_order too, `key` naming it.)
Result load_event_order(std::string_view path, std::string_view key, const toml::node& node,
                        std::vector<std::vector<std::vector<std::vector<std::string>>>>& out) {
  const toml::array* sequences = node.as_array();
  if (!sequences) return error_at(path, node.source(), fmt::format("'{}' must be an array of arrays of stages", key));
  for (const toml::node& seq : *sequences) {
    const toml::array* stages = seq.as_array();
    if (!stages || stages->size() < 2) {
      return error_at(path, seq.source(),
                      fmt::format("each sequence of '{}' must be an array of two stages or more", key));
    }
    std::vector<std::vector<std::vector<std::string>>> sequence;
    for (const toml::node& stage : *stages) {
      const auto* s = stage.as_string();
      if (!s || s->get().empty()) {
        return error_at(path, stage.source(), fmt::format("each stage of '{}' must be a non-empty string", key));
      }
      std::vector<std::vector<std::string>> phrases;
      if (!split_phrases(s->get(), phrases)) {
        return error_at(path, stage.source(), fmt::format("an empty phrase in a stage of '{}'", key));
      }
      sequence.push_back(std::move(phrases));
    }
    out.push_back(std::move(sequence));
  }
  return std::nullopt;
}

// A table of word = integer in [low, high].
Result load_int_map(std::string_view path, std::string_view key, const toml::node& node, int low, int high,
                    DateWordMap<int>& out) {
  const toml::table* t = node.as_table();
  if (!t) return error_at(path, node.source(), fmt::format("'{}' must be a table of word = integer", key));
  for (const auto& [word, value] : *t) {
    const auto* i = value.as_integer();
    if (!i || i->get() < low || i->get() > high) {
      return error_at(path, value.source(),
                      fmt::format("'{}.{}' must be an integer from {} to {}", key, word.str(), low, high));
    }
    out.insert_or_assign(fold_date_word(word.str()), static_cast<int>(i->get()));
  }
  return std::nullopt;
}

// A table of word = one of `names` (whose index is the enumerator).
template <typename E, std::size_t N>
Result load_enum_map(std::string_view path, std::string_view key, const toml::node& node,
                     const std::array<std::string_view, N>& names, DateWordMap<E>& out) {
  const toml::table* t = node.as_table();
  if (!t) return error_at(path, node.source(), fmt::format("'{}' must be a table of word = string", key));
  for (const auto& [word, value] : *t) {
    const auto* s = value.as_string();
    std::size_t index = N;
    if (s) {
      for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == s->get()) index = i;
      }
    }
    if (index == N) {
      std::string m = fmt::format("'{}.{}' must be one of", key, word.str());
      for (std::size_t i = 0; i < N; ++i) m += fmt::format("{}'{}'", i == 0 ? " " : ", ", names[i]);
      if (s) {
        if (auto near = nearest_spelling(s->get(), names)) m += fmt::format("; did you mean '{}'?", *near);
      }
      return error_at(path, value.source(), std::move(m));
    }
    out.insert_or_assign(fold_date_word(word.str()), static_cast<E>(index));
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 4> k_unit_names = {"day", "week", "month", "year"};
constexpr std::array<std::string_view, 4> k_bound_names = {"exact", "lower-bound", "upper-bound", "range"};

constexpr std::string_view k_keys[] = {
    "months_capitalized", "months", "weekdays", "weekday_names", "units", "plural_units", "numbers",
    "ordinals", "quarter_words", "half_words", "shift_before", "shift_after", "day_words", "ago_after",
    "ago_before", "within", "bounds", "prepositions", "weekday_markers", "weekday_appositions", "occasions",
    "day_appositions", "articles",
    "period_words", "day_month_links", "month_year_links", "of_year", "range_openers", "ordinal_suffixes", "modifiers", "fiscal",
    "past_verbs", "past_suffixes", "past_verb_suffixes", "infinitive_suffixes", "future_suffixes",
    "future_markers", "event_order", "sentence_order", "stage_completions", "non_past_auxiliaries",
    "event_prepositions",
    "clause_words", "determiners", "bare_day_links", "event_nouns", "after_words", "before_words",
    "stage_adverbs", "same_year_after", "last_year_after", "next_year_after", "looking_back", "back_references", "back_reference_ends",
    "back_reference_when", "function_words", "other_instance_words", "event_synonyms", "relative_back_references",
    "indefinite_articles", "rescheduling_words", "reporting_verbs"};

// One [dates.LANG] table.
Result load_language(std::string_view path, const toml::table& table, DateLanguage& lang) {
  for (const auto& [key, value] : table) {
    const std::string_view k = key.str();
    Result r;
    if (k == "months_capitalized") {
      const auto* b = value.as_boolean();
      if (!b) return error_at(path, value.source(), "'months_capitalized' must be true or false");
      lang.months_capitalized = b->get();
    } else if (k == "months") {
      r = load_int_map(path, k, value, 1, 12, lang.months);
    } else if (k == "weekdays") {
      r = load_int_map(path, k, value, 1, 7, lang.weekdays);
    } else if (k == "weekday_names") {
      const toml::array* arr = value.as_array();
      if (!arr || arr->size() != 7) {
        return error_at(path, value.source(), "'weekday_names' must be an array of 7 strings, Monday first");
      }
      std::vector<std::string> names;
      for (const toml::node& item : *arr) {
        const auto* s = item.as_string();
        if (!s || s->get().empty()) return error_at(path, item.source(), "each weekday name must be a non-empty string");
        names.push_back(s->get());
      }
      lang.weekday_names = std::move(names);
    } else if (k == "units") {
      r = load_enum_map(path, k, value, k_unit_names, lang.units);
    } else if (k == "plural_units") {
      r = load_enum_map(path, k, value, k_unit_names, lang.plural_units);
    } else if (k == "numbers") {
      r = load_int_map(path, k, value, 1, 100, lang.numbers);
    } else if (k == "ordinals") {
      r = load_int_map(path, k, value, 1, 4, lang.ordinals);
    } else if (k == "quarter_words") {
      r = load_set(path, k, value, lang.quarter_words);
    } else if (k == "half_words") {
      r = load_set(path, k, value, lang.half_words);
    } else if (k == "shift_before") {
      r = load_int_map(path, k, value, -1, 1, lang.shift_before);
    } else if (k == "shift_after") {
      r = load_int_map(path, k, value, -1, 1, lang.shift_after);
    } else if (k == "day_words") {
      r = load_int_map(path, k, value, -7, 7, lang.day_words);
    } else if (k == "ago_after") {
      r = load_set(path, k, value, lang.ago_after);
    } else if (k == "ago_before") {
      r = load_set(path, k, value, lang.ago_before);
    } else if (k == "within") {
      r = load_int_map(path, k, value, -1, 1, lang.within);
    } else if (k == "bounds") {
      r = load_enum_map(path, k, value, k_bound_names, lang.bounds);
    } else if (k == "prepositions") {
      r = load_set(path, k, value, lang.prepositions);
    } else if (k == "weekday_markers") {
      r = load_set(path, k, value, lang.weekday_markers);
    } else if (k == "weekday_appositions") {
      r = load_set(path, k, value, lang.weekday_appositions);
    } else if (k == "occasions") {
      r = load_set(path, k, value, lang.occasions);
    } else if (k == "day_appositions") {
      r = load_set(path, k, value, lang.day_appositions);
    } else if (k == "articles") {
      r = load_set(path, k, value, lang.articles);
    } else if (k == "period_words") {
      r = load_set(path, k, value, lang.period_words);
    } else if (k == "day_month_links") {
      r = load_set(path, k, value, lang.day_month_links);
    } else if (k == "month_year_links") {
      r = load_set(path, k, value, lang.month_year_links);
    } else if (k == "of_year") {
      r = load_set(path, k, value, lang.of_year);
    } else if (k == "range_openers") {
      const toml::table* t = value.as_table();
      if (!t) return error_at(path, value.source(), "'range_openers' must be a table of word = [closing words]");
      for (const auto& [opener, closers] : *t) {
        DateWordSet words;
        if (auto e = load_set(path, fmt::format("range_openers.{}", opener.str()), closers, words)) return e;
        lang.range_openers.insert_or_assign(fold_date_word(opener.str()),
                                            std::vector<std::string>(words.begin(), words.end()));
      }
    } else if (k == "ordinal_suffixes") {
      r = load_set(path, k, value, lang.ordinal_suffixes);
    } else if (k == "modifiers") {
      r = load_set(path, k, value, lang.modifiers);
    } else if (k == "fiscal") {
      r = load_set(path, k, value, lang.fiscal);
    } else if (k == "past_verbs") {
      r = load_set(path, k, value, lang.past_verbs);
    } else if (k == "event_nouns") {
      r = load_set(path, k, value, lang.event_nouns);
    } else if (k == "after_words") {
      r = load_set(path, k, value, lang.after_words);
    } else if (k == "before_words") {
      r = load_set(path, k, value, lang.before_words);
    } else if (k == "stage_adverbs") {
      r = load_set(path, k, value, lang.stage_adverbs);
    } else if (k == "looking_back") {
      r = load_set(path, k, value, lang.looking_back);
    } else if (k == "same_year_after") {
      r = load_set(path, k, value, lang.same_year_after);
    } else if (k == "last_year_after") {
      r = load_set(path, k, value, lang.last_year_after);
    } else if (k == "next_year_after") {
      r = load_set(path, k, value, lang.next_year_after);
    } else if (k == "back_references") {
      r = load_set(path, k, value, lang.back_references);
    } else if (k == "back_reference_ends") {
      r = load_set(path, k, value, lang.back_reference_ends);
    } else if (k == "back_reference_when") {
      r = load_set(path, k, value, lang.back_reference_when);
    } else if (k == "relative_back_references") {
      r = load_set(path, k, value, lang.relative_back_references);
    } else if (k == "indefinite_articles") {
      r = load_set(path, k, value, lang.indefinite_articles);
    } else if (k == "rescheduling_words") {
      r = load_set(path, k, value, lang.rescheduling_words);
    } else if (k == "function_words") {
      r = load_set(path, k, value, lang.function_words);
    } else if (k == "other_instance_words") {
      r = load_set(path, k, value, lang.other_instance_words);
    } else if (k == "event_synonyms") {
      r = load_synonyms(path, value, lang.event_synonyms);
    } else if (k == "past_suffixes") {
      r = load_set(path, k, value, lang.past_suffixes);
    } else if (k == "past_verb_suffixes") {
      r = load_set(path, k, value, lang.past_verb_suffixes);
    } else if (k == "infinitive_suffixes") {
      r = load_set(path, k, value, lang.infinitive_suffixes);
    } else if (k == "event_order") {
      r = load_event_order(path, k, value, lang.event_order);
    } else if (k == "sentence_order") {
      r = load_event_order(path, k, value, lang.sentence_order);
    } else if (k == "stage_completions") {
      r = load_stage_completions(path, value, lang.stage_completions);
    } else if (k == "future_suffixes") {
      r = load_set(path, k, value, lang.future_suffixes);
    } else if (k == "future_markers") {
      r = load_set(path, k, value, lang.future_markers);
    } else if (k == "non_past_auxiliaries") {
      r = load_set(path, k, value, lang.non_past_auxiliaries);
    } else if (k == "event_prepositions") {
      r = load_set(path, k, value, lang.event_prepositions);
    } else if (k == "clause_words") {
      r = load_set(path, k, value, lang.clause_words);
    } else if (k == "reporting_verbs") {
      r = load_set(path, k, value, lang.reporting_verbs);
    } else if (k == "determiners") {
      r = load_set(path, k, value, lang.determiners);
    } else if (k == "bare_day_links") {
      r = load_set(path, k, value, lang.bare_day_links);
    } else {
      return error_at(path, key.source(), unknown_key_message("a [dates.LANG] table", k, k_keys));
    }
    if (r) return r;
  }
  return std::nullopt;
}

template <typename Map>
void merge_map(Map& into, const Map& from) {
  for (const auto& [k, v] : from) into.insert_or_assign(k, v);
}

void merge_set(DateWordSet& into, const DateWordSet& from) { into.insert(from.begin(), from.end()); }

void merge_language(DateLanguage& into, const DateLanguage& from) {
  if (from.months_capitalized) into.months_capitalized = from.months_capitalized;
  if (!from.weekday_names.empty()) into.weekday_names = from.weekday_names;
  merge_map(into.months, from.months);
  merge_map(into.weekdays, from.weekdays);
  merge_map(into.units, from.units);
  merge_map(into.plural_units, from.plural_units);
  merge_map(into.numbers, from.numbers);
  merge_map(into.ordinals, from.ordinals);
  merge_map(into.shift_before, from.shift_before);
  merge_map(into.shift_after, from.shift_after);
  merge_map(into.day_words, from.day_words);
  merge_map(into.within, from.within);
  merge_map(into.bounds, from.bounds);
  merge_map(into.range_openers, from.range_openers);
  merge_map(into.event_synonyms, from.event_synonyms);
  for (const auto& sequence : from.event_order) {
    if (std::find(into.event_order.begin(), into.event_order.end(), sequence) == into.event_order.end()) {
      into.event_order.push_back(sequence);
    }
  }
  for (const auto& sequence : from.sentence_order) {
    if (std::find(into.sentence_order.begin(), into.sentence_order.end(), sequence) == into.sentence_order.end()) {
      into.sentence_order.push_back(sequence);
    }
  }
  for (const auto& phrase : from.stage_completions) {
    if (std::find(into.stage_completions.begin(), into.stage_completions.end(), phrase) ==
        into.stage_completions.end()) {
      into.stage_completions.push_back(phrase);
    }
  }
  for (DateWordSet DateLanguage::*s :
       {&DateLanguage::quarter_words, &DateLanguage::half_words, &DateLanguage::ago_after,
        &DateLanguage::ago_before, &DateLanguage::prepositions, &DateLanguage::weekday_markers,
        &DateLanguage::weekday_appositions, &DateLanguage::occasions, &DateLanguage::day_appositions,
        &DateLanguage::articles,
        &DateLanguage::period_words,
        &DateLanguage::day_month_links, &DateLanguage::month_year_links,
        &DateLanguage::of_year, &DateLanguage::ordinal_suffixes, &DateLanguage::modifiers,
        &DateLanguage::fiscal, &DateLanguage::past_verbs, &DateLanguage::past_suffixes,
        &DateLanguage::past_verb_suffixes, &DateLanguage::infinitive_suffixes,
        &DateLanguage::future_markers, &DateLanguage::future_suffixes, &DateLanguage::non_past_auxiliaries,
        &DateLanguage::event_prepositions,
        &DateLanguage::clause_words, &DateLanguage::reporting_verbs, &DateLanguage::determiners,
        &DateLanguage::bare_day_links,
        &DateLanguage::event_nouns,
        &DateLanguage::after_words, &DateLanguage::before_words, &DateLanguage::stage_adverbs, &DateLanguage::looking_back,
        &DateLanguage::same_year_after, &DateLanguage::last_year_after, &DateLanguage::next_year_after,
        &DateLanguage::back_references, &DateLanguage::back_reference_ends,
        &DateLanguage::back_reference_when, &DateLanguage::function_words, &DateLanguage::other_instance_words,
        &DateLanguage::relative_back_references, &DateLanguage::indefinite_articles,
        &DateLanguage::rescheduling_words}) {
    merge_set(into.*s, from.*s);
  }
}

}  // namespace

std::string_view to_string(DateBound bound) { return k_bound_names[static_cast<std::size_t>(bound)]; }

std::string fold_date_word(std::string_view word) {
  std::string out(word.size(), '\0');
  out.resize(fold_date_word_to(word, out.data()));
  return out;
}

std::size_t fold_date_word_to(std::string_view word, char* out) {
  char* const start = out;
  bool pending_space = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = out != start;
      continue;
    }
    if (pending_space) *out++ = ' ';
    pending_space = false;
    if (c >= 'A' && c <= 'Z') {
      *out++ = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < word.size()) {
      // U+00C0..U+00DE (but U+00D7 ×) are the Latin-1 capitals: lower case is +0x20.
      unsigned char next = static_cast<unsigned char>(word[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
      *out++ = static_cast<char>(c);
      *out++ = static_cast<char>(next);
      ++i;
    } else {
      *out++ = static_cast<char>(c);
    }
  }
  return static_cast<std::size_t>(out - start);
}

void DateRoleIndex::build(const DateWordMap<DateWordRoles>& roles) {
  // In the map's order, which is the order of insertion: a lookup finds
  // the one entry of its word whatever the order.
  entries_.assign(roles.begin(), roles.end());
  std::size_t size = 4;
  while (size < entries_.size() * 4) size *= 2;
  slots_.assign(size, Slot{});
  for (std::size_t e = 0; e < entries_.size(); ++e) {
    const std::uint64_t hash = DateWordFilter::hash(entries_[e].first);
    std::size_t i = slot_of(hash) & (size - 1);
    while (slots_[i].entry != k_empty) i = (i + 1) & (size - 1);
    slots_[i] = Slot{hash, static_cast<std::uint32_t>(e)};
  }
}

const DateLanguage* DateLexicon::language(std::string_view lang) const {
  const std::size_t dash = lang.find_first_of("-_");
  const std::string primary = fold_date_word(lang.substr(0, dash));
  auto it = languages.find(primary);
  return it == languages.end() ? nullptr : &it->second;
}

namespace {

// The first word of every phrase that can open a date mention.
void derive_start_words(DateLanguage& w) {
  w.full_month_length.clear();
  for (const auto& [word, month] : w.months) {
    w.full_month_length[month] = std::max(w.full_month_length[month], word.size());
  }
  w.start_words.clear();
  auto add = [&](const std::string& phrase) { w.start_words.insert(phrase.substr(0, phrase.find(' '))); };
  for (const auto& [k, v] : w.months) add(k);
  for (const auto& [k, v] : w.weekdays) add(k);
  for (const auto& [k, v] : w.numbers) add(k);
  for (const auto& [k, v] : w.ordinals) add(k);
  for (const auto& [k, v] : w.shift_before) add(k);
  for (const auto& [k, v] : w.day_words) add(k);
  for (const auto& [k, v] : w.within) add(k);
  for (const auto& [k, v] : w.bounds) add(k);
  for (const auto& [k, v] : w.range_openers) add(k);
  for (const auto& [k, v] : w.units) add(k);
  for (const auto& [k, v] : w.plural_units) add(k);
  for (const std::string& k : w.quarter_words) add(k);
  for (const std::string& k : w.half_words) add(k);
  for (const std::string& k : w.ago_before) add(k);
  for (const std::string& k : w.articles) add(k);
  for (const std::string& k : w.modifiers) add(k);
}

// The roles of every word of every phrase, and the phrases of several
// words, table by table (DateLanguage::word_roles).
void derive_word_roles(DateLanguage& w) {
  w.word_roles.clear();
  w.long_phrases.clear();
  auto add = [&](DateTable table, const std::string& phrase) {
    const std::uint64_t bit = date_table_bit(table);
    const std::size_t first_space = phrase.find(' ');
    if (first_space == std::string::npos) {
      w.word_roles[phrase].whole |= bit;
      return;
    }
    w.long_phrases[phrase] |= bit;
    std::size_t begin = 0;
    while (true) {
      const std::size_t end = phrase.find(' ', begin);
      DateWordRoles& roles = w.word_roles[phrase.substr(begin, end - begin)];
      if (begin == 0) roles.first |= bit;
      if (end == std::string::npos) {
        roles.last |= bit;
        break;
      }
      begin = end + 1;
    }
  };
  auto add_keys = [&](DateTable table, const auto& map) {
    for (const auto& entry : map) add(table, entry.first);
  };
  auto add_words = [&](DateTable table, const DateWordSet& set) {
    for (const std::string& k : set) add(table, k);
  };
  add_keys(DateTable::months, w.months);
  add_keys(DateTable::weekdays, w.weekdays);
  add_keys(DateTable::units, w.units);
  add_keys(DateTable::plural_units, w.plural_units);
  add_keys(DateTable::numbers, w.numbers);
  add_keys(DateTable::ordinals, w.ordinals);
  add_words(DateTable::quarter_words, w.quarter_words);
  add_words(DateTable::half_words, w.half_words);
  add_keys(DateTable::shift_before, w.shift_before);
  add_keys(DateTable::shift_after, w.shift_after);
  add_keys(DateTable::day_words, w.day_words);
  add_words(DateTable::ago_after, w.ago_after);
  add_words(DateTable::ago_before, w.ago_before);
  add_keys(DateTable::within, w.within);
  add_keys(DateTable::bounds, w.bounds);
  add_words(DateTable::prepositions, w.prepositions);
  add_words(DateTable::weekday_markers, w.weekday_markers);
  add_words(DateTable::weekday_appositions, w.weekday_appositions);
  add_words(DateTable::occasions, w.occasions);
  add_words(DateTable::day_appositions, w.day_appositions);
  add_words(DateTable::articles, w.articles);
  add_words(DateTable::period_words, w.period_words);
  add_words(DateTable::day_month_links, w.day_month_links);
  add_words(DateTable::month_year_links, w.month_year_links);
  add_words(DateTable::of_year, w.of_year);
  add_keys(DateTable::range_openers, w.range_openers);
  add_words(DateTable::ordinal_suffixes, w.ordinal_suffixes);
  add_words(DateTable::modifiers, w.modifiers);
  add_words(DateTable::fiscal, w.fiscal);
  add_words(DateTable::past_verbs, w.past_verbs);
  add_words(DateTable::past_suffixes, w.past_suffixes);
  add_words(DateTable::future_markers, w.future_markers);
  add_words(DateTable::non_past_auxiliaries, w.non_past_auxiliaries);
  add_words(DateTable::event_prepositions, w.event_prepositions);
  add_words(DateTable::clause_words, w.clause_words);
  add_words(DateTable::reporting_verbs, w.reporting_verbs);
  add_words(DateTable::determiners, w.determiners);
  add_words(DateTable::start_words, w.start_words);
  w.role_index.build(w.word_roles);
  w.anchor_filter.clear();
  w.anchor_screen.clear();
  w.anchor_edges.clear();
  w.role_first_bytes.fill(false);
  for (const auto& [word, roles] : w.word_roles) {
    if (!word.empty()) w.role_first_bytes[static_cast<unsigned char>(word.front())] = true;
    constexpr std::uint64_t k_screened = DateLanguage::k_anchor_tables | DateLanguage::k_unit_tables |
                                         DateLanguage::k_unit_companion_tables;
    if ((roles.whole | roles.first) & k_screened) {
      w.anchor_filter.insert(word);
      w.anchor_screen.insert(word);
      w.anchor_edges.insert(word);
    }
  }
}

}  // namespace

std::optional<Error> load_date_lexicon(std::string_view path, const toml::node& dates, DateLexicon& out) {
  const toml::table* t = dates.as_table();
  if (!t) return error_at(path, dates.source(), "'dates' must be a table of languages ([dates.en])");
  DateLexicon loaded;
  for (const auto& [lang, value] : *t) {
    const toml::table* words = value.as_table();
    if (!words) {
      return error_at(path, value.source(),
                      fmt::format("'dates.{}' must be a table of date words ([dates.{}])", lang.str(), lang.str()));
    }
    if (auto e = load_language(path, *words, loaded.languages[fold_date_word(lang.str())])) return e;
  }
  for (const auto& [lang, words] : loaded.languages) merge_language(out.languages[lang], words);
  for (auto& [lang, words] : out.languages) {
    derive_start_words(words);
    derive_word_roles(words);
    // The sequences of sentence_order join event_order, marked.
    for (const auto& sequence : words.sentence_order) {
      if (std::find(words.event_order.begin(), words.event_order.end(), sequence) == words.event_order.end()) {
        words.event_order.push_back(sequence);
      }
    }
    words.one_sentence.assign(words.event_order.size(), false);
    for (std::size_t q = 0; q < words.event_order.size(); ++q) {
      words.one_sentence[q] = std::find(words.sentence_order.begin(), words.sentence_order.end(),
                                        words.event_order[q]) != words.sentence_order.end();
    }
    // Every phrase by its last word.
    words.event_order_phrases.clear();
    for (std::uint32_t q = 0; q < words.event_order.size(); ++q) {
      for (std::uint32_t st = 0; st < words.event_order[q].size(); ++st) {
        for (std::uint32_t ph = 0; ph < words.event_order[q][st].size(); ++ph) {
          if (!words.event_order[q][st][ph].empty()) {
            words.event_order_phrases.push_back({words.event_order[q][st][ph].back(), q, st, ph});
          }
        }
      }
    }
    std::stable_sort(words.event_order_phrases.begin(), words.event_order_phrases.end(),
                     [](const DateLanguage::StagePhrase& a, const DateLanguage::StagePhrase& b) {
                       return a.last < b.last;
                     });
    // And of stage_completions.
    std::vector<std::string>& completion_words = words.stage_completion_last_words;
    completion_words.clear();
    for (const std::vector<std::string>& phrase : words.stage_completions) {
      if (!phrase.empty()) completion_words.push_back(phrase.back());
    }
    std::sort(completion_words.begin(), completion_words.end());
    completion_words.erase(std::unique(completion_words.begin(), completion_words.end()), completion_words.end());
  }
  return std::nullopt;
}

}  // namespace claimlint
