// extract_quantities: a candidate-first scan. Find digits and number words,
// parse the numeral, then read its context (currency, percent, unit, count
// noun, qualifier, range) from the lexicon.
#include "extract/quantities.h"

#include <algorithm>
#include <cmath>

#include "extract/numeral.h"
#include "extract/token.h"

namespace claimlint {

std::string_view to_string(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::number: return "number";
    case QuantityKind::count: return "count";
    case QuantityKind::currency: return "currency";
    case QuantityKind::percent: return "percent";
    case QuantityKind::percentage_point: return "percentage-point";
    case QuantityKind::multiplier: return "multiplier";
    case QuantityKind::ordinal: return "ordinal";
    case QuantityKind::date: return "date";
    case QuantityKind::duration: return "duration";
    case QuantityKind::quantity: return "quantity";
  }
  return "number";
}

namespace {

// A plain loop: find_first_of with a set calls memchr once per character.
bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_sym(const ScanToken& t, std::string_view s) { return t.kind == ScanTokenKind::symbol && t.text == s; }
bool is_dash(const ScanToken& t) { return is_sym(t, "-") || is_sym(t, "\u2010") || is_sym(t, "\u2011"); }
bool is_range_dash(const ScanToken& t) { return is_dash(t) || is_sym(t, "\u2013") || is_sym(t, "\u2014"); }

// A key has its own first and last bytes and length: most words are ruled
// out by those, inline, before they are hashed.
template <typename T>
inline const T* find(const PhraseMap<T>& m, std::string_view key) {
  if (!m.may_begin(key) || !m.may_end(key)) return nullptr;
  return m.find_entry(key);
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Appends to `out` the singular of `w` by the lexicon's plural rules
// ("companies" → "company", "unidades" → "unidad"); keeps the case of what
// stays.
void append_singular(std::string_view w, const LanguageLexicon& lex, std::string& out) {
  for (const auto& [plural, single] : lex.plural_rules) {
    if (w.size() <= plural.size() + 1) continue;
    bool match = true;
    for (std::size_t k = 0; k < plural.size() && match; ++k) {
      char c = w[w.size() - plural.size() + k];
      if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
      match = c == plural[k];
    }
    if (match) {
      out += w.substr(0, w.size() - plural.size());
      out += single;
      return;
    }
  }
  out += w;
}

struct Context {
  std::string_view sentence;
  const std::vector<ScanToken>& tokens;
  const LanguageLexicon& lex;
  // The matches of lex.exclude, found on first use (see excluded()): a
  // sentence whose figures are all ruled out otherwise (years, dates) is
  // not searched.
  mutable std::vector<ByteRange> excluded;
  mutable bool excluded_found = false;
};

// Where the unit of a quantity ends and what it is.
struct Typed {
  QuantityKind kind = QuantityKind::number;
  std::string_view unit;  // a unit the lexicon names, or a literal: "USD", "km", "%"
  std::string measure;
  // A count's noun ("chip" of "H200 chip") is measure's bytes [noun_at,
  // noun_at + noun_size), in place of `unit`.
  std::size_t noun_at = 0;
  std::size_t noun_size = 0;
  std::size_t end = 0;  // token after the unit
  double factor = 1;    // cents → dollars
  bool known = false;   // a typed unit was found
};

// Whether the "c" at token k is cents: glued to its number and priced
// per unit, "412c/kg", "52.1c a litre", "9c per kWh".
bool cents_per_unit(const std::vector<ScanToken>& tk, std::size_t k) {
  if (tk[k].space_before || k + 2 >= tk.size()) return false;
  if (tk[k + 1].text == "/" && !tk[k + 1].space_before) return tk[k + 2].kind == ScanTokenKind::word;
  return (tk[k + 1].lower == "a" || tk[k + 1].lower == "per") && tk[k + 2].kind == ScanTokenKind::word;
}

bool lower_in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Whether bare "points" at token k (n tokens) after a numeral ending at
// token j are points scored, a count: a verb of scoring up to three words
// before the numeral ("averaging 11.2 points", "scored 31 points") or "a
// game", "per game" after ("24 points a game").
bool scored_points(const Context& c, std::size_t j, std::size_t k, std::size_t n) {
  const auto& tk = c.tokens;
  if (n != 1 || !lower_in(tk[k].lower, {"points", "point", "pts"})) return false;
  const std::size_t after = k + 1;
  if (after + 1 < tk.size() && lower_in(tk[after].lower, {"a", "per"}) &&
      lower_in(tk[after + 1].lower, {"game", "match", "night", "contest", "outing"})) {
    return true;
  }
  // The numeral ends at token j; its first token is a few before.
  for (std::size_t b = j, steps = 0; b-- > 0 && steps < 6; ++steps) {
    if (tk[b].kind != ScanTokenKind::word) continue;
    if (lower_in(tk[b].lower, {"averaging", "averaged", "averages", "scored", "scoring", "scores", "tallied",
                                "racked", "poured", "netted"})) {
      return true;
    }
  }
  return false;
}

// The most tokens of a unit's name: "twenty - foot equivalent units".
constexpr std::size_t k_unit_name_tokens = 6;

// The unit after a numeral ending at token j (currency names, percent, points,
// multipliers, units, ordinal suffixes). Count nouns are read separately.
Typed read_unit(const Context& c, std::size_t j) {
  const auto& tk = c.tokens;
  const auto& lex = c.lex;
  Typed t;
  t.end = j;
  if (j >= tk.size()) return t;
  std::size_t n = 0;
  std::size_t k = j;
  // "12-cent", "six-fold", "one-yen": a hyphen glued on both sides.
  if (is_dash(tk[k]) && !tk[k].space_before && k + 1 < tk.size() && !tk[k + 1].space_before) ++k;
  if (match_forward(lex.point_units, tk, k, n) && !scored_points(c, j, k, n)) {
    t.kind = QuantityKind::percentage_point;
    t.unit = "pp";
  } else if (match_forward(lex.percent_words, tk, k, n)) {
    t.kind = QuantityKind::percent;
    t.unit = "%";
  } else if (auto cur = match_forward(lex.currency_names, tk, k, n);
             cur && (tk[k].lower != "c" || (tk[k].text == "c" && cents_per_unit(tk, k)))) {
    t.kind = QuantityKind::currency;
    t.unit = cur->code;
    t.factor = cur->factor;
  } else if (std::size_t l = 0; match_forward(lex.linkers, tk, k, l, false, 1) &&
                                (cur = match_forward(lex.currency_names, tk, k + l, n))) {
    // "10.000 millones de dólares".
    t.kind = QuantityKind::currency;
    t.unit = cur->code;
    t.factor = cur->factor;
    n += l;
  } else if (match_forward(lex.multiplier_suffixes, tk, k, n)) {
    t.kind = QuantityKind::multiplier;
    // "x" only glued: "6x", not "6 x 4".
    if (tk[k].lower == "x" && tk[k].space_before) return Typed{QuantityKind::number, {}, {}, 0, 0, j};
    std::size_t f = 0;
    if (match_forward(lex.frequency_words, tk, k + n, f)) {
      // "3 times already", "twice a year": a count of occasions.
      t.kind = QuantityKind::count;
      t.unit = "time";
      t.measure = "time";
    }
  } else if (auto u = match_forward(lex.unit_symbols, tk, k, n, true)) {
    t.kind = u->duration ? QuantityKind::duration : QuantityKind::quantity;
    t.unit = u->symbol;
  } else if (auto u2 = match_forward(lex.units, tk, k, n, false, k_unit_name_tokens)) {
    t.kind = u2->duration ? QuantityKind::duration : QuantityKind::quantity;
    t.unit = u2->symbol;
  } else if (std::size_t link = 0; k > 0 && match_forward(lex.linkers, tk, k, link, false, 1) &&
                                find(lex.scales, tk[k - 1].lower) &&
                                (u2 = match_forward(lex.units, tk, k + link, n)) && !u2->duration) {
    // "12 millones de toneladas", "1,2 millones de litros": a scale word,
    // the linker, then the unit.
    t.kind = QuantityKind::quantity;
    t.unit = u2->symbol;
    n += link;
  } else {
    return t;
  }
  t.end = k + n;
  t.known = true;
  return t;
}

// Whether a lowercase word has the ending of a Spanish adjective that
// qualifies a noun before it: "internacionales", "públicos", "activos",
// "extranjeras", "matriculados".
bool postnominal_adjective(std::string_view w) {
  static constexpr std::string_view k_endings[] = {
      "ales", "ares", "icos", "icas", "ivos", "ivas", "anos", "anas", "enses", "eros", "eras", "osos", "osas",
      "ados", "adas", "idos", "idas", "bles", "al", "ar", "ico", "ica", "ivo", "iva", "ense", "ado", "ada", "ido",
      "ida", "ble"};
  if (w.size() < 5) return false;
  // ("públicos", "eléctricas": the ending follows the accent.)
  return std::any_of(std::begin(k_endings), std::end(k_endings), [&](std::string_view e) { return w.ends_with(e); });
}

// A count noun phrase after token j: "H200 chips", "orders", "people".
Typed read_count(const Context& c, std::size_t j, bool scaled) {
  const auto& tk = c.tokens;
  Typed t;
  t.end = j;
  // "dos millones de pedidos".
  std::size_t l = 0;
  if (scaled && match_forward(c.lex.linkers, tk, j, l, false, 1)) j += l;
  std::size_t first = j;
  // "a 4,620-strong workforce": the noun after a glued strength word is
  // what the figure counts.
  if (!scaled && j + 2 < tk.size() && is_dash(tk[j]) && !tk[j].space_before &&
      tk[j + 1].kind == ScanTokenKind::word && !tk[j + 1].space_before && find(c.lex.strength_words, tk[j + 1].lower) &&
      tk[j + 2].kind == ScanTokenKind::word && tk[j + 2].space_before && !is_upper(tk[j + 2].text[0]) &&
      !find(c.lex.not_nouns, tk[j + 2].lower)) {
    t.kind = QuantityKind::count;
    const ScanToken& w = tk[j + 2];
    if (const std::string* noun = find(c.lex.count_nouns, w.lower)) {
      t.measure = *noun;
    } else {
      append_singular(w.text, c.lex, t.measure);
    }
    t.noun_at = 0;
    t.noun_size = t.measure.size();
    t.end = j + 3;
    t.known = true;
    return t;
  }
  // "a 486-bed hospital", "the 16-stop line": a lowercase noun glued by a
  // hyphen, before the noun it qualifies, is what the figure counts.
  if (!scaled && j + 2 < tk.size() && is_dash(tk[j]) && !tk[j].space_before &&
      tk[j + 1].kind == ScanTokenKind::word && !tk[j + 1].space_before && !has_digit(tk[j + 1].lower) &&
      !is_upper(tk[j + 1].text[0]) && tk[j + 1].lower.size() >= 3 && tk[j + 2].kind == ScanTokenKind::word &&
      tk[j + 2].space_before && !find(c.lex.not_nouns, tk[j + 1].lower)) {
    t.kind = QuantityKind::count;
    const std::string* noun = find(c.lex.count_nouns, tk[j + 1].lower);
    t.measure = noun ? *noun : std::string(tk[j + 1].lower);
    t.noun_at = 0;
    t.noun_size = t.measure.size();
    t.end = j + 2;
    t.known = true;
    return t;
  }
  // The words read: three at most, a hyphenated pair of words
  // ("hybrid-electric") counting as one.
  std::size_t limit = j + 3;
  // Or a maker's and model's name of up to four capitalised words before
  // a lowercase noun: "22 Ford Police Interceptor Utility vehicles".
  {
    std::size_t caps = j;
    while (caps < tk.size() && caps < j + 4 && tk[caps].kind == ScanTokenKind::word && tk[caps].space_before &&
           is_upper(tk[caps].text[0])) {
      ++caps;
    }
    if (caps > j + 2 && caps < tk.size() && tk[caps].kind == ScanTokenKind::word && tk[caps].space_before &&
        !is_upper(tk[caps].text[0])) {
      limit = caps + 1;
    }
  }
  // A noun's plural by the rules.
  const auto plural_form = [](const ScanToken& x) {
    return x.lower.size() >= 3 && x.lower.back() == 's' && !x.lower.ends_with("ss") &&
           // "GPUs", "CPUs": an acronym's plural.
           (!(x.lower.ends_with("us") || x.lower.ends_with("is")) || is_upper(x.text[x.text.size() - 2])) &&
           (!has_digit(x.lower) || is_upper(x.text[0]));
  };
  // A lowercase word, no noun of the lexicon nor plural: a modifier.
  const auto modifier_at = [&](std::size_t m) {
    return m < tk.size() && tk[m].kind == ScanTokenKind::word && tk[m].space_before && !is_upper(tk[m].text[0]) &&
           !find(c.lex.not_nouns, tk[m].lower) && !find(c.lex.count_nouns, tk[m].lower) && !plural_form(tk[m]) &&
           !find(c.lex.cardinals, tk[m].lower);
  };
  for (std::size_t k = j; k < tk.size() && k < limit; ++k) {
    const ScanToken& w = tk[k];
    if (w.kind != ScanTokenKind::word || !w.space_before) break;
    // "58 resurfacing and strengthening schemes": two modifiers joined by
    // "and" or "or" before the plural noun.
    if (!c.lex.noun_first && k > j && (w.lower == "and" || w.lower == "or") && modifier_at(k - 1) &&
        modifier_at(k + 1) && k + 2 < tk.size() && tk[k + 2].kind == ScanTokenKind::word &&
        tk[k + 2].space_before && !is_upper(tk[k + 2].text[0]) && !find(c.lex.not_nouns, tk[k + 2].lower) &&
        (find(c.lex.count_nouns, tk[k + 2].lower) || plural_form(tk[k + 2]))) {
      limit = std::max(limit, k + 3);
      continue;
    }
    if (find(c.lex.not_nouns, w.lower)) break;
    // "down from 38 twelve months earlier": a number word opens another
    // figure ("38 one-bedroom flats" is a compound modifier).
    if (find(c.lex.cardinals, w.lower) && !(k + 1 < tk.size() && is_dash(tk[k + 1]) && !tk[k + 1].space_before)) {
      break;
    }
    // "four hybrid-electric vessels": a lowercase compound modifier.
    const bool compound = k + 2 < tk.size() && is_dash(tk[k + 1]) && !tk[k + 1].space_before &&
                          tk[k + 2].kind == ScanTokenKind::word && !tk[k + 2].space_before && !is_upper(w.text[0]) &&
                          !is_upper(tk[k + 2].text[0]);
    const bool word_after = compound && k + 3 < tk.size() && tk[k + 3].kind == ScanTokenKind::word &&
                            tk[k + 3].space_before;
    if (word_after && !find(c.lex.not_nouns, tk[k + 3].lower)) {
      k += 2;
      // ("10 four-car electric multiple units": a number's compound is a
      // modifier of its own, beside the three words.)
      limit += find(c.lex.cardinals, w.lower) ? 3 : 2;
      continue;
    }
    // A noun of the lexicon (its singular), or a plural of the rules.
    // "42 new double-deckers at": a compound noun, its head last.
    const std::size_t last = compound ? k + 2 : k;
    const ScanToken& h = tk[last];
    const std::string* noun = find(c.lex.count_nouns, h.lower);
    // "1,460 head across the day", "7,240 staff": a noun whose plural is
    // itself, unless a plural noun follows it, which it then qualifies
    // ("12 head teachers", "40 staff members").
    // ("71 aircraft comprises 38 jets": a verb's -s, a figure after it.)
    const auto verb_after = [&](std::size_t v) {
      return v + 1 < tk.size() && (has_digit(tk[v + 1].lower) || find(c.lex.cardinals, tk[v + 1].lower) ||
                                   tk[v].lower.ends_with("ises") || tk[v].lower.ends_with("udes"));
    };
    if (noun && !compound && !c.lex.noun_first && h.lower == *noun && k + 1 < tk.size() && k + 1 < limit &&
        tk[k + 1].kind == ScanTokenKind::word && tk[k + 1].space_before && !is_upper(tk[k + 1].text[0]) &&
        !find(c.lex.not_nouns, tk[k + 1].lower) && plural_form(tk[k + 1]) && !verb_after(k + 1)) {
      continue;
    }
    if (compound && !noun && !plural_form(h)) break;
    if (!noun && !compound) {
      if (!plural_form(w)) continue;  // a modifier: "H200", "advanced"
      // "240 millones aportados por el ayuntamiento": a participle right
      // after a scale word, with no "de" between, says what was done with
      // the sum; it counts nothing ("2 millones de desplazados" does).
      if (c.lex.noun_first && scaled && l == 0 && k == j &&
          (w.lower.ends_with("ados") || w.lower.ends_with("adas") || w.lower.ends_with("idos") ||
           w.lower.ends_with("idas"))) {
        break;
      }
      // "380 overseas members": a plural-looking word before a noun
      // qualifies it (not where nouns come first: "menús anuales").
      const bool modifier_first = !c.lex.noun_first || find(c.lex.prenominal_adjectives, w.lower);
      if (modifier_first && k + 1 < tk.size() && k + 1 < j + 3 && tk[k + 1].kind == ScanTokenKind::word &&
          tk[k + 1].space_before &&
          !is_upper(tk[k + 1].text[0]) && !find(c.lex.not_nouns, tk[k + 1].lower) &&
          // "4,920 homes rises by 15 per cent": a verb of change after a
          // plural is the verb, not the noun it qualifies.
          !find(c.lex.change_words, tk[k + 1].lower) &&
          (find(c.lex.count_nouns, tk[k + 1].lower) || plural_form(tk[k + 1]))) {
        continue;
      }
      // "360 use Windows": a capitalised word after a lowercase one is a
      // name, not the noun counted ("5 Americans" and "400,000 H200 GPUs"
      // stay counts).
      if (is_upper(w.text[0]) && !is_upper(w.text[w.text.size() - 2])) {
        bool lower_before = false;
        for (std::size_t m = first; m < k; ++m) lower_before |= !is_upper(tk[m].text[0]);
        if (lower_before) break;
      }
    }
    t.kind = QuantityKind::count;
    t.measure.clear();
    for (std::size_t m = first; m < k; ++m) {
      t.measure += tk[m].text;
      // "hybrid-electric" stays one word.
      if (m + 1 < k && !tk[m + 1].space_before) continue;
      t.measure += ' ';
    }
    t.noun_at = t.measure.size();
    if (compound) {
      t.measure += w.lower;
      t.measure += tk[k + 1].text;
    }
    if (noun) {
      t.measure += *noun;
    } else {
      append_singular(h.text, c.lex, t.measure);
      // Keep a capitalised acronym ("GPUs" → "GPU") but lowercase a
      // sentence-initial word.
      char* head = t.measure.data() + t.noun_at;
      if (t.measure.size() - t.noun_at > 1 && is_upper(head[0]) && !is_upper(head[1])) {
        head[0] = static_cast<char>(head[0] - 'A' + 'a');
      }
    }
    t.noun_size = t.measure.size() - t.noun_at;
    k = last;
    t.end = k + 1;
    // Where nouns come first, an adjective right after the noun qualifies
    // it as a word before it does in English: "2.460 estudiantes
    // internacionales" counts international students, not all of them.
    // It joins the measure, not the figure's text.
    if (c.lex.noun_first && k + 1 < tk.size() && tk[k + 1].kind == ScanTokenKind::word && tk[k + 1].space_before &&
        !is_upper(tk[k + 1].text[0]) && postnominal_adjective(tk[k + 1].lower) &&
        !find(c.lex.not_nouns, tk[k + 1].lower) && !find(c.lex.count_nouns, tk[k + 1].lower)) {
      const std::string adjective = std::string(tk[k + 1].lower) + ' ';
      t.measure.insert(t.noun_at, adjective);
      t.noun_at += adjective.size();
    }
    // A model name after the noun: "chips H200" (es).
    if (k + 1 < tk.size() && tk[k + 1].kind == ScanTokenKind::word && tk[k + 1].space_before &&
        has_digit(tk[k + 1].text) && is_upper(tk[k + 1].text[0])) {
      t.measure += ' ';
      t.measure += tk[k + 1].text;
      t.end = k + 2;
    }
    t.known = true;
    return t;
  }
  return t;
}

// The matches of the lexicon's exclude pattern, left to right, each search
// starting where the last match ended; only in a sentence with a digit.
void find_excluded(const Context& c) {
  c.excluded_found = true;
  const std::string_view sentence = c.sentence;
  if (!c.lex.exclude || !has_ascii_digit(sentence)) return;
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece match;
  std::size_t pos = 0;
  while (pos <= sentence.size() && c.lex.exclude->Match(input, pos, sentence.size(), RE2::UNANCHORED, &match, 1)) {
    const auto b = static_cast<std::size_t>(match.data() - sentence.data());
    const std::size_t e = b + match.size();
    c.excluded.push_back({b, e});
    pos = e > b ? e : e + 1;
  }
}

// Whether token t begins inside a match of the exclude pattern.
bool excluded(const Context& c, const ScanToken& t) {
  if (!c.excluded_found) find_excluded(c);
  for (const ByteRange& r : c.excluded) {
    if (t.begin >= r.begin && t.begin < r.end) return true;
  }
  return false;
}

bool is_month(const Context& c, std::size_t k) {
  return k < c.tokens.size() && c.tokens[k].kind == ScanTokenKind::word && find(c.lex.months, c.tokens[k].lower);
}

// Context that makes a figure written with digits no quantity: product
// names, dates, times, list numbers, street numbers (issue 4).
bool digits_not_a_quantity(const Context& c, const Numeral& n, std::size_t unit_end, bool typed, bool counted) {
  const auto& tk = c.tokens;
  const std::size_t f = n.first;
  if (!n.digits) return false;
  // Glued to a word before: "COVID-19", "SCP-173", "mid-2020".
  if (f > 0 && !tk[f].space_before) {
    // A symbol split_glued_currency split off is no word: "R186-million".
    if (tk[f - 1].kind == ScanTokenKind::word) {
      // ("$A27.4 billion": the sign and the letters, "$A".)
      const bool sign_letters = f > 1 && is_sym(tk[f - 2], "$") && !tk[f - 1].space_before &&
                                find(c.lex.currency_symbols, "$" + std::string(tk[f - 1].lower));
      return !sign_letters && !find(c.lex.glued_currency_symbols, tk[f - 1].text) &&
             !find(c.lex.currency_symbols, tk[f - 1].lower);
    }
    if ((is_dash(tk[f - 1]) || is_sym(tk[f - 1], "_") || is_sym(tk[f - 1], "/")) && f > 1 &&
        !tk[f - 1].space_before && tk[f - 2].kind != ScanTokenKind::symbol) {
      return true;
    }
  }
  // A word glued after that is no unit we know: "5G", "3D", "1980s".
  if (!typed && n.last < tk.size() && !tk[n.last].space_before && tk[n.last].kind == ScanTokenKind::word) return true;
  if (n.last + 1 < tk.size() && !tk[n.last].space_before && is_dash(tk[n.last]) &&
      !tk[n.last + 1].space_before && tk[n.last + 1].kind == ScanTokenKind::digits && !typed &&
      tk[f].text.size() == 3 && tk[n.last + 1].text.size() == 4) {
    return true;  // a phone number "555-1234", not the range "52-48"
  }
  const bool integer = !n.decimal && !n.fraction && !n.scaled && !n.negative;
  // Times of day: "10:30", "3 p.m.".
  if (n.last + 1 < tk.size() && is_sym(tk[n.last], ":") && !tk[n.last].space_before &&
      tk[n.last + 1].kind == ScanTokenKind::digits && !tk[n.last + 1].space_before) {
    return true;
  }
  if (f > 0 && is_sym(tk[f - 1], ":") && !tk[f].space_before && !tk[f - 1].space_before) return true;
  std::size_t m = 0;
  if (integer && match_forward(c.lex.time_words, tk, n.last, m)) return true;
  // Dates: "December 8", "Dec. 8", "8 December", "8 de diciembre", "May 4th".
  if (integer && n.value >= 1 && n.value <= 31 && !typed) {
    if (is_month(c, f - (f > 0 ? 1 : 0)) && f > 0) return true;
    if (f > 1 && is_sym(tk[f - 1], ".") && is_month(c, f - 2)) return true;
    if (is_month(c, unit_end)) return true;
    if (unit_end + 1 < tk.size() && find(c.lex.month_linkers, tk[unit_end].lower) && is_month(c, unit_end + 1)) {
      return true;
    }
  }
  // Years: "in 2023", "November 2023", "1988 sales".
  if (integer && !n.grouped && n.integer_digits == 4 && n.value >= c.lex.year_min && n.value <= c.lex.year_max &&
      !typed) {
    return true;
  }
  // List numbering at the start: "1. Introduction", "2) ...".
  if (f == 0 && integer && n.value < 100 && n.last + 1 < tk.size() &&
      (is_sym(tk[n.last], ".") || is_sym(tk[n.last], ")")) && !tk[n.last].space_before &&
      tk[n.last + 1].space_before) {
    return true;
  }
  // Labels: "No. 5", "#1".
  if (f > 0 && match_backward(c.lex.list_words, tk, f, m)) return true;
  // Names with a number: "Boeing 737", "Windows 11", "Xbox 360" (after a
  // capitalised word inside the sentence) and "360 Security Technology"
  // (before two capitalised words). A figure with a unit or a counted noun
  // is kept: "Nvidia sold 400,000 chips".
  if (integer && !n.grouped && !typed && !counted) {
    if (f > 1 && tk[f - 1].kind == ScanTokenKind::word && is_upper(tk[f - 1].text[0]) && !is_month(c, f - 1) &&
        !(f > 1 && is_sym(tk[f - 2], "."))) {
      return true;
    }
    if (n.last + 1 < tk.size() && tk[n.last].kind == ScanTokenKind::word && tk[n.last + 1].kind == ScanTokenKind::word &&
        is_upper(tk[n.last].text[0]) && is_upper(tk[n.last + 1].text[0]) && tk[n.last].text.size() > 1 &&
        tk[n.last + 1].text.size() > 1) {
      return true;
    }
  }
  // Street numbers: "123 Main Street".
  if (integer && !typed) {
    for (std::size_t k = n.last; k < tk.size() && k < n.last + 4; ++k) {
      if (tk[k].kind != ScanTokenKind::word || !is_upper(tk[k].text[0])) break;
      if (k > n.last && find(c.lex.street_words, tk[k].lower)) return true;
    }
  }
  return false;
}

// A figure in excluded text (URL, phone number, version), or one that
// digits_not_a_quantity rules out. The exclude pattern is searched last,
// when the cheaper tests have not ruled the figure out.
bool not_a_quantity(const Context& c, const Numeral& n, std::size_t unit_end, bool typed, bool counted) {
  // A number word glued by a hyphen to the word before names a stage:
  // "the semester-one intake", "phase-two works" (figures in digits so
  // glued are read in digits_not_a_quantity).
  const auto& tk = c.tokens;
  const std::size_t f = n.first;
  // ("three-nought-four": a number word before is a figure read aloud.)
  if (!n.digits && f > 1 && !tk[f].space_before && is_dash(tk[f - 1]) && !tk[f - 1].space_before &&
      tk[f - 2].kind == ScanTokenKind::word && !find(c.lex.cardinals, tk[f - 2].lower)) {
    return true;
  }
  // "a one-time $3,500 bonus", "a one-off payment": "one" glued to a word
  // that makes it an adjective of kind, no count.
  if (!n.digits && n.value == 1 && n.last + 1 < tk.size() && is_dash(tk[n.last]) && !tk[n.last].space_before &&
      !tk[n.last + 1].space_before && tk[n.last + 1].kind == ScanTokenKind::word &&
      [&] {
        for (const std::string_view w : {"time", "off", "way", "stop", "sided", "shot"}) {
          if (tk[n.last + 1].lower == w) return true;
        }
        return false;
      }()) {
    return true;
  }
  return digits_not_a_quantity(c, n, unit_end, typed, counted) || excluded(c, c.tokens[n.first]);
}

// Qualifier names compared as views: no strlen per comparison.
constexpr std::string_view k_approximate = "approximate";
constexpr std::string_view k_exact = "exact";

struct Interval {
  std::optional<double> low, high;
};

// The place value of the last significant digit of `v` (> 0): 100 for
// 8,600, 100,000 for 1.5 million, 0.1 for 12.5.
double last_digit_unit(double v) {
  double unit = std::pow(10.0, std::floor(std::log10(v)));
  for (int steps = 0; steps < 12; ++steps) {
    const double q = v / unit;
    if (std::fabs(q - std::round(q)) <= 1e-6 * std::max(1.0, q)) return unit;
    unit /= 10;
  }
  return unit;
}

Interval interval_of(const Context& c, double value, double round_unit, const QualifierEntry* q) {
  Interval iv;
  double lo = value, hi = value;
  if (round_unit > 0) {
    lo = value - c.lex.rounding.half_unit * round_unit;
    hi = value + c.lex.rounding.half_unit * round_unit;
  }
  iv.low = lo;
  iv.high = hi;
  if (!q) return iv;
  std::optional<double> ql = q->low, qh = q->high;
  if (q->qualifier == k_approximate && (!ql || !qh || std::fabs((*qh - 1) - (1 - *ql)) < 1e-9)) {
    // "about 8,600" is nearer 8,600 than "about 400,000" is to 400,000:
    // the qualifier's tolerance (symmetric, else approximate_tolerance) is
    // halved, unless the figure's last significant digit spans more
    // ("about 1.5 million": 100,000, 6.7%).
    const double tolerance = ql && qh ? *qh - 1 : c.lex.approximate_tolerance;
    double width = tolerance / 2;
    if (const double v = std::fabs(value); v > 0) width = std::min(tolerance, std::max(width, last_digit_unit(v) / v));
    ql = 1 - width;
    qh = 1 + width;
  }
  auto bound = [&](std::optional<double> f) -> std::optional<double> {
    if (!f) return std::nullopt;
    return value * *f;
  };
  std::optional<double> a = bound(ql), b = bound(qh);
  if (value < 0) std::swap(a, b);
  if (q->qualifier == k_approximate) {
    if (a) iv.low = std::min(*a, lo);
    if (b) iv.high = std::max(*b, hi);
  } else if (q->qualifier != k_exact) {
    iv.low = a;
    iv.high = b;
  }
  return iv;
}

class Scanner {
 public:
  Scanner(const Context& c) : c_(c) {}

  std::vector<Quantity> run() {
    const auto& tk = c_.tokens;
    std::size_t i = 0;
    while (i < tk.size()) {
      std::size_t next = scan_at(i);
      i = std::max(next, i + 1);
    }
    return std::move(out_);
  }

 private:
  bool candidate(const ScanToken& t) const {
    if (t.kind == ScanTokenKind::digits) return true;
    if (t.kind == ScanTokenKind::symbol) {
      return t.text == "-" || t.text == "+" || t.text == "\u2212" || t.text == c_.lex.decimal_mark;
    }
    return c_.lex.start_words.contains(t.lower);
  }

  // Skips a run of glued digits and marks after a failed parse
  // ("192.168.1.2"), so that its parts are not read again.
  std::size_t skip_glued(std::size_t i) const {
    const auto& tk = c_.tokens;
    std::size_t j = i + 1;
    if (tk[i].kind != ScanTokenKind::digits) return j;
    while (j < tk.size() && !tk[j].space_before && tk[j].kind != ScanTokenKind::word) ++j;
    return j;
  }

  std::size_t claim_start(std::size_t f, const QualifierEntry** q) const {
    const auto& tk = c_.tokens;
    std::size_t n = 0;
    *q = nullptr;
    if (auto qe = match_backward(c_.lex.qualifiers_before, tk, f, n, false, 3)) {
      // "crecieron un 9 %, hasta 3.120.000": after a change, "hasta" says
      // where it went to, not how far a figure may reach.
      if (n == 1 && f >= 2 && tk[f - 1].lower == "hasta" && change_to(f - 1)) return f;
      *q = qe;
      return f - n;
    }
    return f;
  }

  // Whether token k ("hasta") follows a change: a percentage or a verb of
  // change, a comma between or not; before a comma, a few words of when
  // may stand between ("creció 18% en el último año, hasta 4.620").
  bool change_to(std::size_t k) const {
    const auto& tk = c_.tokens;
    std::size_t j = k;
    const bool comma = j > 0 && tk[j - 1].kind == ScanTokenKind::symbol && tk[j - 1].text == ",";
    if (comma) --j;
    const auto change_at = [&](const ScanToken& before) {
      if (before.text == "%" || before.lower == "ciento") return true;
      return before.kind == ScanTokenKind::word && find(c_.lex.change_words, before.lower) != nullptr;
    };
    if (j == 0) return false;
    if (change_at(tk[j - 1])) return true;
    // "llegó hasta 96,40 euros", "llevó el ingreso por habitación
    // disponible (RevPAR), el indicador del sector, hasta 96,40 euros": a
    // verb of reaching right before it (reach_words), or one of taking
    // (carry_words) and up to twenty tokens of what it moves, says where
    // it went.
    if (!comma || k >= 2) {
      for (std::size_t m = k, steps = 0; m > 0 && steps < 20; --m, ++steps) {
        const ScanToken& w = tk[m - 1];
        if (w.kind == ScanTokenKind::digits) break;
        if (w.kind != ScanTokenKind::word) continue;
        if (find(c_.lex.carry_words, w.lower)) return true;
        if (find(c_.lex.reach_words, w.lower)) return m == k;
      }
    }
    for (std::size_t words = 0; comma && j > 0 && words < 5 && tk[j - 1].kind == ScanTokenKind::word; ++words) --j;
    return comma && j > 0 && j + 1 < k && change_at(tk[j - 1]);
  }

  std::size_t scan_at(std::size_t i) {
    const auto& tk = c_.tokens;
    const auto& lex = c_.lex;
    if (!candidate(tk[i])) return i + 1;
    std::size_t n = 0;
    // Multiplier words: "twice", "sixfold", "half as".
    if (tk[i].kind == ScanTokenKind::word) {
      if (auto m = match_forward(lex.multiplier_words, tk, i, n, false, 2)) {
        // "double-deckers", "triple-digit", "double-check": the first part
        // of a compound multiplies nothing.
        if (i + n + 1 < tk.size() && !tk[i + n].space_before && is_dash(tk[i + n]) &&
            !tk[i + n + 1].space_before && tk[i + n + 1].kind == ScanTokenKind::word) {
          return i + n + 2;
        }
        Quantity q;
        q.kind = QuantityKind::multiplier;
        q.value = *m;
        const QualifierEntry* qe;
        const std::size_t s = claim_start(i, &qe);
        finish(std::move(q), s, i, i + n, 0, qe);
        return i + n;
      }
      // "percent of 10", "per cent of twenty-two" (upstream PercentModel).
      if (match_forward(lex.percent_of_words, tk, i, n) && (i == 0 || !parse_before(i))) {
        if (auto num = parse_numeral(tk, i + n, lex); num && !num->ordinal) {
          Quantity q;
          q.kind = QuantityKind::percent;
          q.unit = "%";
          q.value = num->value;
          finish(std::move(q), i, i, num->last, 0, nullptr);
          out_.back().value_range = {tk[num->first].begin, tk[num->last - 1].end};
          return num->last;
        }
      }
    }
    if (const std::size_t end = article_and_a_half(i)) return end;
    auto num = parse_numeral(tk, i, lex);
    if (!num) return skip_glued(i);
    return classify(*num);
  }

  // Whether a numeral ends right before token i ("25 percent of").
  bool parse_before(std::size_t i) const {
    const auto& tk = c_.tokens;
    return i > 0 && (tk[i - 1].kind == ScanTokenKind::digits || c_.lex.cardinals.contains(tk[i - 1].lower));
  }

  // The token after "and a half" ("y media") at token k, right after a
  // duration's unit: "two years and a half", "dos horas y media"; 0 if
  // there is none.
  std::size_t and_a_half(std::size_t k) const {
    const auto& tk = c_.tokens;
    std::size_t an = 0;
    if (k >= tk.size() || !match_forward(c_.lex.and_words, tk, k, an, false, 1)) return 0;
    // "medio" alone is no number (scale_only_fractions), but a half here.
    std::size_t fn = 0;
    if (const double* den = match_forward(c_.lex.fractions, tk, k + an, fn, false, 1); den && *den == 2) {
      return k + an + fn;
    }
    const auto half = parse_numeral(tk, k + an, c_.lex);
    if (!half || half->digits || !half->fraction || half->value != 0.5) return 0;
    return half->last;
  }

  // "a year and a half", "an hour and a half": 1.5 of the unit, read at
  // the article (token i); 0 if token i does not open one.
  std::size_t article_and_a_half(std::size_t i) {
    const auto& tk = c_.tokens;
    std::size_t n = 0;
    if (i + 1 >= tk.size() || !match_forward(c_.lex.article_words, tk, i, n, false, 1)) return 0;
    const Typed t = read_unit(c_, i + 1);
    if (!t.known || t.kind != QuantityKind::duration || t.end != i + 2) return 0;
    const std::size_t end = and_a_half(t.end);
    if (end == 0) return 0;
    Quantity q;
    q.kind = t.kind;
    q.unit = t.unit;
    q.value = 1.5 * t.factor;
    const QualifierEntry* qe;
    const std::size_t start = claim_start(i, &qe);
    finish(std::move(q), start, i, end, 0, qe);
    return end;
  }

  // Whether a change word ("rose", "fell by") ends within the two tokens
  // before token k, not through "from" ("fell from 95% to zero").
  bool after_change_word(std::size_t k) const {
    const auto& tk = c_.tokens;
    std::size_t fn = 0;
    if (k > 0 && match_backward(c_.lex.from_words, tk, k, fn, false, 1)) return false;
    for (std::size_t m = k; m-- > 0 && m + 2 >= k;) {
      if (tk[m].kind == ScanTokenKind::word && find(c_.lex.change_words, tk[m].lower)) return true;
    }
    return false;
  }

  std::size_t classify(Numeral num) {
    const auto& tk = c_.tokens;
    const auto& lex = c_.lex;
    std::size_t n = 0;
    // Currency before: "$10 billion", "US$ 1MM", "c $ 16.4 million", "€2m".
    std::size_t prefix = num.first;
    const CurrencyEntry* cur_before = nullptr;
    if (num.digits || num.scaled) {
      for (std::size_t max = 4; max > 0; --max) {
        auto cur = match_backward(lex.currency_symbols, tk, num.first, n, false, max);
        if (!cur) break;
        // "c $ 16.4" is Canadian, but "a $48.2 million contract" and
        // "keith's $ 500 million" are dollars: a spaced one-letter prefix
        // must be no article and no possessive "s".
        const ScanToken& w = tk[num.first - n];
        if (n > 1 && w.kind == ScanTokenKind::word && w.text.size() == 1 && tk[num.first - n + 1].space_before &&
            (lex.article_words.contains(w.lower) ||
             (num.first - n > 0 && (is_sym(tk[num.first - n - 1], "'") || is_sym(tk[num.first - n - 1], "\u2019"))))) {
          max = n;
          continue;
        }
        cur_before = cur;
        prefix = num.first - n;
        break;
      }
      // "R186-million": a symbol glued to the digits (split_glued_currency
      // split them only for an amount of money's shape).
      if (!cur_before && num.first > 0 && !tk[num.first].space_before &&
          tk[num.first - 1].kind == ScanTokenKind::word) {
        if (const CurrencyEntry* g = find(lex.glued_currency_symbols, tk[num.first - 1].text)) {
          cur_before = g;
          prefix = num.first - 1;
        }
      }
    }
    // "£3m", "$2m", "1.5m people": after a currency symbol or before a
    // counted noun or a unit ("1.43m b/d", "3.1m kWh") "m" is a million,
    // not a metre.
    if (!num.scaled && num.last < tk.size() && !tk[num.last].space_before &&
        tk[num.last].kind == ScanTokenKind::word && num.digits) {
      auto s = find(lex.money_scale_abbreviations, tk[num.last].text);
      if (s && !cur_before) {
        std::size_t cn = 0;
        const std::size_t next = num.last + 1;
        if (!read_count(c_, next, false).known && !match_forward(lex.currency_names, tk, next, cn) &&
            !(next < tk.size() && tk[next].space_before && read_unit(c_, next).known)) {
          s = nullptr;
        }
      }
      if (s) {
        num.value *= *s;
        num.scale = *s;
        num.scaled = true;
        // ("£1.25m" stands for £1.245m to £1.255m, "£3m" for £2.5m to £3.5m.)
        num.round_unit = (num.digit_unit > 0 ? num.digit_unit : num.decimal ? 0.1 : 1) * *s;
        ++num.last;
      }
    }
    // Ranges: "10-20%", "between 10 and 20", "10 to 20 billion".
    std::optional<Numeral> second;
    std::size_t between_start = prefix;
    Typed unit_a;
    std::size_t j = num.last;
    {
      std::size_t b = 0, f = 0;
      const bool between = match_backward(lex.between_words, tk, prefix, b, false, 1);
      const bool from = !between && match_backward(lex.from_words, tk, prefix, f, false, 1);
      between_start = between ? prefix - b : from ? prefix - f : prefix;
      // The first figure may carry the unit: "between 5% and 10%".
      unit_a = read_unit(c_, j);
      // "half a percentage point", "a quarter of a point": a fraction of
      // the unit after its article.
      if (!unit_a.known && num.fraction && !num.digits && num.value < 1 && j + 1 < tk.size()) {
        // "un cuarto de punto": "de" with no article.
        const std::size_t of = tk[j].lower == "of" || tk[j].lower == "de" ? 1 : 0;
        const std::size_t article =
            j + of < tk.size() && (tk[j + of].lower == "a" || tk[j + of].lower == "un") ? 1 : 0;
        if ((article == 1 || tk[j].lower == "de") && j + of + article < tk.size()) {
          if (Typed a = read_unit(c_, j + of + article); a.known && (a.kind == QuantityKind::percentage_point ||
                                                                        a.kind == QuantityKind::percent)) {
            unit_a = std::move(a);
          }
        }
      }
      const std::size_t cj = unit_a.known ? unit_a.end : j;
      std::size_t conn = 0;
      bool ok = false;
      if (cj < tk.size() && !num.ordinal) {
        if (between) {
          ok = match_forward(lex.and_words, tk, cj, conn, false, 1);
        } else if (is_range_dash(tk[cj])) {
          conn = 1;
          ok = num.digits;
        } else if (match_forward(lex.range_words, tk, cj, conn, false, 1)) {
          // "fell from 95% to virtually zero" is a change, "rose 5% to
          // 10%" two figures; "from 10 to 20 people" and "rose 10 to 15
          // percent" are ranges.
          ok = from || !unit_a.known;
          // ("subió un 24%, de 4.100 a 4.850 kilos": the change's comma
          // between.)
          // ("sube 45% respecto del quinquenio anterior, de 38.400 a 61.200":
          // a phrase of when or of what the change is measured against
          // between; back to another mark, twelve tokens at most.)
          if (from) {
            for (std::size_t k = between_start; k-- > 0 && k + 12 > between_start;) {
              if (find(lex.change_words, tk[k].lower)) ok = false;
              // (A mark inside a figure, "38,5", has no space after it.)
              if (k + 1 < between_start && tk[k + 1].space_before &&
                  (is_sym(tk[k], ",") || is_sym(tk[k], ";") || is_sym(tk[k], ":") || is_sym(tk[k], "."))) {
                break;
              }
            }
          }
        }
      }
      if (ok) {
        std::size_t k = cj + conn;
        std::size_t cn = 0;
        if (cur_before && k < tk.size() && match_forward(lex.currency_symbols, tk, k, cn)) k += cn;
        std::size_t qn = 0;
        if (k < tk.size() && match_forward(lex.qualifiers_before, tk, k, qn)) ok = false;
        if (ok) {
          auto b2 = parse_numeral(tk, k, lex);
          // "de 1,8 millones en 2024 a 2,34 millones": a year and a figure
          // that is none are no range.
          const auto year_like = [](const Numeral& x) {
            return x.digits && !x.grouped && !x.decimal && !x.scaled && x.integer_digits == 4 && x.value >= 1800 &&
                   x.value <= 2200;
          };
          // "£3.8m to £9.4m": the second's abbreviation is read as the
          // first's was; a scaled figure and a bare one are no range.
          if (b2 && num.scaled && !b2->scaled && b2->digits && b2->last < tk.size() && !tk[b2->last].space_before &&
              tk[b2->last].kind == ScanTokenKind::word) {
            if (const double* sc = find(lex.money_scale_abbreviations, tk[b2->last].text); sc && *sc == num.scale) {
              b2->value *= *sc;
              b2->scale = *sc;
              b2->scaled = true;
              ++b2->last;
            }
          }
          if (b2 && num.scaled && !b2->scaled && b2->digits && cur_before) b2.reset();
          // "paid £5 to 29 people": money and a count are no range.
          if (b2 && cur_before && read_count(c_, b2->last, b2->scaled).known) b2.reset();
          if (b2 && !b2->ordinal && !b2->negative && b2->digits == num.digits && year_like(*b2) == year_like(num)) {
            // Both figures in one unit: "5% and 10%", not "5% and 10 km".
            const Typed unit_b = read_unit(c_, b2->last);
            if (!unit_a.known || !unit_b.known || (unit_b.kind == unit_a.kind && unit_b.unit == unit_a.unit)) {
              second = b2;
            }
          }
        }
      }
    }
    if (second) {
      if (!num.scaled && second->scaled) {
        num.value *= second->scale;
        num.scale = second->scale;
      }
      j = second->last;
    }
    // Without a second figure the unit is the one read after the first.
    Typed t = second ? read_unit(c_, j) : std::move(unit_a);
    if (second && !t.known && unit_a.known) {
      t = unit_a;  // "between 5% and 10 of them" keeps the first unit
      t.end = j;
    }
    if (num.ordinal) {
      t = Typed{QuantityKind::ordinal, {}, {}, 0, 0, num.last, 1, true};
    } else if (!t.known && num.digits && j < tk.size() && !tk[j].space_before && tk[j].kind == ScanTokenKind::word &&
               std::find(lex.ordinal_suffixes.begin(), lex.ordinal_suffixes.end(), tk[j].lower) !=
                   lex.ordinal_suffixes.end() &&
               !num.decimal && !num.grouped) {
      t = Typed{QuantityKind::ordinal, {}, {}, 0, 0, j + 1, 1, true};
      // "May 4th" is a date.
      if (num.first > 0 && is_month(c_, num.first - 1)) return j + 1;
    }
    if (cur_before) {
      // A currency name may repeat the symbol: "$10 USD".
      if (t.kind != QuantityKind::currency) {
        t = Typed{QuantityKind::currency, cur_before->code, {}, 0, 0, j, cur_before->factor, true};
      }
      if (t.end < j) t.end = j;
    }
    if (!t.known && !num.fraction && !(num.decimal && !num.scaled) && !num.negative) {
      Typed count = read_count(c_, j, num.scaled);
      // "10 four-car electric multiple diesel units": a number word glued
      // to a noun right after a figure in digits qualifies what that figure
      // counts; it counts no cars of its own.
      const bool qualifies_figure_before = !num.digits && j < tk.size() && is_dash(tk[j]) && num.first > 0 &&
                                           has_digit(tk[num.first - 1].lower) && tk[num.first].space_before;
      if (count.known && !qualifies_figure_before) t = std::move(count);
    }
    if (!t.known) t.end = j;
    // "the second half", "the first quarter": a period, not a fraction.
    if (num.fraction && !num.digits && num.first > 0 && find(lex.ordinals, tk[num.first - 1].lower)) {
      return num.last;
    }
    // "the one you mentioned", "which one": a pronoun, not a figure.
    if (!num.digits && num.value == 1 && !num.scaled && !num.fraction && !t.known && num.first > 0 &&
        find(lex.determiners, tk[num.first - 1].lower)) {
      return num.last;
    }
    if (not_a_quantity(c_, num, t.end, t.known && t.kind != QuantityKind::count,
                       t.known && t.kind == QuantityKind::count)) {
      return std::max(skip_glued(num.first), second ? second->last : num.last);
    }
    Quantity q;
    q.kind = t.kind;
    q.unit = t.noun_size > 0 ? std::string_view(t.measure).substr(t.noun_at, t.noun_size) : t.unit;
    q.measure = std::move(t.measure);
    q.value = num.value * t.factor;
    double round_unit = num.round_unit * t.factor;
    std::size_t end = t.end;
    // A scale word after the code: "75 USD million".
    if (q.kind == QuantityKind::currency && !num.scaled && !cur_before && end < tk.size()) {
      if (auto sc = find(lex.scales, tk[end].lower)) {
        q.value *= *sc;
        round_unit = round_unit > 0 ? round_unit * *sc : *sc;
        ++end;
      }
    }
    // Dollars and cents: "3 dollars 50 cents", "thirteen dollars and
    // forty-five cents".
    if (q.kind == QuantityKind::currency && t.factor == 1 && !cur_before && end < tk.size()) {
      std::size_t k = end;
      std::size_t an = 0;
      if (match_forward(lex.and_words, tk, k, an, false, 1)) k += an;
      if (auto cents = parse_numeral(tk, k, lex); cents && !cents->ordinal && cents->value < 100) {
        std::size_t cn = 0;
        auto sub = match_forward(lex.currency_names, tk, cents->last, cn);
        if (sub && sub->code == q.unit && sub->factor < 1) {
          q.value += cents->value * sub->factor;
          end = cents->last + cn;
          round_unit = 0;
        } else if (!sub && an == 0 && !cents->digits && !cents->fraction && cents->value >= 1 &&
                   (cents->last >= tk.size() || tk[cents->last].kind == ScanTokenKind::symbol)) {
          // "thirteen dollars forty five": the cents go unnamed at the end.
          q.value += cents->value / 100;
          end = cents->last;
          round_unit = 0;
        }
      }
    }
    // "21,5 millones de euros para ..., 14 millones para ... y 9,5
    // millones", "$21.5 million for roads, 14 million for water": a
    // figure with a scale word but no unit, listed after an amount of
    // money, leaves its currency out.
    if (q.kind == QuantityKind::number && num.scaled && !num.abbreviated && !cur_before && prefix > 0 &&
        ((tk[prefix - 1].kind == ScanTokenKind::symbol && tk[prefix - 1].text == ",") ||
         find(lex.and_words, tk[prefix - 1].lower))) {
      for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
        if (it->kind == QuantityKind::count) continue;
        if (it->kind == QuantityKind::currency && it->value >= num.scale) {
          q.kind = QuantityKind::currency;
          q.unit = it->unit;
        }
        break;
      }
    }
    // "two years and a half": half a unit more.
    if (q.kind == QuantityKind::duration && !second && !num.fraction && end == t.end) {
      if (const std::size_t half_end = and_a_half(end)) {
        q.value += 0.5 * t.factor;
        round_unit = 0;
        end = half_end;
      }
    }
    // A figure after "to" that has no unit takes the unit of the figure
    // before it: "from 95% to virtually zero".
    const QualifierEntry* qe = nullptr;
    std::size_t start = claim_start(prefix, &qe);
    // Not after a change: "rose 18% to 6,840" reaches 6,840 people. Nor
    // a part of a whole: "paid £1.1m to 29 of the victims".
    const bool part_of = end < tk.size() && (tk[end].lower == "of" || tk[end].lower == "de");
    // Nor after a factor: "doubled to 196" reaches 196, no factor of 196.
    if (q.kind == QuantityKind::number && !out_.empty() && start > 1 && !after_change_word(last_start_token_) &&
        !part_of && out_.back().kind != QuantityKind::multiplier) {
      std::size_t rn = 0;
      if (match_backward(lex.range_words, tk, start, rn, false, 1) && last_end_token_ == start - rn) {
        q.kind = out_.back().kind;
        q.unit = out_.back().unit;
        q.measure = out_.back().measure;
      }
    }
    if (second) {
      const double v1 = q.value;
      const double v2 = second->value * t.factor;
      if (!qe) start = std::min(start, between_start);
      finish(std::move(q), start, num.first, end, round_unit, qe);
      Quantity& back = out_.back();
      back.qualifier = "range";
      back.low = std::min(v1, v2);
      back.high = std::max(v1, v2);
      back.value = *back.low;
      back.value_range = {tk[num.first].begin, tk[second->last - 1].end};
      return end;
    }
    finish(std::move(q), start, num.first, end, round_unit, qe);
    out_.back().value_range = {tk[num.first].begin, tk[num.last - 1].end};
    return end;
  }

  void finish(Quantity&& q, std::size_t start, std::size_t value_first, std::size_t end, double round_unit,
              const QualifierEntry* qe) {
    const auto& tk = c_.tokens;
    std::size_t n = 0;
    // "400,000 or more", "10 km or so".
    if (!qe) {
      if (auto after = match_forward(c_.lex.qualifiers_after, tk, end, n, false, 3)) {
        if (after->qualifier != k_exact) {
          qe = after;
          end += n;
        }
      }
    }
    const Interval iv = interval_of(c_, q.value, round_unit, qe);
    q.low = iv.low;
    q.high = iv.high;
    if (qe) q.qualifier = qe->qualifier;
    q.range = {tk[start].begin, tk[end - 1].end};
    q.value_range = {tk[value_first].begin, tk[end - 1].end};
    last_start_token_ = start;
    last_end_token_ = end;
    // Room for two at once: a sentence with figures mostly holds one or
    // two, and the vectors of a whole document are held until it is bound,
    // so room for more would mostly stay empty (a 20 MB page of two-figure
    // sentences held twice their size in spare room).
    if (out_.capacity() == 0) out_.reserve(2);
    out_.push_back(std::move(q));
  }

  const Context& c_;
  std::vector<Quantity> out_;
  std::size_t last_start_token_ = 0;
  std::size_t last_end_token_ = 0;
};

}  // namespace

