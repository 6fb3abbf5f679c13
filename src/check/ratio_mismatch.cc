// The ratio-mismatch check: "three times", "twice", "half", "a third of"
// contradicted by the two figures of the sentence it relates.
#include "check/ratio_mismatch.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

#include <fmt/format.h>

#include "check/percent_change.h"
#include "extract/date_calendar.h"

namespace claimlint {
namespace {

using T = ArithToken::Type;

constexpr double k_inf = std::numeric_limits<double>::infinity();

// Relative slack of a stated ratio: "three times" is said of 2.7 to 3.3,
// "about three times" of 2.4 to 3.6.
constexpr double k_exact_slack = 0.1;
constexpr double k_hedged_slack = 0.2;

// Words allowed between the first figure and the ratio ("$30 million
// were three times ...", "120, about half ...").
bool link_before(const ArithToken& t) {
  if (t.type == T::punct) return t.text == "," || t.text == "-" || t.text == "(" || is_dash(t);
  return t.type == T::word && is_one_of(t.text, {"was", "were", "is", "are", "or", "which", "roughly", "about",
                                                 "nearly", "almost", "some", "around", "approximately", "just",
                                                 "well", "over", "el", "la", "lo", "casi", "unos", "o", "decir",
                                                 // "making up one in three of", "accounting for a third of".
                                                 "making", "up", "accounting", "for", "representing"});
}

// Whether token k of `t` is the word `w`.
bool word_is(ArithTokens t, std::size_t k, std::string_view w) {
  return k < t.size() && t[k].type == T::word && t[k].text == w;
}

// Whether "as many" follows the ratio ending at token `last` ("twice as
// many as"), or "many as" when the ratio's text holds the first "as"
// ("half as many as").
bool as_many_after(ArithTokens t, std::size_t last) {
  return (word_is(t, last + 1, "as") && word_is(t, last + 2, "many")) ||
         (word_is(t, last + 1, "many") && word_is(t, last + 2, "as"));
}

// Words allowed between the ratio and the second figure ("three times the
// $15 million", "twice as many as the 40", "half of the 300").
bool link_after(const ArithToken& t) {
  // "twice as much as the supermarket's €4.20".
  if (t.type == T::word && (t.text.ends_with("'s") || t.text.ends_with("\xE2\x80\x99s"))) return true;
  // ("three times as long as the 7.1-hour average".)
  return t.type == T::word && is_one_of(t.text, {"the", "as", "much", "many", "large", "high", "big", "great", "that",
                                                 "long", "far", "heavy", "wide", "tall", "deep",
                                                 "of", "its", "their", "what", "level", "figure", "amount", "total",
                                                 "sum", "than", "more", "greater", "higher", "larger", "bigger",
                                                 // "cuatro veces más que los 620", "la mitad de los 300".
                                                 "m\xC3\xA1s", "que", "los", "las", "el", "la", "de", "del",
                                                 // "y duplicó así el 1,8%", "and thus doubled the".
                                                 "as\xC3\xAD", "thus",
                                                 // "three times last season's 90 lakh".
                                                 "last", "previous", "prior"});
}

// Whether word token `t` opens another clause ("that", "and", "que"):
// words between A and its ratio that hold one may be of another figure.
// Whether `t` is a verb in the past ("reached", "won"): a regular form,
// or an irregular one news tells figures with.
bool past_verb(const ArithToken& t) {
  return t.type == T::word && ((t.text.size() > 4 && t.text.ends_with("ed")) ||
                               is_one_of(t.text, {"won", "took", "made", "sold", "drew", "hit", "got", "saw", "ran",
                                                  "met", "kept", "held", "went", "came", "grew", "rose", "fell",
                                                  "paid", "bought", "brought", "spent", "built"}));
}

bool opens_clause(const ArithToken& t) {
  return t.type == T::word && is_one_of(t.text, {"that", "which", "who", "whom", "whose", "when", "where", "while",
                                                 "and", "but", "than", "as", "que", "y", "pero", "cuando", "donde",
                                                 "mientras"});
}

bool hedge(const ArithToken& t) {
  return t.type == T::word && is_one_of(t.text, {"about", "roughly", "nearly", "almost", "some", "around",
                                                 "approximately", "over", "more", "just"});
}

// A noun as it is compared across its forms: "internados" and
// "internadas", "patients" and "patient" alike.
std::string noun_stem(std::string_view w) {
  std::string out(w);
  if (out.size() > 4 && out.back() == 's') out.pop_back();
  if (out.size() > 4 && (out.back() == 'o' || out.back() == 'a')) out.pop_back();
  return out;
}

// A ratio as stated: the interval it allows and its tokens [first, last].
struct StatedRatio {
  double low = 0;
  double high = 0;
  std::size_t last = 0;
  ByteRange range;  ///< in Document::text
  bool fraction = false;  ///< a part of a whole ("half", "one in four"), not a factor
  bool percent = false;   ///< a percentage read as a part of a whole ("120 of its 400 staff, or 30%")
};

// "one in four": the figure 1, "in", a whole number; "one of every
// three", "one out of every three", "one in every three" too.
std::optional<StatedRatio> one_in_n(const ArithmeticInput& in, ArithTokens t, std::size_t i) {
  const auto word = [&](std::size_t k, std::string_view w) {
    return k < t.size() && t[k].type == T::word && t[k].text == w;
  };
  std::size_t at = i + 1;  // the token of N
  if (word(at, "in")) {
    ++at;
    if (word(at, "every")) ++at;
  } else if (word(at, "of") && word(at + 1, "every")) {
    at += 2;
  } else if (word(at, "out") && word(at + 1, "of") && word(at + 2, "every")) {
    at += 3;
  } else if (word(at, "de") && word(at + 1, "cada")) {
    at += 2;  // "uno de cada cinco"
  } else {
    return std::nullopt;
  }
  if (at >= t.size() || t[at].type != T::figure) return std::nullopt;
  const Figure& one = in.figures[static_cast<std::size_t>(t[i].figure)];
  const Figure& n = in.figures[static_cast<std::size_t>(t[at].figure)];
  // "one in four respondents": the noun may come with N.
  if (one.kind != QuantityKind::number || one.value != 1 ||
      (n.kind != QuantityKind::number && n.kind != QuantityKind::count) || n.value < 2 ||
      n.value != static_cast<double>(static_cast<long>(n.value)) || n.value > 1000) {
    return std::nullopt;
  }
  // "One in four" is a round way of saying 22% to 28%; "one in 12" too.
  // The hedge before it, or in its figure ("almost one in five").
  const bool hedged = (i > 0 && hedge(t[i - 1])) || (one.claim && one.claim->quantity.qualifier != "exact");
  const double hedge_slack = hedged ? k_hedged_slack : k_exact_slack;
  // "more than one in three": a third or more, as it stands.
  if (one.claim && one.claim->quantity.qualifier == "lower-bound") {
    return StatedRatio{1 / n.value, 1, at, {one.range.begin, n.range.end}, true};
  }
  return StatedRatio{(1 - hedge_slack) / n.value, (1 + hedge_slack) / n.value, at, {one.range.begin, n.range.end},
                     true};
}

// The words that join a ratio at token i to a figure right before it: 1
// for "y" or "and" ("subió 2,7% y duplicó así"), 2 for "and thus" ("rose
// 2.7% and thus doubled"); 0 for none.
std::size_t and_before_factor(ArithTokens t, std::size_t i) {
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (i >= 3 && word(i - 1, {"thus"}) && word(i - 2, {"and"}) && t[i - 3].type == T::figure) return 2;
  if (i >= 2 && word(i - 1, {"y", "and"}) && t[i - 2].type == T::figure) return 1;
  return 0;
}

// The token of the figure a verb of a factor at token i is compared with:
// "se duplicó respecto del 1,9%", "doubled compared with the 1.9%",
// "frente al", "versus"; t.size() if none.
std::size_t compared_after(ArithTokens t, std::size_t i) {
  std::size_t k = i + 1;
  const auto word = [&](std::size_t j, std::initializer_list<std::string_view> list) {
    return j < t.size() && t[j].type == T::word && is_one_of(t[j].text, list);
  };
  if (word(k, {"con"}) && word(k + 1, {"respecto"})) ++k;
  if (word(k, {"respecto", "frente"}) && word(k + 1, {"de", "del", "a", "al"})) {
    k += 2;
  } else if (word(k, {"compared"}) && word(k + 1, {"with", "to"})) {
    k += 2;
  } else if (word(k, {"versus", "vs"})) {
    k += 1;
  } else {
    return t.size();
  }
  if (word(k, {"the", "el", "la", "los", "las"})) ++k;
  return k < t.size() && t[k].type == T::figure ? k : t.size();
}

// A Spanish verb of a factor at token i whose subject is a figure told
// before it and whose object names what a figure after it is:
// "llega a 298 días, lo que triplica la de cirugía general, de 142 días";
// "movilizará 420.000 pasajeros diarios en su primer año de operación, lo
// que triplicará la demanda actual del sistema de buses troncales, que hoy
// mueve unos 180.000"; "alcanzó los 186.500 TEU y triplica ya al de
// América Latina, que se quedó en 94.200". A is the figure before ", lo
// que" (up to nine words of what it is between), or right before "y" when
// the object is "that of" ("al de", "la de"); the object runs to a comma
// (up to eight words, no figure but a date), then "que", "cuando",
// "donde", "de" or "con" opens B's clause, up to eight words before B.
// The figures A and B, or nullopt.
std::optional<std::pair<int, int>> factor_clause(const ArithmeticInput& in, ArithTokens t, std::size_t i) {
  const std::string_view verb = in.doc.view(in.figures[static_cast<std::size_t>(t[i].figure)].range);
  if (i < 3 || verb.ends_with("ed") || verb.ends_with("ing") || !factor_verb(verb)) return std::nullopt;
  const auto kind_at = [&](std::size_t k) { return in.figures[static_cast<std::size_t>(t[k].figure)].kind; };
  const auto dated = [&](std::size_t k) {
    return t[k].type == T::figure && (kind_at(k) == QuantityKind::date || in.in_date(t[k]));
  };
  std::size_t a = t.size();
  std::size_t k = i + 1;
  // ("triplica ya al de", "duplica así la de": an adverb after the verb.)
  if (k < t.size() && t[k].type == T::word && is_one_of(t[k].text, {"ya", "as\xC3\xAD", "casi", "incluso"})) ++k;
  const bool that_of = k + 1 < t.size() && t[k].type == T::word &&
                       is_one_of(t[k].text, {"el", "la", "los", "las", "al", "a"}) && word_is(t, k + 1, "de");
  if (word_is(t, i - 1, "que") && word_is(t, i - 2, "lo") && t[i - 3].type == T::punct && t[i - 3].text == ",") {
    for (std::size_t p = i - 3; p > 0 && i - 3 - p <= 9; --p) {
      if (t[p - 1].type == T::punct) break;
      if (t[p - 1].type != T::figure || dated(p - 1)) continue;
      a = p - 1;
      break;
    }
  } else if (that_of && word_is(t, i - 1, "y") && t[i - 2].type == T::figure && !dated(i - 2)) {
    a = i - 2;
  }
  if (a == t.size()) return std::nullopt;
  // The object, up to its comma.
  std::size_t c = k;
  while (c < t.size() && c < k + 8 && (t[c].type == T::word || dated(c))) ++c;
  if (c == k || c + 1 >= t.size() || t[c].type != T::punct || t[c].text != "," ||
      !is_one_of(t[c + 1].text, {"que", "cuando", "donde", "de", "con"})) {
    return std::nullopt;
  }
  for (std::size_t b = c + 2; b < t.size() && b < c + 11; ++b) {
    if (t[b].type == T::punct) return std::nullopt;
    if (t[b].type != T::figure || dated(b)) continue;
    const Figure& fa = in.figures[static_cast<std::size_t>(t[a].figure)];
    if (!compatible(fa, in.figures[static_cast<std::size_t>(t[b].figure)])) return std::nullopt;
    return std::pair{t[a].figure, t[b].figure};
  }
  return std::nullopt;
}

// The stated ratio of the figure at token i, or nullopt if it is none:
// "three times", "twice", "half", "a third", "two thirds", "one in four".
std::optional<StatedRatio> stated_ratio(const ArithmeticInput& in, ArithTokens t, std::size_t i) {
  if (std::optional<StatedRatio> r = one_in_n(in, t, i)) return r;
  const Figure& m = in.figures[static_cast<std::size_t>(t[i].figure)];
  const bool multiplier = m.kind == QuantityKind::multiplier;
  if (!multiplier && !(m.kind == QuantityKind::number && m.value > 0 && m.value < 1)) return std::nullopt;
  std::string text(in.doc.view(m.range));
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  bool is_ratio = false;
  if (multiplier) {
    is_ratio = text.ends_with("times") || text.ends_with("twice") || text.ends_with("veces") ||
               text.ends_with("doble") || text.ends_with("triple") || text.ends_with("double") ||
               // "half as many as", "a third as much as".
               text.ends_with("half as") || text.ends_with("third as") || text.ends_with("quarter as");
    // "llegó a US$ 214 millones, triplicando los US$ 96 millones", "$214
    // million, tripling the $96 million": a gerund set off after a figure
    // compares it with the next.
    is_ratio = is_ratio || ((text.ends_with("ing") || text.ends_with("ando")) && i >= 2 &&
                            t[i - 1].type == T::punct && t[i - 1].text == "," && t[i - 2].type == T::figure);
    // "con 3,2%, y su ritmo se duplicó respecto del 1,9% de enero": a verb
    // of a factor and what it is compared with.
    is_ratio = is_ratio || (factor_verb(text) && compared_after(t, i) < t.size()) || factor_clause(in, t, i);
    // "Las altas nuevas, 4.920, triplican las del curso pasado": a present
    // of a factor sets its subject against what the article names.
    is_ratio = is_ratio || ((text.ends_with("plica") || text.ends_with("plican")) && i + 1 < t.size() &&
                            t[i + 1].type == T::word && is_one_of(t[i + 1].text, {"el", "la", "los", "las", "a"}));
    // "subió 2,7% y duplicó así el 1,8% de julio": a verb of a factor
    // joined to a figure before it by "and", "thereby" ("así", "thus"; else
    // the verb may double its object, "hired 40 and doubled the 12 ..."),
    // then "the" and another.
    // ("rose 2.7% and thus doubled the 1.8%": English sets "thus" first.)
    const std::size_t joined = !is_ratio && factor_verb(text) ? and_before_factor(t, i) : 0;
    if (joined > 0) {
      std::size_t k = i + 1;
      const bool thereby =
          joined == 2 || (k < t.size() && t[k].type == T::word && is_one_of(t[k].text, {"as\xC3\xAD", "thus"}));
      if (thereby && joined == 1) ++k;
      is_ratio = thereby && k + 1 < t.size() && t[k].type == T::word &&
                 is_one_of(t[k].text, {"the", "el", "la", "los", "las"}) && t[k + 1].type == T::figure;
    }
    // "donde triplicó a Gómez: 6.420 votos contra 2.870": a verb of a
    // factor, a few words of whom, then a colon (pattern 2).
    if (!is_ratio && factor_verb(text)) {
      std::size_t k = i + 1;
      while (k < t.size() && k <= i + 5 && t[k].type == T::word) ++k;
      is_ratio = k < t.size() && t[k].type == T::punct && t[k].text == ":";
      // "has tripled: ... 10 missions ..., compared with four" is a change
      // over time, percent-change's.
      for (std::size_t c = k + 1; is_ratio && c < t.size() && c <= k + 16; ++c) {
        if (t[c].type != T::word) continue;
        if (t[c].text == "compared") is_ratio = false;
        if (is_one_of(t[c].text, {"against", "versus", "vs", "contra", "frente"})) break;
      }
    }
  } else {
    // ("uno de cada cuatro", "one in four" read as one figure, 0.25.)
    for (std::string_view w : {"half", "third", "quarter", "fifth", "tenth", " de cada ", " in every ", " out of ",
                               " in ", "mitad", "tercio", "cuarto", "quinto", "d\xC3\xA9" "cimo"}) {
      if (text.find(w) != std::string::npos) is_ratio = true;
    }
  }
  if (!is_ratio) return std::nullopt;
  const bool hedged = m.claim->quantity.qualifier != "exact" || (i > 0 && hedge(t[i - 1]));
  const double slack = hedged ? k_hedged_slack : k_exact_slack;
  double lo = m.value * (1 - slack);
  double hi = m.value * (1 + slack);
  // "more than double": at least twice, the rounding of the figures read
  // in their intervals.
  if (m.claim->quantity.qualifier == "lower-bound") {
    lo = m.value;
    hi = multiplier ? k_inf : 1;  // "more than half": up to the whole
  }
  // "less than three times" is any ratio below; "nearly three times" one
  // close below, as its qualifier's own low end says (2.7 for "nearly
  // three"), less a tenth for its rounding ("Cascade has 212 jets, nearly three
  // times as many as Meridian's 94": 2.26).
  if (m.claim->quantity.qualifier == "upper-bound") {
    lo = m.claim->quantity.low ? std::min(*m.claim->quantity.low, m.value) * (1 - k_exact_slack) : 0;
  }
  // "three times more than": three or four times as much (see times-more).
  if (i + 1 < t.size() && t[i + 1].type == T::word &&
      is_one_of(t[i + 1].text, {"more", "greater", "higher", "larger", "bigger", "m\xC3\xA1s", "mayor"})) {
    hi = (m.value + 1) * (1 + slack);
  }
  return StatedRatio{lo, hi, i, m.range, !multiplier};
}

// A percentage read as a part of a whole, or nullopt: one that no change
// and no comparison holds ("up 30%", "30% more"), below 100%. Its interval
// allows one unit of its last digit either way (a share may be cut rather
// than rounded), two points with a hedge ("about 52 per cent"), and its
// bound as written ("more than 40%").
std::optional<StatedRatio> stated_percent(const ArithmeticInput& in, std::size_t s, ArithTokens t, std::size_t i) {
  const Figure& p = in.figures[static_cast<std::size_t>(t[i].figure)];
  if (p.kind != QuantityKind::percent || p.range_side || !p.asserted || p.value <= 0 || p.value >= 100) {
    return std::nullopt;
  }
  if (in_change(in, s, t[i].figure) || (i > 0 && t[i - 1].type == T::word && change_direction(t[i - 1].text) != 0)) {
    return std::nullopt;
  }
  if (i + 1 < t.size() && t[i + 1].type == T::word &&
      (change_direction(t[i + 1].text) != 0 || is_change_noun(t[i + 1].text) ||
       is_one_of(t[i + 1].text, {"more", "less", "fewer", "higher", "lower", "above", "below"}))) {
    return std::nullopt;
  }
  const std::string_view written = in.number_text(p);
  double unit = 1;
  for (std::size_t d = count_decimals(written); d > 0; --d) unit /= 10;
  const std::string& qualifier = p.claim->quantity.qualifier;
  const bool hedged = qualifier == "approximate" || (i > 0 && hedge(t[i - 1]));
  double lo = p.value - (hedged ? 2 : unit);
  double hi = p.value + (hedged ? 2 : unit);
  if (qualifier == "lower-bound") {
    lo = p.value;
    hi = 100;
  } else if (qualifier == "upper-bound") {
    lo = p.value - 5;
    hi = p.value + unit;
  }
  StatedRatio r{std::max(lo, 0.0) / 100, hi / 100, i, p.range, true};
  r.percent = true;
  return r;
}

// "los precios regulados ..., con 3,2%, y su ritmo se duplicó respecto del
// 1,9% de enero", "rose 3.2%, and its pace doubled compared with the
// 1.9%": A the figure just before the verb of a factor (a comma, "and"
// and what doubled, of the same subject: "its pace", "su ritmo", or
// nothing, between), B what it is compared with. Nullopt if it is none.
std::optional<std::pair<int, int>> verb_compared(ArithTokens t, std::size_t i) {
  const std::size_t b = compared_after(t, i);
  if (b >= t.size()) return std::nullopt;
  std::size_t k = i;
  // "se duplicó": the reflexive before the verb.
  if (k > 0 && t[k - 1].type == T::word && t[k - 1].text == "se") --k;
  // What doubled: nothing, or a possessive and a noun or two.
  std::size_t w = k;
  while (w > 0 && k - w < 3 && t[w - 1].type == T::word &&
         !is_one_of(t[w - 1].text, {"and", "y", "its", "their", "su", "sus"})) {
    --w;
  }
  if (w < k) {
    if (w == 0 || t[w - 1].type != T::word || !is_one_of(t[w - 1].text, {"its", "their", "su", "sus"})) {
      return std::nullopt;
    }
    --w;
  }
  if (w == 0 || t[w - 1].type != T::word || !is_one_of(t[w - 1].text, {"and", "y"})) return std::nullopt;
  --w;
  if (w > 0 && t[w - 1].type == T::punct && t[w - 1].text == ",") --w;
  if (w == 0 || t[w - 1].type != T::figure) return std::nullopt;
  return std::pair{t[w - 1].figure, t[b].figure};
}

// Pattern 1: "A, RATIO the B". Pattern 2: "RATIO ...: A against B".
// Pattern 3: "A of the B, or RATIO". The ratio spans tokens [i, last].
std::optional<std::pair<int, int>> related_figures(const ArithmeticInput& in, ArithTokens t, std::size_t i,
                                                   std::size_t last, bool fraction, bool percent) {
  // "un tercio de sus puntos, 14 de 34", "a third of its points, 14 of
  // 34": the part and the whole restated after the fraction's noun, set
  // off by a comma.
  if (fraction) {
    std::size_t c = last + 1;
    if (c < t.size() && t[c].type == T::word && is_one_of(t[c].text, {"of", "de", "del"})) {
      ++c;
      for (int words = 0; words < 3 && c < t.size() && t[c].type == T::word; ++words) ++c;
    }
    if (c + 3 < t.size() && t[c].type == T::punct && t[c].text == "," && t[c + 1].type == T::figure &&
        t[c + 2].type == T::word && is_one_of(t[c + 2].text, {"of", "de"}) && t[c + 3].type == T::figure &&
        (c + 4 == t.size() || t[c + 4].type == T::punct)) {
      return std::pair{t[c + 1].figure, t[c + 3].figure};
    }
    // "about a third of a typical vehicle's daily takings, costing R1,150
    // out of the R2,300 a taxi brings in", ", or R1,150 of the R2,300": a
    // word or two that restate, then A "(out) of (the)" B and its words.
    // (What the fraction is of may take up to six words here.)
    if (c < t.size() && t[c].type == T::word) {
      for (int words = 3; words < 6 && c < t.size() && t[c].type == T::word; ++words) ++c;
    }
    if (c < t.size() && t[c].type == T::punct && t[c].text == ",") {
      std::size_t a = c + 1;
      for (int words = 0; words < 3 && a < t.size() && t[a].type == T::word &&
                          is_one_of(t[a].text, {"or", "costing", "accounting", "for", "amounting", "to", "some",
                                                "about", "roughly", "nearly", "almost", "representing"});
           ++words) {
        ++a;
      }
      std::size_t b = a + 1;
      if (b < t.size() && t[b].type == T::word && t[b].text == "out") ++b;
      const bool of = b < t.size() && t[b].type == T::word && is_one_of(t[b].text, {"of", "de"});
      if (of) ++b;
      if (b < t.size() && t[b].type == T::word && is_one_of(t[b].text, {"the", "los", "las"})) ++b;
      if (a > c + 1 && of && a < t.size() && t[a].type == T::figure && b < t.size() && t[b].type == T::figure) {
        std::size_t e = b + 1;
        while (e < t.size() && t[e].type == T::word) ++e;
        if (e == t.size() || t[e].type == T::punct) return std::pair{t[a].figure, t[b].figure};
      }
    }
  }
  std::size_t k = i;
  while (k > 0 && i - k < 4 && t[k - 1].type != T::figure && link_before(t[k - 1])) --k;
  // "subió 2,7% y duplicó así el 1,8% de julio", "rose 2.7% and thus
  // doubled the 1.8%": a verb of a factor joined to A by "and".
  if (const std::size_t joined = k == i ? and_before_factor(t, i) : 0;
      joined == 2 ||
      (joined == 1 && factor_verb(in.doc.view(in.figures[static_cast<std::size_t>(t[i].figure)].range)))) {
    k -= joined;
  }
  // Pattern 3.
  // The counted noun may follow B: "120 of its 400 staff, one in four".
  // (None when the ratio opens the sentence: "40% of ...".)
  const std::size_t b = k >= 2 && t[k - 1].type == T::word && t[k - 2].type == T::figure ? k - 2
                        : k >= 1                                                         ? k - 1
                                                                                         : t.size();
  // Only a fraction relates a part to its whole ("120 of 400, twice as
  // many as last year" compares something else).
  if (fraction && b >= 2 && b < t.size() && k < i && t[b].type == T::figure) {
    std::size_t o = b - 1;
    if (t[o].type == T::word &&
        is_one_of(t[o].text, {"the", "its", "their", "those", "these", "sus", "los", "las", "esos", "esas"})) {
      --o;
    }
    if (o >= 1 && t[o].type == T::word && is_one_of(t[o].text, {"of", "de"}) && t[o - 1].type == T::figure) {
      return std::pair{t[o - 1].figure, t[b].figure};
    }
  }
  // Pattern 4: "Of the 41,200 services scheduled, 2,060 were cancelled,
  // or roughly one in ten": the whole opens the sentence, the part is the
  // first figure after its comma, the ratio follows "or".
  // The ratio set off after "or" or a dash ("- roughly one in four of the
  // outstanding total"), or closing the sentence after a comma.
  bool after_or = false;
  for (std::size_t j = k; j < i; ++j) {
    after_or = after_or || (t[j].type == T::word && t[j].text == "or") || is_dash(t[j]);
  }
  // "..., half of the development." closes it too.
  std::size_t close = last + 1;
  if (close + 1 < t.size() && t[close].type == T::word && t[close].text == "of" && t[close + 1].type == T::word &&
      is_one_of(t[close + 1].text, {"the", "its", "their"})) {
    close += 2;
    for (int words = 0; words < 2 && close < t.size() && t[close].type == T::word; ++words) ++close;
  }
  const bool closing = close >= t.size() || (t[close].type == T::punct && t[close].text == ".");
  after_or = after_or || (closing && k > 0 && k < i && t[k].type == T::punct && t[k].text == ",");
  // Set off by commas on both sides: "297 of the 824 patients taking the
  // pill, roughly one in four, and vomiting by 132".
  // ("about one in five of its locations, as more customers ...": the
  // clause closes after what the fraction is of.)
  const bool clause_closes = close > last + 1 && close < t.size() && t[close].type == T::punct && t[close].text == ",";
  const bool apposition = k > 0 && k < i && t[k].type == T::punct && t[k].text == "," &&
                          ((last + 1 < t.size() && t[last + 1].type == T::punct && t[last + 1].text == ",") ||
                           clause_closes);
  after_or = after_or || apposition;
  if (fraction && after_or && t.size() > 3 && t[0].type == T::word && is_one_of(t[0].text, {"of", "de"})) {
    const std::size_t w =
        t[1].type == T::word && is_one_of(t[1].text, {"the", "its", "their", "los", "las", "sus"}) ? 2 : 1;
    if (t[w].type == T::figure) {
      std::size_t comma = w + 1;
      while (comma < i && !(t[comma].type == T::punct && t[comma].text == ",")) {
        if (t[comma].type == T::figure) return std::nullopt;
        ++comma;
      }
      if (comma + 1 < i && t[comma + 1].type == T::figure) {
        for (std::size_t j = comma + 2; j < i; ++j) {
          // One part only ("waited more than 24 hours" says how long).
          if (t[j].type == T::figure &&
              in.figures[static_cast<std::size_t>(t[j].figure)].kind != QuantityKind::duration) {
            return std::nullopt;
          }
        }
        return std::pair{t[comma + 1].figure, t[w].figure};
      }
    }
  }
  // Pattern 7: "where 1,240 of the 9,800 trains timetabled during the
  // year were cancelled - more than one in five": "A of the B", a few
  // words of what happened to them, then the fraction set off by a dash,
  // a comma or "or", closing the sentence or its clause.
  if (fraction && after_or && (closing || clause_closes || (last + 1 < t.size() && t[last + 1].type == T::punct))) {
    std::size_t m = k;
    for (std::size_t steps = 0; m > 0 && steps < 12 && t[m - 1].type != T::figure; ++steps, --m) {
      const ArithToken& w = t[m - 1];
      if (w.type == T::punct && w.text != "," && !is_dash(w)) break;
      if (w.type == T::word && is_one_of(w.text, {"and", "but", "while", "y", "pero"})) break;
    }
    if (m >= 3 && t[m - 1].type == T::figure) {
      std::size_t o = m - 2;
      if (t[o].type == T::word && is_one_of(t[o].text, {"the", "its", "their", "those", "these"}) && o > 0) --o;
      if (o >= 1 && t[o].type == T::word && t[o].text == "of" && t[o - 1].type == T::figure) {
        return std::pair{t[o - 1].figure, t[m - 1].figure};
      }
    }
  }
  // Pattern 6: "almost one in four respondents, 42 of the 240": the
  // fraction, a word or two of what it counts, a comma, then "A of the B".
  // ("About a quarter of wheat loads - 9,870 of the 61,400 delivered":
  // three words, and a dash for the comma.)
  // ("más de un tercio de los empleos de construcción, unos 1.200 de los
  // 4.800": Spanish, five words, a hedge before A.)
  if (fraction) {
    std::size_t j = last + 1;
    for (int words = 0; words < 5 && j < t.size() && t[j].type == T::word; ++words) ++j;
    std::size_t a = j + 1;
    if (a < t.size() && t[a].type == T::word &&
        is_one_of(t[a].text, {"about", "some", "around", "roughly", "nearly", "unos", "unas", "cerca", "casi"})) {
      ++a;
    }
    if (a + 2 < t.size() && ((t[j].type == T::punct && t[j].text == ",") || is_dash(t[j])) &&
        t[a].type == T::figure && t[a + 1].type == T::word && is_one_of(t[a + 1].text, {"of", "de"})) {
      std::size_t whole = a + 2;
      if (t[whole].type == T::word && is_one_of(t[whole].text, {"the", "its", "their", "los", "las", "sus"})) ++whole;
      if (whole < t.size() && t[whole].type == T::figure) return std::pair{t[a].figure, t[whole].figure};
    }
  }
  // Pattern 1. A may carry what it is of, set off by the comma:
  // "186,400 toneladas de limón, el doble de las 112,300 toneladas",
  // "2,410 tonnes of apples, twice the 1,200 tonnes".
  // ("9,800 tonnes of Matarau butter – three times as much as the 4,900
  // tonnes": up to three words, and a dash for the comma.)
  std::size_t a = k;
  // "forced 30 turnovers — 19 interceptions and 11 fumble recoveries
  // — twice the 15 takeaways": an aside between dashes after A is
  // passed over.
  if (k < i && k > 0 && is_dash(t[k]) && t[k - 1].type == T::figure) {
    for (std::size_t d = k - 1; d-- > 1 && k - d < 16;) {
      if (t[d].type == T::punct && t[d].text != "," && !is_dash(t[d])) break;
      if (!is_dash(t[d])) continue;
      if (t[d - 1].type == T::figure) a = d;
      break;
    }
  }
  if (a == k && k < i && ((t[k].type == T::punct && t[k].text == ",") || is_dash(t[k]))) {
    std::size_t w = k;
    while (w > 0 && k - w < 3 && t[w - 1].type == T::word && !is_one_of(t[w - 1].text, {"of", "de", "del"})) --w;
    if (w < k && w >= 2 && t[w - 1].type == T::word && is_one_of(t[w - 1].text, {"of", "de", "del"}) &&
        t[w - 2].type == T::figure) {
      a = w - 1;
    }
  }
  // "a net profit of A$187m for the six months to 31 December, more than
  // double the A$96m": a phrase of the period between A and the comma.
  // ("9.6 million visits over the five days, double the 4.8 million": the
  // length of time right before the comma is none of the ratio's.)
  const bool time_before = a > 1 && t[a - 1].type == T::figure &&
                           in.figures[static_cast<std::size_t>(t[a - 1].figure)].kind == QuantityKind::duration &&
                           t[a - 2].type == T::word &&
                           // ("in its first four weeks", "in the first three months")
                           is_one_of(t[a - 2].text, {"the", "those", "these", "los", "las", "its", "their",
                                                     "first", "last", "past", "opening", "final", "primeros",
                                                     "primeras"});
  if ((!(a > 0 && t[a - 1].type == T::figure) || time_before) && k < i && t[k].type == T::punct && t[k].text == ",") {
    bool period = false;
    for (std::size_t p = k; p > 0 && k - p < 9; --p) {
      const ArithToken& w = t[p - 1];
      if (w.type == T::punct) break;
      // (A year before a noun is one too: "for the 2026 edition".)
      if (w.type == T::word && (in.in_date(w) || year_word(w.text))) period = true;
      if (w.type == T::word && is_one_of(w.text, {"months", "month", "year", "quarter", "half", "season", "weeks",
                                                   "period", "day", "d\xC3\xAD" "a", "mes", "a\xC3\xB1o", "semana",
                                                   "trimestre", "semestre", "temporada"})) {
        period = true;
      }
      // ("the six months": a length of time read as one figure; "in
      // October": a date.)
      if (w.type == T::figure) {
        const QuantityKind kind = in.figures[static_cast<std::size_t>(w.figure)].kind;
        if (kind != QuantityKind::duration && kind != QuantityKind::date) break;
        period = true;
      }
      // ("grew to 18,400 acres by Thursday evening": "by" or "through" a
      // time.)
      if (period && w.type == T::word &&
          is_one_of(w.text, {"for", "in", "during", "over", "by", "through", "en", "durante"})) {
        // A right before the phrase, or a few words of what it counts
        // between ("2.1 million orders from mobile devices over the five
        // days"); up to ten words of what happened to it, none opening
        // another clause ("1,126 sailings were cancelled because of high
        // winds or swell in 2025").
        std::size_t f = p - 1;
        while (f > 0 && p - 1 - f < 5 && t[f - 1].type == T::word) --f;
        if (!(f > 0 && t[f - 1].type == T::figure)) {
          std::size_t g = p - 1;
          bool clause = false;
          while (g > 0 && p - 1 - g < 10 && t[g - 1].type == T::word) {
            clause = clause || opens_clause(t[g - 1]);
            --g;
          }
          if (!clause && g > 0 && t[g - 1].type == T::figure) f = g;
        }
        if (f > 0 && t[f - 1].type == T::figure) a = f;
        break;
      }
    }
    // The length of time alone is no A.
    if (time_before && a == k) return std::nullopt;
  }
  // "19 sellouts this season, nearly three times as many as the nine": a
  // demonstrative and a period right after A.
  if (!(a > 0 && t[a - 1].type == T::figure) && k < i && k >= 3 && t[k].type == T::punct && t[k].text == "," &&
      t[k - 1].type == T::word &&
      is_one_of(t[k - 1].text, {"season", "year", "month", "quarter", "week", "half", "term", "semester", "fall",
                                "autumn", "spring", "summer", "winter", "temporada", "a\xC3\xB1o", "mes",
                                "trimestre", "semestre", "curso", "verano", "invierno", "oto\xC3\xB1o",
                                "primavera"}) &&
      t[k - 2].type == T::word && is_one_of(t[k - 2].text, {"this", "last", "that", "esta", "este"}) &&
      t[k - 3].type == T::figure) {
    a = k - 2;
  }
  // "unos 32 mil usuarios diarios, el doble que ...", "4,200 riders
  // daily, twice ...": a rate's adjective of its period right after A.
  if (!(a > 0 && t[a - 1].type == T::figure) && k < i && k >= 2 && t[k].type == T::punct && t[k].text == "," &&
      t[k - 1].type == T::word &&
      is_one_of(t[k - 1].text, {"daily", "weekly", "monthly", "yearly", "annually", "diarios", "diarias", "diario",
                                "diaria", "semanales", "mensuales", "anuales"}) &&
      t[k - 2].type == T::figure) {
    a = k - 1;
  }
  // "9,050 students on its books, one in three of its 36,200": a phrase
  // of where after A (a preposition and up to three words); or of what
  // for ("waited 14.2 hours for a bed, three times as long as").
  if (!(a > 0 && t[a - 1].type == T::figure) && k < i && t[k].type == T::punct && t[k].text == "," && k >= 3) {
    // (Or of when, a rate's period: "96.000 pasajeros al día", "en un día
    // laboral típico", five words; "at the time of peak demand", six.)
    for (std::size_t p = k - 1, words = 0; p > 1 && words < 6 && t[p].type == T::word; --p, ++words) {
      // ("for" only after a length of time: "$187m for the region's
      // stores" may be of another scope than the figure compared.)
      const bool wait_for = t[p].text == "for" && t[p - 1].type == T::figure &&
                            in.figures[static_cast<std::size_t>(t[p - 1].figure)].kind == QuantityKind::duration;
      if (t[p - 1].type == T::figure &&
          (is_one_of(t[p].text, {"on", "in", "at", "across", "en", "a", "al", "per", "por", "each", "every", "cada"}) ||
           wait_for)) {
        a = p;
        // "$71.3 million, or 42 cents a share, nearly double the $36.2
        // million": a figure per unit told again after ", or" restates A.
        if (p >= 4 && is_one_of(t[p].text, {"a", "per", "por", "each", "cada"}) && word_is(t, p - 2, "or") &&
            t[p - 3].type == T::punct && t[p - 3].text == "," && t[p - 4].type == T::figure) {
          a = p - 3;
        }
        break;
      }
    }
  }
  // "Only 5,940 candidates wrote mathematics, half as many as the 8,910":
  // with "as many as", a count, its verb and object (up to three words),
  // then the comma.
  // ("A total of 1,840 services were cancelled because no driver or guard
  // was available, twice as many as the 1,210": up to nine words of what
  // was done to A, a passive, when none opens another clause.)
  // ("Some 3,120 cancellations were put down to a lack of drivers or
  // guards, three times the 1,560 blamed on ...": "the" and B after the
  // ratio, up to ten words.)
  const bool the_b = last + 2 < t.size() && word_is(t, last + 1, "the") && t[last + 2].type == T::figure;
  if ((as_many_after(t, last) || the_b) && !(a > 0 && t[a - 1].type == T::figure) && k < i && k >= 2 &&
      t[k].type == T::punct && t[k].text == ",") {
    bool clause = false;
    bool past = false;
    for (std::size_t p = k - 1, words = 0; p > 0 && words < 10 && t[p].type == T::word && (words < 3 || !clause);
         --p, ++words) {
      clause = clause || opens_clause(t[p]);
      past = past || past_verb(t[p]);
      const bool passive = is_one_of(t[p].text, {"were", "was", "are", "is", "fueron", "fue", "son"});
      if (t[p - 1].type == T::figure && in.figures[static_cast<std::size_t>(t[p - 1].figure)].kind ==
                                            QuantityKind::count &&
          ((words < 3 && as_many_after(t, last)) || (!clause && passive) ||
           // ("In Year 7, 486 students reached the Exceeding category,
           // twice the 318 recorded in 2025": a verb and its object, up to
           // four words; "31,200 people had registered, nearly three
           // times the 13,900": the verb after its auxiliary.)
           (words < 4 && !clause && the_b && past))) {
        a = p;
        break;
      }
    }
  }
  // "The metro spent R1.4-billion buying electricity from independent power
  // producers in the 2025/26 financial year, more than three times the
  // R620-million it spent in 2023/24": the verb right before A told again
  // right after B (a subject of up to two words between) ties the two
  // across up to sixteen words after A, of which no figure but a date or
  // a length of time.
  if (!(a > 0 && t[a - 1].type == T::figure) && the_b && k < i && t[k].type == T::punct && t[k].text == ",") {
    const std::size_t b_at = last + 2;
    std::size_t f = k;
    for (std::size_t p = k; p > 0 && k - p < 16; --p) {
      const ArithToken& x = t[p - 1];
      // (The slash of a fiscal year read as no date: "2025/26".)
      if (x.type == T::punct && x.text != "/") break;
      if (x.type != T::figure) continue;
      const QuantityKind kind = in.figures[static_cast<std::size_t>(x.figure)].kind;
      if (kind == QuantityKind::date || kind == QuantityKind::duration) continue;
      f = p - 1;
      break;
    }
    if (f < k && f > 0 && t[f - 1].type == T::word && t[f - 1].text.size() > 2 &&
        compatible(in.figures[static_cast<std::size_t>(t[f].figure)],
                   in.figures[static_cast<std::size_t>(t[b_at].figure)])) {
      for (std::size_t v = b_at + 2; v <= b_at + 3 && v < t.size() && t[v - 1].type == T::word; ++v) {
        if (t[v].type == T::word && t[v].text == t[f - 1].text) {
          a = f + 1;
          break;
        }
      }
    }
  }
  // "The 221 permitted through September are more than three times the 96
  // issued ...": A opens the sentence as its subject ("The" before it or
  // not), up to six words of what it is between, none opening a clause,
  // then the verb "to be" of the ratio.
  if (!(a > 0 && t[a - 1].type == T::figure) && k < i && t[k].type == T::word &&
      is_one_of(t[k].text, {"are", "were", "is", "was", "son", "fueron", "es", "fue"})) {
    const std::size_t f = word_is(t, 0, "the") || word_is(t, 0, "los") || word_is(t, 0, "las") ? 1 : 0;
    bool subject = f < k && t[f].type == T::figure && k - f <= 7;
    for (std::size_t m = f + 1; subject && m < k; ++m) {
      subject = (t[m].type == T::word && !opens_clause(t[m])) ||
                (t[m].type == T::figure &&
                 in.figures[static_cast<std::size_t>(t[m].figure)].kind == QuantityKind::date);
    }
    if (subject) a = f + 1;
  }
  // "With 980 licensed beds across its four campuses, St. Brigid has more
  // than three times as many beds as ...": A opens the sentence after
  // "With", a comma ends its phrase, and the clause of the ratio (up to
  // six words, no figure) follows.
  if (!(a > 0 && t[a - 1].type == T::figure) && i > 3 && word_is(t, 0, "with") && t[1].type == T::figure) {
    std::size_t c = 2;
    while (c < i && t[c].type != T::punct) ++c;  // ("across its four campuses")
    bool clause = c < i && t[c].type == T::punct && t[c].text == "," && i - c <= 7;
    // (The full stop of an abbreviation may stand there: "St. Brigid".)
    for (std::size_t m = c + 1; clause && m < i; ++m) {
      clause = t[m].type == T::word || (t[m].type == T::punct && t[m].text == ".");
    }
    if (clause) a = 2;
  }
  // (A percentage is a part only with "of" after it: "6,842 homes, 40 per
  // cent of its 12,500 target".)
  const bool of_after = last + 1 < t.size() && t[last + 1].type == T::word && t[last + 1].text == "of";
  if (a > 0 && t[a - 1].type == T::figure && (!percent || of_after)) {
    std::size_t j = last + 1;
    // ("twice the season's lowest crowd of 2,040": a superlative, its
    // noun and "of" before B.)
    const auto superlative_of = [&](std::size_t x) {
      return x + 2 < t.size() && t[x].type == T::word && t[x].text.size() > 4 && t[x].text.ends_with("est") &&
             t[x + 1].type == T::word && t[x + 2].type == T::word && t[x + 2].text == "of";
    };
    // ("three times as many as Valley Regional's 410": a name of up to
    // three capitalised words ending in a possessive.)
    const auto named_possessor = [&](std::size_t x) {
      for (std::size_t y = x; y < x + 3 && capitalised(in, t, y); ++y) {
        if (t[y].text.ends_with("'s") || t[y].text.ends_with("\xE2\x80\x99s")) return y + 1 - x;
      }
      return std::size_t{0};
    };
    // ("nearly three times the groundnut crop of 21.3 lakh tonnes": after
    // "the", a noun of up to two words and "of" before B.)
    const auto noun_of = [&](std::size_t x) -> std::size_t {
      // ("triple the number of five seasons ago, when it had 11,900": the
      // number of a time is read below, and no time is B.)
      const bool number = t[x].type == T::word && is_one_of(t[x].text, {"number", "figure", "level", "total"});
      // (Spanish too: "el triple de la capacidad actual de 38.000
      // toneladas diarias".)
      if (x == 0 || !(word_is(t, x - 1, "the") || word_is(t, x - 1, "la") || word_is(t, x - 1, "el")) || number) {
        return 0;
      }
      const auto amount_at = [&](std::size_t y) {
        if (t[y].type != T::figure) return false;
        const QuantityKind kind = in.figures[static_cast<std::size_t>(t[y].figure)].kind;
        return kind != QuantityKind::date && kind != QuantityKind::duration;
      };
      for (std::size_t n = 1; n <= 2; ++n) {
        if (x + n + 1 < t.size() && t[x + n - 1].type == T::word && !link_after(t[x + n - 1]) &&
            (word_is(t, x + n, "of") || word_is(t, x + n, "de")) && amount_at(x + n + 1)) {
          return n;
        }
      }
      return 0;
    };
    std::size_t reach = 5;
    while (j < t.size() && j - last <= reach && t[j].type != T::figure) {
      if (superlative_of(j)) {
        j += 2;
        reach += 2;
        continue;
      }
      if (const std::size_t noun = noun_of(j); noun > 0) {
        j += noun;
        reach += noun;
        continue;
      }
      if (const std::size_t name = named_possessor(j); name > 0) {
        j += name;
        reach += name;
        continue;
      }
      if (!link_after(t[j])) break;
      ++j;
    }
    if (j < t.size() && t[j].type == T::figure) return std::pair{t[a - 1].figure, t[j].figure};
    // "con 11.240, el triple que oftalmología, que acumula 5.620", "three
    // times cardiology, which has 3,750": what B is of (up to three
    // words), then B in a clause of "que" or "which" (up to four words
    // before it; up to seven when B is of A's kind: "triplica la
    // generación local disponible, que con la nueva unidad asciende a
    // 1.120 megavatios").
    {
      std::size_t w = last + 1;
      // ("more than three times as many beds as Valley Regional, which is
      // licensed for 410": "as many", a noun, then "as".)
      if (word_is(t, w, "as") && w + 1 < t.size() && t[w + 1].type == T::word &&
          is_one_of(t[w + 1].text, {"many", "much"})) {
        w += 2;
        if (!word_is(t, w, "as") && w + 1 < t.size() && word_is(t, w + 1, "as")) ++w;
      }
      if (w < t.size() && t[w].type == T::word && is_one_of(t[w].text, {"que", "than", "as"})) ++w;
      if (w < t.size() && t[w].type == T::word && is_one_of(t[w].text, {"el", "la", "los", "las", "the"})) ++w;
      const std::size_t named = w;
      while (w < t.size() && w < named + 3 && t[w].type == T::word) ++w;
      if (w > named && w + 2 < t.size() && t[w].type == T::punct && t[w].text == "," && t[w + 1].type == T::word &&
          is_one_of(t[w + 1].text, {"que", "which", "where", "donde"})) {
        std::size_t fb = w + 2;
        while (fb < t.size() && fb < w + 9 && t[fb].type == T::word) ++fb;
        if (fb < t.size() && t[fb].type == T::figure &&
            (fb < w + 6 || compatible(in.figures[static_cast<std::size_t>(t[a - 1].figure)],
                                      in.figures[static_cast<std::size_t>(t[fb].figure)]))) {
          return std::pair{t[a - 1].figure, t[fb].figure};
        }
      }
    }
    // "28.400 abonados, el triple que hace cinco temporadas, cuando ...
    // apenas contaba con 11.900 abonados"; "triple the number of five
    // seasons ago, when it had 11,900": a time, a comma, then B in the
    // clause "when" opens.
    std::size_t w = last + 1;
    while (w < t.size() && w < last + 4 && t[w].type == T::word &&
           is_one_of(t[w].text, {"the", "number", "figure", "level", "total", "as", "many", "much"})) {
      ++w;
    }
    if (w < t.size() && t[w].type == T::word && is_one_of(t[w].text, {"que", "than", "of", "in", "en"})) {
      ++w;
      std::size_t time_end = w;
      bool timely = false;
      // ("five seasons ago", "hace cinco temporadas": a count of seasons.)
      const auto ago = [&](std::size_t x) {
        return (x + 1 < t.size() && t[x + 1].type == T::word && t[x + 1].text == "ago") ||
               (x > 0 && t[x - 1].type == T::word && t[x - 1].text == "hace");
      };
      while (time_end < t.size() && time_end < w + 6 &&
             (t[time_end].type == T::word ||
              (t[time_end].type == T::figure &&
               (in.figures[static_cast<std::size_t>(t[time_end].figure)].kind == QuantityKind::date ||
                in.figures[static_cast<std::size_t>(t[time_end].figure)].kind == QuantityKind::duration ||
                ago(time_end))))) {
        timely = timely || t[time_end].type == T::figure || in.in_date(t[time_end]) ||
                 is_one_of(t[time_end].text, {"hace", "ago", "temporadas", "seasons", "years", "a\xC3\xB1os"});
        ++time_end;
      }
      if (timely && time_end + 2 < t.size() && t[time_end].type == T::punct && t[time_end].text == "," &&
          t[time_end + 1].type == T::word && is_one_of(t[time_end + 1].text, {"cuando", "when"})) {
        for (std::size_t then = time_end + 2; then < t.size() && then < time_end + 16; ++then) {
          if (t[then].type == T::punct) break;
          if (t[then].type != T::figure) continue;
          const Figure& fb = in.figures[static_cast<std::size_t>(t[then].figure)];
          if (fb.kind == QuantityKind::date || fb.kind == QuantityKind::duration) continue;
          const Figure& fa = in.figures[static_cast<std::size_t>(t[a - 1].figure)];
          if (compatible(fa, fb) || (fb.kind == QuantityKind::number && fa.kind == QuantityKind::count)) {
            return std::pair{t[a - 1].figure, t[then].figure};
          }
          break;
        }
      }
    }
  }
  if (percent) return std::nullopt;
  // "702 votos a favor frente a 351 en contra, el triple de apoyos que de
  // rechazos", "702 votes for against 351 against, twice as many": two
  // figures set against each other, then the ratio after a comma.
  // (A ratio with its own object, "triple the 2019 level", is of that.)
  const bool own_object = last + 1 < t.size() && (t[last + 1].type == T::figure || (t[last + 1].type == T::word &&
                                                  is_one_of(t[last + 1].text, {"the", "its", "their", "that"})));
  if (!own_object && k < i && k >= 4 && t[k].type == T::punct && t[k].text == ",") {
    std::size_t words_end = k;
    while (words_end > 0 && k - words_end < 4 && t[words_end - 1].type == T::word) --words_end;
    if (words_end > 0 && t[words_end - 1].type == T::figure) {
      const std::size_t fb = words_end - 1;
      std::size_t c = fb;
      if (c >= 2 && t[c - 1].type == T::word && is_one_of(t[c - 1].text, {"a", "with", "to"}) &&
          t[c - 2].type == T::word && is_one_of(t[c - 2].text, {"frente", "compared"})) {
        c -= 2;
      } else if (c >= 1 && t[c - 1].type == T::word && is_one_of(t[c - 1].text, {"against", "versus", "vs"})) {
        c -= 1;
      } else {
        c = t.size();
      }
      if (c < t.size()) {
        std::size_t fa = c;
        while (fa > 0 && c - fa < 4 && t[fa - 1].type == T::word) --fa;
        if (fa > 0 && t[fa - 1].type == T::figure) return std::pair{t[fa - 1].figure, t[fb].figure};
      }
    }
  }
  // Pattern 2: within the next fourteen tokens, "A against/versus/compared
  // with B", with no other figure before A; A may carry a few words of
  // what it is, set off by a comma ("£1,140 a month for a typical flat,
  // against £1,720").
  for (std::size_t j = last + 1; j + 2 < t.size() && j <= last + 14; ++j) {
    if (t[j].type != T::figure) continue;
    std::size_t c = j + 1;
    for (std::size_t words = 0; words < 8 && c < t.size() && t[c].type == T::word &&
                                !is_one_of(t[c].text, {"against", "versus", "vs", "compared", "contra", "frente"});
         ++words) {
      ++c;
    }
    if (c > j + 1) {
      // The words must end with a comma before the comparison.
      if (c >= t.size() || t[c].type != T::punct || t[c].text != ",") return std::nullopt;
      ++c;
    }
    if (c >= t.size() || t[c].type != T::word ||
        !is_one_of(t[c].text, {"against", "versus", "vs", "compared", "contra", "frente"})) {
      return std::nullopt;
    }
    ++c;
    if (c < t.size() && t[c].type == T::word && is_one_of(t[c].text, {"with", "to", "a", "al", "los", "las"})) ++c;
    if (c < t.size() && t[c].type == T::figure) return std::pair{t[j].figure, t[c].figure};
    return std::nullopt;
  }
  return std::nullopt;
}

// "half of the cost, £5.1 million, with the remaining £9.1 million": a
// fraction of a whole (a few words after it), the part A set off by commas
// right after, and the rest B later in the sentence; the whole is A + B.
// The figures A and B, or nullopt.
std::optional<std::pair<int, int>> part_and_rest(ArithTokens t, std::size_t last) {
  std::size_t k = last + 1;
  for (int words = 0; words < 4 && k < t.size() && t[k].type == T::word; ++words) ++k;
  if (k + 1 >= t.size() || t[k].type != T::punct || t[k].text != "," || t[k + 1].type != T::figure) return std::nullopt;
  const std::size_t a = k + 1;
  for (std::size_t j = a + 1; j + 1 < t.size() && j <= a + 10; ++j) {
    if (t[j].type == T::figure) return std::nullopt;
    if (t[j].type != T::word || !is_one_of(t[j].text, {"remaining", "rest", "remainder", "balance", "restante",
                                                        "resto"})) {
      continue;
    }
    std::size_t b = j + 1;
    while (b < t.size() && t[b].type == T::word && is_one_of(t[b].text, {"of", "the", "de", "los", "las"})) ++b;
    if (b < t.size() && t[b].type == T::figure) return std::pair{t[a].figure, t[b].figure};
    return std::nullopt;
  }
  return std::nullopt;
}

// The fraction at token i of `t` against its part and the rest
// (part_and_rest).
void check_part_and_rest(const ArithmeticInput& in, ArithTokens t, std::size_t i, const StatedRatio& stated,
                         DiagnosticSink& sink) {
  const std::optional<std::pair<int, int>> pr = part_and_rest(t, stated.last);
  if (!pr) return;
  const Figure& m = in.figures[static_cast<std::size_t>(t[i].figure)];
  const Figure& a = in.figures[static_cast<std::size_t>(pr->first)];
  const Figure& b = in.figures[static_cast<std::size_t>(pr->second)];
  if (!compatible(a, b) || a.kind == QuantityKind::multiplier || a.kind == QuantityKind::percent || a.range_side ||
      b.range_side || !a.asserted || !b.asserted || !m.asserted || a.low < 0 || b.low < 0) {
    return;
  }
  // A over the whole A + B, at either end of their rounding.
  const double low = a.low / (a.low + b.high);
  const double high = a.high / (a.high + b.low);
  if (overlaps(stated.low, stated.high, low, high)) return;
  const double whole = a.value + b.value;
  Diagnostic d;
  d.check = "ratio-mismatch";
  d.severity = Severity::error;
  d.message = fmt::format("{} is {} of {} + {} = {}, not \"{}\"", format_figure(a.value, a.kind, a.unit),
                          format_figure(a.value / whole * 100, QuantityKind::percent, "%", 0),
                          format_figure(a.value, a.kind, a.unit), format_figure(b.value, b.kind, b.unit),
                          format_figure(whole, a.kind, a.unit), in.doc.view(stated.range));
  d.range = in.original(stated.range);
  d.notes.push_back({in.original(a.range), "the part", {}});
  d.notes.push_back({in.original(b.range), "the rest", {}});
  sink.report(std::move(d));
}

// Pattern 5: "Kessler scored 21 goals ... That was twice as many league
// goals as Rovers' top scorer, Liam Procter, who managed 14." The
// sentence opens "That was" ("This is", "It was"), the ratio follows with
// "as many NOUN as", B is the one figure after it, and A the one figure
// of the sentence before (in the paragraph) that counts NOUN. Or the
// ratio is followed by "the" and B, a count of NOUN: "That is more than
// double the 81 properties flooded in February 2020".
std::optional<std::pair<int, int>> previous_sentence_ratio(const ArithmeticInput& in, std::size_t s, ArithTokens t,
                                                           std::size_t i, std::size_t last) {
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (!word(0, {"that", "this", "it"}) || !word(1, {"was", "is", "were", "are"})) return std::nullopt;
  for (std::size_t k = 2; k < i; ++k) {
    if (!hedge(t[k]) && !word(k, {"well", "almost", "nearly"})) return std::nullopt;
  }
  std::string head;
  int b = -1;
  bool the_b = false;
  if (word(last + 1, {"the"}) && last + 2 < t.size() && t[last + 2].type == T::figure) {
    // "... flooding 143 properties. That is more than double the 81
    // properties flooded in February 2020": B right after the ratio, a
    // count whose noun A counts too.
    const Figure& fb = in.figures[static_cast<std::size_t>(t[last + 2].figure)];
    if (fb.kind != QuantityKind::count || fb.unit.empty() || !fb.asserted) return std::nullopt;
    head = fb.unit;
    b = t[last + 2].figure;
    the_b = true;
  } else {
    if (!word(last + 1, {"as"}) || !word(last + 2, {"many", "much"})) return std::nullopt;
    // The nouns up to "as": the last one is what both figures count.
    std::size_t k = last + 3;
    std::string_view noun;
    while (k < t.size() && k <= last + 6 && t[k].type == T::word && t[k].text != "as") noun = t[k++].text;
    if (noun.empty() || !word(k, {"as"})) return std::nullopt;
    head = singular(std::string(noun));
    for (const std::size_t j : in.figure_tokens(s)) {
      if (j <= k) continue;
      if (b >= 0 || j > k + 16) return std::nullopt;  // B is the one figure after
      b = t[j].figure;
    }
  }
  // A in the sentence before, in the paragraph; with "the B", also
  // ending the one before ("That is more than double the 81 properties"
  // opening a paragraph speaks of the last one's end).
  if (b < 0 || s == 0 || s <= in.first_sentence() ||
      in.doc.sentences[s - 1].paragraph + (the_b ? 1 : 0) < in.doc.sentences[s].paragraph) {
    return std::nullopt;
  }
  const ArithTokens prev = in.tokens(s - 1);
  int a = -1;
  for (const std::size_t j : in.figure_tokens(s - 1)) {
    const Figure& f = in.figures[static_cast<std::size_t>(prev[j].figure)];
    if (f.kind != QuantityKind::count || f.unit != head) continue;
    if (a >= 0) return std::nullopt;  // two counts of the noun
    a = prev[j].figure;
  }
  if (a < 0) return std::nullopt;
  return std::pair{a, b};
}

// The relative slack of a stated average: it is rounded more freely than
// the figures it divides ("an average of 420 a day" of 2,325 over six
// days passes).
constexpr double k_average_slack = 0.03;

// How many of `unit` ("day", "week", "month") the period `time` ("2025",
// "2026-03", "2026-Q1") holds, if it ended before `published`
// (YYYY-MM-DD); nullopt otherwise.
std::optional<double> units_in_period(std::string_view time, std::string_view unit, std::string_view published) {
  const std::optional<CivilDate> today = parse_iso_date(published);
  int year = 0;
  const auto [end, ec] = std::from_chars(time.data(), time.data() + std::min<std::size_t>(time.size(), 4), year);
  if (!today || ec != std::errc() || end != time.data() + 4) return std::nullopt;
  int first = 1;  // the period's months, first to last
  int last = 12;
  if (time.size() == 7 && time[4] == '-' && time[5] == 'Q' && time[6] >= '1' && time[6] <= '4') {
    last = 3 * (time[6] - '0');
    first = last - 2;
  } else if (const std::optional<CivilDate> month = parse_iso_date(fmt::format("{}-01", time));
             time.size() == 7 && month) {
    first = last = month->month;
  } else if (time.size() != 4) {
    return std::nullopt;
  }
  const long from = days_from_civil({year, first, 1});
  const long to = days_from_civil({year, last, days_in_month(year, last)});  // the last day
  if (to >= days_from_civil(*today)) return std::nullopt;
  if (unit == "day") return static_cast<double>(to - from + 1);
  if (unit == "week") return static_cast<double>(to - from + 1) / 7;
  if (unit == "month") return static_cast<double>(last - first + 1);
  return std::nullopt;
}

// "2025", "March 2026", "Q1 2026" for a period of a claim's time.
std::string describe_period(std::string_view time) {
  static constexpr std::string_view k_months[] = {"January", "February", "March",     "April",   "May",
                                                  "June",    "July",     "August",    "September", "October",
                                                  "November", "December"};
  if (time.size() == 7 && time[4] == '-' && time[5] == 'Q') {
    return fmt::format("{} {}", time.substr(5), time.substr(0, 4));
  }
  if (time.size() == 7 && time[4] == '-' && time[5] >= '0' && time[5] <= '1') {
    const int m = (time[5] - '0') * 10 + (time[6] - '0');
    if (m >= 1 && m <= 12) return fmt::format("{} {}", k_months[m - 1], time.substr(0, 4));
  }
  return std::string(time);
}

// "2,340 visitors in its first six days after reopening, an average of
// 420 a day": a stated average per unit of time ("an average of R a
// day", "averaging R a week", "R a day on average") against the count
// and the length of time before it in the sentence, or with no length
// the month or year the count is dated (units_in_period).
// Whether `a` and `b` name one kind of occasion: a unit itself, or two
// names of a sports fixture ("across four home matches, an average of
// 22,000 a game"; "en sus 15 encuentros ..., un promedio de 35.400 por
// partido").
bool same_occasion(std::string_view a, std::string_view b) {
  const auto fixture = [](std::string_view w) {
    return is_one_of(w, {"game", "match", "fixture", "partido", "encuentro", "juego", "date", "opening"});
  };
  return a == b || (fixture(a) && fixture(b));
}

void check_averages(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> figures = in.figure_tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  const auto is = [&](std::size_t k, std::string_view w) {
    return k < t.size() && t[k].type == T::word && t[k].text == w;
  };
  // ", or (about) R a day" restates a count as a rate too.
  const auto restated = [&](std::size_t k) {
    return is(k, "or") && k > 0 && t[k - 1].type == T::punct && t[k - 1].text == ",";
  };
  const auto cue_end = [&](std::size_t k) {
    return is(k, "of") || is(k, "averaging") || is(k, "at") || is(k, "de") || restated(k);
  };
  // "22,000 vehicles a day": a figure that is a rate itself is no total.
  const auto rate_at = [&](std::size_t k) {
    return word(k + 1, {"a", "an", "per", "every", "each", "al", "por", "cada"}) && k + 2 < t.size() &&
           t[k + 2].type == T::word;
  };
  for (std::size_t n = 0; n < figures.size(); ++n) {
    const std::size_t i = figures[n];
    // "an average of R", "averaging R", "worked out at (roughly) R". A
    // hedge between the cue and R ("worked out at roughly 72") is read
    // only after a cue word: most figures follow none (issue 9).
    std::size_t at = i;
    if (at >= 2 && !cue_end(at - 1) && cue_end(at - 2) && hedge(t[at - 1])) --at;
    if (at == 0 || !cue_end(at - 1)) continue;
    // Spanish "una media de R", "un promedio de R".
    // "una media diaria de 15.200": the unit in the cue.
    const bool daily = at >= 3 && word(at - 1, {"de"}) && word(at - 2, {"diaria", "diario"}) &&
                       word(at - 3, {"media", "promedio"});
    const bool averaged = daily ||
                          (at >= 2 && word(at - 1, {"of", "de"}) && word(at - 2, {"average", "media", "promedio"})) ||
                          (at >= 1 && word(at - 1, {"averaging"})) || (at >= 1 && restated(at - 1)) ||
                          (at >= 3 && word(at - 1, {"at"}) && word(at - 2, {"out"}) &&
                           word(at - 3, {"worked", "works", "working"}));
    if (!averaged) continue;
    const Figure& r = in.figures[static_cast<std::size_t>(t[i].figure)];
    // An amount in a unit averages an amount in that unit ("9,600 tonnes
    // of salt over 32 nights, an average of about 400 tonnes a night").
    const bool amount = r.kind == QuantityKind::quantity && !r.unit.empty();
    if ((r.kind != QuantityKind::number && r.kind != QuantityKind::count && !amount) || !r.asserted || r.range_side) {
      continue;
    }
    // "a day", "per week", "every day"; two words of what is done may
    // come first ("72 holes filled every day"). Spanish "al día", "por
    // día", "diarios", "al mes", "mensuales".
    std::size_t per = i + 1;
    std::string unit;
    // "una media de 2.600 diarios": the word is read as R's noun.
    if (daily || (r.kind == QuantityKind::count && (r.unit == "diario" || r.unit == "diaria"))) unit = "day";
    for (; per < t.size() && per < i + 3 && unit.empty(); ++per) {
      if (word(per, {"a", "an", "per", "every", "each", "al", "por", "cada"}) && per + 1 < t.size() &&
          t[per + 1].type == T::word) {
        const std::string_view u = t[per + 1].text;
        unit = u == "d\xC3\xAD" "a"                    ? "day"
               : u == "mes"                             ? "month"
               : u == "semana"                          ? "week"
               : is_one_of(u, {"partido", "encuentro"}) ? "game"
                                                        : std::string(u);
      } else if (word(per, {"diarios", "diarias", "diario", "diaria"})) {
        unit = "day";
      } else if (word(per, {"mensuales", "mensual"})) {
        unit = "month";
      } else if (t[per].type != T::word) {
        break;
      }
    }
    if (unit.empty()) continue;
    // The one length of time in that unit before R, and the count nearest
    // before R besides it that no change is measured from ("18,420
    // attendances in January, up 2.6 per cent on the 17,960 in the same
    // month last year and an average of 594 a day").
    int length = -1;
    int total = -1;
    bool several = false;
    for (std::size_t m = n; m-- > 0;) {
      // Another rate nearer ("11,600 hectares in under five years, or
      // roughly 2,500 hectares a year, compared with an average of just
      // over 2,600 hectares a year since 2019"): that one is of the count
      // and the length, R of something else.
      if (total < 0 && length < 0 && rate_at(figures[m])) {
        several = true;
        break;
      }
      const Figure& f = in.figures[static_cast<std::size_t>(t[figures[m]].figure)];
      // ("60 working days" is read as a count of days.)
      if ((f.kind == QuantityKind::duration || f.kind == QuantityKind::count) && same_occasion(f.unit, unit)) {
        several = several || length >= 0;
        length = t[figures[m]].figure;
      } else if (total < 0 &&
                 (amount ? f.kind == QuantityKind::quantity && f.unit == r.unit
                         : f.kind == QuantityKind::count || f.kind == QuantityKind::number) &&
                 // Less than the average is no total of it ("two rainouts").
                 f.high >= r.low && !in_change(in, s, t[figures[m]].figure, true) && !rate_at(figures[m])) {
        total = t[figures[m]].figure;
      }
    }
    // No count before R in the sentence: the last count of R's noun in the
    // sentence before that no change is measured from ("atendió a 41.610
    // pacientes a lo largo de 2025 ... Según la memoria, el servicio
    // registró una media de 127 pacientes diarios").
    // Or, a few sentences back, up to two paragraphs before ("flew 3.36
    // million passengers in February ... Across the month that works out
    // at an average of almost 130,000 passengers a day"): the first
    // sentence back with such a count gives it.
    constexpr std::size_t k_sentences_back = 3;
    for (std::size_t m = s; total < 0 && length < 0 && r.kind == QuantityKind::count && !r.unit.empty() &&
                            m-- > in.first_sentence() && s - m <= k_sentences_back &&
                            in.doc.sentences[m].paragraph + 2 >= in.doc.sentences[s].paragraph;) {
      const ArithTokens prev = in.tokens(m);
      const std::span<const std::uint32_t> pf = in.figure_tokens(m);
      for (auto it = pf.rbegin(); it != pf.rend() && total < 0; ++it) {
        const Figure& f = in.figures[static_cast<std::size_t>(prev[*it].figure)];
        if (f.kind == QuantityKind::count && f.unit == r.unit && !in_change(in, m, prev[*it].figure, true)) {
          total = prev[*it].figure;
        }
      }
    }
    if (total < 0 || several) continue;
    const Figure& c = in.figures[static_cast<std::size_t>(total)];
    // No length told: the period the count is bound to, when it ended by
    // publication ("atendió a 41.610 pacientes a lo largo de 2025 ... una
    // media de 127 pacientes diarios"; "en marzo ... 74.400 usos").
    double units = 0;
    // A length told as an upper bound ("in under five years") is open
    // below. (Not "over 32 nights": "over" is as often the span as a
    // bound.)
    bool open_below = false;
    std::string period;
    if (length >= 0) {
      const Figure& d = in.figures[static_cast<std::size_t>(length)];
      if (!d.asserted || d.range_side || d.value <= 0) continue;
      units = d.value;
      open_below = d.claim && d.claim->quantity.qualifier == "upper-bound";
      period = in.doc.view({d.number.begin, d.range.end});
    } else if (c.claim && c.claim->time && in.doc.meta.date) {
      const std::optional<double> in_period = units_in_period(*c.claim->time, unit, *in.doc.meta.date);
      if (!in_period) continue;
      units = *in_period;
      period = describe_period(*c.claim->time);
    } else {
      continue;
    }
    if (!c.asserted || c.range_side || c.low <= 0) continue;
    // "six days" is six: a length of time counts whole units.
    // (Fewer units make a higher rate: "in under five years" is at least
    // the count over five.)
    const double lo = c.low / units;
    const double hi = open_below ? std::numeric_limits<double>::infinity() : c.high / units;
    if (overlaps(r.low * (1 - k_average_slack), r.high * (1 + k_average_slack), lo, hi)) continue;
    Diagnostic diag;
    diag.check = "ratio-mismatch";
    diag.severity = Severity::error;
    // The length from its numeral on ("32 nights", not "over 32 nights");
    // an amount with its unit as written.
    const std::string total_text = amount ? std::string(in.doc.view({c.number.begin, c.range.end}))
                                          : format_figure(c.value, c.kind, c.unit);
    // A bound as written ("not more than 24,000").
    const std::string stated =
        stated_as_bound(r) ? std::string(in.doc.view(r.range)) : format_figure(r.value, QuantityKind::number, "");
    const bool vowel = !unit.empty() && std::string_view("aeiou").find(unit.front()) != std::string_view::npos;
    diag.message = fmt::format("{} over {} is {}{} {} {}, not {}", total_text, period,
                               open_below ? "at least " : "",
                               format_figure(c.value / units, QuantityKind::number, "", 1), vowel ? "an" : "a", unit,
                               stated);
    diag.range = in.original(r.range);
    diag.notes.push_back({in.original(c.range), amount ? "the total" : "the count", {}});
    if (length >= 0) {
      diag.notes.push_back({in.original(in.figures[static_cast<std::size_t>(length)].range), "over this length of time",
                            {}});
    }
    sink.report(std::move(diag));
  }
}

// Nouns of the people a rate is per: "per 1,000 residents".
constexpr CueWords k_people{std::to_array<std::string_view>(
    {"resident", "residents", "people", "person", "persons", "inhabitant", "inhabitants", "adult", "adults",
     "population", "habitantes", "habitante", "residentes", "personas", "vecinos"})};

// "With a population of 155,000, that equates to a rate of 14 burglaries
// for every 1,000 residents": a rate R of NOUN per N people, the
// population P in the same sentence ("a population of P"), and the count
// C of NOUN nearest before the sentence, within a few sentences, that is
// no change's baseline. C / P * N must be R, give or take 3% and the
// rounding of R.
void check_rates(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> figures = in.figure_tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  const auto fig = [&](std::size_t k) -> const Figure& { return in.figures[static_cast<std::size_t>(t[k].figure)]; };
  for (std::size_t n = 0; n + 1 < figures.size(); ++n) {
    const std::size_t i = figures[n];
    const Figure& r = fig(i);
    // What R counts: its noun ("14 burglaries"), or the noun before "rate
    // of" ("a violent crime rate of roughly 3.1 per 1,000 residents").
    std::string_view unit = r.unit;
    std::size_t k = i + 1;
    if (r.kind == QuantityKind::number && unit.empty()) {
      // "3.1 violent crimes per 1,000": a decimal leaves its noun out of
      // the figure.
      while (k < t.size() && k < i + 4 && t[k].type == T::word && !word(k, {"per", "for", "in", "por"})) ++k;
      if (k > i + 1) unit = t[k - 1].text;
      if (unit.empty() && i >= 3 && word(i - 1, {"of"}) && word(i - 2, {"rate"}) && t[i - 3].type == T::word &&
          !word(i - 3, {"a", "an", "the", "its", "their"})) {
        unit = t[i - 3].text;
      }
    } else if (r.kind != QuantityKind::count) {
      continue;
    }
    if (unit.empty() || !r.asserted || r.range_side) continue;
    // "per 1,000", "for every 1,000", "for each 1,000", "por cada 1.000".
    if (word(k, {"per"})) {
      ++k;
    } else if (word(k, {"for", "in", "por"}) && word(k + 1, {"every", "each", "cada"})) {
      k += 2;
    } else {
      continue;
    }
    if (k >= t.size() || t[k].type != T::figure || figures[n + 1] != k) continue;
    const Figure& per = fig(k);
    const std::string_view per_noun = measure_head(in.doc.view(per.range));
    const bool people =
        k_people.contains(per_noun) || word(k + 1, {"residents", "people", "inhabitants", "habitantes"});
    if (per.value < 10 || per.range_side || !people) {
      continue;
    }
    // P: "a population of 155,000" in the sentence, or a count of people
    // besides the rate's own ("Spread across Merriden's 68,400
    // residents").
    int population = -1;
    for (const std::size_t j : figures) {
      if (j >= 2 && word(j - 1, {"of", "de"}) && word(j - 2, {"population", "poblaci\xC3\xB3n"})) {
        population = t[j].figure;
      }
    }
    for (const std::size_t j : figures) {
      if (population >= 0 || j == k || j >= i) continue;
      const Figure& f = fig(j);
      if (f.kind == QuantityKind::count && k_people.contains(measure_head(in.doc.view(f.range)))) {
        population = t[j].figure;
      }
    }
    if (population < 0) continue;
    const Figure& p = in.figures[static_cast<std::size_t>(population)];
    if (!p.asserted || p.range_side || p.low <= 0) continue;
    // C: the nearest count of the noun before R, back to six sentences;
    // none when another count of the noun there disagrees with it ("has
    // 962 sworn officers ... 84 officers resigned ... hired 97 officers"
    // before "1.6 officers for every 1,000 residents": which of them the
    // rate is of the noun alone does not say).
    int count = -1;
    bool several = false;
    for (std::size_t m = s + 1; m-- > in.first_sentence() && s - m <= 6 && !several;) {
      const ArithTokens mt = in.tokens(m);
      const std::span<const std::uint32_t> mf = in.figure_tokens(m);
      for (auto it = mf.rbegin(); it != mf.rend(); ++it) {
        if (m == s && *it >= i) continue;
        const Figure& c = in.figures[static_cast<std::size_t>(mt[*it].figure)];
        if (c.kind != QuantityKind::count || noun_stem(c.unit) != noun_stem(unit) ||
            in_change(in, m, mt[*it].figure, true)) {
          continue;
        }
        // A count of what was done ("hired 97 officers", "cut 500 jobs") is
        // no level a rate is of; one of what is held is ("employs", "runs":
        // the predicates of [bind.LANG.possession]).
        if (c.claim && !c.claim->predicate.empty() && c.claim->predicate != "employ" &&
            c.claim->predicate != "operate") {
          continue;
        }
        if (count < 0) {
          if (!c.asserted || c.range_side) break;
          count = mt[*it].figure;
        } else if (!overlaps(c.low, c.high, in.figures[static_cast<std::size_t>(count)].low,
                             in.figures[static_cast<std::size_t>(count)].high)) {
          several = true;
          break;
        }
      }
    }
    if (count < 0 || several) continue;
    const Figure& c = in.figures[static_cast<std::size_t>(count)];
    const double lo = c.low / p.high * per.value;
    const double hi = c.high / p.low * per.value;
    // Half a unit of R's last digit: 0.05 for "3.1", 0.5 for "14".
    const double half = std::max(written_half_unit(in.number_text(r), r.value), 0.005);
    if (overlaps(r.low * (1 - k_average_slack) - half, r.high * (1 + k_average_slack) + half, lo, hi)) continue;
    Diagnostic diag;
    diag.check = "ratio-mismatch";
    diag.severity = Severity::error;
    diag.message = fmt::format("{} among {} is {} per {}, not {}", in.doc.view({c.number.begin, c.range.end}),
                               format_figure(p.value, QuantityKind::number, ""),
                               format_figure(c.value / p.value * per.value, QuantityKind::number, "", 1),
                               in.doc.view({per.number.begin, per.range.end}),
                               format_figure(r.value, QuantityKind::number, ""));
    diag.range = in.original(r.range);
    diag.notes.push_back({in.original(c.range), "the count", {}});
    diag.notes.push_back({in.original(p.range), "the population", {}});
    sink.report(std::move(diag));
  }
}

}  // namespace

// The word among the five before the fraction at token i that says it
// restates what came before ("meaning", "lo que significa", "es decir,",
// "that is,"), or t.size() if none.
std::size_t restating_cue(ArithTokens t, std::size_t i) {
  std::size_t k = i;
  for (std::size_t steps = 0; k > 0 && steps < 5; ++steps) {
    --k;
    if (t[k].type == T::punct && t[k].text == ",") continue;
    if (t[k].type != T::word) break;
    if (is_one_of(t[k].text, {"meaning", "means", "significa", "decir"}) ||
        (t[k].text == "is" && k > 0 && t[k - 1].type == T::word && t[k - 1].text == "that")) {
      return k;
    }
  }
  return t.size();
}

// "la cuota de los enchufables se situó en el 13,9 %, ..., lo que
// significa que casi uno de cada cinco coches nuevos lleva enchufe",
// "a 13.9% share, meaning almost one in five": a fraction that restates
// the percentage before it in the sentence (the last that no change is
// measured from), after "meaning", "lo que significa", "es decir".
void check_restated_share(const ArithmeticInput& in, std::size_t s, ArithTokens t, std::size_t i,
                          const StatedRatio& stated, DiagnosticSink& sink) {
  const std::size_t k = restating_cue(t, i);
  if (k == t.size()) return;
  // The one percentage before it that nothing is compared with ("tres
  // puntos por encima del 10,9 %", "up from 12%": another time's).
  int share = -1;
  for (std::size_t j = 0; j < k; ++j) {
    if (t[j].type != T::figure) continue;
    const Figure& p = in.figures[static_cast<std::size_t>(t[j].figure)];
    if (p.kind != QuantityKind::percent || in_change(in, s, t[j].figure, true)) continue;
    bool compared = false;
    for (std::size_t b = j; b > 0 && j - b < 3 && !compared;) {
      --b;
      // ... or it is a change: "an increase of almost 15 per cent".
      compared = t[b].type == T::word &&
                 (is_one_of(t[b].text, {"than", "above", "below", "from", "against", "encima", "debajo", "frente",
                                        "contra", "desde"}) ||
                  change_direction(t[b].text) != 0 || is_change_noun(t[b].text));
    }
    if (compared) continue;
    if (share >= 0) return;  // two shares: which one is restated is not told
    share = t[j].figure;
  }
  if (share < 0) return;
  const Figure& p = in.figures[static_cast<std::size_t>(share)];
  if (!p.asserted || p.range_side || p.value <= 0 || p.value >= 100) return;
  if (overlaps(stated.low, stated.high, p.low / 100, p.high / 100)) return;
  // The ratio as written, up to its numeral ("casi uno de cada cinco").
  const Figure& n = in.figures[static_cast<std::size_t>(t[stated.last].figure)];
  const ByteRange ratio{stated.range.begin, n.number.end};
  Diagnostic d;
  d.check = "ratio-mismatch";
  d.severity = Severity::error;
  d.message = fmt::format("{} is not \"{}\" ({} to {})", format_figure(p.value, QuantityKind::percent, "%", 3),
                          in.doc.view(ratio), format_figure(stated.low * 100, QuantityKind::percent, "%", 0),
                          format_figure(stated.high * 100, QuantityKind::percent, "%", 0));
  d.range = in.original(ratio);
  d.notes.push_back({in.original(p.range), "the share it restates", {}});
  sink.report(std::move(d));
}

// "En lo que va de la temporada hubo 1.212 personas internadas ... 404 de
// los internados eran menores de 15 años, es decir, uno de cada cuatro":
// "A of the NOUN", a fraction after "that is", "meaning" or "es decir"
// that restates it, and the whole, the one count told of the noun (its
// unit or the word after it) in the sentence or the two before.
void check_part_of_told_whole(const ArithmeticInput& in, std::size_t s, ArithTokens t, std::size_t i,
                              const StatedRatio& stated, DiagnosticSink& sink) {
  const std::size_t k = restating_cue(t, i);
  if (k == t.size()) return;
  // A of the NOUN, the nearest such figure before the cue, in its clause
  // ("404 de los internados eran menores de 15 años, es decir").
  const auto of_the_noun = [&](std::size_t j) -> std::size_t {
    if (j + 3 >= t.size() || t[j + 1].type != T::word || !is_one_of(t[j + 1].text, {"of", "de"}) ||
        t[j + 2].type != T::word || !is_one_of(t[j + 2].text, {"the", "los", "las", "its", "their"}) ||
        t[j + 3].type != T::word) {
      return 0;
    }
    return j + 3;
  };
  std::size_t a_at = t.size();
  std::size_t n = 0;
  for (std::size_t j = k; j-- > 0 && k - j <= 14;) {
    if (t[j].type == T::figure && (n = of_the_noun(j)) != 0) {
      a_at = j;
      break;
    }
    if (t[j].type == T::punct && t[j].text != ",") return;
  }
  if (a_at == t.size()) return;
  const std::string noun = noun_stem(t[n].text);
  const Figure& a = in.figures[static_cast<std::size_t>(t[a_at].figure)];
  if ((a.kind != QuantityKind::number && a.kind != QuantityKind::count) || !a.asserted || a.range_side) return;
  // B: the one count of the noun, back to two sentences.
  int whole = -1;
  for (std::size_t m = s + 1; m-- > in.first_sentence() && s - m <= 2;) {
    const ArithTokens mt = in.tokens(m);
    for (const std::size_t j : in.figure_tokens(m)) {
      if (m == s && j >= a_at) break;
      const Figure& f = in.figures[static_cast<std::size_t>(mt[j].figure)];
      if (f.kind != QuantityKind::count) continue;
      const bool named = noun_stem(f.unit) == noun ||
                         (j + 1 < mt.size() && mt[j + 1].type == T::word && noun_stem(mt[j + 1].text) == noun);
      if (!named) continue;
      if (whole >= 0 && in.figures[static_cast<std::size_t>(whole)].value != f.value) return;  // two wholes
      whole = mt[j].figure;
    }
  }
  if (whole < 0) return;
  const Figure& b = in.figures[static_cast<std::size_t>(whole)];
  if (!b.asserted || b.range_side || b.low <= 0 || in_change(in, s, whole, true) || b.value <= a.value) return;
  if (overlaps(stated.low, stated.high, a.low / b.high, a.high / b.low)) return;
  Diagnostic d;
  d.check = "ratio-mismatch";
  d.severity = Severity::error;
  d.message = fmt::format("{} is {} of {}, not \"{}\"", format_figure(a.value, QuantityKind::number, ""),
                          format_figure(a.value / b.value * 100, QuantityKind::percent, "%", 0),
                          format_figure(b.value, QuantityKind::number, ""), in.doc.view(stated.range));
  d.range = in.original(stated.range);
  d.notes.push_back({in.original(a.range), "the part", {}});
  d.notes.push_back({in.original(b.range), "the whole it is of", {}});
  sink.report(std::move(d));
}

// "With 498 classroom teachers for a projected 11,240 students, the
// district will have one teacher for every 18 students": "one NOUN for
// every N NOUNS" (or "per", "for each", "por cada"), with a count A of
// the first noun and a count B of the second in the sentence or the one
// before, the nearest before the ratio that is no change's baseline. B / A
// must be N, give or take half a unit of N and 3% (10% after "about").
void check_one_for_every(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& one = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (one.value != 1 || !one.unit.empty() || i + 3 >= t.size() || t[i + 1].type != T::word) continue;
    const std::string_view noun = t[i + 1].text;
    std::size_t k = i + 2;
    if (word(k, {"per"})) {
      ++k;
    } else if (word(k, {"for", "por"}) && word(k + 1, {"every", "each", "cada"})) {
      k += 2;
    } else {
      continue;
    }
    if (k >= t.size() || t[k].type != T::figure) continue;
    const Figure& n = in.figures[static_cast<std::size_t>(t[k].figure)];
    if (n.kind != QuantityKind::count || n.unit.empty() || n.value < 2 || !n.asserted || n.range_side) continue;
    // The counts of each noun: the nearest before the ratio, back to the
    // sentence before.
    const auto count_of = [&](const auto& is_unit) -> int {
      for (std::size_t m = s + 1; m-- > in.first_sentence() && s - m <= 1;) {
        const ArithTokens mt = in.tokens(m);
        const std::span<const std::uint32_t> mf = in.figure_tokens(m);
        for (auto it = mf.rbegin(); it != mf.rend(); ++it) {
          if (m == s && *it >= i) continue;
          const Figure& c = in.figures[static_cast<std::size_t>(mt[*it].figure)];
          if (c.kind != QuantityKind::count || !is_unit(c.unit)) continue;
          if (!c.asserted || c.range_side || c.low <= 0 || in_change(in, m, mt[*it].figure, true)) return -1;
          return mt[*it].figure;
        }
      }
      return -1;
    };
    const int a_at = count_of([&](std::string_view u) {
      return u == noun || (noun.size() == u.size() + 1 && noun.starts_with(u) && noun.back() == 's');
    });
    const int b_at = count_of([&](std::string_view u) { return u == n.unit; });
    if (a_at < 0 || b_at < 0) continue;
    const Figure& a = in.figures[static_cast<std::size_t>(a_at)];
    const Figure& b = in.figures[static_cast<std::size_t>(b_at)];
    if (a.value < 2) continue;
    const bool hedged = (i > 0 && hedge(t[i - 1])) || one.claim->quantity.qualifier != "exact";
    const double slack = hedged ? 0.1 : k_average_slack;
    const double lo = b.low / a.high;
    const double hi = b.high / a.low;
    if (overlaps((n.low - 0.5) * (1 - slack), (n.high + 0.5) * (1 + slack), lo, hi)) continue;
    // The second noun as written: "students" of "18 students".
    std::string_view plural = in.doc.view({n.number.end, n.range.end});
    while (!plural.empty() && plural.front() == ' ') plural.remove_prefix(1);
    Diagnostic d;
    d.check = "ratio-mismatch";
    d.severity = Severity::error;
    d.message = fmt::format("{} for {} is one {} for every {} {}, not {}", in.doc.view(b.range), in.doc.view(a.range),
                            noun, format_figure(b.value / a.value, QuantityKind::number, "", 1), plural,
                            format_figure(n.value, QuantityKind::number, ""));
    d.range = in.original({one.range.begin, n.range.end});
    d.notes.push_back({in.original(a.range), "the count of the first", {}});
    d.notes.push_back({in.original(b.range), "the count of the second", {}});
    sink.report(std::move(d));
  }
}

