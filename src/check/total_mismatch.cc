// The total-mismatch check: stated parts that do not add up to the stated total.
#include "check/total_mismatch.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "extract/date_extractor.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

using T = ArithToken::Type;

// The cue lists are tables in code rather than rules/ because no loader
// for an [arithmetic] section exists yet; a follow-up can move them.

// Words between the parts that make them something other than a sum:
// comparisons ("up from", "than"), rates ("each", "per", "an average of
// 5,870 across 12 games"), partial lists.
constexpr CueWords k_sum_breakers{std::to_array<std::string_view>(
    {"from", "than", "versus", "vs", "against", "compared", "since", "previously", "earlier", "before", "after",
     "including", "excluding", "per", "each", "apiece", "times", "or", "between", "out", "among", "of", "cada",
     "across"})};
bool breaks_sum(const ArithToken& t) {
  if (t.type != T::word) return false;
  return change_direction(t.text) != 0 || k_sum_breakers.contains(t.text);
}

// The largest of `parts` and their sum.
std::pair<double, double> largest_and_sum(const ArithmeticInput& in, const std::vector<int>& parts) {
  double largest = 0;
  double sum = 0;
  for (const int p : parts) {
    largest = std::max(largest, in.figures[static_cast<std::size_t>(p)].value);
    sum += in.figures[static_cast<std::size_t>(p)].value;
  }
  return {largest, sum};
}

// Whether a word that totals ("totals", "asciende a", "suman") stands in
// the three tokens before token k of `t`.
bool totals_before(ArithTokens t, std::size_t k) {
  for (std::size_t j = k, steps = 0; j-- > 0 && steps < 3; ++steps) {
    if (t[j].type == T::word &&
        is_one_of(t[j].text, {"totals", "totaled", "totalled", "total", "totales", "suman", "suma", "sumaban",
                              "totaliza", "totalizan", "asciende", "ascienden", "ascendi\xC3\xB3", "amount",
                              "amounts"})) {
      return true;
    }
  }
  return false;
}

// "a total of 400,000", "totalling 400,000", "a combined 400,000",
// "combined for 1,892 yards".
bool cue_before(ArithTokens t, std::size_t i) {
  const auto w = [&](std::size_t back, std::string_view s) {
    return i >= back && t[i - back].type == T::word && t[i - back].text == s;
  };
  // "In total, 400,000 were cleared", "Altogether, 400,000".
  const bool comma = i >= 1 && t[i - 1].type == T::punct && t[i - 1].text == ",";
  const auto lead = [&](std::size_t back, std::string_view s) {
    return comma && i >= back + 1 && t[i - back - 1].type == T::word && t[i - back - 1].text == s;
  };
  return (w(1, "of") && w(2, "total")) || w(1, "totalling") || w(1, "totaling") || w(1, "combined") ||
         (w(1, "for") && w(2, "combined")) ||
         w(1, "totals") || w(1, "totalled") || w(1, "totaled") ||
         (lead(1, "total") && lead(2, "in")) || lead(1, "altogether") || (lead(1, "told") && lead(2, "all"));
}

// "400,000 in total", "in all", "altogether", "combined", "all told".
bool cue_after(ArithTokens t, std::size_t i) {
  const auto w = [&](std::size_t ahead, std::string_view s) {
    return i + ahead < t.size() && t[i + ahead].type == T::word && t[i + ahead].text == s;
  };
  return (w(1, "in") && (w(2, "total") || w(2, "all"))) || w(1, "altogether") || w(1, "combined") ||
         (w(1, "all") && w(2, "told"));
}

// "..., making up the $1.86 billion total", "..., for a 1,846 total": the
// token where the words before such a total begin, or 0 if there are none.
std::size_t named_total_cue(ArithTokens t, std::size_t i) {
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (i < 3 || !w(i + 1, {"total"}) || !w(i - 1, {"the", "a"})) return 0;
  if (w(i - 2, {"for"})) return i - 2;
  if (w(i - 2, {"up"}) && w(i - 3, {"making", "make", "makes", "made"})) return i - 3;
  return 0;
}

// A running total, or one wider than the parts: "a total of 900,000 since
// 2019", "so far", "to date", "of which", "12,000 worldwide".
bool cumulative_after(ArithTokens t, std::size_t i) {
  for (std::size_t k = i + 1; k < t.size() && k <= i + 5; ++k) {
    if (t[k].type == T::figure) break;
    if (t[k].type == T::word && is_one_of(t[k].text, {"since", "far", "date", "which", "including", "among",
                                                      "worldwide", "overall", "globally", "nationwide", "across"})) {
      return true;
    }
  }
  return false;
}

// The figures before token `end` of `t` back to the previous figure that
// cannot be a part, or nullopt when a word between them says they are not
// a sum.
std::optional<std::vector<int>> parts_before(const ArithmeticInput& in, ArithTokens t,
                                             std::size_t end, const Figure& total) {
  std::vector<int> parts;
  bool broken = false;  // a word that is no list separator lies after the figure at k
  // A list of parts is short; the bound keeps a sentence of many totals
  // linear (issue 10).
  constexpr std::size_t k_max_list_tokens = 80;
  std::size_t k = end;
  while (k > 0 && end - k < k_max_list_tokens) {
    --k;
    if (t[k].type == T::figure) {
      const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
      if (!compatible(f, total) || f.range_side || f.kind == QuantityKind::multiplier) break;
      // "150,000, up from 120,000, and 100,000": not a list of parts.
      if (broken) return std::nullopt;
      // "closing two 28-bed wards, a total of 56 beds": a figure right
      // before another counts things the other measures, a product.
      if (k + 1 < end && t[k + 1].type == T::figure) return std::nullopt;
      // "Four in five beds ... - 432 in all": a ratio, no parts.
      const auto word_in = [&](std::size_t w) { return t[w].type == T::word && t[w].text == "in"; };
      if ((k >= 2 && word_in(k - 1) && t[k - 2].type == T::figure) ||
          (k + 2 < end && word_in(k + 1) && t[k + 2].type == T::figure)) {
        return std::nullopt;
      }
      parts.insert(parts.begin(), t[k].figure);
      continue;
    }
    if (breaks_sum(t[k])) broken = true;
    // "two rivals with 27% and 24%, while telecom units held a combined
    // 18%": a clause set against the one before, between the parts and
    // the total, holds a total of its own.
    if (parts.empty() && t[k].type == T::word && is_one_of(t[k].text, {"while", "whereas", "mientras"})) break;
  }
  return parts;
}

// "The general fund totals $186.4 million. Public safety takes the
// largest share at $71.2 million, followed by health at $38.9 million,
// ... and debt service at $13.1 million.": a total alone in its sentence,
// then a sentence of the same paragraph that lists its parts in order
// of size (a word of ranking or of the rest) and holds no other figure,
// at least three. nullopt if there is none.
std::optional<std::vector<int>> parts_listed_after(const ArithmeticInput& in, std::size_t s, const Figure& total) {
  const std::size_t n = s + 1;
  if (n >= in.end_sentence() || in.doc.sentences[n].paragraph != in.doc.sentences[s].paragraph) return std::nullopt;
  const ArithTokens t = in.tokens(n);
  bool ranked = false;
  for (const ArithToken& w : t) {
    if (w.type != T::word) continue;
    if (change_direction(w.text) != 0 || breaks_sum(w)) return std::nullopt;
    ranked = ranked || is_one_of(w.text, {"largest", "biggest", "followed", "remaining", "rest", "seguido",
                                          "seguida", "seguidos", "mayor", "resto", "restante"});
  }
  if (!ranked) return std::nullopt;
  std::vector<int> parts;
  for (const std::uint32_t k : in.figure_tokens(n)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    if (!compatible(f, total) || f.kind != total.kind || f.range_side || !f.asserted || f.value >= total.value) {
      return std::nullopt;
    }
    parts.push_back(t[k].figure);
  }
  if (parts.size() < 3) return std::nullopt;
  return parts;
}

// Words between the parts of a breakdown that make them something other
// than shares of its total: comparisons and rates.
constexpr CueWords k_breakdown_breakers{std::to_array<std::string_view>(
    {"from", "than", "versus", "vs", "compared", "per", "each", "apiece", "times", "between", "since"})};

// "the remaining 145", "the other 145", "145 in the other towns": the
// figure at token `i` closes a breakdown.
bool remainder_cue(ArithTokens t, std::size_t i) {
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (i >= 2 && word(i - 1, {"remaining", "other"}) && word(i - 2, {"the"})) return true;
  // Spanish "los cuatro restantes", "las otras 145".
  if (i >= 1 && ((word(i - 1, {"los", "las"}) && word(i + 1, {"restantes"})) ||
                 (i >= 2 && word(i - 1, {"otros", "otras"}) && word(i - 2, {"los", "las"})))) {
    return true;
  }
  // "and 328,540 in the other 38 towns", "y 328.540 en los otros 38
  // municipios", "en el resto del país": the part where the rest is.
  return word(i + 1, {"in", "at", "across", "en"}) &&
         ((word(i + 2, {"the"}) && word(i + 3, {"other", "remaining", "rest"})) ||
          (word(i + 2, {"los", "las"}) && word(i + 3, {"otros", "otras", "restantes"})) ||
          (word(i + 2, {"el"}) && word(i + 3, {"resto"})));
}

// Where a breakdown opens in `t`, before token `end`: the token after
// "of those", "of them", "of these", "of which", "of whom", with no total
// of its own; or after a sentence's opening "Of the $184.5 million,",
// whose figure is the total. nullopt if none.
struct Anchor {
  std::size_t after = 0;  ///< the token after the anchor
  int total = -1;         ///< the figure of "Of the N,", else -1
};
std::optional<Anchor> breakdown_anchor(ArithTokens t, std::size_t end) {
  // ("De los 612.840 votos,"; "Of the Rs 1,412 crore collected till
  // Thursday,": up to six words after the figure.)
  // ("De esos 1.240 millones,", "Of those 1,240 votes,".)
  if (t.size() > 3 && end > 3 && t[0].type == T::word && (t[0].text == "of" || t[0].text == "de") &&
      t[1].type == T::word &&
      is_one_of(t[1].text, {"the", "those", "these", "los", "las", "esos", "esas", "estos", "estas"}) &&
      t[2].type == T::figure) {
    std::size_t comma = 3;
    while (comma < t.size() && comma < 9 && t[comma].type == T::word) ++comma;
    if (comma < end && t[comma].type == T::punct && t[comma].text == ",") return Anchor{comma + 1, t[2].figure};
  }
  for (std::size_t k = std::min(end, t.size()); k-- > 1;) {
    if (t[k - 1].type == T::word && t[k - 1].text == "of" && t[k].type == T::word &&
        is_one_of(t[k].text, {"those", "them", "these", "which", "whom"})) {
      // "Medical emergencies made up 46 percent of them, police calls 38
      // percent ...": a figure right before "of them" is the first part.
      if (k >= 2 && t[k - 2].type == T::figure) return Anchor{k - 2, -1};
      return Anchor{k + 1, -1};
    }
    // "De ellos, 5.940 aguardan ...", "de los cuales".
    if (t[k - 1].type == T::word && t[k - 1].text == "de" && t[k].type == T::word &&
        is_one_of(t[k].text, {"ellos", "ellas", "estos", "estas", "esos", "esas", "cuales"})) {
      return Anchor{k + 1, -1};
    }
    // "5,200 of the 12,500 homes would be ..., 3,100 ... and the remaining
    // 4,600": the breakdown opens at its first part, before its total;
    // "13 de los 16 distritos".
    if (k + 3 < std::min(end, t.size()) && t[k].type == T::figure && t[k + 1].type == T::word &&
        (t[k + 1].text == "of" || t[k + 1].text == "de") && t[k + 2].type == T::word &&
        (t[k + 2].text == "the" || t[k + 2].text == "los" || t[k + 2].text == "las") &&
        t[k + 3].type == T::figure) {
      return Anchor{k, t[k + 3].figure};
    }
  }
  return std::nullopt;
}

// A figure of a ratio told in words: "three in every five", "one in
// four", "two out of three", "uno de cada cuatro" (both its figures). The
// first figure counts no noun of its own: "612,000 customers in 14
// counties" is none.
bool in_ratio_phrase(const ArithmeticInput& in, ArithTokens t, std::size_t k) {
  const auto link = [&](std::size_t m) {
    return m < t.size() && t[m].type == T::word && is_one_of(t[m].text, {"in", "out", "of", "every", "each", "de", "cada"});
  };
  const auto bare = [&](std::size_t m) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[m].figure)];
    const std::string_view written = in.doc.view(f.range);
    return f.kind != QuantityKind::count || f.unit.empty() || written.empty() ||
           !std::isdigit(static_cast<unsigned char>(written.front())) ||
           written.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
  };
  for (std::size_t m = k + 1; m < t.size() && m <= k + 3 && link(m); ++m) {
    if (m + 1 < t.size() && t[m + 1].type == T::figure && (t[k + 1].text == "in" || t[k + 1].text == "out" ||
                                                            t[m].text == "every" || t[m].text == "cada")) {
      return bare(k);
    }
  }
  for (std::size_t m = k; m-- > 0 && k - m <= 3 && link(m);) {
    if (m > 0 && t[m - 1].type == T::figure && (t[m].text == "in" || t[m].text == "out" || t[k - 1].text == "every" ||
                                                t[k - 1].text == "cada")) {
      return bare(m - 1);
    }
  }
  return false;
}

// The parts and total of a breakdown closed by the remainder at token `i`
// of sentence `s` ("310 new posts. Of those, 120 are police officers and
// 45 firefighters; the other 145 ..."): the parts are every figure from
// "of those" to the remainder, the total the figure nearest before "of
// those", in the same or the previous sentence of the paragraph.
struct Breakdown {
  int total = -1;
  std::vector<int> parts;
};
// Whether the figure at token k is a ratio: "two out of three", "uno de
// cada seis" read as one figure, or "three in every five" as several.
bool told_as_ratio(const ArithmeticInput& in, ArithTokens t, std::size_t k) {
  if (in_ratio_phrase(in, t, k)) return true;
  const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
  const std::string_view written = in.doc.view(f.range);
  // A fraction in words is a proportion: "cinco de las ocho estaciones
  // ..., más de la mitad, y en las otras tres".
  if (f.value > 0 && f.value < 1 && written.find_first_of("0123456789") == std::string_view::npos) return true;
  return written.find(" out of ") != std::string_view::npos || written.find(" in ") != std::string_view::npos ||
         written.find(" de cada ") != std::string_view::npos;
}

// Whether the figure at token k is what another is compared with: "from",
// "than", "compared with", "frente a" up to three words before it, or
// "on"/"over" right after a change ("up 7.7 per cent on the 19,950").
bool compared_with(const ArithmeticInput& in, ArithTokens t, std::size_t k) {
  for (std::size_t j = k, steps = 0; j-- > 0 && steps < 3; ++steps) {
    if (t[j].type != T::word) return false;
    if (is_one_of(t[j].text, {"from", "than", "compared", "versus", "vs", "frente", "desde", "que", "against"})) {
      return true;
    }
    if (j > 0 && t[j - 1].type == T::figure && is_one_of(t[j].text, {"on", "over"})) {
      const QuantityKind change = in.figures[static_cast<std::size_t>(t[j - 1].figure)].kind;
      if (change == QuantityKind::percent || change == QuantityKind::percentage_point) return true;
    }
  }
  return false;
}

std::optional<Breakdown> breakdown_of(const ArithmeticInput& in, std::size_t s, std::size_t i) {
  const Figure& rest = in.figures[static_cast<std::size_t>(in.tokens(s)[i].figure)];
  const auto same_paragraph = [&](std::size_t a, std::size_t b) {
    return in.doc.sentences[a].paragraph == in.doc.sentences[b].paragraph;
  };
  // The anchor: in the remainder's sentence, else in the one before.
  std::size_t anchor_sentence = s;
  std::optional<Anchor> anchor = breakdown_anchor(in.tokens(s), i);
  if (!anchor && s > in.first_sentence() && same_paragraph(s - 1, s)) {
    anchor_sentence = s - 1;
    anchor = breakdown_anchor(in.tokens(s - 1), in.tokens(s - 1).size());
  }
  if (!anchor) return std::nullopt;
  Breakdown b;
  b.total = anchor->total;
  // Else the total: the figure nearest before the anchor.
  for (std::size_t sentence = anchor_sentence + 1; sentence-- > in.first_sentence() && b.total < 0;) {
    if (sentence + 1 < anchor_sentence || !same_paragraph(sentence, anchor_sentence)) break;
    const ArithTokens t = in.tokens(sentence);
    const std::size_t to = sentence == anchor_sentence ? anchor->after : t.size();
    for (std::size_t k = to; k-- > 0;) {
      if (t[k].type != T::figure) continue;
      // "Son 9.870, el 16,1% del total, ..., frente a los 11.020 de
      // diciembre de 2024, un 10,4% menos. De ellos, ...": over a share,
      // a change and what the total is compared with.
      if (!compatible(in.figures[static_cast<std::size_t>(t[k].figure)], rest) || compared_with(in, t, k) ||
          told_as_ratio(in, t, k)) {
        continue;
      }
      b.total = t[k].figure;
      break;
    }
  }
  if (b.total < 0) return std::nullopt;
  const Figure& total = in.figures[static_cast<std::size_t>(b.total)];
  if (!compatible(total, rest) || total.range_side || total.kind == QuantityKind::multiplier || !total.asserted) {
    return std::nullopt;
  }
  // The parts, up to the remainder: figures of its kind, no comparison;
  // a figure that counts something else ("38 miles away") is no part.
  for (std::size_t sentence = anchor_sentence; sentence <= s; ++sentence) {
    const ArithTokens t = in.tokens(sentence);
    const std::size_t from = sentence == anchor_sentence ? anchor->after : 0;
    const std::size_t to = sentence == s ? i + 1 : t.size();
    for (std::size_t k = from; k < to; ++k) {
      if (t[k].type == T::word && (change_direction(t[k].text) != 0 || k_breakdown_breakers.contains(t[k].text))) {
        return std::nullopt;
      }
      if (t[k].type != T::figure || t[k].figure == b.total) continue;
      const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
      if (told_as_ratio(in, t, k)) continue;
      if (!compatible(f, total) ||
          (!f.claim->measure.empty() && !total.claim->measure.empty() && f.claim->measure != total.claim->measure)) {
        continue;
      }
      if (!compatible(f, rest) || f.range_side || f.kind == QuantityKind::multiplier || !f.asserted) {
        return std::nullopt;
      }
      b.parts.push_back(t[k].figure);
    }
  }
  if (b.parts.size() < 2) return std::nullopt;
  return b;
}

// Reports the parts that do not add up to the total, pointing at the total.
// How far a breakdown's sum may be from its total and still be a
// breakdown of it, told wrongly: far beyond, "of those" or the list is
// about something else ("8% of its 23,400 employees. Of those, 1,100 ...").
constexpr double k_max_breakdown_gap = 0.2;

// How report_sum reads a breakdown.
struct SumOptions {
  // Only a sum near the total is a breakdown of it (k_max_breakdown_gap).
  bool near_only = false;
  // The parts are a plain list after a composition cue, whose nouns may
  // differ ("34 jets, 16 turboprops and six widebody aircraft").
  bool several_nouns = false;
  // If set, counts the things the parts are of, each named once with its
  // part ("four emergency departments"): a note says so.
  const Figure* holders = nullptr;
  // The parts are of the months of the total's quarter: each has its own
  // time frame, and a note names its month.
  bool by_month = false;
};

