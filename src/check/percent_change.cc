// The percent-change check: "rose N% from A to B" where (B-A)/A is not N%,
// and "doubled/tripled/halved from A to B" likewise.
#include "check/percent_change.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include <fmt/format.h>

namespace claimlint {
namespace {

using T = ArithToken::Type;

// Words that may stand between a change verb and its figure: "rose by
// some 25%", "an increase of 25%".
constexpr CueWords k_fillers{std::to_array<std::string_view>({"by", "some", "of", "a", "an", "just", "roughly", "about",
                                                             "nearly", "almost", "around", "approximately", "more",
                                                             "than", "un", "una", "del", "de", "which", "is",
                                                             "was", "represents", "lo", "que", "supone",
                                                             "supuso", "representa"})};
bool filler(const ArithToken& t) { return t.type == T::word && k_fillers.contains(t.text); }

// How far a change stated as a fraction ("a rise of a quarter") may be
// from the fraction, as a part of it.
constexpr double k_fraction_slack = 0.1;

// The words of a time phrase that may stand between a stated change and
// its figures: "last year", "in the first half", "this quarter".
// A year told as a fiscal span: "2029-30", "2025-2026".
bool fiscal_year_word(std::string_view w) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    if (from + n > w.size()) return false;
    for (std::size_t i = from; i < from + n; ++i) {
      if (w[i] < '0' || w[i] > '9') return false;
    }
    return true;
  };
  return (w.size() == 7 || w.size() == 9) && digits(0, 4) && (w.starts_with("19") || w.starts_with("20")) &&
         w[4] == '-' && digits(5, w.size() - 5);
}

constexpr CueWords k_time_words{std::to_array<std::string_view>(
    {"last", "this", "year", "quarter", "month", "week", "in", "the", "first", "second", "third", "fourth", "half",
     "fiscal", "during", "over", "annually", "past", "years", "months", "weeks", "quarters", "coming", "next",
     "following", "previous", "current",
     // "to 4.3 per cent next financial year, an increase of".
     "financial", "calendar", "academic", "season", "decade",
     // "doubled from a year earlier, to B from A".
     "a", "earlier", "before", "ago",
     // "grew 40 percent overnight, to B from A".
     "overnight", "yesterday",
     // "cayó un 25% en dos meses, de A a B", "en el último año".
     "en", "el", "los", "\xC3\xBAltimo", "\xC3\xBAltimos", "a\xC3\xB1o", "mes", "meses", "semana", "semanas",
     "trimestre", "pasado",
     // "sube 45% respecto del quinquenio anterior, de A a B".
     "anterior", "previo", "quinquenio", "periodo", "per\xC3\xADodo", "ejercicio", "semestre", "bienio", "trienio",
     "d\xC3\xA9" "cada", "la", "las", "period"})};

}  // namespace

int count_decimals(std::string_view numeral) {
  std::size_t dot = numeral.find('.');
  if (dot == std::string_view::npos) {
    // A decimal comma ("9,4", "12,45"): one or two digits after the last
    // comma; three are a group of thousands ("1,240").
    const std::size_t comma = numeral.rfind(',');
    if (comma == std::string_view::npos) return 0;
    std::size_t digits = 0;
    while (comma + 1 + digits < numeral.size() && numeral[comma + 1 + digits] >= '0' && numeral[comma + 1 + digits] <= '9') {
      ++digits;
    }
    if (digits == 0 || digits == 3) return 0;
    dot = comma;
  }
  int n = 0;
  for (std::size_t i = dot + 1; i < numeral.size() && numeral[i] >= '0' && numeral[i] <= '9'; ++i) ++n;
  return n;
}

