// The arithmetic checks' entry point and their shared figure and token scans.
#include "check/arithmetic_checks.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

#include <fmt/format.h>

#include "check/percent_change.h"
#include "check/percentage_points.h"
#include "check/ratio_mismatch.h"
#include "check/share_over_100.h"
#include "check/transposed_figure.h"
#include "check/times_more.h"
#include "check/total_mismatch.h"
#include "check/unit_price.h"
#include "util/byte_block.h"
#include "util/powers_of_ten.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

constexpr double k_inf = std::numeric_limits<double>::infinity();

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// std::pow(10.0, n) for an integer-valued `n` (or NaN, or an infinity),
// from the tables when they hold n.
double pow10(double n) {
  if (!(n >= -22 && n <= 22)) return std::pow(10.0, n);
  return decimal::pow10(static_cast<int>(n));
}

// The value of a numeral's digits ("1500", "1.5"), as strtod reads it:
// from_chars rounds alike, and strtod takes what from_chars cannot hold (a
// numeral of thousands of digits overflows to infinity).
double digits_value(std::string_view digits) {
  // Up to decimal::k_exact_digits digits and one decimal point, the common case.
  if (!digits.empty() && digits.size() <= 16 && is_digit(digits[0]) && is_digit(digits.back())) {
    std::uint64_t n = 0;
    std::size_t point = digits.size();
    bool plain = true;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (is_digit(digits[i])) {
        n = n * 10 + static_cast<std::uint64_t>(digits[i] - '0');
      } else if (digits[i] == '.' && point == digits.size()) {
        point = i;
      } else {
        plain = false;
        break;
      }
    }
    const std::size_t count = digits.size() - (point < digits.size());
    if (plain && count <= decimal::k_exact_digits) {
      return decimal::exact_decimal(n, point < digits.size() ? digits.size() - point - 1 : 0);
    }
  }
  double value = 0;
  if (std::from_chars(digits.data(), digits.data() + digits.size(), value).ec != std::errc{}) {
    value = std::strtod(std::string(digits).c_str(), nullptr);
  }
  return value;
}

// One side of a range claim ("$80 million", "4,500 cars"): the value of its
// digits, its scale word and the byte span of the numeral. Only digit
// numerals: a spelled range side is left to the claim as a whole.
struct SideNumber {
  double literal = 0;
  double scale = 1;
  bool scaled = false;
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::optional<SideNumber> read_side(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && !is_digit(s[i])) ++i;
  if (i == s.size()) return std::nullopt;
  SideNumber n;
  n.begin = i;
  std::string digits;
  while (i < s.size() && (is_digit(s[i]) || s[i] == ',' || s[i] == '.')) {
    if (s[i] != ',') digits.push_back(s[i]);
    ++i;
  }
  while (!digits.empty() && digits.back() == '.') digits.pop_back();
  if (digits.empty()) return std::nullopt;
  n.literal = digits_value(digits);
  n.end = i;
  // Scale words and glued abbreviations ("80 million", "1.5bn", "10k").
  std::size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  std::size_t k = j;
  while (k < s.size() && is_alpha(s[k])) ++k;
  const std::string word = lowercase(s.substr(j, k - j));
  static constexpr std::pair<std::string_view, double> k_scales[] = {
      {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
      {"k", 1e3},        {"m", 1e6},       {"mn", 1e6},      {"bn", 1e9}, {"tn", 1e12}};
  for (const auto& [name, factor] : k_scales) {
    if (word == name) {
      n.scale = factor;
      n.scaled = true;
      n.end = k;
    }
  }
  return n;
}

// A count written in whole units ("41 seats", "21") is exact: half a seat
// either way would let a sum of three miss by one. Money, percentages and
// measures keep the half unit of their rounding.
double count_half_unit(const Figure& f, double half_unit) {
  const bool whole_count = (f.kind == QuantityKind::count || f.kind == QuantityKind::number) && half_unit == 0.5 &&
                           std::floor(f.value) == f.value;
  return whole_count ? 0 : half_unit;
}

// Figures of one claim: the claim itself, or both sides of a "A to B"
// range claim, whose quantity keeps only the sorted interval.
void add_figures(const Document& doc, const Claim& c, std::vector<Figure>& out) {
  const std::size_t base = doc.sentences[c.sentence].range.begin;
  const ByteRange whole{base + c.quantity.range.begin, base + c.quantity.range.end};
  Figure f;
  f.claim = &c;
  f.kind = c.quantity.kind;
  f.unit = c.quantity.unit;
  f.sentence = c.sentence;
  // Denied and disputed figures assert no arithmetic. A condition or a
  // hypothesis still asserts its own ("a 4.9 per cent increase would lift
  // the bill to $151.90 from $142.60" is wrong whether or not it comes).
  f.asserted = c.modality != Modality::negated && c.modality != Modality::disputed;
  const std::string_view text = doc.view(whole);
  const std::string_view q = c.quantity.qualifier;
  if (q == "range") {
    const std::size_t to = lowercase(text).find(" to ");
    if (to == std::string_view::npos || !c.quantity.low || !c.quantity.high) return;
    std::optional<SideNumber> a = read_side(text.substr(0, to));
    std::optional<SideNumber> b = read_side(text.substr(to + 4));
    if (!a || !b) return;
    if (!a->scaled && b->scaled) a->scale = b->scale;  // "$80 to $120 million"
    const double va = a->literal * a->scale;
    const double vb = b->literal * b->scale;
    const double eps = 1e-9 * std::max(1.0, std::fabs(*c.quantity.high));
    // The sides must be the claim's interval, in either order.
    if (std::fabs(std::min(va, vb) - *c.quantity.low) > eps || std::fabs(std::max(va, vb) - *c.quantity.high) > eps) {
      return;
    }
    for (int side = 0; side < 2; ++side) {
      Figure g = f;
      const SideNumber& n = side == 0 ? *a : *b;
      const std::size_t off = side == 0 ? 0 : to + 4;
      g.value = side == 0 ? va : vb;
      g.range = side == 0 ? ByteRange{whole.begin, whole.begin + to} : ByteRange{whole.begin + to + 4, whole.end};
      // "from 8,000 to 4,500 cars": the claim keeps its "from", which the
      // token scans read as a word of its own.
      if (side == 0 && lowercase(text.substr(0, 5)) == "from ") g.range.begin += 5;
      g.number = {whole.begin + off + n.begin, whole.begin + off + n.end};
      const double h = count_half_unit(g, written_half_unit(doc.view(g.number), g.value));
      g.low = g.value - h;
      g.high = g.value + h;
      g.range_side = true;
      out.push_back(std::move(g));
    }
    return;
  }
  f.range = whole;
  f.number = {base + c.quantity.value_range.begin, base + c.quantity.value_range.end};
  f.value = c.quantity.value;
  const double h = count_half_unit(f, written_half_unit(doc.view(f.number), f.value));
  if (q == "approximate") {
    f.low = std::min(c.quantity.low.value_or(-k_inf), f.value - h);
    f.high = std::max(c.quantity.high.value_or(k_inf), f.value + h);
  } else if (q == "lower-bound") {
    f.low = c.quantity.low.value_or(f.value) - h;
    f.high = k_inf;
  } else if (q == "upper-bound") {
    f.low = 0;
    f.high = c.quantity.high.value_or(f.value) + h;
  } else if (q == "range") {
    f.low = c.quantity.low.value_or(-k_inf);
    f.high = c.quantity.high.value_or(k_inf);
  } else {
    f.low = f.value - h;
    f.high = f.value + h;
  }
  out.push_back(std::move(f));
}

// Letters, digits, "'" and the bytes of multibyte UTF-8 characters: a
// table, as the token scan tests every byte of a sentence.
constexpr std::array<bool, 256> k_word_bytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c >= 0x80;
  }
  return table;
}();
bool is_word_byte(char c) { return k_word_bytes[static_cast<unsigned char>(c)]; }

// Words between a direction and its percentage: "up by some 5%".
constexpr CueWords k_change_fillers{std::to_array<std::string_view>(
    {"by", "some", "about", "nearly", "almost", "roughly", "around", "approximately", "just", "more", "than"})};

// Whether token i of `t` is a date (a figure of that kind).
bool date_at(ArithTokens t, const std::vector<Figure>& figures, std::size_t i) {
  return i < t.size() && t[i].type == ArithToken::Type::figure &&
         figures[static_cast<std::size_t>(t[i].figure)].kind == QuantityKind::date;
}

// Whether token k is the slash of a financial year, "2024/25" or
// "2024/2025", after token `from`.
bool financial_year_slash(ArithTokens t, std::size_t from, std::size_t k) {
  const auto digits = [&](std::size_t i, std::size_t n) {
    return i < t.size() && t[i].type == ArithToken::Type::word && digits_only(t[i].text, n, n);
  };
  return k > from && k < t.size() && t[k].type == ArithToken::Type::punct && t[k].text == "/" && digits(k - 1, 4) &&
         (digits(k + 1, 2) || digits(k + 1, 4));
}

// The token after a phrase of when at token k, or k if none starts
// there: "last month" or "between January and September" (any words and
// dates, four tokens at most), and after "in", "over", "during", "for"
// or "through" a longer one with lengths of time ("in the three months to
// the end of March", ten tokens at most).
std::size_t after_time_phrase(ArithTokens t, const std::vector<Figure>& figures, std::size_t k) {
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == ArithToken::Type::word ? t[i].text : std::string_view();
  };
  // ("71% of the postpaid phone base at the end of September, up 6% from
  // 65%": what B is of, then when.)
  // ("on March 31, 2026,", "as of March 31, 2026,": a day with its year.)
  // ("$18.4 million to run the jail in 2026, a 21 percent increase from":
  // what the money is for.)
  const bool long_phrase = is_one_of(word(k), {"in", "over", "during", "for", "through", "en", "durante", "of", "at",
                                                "by", "between", "entre", "on", "as", "to"});
  const std::size_t limit = k + (long_phrase ? 10 : 4);
  // ("in the quarter ended Sept. 27": the full stop of a month's
  // abbreviation.)
  const auto abbreviation_stop = [&](std::size_t i) {
    return i > k && i < t.size() && t[i].type == ArithToken::Type::punct && t[i].text == "." &&
           is_one_of(word(i - 1), {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                   "dec"});
  };
  // ("on March 31, 2026, from": the comma between a day and its year.)
  const auto digits = [&](std::size_t i, std::size_t lo, std::size_t hi) {
    return digits_only(word(i), lo, hi);
  };
  const auto year_comma = [&](std::size_t i) {
    return i > k && i + 1 < t.size() && t[i].type == ArithToken::Type::punct && t[i].text == "," &&
           digits(i - 1, 1, 2) && digits(i + 1, 4, 4);
  };
  std::size_t e = k;
  // ("in the 2026/27 marketing year": a financial year.)
  while (e < limit && (!word(e).empty() || date_at(t, figures, e) || abbreviation_stop(e) || year_comma(e) ||
                       financial_year_slash(t, k, e) ||
                       (long_phrase && e < t.size() && t[e].type == ArithToken::Type::figure &&
                        figures[static_cast<std::size_t>(t[e].figure)].kind == QuantityKind::duration))) {
    ++e;
  }
  return e;
}

// Words that say a clause reports a source rather than states a figure:
// "B, according to estimates released on Thursday, a 12% rise on A".
constexpr CueWords k_attribution_words{std::to_array<std::string_view>(
    {"according", "said", "says", "reported", "announced", "estimates", "estimated", "figures", "data", "showed",
     "shows", "released", "published"})};

// Words that may stand between "on" or "from" and the figure a change is
// measured from: "on last year's drought-hit 1.76 million", "from the
// previous 2,100".
bool measured_from_filler(std::string_view w) {
  // "on last year's figure of 7,204".
  return is_one_of(w, {"the", "last", "this", "previous", "prior", "a", "its", "their", "figure", "total", "level",
                       "of"}) ||
         w.ends_with("'s") ||
         w.ends_with("\xE2\x80\x99s") || w.find('-') != std::string_view::npos;
}