// "twice as many wins as defeats", "1,200 women and 500 men, twice as
// many women as men", "With six wins, one draw and 13 defeats, they have
// lost three times as many games as they have won": the two nouns of "as
// many N1 as N2" (a verb of a result, "lost", "won", stands for its
// noun), each the noun of one count of the sentence. The counts of N1
// and of N2, or nullopt.
std::optional<std::pair<int, int>> as_many_counts(const ArithmeticInput& in, std::size_t s, ArithTokens t,
                                                  std::size_t i, std::size_t last) {
  const auto word = [&](std::size_t k) -> std::string_view {
    return k < t.size() && t[k].type == T::word ? t[k].text : std::string_view();
  };
  std::size_t k = last + 1;
  if (word(k) != "as" || word(k + 1) != "many") return std::nullopt;
  k += 2;
  // The noun: the last of up to three words before "as" ("home wins").
  std::string_view first;
  for (int words = 0; words < 3 && !word(k).empty() && word(k) != "as"; ++words) first = word(k++);
  if (word(k) != "as") return std::nullopt;
  ++k;
  for (int skipped = 0; skipped < 3 && is_one_of(word(k), {"the", "they", "it", "we", "have", "has", "had", "did"});
       ++skipped) {
    ++k;
  }
  std::string_view second = word(k);
  if (first.empty() || second.empty()) return std::nullopt;
  // A result told by its verb: "lost ... as many games as they have won".
  const auto result_noun = [](std::string_view verb) -> std::string_view {
    if (is_one_of(verb, {"won", "win", "wins"})) return "win";
    if (is_one_of(verb, {"lost", "lose", "loses"})) return "defeat";
    if (is_one_of(verb, {"drew", "drawn", "draw"})) return "draw";
    return {};
  };
  std::string n1 = singular(std::string(first));
  if (is_one_of(first, {"games", "matches", "fixtures"})) {
    std::string_view verb;
    for (std::size_t b = i, steps = 0; b-- > 0 && steps < 4; ++steps) {
      if (!result_noun(word(b)).empty()) {
        verb = result_noun(word(b));
        break;
      }
    }
    if (verb.empty()) return std::nullopt;
    n1 = std::string(verb);
  }
  std::string n2 = result_noun(second).empty() ? singular(std::string(second)) : std::string(result_noun(second));
  if (n1 == n2) return std::nullopt;
  // Nouns of one result each: "defeat" or "loss", "win" or "victory".
  const auto same = [](std::string_view unit, std::string_view noun) {
    if (unit == noun) return true;
    if (noun == "defeat") return unit == "loss" || unit == "losse";
    if (noun == "win") return unit == "victory";
    return false;
  };
  int a = -1;
  int b = -1;
  for (const std::size_t f : in.figure_tokens(s)) {
    const Figure& fig = in.figures[static_cast<std::size_t>(t[f].figure)];
    if (fig.kind != QuantityKind::count || !fig.asserted || fig.range_side) continue;
    // The noun as written, "women" of "1,200 women", or the unit's.
    const std::string_view text = in.doc.view(fig.range);
    const std::size_t space = text.find_last_of(' ');
    std::string unit(space == std::string_view::npos ? std::string_view() : text.substr(space + 1));
    for (char& c : unit) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    unit = singular(std::move(unit));
    if (unit.empty()) unit = singular(std::string(fig.unit));
    if (same(unit, n1)) {
      if (a >= 0) return std::nullopt;
      a = t[f].figure;
    } else if (same(unit, n2)) {
      if (b >= 0) return std::nullopt;
      b = t[f].figure;
    }
  }
  if (a < 0 || b < 0) return std::nullopt;
  return std::pair{a, b};
}