namespace {

// A direction word at most four fillers before token `j` (exclusive).
int direction_before(ArithTokens t, std::size_t j, const Figure& from, const Figure& to) {
  std::size_t k = j;
  for (int steps = 0; k > 0 && steps < 4; ++steps) {
    --k;
    if (t[k].type != T::word) return 0;
    if (const int d = change_direction(t[k].text, from, to)) return d;
    if (!filler(t[k])) return 0;
  }
  return 0;
}

// A fraction in words: "a quarter", "almost a fifth", "half".
bool is_fraction_word(const ArithmeticInput& in, const Figure& n) {
  if (n.kind != QuantityKind::number || n.value <= 0 || n.value >= 1) return false;
  const std::string_view text = in.doc.view(n.range);
  for (const std::string_view w : {"half", "third", "quarter", "fifth", "sixth", "tenth"}) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// What the size N of a change from `from` to `to` is: a percentage or
// points, a fraction in words (st.fraction), or the difference itself in
// the figures' kind and unit (st.difference: "from 412 to 377, a drop of
// 45", "from £4.1m to £5.3m, an increase of £1.4m"); false if none.
bool classify_size(const ArithmeticInput& in, const Figure& n, const Figure& from, const Figure& to,
                   StatedChange& st) {
  using K = QuantityKind;
  st.fraction = is_fraction_word(in, n);
  const bool countable = n.kind == K::count || n.kind == K::number || n.kind == K::currency ||
                         n.kind == K::quantity || n.kind == K::duration;
  const Figure& ref = from.kind == K::number ? to : from;
  // A bare difference leaves the noun of a count out ("6,918 households,
  // down 340 on 7,204").
  const bool same_kind =
      n.kind == ref.kind || (n.kind == K::number && (ref.kind == K::count || ref.kind == K::quantity));
  st.difference = countable && !st.fraction && n.value > 0 && n.asserted && !n.range_side && same_kind &&
                  (n.unit.empty() || ref.unit.empty() || n.unit == ref.unit || n.kind == K::count);
  return n.kind == K::percent || n.kind == K::percentage_point || st.fraction || st.difference;
}

// "... from A to B" preceded by "rose 25%", "doubled", "halved", "a
// threefold increase"; or followed by ", an increase of 25%", ", up 25%".
}  // namespace

// Whether token `k` is a figure of a factor told by a verb ("tripled",
// "se duplicaron"): see factor_verb.
bool factor_figure_at(const ArithmeticInput& in, ArithTokens t, std::size_t k) {
  if (t[k].type != T::figure) return false;
  const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
  return f.kind == QuantityKind::multiplier && factor_verb(in.doc.view(f.range));
}

// Whether token `j` ends a verb of halving: "halved", "fell by half",
// "was cut in half", "cayó a la mitad", "se redujo a la mitad".
bool halving_at(const ArithmeticInput& in, ArithTokens t, std::size_t j) {
  const auto word = [&](std::size_t i) { return t[i].type == T::word ? t[i].text : std::string_view(); };
  if (word(j) == "halved") return true;
  // "half" may be a figure of its own, like "mitad".
  const auto figure_text = [&](std::size_t i) {
    return t[i].type == T::figure ? in.doc.view(in.figures[static_cast<std::size_t>(t[i].figure)].range)
                                  : std::string_view();
  };
  if (j >= 2 && (word(j) == "half" || figure_text(j) == "half") && is_one_of(word(j - 1), {"by", "in"})) {
    // "were cut nearly in half": a hedge between the verb and "in".
    const std::size_t verb = j >= 3 && is_one_of(word(j - 2), {"nearly", "almost", "roughly", "about"}) ? j - 3 : j - 2;
    return is_one_of(word(verb), {"fell", "dropped", "declined", "shrank", "cut", "slashed", "fallen"});
  }
  // "mitad" is a figure of a half; "a la mitad" after a verb of falling.
  if (j < 3 || figure_text(j) != "mitad" || word(j - 1) != "la" || word(j - 2) != "a") {
    return false;
  }
  const std::string_view verb = word(j - 3);
  for (const std::string_view stem : {"cay", "cae", "baj", "redu", "descen", "recort"}) {
    if (verb.starts_with(stem)) return true;
  }
  return false;
}

std::optional<StatedChange> stated_change(const ArithmeticInput& in, std::size_t sentence, const Change& ch) {
  const ArithTokens t = in.tokens(sentence);
  StatedChange st;
  if (ch.stated >= 0) {  // "B, up N% from A": found with the change
    st.percent = t[static_cast<std::size_t>(ch.stated)].figure;
    st.direction = ch.direction;
    const Figure& from = in.figures[static_cast<std::size_t>(ch.from)];
    const Figure& to = in.figures[static_cast<std::size_t>(ch.to)];
    if (!classify_size(in, in.figures[static_cast<std::size_t>(st.percent)], from, to, st)) {
      return std::nullopt;
    }
    return st;
  }
  if (ch.first > 0) {
    std::size_t j = ch.first - 1;
    // "rose 22% and reached B", "crecieron 22% y llegaron a B": a verb of
    // the level between the change and B.
    j -= level_verb_before(t, j + 1);
    // "rose 18.4 per cent year-on-year to B from A": what the change is
    // measured against, between it and its figures.
    if (j > 0 && t[j].type == T::word && measured_against_word(t[j].text)) --j;
    // "subieron un 12,3 %, hasta 3.695.000, frente a las 3.412.000": the
    // word that carries the change to B.
    if (j > 0 && t[j].type == T::word && t[j].text == "hasta" && ch.first < t.size() &&
        t[ch.first].type == T::figure) {
      --j;
    }
    // "crecieron 35%: pasaron de 48.000 a 61.000 sacos", "subieron un 12
    // %, pasando de": the verb of the move to B after the mark.
    if (j > 1 && t[j].type == T::word &&
        is_one_of(t[j].text, {"pasaron", "pas\xC3\xB3", "pasando", "pasaban", "pasaba"}) &&
        t[j - 1].type == T::punct && (t[j - 1].text == "," || t[j - 1].text == ":")) {
      --j;
    }
    // "Freight volumes tripled, from 42,000 tonnes to 105,000 tonnes";
    // "more than doubled in 2025, from 1,340 ... to 2,410".
    // "halved in two months: from 148,000 litres a day to 96,000".
    if (j > 0 && t[j].type == T::punct && (t[j].text == "," || t[j].text == ":")) --j;
    // "cayó 9,6% en la comparación interanual, de US$ 426 a US$ 412", "fell
    // 3% in the year-on-year comparison, from": up to four words ending in
    // what the change is measured against, right after it.
    if (j > 1 && t[j].type == T::word && is_one_of(t[j].text, {"interanual", "year-on-year", "year-over-year",
                                                                "comparison", "comparaci\xC3\xB3n"})) {
      std::size_t k = j;
      for (int words = 0; words < 4 && k > 0 && t[k].type == T::word; ++words) --k;
      if (t[k].type == T::figure &&
          in.figures[static_cast<std::size_t>(t[k].figure)].kind == QuantityKind::percent) {
        j = k;
      }
    }
    // "subió un 11 por ciento en un año, de 8,40 a 9,60 euros", "rose 11%
    // over two years, from A to B": how long, between the change and its
    // figures.
    const auto in_value_at = [&](std::size_t k) {
      return k > 1 && t[k].type == T::word && is_one_of(t[k].text, {"value", "size", "number", "price", "volume"}) &&
             t[k - 1].type == T::word && t[k - 1].text == "in" && t[k - 2].type == T::figure;
    };
    // ("over five years" may be read as one figure, more than five years.)
    const bool over_span = j > 0 && t[j].type == T::figure &&
                           in.figures[static_cast<std::size_t>(t[j].figure)].kind == QuantityKind::duration &&
                           in.doc.view(in.figures[static_cast<std::size_t>(t[j].figure)].range).starts_with("over ") &&
                           (t[j - 1].type == T::figure || in_value_at(j - 1));
    if (over_span) {
      --j;
    } else if (j > 1 && t[j].type == T::figure &&
               in.figures[static_cast<std::size_t>(t[j].figure)].kind == QuantityKind::duration &&
               t[j - 1].type == T::word && is_one_of(t[j - 1].text, {"en", "in", "over", "durante"}) &&
               (t[j - 2].type == T::figure || in_value_at(j - 2))) {
      j -= 2;
    } else if (j > 2 && t[j].type == T::word &&
               is_one_of(t[j].text, {"a\xC3\xB1o", "mes", "semana", "trimestre", "year", "month", "week", "quarter"}) &&
               t[j - 1].type == T::word && is_one_of(t[j - 1].text, {"un", "una", "a", "one"}) &&
               t[j - 2].type == T::word && is_one_of(t[j - 2].text, {"en", "in", "over", "durante"}) &&
               t[j - 3].type == T::figure) {
      j -= 3;  // ("en un año": no figure of its own)
    }
    // "have doubled in value over five years to $A9.8 billion from $A6.2
    // billion": what grew, after "in", before the figures.
    if (in_value_at(j)) j -= 2;
    // "doubled its support, from 5.9% to 9.8%", "duplicó su apoyo, del
    // 5,9 % al 9,8 %": the factor's object, opened by a possessive, between.
    if (t[j].type == T::word) {
      std::size_t k = j;
      for (int words = 0; words < 3 && k > 1 && t[k].type == T::word; ++words) {
        if (is_one_of(t[k].text, {"its", "their", "his", "her", "su", "sus"}) && factor_figure_at(in, t, k - 1)) {
          j = k - 1;
          break;
        }
        --k;
      }
    }
    // "los envíos se duplicaron, al pasar de A a B"; "duplicó sus
    // llegadas, que pasaron de A a B": the factor before the comma, its
    // object (a few words) between.
    if (j > 2 && t[j].type == T::word && t[j - 1].type == T::word && t[j - 2].type == T::punct &&
        t[j - 2].text == "," &&
        ((t[j].text == "pasar" && t[j - 1].text == "al") ||
         (is_one_of(t[j].text, {"pasaron", "pas\xC3\xB3", "pasaban", "pasaba"}) && t[j - 1].text == "que"))) {
      // ("duplicó su tráfico en el semestre, al pasar de": its object and
      // a phrase of when, six words at most.)
      std::size_t k = j - 3;
      for (int words = 0; words < 6 && k > 0 && t[k].type == T::word && !factor_figure_at(in, t, k); ++words) --k;
      j = factor_figure_at(in, t, k) ? k : j - 3;
    }
    // "have tripled since the cap came in, rising from 41,000 to 98,000":
    // the factor a clause back, over words only.
    if (j > 1 && t[j].type == T::word && is_one_of(t[j].text, {"rising", "falling", "growing", "climbing", "going"}) &&
        t[j - 1].type == T::punct && t[j - 1].text == ",") {
      // ("tripled in the week after Odom appeared on a late-night talk
      // show, climbing to 9,600 from 4,100": a phrase of when, twelve
      // words at most.)
      for (std::size_t k = j - 1, steps = 0; k-- > 0 && steps < 13; ++steps) {
        // "were more than halved, falling to 54 from 97".
        if (halving_at(in, t, k)) {
          j = k;
          break;
        }
        if (t[k].type == T::word) continue;
        const Figure* f = t[k].type == T::figure ? &in.figures[static_cast<std::size_t>(t[k].figure)] : nullptr;
        // "nearly doubled from four years ago, climbing to B from A": a
        // phrase of when after the factor.
        if (f && (f->kind == QuantityKind::date || f->kind == QuantityKind::duration)) continue;
        if (factor_figure_at(in, t, k)) j = k;
        break;
      }
    }
    // "Meridian's cadence has tripled: the company has flown 10 missions so
    // far in 2026, compared with four in all of 2025": the change before a
    // colon, its figures in the clause after it.
    // ("La estación ha duplicado sus usuarios en un año: ha pasado de A a
    // B": the factor's object and a phrase of when before the colon.)
    {
      std::size_t k = j;
      for (int steps = 0; k > 1 && steps < 10 && t[k].type == T::word; ++steps) --k;
      if (k > 1 && k < j && t[k].type == T::punct && t[k].text == ":") {
        for (std::size_t f = k - 1, steps = 0; f > 0 && steps < 7; --f, ++steps) {
          if (factor_figure_at(in, t, f)) {
            j = f;
            break;
          }
          if (t[f].type != T::word) break;
        }
      }
    }
    // "would pay 8.4% more, with its monthly bill climbing from A to B":
    // a comparative change a clause back ("N% more", "N% less"), the
    // figures' clause opening "with" and a possessive ("its", "their") or
    // "the average": what the subject pays, not a part of some total
    // ("Revenue rose 8%, with cloud sales climbing from ..." is none).
    if (j > 3 && t[j].type == T::word && t[j].text.ends_with("ing") && change_direction(t[j].text) != 0) {
      for (std::size_t k = j - 1, steps = 0; k > 2 && steps < 5; --k, ++steps) {
        if (t[k].type != T::word) break;
        if (t[k].text != "with") continue;
        const bool own = is_one_of(t[k + 1].text, {"its", "their", "his", "her"}) ||
                         (t[k + 1].text == "the" && is_one_of(t[k + 2].text, {"average", "typical", "median"}));
        if (!own || t[k - 1].type != T::punct || t[k - 1].text != ",") break;
        const std::size_t p = k - 3;
        const int direction = t[k - 2].type != T::word                          ? 0
                              : is_one_of(t[k - 2].text, {"more", "higher"}) ? 1
                              : is_one_of(t[k - 2].text, {"less", "lower"})  ? -1
                                                                              : 0;
        if (direction == 0 || t[p].type != T::figure ||
            in.figures[static_cast<std::size_t>(t[p].figure)].kind != QuantityKind::percent ||
            direction != change_direction(t[j].text)) {
          break;
        }
        st.percent = t[p].figure;
        st.direction = direction;
        return st;
      }
    }
    // "fell 14% last year to B from A", "rose 8% in 2025 to B": a time
    // phrase between the change and its figures.
    // ("mejoró 3,1% respecto de agosto del año pasado, al pasar de A a B":
    // what the change is measured against, a date.)
    for (std::size_t k = j, steps = 0; k > 0 && steps < 8; --k, ++steps) {
      // "climbed 22 per cent on the previous de-amalgamation poll in 2014,
      // from A to B": what the change is measured against, named ("on the
      // previous", "over the last", two words of it at most).
      bool named_base = false;
      for (std::size_t o = k; o + 4 >= k && o >= 2 && t[o].type != T::figure; --o) {
        if (t[o].type == T::word && is_one_of(t[o].text, {"previous", "last", "prior", "earlier"}) &&
            t[o - 1].type == T::word && t[o - 1].text == "the" && t[o - 2].type == T::word &&
            is_one_of(t[o - 2].text, {"on", "over"})) {
          steps += k - (o - 2);
          k = o - 2;
          named_base = true;
          break;
        }
      }
      const bool time_word =
          named_base || (t[k].type == T::word &&
          (k_time_words.contains(t[k].text) || in.in_date(t[k]) ||
           is_one_of(t[k].text, {"respecto", "compared", "with", "frente", "against", "versus", "de", "del", "al",
                                 // "doubled from a year earlier, to B from A"
                                 "from"})));
      // A year, or a duration of a time phrase ("over the past 12 months").
      const bool year = (t[k].type == T::figure &&
                         in.figures[static_cast<std::size_t>(t[k].figure)].kind == QuantityKind::duration) ||
                        (t[k].type == T::word && year_word(t[k].text));
      if (!time_word && !year) break;
      // The change before the time phrase: a percentage, or a verb of a
      // factor ("has tripled over the past 12 months to B, from A").
      const ArithToken& before = t[k - 1];
      const auto kind_before = [&] { return in.figures[static_cast<std::size_t>(before.figure)].kind; };
      if (halving_at(in, t, k - 1)) {
        j = k - 1;
        break;
      }
      if ((before.type == T::figure &&
           (kind_before() == QuantityKind::percent || kind_before() == QuantityKind::percentage_point)) ||
          factor_figure_at(in, t, k - 1)) {
        j = k - 1;
        break;
      }
    }
    if (halving_at(in, t, j)) {
      st.factor_low = 0.45;
      st.factor_high = 0.55;
      st.factor_word = "half";
      st.factor_range = t[j].range;
      // "more than halved": to half or less.
      if (j >= 2 && t[j - 1].type == T::word && t[j - 1].text == "than" && t[j - 2].type == T::word &&
          t[j - 2].text == "more") {
        st.factor_low = 0;
        st.factor_word = "less than half";
      }
      // "nearly halved", "cut nearly in half": to a little more than half.
      const auto hedge = [&](std::size_t k) {
        return t[k].type == T::word && is_one_of(t[k].text, {"nearly", "almost"});
      };
      if ((j >= 1 && hedge(j - 1)) || (j >= 2 && is_one_of(t[j - 1].text, {"in", "by"}) && hedge(j - 2))) {
        st.factor_high = 0.62;
        st.factor_word = "nearly half";
      }
      // "cut roughly in half", "about halved": a round way of saying it.
      const auto rough = [&](std::size_t k) {
        return t[k].type == T::word && is_one_of(t[k].text, {"roughly", "about"});
      };
      if ((j >= 1 && rough(j - 1)) || (j >= 2 && is_one_of(t[j - 1].text, {"in", "by"}) && rough(j - 2))) {
        st.factor_low = 0.4;
        st.factor_high = 0.62;
        st.factor_word = "roughly half";
      }
      return st;
    }
    // "a 4.9 per cent increase would lift the monthly bill to B from A":
    // the change named by a noun after its percentage, then a verb that
    // carries what changes to B.
    if (t[j].type == T::word) {
      bool carried = false;
      for (std::size_t k = j, steps = 0; k > 1 && steps < 7 && t[k].type == T::word; --k, ++steps) {
        carried = carried || is_one_of(t[k].text, {"lift", "lifts", "lifted", "raise", "raises", "raised", "take",
                                                   "takes", "took", "push", "pushes", "pushed", "bring", "brings",
                                                   "brought", "put", "puts", "cut", "cuts", "lower", "lowers",
                                                   "lowered", "reduce", "reduces", "reduced"});
        const int direction = is_one_of(t[k].text, {"increase", "rise", "hike", "jump", "gain"})        ? 1
                              : is_one_of(t[k].text, {"cut", "drop", "decrease", "decline", "reduction"}) ? -1
                                                                                                        : 0;
        if (direction == 0 || !carried || t[k - 1].type != T::figure) continue;
        const Figure& n = in.figures[static_cast<std::size_t>(t[k - 1].figure)];
        if (n.kind != QuantityKind::percent) break;
        st.percent = t[k - 1].figure;
        st.direction = direction;
        return st;
      }
    }
    if (t[j].type == T::figure) {
      const Figure& n = in.figures[static_cast<std::size_t>(t[j].figure)];
      const std::string_view text = in.doc.view(n.range);
      if (n.kind == QuantityKind::percent || n.kind == QuantityKind::percentage_point) {
        st.direction = direction_before(t, j, in.figures[static_cast<std::size_t>(ch.from)],
                                        in.figures[static_cast<std::size_t>(ch.to)]);
        if (st.direction != 0) {
          st.percent = t[j].figure;
          return st;
        }
      } else if (n.kind == QuantityKind::multiplier &&
                 (factor_verb(text) ||
                  // "will see the capacity of the ground double from A to B":
                  // the bare verb right before "from".
                  // ("the average bill will double, from $410 to $1,230":
                  // a comma between after a modal.)
                  ((j + 1 == ch.first ||
                    (j + 2 == ch.first && t[j + 1].text == "," && j > 0 && t[j - 1].type == T::word &&
                     is_one_of(t[j - 1].text, {"will", "would", "could", "should", "may", "might", "to"}))) &&
                   t[ch.first].type == T::word && t[ch.first].text == "from" &&
                   is_one_of(text, {"double", "triple", "quadruple", "Double", "Triple"})) ||
                  // ("expect shipments to double to 1.9 million tonnes from
                  // 1.2 million tonnes": the infinitive, or after a modal,
                  // right before "to" B.)
                  (j + 1 == ch.first && j > 0 && t[ch.first].type == T::word && t[ch.first].text == "to" &&
                   t[j - 1].type == T::word &&
                   is_one_of(t[j - 1].text, {"to", "will", "would", "could", "should", "may", "might"}) &&
                   is_one_of(text, {"double", "triple", "quadruple"})))) {
        // "doubled", "tripled", "quadrupled": a verb of the figure itself.
        st.factor_low = n.value * 0.9;
        st.factor_high = n.value * 1.1;
        st.factor_word = n.value == 2 ? "double" : n.value == 3 ? "triple" : n.value == 4 ? "quadruple"
                                                                          : fmt::format("{}-fold", n.value);
        // "more than doubled": at least twice, the rounding of the figures
        // read in their intervals.
        // ("ha duplicado con creces": more than doubled, said after the verb.)
        const bool amply = j + 2 < t.size() && t[j + 1].type == T::word && t[j + 1].text == "con" &&
                           t[j + 2].type == T::word && t[j + 2].text == "creces";
        if ((n.claim && n.claim->quantity.qualifier == "lower-bound") || amply) {
          st.factor_low = n.value;
          st.factor_high = std::numeric_limits<double>::infinity();
          st.factor_word = "more than " + st.factor_word;
        }
        st.factor_range = n.range;
        return st;
      }
    } else if (t[j].type == T::word && j > 0 && t[j - 1].type == T::figure &&
               is_one_of(t[j].text, {"increase", "rise", "jump", "growth", "gain"})) {
      const Figure& n = in.figures[static_cast<std::size_t>(t[j - 1].figure)];
      if (n.kind == QuantityKind::multiplier && in.doc.view(n.range).ends_with("fold")) {
        // "a threefold increase" is ambiguous itself (3x or 4x): either passes.
        st.factor_low = n.value * 0.9;
        st.factor_high = (n.value + 1) * 1.1;
        st.factor_word = in.doc.view(n.range);
        st.factor_range = {n.range.begin, t[j].range.end};
        return st;
      }
    }
  }
  // After: ", an increase of 25%", ", up 25%", "- a drop of 10%", ", a 25% rise".
  std::size_t k = ch.last;
  // A time phrase after A: "from £45.1m the year before, a rise of ...",
  // "from 41,200 in 2024, a drop of ...", "to 16.2 per cent in 2029-30 –
  // an increase of".
  {
    std::size_t e = k;
    bool timely = false;
    while (e < t.size() && e < k + 4 &&
           ((t[e].type == T::word &&
             (k_time_words.contains(t[e].text) || fiscal_year_word(t[e].text) ||
              year_word(t[e].text) ||
              is_one_of(t[e].text, {"before", "earlier", "ago", "previously", "a", "same", "period", "after",
                                    "within", "later"}))) ||
            // ("to 74% after six months, an increase of": a length of time.)
            (t[e].type == T::figure &&
             (in.figures[static_cast<std::size_t>(t[e].figure)].kind == QuantityKind::date ||
              in.figures[static_cast<std::size_t>(t[e].figure)].kind == QuantityKind::duration)))) {
      timely = timely || t[e].type == T::figure || !is_one_of(t[e].text, {"in", "the", "a", "this", "en", "el", "los"});
      ++e;
    }
    if (timely && e < t.size() && t[e].type == T::punct && (t[e].text == "," || t[e].text == ":")) k = e;
    if (timely && e < t.size() && is_dash(t[e])) k = e;
  }
  // ", a rise of", "(a rise of", "- a rise of", ": un salto del".
  if (k < t.size() &&
      ((t[k].type == T::punct && (t[k].text == "," || t[k].text == "(" || t[k].text == ":")) || is_dash(t[k]))) {
    ++k;
  }
  // A clause of attribution set off by commas: ", the company said on
  // Tuesday, a rise of 13 per cent".
  {
    std::size_t e = k;
    bool attributed = false;
    while (e < k + 10 && e < t.size() &&
           (t[e].type == T::word ||
            (t[e].type == T::figure && in.figures[static_cast<std::size_t>(t[e].figure)].kind == QuantityKind::date))) {
      attributed = attributed || (t[e].type == T::word && is_attribution_word(t[e].text));
      ++e;
    }
    if (attributed && e > k && e < t.size() && t[e].type == T::punct && t[e].text == ",") k = e + 1;
  }
  // "es decir, 357 menos", "that is, 45 fewer", "o sea, ...".
  if (k + 2 < t.size() && t[k].type == T::word &&
      ((t[k].text == "es" && t[k + 1].type == T::word && t[k + 1].text == "decir") ||
       (t[k].text == "that" && t[k + 1].type == T::word && t[k + 1].text == "is") ||
       (t[k].text == "o" && t[k + 1].type == T::word && t[k + 1].text == "sea")) &&
      t[k + 2].type == T::punct && t[k + 2].text == ",") {
    k += 3;
  }
  // A relative clause that names the change: ", which the company
  // presented to investors as a 21% improvement", ", which it described
  // as a rise of 12%". Words only up to "as".
  if (k < t.size() && t[k].type == T::word && t[k].text == "which") {
    for (std::size_t e = k + 1; e < t.size() && e <= k + 9 && t[e].type == T::word; ++e) {
      if (t[e].text == "as") {
        k = e + 1;
        break;
      }
    }
  }
  // "an improvement of 3.3 points" gives the size of the change only; its
  // direction is that of the figures.
  const Figure& from = in.figures[static_cast<std::size_t>(ch.from)];
  const Figure& to = in.figures[static_cast<std::size_t>(ch.to)];
  const auto direction_of = [&](std::string_view w) { return change_direction(w, from, to); };
  int direction = 0;
  for (int steps = 0; k < t.size() && steps < 6; ++steps, ++k) {
    if (t[k].type == T::figure) break;
    if (t[k].type != T::word) return std::nullopt;
    if (const int d = direction_of(t[k].text); d != 0 && direction == 0) {
      direction = d;
      continue;
    }
    if (!filler(t[k])) return std::nullopt;
  }
  if (k >= t.size() || t[k].type != T::figure) return std::nullopt;
  // ", a 50% increase", ", a 20% drop": the noun after the figure.
  if (direction == 0 && k + 1 < t.size() && t[k + 1].type == T::word && is_change_noun(t[k + 1].text)) {
    direction = direction_of(t[k + 1].text);
  }
  // ", un 25 % más", ", un 10 % menos", "357 menos", "45 fewer".
  if (direction == 0 && k + 1 < t.size() && t[k + 1].type == T::word) {
    const std::string_view w = t[k + 1].text;
    direction = w == "m\xC3\xA1s" || w == "more" ? 1 : w == "menos" || w == "fewer" || w == "less" ? -1 : 0;
  }
  if (direction == 0) return std::nullopt;
  if (!classify_size(in, in.figures[static_cast<std::size_t>(t[k].figure)], from, to, st)) return std::nullopt;
  st.percent = t[k].figure;
  st.direction = direction;
  return st;
}

namespace {

// "A total of 1,312 new homes were completed last year. Completions rose
// from 1,140 in 2024, an increase of 19 per cent": a verb of change, "from"
// and A, with no B in the sentence; B is the one count of the sentence
// before (in the paragraph, or ending the one before) that A may be.
std::optional<Change> rose_from_told_before(const ArithmeticInput& in, std::size_t s) {
  const ArithTokens t = in.tokens(s);
  if (!in.changes(s).empty()) return std::nullopt;
  // A is the sentence's first figure that is no date, the next one a
  // percentage (what follows is another clause's: "..., and the county
  // finished 14 per cent ahead of the target of 1,150 homes").
  std::size_t a = t.size();
  for (const std::uint32_t k : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    if (f.kind == QuantityKind::date) continue;
    if (a == t.size()) {
      if (k < 2 || t[k - 1].type != T::word || t[k - 1].text != "from" || t[k - 2].type != T::word ||
          change_direction(t[k - 2].text) == 0 || is_change_noun(t[k - 2].text)) {
        return std::nullopt;
      }
      if (f.kind != QuantityKind::count && f.kind != QuantityKind::number) return std::nullopt;
      a = k;
      continue;
    }
    if (f.kind != QuantityKind::percent) return std::nullopt;  // another figure: B may be here
    break;
  }
  if (a == t.size()) return std::nullopt;
  const std::size_t p = s - 1;
  if (in.doc.sentences[p].paragraph + 1 < in.doc.sentences[s].paragraph) return std::nullopt;
  const Figure& fa = in.figures[static_cast<std::size_t>(t[a].figure)];
  const ArithTokens pt = in.tokens(p);
  int b = -1;
  for (const std::uint32_t k : in.figure_tokens(p)) {
    const Figure& f = in.figures[static_cast<std::size_t>(pt[k].figure)];
    if (f.kind == QuantityKind::date || f.kind == QuantityKind::percent || f.kind == QuantityKind::ordinal) continue;
    const bool fits = f.kind == QuantityKind::count && (fa.kind == QuantityKind::number || f.unit == fa.unit);
    if (!fits) return std::nullopt;  // another kind of figure: no one B
    if (b >= 0) return std::nullopt;  // two counts
    b = pt[k].figure;
  }
  // "Of the 612 completions, ... . Completions were nonetheless up from
  // 544 the previous year, an increase of 17 per cent": with no count in
  // the sentence before, B is the nearest count of the noun the sentence
  // opens with, two paragraphs back at most.
  if (b < 0 && !t.empty() && t[0].type == T::word && plural_looking(t[0].text) &&
      fa.kind == QuantityKind::number) {
    const std::string noun = singular(std::string(t[0].text));
    for (std::size_t q = s; q-- > in.first_sentence() && b < 0 && s - q <= 8;) {
      if (in.doc.sentences[q].paragraph + 2 < in.doc.sentences[s].paragraph) break;
      const ArithTokens qt = in.tokens(q);
      const std::span<const std::uint32_t> figs = in.figure_tokens(q);
      for (std::size_t n = figs.size(); n-- > 0 && b < 0;) {
        const Figure& f = in.figures[static_cast<std::size_t>(qt[figs[n]].figure)];
        if (f.kind == QuantityKind::count && f.unit == noun && f.asserted && !f.range_side) b = qt[figs[n]].figure;
      }
    }
  }
  if (b < 0 || !in.figures[static_cast<std::size_t>(b)].asserted) return std::nullopt;
  Change c;
  c.from = t[a].figure;
  c.to = b;
  c.first = a - 1;
  c.last = a + 1;
  return c;
}

// "las exportaciones sumaron US$ 4.920 millones en enero. Con ello, el
// valor exportado mostró un incremento de 12,8% respecto de los US$ 4.060
// millones despachados en el mismo mes del año pasado": a sentence that
// opens by pointing back ("Con ello", "With that", "This") sizes a change
// from A, the one figure after its percentage, against B: the latest
// figure of A's kind told before, within a factor of three of A, two
// paragraphs back at most (a paragraph of how it came about may stand
// between), alone of its kind and size in its sentence.
std::optional<Change> against_told_before(const ArithmeticInput& in, std::size_t s) {
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == T::word ? t[i].text : std::string_view();
  };
  const bool points_back =
      (is_one_of(word(0), {"con", "with"}) && is_one_of(word(1), {"ello", "esto", "eso", "that", "this"})) ||
      is_one_of(word(0), {"this", "that", "esto", "eso", "ello", "as\xC3\xAD"});
  if (!points_back) return std::nullopt;
  // The percentage, then A: the sentence's only figures besides dates.
  std::size_t p = t.size();
  std::size_t a = t.size();
  for (const std::uint32_t k : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    if (f.kind == QuantityKind::date) continue;
    if (p == t.size()) {
      if (f.kind != QuantityKind::percent) return std::nullopt;
      p = k;
    } else if (a == t.size()) {
      if (f.kind == QuantityKind::percent || f.kind == QuantityKind::percentage_point) return std::nullopt;
      a = k;
    } else {
      return std::nullopt;
    }
  }
  if (a == t.size()) return std::nullopt;
  // Between them, words of a comparison only ("respecto de los", "frente
  // a", "from the", "más que los", "more than").
  bool compared = false;
  int direction = 0;
  for (std::size_t k = p + 1; k < a; ++k) {
    const std::string_view w = word(k);
    if (is_one_of(w, {"respecto", "frente", "compared", "from", "than", "que", "against"})) {
      compared = true;
    } else if (is_one_of(w, {"m\xC3\xA1s", "more"})) {
      direction = 1;
    } else if (is_one_of(w, {"menos", "less", "fewer"})) {
      direction = -1;
    } else if (!is_one_of(w, {"de", "del", "a", "al", "with", "to", "the", "los", "las", "el", "la"})) {
      return std::nullopt;
    }
  }
  // The direction: "un incremento de 12,8%", "an increase of 12.8%", or
  // "9% más que".
  if (direction == 0 && p >= 2 && is_one_of(word(p - 1), {"de", "del", "of"}) && is_change_noun(word(p - 2))) {
    direction = change_direction(word(p - 2));
  }
  if (!compared || direction == 0) return std::nullopt;
  const Figure& fa = in.figures[static_cast<std::size_t>(t[a].figure)];
  int b = -1;
  for (std::size_t q = s; q-- > in.first_sentence() && b < 0 && s - q <= 6;) {
    if (in.doc.sentences[q].paragraph + 2 < in.doc.sentences[s].paragraph) break;
    const ArithTokens qt = in.tokens(q);
    for (const std::uint32_t k : in.figure_tokens(q)) {
      const Figure& f = in.figures[static_cast<std::size_t>(qt[k].figure)];
      if (f.kind != fa.kind || !compatible(f, fa) || f.value * 3 < fa.value || f.value > fa.value * 3) continue;
      if (b >= 0) return std::nullopt;  // two figures B may be
      b = qt[k].figure;
    }
  }
  if (b < 0) return std::nullopt;
  const Figure& fb = in.figures[static_cast<std::size_t>(b)];
  if (!fb.asserted || fb.range_side) return std::nullopt;
  return Change{
      .from = t[a].figure, .to = b, .first = p, .last = a + 1, .stated = static_cast<int>(p), .direction = direction};
}

}  // namespace