// "B, up N% from A" and "B, N% higher than A": each figure B of a sentence
// followed (after at most four words: "last month") by a comma and such a
// change, and by more joined with "and"
// ("B, up 0.4% from A in September and 6.2% higher than C a year ago").
// Also "B, a N% rise on A" and "B, an increase of N% over A", and a
// clause of attribution between B and its change ("B, according to
// provisional estimates, a 12% improvement on A").
void add_stated_after(ArithTokens t, std::span<const std::uint32_t> figure_tokens, const std::vector<Figure>& figures,
                      std::vector<Change>& out) {
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == ArithToken::Type::word ? t[i].text : std::string_view();
  };
  const auto figure_at = [&](std::size_t i) { return i < t.size() && t[i].type == ArithToken::Type::figure; };
  const auto is_percent = [&](std::size_t i) {
    const QuantityKind kind = figures[static_cast<std::size_t>(t[i].figure)].kind;
    return kind == QuantityKind::percent || kind == QuantityKind::percentage_point;
  };
  // The figure a change is measured from, at token k after "from", "on"
  // or "over" and a few fillers; or t.size().
  const auto measured_from = [&](std::size_t k) {
    for (int steps = 0; steps < 4 && !figure_at(k) && measured_from_filler(word(k)); ++steps) ++k;
    return figure_at(k) ? k : t.size();
  };
  bool elided = false;  // the last stated change measured from "the A"
  bool implicit = false;  // the last stated change names no A: the one figure before B
  // The change stated from token k: [direction] [fillers] N% (from|on) A,
  // N% (higher|lower|more|less) than A, a N% rise (on|over|from) A or an
  // increase of N% (on|over|from) A; on success `c` holds it and the token
  // after A.
  const auto stated_from = [&](std::size_t k, Change& c, const Figure& fb) {
    // (Spanish "un 12 % más que A" is read below: only "un alza de N%" here.)
    if ((is_one_of(word(k), {"a", "an"}) && (figure_at(k + 1) || is_change_noun(word(k + 1)))) ||
        (is_one_of(word(k), {"un", "una"}) && is_change_noun(word(k + 1)))) {
      // "a 12% rise on A", "an increase of 12% over A"; "un alza de 6,8%
      // frente a los A", "un aumento del 12% respecto de A".
      std::size_t n = k + 1;
      std::string_view noun;
      if (figure_at(n)) {
        noun = word(n + 1);
        k = n + 2;
      } else {
        noun = word(n);
        if (!is_one_of(word(n + 1), {"of", "de", "del"})) return false;
        n += 2;
        while (n < t.size() && k_change_fillers.contains(word(n))) ++n;
        k = n + 1;
      }
      if (!figure_at(n) || !is_percent(n) || !is_change_noun(noun)) return false;
      if ((word(k) == "frente" && is_one_of(word(k + 1), {"a", "al"})) ||
          (word(k) == "respecto" && is_one_of(word(k + 1), {"de", "a", "al", "del"}))) {
        ++k;
        // "frente a los 451 millones": the article, and A may leave out
        // B's currency.
        if (is_one_of(word(k + 1), {"los", "las", "el", "la"})) {
          ++k;
          elided = true;
        }
      } else if (!is_one_of(word(k), {"on", "over", "from", "sobre"})) {
        return false;
      }
      const std::size_t a = measured_from(k + 1);
      if (a >= t.size()) return false;
      c.from = t[a].figure;
      c.stated = static_cast<int>(n);
      c.direction = change_direction(noun, figures[static_cast<std::size_t>(c.from)], fb);
      c.last = a + 1;
      return c.direction != 0;
    }
    int direction = change_direction(word(k));
    if (direction != 0) {
      ++k;
      for (int steps = 0; steps < 3 && k_change_fillers.contains(word(k)); ++steps) ++k;
    } else if (word(k) == "un" && figure_at(k + 1)) {
      ++k;  // Spanish: "B, un 12 % más que los A"
    }
    if (!figure_at(k)) return false;
    const std::size_t n = k++;
    // "B, up 41 per cent year-on-year from A": what the change is over.
    if (measured_against_word(word(k))) ++k;
    // "B, down 340 on last year's figure of A": the difference itself, in
    // B's kind.
    const auto difference = [&] {
      const Figure& d = figures[static_cast<std::size_t>(t[n].figure)];
      return direction != 0 && (word(k) == "on" || word(k) == "from") && d.kind != QuantityKind::date &&
             d.kind != QuantityKind::multiplier && (d.kind == fb.kind || d.kind == QuantityKind::number) &&
             compatible(d, fb);
    };
    if (!is_percent(n) && !difference()) return false;
    if (direction != 0) {
      if (word(k) != "from" && word(k) != "on") return false;
    } else {
      // "N% more than A", "N% above A"; in Spanish "N % más que A", "N %
      // superior a A".
      const std::string_view w = word(k);
      direction = is_one_of(w, {"higher", "more", "greater", "above", "m\xC3\xA1s", "superior"})    ? 1
                  : is_one_of(w, {"lower", "less", "fewer", "below", "menos", "inferior"}) ? -1
                                                                                         : 0;
      if (direction == 0) return false;
      if (w != "above" && w != "below") {
        ++k;
        // "un 12,4% más interanual frente a los 1.560 millones": what the
        // change is over, then a link of comparison.
        const bool over_year = is_one_of(w, {"m\xC3\xA1s", "menos"}) && is_one_of(word(k), {"interanual", "anual"}) &&
                               ((word(k + 1) == "frente" && is_one_of(word(k + 2), {"a", "al"})) ||
                                (word(k + 1) == "respecto" && is_one_of(word(k + 2), {"a", "al", "de", "del"})));
        if (over_year) k += 2;  // at the link
        const std::string_view link = w == "superior" || w == "inferior" ? "a" : w == "m\xC3\xA1s" || w == "menos" ? "que"
                                                                                                            : "than";
        if (!over_year && word(k) != link && !(link == "a" && word(k) == "al")) {
          // "Se calculó en 62 millones; hoy asciende a 71,3 millones, un
          // 12% más": no A after the change, the clause ends; A is the one
          // figure before B in the sentence that compares with it.
          const bool ends = k >= t.size() || t[k].type == ArithToken::Type::punct;
          if (!ends || !is_one_of(w, {"m\xC3\xA1s", "menos", "more", "less", "higher", "lower"})) return false;
          // B is itself the end of a change read otherwise ("de A a B"), or
          // the figure of a comparison ("frente a los 58.900 de 2024, un 4 %
          // más" is measured from it): no A to guess.
          for (const Change& o : out) {
            if (o.to == c.to || o.from == c.to) return false;
          }
          for (std::size_t i = c.first, steps = 0; i > 0 && steps < 4; ++steps) {
            --i;
            // ("ganan 410 estudiantes ..., cuando tenían 3.770, un 10,9 %
            // más": a figure of a clause of "when" is the level before.)
            // ("se nombraron 5.420 turnos, contra 4.980 en marzo de 2025, un
            // 8,8% más": the figure a comparison is measured from.)
            if (is_one_of(word(i), {"frente", "compared", "comparado", "comparada", "against", "versus", "vs",
                                    "contra", "than", "que", "from", "de", "desde", "on", "when", "cuando"})) {
              return false;
            }
          }
          int a = -1;
          for (std::size_t i = 0; i < c.first; ++i) {
            if (!figure_at(i) || is_percent(i) != is_percent(c.first)) continue;
            const Figure& fa = figures[static_cast<std::size_t>(t[i].figure)];
            if (fa.kind == QuantityKind::date || !(compatible(fa, fb) || money_left_out(fa, fb))) continue;
            if (a >= 0) return false;  // two candidates: no A
            a = t[i].figure;
          }
          if (a < 0) return false;
          c.from = a;
          c.stated = static_cast<int>(n);
          c.direction = direction;
          c.last = k;
          implicit = true;
          return true;
        }
      }
    }
    ++k;
    elided = is_one_of(word(k), {"the", "los", "las", "el", "la"});
    if (elided) ++k;
    // "than the previous year's 1.31 million", "on last year's figure of
    // 7,204".
    for (int steps = 0; steps < 4 && !figure_at(k) && measured_from_filler(word(k)); ++steps) ++k;
    if (!figure_at(k)) return false;
    c.from = t[k].figure;
    c.stated = static_cast<int>(n);
    c.direction = direction;
    c.last = k + 1;
    return true;
  };
  const auto comma_at = [&](std::size_t k) {
    return k < t.size() && t[k].type == ArithToken::Type::punct && t[k].text == ",";
  };
  // A bare figure after "than the" or "que los" leaves out the unit of B:
  // "56 millones de euros, un 12 % más que los 45 millones".
  // ("148,600 coho ..., up 41% from the 112,400 fish": A named by a word
  // for any such count, generic_count.)
  const auto comparable = [&](const Figure& a, const Figure& b) {
    return compatible(a, b) || (elided && a.kind == QuantityKind::number && b.kind == QuantityKind::currency) ||
           (implicit && money_left_out(a, b)) || generic_count(a, b);
  };
  for (const std::uint32_t b : figure_tokens) {
    // B, a few words or dates of when or what ("last month", "between
    // January and September"), then a comma; a price may name its unit
    // first ("topped at 412c/kg, up 9 per cent on the 368c/kg top").
    const bool per_unit = b + 2 < t.size() && t[b + 1].type == ArithToken::Type::punct && t[b + 1].text == "/" &&
                          !word(b + 2).empty();
    // ("fell to 1.21m barrels per day (b/d) in October, down 12% from":
    // "per" and its word, then the rate's abbreviation in brackets.)
    std::size_t rate_end = per_unit ? b + 3 : b + 1;
    if (word(rate_end) == "per" && !word(rate_end + 1).empty()) {
      rate_end += 2;
      if (rate_end < t.size() && t[rate_end].type == ArithToken::Type::punct && t[rate_end].text == "(") {
        std::size_t close = rate_end + 1;
        while (close < t.size() && close < rate_end + 5 &&
               (!word(close).empty() || (t[close].type == ArithToken::Type::punct && t[close].text == "/"))) {
          ++close;
        }
        if (close > rate_end + 1 && close < t.size() && t[close].type == ArithToken::Type::punct &&
            t[close].text == ")") {
          rate_end = close + 1;
        }
      }
    }
    std::size_t k = after_time_phrase(t, figures, rate_end);
    // A share's whole, a count among its words: "represent 21.4% of the
    // district's 66,300 registered voters, up 6% from the 15.4%".
    if (!comma_at(k) && figures[static_cast<std::size_t>(t[b].figure)].kind == QuantityKind::percent &&
        word(b + 1) == "of") {
      std::size_t w = b + 2;
      std::size_t words = 0;
      bool count = false;
      while (w < t.size() && words < 6 &&
             (!word(w).empty() ||
              (!count && figure_at(w) && figures[static_cast<std::size_t>(t[w].figure)].kind == QuantityKind::count))) {
        count = count || figure_at(w);
        ++words;
        ++w;
      }
      if (comma_at(w)) k = w;
    }
    // "drew 312,480 fans to Riverside Park this season, up 9.8% from A": a
    // phrase of where, then one of when, four words after "to" at most.
    // ("31,870 students across its 58 schools in September, up 640 from
    // the 31,230": a count of the whole's parts among its words.)
    if (!comma_at(k) && is_one_of(word(b + 1), {"to", "across", "into"})) {
      const std::size_t whole = is_one_of(word(b + 2), {"its", "their", "the", "all"}) && figure_at(b + 3) &&
                                        figures[static_cast<std::size_t>(t[b + 3].figure)].kind == QuantityKind::count
                                    ? b + 4
                                    : b + 2;
      if (comma_at(after_time_phrase(t, figures, whole))) k = after_time_phrase(t, figures, whole);
    }
    // "286.000 sacos de 60 kilos, 9% más que los 245.000 sacos": the size
    // of each thing a count counts, in a unit, after "of" or "de".
    if (!comma_at(k) && is_one_of(word(b + 1), {"of", "de"}) && figure_at(b + 2) &&
        figures[static_cast<std::size_t>(t[b].figure)].kind == QuantityKind::count &&
        figures[static_cast<std::size_t>(t[b + 2].figure)].kind == QuantityKind::quantity &&
        comma_at(after_time_phrase(t, figures, b + 3))) {
      k = after_time_phrase(t, figures, b + 3);
    }
    const auto copula = [&](std::size_t i) { return is_one_of(word(i), {"was", "is", "were", "are", "fue", "es"}); };
    // "B was 12 per cent higher than A": a verb of being right after B or
    // after its noun ("1.42 million TEU was") instead of the comma.
    // ("The 68 league goals they scored were 24% more than the 52": a
    // clause of up to three words between.)
    std::size_t verb = t.size();
    for (std::size_t v = b + 1; v < t.size() && v <= b + 4 && verb == t.size() && !word(v).empty(); ++v) {
      if (copula(v)) verb = v;
    }
    // "Los 341 millones de pesos obtenidos por boletos y abonos representan
    // un incremento de 24% frente a los 289 millones": a verb of what B
    // amounts to, up to six words after it, then the change named.
    for (std::size_t v = b + 1; v < t.size() && v <= b + 7 && verb == t.size() && !word(v).empty(); ++v) {
      if (is_one_of(word(v), {"representan", "representa", "represent\xC3\xB3", "representaron", "suponen", "supone",
                              "supuso", "supusieron", "represent", "represents", "represented"}) &&
          is_one_of(word(v + 1), {"un", "una", "a", "an"}) && is_change_noun(word(v + 2))) {
        verb = v;
      }
    }
    if (verb == t.size() && (k + 1 >= t.size() || !comma_at(k))) continue;
    const Figure& fb = figures[static_cast<std::size_t>(t[b].figure)];
    k = verb < t.size() ? verb : k;
    ++k;
    // A clause of attribution, set off by commas, with no figure but dates;
    // or an apposition, then a verb of being ("B, the standard measure of
    // twenty-foot container equivalents, was 12 per cent higher than A").
    if (verb == t.size()) {
      std::size_t e = k;
      bool attributed = false;
      bool figure = false;
      while (e < k + 14 && e < t.size() && !comma_at(e) && (!word(e).empty() || figure_at(e))) {
        attributed = attributed || is_attribution_word(word(e));
        figure = figure || (figure_at(e) && !date_at(t, figures, e));
        ++e;
      }
      if (comma_at(e) && e > k) {
        if (attributed && !figure) {
          k = e + 1;
        } else if (copula(e + 1)) {
          k = e + 2;
        }
      }
    }
    for (int changes = 0; changes < 4; ++changes) {
      Change c;
      c.to = t[b].figure;
      c.first = b;
      elided = false;
      implicit = false;
      if (!stated_from(k, c, fb)) break;
      const Figure& fa = figures[static_cast<std::size_t>(c.from)];
      const Figure& fs = figures[static_cast<std::size_t>(t[static_cast<std::size_t>(c.stated)].figure)];
      // An amount of change a tenth of the gap or less, between figures ten
      // times apart, is of other figures: "31,870 students across its 58
      // schools in September, up 640 from the 31,230".
      const bool amount_off = fs.kind != QuantityKind::percent && fs.kind != QuantityKind::multiplier &&
                              too_far_apart(fa, fb, 0) && fs.value * 10 < std::abs(fb.value - fa.value);
      if (comparable(fa, fb) && !too_far_apart(fa, fb, fs.value) && !amount_off) out.push_back(c);
      // A second change of the same B: a few words ("in September"),
      // then "and".
      k = c.last;
      std::size_t steps = 0;
      while (steps < 5 && !word(k).empty() && word(k) != "and") {
        ++k;
        ++steps;
      }
      if (word(k) != "and") break;
      ++k;
    }
  }
}

