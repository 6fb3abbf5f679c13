// The date-conflict of an event named twice in one document: by a noun
// phrase and a day ("the gearbox failure on 22 June"), or by a clause
// after "since" that names an event told before ("since her arrest in
// October 2024").
#include "check/event_dates.h"

#include <string>
#include <string_view>
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

namespace claimlint {
namespace {

bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

// The word of `text` ending at `end` (spaces before `end` skipped), as
// [begin, end); begin == end if none.
std::pair<std::size_t, std::size_t> word_before(std::string_view text, std::size_t end) {
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && word_byte(text[begin - 1])) --begin;
  return {begin, end};
}

std::string lowered(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// The event noun phrase before a date at `at` of `sentence`: "gearbox
// failure" of "the gearbox failure on 22 June"; empty if none.
std::string event_before(std::string_view sentence, std::size_t at, const DateLanguage& words) {
  auto [pb, pe] = word_before(sentence, at);
  if (pb == pe || !words.event_prepositions.count(lowered(sentence.substr(pb, pe - pb)))) return {};
  std::vector<std::string> phrase;  // back to front
  std::size_t end = pb;
  for (int n = 0; n < 5; ++n) {
    const auto [b, e] = word_before(sentence, end);
    if (b == e) return {};
    const std::string_view w = sentence.substr(b, e - b);
    const std::string lw = lowered(w);
    if (words.articles.count(lw) || words.determiners.count(lw)) {
      // "the gearbox failure": two words or more, the last an event noun.
      if (phrase.size() < 2 || !words.event_nouns.count(phrase.front())) return {};
      std::string out;
      for (auto it = phrase.rbegin(); it != phrase.rend(); ++it) out.append(out.empty() ? "" : " ").append(*it);
      return out;
    }
    // Lower-case words only, none a past form ("the vote held on").
    if (w[0] < 'a' || w[0] > 'z' || words.past_verbs.count(lw) || lw.ends_with("ed")) return {};
    phrase.push_back(lw);
    end = b;
  }
  return {};
}

// The event noun phrase a date at [at, end) of `sentence` qualifies after
// "the": "special election" of "the Feb. 17 special election"; two words
// or more, the last an event noun, lowercase and no past form; empty if
// none.
std::string event_after(std::string_view sentence, std::size_t at, std::size_t end, const DateLanguage& words) {
  const auto [ab, ae] = word_before(sentence, at);
  if (ab == ae || !words.articles.count(lowered(sentence.substr(ab, ae - ab)))) return {};
  std::string phrase;    // the words read, joined by spaces
  std::size_t noun = 0;  // the length of the phrase up to its last event noun (two words or more)
  std::size_t i = end;
  for (int n = 0; n < 4; ++n) {
    if (i >= sentence.size() || sentence[i] != ' ') break;
    ++i;
    std::size_t e = i;
    while (e < sentence.size() && word_byte(sentence[e])) ++e;
    const std::string_view w = sentence.substr(i, e - i);
    if (w.empty() || w[0] < 'a' || w[0] > 'z') break;
    const std::string lw = lowered(w);
    if (words.past_verbs.count(lw) || lw.ends_with("ed") || words.event_prepositions.count(lw) ||
        words.clause_words.count(lw) || words.articles.count(lw)) {
      break;
    }
    phrase.append(n > 0 ? " " : "").append(lw);
    if (n > 0 && words.event_nouns.count(lw)) noun = phrase.size();
    i = e;
  }
  return phrase.substr(0, noun);
}

// The most days between two dates of one event told in two ways; further
// apart, the two are more likely two events of a kind.
constexpr long k_back_days = 92;
// The most words of a back reference between its opening word and its date.
constexpr std::size_t k_back_words = 14;

struct Token {
  ByteRange range;   ///< in the sentence
  std::string word;  ///< folded
  bool capital = false;
};

// The words of `text` in [begin, end).
std::vector<Token> tokens(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> out;
  std::size_t i = begin;
  const auto in_word = [](char c) { return word_byte(c) || (c >= '0' && c <= '9') || c == '\''; };
  while (i < end) {
    if (!in_word(text[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < end && in_word(text[e])) ++e;
    out.push_back({{i, e}, fold_date_word(text.substr(i, e - i)), text[i] >= 'A' && text[i] <= 'Z'});
    i = e;
  }
  return out;
}

// A word as it is compared: its synonym group's first word, else its
// stem ("arrested" → "arrest", "turbines" → "turbine", "signing" → "sign").
std::string meaning(std::string_view word, const DateLanguage& words) {
  if (const auto it = words.event_synonyms.find(word); it != words.event_synonyms.end()) return it->second;
  std::string w(word);
  if (w.ends_with("'s")) w.resize(w.size() - 2);
  if (w.size() > 5 && w.ends_with("ing")) {
    w.resize(w.size() - 3);
  } else if (w.size() > 4 && w.ends_with("ed")) {
    w.resize(w.size() - 2);
  } else if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) {
    w.resize(w.size() - 1);
  }
  // "approve" and "approved" alike.
  if (w.size() > 3 && w.ends_with('e')) w.pop_back();
  for (const std::string& form : {w, w + "e"}) {
    if (const auto it = words.event_synonyms.find(form); it != words.event_synonyms.end()) return it->second;
  }
  return w;
}

// Whether `w` ends with one of `suffixes`, two letters or more before it.
bool ends_with_any(std::string_view w, const DateWordSet& suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(),
                     [&](const std::string& s) { return w.size() > s.size() + 2 && w.ends_with(s); });
}

// The words of a clause that names an event: its verbs and the rest, as
// compared.
struct EventWords {
  std::vector<std::string> verbs;
  std::vector<std::string> names;  ///< nouns and names: each must be told of the other date
  ByteRange clause;                ///< from the opening word to the event's last word
};

// Whether `w` is a score: digits, a hyphen, digits ("24-19").
bool score(std::string_view w) {
  const std::size_t dash = w.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash + 1 == w.size()) return false;
  return w.find_first_not_of("0123456789") == dash &&
         w.substr(dash + 1).find_first_not_of("0123456789") == std::string_view::npos;
}

// Whether `t` is a word that says which event a clause names: no number
// but a score ("since the 24-19 defeat": one match), no function word,
// article, auxiliary, month or weekday.
bool content(const Token& t, const DateLanguage& words) {
  const std::string& w = t.word;
  if (score(w)) return true;
  return w.size() > 1 && !(w[0] >= '0' && w[0] <= '9') && !words.function_words.contains(w) &&
         !words.articles.contains(w) && !words.determiners.contains(w) && !words.clause_words.contains(w) &&
         !words.non_past_auxiliaries.contains(w) && !words.months.contains(w) && !words.weekdays.contains(w);
}

// Whether `w` is a verb of a clause: a past form, or a word after an
// auxiliary ("was signed").
bool verb_like(const std::vector<Token>& toks, std::size_t i, const DateLanguage& words) {
  const std::string& w = toks[i].word;
  if (words.past_verbs.contains(w) || ends_with_any(w, words.past_suffixes)) return true;
  return i > 0 && words.non_past_auxiliaries.contains(toks[i - 1].word);
}

// The date mentions of `dates` in the sentence of `m`, the one before `m`
// and the one after it: the bounds of the words told with `m`.
// A year or a span between them divides nothing: "el martes 3 de febrero
// de este año el juez anunció ..." tells the words after "este año" of 3
// February.
std::pair<std::size_t, std::size_t> window_of(const std::vector<DateMention>& dates, std::size_t k,
                                              std::size_t sentence_size) {
  const DateMention& m = dates[k];
  const auto divides = [&](const DateMention& d) {
    return d.sentence == m.sentence && (d.precision == DatePrecision::day || d.precision == DatePrecision::month);
  };
  std::size_t begin = 0;
  std::size_t end = sentence_size;
  for (std::size_t j = k; j-- > 0 && dates[j].sentence == m.sentence;) {
    if (divides(dates[j])) {
      begin = dates[j].range.end;
      break;
    }
  }
  for (std::size_t j = k + 1; j < dates.size() && dates[j].sentence == m.sentence; ++j) {
    if (divides(dates[j])) {
      end = dates[j].range.begin;
      break;
    }
  }
  return {begin, end};
}

// Whether date mention `m` dates a day or a month.
bool dated_event(const DateMention& m) {
  return m.interval && m.bound == DateBound::exact &&
         (m.precision == DatePrecision::day || m.precision == DatePrecision::month);
}

// "Since the agreement was signed Sept. 8" names an event told before:
// the clause after a back reference, up to its date, where it has one. The
// event is its words up to the first of back_reference_ends ("since
// lightning sparked the blaze | in the hills ... on 12 January").
// Whether one of the opening words of back_references stands as a word
// in `text`: most dates have none before them, and this look comes before
// any word is read.
bool has_opener(std::string_view text, const DateLanguage& words) {
  return std::any_of(words.back_references.begin(), words.back_references.end(), [&](const std::string& w) {
    const std::string_view last = std::string_view(w).substr(w.rfind(' ') == std::string::npos ? 0 : w.rfind(' ') + 1);
    for (std::size_t at = 0; at + last.size() <= text.size(); ++at) {
      if (at > 0 && word_byte(text[at - 1])) continue;
      if (at + last.size() < text.size() && word_byte(text[at + last.size()])) continue;
      char folded[64];
      if (last.size() > sizeof folded) return false;
      const std::size_t n = fold_date_word_to(text.substr(at, last.size()), folded);
      if (std::string_view(folded, n) == last) return true;
    }
    return false;
  });
}

// Whether `c` ends a clause for a back reference's reading.
bool clause_mark(char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '.' || c == '?' || c == '!';
}

// Where the clause of byte `at` of `sentence` begins (after the mark before
// it) and where it ends (at the mark after it).
std::size_t clause_start(std::string_view sentence, std::size_t at) {
  while (at > 0 && !clause_mark(sentence[at - 1])) --at;
  return at;
}
std::size_t clause_stop(std::string_view sentence, std::size_t at) {
  while (at < sentence.size() && !clause_mark(sentence[at])) ++at;
  return at;
}

// Whether "new" at toks[i] calls a thing known ("the new terminal", "the
// port's new terminal"), not another of its kind: no indefinite article
// before it ("a new fire") and no event noun after it ("the new strike"),
// up to toks[to).
bool known_new(const std::vector<Token>& toks, std::size_t i, std::size_t to, const DateLanguage& words) {
  const auto one_of = [](std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  return one_of(toks[i].word, {"new", "nuevo", "nueva", "nuevos", "nuevas"}) && i > 0 &&
         !one_of(toks[i - 1].word, {"a", "an", "un", "una", "unos", "unas"}) && i + 1 < to &&
         !words.event_nouns.contains(toks[i + 1].word);
}

// The event of toks[from, to): its words up to the first of
// back_reference_ends; nothing if a word makes it another of its kind or
// it names no noun.
std::optional<EventWords> event_words(const std::vector<Token>& toks, std::size_t from, std::size_t to,
                                      const DateLanguage& words, EventWords out) {
  for (std::size_t i = from; i < to; ++i) {
    const Token& t = toks[i];
    if (words.back_reference_ends.contains(t.word)) break;
    // "since the new terminal opened": a thing new and known, told before
    // ("a new fire", "the new strike" are others of their kind).
    const bool is_known_new = i > from && words.articles.contains(toks[i - 1].word) && known_new(toks, i, to, words);
    if (words.other_instance_words.contains(t.word) && !is_known_new) return std::nullopt;
    if (is_known_new) continue;  // (the thing's name says which)
    if (!words.articles.contains(t.word) && !words.determiners.contains(t.word)) out.clause.end = t.range.end;
    if (!content(t, words)) continue;
    (verb_like(toks, i, words) ? out.verbs : out.names).push_back(meaning(t.word, words));
  }
  if (out.names.empty()) return std::nullopt;
  return out;
}

// The tokens (one to three) of a phrase of back_reference_when opening
// `toks` ("when", "en que", "día en que"); 0 if none.
std::size_t when_phrase(const std::vector<Token>& toks, const DateLanguage& words) {
  std::string phrase;
  for (std::size_t n = 1; n <= 3 && n <= toks.size(); ++n) {
    phrase.append(n > 1 ? " " : "").append(toks[n - 1].word);
    if (words.back_reference_when.contains(phrase)) return n;
  }
  return 0;
}

std::optional<EventWords> back_reference(std::string_view sentence, const DateMention& m, const DateLanguage& words) {
  // "since Feb. 13, when jurors returned guilty verdicts": the date right
  // after the opening word, a comma, a word of back_reference_when, and
  // the event in the clause it opens.
  // ("desde el 10 de febrero, día en que ...": the opening word and an
  // article before an exact date.)
  bool opened = m.bound == DateBound::lower_bound &&
                has_opener(sentence.substr(m.range.begin, m.date_range.begin - m.range.begin), words);
  std::size_t clause_begin = m.range.begin;
  // The date's clause, back to the mark before it.
  const std::size_t start = clause_start(sentence, m.range.begin);
  if (!opened && m.bound == DateBound::exact) {
    if (has_opener(sentence.substr(start, m.range.begin - start), words)) {
      const std::vector<Token> before = tokens(sentence, start, m.range.begin);
      std::size_t n = before.size();
      if (n > 0 && words.articles.contains(before[n - 1].word)) --n;
      opened = n > 0 && words.back_references.contains(before[n - 1].word);
      if (opened) clause_begin = before[n - 1].range.begin;
      // "desde la sesión del 21 de mayo en que se aprobó el aumento": the
      // opening word, an article and the noun of the occasion before the
      // date, a word of back_reference_when right after it.
      const std::size_t size = before.size();
      if (!opened && size >= 3 && size <= 4 && words.back_references.contains(before[0].word) &&
          words.articles.contains(before[1].word)) {
        const std::vector<Token> after = tokens(sentence, m.range.end, clause_stop(sentence, m.range.end));
        const std::size_t when = when_phrase(after, words);
        opened = when > 0 && when < after.size();
        if (opened) clause_begin = before[0].range.begin;
      }
    }
  }
  // "Kessler, who signed on July 20": a name (one to three capitalised
  // words, the clause's only words), a comma, "who" and a past verb right
  // before the date; the name and the verb are the event.
  if (!opened && m.bound == DateBound::exact && start >= 2 && sentence[start - 1] == ',') {
    const std::vector<Token> rel = tokens(sentence, start, m.range.begin);
    const std::vector<Token> name = tokens(sentence, clause_start(sentence, start - 1), start - 1);
    const bool named = !name.empty() && name.size() <= 3 &&
                       std::all_of(name.begin(), name.end(), [](const Token& t) { return t.capital; });
    if (named && rel.size() >= 2 && rel.size() <= 3 && (rel[0].word == "who" || rel[0].word == "quien") &&
        verb_like(rel, 1, words) && words.event_prepositions.contains(rel.back().word)) {
      EventWords out;
      out.clause = {name.front().range.begin, rel[rel.size() - 2].range.end};
      out.names.push_back(meaning(name.back().word, words));
      out.verbs.push_back(meaning(rel[1].word, words));
      return out;
    }
  }
  // "The strike, which started on 17 January, cost ...": a definite noun
  // of event_nouns, a comma, a relative pronoun and a verb before the date.
  if (!opened && m.bound == DateBound::exact && start >= 2 && sentence[start - 1] == ',' &&
      !words.relative_back_references.empty()) {
    const std::vector<Token> rel = tokens(sentence, start, m.range.begin);
    if (!rel.empty() && rel.size() <= 4 && words.relative_back_references.contains(rel[0].word)) {
      const std::vector<Token> noun = tokens(sentence, clause_start(sentence, start - 1), start - 1);
      const bool definite = !noun.empty() && noun.size() <= 4 && words.articles.contains(noun[0].word) &&
                            std::any_of(noun.begin(), noun.end(), [&](const Token& t) {
                              return words.event_nouns.contains(t.word);
                            });
      if (!definite) return std::nullopt;
      // (A person by name: "Kessler, who signed on July 20", after
      // "signed centre Jonas Kessler ... on Tuesday, July 21", is read below.)
      EventWords out;
      out.clause = {noun[0].range.begin, rel.back().range.end};
      std::optional<EventWords> event = event_words(noun, 0, noun.size(), words, out);
      if (!event) return std::nullopt;
      for (std::size_t i = 1; i < rel.size(); ++i) {
        if (content(rel[i], words) && verb_like(rel, i, words)) event->verbs.push_back(meaning(rel[i].word, words));
      }
      if (event->verbs.empty()) return std::nullopt;
      event->clause = {noun[0].range.begin, rel.back().range.end};
      return event;
    }
  }
  if (opened) {
    std::size_t end = m.range.end;
    while (end < sentence.size() && sentence[end] == ' ') ++end;
    if (end < sentence.size() && !clause_mark(sentence[end])) {
      // "Since the Jan. 22 declaration, ...": the event's words right
      // after the date.
      const std::vector<Token> after = tokens(sentence, m.range.end, clause_stop(sentence, m.range.end));
      // "desde la sesión del 21 de mayo en que se aprobó el aumento": a
      // word of back_reference_when right after the date, and the event
      // in the clause it opens.
      if (const std::size_t n = when_phrase(after, words); n > 0 && n < after.size()) {
        EventWords out;
        out.clause = {clause_begin, after[n - 1].range.end};
        return event_words(after, n, std::min(after.size(), n + k_back_words), words, out);
      }
      if (after.empty() || after.size() > 3) return std::nullopt;
      EventWords out;
      out.clause = {clause_begin, after.back().range.end};
      return event_words(after, 0, after.size(), words, out);
    }
    if (end >= sentence.size() || sentence[end] != ',') return std::nullopt;
    const std::vector<Token> toks = tokens(sentence, end + 1, clause_stop(sentence, end + 1));
    const std::size_t at = when_phrase(toks, words);  // after the when phrase
    if (at == 0) return std::nullopt;
    EventWords out;
    out.clause = {clause_begin, toks[at - 1].range.end};
    return event_words(toks, at, std::min(toks.size(), at + k_back_words), words, out);
  }
  // Back from the date to the opening word, no mark of a clause between;
  // or, when a comma sets the date off ("desde su captura, el 19 de abril
  // de 2024"), a few words before the comma.
  std::size_t begin = start;
  std::size_t words_end = m.range.begin;
  if (begin > 0 && sentence[begin - 1] == ',') {
    bool bare = true;  // only articles and prepositions between the comma and the date
    for (const Token& t : tokens(sentence, begin, m.range.begin)) {
      bare = bare && (words.articles.contains(t.word) || words.event_prepositions.contains(t.word));
    }
    if (bare) {
      words_end = begin - 1;
      begin = clause_start(sentence, words_end);
      if (words_end - begin > 200) return std::nullopt;
    }
  }
  if (!has_opener(sentence.substr(begin, words_end - begin), words)) return std::nullopt;
  const std::vector<Token> toks = tokens(sentence, begin, words_end);
  std::size_t open = toks.size();
  for (std::size_t i = toks.size(); i-- > 0;) {
    if (words.back_references.contains(toks[i].word)) {
      open = i;
      break;
    }
    // "desde que": the phrase of two words.
    if (i > 0 && words.back_references.contains(toks[i - 1].word + " " + toks[i].word)) {
      open = i;
      break;
    }
  }
  if (open == toks.size() || toks.size() - open - 1 > k_back_words) return std::nullopt;
  EventWords out;
  out.clause = toks[open].range;
  if (open > 0 && words.back_references.contains(toks[open - 1].word + " " + toks[open].word)) {
    out.clause.begin = toks[open - 1].range.begin;
  }
  return event_words(toks, open + 1, toks.size(), words, out);
}

// A content word told with a date: its meaning and its text.
struct Told {
  std::string meaning;
  std::string_view text;
};

// The meanings of the content words told with date `k`. The content word
// after one that makes a thing another of its kind is not told ("a second
// fire broke out": no fire told before; "after talks over a new shift
// system broke down": the shift system is another, the strike of the
// clause is not; "failed to score in the second half and were beaten").
std::vector<Told> told_with(const Document& doc, const std::vector<DateMention>& dates, std::size_t k,
                            const DateLanguage& words) {
  const std::string_view sentence = doc.view(doc.sentences[dates[k].sentence].range);
  const auto [begin, end] = window_of(dates, k, sentence.size());
  std::vector<Told> out;
  int other = 0;  // content words still to pass over
  const std::vector<Token> toks = tokens(sentence, begin, end);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.range.begin >= dates[k].range.begin && t.range.end <= dates[k].range.end) continue;
    if (words.other_instance_words.contains(t.word)) {
      // "the port's new container terminal opened": a thing new and
      // known, not another of its kind ("a new fire", "the new strike").
      if (!known_new(toks, i, toks.size(), words)) other = 1;
      continue;
    }
    if (!content(t, words)) continue;
    if (other > 0) {
      --other;
      continue;
    }
    out.push_back({meaning(t.word, words), sentence.substr(t.range.begin, t.range.size())});
  }
  return out;
}