namespace {

// Whether `text` glues an "m" of a million to its digits: "4.62m" of
// "4.62m TEU", "£3m".
bool glued_million(std::string_view text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (text[i] == 'm' && text[i - 1] >= '0' && text[i - 1] <= '9' && (i + 1 == text.size() || text[i + 1] == ' ')) {
      return true;
    }
  }
  return false;
}

// "Of the 4.62m TEU handled in the half, North Quay accounted for 1.84m,
// the Eastern Basin terminal for 1.57m ...": where a figure of the
// sentence reads a glued "m" as a million, a bare "1.84m" closing its
// clause (a mark or "and" after it) is a million of the same thing, not
// metres. Two such figures of different things leave it alone.
void elided_millions(std::string_view sentence, std::vector<Quantity>& out) {
  const Quantity* anchor = nullptr;
  for (const Quantity& q : out) {
    if (q.value < 1e5 || q.unit == "m" || q.kind == QuantityKind::date) continue;
    if (!glued_million(sentence.substr(q.range.begin, q.range.end - q.range.begin))) continue;
    if (anchor && (anchor->kind != q.kind || anchor->unit != q.unit)) return;
    anchor = &q;
  }
  if (!anchor) return;
  const Quantity like = *anchor;
  for (Quantity& q : out) {
    if (q.kind != QuantityKind::quantity || q.unit != "m" || q.qualifier != "exact") continue;
    const std::string_view text = sentence.substr(q.range.begin, q.range.end - q.range.begin);
    if (text.size() < 2 || text.back() != 'm' || text[text.size() - 2] < '0' || text[text.size() - 2] > '9') continue;
    const std::string_view rest = sentence.substr(q.range.end);
    const bool closes = rest.empty() || rest[0] == ',' || rest[0] == '.' || rest[0] == ';' || rest[0] == ')' ||
                        rest.starts_with(" and ") || rest.starts_with(" or ") || rest.starts_with(" y ");
    if (!closes) continue;
    // Half a unit of the last digit either way, in millions.
    const std::size_t point = text.find('.');
    double half = 0.5e6;
    for (std::size_t d = point == std::string_view::npos ? 0 : text.size() - 2 - point; d > 0; --d) half /= 10;
    q.kind = like.kind;
    q.unit = like.unit;
    q.measure = like.measure;
    q.value *= 1e6;
    q.low = q.value - half;
    q.high = q.value + half;
  }
}

}  // namespace