// A sum near its total, of parts of one noun or of a plain list.
constexpr SumOptions k_near_sum{.near_only = true};
constexpr SumOptions k_near_list{.near_only = true, .several_nouns = true};

void report_sum(const ArithmeticInput& in, const Figure& total, const std::vector<int>& parts,
                DiagnosticSink& sink, const SumOptions& options = {}) {
  const bool near_only = options.near_only;
  const bool several_nouns = options.several_nouns;
  const Figure* const holders = options.holders;
  const bool by_month = options.by_month;
  // A measure read from a verb ("amount to pay" of "paid for with £90
  // million") or from a count elsewhere in the sentence ("value of home"
  // of "... £18 million from developers building 2,300 homes") names no
  // noun of the figure's own that could differ from the total's.
  // Parts name kinds of the whole ("95 management posts" of "the 310
  // posts"): the head nouns must agree.
  const auto noun_measure = [](std::string_view m) {
    return m.starts_with("amount to ") || m.starts_with("value of ") ? std::string_view() : measure_head(m);
  };
  std::string_view measure = noun_measure(total.claim->measure);
  // Bare parts after a total in millions leave its scale word out: "De
  // esos 1.240 millones, 460 irán a carreteras, 330 a vivienda ...".
  double scale = 1;
  {
    double raw = 0;
    bool bare = true;
    for (const int p : parts) {
      const Figure& f = in.figures[static_cast<std::size_t>(p)];
      raw += f.value;
      bare = bare && f.kind == QuantityKind::number &&
             in.doc.view(f.range).find_first_not_of("0123456789.,") == std::string_view::npos;
    }
    for (const double s : {1e3, 1e6, 1e9}) {
      if (!bare || total.value < 1e6 || raw <= 0 || raw * 10 >= total.value) break;
      if (raw * s >= 0.5 * total.value && raw * s <= 2 * total.value) {
        scale = s;
        break;
      }
    }
  }
  // The decimals that show every figure whole: "$4.125 million", not
  // "$4.12 million" (two at least, four at most).
  int decimals = 2;
  {
    std::vector<double> shown_values{total.value, 0.0};
    for (const int p : parts) {
      shown_values.push_back(in.figures[static_cast<std::size_t>(p)].value * scale);
      shown_values[1] += shown_values.back();
    }
    for (const double v : shown_values) {
      while (decimals < 4 && format_figure(v, total.kind, total.unit, decimals) !=
                                 format_figure(v, total.kind, total.unit, 4)) {
        ++decimals;
      }
    }
  }
  double lo = 0;
  double hi = 0;
  double sum = 0;
  std::string shown;
  for (const int p : parts) {
    const Figure& f = in.figures[static_cast<std::size_t>(p)];
    // One measure and one time frame for the parts and the total.
    if (const std::string_view m = noun_measure(f.claim->measure); !m.empty() && !several_nouns) {
      if (measure.empty()) measure = m;
      else if (measure != m) return;
    }
    if (!by_month && total.claim->time && f.claim->time && *total.claim->time != *f.claim->time) return;
    if (!f.asserted) return;
    lo += f.low * scale;
    hi += f.high * scale;
    sum += f.value * scale;
    shown += fmt::format("{}{}", shown.empty() ? "" : " + ",
                         format_figure(f.value * scale, total.kind, total.unit, decimals));
  }
  // Rounded half up, each figure stands for [value - h, value + h): sums
  // that only touch the total's interval at an end ("£1.9m + £1.1m + £0.8m"
  // is at least £3.65m, "£3.6m" less than that) do not meet it.
  const double eps = 1e-9 * std::max({1.0, std::fabs(lo), std::fabs(hi)});
  const bool touching = (std::fabs(lo - total.high) <= eps || std::fabs(hi - total.low) <= eps) &&
                        std::fabs(sum - total.value) > eps;
  if (overlaps(lo, hi, total.low, total.high) && !touching) return;
  // The rest told after the last part, in its sentence, set off by ",
  // with", makes up the whole ("402 to Brennan, ... and 61 to Bracken,
  // with 28 non-transferable" of 1,340 votes): no finding.
  {
    const Figure& last_part = in.figures[static_cast<std::size_t>(parts.back())];
    const ArithTokens t = in.tokens(last_part.sentence);
    for (const std::uint32_t k : in.figure_tokens(last_part.sentence)) {
      const Figure& g = in.figures[static_cast<std::size_t>(t[k].figure)];
      if (g.range.begin <= last_part.range.begin || !g.asserted || !compatible(g, total)) continue;
      // Set off by a comma and "with" ("leaving", "plus").
      if (k < 2 || t[k - 1].type != T::word || !is_one_of(t[k - 1].text, {"with", "leaving", "plus"}) ||
          t[k - 2].type != T::punct || t[k - 2].text != ",") {
        continue;
      }
      if (overlaps(lo + g.low, hi + g.high, total.low, total.high)) return;
    }
  }
  if (near_only && std::fabs(sum - total.value) > k_max_breakdown_gap * std::fabs(total.value)) return;
  // Parts ten times smaller or larger than the total are no parts of it
  // ("tickets cost $8 for adults and $5 for students. Gate receipts
  // totaled $151,300": prices, not receipts).
  if (sum * 10 < total.value || sum > 10 * total.value) return;
  // A whole count in the millions keeps its digits where the words would
  // round it ("612,400 + 488,900 + 301,300 = 1,402,600, not 1,462,600",
  // not "1.4 million, not 1.46 million").
  const auto shown_total = [&](double v) {
    const bool whole_count = (total.kind == QuantityKind::count || total.kind == QuantityKind::number) &&
                             v == std::round(v) && std::fabs(v) >= 1e6 && std::fabs(v) < 1e15 &&
                             std::fmod(std::fabs(v), 1e4) != 0;
    // A physical quantity names its unit at the sums, as the total writes
    // it apart from its figure ("= 57.2 million tonnes, not 59.8 million
    // tonnes"); "412.6m" names none.
    std::string unit;
    if (total.kind == QuantityKind::quantity) {
      const std::string_view written = in.doc.view(total.range);
      const std::size_t space = written.rfind(' ');
      const std::string_view last = space == std::string_view::npos ? std::string_view() : written.substr(space + 1);
      if (!last.empty() && std::none_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        unit = " " + std::string(last);
      }
    }
    if (!whole_count) return format_figure(v, total.kind, total.unit, decimals) + unit;
    std::string digits = fmt::format("{:.0f}", std::fabs(v));
    for (std::size_t at = digits.size(); at > 3;) {
      at -= 3;
      digits.insert(at, ",");
    }
    return (v < 0 ? "-" : "") + digits;
  };
  Diagnostic d;
  d.check = "total-mismatch";
  d.severity = Severity::error;
  d.message = fmt::format("{} = {}, not {}", shown, shown_total(sum), shown_total(total.value));
  d.range = in.original(total.range);
  if (holders) {
    d.notes.push_back({in.original(holders->range),
                       fmt::format("{} parts, one for each of these: none is left out", parts.size()), {}});
  }
  for (const int p : parts) {
    const Figure& f = in.figures[static_cast<std::size_t>(p)];
    d.notes.push_back({in.original(f.range),
                       by_month ? fmt::format("the part of {}, a month of the total's {}", *f.claim->time,
                                              *total.claim->time)
                                : std::string("a part of the total"),
                       {}});
  }
  sink.report(std::move(d));
}

// Where a composition cue of `t` lets its parts begin: after "made up
// of", "comprising", "consisting of", "split between", "divided into",
// "broken down into"; with the cue's first token. nullopt if none.
struct CompositionCue {
  std::size_t cue = 0;
  std::size_t parts = 0;
  bool funding = false;  ///< "paid for with", "funded by": parts say where money came "from"
  bool colon = false;    ///< "48,310 patients ...: 21,450 at ..., ...": the parts are a list, no clause's subjects
};
constexpr CueWords k_composition_words{std::to_array<std::string_view>(
    {"made", "comprising", "comprises", "comprise", "comprised", "consisting", "consists", "split", "divided",
     "broken", "paid",
     "funded", "financed", "divide", "dividido", "dividida", "reparte", "repartido", "repartida", "desglosa",
     "desglosado", "desglosada", "compuesto", "compuesta", "financiado", "financiada", "dividen", "divididos",
     "divididas", "reparten", "repartidos", "repartidas", "desglosan", "desglosados", "desglosadas", "compuestos",
     "compuestas", "financiados", "financiadas", "carves", "carve", "carved", "splits", "divides", "breaks", "break",
     "come", "comes", "came", "closes", "closed", "close", "covers", "covered", "cover", "bridges", "bridged",
     "bridge", "plugs", "plugged", "plug", "fills", "filled", "fill"})};
// "carried 1,462,600 passengers on its three routes: ...": a small count
// after a determiner, at token j, numbers the parts; the total is before
// it.
bool numbers_parts(const ArithmeticInput& in, ArithTokens t, std::size_t j) {
  if (t[j].type != T::figure || j == 0 || t[j - 1].type != T::word ||
      !is_one_of(t[j - 1].text, {"its", "their", "the", "his", "her", "our", "sus", "los", "las"})) {
    return false;
  }
  const Figure& n = in.figures[static_cast<std::size_t>(t[j].figure)];
  return n.kind == QuantityKind::count && n.value >= 2 && n.value <= 12 && n.value == std::floor(n.value);
}

std::optional<CompositionCue> composition_cue(const ArithmeticInput& in, ArithTokens t) {
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  for (std::size_t k = 0; k < t.size(); ++k) {
    // Most words are no cue: one screened look each.
    if (t[k].type != T::word || !k_composition_words.contains(t[k].text)) continue;
    if (w(k, {"made"}) && w(k + 1, {"up"}) && w(k + 2, {"of"})) return CompositionCue{k, k + 3};
    // ("The 48 items comprised 17 fresh lines, 13 chilled products, ...":
    // the past; "was comprised of" too.)
    if (w(k, {"comprising", "comprises", "comprise", "comprised"})) {
      return CompositionCue{k, w(k + 1, {"of"}) ? k + 2 : k + 1};
    }
    if (w(k, {"consisting", "consists"}) && w(k + 1, {"of"})) return CompositionCue{k, k + 2};
    if (w(k, {"split", "divided"}) && w(k + 1, {"between", "into", "among"})) return CompositionCue{k, k + 2};
    if (w(k, {"broken", "breaks", "break"}) && w(k + 1, {"down"}) && w(k + 2, {"into", "as"})) {
      return CompositionCue{k, k + 3};
    }
    // "which Treasury carves up four ways: $8.2bn for transport, ...", "It
    // splits the money like this:": a verb of dividing, a few words, then
    // a colon and the parts.
    if (w(k, {"carves", "carve", "carved", "split", "splits", "divides", "divided", "breaks", "broken"})) {
      std::size_t m = k + 1;
      while (m < t.size() && m <= k + 6 && t[m].type != T::punct) ++m;
      if (m + 1 < t.size() && t[m].type == T::punct && t[m].text == ":" && t[m + 1].type == T::figure) {
        return CompositionCue{k, m + 1};
      }
    }
    // "It was paid for with £90 million from ..., £35 million ... and £18
    // million ...", "funded by", "financed through".
    if (w(k, {"paid"}) && w(k + 1, {"for"}) && w(k + 2, {"with", "by"})) return CompositionCue{k, k + 3, true};
    if (w(k, {"funded", "financed"}) && w(k + 1, {"by", "with", "through"})) return CompositionCue{k, k + 2, true};
    // "expects the savings of £28.5m to come from £17.2m in staff costs,
    // £6.8m from ... and £3.5m from ...": where the money comes from.
    if (w(k, {"come", "comes", "came"}) && w(k + 1, {"from"})) return CompositionCue{k, k + 2, true};
    // "The approved plan closes it with $4.4 million drawn from reserves,
    // $3.2 million in cuts ... and $1.9 million saved ...": what fills a
    // gap told before ("it", "the gap", "the shortfall").
    if (w(k, {"closes", "closed", "close", "covers", "covered", "cover", "bridges", "bridged", "bridge", "plugs",
              "plugged", "plug", "fills", "filled", "fill"})) {
      std::size_t m = k + 1;
      std::size_t at = k;  // the cue, after the total ("close the £24.1m gap with": the gap's noun)
      if (w(m, {"it"})) {
        ++m;
      } else if (w(m, {"the"}) && w(m + 1, {"gap", "shortfall", "deficit", "hole"})) {
        m += 2;
      } else if (w(m, {"the"}) && m + 1 < t.size() && t[m + 1].type == T::figure &&
                 w(m + 2, {"gap", "shortfall", "deficit", "hole"})) {
        at = m + 2;
        m += 3;
      } else {
        continue;
      }
      if (w(m, {"with", "through"})) return CompositionCue{at, m + 1, true};
    }
    // Spanish: "se divide en", "se reparte entre", "desglosado en",
    // "compuesto por", "financiado con".
    // Singular and plural: "los ingresos se reparten en cuatro partidas".
    if (w(k, {"divide", "dividido", "dividida", "desglosa", "desglosado", "desglosada", "dividen", "divididos",
              "divididas", "desglosan", "desglosados", "desglosadas"}) &&
        w(k + 1, {"en", "entre"})) {
      return CompositionCue{k, k + 2};
    }
    if (w(k, {"reparte", "repartido", "repartida", "reparten", "repartidos", "repartidas"}) && w(k + 1, {"entre", "en"})) {
      return CompositionCue{k, k + 2};
    }
    if (w(k, {"compuesto", "compuesta", "compuestos", "compuestas"}) && w(k + 1, {"por", "de"})) {
      return CompositionCue{k, k + 2};
    }
    if (w(k, {"financiado", "financiada", "financiados", "financiadas"}) && w(k + 1, {"con", "por"})) {
      return CompositionCue{k, k + 2, true};
    }
  }
  // "En el lado de los gastos, que sumaron 6,21 millones, la plantilla
  // se llevó 3,62 millones; ...", "Costs, which totalled £6.2m, ...": the
  // total in a relative clause, its parts after the clause's comma.
  for (std::size_t k = 1; k + 2 < t.size(); ++k) {
    if (t[k].type != T::word || !is_one_of(t[k].text, {"sumaron", "ascendieron", "totalled", "totaled"}) ||
        t[k - 1].type != T::word || !is_one_of(t[k - 1].text, {"que", "which", "that"})) {
      continue;
    }
    std::size_t f = k + 1;
    if (t[f].type == T::word && is_one_of(t[f].text, {"a", "to"})) ++f;
    if (f + 2 < t.size() && t[f].type == T::figure && t[f + 1].type == T::punct && t[f + 1].text == ",") {
      return CompositionCue{f + 1, f + 2};
    }
  }
  // "cuenta con 24.300 alumnos matriculados: 15.200 en grado, 6.100 en
  // máster y 2.400 en doctorado": a figure and a few words of what it
  // counts, then a colon and its parts; "48,310 patients were on the
  // waiting list at the end of December: 21,450 at ...": the words may
  // hold a date.
  // ("con 31.450 empleados, 1.240 más que doce meses antes: 18.200 en
  // España, ...": an aside of how the count changed, set off by a comma,
  // may stand before the colon.)
  for (std::size_t k = 1; k + 1 < t.size(); ++k) {
    if (!(t[k].type == T::punct && t[k].text == ":") && !is_dash(t[k])) continue;
    const auto kind_at = [&](std::size_t j) { return in.figures[static_cast<std::size_t>(t[j].figure)].kind; };
    std::size_t f = k;
    bool aside = false;
    // ("9.860 asociados, distribuidos en tres municipios: 4.120 en ...",
    // "9,860 members, spread across three towns:": an aside of how the
    // whole is spread, its count of places among its words.)
    for (std::size_t c = k; c-- > 1 && k - c <= 8;) {
      if (t[c].type != T::punct) continue;
      if (t[c].text == "," && t[c - 1].type == T::figure && t[c + 1].type == T::word &&
          is_one_of(t[c + 1].text, {"spread", "distributed", "split", "divided", "scattered", "distribuidos",
                                    "distribuidas", "repartidos", "repartidas", "divididos", "divididas"})) {
        f = c;
        aside = true;
      }
      break;
    }
    while (f > 0 && k - f < 16) {
      if (t[f - 1].type == T::word || numbers_parts(in, t, f - 1) ||
          (t[f - 1].type == T::figure && (kind_at(f - 1) == QuantityKind::date ||
                                          (kind_at(f - 1) == QuantityKind::duration && f >= 2 &&
                                           t[f - 2].type == T::word && is_one_of(t[f - 2].text, {"que", "than"}))))) {
        --f;
        continue;
      }
      if (!aside && f >= 3 && t[f - 1].type == T::figure && t[f].type == T::word &&
          is_one_of(t[f].text, {"m\xC3\xA1s", "menos", "more", "fewer", "less"}) && t[f - 2].type == T::punct &&
          t[f - 2].text == ",") {
        aside = true;
        f -= 2;
        continue;
      }
      break;
    }
    // (After an aside the total is sought before it.)
    if (f > 0 && t[f - 1].type == T::figure && t[k + 1].type == T::figure) {
      return CompositionCue{aside ? f : k, k + 1, false, true};
    }
    break;  // one colon read
  }
  return std::nullopt;
}

// Whether figure token k of `t` is what something is compared with: "9.9%
// mayor que los 2,590 mdp", "than the $2.6bn", "frente a los 38,6",
// "compared with 2,100" (no total of the year).
bool compared_against(ArithTokens t, std::size_t k) {
  std::size_t j = k;
  if (j > 0 && t[j - 1].type == T::word && is_one_of(t[j - 1].text, {"the", "los", "las", "el", "la"})) --j;
  if (j == 0 || t[j - 1].type != T::word) return false;
  const std::string_view w = t[j - 1].text;
  const std::string_view before = j >= 2 && t[j - 2].type == T::word ? t[j - 2].text : std::string_view();
  return is_one_of(w, {"than", "against", "versus", "vs"}) ||
         (w == "que" && is_one_of(before, {"m\xC3\xA1s", "menos", "mayor", "menor", "superior", "inferior"})) ||
         (is_one_of(w, {"with", "to"}) && before == "compared") ||
         (is_one_of(w, {"a", "al"}) && is_one_of(before, {"frente", "respecto", "comparado", "comparada"}));
}

// "Personnel costs account for $31.2 million of the $48.6 million plan.":
// the one part and its total ("A of the T") the sentence before sentence
// `s` tells, in its paragraph; {-1, -1} if none or more than one.
std::pair<int, int> part_of_total_before(const ArithmeticInput& in, std::size_t s) {
  if (s <= in.first_sentence() || in.doc.sentences[s - 1].paragraph != in.doc.sentences[s].paragraph) {
    return {-1, -1};
  }
  const ArithTokens prev = in.tokens(s - 1);
  std::pair<int, int> out{-1, -1};
  for (const std::size_t i : in.figure_tokens(s - 1)) {
    std::size_t j = i + 1;
    if (j >= prev.size() || prev[j].type != T::word || !is_one_of(prev[j].text, {"of", "de", "del"})) continue;
    ++j;
    if (j < prev.size() && prev[j].type == T::word && is_one_of(prev[j].text, {"the", "its", "their", "los", "las"})) {
      ++j;
    }
    if (j >= prev.size() || prev[j].type != T::figure) continue;
    const Figure& a = in.figures[static_cast<std::size_t>(prev[i].figure)];
    const Figure& b = in.figures[static_cast<std::size_t>(prev[j].figure)];
    if (!compatible(a, b) || a.value >= b.value || a.range_side || b.range_side || !a.asserted || !b.asserted) {
      continue;
    }
    if (out.first >= 0) return {-1, -1};
    out = {prev[i].figure, prev[j].figure};
  }
  return out;
}

