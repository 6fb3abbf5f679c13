// The transposed-figure reading of value-conflict: the same figure told
// twice in one article, the second time with two neighbouring digits
// swapped, the commonest slip of a figure copied by hand.
#include "check/transposed_figure.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "check/value_conflict.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

// The digits of a written number, in order ("1,236" → "1236").
std::string digits_of(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out;
}

// A byte of a word: an ASCII letter, or a byte past ASCII ("inversión").
bool letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

std::string lowered(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The word of `text` that ends at byte `at`, spaces before `at` passed
// over, lowercased; `at` moves to its first byte. Empty if none.
std::string word_back(std::string_view text, std::size_t& at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  const std::size_t end = at;
  while (at > 0 && letter(text[at - 1])) --at;
  return lowered(text.substr(at, end - at));
}

// The word of `text` that starts at byte `at`, lowercased.
std::string word_forward(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && letter(text[end])) ++end;
  return lowered(text.substr(at, end - at));
}

// Whether two lists of subjects name the same ones, in any order.
bool same_names(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  return std::all_of(a.begin(), a.end(), [&](const std::string& x) {
    return std::any_of(b.begin(), b.end(), [&](const std::string& y) { return utf8::ascii_iequal(x, y); });
  });
}

// Measures made from the verb of the clause ("amount to pay") or from
// another figure ("value of bed") say too little of what is counted.
bool specific_measure(std::string_view m) {
  return !m.empty() && !m.starts_with("amount ") && !m.starts_with("value of ");
}

// A measure made from the verb of the clause: "amount to spend".
bool verb_measure(std::string_view m) { return m.starts_with("amount to "); }

// What figure `f` counts: its claim's measure, else the noun a count
// carries ("6,500-seat": seat), or the unit an amount is in ("61,700
// tonnes": t).
std::string_view measure_of(const Figure& f) {
  if (!f.claim->measure.empty()) return f.claim->measure;
  return f.kind == QuantityKind::count || f.kind == QuantityKind::quantity ? f.unit : std::string_view();
}

// Whether figure `f` may be a figure told again: a count, a sum of money or
// an amount in a unit, stated as a fact, with a specific measure; told
// exactly, or, for the first telling, rounded ("about 1,140 passengers a
// week" ... "the 1,410 passengers a week").
bool candidate(const Figure& f, std::string_view measure) {
  if (f.kind != QuantityKind::count && f.kind != QuantityKind::currency && f.kind != QuantityKind::quantity &&
      f.kind != QuantityKind::number) {
    return false;
  }
  const std::string& q = f.claim->quantity.qualifier;
  // (Money a verb measures is of one use of the verb: "amount to spend on
  // roads" and "amount to spend on schools" are two.)
  return f.asserted && !f.range_side && (specific_measure(measure) || verb_measure(measure)) &&
         (q == "exact" || q == "approximate");
}