std::vector<Change> level_told_before(const ArithmeticInput& in, std::size_t s) {
  std::vector<Change> out;
  if (s <= in.first_sentence()) return out;
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> figs = in.figure_tokens(s);
  if (std::optional<Change> c = rose_from_told_before(in, s)) {
    out.push_back(*c);
    return out;
  }
  if (std::optional<Change> c = against_told_before(in, s)) {
    out.push_back(*c);
    return out;
  }

  // "Light rail posted the strongest gain, up 14.2% from 2,420,500
  // boardings": "up" or "down", the percentage, "from" and A, with no
  // figure of A's kind before them.
  for (std::size_t n = 0; n + 1 < figs.size(); ++n) {
    const std::size_t p = figs[n];
    const std::size_t a = figs[n + 1];
    if (p == 0 || a != p + 2 || t[p + 1].type != T::word || t[p + 1].text != "from" || t[p - 1].type != T::word) {
      continue;
    }
    const int direction = t[p - 1].text == "up" ? 1 : t[p - 1].text == "down" ? -1 : 0;
    const Figure& pct = in.figures[static_cast<std::size_t>(t[p].figure)];
    const Figure& from = in.figures[static_cast<std::size_t>(t[a].figure)];
    if (direction == 0 || pct.kind != QuantityKind::percent || from.kind != QuantityKind::count ||
        from.unit.empty()) {
      continue;
    }
    bool level_here = false;
    for (std::size_t m = 0; m < n && !level_here; ++m) {
      level_here = in.figures[static_cast<std::size_t>(t[figs[m]].figure)].kind != QuantityKind::date;
    }
    if (level_here || t.size() < 3 || t[0].type != T::word || t[1].type != T::word) return out;
    // B: the one count of A's noun in the sentence before, told of what
    // this sentence opens with ("light rail accounted for 2,641,800
    // boardings"), in this paragraph or at the end of the one before.
    const std::size_t b_sentence = s - 1;
    if (in.doc.sentences[b_sentence].paragraph + 1 < in.doc.sentences[s].paragraph) return out;
    const ArithTokens prev = in.tokens(b_sentence);
    int to = -1;
    for (const std::size_t k : in.figure_tokens(b_sentence)) {
      const Figure& f = in.figures[static_cast<std::size_t>(prev[k].figure)];
      if (f.kind != QuantityKind::count || f.unit != from.unit) continue;
      if (to >= 0) return out;  // two counts of the noun
      bool named = false;
      for (std::size_t w = k, steps = 0; w-- > 0 && steps < 5 && !named; ++steps) {
        named = w > 0 && prev[w].type == T::word && prev[w - 1].type == T::word && prev[w - 1].text == t[0].text &&
                prev[w].text == t[1].text;
      }
      if (!named || !f.asserted || f.range_side) return out;
      to = prev[k].figure;
    }
    if (to < 0) return out;
    Change c;
    c.from = t[a].figure;
    c.to = to;
    c.first = p - 1;
    c.last = a + 1;
    c.stated = static_cast<int>(p);
    c.direction = direction;
    out.push_back(c);
    return out;
  }
  return out;
}