// Words of units of time after a number: "the four months to March",
// "los cuatro primeros meses".
constexpr CueWords k_time_units{std::to_array<std::string_view>(
    {"day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "d\xC3\xAD" "as",
     "semana", "semanas", "mes", "meses", "trimestre", "trimestres", "a\xC3\xB1o", "a\xC3\xB1os"})};

// Whether figure `f`, followed by the word `next`, counts units of time
// ("the first four months", "los cuatro primeros meses"): its unit, the
// word after it, or an ordinal opening its measure says so.
bool counts_period(const Figure& f, std::string_view next) {
  if (is_one_of(next, {"first", "last", "primeros", "primeras"}) || k_time_units.contains(next) ||
      k_time_units.contains(measure_head(f.unit))) {
    return true;
  }
  if (!f.claim) return false;
  const std::string_view measure = f.claim->measure;
  return measure.starts_with("primeros ") || measure.starts_with("primeras ") || measure.starts_with("first ");
}

// "B, compared with A in 2025 - a gain of N points": B, a comparison with
// A ("compared with", "against", "up from"...), a few words of when or where, and a change stated after a comma or a
// dash. The change holds B (the nearest figure before the comma that
// can be compared with A) and A; stated_change() reads what follows.
void add_compared(ArithTokens t, const std::vector<Figure>& figures, std::vector<Change>& out) {
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == ArithToken::Type::word ? t[i].text : std::string_view();
  };
  const auto punct = [&](std::size_t i, std::string_view p) {
    return i < t.size() && t[i].type == ArithToken::Type::punct && t[i].text == p;
  };
  const auto figure = [&](std::size_t i) -> const Figure& { return figures[static_cast<std::size_t>(t[i].figure)]; };
  // The whole a figure before it is part of: "29 vacant units among the
  // town's 214 shops", "12 out of its 40 branches", "entre los 214".
  const auto names_whole = [&](std::size_t i) {
    if (i == 0) return false;
    std::size_t k = i - 1;
    for (int steps = 0; steps < 2 && k > 0 &&
                        (is_one_of(word(k), {"the", "its", "their", "his", "her", "los", "las", "sus"}) ||
                         word(k).ends_with("'s") || word(k).ends_with("\xE2\x80\x99s"));
         ++steps) {
      --k;
    }
    if (word(k) == "among" || word(k) == "entre") return k < i - 1 || word(k) == "among";
    return word(k) == "of" && k > 0 && word(k - 1) == "out";
  };
  // The sentence's first figure, sought when a comparison needs it.
  std::optional<std::size_t> first_figure_at;
  const auto first_figure = [&](std::size_t i) {
    if (!first_figure_at) {
      first_figure_at = t.size();
      for (std::size_t j = 0; j < t.size() && *first_figure_at == t.size(); ++j) {
        if (t[j].type == ArithToken::Type::figure) first_figure_at = j;
      }
    }
    return i == *first_figure_at;
  };
  for (std::size_t c = 1; c + 1 < t.size(); ++c) {
    if (!punct(c, ",")) continue;
    std::size_t k = c + 1;
    if (word(k) == "compared" && (word(k + 1) == "with" || word(k + 1) == "to")) {
      k += 2;
    } else if (word(k) == "against" || word(k) == "versus" || word(k) == "vs" || word(k) == "contra") {
      ++k;  // Spanish "contra $ 18.430 millones del ejercicio anterior"
    } else if ((word(k) == "up" || word(k) == "down") && word(k + 1) == "from") {
      k += 2;  // "41% of net spending, up from 37% five years ago, an increase of 4%"
    } else if (word(k) == "frente" && (word(k + 1) == "a" || word(k + 1) == "al")) {
      k += 2;  // Spanish: "frente al 58,1% de 2021"
    } else if (word(k) == "comparado" && word(k + 1) == "con") {
      k += 2;
    } else {
      continue;
    }
    // "frente a los 24,6 millones", "compared with the 3,500".
    const bool article = is_one_of(word(k), {"the", "los", "las", "el", "la"});
    if (article) ++k;
    if (k >= t.size() || t[k].type != ArithToken::Type::figure) continue;
    const std::size_t a = k;
    // "1.845.300 toneladas de aceituna, frente a las 2.012.600": after an
    // article, a bare A takes B's noun.
    const auto bare_a_of = [&](std::size_t i) {
      return article && figure(a).kind == QuantityKind::number &&
             (figure(i).kind == QuantityKind::count || figure(i).kind == QuantityKind::quantity);
    };
    // B: the nearest figure before the comma that compares with A ("2.8%
    // of forecast GDP of 893 billion, compared with 2.5%"), sixteen
    // tokens back at most, over the commas of a list ("5,900 claims for
    // homes, vehicles and businesses, compared with 4,200") but no other
    // mark.
    std::size_t b = t.size();
    // A figure ten times A or a tenth of it is taken only when no other
    // fits: "6,480 runners registered across the event's four distances
    // this year, up from 5,910".
    std::size_t far = t.size();
    // "10 Halyard missions so far in 2026, compared with four": a bare
    // whole A counts B's noun.
    const bool bare_whole_a = figure(a).kind == QuantityKind::number && figure(a).value >= 1 &&
                              figure(a).value == std::floor(figure(a).value);
    // Past sixteen tokens, only the sentence's first figure is taken:
    // "81.6 per cent of its services reached their destinations within a
    // minute of the timetable in the four weeks to Saturday 31 January, up
    // from 78.2 per cent".
    for (std::size_t i = c, steps = 0; i > 0 && steps < 32; ++steps) {
      --i;
      // "hasta 1.212.000 TEU (la unidad equivalente a un contenedor de
      // veinte pies), frente a los 1.046.000": an aside in brackets right
      // before the comma is passed over, its figures none of B.
      if (punct(i, ")") && i + 1 == c) {
        std::size_t open = i;
        while (open > 0 && i - open < 24 && !punct(open, "(")) --open;
        if (!punct(open, "(")) break;
        i = open;
        continue;
      }
      if (t[i].type == ArithToken::Type::punct && t[i].text != ",") break;
      if (steps >= 16 && t[i].type == ArithToken::Type::figure && !first_figure(i)) continue;
      // A figure of a length of time is none ("sumaron 610 en los cuatro
      // primeros meses de 2026, frente a las 480").
      if (t[i].type == ArithToken::Type::figure && counts_period(figure(i), word(i + 1))) continue;
      // Nor is the whole of the figure before it.
      if (t[i].type == ArithToken::Type::figure && names_whole(i)) continue;
      // "28,9 millones de euros, frente a los 24,6 millones": A may leave
      // the currency out.
      if (t[i].type == ArithToken::Type::figure &&
          (compatible(figure(i), figure(a)) || money_left_out(figure(i), figure(a)) || bare_a_of(i) ||
           (bare_whole_a && figure(i).kind == QuantityKind::count))) {
        if (too_far_apart(figure(a), figure(i), 0)) {
          if (far == t.size()) far = i;
          continue;
        }
        b = i;
        break;
      }
    }
    if (b == t.size()) b = far;
    if (b == t.size()) continue;
    // After A: words, dates and lengths of time ("five years ago") only,
    // then the comma or dash that sets off the stated change.
    const auto duration = [&](std::size_t i) {
      return t[i].type == ArithToken::Type::figure && figure(i).kind == QuantityKind::duration;
    };
    std::size_t e = a + 1;
    // ("de la campaña 2024/2025": a slash between two words.)
    while (e < a + 16 && e < t.size() &&
           (!word(e).empty() || date_at(t, figures, e) || duration(e) ||
            (punct(e, "/") && e + 1 < t.size() && !word(e + 1).empty())) &&
           !is_dash(t[e])) {
      ++e;
    }
    // Or the sentence ends, the change told before B: "revenue rose 12.6%
    // to £186.4m in the year to December 31, compared with £171.2m in
    // 2024."
    const bool ends = e >= t.size() || (punct(e, ".") && e + 1 == t.size());
    // "to B"; Spanish "hasta (los) B": "creció un 9,8% hasta los 3.410
    // millones de euros, frente a los 3.020 millones ...".
    std::size_t to_at = t.size();
    if (b > 0 && is_one_of(word(b - 1), {"to", "hasta"})) {
      to_at = b - 1;
    } else if (b > 1 && is_one_of(word(b - 1), {"los", "las", "el", "la"}) && word(b - 2) == "hasta") {
      to_at = b - 2;
    } else if (const std::size_t n = level_verb_before(t, b)) {
      to_at = b - n;  // "rose 12% and reached B", "crecieron 22% y llegaron a B, frente a A"
    }
    const bool told_before = to_at < t.size();
    // Or the sentence ends with no change told, B the one figure before
    // the comparison: "Sales stood at 3,871, against 4,126 a year ago."
    // (the sentence after may size the change: "The drop of 285 ...").
    const auto only_figure_before = [&] {
      for (std::size_t i = 0; i < c; ++i) {
        // (A factor is no level: "has tripled: ... 10 missions, compared
        // with four".)
        // (Nor is a length of time when B is none: "38.2% were in
        // remission after 52 weeks, compared with 21.5%".)
        if (i != b && t[i].type == ArithToken::Type::figure && !date_at(t, figures, i) && !names_whole(i) &&
            figure(i).kind != QuantityKind::multiplier &&
            !(figure(i).kind == QuantityKind::duration && figure(b).kind != QuantityKind::duration)) {
          return false;
        }
      }
      return true;
    };
    // A's phrase ends at a comma, a dash, or a colon before the change
    // ("contra el 29,8% de febrero: un salto del 1,4%").
    if (!(e < t.size() && (punct(e, ",") || punct(e, ":") || is_dash(t[e]))) &&
        !(ends && (told_before || only_figure_before()))) {
      continue;
    }
    // One change once: "to B, up from A" is read by add_changes too.
    if (std::any_of(out.begin(), out.end(),
                    [&](const Change& o) { return o.from == t[a].figure && o.to == t[b].figure; })) {
      continue;
    }
    Change ch;
    ch.from = t[a].figure;
    ch.to = t[b].figure;
    // "rose N% to B": the change before B is read from "to", as when the
    // clause after A's comma tells no figure ("crecieron un 18%, hasta los
    // B, frente a los A de 2024, gracias sobre todo a ...").
    const auto figure_told_after = [&] {
      for (std::size_t x = e + 1; x < t.size() && t[x].type != ArithToken::Type::punct; ++x) {
        if (t[x].type == ArithToken::Type::figure) return true;
      }
      return false;
    };
    ch.first = told_before && (ends || !figure_told_after()) ? to_at : b;
    ch.last = e;
    out.push_back(ch);
  }
}

