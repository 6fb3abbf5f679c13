// The unit-price check: a price per item against a count and total of the same document.
#include "check/unit_price.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <set>
#include <string>

#include <fmt/format.h>

namespace claimlint {
namespace {

using T = ArithToken::Type;

using Deal = UnitPriceCheck::Deal;
using UnitPrice = UnitPriceCheck::UnitPrice;

// The lengths of time a price may be for: "$45,000 per season".
constexpr CueWords k_price_periods{
    std::to_array<std::string_view>({"season", "year", "month", "week", "night", "day"})};

// The length of time "a", "per" or "every" after the figure at token i
// names ("$45,000 per season"), or empty.
std::string_view per_period(ArithTokens t, std::size_t i) {
  if (i + 2 < t.size() && t[i + 1].type == T::word && is_one_of(t[i + 1].text, {"a", "per", "each", "every"}) &&
      t[i + 2].type == T::word && k_price_periods.contains(t[i + 2].text)) {
    return t[i + 2].text;
  }
  return {};
}

// The length of time the figure at token i is for ("$1.2 million a
// year"; "span" for "over five years"), or empty.
std::string_view period_after(const ArithmeticInput& in, ArithTokens t, std::size_t i) {
  if (const std::string_view per = per_period(t, i); !per.empty()) return per;
  // "over five years", "across the decade": a span of its own.
  if (i + 1 < t.size() && t[i + 1].type == T::word && is_one_of(t[i + 1].text, {"over", "across", "during"})) {
    return "span";
  }
  // ("over five years" may be read as one figure, "more than five years".)
  if (i + 1 < t.size() && t[i + 1].type == T::figure &&
      in.figures[static_cast<std::size_t>(t[i + 1].figure)].kind == QuantityKind::duration) {
    return "span";
  }
  // "an annual commitment of about $2.6 million": "annual" before the
  // figure's noun, words only between.
  for (std::size_t k = i, words = 0; k-- > 0 && words < 4 && t[k].type == T::word; ++words) {
    if (is_one_of(t[k].text, {"annual", "yearly", "anual", "anuales"})) return "year";
  }
  return {};
}

// Whether prices for `a` and totals for `b` are for one length of time: a
// sports season is a year's.
bool same_period(std::string_view a, std::string_view b) {
  const auto year = [](std::string_view w) { return w == "season" || w == "year"; };
  return a == b || (year(a) && year(b));
}

// A unit price starting at token i, if the figure there is followed by
// "each", "apiece", or "a/an/per ITEM".
std::optional<UnitPrice> unit_price_at(const ArithmeticInput& in, ArithTokens t, std::size_t s,
                                       std::size_t i) {
  if (t[i].type != T::figure) return std::nullopt;
  const Figure& p = in.figures[static_cast<std::size_t>(t[i].figure)];
  if (p.kind != QuantityKind::currency || p.range_side || i + 1 >= t.size()) return std::nullopt;
  // "at an average selling price of £318,500,": a price each with no word
  // of the item after it (with one, "a price of $9,480 a tonne", it is
  // read below).
  if (i >= 3 && t[i - 1].type == T::word && t[i - 1].text == "of" && t[i - 2].type == T::word &&
      is_one_of(t[i - 2].text, {"price", "cost"}) && t[i - 3].type == T::word &&
      is_one_of(t[i - 3].text, {"average", "selling", "realised", "realized", "mean", "unit"}) &&
      t[i + 1].type == T::punct && t[i + 1].text == ",") {
    return UnitPrice{t[i].figure, "", s, {t[i - 3].range.begin, p.range.end}, false, {}};
  }
  // Spanish "con una cuota media de 310 euros,", "a un costo unitario de
  // 2.85 millones de pesos,", "con un costo unitario estimado de 18.5
  // mdp,": the same, the adjective after its noun.
  if (i >= 3 && t[i - 1].type == T::word && t[i - 1].text == "de") {
    std::size_t k = i - 2;
    if (k >= 2 && t[k].type == T::word &&
        is_one_of(t[k].text, {"estimado", "estimada", "previsto", "prevista", "aproximado", "aproximada"})) {
      --k;
    }
    if (t[k].type == T::word && is_one_of(t[k].text, {"media", "medio", "unitario", "unitaria", "promedio"}) &&
        t[k - 1].type == T::word && is_one_of(t[k - 1].text, {"cuota", "precio", "tarifa", "coste", "costo", "importe"}) &&
        t[i + 1].type == T::punct && is_one_of(t[i + 1].text, {",", ".", ";"})) {
      return UnitPrice{t[i].figure, "", s, {t[k - 1].range.begin, p.range.end}, false, {}};
    }
  }
  // "sold 3.1 million tickets at $20, bringing in ...": a count after a
  // verb of sale, then "at" and the price set off by a comma.
  if (i >= 3 && t[i + 1].type == T::punct && t[i + 1].text == "," && t[i - 1].type == T::word &&
      t[i - 1].text == "at" && t[i - 2].type == T::figure && t[i - 3].type == T::word &&
      is_one_of(t[i - 3].text, {"sold", "sells", "sell", "selling", "bought", "buys", "buy", "buying", "purchased",
                                "ordered", "vendi\xC3\xB3", "vendieron", "compr\xC3\xB3", "compraron"}) &&
      in.figures[static_cast<std::size_t>(t[i - 2].figure)].kind == QuantityKind::count) {
    UnitPrice u{t[i].figure, "", s, {t[i - 1].range.begin, p.range.end}, false, {}};
    u.may_be_total = true;
    return u;
  }
  if (t[i + 1].type != T::word) return std::nullopt;
  // "The $20 Lucky 7s Deluxe ticket, introduced in January, sold 3.1
  // million tickets": the price of one named by its noun after it (up to
  // four words, the last before a comma), with "the" before it.
  // (Not after "at": "at the $18.40 fare," is read below.)
  if (i >= 1 && t[i - 1].type == T::word && is_one_of(t[i - 1].text, {"the", "its", "their"}) &&
      !(i >= 2 && t[i - 2].type == T::word && t[i - 2].text == "at")) {
    std::size_t k = i + 1;
    while (k < t.size() && k <= i + 4 && t[k].type == T::word) ++k;
    if (k < t.size() && k > i + 1 && t[k].type == T::punct && t[k].text == "," && t[k - 1].text.size() > 2) {
      return UnitPrice{t[i].figure, std::string(t[k - 1].text), s, {p.range.begin, t[k - 1].range.end}, false, {}};
    }
  }
  // "sold 412,000 vehicle tickets at the $18.40 fare", "at a $12
  // admission price": the price each, named by its noun after it.
  if (i >= 2 && t[i - 1].type == T::word && is_one_of(t[i - 1].text, {"the", "a", "an", "its", "their"}) &&
      t[i - 2].type == T::word && t[i - 2].text == "at") {
    const auto price_noun = [&](std::size_t k) {
      return t[k].type == T::word && is_one_of(t[k].text, {"fare", "price", "fee", "charge"});
    };
    std::size_t k = i + 1;
    if (k + 1 < t.size() && !price_noun(k)) ++k;  // a word of what it is first: "admission price"
    if (price_noun(k)) {
      return UnitPrice{t[i].figure, "", s, {t[i - 2].range.begin, t[k].range.end}, false, {}};
    }
  }
  if (is_one_of(t[i + 1].text, {"each", "apiece"})) {
    // "Members pledged €500 each", "a draw in which members pledged €500
    // each": each of the plural noun that opens the sentence or a clause,
    // its verb between, is the item.
    std::string item;
    const bool opening =
        i == 2 || (i >= 3 && ((t[i - 3].type == T::word && is_one_of(t[i - 3].text, {"the", "its", "their", "which",
                                                                                       "whom", "that", "where"})) ||
                              (t[i - 3].type == T::punct && t[i - 3].text == ",")));
    if (opening && t[i - 1].type == T::word && t[i - 2].type == T::word) {
      const std::string_view noun = t[i - 2].text;
      if (plural_looking(noun) && t[i - 1].text.ends_with("ed")) {
        item = singular(std::string(noun));
      }
    }
    return UnitPrice{t[i].figure, item, s, {p.range.begin, t[i + 1].range.end}, false, {}};
  }
  // Spanish "500 euros cada uno".
  if (t[i + 1].text == "cada" && i + 2 < t.size() && t[i + 2].type == T::word &&
      is_one_of(t[i + 2].text, {"uno", "una"})) {
    return UnitPrice{t[i].figure, "", s, {p.range.begin, t[i + 2].range.end}, false, {}};
  }
  // "$2,266 a head" (of cattle), "per head": each, whatever is counted.
  if (i + 2 < t.size() && is_one_of(t[i + 1].text, {"a", "per"}) && t[i + 2].type == T::word &&
      t[i + 2].text == "head") {
    return UnitPrice{t[i].figure, "", s, {p.range.begin, t[i + 2].range.end}, false, {}};
  }
  // "$45,000 per season", "a year": each item's price for that time.
  if (const std::string_view per = per_period(t, i); !per.empty()) {
    UnitPrice u{t[i].figure, "", s, {p.range.begin, t[i + 2].range.end}, false, {}};
    u.period = per;
    return u;
  }
  // "a chip", "per chip"; Spanish "8,50 euros el litro", "por litro".
  if (is_one_of(t[i + 1].text, {"a", "an", "per", "el", "la", "por"}) && i + 2 < t.size() &&
      t[i + 2].type == T::word) {
    return UnitPrice{t[i].figure, std::string(t[i + 2].text), s, {p.range.begin, t[i + 2].range.end}, false, {}};
  }
  return std::nullopt;
}

// "With the full-marathon entry fee set at a flat $125 this year, the 1,240
// registrations alone brought in $161,200": a price each person pays,
// named before the money at token i (an entry, registration, membership
// or admission fee, a ticket price, a fare), with a few words between.
std::optional<UnitPrice> fee_price_at(const ArithmeticInput& in, ArithTokens t, std::size_t s, std::size_t i) {
  if (t[i].type != T::figure || i < 2) return std::nullopt;
  const Figure& p = in.figures[static_cast<std::size_t>(t[i].figure)];
  if (p.kind != QuantityKind::currency || p.range_side) return std::nullopt;
  std::size_t k = i;
  while (k > 0 && i - k < 5 && t[k - 1].type == T::word &&
         is_one_of(t[k - 1].text, {"a", "an", "flat", "of", "at", "set", "is", "was", "will", "be", "just", "only",
                                   "now", "de", "en"})) {
    --k;
  }
  if (k < 2 || k == i || t[k - 1].type != T::word) return std::nullopt;
  const std::string_view noun = t[k - 1].text;
  const std::string_view before = t[k - 2].type == T::word ? t[k - 2].text : std::string_view();
  const bool fee = (noun == "fee" && is_one_of(before, {"entry", "registration", "membership", "admission"})) ||
                   (noun == "price" && is_one_of(before, {"ticket", "admission"})) || noun == "fare";
  if (!fee) return std::nullopt;
  return UnitPrice{t[i].figure, "", s, {t[k - 1].range.begin, p.range.end}, false, {}};
}

// "each length costing £3,150", "with each bus priced at $480,000": the
// item named before the price at token i.
std::optional<UnitPrice> each_item_price_at(const ArithmeticInput& in, ArithTokens t, std::size_t s, std::size_t i) {
  if (t[i].type != T::figure || i < 3) return std::nullopt;
  const Figure& p = in.figures[static_cast<std::size_t>(t[i].figure)];
  if (p.kind != QuantityKind::currency || p.range_side) return std::nullopt;
  std::size_t k = i;
  // "an average of", "about", "roughly".
  while (k > 0 && i - k < 3 && t[k - 1].type == T::word &&
         is_one_of(t[k - 1].text, {"about", "around", "roughly", "some", "average", "an", "of", "nearly", "almost"})) {
    --k;
  }
  if (k > 0 && t[k - 1].type == T::word && t[k - 1].text == "at") --k;
  if (k < 3 || t[k - 1].type != T::word ||
      !is_one_of(t[k - 1].text, {"costing", "cost", "costs", "priced", "worth", "valued"})) {
    return std::nullopt;
  }
  const ArithToken& item = t[k - 2];
  const ArithToken& each = t[k - 3];
  if (item.type != T::word || each.type != T::word || each.text != "each") return std::nullopt;
  UnitPrice u{t[i].figure, std::string(item.text), s, {each.range.begin, p.range.end}, false, {}};
  u.item_first = true;
  return u;
}

// True if `f` is a plain number in millions or more written with its
// scale word ("8,4 millones", "1.2 billion"): a sum of money whose
// currency was named before it.
bool elided_currency(const ArithmeticInput& in, const Figure& f) {
  if (f.kind != QuantityKind::number || f.value < 1e6) return false;
  const std::string_view text = in.doc.view(f.range);
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The token of the figure after "at" at token m, over hedges and the
// words of a mean price ("at an average of $85,000", "at an average price
// of £395", "at about $45,000"); t.size() if token m is no "at" or no
// figure follows. "with" and "con" open a price too ("con un costo
// promedio de $96 millones").
std::size_t figure_after_at(ArithTokens t, std::size_t m) {
  // Spanish "a un precio de".
  if (m >= t.size() || t[m].type != T::word || !is_one_of(t[m].text, {"at", "a", "with", "con"})) return t.size();
  std::size_t price = m + 1;
  while (price < t.size() && price < m + 7 && t[price].type == T::word &&
         is_one_of(t[price].text, {"an", "a", "average", "of", "about", "around", "roughly", "some", "price", "cost",
                                   "selling", "mean", "unit", "un", "una", "precio", "de", "medio", "unitario",
                                   "coste", "costo", "estimado", "estimated", "raz\xC3\xB3n", "promedio",
                                   // "at an average landed cost of Rs 218 a litre", "at a
                                   // promotional price of $129 apiece"
                                   "landed", "wholesale", "import", "export", "contract", "promotional",
                                   "discounted", "special", "reduced", "introductory", "sale",
                                   // "at an average realized price of $4,180 an ounce"
                                   "realized", "realised", "achieved", "market", "spot", "retail"})) {
    ++price;
  }
  return price < t.size() && t[price].type == T::figure ? price : t.size();
}

// "$1,500 for each of the 2,860 properties", "£45,000 for every one of
// the 48 units": the price each before the count at token i.
std::optional<UnitPrice> price_for_each_of(const ArithmeticInput& in, ArithTokens t, std::size_t s, std::size_t i) {
  std::size_t k = i;
  // "for each of the co-op's 2,850 supplier-members", "of its 48 units".
  if (k > 0 && t[k - 1].type == T::word &&
      (t[k - 1].text.ends_with("'s") || t[k - 1].text.ends_with("\xE2\x80\x99s") ||
       is_one_of(t[k - 1].text, {"its", "their", "sus"}))) {
    --k;
  }
  if (k > 0 && t[k - 1].type == T::word && is_one_of(t[k - 1].text, {"the", "los", "las"})) --k;
  if (k < 4 || t[k - 1].type != T::word || !is_one_of(t[k - 1].text, {"of", "de"})) return std::nullopt;
  k -= 1;
  const std::size_t last = k - 1;  // "each", or "one" of "every one"
  const auto word = [&](std::size_t at, std::string_view w) { return t[at].type == T::word && t[at].text == w; };
  if (word(k - 1, "one") && word(k - 2, "every")) {
    k -= 2;
  } else if (word(k - 1, "each")) {
    k -= 1;
  } else if (k >= 3 && (word(k - 1, "uno") || word(k - 1, "una")) && word(k - 2, "cada")) {
    // "un bono de 4.500 pesos para cada uno de los 38.600 docentes".
    k -= 2;
  } else {
    return std::nullopt;
  }
  // ("£6,800 towards each of the 140 heat pumps".)
  if (k < 2 || t[k - 1].type != T::word || !is_one_of(t[k - 1].text, {"for", "to", "towards", "toward", "para", "a"})) {
    return std::nullopt;
  }
  // "a £175 credit to each of the 41,600 households": a noun of what is
  // paid may stand between the price and "to".
  std::size_t at = k - 2;
  if (t[at].type == T::word && at > 0 && t[at - 1].type == T::figure && t[at].text != "each") --at;
  if (t[at].type != T::figure) return std::nullopt;
  const Figure& p = in.figures[static_cast<std::size_t>(t[at].figure)];
  if (p.kind != QuantityKind::currency || p.range_side) return std::nullopt;
  return UnitPrice{t[at].figure, "", s, {p.range.begin, t[last].range.end}, false, {}};
}

// Words between a count and its total: "for", "worth about", "at a total
// cost of". One of the cues must be there.
constexpr CueWords k_deal_links{std::to_array<std::string_view>(
    {"for", "worth", "valued", "at", "a", "an", "total", "of", "cost", "costing", "totalling", "totaling", "about",
     "around", "roughly", "some", "nearly", "almost", "estimated", "value", "in", "deal", "deals", "contracts",
     "orders", "with", "combined", "bring", "brings", "bringing", "taking", "takes", "the", "to", "contract",
     "paying", "out",
     "order", "programme", "program", "deal", "outlay", "bill", "spend", "investment", "price", "sum", "un", "una",
     "de", "por", "gasto", "coste", "costo", "valor", "importe", "con", "en",
     // "a un costo unitario estimado de 18.5 mdp, es decir, 222 mdp en total".
     "es", "decir", "unitario", "unitaria", "estimado", "estimada",
     // "a razón de USD 6.200 por víctima, lo que suma USD 11,6 millones".
     "lo", "que", "suma", "sum\xC3\xB3", "supone", "supuso", "asciende", "totaliza", "raz\xC3\xB3n", "amounting",
     // "The two new ships have been ordered from ... at £38.5m each".
     "have", "has", "had", "been", "be", "will", "were", "was", "are", "is", "ordered", "bought", "purchased",
     "built", "delivered", "acquired",
     // "3,850 meters were swapped out last year at an average cost of $420 each".
     "replaced", "installed", "fitted", "swapped", "out", "repaired", "upgraded", "sold", "issued", "distributed",
     // "the 1,240 registrations alone brought in $161,200".
     "alone", "brought", "raised", "generated",
     // "3,200 programmes were also sold on the day at €5 each, raising a
     // further €19,000".
     "also", "on", "day", "raising", "further", "generating", "earning",
     // "16 aircraft at a list price of $34.5 million each, a firm order
     // valued at $524 million".
     "list", "firm", "retail", "sticker", "catalogue", "catalog",
     // "the 7,842 homes at an average selling price of £318,500".
     "selling", "realised", "realized",
     // "at an average landed cost of Rs 218 a litre", "at a promotional
     // price of $129 apiece".
     "landed", "wholesale", "promotional", "discounted", "special", "reduced", "introductory",
     "planted", "last", "year", "this", "average",
     // "..., at an estimated £3.4m each, accounting for £84.8m".
     "accounting", "amounting", "representing", "estimated",
     // "312.000 menús anuales a un precio de 5,40 euros por menú, lo que
     // supone un desembolso de 1,74 millones".
     "anuales", "annual", "yearly", "precio", "lo", "que", "supone", "desembolso", "meaning", "which", "means",
     // "a 38.500 euros la unidad, una operación que supondrá un desembolso
     // de 603.000 euros".
     "operaci\xC3\xB3n", "operation", "supondr\xC3\xA1", "supuso", "supusieron", "supondr\xC3\xAD" "a",
     "inversi\xC3\xB3n", "compra",
     // "en una operación que asciende en total a US$ 172 millones".
     "asciende", "ascendi\xC3\xB3", "ascender\xC3\xA1", "ascienden", "alcanza", "alcanz\xC3\xB3",
     "purchase",
     // "los 24.500 abonados, con una cuota media de 310 euros, aportaron".
     "cuota", "media", "medio", "tarifa", "unitario", "unitaria",
     // "11 estaciones con un costo promedio de 1.280.000 UF cada una".
     "promedio",
     // "lo que implica una inversión de 62.4 mdp".
     "implica", "implicar\xC3\xA1", "implicar\xC3\xAD" "a", "implic\xC3\xB3", "significa", "or",
     // "lo que representaría una derrama de 2,128 millones de pesos".
     "representa", "representar\xC3\xAD" "a", "representar\xC3\xA1", "represent\xC3\xB3", "derrama", "monto",
     "ingresos", "recaudaci\xC3\xB3n",
     // "lo que ha supuesto unos ingresos de 6,1 millones de euros".
     "ha", "han", "supuesto", "unos", "unas", "cerca",
     // "186.000 toneladas de cobre en el trimestre a un precio medio de
     // US$9.400 por tonelada, con ventas por US$1.847 millones", "with
     // sales of".
     "ventas", "sales", "revenue", "facturaci\xC3\xB3n", "el", "trimestre", "semestre", "quarter",
     // "translate into a state outgo of", "amounts to".
     "translate", "translates", "translated", "translating", "into", "outgo", "amount", "amounts", "amounted",
     // "applied to the district's 9,840 rural properties, is expected to
     // bring in $3.6 million".
     "expected", "projected", "forecast", "bring", "brings",
     // "About 1.8 lakh such borrowers will receive Rs 25,000 each, at a
     // cost of Rs 540 crore".
     "receive", "receives", "received", "receiving", "get", "gets", "such",
     // "The 96 two-bedroom units sold went for an average of S$1.38 million
     // each, bringing in about S$152 million".
     "went", "go", "goes", "fetched", "fetch", "fetches", "leased", "rented"})};
// A count as written, to stand inside a message: a hedge capitalised for
// opening its sentence is lowered ("About 1.8 lakh such borrowers").
std::string mid_sentence(std::string_view text) {
  std::string out(text);
  const std::string_view first = text.substr(0, text.find(' '));
  if (is_one_of(first, {"About", "Around", "Some", "Nearly", "Almost", "Roughly", "Approximately", "More", "Over",
                        "Under", "Up", "Unos", "Unas", "Cerca", "Casi", "Alrededor", "M\xC3\xA1s"})) {
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  }
  return out;
}

// A comma or a dash between the items and the total ("£4,850 for each of
// the 240 homes towards extra school places – a total of £1.24m").
// Whether word token `t` tells what each item weighs or measures
// ("85 black steers averaging 550 pounds"), no part of a deal.
bool describes_item(const ArithToken& t) {
  return t.type == T::word && is_one_of(t.text, {"averaging", "weighing", "measuring", "promediando", "pesando"});
}

bool deal_link(const ArithToken& t) {
  if (is_dash(t)) return true;
  if (t.type == T::punct) return t.text == ",";
  return t.type == T::word && k_deal_links.contains(t.text);
}

constexpr CueWords k_deal_cues{std::to_array<std::string_view>(
    {"for", "worth", "valued", "cost", "costing", "totalling", "totaling", "total", "value", "outlay", "por",
     "gasto", "coste", "costo", "valor", "importe", "desembolso",
     // "lo que suma USD 11,6 millones", "amounting to $11.6 million".
     "suma", "sum\xC3\xB3", "supone", "supuso", "asciende", "totaliza", "amounting",
     // "a 4,15 euros el kilo, una operación de 12,28 millones".
     "operaci\xC3\xB3n", "transacci\xC3\xB3n", "transaction",
     // "18,400 tonnes at an average of $6,150 a tonne, bringing in $119.2
     // million".
     "bringing", "raising", "generating", "earning", "netting",
     // "con un costo unitario de 1.15 millones de pesos, lo que implica una
     // inversión de 62.4 mdp".
     "implica", "implicar\xC3\xA1", "implicar\xC3\xAD" "a", "implic\xC3\xB3", "significa",
     // "at an estimated $640 per foot, or about $982,000".
     "or",
     // "lo que representaría una derrama de 2,128 millones de pesos".
     "representa", "representar\xC3\xAD" "a", "representar\xC3\xA1", "represent\xC3\xB3", "derrama",
     "supuesto",
     // "at an average price of $9,400 a tonne, with sales of $1.75 billion".
     "sales", "revenue", "ventas", "facturaci\xC3\xB3n",
     // "the 7.16 crore quintals procured this season translate into a state
     // outgo of Rs 6,280 crore", "amounts to".
     "translate", "translates", "translated", "translating", "outgo", "amount", "amounts", "amounted",
     // "is expected to bring in $3.6 million".
     "bring", "brings", "brought",
     // "bought 8,400 tonnes at 11,800 baht a tonne, paying out 89.6 million
     // baht".
     "paying", "pagando"})};
bool deal_cue(const ArithToken& t) { return t.type == T::word && k_deal_cues.contains(t.text); }

// A price of one of whatever is counted: "$240 each", "US$ 6,2 millones
// por unidad", "38.500 euros la unidad".
bool price_each(const UnitPrice& u) {
  return u.item.empty() || u.item == "unidad" || u.item == "unit" || u.item == "pieza";
}

// True if the item of a unit price is what the deal counts: its unit
// ("chip"), the last word of its measure ("H200 chip"), or "unit".
// Plural nouns of people that a price per person may be of.
constexpr CueWords k_people_nouns{std::to_array<std::string_view>(
    {"people", "persons", "victims", "passengers", "residents", "workers", "employees", "staff", "students",
     "pupils", "patients", "members", "families", "households", "visitors", "guests", "participants", "attendees",
     "claimants", "beneficiaries", "recipients", "pensioners", "retirees", "households", "tenants", "customers",
     "personas", "v\xC3\xAD" "ctimas", "pasajeros", "vecinos", "residentes", "trabajadores", "empleados",
     "alumnos", "estudiantes", "pacientes", "socios", "familias", "hogares", "visitantes", "participantes",
     "afectados", "damnificados", "beneficiarios", "jubilados", "pensionistas", "inquilinos", "clientes"})};

// "an average of 6,840 fans", "averaged 6,840 fans", "un promedio de
// 6.840 aficionados": a mean of something, no number of items.
bool told_as_average(const ArithmeticInput& in, const Figure& c) {
  const ArithTokens t = in.tokens(c.sentence);
  const auto at = std::lower_bound(t.begin(), t.end(), c.range.begin,
                                   [](const ArithToken& tok, std::size_t b) { return tok.range.begin < b; });
  const std::size_t i = static_cast<std::size_t>(at - t.begin());
  if (i == 0 || i >= t.size() || t[i].type != T::figure) return false;
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> words) {
    return t[k].type == T::word && is_one_of(t[k].text, words);
  };
  if (word(i - 1, {"averaged", "averaging", "averages", "promedió", "promediaron"})) return true;
  return i >= 2 && word(i - 1, {"of", "de"}) && word(i - 2, {"average", "mean", "promedio", "media"});
}

// "87 riders per sailing", "40 visits per patient": a count of each of
// something else, no number of items.
bool told_per(const ArithmeticInput& in, const Figure& c) {
  const ArithTokens t = in.tokens(c.sentence);
  const auto after = std::lower_bound(t.begin(), t.end(), c.range.end,
                                      [](const ArithToken& tok, std::size_t b) { return tok.range.begin < b; });
  return after != t.end() && after->type == T::word && is_one_of(after->text, {"per", "each", "every", "por", "cada"});
}

bool same_item(const ArithmeticInput& in, const UnitPrice& u, const Deal& deal, double* scale = nullptr) {
  if (scale) *scale = 1;
  const Figure& c = in.figures[static_cast<std::size_t>(deal.count)];
  const Figure& p = in.figures[static_cast<std::size_t>(u.price)];
  if (u.item.empty()) return u.sentence == deal.sentence;
  // "38.500 euros la unidad", "KSh12 a copy": a price of whatever the
  // deal counts. (Not "a unit": "Rs 8.90 per unit" of a tariff is of
  // electricity.)
  if (is_one_of(u.item, {"unidad", "pieza", "copy", "piece", "item", "ejemplar"})) {
    return u.sentence == deal.sentence;
  }
  // The counted noun as written ("buses" for "a bus").
  std::string_view noun = in.doc.view(c.range);
  noun = noun.substr(noun.rfind(' ') == std::string_view::npos ? 0 : noun.rfind(' ') + 1);
  std::string written(noun);
  for (char& ch : written) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  // "$6,200 per person" for "1,874 victims": a price of each of the
  // people the deal counts.
  if (is_one_of(u.item, {"person", "persona", "head", "cabeza"}) && u.sentence == deal.sentence) {
    return k_people_nouns.contains(written);
  }
  std::string item = singular(u.item);
  // A home by any of its names: "A$620,000 a home" of "1,850 dwellings".
  // A ticket is good for one trip: "$12.80 per crossing" of "10 commuter
  // tickets" (in one sentence: "$4.10 a ride" of a pass told after is
  // another fare).
  const auto homes = [](std::string_view w) {
    return is_one_of(w, {"home", "house", "dwelling", "residence", "vivienda", "casa"});
  };
  const auto trips = [](std::string_view w) {
    return is_one_of(w, {"ticket", "trip", "ride", "journey", "crossing", "billete", "viaje", "boleto"});
  };
  if ((homes(item) && homes(c.unit)) || (trips(item) && trips(c.unit) && u.sentence == deal.sentence)) {
    item = std::string(c.unit);
  }
  // "398 million kg ... at $10.35 a kilo": the item named by a unit's
  // word, the count by its symbol.
  static constexpr std::pair<std::string_view, std::string_view> k_unit_words[] = {
      {"kilo", "kg"},  {"kilogram", "kg"}, {"kilogramo", "kg"}, {"tonne", "t"}, {"ton", "t"},
      {"tonelada", "t"}, {"litre", "l"}, {"liter", "l"},        {"litro", "l"},  {"barrel", "bbl"},
      // "1,450 feet of pipe at $640 per foot".
      {"foot", "ft"},  {"feet", "ft"},     {"metre", "m"},      {"meter", "m"},  {"metro", "m"},
      {"mile", "mi"},  {"kilometre", "km"}, {"kilometer", "km"}, {"kil\xC3\xB3metro", "km"},
      {"hectare", "ha"}, {"hect\xC3\xA1rea", "ha"}, {"acre", "acre"}, {"barril", "bbl"}};
  for (const auto& [word, symbol] : k_unit_words) {
    if (item == word && c.unit == symbol) item = std::string(symbol);
  }
  // "3.200 toneladas ... a 4,15 euros el kilo": a price per kilogram of a
  // count in tonnes, a thousand kilograms each (and the other way round).
  if (p.kind == QuantityKind::currency) {
    const bool per_kilo = item == "kg" || is_one_of(item, {"kilo", "kilogram", "kilogramo"});
    const bool per_tonne = item == "t" || is_one_of(item, {"tonne", "ton", "tonelada"});
    if ((per_kilo && c.unit == "t") || (per_tonne && c.unit == "kg")) {
      if (scale) *scale = per_kilo ? 1000 : 0.001;
      return true;
    }
  }
  std::string measure = c.claim->measure;
  const std::size_t space = measure.rfind(' ');
  const std::string last = space == std::string::npos ? measure : measure.substr(space + 1);
  // ("buses" of "a bus"; not "riders" of "a ride".)
  // (Of the item as priced or by the name the count gives it.)
  const auto plural = [&](std::string_view of) {
    // ("properties" of "a property".)
    if (of.size() > 2 && of.ends_with('y') && written.size() == of.size() + 2 && written.ends_with("ies") &&
        written.starts_with(of.substr(0, of.size() - 1))) {
      return true;
    }
    if (!written.starts_with(of)) return false;
    const std::string_view ending = std::string_view(written).substr(of.size());
    return ending.empty() || ending == "s" || ending == "es";
  };
  const bool plural_of = plural(u.item) || plural(item);
  if (item != c.unit && item != last && item != "unit" && !plural_of) return false;
  // A named product on the price ("$12,000 per H20 chip", bound as "value
  // of H20 chip") must be the counted one.
  std::string pm = p.claim->measure;
  if (pm.starts_with("value of ")) pm = pm.substr(9);
  // ("amount to sell": a measure from the verb names no product.)
  if (pm.starts_with("amount to ")) pm.clear();
  return pm.empty() || pm == measure || pm == c.unit || pm == last || pm == item || plural_of;
}

// Model names written with letters and digits ("H200", "B737"), lowercase.
std::set<std::string> models(const ArithmeticInput& in, ByteRange r) {
  std::set<std::string> out;
  const std::string_view text = in.doc.view(r);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t e = i;
    bool letter = false;
    bool digit = false;
    while (e < text.size() && std::isalnum(static_cast<unsigned char>(text[e]))) {
      letter = letter || std::isalpha(static_cast<unsigned char>(text[e]));
      digit = digit || std::isdigit(static_cast<unsigned char>(text[e]));
      ++e;
    }
    if (letter && digit) {
      std::string m(text.substr(i, e - i));
      for (char& ch : m) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      out.insert(m);
    }
    i = e == i ? i + 1 : e;
  }
  return out;
}

// The price's sentence names a model the count does not ("The older H20
// sold for $12,000 a chip" beside "400,000 H200 chips").
bool other_product(const ArithmeticInput& in, const Figure& count, const UnitPrice& u) {
  const std::set<std::string> named = models(in, in.doc.sentences[u.sentence].range);
  if (named.empty()) return false;
  const std::set<std::string> counted = models(in, in.doc.sentences[count.sentence].range);
  for (const std::string& m : named) {
    if (counted.contains(m)) return false;
  }
  return true;
}

}  // namespace