// The noun a sum of money is of when the binder read none: the word right
// after it ("the £1.41m loss") or before "of" ("a pre-tax loss of
// £1.14m"), lowercased; empty if neither is a noun.
std::string money_noun(const ArithmeticInput& in, const Figure& f) {
  static constexpr std::string_view k_not_nouns[] = {
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "over",
      "under", "after", "before", "since", "despite", "than", "as", "this", "that", "which", "who", "was", "were",
      "is", "are", "will", "would", "has", "have", "had", "last", "next", "per", "each", "a-year", "up", "down",
      "million", "billion", "y", "de", "del", "en", "con", "para", "por", "que", "el", "la", "los", "las"};
  const std::string_view text = in.doc.text;
  const auto noun = [&](std::string w) {
    if (w.size() < 3 || std::find(std::begin(k_not_nouns), std::end(k_not_nouns), w) != std::end(k_not_nouns)) {
      return std::string();
    }
    return w;
  };
  // "... loss of £1.14m", "La ganancia de $ 83.600 millones": "of" right
  // before the figure, the noun before it (what follows may be the verb:
  // "... de $ 83.600 millones superó").
  for (const std::string_view of : {std::string_view(" of "), std::string_view(" de ")}) {
    std::size_t b = f.range.begin;
    if (b >= of.size() && text.substr(b - of.size(), of.size()) == of) {
      b -= of.size();
      return noun(word_back(text, b));
    }
  }
  const std::size_t e = f.range.end;
  if (e >= text.size() || text[e] != ' ') return {};
  std::string first = noun(word_forward(text, e + 1));
  // "the Rs 1,780 crore order book is ...", "the $14.2m runway resurfacing
  // project on Wednesday": a compound noun's head, its last word (up to
  // the third) when a word that is no noun follows it (as "of" does in
  // "order book of Rs 1,870 crore"). (No past form: "the £1.41m loss
  // reflected a decision"; and a verb or preposition after it.)
  static constexpr std::string_view k_after_head[] = {"is", "was", "are", "were", "has", "had", "have", "will",
                                                      "would", "could", "can", "of", "for", "in", "at", "on",
                                                      "to", "and", "or", "es", "fue", "de", "para", "y"};
  std::string head = first;
  std::size_t at = e + 1 + first.size();
  for (int words = 1; !first.empty() && words < 3 && at < text.size() && text[at] == ' '; ++words) {
    // ("the $241 million Terminal 4 project": a number of the name is
    // passed over.)
    std::size_t digits = at + 1;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > at + 1 && digits < text.size() && text[digits] == ' ') {
      at = digits;
      continue;
    }
    const std::string next = noun(word_forward(text, at + 1));
    // (A past form ends the noun: "the $A621 million result came in".)
    if (next.empty() || next.ends_with("ed") ||
        is_one_of(next, {"came", "went", "rose", "fell", "grew", "beat", "took", "made", "saw", "left", "hit", "ran",
                         "stood", "sat", "held", "brought", "fuelled"})) {
      break;
    }
    const std::size_t after_at = at + 1 + next.size();
    const bool ends = after_at >= text.size() || text[after_at] != ' ' ||  // a mark or the end
                      std::find(std::begin(k_after_head), std::end(k_after_head),
                                word_forward(text, after_at + 1)) != std::end(k_after_head);
    if (ends) {
      head = next;
      break;
    }
    at = after_at;
  }
  if (!head.empty()) return head;
  // "the contract will cost $38.6 million over its three years": what
  // costs it, the noun before the verb of cost.
  std::size_t b = f.range.begin;
  const std::string verb = word_back(text, b);
  if (!is_one_of(verb, {"cost", "costs", "costing", "cuesta", "costar\xC3\xA1", "cost\xC3\xB3"})) return {};
  for (int words = 0; words < 4 && b > 0 && text[b - 1] == ' '; ++words) {
    const std::string w = word_back(text, b);
    if (is_one_of(w, {"will", "would", "could", "should", "to", "expected", "is", "was", "set", "likely", "now"})) {
      continue;
    }
    return noun(w);
  }
  return {};
}

// Nouns of money spent on one undertaking, which a story names in turn
// ("a £2.75m expansion" ... "the £2.57m investment"): one measure.
// Kept in code next to money_noun, whose words it classes.
bool project_noun(std::string_view noun) {
  static constexpr std::string_view k_project_nouns[] = {
      "investment",    "expansion",     "upgrade",      "redevelopment", "refurbishment", "renovation",
      "overhaul",      "revamp",        "makeover",     "modernisation", "modernization", "retrofit",
      "project",       "scheme",        "inversión",    "ampliación",    "remodelación",  "rehabilitación",
      "modernización", "reforma",       "proyecto"};
  return std::find(std::begin(k_project_nouns), std::end(k_project_nouns), noun) != std::end(k_project_nouns);
}

// The measure a sum of money spent on a project is compared by.
constexpr std::string_view k_project_measure = "spending on a project";

// Nouns of the money one agreement is worth ("the contract will cost
// $38.6 million" ... "the $36.8 million agreement"): one measure.
bool deal_noun(std::string_view noun) {
  return is_one_of(noun, {"contract", "agreement", "deal", "settlement", "contrato", "acuerdo", "convenio"});
}
constexpr std::string_view k_deal_measure = "the value of an agreement";