// date-conflict: a back reference whose event words are all told with
// another date of the document, up to k_back_days away, when no other
// date of the document is its own ("since her arrest in October 2024"
// after "Prescott was arrested on Thursday 14 November 2024").
// Mentions in `reported` have a date-conflict already.
void check_back_references(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                           std::vector<const DateMention*>& reported, DiagnosticSink& sink) {
  if (words.back_references.empty()) return;
  std::vector<std::optional<std::vector<Told>>> told(dates.size());  // read on first use
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const DateMention& b = dates[k];
    // "since Feb. 13, when ...": the bound is the event's day.
    const bool since_when = b.interval && b.bound == DateBound::lower_bound &&
                            (b.precision == DatePrecision::day || b.precision == DatePrecision::month);
    if ((!dated_event(b) && !since_when) || std::find(reported.begin(), reported.end(), &b) != reported.end()) {
      continue;
    }
    const ByteRange sentence_b = doc.sentences[b.sentence].range;
    const std::string_view text_b = doc.view(sentence_b);
    const std::optional<EventWords> event = back_reference(text_b, b, words);
    if (!event) continue;
    const auto overlaps = [&](const DateMention& m) {
      return m.interval && m.interval->first <= b.interval->last && b.interval->first <= m.interval->last;
    };
    const DateMention* other = nullptr;
    std::size_t other_k = 0;
    bool agrees = false;
    for (std::size_t j = 0; j < dates.size() && !agrees; ++j) {
      const DateMention& a = dates[j];
      if (j == k || !dated_event(a)) continue;
      // The day told again elsewhere, of whatever: the reference may be to it.
      // A coarser date around it ("late September" about "Sept. 17") tells
      // neither the day nor another one.
      if (overlaps(a)) {
        if (a.precision > b.precision) continue;
        agrees = true;
        break;
      }
      if (a.sentence == b.sentence) continue;
      if (!told[j]) told[j] = told_with(doc, dates, j, words);
      const std::vector<Told>& near = *told[j];
      const auto has = [&](const std::string& w) {
        return std::any_of(near.begin(), near.end(), [&](const Told& t) { return t.meaning == w; });
      };
      if (!std::all_of(event->names.begin(), event->names.end(), has)) continue;
      // A verb says which event of its nouns: "since the council approved
      // the plan" is not when it discussed it.
      if (!event->verbs.empty() && std::none_of(event->verbs.begin(), event->verbs.end(), has)) continue;
      const long gap = a.interval->first > b.interval->last ? a.interval->first - b.interval->last
                                                            : b.interval->first - a.interval->last;
      if (gap > k_back_days) continue;
      if (!other) {
        other = &a;
        other_k = j;
      }
    }
    if (agrees || !other) continue;
    const ByteRange sentence_a = doc.sentences[other->sentence].range;
    const std::string_view text_a = doc.view(sentence_a);
    // Two back references to one event: the later one is reported.
    if (other_k > k && back_reference(text_a, *other, words)) continue;
    // The words of the other date that name the event, in their order.
    std::string named;
    std::vector<std::string> wanted = event->names;
    for (const std::string& v : event->verbs) wanted.push_back(v);
    for (const Told& t : *told[other_k]) {
      const auto w = std::find(wanted.begin(), wanted.end(), t.meaning);
      if (w == wanted.end()) continue;
      wanted.erase(w);
      named += fmt::format("{}\"{}\"", named.empty() ? "" : ", ", t.text);
    }
    Diagnostic d;
    d.check = "date-conflict";
    d.severity = Severity::warning;
    d.message = fmt::format("\"{}\" is dated {} here, but {} {} in this article",
                            text_b.substr(event->clause.begin, event->clause.size()),
                            text_b.substr(b.date_range.begin, b.date_range.size()),
                            text_a.substr(other->date_range.begin, other->date_range.size()),
                            other_k < k ? "earlier" : "later");
    d.range = doc.original({sentence_b.begin + b.date_range.begin, sentence_b.begin + b.date_range.end});
    d.notes.push_back({doc.original({sentence_a.begin + other->date_range.begin, sentence_a.begin + other->date_range.end}),
                       fmt::format("here it is \"{}\" (same event: {} told with this date)",
                                   text_a.substr(other->date_range.begin, other->date_range.size()), named),
                       {}});
    sink.report(std::move(d));
    reported.push_back(&b);
  }
}