std::vector<Quantity> extract_quantities(std::string_view sentence, const LanguageLexicon& lex) {
  // Candidate-first: most sentences hold no digit and none of the words a
  // spelled quantity needs; they are not tokenized at all.
  if (!has_digit_or_word_in(sentence, lex.digitless_triggers)) return {};
  std::vector<Quantity> out = scan_quantities(sentence, lex);
  elided_millions(sentence, out);
  return out;
}

namespace {

// Whether the tokens after a figure's digits make it an amount of money's
// shape: a decimal or a group ("R4.5", "R1,250"), or a scale, glued
// ("bn" of "R1bn", "-million") or spaced ("R4 billion"). `rest` is what
// follows the digits inside their word token, `k` the token after it.
bool money_shaped(const std::vector<ScanToken>& tk, std::size_t k, std::string_view rest, const LanguageLexicon& lex) {
  if (!rest.empty()) return find(lex.money_scale_abbreviations, rest) || find(lex.scale_abbreviations, rest);
  if (k >= tk.size()) return false;
  const ScanToken& t = tk[k];
  const bool next_digits = k + 1 < tk.size() && tk[k + 1].kind == ScanTokenKind::digits && !tk[k + 1].space_before;
  if (!t.space_before && (is_sym(t, ",") || is_sym(t, ".")) && next_digits) return true;
  if (!t.space_before && is_dash(t) && k + 1 < tk.size() && !tk[k + 1].space_before) {
    return tk[k + 1].kind == ScanTokenKind::word && find(lex.scales, tk[k + 1].lower);
  }
  return t.space_before && t.kind == ScanTokenKind::word && find(lex.scales, t.lower);
}

}  // namespace