namespace {

// +1 for a comparative of more ("higher", "más", "superior"), -1 for one
// of less ("lower", "menos", "inferior"), 0 for any other word.
int comparative_direction(std::string_view w) {
  if (is_one_of(w, {"higher", "greater", "more", "above", "m\xC3\xA1s", "mayor", "superior"})) return 1;
  if (is_one_of(w, {"lower", "less", "smaller", "below", "menos", "menor", "inferior"})) return -1;
  return 0;
}

// "Ratepayers face an average 9.5 per cent increase ... That is 1.3 per
// cent higher than the 8.2 per cent increase the council had pencilled in":
// a sentence opening "That is" sizes how the one percentage of the sentence
// before (B) stands against the one after "than" (A).
std::optional<Change> that_is_than(const ArithmeticInput& in, std::size_t s) {
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == T::word ? t[i].text : std::string_view();
  };
  if (!is_one_of(word(0), {"that", "this", "it"}) || !is_one_of(word(1), {"is", "was", "means", "represents"})) {
    return std::nullopt;
  }
  const auto percent_at = [&](ArithTokens toks, std::size_t i) {
    return i < toks.size() && toks[i].type == T::figure &&
           in.figures[static_cast<std::size_t>(toks[i].figure)].kind == QuantityKind::percent;
  };
  std::size_t n = 2;
  while (n < t.size() && n < 6 && t[n].type == T::word && filler(t[n])) ++n;
  if (!percent_at(t, n)) return std::nullopt;
  const std::string_view comparative = word(n + 1);
  const int direction = comparative_direction(comparative);
  if (direction == 0) return std::nullopt;
  std::size_t a = n + 2;
  if (comparative != "above" && comparative != "below") {
    if (word(a) != "than") return std::nullopt;
    ++a;
  }
  if (word(a) == "the") ++a;
  if (!percent_at(t, a)) return std::nullopt;
  // B: the one percentage of the sentence before, in the paragraph or
  // ending the one before.
  const std::size_t p = s - 1;
  if (in.doc.sentences[p].paragraph + 1 < in.doc.sentences[s].paragraph) return std::nullopt;
  const ArithTokens pt = in.tokens(p);
  int b = -1;
  for (const std::uint32_t k : in.figure_tokens(p)) {
    if (!percent_at(pt, k)) continue;
    if (b >= 0) return std::nullopt;
    b = pt[k].figure;
  }
  if (b < 0) return std::nullopt;
  Change c;
  c.from = t[a].figure;
  c.to = b;
  c.first = a;
  c.last = a + 1;
  c.stated = static_cast<int>(n);
  c.direction = direction;
  return c;
}

}  // namespace