// "1,190 kindergartners this fall, a figure that has nearly halved since
// 2016, when 1,620 enrolled"; "que se ha reducido a la mitad desde
// febrero de 2022, cuando sumaba 7.940, se situó ... en 4.615": a factor
// right before "since" ("desde") and a date, A in the clause "when"
// ("cuando") opens after a comma, B the nearest figure before the factor
// or, with none, the first after A's clause. The change's first token is
// "since", so the factor is read before it (see stated_change).
void add_since_when(ArithTokens t, const std::vector<Figure>& figures, std::vector<Change>& out) {
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == ArithToken::Type::word ? t[i].text : std::string_view();
  };
  const auto figure = [&](std::size_t i) -> const Figure& { return figures[static_cast<std::size_t>(t[i].figure)]; };
  const auto plain = [&](std::size_t i) {
    return i < t.size() && t[i].type == ArithToken::Type::figure && !date_at(t, figures, i) &&
           figure(i).kind != QuantityKind::multiplier && figure(i).kind != QuantityKind::duration &&
           !figure(i).range_side && figure(i).asserted;
  };
  for (std::size_t f = 0; f + 4 < t.size(); ++f) {
    // ("desde febrero de 2022" may be one date, its bound below.)
    const bool since_date = t[f + 1].type == ArithToken::Type::figure && figure(f + 1).kind == QuantityKind::date &&
                            figure(f + 1).claim && figure(f + 1).claim->quantity.qualifier == "lower-bound";
    if (word(f + 1) != "since" && word(f + 1) != "desde" && !since_date) continue;
    // ("se ha reducido a la mitad", "fell by half": a half read as 0.5.)
    const bool half = f >= 2 && t[f].type == ArithToken::Type::figure && figure(f).value == 0.5 &&
                      ((word(f - 1) == "la" && word(f - 2) == "a") || word(f - 1) == "by" || word(f - 1) == "in");
    const bool factor = (t[f].type == ArithToken::Type::figure && figure(f).kind == QuantityKind::multiplier) ||
                        word(f) == "halved" || half;
    if (!factor) continue;
    // The date, then a comma and "when".
    std::size_t k = f + 2;
    while (k < t.size() && k < f + 7 && (!word(k).empty() || date_at(t, figures, k))) ++k;
    if (k + 2 >= t.size() || (k == f + 2 && !since_date) || t[k].type != ArithToken::Type::punct || t[k].text != "," ||
        !(word(k + 1) == "when" || word(k + 1) == "cuando")) {
      continue;
    }
    std::size_t a = k + 2;
    while (a < t.size() && a < k + 8 && !word(a).empty()) ++a;
    if (!plain(a)) continue;
    // B before the factor, back to the sentence's start or a mark other
    // than a comma; else after A's clause.
    std::size_t b = t.size();
    for (std::size_t i = f, steps = 0; i > 0 && steps < 16; ++steps) {
      --i;
      if (t[i].type == ArithToken::Type::punct && t[i].text != ",") break;
      if (plain(i)) {
        b = i;
        break;
      }
    }
    if (b == t.size()) {
      std::size_t c = a + 1;
      while (c < t.size() && c < a + 4 && t[c].type != ArithToken::Type::punct) ++c;
      for (std::size_t i = c + 1; c < t.size() && t[c].text == "," && i < t.size() && i < c + 10; ++i) {
        if (plain(i)) {
          b = i;
          break;
        }
        if (t[i].type != ArithToken::Type::word) break;
      }
    }
    if (b == t.size() || !compatible(figure(a), figure(b))) continue;
    out.push_back({t[a].figure, t[b].figure, f + 1, a + 1});
  }
}

// The words of a time phrase after B of "from A to B": "in 2025", "en
// 2025", "last year", "this fall", "el pasado trimestre", or of what B is
// per: "a day".
constexpr CueWords k_after_b_time_words{std::to_array<std::string_view>(
    {"in", "en", "last", "this", "year", "month", "quarter", "season", "fall", "autumn", "spring", "summer", "winter",
     // "a 49% hacia 2050,", "para 2050,".
     "hacia", "para",
     // "to 49.12p a day,": what B is per.
     "a", "per", "day", "week", "night",
     "el", "del", "a\xC3\xB1o", "pasado", "mes", "trimestre", "temporada", "oto\xC3\xB1o", "primavera", "verano",
     "invierno",
     // "a 0,78 euros este año,", "por kilo".
     "este", "esta", "semestre", "ejercicio", "por", "kilo", "litro",
     // "de 3.40% a 4.70% anual,": the rate's period.
     "anual", "interanual", "mensual", "annual", "annualised", "annualized", "year-on-year",
     // "from 22 percent in 2018 to 31 percent today,", "al 31% hoy,".
     "today", "now", "currently", "hoy", "actualmente",
     // "a 118 días al cierre del pasado año,", "to 118 at the end of last year,".
     "al", "cierre", "final", "fin", "at", "the", "end", "close", "of",
     // "to 47.6 per cent on Saturday,".
     "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "Monday", "Tuesday",
     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})};

// Appends the changes (see ArithmeticInput::changes()) of a sentence's
// tokens, whose figures are at `figure_tokens`, to `out`.
// Months and periods, which make the words they stand in a phrase of
// when: "de 3.950 en mayo del año pasado a 5.860".
constexpr CueWords k_period_words{std::to_array<std::string_view>(
    {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
     "december", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
     "octubre", "noviembre", "diciembre", "year", "year's", "quarter", "month", "season", "a\xC3\xB1o",
     "trimestre", "semestre", "mes", "temporada"})};