void check_unit_price(const ArithmeticInput& in, DiagnosticSink& sink) {
  UnitPriceCheck check;
  check.scan(in);
  check.report(in, sink);
}

void UnitPriceCheck::scan(const ArithmeticInput& in) {
  // A document states few deals; the bound keeps prices × deals linear on
  // pathological input (issue 10).
  constexpr std::size_t k_max_deals = 64;
  std::vector<Deal>& deals = deals_;
  std::vector<UnitPrice>& prices = prices_;
  const std::size_t first_new_price = prices.size();
  std::size_t fee_sentence = SIZE_MAX;  // the sentence of the last fee read (fee_price_at)
  for (const std::size_t s : in.scanned_sentences()) {
    const ArithTokens t = in.tokens(s);
    // The end of a description set off after a count (see below): the
    // counts in it are of what the count is like, no deal's.
    std::size_t described_until = 0;
    for (const std::size_t i : in.figure_tokens(s)) {
      if (std::optional<UnitPrice> u = each_item_price_at(in, t, s, i)) {
        if (in.figures[static_cast<std::size_t>(u->price)].asserted) prices.push_back(std::move(*u));
        continue;
      }
      if (std::optional<UnitPrice> u = fee_price_at(in, t, s, i)) {
        if (in.figures[static_cast<std::size_t>(u->price)].asserted) {
          prices.push_back(std::move(*u));
          fee_sentence = s;
        }
        continue;
      }
      if (std::optional<UnitPrice> u = unit_price_at(in, t, s, i)) {
        if (in.figures[static_cast<std::size_t>(u->price)].asserted) prices.push_back(std::move(*u));
        continue;
      }
      const Figure& c = in.figures[static_cast<std::size_t>(t[i].figure)];
      // The total first: "will spend £2.4m on 16 new dialysis machines
      // costing £135,000 each", "paid $90m for 12 buses".
      // "$642,000 to replace 1,400 student laptops at about $420 apiece":
      // "to" and a verb.
      // ("paid $642,000 to 1,400 families at $420 each": to whom.)
      // ("a A$1.32 billion program to build 1,850 dwellings": the noun of
      // the undertaking between.)
      const std::size_t v = i + 1 < t.size() && t[i + 1].type == T::word &&
                                    is_one_of(t[i + 1].text, {"program", "programme", "plan", "scheme", "project",
                                                              "package", "contract", "deal", "order", "budget"})
                                ? i + 1
                                : i;
      const bool to_verb = v + 3 < t.size() && t[v + 1].type == T::word && t[v + 1].text == "to" &&
                           t[v + 2].type == T::word && !is_one_of(t[v + 2].text, {"the", "a", "an", "its", "their"});
      if (c.kind == QuantityKind::currency && !c.range_side && c.asserted && i + 2 < t.size() &&
          ((t[i + 1].type == T::word && is_one_of(t[i + 1].text, {"on", "for", "en", "to"})) || to_verb)) {
        std::size_t k = to_verb ? v + 3 : i + 2;
        if (t[k].type == T::word && is_one_of(t[k].text, {"the", "its", "their", "los", "las"})) ++k;
        if (k < t.size() && t[k].type == T::figure) {
          const Figure& n = in.figures[static_cast<std::size_t>(t[k].figure)];
          if (n.kind == QuantityKind::count && !n.range_side && n.asserted && n.low > 0 && deals.size() < k_max_deals) {
            deals.push_back({t[k].figure, t[i].figure, s});
          }
        }
        continue;
      }
      // A count, or an amount in a unit ("4.800 litros"); or a bare whole
      // number whose noun was told before ("The club sold 6,850 for the
      // campaign at an average price of £395"), which needs a price each.
      const bool bare = c.kind == QuantityKind::number && c.value >= 2 && c.value == std::floor(c.value) &&
                        c.value < 1e7;
      const bool counted =
          c.kind == QuantityKind::count || (c.kind == QuantityKind::quantity && !c.unit.empty()) || bare;
      if (!counted || c.range_side || !c.asserted || c.low <= 0) continue;
      if (i < described_until) continue;  // "de 55 metros cuadrados": what the count before is like
      // "sends 40 inmates a day to the jail at $65 each, a bill of about
      // $78,000 so far": a count for each length of time is a rate, whose
      // total is for that time too ("consume about 48 crore units a year
      // ... taking their annual bill to").
      const std::string_view count_period = per_period(t, i);
      // "85 black steers ... averaging 550 pounds": what each item weighs
      // or measures is no count of a deal; nor are the places the items
      // are in ("across the two schools").
      if (c.kind == QuantityKind::quantity && i > 0 && describes_item(t[i - 1])) {
        continue;
      }
      if (i > 0 && t[i - 1].type == T::word &&
          (t[i - 1].text == "across" ||
           (i > 1 && is_one_of(t[i - 1].text, {"the", "its", "their"}) && t[i - 2].type == T::word &&
            t[i - 2].text == "across"))) {
        continue;
      }
      // "6.400 abonos, un 28% más que los 5.000 del año pasado, a un
      // precio promedio de ...": what a count is compared with is sold by
      // no deal.
      {
        std::size_t b = i;
        if (b > 0 && t[b - 1].type == T::word && is_one_of(t[b - 1].text, {"the", "los", "las"})) --b;
        if (b > 0 && t[b - 1].type == T::word && is_one_of(t[b - 1].text, {"than", "que", "versus", "vs"})) continue;
        if (b > 1 && t[b - 1].type == T::word && is_one_of(t[b - 1].text, {"a", "with"}) && t[b - 2].type == T::word &&
            is_one_of(t[b - 2].text, {"frente", "compared", "comparado"})) {
          continue;
        }
      }
      // "a payment of $1,500 for each of the 2,860 properties": the price
      // each before the count.
      const std::optional<UnitPrice> each_of = price_for_each_of(in, t, s, i);
      if (each_of && in.figures[static_cast<std::size_t>(each_of->price)].asserted) prices.push_back(*each_of);
      // The total: the first currency figure after the count that is no
      // unit price, linked to it by a cue ("for", "worth"). What the count
      // is of may come first: "4.800 litros de aceite de oliva".
      // A fee told before the count links it to the total after it.
      bool cue = fee_sentence == s || each_of.has_value();
      bool priced = each_of.has_value();  // a price each read with the count
      int own_price = each_of ? each_of->price : -1;
      std::string period;   // the length of time of that price
      int purpose_words = 0;
      std::size_t from = i + 1;
      // Where nouns come first, a word or two after the noun qualify it:
      // "14 coches patrulla híbridos a 38.500 euros la unidad".
      // "12 puentes peatonales con elevador, con un costo unitario de":
      // three such words and a comma before the price.
      if (in.doc.meta.lang.starts_with("es")) {
        // ("320 viviendas en San Julián, con un coste unitario de": "en"
        // before a name says where.)
        const auto place_en = [&](std::size_t k) {
          if (t[k].text != "en" || k + 1 >= t.size() || t[k + 1].type != T::word) return false;
          const std::string_view name = in.doc.view(t[k + 1].range);
          return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
        };
        std::size_t words = 0;
        for (std::size_t k = from; k < t.size() && words < 3; ++k, ++words) {
          if (t[k].type != T::word ||
              ((deal_link(t[k]) || deal_cue(t[k])) && t[k].text != "con" && !place_en(k))) {
            break;
          }
        }
        // (the words up to the first link, as before, or all three and a
        // comma when a price follows it)
        std::size_t plain = from;
        for (int n = 0; n < 2 && plain < t.size() && t[plain].type == T::word && !deal_link(t[plain]) &&
                        !deal_cue(t[plain]);
             ++n) {
          ++plain;
        }
        const std::size_t past = from + words;
        if (words > 0 && past + 1 < t.size() && t[past].type == T::punct && t[past].text == "," &&
            t[past + 1].type == T::word && is_one_of(t[past + 1].text, {"con", "a"})) {
          from = past + 1;
        } else {
          from = plain;
        }
      }
      // ("1,450 feet of pipe at $640 per foot": English "of" too, after an
      // amount in a unit.)
      // ("four new copper pot stills, made by ... at £1.15 million each":
      // a bare number whose noun the extractor did not take, up to four
      // words ending in a plural, then a comma.)
      ByteRange counted_words{};
      if (bare && from == i + 1) {
        std::size_t m = from;
        while (m < t.size() && m < from + 4 && t[m].type == T::word && !deal_link(t[m]) && !deal_cue(t[m])) ++m;
        if (m > from && m < t.size() && t[m].type == T::punct && t[m].text == "," &&
            plural_looking(t[m - 1].text)) {
          from = m;
          counted_words = {c.range.begin, t[m - 1].range.end};
        }
      }
      const bool in_unit = c.kind == QuantityKind::quantity && !c.unit.empty();
      // ("250,000 tonnes of 25% broken white rice at $512 a tonne": a
      // grade in percent before what it is like.)
      const auto grade = [&](std::size_t k) {
        return k + 1 < t.size() && t[k].type == T::figure &&
               in.figures[static_cast<std::size_t>(t[k].figure)].kind == QuantityKind::percent &&
               t[k + 1].type == T::word;
      };
      for (int n = 0; n < 3 && from + 1 < t.size() && t[from].type == T::word &&
                      (t[from].text == "de" || (t[from].text == "of" && in_unit)) &&
                      (t[from + 1].type == T::word || grade(from + 1));
           ++n) {
        from += grade(from + 1) ? 3 : 2;
        // "3.200 toneladas de virgen extra a 4,15 euros el kilo": a word or
        // two of what it is like after the noun.
        for (int words = 0; words < 2 && from < t.size() && t[from].type == T::word && t[from].text != "de" &&
                            !deal_link(t[from]) && !deal_cue(t[from]);
             ++words) {
          ++from;
        }
      }
      // A description set off by commas after the count, its own figures
      // no part of the deal: "Los 160 departamentos, de 55 metros cuadrados
      // y distribuidos en diez blocks, cuestan 1.240 UF cada uno"; "The
      // eight convenience stores, all in leased units, will cost".
      if (from + 2 < t.size() && t[from].type == T::punct && t[from].text == "," && t[from + 1].type == T::word &&
          is_one_of(t[from + 1].text, {"de", "of", "con", "with", "all", "both", "todos", "todas", "ambos", "ambas"})) {
        for (std::size_t e = from + 2; e < t.size() && e <= from + 20; ++e) {
          // ("los 18.200 abonados, con una cuota media de 240 euros,
          // aportaron 4,9 millones": a price in it is the deal's.)
          if (t[e].type == T::figure &&
              in.figures[static_cast<std::size_t>(t[e].figure)].kind == QuantityKind::currency) {
            break;
          }
          if (t[e].type != T::punct) continue;
          if (t[e].text == ",") {
            from = e + 1;
            described_until = e;
            // Then the verb: "cuestan", "cost".
            for (int n = 0; n < 2 && from < t.size() && t[from].type == T::word && !deal_link(t[from]) &&
                            !deal_cue(t[from]);
                 ++n) {
              ++from;
            }
          }
          break;
        }
      }
      // "It sold 184,000 of its £3.50 lunchtime meal deals": the price
      // each stands before the items' name, right after "of its" the count;
      // the name ends in a plural ("2,000 of its $50,000 goal" is part of a
      // whole), up to a word that links what follows.
      if (!priced && i + 4 < t.size() && t[i + 1].type == T::word && t[i + 1].text == "of" &&
          t[i + 2].type == T::word && is_one_of(t[i + 2].text, {"its", "the", "their"}) &&
          t[i + 3].type == T::figure && t[i + 4].type == T::word) {
        const Figure& p = in.figures[static_cast<std::size_t>(t[i + 3].figure)];
        const auto name_word = [&](std::size_t k) {
          return t[k].type == T::word && !deal_cue(t[k]) &&
                 !is_one_of(t[k].text, {"over", "for", "at", "in", "on", "during", "to", "with", "from", "by", "of",
                                        "and", "or", "this", "last", "a", "an", "the"});
        };
        std::size_t last = i + 4;
        while (last + 1 < t.size() && last < i + 7 && name_word(last + 1)) ++last;
        if (p.kind == QuantityKind::currency && !p.range_side && name_word(i + 4) && plural_looking(t[last].text)) {
          if (p.asserted) {
            prices.push_back(UnitPrice{t[i + 3].figure, "", s, {p.range.begin, t[last].range.end}, false, {}});
          }
          priced = true;
          own_price = t[i + 3].figure;
          from = last + 1;
        }
      }
      // "each of the 640 employees will receive a one-time $3,500
      // performance bonus": what each of the counted items is paid, by a
      // verb of receiving and up to three words of what it is.
      // ("Those 1,150 students each pay fees of £19,800 a year, bringing
      // in £24.6m": "each" after the count.)
      const bool each_of_count = i >= 3 && t[i - 1].type == T::word &&
                                 is_one_of(t[i - 1].text, {"the", "its", "their"}) && t[i - 2].type == T::word &&
                                 t[i - 2].text == "of" && t[i - 3].type == T::word && t[i - 3].text == "each";
      const bool count_each = i + 1 < t.size() && t[i + 1].type == T::word && t[i + 1].text == "each";
      if (!priced && (each_of_count || count_each)) {
        std::size_t k = count_each ? i + 2 : i + 1;
        while (k < t.size() && k <= i + 3 && t[k].type == T::word &&
               is_one_of(t[k].text, {"will", "would", "is", "are", "was", "were", "also", "to", "be"})) {
          ++k;
        }
        if (k < t.size() && t[k].type == T::word &&
            is_one_of(t[k].text, {"receive", "receives", "received", "get", "gets", "got", "paid", "earn", "earns",
                                  "earned", "collect", "collects", "collected", "pay", "pays"})) {
          std::size_t m = k + 1;
          while (m < t.size() && m <= k + 3 && t[m].type == T::word && !deal_cue(t[m])) ++m;
          if (m < t.size() && t[m].type == T::figure) {
            const Figure& p = in.figures[static_cast<std::size_t>(t[m].figure)];
            if (p.kind == QuantityKind::currency && !p.range_side) {
              const std::size_t begin = count_each ? c.range.begin : t[i - 3].range.begin;
              // ("£19,800 a year": the price's length of time.)
              period = per_period(t, m);
              // (A price read as one on its own, "£19,800 a year", is
              // pushed when its token is reached.)
              if (p.asserted && !unit_price_at(in, t, s, m)) {
                prices.push_back(UnitPrice{t[m].figure, "", s, {begin, p.range.end}, false, std::string(period)});
              }
              priced = true;
              cue = true;
              own_price = t[m].figure;
              from = m + 1;
              if (!period.empty()) from += 2;  // past "a year"
            }
          }
        }
      }
      for (std::size_t k = from; k < t.size() && k <= i + 30; ++k) {
        if (t[k].type == T::figure) {
          // After a price each, an amount for a length of time is the
          // total: "at $45,000 per season, bringing in $1.2 million a year".
          std::optional<UnitPrice> u = unit_price_at(in, t, s, k);
          if (u && priced && !u->period.empty()) u.reset();
          if (u) {
            // Past the price's last word ("each", "a chip", "cada uno"); a
            // price each between the count and a total links them ("four
            // vessels at £38.5m apiece, a £164m commitment").
            while (k + 1 < t.size() && t[k].range.end < u->phrase.end) ++k;
            // "US$ 6,2 millones por unidad" is a price each.
            const bool each = price_each(*u);
            cue = cue || each;
            priced = priced || each;
            if (each) own_price = u->price;
            if (u->item.empty()) period = u->period;
            continue;
          }
          const Figure& total = in.figures[static_cast<std::size_t>(t[k].figure)];
          // "replacing 38,000 poles over five years at $4,200 per pole": the
          // span the deal is carried out in, before its price.
          if (total.kind == QuantityKind::duration && !priced) continue;
          // A price per season and a total per year ("300 homes at $1,200 a
          // month, worth $400m" is no rent roll). ("12 buses at £300,000
          // each, £3.6m over two years" is one purchase paid over a span.)
          const std::string_view total_period = period_after(in, t, k);
          // ("each pay fees of £19,800 a year, bringing in £24.6m": money
          // that flows in, told after a price for a length of time, is for
          // that time.)
          const bool flows_in = (k >= 2 && t[k - 1].type == T::word && t[k - 1].text == "in" &&
                                 t[k - 2].type == T::word && is_one_of(t[k - 2].text, {"bringing", "brings"})) ||
                                (k >= 1 && t[k - 1].type == T::word &&
                                 is_one_of(t[k - 1].text, {"raising", "generating", "earning", "netting"}));
          const bool periods_agree = period.empty() ? total_period.empty() || total_period == "span"
                                                    : same_period(period, total_period) ||
                                                          (total_period.empty() && flows_in);
          // After a price each in a currency, a sum in millions without
          // one is in it ("con una cuota media de 310 euros, aportaron 8,4
          // millones").
          const bool money = total.kind == QuantityKind::currency || (priced && elided_currency(in, total));
          if (!count_period.empty() && !same_period(count_period, total_period)) break;
          if (cue && periods_agree && money && (priced || !bare) && !total.range_side && total.asserted &&
              deals.size() < k_max_deals) {
            deals.push_back({t[i].figure, t[k].figure, s});
            deals.back().own_price = own_price;
            deals.back().counted = counted_words;
          }
          break;
        }
        // "14 relocatable classrooms across the two schools at": where the
        // items are.
        if (!priced && t[k].type == T::word && t[k].text == "across") {
          std::size_t m = k + 1;
          if (m < t.size() && t[m].type == T::word && is_one_of(t[m].text, {"the", "its", "their"})) ++m;
          if (m < t.size() && t[m].type == T::figure &&
              in.figures[static_cast<std::size_t>(t[m].figure)].kind == QuantityKind::count) {
            k = m;
            continue;
          }
        }
        // "85 black steers ... averaging 550 pounds, brought $2,266 a head":
        // what each item weighs or measures describes it, and a comma may
        // close it.
        if (!priced && k + 1 < t.size() && t[k + 1].type == T::figure && describes_item(t[k]) &&
            in.figures[static_cast<std::size_t>(t[k + 1].figure)].kind == QuantityKind::quantity) {
          ++k;
          if (k + 1 < t.size() && t[k + 1].type == T::punct && t[k + 1].text == ",") ++k;
          continue;
        }
        // "sold 6,850 for the campaign at an average price of £395": a few
        // words of what the items are for, then their price each.
        if (!priced && t[k].type == T::word && !deal_link(t[k]) && k > i) {
          // "shipped 1.8 million of its Sentinel home hubs during the
          // quarter at ...": after "of", the items are named first.
          const bool partitive = k == i + 2 && t[i + 1].type == T::word && t[i + 1].text == "of";
          const std::size_t reach = partitive ? 9 : 4;
          std::size_t m = k;
          while (m < t.size() && m < k + reach && t[m].type == T::word && t[m].text != "at" && t[m].text != "a" &&
                 t[m].text != "from") {
            ++m;
          }
          // "four new ship-to-shore cranes from a Finnish manufacturer at":
          // the maker is read next.
          if (m > k && m < t.size() && t[m].type == T::word && t[m].text == "from") {
            k = m - 1;
            continue;
          }
          // "24 camiones ... para Radomiro Tomic, a un precio de": a comma.
          if (m + 1 < t.size() && t[m].type == T::punct && t[m].text == "," && t[m + 1].type == T::word &&
              (t[m + 1].text == "at" || t[m + 1].text == "a")) {
            ++m;
          }
          // (Or a price of the count's unit: "380,000 toneladas con
          // compradores de la región a un precio de $6,100 por tonelada".)
          const auto priced_at = [&](std::size_t at) {
            const std::size_t price = figure_after_at(t, at);
            if (price >= t.size()) return false;
            const std::optional<UnitPrice> u = unit_price_at(in, t, s, price);
            return u && (price_each(*u) || same_item(in, *u, Deal{t[i].figure, -1, s}));
          };
          if (priced_at(m)) {
            k = m - 1;
            continue;
          }
          // "14 puentes vehiculares y pasos superiores sobre el río Lerma y
          // sus afluentes, con un costo promedio de $96 millones cada uno":
          // up to twelve words of what the items are, a comma, then their
          // price each, or a clause of "which" that prices them (read
          // below: "180 new interior and exterior security cameras, which
          // the district estimates will cost about $2,400 apiece").
          std::size_t e = k;
          while (e < t.size() && e < k + 12 && t[e].type == T::word) ++e;
          if (e + 1 < t.size() && t[e].type == T::punct && t[e].text == "," &&
              (priced_at(e + 1) || is_one_of(t[e + 1].text, {"which", "that", "que"}))) {
            k = e;
            continue;
          }
          // ("85,000 dry food packs, each containing flattened rice,
          // molasses, lentils, oil and salt, at Tk 1,450 each": what each
          // item holds, a list of words, set off by commas.)
          if (e < t.size() && t[e].type == T::punct && t[e].text == "," && k > i && t[k - 1].type == T::punct &&
              t[k - 1].text == "," && is_one_of(t[k].text, {"each", "all", "every"})) {
            std::size_t f = e;
            while (f < t.size() && f < k + 20 &&
                   (t[f].type == T::word || (t[f].type == T::punct && t[f].text == ",")) && !priced_at(f + 1)) {
              ++f;
            }
            if (f < t.size() && t[f].type == T::punct && t[f].text == "," && priced_at(f + 1)) {
              k = f;
              continue;
            }
          }
        }
        // "24 suites, which the team expects to lease at $45,000 per
        // season": a relative clause that prices the items.
        // "las 1.874 víctimas que se constituyeron como acusación
        // particular, a razón de USD 6.200 por persona": a comma may close
        // it.
        if (t[k].type == T::word && (is_one_of(t[k].text, {"which", "that"}) ? k > i + 1 : t[k].text == "que" && k > i) &&
            !cue) {
          std::size_t m = k + 1;
          while (m + 1 < t.size() && m < k + 8 && t[m].type == T::word && t[m].text != "at" && t[m].text != "a") ++m;
          if (m + 1 < t.size() && t[m].type == T::punct && t[m].text == "," && t[m + 1].type == T::word &&
              (t[m + 1].text == "at" || t[m + 1].text == "a")) {
            ++m;
          }
          if (const std::size_t price = figure_after_at(t, m); price < t.size() && unit_price_at(in, t, s, price)) {
            k = price - 1;
            continue;
          }
          // ("180 new security cameras, which the district estimates will
          // cost about $2,400 apiece": a verb of cost right before the
          // price.)
          if (m < t.size() && t[m].type == T::figure && m > k + 1 &&
              is_one_of(t[m - 1].text,
                        {"cost", "costs", "costing", "priced", "cuestan", "costar\xC3\xA1n", "cuesta"}) &&
              unit_price_at(in, t, s, m)) {
            k = m - 1;
            continue;
          }
        }
        // "four new copper pot stills, made by a coppersmith in Alloa at
        // £1.15 million each": who makes them, up to six words, before
        // "at" and the price.
        if (t[k].type == T::word && k + 2 < t.size() &&
            is_one_of(t[k].text, {"made", "built", "supplied", "manufactured", "produced", "crafted", "designed"}) &&
            t[k + 1].type == T::word && t[k + 1].text == "by") {
          std::size_t m = k + 2;
          while (m < t.size() && m <= k + 8 && t[m].type == T::word && t[m].text != "at") ++m;
          if (m < t.size() && m > k + 2 && t[m].type == T::word && t[m].text == "at" &&
              figure_after_at(t, m) < t.size()) {
            k = m - 1;
            continue;
          }
        }
        // The maker after the count: "from the Dunmore yard", "from
        // Halden Aerospace", "from a Finnish manufacturer at".
        if (t[k].type == T::word && t[k].text == "from" && k + 2 < t.size()) {
          std::size_t m = k + 1;
          const bool article = t[m].type == T::word && is_one_of(t[m].text, {"the", "a", "an"});
          if (article) ++m;
          const std::string_view raw = m < t.size() ? in.doc.view(t[m].range) : std::string_view();
          // After "a", a maker of common nouns when "at" closes it; with no
          // article, plural makers and where they are, then ", at" ("from
          // suppliers in Kentucky, at £85 each").
          bool described = false;
          if (article && t[k + 1].text != "the") {
            for (std::size_t e = m; e < t.size() && e < m + 4 && t[e].type == T::word; ++e) {
              if (t[e].text == "at") {
                described = e > m;
                break;
              }
            }
          } else if (!article) {
            std::size_t e = m;
            while (e < t.size() && e < m + 4 && t[e].type == T::word && t[e].text != "at") ++e;
            if (e > m && e + 1 < t.size() && t[e].type == T::punct && t[e].text == "," && t[e + 1].type == T::word &&
                t[e + 1].text == "at") {
              k = e;
              continue;
            }
          }
          if (!raw.empty() && ((raw[0] >= 'A' && raw[0] <= 'Z') || described)) {
            while (m + 1 < t.size() && t[m + 1].type == T::word && t[m + 1].text != "at" && t[m + 1].text != "for" &&
                   !describes_item(t[m + 1]) && m < k + 6) {
              ++m;
            }
            k = m;
            continue;
          }
        }
        // What replaces the counted items: "1,200 streetlights with LED
        // units at £340 each".
        if (t[k].type == T::word && t[k].text == "with" && k + 2 < t.size()) {
          std::size_t m = k + 1;
          while (m + 1 < t.size() && m < k + 4 && t[m + 1].type == T::word && !is_one_of(t[m + 1].text, {"at", "for"})) {
            ++m;
          }
          if (m + 1 < t.size() && t[m + 1].type == T::word && is_one_of(t[m + 1].text, {"at", "for"})) {
            k = m;
            continue;
          }
        }
        // After a price each, what the items are for, up to a comma: "1.240
        // ayudas de 3.500 euros cada una para instalar placas en
        // viviendas, lo que supuso un desembolso total de 4,6 millones".
        // ("22 vehicles at $58,400 apiece, fully outfitted with lights,
        // radios and in-car cameras, for a total of": up to nine words.)
        // (A comparison ends it: "will cost Rs 7.45 a unit against Rs 7.05
        // earlier".)
        if (t[k].type == T::word && is_one_of(t[k].text, {"against", "versus", "vs", "compared", "than", "frente"})) {
          break;
        }
        if (priced && t[k].type == T::word && !deal_link(t[k]) && purpose_words < 9) {
          ++purpose_words;
          continue;
        }
        // "1.8 million home hubs during the quarter at ...": when.
        if (t[k].type == T::word && t[k].text == "during" && k + 2 < t.size() && t[k + 1].type == T::word &&
            is_one_of(t[k + 1].text, {"the", "its"}) && t[k + 2].type == T::word &&
            is_one_of(t[k + 2].text, {"quarter", "year", "half", "month", "period", "season", "week"})) {
          k += 2;
          continue;
        }
        // "the 7.16 crore quintals procured this season cost Rs 6,280
        // crore": a participle right after the count, then up to three
        // words of when or where, before the cue.
        // ("Some 460 members and supporters signed up, bringing in": a
        // second plural noun of the items after "and", and a comma before
        // the cue.)
        const bool and_noun = k == i + 1 && k + 2 < t.size() && t[k].type == T::word && t[k].text == "and" &&
                              t[k + 1].type == T::word && plural_looking(t[k + 1].text) &&
                              t[k + 2].type == T::word && t[k + 2].text.ends_with("ed");
        if (and_noun) k += 2;
        if ((k == i + 1 || and_noun) && !priced && t[k].type == T::word && t[k].text.size() > 4 &&
            t[k].text.ends_with("ed") && !deal_cue(t[k])) {
          std::size_t m = k + 1;
          while (m < t.size() && m <= k + 3 && t[m].type == T::word && !deal_cue(t[m])) ++m;
          if (m + 1 < t.size() && t[m].type == T::punct && t[m].text == "," && deal_cue(t[m + 1])) ++m;
          if (m < t.size() && t[m].type == T::word && deal_cue(t[m])) {
            k = m - 1;
            continue;
          }
        }
        // "translate into a state outgo of": a word or two that qualify
        // the cue noun after an article.
        if (!deal_link(t[k]) && k > 0 && t[k - 1].type == T::word && is_one_of(t[k - 1].text, {"a", "an"})) {
          std::size_t m = k;
          while (m < t.size() && m < k + 2 && t[m].type == T::word && !deal_link(t[m])) ++m;
          if (m < t.size() && deal_cue(t[m])) k = m;
        }
        if (!deal_link(t[k])) break;
        cue = cue || deal_cue(t[k]);
      }
    }
  }
  // "La facturación alcanzó los 9.870 millones de euros, lo que supone un
  // precio medio de unos 21.900 euros por vehículo": a total and the price
  // it implies in one sentence, the count told elsewhere in the document
  // (its one count of the item).
  // A document states few such prices; the bound keeps prices × figures
  // linear on pathological input (issue 10).
  constexpr std::size_t k_max_implied = 16;
  std::size_t implied = 0;
  for (std::size_t n = first_new_price; n < prices.size() && implied < k_max_implied; ++n) {
    const UnitPrice& u = prices[n];
    const ArithTokens t = in.tokens(u.sentence);
    // "which works out to about R85,000 for each of the 2,400 workers": a
    // price each names no item but the count its phrase ends before.
    int each_count = -1;
    if (u.item.empty()) {
      std::size_t k = static_cast<std::size_t>(
          std::lower_bound(t.begin(), t.end(), u.phrase.end,
                           [](const ArithToken& tok, std::size_t b) { return tok.range.begin < b; }) -
          t.begin());
      if (k < t.size() && t[k].type == T::word && is_one_of(t[k].text, {"of", "de"})) ++k;
      for (int w = 0; w < 2 && k < t.size() && t[k].type == T::word; ++w) ++k;
      if (k < t.size() && t[k].type == T::figure) {
        const Figure& c = in.figures[static_cast<std::size_t>(t[k].figure)];
        if (c.kind == QuantityKind::count && !c.range_side && c.asserted && c.low > 0) each_count = t[k].figure;
      }
      if (each_count < 0) continue;
    }
    const Figure& p = in.figures[static_cast<std::size_t>(u.price)];
    // The price's token: the first at its phrase.
    const std::size_t at = static_cast<std::size_t>(
        std::lower_bound(t.begin(), t.end(), p.range.begin,
                         [](const ArithToken& tok, std::size_t b) { return tok.range.begin < b; }) -
        t.begin());
    if (at >= t.size() || t[at].type != T::figure || t[at].figure != u.price) continue;
    int total = -1;
    bool cue = false;
    // "With each length costing £3,150 on average, the programme came in
    // at £812,000", "at a cost of £14.2m per train, an order worth £527m
    // in total": the total after the price, named as one.
    std::size_t after = at + 1;
    while (after < t.size() && t[after].range.begin < u.phrase.end) ++after;
    // "at $65 per inmate per day, a bill of about $78,000 for a 30-day
    // month": a price of each item for each length of time is paid over
    // a span the count does not tell.
    if (after > 0 && !u.item.empty() && !per_period(t, after - 1).empty()) continue;
    for (std::size_t k = after; k < t.size() && k <= at + 16; ++k) {
      if (t[k].type == T::word) {
        // ("about $74 per heater, which would cost it about $11.8 million".)
        cue = cue || is_one_of(t[k].text, {"came", "total", "totalled", "totaled", "totalling", "totaling", "bill",
                                           "altogether", "overall", "outlay", "cost"}) ||
              (!u.item_first && t[k].text == "worth");
        continue;
      }
      if (t[k].type != T::figure) continue;
      const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
      if (f.kind == QuantityKind::date) continue;
      if (cue && f.kind == QuantityKind::currency && f.unit == p.unit && !f.range_side && f.asserted &&
          f.value > p.value) {
        total = t[k].figure;
      }
      break;
    }
    // "will sell for $118, or $12.80 a ticket": the price set off by ", or"
    // right after the total restates it per item.
    const bool restated = at >= 3 && t[at - 1].type == T::word && is_one_of(t[at - 1].text, {"or", "o"}) &&
                          t[at - 2].type == T::punct && t[at - 2].text == "," && t[at - 3].type == T::figure;
    cue = cue || restated;
    for (std::size_t k = at; !u.item_first && k-- > 0 && at - k <= 16;) {
      if (t[k].type == T::word) {
        cue = cue || is_one_of(t[k].text, {"supone", "implica", "meaning", "means", "implying", "equivalent",
                                           "equivale", "works"});
        continue;
      }
      if (t[k].type != T::figure) continue;
      const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
      // ("A$48m for solar panels at 160 schools, or about A$360,000 per
      // school": the count of the item right before ", or" is what the
      // total is divided by.)
      if (restated && k + 3 == at && f.kind == QuantityKind::count &&
          same_item(in, u, Deal{t[k].figure, -1, u.sentence})) {
        continue;
      }
      if (cue && f.kind == QuantityKind::currency && f.unit == p.unit && !f.range_side && f.asserted &&
          f.value > p.value) {
        total = t[k].figure;
      }
      break;
    }
    if (total < 0) continue;
    ++implied;
    if (each_count >= 0) {
      deals.push_back({each_count, total, u.sentence, u.price, -1, true});
      continue;
    }
    // "about $16 per fan across the season's 116,280 admissions": the
    // sentence names what the total is divided by, whatever its noun;
    // no count of the item told elsewhere is compared.
    {
      std::size_t k = after;
      if (k < t.size() && t[k].type == T::word && is_one_of(t[k].text, {"across", "over", "among", "entre"})) {
        ++k;
        for (int w = 0; w < 3 && k < t.size() && t[k].type == T::word; ++w) ++k;
        if (k < t.size() && t[k].type == T::figure) {
          const Figure& c = in.figures[static_cast<std::size_t>(t[k].figure)];
          if (c.kind == QuantityKind::count && !c.range_side && c.asserted && c.low > 0) {
            deals.push_back({t[k].figure, total, u.sentence, u.price, -1, true});
          }
        }
        continue;
      }
    }
    // The one count of the item in the price's sentence ("38 trains ...
    // at a cost of £14.2m per train, an order worth £527m in total"),
    // else in the document. A count told as an average ("an average of
    // 6,840 fans" a match) is no number of items.
    int count = -1;
    bool several = false;
    for (const bool own_sentence : {true, false}) {
      for (std::size_t f = 0; f < in.figures.size() && !several; ++f) {
        const Figure& c = in.figures[f];
        if (c.kind != QuantityKind::count || c.range_side || !c.asserted || c.low <= 0 || !c.claim) continue;
        if (own_sentence && c.sentence != u.sentence) continue;
        if (!same_item(in, u, Deal{static_cast<int>(f), total, c.sentence})) continue;
        if (told_as_average(in, c) || told_per(in, c)) continue;
        if (count >= 0 && in.figures[static_cast<std::size_t>(count)].value != c.value) several = true;
        if (count < 0) count = static_cast<int>(f);
      }
      if (count >= 0 || several) break;
    }
    if (count < 0 || several) continue;
    deals.push_back({count, total, in.figures[static_cast<std::size_t>(count)].sentence, u.price});
  }
}