// The words of `text` in the clause of a date at `at`, before it: from the
// mark of a clause before the date up to the date.
std::vector<Token> clause_before(std::string_view text, std::size_t at) {
  return tokens(text, clause_start(text, at), at);
}

// Whether `w` says how the words after it stand to the event, not what
// the event is ("at", "for", "in").
bool link_word(const std::string& w, const DateLanguage& words) {
  return words.back_reference_ends.contains(w) || words.event_prepositions.contains(w) ||
         words.function_words.contains(w);
}

// A word and the head noun of its object after the definite article ("announced
// the package"), in the clause of a date, before it.
struct DefiniteObject {
  std::size_t verb = 0;  ///< token of the word before the article
  std::size_t noun = 0;  ///< token of the object's last noun
};

std::vector<DefiniteObject> definite_objects(const std::vector<Token>& toks, const DateLanguage& words) {
  std::vector<DefiniteObject> out;
  for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
    if (!content(toks[i], words) || link_word(toks[i].word, words) || toks[i].capital) continue;
    if (!words.articles.contains(toks[i + 1].word)) continue;
    // The object's words up to a word that links what follows ("the
    // package at Kirrawee Primary School"): three at most, lowercase.
    std::size_t last = i + 1;
    for (std::size_t j = i + 2; j < toks.size() && j <= i + 4; ++j) {
      if (!content(toks[j], words) || link_word(toks[j].word, words) || toks[j].capital) break;
      last = j;
    }
    if (last > i + 1) out.push_back({i, last});
  }
  return out;
}