// Nouns of one period's profit ("net income of $812 million" ... "the
// quarter's $821 million in profit"): one measure.
bool profit_noun(std::string_view noun) {
  // ("the $A621 million result" of a half's profit.)
  return is_one_of(noun, {"profit", "profits", "income", "net income", "net profit", "earnings", "net earnings",
                          "result", "beneficio", "beneficios", "ganancia", "ganancias", "utilidad", "utilidades",
                          "beneficio neto", "ganancia neta", "utilidad neta"});
}
constexpr std::string_view k_profit_measure = "profit";

// The noun right after a linker after figure `f` ("1.248 millones de
// beneficio", "$5 million in revenue"), lowercased; empty if the word
// after the linker is no lowercase noun ("million in 2025", "millones en
// España").
std::string noun_after_linker(const ArithmeticInput& in, const Figure& f) {
  const std::string_view text = in.doc.text;
  std::size_t at = f.range.end;
  if (at >= text.size() || text[at] != ' ') return {};
  const std::string linker = word_forward(text, at + 1);
  if (!is_one_of(linker, {"of", "in", "de", "en"})) return {};
  at += 1 + linker.size();
  if (at + 1 >= text.size() || text[at] != ' ' || !std::islower(static_cast<unsigned char>(text[at + 1]))) return {};
  return word_forward(text, at + 1);
}

// Whether claim `c` is told of a time long past: a frame that ended more
// than k_history_days before publication, or a period of its own ("for
// the full year"). No figure told without a time restates it.
bool history(const Claim& c) {
  if (!c.time) return false;
  return !c.time_days || !c.published || historical(c);
}

// The word right before figure `f`, lowercased ("the" of "the 1,326
// patients"); empty if none.
std::string word_before(const ArithmeticInput& in, const Figure& f) {
  std::size_t b = f.range.begin;
  return word_back(in.doc.text, b);
}

// Whether `word` makes the figure after it definite: a figure the reader
// is taken to know already ("the 1,420 homes in this plan", "its 2,017-vote
// margin", "across all 2,780 suppliers", "los 1.326 pacientes").
bool definite(std::string_view word);

// The bytes of `measure` (figure `f`'s) that are a line of the accounts
// and its space ("operating " of "operating loss"), else 0.
std::size_t qualifier_of(const Figure& f, std::string_view measure) {
  const std::size_t q = f.claim->qualifier_size;
  return q > 0 && q < measure.size() && measure == f.claim->measure && measure[q - 1] == ' ' ? q : 0;
}

// Whether the figure `f` is the one of a definite noun before "of": "the
// annual payment of £438,000", "La ganancia de $ 83.600 millones" (up to
// two lowercase words between the determiner and "of").
bool definite_of(const ArithmeticInput& in, const Figure& f) {
  const std::string_view text = in.doc.text;
  std::size_t b = f.range.begin;
  const std::string of = word_back(text, b);
  if (of != "of" && of != "de" && of != "del") return false;
  for (int words = 0; words < 3; ++words) {
    const std::string w = word_back(text, b);
    if (w.empty()) return false;
    if (words > 0 && definite(w)) return true;
    // A capitalised word that is no determiner (a name's, or the
    // sentence's first) ends the search.
    if (text[b] >= 'A' && text[b] <= 'Z') return false;
  }
  return false;
}

// The noun of "all 1,310 of our members" after figure `f`: "all" before
// it, "of" and a possessive or "the" after it, then the noun (a plural,
// made singular); empty if none. The whole a figure told before counted.
std::string all_of_noun(const ArithmeticInput& in, const Figure& f) {
  const std::string_view text = in.doc.text;
  std::size_t b = f.range.begin;
  if (word_back(text, b) != "all") return {};
  std::size_t at = f.range.end;
  const auto next = [&]() {
    while (at < text.size() && text[at] == ' ') ++at;
    const std::string w = word_forward(text, at);
    at += w.size();
    return w;
  };
  if (next() != "of" || !is_one_of(next(), {"our", "the", "its", "their", "your"})) return {};
  std::string noun = next();
  if (!plural_looking(noun)) return {};
  noun.pop_back();
  return noun;
}