// A total and the parts a composition cue lists after it: "a $310 million
// programme, made up of $145 million for roads, $98 million for water and
// $82 million for centres", or the total alone in the sentence before
// and "It is made up of ..." after. The parts are every figure of the
// total's kind after the cue; a comparison, a rate or "including" among
// them says they are no breakdown.
void check_composition(const ArithmeticInput& in, std::size_t s, const std::optional<CompositionCue>& cue,
                       DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  if (!cue) return;
  // "partly paid for with", "funded mainly by": the sources named are not
  // all of them.
  if (cue->funding) {
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (t[k].type == T::word && is_one_of(t[k].text, {"partly", "partially", "part", "mainly", "largely", "mostly",
                                                         "primarily", "chiefly", "also", "jointly", "most", "some",
                                                         "much", "including"})) {
        return;
      }
    }
  }
  // The first part; "three items:" announces the parts, it is none.
  int first_part = -1;
  std::size_t parts_from = cue->parts;
  for (std::size_t k = cue->parts; k < t.size() && first_part < 0; ++k) {
    if (t[k].type != T::figure) continue;
    if (k + 1 < t.size() && t[k + 1].type == T::punct && t[k + 1].text == ":") {
      parts_from = k + 2;
      continue;
    }
    first_part = t[k].figure;
  }
  if (first_part < 0) return;
  const Figure& part = in.figures[static_cast<std::size_t>(first_part)];
  // "Total enrolment now stands at 18,640, made up of 11,920
  // undergraduates, ...": a bare total, its noun told before it, is a count
  // of the parts' nouns.
  const auto counted = [&](const Figure& f) {
    return f.kind == QuantityKind::count || (f.kind == QuantityKind::number && f.value >= 2 && !cue->funding);
  };
  const auto may_total = [&](const Figure& f) {
    const bool counts = counted(f) && part.kind == QuantityKind::count && !cue->funding;
    // "3,9 millones de euros ... se reparten entre 1,2 millones para ...".
    const bool money = f.kind == QuantityKind::currency && part.value >= 1e5 && money_left_out(part, f);
    return (compatible(f, part) || counts || money) && !f.range_side && f.asserted &&
           f.kind != QuantityKind::multiplier &&
           f.kind != QuantityKind::percent && f.kind != QuantityKind::percentage_point;
  };
  int total = -1;
  // The nearest figure before the cue, in the same clause of the sentence;
  // if it is none, no total told elsewhere is sought.
  bool figure_before = false;
  for (std::size_t k = cue->cue; k-- > 0 && cue->cue - k <= 12;) {
    if (t[k].type == T::punct && (t[k].text == ";" || t[k].text == ":")) break;
    if (t[k].type != T::figure) continue;
    // "a $21.6bn programme for 2026-27, which Treasury carves up": the
    // year the total is for; "on its three routes:", the number of parts.
    if (in.figures[static_cast<std::size_t>(t[k].figure)].kind == QuantityKind::date) continue;
    // "capital spending of R3.8bn over the next three years, made up of":
    // the span the total is for, when the parts are no lengths of time.
    if (in.figures[static_cast<std::size_t>(t[k].figure)].kind == QuantityKind::duration &&
        part.kind != QuantityKind::duration) {
      continue;
    }
    if (cue->colon && numbers_parts(in, t, k)) continue;
    figure_before = true;
    if (may_total(in.figures[static_cast<std::size_t>(t[k].figure)])) total = t[k].figure;
    break;
  }
  // "El resto de los gastos se reparte entre ...": the parts are of what
  // is left of a total, which no figure told elsewhere is; unless the
  // sentence before tells the part taken and the total ("Personnel costs
  // account for $31.2 million of the $48.6 million plan. The rest is split
  // among ..."): that part joins the parts of that total.
  int taken = -1;
  if (total < 0 && !figure_before) {
    for (std::size_t k = 0; k < cue->cue && k < t.size(); ++k) {
      if (t[k].type == T::word &&
          is_one_of(t[k].text, {"resto", "rest", "remainder", "remaining", "dem\xC3\xA1s", "restante", "restantes"})) {
        const std::pair<int, int> told = k <= 2 ? part_of_total_before(in, s) : std::pair{-1, -1};
        if (told.first < 0 || !may_total(in.figures[static_cast<std::size_t>(told.second)])) return;
        taken = told.first;
        total = told.second;
        figure_before = true;  // no total is sought elsewhere
        break;
      }
    }
  }
  // "It is made up of ...", "El plan se divide en ...": the one such
  // figure of the sentence before, in the paragraph or, for a sentence
  // that opens one, at the end of the paragraph before.
  const auto follows = [&](std::size_t p) {
    const std::size_t q = in.doc.sentences[s].paragraph;
    return p == q || (p + 1 == q && in.doc.sentences[s - 1].paragraph == p);
  };
  if (total < 0 && !figure_before && cue->cue <= 4 && !t.empty() && t[0].type == T::word &&
      // ("Those will come from £4.1m of reductions ...": a plural of the
      // savings told before.)
      is_one_of(t[0].text, {"it", "this", "that", "the", "these", "those", "they", "el", "la", "los", "las", "se",
                            "este", "esta", "estos", "estas", "esos", "esas"}) &&
      s > in.first_sentence() && follows(in.doc.sentences[s - 1].paragraph)) {
    const ArithTokens prev = in.tokens(s - 1);
    for (const std::size_t k : in.figure_tokens(s - 1)) {
      if (!may_total(in.figures[static_cast<std::size_t>(prev[k].figure)])) continue;
      // What a change is measured from ("41.8 million tonnes, up 5.8%
      // from 39.5 million") is no total of the year.
      if (in_change(in, s - 1, prev[k].figure, true) || compared_against(prev, k)) continue;
      // ("cost US$1.45 billion, or about Rp23.5 trillion": the same sum
      // told again, in another currency.)
      {
        std::size_t w = k;
        while (w > 0 && prev[w - 1].type == T::word &&
               is_one_of(prev[w - 1].text, {"about", "roughly", "some", "around", "nearly", "approximately"})) {
          --w;
        }
        if (w > 1 && prev[w - 1].type == T::word && is_one_of(prev[w - 1].text, {"or", "o"}) &&
            prev[w - 2].type == T::punct && prev[w - 2].text == ",") {
          continue;
        }
      }
      if (total >= 0) return;  // two candidates: no total
      total = prev[k].figure;
    }
  }
  // "Según el documento, el gasto se reparte en tres grandes bloques:
  // ..." with the total a paragraph or two up ("asciende a 386,4 millones
  // de euros"): the one exact figure of the total's kind there.
  if (total < 0 && !figure_before && !cue->funding) {
    constexpr std::size_t k_paragraphs_back = 2;
    // And a dozen sentences at most: a paragraph may be a whole document
    // without a break, which must stay linear (issue 10).
    constexpr std::size_t k_sentences_back = 12;
    const std::size_t paragraph = in.doc.sentences[s].paragraph;
    double value = 0;
    for (std::size_t k = s; k-- > in.first_sentence() && s - k <= k_sentences_back;) {
      if (in.doc.sentences[k].paragraph + k_paragraphs_back < paragraph) break;
      const ArithTokens prev = in.tokens(k);
      for (const std::size_t i : in.figure_tokens(k)) {
        const Figure& f = in.figures[static_cast<std::size_t>(prev[i].figure)];
        if (!may_total(f) || f.claim->quantity.qualifier != "exact" || f.value <= part.value ||
            in_change(in, k, prev[i].figure, true) || compared_against(prev, i)) {
          continue;
        }
        if (total >= 0 && f.value != value) return;  // two candidates: no total
        total = prev[i].figure;
        value = f.value;
      }
    }
  }
  if (total < 0) return;
  const Figure& whole = in.figures[static_cast<std::size_t>(total)];
  std::vector<int> parts;
  std::vector<std::size_t> part_tokens;
  bool plain_list_needed = false;
  std::size_t last = 0;  // the token of the last part
  bool and_seen = false;  // "and" since the part before: the next part is the last
  bool closed = false;    // the last part read: the list ends at the next mark
  bool first_named_rest_bare = false;  // the first part a count of another noun, the others bare numbers
  for (std::size_t k = parts_from; k < t.size(); ++k) {
    // "... and 120 for shared ownership, spread across 11 sites, most of
    // them council-owned": what follows the list is none of it.
    if (t[k].type == T::punct && (t[k].text == "," || t[k].text == ";")) {
      if (closed) break;
      and_seen = false;  // "highways and pavements, £11.6m ...": the "and" of an item
    }
    if (!parts.empty() && t[k].type == T::word && (t[k].text == "and" || t[k].text == "y")) and_seen = true;
    // "£90 million from the Department for Transport", "made up of $5.2
    // million from ticketing" name a source; "from £80 million to ..." and
    // "from the $4.1 million" are a change.
    // ("US$210 million in equity from the two sponsors": a count after
    // "from" names a source too.)
    const auto change_end = [&](std::size_t m) {
      return m < t.size() && t[m].type == T::figure &&
             compatible(in.figures[static_cast<std::size_t>(t[m].figure)], whole);
    };
    if (t[k].type == T::word && t[k].text == "from" && !change_end(k + 1) && !change_end(k + 2)) continue;
    // "about £18 million" is no exact part; "about 2,300 homes" after the
    // parts is no part at all.
    if (t[k].type == T::word && is_one_of(t[k].text, {"about", "some"})) {
      if (k + 1 < t.size() && t[k + 1].type == T::figure &&
          compatible(in.figures[static_cast<std::size_t>(t[k + 1].figure)], whole)) {
        return;
      }
      continue;
    }
    // "..., 95 management posts and 65 clinical support positions,
    // including phlebotomists": a part of a part after the last part ends
    // the list; before another part, it says the parts are no breakdown.
    if (t[k].type == T::word && is_one_of(t[k].text, {"including", "includes", "whom", "which"})) {
      bool part_after = false;
      for (std::size_t m = k + 1; m < t.size() && !part_after; ++m) {
        part_after = t[m].type == T::figure && compatible(in.figures[static_cast<std::size_t>(t[m].figure)], whole);
      }
      if (part_after || parts.size() < 2) return;
      break;
    }
    // ("488,900 between Kilvaig and the Isle of Torsay": between two
    // places, by name.)
    const bool between_places = t[k].type == T::word && t[k].text == "between" && k + 1 < t.size() &&
                                t[k + 1].type == T::word && !in.doc.view(t[k + 1].range).empty() &&
                                in.doc.view(t[k + 1].range)[0] >= 'A' && in.doc.view(t[k + 1].range)[0] <= 'Z';
    // ("£6.8m or 24%", "£5m or £6m": another telling of a figure; "from
    // closing or selling buildings" joins two words of one part.)
    const bool or_figure = t[k].type == T::word && t[k].text == "or" &&
                           ((k + 1 < t.size() && t[k + 1].type == T::figure) ||
                            (k > 0 && t[k - 1].type == T::figure) ||
                            (k > 0 && t[k - 1].type == T::punct && t[k - 1].text == ","));
    if (t[k].type == T::word && !between_places &&
        (change_direction(t[k].text) != 0 || k_breakdown_breakers.contains(t[k].text) ||
         is_one_of(t[k].text, {"them", "those", "respectively"}) || or_figure)) {
      return;
    }
    if (t[k].type != T::figure) continue;
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    // "con 18,3 millones de euros; ..., con 14,7 millones": a large bare
    // figure in a breakdown of money leaves the currency out.
    // And the reverse: "Los 3,9 millones de inversión se reparten entre
    // ...: 1,2 millones para ..., 950.000 euros para ...".
    const bool money_part = (whole.kind == QuantityKind::currency && f.kind == QuantityKind::number &&
                             f.value >= 1e5 && money_left_out(f, whole)) ||
                            (whole.kind == QuantityKind::number && f.kind == QuantityKind::currency &&
                             whole.value >= 1e5 && money_left_out(whole, f));
    // "a fleet of 58 aircraft comprises 34 narrowbody jets, 16 regional
    // turboprops and six widebody aircraft": the cue makes counts of
    // other nouns parts of the counted whole, in a plain list.
    // (A bare total goes with any count: its parts may be of other nouns
    // than the one its sentence names, "enrolment" or "students".)
    const bool other_count =
        counted(whole) && f.kind == QuantityKind::count && !cue->funding &&
        (!compatible(f, whole) ||
         (whole.kind == QuantityKind::number && !whole.claim->measure.empty() &&
          measure_head(whole.claim->measure) != measure_head(f.claim->measure)));
    if (!compatible(f, whole) && !money_part && !other_count) continue;  // "three new community centres" beside money
    plain_list_needed = plain_list_needed || other_count;
    // "The 1,900 cuts break down as 850 positions in Oregon, 620 at ...
    // and 310 at ...": the first part names its noun, the others leave it
    // out; where each part is, after it, makes no other list.
    first_named_rest_bare = parts.empty() ? other_count
                                          : first_named_rest_bare && f.kind == QuantityKind::number;
    // "1,310 senior members aged over 65": an age that says which members.
    if (k > 0 && t[k - 1].type == T::word && is_one_of(t[k - 1].text, {"aged", "age", "ages"})) continue;
    if (f.range_side || !f.asserted || f.kind == QuantityKind::multiplier) return;
    parts.push_back(t[k].figure);
    part_tokens.push_back(k);
    last = k;
    closed = and_seen;
  }
  if (parts.size() < 2) return;
  if (taken >= 0) parts.insert(parts.begin(), taken);
  // "...: 21,450 at Northgate and 17,930 at St Anne's were the largest
  // groups": a verb after the parts makes them the subjects of a clause,
  // some of the whole.
  // "1,021 participants received medical attention: 842 were treated at
  // stations, 163 in the tent and 31 were taken to hospital": a verb right
  // after the first part makes each part a clause of its own, the verb
  // after the last that part's; such parts may leave some of the whole
  // out, and only more than it is wrong.
  const auto verb_at = [&](std::size_t k) {
    return k < t.size() && t[k].type == T::word &&
           is_one_of(t[k].text, {"were", "are", "was", "is", "made", "make", "makes", "remain", "remained",
                                 "accounted", "account", "son", "fueron", "eran", "suman", "sumaron", "representan"});
  };
  bool clauses = false;
  if (cue->colon) {
    clauses = verb_at(part_tokens.front() + 1);
    for (std::size_t k = last + 1; k < t.size() && !clauses; ++k) {
      if (verb_at(k)) return;
    }
    if (clauses) {
      double sum = 0;
      for (const int p : parts) sum += in.figures[static_cast<std::size_t>(p)].value;
      if (sum <= whole.high) return;
    }
  }
  // A count glued to its noun qualifies another ("the 12-storey tower
  // comprises 140 flats, 20 shops and ..."): no whole of parts of other
  // nouns.
  if (plain_list_needed && in.doc.view(whole.range).find('-') != std::string_view::npos) return;
  // Parts of several nouns form a plain list: each part's noun phrase,
  // then "," or "and" before the next; no "12 hospitals with 3,000 beds".
  if (plain_list_needed && !(first_named_rest_bare && parts.size() >= 3)) {
    for (std::size_t n = 0; n + 1 < part_tokens.size(); ++n) {
      bool separated = false;
      for (std::size_t k = part_tokens[n] + 1; k < part_tokens[n + 1]; ++k) {
        if (t[k].type == T::punct && t[k].text != ",") return;
        // ("3.110 jóvenes de entre 14 y 25 años y 1.600 infantiles": an age
        // after "de", "of" or "aged" says which ones; its words, to "años"
        // or "years", are passed over.)
        if (!separated && t[k].type == T::word && is_one_of(t[k].text, {"de", "of", "aged"})) {
          const auto years = [&](std::size_t x) { return is_one_of(t[x].text, {"a\xC3\xB1os", "years", "old"}); };
          std::size_t age = k + 1;
          while (age < part_tokens[n + 1] && age <= k + 6 && t[age].type == T::word && !years(age)) ++age;
          if (age < part_tokens[n + 1] && age <= k + 6 && t[age].type == T::word && years(age)) {
            k = age;
            continue;
          }
        }
        if (t[k].type == T::word && (t[k].text == "and" || t[k].text == "y")) {
          separated = true;
        } else if (t[k].type == T::punct) {
          separated = true;
        } else if (separated || (t[k].type == T::word && is_one_of(t[k].text, {"with", "of", "for", "in", "on", "at",
                                                                               "from", "per", "each", "to", "con",
                                                                               "de", "en", "por"}))) {
          return;  // words after the separator, or a preposition: no plain list
        }
      }
      if (!separated) return;
    }
  }
  // The list closes on its last figure ("... and $82 million for
  // centres"), not on a part without one ("... and support staff").
  // Spanish sets each part after its item: "..., y amortización de la
  // deuda, con 3,9 millones": the "y" opens the last item.
  // "the average Band D household will pay £2,271.96 ... and an average of
  // £71.60 for town and parish councils": an average part closes the list
  // of an average whole, one whose sentence says so before it.
  const auto averaged_last = [&](std::size_t and_at) {
    if (last != and_at + 4 || !is_one_of(t[and_at + 1].text, {"an", "a"}) ||
        !is_one_of(t[and_at + 2].text, {"average", "mean"}) || t[and_at + 3].text != "of") {
      return false;
    }
    const ArithTokens st = in.tokens(whole.sentence);
    for (const std::size_t i : in.figure_tokens(whole.sentence)) {
      if (st[i].figure != total) continue;
      for (std::size_t w = 0; w < i; ++w) {
        if (st[w].type == T::word && is_one_of(st[w].text, {"average", "typical", "mean"})) return true;
      }
      return false;
    }
    return false;
  };
  std::size_t second_last = 0;
  for (std::size_t k = 0; k < last; ++k) {
    if (t[k].type == T::figure && t[k].figure == parts[parts.size() - 2]) second_last = k;
  }
  bool closes = false;
  for (std::size_t k = last; k-- > second_last + 1 && !closes;) {
    // "..., y los traspasos de jugadores, 4,3 millones": the item, a
    // comma, then its figure; or its figure in brackets ("... and an
    // oxygen plant (KSh120 million)").
    const bool item_then_figure = t[last - 1].type == T::punct &&
                                  (t[last - 1].text == "," || t[last - 1].text == "(") && k + 2 < last &&
                                  std::all_of(t.begin() + static_cast<std::ptrdiff_t>(k + 1),
                                              t.begin() + static_cast<std::ptrdiff_t>(last - 1),
                                              [](const ArithToken& x) { return x.type == T::word; });
    // "..., and match and event costs of £3.6m": the item, then "of" and
    // its figure (not "an average of", which averaged_last reads).
    const bool item_of_figure = t[last - 1].type == T::word && is_one_of(t[last - 1].text, {"of", "de"}) &&
                                k + 2 < last &&
                                std::all_of(t.begin() + static_cast<std::ptrdiff_t>(k + 1),
                                            t.begin() + static_cast<std::ptrdiff_t>(last - 1),
                                            [](const ArithToken& x) {
                                              return x.type == T::word &&
                                                     !is_one_of(x.text, {"average", "mean", "median", "typical"});
                                            });
    closes = t[k].type == T::word && (t[k].text == "and" || t[k].text == "y") &&
             (k + 1 == last || (t[last - 1].type == T::word && is_one_of(t[last - 1].text, {"con", "with"})) ||
              item_then_figure || item_of_figure || averaged_last(k));
  }
  if (!closes) return;
  // "and $1.9 million from merchandise, food and other sources": other
  // things named within the last part's own words ("from" or "for" right
  // after it, then words and commas to "and other") are in it.
  const auto in_last_part = [&](std::size_t k) {
    // ("and $2.1 billion for all other departments": the last part is
    // the rest, named right after it.)
    const auto word_at = [&](std::size_t m, std::initializer_list<std::string_view> list) {
      return m < t.size() && t[m].type == T::word && is_one_of(t[m].text, list);
    };
    if (word_at(last + 1, {"for", "from", "to", "on", "in"}) &&
        (k == last + 2 || (k == last + 3 && word_at(last + 2, {"all", "the"})))) {
      return true;
    }
    if (k < 2 || t[k - 1].type != T::word || !is_one_of(t[k - 1].text, {"and", "or"})) return false;
    // ("5.9 million of pulses, oats and other grains": "of" too.)
    if (last + 1 >= t.size() || t[last + 1].type != T::word || !is_one_of(t[last + 1].text, {"from", "for", "of"})) {
      return false;
    }
    for (std::size_t m = last + 2; m + 1 < k; ++m) {
      if (t[m].type != T::word && !(t[m].type == T::punct && t[m].text == ",")) return false;
      if (t[m].type == T::word && is_one_of(t[m].text, {"plus", "with", "while", "but"})) return false;
    }
    return true;
  };
  for (std::size_t k = last + 1; k < t.size(); ++k) {
    if (t[k].type == T::word && is_one_of(t[k].text, {"plus", "rest", "other", "others", "remainder", "remaining",
                                                      "balance"})) {
      if (t[k].text == "other" && in_last_part(k)) continue;
      return;
    }
  }
  // (The part taken is named by its own noun, "personnel costs".)
  report_sum(in, whole, parts, sink,
             {.near_only = true, .several_nouns = plain_list_needed || cue->funding || taken >= 0});
}