void add_changes(ArithTokens t, std::span<const std::uint32_t> figure_tokens, const std::vector<Figure>& figures,
                 std::vector<Change>& out) {
  const auto word = [&](std::size_t i, std::string_view w) {
    return t[i].type == ArithToken::Type::word && t[i].text == w;
  };
  // "from A to B" and "to B from A": a word before each figure. Between
  // them is no figure, so they are next to each other in figure_tokens.
  // The second form may set "from A" off with a comma, and "up" or
  // "down" ("rose 12% to 9.8 million tonnes, up from 8.1 million").
  // "from A in 2024 to B in 2025", "de 1,8 millones de TEU en 2024 a
  // 2,34 millones": up to four words or dates after A; eight after "when"
  // ("from £2.1bn when it won its contract in 2023 to £2.6bn"), with a
  // date among them ("a mediados de noviembre") and in "desde A ... hasta
  // B", whose words say where each end is.
  const auto gap = [&](std::size_t a, std::size_t to, bool long_pair = false) {
    // "when it won its contract in 2023", "at the start of the year".
    const bool when = a + 2 < t.size() && t[a + 1].type == ArithToken::Type::word &&
                      (is_one_of(t[a + 1].text, {"when", "cuando"}) ||
                       (is_one_of(t[a + 1].text, {"at", "in", "by"}) && t[a + 2].type == ArithToken::Type::word &&
                        t[a + 2].text == "the"));
    // ("from 79.1 per cent of gross domestic product at the end of 2024 to
    // 70.4 per cent": what a share is of, then when, is longer.)
    const bool of_whole = a + 1 < t.size() && t[a + 1].type == ArithToken::Type::word &&
                          is_one_of(t[a + 1].text, {"of", "de", "del"});
    if (to <= a || to > a + (of_whole ? 13 : 9)) return false;
    bool dated = false;
    for (std::size_t k = a + 1; k < to; ++k) {
      // A financial year with a slash: "in 2024/25".
      if (k + 1 < to && financial_year_slash(t, a + 1, k)) continue;
      if (t[k].type != ArithToken::Type::word && !date_at(t, figures, k)) return false;
      dated = dated || t[k].type != ArithToken::Type::word ||
              is_one_of(t[k].text, {"mediados", "principios", "finales", "fines", "comienzos", "inicios", "end",
                                    "start", "beginning", "middle"}) ||
              k_period_words.contains(t[k].text) ||
              year_word(t[k].text);
    }
    // "de 148.000 litros diarios a mediados de noviembre a 96.000", "de
    // 41.200 viajeros en el verano de 2025 a 72.900": a date, a year or a
    // word of a part of a month or year in the gap makes it a phrase of
    // when.
    return to <= a + 5 || when || long_pair || dated;
  };
  // ", or $1.07 a diluted share,", ", or 12% of sales,": a figure told
  // again in other terms, between commas after the one it restates. The
  // token after the apposition's closing comma if one opens after token
  // `a`, else a + 1.
  const auto past_apposition = [&](std::size_t a) {
    if (a + 3 >= t.size() || t[a + 1].type != ArithToken::Type::punct || t[a + 1].text != "," ||
        !(word(a + 2, "or") || word(a + 2, "o")) || t[a + 3].type != ArithToken::Type::figure) {
      return a + 1;
    }
    for (std::size_t k = a + 4; k < t.size() && k <= a + 9; ++k) {
      if (t[k].type == ArithToken::Type::punct && t[k].text == ",") return k + 1;
      if (t[k].type != ArithToken::Type::word) break;
    }
    return a + 1;
  };
  const auto restated = [&](std::size_t x) {
    return x >= 3 && t[x - 1].type == ArithToken::Type::word && (t[x - 1].text == "or" || t[x - 1].text == "o") &&
           t[x - 2].type == ArithToken::Type::punct && t[x - 2].text == "," && past_apposition(x - 3) > x;
  };
  static constexpr std::pair<std::string_view, std::string_view> k_from_to[] = {
      {"from", "to"}, {"de", "a"}, {"desde", "hasta"}, {"desde", "a"}, {"del", "al"}};
  // "in the six months to 31 December", "over the past 12 months": a
  // length of time after "the" is part of a phrase of when, no figure a
  // change is between.
  const auto period = [&](std::size_t k) {
    return figures[static_cast<std::size_t>(t[k].figure)].kind == QuantityKind::duration && k > 0 &&
           t[k - 1].type == ArithToken::Type::word && is_one_of(t[k - 1].text, {"the", "past", "last", "first"});
  };
  // "to GH₵2.91 billion from the original contract sum of GH₵2.34
  // billion": "from", "the" or a possessive, up to three words naming A,
  // and "of" right before the figure at token b; the token of "from", or
  // 0.
  const auto named_from = [&](std::size_t b) -> std::size_t {
    if (b < 4 || !word(b - 1, "of")) return 0;
    for (std::size_t k = b - 2, words = 0; k >= 2 && words < 3 && t[k].type == ArithToken::Type::word; --k, ++words) {
      if (word(k - 1, "the") || word(k - 1, "its") || word(k - 1, "their")) {
        return word(k - 2, "from") ? k - 2 : 0;
      }
    }
    return 0;
  };
  for (std::size_t j = 0; j + 1 < figure_tokens.size(); ++j) {
    const std::size_t a = figure_tokens[j];
    if (date_at(t, figures, a) || restated(a) || period(a)) continue;
    std::size_t next = j + 1;
    while (next < figure_tokens.size() &&
           (date_at(t, figures, figure_tokens[next]) || restated(figure_tokens[next]) || period(figure_tokens[next]))) {
      ++next;
    }
    if (next == figure_tokens.size()) break;
    const std::size_t b = figure_tokens[next];
    if (a == 0 || b < a + 2) continue;
    // Spanish sets an article before each figure: "desde el 44,8% hasta el
    // 41,3%".
    const auto article = [&](std::size_t k) {
      return t[k].type == ArithToken::Type::word && is_one_of(t[k].text, {"el", "la", "los", "las"});
    };
    const std::size_t i = a >= 2 && article(a - 1) ? a - 2 : a - 1;
    const std::size_t to_word = b >= a + 3 && article(b - 1) ? b - 2 : b - 1;
    Change c;
    bool to_from = false;  // "to B ... from A", "hasta B ... desde A"
    const std::size_t after_a = past_apposition(a);
    const bool from_to = std::any_of(std::begin(k_from_to), std::end(k_from_to), [&](const auto& p) {
      return word(i, p.first) && word(to_word, p.second) &&
             (to_word == after_a || gap(after_a - 1, to_word, p.first == "desde" && p.second == "hasta"));
    });
    if (from_to) {
      c = {t[a].figure, t[b].figure, i, b + 1};
      // ", a 25% increase" may follow a time phrase of B ("to B in 2025,").
      std::size_t e = b + 1;
      while (e < b + 6 && e < t.size() &&
             (date_at(t, figures, e) || (t[e].type == ArithToken::Type::word &&
                                         (k_after_b_time_words.contains(t[e].text) ||
                                          year_word(t[e].text))))) {
        ++e;
      }
      // "in the year to March 2025,", "en los últimos cinco años,": a
      // longer phrase of when.
      if (const std::size_t l = after_time_phrase(t, figures, b + 1);
          b + 1 < t.size() &&
          (word(b + 1, "in") || word(b + 1, "over") || word(b + 1, "en") || word(b + 1, "between") ||
           word(b + 1, "entre") || word(b + 1, "at") || word(b + 1, "by")) &&
          l < t.size() &&
          t[l].type == ArithToken::Type::punct && t[l].text == ",") {
        e = std::max(e, l);
      }
      // "from Rs 8.20 to Rs 8.90 per unit, a rise of 6.2 per cent": the
      // unit both prices are per (a word or two after "per" or "por").
      if (e < t.size() && e > b + 1 && (word(e - 1, "per") || word(e - 1, "por")) &&
          t[e].type == ArithToken::Type::word) {
        std::size_t u = e;
        while (u < t.size() && u <= e + 1 && t[u].type == ArithToken::Type::word) ++u;
        e = u;
      }
      if (e > b + 1 && e < t.size() && ((t[e].type == ArithToken::Type::punct && t[e].text == ",") || is_dash(t[e]))) {
        c.last = e;
      }
    } else if ((word(i, "to") &&
                (word(b - 1, "from") ||
                 // ("down from its $41.2 million debut": a possessive too.)
                 (b >= a + 3 && (word(b - 1, "the") || word(b - 1, "its") || word(b - 1, "their")) &&
                  word(b - 2, "from")) ||
                 named_from(b) > a)) ||
               (word(i, "hasta") && word(to_word, "desde")) ||
               // "retrocedió un 5,1%, a 26.400 onzas desde 28.800 onzas".
               (word(i, "a") && word(to_word, "desde"))) {
      // Past B: a phrase of when ("in the year to March") before a comma,
      // the separators, then "from" ("hasta los B desde los A"; "to $340
      // million from the $180 million state officials first offered").
      const std::size_t from_word = !word(i, "to")      ? to_word
                                    : word(b - 1, "from") ? b - 1
                                    : named_from(b) > a   ? named_from(b)
                                                          : b - 2;
      std::size_t k = after_time_phrase(t, figures, after_a);
      if (k == after_a || k >= from_word || t[k].type != ArithToken::Type::punct || t[k].text != ",") k = after_a;
      // "rose 3.5% to 24,180 in April from 23,370 in March": a short
      // phrase of when (up to four words: "so far this year"), no comma,
      // then "from".
      if (k == after_a && from_word > after_a && from_word <= after_a + 4) {
        bool when = true;
        for (std::size_t w = after_a; w < from_word && when; ++w) {
          when = date_at(t, figures, w) || t[w].type == ArithToken::Type::word;
        }
        if (when) k = from_word;
      }
      // "doubled to R2.14bn in the six months to 31 December from
      // R1.31bn": a longer phrase of when, no comma, then "from".
      if (k == after_a && from_word > after_a + 3 && (word(after_a, "in") || word(after_a, "over") || word(after_a, "during")) &&
          after_time_phrase(t, figures, after_a) > from_word) {
        k = from_word;
      }
      // "fell to 41% of the soybean acreage this season from 48%": the
      // whole of a share, then a few words of when, before "from".
      if (k == after_a && word(after_a, "of") && from_word <= after_a + 8 &&
          figures[static_cast<std::size_t>(t[a].figure)].kind == QuantityKind::percent) {
        std::size_t w = after_a + 1;
        while (w < from_word && t[w].type == ArithToken::Type::word) ++w;
        if (w == from_word) k = from_word;
      }
      // "rose 19% to 0.58 homes per outlet per week, from 0.51": the
      // rate's noun and "per" phrases (a word each).
      if (k == after_a) {
        std::size_t w = after_a;
        if (w + 1 < from_word && t[w].type == ArithToken::Type::word && (word(w + 1, "per") || word(w + 1, "por"))) ++w;
        while (w + 2 < from_word && (word(w, "per") || word(w, "por")) && t[w + 1].type == ArithToken::Type::word) w += 2;
        // "$10.25 per kilogram of milksolids (kgMS), up from": what the
        // unit is of, and its abbreviation in brackets.
        // ("A$1,940 an ounce of gold on a by-product basis, from": "a" or
        // "an" for "per", and how it is reckoned, "on a ... basis".)
        if (w == after_a && w + 2 < from_word && (word(w, "a") || word(w, "an")) &&
            t[w + 1].type == ArithToken::Type::word) {
          w += 2;
        }
        if (w > after_a && w + 2 < from_word && word(w, "of") && t[w + 1].type == ArithToken::Type::word) w += 2;
        if (w > after_a && w + 4 < from_word && word(w, "on") && (word(w + 1, "a") || word(w + 1, "an")) &&
            word(w + 3, "basis")) {
          w += 4;
        }
        if (w > after_a && w + 3 < from_word && t[w].type == ArithToken::Type::punct && t[w].text == "(" &&
            t[w + 1].type == ArithToken::Type::word && t[w + 2].type == ArithToken::Type::punct &&
            t[w + 2].text == ")") {
          w += 3;
        }
        if (w > after_a && t[w].type == ArithToken::Type::punct && t[w].text == ",") k = w;
      }
      // "to 212,000 twenty-foot equivalent units (TEU), from 195,000": an
      // aside in brackets, words only, right after B and before the comma.
      if (k == after_a && k + 2 < from_word && t[k].type == ArithToken::Type::punct && t[k].text == "(") {
        std::size_t w = k + 1;
        while (w < from_word && w < k + 7 && t[w].type == ArithToken::Type::word) ++w;
        if (w > k + 1 && w + 1 < from_word && t[w].type == ArithToken::Type::punct && t[w].text == ")" &&
            t[w + 1].type == ArithToken::Type::punct && t[w + 1].text == ",") {
          k = w + 1;
        }
      }
      if (k < from_word && t[k].type == ArithToken::Type::punct && t[k].text == ",") ++k;
      if (k < from_word && (word(k, "up") || word(k, "down"))) ++k;
      if (k != from_word) continue;
      c = {t[b].figure, t[a].figure, i, b + 1};
      to_from = true;
      // ", a rise of 8%" may follow a phrase of when of A ("from £1,140
      // a year earlier,").
      if (const std::size_t e = after_time_phrase(t, figures, b + 1);
          e > b + 1 && e < t.size() && ((t[e].type == ArithToken::Type::punct && t[e].text == ",") || is_dash(t[e]))) {
        c.last = e;
      }
    } else {
      continue;
    }
    const Figure& fa = figures[static_cast<std::size_t>(c.from)];
    const Figure& fb = figures[static_cast<std::size_t>(c.to)];
    // "al pasar de 2.310 euros ... a los 3.980 actuales": between "from"
    // and "to", a bare figure leaves out the other's currency too (and
    // after "hasta 412 millones de dólares, desde los 362 millones").
    const bool elided_money = (from_to || to_from) &&
                              ((fa.kind == QuantityKind::number && fb.kind == QuantityKind::currency) ||
                               (fb.kind == QuantityKind::number && fa.kind == QuantityKind::currency));
    if (!compatible(fa, fb) && !elided_money) continue;
    out.push_back(c);
  }
  add_stated_after(t, figure_tokens, figures, out);
  add_compared(t, figures, out);
  add_since_when(t, figures, out);
}

// Writes the `n` bytes at `from` to `to` with 'A' to 'Z' lowercased, a
// block at a time: it may read up to `from_end` and writes up to
// bytes::Block::size - 1 bytes past `to + n`.
void lowercase_into(const char* from, std::size_t n, const char* from_end, char* to) {
  std::size_t i = 0;
  for (; i < n && from + i + bytes::Block::size <= from_end; i += bytes::Block::size) {
    bytes::Block::load(from + i).ascii_lower().store(to + i);
  }
  for (; i < n; ++i) to[i] = lower(from[i]);
}

}  // namespace

ArithmeticInput::ArithmeticInput(const Document& d, const std::vector<Claim>& claims,
                                 std::span<const DateMention> dates)
    : doc(d) {
  figures.reserve(claims.size());  // one figure a claim but for ranges
  for (const Claim& c : claims) {
    if (c.sentence >= doc.sentences.size()) continue;
    if (c.quantity.kind == QuantityKind::date || c.quantity.kind == QuantityKind::ordinal) continue;
    add_figures(doc, c, figures);
  }
  dates_.reserve(dates.size());
  for (const DateMention& m : dates) {
    if (m.sentence >= doc.sentences.size()) continue;
    const std::size_t base = doc.sentences[m.sentence].range.begin;
    dates_.push_back({base + m.range.begin, base + m.range.end});
  }
  const auto begins_before = [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; };
  if (!std::is_sorted(dates_.begin(), dates_.end(), begins_before)) {
    std::sort(dates_.begin(), dates_.end(), begins_before);
  }
  const auto text_order = [](const Figure& a, const Figure& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.range.begin < b.range.begin;
  };
  // Claims come in text order, mostly: sorting is then only a check.
  if (!std::is_sorted(figures.begin(), figures.end(), text_order)) {
    std::stable_sort(figures.begin(), figures.end(), text_order);
  }
  // The scanned sentences, each with its first figure: figures are in
  // sentence order.
  slot_.assign(doc.sentences.size(), k_not_scanned);
  std::size_t count = 0;
  for (std::size_t k = 0; k < figures.size(); ++k) {
    count += k == 0 || figures[k].sentence != figures[k - 1].sentence;
  }
  scanned_.reserve(count);
  scanned_sentences_.reserve(count);
  for (std::size_t k = 0; k < figures.size(); ++k) {
    const std::size_t s = figures[k].sentence;
    if ((k > 0 && s == figures[k - 1].sentence) || doc.sentences[s].range.size() > k_max_sentence_bytes) continue;
    slot_[s] = scanned_.size();
    scanned_.emplace_back().sentence = s;
    scanned_.back().first_figure = k;
    scanned_sentences_.push_back(s);
  }
  set_window(0, doc.sentences.size());
}

bool ArithmeticInput::in_date(const ArithToken& t) const {
  // The last date starting at or before the token.
  auto it = std::upper_bound(dates_.begin(), dates_.end(), t.range.begin,
                             [](std::size_t at, const ByteRange& r) { return at < r.begin; });
  return it != dates_.begin() && std::prev(it)->contains(t.range);
}

void ArithmeticInput::set_window(std::size_t first, std::size_t end) {
  window_first_ = first;
  window_end_ = end;
  // The window's scanned sentences: scanned_sentences_ is in text order.
  const auto b = scanned_sentences_.begin();
  window_slots_first_ = static_cast<std::size_t>(std::lower_bound(b, scanned_sentences_.end(), first) - b);
  window_slots_end_ =
      std::max(window_slots_first_, static_cast<std::size_t>(std::lower_bound(b, scanned_sentences_.end(), end) - b));
  made_ = false;
}

std::size_t ArithmeticInput::window_end(std::size_t first, std::size_t budget) const {
  const std::size_t n = doc.sentences.size();
  // Past the scanned sentence that reaches the budget, else past the last.
  std::size_t s = budget == 0 ? first : std::max(first, n);
  if (budget > 0) {
    std::size_t bytes = 0;
    const auto b = scanned_sentences_.begin();
    for (auto j = std::lower_bound(b, scanned_sentences_.end(), first); j != scanned_sentences_.end(); ++j) {
      bytes += doc.sentences[*j].range.size();
      if (bytes >= budget) {
        s = *j + 1;
        break;
      }
    }
  }
  while (s < n && doc.sentences[s].paragraph == doc.sentences[s - 1].paragraph) ++s;
  return s;
}