void UnitPriceCheck::report(const ArithmeticInput& in, DiagnosticSink& sink) const {
  // A deal that states its own price ("312.000 menús a 5,40 euros por menú,
  // ... 1,74 millones") is compared with that one: another price of the
  // item elsewhere ("Las familias pagarán 4,60 euros por menú") is what
  // someone else pays.
  const auto own_price = [&](const Deal& deal) {
    return std::any_of(prices_.begin(), prices_.end(),
                       [&](const UnitPrice& u) { return u.sentence == deal.sentence && same_item(in, u, deal); });
  };
  // A deal that states no price of its own is compared with the nearest
  // price of its item told before it ("... pays an input assistance of Rs
  // 800 per quintal. At that rate, the 7.16 crore quintals ..."), else
  // with the nearest after it: another price told further away ("the
  // minimum support price of Rs 2,369 per quintal") is of another payment.
  // (The sentence of that price for each deal, read once: deals × prices.)
  std::vector<std::size_t> nearest(deals_.size(), SIZE_MAX);
  for (std::size_t d = 0; d < deals_.size(); ++d) {
    const Deal& deal = deals_[d];
    if (deal.only_price >= 0 || deal.own_price >= 0) continue;
    std::size_t before = SIZE_MAX;  // the latest sentence up to the deal's
    std::size_t after = SIZE_MAX;   // the earliest after it
    for (const UnitPrice& v : prices_) {
      if (!same_item(in, v, deal)) continue;
      if (v.sentence <= deal.sentence) {
        if (before == SIZE_MAX || v.sentence > before) before = v.sentence;
      } else if (after == SIZE_MAX || v.sentence < after) {
        after = v.sentence;
      }
    }
    nearest[d] = before != SIZE_MAX ? before : after;
  }
  for (const UnitPrice& u : prices_) {
    const Figure& p = in.figures[static_cast<std::size_t>(u.price)];
    for (std::size_t n = 0; n < deals_.size(); ++n) {
      const Deal& deal = deals_[n];
      if (u.sentence != deal.sentence && own_price(deal)) continue;
      if (u.sentence != deal.sentence && nearest[n] != SIZE_MAX && u.sentence != nearest[n]) continue;
      const Figure& c = in.figures[static_cast<std::size_t>(deal.count)];
      const Figure& total = in.figures[static_cast<std::size_t>(deal.total)];
      // A sum without its currency is in the price's (elided_currency).
      const bool in_price_currency = total.kind == QuantityKind::number;
      double scale = 1;  // the count in the price's unit
      if ((total.unit != p.unit && !in_price_currency) || (!deal.spread && !same_item(in, u, deal, &scale))) {
        continue;
      }
      if (deal.only_price >= 0 && deal.only_price != u.price) continue;
      if (deal.own_price >= 0 && deal.own_price != u.price) continue;
      if (deal.total == u.price) continue;  // "$1.2 million a year" is the total
      // "homes valued under $800,000": a cap, no total.
      if (total.claim->quantity.qualifier == "upper-bound") continue;
      if (u.may_be_total && p.value * 2 > total.value) continue;
      // A whole item or more costs at least its price: a sum below it is
      // no total ("Rs 7.45 a unit against Rs 7.05 earlier").
      if (c.low * scale >= 1 && total.high < p.low) continue;
      // A price of another year ("$300,000 a bus in 2019") is no contradiction.
      // A time on the deal alone is when it was agreed ("on Tuesday").
      // The total may share the price's time ("$45,000 per season,
      // bringing in $1.2 million a year").
      const auto same_time = [&](const Figure& f) {
        return f.claim->time &&
               (f.claim->time->starts_with(*p.claim->time) || p.claim->time->starts_with(*f.claim->time));
      };
      // ("bought 8,400 tonnes so far this season at 11,800 baht a tonne":
      // "so far" is the deal's, as of now; the price of its sentence has
      // no time of its own.)
      const bool own_update = p.claim->time_is_update && u.sentence == deal.sentence;
      if (p.claim->time && !own_update && !same_time(c) && !same_time(total)) continue;
      if (other_product(in, c, u)) continue;
      if (overlaps(p.low, p.high, total.low / (c.high * scale), total.high / (c.low * scale))) continue;
      // Another count of the sentence before the price that the price
      // does make the total of is the deal's ("installed 14 relocatable
      // classrooms across the two schools at a cost of $285,000 each, a
      // total outlay of $3.99 million").
      if (std::any_of(in.figures.begin(), in.figures.end(), [&](const Figure& g) {
            return &g != &c && g.sentence == deal.sentence && g.kind == QuantityKind::count && g.asserted &&
                   !g.range_side && g.low > 0 && g.range.end <= p.range.begin &&
                   overlaps(p.low, p.high, total.low / g.high, total.high / g.low);
          })) {
        continue;
      }
      // Another sum of the sentence that the count and the price do make
      // is their total, and the one read is another clause's ("send $900
      // million back ... as rebates of $750 to each of about 1.2 million
      // homeowners, put $1.1 billion into the state's rainy day fund").
      {
        const ArithTokens st = in.tokens(deal.sentence);
        const double lo = p.low * c.low * scale;
        const double hi = p.high * c.high * scale;
        const auto made = [&](std::uint32_t k) {
          const Figure& g = in.figures[static_cast<std::size_t>(st[k].figure)];
          // (A bound, "more than £36m", makes nothing.)
          return &g != &total && &g != &p && g.kind == QuantityKind::currency && g.unit == p.unit && g.asserted &&
                 !g.range_side &&
                 (g.claim->quantity.qualifier == "exact" || g.claim->quantity.qualifier == "approximate") &&
                 overlaps(lo, hi, g.low, g.high);
        };
        const std::span<const std::uint32_t> figs = in.figure_tokens(deal.sentence);
        if (std::any_of(figs.begin(), figs.end(), made)) continue;
      }
      // "an ounce", "an hour", "a unit", "a tonne".
      const bool vowel = !u.item.empty() && (std::string_view("aeio").find(u.item[0]) != std::string_view::npos ||
                                             u.item.starts_with("hour"));
      const std::string per = u.item.empty() ? "each" : (vowel ? "an " : "a ") + u.item;
      Diagnostic d;
      d.check = "unit-price";
      d.severity = Severity::warning;
      d.message = fmt::format("\"{}\" disagrees with {} for {}", in.doc.view(u.phrase),
                              format_figure(total.value, p.kind, p.unit),
                              mid_sentence(in.doc.view(deal.counted.empty() ? c.range : deal.counted)));
      d.range = in.original(p.range);
      // A count told elsewhere: the note is at the count alone.
      // Else from the count to the total, or from the total to the count
      // ("spend £2.4m on 16 machines").
      const ByteRange noted = deal.only_price >= 0 ? c.range
                                                   : ByteRange{std::min(c.range.begin, total.range.begin),
                                                               std::max(c.range.end, total.range.end)};
      d.notes.push_back({in.original(noted),
                         fmt::format("{} / {}{} = {} {}", format_figure(total.value, p.kind, p.unit),
                                     format_figure(c.value * scale, QuantityKind::number, ""),
                                     scale == 1 ? std::string()
                                                : fmt::format(" {} ({})", scale > 1 ? "kg" : "t", in.doc.view(c.range)),
                                     format_figure(total.value / (c.value * scale), p.kind, p.unit), per),
                         {}});
      sink.report(std::move(d));
      break;  // one finding per unit price
    }
  }
}

}  // namespace claimlint