// Whether the table header row `text` ("| Year | Primary | Secondary |
// Total |", with no figure: it has no tokens) has `columns` cells, the
// last of them "Total" alone.
bool total_column(std::string_view text, std::size_t columns) {
  std::vector<std::string_view> cells;
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t bar = text.find('|', at);
    if (bar == std::string_view::npos) bar = text.size();
    std::string_view cell = text.substr(at, bar - at);
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '*' || cell.front() == '\t')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '*' || cell.back() == '\t' || cell.back() == '\n')) {
      cell.remove_suffix(1);
    }
    cells.push_back(cell);
    at = bar + 1;
  }
  if (!cells.empty() && cells.back().empty()) cells.pop_back();    // after the closing bar
  if (!cells.empty() && cells.front().empty()) cells.erase(cells.begin());  // before the opening bar
  if (cells.size() != columns || cells.size() < 3) return false;
  return utf8::ascii_iequal(cells.back(), "total");
}

// Labels of rows that are no part of a list's total: a part of a part
// ("of which online", "including"), a subtotal, a statistic of the rows.
constexpr CueWords k_row_label_breakers{std::to_array<std::string_view>(
    {"which", "including", "incl", "excluding", "thereof", "memo", "subtotal", "sub-total", "average", "mean",
     "median", "change", "growth"})};

// One row of a list or plain-text table: an optional bullet, a label of
// words ("Dry bulk", "Ro-ro and general cargo"), then one figure and
// nothing else but punctuation ("- Containers: 21.4 million tonnes").
struct Row {
  std::string_view label;  ///< the label's first word, lowercased
  int figure = -1;
  bool one_word = false;  ///< the label is that word alone ("Group: 412.6m")
};
std::optional<Row> list_row(const ArithmeticInput& in, ArithTokens t) {
  const std::size_t i = after_bullet(t);
  if (i >= t.size() || t[i].type == T::punct) return std::nullopt;
  // A table row of several figure cells is read column by column (see
  // table_cells), not as one row of its last figure.
  if (table_row(t)) {
    std::size_t cells = 0;
    bool label = true;
    for (std::size_t k = i; k < t.size(); ++k) {
      if (t[k].type == T::punct && t[k].text == "|") {
        label = false;
        continue;
      }
      if (!label && t[k].type == T::figure && (k == 0 || (t[k - 1].type == T::punct && t[k - 1].text == "|"))) {
        ++cells;
      }
    }
    if (cells > 1) return std::nullopt;
  }
  // The figure first, then what it is for: "- £168m on smart meters,
  // which can flag continuous flow". No other figure, no change.
  if (t[i].type == T::figure && i + 2 < t.size() && t[i + 1].type == T::word &&
      is_one_of(t[i + 1].text, {"on", "for", "to", "in", "from", "para", "en", "a"}) && t[i + 2].type == T::word) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    // (", which can flag ...": a relative clause says what the item is;
    // a figure of another kind too: "- $64.2 million for roofs at nine
    // schools".)
    for (std::size_t k = i + 2; k < t.size(); ++k) {
      if (t[k].type == T::figure) {
        const Figure& g = in.figures[static_cast<std::size_t>(t[k].figure)];
        if (compatible(g, f) || g.kind == QuantityKind::number || g.kind == QuantityKind::percent ||
            g.kind == QuantityKind::multiplier) {
          return std::nullopt;
        }
        continue;
      }
      if (t[k].type == T::word && (change_direction(t[k].text) != 0 || k_breakdown_breakers.contains(t[k].text) ||
                                   (k_row_label_breakers.contains(t[k].text) && t[k].text != "which" &&
                                    // "including secured entrances at all 14 campuses": what
                                    // it buys (a part of it in money is no row, above).
                                    t[k].text != "including"))) {
        return std::nullopt;
      }
    }
    if (f.range_side || !f.asserted || f.kind == QuantityKind::multiplier || f.kind == QuantityKind::percent ||
        f.kind == QuantityKind::percentage_point) {
      return std::nullopt;
    }
    Row first;
    first.label = t[i + 2].text;
    first.figure = t[i].figure;
    return first;
  }
  Row row;
  row.label = t[i].type == T::word ? t[i].text : std::string_view();
  row.one_word = !row.label.empty() && i + 1 < t.size() &&
                 (t[i + 1].type == T::figure || (t[i + 1].type == T::punct && t[i + 1].text == ":"));
  // The value: the row's last figure ("Three other candidates (combined):
  // 1,006" counts in its label); a figure in the label stands before the
  // colon (or the cell bar) that ends it.
  // The row's change, last, is no part of it: "- Warehousing: 131.7m, up
  // 9.8%".
  std::size_t end = t.size();
  while (end > i && t[end - 1].type == T::punct && t[end - 1].text == ".") --end;
  if (end >= i + 3 && t[end - 1].type == T::figure &&
      in.figures[static_cast<std::size_t>(t[end - 1].figure)].kind == QuantityKind::percent &&
      t[end - 2].type == T::word && change_direction(t[end - 2].text) != 0 && t[end - 3].type == T::punct &&
      t[end - 3].text == ",") {
    end -= 3;
  } else {
    end = t.size();
  }
  std::size_t value = end;
  for (std::size_t k = end; k-- > i;) {
    if (t[k].type == T::figure) {
      value = k;
      break;
    }
  }
  if (value == end) return std::nullopt;
  bool colon_after = false;  // a ":" between token k and the value
  for (std::size_t k = value; k-- > i;) {
    if (t[k].type == T::punct && (t[k].text == ":" || t[k].text == "|")) colon_after = true;
    if (t[k].type == T::figure && !colon_after) return std::nullopt;
    if (t[k].type == T::word && (change_direction(t[k].text) != 0 || k_breakdown_breakers.contains(t[k].text) ||
                                 k_row_label_breakers.contains(t[k].text))) {
      return std::nullopt;
    }
    if (t[k].type == T::punct &&
        !is_one_of(t[k].text, {":", "|", "-", "\u2013", "\u2014", ",", "&", "'", "/", ".", "(", ")"})) {
      return std::nullopt;
    }
  }
  // "Central items: -£0.07bn": a negative part, which the figure does not
  // carry; no row to add.
  if (value > i && t[value - 1].type == T::punct && is_one_of(t[value - 1].text, {"-", "\u2212"}) &&
      t[value - 1].range.end == t[value].range.begin) {
    return std::nullopt;
  }
  row.figure = t[value].figure;
  const Figure& f = in.figures[static_cast<std::size_t>(row.figure)];
  for (std::size_t k = value + 1; k < end; ++k) {
    if (t[k].range.begin < f.range.end) continue;  // the figure's own noun: "41 seats"
    if (t[k].type != T::punct || !is_one_of(t[k].text, {".", ";", ",", "|"})) return std::nullopt;
  }
  if (f.range_side || !f.asserted || f.kind == QuantityKind::multiplier || f.kind == QuantityKind::percent ||
      f.kind == QuantityKind::percentage_point) {
    return std::nullopt;
  }
  return row;
}

// The figures of a table row of several columns ("North Quay | 1,200 ships
// | 1,350 ships"): a label of words, then cells of one figure each. Empty
// if the sentence is no such row.
std::vector<int> table_cells(const ArithmeticInput& in, ArithTokens t) {
  std::vector<int> out;
  if (!table_row(t)) return out;
  std::size_t i = after_bullet(t);
  if (i >= t.size() || (t[i].type == T::punct && t[i].text == "|")) return out;
  // The label: the first cell, whatever figures it names ("Light (30-149
  // min a week)", "18 to 64").
  for (; i < t.size() && !(t[i].type == T::punct && t[i].text == "|"); ++i) {
    if (t[i].type == T::word && k_row_label_breakers.contains(t[i].text)) return {};
  }
  // Each cell: "|", one figure with its own words, and nothing else; a
  // signed figure ("+3.2%", "-0.4") is a change, no part: -1.
  for (; i < t.size(); ++i) {
    if (t[i].type == T::punct && t[i].text == "|") continue;
    // A cell with a dash alone ("| 13.362 | - |"): no figure there, -1,
    // which leaves its column unread but not the row.
    if (is_dash(t[i]) && (i + 1 >= t.size() || (t[i + 1].type == T::punct && t[i + 1].text == "|"))) {
      out.push_back(-1);
      continue;
    }
    bool signed_figure = false;
    if (t[i].type == T::punct && is_one_of(t[i].text, {"+", "-", "\u2212"}) && i + 1 < t.size() &&
        t[i + 1].type == T::figure && t[i].range.end == t[i + 1].range.begin) {
      signed_figure = true;
      ++i;
    }
    if (t[i].type != T::figure) return {};
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.range_side || !f.asserted || f.kind == QuantityKind::multiplier) return {};
    out.push_back(signed_figure ? -1 : t[i].figure);
    while (i + 1 < t.size() && t[i + 1].range.begin < f.range.end) ++i;  // "ships" of "1,200 ships"
    if (i + 1 < t.size() && !(t[i + 1].type == T::punct && t[i + 1].text == "|")) return {};
  }
  return out;
}

// The figures of a plain-text table row of several columns, set apart by
// spaces ("Gas           6.1        6.5"): a label of words, then only
// figures, two or more, no date among them. Empty if the sentence is no
// such row.
std::vector<int> plain_cells(const ArithmeticInput& in, ArithTokens t) {
  std::vector<int> out;
  std::size_t i = after_bullet(t);
  if (i >= t.size() || t[i].type != T::word) return out;
  for (; i < t.size() && t[i].type != T::figure; ++i) {
    if (t[i].type == T::word && k_row_label_breakers.contains(t[i].text)) return {};
    if (t[i].type == T::punct && !is_one_of(t[i].text, {"-", "&", "'", "/", "(", ")", ":"})) return {};
  }
  std::size_t end = t.size();
  while (end > i && t[end - 1].type == T::punct && t[end - 1].text == ".") --end;
  for (; i < end; ++i) {
    if (t[i].type != T::figure) return {};
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind == QuantityKind::date || f.range_side || !f.asserted || f.kind == QuantityKind::multiplier) return {};
    out.push_back(t[i].figure);
    while (i + 1 < end && t[i + 1].range.begin < f.range.end) ++i;  // "ships" of "1,200 ships"
  }
  if (out.size() < 2) return {};
  return out;
}

// A header row of a plain-text table: words and dates only ("Source
// Q1 2026 Q1 2025").
bool header_row(const ArithmeticInput& in, ArithTokens t) {
  bool date = false;
  for (const ArithToken& tok : t) {
    if (tok.type == T::figure) {
      if (in.figures[static_cast<std::size_t>(tok.figure)].kind != QuantityKind::date) return false;
      date = true;
    }
  }
  return date;
}

// The sum of a list of at least three `rows` under sentence `caption`,
// against its "Total" row or the caption's figure (see check_list_totals).
void check_list(const ArithmeticInput& in, std::size_t caption, const std::vector<Row>& rows, DiagnosticSink& sink,
                bool total_row_only = false) {
  // "Group" alone closes a breakdown of a group's divisions ("Group:
  // 412.6m"); "Group A" is one of the rows.
  const auto is_total = [](const Row& r) {
    return is_one_of(r.label, {"total", "overall", "all"}) || (r.one_word && r.label == "group");
  };
  int total = -1;
  std::vector<int> parts;
  if (is_total(rows.back()) || is_total(rows.front())) {
    const bool last = is_total(rows.back());
    total = (last ? rows.back() : rows.front()).figure;
    for (std::size_t k = last ? 0 : 1; k < (last ? rows.size() - 1 : rows.size()); ++k) {
      if (is_total(rows[k])) {
        parts.clear();
        break;
      }
      parts.push_back(rows[k].figure);
    }
  } else if (const auto mid = std::find_if(rows.begin(), rows.end(), is_total); mid != rows.end() &&
                                                                                  mid - rows.begin() >= 2) {
    // A total row with rows after it ("Total valid votes | 2,136", then
    // "Rejected ballots | 12"): the rows before it are its parts.
    total = mid->figure;
    for (auto it = rows.begin(); it != mid; ++it) parts.push_back(it->figure);
  } else if (!total_row_only) {
    // The caption's one figure of the rows' kind, when it announces a
    // breakdown.
    const ArithTokens caption_tokens = in.tokens(caption);
    const bool announces = announces_breakdown(in.doc.view(in.doc.sentences[caption].range));
    for (const ArithToken& tok : caption_tokens) {
      if (tok.type != T::figure) continue;
      const Figure& f = in.figures[static_cast<std::size_t>(tok.figure)];
      if (!compatible(f, in.figures[static_cast<std::size_t>(rows.front().figure)])) continue;
      if (total >= 0) {
        total = -2;  // two candidates: no total
        break;
      }
      total = tok.figure;
    }
    // "... how it will spend £412m on leakage over the five years to 2030.
    // The money is split between:": a caption with no figure takes the
    // one figure of the rows' kind of the sentence before it.
    if (announces && total == -1 && caption > in.first_sentence() &&
        in.doc.sentences[caption - 1].paragraph == in.doc.sentences[caption].paragraph) {
      const ArithTokens prev = in.tokens(caption - 1);
      for (const std::size_t k : in.figure_tokens(caption - 1)) {
        const Figure& f = in.figures[static_cast<std::size_t>(prev[k].figure)];
        if (!compatible(f, in.figures[static_cast<std::size_t>(rows.front().figure)]) ||
            in_change(in, caption - 1, prev[k].figure, true)) {
          continue;
        }
        if (total != -1) {
          total = -2;
          break;
        }
        total = prev[k].figure;
      }
    }
    if (!announces || total < 0) return;
    for (const Row& r : rows) parts.push_back(r.figure);
  }
  if (total < 0 || parts.size() < 2) return;
  const Figure& t = in.figures[static_cast<std::size_t>(total)];
  if (t.range_side || !t.asserted || t.kind == QuantityKind::multiplier) return;
  report_sum(in, t, parts, sink, k_near_sum);
}

// Lists and plain-text tables under a caption ending in a colon, whose
// rows of one kind of figure must add up to their total: a row labelled
// "Total" (first or last), else the one such figure of the caption when
// it announces a breakdown ("... 48.7 million tonnes, made up of:").
void check_list_totals(const ArithmeticInput& in, DiagnosticSink& sink) {
  const auto any_caption = [](std::size_t, std::size_t) { return true; };
  for_each_captioned_run(in, any_caption, [&](std::size_t caption, std::size_t header,
                                               std::span<const std::size_t> run) {
    std::vector<Row> rows;
    bool whole_list = true;  // no item of the list left unread
    for (const std::size_t s : run) {
      const std::optional<Row> row = list_row(in, in.tokens(s));
      if (!row) {
        // An item of the list not read as a row, opening with a figure of
        // the rows' kind: the rows read are not all the parts.
        const ArithTokens t = in.tokens(s);
        const std::size_t i = after_bullet(t);
        whole_list = rows.empty() || i >= t.size() || t[i].type != T::figure ||
                     !compatible(in.figures[static_cast<std::size_t>(t[i].figure)],
                                 in.figures[static_cast<std::size_t>(rows.front().figure)]);
        break;
      }
      if (!rows.empty() && !compatible(in.figures[static_cast<std::size_t>(row->figure)],
                                       in.figures[static_cast<std::size_t>(rows.front().figure)])) {
        break;
      }
      rows.push_back(*row);
    }
    if (rows.size() >= 3 && whole_list) check_list(in, caption, rows, sink);
    if (!rows.empty()) return rows.size();
    // A table of several columns ("Terminal | 2024 | 2025"): each column
    // of counts or money against its "Total" row.
    std::vector<std::vector<int>> cells;
    std::vector<std::string_view> labels;
    for (const std::size_t s : run) {
      // A header row of dates before plain-text rows ("Source  Q1 2026
      // Q1 2025").
      if (cells.empty() && s == run.front() && header_row(in, in.tokens(s))) continue;
      std::vector<int> row = table_cells(in, in.tokens(s));
      // Or a plain-text row, its columns set apart by spaces.
      if (row.empty()) row = plain_cells(in, in.tokens(s));
      if (row.size() < 2 || (!cells.empty() && row.size() != cells.front().size())) break;
      cells.push_back(std::move(row));
      labels.push_back(in.tokens(s)[after_bullet(in.tokens(s))].text);
    }
    if (cells.size() < 3) return cells.size();
    // A header whose last cell is "Total" ("| Year | Primary | Secondary |
    // Total |"): each row's cells add up to its last.
    const std::size_t names = header < in.end_sentence() ? header : caption;  // the row naming the columns
    if (names < in.end_sentence() && total_column(in.doc.view(in.doc.sentences[names].range), cells.front().size() + 1)) {
      for (const std::vector<int>& row : cells) {
        if (std::any_of(row.begin(), row.end(), [](int c) { return c < 0; })) continue;
        const Figure& total = in.figures[static_cast<std::size_t>(row.back())];
        std::vector<int> parts(row.begin(), row.end() - 1);
        const bool same_kind = std::all_of(parts.begin(), parts.end(), [&](int c) {
          const Figure& f = in.figures[static_cast<std::size_t>(c)];
          return f.kind != QuantityKind::percent && f.kind != QuantityKind::percentage_point && compatible(f, total);
        });
        if (same_kind && parts.size() >= 2) report_sum(in, total, parts, sink, k_near_sum);
      }
    }
    for (std::size_t column = 0; column < cells.front().size(); ++column) {
      std::vector<Row> rows_of_column;
      for (std::size_t r = 0; r < cells.size(); ++r) {
        if (cells[r][column] < 0 || cells[0][column] < 0) {
          rows_of_column.clear();
          break;
        }
        const Figure& f = in.figures[static_cast<std::size_t>(cells[r][column])];
        if (f.kind == QuantityKind::percent || f.kind == QuantityKind::percentage_point ||
            (r > 0 && !compatible(f, in.figures[static_cast<std::size_t>(cells[0][column])]))) {
          rows_of_column.clear();
          break;
        }
        rows_of_column.push_back({labels[r], cells[r][column]});
      }
      if (rows_of_column.size() >= 3) check_list(in, caption, rows_of_column, sink, true);
    }
    return cells.size();
  });
}

}  // namespace