void check_ratio_mismatch(const ArithmeticInput& in, DiagnosticSink& sink) {
  for (const std::size_t s : in.scanned_sentences()) check_averages(in, s, sink);
  for (const std::size_t s : in.scanned_sentences()) check_rates(in, s, sink);
  for (const std::size_t s : in.scanned_sentences()) check_one_for_every(in, s, sink);
  for (const std::size_t s : in.scanned_sentences()) {
    const ArithTokens t = in.tokens(s);
    for (const std::size_t i : in.figure_tokens(s)) {
      std::optional<StatedRatio> stated = stated_ratio(in, t, i);
      if (!stated) stated = stated_percent(in, s, t, i);
      if (!stated) continue;
      std::optional<std::pair<int, int>> rel = verb_compared(t, i);
      if (!rel) rel = factor_clause(in, t, i);
      if (!rel) rel = related_figures(in, t, i, stated->last, stated->fraction, stated->percent);
      if (!rel && !stated->percent) rel = previous_sentence_ratio(in, s, t, i, stated->last);
      // Figures of two kinds ("menores de 15 años, es decir, uno de cada
      // cuatro") relate nothing: the fraction may restate something else.
      // ("sold out 19 games this season, nearly three times as many as the
      // nine sellouts": "as many as" compares two counts whatever their
      // nouns.)
      // ("half as many as the 8,910 who opted for ...": the ratio's text
      // may hold the first "as", and B may be a bare number of A's noun.)
      const auto counted = [&](int f) {
        const QuantityKind kind = in.figures[static_cast<std::size_t>(f)].kind;
        return kind == QuantityKind::count || kind == QuantityKind::number;
      };
      const bool as_many = rel && as_many_after(t, stated->last) &&
                           in.figures[static_cast<std::size_t>(rel->first)].kind == QuantityKind::count &&
                           counted(rel->second);
      // "96 cruise calls this season, three times the 48 ships that
      // berthed ...": a count named right after "times the" is what the
      // count before is compared with, whatever noun each has.
      const auto named_after = [&] {
        const std::size_t the = stated->last + 1;
        return rel && the + 1 < t.size() && t[the].type == T::word &&
               is_one_of(t[the].text, {"the", "its", "their", "los", "las"}) && t[the + 1].type == T::figure &&
               t[the + 1].figure == rel->second &&
               in.figures[static_cast<std::size_t>(rel->first)].kind == QuantityKind::count &&
               in.figures[static_cast<std::size_t>(rel->second)].kind == QuantityKind::count;
      };
      const bool apposed = !as_many && !stated->fraction && !stated->percent && named_after();
      // "will carry 450 passengers and 110 cars, more than twice the 220
      // passengers": a count of B's noun before the ratio is what B is
      // compared with, not the nearer count of another.
      if (apposed && in.figures[static_cast<std::size_t>(rel->first)].unit !=
                         in.figures[static_cast<std::size_t>(rel->second)].unit) {
        const std::string_view noun = in.figures[static_cast<std::size_t>(rel->second)].unit;
        for (const std::size_t j : in.figure_tokens(s)) {
          if (j >= i) break;
          const Figure& f = in.figures[static_cast<std::size_t>(t[j].figure)];
          if (f.kind == QuantityKind::count && f.unit == noun) rel->first = t[j].figure;
        }
      }
      if (rel && !as_many && !apposed &&
          !compatible(in.figures[static_cast<std::size_t>(rel->first)],
                      in.figures[static_cast<std::size_t>(rel->second)])) {
        rel.reset();
      }
      // Counts of two nouns the ratio names ("as many wins as defeats").
      bool two_nouns = false;
      if (!rel && !stated->fraction) {
        rel = as_many_counts(in, s, t, i, stated->last);
        two_nouns = rel.has_value();
      }
      if (!rel) {
        if (stated->fraction && !stated->percent) {
          check_part_and_rest(in, t, i, *stated, sink);
          check_restated_share(in, s, t, i, *stated, sink);
          check_part_of_told_whole(in, s, t, i, *stated, sink);
        }
        continue;
      }
      const Figure& m = in.figures[static_cast<std::size_t>(t[i].figure)];
      const Figure& a = in.figures[static_cast<std::size_t>(rel->first)];
      const Figure& b = in.figures[static_cast<std::size_t>(rel->second)];
      if ((!compatible(a, b) && !two_nouns && !as_many && !apposed) || a.kind == QuantityKind::multiplier ||
          a.range_side ||
          b.range_side) {
        continue;
      }
      if (b.low <= 0 || a.low < 0 || !a.asserted || !b.asserted || !m.asserted) continue;
      // A length of time is compared with another only ("1,140 operations
      // in its first four weeks, almost twice the 580": the weeks are no A).
      if ((a.kind == QuantityKind::duration) != (b.kind == QuantityKind::duration)) continue;
      if (overlaps(stated->low, stated->high, a.low / b.high, a.high / b.low)) continue;
      const double ratio = a.value / b.value;
      // A length of time names its unit ("14.2 hours is 2 times 7.1
      // hours").
      const auto shown = [](const Figure& f) {
        std::string out = format_figure(f.value, f.kind, f.unit);
        if (f.kind == QuantityKind::duration && !f.unit.empty()) {
          out += fmt::format(" {}{}", f.unit, f.value == 1 ? "" : "s");
        }
        return out;
      };
      const std::string fa = shown(a);
      const std::string fb = shown(b);
      // ("half as" of "half as many as": the word after it completes it.)
      std::string said(in.doc.view(stated->range));
      const std::size_t after = stated->last + 1;
      if (said.ends_with(" as") && (word_is(t, after, "many") || word_is(t, after, "much"))) {
        said += fmt::format(" {}", t[after].text);
      }
      Diagnostic d;
      d.check = "ratio-mismatch";
      d.severity = Severity::error;
      d.message = ratio >= 1
                      ? fmt::format("{} is {} times {}, not \"{}\"", fa,
                                    format_figure(ratio, QuantityKind::number, "", 2), fb, said)
                      : fmt::format("{} is {} of {}, not \"{}\"", fa,
                                    format_figure(ratio * 100, QuantityKind::percent, "%", 0), fb, said);
      d.range = in.original(stated->range);
      d.notes.push_back({in.original(a.range), "the first figure of the ratio", {}});
      d.notes.push_back({in.original(b.range), "the second", {}});
      sink.report(std::move(d));
    }
  }
}

}  // namespace claimlint