void ArithmeticInput::tokenize() const {
  made_ = true;
  const auto first = scanned_.begin() + static_cast<std::ptrdiff_t>(window_slots_first_);
  const auto end = scanned_.begin() + static_cast<std::ptrdiff_t>(window_slots_end_);
  std::size_t bytes = 0;
  for (auto sc = first; sc != end; ++sc) bytes += doc.sentences[sc->sentence].range.size();
  // Words and marks view the lowercase copy, which is not resized again
  // while they do. Each sentence's copy may spill a block's bytes into the
  // next one's, which is written after it, or into the room at the end.
  lowered_.resize(bytes + bytes::Block::size);
  tokens_.clear();
  // About one token per five bytes of prose.
  tokens_.reserve(bytes / 4 + 1);
  figure_tokens_.clear();
  changes_.clear();
  char* low = lowered_.data();
  for (auto sc = first; sc != end; ++sc) {
    const ByteRange sr = doc.sentences[sc->sentence].range;
    lowercase_into(doc.text.data() + sr.begin, sr.size(), doc.text.data() + doc.text.size(), low);
    tokenize(*sc, low);
    low += sr.size();
  }
}

void ArithmeticInput::tokenize(Scanned& sc, const char* const low) const {
  const std::size_t s = sc.sentence;
  const ByteRange sr = doc.sentences[s].range;
  sc.tokens_begin = tokens_.size();
  sc.figure_tokens_begin = figure_tokens_.size();
  const char* const text = doc.text.data();
  std::size_t k = sc.first_figure;
  // Where figure k starts if it is of this sentence, else the sentence end:
  // words stop there.
  const auto figure_start = [&] {
    return k < figures.size() && figures[k].sentence == s ? figures[k].range.begin : sr.end;
  };
  std::size_t limit = figure_start();
  std::size_t p = sr.begin;
  while (p < sr.end) {
    ArithToken t;
    if (p >= limit) {  // at or past the start of figure k
      const ByteRange r = figures[k].range;
      t.figure = static_cast<int>(k);
      ++k;
      limit = figure_start();
      if (r.end <= p) continue;
      t.type = ArithToken::Type::figure;
      t.range = r;
      figure_tokens_.push_back(static_cast<std::uint32_t>(tokens_.size() - sc.tokens_begin));
    } else {
      const char c = text[p];
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        ++p;
        continue;
      }
      std::size_t e = p + 1;
      if (is_word_byte(c)) {
        t.type = ArithToken::Type::word;
        // Word bytes, and a hyphen between two of them ("well-known").
        for (;;) {
          while (e < limit && is_word_byte(text[e])) ++e;
          if (e + 1 >= limit || text[e] != '-' || !is_word_byte(text[e + 1])) break;
          ++e;
        }
      } else {
        t.type = ArithToken::Type::punct;
      }
      t.range = {p, e};
      t.text = std::string_view(low + (p - sr.begin), e - p);
    }
    p = t.range.end;
    tokens_.push_back(t);
    // The space after most tokens, skipped here rather than by a turn of
    // the loop.
    if (p < limit && text[p] == ' ') ++p;
  }
  sc.tokens_end = tokens_.size();
  sc.figure_tokens_end = figure_tokens_.size();
  sc.changes_begin = changes_.size();
  add_changes(ArithTokens(tokens_).subspan(sc.tokens_begin),
              std::span<const std::uint32_t>(figure_tokens_).subspan(sc.figure_tokens_begin), figures, changes_);
  sc.changes_end = changes_.size();
}

double written_half_unit(std::string_view numeral, double value) {
  if (numeral.find('/') != std::string_view::npos) return 0;
  // The digits and the decimal point, without group marks: no more bytes
  // than the numeral, on the stack but for a numeral of many digits.
  std::array<char, 64> on_stack;
  std::string on_heap;
  if (numeral.size() > on_stack.size()) on_heap.resize(numeral.size());
  char* const digits = on_heap.empty() ? on_stack.data() : on_heap.data();
  std::size_t count = 0;
  std::uint64_t n = 0;  // the digits as an integer, while they are few (decimal::exact_decimal)
  int decimals = -1;
  bool any = false;
  for (std::size_t i = 0; i < numeral.size(); ++i) {
    const char c = numeral[i];
    if (is_digit(c)) {
      any = true;
      digits[count++] = c;
      n = n * 10 + static_cast<std::uint64_t>(c - '0');
      if (decimals >= 0) ++decimals;
    } else if (c == '.' && any && i + 1 < numeral.size() && is_digit(numeral[i + 1])) {
      digits[count++] = '.';
      decimals = 0;
    } else if (c == ',' && any) {
      continue;
    } else if (any) {
      break;
    }
  }
  if (!any) {
    // Spelled out: "six" is 6 ± 0.5, "two million" 2 million ± 0.5 million;
    // fraction words ("a third") are exact.
    if (value <= 0 || std::floor(value) != value) return 0;
    double p = 1;
    while (std::fmod(value, p * 10) == 0 && p * 10 <= value) p *= 10;
    return 0.5 * p;
  }
  const std::size_t digit_count = count - (decimals >= 0);
  const double literal = digit_count <= decimal::k_exact_digits
                             ? decimal::exact_decimal(n, static_cast<std::size_t>(std::max(decimals, 0)))
                             : digits_value(std::string_view(digits, count));
  // pow(10, 0) is exactly 1.
  const double unit = decimals > 0 ? decimal::pow10(-decimals) : 1.0;
  if (literal == 0) return 0.5 * unit;
  double scale = value / literal;
  // Scale words make powers of ten; anything else (a sign, "half") is kept.
  // A scale of 1 is one already (log10(1) is exactly 0).
  if (scale != 1) {
    const double p10 = pow10(std::round(std::log10(std::fabs(scale))));
    if (std::fabs(scale - p10) < 1e-6 * p10) scale = p10;
  }
  return 0.5 * unit * std::fabs(scale);
}

std::string format_figure(double value, QuantityKind kind, std::string_view unit, int decimals) {
  // Money under one unit keeps its third and fourth decimals: "€0.128",
  // not "€0.13".
  if (kind == QuantityKind::currency && std::fabs(value) < 1) decimals = std::max(decimals, 4);
  const auto plain = [decimals](double v) {
    std::string s = fmt::format("{:.{}f}", v, std::max(decimals, 0));
    if (s.find('.') != std::string::npos) {
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
    }
    // Group marks in the integer part.
    const std::size_t dot = std::min(s.find('.'), s.size());
    const std::size_t start = s[0] == '-' ? 1 : 0;
    std::string out = s.substr(0, start);
    for (std::size_t i = start; i < dot; ++i) {
      out.push_back(s[i]);
      const std::size_t left = dot - i - 1;
      if (left > 0 && left % 3 == 0) out.push_back(',');
    }
    return out + s.substr(dot);
  };
  const double a = std::fabs(value);
  std::string number;
  // Large round figures in words, as newsrooms write them.
  // Rupees in crore and lakh, as India writes them: "Rs 486 crore".
  const bool rupees = kind == QuantityKind::currency && unit == "INR";
  if (rupees && a >= 1e7) number = plain(value / 1e7) + " crore";
  else if (rupees && a >= 1e5) number = plain(value / 1e5) + " lakh";
  else if (a >= 1e9) number = plain(value / 1e9) + " billion";
  else if (a >= 1e6) number = plain(value / 1e6) + " million";
  else number = plain(value);
  if (number == "-0") number = "0";
  // Under a pound, pence as written in Britain: "53.68p", not "£0.54".
  if (kind == QuantityKind::currency && unit == "GBP" && a > 0 && a < 1) return plain(value * 100) + "p";
  // Money in cents keeps both digits: "€6.40", not "€6.4".
  if (kind == QuantityKind::currency && a < 1e6 && number.size() >= 2 && number[number.size() - 2] == '.') {
    number += '0';
  }
  switch (kind) {
    case QuantityKind::percent: return number + "%";
    case QuantityKind::percentage_point: return number + " percentage points";
    case QuantityKind::currency:
      if (unit == "USD") return "$" + number;
      if (unit == "EUR") return "\u20ac" + number;
      if (unit == "GBP") return "\u00a3" + number;
      if (rupees) return "Rs " + number;
      // Rand and Kenyan shillings as their papers write them: "R1,150",
      // "KSh12.4 billion".
      if (unit == "ZAR") return "R" + number;
      if (unit == "KES") return "KSh" + number;
      // Dollars of other countries and ringgit as their papers write
      // them: "A$1.32 billion", "S$31.8 million", "RM56.9 million".
      if (unit == "AUD") return "A$" + number;
      if (unit == "NZD") return "NZ$" + number;
      if (unit == "CAD") return "C$" + number;
      if (unit == "SGD") return "S$" + number;
      if (unit == "HKD") return "HK$" + number;
      if (unit == "MYR") return "RM" + number;
      return number + " " + std::string(unit);
    default: return number;
  }
}

bool generic_count(const Figure& a, const Figure& b) {
  // Words that count what a more exact noun does ("fish" of coho,
  // "people" of residents, "vehicles" of trucks). ("Units" and "items"
  // count sales as well as stock: "4,000 units, 50% more than the 3,000
  // stores it runs".)
  static constexpr CueWords k_generic{std::to_array<std::string_view>(
      {"fish", "animal", "bird", "people", "person", "vehicle", "pez", "peces", "ave", "persona",
       "veh\xC3\xAD" "culo"})};
  return a.kind == QuantityKind::count && b.kind == QuantityKind::count &&
         (k_generic.contains(a.unit) || k_generic.contains(b.unit));
}

bool compatible(const Figure& a, const Figure& b) {
  using K = QuantityKind;
  const auto countable = [](K k) { return k == K::number || k == K::count || k == K::quantity || k == K::currency; };
  if (a.kind == b.kind) {
    if (a.kind == K::number || a.unit == b.unit || a.unit.empty() || b.unit.empty()) return true;
    // "140 roles, 95 posts and 65 positions": counted nouns of one class
    // (the head of the bound measure, "employee").
    if (a.kind != K::count || !a.claim || !b.claim || a.claim->measure.empty()) return false;
    return measure_head(a.claim->measure) == measure_head(b.claim->measure);
  }
  // "from 80 to 120 tonnes", "150,000 chips ... 120,000": a bare figure
  // borrows the unit of its neighbour.
  // A length of time too: "to 158 days from 212".
  if (a.kind == K::number) return (countable(b.kind) && b.kind != K::currency) || b.kind == K::duration;
  if (b.kind == K::number) return (countable(a.kind) && a.kind != K::currency) || a.kind == K::duration;
  return false;
}

bool capitalised(const ArithmeticInput& in, ArithTokens t, std::size_t k) {
  if (k >= t.size() || t[k].type != ArithToken::Type::word) return false;
  const std::string_view raw = in.doc.view(t[k].range);
  return utf8::capitalised(raw);
}

bool overlaps(double alo, double ahi, double blo, double bhi) {
  // (Scaled by the finite ends only: an open end, "more than £36m", would
  // make every interval overlap.)
  const auto finite = [](double v) { return std::isfinite(v) ? std::fabs(v) : 0.0; };
  const double eps = 1e-9 * std::max({1.0, finite(alo), finite(bhi)});
  return alo <= bhi + eps && blo <= ahi + eps;
}

std::size_t after_bullet(ArithTokens t) {
  std::size_t i = 0;
  while (i < t.size() && t[i].type == ArithToken::Type::punct && is_one_of(t[i].text, {"-", "*", "\u2022"})) ++i;
  // The opening bar of a table row typed as text ("| North | 41 |").
  if (i == 0 && t.size() > 1 && t[0].type == ArithToken::Type::punct && t[0].text == "|") ++i;
  return i;
}

bool ends_with_colon(const ArithmeticInput& in, std::size_t s) {
  std::string_view text = in.doc.view(in.doc.sentences[s].range);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  return !text.empty() && text.back() == ':';
}

bool header_row(const ArithmeticInput& in, std::size_t s) {
  const Sentence& sentence = in.doc.sentences[s];
  const Paragraph& p = in.doc.paragraphs[sentence.paragraph];
  if (p.prose || p.range.begin != sentence.range.begin || p.range.end != sentence.range.end) return false;
  // A header names its columns in a few words, or years; no other figure.
  constexpr std::size_t k_max_header_bytes = 160;
  if (sentence.range.size() > k_max_header_bytes || in.doc.view(sentence.range).ends_with(':')) return false;
  for (const ArithToken& t : in.tokens(s)) {
    if (t.type == ArithToken::Type::figure &&
        in.figures[static_cast<std::size_t>(t.figure)].kind != QuantityKind::date) {
      return false;
    }
  }
  return true;
}