// "The university took in 2,310 overseas students that year, then 2,045
// in 2025 and 1,790 this September. Across those three intakes it has
// recruited 6,445": "those N NOUN" takes up the N figures of the sentence
// before (in the paragraph, no change among them, each of the total's
// kind), and the figure after it is their total. So does "the N NOUN"
// said together ("Entre las tres entidades sumaron 4,283 millones",
// "together, the three states received $4.28bn"), whose N figures may
// be told over the three sentences before, in the paragraph, exactly N
// of them back to a sentence's start.
void check_those_n(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  if (s <= in.first_sentence() || in.doc.sentences[s - 1].paragraph != in.doc.sentences[s].paragraph) return;
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> here = in.figure_tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  for (std::size_t n = 0; n + 1 < here.size(); ++n) {
    const std::size_t i = here[n];
    if (i == 0) continue;
    const bool those = word(i - 1, {"those", "these", "esos", "esas", "estos", "estas"});
    bool together = false;
    if (!those && word(i - 1, {"the", "las", "los"})) {
      together = i >= 2 && word(i - 2, {"entre", "between"});
      for (std::size_t k = 0; k < t.size() && !together; ++k) {
        together = word(k, {"together", "combined", "altogether", "sumaron", "suman", "sumaban", "conjunto", "juntas",
                            "juntos"});
      }
    }
    if (!those && !together) continue;
    const Figure& many = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (many.kind != QuantityKind::count || many.value < 2 || many.value > 12 || !many.asserted) continue;
    const auto count = static_cast<std::size_t>(many.value);
    if (static_cast<double>(count) != many.value) continue;
    // The total: the next figure of the sentence that is no date.
    int total = -1;
    for (std::size_t m = n + 1; m < here.size() && total < 0; ++m) {
      const Figure& f = in.figures[static_cast<std::size_t>(t[here[m]].figure)];
      if (f.kind != QuantityKind::date) total = t[here[m]].figure;
    }
    if (total < 0) return;
    const Figure& whole = in.figures[static_cast<std::size_t>(total)];
    if (whole.range_side || !whole.asserted || whole.kind == QuantityKind::percent ||
        whole.kind == QuantityKind::multiplier || whole.kind == QuantityKind::percentage_point) {
      return;
    }
    std::vector<int> parts;
    if (those) {
      const ArithTokens prev = in.tokens(s - 1);
      for (const std::size_t k : in.figure_tokens(s - 1)) {
        const Figure& f = in.figures[static_cast<std::size_t>(prev[k].figure)];
        if (f.kind == QuantityKind::date) continue;
        if (!compatible(f, whole) || in_change(in, s - 1, prev[k].figure) || f.range_side) return;
        parts.push_back(prev[k].figure);
      }
    } else {
      // Back over the sentences, their figures of the total's kind (a
      // sum in millions may leave the currency out); what a change is
      // measured from is none.
      constexpr std::size_t k_sentences_back = 3;
      for (std::size_t m = s; parts.size() < count && m-- > in.first_sentence() && s - m <= k_sentences_back &&
                              in.doc.sentences[m].paragraph == in.doc.sentences[s].paragraph;) {
        const ArithTokens prev = in.tokens(m);
        const std::span<const std::uint32_t> figures = in.figure_tokens(m);
        for (auto it = figures.rbegin(); it != figures.rend(); ++it) {
          const Figure& f = in.figures[static_cast<std::size_t>(prev[*it].figure)];
          const bool money = whole.kind == QuantityKind::currency && f.kind == QuantityKind::number &&
                             f.value >= 1e5 && money_left_out(f, whole);
          if (f.kind == QuantityKind::date || (!compatible(f, whole) && !money)) continue;
          if (in_change(in, m, prev[*it].figure, true)) continue;
          if (f.range_side || !f.asserted) return;
          parts.push_back(prev[*it].figure);
        }
      }
      std::reverse(parts.begin(), parts.end());
    }
    if (parts.size() != count) return;
    report_sum(in, whole, parts, sink, k_near_sum);
    return;
  }
}

// "to finish 14-8-5 over 26 matches", "went 10-3 in 13 games": a record
// of wins, losses (and draws) told with the count of games it is of must
// add up to it. The count's noun is one of games, matches, fixtures,
// starts, outings or contests, after "over", "in" or "across".
void check_dashed_record(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  for (const std::uint32_t k : in.figure_tokens(s)) {
    const Figure& n = in.figures[static_cast<std::size_t>(t[k].figure)];
    // ("over 26 matches" is read as more than 26; after a record it is
    // across them.)
    const bool over = in.doc.view(n.range).starts_with("over ");
    if (n.kind != QuantityKind::count || !n.asserted || n.range_side ||
        (n.claim->quantity.qualifier != "exact" && !over) ||
        !is_one_of(n.unit, {"game", "match", "fixture", "start", "outing", "contest", "partido", "juego"}) ||
        (!over && (k == 0 || t[k - 1].type != T::word || !is_one_of(t[k - 1].text, {"in", "across", "en"})))) {
      continue;
    }
    // The record: the chunk of text right before the preposition.
    const std::string_view text = in.doc.text;
    std::size_t end = over ? n.range.begin : t[k - 1].range.begin;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && ((text[begin - 1] >= '0' && text[begin - 1] <= '9') || text[begin - 1] == '-')) --begin;
    if (begin == end || (begin > 0 && text[begin - 1] != ' ')) continue;
    const std::string_view record = text.substr(begin, end - begin);
    std::vector<double> counts;
    std::size_t at = 0;
    while (at <= record.size()) {
      const std::size_t dash = std::min(record.find('-', at), record.size());
      const std::string_view part = record.substr(at, dash - at);
      if (part.empty() || part.size() > 3) break;
      counts.push_back(std::stod(std::string(part)));
      at = dash + 1;
    }
    if (at <= record.size() || counts.size() < 2 || counts.size() > 3) continue;
    const double sum = counts[0] + counts[1] + (counts.size() == 3 ? counts[2] : 0);
    if (sum == n.value) continue;
    std::string shown;
    for (const double c : counts) shown += fmt::format("{}{}", shown.empty() ? "" : " + ", c);
    Diagnostic d;
    d.check = "total-mismatch";
    d.severity = Severity::error;
    const std::string_view noun = in.doc.view(n.range).substr(in.doc.view(n.range).rfind(' ') + 1);
    d.message = fmt::format("the record {} counts {} = {} {}, not {}", record, shown, sum, noun, n.value);
    d.range = in.original(n.range);
    d.notes.push_back({in.original({begin, end}), "the record of wins, losses and draws over those games", {}});
    sink.report(std::move(d));
  }
}

// "The three largest fires - Kettle Rim at 96,400 acres, Sawtooth Gulch
// at 58,200 and Cedar Flat at 31,700 - together accounted for 176,300
// acres": N things, then exactly N figures of the total's kind, then a
// word that says they are taken together ("together", "combined",
// "between them", "juntos", "en conjunto") and, a few words after it,
// their total.
void check_n_together(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> here = in.figure_tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  for (std::size_t n = 0; n + 2 < here.size(); ++n) {
    const Figure& many = in.figures[static_cast<std::size_t>(t[here[n]].figure)];
    if (many.kind != QuantityKind::count || many.value < 2 || many.value > 12 || !many.asserted ||
        many.value != std::floor(many.value)) {
      continue;
    }
    const auto count = static_cast<std::size_t>(many.value);
    if (n + count + 1 >= here.size()) continue;  // a smaller count after it may fit
    // The word that takes them together, between the last part and the
    // total, with at most four words before the total.
    const std::size_t last = here[n + count];
    const std::size_t total_at = here[n + count + 1];
    std::size_t cue = t.size();
    for (std::size_t k = last + 1; k < total_at; ++k) {
      if (word(k, {"together", "combined", "juntos", "juntas", "conjunto"}) ||
          (word(k, {"between"}) && word(k + 1, {"them"}))) {
        cue = k;
        break;
      }
    }
    if (cue == t.size() || total_at - cue > 5) continue;
    const Figure& whole = in.figures[static_cast<std::size_t>(t[total_at].figure)];
    if (whole.range_side || !whole.asserted || whole.kind == QuantityKind::percent ||
        whole.kind == QuantityKind::date || whole.kind == QuantityKind::multiplier ||
        whole.kind == QuantityKind::percentage_point) {
      continue;
    }
    std::vector<int> parts;
    for (std::size_t m = n + 1; m <= n + count; ++m) {
      const Figure& f = in.figures[static_cast<std::size_t>(t[here[m]].figure)];
      if (f.kind == QuantityKind::date || !compatible(f, whole) || f.range_side || !f.asserted ||
          in_change(in, s, t[here[m]].figure)) {
        parts.clear();
        break;
      }
      parts.push_back(t[here[m]].figure);
    }
    if (parts.size() != count) continue;
    report_sum(in, whole, parts, sink, k_near_sum);
    return;
  }
}

// Words of two kinds that split any group of people between them.
constexpr std::pair<std::string_view, std::string_view> k_complements[] = {
    {"women", "men"},   {"female", "male"},   {"girls", "boys"},     {"mujeres", "hombres"},
    {"ni\xC3\xB1" "as", "ni\xC3\xB1" "os"}, {"chicas", "chicos"}, {"alumnas", "alumnos"}};

// The kind (a word of k_complements) a part at token i is of: "27,904 are
// women", "19,811 men", "27.904 son mujeres"; empty if none.
std::string_view complement_at(const ArithmeticInput& in, ArithTokens t, std::size_t i) {
  const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
  // A count's noun as written ("19,811 men"), else the word after the
  // figure and a verb of being ("27,904 are women").
  std::string written;
  if (f.kind == QuantityKind::count) {
    written = measure_head(in.doc.view(f.range));
    for (char& ch : written) ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  } else {
    std::size_t k = i + 1;
    if (k < t.size() && t[k].type == T::word && is_one_of(t[k].text, {"are", "were", "son", "eran"})) ++k;
    if (k < t.size() && t[k].type == T::word) written = t[k].text;
  }
  for (const auto& [a, b] : k_complements) {
    if (written == a) return a;
    if (written == b) return b;
  }
  return {};
}

// "Of the 48,215 registered jobseekers, 27,904 are women and 19,811 men",
// "de los 48.215 parados registrados, 27.904 son mujeres y 19.811
// hombres": a group split between two kinds that leave no one out; the
// two parts must add up to the group.
void check_complementary(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  const std::span<const std::uint32_t> figures = in.figure_tokens(s);
  if (figures.size() != 3) return;
  const std::size_t n = figures[0], a = figures[1], b = figures[2];
  if (n < 2 || !w(n - 2, {"of", "de"}) || !w(n - 1, {"the", "los", "las"})) return;
  // The group's words, then the comma that opens its parts.
  std::size_t k = n + 1;
  while (k < a && k < n + 6 && t[k].type == T::word) ++k;
  if (k + 1 != a || t[k].type != T::punct || t[k].text != ",") return;
  const std::string_view ka = complement_at(in, t, a);
  const std::string_view kb = complement_at(in, t, b);
  if (ka.empty() || kb.empty() || ka == kb) return;
  if (!w(b - 1, {"and", "y"})) return;
  const Figure& whole = in.figures[static_cast<std::size_t>(t[n].figure)];
  if (whole.range_side || !whole.asserted || whole.kind == QuantityKind::date) return;
  for (const std::size_t p : {a, b}) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[p].figure)];
    if (f.kind != QuantityKind::count && f.kind != QuantityKind::number) return;
  }
  report_sum(in, whole, {t[a].figure, t[b].figure}, sink, k_near_list);
}

// The side a part of a vote took, from the words right after it ("were
// cast in favor", "against", "abstained"): 1 for, 2 against, 3
// abstaining; 0 if none.
int vote_side(ArithTokens t, std::size_t i) {
  for (std::size_t k = i + 1; k < t.size() && k <= i + 4 && t[k].type == T::word; ++k) {
    const std::string_view w = t[k].text;
    if (is_one_of(w, {"favor", "favour", "support", "backed"})) return 1;
    if (is_one_of(w, {"against", "opposed", "contra"})) return 2;
    if (is_one_of(w, {"abstained", "abstaining", "abstentions", "abstention", "withheld", "abstuvieron",
                      "abstenciones"})) {
      return 3;
    }
    if (w == "for" && (k + 1 >= t.size() || t[k + 1].type != T::word)) return 1;  // "41.6 million for,"
  }
  return 0;
}

// "Of the 49.8 million shares voted at the special meeting, 41.6 million
// were cast in favor, 6.3 million against and 1.1 million abstained": the
// votes cast split by the side each took. With those for, against and
// abstaining all told, they add up to the whole; with two sides, only
// more than the whole is wrong.
void check_vote_split(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  if (t.size() < 8 || t[0].type != T::word || !is_one_of(t[0].text, {"of", "de"}) || t[1].type != T::word ||
      !is_one_of(t[1].text, {"the", "los", "las"}) || t[2].type != T::figure) {
    return;
  }
  // The whole's words up to the comma that opens the parts.
  std::size_t k = 3;
  while (k < t.size() && k < 12 && t[k].type == T::word) ++k;
  if (k >= t.size() || t[k].type != T::punct || t[k].text != ",") return;
  bool voted = false;
  for (std::size_t w = 2; w < k; ++w) {
    voted = voted || (t[w].type == T::word && is_one_of(t[w].text, {"voted", "cast", "votes", "ballots", "votos",
                                                                     "emitidos", "proxies"}));
  }
  const Figure& whole = in.figures[static_cast<std::size_t>(t[2].figure)];
  // ("Of the 49.8 million shares voted": the noun of the count.)
  const std::string_view unit = whole.unit;
  voted = voted || is_one_of(unit, {"vote", "ballot", "voto"});
  if (!voted || !whole.asserted || whole.range_side) return;
  std::vector<int> parts;
  int sides = 0;  // a bit per side told
  for (const std::uint32_t i : in.figure_tokens(s)) {
    if (i <= k) continue;
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    // ("150 abstenciones", "1.1 million abstentions": the side is the noun.)
    const bool abstentions = f.kind == QuantityKind::count &&
                             is_one_of(f.unit, {"abstention", "abstenci\xC3\xB3n", "abstencion"});
    if ((!compatible(f, whole) && !abstentions) || !f.asserted || f.range_side) return;
    const int side = abstentions ? 3 : vote_side(t, i);
    if (side == 0 || (sides & (1 << side)) != 0) return;
    sides |= 1 << side;
    parts.push_back(t[i].figure);
  }
  if (parts.size() < 2 || (sides & 6) != 6) return;  // for and against at least
  double biggest = 0;
  double low = 0;
  double high = 0;
  for (const int p : parts) {
    const Figure& f = in.figures[static_cast<std::size_t>(p)];
    biggest = std::max(biggest, f.value);
    low += f.low;
    high += f.high;
  }
  const bool all_sides = parts.size() == 3;
  const bool wrong = low > whole.high || (all_sides && high < whole.low);
  if (!wrong || biggest >= whole.value) return;
  report_sum(in, whole, parts, sink, k_near_list);
}

// "El gasto se reparte en cinco grandes bloques. El de personal se lleva
// 112,5 millones; ...; las inversiones reales, 44,9 millones, y la carga
// financiera, 21,0 millones.": a composition cue with the number of the
// parts and no figure after it; the next sentence of the paragraph
// holds exactly that many figures, a list closed by "and"; the total is
// the one exact figure of their kind, larger than each, up to two
// paragraphs before.
void check_announced_parts(const ArithmeticInput& in, std::size_t s, const std::optional<CompositionCue>& cue,
                           DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  if (!cue || cue->funding || s + 1 >= in.end_sentence() ||
      in.doc.sentences[s + 1].paragraph != in.doc.sentences[s].paragraph) {
    return;
  }
  // The number of the parts, the last figure of the sentence, then words.
  std::size_t n_at = t.size();
  for (std::size_t k = cue->parts; k < t.size(); ++k) {
    if (t[k].type == T::figure) {
      if (n_at != t.size()) return;
      n_at = k;
    } else if (t[k].type == T::punct && t[k].text != ".") {
      return;
    }
  }
  if (n_at == t.size()) return;
  const Figure& n = in.figures[static_cast<std::size_t>(t[n_at].figure)];
  if ((n.kind != QuantityKind::count && n.kind != QuantityKind::number) || n.value < 2 || n.value > 12 ||
      n.value != std::floor(n.value)) {
    return;
  }
  const ArithTokens next = in.tokens(s + 1);
  std::vector<int> parts;
  std::size_t last = 0;
  for (const std::size_t k : in.figure_tokens(s + 1)) {
    const Figure& f = in.figures[static_cast<std::size_t>(next[k].figure)];
    if (f.kind == QuantityKind::date) continue;
    if (f.range_side || !f.asserted || f.kind == QuantityKind::percent || f.kind == QuantityKind::multiplier ||
        in_change(in, s + 1, next[k].figure, true)) {
      return;
    }
    if (!parts.empty() && !compatible(f, in.figures[static_cast<std::size_t>(parts.front())])) return;
    parts.push_back(next[k].figure);
    last = k;
  }
  if (parts.size() != static_cast<std::size_t>(n.value)) return;
  // Closed by "and" or "y" after the part before the last.
  bool closes = false;
  for (std::size_t k = last; k-- > 0 && !closes;) {
    if (next[k].type == T::figure) break;
    closes = next[k].type == T::word && (next[k].text == "and" || next[k].text == "y");
  }
  if (!closes) return;
  for (std::size_t k = 0; k < next.size(); ++k) {
    if (next[k].type == T::word && (change_direction(next[k].text) != 0 || k_breakdown_breakers.contains(next[k].text) ||
                                    is_one_of(next[k].text, {"including", "incluidos", "entre", "among", "them",
                                                             "those", "other", "otros", "otras", "resto", "rest"}))) {
      return;
    }
  }
  const Figure& part = in.figures[static_cast<std::size_t>(parts.front())];
  const double biggest = largest_and_sum(in, parts).first;
  constexpr std::size_t k_paragraphs_back = 2;
  constexpr std::size_t k_sentences_back = 12;
  const std::size_t paragraph = in.doc.sentences[s].paragraph;
  // Parts told of no time are of the story's year: a figure of an earlier
  // year ("El presupuesto de 2025 se aprobó por 291,5 millones") is no
  // total of them.
  const std::optional<CivilDate> published = publication_date(in.doc);
  const auto earlier_year = [&](const Figure& f) {
    if (!published || part.claim->time || !f.claim->time || f.claim->time->size() < 4) return false;
    return std::atoi(f.claim->time->substr(0, 4).c_str()) < published->year;
  };
  int total = -1;
  for (std::size_t k = s + 1; k-- > in.first_sentence() && s - k <= k_sentences_back;) {
    if (in.doc.sentences[k].paragraph + k_paragraphs_back < paragraph) break;
    const ArithTokens prev = in.tokens(k);
    for (const std::size_t i : in.figure_tokens(k)) {
      const Figure& f = in.figures[static_cast<std::size_t>(prev[i].figure)];
      const bool kind = compatible(f, part) || (f.kind == QuantityKind::currency && money_left_out(part, f));
      if (!kind || f.range_side || !f.asserted || f.claim->quantity.qualifier != "exact" || f.value <= biggest ||
          earlier_year(f) || in_change(in, k, prev[i].figure, true)) {
        continue;
      }
      if (total >= 0 && f.value != in.figures[static_cast<std::size_t>(total)].value) return;  // two totals
      total = prev[i].figure;
    }
  }
  if (total < 0) return;
  report_sum(in, in.figures[static_cast<std::size_t>(total)], parts, sink, k_near_sum);
}