namespace {

// Whether an ASCII letter stands right before an ASCII digit somewhere in
// `text` ("R186", "KSh4"): a few bit operations per 64 bytes.
bool letter_before_digit(std::string_view text) {
  std::uint64_t carry = 0;  // the last byte of the block before was a letter
  for (std::size_t base = 0; base < text.size(); base += 64) {
    const AsciiByteMasks m = ascii_byte_masks(text, base);
    if ((((m.letters << 1) | carry) & m.digits) != 0) return true;
    carry = m.letters >> 63;
  }
  return false;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

void split_glued_currency(std::vector<ScanToken>& tk, const LanguageLexicon& lex) {
  // The tokens with the splits made, built from the first split on: one
  // pass, whatever the number of splits (a line of a million "R1,250" is
  // linear).
  thread_local std::vector<ScanToken> out;
  bool split = false;
  for (std::size_t k = 0; k < tk.size(); ++k) {
    const ScanToken& t = tk[k];
    // Where the symbol ends (p) and its digits (d) when token k is a
    // symbol glued to an amount; 0 when it is none.
    const auto glued_at = [&](std::size_t& d) -> std::size_t {
      // Only a capital starts a symbol that may be glued: "R", "Sh", "KSh", "Rs".
      if (t.kind != ScanTokenKind::word || t.text.size() < 2 || !is_upper(t.text[0])) return 0;
      std::size_t p = 1;
      while (p < t.text.size() && ascii_letter(t.text[p])) ++p;
      if (p == t.text.size() || !ascii_digit(t.text[p])) return 0;
      d = p;
      while (d < t.text.size() && ascii_digit(t.text[d])) ++d;
      const std::string_view rest = t.text.substr(d);
      if (find(lex.glued_currency_symbols, t.text.substr(0, p))) return money_shaped(tk, k + 1, rest, lex) ? p : 0;
      // "$A27.4 billion", "$NZ10.40": the sign, then the letters of the
      // country, glued to the amount ("$A" a symbol of its own).
      if (k > 0 && !t.space_before && is_sym(tk[k - 1], "$") &&
          find(lex.currency_symbols, "$" + std::string(t.lower.substr(0, p)))) {
        return money_shaped(tk, k + 1, rest, lex) || rest.empty() ? p : 0;
      }
      // "A320", "H200": no symbol; "USD1bn" is money, "KES2A" no amount.
      if (!find(lex.currency_symbols, t.lower.substr(0, p))) return 0;
      if (!rest.empty() && !find(lex.money_scale_abbreviations, rest) && !find(lex.scale_abbreviations, rest)) return 0;
      return p;
    };
    std::size_t d = 0;
    const std::size_t p = glued_at(d);
    if (p == 0) {
      if (split) out.push_back(t);
      continue;
    }
    if (!split) {
      out.assign(tk.begin(), tk.begin() + static_cast<std::ptrdiff_t>(k));
      split = true;
    }
    const auto piece = [&](ScanTokenKind kind, std::size_t b, std::size_t e, bool space) {
      return ScanToken{kind, t.begin + b, t.begin + e, space, t.text.substr(b, e - b), t.lower.substr(b, e - b)};
    };
    out.push_back(piece(ScanTokenKind::word, 0, p, t.space_before));
    out.push_back(piece(ScanTokenKind::digits, p, d, false));
    if (d < t.text.size()) out.push_back(piece(ScanTokenKind::word, d, t.text.size(), false));
  }
  if (!split) return;
  tk.swap(out);
  // (The old buffer of a pathological sentence is not kept.)
  if (out.capacity() > (std::size_t{1} << 16)) std::vector<ScanToken>().swap(out);
}

std::vector<Quantity> scan_quantities(std::string_view sentence, const LanguageLexicon& lex) {
  // Buffers of this thread reused from sentence to sentence: nothing
  // returned points into them.
  thread_local std::string lower;
  thread_local std::vector<ScanToken> tokens;
  ascii_lower(sentence, lower);
  scan_tokens(sentence, lower, tokens);
  if (letter_before_digit(sentence)) split_glued_currency(tokens, lex);
  const Context c{sentence, tokens, lex, {}, false};
  std::vector<Quantity> out = Scanner(c).run();
  // The buffers of a pathological sentence (megabytes without a full stop)
  // are not kept for the rest of the run.
  constexpr std::size_t k_kept_bytes = std::size_t{1} << 20;
  if (lower.capacity() > k_kept_bytes) {
    std::string().swap(lower);
    std::vector<ScanToken>().swap(tokens);
  }
  return out;
}

std::vector<Quantity> extract_quantities(std::string_view sentence, const Lexicon& lexicon, std::string_view lang) {
  const LanguageLexicon* lex = lexicon.find(lang);
  if (!lex) return {};
  return extract_quantities(sentence, *lex);
}

bool writes_decimal_point(std::string_view text) {
  const auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  const auto mark = [&](std::size_t i) { return i < text.size() && (text[i] == ',' || text[i] == '.'); };
  int point = 0;  // "2,315", "38.5", "1,234,567.5"
  int comma = 0;  // "3,5", "1.240", "1.234.567,5"
  std::size_t i = 0;
  while (i < text.size()) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    // A run of digits and single marks between digits: "1,234,567.5".
    const std::size_t begin = i;
    std::size_t marks = 0;
    char last_mark = 0;
    bool mixed = false;
    bool groups_of_three = true;  // every group after a mark of three digits
    std::size_t last_group = 0;
    while (digit(i) || (mark(i) && digit(i + 1) && i > begin)) {
      if (mark(i)) {
        mixed = mixed || (last_mark != 0 && last_mark != text[i]);
        last_mark = text[i];
        ++marks;
        std::size_t e = i + 1;
        while (digit(e)) ++e;
        last_group = e - i - 1;
        if (!mixed && last_group != 3) groups_of_three = false;
      }
      ++i;
    }
    if (marks == 0) continue;
    if (mixed) {
      (last_mark == '.' ? point : comma) += 1;  // the last mark is the decimal one
    } else if (marks > 1) {
      if (!groups_of_three) continue;  // a version or an address: "192.168.1.2"
      (last_mark == ',' ? point : comma) += 1;
    } else if (last_group <= 3) {
      const bool three = last_group == 3;
      if (last_mark == ',') {
        (three ? point : comma) += 1;
      } else {
        (three ? comma : point) += 1;
      }
    }
  }
  return point >= 2 && comma == 0;
}

}  // namespace claimlint