bool rule_row(const ArithmeticInput& in, std::size_t s) {
  const std::string_view text = in.doc.view(in.doc.sentences[s].range);
  return text.find('-') != std::string_view::npos && text.find('|') != std::string_view::npos &&
         text.find_first_not_of("|-:+= \t") == std::string_view::npos;
}

bool table_row(ArithTokens t) {
  for (const ArithToken& tok : t) {
    if (tok.type == ArithToken::Type::punct && tok.text == "|") return true;
  }
  return false;
}

namespace {

constexpr CueWords k_rising{std::to_array<std::string_view>(
    {"rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing", "grew", "grow",
     "grows", "grown", "growing", "growth", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "gained", "gain",
     "gains", "soared", "surged", "surge", "up", "expanded", "advanced", "rebounded", "leapt", "leaped", "hike",
     "hiked", "raised", "leap", "leaps", "rebound", "upturn", "subi\xC3\xB3", "sube", "creci\xC3\xB3", "crece",
     "aument\xC3\xB3", "aumenta", "aumento", "crecieron", "subieron", "aumentaron", "repuntaron",
     "increment\xC3\xB3", "incremento", "subida", "alza", "crecimiento", "salto", "repunte", "escal\xC3\xB3",
     "repunt\xC3\xB3", "dispar\xC3\xB3", "spike", "uptick", "boost", "ascenso", "uplift", "climbing", "jumping",
     "soaring", "surging", "gaining",
     // "up from $9.70 - a lift of 7.4 per cent", "lifted its forecast 5%".
     "lift", "lifts", "lifted", "lifting"})};
constexpr CueWords k_falling{std::to_array<std::string_view>(
    {"fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
     "dropping", "declining", "sliding", "tumbling", "sinking", "shrinking", "slipping", "slip", "slips",
     "decreased", "decrease", "decreases", "slid", "slump", "slumped", "plunged", "plunge", "sank", "shrank", "dip",
     "slide", "downturn",
     "shrunk", "tumbled", "down", "cut", "reduced", "reduction", "slipped", "dipped", "contracted", "lost",
     "baj\xC3\xB3", "baja", "cay\xC3\xB3", "cae", "descendi\xC3\xB3", "descenso", "disminuy\xC3\xB3",
     "cayeron", "bajaron", "descendieron", "disminuyeron", "retrocedieron",
     "disminuci\xC3\xB3n", "ca\xC3\xAD" "da", "bajada", "reducci\xC3\xB3n", "redujo", "retroceso",
     "retrocedi\xC3\xB3", "contraction", "recorte", "merma", "rebaja", "desplome", "hundimiento"})};
// Nouns of a change ("a 12% rise", "an improvement of 3 points").
constexpr CueWords k_change_nouns{std::to_array<std::string_view>(
    {"rise", "increase", "gain", "jump", "growth", "improvement", "drop", "fall", "decline", "decrease", "reduction",
     "leap", "surge", "climb", "rebound", "upturn", "dip", "slide", "slump", "plunge", "downturn", "mejora", "avance",
     "cut", "aumento", "incremento", "subida", "alza", "crecimiento", "ca\xC3\xAD" "da", "descenso", "bajada",
     "disminuci\xC3\xB3n", "reducci\xC3\xB3n", "retroceso", "salto", "repunte", "hike", "spike", "uptick", "boost",
     "contraction", "ascenso", "recorte", "merma", "rebaja", "desplome", "hundimiento", "uplift",
     // "una baja de 6.4% frente a los 1,318 millones".
     "baja",
     // "a lift of 7.4 per cent", "a slip of 2%".
     "lift", "slip"})};

}  // namespace

int change_direction(std::string_view w) {
  if (k_rising.contains(w)) return 1;
  if (k_falling.contains(w)) return -1;
  return 0;
}

bool is_change_noun(std::string_view w) { return k_change_nouns.contains(w); }

int change_direction(std::string_view w, const Figure& from, const Figure& to) {
  // An improvement is a rise or a fall, whichever the figures make it
  // ("improved from 44.8% to 41.3%", a cost ratio).
  // ("El factor de ocupación mejoró 3,1%, al pasar de 78,5% a 81,6%".)
  if (is_one_of(w, {"improvement", "mejora", "avance", "improved", "improves", "mejor\xC3\xB3", "mejoraron"})) {
    return to.value >= from.value ? 1 : -1;
  }
  return change_direction(w);
}

bool is_attribution_word(std::string_view w) { return k_attribution_words.contains(w); }

bool in_change(const ArithmeticInput& in, std::size_t s, int f, bool from_only) {
  const std::span<const Change> changes = in.changes(s);
  return std::any_of(changes.begin(), changes.end(),
                     [&](const Change& c) { return c.from == f || (!from_only && c.to == f); });
}