// "The service's four emergency departments handled 48,900 presentations
// in the quarter. Mackenzie Base Hospital treated 21,300 of those patients,
// Port Elwood Hospital 13,800, Tannum Ridge Hospital 8,200 and the small
// Carlow Hospital 4,600.": N things (two to twelve) that did, together, a
// total (a verb of a few words between, the sentence's only other figure),
// then a sentence of the paragraph of exactly N figures, each after a name
// (the first may have its verb between) and closed by "and": each of the N
// is named once, so the parts leave nothing out and must add up.
void check_counted_holders(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  if (s + 1 >= in.end_sentence() || in.doc.sentences[s + 1].paragraph != in.doc.sentences[s].paragraph) return;
  std::size_t figs[2];
  std::size_t count = 0;
  for (const std::size_t k : in.figure_tokens(s)) {
    if (in.figures[static_cast<std::size_t>(t[k].figure)].kind == QuantityKind::date) continue;
    if (count == 2) return;
    figs[count++] = k;
  }
  if (count != 2 || figs[1] > figs[0] + 5) return;
  const Figure& n = in.figures[static_cast<std::size_t>(t[figs[0]].figure)];
  const Figure& total = in.figures[static_cast<std::size_t>(t[figs[1]].figure)];
  if (n.kind != QuantityKind::count || n.value < 2 || n.value > 12 || n.value != std::floor(n.value) ||
      (total.kind != QuantityKind::count && total.kind != QuantityKind::number) || total.range_side ||
      !total.asserted || total.claim->quantity.qualifier != "exact" || in_change(in, s, t[figs[1]].figure, true) ||
      cumulative_after(t, figs[1])) {
    return;
  }
  for (std::size_t k = figs[0] + 1; k < figs[1]; ++k) {
    if (t[k].type != T::word || breaks_sum(t[k])) return;
  }
  const ArithTokens next = in.tokens(s + 1);
  std::vector<int> parts;
  std::size_t prev = 0;  // the token after the part before
  bool closed = false;
  for (const std::size_t k : in.figure_tokens(s + 1)) {
    const Figure& f = in.figures[static_cast<std::size_t>(next[k].figure)];
    if (f.kind == QuantityKind::date) continue;
    if ((f.kind != QuantityKind::number && !compatible(f, total)) || f.range_side || !f.asserted ||
        f.value >= total.value || in_change(in, s + 1, next[k].figure, true)) {
      return;
    }
    // The name: a capitalised word right before the figure, or before
    // the first one's verb (two words at most).
    std::size_t name = k;
    while (name > prev && name + 3 > k && next[name - 1].type == T::word && !capitalised(in, next, name - 1)) {
      --name;
    }
    if (name == prev || !capitalised(in, next, name - 1) || (!parts.empty() && name != k)) return;
    closed = false;
    for (std::size_t j = prev; j + 1 < name; ++j) {
      if (next[j].type == T::word && (breaks_sum(next[j]) || k_breakdown_breakers.contains(next[j].text))) return;
      closed = closed || (next[j].type == T::word && next[j].text == "and");
    }
    parts.push_back(next[k].figure);
    prev = k + 1;
    // "21,300 of those patients": of the total, said once.
    if (prev + 1 < next.size() && next[prev].type == T::word && next[prev].text == "of" &&
        next[prev + 1].type == T::word && is_one_of(next[prev + 1].text, {"those", "them", "these"})) {
      prev += 2;
      if (prev < next.size() && next[prev].type == T::word && !capitalised(in, next, prev)) ++prev;
    }
  }
  if (!closed || parts.size() != static_cast<std::size_t>(n.value)) return;
  report_sum(in, total, parts, sink, {.near_only = true, .holders = &n});
}

// "Closed sales totaled 1,846 last month. ... Single-family houses
// accounted for 1,212 of the April sales, townhomes and condominiums for
// 448 and manufactured and other homes for 163.": parts "accounted for"
// of a noun, each after the first with "for" alone, against the figure
// the sentence before totals of that noun ("sales totaled 1,846"). A last
// part of "other" things leaves nothing out and must add up; otherwise
// the parts may be some of the whole and only more than it is wrong.
void check_accounted_for(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  const auto figure = [&](std::size_t k) {
    return k < t.size() && t[k].type == T::figure &&
           in.figures[static_cast<std::size_t>(t[k].figure)].kind != QuantityKind::date;
  };
  std::size_t first = t.size();
  for (std::size_t k = 1; k + 1 < t.size(); ++k) {
    if (word(k, {"for"}) && word(k - 1, {"accounted", "account", "accounts"}) && figure(k + 1)) {
      first = k + 1;
      break;
    }
  }
  if (first == t.size() || !word(first + 1, {"of"}) || !word(first + 2, {"the", "its", "their", "all"})) return;
  // The noun of the whole: the last word before a mark or "for", over a
  // month ("of the April sales").
  std::string_view noun;
  std::size_t k = first + 3;
  for (; k < t.size() && k < first + 7; ++k) {
    if (t[k].type == T::word && !word(k, {"and", "for"})) {
      noun = t[k].text;
      continue;
    }
    if (t[k].type == T::figure && !figure(k)) continue;  // a date
    break;
  }
  if (noun.empty() || k >= t.size() || t[k].type != T::punct || t[k].text != ",") return;
  // The parts after it, each "... for N", joined by commas and "and".
  std::vector<int> parts{t[first].figure};
  bool other = false;
  std::size_t since = k;  // where the words of the next part begin
  for (++k; k < t.size(); ++k) {
    if (t[k].type == T::punct && t[k].text == ".") break;
    if (t[k].type == T::word) {
      other = other || is_one_of(t[k].text, {"other", "others", "rest", "remaining"});
      continue;
    }
    if (t[k].type == T::punct) continue;
    if (!figure(k) || !word(k - 1, {"for"}) || k - since < 3) return;
    parts.push_back(t[k].figure);
    since = k;
    // Only the last part may be of other things.
    if (other && k + 1 < t.size() && !(t[k + 1].type == T::punct && t[k + 1].text == ".")) return;
  }
  if (parts.size() < 3) return;
  // The total: the one figure right after a verb of totalling in the
  // three sentences before, of this paragraph or the one before, with the
  // noun before it.
  int total = -1;
  for (std::size_t b = s; b-- > in.first_sentence() && s - b <= 3;) {
    if (in.doc.sentences[b].paragraph + 1 < in.doc.sentences[s].paragraph) break;
    const ArithTokens prev = in.tokens(b);
    for (std::size_t j = 2; j < prev.size(); ++j) {
      if (prev[j].type != T::figure || prev[j - 1].type != T::word ||
          !is_one_of(prev[j - 1].text, {"totaled", "totalled", "totaling", "totalling", "numbered", "reached"})) {
        continue;
      }
      bool named = false;
      for (std::size_t n = j - 1; n-- > 0 && j - n <= 4 && !named;) named = prev[n].type == T::word && prev[n].text == noun;
      if (!named) continue;
      if (total >= 0) return;  // two totals of the noun
      total = prev[j].figure;
    }
  }
  if (total < 0) return;
  const Figure& whole = in.figures[static_cast<std::size_t>(total)];
  double sum = 0;
  for (const int p : parts) {
    const Figure& f = in.figures[static_cast<std::size_t>(p)];
    if (!compatible(f, whole) || !f.asserted || f.range_side) return;
    sum += f.value;
  }
  if (!other && sum <= whole.high) return;
  report_sum(in, whole, parts, sink, k_near_sum);
}

// After an item of a list, at token k: past its comma, and past "and"
// ("y") before the last item (`last_item` set). False when the list
// breaks there: a mark or the end, and no "and" closed it.
bool next_list_item(ArithTokens t, std::size_t& k, bool& last_item) {
  if (k < t.size() && t[k].type == T::punct && t[k].text == ",") ++k;
  if (k < t.size() && t[k].type == T::word && is_one_of(t[k].text, {"and", "y"})) {
    last_item = true;
    ++k;
    return true;
  }
  return k < t.size() && t[k].type != T::punct;
}

// "Of the Rs 1,412 crore collected till Thursday, the East zone
// contributed Rs 486 crore, the West zone Rs 402 crore, the North zone
// Rs 291 crore and the South zone Rs 263 crore": after the whole, each
// part told after what it is of (a few words; the first with its verb),
// the items set apart by commas and "and". The list may leave some of the
// whole out: only a sum above it is wrong.
void check_of_the_named_parts(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (t.size() < 12 || !word(0, {"of", "de"}) || !word(1, {"the", "los", "las", "el", "la"}) ||
      t[2].type != T::figure) {
    return;
  }
  std::size_t k = 3;
  while (k < t.size() && k < 9 && t[k].type == T::word) ++k;
  if (k >= t.size() || t[k].type != T::punct || t[k].text != ",") return;
  const Figure& whole = in.figures[static_cast<std::size_t>(t[2].figure)];
  // (Or an amount in a unit: "Of the 612,400 tonnes of FFB harvested,
  // Sabah estates contributed 341,200 tonnes, ...".)
  if (!whole.asserted || whole.range_side || whole.claim->quantity.qualifier != "exact" ||
      (whole.kind != QuantityKind::currency && whole.kind != QuantityKind::count &&
       whole.kind != QuantityKind::quantity)) {
    return;
  }
  std::vector<int> parts;
  bool last_item = false;  // after "and"
  for (++k; k < t.size();) {
    // The item's words: up to six (the first with its verb), none a
    // comparison, a rate or a change.
    std::size_t words = 0;
    bool other = false;  // "other sources": the last item, of what is left
    while (k < t.size() && t[k].type == T::word && !word(k, {"and", "y"})) {
      // ("containerised cargo made up the largest share": "up" of a verb
      // of composition is no change.)
      const bool made_up = word(k, {"up"}) && k > 0 && word(k - 1, {"made", "make", "makes"});
      if ((breaks_sum(t[k]) && !made_up) || k_breakdown_breakers.contains(t[k].text)) return;
      other = other || word(k, {"other", "others", "otros", "otras"});
      ++words;
      ++k;
      // "and other sources, including the system's retail pharmacies, $73
      // million": what the rest includes, set off by commas.
      if (other && k + 1 < t.size() && t[k].type == T::punct && t[k].text == "," &&
          word(k + 1, {"including", "such", "incluidos", "incluidas", "como"})) {
        std::size_t aside_end = k + 1;
        while (aside_end < t.size() && aside_end <= k + 10 && t[aside_end].type == T::word) ++aside_end;
        if (aside_end >= t.size() || t[aside_end].type != T::punct || t[aside_end].text != ",") return;
        k = aside_end + 1;
      }
    }
    // "and other minerals (nickel, mineral sands and salt among them) $92
    // million": an aside in brackets after the item, no figure in it.
    if (words > 0 && k < t.size() && t[k].type == T::punct && t[k].text == "(") {
      std::size_t close = k + 1;
      while (close < t.size() && close <= k + 16 && !(t[close].type == T::punct && t[close].text == ")")) {
        if (t[close].type == T::figure) return;
        ++close;
      }
      if (close >= t.size() || t[close].type != T::punct || t[close].text != ")") return;
      k = close + 1;
    }
    // "made up the largest share, at 3.92 million tonnes": the figure set
    // off by a comma after the first item's words.
    if (parts.empty() && words > 0 && k + 2 < t.size() && t[k].type == T::punct && t[k].text == "," &&
        word(k + 1, {"at", "with"}) && t[k + 2].type == T::figure) {
      k += 2;
    }
    if (words == 0 || words > 7 || k >= t.size() || t[k].type != T::figure) return;
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    if (!compatible(f, whole) || f.kind != whole.kind || !f.asserted || f.range_side) return;
    parts.push_back(t[k].figure);
    ++k;
    if (last_item) break;
    // ", followed by dry bulk at 2.31 million tonnes, ...": a ranking goes
    // on with the next items.
    if (k + 2 < t.size() && t[k].type == T::punct && t[k].text == "," && word(k + 1, {"followed"}) &&
        word(k + 2, {"by"})) {
      k += 3;
      continue;
    }
    if (!next_list_item(t, k, last_item)) return;
  }
  if (!last_item || parts.size() < 3) return;
  // After the list: the sentence ends, or a clause of no figure ("according
  // to figures released by the tax department").
  for (std::size_t j = k; j < t.size(); ++j) {
    if (t[j].type == T::figure && in.figures[static_cast<std::size_t>(t[j].figure)].kind != QuantityKind::date) return;
  }
  const double biggest = largest_and_sum(in, parts).first;
  double least = 0;  // the parts' sum at the low end of each
  for (const int p : parts) least += in.figures[static_cast<std::size_t>(p)].low;
  if (whole.value <= biggest || least <= whole.high) return;
  report_sum(in, whole, parts, sink, k_near_list);
}

// How far the parts of a whole told by what each part is may fall short
// of it, or exceed it, and still be the whole's one list told wrongly:
// further, some of the whole is left out, or the kinds overlap.
constexpr double k_max_kinds_gap = 0.04;

// "Of the 61,480 vehicles delivered, 34,210 were Tern SUVs, 18,950 were
// Kestrel sedans and 7,320 were Plover pickups": after the whole, each
// part told what it is ("were", "are", "eran", "son"), three parts at
// least, set apart by commas and "and". Each of the whole is one kind;
// a list that ends with "and" names them all, but one may leave a few
// out or count some twice: a sum within k_max_kinds_gap of the whole and
// not meeting it is wrong.
void check_of_the_kinds(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (t.size() < 14 || !word(0, {"of", "de"}) || !word(1, {"the", "los", "las"}) || t[2].type != T::figure) return;
  std::size_t k = 3;
  while (k < t.size() && k < 9 && t[k].type == T::word) ++k;
  if (k >= t.size() || t[k].type != T::punct || t[k].text != ",") return;
  const Figure& whole = in.figures[static_cast<std::size_t>(t[2].figure)];
  // (Or an area or amount in a unit: "Of the 148,300 acres burned, 96,400
  // are within the Bristlecone National Forest, 31,200 are on state land
  // and 18,900 are private property".)
  const bool in_unit = whole.kind == QuantityKind::quantity && !whole.unit.empty();
  if (!whole.asserted || whole.range_side || whole.claim->quantity.qualifier != "exact" ||
      (whole.kind != QuantityKind::count && whole.kind != QuantityKind::number && !in_unit)) {
    return;
  }
  std::vector<int> parts;
  bool last_item = false;  // after "and"
  // "Of the 18,960 applications, 11,240 came from first-timer families,
  // 4,870 from second-timer families and 2,310 from singles": each part
  // named by where it came from, the verb told once.
  bool sourced = false;
  for (++k; k < t.size();) {
    const bool came = word(k + 1, {"came", "come", "vinieron", "llegaron"}) && word(k + 2, {"from", "de", "desde"});
    const bool from_only = sourced && word(k + 1, {"from", "de", "desde"});
    if (parts.empty()) sourced = came;
    if (t[k].type != T::figure ||
        !(sourced ? came || from_only : word(k + 1, {"were", "are", "eran", "son", "fueron"}))) {
      return;
    }
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    const bool kind_fits = in_unit ? f.kind == QuantityKind::number || (f.kind == whole.kind && f.unit == whole.unit)
                                   : f.kind == QuantityKind::count || f.kind == QuantityKind::number;
    if (!kind_fits || !f.asserted || f.range_side || f.claim->quantity.qualifier != "exact") return;
    parts.push_back(t[k].figure);
    // What the part is: one to four words, no comparison, rate or age
    // ("were over 65", "were also women" may overlap the others), and no
    // participle ("were flooded", "were cut off": what happened to them).
    std::size_t words = 0;
    for (k += came ? 3 : 2; k < t.size() && t[k].type == T::word && !word(k, {"and", "y"}); ++k, ++words) {
      const std::string_view w = t[k].text;
      const bool participle = (w.size() > 3 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ado") ||
                                                w.ends_with("ados") || w.ends_with("ido") || w.ends_with("idos"))) ||
                              word(k, {"cut", "hit", "shut", "lost", "built", "sold", "taken", "given", "born",
                                       "paid", "made", "kept", "left", "held"});
      if (participle || breaks_sum(t[k]) || k_breakdown_breakers.contains(t[k].text) ||
          word(k, {"also", "over", "under", "aged", "older", "younger", "more", "less", "fewer", "at", "least",
                   "most", "both", "tambi\xC3\xA9n", "mayores", "menores", "m\xC3\xA1s", "menos"})) {
        return;
      }
    }
    if (words == 0 || words > (in_unit ? 6U : 4U)) return;
    if (last_item) break;
    if (!next_list_item(t, k, last_item)) return;
  }
  if (!last_item || parts.size() < 3) return;
  // (A sum above the whole is check_of_those's to report.)
  double sum = 0;
  for (const int p : parts) sum += in.figures[static_cast<std::size_t>(p)].value;
  if (sum > whole.value || whole.value - sum > k_max_kinds_gap * whole.value) return;
  report_sum(in, whole, parts, sink, k_near_list);
}

// "The authority's net revenue budget for the year is £312.4m. Education
// takes the largest share at £148.6m, followed by social services at
// £92.3m, ... and corporate and other services at £31.2m.": a sentence
// whose one figure is a sum of money a whole's noun names ("budget",
// "revenue", "spending"), then the ranked parts of parts_listed_after. The
// ranking may leave some out: only a sum above the whole is wrong, unless
// the last part is of the "other" things.
void check_ranked_parts(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> figures = in.figure_tokens(s);
  int whole = -1;
  for (const std::uint32_t k : figures) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    if (f.kind == QuantityKind::date) continue;
    if (whole >= 0 || f.kind != QuantityKind::currency) return;
    // (A total named so, "Total revenue reached", is the other readers'.)
    if (cue_before(t, k) || cue_after(t, k) || named_total_cue(t, k) != 0 || totals_before(t, k)) return;
    whole = t[k].figure;
    // The whole's noun up to six words before it, then a verb of being.
    bool named = false;
    for (std::size_t j = k, steps = 0; j-- > 0 && steps < 6 && t[j].type == T::word; ++steps) {
      named = named || is_one_of(t[j].text, {"budget", "revenue", "spending", "expenditure", "income", "turnover",
                                             "presupuesto", "gasto", "ingresos"});
    }
    if (!named) return;
  }
  if (whole < 0) return;
  const Figure& total = in.figures[static_cast<std::size_t>(whole)];
  if (!total.asserted || total.range_side || total.claim->quantity.qualifier != "exact") return;
  const std::optional<std::vector<int>> parts = parts_listed_after(in, s, total);
  if (!parts) return;
  // "... and corporate and other services at £31.2m": a last part of the
  // "other" things leaves nothing out, so a sum below the whole is wrong
  // too.
  bool closed = false;
  {
    const ArithTokens next = in.tokens(s + 1);
    const std::span<const std::uint32_t> at = in.figure_tokens(s + 1);
    for (std::size_t k = at.size() >= 2 ? at[at.size() - 2] + 1 : 0; !at.empty() && k < at.back(); ++k) {
      closed = closed || (next[k].type == T::word && is_one_of(next[k].text, {"other", "others", "otros", "otras"}));
    }
  }
  double least = 0;
  for (const int p : *parts) least += in.figures[static_cast<std::size_t>(p)].low;
  if (least <= total.high && !closed) return;
  report_sum(in, total, *parts, sink, k_near_list);
}