std::vector<Change> anaphoric_changes(const ArithmeticInput& in, std::size_t s) {
  std::vector<Change> out;
  if (s <= in.first_sentence()) return out;
  if (std::optional<Change> c = that_is_than(in, s)) {
    out.push_back(*c);
    return out;
  }
  // The sentence before is in the paragraph, or ends the one before when
  // this one opens its own ("... frente a los 8.420 de 2025.\n\nLa
  // reducción, del 18,2 %, ...").
  const std::size_t para = in.doc.sentences[s].paragraph;
  const bool same_paragraph = in.doc.sentences[s - 1].paragraph == para;
  if (!same_paragraph && in.doc.sentences[s - 1].paragraph + 1 != para) return out;
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> here = in.figure_tokens(s);
  const auto kind = [&](ArithTokens toks, std::size_t i) {
    return in.figures[static_cast<std::size_t>(toks[i].figure)].kind;
  };
  // N: the first figure of the sentence that is no date.
  std::size_t n = t.size();
  for (const std::uint32_t i : here) {
    if (kind(t, i) == QuantityKind::date) continue;
    n = i;
    break;
  }
  if (n == t.size()) return out;
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == T::word ? t[i].text : std::string_view();
  };
  const bool percent = kind(t, n) == QuantityKind::percent;
  // The sizes the sentence gives the change, each with its direction
  // word: "that 13 per cent rise", "ese aumento del 13 %", "The drop of
  // 285", "That fall of nine, a drop of around 31 per cent", "Put another
  // way, Sunday use grew by about 22 per cent".
  std::vector<std::pair<std::size_t, std::string_view>> sizes;
  bool opening = false;  // the sentence opens with the change named
  if (percent && n >= 1 && is_one_of(word(n - 1), {"that", "this", "those"}) && is_change_noun(word(n + 1))) {
    // "that rise in costs": another measure is named.
    if (!is_one_of(word(n + 2), {"in", "of"})) sizes.emplace_back(n, word(n + 1));
  } else if (percent && n >= 3 && is_one_of(word(n - 1), {"del", "de"}) && is_change_noun(word(n - 2)) &&
             is_one_of(word(n - 3), {"ese", "esa", "este", "esta", "aquel", "aquella"})) {
    sizes.emplace_back(n, word(n - 2));
  } else if ((n == 3 || n == 4) && is_one_of(word(0), {"la", "el", "esa", "ese", "esta", "este"}) &&
             is_change_noun(word(1)) && is_one_of(word(n - 1), {"del", "de"}) &&
             (n == 3 || (t[2].type == T::punct && t[2].text == ","))) {
    // "La reducción, del 18,2 % en apenas un semestre, ...".
    sizes.emplace_back(n, word(1));
    opening = true;
  } else if (n >= 3 && n <= 6 && is_one_of(word(0), {"the", "that", "this"}) && is_change_noun(word(n - 2)) &&
             word(n - 1) == "of" && [&] {
               // "The load factor gain of 3.5 percent": what changed, a
               // word or three between.
               for (std::size_t k = 1; k + 2 < n; ++k) {
                 if (word(k).empty() || is_change_noun(word(k)) || is_one_of(word(k), {"of", "in", "and"})) {
                   return false;
                 }
               }
               return true;
             }()) {
    sizes.emplace_back(n, word(n - 2));
    opening = true;
    // ", a drop of around 31 per cent": the same change, sized again.
    std::size_t k = n + 1;
    if (k < t.size() && t[k].type == T::punct && t[k].text == ",") ++k;
    if (is_one_of(word(k), {"a", "an"}) && is_change_noun(word(k + 1)) && word(k + 2) == "of" && k + 3 < t.size() &&
        t[k + 3].type == T::figure && k + 1 > n + 1) {
      sizes.emplace_back(k + 3, word(k + 1));
    }
  } else if (is_one_of(word(0), {"that", "this", "it", "esto", "eso"}) &&
             is_one_of(word(1), {"was", "is", "represents", "represented", "marks", "marked", "means", "meant",
                                 "supone", "supuso", "representa", "represent\xC3\xB3"}) &&
             ((n == 5 && is_one_of(word(2), {"a", "an", "un", "una"}) && is_change_noun(word(3)) &&
               is_one_of(word(4), {"of", "de", "del"})) ||
              (n == 3 && is_one_of(word(2), {"a", "an", "un", "una"}) && is_change_noun(word(4))))) {
    // "That represents a drop of 11 per cent", "That was a 6% fall":
    // the sentence names no A of its own (following_changes reads those).
    for (const std::uint32_t i : here) {
      if (i > n && kind(t, i) != QuantityKind::date) return out;
    }
    sizes.emplace_back(n, n == 5 ? word(3) : word(4));
  } else if (percent && is_one_of(word(0), {"that", "this", "esto", "eso"}) &&
             is_one_of(word(1), {"means", "meant", "implies", "significa", "supone", "implica"}) &&
             comparative_direction(word(n + 1)) != 0) {
    // "That means the remission rate for the drug was 16.7% higher than
    // for placebo": the comparison told before, sized; no other figure.
    for (const std::uint32_t i : here) {
      if (i != n && kind(t, i) != QuantityKind::date) return out;
    }
    sizes.emplace_back(n, comparative_direction(word(n + 1)) > 0 ? std::string_view("rise") : std::string_view("fall"));
  } else if (n >= 6 && is_one_of(word(n - 6), {"the", "that", "this"}) && is_change_noun(word(n - 5)) &&
             t[n - 4].type == T::punct && t[n - 4].text == "," && is_one_of(word(n - 3), {"a", "an"}) &&
             is_change_noun(word(n - 2)) && word(n - 1) == "of") {
    // "Trust bosses said the improvement, a fall of 11 per cent, ...".
    sizes.emplace_back(n, word(n - 2));
  } else if (percent && n >= 5 && word(n - 1) == "of" && is_change_noun(word(n - 2)) &&
             is_one_of(word(n - 3), {"the", "this", "that"}) &&
             is_one_of(word(n - 4), {"said", "says", "noted", "added", "stressed", "explained", "told"})) {
    // "Board chairperson Dr Meenakshi Kulkarni said the improvement of 2.8
    // per cent over 2025 reflected ...": what is said opens with the
    // change named.
    sizes.emplace_back(n, word(n - 2));
    opening = true;
  } else if (percent && ((word(0) == "put" && word(1) == "another" && word(2) == "way") ||
                         (word(0) == "in" && word(1) == "other" && word(2) == "words"))) {
    // The change verb right before N, and no other figure.
    for (std::size_t k = n; k-- > 3 && n - k <= 4;) {
      if (change_direction(word(k)) != 0) {
        sizes.emplace_back(n, word(k));
        break;
      }
      if (!filler(t[k])) break;
    }
    for (const std::uint32_t i : here) {
      if (i != n && kind(t, i) != QuantityKind::date) return out;
    }
  }
  if (sizes.empty()) return out;
  // Across paragraphs only a sentence that opens with the change does.
  if (!same_paragraph && !opening) return out;
  // The change: the last of the sentence before, which states none itself
  // and after which no other figure is told. A sentence that opens with
  // the change may look past one sentence that tells none ("filled 81.9
  // percent of its seats, up from 78.4 percent. The carrier also announced
  // an order ... The load factor gain of 3.5 percent ...").
  std::size_t from_s = s - 1;
  if (opening && in.changes(from_s).empty() && from_s > in.first_sentence() &&
      in.doc.sentences[from_s - 1].paragraph + 1 >= para) {
    --from_s;
  }
  const std::span<const Change> before = in.changes(from_s);
  if (before.empty()) return out;
  const Change& ch = before.back();
  const ArithTokens p = in.tokens(from_s);
  for (std::size_t k = ch.last; k < p.size(); ++k) {
    if (p[k].type == T::figure && kind(p, k) != QuantityKind::date) return out;
  }
  if (stated_change(in, from_s, ch)) return out;
  const Figure& from = in.figures[static_cast<std::size_t>(ch.from)];
  const Figure& to = in.figures[static_cast<std::size_t>(ch.to)];
  for (const auto& [at, noun] : sizes) {
    Change c = ch;
    c.stated = static_cast<int>(at);
    c.direction = change_direction(noun, from, to);
    if (c.direction != 0) out.push_back(c);
  }
  return out;
}