// Whether a possessive stands right before figure `f`: "the co-op's 621
// supplier farms", "Acme's 1,236 staff".
bool possessive_before(const ArithmeticInput& in, const Figure& f) {
  std::string_view before = std::string_view(in.doc.text).substr(0, f.range.begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.ends_with("'s") || before.ends_with("\xE2\x80\x99s") || before.ends_with("s'") ||
         before.ends_with("s\xE2\x80\x99");
}

// Whether figure `f` follows "With" opening its sentence: a figure the
// sentence takes as known ("With 381 sworn officers, he said, the
// department cannot staff ...", "Con 1.420 socios, ...").
bool opening_with(const ArithmeticInput& in, const Figure& f) {
  std::size_t b = f.range.begin;
  const std::string w = word_back(in.doc.text, b);
  return (w == "with" || w == "con") && b == in.doc.sentences[f.sentence].range.begin;
}

// "Brandt finished his senior year with 2,416 passing yards", "cerró
// el año con 1.240": a total a clause of finishing sums up, told before.
bool finished_with(const ArithmeticInput& in, const Figure& f) {
  std::size_t b = f.range.begin;
  const std::string_view text = in.doc.text;
  // (Most figures follow no "with": the bytes before it tell.)
  if (b < 4 || (text.substr(b - 4, 4) != "ith " && text.substr(b - 4, 4) != "con ")) return false;
  const std::string w = word_back(text, b);
  if (w != "with" && w != "con") return false;
  const std::size_t start = in.doc.sentences[f.sentence].range.begin;
  for (int words = 0; words < 6 && b > start; ++words) {
    const std::string v = word_back(in.doc.text, b);
    if (v.empty()) return false;
    if (v == "finished" || v == "ended" || v == "closed" || v == "wrapped" || v == "finishes" || v == "ends" ||
        v == "termin\xC3\xB3" || v == "cerr\xC3\xB3" || v == "acab\xC3\xB3" || v == "finaliz\xC3\xB3") {
      return true;
    }
  }
  return false;
}

// Whether a word of a target stands up to four words before figure `f`
// ("expect to reach 17,600", "aims to hit", "a target of"): what is aimed
// at, not what is.
bool target_before(const ArithmeticInput& in, const Figure& f) {
  std::size_t b = f.range.begin;
  const std::size_t start = in.doc.sentences[f.sentence].range.begin;
  for (int words = 0; words < 4 && b > start; ++words) {
    const std::string w = word_back(in.doc.text, b);
    if (w.empty()) return false;
    if (w == "reach" || w == "hit" || w == "top" || w == "exceed" || w == "surpass" || w == "target" ||
        w == "aim" || w == "aims" || w == "goal" || w == "alcanzar" || w == "superar" || w == "objetivo" ||
        w == "meta") {
      return true;
    }
  }
  return false;
}

bool definite(std::string_view word) {
  static constexpr std::string_view k_definite[] = {
      "the", "its", "their", "our", "his", "her", "this", "these", "those", "all",
      "el",  "la",  "los",   "las", "su",  "sus", "este", "esta", "estos", "estas", "esos", "esas"};
  return std::find(std::begin(k_definite), std::end(k_definite), word) != std::end(k_definite);
}

// The modality a figure is told in; a definite figure ("aims to reduce the
// 1,326 patients waiting") is presupposed to be, whatever the verb.
Modality told_as(const ArithmeticInput& in, const Figure& f) {
  const Modality m = f.claim->modality;
  if (m != Modality::forecast) return m;
  return definite(word_before(in, f)) || possessive_before(in, f) ? Modality::plain : m;
}

// Whether a place or a whole follows the figure's words ("the 12 schools
// in the east", "las 12 escuelas del oriente"): a part of what was
// counted, maybe.
bool placed_after(const ArithmeticInput& in, const Figure& f) {
  const std::string_view text = in.doc.view(in.doc.sentences[f.sentence].range);
  std::size_t at = f.range.end - in.doc.sentences[f.sentence].range.begin;
  while (at < text.size() && text[at] == ' ') ++at;
  const std::string w = word_forward(text, at);
  return w == "in" || w == "at" || w == "on" || w == "of" || w == "from" || w == "across" || w == "de" ||
         w == "del" || w == "en";
}

}  // namespace