// "Keystone Ridge serves 612,000 customers. Of those, 538,000 are
// residential accounts, 66,500 are commercial and 9,800 are industrial.":
// a sentence opening "Of those," ("Of them,", "De ellos,") lists parts
// each told with the same copula ("are", "were", "son"; later parts may
// leave it out) and a word of a kind after it, none a participle ("45
// were hospitalized and 12 died" may overlap). Their total is the
// nearest figure of the sentence before, in the paragraph, larger than
// every part. The list may leave some of the whole out: only a sum
// above it is wrong. The whole may open the sentence itself: "Of the
// $22.6m, $11.4m is allocated to road renewals, $3.2m to bridges, ..."
// (money set to uses: "is allocated to", "was spent on").
void check_of_those(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (t.size() < 8 || !word(0, {"of", "de"})) return;
  // The token after the anchor's comma, and the whole told in it.
  std::size_t start = 3;
  int inline_whole = -1;
  // "The capital outlay has been fixed at Rs 2,310 crore, ... Of the
  // capital outlay, Rs 1,240 crore goes to ...": the words of "Of the"
  // name a figure of the sentence before, told right after them.
  std::size_t named_words = 0;
  if (word(1, {"the", "los", "las", "el", "la"}) && t[2].type == T::figure) {
    while (start < t.size() && start < 9 && t[start].type == T::word) ++start;
    if (start >= t.size() || t[start].type != T::punct || t[start].text != ",") return;
    ++start;
    inline_whole = t[2].figure;
  } else if (word(1, {"the"}) && t[2].type == T::word) {
    std::size_t comma = 2;
    while (comma < t.size() && comma < 6 && t[comma].type == T::word) ++comma;
    if (comma >= t.size() || t[comma].type != T::punct || t[comma].text != ",") return;
    named_words = comma - 2;
    start = comma + 1;
  } else if (word(1, {"that", "this", "ese", "este", "esa", "esta"}) &&
             word(2, {"total", "amount", "sum", "figure", "monto", "importe", "cifra", "suma"}) && t.size() > 3 &&
             t[3].type == T::punct && t[3].text == ",") {
    // "De ese total, $ 51,2 billones correspondían a ...", "Of that
    // total, ...": the total of the sentence before, named.
    start = 4;
  } else if (!word(1, {"those", "them", "these", "that", "this", "ellos", "ellas", "estos", "estas", "esos",
                       "esas"}) ||
             t[2].type != T::punct || t[2].text != ",") {
    return;
  }
  // (The named words may open the next paragraph.)
  if (inline_whole < 0 &&
      (s <= in.first_sentence() ||
       in.doc.sentences[s - 1].paragraph + (named_words > 0 ? 1 : 0) < in.doc.sentences[s].paragraph ||
       (named_words == 0 && in.doc.sentences[s - 1].paragraph != in.doc.sentences[s].paragraph))) {
    return;
  }
  static constexpr CueWords k_copulas{std::to_array<std::string_view>(
      {"are", "were", "is", "was", "son", "eran", "fueron", "es", "era"})};
  // A participle or a verb says what happened to them, which may overlap.
  const auto kind_word = [&](std::size_t k) {
    // ("were one-parent families": a compound with a figure says the kind.)
    if (k < t.size() && t[k].type == T::figure &&
        in.doc.view(in.figures[static_cast<std::size_t>(t[k].figure)].range).find('-') != std::string_view::npos) {
      return true;
    }
    if (k >= t.size() || t[k].type != T::word) return false;
    const std::string_view w = t[k].text;
    return !w.ends_with("ed") && !w.ends_with("ado") && !w.ends_with("ada") && !w.ends_with("ados") &&
           !w.ends_with("adas") && !w.ends_with("ido") && !w.ends_with("idos") && !w.ends_with("ida") &&
           !w.ends_with("idas") && !is_one_of(w, {"not", "no", "still", "also", "now"});
  };
  // "$11.4m is allocated to road renewals": money set to one use, which
  // the other parts do not share.
  const auto allocated = [&](std::size_t k) {
    return k < t.size() && t[k].type == T::word && t[k].text.ends_with("ed") && word(k + 1, {"to", "for", "on"});
  };
  std::vector<int> parts;
  std::string_view copula;
  for (std::size_t k = start; k < t.size(); ++k) {
    if (t[k].type == T::punct) {
      if (t[k].text == "," || t[k].text == ".") continue;
      return;
    }
    // "..., which flooded three wards in September last year": a clause
    // of what the last part is ends the list.
    if (t[k].type == T::word && !parts.empty() && t[k - 1].type == T::punct && t[k - 1].text == "," &&
        is_one_of(t[k].text, {"which", "who", "where"})) {
      break;
    }
    if (t[k].type == T::word) continue;
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    if (f.kind == QuantityKind::date) continue;
    // "1,226 were one-parent families": a figure right after the copula
    // says what a part is, it is none.
    if (k > start && t[k - 1].type == T::word && k_copulas.contains(t[k - 1].text)) continue;
    // Counts, or sums of money in one currency ("Of that, $22.84 billion
    // came from lending, $6.31 billion from fees ...").
    const bool money = f.kind == QuantityKind::currency;
    if ((f.kind != QuantityKind::count && f.kind != QuantityKind::number && !money) || !f.asserted || f.range_side) {
      return;
    }
    if (!parts.empty()) {
      const Figure& first = in.figures[static_cast<std::size_t>(parts[0])];
      if (money != (first.kind == QuantityKind::currency) || (money && !compatible(first, f))) return;
    }
    // Each part opens its item: after the anchor, a comma or "and".
    if (k > start && !(t[k - 1].type == T::punct && t[k - 1].text == ",") && !word(k - 1, {"and", "y"})) return;
    if (k + 1 < t.size() && t[k + 1].type == T::word && k_copulas.contains(t[k + 1].text)) {
      if (!copula.empty() && copula != t[k + 1].text) return;
      copula = t[k + 1].text;
      if (!kind_word(k + 2) && !(money && allocated(k + 2))) return;
    } else if (word(k + 1, {"correspondieron", "correspondi\xC3\xB3", "corresponden", "corresponde",
                            "correspond\xC3\xAD" "an", "correspond\xC3\xAD" "a", "came", "come",
                            "went", "goes", "go", "procedieron", "provinieron", "spent"}) &&
               word(k + 2, {"a", "al", "to", "from", "de", "del", "on"})) {
      // "De ellos, 22.840 millones correspondieron al margen financiero,
      // 6.310 millones a comisiones ...": where each part went or came from.
      if (!copula.empty() && copula != t[k + 1].text) return;
      copula = t[k + 1].text;
    } else if (!parts.empty() && word(k + 1, {"registered", "identified", "listed", "classified", "classed"}) &&
               word(k + 2, {"as"}) && k + 3 < t.size() && t[k + 3].type == T::word) {
      // "14,306 were men, 11,042 were women and 239 registered as
      // non-binary": a class told with "as", of the same kind.
    } else if (parts.empty() || !kind_word(k + 1)) {
      return;  // the first part names the copula; the others may leave it out
    }
    parts.push_back(t[k].figure);
  }
  if (parts.size() < 3) return;
  // "... and £8.9m on other operating expenses": a last part of "other"
  // things leaves nothing out, so a sum below the whole is wrong too.
  bool closed = false;
  {
    const std::size_t last = static_cast<std::size_t>(
        std::lower_bound(t.begin(), t.end(), in.figures[static_cast<std::size_t>(parts.back())].range.begin,
                         [](const ArithToken& tok, std::size_t b) { return tok.range.begin < b; }) -
        t.begin());
    for (std::size_t k = last + 1; k < t.size() && k <= last + 4 && t[k].type == T::word && !closed; ++k) {
      closed = is_one_of(t[k].text, {"other", "others", "otros", "otras"});
    }
  }
  const auto [biggest, sum] = largest_and_sum(in, parts);
  if (inline_whole >= 0) {
    const Figure& whole = in.figures[static_cast<std::size_t>(inline_whole)];
    const Figure& first = in.figures[static_cast<std::size_t>(parts[0])];
    const bool fits = first.kind == QuantityKind::currency
                          ? compatible(whole, first)
                          : whole.kind == QuantityKind::count || whole.kind == QuantityKind::number;
    if (!fits || whole.value <= biggest || !whole.asserted || whole.range_side ||
        whole.claim->quantity.qualifier != "exact" || (sum <= whole.high && !closed)) {
      return;
    }
    report_sum(in, whole, parts, sink, k_near_list);
    return;
  }
  const ArithTokens prev = in.tokens(s - 1);
  const std::span<const std::uint32_t> before = in.figure_tokens(s - 1);
  int total = -1;
  const Figure& first = in.figures[static_cast<std::size_t>(parts[0])];
  const bool money = first.kind == QuantityKind::currency;
  if (named_words > 0) {
    // The named words in the sentence before, then its first figure up to
    // eight tokens on, no comma between.
    for (std::size_t k = 0; k + named_words < prev.size() && total < 0; ++k) {
      bool same = true;
      for (std::size_t w = 0; w < named_words && same; ++w) {
        same = prev[k + w].type == T::word && prev[k + w].text == t[2 + w].text;
      }
      if (!same) continue;
      for (std::size_t f = k + named_words; f < prev.size() && f <= k + named_words + 8; ++f) {
        if (prev[f].type == T::punct && prev[f].text == ",") break;
        if (prev[f].type != T::figure) continue;
        const Figure& g = in.figures[static_cast<std::size_t>(prev[f].figure)];
        if (g.kind == QuantityKind::date) continue;
        if ((money ? compatible(g, first) : g.kind == QuantityKind::count || g.kind == QuantityKind::number) &&
            g.asserted && !g.range_side && g.claim->quantity.qualifier == "exact" && g.value > biggest) {
          total = prev[f].figure;
        }
        break;
      }
    }
    if (total < 0 || (sum <= in.figures[static_cast<std::size_t>(total)].high && !closed)) return;
    report_sum(in, in.figures[static_cast<std::size_t>(total)], parts, sink, k_near_list);
    return;
  }
  for (auto it = before.rbegin(); it != before.rend() && total < 0; ++it) {
    const Figure& f = in.figures[static_cast<std::size_t>(prev[*it].figure)];
    // "sumaron 31.560 millones de pesos. De ellos, 22.840 millones ...":
    // parts in millions may leave the total's currency out.
    const bool left_out = !money && f.kind == QuantityKind::currency && first.value >= 1e5;
    if ((money ? !compatible(f, first)
               : f.kind != QuantityKind::count && f.kind != QuantityKind::number && !left_out) ||
        f.value <= biggest) {
      continue;
    }
    if (compared_with(in, prev, *it) || told_as_ratio(in, prev, *it) || in_change(in, s - 1, prev[*it].figure, true)) {
      return;
    }
    if (!f.asserted || f.range_side || f.claim->quantity.qualifier != "exact") return;
    total = prev[*it].figure;
  }
  if (total < 0 || (sum <= in.figures[static_cast<std::size_t>(total)].high && !closed)) return;
  report_sum(in, in.figures[static_cast<std::size_t>(total)], parts, sink, k_near_list);
}

// "Estimated revenue also totals $412.6 million. The main source is the
// state grant, with $189.6 million, followed by local fees, with $171.3
// million; ..., and other income, such as fines, with $12 million.": a
// sentence whose every figure is a part told with "with" or "con", three
// or more, the last of "other" things ("otros ingresos", "the rest"),
// after a sentence of the paragraph that totals ("totals", "suman",
// "asciende a") one figure larger than each part. The last part leaves
// nothing out: the parts must add up.
void check_with_parts(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  if (s <= in.first_sentence() || in.doc.sentences[s - 1].paragraph != in.doc.sentences[s].paragraph) return;
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  std::vector<int> parts;
  std::size_t last = 0;
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind == QuantityKind::date) continue;
    if ((f.kind != QuantityKind::currency && f.kind != QuantityKind::number && f.kind != QuantityKind::count) ||
        !f.asserted || f.range_side) {
      return;
    }
    if (i < 2 || !word(i - 1, {"with", "con"}) || t[i - 2].type != T::punct || t[i - 2].text != ",") return;
    parts.push_back(t[i].figure);
    last = i;
  }
  if (parts.size() < 3) return;
  // The last part's item: its words after the part before.
  bool other = false;
  for (std::size_t k = last - 2; k-- > 0 && last - k < 16 && t[k].type != T::figure;) {
    if (word(k, {"otros", "otras", "other", "others", "resto", "rest", "remainder"})) other = true;
  }
  if (!other) return;
  const Figure& part = in.figures[static_cast<std::size_t>(parts.front())];
  const double biggest = largest_and_sum(in, parts).first;
  const ArithTokens prev = in.tokens(s - 1);
  int total = -1;
  for (const std::size_t k : in.figure_tokens(s - 1)) {
    const Figure& f = in.figures[static_cast<std::size_t>(prev[k].figure)];
    const bool kind = compatible(f, part) || money_left_out(part, f) || money_left_out(f, part);
    if (!kind || f.value <= biggest) continue;
    if (!totals_before(prev, k)) continue;
    if (total >= 0 || !f.asserted || f.range_side || f.claim->quantity.qualifier != "exact") return;
    total = prev[k].figure;
  }
  if (total < 0) return;
  report_sum(in, in.figures[static_cast<std::size_t>(total)], parts, sink, k_near_list);
}

// "El presupuesto de la campaña asciende a 410.000 euros. El patrocinio
// aporta 165.000 euros, las cuotas de los socios 98.000, la taquilla 61.000
// y las subvenciones públicas, 96.000 euros.": a sentence that totals one
// sum, then a sentence of the paragraph whose every figure is a sum of
// money (the later ones may leave the currency out), three or more, in a
// plain list (words and commas between them, "and" before the last), each
// less than the total. The list may leave some of the whole out: only a
// sum above it is wrong.
void check_listed_parts(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  if (s <= in.first_sentence() || in.doc.sentences[s - 1].paragraph != in.doc.sentences[s].paragraph) return;
  const ArithTokens t = in.tokens(s);
  std::vector<int> parts;
  std::size_t previous = 0;
  bool and_last = false;
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind == QuantityKind::date) return;
    // ("La venta de jugadores aportó 9.600 millones, ...": a sum in
    // millions may leave its currency out, the first part too.)
    const bool money = f.kind == QuantityKind::currency ||
                       (f.kind == QuantityKind::number && f.value >= (parts.empty() ? 1e5 : 1000));
    if (!money || !f.asserted || f.range_side) return;
    // (Parts told "with" each are check_with_parts's.)
    if (i > 0 && t[i - 1].type == T::word && is_one_of(t[i - 1].text, {"with", "con"})) return;
    if (!parts.empty()) {
      const Figure& first = in.figures[static_cast<std::size_t>(parts.front())];
      if (f.kind == QuantityKind::currency && first.kind == QuantityKind::currency && f.unit != first.unit) return;
      // Words and commas since the part before, a comma among them.
      bool comma = false;
      and_last = false;
      for (std::size_t k = previous + 1; k < i; ++k) {
        // ("Player sales brought in $9.6 million; television rights, $7.9
        // million; ...": semicolons between the items.)
        if (t[k].type == T::punct) {
          if (t[k].text != "," && t[k].text != ";") return;
          comma = true;
          continue;
        }
        if (t[k].type != T::word || breaks_sum(t[k])) return;
        and_last = and_last || t[k].text == "and" || t[k].text == "y";
      }
      if (!comma && !and_last) return;
      if (i - previous > 12) return;
    }
    parts.push_back(t[i].figure);
    previous = i;
  }
  if (parts.size() < 3 || !and_last) return;
  // Nothing after the last part but its own words ("y las subvenciones
  // públicas, 96.000 euros.").
  for (std::size_t k = previous + 1; k < t.size(); ++k) {
    if (t[k].type == T::punct && t[k].text != ".") return;
  }
  const Figure& part = in.figures[static_cast<std::size_t>(parts.front())];
  const auto [biggest, sum] = largest_and_sum(in, parts);
  const ArithTokens prev = in.tokens(s - 1);
  int total = -1;
  for (const std::size_t k : in.figure_tokens(s - 1)) {
    const Figure& f = in.figures[static_cast<std::size_t>(prev[k].figure)];
    if (f.kind == QuantityKind::date) continue;
    const bool kind = compatible(f, part) || (part.kind == QuantityKind::number && f.kind == QuantityKind::currency);
    if (!kind || f.value <= biggest) return;  // one sum in the sentence before
    if (!totals_before(prev, k) || total >= 0 || !f.asserted || f.range_side ||
        f.claim->quantity.qualifier != "exact") {
      return;
    }
    total = prev[k].figure;
  }
  if (total < 0 || sum <= in.figures[static_cast<std::size_t>(total)].high) return;
  report_sum(in, in.figures[static_cast<std::size_t>(total)], parts, sink, k_near_list);
}

// "Legislators introduced 2,314 bills this year, 1,286 in the House and
// 1,082 in the Senate": a count and up to four words of when, then set off
// by a comma two parts or more, each a bare number (or one of the count's
// noun) told where it is ("in", "at", "en" and up to four words), joined
// by commas and "and", the last closing the clause. Where they are may
// leave some places out: only parts adding up to more than the count are
// wrong.
void check_placed_parts(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> figures = in.figure_tokens(s);
  if (figures.size() < 3) return;
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  for (std::size_t n = 0; n + 2 < figures.size(); ++n) {
    const std::size_t i = figures[n];
    const Figure& total = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (total.kind != QuantityKind::count || total.unit.empty() || !total.asserted || total.range_side ||
        total.claim->quantity.qualifier != "exact") {
      continue;
    }
    // Up to four words of when, then the comma.
    std::size_t k = i + 1;
    while (k < t.size() && k <= i + 4 && t[k].type == T::word) ++k;
    if (k >= t.size() || t[k].type != T::punct || t[k].text != ",") continue;
    std::vector<int> parts;
    bool after_and = false;  // the part read next is the last
    bool closed = false;
    std::size_t m = k + 1;
    while (!closed && m < t.size() && t[m].type == T::figure) {
      const Figure& part = in.figures[static_cast<std::size_t>(t[m].figure)];
      const bool bare =
          part.kind == QuantityKind::number || (part.kind == QuantityKind::count && part.unit == total.unit);
      if (!bare || !part.asserted || part.range_side || part.value >= total.value) break;
      // Where it is: a preposition of place and up to four words.
      std::size_t e = m + 1;
      if (!word(e, {"in", "at", "en"})) break;
      ++e;
      const std::size_t where = e;
      while (e < t.size() && e < where + 4 && t[e].type == T::word && !word(e, {"and", "y"})) ++e;
      if (e == where) break;
      parts.push_back(t[m].figure);
      if (after_and) {
        // The last part closes the clause.
        closed = e >= t.size() || (t[e].type == T::punct && (t[e].text == "," || t[e].text == "." ||
                                                             t[e].text == ";"));
        break;
      }
      if (word(e, {"and", "y"})) {
        after_and = true;
        m = e + 1;
        continue;
      }
      if (e >= t.size() || t[e].type != T::punct || t[e].text != ",") break;
      m = e + 1;
    }
    if (!closed || parts.size() < 2) continue;
    const double sum = largest_and_sum(in, parts).second;
    if (sum <= total.high) continue;
    report_sum(in, total, parts, sink, k_near_list);
    return;
  }
}