// Whether some date of `dates` other than `b` tells its day (or a span
// holding it): a reference to the day may be to that one.
bool told_elsewhere(const std::vector<DateMention>& dates, const DateMention& b) {
  return std::any_of(dates.begin(), dates.end(), [&](const DateMention& m) {
    return &m != &b && dated_event(m) && m.precision <= b.precision && m.interval->first <= b.interval->last &&
           b.interval->first <= m.interval->last;
  });
}

// date-conflict: a word and its object told first with an indefinite
// article and a day ("The state government announced a $A410 million
// package for public schools on Thursday, 12 February 2026"), then with the
// definite article and another day up to k_back_days away ("Ms Delacroix,
// who announced the package at Kirrawee Primary School on Wednesday, 11
// February"), when no other date of the document is the second's. Both in
// the clause of their date, before it.
void check_definite_restatements(const Document& doc, const std::vector<DateMention>& dates,
                                 const DateLanguage& words, std::vector<const DateMention*>& reported,
                                 DiagnosticSink& sink) {
  if (words.indefinite_articles.empty()) return;
  const auto day_event = [](const DateMention& m) { return dated_event(m) && m.precision == DatePrecision::day; };
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const DateMention& b = dates[k];
    if (!day_event(b) || std::find(reported.begin(), reported.end(), &b) != reported.end()) continue;
    const ByteRange sentence_b = doc.sentences[b.sentence].range;
    const std::string_view text_b = doc.view(sentence_b);
    const std::vector<Token> toks_b = clause_before(text_b, b.range.begin);
    if (std::any_of(toks_b.begin(), toks_b.end(),
                    [&](const Token& t) { return words.other_instance_words.contains(t.word); })) {
      continue;
    }
    // An event moved: the old day and the new.
    const auto moved = [&](std::string_view text) {
      const std::vector<Token> all = tokens(text, 0, text.size());
      return std::any_of(all.begin(), all.end(),
                         [&](const Token& t) { return words.rescheduling_words.contains(t.word); });
    };
    if (moved(text_b)) continue;
    const std::vector<DefiniteObject> objects = definite_objects(toks_b, words);
    if (objects.empty()) continue;
    // The first telling among the k_max_back dates before: a story tells
    // few, and the bound keeps the pairs linear on pathological input
    // (issue 10).
    constexpr std::size_t k_max_back = 64;
    bool done = false;
    for (std::size_t j = k > k_max_back ? k - k_max_back : 0; j < k && !done; ++j) {
      const DateMention& a = dates[j];
      if (!day_event(a) || a.sentence == b.sentence) continue;
      const long gap = a.interval->first > b.interval->last ? a.interval->first - b.interval->last
                                                            : b.interval->first - a.interval->last;
      if (gap > k_back_days) continue;
      const ByteRange sentence_a = doc.sentences[a.sentence].range;
      const std::string_view text_a = doc.view(sentence_a);
      const std::vector<Token> toks_a = clause_before(text_a, a.range.begin);
      if (moved(text_a)) continue;
      for (const DefiniteObject& o : objects) {
        const std::string verb = meaning(toks_b[o.verb].word, words);
        const std::string noun = meaning(toks_b[o.noun].word, words);
        // "the full council approved the plan": who did it is told with
        // the first day too ("The committee approved a plan" is another
        // event).
        if (o.verb > 0 && content(toks_b[o.verb - 1], words) && !link_word(toks_b[o.verb - 1].word, words)) {
          const std::string subject = meaning(toks_b[o.verb - 1].word, words);
          if (std::none_of(toks_a.begin(), toks_a.end(),
                           [&](const Token& t) { return meaning(t.word, words) == subject; })) {
            continue;
          }
        }
        // "announced a $A410 million package": the word, an indefinite
        // article and, up to five words on, the noun.
        std::size_t told = toks_a.size();
        std::size_t told_noun = 0;
        for (std::size_t i = 0; i + 2 < toks_a.size() && told == toks_a.size(); ++i) {
          if (meaning(toks_a[i].word, words) != verb || !words.indefinite_articles.contains(toks_a[i + 1].word)) {
            continue;
          }
          for (std::size_t n = i + 2; n < toks_a.size() && n <= i + 6; ++n) {
            if (link_word(toks_a[n].word, words)) break;
            if (meaning(toks_a[n].word, words) == noun) {
              told = i;
              told_noun = n;
              break;
            }
          }
        }
        if (told == toks_a.size()) continue;
        done = true;  // one first telling read
        // The day told again elsewhere, of whatever: the reference may be
        // to it. (Read once a first telling is found: most dates have none.)
        if (told_elsewhere(dates, b)) break;
        const std::string_view phrase_b =
            text_b.substr(toks_b[o.verb].range.begin, toks_b[o.noun].range.end - toks_b[o.verb].range.begin);
        Diagnostic d;
        d.check = "date-conflict";
        d.severity = Severity::warning;
        d.message = fmt::format("\"{}\" is dated {} here, but {} earlier in this article", phrase_b,
                                text_b.substr(b.date_range.begin, b.date_range.size()),
                                text_a.substr(a.date_range.begin, a.date_range.size()));
        d.range = doc.original({sentence_b.begin + b.date_range.begin, sentence_b.begin + b.date_range.end});
        d.notes.push_back(
            {doc.original({sentence_a.begin + a.date_range.begin, sentence_a.begin + a.date_range.end}),
             fmt::format("here it is \"{}\" (same event: \"{}\", then \"{}\")",
                         text_a.substr(a.date_range.begin, a.date_range.size()),
                         text_a.substr(toks_a[told].range.begin,
                                       toks_a[told_noun].range.end - toks_a[told].range.begin),
                         phrase_b),
             {}});
        sink.report(std::move(d));
        reported.push_back(&b);
        break;
      }
    }
  }
}