std::string singular(std::string w) {
  if (w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")) w.pop_back();
  return w;
}

bool stated_as_bound(const Figure& f) {
  return f.claim &&
         (f.claim->quantity.qualifier == "lower-bound" || f.claim->quantity.qualifier == "upper-bound");
}

bool money_left_out(const Figure& a, const Figure& b) {
  return (a.kind == QuantityKind::number && b.kind == QuantityKind::currency) ||
         (a.kind == QuantityKind::currency && b.kind == QuantityKind::number);
}

std::string_view measure_head(std::string_view measure) {
  const std::size_t space = measure.rfind(' ');
  return measure.substr(space == std::string_view::npos ? 0 : space + 1);
}

bool too_far_apart(const Figure& a, const Figure& b, double stated) {
  return a.value > 0 && b.value > 0 && (b.value / a.value > 10 || a.value / b.value > 10) && stated < 100;
}

bool factor_verb(std::string_view text) {
  if (text.ends_with("ed") || text.ends_with("ing")) return true;
  for (const std::string_view stem : {"duplic", "triplic", "cuadruplic", "Duplic", "Triplic", "Cuadruplic"}) {
    if (text.starts_with(stem)) return true;
  }
  return false;
}

bool announces_breakdown(std::string_view caption) {
  static constexpr std::string_view k_cues[] = {
      "follows",   "breakdown", "breaks down", "broken down", "broke down", "break down", "comprising",  "comprised",
      "made up",   "split",     "consisting",  "consisted",
      // "The $248 million would be divided among five categories:".
      "divided",   "distributed", "allocated",
      // "se divide en", "se reparte así", "se desglosa de esta forma".
      "divide",    "reparte",   "repartido",   "repartidos",  "desglosa",    "desglose",   "distribuye",
      "distribuido", "distribuidos"};
  std::string lowered(caption);
  for (char& c : lowered) c = lower(c);
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (const std::string_view cue : k_cues) {
    for (std::size_t at = lowered.find(cue); at != std::string::npos; at = lowered.find(cue, at + 1)) {
      const std::size_t end = at + cue.size();
      if ((at == 0 || !letter(lowered[at - 1])) && (end == lowered.size() || !letter(lowered[end]))) return true;
    }
  }
  return false;
}

std::vector<Change> following_changes(const ArithmeticInput& in, std::size_t s) {
  using Type = ArithToken::Type;
  std::vector<Change> out;
  if (s <= in.first_sentence()) return out;
  // The sentence before is in the paragraph; "That compared with" may
  // also open the next one, the paragraph before ending with B.
  const bool same_paragraph = in.doc.sentences[s - 1].paragraph == in.doc.sentences[s].paragraph;
  if (!same_paragraph && in.doc.sentences[s - 1].paragraph + 1 != in.doc.sentences[s].paragraph) return out;
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < t.size() && t[i].type == Type::word ? t[i].text : std::string_view();
  };
  // ("That is up 12.4 per cent on the $1.86b collected a year earlier"
  // opens a paragraph after B too.)
  if (!same_paragraph && !(is_one_of(word(0), {"that", "this"}) && is_one_of(word(1), {"compared", "compares"})) &&
      !(is_one_of(word(0), {"that", "this"}) && is_one_of(word(1), {"is", "was"}) &&
        is_one_of(word(2), {"up", "down"}))) {
    return out;
  }
  const auto percent_at = [&](std::size_t i) {
    if (i >= t.size() || t[i].type != Type::figure) return false;
    const QuantityKind k = in.figures[static_cast<std::size_t>(t[i].figure)].kind;
    return k == QuantityKind::percent || k == QuantityKind::percentage_point;
  };
  std::size_t n = t.size();  // the token of N%
  std::size_t a = t.size();  // the token of A
  int direction = 0;
  std::string_view noun;     // the change's noun, for "an improvement"
  // "That compared with 71.2 per cent in December, an improvement of 3.6
  // per cent": A first, a few words or dates of when, a comma, then the
  // change.
  if (is_one_of(word(0), {"that", "this", "it"}) && is_one_of(word(1), {"compared", "compares", "compare"}) &&
      is_one_of(word(2), {"with", "to"})) {
    std::size_t k = word(3) == "the" ? 4 : 3;
    if (k >= t.size() || t[k].type != Type::figure || date_at(t, in.figures, k)) return out;
    a = k++;
    while (k < t.size() && k < a + 8 && (!word(k).empty() || date_at(t, in.figures, k))) ++k;
    if (k >= t.size() || t[k].type != Type::punct || t[k].text != ",") return out;
    ++k;
    if (is_one_of(word(k), {"a", "an"})) ++k;
    if (is_change_noun(word(k)) && word(k + 1) == "of" && percent_at(k + 2)) {
      noun = word(k);
      n = k + 2;
    } else if (is_one_of(word(k), {"up", "down"}) && percent_at(k + 1)) {
      noun = word(k);
      n = k + 1;
    } else {
      return out;
    }
  }
  // "Frente a los 4,870 millones registrados en el mismo mes de 2025, el
  // monto implica un avance anual de 9.3%", "Compared with 71.2% a year
  // earlier, the rate shows an improvement of 3.6%": A opens the
  // sentence, a few words or dates of when, a comma, then a clause that
  // names the change.
  const bool opens_with_a = (word(0) == "frente" && word(1) == "a") ||
                            (is_one_of(word(0), {"compared", "comparado", "comparada"}) &&
                             is_one_of(word(1), {"with", "to", "con"}));
  bool money_left_out_a = false;  // "los 4,870 millones" after "5,219 millones de dólares"
  if (n == t.size() && opens_with_a) {
    std::size_t k = 2;
    if (is_one_of(word(k), {"the", "los", "las", "el", "la"})) ++k;
    if (k >= t.size() || t[k].type != Type::figure || date_at(t, in.figures, k)) return out;
    a = k++;
    money_left_out_a = true;
    while (k < t.size() && k < a + 10 && (!word(k).empty() || date_at(t, in.figures, k))) ++k;
    if (k >= t.size() || t[k].type != Type::punct || t[k].text != ",") return out;
    // The clause: a change noun among its first words, an adjective of
    // when at most ("anual"), "of" and N%.
    for (std::size_t m = k + 1; m < t.size() && m <= k + 8 && n == t.size(); ++m) {
      if (word(m).empty()) return out;
      if (!is_change_noun(word(m))) continue;
      std::size_t e = m + 1;
      if (is_one_of(word(e), {"anual", "interanual", "annual", "year-on-year", "mensual"})) ++e;
      if (is_one_of(word(e), {"of", "de", "del"}) && percent_at(e + 1)) {
        noun = word(m);
        n = e + 1;
      } else {
        return out;
      }
    }
    if (n == t.size()) return out;
  }
  // "Las llegadas de británicos crecieron un 3,1% frente a los 1,41
  // millones de abril de 2025", after "con 1,52 millones de turistas": a
  // change verb, N% and a bare A whose noun is B's, the one figure of the
  // sentence before that compares with it; no other figure here.
  if (n == t.size() && std::any_of(in.figure_tokens(s).begin(), in.figure_tokens(s).end(), percent_at)) {
    std::vector<std::size_t> own;
    for (const std::uint32_t i : in.figure_tokens(s)) {
      if (!date_at(t, in.figures, i)) own.push_back(i);
    }
    // Figures after A in another clause (", y su gasto alcanzó ...") are
    // no matter.
    bool own_clause = own.size() == 2;
    if (own.size() > 2) {
      for (std::size_t k = own[1] + 1; k + 1 < own[2] && !own_clause; ++k) {
        own_clause = (t[k].type == Type::punct && t[k].text == ";") ||
                     (t[k].type == Type::punct && t[k].text == "," &&
                      is_one_of(word(k + 1), {"y", "and", "while", "but", "pero", "mientras"}));
      }
    }
    if (own.size() >= 2 && own_clause && percent_at(own[0]) && own[0] >= 2 && !percent_at(own[1])) {
      std::size_t v = own[0] - 1;
      if (is_one_of(word(v), {"un", "una", "by"})) --v;
      const int d = is_change_noun(word(v)) ? 0 : change_direction(word(v));
      std::size_t k = own[0] + 1;
      if ((word(k) == "frente" && is_one_of(word(k + 1), {"a", "al"})) ||
          (is_one_of(word(k), {"compared", "respecto"}) && is_one_of(word(k + 1), {"with", "to", "a", "de"}))) {
        k += 2;
      } else if (is_one_of(word(k), {"from", "desde"})) {
        k += 1;
      } else {
        k = t.size();
      }
      if (is_one_of(word(k), {"the", "los", "las", "el", "la"})) ++k;
      if (d != 0 && k == own[1] && in.figures[static_cast<std::size_t>(t[k].figure)].kind == QuantityKind::number) {
        n = own[0];
        a = own[1];
        direction = d;
      }
    }
  }
  // "That was", "Esto supone", or the figure named: "The figure was",
  // "El dato supone", "La cifra representa".
  const std::size_t verb = is_one_of(word(0), {"the", "this", "that", "el", "la", "este", "esta", "ese", "esa"}) &&
                                   is_one_of(word(1), {"figure", "number", "total", "dato", "cifra"})
                               ? 2
                               : 1;
  if (n == t.size() &&
      ((verb == 1 && !is_one_of(word(0), {"that", "this", "it", "esto", "eso", "ello"})) ||
       !is_one_of(word(verb), {"was", "is", "represents", "represented", "marks", "marked", "means", "meant", "supone",
                               "supuso", "representa", "represent\xC3\xB3", "es", "fue"}))) {
    return out;
  }
  // The change: "a fall of 6%", "an increase of 12%", "a 12% rise", "up
  // 12%", "un aumento del 12 %", "un 12 % m\xC3\xA1s".
  std::size_t k = n == t.size() ? verb + 1 : t.size();
  if (is_one_of(word(k), {"a", "an", "un", "una"})) ++k;
  // "That was up from 37.2 per cent in 2023/24, a rise of 4.4 per cent":
  // A first, then the change set off by a comma (words and dates between).
  if (k + 2 < t.size() && is_one_of(word(k), {"up", "down"}) && word(k + 1) == "from" &&
      t[k + 2].type == Type::figure && !date_at(t, in.figures, k + 2)) {
    std::size_t c = k + 3;
    while (c < t.size() && c <= k + 10 &&
           (!word(c).empty() || date_at(t, in.figures, c) || (t[c].type == Type::punct && t[c].text == "/"))) {
      ++c;
    }
    std::size_t m = c + 1;
    if (is_one_of(word(m), {"a", "an"})) ++m;
    const int d = change_direction(word(m));
    if (c < t.size() && t[c].type == Type::punct && t[c].text == "," && d != 0 &&
        d == change_direction(word(k)) && is_one_of(word(m + 1), {"of", "by"}) && percent_at(m + 2)) {
      n = m + 2;
      a = k + 2;
      direction = d;
    }
  }
  if (n != t.size()) {
    // (A and the change both read above.)
  } else if (const int d = change_direction(word(k)); d != 0 && !percent_at(k)) {
    direction = d;
    ++k;
    if (is_one_of(word(k), {"of", "by", "de", "del"})) ++k;
    if (percent_at(k)) n = k;
  } else if (percent_at(k)) {
    n = k;
    const std::string_view after = word(k + 1);
    direction = is_change_noun(after) ? change_direction(after)
                : after == "m\xC3\xA1s" ? 1
                : after == "menos"        ? -1
                                          : 0;
    if (direction != 0) ++k;
  } else if (k < t.size() && t[k].type == Type::figure && !date_at(t, in.figures, k) &&
             is_one_of(word(k + 1), {"higher", "lower", "more", "less", "fewer"}) && word(k + 2) == "than") {
    // "That was £1.8m lower than the previous year's £30.9m": the
    // difference itself.
    n = k;
    direction = is_one_of(word(k + 1), {"higher", "more"}) ? 1 : -1;
    k += 2;
  }
  if (n == t.size() || (direction == 0 && noun.empty())) return out;
  // A: the first figure after the change, over words, dates and commas
  // ("on February 2025, when the figure stood at 71.2%"), in its clause.
  for (std::size_t i = k + 1; a == t.size() && i < t.size() && i <= k + 12; ++i) {
    if (t[i].type == Type::figure && !date_at(t, in.figures, i)) {
      a = i;
      break;
    }
    if (t[i].type == Type::punct && t[i].text != ",") break;
    if (is_one_of(word(i), {"and", "but", "y", "pero"})) break;
  }
  if (a == t.size()) return out;
  const Figure& fa = in.figures[static_cast<std::size_t>(t[a].figure)];
  if (!fa.asserted || fa.range_side) return out;
  // "It is KSh500 million higher than the KSh3.7 billion set aside ...,
  // an increase of 13.5 per cent": a difference and a percentage that
  // agree with each other tell B themselves (KSh4.2 billion); a figure of
  // the sentence before that differs is no B of theirs.
  if (!percent_at(n)) {
    const Figure& size = in.figures[static_cast<std::size_t>(t[n].figure)];
    for (std::size_t i = a + 1; i + 1 < t.size() && i <= a + 14; ++i) {
      if (!percent_at(i) || !(is_change_noun(word(i + 1)) || (i >= 2 && word(i - 1) == "of" &&
                                                                  is_change_noun(word(i - 2))))) {
        continue;
      }
      const double p = in.figures[static_cast<std::size_t>(t[i].figure)].value;
      const double by_size = fa.value + direction * size.value;
      const double by_percent = fa.value * (1 + direction * p / 100);
      if (by_size > 0 && std::fabs(by_size - by_percent) <= 0.01 * by_size) return out;
      break;
    }
  }
  // B: the last figure of the sentence before that compares with A.
  const ArithTokens prev = in.tokens(s - 1);
  const std::span<const std::uint32_t> figures_before = in.figure_tokens(s - 1);
  for (auto it = figures_before.rbegin(); it != figures_before.rend(); ++it) {
    const Figure& fb = in.figures[static_cast<std::size_t>(prev[*it].figure)];
    // A bare A leaves B's noun out: "los 38,6 millones de 2024" after
    // "42,1 millones de viajeros".
    const bool bare_a = fa.kind == QuantityKind::number && fb.kind == QuantityKind::count;
    // So does a sum of money in millions ("Frente a los 4,870 millones").
    const bool money_a = money_left_out_a && fa.kind == QuantityKind::number && fb.kind == QuantityKind::currency &&
                         fa.value >= 1e5;
    if (fb.kind == QuantityKind::date || ((!compatible(fa, fb) || (fb.kind != fa.kind && !bare_a)) && !money_a)) {
      continue;
    }
    // ("Revenue ... was 18.4 billion yuan, up from 15.6 billion yuan a year
    // earlier. It was down 3.7% from 19.1 billion yuan in the fourth
    // quarter": what a change of the sentence before is measured from is
    // no level "It" speaks of.)
    if (in_change(in, s - 1, prev[*it].figure, true)) continue;
    // ("net income of $412 million, or $2.18 per share, for the three
    // months": a figure told again in other terms is no level of its own.)
    if (*it >= 2 && prev[*it - 1].type == Type::word && is_one_of(prev[*it - 1].text, {"or", "o"}) &&
        prev[*it - 2].type == Type::punct && prev[*it - 2].text == ",") {
      continue;
    }
    if (!fb.asserted || fb.range_side) break;
    if (too_far_apart(fa, fb, in.figures[static_cast<std::size_t>(t[n].figure)].value)) break;
    // "totaled 23,460, ... an average of 4,692 fans per game. That is up 50
    // percent from last season's 15,640": an average set after the level
    // ("an average of", "un promedio de") is no level "That" speaks of
    // ("Attendance averaged 11,420 a night. That compared with 10,100" is).
    {
      const std::size_t at = *it;
      const auto prev_word = [&](std::size_t i) {
        return i < prev.size() && prev[i].type == Type::word ? prev[i].text : std::string_view();
      };
      if (at >= 2 && is_one_of(prev_word(at - 1), {"of", "de"}) &&
          is_one_of(prev_word(at - 2), {"average", "promedio", "media"}) && it + 1 != figures_before.rend()) {
        break;
      }
    }
    // "Suppression costs reached $148 million, including $97 million for
    // ground crews, ... and $13 million for equipment. That is up about 42%
    // from the $104 million": "That" is the whole the parts are of, the
    // figure right before "including".
    std::size_t b_at = *it;
    for (std::size_t r = *it; r-- > 1;) {
      if (prev[r].type != Type::word ||
          !is_one_of(prev[r].text, {"including", "includes", "included", "incluidos", "incluidas", "incluyendo"})) {
        continue;
      }
      // (A whole told otherwise leaves "That" unsure: no change.)
      std::size_t w = r - 1;
      if (w > 0 && prev[w].type == Type::punct && prev[w].text == ",") --w;
      if (prev[w].type != Type::figure) return out;
      const Figure& whole = in.figures[static_cast<std::size_t>(prev[w].figure)];
      if (whole.kind != fb.kind || !compatible(whole, fb) || !whole.asserted || whole.range_side) return out;
      b_at = w;
      break;
    }
    const Figure& to = in.figures[static_cast<std::size_t>(prev[b_at].figure)];
    if (b_at != *it && too_far_apart(fa, to, in.figures[static_cast<std::size_t>(t[n].figure)].value)) break;
    Change c;
    c.from = t[a].figure;
    c.to = prev[b_at].figure;
    // "an improvement": a rise or a fall, as the figures go.
    if (!noun.empty()) direction = change_direction(noun, fa, to);
    if (direction == 0) break;
    c.first = 0;
    c.last = a + 1;
    c.stated = static_cast<int>(n);
    c.direction = direction;
    out.push_back(c);
    break;
  }
  return out;
}

std::size_t level_verb_before(ArithTokens t, std::size_t b) {
  const auto word = [&](std::size_t i) { return t[i].type == ArithToken::Type::word ? t[i].text : std::string_view(); };
  // (Some token, the change, before the verb.)
  if (b >= 4 && word(b - 1) == "a" && word(b - 3) == "y" &&
      is_one_of(word(b - 2), {"llegaron", "lleg\xC3\xB3", "llegaba", "llegaban"})) {
    return 3;
  }
  if (b >= 3 && is_one_of(word(b - 1), {"reached", "reach", "alcanzaron", "alcanz\xC3\xB3", "alcanzar"}) &&
      is_one_of(word(b - 2), {"and", "to", "y", "hasta"})) {
    return 2;
  }
  return 0;
}

bool is_dash(const ArithToken& t) {
  return (t.type == ArithToken::Type::punct && t.text == "-") ||
         (t.type == ArithToken::Type::word && (t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93"));
}

void run_arithmetic_checks(const Document& doc, const std::vector<Claim>& claims, std::span<const DateMention> dates,
                           DiagnosticSink& sink) {
  if (claims.empty()) return;
  ArithmeticInput in(doc, claims, dates);
  // The order findings come in: these, then unit-price.
  using Check = void (*)(const ArithmeticInput&, DiagnosticSink&);
  static constexpr Check k_checks[] = {check_times_more,       check_percent_change, check_percentage_points,
                                       check_total_mismatch,   check_ratio_mismatch, check_share_over_100,
                                       check_transposed_figures};
  const std::size_t first_end = in.window_end(0, ArithmeticInput::k_window_bytes);
  if (first_end == in.sentence_count()) {
    for (const Check check : k_checks) check(in, sink);
    check_unit_price(in, sink);
    return;
  }
  // A document whose tokens would take much memory at once: the checks go
  // through it window by window, each window's tokens made once; each
  // check's findings are kept apart, to come out in the order of one check
  // after the other.
  std::array<DiagnosticSink, std::size(k_checks)> found;
  UnitPriceCheck unit_price;
  for (std::size_t first = 0, end = first_end; first < in.sentence_count();
       first = end, end = in.window_end(first, ArithmeticInput::k_window_bytes)) {
    in.set_window(first, end);
    for (std::size_t k = 0; k < std::size(k_checks); ++k) k_checks[k](in, found[k]);
    unit_price.scan(in);
  }
  in.set_window(0, in.sentence_count());
  for (DiagnosticSink& f : found) sink.append(f.take());
  unit_price.report(in, sink);
}

}  // namespace claimlint