// "after the 18-round regular season with 12 wins, one draw and four
// defeats", "tras 22 jornadas (nueve victorias, siete empates y seis
// derrotas)": a team's wins, draws and defeats, all three told, add up to
// the games it played, told before them in the sentence.
void check_record(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  // (Most sentences count no defeat: one look at each figure's noun first.)
  const auto defeat = [](std::string_view w) {
    return w.starts_with("defeat") || w.starts_with("derrota") || w == "losses" || w == "loss";
  };
  const std::span<const std::uint32_t> figures = in.figure_tokens(s);
  if (std::none_of(figures.begin(), figures.end(), [&](std::uint32_t i) {
        const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
        return (f.kind == QuantityKind::count && defeat(f.unit)) ||
               (i + 1 < t.size() && t[i + 1].type == T::word && defeat(t[i + 1].text));
      })) {
    return;
  }
  // The kind of result or of game a lowercase noun names, singular or
  // plural: 0 none, 1 game, 2 win, 3 draw, 4 defeat.
  const auto kind_of = [](std::string_view w) {
    const auto is = [&](std::initializer_list<std::string_view> list) {
      for (const std::string_view v : list) {
        if (w.starts_with(v) && (w.size() == v.size() || w.substr(v.size()) == "s" || w.substr(v.size()) == "es")) {
          return true;
        }
      }
      return false;
    };
    if (is({"game", "match", "round", "fixture", "partido", "jornada", "encuentro"})) return 1;
    if (is({"win", "victory", "victorie", "victoria"})) return 2;
    if (is({"draw", "tie", "empate"})) return 3;
    if (is({"defeat", "loss", "derrota"})) return 4;
    return 0;
  };
  int found[5] = {-1, -1, -1, -1, -1};
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind != QuantityKind::count && f.kind != QuantityKind::number) continue;
    std::string_view noun = f.kind == QuantityKind::count ? std::string_view(f.unit) : std::string_view();
    if (noun.empty() && i + 1 < t.size() && t[i + 1].type == T::word) noun = t[i + 1].text;
    const int kind = kind_of(noun);
    if (kind == 0) continue;
    if (found[kind] >= 0 || !f.asserted || f.range_side || f.value != std::floor(f.value)) return;
    // The games come first.
    if (kind > 1 && found[1] < 0) return;
    found[kind] = t[i].figure;
  }
  if (found[1] < 0 || found[2] < 0 || found[3] < 0 || found[4] < 0) return;
  report_sum(in, in.figures[static_cast<std::size_t>(found[1])], {found[2], found[3], found[4]}, sink, k_near_list);
}

// "Of every $100 in rates, $34 goes to water, $26 to roads, ... and $7
// to governance", "De cada 100 euros, 34 van a ...": the sum of money
// after "every" or "cada" divided into parts. The list may leave some
// out, so only parts adding up to more than it are reported.
void check_per_every(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  for (const std::size_t i : in.figure_tokens(s)) {
    if (i < 2 || t[i - 1].type != T::word || !is_one_of(t[i - 1].text, {"every", "each", "cada"}) ||
        t[i - 2].type != T::word || !is_one_of(t[i - 2].text, {"of", "for", "de", "por"})) {
      continue;
    }
    const Figure& total = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (total.range_side || !total.asserted || total.value <= 0) continue;
    std::vector<int> parts;
    double low = 0;
    for (std::size_t k = i + 1; k < t.size(); ++k) {
      if (t[k].type == T::word && (change_direction(t[k].text) != 0 || k_breakdown_breakers.contains(t[k].text))) {
        return;
      }
      if (t[k].type != T::figure) continue;
      const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
      // ("34 van a ...": a bare number is in the currency of the whole.)
      if (f.kind != total.kind && !(f.kind == QuantityKind::number && total.kind == QuantityKind::currency)) return;
      if (f.kind == total.kind && f.unit != total.unit) return;
      if (f.value >= total.value || !f.asserted || f.range_side) return;
      parts.push_back(t[k].figure);
      low += f.low;
    }
    if (parts.size() >= 3 && low > total.high) report_sum(in, total, parts, sink, k_near_list);
    return;
  }
}

// Words of a change or a comparison before a figure make it no tally of
// votes. The readers below add their own: "of" for a list of candidates
// ("3% of"), "margin" and "by" for the tallies after the votes cast ("by
// 212 votes").
constexpr CueWords k_not_tally{std::to_array<std::string_view>(
    {"from", "than", "against", "versus", "vs", "compared", "up", "down", "rose", "fell", "last", "previous",
     "earlier", "ago", "before", "per", "cent", "percent", "points", "more", "fewer", "less", "frente",
     "respecto"})};

// "the 42,870 formal votes split this way: Ms Quinlan 17,420, Liberal
// candidate Tom Ferris 15,960, ... and Kate Moore 1,180", "Of the 42,870
// votes, Quinlan won 17,420, Ferris 15,960, ...": a count of votes, then
// after a colon or its comma at least three tallies, each a candidate's
// words (up to six, one capitalised) and a bare count. The list
// may leave candidates out: only a sum above the votes is wrong.
void check_candidate_tallies(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const std::span<const std::uint32_t> figs = in.figure_tokens(s);
  if (figs.size() < 4) return;
  const ArithTokens t = in.tokens(s);
  // The votes: the first figure of the sentence, a count of votes or
  // ballots, with a colon (or the comma of "Of the ...,") after its words.
  const std::size_t w = figs.front();
  const Figure& whole = in.figures[static_cast<std::size_t>(t[w].figure)];
  if (whole.kind != QuantityKind::count || !is_one_of(whole.unit, {"vote", "ballot", "voto"}) || !whole.asserted ||
      whole.range_side || whole.claim->quantity.qualifier != "exact") {
    return;
  }
  const bool of_the = w == 2 && t[0].type == T::word && is_one_of(t[0].text, {"of", "de"});
  std::size_t k = w + 1;
  while (k < t.size() && k < w + 8 && t[k].type == T::word) ++k;
  if (k >= t.size() || t[k].type != T::punct || !(t[k].text == ":" || (of_the && t[k].text == ","))) return;
  std::vector<int> parts;
  std::size_t from = k + 1;
  for (std::size_t n = 1; n < figs.size(); ++n) {
    const std::size_t i = figs[n];
    // The candidate's words: after "and" for the last one.
    std::size_t b = from;
    if (b < i && t[b].type == T::word && is_one_of(t[b].text, {"and", "y"})) ++b;
    if (i <= b || i - b > 6) return;
    for (std::size_t x = b; x < i; ++x) {
      if (t[x].type != T::word || k_not_tally.contains(t[x].text) || t[x].text == "of") return;
    }
    // A capitalised word among them names the candidate ("the Greens'
    // Priya Raman", "independent Greg Aldous": a word or two before it).
    bool named = false;
    for (std::size_t x = b; x < i && !named; ++x) {
      const std::string_view v = in.doc.view(t[x].range);
      named = !v.empty() && v[0] >= 'A' && v[0] <= 'Z';
    }
    if (!named) return;
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if ((f.kind != QuantityKind::number && !(f.kind == QuantityKind::count && f.unit == whole.unit)) ||
        !f.asserted || f.range_side || f.value >= whole.value) {
      return;
    }
    parts.push_back(t[i].figure);
    // Then a comma, "and", or the end of the sentence.
    from = i + 1;
    const bool last = n + 1 == figs.size();
    if (from < t.size() && t[from].type == T::punct && t[from].text == ",") {
      ++from;
    } else if (!(from < t.size() && t[from].type == T::word && is_one_of(t[from].text, {"and", "y"})) &&
               !(last && (from >= t.size() || t[from].type == T::punct))) {
      return;
    }
  }
  if (parts.size() < 3) return;
  const auto [biggest, sum] = largest_and_sum(in, parts);
  if (sum <= whole.high) return;
  report_sum(in, whole, parts, sink, k_near_list);
}

// "... led Democrat Angela Fry by 212 votes out of 39,874 cast in the race.
// Unofficial tallies gave Rutkowski 19,938 votes and Fry 19,726, with 327
// votes going to write-in candidates.": the votes cast (a count of votes
// with "cast" right after it, the sentence's only one), then a sentence of
// the paragraph whose every figure is a tally (a count of votes or a bare
// figure, less than the votes cast), two of them or more after a name. The
// tallies may leave some out: only a sum above the votes cast is wrong.
void check_tallies_after_votes(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  if (s + 1 >= in.end_sentence() || in.doc.sentences[s + 1].paragraph != in.doc.sentences[s].paragraph) return;
  const ArithTokens t = in.tokens(s);
  int whole = -1;
  std::string_view unit;
  const auto votes_at = [&](std::size_t i) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    return f.kind == QuantityKind::count && is_one_of(f.unit, {"vote", "ballot", "voto"});
  };
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    // ("by 212 votes out of 39,874 cast": the votes' noun before "out of".)
    const bool out_of = f.kind == QuantityKind::number && i >= 3 && t[i - 1].type == T::word &&
                        t[i - 1].text == "of" && t[i - 2].type == T::word && t[i - 2].text == "out" &&
                        t[i - 3].type == T::figure && votes_at(i - 3);
    if (!votes_at(i) && !out_of) continue;
    bool cast = false;
    for (std::size_t k = i + 1; k < t.size() && k <= i + 3 && !cast && t[k].type == T::word; ++k) {
      cast = is_one_of(t[k].text, {"cast", "emitidos", "emitidas"});
    }
    if (!cast) continue;
    if (whole >= 0 || !f.asserted || f.range_side || f.claim->quantity.qualifier != "exact") return;
    whole = t[i].figure;
    unit = in.figures[static_cast<std::size_t>(t[out_of ? i - 3 : i].figure)].unit;
  }
  if (whole < 0) return;
  const Figure& votes = in.figures[static_cast<std::size_t>(whole)];
  const ArithTokens next = in.tokens(s + 1);
  // A date or a word of another time in either sentence: the votes of
  // another election, maybe ("In 2022, 41,000 votes were cast. This year
  // ...").
  for (const ArithTokens u : {t, next}) {
    for (const ArithToken& tok : u) {
      if ((tok.type == T::figure && in.figures[static_cast<std::size_t>(tok.figure)].kind == QuantityKind::date) ||
          (tok.type == T::word && is_one_of(tok.text, {"ago", "last", "previous", "earlier", "prior", "year",
                                                       "pasado", "anterior", "a\xC3\xB1o"}))) {
        return;
      }
    }
  }
  std::vector<int> parts;
  std::size_t named = 0;
  std::size_t from = 0;
  for (const std::size_t i : in.figure_tokens(s + 1)) {
    const Figure& f = in.figures[static_cast<std::size_t>(next[i].figure)];
    if ((f.kind != QuantityKind::number && !(f.kind == QuantityKind::count && f.unit == unit)) ||
        !f.asserted || f.range_side || f.value >= votes.value) {
      return;
    }
    bool name = false;
    for (std::size_t x = from; x < i; ++x) {
      if (next[x].type == T::word &&
          (k_not_tally.contains(next[x].text) || is_one_of(next[x].text, {"margin", "by"}))) {
        return;
      }
      name = name || (i - x <= 3 && capitalised(in, next, x));
    }
    named += name ? 1 : 0;
    parts.push_back(next[i].figure);
    from = i + 1;
  }
  if (parts.size() < 2 || named < 2) return;
  if (largest_and_sum(in, parts).second <= votes.high) return;
  report_sum(in, votes, parts, sink, k_near_list);
}

// "... spent 412 hours without scheduled power in the first three months of
// the year. ... load-shedding ran to 128 hours in January, 131 hours in
// February and 163 hours in March": the parts of a quarter told month by
// month, every month of it once, add up to the quarter's figure of the
// same kind and unit, told in the sentence or up to three sentences
// before (in the paragraph or the one before).
void check_month_parts(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto month_of = [](const Figure& f) -> int {
    if (!f.claim || !f.claim->time || f.claim->time->size() != 7 || (*f.claim->time)[4] != '-') return 0;
    const std::string& m = *f.claim->time;
    if (m[5] < '0' || m[5] > '1' || m[6] < '0' || m[6] > '9') return 0;
    return (m[5] - '0') * 10 + (m[6] - '0');
  };
  std::vector<int> parts;
  int months = 0;  // bit m for month m
  for (const std::uint32_t k : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
    if (f.kind == QuantityKind::date || f.kind == QuantityKind::ordinal) continue;
    const int m = month_of(f);
    if (m == 0) continue;
    if (!parts.empty()) {
      // (A figure of another kind is another thing's: "two units".)
      const Figure& p0 = in.figures[static_cast<std::size_t>(parts.front())];
      if (f.kind != p0.kind || f.unit != p0.unit) continue;
      if (f.claim->time->substr(0, 4) != p0.claim->time->substr(0, 4)) return;
    }
    if (!f.asserted || f.range_side || (months & (1 << m)) != 0 || m > 12) return;
    months |= 1 << m;
    parts.push_back(t[k].figure);
  }
  if (parts.size() < 2) return;
  const Figure& p0 = in.figures[static_cast<std::size_t>(parts.front())];
  const std::string year = p0.claim->time->substr(0, 4);
  // The quarter whose months the parts are, all of them.
  int quarter = 0;
  for (int q = 1; q <= 4; ++q) {
    const int bits = (1 << (3 * q - 2)) | (1 << (3 * q - 1)) | (1 << (3 * q));
    if (months == bits) quarter = q;
  }
  if (quarter == 0) return;
  const std::string period = fmt::format("{}-Q{}", year, quarter);
  int total = -1;
  for (std::size_t q = s + 1; q-- > in.first_sentence() && s - q <= 3;) {
    if (in.doc.sentences[q].paragraph + 1 < in.doc.sentences[s].paragraph) break;
    const ArithTokens qt = in.tokens(q);
    for (const std::uint32_t k : in.figure_tokens(q)) {
      const Figure& f = in.figures[static_cast<std::size_t>(qt[k].figure)];
      if (f.kind != p0.kind || f.unit != p0.unit || !f.claim || !f.claim->time || *f.claim->time != period) continue;
      if (!f.asserted || f.range_side || f.claim->quantity.qualifier != "exact") return;
      if (total >= 0 && in.figures[static_cast<std::size_t>(total)].value != f.value) return;  // two totals
      total = qt[k].figure;
    }
  }
  if (total < 0) return;
  report_sum(in, in.figures[static_cast<std::size_t>(total)], parts, sink, {.near_only = true, .by_month = true});
}

void check_total_mismatch(const ArithmeticInput& in, DiagnosticSink& sink) {
  check_list_totals(in, sink);
  for (const std::size_t s : in.scanned_sentences()) {
    // One composition cue a sentence, read once for both.
    const std::optional<CompositionCue> cue = composition_cue(in, in.tokens(s));
    check_composition(in, s, cue, sink);
    check_announced_parts(in, s, cue, sink);
    check_counted_holders(in, s, sink);
    check_those_n(in, s, sink);
    check_n_together(in, s, sink);
    check_dashed_record(in, s, sink);
    check_complementary(in, s, sink);
    check_accounted_for(in, s, sink);
    check_of_those(in, s, sink);
    check_of_the_named_parts(in, s, sink);
    check_of_the_kinds(in, s, sink);
    check_ranked_parts(in, s, sink);
    check_vote_split(in, s, sink);
    check_candidate_tallies(in, s, sink);
    check_tallies_after_votes(in, s, sink);
    check_month_parts(in, s, sink);
    check_with_parts(in, s, sink);
    check_listed_parts(in, s, sink);
    check_placed_parts(in, s, sink);
    check_record(in, s, sink);
    check_per_every(in, s, sink);
    const ArithTokens t = in.tokens(s);
    for (const std::size_t i : in.figure_tokens(s)) {
      // A breakdown closed by a remainder ("Of those, ...; the other 145").
      if (remainder_cue(t, i)) {
        if (const std::optional<Breakdown> b = breakdown_of(in, s, i)) {
          report_sum(in, in.figures[static_cast<std::size_t>(b->total)], b->parts, sink, k_near_sum);
        }
        continue;
      }
      const bool before = cue_before(t, i);
      const std::size_t named_at = before ? 0 : named_total_cue(t, i);
      if (!before && named_at == 0 && !cue_after(t, i)) continue;
      const Figure& total = in.figures[static_cast<std::size_t>(t[i].figure)];
      if (total.range_side || !total.asserted || total.kind == QuantityKind::multiplier) continue;
      if (cumulative_after(t, i)) continue;
      std::size_t end = i;
      if (before) end -= t[i - 1].text == "of" || t[i - 1].text == "," || t[i - 1].text == "for" ? 2 : 1;
      if (named_at > 0) end = named_at;
      std::optional<std::vector<int>> parts = parts_before(in, t, end, total);
      if (!parts) continue;
      if (parts->empty() && in.figure_tokens(s).size() == 1) {
        if (std::optional<std::vector<int>> next = parts_listed_after(in, s, total); next) {
          report_sum(in, total, *next, sink, k_near_sum);
          continue;
        }
      }
      if (parts->empty() && s > 0 && in.doc.sentences[s - 1].paragraph == in.doc.sentences[s].paragraph) {
        // "Beijing approved 150,000 for ByteDance and 120,000 for Alibaba.
        // In total, 400,000 were cleared.": the parts of the sentence before.
        // The total is the sentence's first figure, of no clause of "when"
        // ("Together the two terminals moved about three times as many as
        // in 2010, when volume totaled 493,000": another time's total).
        bool first = true;
        for (const std::size_t j : in.figure_tokens(s)) {
          if (j >= i) break;
          if (in.figures[static_cast<std::size_t>(t[j].figure)].kind != QuantityKind::date) first = false;
        }
        bool when = false;
        for (std::size_t j = 0; j < i; ++j) {
          when = when || (t[j].type == T::word && is_one_of(t[j].text, {"when", "cuando"}));
        }
        if (!first || when) continue;
        const ArithTokens prev = in.tokens(s - 1);
        parts = parts_before(in, prev, prev.size(), total);
        if (!parts) continue;
        // Every figure of that sentence must be a part.
        if (in.figure_tokens(s - 1).size() != parts->size()) continue;
        // The list may have begun a sentence earlier ("... was pushed into
        // third place with 4,903 votes. Labour's candidate polled 2,741 and
        // the Green 1,596. A total of 28,199 valid votes were cast").
        if (s - 1 > in.first_sentence() && in.doc.sentences[s - 2].paragraph == in.doc.sentences[s].paragraph) {
          const ArithTokens earlier = in.tokens(s - 2);
          const std::span<const std::uint32_t> figures = in.figure_tokens(s - 2);
          if (std::any_of(figures.begin(), figures.end(), [&](std::uint32_t k) {
                const Figure& g = in.figures[static_cast<std::size_t>(earlier[k].figure)];
                return g.asserted && compatible(g, total);
              })) {
            continue;
          }
        }
      }
      if (parts->size() < 2) continue;
      report_sum(in, total, *parts, sink);
    }
  }
}

}  // namespace claimlint
