// Numeral parsing: digits with a language's marks, scale words and
// abbreviations, spelled-out cardinals, fractions and decimals.
#include "extract/numeral.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>

#include "util/powers_of_ten.h"

namespace claimlint {
namespace {

// strtod and strtol never throw: a figure of 5,000 digits is +inf (then
// dropped as not finite), an exponent past int range is clamped
// (bad-input catalogue, issue 10).
double parse_double(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

// The value of the ASCII digits `int_digits`, then `frac_digits` after a
// decimal point, as strtod reads "int.frac" (an empty integer part is 0).
// Up to 15 digits the digits form an exact integer below 2^53 and the power
// of ten is exact, so one division rounds as strtod does (Clinger's fast
// path); longer figures go to strtod.
double digits_value(std::string_view int_digits, std::string_view frac_digits = {}) {
  if (int_digits.size() + frac_digits.size() <= decimal::k_exact_digits) {
    std::uint64_t m = 0;
    for (const char c : int_digits) m = m * 10 + static_cast<std::uint64_t>(c - '0');
    for (const char c : frac_digits) m = m * 10 + static_cast<std::uint64_t>(c - '0');
    return decimal::exact_decimal(m, frac_digits.size());
  }
  std::string text(int_digits.empty() ? "0" : int_digits);
  if (!frac_digits.empty()) {
    text += '.';
    text += frac_digits;
  }
  return parse_double(text);
}

int parse_int(const std::string& text) {
  const long v = std::strtol(text.c_str(), nullptr, 10);
  return static_cast<int>(std::clamp<long>(v, -100000, 100000));
}


bool is_sym(const ScanToken& t, std::string_view s) { return t.kind == ScanTokenKind::symbol && t.text == s; }
bool is_dash(const ScanToken& t) { return is_sym(t, "-") || is_sym(t, "\u2010") || is_sym(t, "\u2011"); }
// "3/4"; NFKC turns "¾" into "3⁄4" (U+2044 FRACTION SLASH).
bool is_slash(const ScanToken& t) { return is_sym(t, "/") || is_sym(t, "\u2044"); }
bool is_sign(const ScanToken& t) { return is_sym(t, "-") || is_sym(t, "\u2212") || is_sym(t, "+"); }

// A key has its own first and last bytes and length: most words are ruled
// out by those, inline, before they are hashed.
template <typename T>
inline const T* find(const PhraseMap<T>& m, std::string_view key) {
  if (!m.may_begin(key) || !m.may_end(key)) return nullptr;
  return m.find_entry(key);
}

// ---- spelled-out numbers -------------------------------------------------

enum class ItemKind { cardinal, hundred, scale, group, conj, article, ordinal, fraction, hyphen };

ItemKind item_kind(NumberWordKind k) {
  switch (k) {
    case NumberWordKind::cardinal: return ItemKind::cardinal;
    case NumberWordKind::hundred: return ItemKind::hundred;
    case NumberWordKind::scale: return ItemKind::scale;
    case NumberWordKind::group: return ItemKind::group;
    case NumberWordKind::conj: return ItemKind::conj;
    case NumberWordKind::article: return ItemKind::article;
    case NumberWordKind::fraction: return ItemKind::fraction;
    case NumberWordKind::ordinal: return ItemKind::ordinal;
  }
  return ItemKind::cardinal;
}

struct Item {
  ItemKind kind;
  double value = 0;
  std::size_t token = 0;
  bool bare = false;  // a scale word that may start a number: "mil" (es)
};

// What a word is as part of a spelled number; ordinals and fraction words
// include their plural ("fifths", "quarters"). One lookup in the table
// derived at load from the lexicon's number tables.
std::optional<Item> word_item(const ScanToken& t, const LanguageLexicon& lex) {
  if (t.kind != ScanTokenKind::word) return std::nullopt;
  const NumberWord* w = lex.number_words.find(t.lower);
  if (!w) return std::nullopt;
  return Item{item_kind(w->kind), w->value, 0, w->bare};
}

bool is_tens(double v) { return v >= 20 && v < 100 && std::fmod(v, 10) == 0; }

// A cardinal `v` may follow cardinal `prev` ("twenty one", "ciento veinte")
// only if it fills the zeros of prev.
bool fills(double prev, double v) {
  double p = 10;
  while (p <= v) p *= 10;
  return prev > v && std::fmod(prev, p) == 0;
}

// Evaluates items [b, e) as a cardinal; returns how many items form a valid
// number (0 if none) and its value. `start` is a value written before them
// in digits ("322 hundred").
std::size_t eval_cardinal(const std::vector<Item>& items, std::size_t b, std::size_t e, double& out,
                          std::optional<double> start = std::nullopt) {
  double total = 0, current = start.value_or(0), since_hundred = start.value_or(0), last_scale = 0;
  std::optional<ItemKind> prev = start ? std::optional(ItemKind::cardinal) : std::nullopt;
  double prev_value = start.value_or(0);
  std::size_t good = 0;  // items consumed up to the last complete number
  double good_value = 0;
  for (std::size_t i = b; i < e; ++i) {
    const Item& it = items[i];
    switch (it.kind) {
      case ItemKind::cardinal:
        if (prev && *prev == ItemKind::cardinal && !fills(prev_value, it.value)) goto done;
        if (prev && *prev == ItemKind::article) goto done;
        current += it.value;
        since_hundred = (prev && *prev == ItemKind::cardinal) ? since_hundred + it.value : it.value;
        prev_value = (prev && *prev == ItemKind::cardinal) ? prev_value + it.value : it.value;
        break;
      case ItemKind::article:
        if (prev && *prev != ItemKind::conj) goto done;
        current += 1;
        since_hundred = 1;
        break;
      case ItemKind::hundred:
        if (prev && *prev == ItemKind::hundred) goto done;
        if ((!prev && !it.bare) || (prev && *prev == ItemKind::conj)) goto done;
        current = (current == 0 ? 1 : current) * it.value;
        since_hundred = 0;
        break;
      case ItemKind::group:
        if (!prev || *prev == ItemKind::conj) goto done;
        current = current - since_hundred + (since_hundred == 0 ? 1 : since_hundred) * it.value;
        since_hundred = 0;
        break;
      case ItemKind::scale:
        if ((!prev && !it.bare) || (prev && *prev == ItemKind::conj)) goto done;
        if (it.value > last_scale) {
          total = total + current > 0 ? (total + current) * it.value : it.value;
        } else {
          total += (current == 0 ? 1 : current) * it.value;
        }
        last_scale = it.value;
        current = 0;
        since_hundred = 0;
        break;
      case ItemKind::conj: {
        // "one hundred and six", "treinta y cinco"; not "two and three".
        if (!prev || *prev == ItemKind::conj) goto done;
        const bool after_scale = *prev == ItemKind::hundred || *prev == ItemKind::scale || *prev == ItemKind::group;
        const bool tens_unit = *prev == ItemKind::cardinal && std::fmod(prev_value, 10) == 0 &&
                               std::fmod(prev_value, 100) != 0 && i + 1 < e &&
                               items[i + 1].kind == ItemKind::cardinal && items[i + 1].value < 10;
        if (!after_scale && !tens_unit) goto done;
        prev = it.kind;
        continue;
      }
      case ItemKind::hyphen:
        // "fifty-two": the hyphen joins, the grammar sees the words.
        if (!prev || *prev == ItemKind::conj) goto done;
        continue;
      default:
        goto done;
    }
    prev = it.kind;
    if (it.kind != ItemKind::cardinal) prev_value = it.value;
    good = i + 1 - b;
    good_value = total + current;
  }
done:
  out = good_value;
  return good;
}

bool full_cardinal(const std::vector<Item>& items, std::size_t b, std::size_t e, double& out) {
  if (b >= e) return false;
  if (items[e - 1].kind == ItemKind::conj || items[e - 1].kind == ItemKind::hyphen) return false;
  const ItemKind k = items[b].kind;
  if (k != ItemKind::cardinal && k != ItemKind::article && !items[b].bare) return false;
  if (e - b == 1 && k == ItemKind::article) {
    out = 1;
    return true;
  }
  return eval_cardinal(items, b, e, out) == e - b;
}

// A spelled fraction: items [0, n) end with an ordinal or fraction word.
// Upstream conventions (peer cases): "one hundred thirty fifths" = 100/35,
// "one hundred and thirty fifths" = 130/5, "twenty and three fifths" =
// 20 + 3/5, "one and a half" = 1.5, "a twenty-first" = 1/21.
std::optional<double> eval_fraction(const std::vector<Item>& items, std::size_t n) {
  const Item& d = items[n - 1];
  std::size_t p = n - 1;
  while (p > 0 && items[p - 1].kind == ItemKind::hyphen) --p;
  const bool word = d.kind == ItemKind::fraction;
  if (p == 0) {
    if (word && d.value == 2) return 0.5;  // "half": "more than half"
    return std::nullopt;
  }
  // "a fifth", "one and a half".
  if (items[p - 1].kind == ItemKind::article) {
    if (p == 1) return 1 / d.value;
    double whole;
    if (p >= 3 && items[p - 2].kind == ItemKind::conj && full_cardinal(items, 0, p - 2, whole)) {
      // "one million and a half" is 1.5 million.
      const double unit = items[p - 3].kind == ItemKind::scale ? items[p - 3].value : 1;
      return whole + unit / d.value;
    }
    return std::nullopt;
  }
  // "un millón y medio" (1.5 million), "dos y media": a whole, "and" and
  // a half word with no article (es).
  if (word && d.value == 2 && p >= 2 && items[p - 1].kind == ItemKind::conj) {
    double whole;
    if (full_cardinal(items, 0, p - 1, whole)) {
      const double unit = items[p - 2].kind == ItemKind::scale ? items[p - 2].value : 1;
      return whole + unit / d.value;
    }
  }
  // Compound denominators: "thirty fifths" (35ths) after a numerator.
  const ItemKind before = items[p - 1].kind;
  if (!word && d.value < 100 &&
      ((before == ItemKind::cardinal && is_tens(items[p - 1].value)) || before == ItemKind::hundred ||
       before == ItemKind::scale || (before == ItemKind::conj && p >= 2 && items[p - 2].kind != ItemKind::cardinal))) {
    for (std::size_t s = 1; s < p; ++s) {
      if (items[s - 1].kind == ItemKind::hyphen) continue;
      double num, den;
      if (items[s].kind != ItemKind::cardinal) continue;
      if (!full_cardinal(items, 0, s, num) && !(s == 1 && items[0].kind == ItemKind::article)) continue;
      if (s == 1 && items[0].kind == ItemKind::article) num = 1;
      double den_part;
      if (eval_cardinal(items, s, p, den_part) != p - s && !(items[p - 1].kind == ItemKind::conj &&
                                                             eval_cardinal(items, s, p - 1, den_part) == p - 1 - s)) {
        continue;
      }
      den = den_part + d.value;
      return num / den;
    }
  }
  if (d.value <= 2 && !word) return std::nullopt;  // "one second" is a duration
  // Mixed numbers: "twenty and three fifths", "one hundred and three quarters".
  for (std::size_t a = p; a-- > 1;) {
    if (items[a].kind != ItemKind::conj) continue;
    double right;
    const ItemKind lk = items[a - 1].kind;
    if (lk == ItemKind::scale && full_cardinal(items, a + 1, p, right) && right < d.value) {
      // "five billion and three quarters" is 5.75 billion.
      double whole;
      if (full_cardinal(items, 0, a, whole)) return whole + items[a - 1].value * right / d.value;
    }
    if ((word || (lk != ItemKind::hundred && lk != ItemKind::scale)) && full_cardinal(items, a + 1, p, right)) {
      // "twenty and three": upstream reads the left part with "and" as plus.
      double sum = 0;
      std::size_t b = 0;
      bool ok = true;
      for (std::size_t k = 0; k <= a; ++k) {
        if (k == a || items[k].kind == ItemKind::conj) {
          double part;
          if (full_cardinal(items, b, k, part)) {
            sum += part;
          } else if (!full_cardinal(items, 0, a, sum)) {
            ok = false;
          } else {
            break;
          }
          b = k + 1;
        }
      }
      if (ok) return sum + right / d.value;
    }
    break;
  }
  double num;
  if (!full_cardinal(items, 0, p, num)) return std::nullopt;
  return num / d.value;
}

// The decimal digits spelled after "point": "zero three" → "03",
// "seventy-one" → "71".
std::size_t spelled_decimals(const std::vector<ScanToken>& tokens, std::size_t i, const LanguageLexicon& lex,
                             std::string& digits) {
  std::size_t j = i;
  while (j < tokens.size()) {
    if (is_dash(tokens[j]) && j > i && j + 1 < tokens.size()) {
      ++j;
      continue;
    }
    auto item = word_item(tokens[j], lex);
    if (!item || item->kind != ItemKind::cardinal) break;
    const auto v = static_cast<long long>(item->value);
    if (v >= 100) break;
    // "seventy-one" after "seventy": the unit fills the tens.
    if (!digits.empty() && v < 10 && digits.back() == '0' && j > i && is_dash(tokens[j - 1])) {
      digits.back() = static_cast<char>('0' + v);
    } else {
      digits += std::to_string(v);
    }
    ++j;
  }
  if (j > i && is_dash(tokens[j - 1])) --j;
  return j;
}

// Reads spelled items from token i, whose word_item is `first`; stops
// before the first token that cannot continue a number.
std::vector<Item> collect_items(const std::vector<ScanToken>& tokens, std::size_t i, const LanguageLexicon& lex,
                                std::optional<Item> first) {
  // The item of the token read last: a look ahead mostly reads the token
  // of the next turn.
  std::size_t known = i;
  std::optional<Item> known_item = first;
  const auto item_at = [&](std::size_t k) {
    if (k != known) {
      known = k;
      known_item = word_item(tokens[k], lex);
    }
    return known_item;
  };
  std::vector<Item> items;
  for (std::size_t j = i; j < tokens.size(); ++j) {
    const ScanToken& t = tokens[j];
    if (is_dash(t)) {
      if (items.empty() || j + 1 >= tokens.size()) break;
      auto next = item_at(j + 1);
      const ItemKind pk = items.back().kind;
      if (!next || (pk != ItemKind::cardinal && pk != ItemKind::hundred && pk != ItemKind::scale) ||
          next->kind == ItemKind::conj || next->kind == ItemKind::article) {
        break;
      }
      items.push_back({ItemKind::hyphen, 0, j});
      continue;
    }
    auto item = item_at(j);
    if (!item) break;
    item->token = j;
    if (item->kind == ItemKind::conj || item->kind == ItemKind::article) {
      // "and" and "a" only inside a number: "one and a half", "a dozen".
      if (j + 1 >= tokens.size()) break;
      auto next = item_at(j + 1);
      if (!next || next->kind == ItemKind::conj) break;
      if (item->kind == ItemKind::conj && items.empty()) break;
      if (item->kind == ItemKind::article && next->kind == ItemKind::article) break;
      if (item->kind == ItemKind::article && next->kind == ItemKind::cardinal) {
        // "a twenty-first" (1/21) but not "a one-off".
        std::size_t k = j + 2;
        if (k < tokens.size() && is_dash(tokens[k])) ++k;
        auto after = k < tokens.size() ? item_at(k) : std::nullopt;
        if (!after || after->kind != ItemKind::ordinal) break;
      }
      if (item->kind == ItemKind::article && next->kind == ItemKind::ordinal && next->value <= 2) break;
    }
    items.push_back(*item);
    if (item->kind == ItemKind::ordinal || item->kind == ItemKind::fraction) break;
  }
  while (!items.empty() &&
         (items.back().kind == ItemKind::conj || items.back().kind == ItemKind::hyphen ||
          items.back().kind == ItemKind::article)) {
    items.pop_back();
  }
  return items;
}

// Parses scale words after a value: "2 million", "322 hundred", "3 dozens",
// "diez mil millones", "4 thousand 3 hundred and 21". Returns the value and
// moves j; `mixed` is set when figures follow the first scale word.
double apply_scales(const std::vector<ScanToken>& tokens, std::size_t& j, double value, const LanguageLexicon& lex,
                    bool& scaled, bool& mixed) {
  std::vector<Item> items;
  std::size_t k = j;
  auto is_scale = [](const std::optional<Item>& it) {
    return it && (it->kind == ItemKind::hundred || it->kind == ItemKind::scale || it->kind == ItemKind::group);
  };
  // A whole number on its own: not "2.12", "2,000" or "2k".
  auto plain_digits = [&](std::size_t at) {
    return tokens[at].kind == ScanTokenKind::digits && tokens[at].space_before &&
           (at + 1 >= tokens.size() || tokens[at + 1].space_before ||
            (tokens[at + 1].kind == ScanTokenKind::symbol && tokens[at + 1].text != lex.decimal_mark &&
             std::find(lex.group_marks.begin(), lex.group_marks.end(), tokens[at + 1].text) == lex.group_marks.end()));
  };
  while (k < tokens.size()) {
    auto item = word_item(tokens[k], lex);
    if (is_scale(item)) {
      item->token = k;
      items.push_back(*item);
      ++k;
      continue;
    }
    if (items.empty()) break;
    const ItemKind last = items.back().kind;
    // Digits and words mixed (peer cases): "4 thousand 3 hundred and 21",
    // "6 crore and two hundred"; a figure after a scale word must itself
    // carry a scale word ("2 million 3 years" is two figures).
    if (plain_digits(k) && k + 1 < tokens.size() && is_scale(word_item(tokens[k + 1], lex)) &&
        (last == ItemKind::scale || last == ItemKind::conj)) {
      items.push_back({ItemKind::cardinal, digits_value(tokens[k].text), k});
      ++k;
      continue;
    }
    // "19 mil 500", "5 mil 800 votos" (the Mexican way), "3 mil 500
    // millones": up to three digits right after a thousand are its units.
    // (A full stop after them may end the sentence: "se esperan 19 mil 500.")
    const auto units_of_thousand = [&](std::size_t at) {
      return tokens[at].kind == ScanTokenKind::digits && tokens[at].space_before && tokens[at].text.size() <= 3 &&
             (at + 1 >= tokens.size() || tokens[at + 1].space_before ||
              (tokens[at + 1].kind == ScanTokenKind::symbol &&
               !(at + 2 < tokens.size() && tokens[at + 2].kind == ScanTokenKind::digits &&
                 !tokens[at + 2].space_before)));
    };
    if (last == ItemKind::scale && items.size() == 1 && items.back().value == 1000 && units_of_thousand(k)) {
      items.push_back({ItemKind::cardinal, digits_value(tokens[k].text), k});
      ++k;
      continue;
    }
    if (item && item->kind == ItemKind::conj && k + 1 < tokens.size() &&
        (last == ItemKind::hundred || last == ItemKind::scale)) {
      auto next = word_item(tokens[k + 1], lex);
      // "3 hundred and 21", but "3 hundred and 2 hundred" is two figures.
      const bool digits_after_hundred = last == ItemKind::hundred && plain_digits(k + 1) &&
                                        digits_value(tokens[k + 1].text) < 100 &&
                                        digits_value(tokens[k + 1].text) > 0 &&
                                        !(k + 2 < tokens.size() && is_scale(word_item(tokens[k + 2], lex)));
      const bool words = next && next->kind == ItemKind::cardinal && next->value < 100;
      if (!digits_after_hundred && !words) break;
      items.push_back({ItemKind::conj, 0, k});
      ++k;
      if (digits_after_hundred) {
        items.push_back({ItemKind::cardinal, digits_value(tokens[k].text), k});
        ++k;
      }
      continue;
    }
    if (item && item->kind == ItemKind::cardinal && (last == ItemKind::conj || last == ItemKind::cardinal)) {
      item->token = k;
      items.push_back(*item);
      ++k;
      continue;
    }
    // "the Rs 2.49-lakh-crore budget": a hyphen glued between two scale
    // words joins them.
    if (is_dash(tokens[k]) && last == ItemKind::scale && k + 1 < tokens.size() && !tokens[k].space_before &&
        !tokens[k + 1].space_before && is_scale(word_item(tokens[k + 1], lex))) {
      ++k;
      continue;
    }
    if (is_dash(tokens[k]) && last == ItemKind::cardinal && k + 1 < tokens.size() && word_item(tokens[k + 1], lex)) {
      items.push_back({ItemKind::hyphen, 0, k});
      ++k;
      continue;
    }
    break;
  }
  while (!items.empty() && (items.back().kind == ItemKind::conj || items.back().kind == ItemKind::hyphen)) {
    items.pop_back();
  }
  if (items.empty()) return value;
  double v;
  const std::size_t used = eval_cardinal(items, 0, items.size(), v, value);
  if (used == 0) return value;
  j = items[used - 1].token + 1;
  scaled = true;
  for (std::size_t k2 = 0; k2 < used; ++k2) mixed |= items[k2].kind == ItemKind::cardinal;
  return v;
}

// 10^k for a whole number with k >= min_trailing_zeros trailing zeros, else 1.
double round_digits_unit(double v, const LanguageLexicon& lex) {
  if (v < 1 || std::floor(v) != v) return 1;
  int zeros = 0;
  if (v < 9007199254740992.0) {
    // Below 2^53 the whole number is exact in an integer, and counting its
    // zeros there is the fmod loop below without the division.
    auto u = static_cast<std::uint64_t>(v);
    while (u >= 10 && u % 10 == 0) {
      u /= 10;
      ++zeros;
    }
    return zeros >= lex.rounding.min_trailing_zeros ? decimal::pow10(zeros) : 1;
  }
  while (v >= 10 && std::fmod(v, 10) == 0) {
    v /= 10;
    ++zeros;
  }
  return zeros >= lex.rounding.min_trailing_zeros ? decimal::pow10(zeros) : 1;
}

// Rounding unit of a digit string with `decimals` digits after the mark.
double digit_round_unit(std::string_view int_digits, int decimals, const LanguageLexicon& lex) {
  if (decimals > 0) return 0;
  int zeros = 0;
  for (std::size_t k = int_digits.size(); k-- > 1 && int_digits[k] == '0';) ++zeros;
  if (zeros < lex.rounding.min_trailing_zeros) return 0;
  return decimal::pow10(zeros);
}

std::optional<Numeral> parse_digits(const std::vector<ScanToken>& tokens, std::size_t i, const LanguageLexicon& lex) {
  Numeral n;
  n.first = i;
  n.digits = true;
  std::size_t j = i;
  // Views of the digits; the groups of a grouped figure are joined in
  // `grouped_digits`.
  std::string_view int_digits;
  std::string_view frac_digits;
  std::string grouped_digits;
  const bool dec_first = j + 1 < tokens.size() && tokens[j].text == lex.decimal_mark &&
                         tokens[j + 1].kind == ScanTokenKind::digits && !tokens[j + 1].space_before;
  if (dec_first) {
    frac_digits = tokens[j + 1].text;
    j += 2;
    n.decimal = true;
  } else {
    if (tokens[j].kind != ScanTokenKind::digits) return std::nullopt;
    int_digits = tokens[j].text;
    ++j;
    // Indian grouping, where a comma groups: pairs of digits, then a last
    // group of three ("9,84,600 tonnes", "₹1,74,370 crore", "12,40,000").
    if (int_digits.size() <= 2 &&
        std::find(lex.group_marks.begin(), lex.group_marks.end(), ",") != lex.group_marks.end()) {
      const auto group_of = [&](std::size_t k, std::size_t size) {
        return k + 1 < tokens.size() && tokens[k].text == "," && !tokens[k].space_before &&
               tokens[k + 1].kind == ScanTokenKind::digits && !tokens[k + 1].space_before &&
               tokens[k + 1].text.size() == size;
      };
      std::size_t k = j;
      std::string joined(int_digits);
      int pairs = 0;
      while (group_of(k, 2)) {
        joined += tokens[k + 1].text;
        k += 2;
        ++pairs;
      }
      if (pairs > 0 && group_of(k, 3) && !group_of(k + 2, 3) && !group_of(k + 2, 2)) {
        joined += tokens[k + 1].text;
        grouped_digits = std::move(joined);
        int_digits = grouped_digits;
        n.grouped = true;
        j = k + 2;
      }
    }
    // Groups of three after a group mark: "400,000", "400.000" (es),
    // "400 000". The first group has one to three digits, and is no zero
    // ("0,128 euros" is no 128).
    if (int_digits.size() <= 3 && !n.grouped && !int_digits.starts_with('0')) {
      while (j < tokens.size()) {
        bool mark = false;
        std::size_t next = j;
        for (const std::string& g : lex.group_marks) {
          if (g == " ") {
            // One space (ASCII, no-break or narrow no-break) between groups.
            if (tokens[j].kind == ScanTokenKind::digits && tokens[j].space_before && tokens[j].text.size() == 3 &&
                tokens[j - 1].kind == ScanTokenKind::digits && tokens[j].begin - tokens[j - 1].end <= 3) {
              mark = true;
              next = j;
            }
          } else if (tokens[j].text == g && !tokens[j].space_before && j + 1 < tokens.size() &&
                     tokens[j + 1].kind == ScanTokenKind::digits && !tokens[j + 1].space_before &&
                     tokens[j + 1].text.size() == 3) {
            mark = true;
            next = j + 1;
          }
          if (mark) break;
        }
        if (!mark) break;
        // "3 100 people" is ambiguous; a space-grouped figure must not be
        // followed by another digit run of the same kind.
        if (!n.grouped) grouped_digits = int_digits;
        grouped_digits += tokens[next].text;
        int_digits = grouped_digits;
        n.grouped = true;
        j = next + 1;
      }
    }
    // The alternate mark is a decimal mark where it cannot group: Mexican
    // "1.5 millones" next to Spanish "1,5 millones".
    // So is a group mark after a lone zero: "0,128 euros" is 0.128.
    const bool zero = int_digits == "0" && j < tokens.size() &&
                      std::any_of(lex.group_marks.begin(), lex.group_marks.end(),
                                  [&](const std::string& g) { return g != " " && tokens[j].text == g; });
    const bool alt = zero || (!lex.alternate_decimal_mark.empty() && j + 1 < tokens.size() &&
                              tokens[j].text == lex.alternate_decimal_mark && tokens[j + 1].text.size() != 3);
    if (j + 1 < tokens.size() && (tokens[j].text == lex.decimal_mark || alt) && !tokens[j].space_before &&
        tokens[j + 1].kind == ScanTokenKind::digits && !tokens[j + 1].space_before) {
      // A second decimal mark makes a dotted string (IP address, version):
      // not a quantity, consume it whole.
      if (j + 3 < tokens.size() && tokens[j + 2].text == tokens[j].text && !tokens[j + 2].space_before &&
          tokens[j + 3].kind == ScanTokenKind::digits && !tokens[j + 3].space_before) {
        return std::nullopt;
      }
      frac_digits = tokens[j + 1].text;
      j += 2;
      n.decimal = true;
    }
  }
  // A group mark glued between digits that group nothing ("12,5 %" in an
  // English document, a decimal comma of another language): which figure
  // is meant is not told. A run of them is a list ("nrs. 22,24,26").
  const bool list = (j + 3 < tokens.size() && tokens[j + 2].text == tokens[j].text && !tokens[j + 2].space_before &&
                     tokens[j + 3].kind == ScanTokenKind::digits && !tokens[j + 3].space_before) ||
                    (i >= 2 && j < tokens.size() && tokens[i - 1].text == tokens[j].text && !tokens[i].space_before &&
                     !tokens[i - 1].space_before && tokens[i - 2].kind == ScanTokenKind::digits);
  if (!list && j + 1 < tokens.size() && !tokens[j].space_before && tokens[j + 1].kind == ScanTokenKind::digits &&
      !tokens[j + 1].space_before &&
      std::any_of(lex.group_marks.begin(), lex.group_marks.end(),
                  [&](const std::string& g) { return g != " " && tokens[j].text == g; })) {
    return std::nullopt;
  }
  double value = digits_value(int_digits, frac_digits);
  n.integer_digits = static_cast<int>(int_digits.size());
  n.round_unit = digit_round_unit(int_digits, static_cast<int>(frac_digits.size()), lex);
  // The unit of the last significant written digit: "400,000" 100000,
  // "1.5" 0.1, "10" 1 (then times a scale: "10 billion" 1e9).
  // Without decimals `value` is still the integer part alone.
  const double digit_unit =
      frac_digits.empty() ? round_digits_unit(value, lex) : decimal::pow10(-static_cast<int>(frac_digits.size()));
  n.digit_unit = digit_unit;
  // Exponent "1e10", "12.32e+14", "-12e-1"; power "1.1^23", "2.5^-1".
  if (j < tokens.size() && !tokens[j].space_before && tokens[j].kind == ScanTokenKind::word && tokens[j].lower[0] == 'e') {
    const std::string_view w = tokens[j].lower;
    if (w.size() > 1 && w.find_first_not_of("0123456789", 1) == std::string_view::npos) {
      value *= decimal::pow10(parse_int(std::string(w.substr(1))));
      n.round_unit = 0;
      ++j;
    } else if (w == "e" && j + 2 < tokens.size() && is_sign(tokens[j + 1]) && !tokens[j + 1].space_before &&
               tokens[j + 2].kind == ScanTokenKind::digits && !tokens[j + 2].space_before) {
      const int e = parse_int(std::string(tokens[j + 2].text));
      value *= decimal::pow10(tokens[j + 1].text == "+" ? e : -e);
      n.round_unit = 0;
      j += 3;
    }
  } else if (j + 1 < tokens.size() &&
             ((is_sym(tokens[j], "^") && !tokens[j].space_before) ||
              (tokens[j].lower == "x10" && !tokens[j].space_before && is_sym(tokens[j + 1], "^") &&
               !tokens[j + 1].space_before))) {
    // "1.1^23"; "1.3x10^6" is 1.3 × 10^6.
    const bool times_ten = tokens[j].lower == "x10";
    if (times_ten) ++j;
    std::size_t k = j + 1;
    bool neg = false;
    while (k < tokens.size() && is_sign(tokens[k]) && !tokens[k].space_before) {
      if (tokens[k].text != "+") neg = !neg;
      ++k;
    }
    if (k < tokens.size() && tokens[k].kind == ScanTokenKind::digits && !tokens[k].space_before) {
      const double e = digits_value(tokens[k].text);
      value = times_ten ? value * std::pow(10.0, neg ? -e : e) : std::pow(value, neg ? -e : e);
      n.round_unit = 0;
      j = k + 1;
    }
  } else if (j + 1 < tokens.size() && is_slash(tokens[j]) && !tokens[j].space_before &&
             tokens[j + 1].kind == ScanTokenKind::digits && !tokens[j + 1].space_before && !n.grouped && !n.decimal) {
    // "3/4"; "12/25/2023" is a date.
    if (j + 2 < tokens.size() && is_slash(tokens[j + 2]) && !tokens[j + 2].space_before) return std::nullopt;
    const double d = digits_value(tokens[j + 1].text);
    // "2026/27", "2025/2026": a season or financial year, not a quotient.
    const std::size_t next_digits = tokens[j + 1].text.size();
    if (int_digits.size() == 4 && value >= 1800 && value <= 2200 &&
        ((next_digits == 2 && d == std::fmod(value + 1, 100.0)) || (next_digits == 4 && d == value + 1))) {
      return std::nullopt;
    }
    if (d == 0) return std::nullopt;
    value /= d;
    n.fraction = true;
    n.round_unit = 0;
    j += 2;
  } else if (!n.grouped && !n.decimal && j + 2 < tokens.size() && tokens[j].kind == ScanTokenKind::digits &&
             tokens[j].space_before && is_slash(tokens[j + 1]) && !tokens[j + 1].space_before &&
             tokens[j + 2].kind == ScanTokenKind::digits && !tokens[j + 2].space_before &&
             !(j + 3 < tokens.size() && is_sym(tokens[j + 3], "/"))) {
    // Mixed number "1 4/5".
    const double num = digits_value(tokens[j].text);
    const double den = digits_value(tokens[j + 2].text);
    if (den != 0 && num < den) {
      value += num / den;
      n.fraction = true;
      n.round_unit = 0;
      j += 3;
    }
  }
  // Scale abbreviation: "10k", "1.2bn", "$10B", "- 10  k", "US$ 1MM".
  if (j < tokens.size() && tokens[j].kind == ScanTokenKind::word && !n.fraction) {
    if (auto s = find(lex.scale_abbreviations, tokens[j].text)) {
      // A spaced abbreviation must stand alone: "10 M" but not "10 M2".
      value *= *s;
      n.scale = *s;
      n.scaled = true;
      n.abbreviated = !tokens[j].space_before;
      n.round_unit = digit_unit * *s;
      ++j;
    }
  }
  if (!n.fraction) {
    bool scaled = false, mixed = false;
    const double before = value;
    // "the $1.8-million loss", "a 10-million-tonne harvest": a hyphen glued
    // on both sides joins the figure to its scale word.
    std::size_t k = j;
    if (k + 1 < tokens.size() && is_dash(tokens[k]) && !tokens[k].space_before && !tokens[k + 1].space_before) {
      const std::optional<Item> next = word_item(tokens[k + 1], lex);
      if (next && next->kind == ItemKind::scale) ++k;
    }
    value = apply_scales(tokens, k, value, lex, scaled, mixed);
    if (scaled) j = k;
    if (scaled) {
      if (before != 0) n.scale *= value / before;
      n.scaled = true;
      n.round_unit = mixed ? 0 : digit_unit * (before == 0 ? 1 : value / before);
      // "10.000 millones" is "10 billion": trailing zeros before a scale
      // word round to at most a tenth of the figure ("2 million" keeps
      // its half million either way).
      if (digit_unit > 1 && n.round_unit > value / 10 && value > 0) {
        n.round_unit = std::pow(10.0, std::floor(std::log10(value)) - 1);
      }
    }
  }
  // "3 million and a half".
  if (n.scaled && j + 2 < tokens.size() && find(lex.and_words, tokens[j].lower)) {
    std::vector<Item> items = collect_items(tokens, j + 1, lex, word_item(tokens[j + 1], lex));
    if (!items.empty() && (items.back().kind == ItemKind::fraction || items.back().kind == ItemKind::ordinal)) {
      if (auto f = eval_fraction(items, items.size()); f && *f < 1) {
        value += *f * n.scale;
        n.fraction = true;
        j = items.back().token + 1;
      }
    }
  }
  n.value = value;
  n.last = j;
  return n;
}

std::optional<Numeral> parse_words(const std::vector<ScanToken>& tokens, std::size_t i, const LanguageLexicon& lex) {
  const std::optional<Item> first = word_item(tokens[i], lex);
  // "half a dozen", "half a million".
  if (first && first->kind == ItemKind::fraction && i + 2 < tokens.size()) {
    auto art = word_item(tokens[i + 1], lex);
    auto scale = word_item(tokens[i + 2], lex);
    if (art && art->kind == ItemKind::article && scale &&
        (scale->kind == ItemKind::scale || scale->kind == ItemKind::group || scale->kind == ItemKind::hundred)) {
      Numeral n;
      n.first = i;
      n.last = i + 3;
      n.value = scale->value / first->value;
      n.scaled = true;
      n.fraction = true;
      return n;
    }
  }
  std::vector<Item> items = collect_items(tokens, i, lex, first);
  if (items.empty()) return std::nullopt;
  Numeral n;
  n.first = i;
  const ItemKind last = items.back().kind;
  if (last == ItemKind::ordinal || last == ItemKind::fraction) {
    std::optional<double> fv = eval_fraction(items, items.size());
    // "quarter million" as "half million".
    if (!fv && items.size() == 1 && last == ItemKind::fraction) fv = 1 / items[0].value;
    if (fv) {
      n.value = *fv;
      n.fraction = true;
      n.last = items.back().token + 1;
      // "five and a half million", "half million", "two thirds of a million".
      std::size_t k = n.last;
      if (k + 2 < tokens.size() && tokens[k].lower == "of" && word_item(tokens[k + 1], lex) &&
          word_item(tokens[k + 1], lex)->kind == ItemKind::article) {
        k += 2;
      }
      auto scale = k < tokens.size() ? word_item(tokens[k], lex) : std::nullopt;
      const bool has_scale = std::any_of(items.begin(), items.end(), [](const Item& it) {
        return it.kind == ItemKind::scale || it.kind == ItemKind::hundred;
      });
      if (!has_scale && scale && (scale->kind == ItemKind::scale || scale->kind == ItemKind::hundred)) {
        n.value *= scale->value;
        n.scale = scale->value;
        n.scaled = true;
        n.last = k + 1;
      } else if (items.size() == 1 && last == ItemKind::fraction &&
                 (items[0].value != 2 || find(lex.scale_only_fractions, tokens[i].lower))) {
        return std::nullopt;  // "quarter" alone: "the first quarter"; "medio" alone: "el precio medio"
      } else if (items.size() == 1 && last == ItemKind::fraction && i >= 2 && is_dash(tokens[i - 1]) &&
                 !tokens[i].space_before && !tokens[i - 1].space_before && word_item(tokens[i - 2], lex) &&
                 word_item(tokens[i - 2], lex)->kind == ItemKind::ordinal) {
        return std::nullopt;  // "a first-half total", "second-half goals": a part of a season, no half
      } else if (items.size() == 2 && last == ItemKind::fraction && items[0].kind == ItemKind::article &&
                 find(lex.scale_only_fractions, tokens[items[1].token].lower)) {
        return std::nullopt;  // "una media de 127 pacientes": the average, not a half
      }
      return n;
    }
    if (items.size() == 1 && last == ItemKind::ordinal) {
      // A lone ordinal word; "fifths" alone is nothing.
      const std::string_view w = tokens[i].lower;
      if (!lex.ordinal_plural.empty() && w.ends_with(lex.ordinal_plural) && !lex.ordinals.contains(w)) {
        return std::nullopt;
      }
      n.value = items[0].value;
      n.ordinal = true;
      n.last = i + 1;
      return n;
    }
    // "twenty-first": a compound ordinal.
    double v;
    if (last == ItemKind::ordinal && items.back().value < 10 && items.size() >= 2 &&
        full_cardinal(items, 0, items.size() - 1 - (items[items.size() - 2].kind == ItemKind::hyphen ? 1 : 0), v) &&
        std::fmod(v, 10) == 0) {
      n.value = v + items.back().value;
      n.ordinal = true;
      n.last = items.back().token + 1;
      return n;
    }
    items.pop_back();
    while (!items.empty() && (items.back().kind == ItemKind::conj || items.back().kind == ItemKind::hyphen ||
                              items.back().kind == ItemKind::article)) {
      items.pop_back();
    }
    if (items.empty()) return std::nullopt;
  }
  double v;
  std::size_t used = eval_cardinal(items, 0, items.size(), v);
  if (used == 0) return std::nullopt;
  // "a" alone is no number; trailing "and"/hyphen are not part of it.
  while (used > 0 && (items[used - 1].kind == ItemKind::conj || items[used - 1].kind == ItemKind::hyphen)) --used;
  if (used == 1 && items[0].kind == ItemKind::article) return std::nullopt;
  eval_cardinal(items, 0, used, v);
  n.value = v;
  n.last = items[used - 1].token + 1;
  bool has_scale = false;
  for (std::size_t k = 0; k < used; ++k) {
    if (items[k].kind == ItemKind::scale || items[k].kind == ItemKind::hundred) has_scale = true;
  }
  // "two million", "diez mil millones": round to the scale words that end
  // the figure, as "2 million" and "10 billion" written with digits.
  if (has_scale) {
    n.scaled = true;
    double product = 1;
    for (std::size_t k = used; k-- > 0 && items[k].kind == ItemKind::scale;) product *= items[k].value;
    n.scale = product;
    n.round_unit = product > 1 ? product * round_digits_unit(v / product, lex) : 0;
  }
  // "two hundred point zero three".
  if (n.last + 1 < tokens.size() && find(lex.point_words, tokens[n.last].lower)) {
    std::string digits;
    const std::size_t end = spelled_decimals(tokens, n.last + 1, lex, digits);
    if (!digits.empty()) {
      n.value += digits_value({}, digits);
      n.decimal = true;
      n.round_unit = 0;
      n.last = end;
    }
  }
  return n;
}

}  // namespace

std::optional<Numeral> parse_numeral(const std::vector<ScanToken>& tokens, std::size_t i, const LanguageLexicon& lex) {
  if (i >= tokens.size()) return std::nullopt;
  // A sign: "-9.23", "- 1 4/5", "−5"; not the hyphen of "COVID-19".
  std::size_t start = i;
  bool negative = false;
  if (is_sign(tokens[i]) && i + 1 < tokens.size()) {
    const bool glued_left = i > 0 && !tokens[i].space_before;
    if (glued_left) return std::nullopt;
    if (tokens[i + 1].kind != ScanTokenKind::digits && tokens[i + 1].text != lex.decimal_mark) return std::nullopt;
    if (tokens[i + 1].space_before && i > 0) return std::nullopt;
    negative = tokens[i].text != "+";
    ++i;
  } else if (tokens[i].kind == ScanTokenKind::word && find(lex.minus_words, tokens[i].lower) && i + 1 < tokens.size()) {
    negative = true;
    ++i;
  }
  std::optional<Numeral> n;
  if (tokens[i].kind == ScanTokenKind::digits || tokens[i].text == lex.decimal_mark) {
    n = parse_digits(tokens, i, lex);
  } else if (tokens[i].kind == ScanTokenKind::word) {
    n = parse_words(tokens, i, lex);
  }
  if (!n) return std::nullopt;
  if (negative) {
    if (n->ordinal) return std::nullopt;
    n->value = -n->value;
    n->negative = true;
    n->first = start;
  }
  // Fractions with "over" / "out of": "one over three", "2000 over 3"; not
  // "$2000 over 3 years" (a word after the divisor).
  std::size_t k = 0;
  if (!n->ordinal && n->last < tokens.size() && match_forward(lex.over_words, tokens, n->last, k, false, 2)) {
    auto d = parse_numeral(tokens, n->last + k, lex);
    if (d && !d->negative && !d->ordinal && d->value != 0 &&
        (d->last >= tokens.size() || tokens[d->last].kind == ScanTokenKind::symbol)) {
      n->value /= d->value;
      n->fraction = true;
      n->scaled = false;
      n->round_unit = 0;
      n->last = d->last;
    }
  }
  return n;
}

}  // namespace claimlint