std::vector<Change> named_changes(const ArithmeticInput& in, std::size_t s) {
  std::vector<Change> out;
  if (s <= in.first_sentence() || !in.changes(s).empty()) return out;
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == T::word ? t[i].text : std::string_view();
  };
  // N: the one figure of the sentence that is no date, a percentage.
  std::size_t n = t.size();
  for (const std::uint32_t i : in.figure_tokens(s)) {
    if (in.figures[static_cast<std::size_t>(t[i].figure)].kind == QuantityKind::date) continue;
    if (n != t.size()) return out;
    n = i;
  }
  if (n == t.size() || in.figures[static_cast<std::size_t>(t[n].figure)].kind != QuantityKind::percent) return out;
  // The noun that sizes the change with N: "a drop of N", "un descenso
  // del N", "the N drop".
  std::string_view noun;
  if (n >= 2 && is_one_of(word(n - 1), {"of", "de", "del"}) && is_change_noun(word(n - 2))) {
    noun = word(n - 2);
  } else if (is_change_noun(word(n + 1))) {
    noun = word(n + 1);
  }
  if (noun.empty()) return out;
  // The measure: "in the vacancy rate", "en la tasa de vacantes", after a
  // change noun anywhere in the sentence; up to three words, "de" between
  // them in Spanish.
  std::vector<std::string_view> measure;
  std::size_t named_from = 0, named_end = 0;  // the change noun and the measure
  for (std::size_t k = 0; k + 1 < t.size() && measure.empty(); ++k) {
    if (!is_change_noun(word(k)) || !is_one_of(word(k + 1), {"in", "en"})) continue;
    named_from = k;
    std::size_t w = k + 2;
    if (is_one_of(word(w), {"the", "its", "their", "el", "la", "los", "las", "su", "sus"})) ++w;
    for (; w < t.size() && t[w].type == T::word && measure.size() < 4; ++w) {
      const std::string_view x = word(w);
      if (k_time_words.contains(x) || filler(t[w]) || change_direction(x) != 0 ||
          is_one_of(x, {"to", "from", "at", "over", "since", "for", "by", "and", "or", "was", "is", "has", "had",
                        "a", "hasta", "desde", "y", "o", "que", "fue", "es", "ha"})) {
        break;
      }
      measure.push_back(x);
    }
    named_end = w;
    if (!measure.empty() && is_one_of(measure.back(), {"de", "del", "of"})) measure.pop_back();
  }
  // A single word names too little ("the rise in prices" of which
  // prices?); two or more name the measure.
  if (measure.size() < 2) return out;
  // A time of its own, next to the size or the measure, may make it
  // another change of the measure ("the 25% drop in the jobless rate since
  // 2019").
  const std::size_t near_from = std::min(named_from, n) >= 3 ? std::min(named_from, n) - 3 : 0;
  const std::size_t near_end = std::min(t.size(), std::max(named_end, n + 1) + 4);
  for (std::size_t k = near_from; k < near_end; ++k) {
    if (in.in_date(t[k]) || (t[k].type == T::figure && k != n) ||
        is_one_of(word(k), {"since", "decade", "decades", "years", "desde", "d\xC3\xA9" "cada", "a\xC3\xB1os"})) {
      return out;
    }
  }
  // The change: in one of the eight sentences before, within six
  // paragraphs (a list row is one), the measure's words right before A or B (up to four
  // tokens between: "Nursing vacancy rate: 9.8 percent, down from 14.2
  // percent"), no size stated with it; the latest, and the only one of
  // its sentence.
  const std::size_t para = in.doc.sentences[s].paragraph;
  for (std::size_t back = 1; back <= 8 && s >= in.first_sentence() + back; ++back) {
    const std::size_t p = s - back;
    if (in.doc.sentences[p].paragraph + 6 < para) break;
    const ArithTokens pt = in.tokens(p);
    const Change* found = nullptr;
    int matches = 0;
    for (const Change& ch : in.changes(p)) {
      const Figure& a = in.figures[static_cast<std::size_t>(ch.from)];
      const Figure& b = in.figures[static_cast<std::size_t>(ch.to)];
      std::size_t lead = pt.size();  // the first of A and B
      for (std::size_t k = 0; k < pt.size() && lead == pt.size(); ++k) {
        if (pt[k].type == T::figure && (pt[k].figure == ch.from || pt[k].figure == ch.to)) lead = k;
      }
      if (lead == pt.size() || !a.asserted || !b.asserted) continue;
      bool named = false;
      for (std::size_t gap = 1; gap <= 5 && !named && lead >= gap + measure.size() - 1; ++gap) {
        const std::size_t end = lead - gap;  // the measure's last word
        bool words_between = true;
        for (std::size_t k = end + 1; k < lead; ++k) {
          words_between = words_between && (pt[k].type == T::word || (pt[k].type == T::punct && pt[k].text == ":"));
        }
        if (!words_between) break;
        bool all = true;
        for (std::size_t m = 0; m < measure.size() && all; ++m) {
          const std::size_t at = end + 1 - measure.size() + m;
          all = pt[at].type == T::word && pt[at].text == measure[m];
        }
        named = all;
      }
      if (!named || stated_change(in, p, ch)) continue;
      found = &ch;
      ++matches;
    }
    if (matches > 1) return out;
    if (found) {
      const Figure& from = in.figures[static_cast<std::size_t>(found->from)];
      const Figure& to = in.figures[static_cast<std::size_t>(found->to)];
      Change c = *found;
      c.stated = static_cast<int>(n);
      c.direction = change_direction(noun, from, to);
      if (c.direction != 0) out.push_back(c);
      return out;
    }
  }
  return out;
}