// A noun and the past participle told of it right before a date's "on":
// "The rules were gazetted on Friday 27 February" (a form of "be"
// between), "the settlement rules, gazetted on 6 March" (a comma
// between). The noun follows "the", "its" or "their" (a word of what it
// is may stand between). Empty words if none.
struct ParticipleEvent {
  std::string noun;        ///< as compared (meaning)
  std::string participle;  ///< as compared
  ByteRange phrase;        ///< from the noun to the participle, in the sentence
};
ParticipleEvent participle_event(std::string_view text, std::size_t at, const DateLanguage& words) {
  const auto among = [](const std::string& w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  const std::size_t from = at > 160 ? at - 160 : 0;
  const std::vector<Token> toks = tokens(text, from, at);
  const std::size_t n = toks.size();
  if (n < 4 || !words.event_prepositions.contains(toks[n - 1].word)) return {};
  const Token& part = toks[n - 2];
  if (part.capital || !ends_with_any(part.word, words.past_suffixes)) return {};
  std::size_t noun = n - 3;
  const std::string_view between = text.substr(toks[noun].range.end, part.range.begin - toks[noun].range.end);
  if (among(toks[noun].word, {"was", "were"})) {
    if (noun == 0) return {};
    --noun;
  } else if (between.find(',') == std::string_view::npos) {
    return {};
  }
  const Token& head = toks[noun];
  if (head.capital || !content(head, words) || link_word(head.word, words) || noun == 0) return {};
  // "the rules", "the settlement rules".
  const bool definite = words.articles.contains(toks[noun - 1].word) ||
                        among(toks[noun - 1].word, {"its", "their"}) ||
                        (noun >= 2 && content(toks[noun - 1], words) && !toks[noun - 1].capital &&
                         (words.articles.contains(toks[noun - 2].word) ||
                          among(toks[noun - 2].word, {"its", "their"})));
  if (!definite) return {};
  return {meaning(head.word, words), meaning(part.word, words), {head.range.begin, part.range.end}};
}

// date-conflict: one noun told with one participle before two days up to
// k_back_days apart ("The rules were gazetted on Friday 27 February" ...
// "the settlement rules, gazetted on 6 March"), when no other date of the
// document is the second's and neither sentence moves or multiplies the
// event.
void check_participle_restatements(const Document& doc, const std::vector<DateMention>& dates,
                                   const DateLanguage& words, std::vector<const DateMention*>& reported,
                                   DiagnosticSink& sink) {
  const auto day_event = [](const DateMention& m) { return dated_event(m) && m.precision == DatePrecision::day; };
  std::vector<std::pair<const DateMention*, ParticipleEvent>> told;
  for (const DateMention& m : dates) {
    if (!day_event(m)) continue;
    const std::string_view text = doc.view(doc.sentences[m.sentence].range);
    ParticipleEvent e = participle_event(text, m.range.begin, words);
    if (e.noun.empty()) continue;
    const std::vector<Token> all = tokens(text, 0, text.size());
    if (std::any_of(all.begin(), all.end(), [&](const Token& t) {
          return words.rescheduling_words.contains(t.word) || words.other_instance_words.contains(t.word);
        })) {
      continue;
    }
    told.emplace_back(&m, std::move(e));
  }
  for (std::size_t k = 1; k < told.size(); ++k) {
    const DateMention& b = *told[k].first;
    if (std::find(reported.begin(), reported.end(), &b) != reported.end()) continue;
    for (std::size_t j = 0; j < k; ++j) {
      const DateMention& a = *told[j].first;
      const ParticipleEvent& ea = told[j].second;
      const ParticipleEvent& eb = told[k].second;
      if (a.sentence == b.sentence || ea.noun != eb.noun || ea.participle != eb.participle) continue;
      if (a.interval->first == b.interval->first) break;  // told again alike
      const long gap = a.interval->first > b.interval->last ? a.interval->first - b.interval->last
                                                            : b.interval->first - a.interval->last;
      if (gap > k_back_days) continue;
      // The day told again elsewhere, of whatever: the reference may be to it.
      if (told_elsewhere(dates, b)) break;
      const std::string_view text_a = doc.view(doc.sentences[a.sentence].range);
      const ByteRange sentence_b = doc.sentences[b.sentence].range;
      const std::string_view text_b = doc.view(sentence_b);
      const ByteRange sentence_a = doc.sentences[a.sentence].range;
      Diagnostic d;
      d.check = "date-conflict";
      d.severity = Severity::warning;
      d.message = fmt::format("\"{}\" is dated {} here, but {} earlier in this article",
                              text_b.substr(eb.phrase.begin, eb.phrase.size()),
                              text_b.substr(b.date_range.begin, b.date_range.size()),
                              text_a.substr(a.date_range.begin, a.date_range.size()));
      d.range = doc.original({sentence_b.begin + b.date_range.begin, sentence_b.begin + b.date_range.end});
      d.notes.push_back({doc.original({sentence_a.begin + a.date_range.begin, sentence_a.begin + a.date_range.end}),
                         fmt::format("here it is \"{}\" (same event: \"{}\", then \"{}\")",
                                     text_a.substr(a.date_range.begin, a.date_range.size()),
                                     text_a.substr(ea.phrase.begin, ea.phrase.size()),
                                     text_b.substr(eb.phrase.begin, eb.phrase.size())),
                         {}});
      sink.report(std::move(d));
      reported.push_back(&b);
      break;
    }
  }
}

void check_noun_events(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                       std::vector<const DateMention*>& reported_mentions, DiagnosticSink& sink) {
  if (words.event_nouns.empty()) return;
  // Each event's first day, and the days already reported for it.
  struct First {
    const DateMention* mention;
    std::vector<long> reported;
  };
  std::unordered_map<std::string, First> first;
  for (const DateMention& m : dates) {
    if (m.value.empty() || !m.interval || m.bound != DateBound::exact || m.precision != DatePrecision::day) continue;
    const ByteRange sentence = doc.sentences[m.sentence].range;
    const std::string_view text = doc.view(sentence);
    std::string event = event_before(text, m.range.begin, words);
    // ("the Feb. 17 special election": the date before the noun.)
    if (event.empty()) event = event_after(text, m.range.begin, m.range.end, words);
    if (event.empty()) continue;
    auto [it, fresh] = first.try_emplace(event, First{&m, {}});
    if (fresh) continue;
    const DateMention& f = *it->second.mention;
    const long day = m.interval->first;
    if (day == f.interval->first) continue;
    // One day written alike, its year guessed apart from the tenses ("in
    // the Feb. 10 election" ... "will certify the Feb. 10 election").
    if (!m.year_written && !f.year_written &&
        text.substr(m.date_range.begin, m.date_range.size()) ==
            doc.view(doc.sentences[f.sentence].range).substr(f.date_range.begin, f.date_range.size())) {
      continue;
    }
    std::vector<long>& reported = it->second.reported;
    if (std::find(reported.begin(), reported.end(), day) != reported.end()) continue;
    reported.push_back(day);
    reported_mentions.push_back(&m);
    const ByteRange first_sentence = doc.sentences[f.sentence].range;
    const std::string_view first_text = doc.view(first_sentence);
    Diagnostic d;
    d.check = "date-conflict";
    d.severity = Severity::warning;
    d.message = fmt::format("date of \"the {}\" conflicts with an earlier date in this article", event);
    d.range = doc.original({sentence.begin + m.date_range.begin, sentence.begin + m.date_range.end});
    d.notes.push_back({doc.original({first_sentence.begin + f.date_range.begin, first_sentence.begin + f.date_range.end}),
                       fmt::format("here it is \"{}\" (same event: the {})",
                                   first_text.substr(f.date_range.begin, f.date_range.size()), event),
                       {}});
    sink.report(std::move(d));
  }
}

}  // namespace

void check_event_dates(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                       DiagnosticSink& sink) {
  std::vector<const DateMention*> reported;
  check_noun_events(doc, dates, words, reported, sink);
  check_definite_restatements(doc, dates, words, reported, sink);
  check_back_references(doc, dates, words, reported, sink);
  check_participle_restatements(doc, dates, words, reported, sink);
}

}  // namespace claimlint