bool digits_transposed(std::string_view a, std::string_view b) {
  const std::string x = digits_of(a);
  const std::string y = digits_of(b);
  if (x.size() < 2 || x.size() != y.size() || x == y) return false;
  std::size_t first = 0;
  while (x[first] == y[first]) ++first;
  return first + 1 < x.size() && x[first] == y[first + 1] && x[first + 1] == y[first] &&
         x.compare(first + 2, std::string::npos, y, first + 2) == 0;
}

void check_transposed_figures(const ArithmeticInput& in, DiagnosticSink& sink) {
  // The figures of the window by kind, unit, measure and sorted digits:
  // only figures whose digits sort alike may be transposed. Each group
  // keeps a few figures of each distinct number, so that a figure told
  // thousands of times is tested against few (issue 10).
  constexpr std::size_t k_max_numbers = 8;   // distinct numbers a group keeps
  constexpr std::size_t k_max_tellings = 4;  // figures a number keeps
  struct Number {
    std::string digits;
    std::vector<int> figures;
  };
  std::unordered_map<std::string, std::vector<Number>> groups;
  std::string key;
  // The measure figure `f` is compared by, and whether it may be a figure
  // told again.
  const auto measure_for = [&](const Figure& f, std::string& measure) {
    measure = measure_of(f);
    if (f.kind == QuantityKind::currency && !specific_measure(measure)) {
      const bool by_verb = verb_measure(measure);
      const std::string verb = by_verb ? std::string(measure) : std::string();
      measure = money_noun(in, f);
      if (project_noun(measure)) measure = k_project_measure;
      if (deal_noun(measure)) measure = k_deal_measure;
      // ("spent $486 million fighting fires" ... "With $468 million
      // already spent": money its verb alone measures keeps the verb's
      // measure when the word right after it is no noun, a participle or
      // an adverb.)
      const auto no_noun = [](std::string_view w) {
        return w.empty() || w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly") || w == "already" ||
               w == "ya";
      };
      const std::size_t e = f.range.end;
      if (by_verb && (measure.empty() || (e + 1 < in.doc.text.size() && in.doc.text[e] == ' ' &&
                                          no_noun(word_forward(in.doc.text, e + 1))))) {
        measure = verb;
      }
    } else if (f.kind == QuantityKind::currency && (measure == "price" || measure == "deal")) {
      // A cost, or a deal, of an agreement named ("the contract will cost",
      // "the $36.8 million agreement").
      if (deal_noun(money_noun(in, f))) measure = k_deal_measure;
    }
    if (f.kind == QuantityKind::currency && profit_noun(measure)) measure = k_profit_measure;
    // ("all 1,310 of our members": a bare number of the noun after it.)
    if (f.kind == QuantityKind::number && measure.empty()) measure = all_of_noun(in, f);
    // ("Los 1.248 millones de beneficio": a sum of money by its noun, the
    // currency left out.)
    if (f.kind == QuantityKind::number && measure.empty() && f.value >= 1e6) {
      const std::string noun = noun_after_linker(in, f);
      measure = profit_noun(noun)    ? k_profit_measure
                : project_noun(noun) ? k_project_measure
                : deal_noun(noun)    ? k_deal_measure
                                     : std::string_view();
    }
    return candidate(f, measure);
  };
  // What a figure is keyed by besides its digits: its kind, the unit of
  // what is no count, and its measure (a count's head noun).
  const auto noun_key = [](const Figure& f, std::string_view measure) {
    // Money named by its noun is keyed by it alone: "1.248 millones de
    // beneficio" leaves the euros of "1.284 millones de euros" out.
    if (measure == k_profit_measure || measure == k_project_measure || measure == k_deal_measure) {
      return "money|" + std::string(measure);
    }
    const QuantityKind kind = f.kind == QuantityKind::number ? QuantityKind::count : f.kind;
    std::string out = std::to_string(static_cast<int>(kind)) + "|";
    if (kind != QuantityKind::count) out += f.unit;
    out += "|";
    // A count is of its noun, whatever words qualify it ("2,960 drivers"
    // and "the 2,690 eligible drivers"); money of the noun, whatever line
    // of the accounts qualifies it ("a pre-tax loss of £1.14m", "the
    // £1.41m loss"; two lines are told apart below).
    const std::size_t q = qualifier_of(f, measure);
    const std::string_view keyed =
        kind == QuantityKind::count ? measure_head(measure) : std::string_view(measure).substr(q);
    for (const char c : keyed) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
  };
  // Two digits swapped ("64 aulas" ... "Las 46 aulas", "R6.8 billion" ...
  // "the R8.6 billion capital budget") are a slip only where the article
  // tells that measure no other way: the distinct numbers of the window
  // with noun key `noun`, up to three.
  // (Counted once a key: a window of many such figures stays linear.)
  std::unordered_map<std::string, std::size_t> numbers_counted;
  const auto numbers_of_noun = [&](const std::string& noun) {
    if (const auto it = numbers_counted.find(noun); it != numbers_counted.end()) return it->second;
    std::vector<std::string> seen;
    std::string m;
    for (const std::size_t s : in.scanned_sentences()) {
      const ArithTokens t = in.tokens(s);
      for (const std::uint32_t k : in.figure_tokens(s)) {
        const Figure& g = in.figures[static_cast<std::size_t>(t[k].figure)];
        if (!measure_for(g, m) || noun_key(g, m) != noun) continue;
        const std::string d = digits_of(in.number_text(g));
        if (std::find(seen.begin(), seen.end(), d) == seen.end()) seen.push_back(d);
        if (seen.size() > 2) return numbers_counted[noun] = seen.size();
      }
    }
    return numbers_counted[noun] = seen.size();
  };
  for (const std::size_t s : in.scanned_sentences()) {
    const ArithTokens t = in.tokens(s);
    for (const std::uint32_t k : in.figure_tokens(s)) {
      const int index = t[k].figure;
      const Figure& f = in.figures[static_cast<std::size_t>(index)];
      std::string measure;
      if (!measure_for(f, measure)) continue;
      const bool exact = f.claim->quantity.qualifier == "exact";
      const std::string digits = digits_of(in.number_text(f));
      // (Two digits only for a count, "46 aulas", or a sum of money with a
      // scale word and a measure of its own: "R6.8 billion" of a budget.)
      if (digits.size() < 2 ||
          (digits.size() == 2 && f.kind != QuantityKind::count &&
           !(f.kind == QuantityKind::currency && f.value >= 1e6 && specific_measure(f.claim->measure)))) {
        continue;
      }
      // Only a definite figure refers back to one told before ("the 5,600-seat
      // ballpark"); "2,130 households are renting" is a figure of its own.
      // (Read only when some figure told before has its digits.)
      std::optional<bool> refers_back_read;
      const auto refers_back = [&] {
        if (!refers_back_read) {
          refers_back_read = definite(word_before(in, f)) || definite_of(in, f) || opening_with(in, f) ||
                             possessive_before(in, f) || finished_with(in, f) || !all_of_noun(in, f).empty();
        }
        return *refers_back_read;
      };
      std::string sorted = digits;
      std::sort(sorted.begin(), sorted.end());
      // A bare number with a measure ("The number of people waiting ...
      // climbed to 6,482") is a count of it.
      const QuantityKind kind = f.kind == QuantityKind::number ? QuantityKind::count : f.kind;
      const std::string suffix = noun_key(f, measure);
      key.assign(sorted).append("|").append(suffix);
      const std::size_t qualifier = qualifier_of(f, measure);
      const std::string_view keyed =
          kind == QuantityKind::count ? measure_head(measure) : std::string_view(measure).substr(qualifier);
      std::vector<Number>& numbers = groups[key];
      bool reported = false;
      for (const Number& n : numbers) {
        if (reported || !exact || n.digits == digits || !digits_transposed(n.digits, digits) || !refers_back()) {
          continue;
        }
        if (digits.size() == 2 && (numbers_of_noun(suffix) != 2 || placed_after(in, f))) continue;
        for (const int e : n.figures) {
          const Figure& g = in.figures[static_cast<std::size_t>(e)];
          const Claim& a = *g.claim;
          const Claim& b = *f.claim;
          if (g.sentence == f.sentence) continue;
          // Two lines of the accounts: two figures ("an operating loss of
          // £14.1m", "a pre-tax loss of £11.4m").
          if (a.qualifier_size > 0 && b.qualifier_size > 0 && a.measure != b.measure) continue;
          // The same scale: "13.7 million" and "17.3 million", not "1.73 billion".
          if (std::max(f.value, g.value) > 10 * std::min(f.value, g.value)) continue;
          // Of another time: another figure. (A time read from the figure
          // a change is measured from is none of the claim's own.)
          const bool a_time = a.time && !a.time_from_baseline;
          const bool b_time = b.time && !b.time_from_baseline;
          if (a_time && b_time && *a.time != *b.time) continue;
          if (a_time != b_time && ((a_time && history(a)) || (b_time && history(b)))) continue;
          // (A definite figure that tells again one forecast before is of
          // it: "is expected to produce about 4,250 GWh" ... "its 4,520
          // gigawatt-hours of annual output".)
          const Modality told_g = told_as(in, g);
          const Modality told_f = told_as(in, f);
          // A forecast for a time of its own, or a target ("expect to reach
          // 17,600 season tickets by 2025"), is not what the later one counts.
          if (told_g != told_f &&
              !(told_g == Modality::forecast && told_f == Modality::plain && !a_time && !target_before(in, g))) {
            continue;
          }
          // Of two named subjects or places: two things ("Acme employs 1,236
          // ... Beta employs 1,326").
          // (A subject filled in from the paragraph or the story's lede,
          // for a figure the clause names no one of, says too little.)
          if (!a.subjects.empty() && !b.subjects.empty() && !a.anaphoric && !b.anaphoric &&
              !same_names(a.subjects, b.subjects)) {
            continue;
          }
          if (!a.place.empty() && !b.place.empty() && !utf8::ascii_iequal(a.place, b.place)) continue;
          // Claims with one key are compared by the corpus checks.
          if (!claim_key(a).empty() && claim_key(a) == claim_key(b)) continue;
          Diagnostic d;
          d.check = "value-conflict";
          d.severity = Severity::warning;
          d.message = fmt::format("\"{}\" conflicts with \"{}\" earlier in this article: the same digits, two of "
                                  "them swapped",
                                  in.doc.view(f.range), in.doc.view(g.range));
          d.range = in.original(f.range);
          // ("spending on a project: the expansion, the investment", "the
          // value of an agreement: the contract, the agreement")
          // ("profit: the net income, the profit")
          const bool named_by_noun =
              measure == k_project_measure || measure == k_deal_measure || measure == k_profit_measure;
          const auto noun_of = [&](const Figure& h) {
            if (measure == k_profit_measure && specific_measure(h.claim->measure)) return h.claim->measure;
            std::string noun = money_noun(in, h);
            return noun.empty() ? noun_after_linker(in, h) : noun;
          };
          const std::string noun_g = named_by_noun ? noun_of(g) : std::string();
          const std::string noun_f = named_by_noun ? noun_of(f) : std::string();
          const std::string named =
              named_by_noun
                  ? (noun_g == noun_f ? noun_f : fmt::format("{}: the {}, the {}", measure, noun_g, noun_f))
                  : std::string(kind == QuantityKind::count && !f.unit.empty() ? f.unit : keyed);
          d.notes.push_back({in.original(g.range),
                             fmt::format("here it is \"{}\" (same measure: {}; the digits differ only by two "
                                         "neighbours swapped, a slip of copying)",
                                         in.doc.view(g.range), named),
                             {}});
          sink.report(std::move(d));
          reported = true;  // one finding per figure
          break;
        }
      }
      const auto same = std::find_if(numbers.begin(), numbers.end(), [&](const Number& n) { return n.digits == digits; });
      if (same != numbers.end()) {
        if (same->figures.size() < k_max_tellings) same->figures.push_back(index);
      } else if (numbers.size() < k_max_numbers) {
        numbers.push_back({digits, {index}});
      }
    }
  }
}

}  // namespace claimlint