void check_percent_change(const ArithmeticInput& in, DiagnosticSink& sink) {
  // Cents as written: "from 368c to 412c", not "from $3.68 to $4.12".
  const auto format_as_written = [&](const Figure& f) {
    const std::string_view text = in.doc.view(f.range);
    if (f.kind == QuantityKind::currency && (text.ends_with("c") || text.ends_with("\xC2\xA2"))) {
      return format_figure(f.value * 100, QuantityKind::number, "", 2) + (text.ends_with("c") ? "c" : "\xC2\xA2");
    }
    if (f.kind == QuantityKind::currency && (text.ends_with(" cents") || text.ends_with(" cent"))) {
      return format_figure(f.value * 100, QuantityKind::number, "", 2) + " cents";
    }
    return format_figure(f.value, f.kind, f.unit);
  };
  for (const std::size_t s : in.scanned_sentences()) {
    const std::vector<Change> following = following_changes(in, s);
    const std::vector<Change> anaphoric = anaphoric_changes(in, s);
    const std::vector<Change> earlier = level_told_before(in, s);
    const std::vector<Change> named = named_changes(in, s);
    const std::span<const Change> lists[] = {in.changes(s), following, anaphoric, earlier, named};
    for (const std::span<const Change> changes : lists) {
      for (const Change& ch : changes) {
        const Figure& b = in.figures[static_cast<std::size_t>(ch.to)];
        // "hasta los 45,1 millones, frente a los 38,6 del año pasado": a
        // bare A leaves out B's scale word as well as its noun.
        Figure a = in.figures[static_cast<std::size_t>(ch.from)];
        const std::string_view a_text = in.doc.view(a.range);
        if (a.kind == QuantityKind::number && a.value > 0 && b.value >= 1e6 &&
            std::none_of(a_text.begin(), a_text.end(),
                         [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); })) {
          for (const double scale : {1e3, 1e6, 1e9}) {
            const double scaled = a.value * scale / b.value;
            if (b.value / a.value >= 100 && scaled >= 0.1 && scaled <= 10) {
              a.value *= scale;
              a.low *= scale;
              a.high *= scale;
              break;
            }
          }
        }
        if (a.low <= 0 || b.low < 0 || a.value <= 0 || !a.asserted || !b.asserted) continue;
        // A thousandfold or more is no change told in percent: two figures
        // read at different scales.
        if (b.value / a.value >= 1000 || a.value / b.value >= 1000) continue;
        const std::optional<StatedChange> st = stated_change(in, s, ch);
        if (!st) continue;
        const double r_lo = b.low / a.high;
        const double r_hi = b.high / a.low;
        const double ratio = b.value / a.value;
        // A bare A takes B's unit, which it leaves out ("the 45 million").
        const bool bare = a.kind == QuantityKind::number && b.kind != QuantityKind::number;
        // Or B takes A's ("62 millones de euros; hoy ... 71,3 millones").
        const bool bare_b = b.kind == QuantityKind::number && a.kind != QuantityKind::number;
        const std::string from_to = fmt::format("from {} to {}",
                                                bare ? format_figure(a.value, b.kind, b.unit)
                                                     : format_as_written(a),
                                                bare_b ? format_figure(b.value, a.kind, a.unit)
                                                       : format_as_written(b));
        Diagnostic d;
        d.check = "percent-change";
        d.severity = Severity::error;
        if (st->percent >= 0) {
          const Figure& n = in.figures[static_cast<std::size_t>(st->percent)];
          d.range = in.original(n.range);
          if (st->difference) {
            const double d_lo = st->direction > 0 ? n.low : -n.high;
            const double d_hi = st->direction > 0 ? n.high : -n.low;
            if (overlaps(d_lo, d_hi, b.low - a.high, b.high - a.low)) continue;
            const double actual = b.value - a.value;
            const Figure& unit = a.kind == QuantityKind::number ? b : a;
            const std::string size = format_figure(std::fabs(actual), unit.kind, unit.unit);
            const bool same_sign = (actual >= 0) == (st->direction > 0);
            d.message = same_sign ? fmt::format("{} is a {} of {}, not {}", from_to, actual >= 0 ? "rise" : "fall",
                                                size, format_figure(n.value, n.kind, n.unit))
                                  : fmt::format("{} is a {} of {}, not a {}", from_to,
                                                actual >= 0 ? "rise" : "fall", size,
                                                st->direction > 0 ? "rise" : "fall");
          } else if (st->fraction) {
            // "a rise of almost a quarter": a round way of saying it, a
            // tenth either way of the fraction as hedged.
            // The hedge's own interval: "almost a quarter" is 22.5% to 25%
            // (the figure's, for the other checks, runs from 0).
            const double q_lo = n.claim ? n.claim->quantity.low.value_or(n.value) : n.low;
            const double q_hi =
                n.claim ? n.claim->quantity.high.value_or(std::numeric_limits<double>::infinity()) : n.high;
            const double f_lo = q_lo * 100 * (1 - k_fraction_slack);
            const double f_hi = std::isfinite(q_hi) ? q_hi * 100 * (1 + k_fraction_slack) : q_hi;
            const double s_lo = st->direction > 0 ? f_lo : -f_hi;
            const double s_hi = st->direction > 0 ? f_hi : -f_lo;
            if (overlaps(s_lo, s_hi, (r_lo - 1) * 100, (r_hi - 1) * 100)) continue;
            const double actual = (ratio - 1) * 100;
            d.message = fmt::format("{} is a {} of {}%, not \"{}\"", from_to, actual >= 0 ? "rise" : "fall",
                                    format_figure(std::fabs(actual), QuantityKind::number, "", 0),
                                    in.doc.view(n.range));
          } else {
            // Points are the percentage-points check's business.
            if (n.kind != QuantityKind::percent) continue;
            // A stated change is cut as often as rounded ("un 8,2 %" of
            // 8.25%): its size may be up to one unit of its last digit
            // above the figure's own interval, never below (a cut number
            // is never larger than its value).
            const bool exact = n.claim && n.claim->quantity.qualifier == "exact";
            const double cut = exact && std::isfinite(n.high - n.low) ? (n.high - n.low) / 2 : 0;
            // "an increase of almost 15 per cent" is 13.5% to 15%: the hedge's
            // own interval (the figure's, for the other checks, runs from 0).
            const double n_lo = !exact && n.claim && n.claim->quantity.qualifier == "upper-bound" &&
                                        n.claim->quantity.low
                                    ? std::max(n.low, *n.claim->quantity.low)
                                    : n.low;
            const double s_lo = st->direction > 0 ? n_lo : -(n.high + cut);
            const double s_hi = st->direction > 0 ? n.high + cut : -n_lo;
            // The difference of two percentages, a fall as well as a rise.
            if (a.kind == QuantityKind::percent && overlaps(s_lo, s_hi, b.low - a.high, b.high - a.low)) continue;
            if (overlaps(s_lo, s_hi, (r_lo - 1) * 100, (r_hi - 1) * 100)) continue;
            const double actual = (ratio - 1) * 100;
            const int decimals = count_decimals(in.number_text(n));
            const std::string right = format_figure(std::fabs(actual), QuantityKind::number, "", std::max(decimals, 0));
            const bool same_sign = (actual >= 0) == (st->direction > 0);
            const char* actual_word = actual >= 0 ? "rise" : "fall";
            // A bound as written: "not \"almost 15 per cent\"".
            const std::string stated = stated_as_bound(n) ? fmt::format("\"{}\"", in.doc.view(n.range))
                                             : format_figure(n.value, QuantityKind::percent, "%", 3);
            d.message = same_sign ? fmt::format("{} is a {} of {}%, not {}", from_to, actual_word, right, stated)
                                  : fmt::format("{} is a {} of {}%, not a {}", from_to, actual_word, right,
                                                st->direction > 0 ? "rise" : "fall");
            if (same_sign) {
              // The fix-it keeps the numeral's decimal mark ("9,4" → "7,1").
              std::string fix = right;
              const std::string_view written = in.number_text(n);
              if (written.find('.') == std::string_view::npos && count_decimals(written) > 0) {
                std::replace(fix.begin(), fix.end(), '.', ',');
              }
              d.fixits.push_back({in.original(n.number), fix});
            }
          }
        } else {
          if (overlaps(st->factor_low, st->factor_high, r_lo, r_hi)) continue;
          // The figures read in the other order make the factor ("ha
          // duplicado con creces su alumnado: ... contaba con 9.400 ...,
          // frente a los 27.600 que prevé tener este año"): which is the
          // figure before is not clear, and a factor is no sign of it.
          if (r_lo > 0 && overlaps(st->factor_low, st->factor_high, 1 / r_hi, 1 / r_lo)) continue;
          d.message = fmt::format("{} is {} times, not {}", from_to, format_figure(ratio, QuantityKind::number, "", 2),
                                  st->factor_word);
          d.range = in.original(st->factor_range);
        }
        d.notes.push_back({in.original(a.range), "the change is computed from this figure", {}});
        d.notes.push_back({in.original(b.range), "to this one", {}});
        sink.report(std::move(d));
      }
    }
  }
}

}  // namespace claimlint
