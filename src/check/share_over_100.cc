// The share-over-100 check: shares of one whole (a market, a vote, a
// budget) that add up to more than 100%.
#include "check/share_over_100.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace claimlint {
namespace {

using T = ArithToken::Type;

// The words that name a whole, with the whole they name, and those of a
// share. In code, like the other arithmetic cue tables, until an
// [arithmetic] rules section has a loader.
constexpr std::pair<std::string_view, std::string_view> k_whole_cues[] = {
    {"market", "market"}, {"vote", "vote"}, {"votes", "vote"},     {"ballots", "vote"},
    {"budget", "budget"}, {"seats", "seats"},   {"revenue", "revenue"}, {"revenues", "revenue"},
    {"sales", "revenue"}, {"turnover", "revenue"}, {"spending", "spending"}, {"income", "income"},
    {"total", "total"},
    // Spanish: "del mercado", "de los votos", "del total".
    {"mercado", "market"}, {"votos", "vote"}, {"presupuesto", "budget"}, {"esca\xC3\xB1os", "seats"},
    {"ingresos", "revenue"}, {"ventas", "revenue"}, {"gasto", "spending"},
    // Of an energy mix or a plant's output: "el 38,4% de la producción".
    {"production", "production"}, {"output", "production"}, {"generation", "production"},
    {"producci\xC3\xB3n", "production"}, {"generaci\xC3\xB3n", "production"},
    // Of a harvest, or of a year's intake of students.
    {"harvest", "production"}, {"crop", "production"}, {"cosecha", "production"}, {"vendimia", "production"},
    // "el 36% de lo cosechado", "de lo producido", "de lo recaudado".
    {"cosechado", "production"}, {"producido", "production"}, {"recaudado", "revenue"},
    {"intake", "intake"}, {"enrolment", "intake"}, {"enrollment", "intake"}, {"matr\xC3\xAD" "cula", "intake"},
    // Of a bank's or a fund's holdings: "52% of the portfolio".
    {"portfolio", "portfolio"}, {"cartera", "portfolio"},
    // Of a country's trade or a port's traffic: "61.3% of mining exports",
    // "61 percent of the port's tonnage".
    {"exports", "exports"}, {"imports", "imports"}, {"exportaciones", "exports"}, {"importaciones", "imports"},
    {"tonnage", "tonnage"}, {"cargo", "tonnage"},
    // "el 28% del valor exportado", "de la mercancía", "del tráfico".
    {"exportado", "exports"}, {"importado", "imports"}, {"freight", "tonnage"},
    // Of a transit system's trips: each boarding on one mode.
    {"boardings", "trips"}, {"ridership", "trips"}, {"trips", "trips"}, {"journeys", "trips"},
    {"viajes", "trips"}, {"validaciones", "trips"},
    {"mercanc\xC3\xAD" "a", "tonnage"}, {"mercanc\xC3\xAD" "as", "tonnage"}, {"tr\xC3\xA1" "fico", "tonnage"},
    {"facturaci\xC3\xB3" "n", "revenue"}, {"recaudaci\xC3\xB3" "n", "revenue"},
    // Each call taken by one shift, each tonne emitted or shipped by one
    // sector or to one place: "41% of the year's calls".
    {"calls", "calls"}, {"llamadas", "calls"}, {"emissions", "emissions"}, {"emisiones", "emissions"},
    {"shipments", "shipments"}, {"deliveries", "shipments"}, {"env\xC3\xAD" "os", "shipments"},
    // A sum split by where it comes from or goes: "46% of adjusted EBITDA",
    // "78 per cent of the county's funding", "58 percent of the levy".
    {"EBITDA", "EBITDA"}, {"ebitda", "EBITDA"}, {"funding", "funding"}, {"financing", "funding"},
    {"financiaci\xC3\xB3n", "funding"}, {"financiamiento", "funding"}, {"levy", "levy"},
    // Each megawatt awarded to one bidder, each passenger flown on one route.
    {"capacity", "capacity"}, {"capacidad", "capacity"}, {"passengers", "passengers"},
    {"pasajeros", "passengers"},
    // Each dollar of a cost paid by one payer: "the city is covering 48
    // percent of the cost, the team is paying 34 percent".
    {"cost", "cost"}, {"costs", "cost"}, {"coste", "cost"}, {"costo", "cost"},
    // Each part of a company owned by one holder: "EBRE tiene el 51% de las
    // acciones, Hunan el 34% y Daegu el 22%". (Not "stake": "a 20% stake in
    // one company" and "a 90% stake in another" are two wholes.)
    {"acciones", "equity"}, {"accionariado", "equity"}, {"equity", "equity"},
};
constexpr std::string_view k_share_cues[] = {"share", "shares", "cuota", "cuotas"};

// k_whole_cues sorted by cue word, for one binary search a word.
constexpr auto k_sorted_whole_cues = [] {
  std::array<std::pair<std::string_view, std::string_view>, std::size(k_whole_cues)> sorted{};
  std::copy(std::begin(k_whole_cues), std::end(k_whole_cues), sorted.begin());
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}();
static_assert(std::adjacent_find(k_sorted_whole_cues.begin(), k_sorted_whole_cues.end(),
                                 [](const auto& a, const auto& b) { return a.first == b.first; }) ==
                  k_sorted_whole_cues.end(),
              "each whole cue word is listed once");

// Per first byte, the lengths of the cue words starting with it (bit n
// for length n): most words are passed over on one test.
constexpr std::array<std::uint32_t, 256> k_cue_lengths = [] {
  std::array<std::uint32_t, 256> table{};
  for (const auto& [cue, whole] : k_whole_cues) table[static_cast<unsigned char>(cue[0])] |= 1u << cue.size();
  for (const std::string_view cue : k_share_cues) table[static_cast<unsigned char>(cue[0])] |= 1u << cue.size();
  return table;
}();

// The lengths of the cue words, at most 31 (bits of k_cue_lengths).
constexpr std::size_t k_min_cue = [] {
  std::size_t n = 31;
  for (const auto& [cue, whole] : k_whole_cues) n = std::min(n, cue.size());
  for (const std::string_view cue : k_share_cues) n = std::min(n, cue.size());
  return n;
}();
constexpr std::size_t k_max_cue = [] {
  std::size_t n = 1;
  for (const auto& [cue, whole] : k_whole_cues) n = std::max(n, cue.size());
  for (const std::string_view cue : k_share_cues) n = std::max(n, cue.size());
  return n;
}();
static_assert(k_min_cue >= 1 && k_max_cue < 32);

// True if `w` may be a cue word, by its length and first byte.
bool may_be_cue(std::string_view w) {
  // One unsigned comparison for both bounds (an empty word wraps around).
  return w.size() - k_min_cue <= k_max_cue - k_min_cue &&
         (k_cue_lengths[static_cast<unsigned char>(w[0])] >> w.size() & 1) != 0;
}

// The whole cue word `w` names, or "".
std::string_view whole_named(std::string_view w) {
  const auto it = std::lower_bound(k_sorted_whole_cues.begin(), k_sorted_whole_cues.end(), w,
                                   [](const auto& entry, std::string_view key) { return entry.first < key; });
  return it != k_sorted_whole_cues.end() && it->first == w ? it->second : std::string_view();
}

// The whole a count at token k names when a share follows it: "received
// 31,247 votes, or 48.6%" (the count's noun is part of its figure
// token). Empty if none.
std::string_view counted_whole(const ArithmeticInput& in, ArithTokens t, std::size_t k) {
  if (k + 3 >= t.size() || t[k].type != T::figure || t[k + 1].text != "," || t[k + 2].text != "or" ||
      t[k + 3].type != T::figure) {
    return {};
  }
  const Figure& f = in.figures[static_cast<std::size_t>(t[k].figure)];
  const Figure& share = in.figures[static_cast<std::size_t>(t[k + 3].figure)];
  if (f.kind != QuantityKind::count || share.kind != QuantityKind::percent || f.unit.empty()) return {};
  // The unit is singular ("vote"); the cue words are plurals too.
  const std::string_view w = whole_named(f.unit);
  return w.empty() ? whole_named(std::string(f.unit) + "s") : w;
}

// whole_of from the cue words alone.
std::string_view whole_of_words(ArithTokens t) {
  std::string_view whole;  // the one whole named so far
  bool several = false;
  bool share = false;
  for (const ArithToken& tok : t) {
    if (tok.type != T::word || !may_be_cue(tok.text)) continue;
    const std::string_view w = tok.text;
    if (std::find(std::begin(k_share_cues), std::end(k_share_cues), w) != std::end(k_share_cues)) share = true;
    if (const std::string_view named = whole_named(w); named.empty()) {
      continue;
    } else if (whole.empty()) {
      whole = named;
    } else if (named != whole) {
      several = true;
    }
  }
  // "El gasto social absorbe el 37 % del presupuesto": of two wholes
  // named, the one a figure is of.
  if (several) {
    std::string_view attached;
    std::size_t attached_at = t.size();  // the first figure attached
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
      if (t[i].type != T::figure || t[i + 1].type != T::word || !is_one_of(t[i + 1].text, {"of", "de", "del"})) {
        continue;
      }
      std::size_t k = i + 2;
      if (t[k].type == T::word && is_one_of(t[k].text, {"the", "la", "los", "las"}) && k + 1 < t.size()) ++k;
      if (t[k].type != T::word) continue;
      // ("del valor exportado", "of mining exports": a word before or after
      // the noun.)
      std::string_view named = may_be_cue(t[k].text) ? whole_named(t[k].text) : std::string_view();
      if (named.empty() && k + 1 < t.size() && t[k + 1].type == T::word && may_be_cue(t[k + 1].text)) {
        named = whole_named(t[k + 1].text);
        if (named == "total") named = {};
        else if (!named.empty()) ++k;
      }
      if (named.empty()) continue;
      // "58% of total expenditure" ("Spending on staff rose to £402m, 58%
      // of total expenditure"): "total" is too weak a word to choose, and
      // "spending" before it is the part.
      if (named == "total" && (k == i + 2 || (k + 1 < t.size() && t[k + 1].type == T::word))) return {};
      if (!attached.empty() && attached != named) return {};
      attached = named;
      attached_at = std::min(attached_at, i);
    }
    if (attached != "total") return attached;
    // "Turnover was £41m, with broadcasting making up 58 per cent of the
    // total": "the total" is of the one whole named before the share
    // ("matchday income 29 per cent" after it is a part).
    std::string_view before;
    for (std::size_t k = 0; k < attached_at; ++k) {
      if (t[k].type != T::word || !may_be_cue(t[k].text)) continue;
      const std::string_view named = whole_named(t[k].text);
      if (named.empty() || named == "total") continue;
      if (!before.empty() && before != named) return {};
      before = named;
    }
    return before;
  }
  if (!whole.empty()) {
    // "of the market", "market share", "of the vote": the whole must be
    // what the figures divide, not a word in passing; a share cue or "of
    // the" before it says so.
    for (std::size_t i = 2; i < t.size(); ++i) {
      const bool named = t[i].type == T::word && may_be_cue(t[i].text) && whole_named(t[i].text) == whole;
      if (!named) continue;
      if (share) return whole;
      // "of Christmas sales": one modifier between.
      const bool of_the = is_one_of(t[i - 1].text, {"of", "del", "de"}) ||
                          (is_one_of(t[i - 2].text, {"of", "del"}) && t[i - 1].type == T::word &&
                           whole_named(t[i - 1].text).empty()) ||
                          (is_one_of(t[i - 2].text, {"of", "de"}) &&
                           is_one_of(t[i - 1].text, {"the", "la", "los", "las", "lo"})) ||
                          // "of the transport budget", "of its patient revenue", "of general
                          // fund spending"
                          (i >= 3 && t[i - 3].text == "of" && t[i - 2].type == T::word &&
                           t[i - 1].type == T::word && whole_named(t[i - 2].text).empty() &&
                           whole_named(t[i - 1].text).empty() && !is_one_of(t[i - 2].text, {"and", "or", "in"}) &&
                           !is_one_of(t[i - 1].text, {"and", "or", "in", "of"}));
      if (of_the) return whole;
      // "Of this year's international intake,": the sentence opens with
      // it, a few modifiers between.
      if (t[0].type == T::word && is_one_of(t[0].text, {"of", "de", "del"}) && i <= 5 && i + 1 < t.size() &&
          t[i + 1].type == T::punct && t[i + 1].text == ",") {
        bool words = true;
        for (std::size_t k = 1; k < i && words; ++k) words = t[k].type == T::word;
        if (words) return whole;
      }
    }
    return {};
  }
  return share ? "share" : "";
}

// "Pretrial detainees made up 71 percent of the February population,
// inmates serving sentences 18 percent and ...": after a verb of
// composition, the noun a percentage is "of" (three words at most after
// an article) is a whole, whatever it is; empty if there is none.
std::string_view composition_whole(const ArithmeticInput& in, ArithTokens t) {
  const auto word = [&](std::size_t k) -> std::string_view {
    return k < t.size() && t[k].type == T::word ? t[k].text : std::string_view();
  };
  for (std::size_t i = 1; i + 2 < t.size(); ++i) {
    if (t[i].type != T::figure || in.figures[static_cast<std::size_t>(t[i].figure)].kind != QuantityKind::percent) {
      continue;
    }
    std::size_t v = i - 1;
    if (is_one_of(word(v), {"el", "un"}) && v > 0) --v;
    const bool verb = is_one_of(word(v), {"represented", "represents", "comprised", "constituted",
                                          "represent\xC3\xB3", "representaron", "representa", "representan",
                                          // "el tinto supuso el 68 % de las botellas vendidas".
                                          "supuso", "supusieron", "supone", "suponen", "constituy\xC3\xB3",
                                          "constituye", "constituyen",
                                          // "expects China to take 31 per cent of the region's fruit,
                                          // Japan 24 per cent, ...": a share each taker takes.
                                          "take", "takes", "took", "taking", "received", "receives", "won",
                                          "wins", "captured", "captures",
                                          // "Jambo Mobile holding 62.7 per cent of subscriptions, Tembo
                                          // 31.4 per cent and ...": a share each holder holds.
                                          "held", "holding", "holds",
                                          // "Tasman Link flew 48 per cent of all passengers, Bluewing
                                          // 37 per cent ...": each passenger flies with one carrier.
                                          "flew",
                                          // "lightning has caused 68 per cent of this season's fires,
                                          // people 27 per cent": each fire has one cause.
                                          "caused", "causes", "sparked", "caus\xC3\xB3", "causaron",
                                          "provoc\xC3\xB3", "provocaron", "origin\xC3\xB3", "originaron",
                                          // "los hoteles concentraron el 52 % de las pernoctaciones,
                                          // los apartamentos el 31 %, ...": each stay in one place.
                                          "concentraron", "concentr\xC3\xB3", "concentra", "concentran",
                                          "acapararon", "acapar\xC3\xB3", "acapara", "acaparan",
                                          // "la coalición ganó el 58% de las casillas, Ciudadanos
                                          // Unidos el 31% ...": a share each winner takes.
                                          "gan\xC3\xB3", "ganaron", "obtuvo", "obtuvieron", "llev\xC3\xB3",
                                          "llevaron"}) ||
                      // "se impuso en el 58% de las casillas": where each won.
                      (v > 0 && is_one_of(word(v), {"en"}) &&
                       is_one_of(word(v - 1), {"impuso", "impusieron", "gan\xC3\xB3", "ganaron"})) ||
                      (v > 0 && is_one_of(word(v), {"up", "for"}) &&
                       is_one_of(word(v - 1), {"made", "make", "makes", "accounted", "account", "accounts"}));
    if (!verb || !is_one_of(word(i + 1), {"of", "de", "del"})) continue;
    std::size_t k = i + 2;
    if (is_one_of(word(k), {"the", "its", "their", "la", "las", "los", "el", "su", "sus"})) ++k;
    // "of last year's completions": a time told as a possessive.
    if (is_one_of(word(k), {"last", "this", "next"}) && word(k + 1).ends_with("'s") &&
        is_one_of(word(k + 1), {"year's", "month's", "quarter's", "season's", "week's"})) {
      k += 2;
    }
    // (Spanish names the noun first: "de las botellas vendidas".)
    const bool noun_first = is_one_of(word(i + 1), {"de", "del"});
    std::string_view noun;
    for (std::size_t n = 0; n < 3 && !word(k).empty() && !(noun_first && !noun.empty()) &&
                            !is_one_of(word(k), {"in", "during", "for", "last", "this", "at", "on", "and", "or",
                                                 "while", "with", "en", "durante", "y", "con", "del", "de"});
         ++n, ++k) {
      noun = word(k);
    }
    if (noun.size() >= 3) return noun;
  }
  return {};
}

// The whole a sentence's percentages divide, from its cue words (else
// after a verb of composition); empty if none or more than one.
std::string_view whole_of(const ArithmeticInput& in, ArithTokens t) {
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (const std::string_view w = counted_whole(in, t, k); !w.empty()) return w;
  }
  if (const std::string_view w = whole_of_words(t); !w.empty()) return w;
  return composition_whole(in, t);
}

// A percentage that is a change or a part of a part, not a share: "rose
// 5%", "up 3%", "from 95% to 60%", "60% of those".
bool not_a_share(ArithTokens t, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 3;) {
    --k;
    if (t[k].type != T::word) break;
    // "made up 46% of revenue" is a share, and so is what a payer picks up
    // ("with the state picking up 15%"; not "the shares picked up 15%", a
    // rise).
    const bool made_up = t[k].text == "up" && k > 0 && t[k - 1].type == T::word &&
                         is_one_of(t[k - 1].text, {"made", "make", "makes", "making", "picking", "pick", "picks",
                                                   "taking", "take", "takes"});
    if (change_direction(t[k].text) != 0 && !made_up) return true;
    // "from 29%", "by about 5%"; not "those from India 29 per cent".
    const bool next_to = k + 1 == i || (k + 2 == i && is_one_of(t[i - 1].text, {"the", "a", "an", "about", "around",
                                                                                 "roughly", "some", "just", "nearly"}));
    // "won a third term with 52.8 percent of the vote to 44.6 percent for
    // Kyle Brandvold": "to" right after a share's whole and before a
    // share "for" its taker sets the two against each other.
    const auto versus = [&] {
      if (t[k].text != "to" || k + 1 != i || i + 1 >= t.size() || t[i + 1].type != T::word ||
          t[i + 1].text != "for" || k < 3 || t[k - 1].type != T::word) {
        return false;
      }
      std::size_t j = k - 1;  // the whole's noun
      if (t[j - 1].type == T::word && t[j - 1].text == "the") --j;
      return j >= 2 && t[j - 1].type == T::word && t[j - 1].text == "of" && t[j - 2].type == T::figure;
    };
    if (next_to && is_one_of(t[k].text, {"by", "from", "to", "than", "each", "every"}) && !versus()) return true;
  }
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (w(i + 1, {"than", "higher", "lower", "more", "less", "rise", "increase", "drop", "fall"})) return true;
  // "12% to 15%", "from 29% to ...": an end of a change; "38 per cent to
  // Hill Lane Surgery" says where a share goes.
  if (w(i + 1, {"to", "from"})) {
    for (std::size_t k = i + 2; k < t.size() && k <= i + 4; ++k) {
      if (t[k].type == T::figure) return true;
      if (t[k].type != T::word || !is_one_of(t[k].text, {"the", "a", "an", "about", "around", "some", "just"})) break;
    }
  }
  // Spanish "del 58,4% al 52,1%", "de 38 % a 31 %": the two ends of a
  // change, however the sentence names the change.
  const auto figure = [&](std::size_t k) { return k < t.size() && t[k].type == T::figure; };
  if ((w(i + 1, {"al", "a"}) && figure(i + 2)) || (i >= 2 && w(i - 1, {"al", "a"}) && figure(i - 2))) return true;
  // "Domestic routes accounted for 71 percent of those travelers": after
  // a verb of composition, "those" and a noun name the whole told before.
  const bool composed = i >= 2 && ((w(i - 1, {"for"}) && w(i - 2, {"accounted", "account", "accounts"})) ||
                                   (w(i - 1, {"up"}) && w(i - 2, {"made", "make", "makes"})));
  if (composed && w(i + 2, {"those", "these"}) && i + 3 < t.size() && t[i + 3].type == T::word) return false;
  // ("The center handled 212,400 calls in 2025. Medical emergencies made
  // up 46 percent of them": "them", the things of the sentence before.)
  if (composed && w(i + 2, {"them"})) return false;
  return w(i + 1, {"of"}) && w(i + 2, {"those", "them", "whom", "which", "these"});
}

// True if the whole is named right after the figure ("45% of the market",
// "38% of the vote", "a 30% share", "30% market share") or just before it
// ("a share of 30%", "market share of 30%").
bool cue_attached(const ArithmeticInput& in, ArithTokens t, std::size_t i, std::string_view whole) {
  // "received 31,247 votes, or 48.6%".
  if (i >= 3 && counted_whole(in, t, i - 3) == whole) return true;
  const auto word = [&](std::size_t k) -> std::string_view {
    return k < t.size() && t[k].type == T::word ? std::string_view(t[k].text) : std::string_view();
  };
  // "of the total": whole_of made the sentence's total the whole.
  const auto names_whole = [&](std::string_view w) {
    return w == whole || (may_be_cue(w) && (whole_named(w) == whole || whole_named(w) == "total")) || w == "share" ||
           w == "shares";
  };
  if (names_whole(word(i + 1))) return true;
  // "of the market", "of the transport budget", "of its patient
  // revenue": one modifier at most, two without an article; "del
  // total", "de los votos".
  if (is_one_of(word(i + 1), {"of", "de", "del"}) &&
      (names_whole(word(i + 2)) ||
       (is_one_of(word(i + 1), {"of", "del"}) && !word(i + 2).empty() && names_whole(word(i + 3))) ||
       // "34% of general fund spending": two modifiers.
       (word(i + 1) == "of" && !word(i + 2).empty() && !word(i + 3).empty() &&
        !is_one_of(word(i + 3), {"of", "and", "or", "in"}) && names_whole(word(i + 4))) ||
       (is_one_of(word(i + 2), {"the", "its", "their", "la", "los", "las", "lo", "su", "sus"}) &&
        (names_whole(word(i + 3)) || names_whole(word(i + 4)))) ||
       // "46% of the town's electricity spending": a possessive and a
       // modifier.
       (word(i + 2) == "the" && (word(i + 3).ends_with("'s") || word(i + 3).ends_with("\xE2\x80\x99s")) &&
        names_whole(word(i + 5))) ||
       // "71 per cent of this year's UK entrants": a time told as a
       // possessive, then a modifier at most.
       (word(i + 1) == "of" && is_one_of(word(i + 2), {"this", "last", "next"}) &&
        is_one_of(word(i + 3), {"year's", "month's", "quarter's", "season's", "week's"}) &&
        (names_whole(word(i + 4)) || names_whole(word(i + 5)))))) {
    return true;
  }
  if (word(i + 1) == "market" && word(i + 2) == "share") return true;
  return i >= 2 && word(i - 1) == "of" && names_whole(word(i - 2));
}

// What the whole named a few words after the share at token i is of:
// "drugs" of "80 percent of the cost of drugs" (three words at most, up to
// a mark or a joining word); empty if nothing follows it.
std::string whole_qualifier(ArithTokens t, std::size_t i, std::string_view whole) {
  const auto word = [&](std::size_t k) -> std::string_view {
    return k < t.size() && t[k].type == T::word ? std::string_view(t[k].text) : std::string_view();
  };
  std::string out;
  for (std::size_t p = i + 1; p < t.size() && p <= i + 6 && !word(p).empty(); ++p) {
    if (word(p) != whole && !(may_be_cue(word(p)) && whole_named(word(p)) == whole)) continue;
    if (!is_one_of(word(p + 1), {"of", "de", "del"})) return out;
    for (std::size_t q = p + 2; q < t.size() && q < p + 5 && !word(q).empty() &&
                                !is_one_of(word(q), {"and", "or", "in", "through", "for", "y", "o", "en", "con"});
         ++q) {
      if (!out.empty()) out += ' ';
      out += word(q);
    }
    return out;
  }
  return out;
}

// A figure of a list that leaves its whole understood: "..., Dock Ltd 38%
// and Quay Inc 25%." It ends its clause or the list goes on.
bool elliptic(ArithTokens t, std::size_t i) {
  if (i + 1 >= t.size()) return true;
  const ArithToken& next = t[i + 1];
  if (next.type == T::punct) return next.text != "-" && next.text != "(";
  // "Chile y Argentina, con 17% entre ambos;", "17% combined,": a share of
  // two named together.
  const auto punct_at = [&](std::size_t k) { return k >= t.size() || t[k].type == T::punct; };
  if (next.type == T::word && i + 2 < t.size() && t[i + 2].type == T::word &&
      ((next.text == "entre" && is_one_of(t[i + 2].text, {"ambos", "ambas"})) ||
       (next.text == "en" && t[i + 2].text == "conjunto")) &&
      punct_at(i + 3)) {
    return true;
  }
  if (next.type == T::word && is_one_of(next.text, {"combined", "together"}) && punct_at(i + 2)) return true;
  // "the state is contributing 22 percent through a tourism grant.": how
  // the share is paid, words to the clause's end, none of another whole.
  if (next.type == T::word && is_one_of(next.text, {"through", "via", "mediante"})) {
    std::size_t k = i + 2;
    for (; k < t.size() && t[k].type != T::punct; ++k) {
      if (k > i + 9 || t[k].type != T::word || is_one_of(t[k].text, {"of", "de", "del"})) return false;
    }
    return k > i + 2;
  }
  return next.type == T::word && is_one_of(next.text, {"and", "each", "respectively", "while", "but", "y", "e",
                                                      "respectivamente", "mientras", "pero"});
}

// "with 52.8 percent of the vote to 44.6 percent for Republican
// challenger Kyle Brandvold and 4.9 percent for independent candidate
// Sharon Eckley": a share "for" a taker named, up to five words with a
// capital and none of another whole, to "and", a mark or the end.
bool taker_share(const ArithmeticInput& in, ArithTokens t, std::size_t i) {
  if (i + 2 >= t.size() || t[i + 1].type != T::word || t[i + 1].text != "for") return false;
  bool named = false;
  std::size_t k = i + 2;
  for (; k < t.size() && k <= i + 6 && t[k].type == T::word && !is_one_of(t[k].text, {"and", "y"}); ++k) {
    if (is_one_of(t[k].text, {"of", "each", "every", "per", "the"})) return false;
    named = named || capitalised(in, t, k);
  }
  return named && (k >= t.size() || t[k].type == T::punct || is_one_of(t[k].text, {"and", "y"}));
}

// "Students from state schools make up 71 per cent of entrants, with 19
// per cent coming from independent schools and 14 per cent arriving
// through colleges": a share after "with", "and" or a comma that names
// where its part comes from, when the sentence's first share names its
// part by where it comes from too ("from" before the first figure).
bool sourced_share(ArithTokens t, std::size_t i) {
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  if (i == 0 || !(w(i - 1, {"with", "and"}) || (t[i - 1].type == T::punct && t[i - 1].text == ","))) return false;
  std::size_t k = i + 1;
  if (w(k, {"coming", "arriving", "drawn", "came", "arrived"})) ++k;
  if (!w(k, {"from", "through", "via"})) return false;
  for (std::size_t j = 0; j < t.size() && t[j].type != T::figure; ++j) {
    if (w(j, {"from"})) return true;
  }
  return false;
}

// The percentages of a table row ("  Capital Region   31.4%  (29.0%)",
// "- Eastern: 23.7%"): a label of words, then only percentages and
// brackets. Empty if the sentence is no such row.
std::vector<int> row_shares(const ArithmeticInput& in, ArithTokens t, bool* of_total) {
  std::vector<int> out;
  std::size_t i = after_bullet(t);  // "- Green List: 38%"
  if (i >= t.size()) return {};
  if (table_row(t)) {
    // A table's label is its first cell, whatever figures it names
    // ("Light (30-149 min a week) | 27%", "18 to 64 | 31%").
    if (t[i].type == T::punct && t[i].text == "|") return {};
    while (i < t.size() && !(t[i].type == T::punct && t[i].text == "|")) ++i;
  } else if (t[i].type != T::word) {
    return {};
  }
  for (; i < t.size() && t[i].type != T::figure; ++i) {
    if (t[i].type == T::punct && !is_one_of(t[i].text, {":", "|", "-", "\u2013", "\u2014", ",", "&", "'", "/", "."})) {
      return {};
    }
  }
  bool in_parentheses = false;
  for (; i < t.size(); ++i) {
    // "- Colombia: 27,4% del total.": the share names its whole.
    if (t[i].type == T::word && of_total && out.size() == 1 && i + 1 < t.size() &&
        ((t[i].text == "del" && t[i + 1].type == T::word && t[i + 1].text == "total") ||
         (t[i].text == "of" && t[i + 1].type == T::word && t[i + 1].text == "total") ||
         (i + 2 < t.size() && t[i].text == "of" && t[i + 1].type == T::word && t[i + 1].text == "the" &&
          t[i + 2].type == T::word && t[i + 2].text == "total"))) {
      *of_total = true;
      i += t[i].text == "del" || t[i + 1].text == "total" ? 1 : 2;
      continue;
    }
    if (t[i].type == T::word) return {};
    if (t[i].type == T::punct) {
      if (!is_one_of(t[i].text, {"(", ")", ",", "/", "|", ";", "."})) return {};
      if (t[i].text == "(") in_parentheses = true;
      if (t[i].text == ")") in_parentheses = false;
      continue;
    }
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    // "- China: 17% (US$ 42 millones).": the share's amount, in brackets
    // after it.
    if (in_parentheses && !out.empty() && f.kind != QuantityKind::percent &&
        f.kind != QuantityKind::percentage_point) {
      continue;
    }
    if (f.kind != QuantityKind::percent || f.range_side || !f.asserted) return {};
    out.push_back(t[i].figure);
  }
  return out;
}

// Whether the label of row `t` names the rest of a list ("- Resto de
// países: 33,9%", "Other: 4%"): a list with such a row leaves nothing out.
bool remainder_row(ArithTokens t) {
  const std::size_t i = after_bullet(t);
  return i < t.size() && t[i].type == T::word &&
         is_one_of(t[i].text, {"resto", "rest", "other", "others", "otros", "otras", "dem\xC3\xA1s"});
}

// Whether the caption `s` (a sentence ending with a colon) introduces a
// table of shares of one whole: it names shares ("Share of population by
// region, 2025:").
bool share_caption(const ArithmeticInput& in, std::size_t s) {
  std::string lowered(in.doc.view(in.doc.sentences[s].range));
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (const std::string_view cue : k_share_cues) {
    for (std::size_t at = lowered.find(cue); at != std::string::npos; at = lowered.find(cue, at + 1)) {
      const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(lowered[at - 1]));
      const std::size_t end = at + cue.size();
      const bool ends = end == lowered.size() || !std::isalpha(static_cast<unsigned char>(lowered[end]));
      if (starts && ends) return true;
    }
  }
  return false;
}

// How far over 100% a column of shares may add up and still be shares of
// one whole told wrongly: far beyond, each row is a share of its own
// whole ("share of homes with broadband, by region: 92%, 88%, ...").
constexpr double k_max_table_sum = 110;

// Reports `shares` (figures) when they add up to more than 100% even at
// the low end of their rounding (and, with `cap`, to no more than
// k_max_table_sum): "WHAT add up to more than 100%: 45% + 38% + 25% =
// 108%", at the last share, with a note at each other one. Returns
// whether it reported.
bool report_shares(const ArithmeticInput& in, std::span<const int> shares, std::string_view what, bool cap,
                   DiagnosticSink& sink) {
  double lo = 0;
  double sum = 0;
  std::string shown;
  for (const int i : shares) {
    const Figure& f = in.figures[static_cast<std::size_t>(i)];
    lo += f.low;
    sum += f.value;
    shown += fmt::format("{}{}", shown.empty() ? "" : " + ", format_figure(f.value, f.kind, f.unit, 3));
  }
  // The lower ends already allow for the rounding of each figure.
  if (shares.empty() || lo <= 100 + 1e-9 || (cap && sum > k_max_table_sum)) return false;
  Diagnostic d;
  d.check = "share-over-100";
  d.severity = Severity::error;
  d.message = fmt::format("{} add up to more than 100%: {} = {}", what, shown,
                          format_figure(sum, QuantityKind::percent, "%", 3));
  d.range = in.original(in.figures[static_cast<std::size_t>(shares.back())].range);
  // One list read by two of the readers is reported once (the last few
  // findings are enough to look at: a list is reported as it is read).
  const std::vector<Diagnostic>& found = sink.diagnostics();
  for (std::size_t k = found.size(), seen = 0; k-- > 0 && seen < 32; ++seen) {
    if (found[k].check == d.check && found[k].range == d.range) {
      return true;
    }
  }
  for (std::size_t j = 0; j + 1 < shares.size(); ++j) {
    d.notes.push_back({in.original(in.figures[static_cast<std::size_t>(shares[j])].range), "another share of the same whole", {}});
  }
  sink.report(std::move(d));
  return true;
}

// Reports each column of `rows` (the figures of each row, as many in
// each) whose shares add up to more than 100%.
void report_columns(const ArithmeticInput& in, const std::vector<std::vector<int>>& rows, DiagnosticSink& sink) {
  for (std::size_t column = 0; column < rows.front().size(); ++column) {
    std::vector<int> shares;
    for (const std::vector<int>& row : rows) shares.push_back(row[column]);
    report_shares(in, shares, "the listed shares", true, sink);
  }
}

// "Buses accounted for 57 per cent of boardings. Light rail carried 36
// per cent, the ferry eight per cent and the on-demand service three per
// cent.": a sentence of shares alone, at least two, none a change or of
// another whole, naming no whole, goes on with the list of the sentence
// before.
bool share_figure(const ArithmeticInput& in, std::size_t s, ArithTokens t, std::size_t i);

bool continues_shares(const ArithmeticInput& in, std::size_t s) {
  const ArithTokens t = in.tokens(s);
  std::size_t shares = 0;
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind != QuantityKind::percent || !share_figure(in, s, t, i) || not_a_share(t, i) || !elliptic(t, i)) {
      return false;
    }
    if (i + 1 < t.size() && t[i + 1].type == T::word && is_one_of(t[i + 1].text, {"of", "de", "del"})) return false;
    ++shares;
  }
  if (shares < 2) return false;
  // ("la proporción de mujeres entre los ingresantes llegó al 68%,
  // mientras que en Ingenierías fue de apenas 29%": a proportion within a
  // group, place by place.)
  for (const ArithToken& w : t) {
    if (w.type == T::word && (change_direction(w.text) != 0 ||
                              is_one_of(w.text, {"respectively", "respectivamente", "proportion", "proportions",
                                                 "proporci\xC3\xB3n", "proporciones", "among", "entre"}))) {
      return false;
    }
  }
  return whole_of(in, t).empty();
}

// Tables of shares: a caption naming shares, then at least three rows of
// a label and percentages; each column (the shares of one year, say)
// must not add up to more than 100%.
void check_share_tables(const ArithmeticInput& in, DiagnosticSink& sink) {
  // A caption announcing a breakdown ("the stock breaks down as follows:")
  // makes its rows of percentages shares of one whole too.
  const auto is_caption = [&in](std::size_t caption, std::size_t header) {
    return share_caption(in, caption) || announces_breakdown(in.doc.view(in.doc.sentences[caption].range)) ||
           (header < in.sentence_count() && share_caption(in, header));
  };
  // Without such a caption, a list of one share a row whose first names
  // the total ("- Colombia: 27,4% del total.") or whose last is the rest
  // ("- Resto de países: 33,9%") is one too.
  const auto any = [](std::size_t, std::size_t) { return true; };
  for_each_captioned_run(in, any, [&](std::size_t caption, std::size_t header, std::span<const std::size_t> run) {
    // Consecutive rows with the same number of percentages.
    std::vector<std::vector<int>> rows;
    bool of_total = false;
    bool rest = false;
    for (const std::size_t s : run) {
      std::vector<int> row = row_shares(in, in.tokens(s), rows.empty() ? &of_total : nullptr);
      if (row.empty() || (!rows.empty() && row.size() != rows.front().size())) break;
      rest = rest || (row.size() == 1 && remainder_row(in.tokens(s)));
      rows.push_back(std::move(row));
    }
    // (A rest after a caption of changes is no share: "Growth by segment:
    // ... Other: 22%".)
    const auto of_changes = [&] {
      if (caption >= in.sentence_count()) return false;
      // The caption has no figure, so no tokens: its words are read here.
      std::string text(in.doc.view(in.doc.sentences[caption].range));
      for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      std::size_t at = 0;
      while (at < text.size()) {
        std::size_t end = at;
        while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) ||
                                     static_cast<unsigned char>(text[end]) >= 0x80)) {
          ++end;
        }
        const std::string_view w = std::string_view(text).substr(at, end - at);
        if (!w.empty() && (change_direction(w) != 0 || is_change_noun(w) ||
                           is_one_of(w, {"growth", "crecimiento", "variaci\xC3\xB3n", "change", "changes"}))) {
          return true;
        }
        at = end + 1;
      }
      return false;
    };
    const bool shares = is_caption(caption, header) ||
                        (!rows.empty() && rows.front().size() == 1 && (of_total || (rest && !of_changes())));
    if (rows.size() >= 3 && shares) report_columns(in, rows, sink);
    return rows.size();
  });
}

// Words that set figures side by side rather than add them.
constexpr CueWords k_comparison_words{std::to_array<std::string_view>(
    {"against", "compared", "versus", "vs", "than", "previously", "earlier", "before", "same", "last",
     "ago", "while", "whereas", "up", "down", "rose", "fell"})};

// The money a sentence opening "Of total expenditure," or "Of its
// income," divides among its percentages: each pound or euro goes one way.
constexpr CueWords k_split_wholes{std::to_array<std::string_view>(
    {"expenditure", "spending", "spend", "income", "revenue", "revenues", "funding", "costs", "turnover",
     // What is split by how it travels or where it goes: each tonne, each
     // sale once.
     "cargo", "freight", "tonnage", "traffic", "exports", "imports", "output", "production", "generation", "sales",
     "budget",
     // Spanish: "De toda la mercancía general, el 62% ...".
     "mercanc\xC3\xAD" "a", "carga", "tr\xC3\xA1" "fico", "exportaciones", "importaciones", "producci\xC3\xB3" "n",
     "gasto", "gastos", "ingresos", "presupuesto", "facturaci\xC3\xB3" "n", "ventas", "generaci\xC3\xB3" "n",
     "volumen",
     // Each vote goes to one candidate: "De los 94.520 votos válidos, ...".
     "votes", "vote", "ballots", "ballot", "votos", "voto", "sufragios", "sufragio"})};

void check_shares_after_opening(const ArithmeticInput& in, std::size_t s, ArithTokens t, std::size_t from,
                                const std::string& whole, bool pronoun, DiagnosticSink& sink);

// "Of the stores slated to close, 46% are in the Midwest, 31% are in the
// Northeast and 29% in the South": things named at the opening (a noun
// phrase of up to ten tokens, counts, dates and a relative clause among
// them), at least three shares each told where they are or come from by a
// name ("are in the Midwest", "were from Ohio", "in Texas"); each thing is
// in one place. Or each told what class it is in, the first with its verb
// and "as", the others with "as" alone: "Of patients who presented in the
// March quarter, 1 per cent were triaged as category 1, 14 per cent as
// category 2, ...". Or each told the use it went to, the first with its
// verb: "Of the money distributed so far, 46 percent went to housing
// assistance, 28 percent to debris removal, ...".
void check_located_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  std::size_t k = after_bullet(t);
  // ("The secondary split is lopsided too: of the 1,670 secondary
  // students, ...": after a colon, no figure before it.)
  if (k < t.size() && t[k].text != "of") {
    std::size_t colon = k;
    while (colon < t.size() && colon < k + 16 && t[colon].type == T::word) ++colon;
    if (colon + 1 < t.size() && t[colon].type == T::punct && t[colon].text == ":") k = colon + 1;
  }
  if (k + 2 >= t.size() || t[k].text != "of" || is_one_of(t[k + 1].text, {"those", "these", "them"})) return;
  const std::size_t first = k + 1;
  std::size_t comma = k + 1;
  while (comma < t.size() && comma <= k + 11 &&
         (t[comma].type == T::word || in.in_date(t[comma]) ||
          (t[comma].type == T::figure &&
           in.figures[static_cast<std::size_t>(t[comma].figure)].kind == QuantityKind::count))) {
    ++comma;
  }
  if (comma >= t.size() || comma == k + 1 || t[comma].text != ",") return;
  // ("58 per cent are enrolled at the older Marrangup Secondary College
  // and 49 per cent at Northern Bays College": each at one place; two
  // such shares are a list, places told "at" being no regions that nest.)
  std::size_t at_places = 0;
  const auto placed = [&](std::size_t i) {
    std::size_t w = i + 1;
    if (w < t.size() && is_one_of(t[w].text, {"are", "were", "is", "was", "come", "came", "comes"})) ++w;
    if (w < t.size() && is_one_of(t[w].text, {"located", "based", "enrolled", "employed", "registered"})) ++w;
    if (w < t.size() && t[w].text == "at") {
      // "at" a name, a word or two of what it is like before it.
      std::size_t n = w + 1;
      if (n < t.size() && t[n].text == "the") ++n;
      for (int words = 0; words < 2 && n + 1 < t.size() && t[n].type == T::word && t[n + 1].type == T::word &&
                          !capitalised(in, t, n);
           ++words) {
        ++n;
      }
      const bool named = capitalised(in, t, n);
      if (named) ++at_places;
      return named;
    }
    if (w >= t.size() || !is_one_of(t[w].text, {"in", "from"})) return false;
    // A place by its name: "in the Midwest", "from Ohio" ("in favour" is
    // no place); or the rest of the world: "from elsewhere in the UK",
    // "from overseas", "abroad".
    if (w + 1 < t.size() && is_one_of(t[w + 1].text, {"elsewhere", "overseas", "abroad"})) return true;
    if (w + 1 < t.size() && t[w + 1].text == "the") ++w;
    return capitalised(in, t, w + 1);
  };
  // "went to housing", "was spent on", then "to" alone: each part of
  // the money goes to one use.
  const auto allotted = [&](std::size_t i, bool first_share) {
    std::size_t w = i + 1;
    if (w < t.size() && is_one_of(t[w].text, {"was", "were", "is", "are", "will"})) ++w;
    if (w < t.size() && is_one_of(t[w].text, {"went", "goes", "go", "spent", "allocated", "allotted", "earmarked",
                                              "used", "directed", "channelled", "channeled", "held", "reserved",
                                              "kept"})) {
      ++w;
    } else if (first_share) {
      return false;
    }
    return w < t.size() && is_one_of(t[w].text, {"to", "toward", "towards", "on", "into", "for"});
  };
  std::size_t shares = 0;
  bool all_placed = true;
  bool all_classed = true;
  bool all_allotted = true;
  for (const std::size_t i : in.figure_tokens(s)) {
    if (i < comma) continue;
    if (in.figures[static_cast<std::size_t>(t[i].figure)].kind != QuantityKind::percent) continue;
    all_placed = all_placed && placed(i);
    all_allotted = all_allotted && allotted(i, shares == 0);
    // "were triaged as", then "as" alone.
    bool classed = i + 1 < t.size() && t[i + 1].text == "as";
    for (std::size_t w = i + 1; shares == 0 && !classed && w < t.size() && w <= i + 3 && t[w].type == T::word; ++w) {
      classed = t[w].text == "as";
    }
    all_classed = all_classed && classed;
    ++shares;
  }
  const bool all_at = all_placed && at_places == shares;
  if (shares < (all_at ? 2U : 3U) || (!all_placed && !all_classed && !all_allotted)) return;
  const ByteRange named{t[first].range.begin, t[comma - 1].range.end};
  // (Shares allotted to uses are no classes of people: "71 per cent is
  // allocated to the 23 trawlers" names its taker by a count.)
  check_shares_after_opening(in, s, t, comma + 1, std::string(in.doc.view(named)), !all_at && !all_allotted, sink);
}

// Whether figure `figure` of sentence `s` may be a share of a list the
// sentence tells alone: an asserted percentage, no end of a range, no
// side of a change ("rose 5%").
bool lone_share(const ArithmeticInput& in, std::size_t s, int figure) {
  const Figure& f = in.figures[static_cast<std::size_t>(figure)];
  return f.kind == QuantityKind::percent && !f.range_side && f.asserted && !in_change(in, s, figure);
}

// "el 62% de los turistas llegó desde el Área Metropolitana, el 21% desde
// el interior, el 14% desde otras provincias y el 6% desde el exterior",
// "62% of visitors came from the city, 21% from the rest of the state
// ...": the first share names its whole, then each share says where it
// came from (each one came from one place). Three shares at least, each
// told "from" ("desde") and no figure after it.
// An allocation says where each part goes, the same way: "45% of the
// 4,100 chinook go to treaty tribes, 35% to the commercial fleet and 28%
// to sport anglers" ("to" after a verb of giving or going, k_going).
void check_origin_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  static constexpr CueWords k_going{std::to_array<std::string_view>(
      {"go", "goes", "went", "going", "allocated", "assigned", "awarded", "given", "granted", "paid", "sent",
       "shipped", "sold", "exported", "flow", "flows", "flowed", "distributed", "earmarked", "directed",
       "transferred", "reserved", "allotted", "va", "van", "fue", "fueron", "ir\xC3\xA1", "ir\xC3\xA1n",
       "destinado", "destinados", "destinada", "destinadas", "asignado", "asignados", "asignada", "asignadas"})};
  const ArithTokens t = in.tokens(s);
  const auto word = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  // Where each part lives, by the place's name: "46% of them farm in Co
  // Tipperary, 38% in Co Kilkenny and 21% in Co Waterford" (each lives in
  // one place).
  static constexpr CueWords k_living{std::to_array<std::string_view>(
      {"live", "lives", "lived", "farm", "farms", "farmed", "reside", "resides", "resided", "based", "located",
       "born", "vive", "viven", "viv\xC3\xAD" "an", "residen", "reside", "resid\xC3\xAD" "an", "nacieron",
       "naci\xC3\xB3"})};
  // The word that says where the parts come from or go: "from" or
  // "desde", else "to" or "a" after a verb of k_going, or "in" or "en"
  // after one of k_living.
  std::string_view link;
  // Where the share at token i came from: the link within `reach` words
  // after it, then a word (a name after "in").
  // ("58 per cent of buyers lived in the UK outside the South West, 31 per
  // cent came from the South West itself and 17 per cent were based
  // overseas": where one lives and where one comes from are one division;
  // "overseas" or "abroad" after a verb of living names a place.)
  const auto where = [](std::string_view l) { return is_one_of(l, {"in", "en", "from", "desde"}); };
  const auto from_after = [&](std::size_t i, std::size_t reach) {
    for (std::size_t k = i + 1; k < t.size() && k <= i + 1 + reach; ++k) {
      if (t[k].type != T::word) return false;
      const bool origin = is_one_of(t[k].text, {"from", "desde"});
      const bool after_verb = k > i + 1 && t[k - 1].type == T::word;
      const bool going = is_one_of(t[k].text, {"to", "a"}) && after_verb && k_going.contains(t[k - 1].text);
      const bool living = is_one_of(t[k].text, {"in", "en"}) && after_verb && k_living.contains(t[k - 1].text);
      if (!link.empty() && where(link) && after_verb && k_living.contains(t[k - 1].text) &&
          is_one_of(t[k].text, {"overseas", "abroad"}) && (k + 1 >= t.size() || t[k + 1].type != T::word)) {
        return true;
      }
      const bool named = link.empty() ? origin || going || living
                                      : t[k].text == link || (where(link) && (origin || living));
      if (named) {
        link = t[k].text;
        if (k + 1 >= t.size() || t[k + 1].type != T::word) return false;
        // (A place's name, "the" before it or not: "in the UK".)
        return !is_one_of(link, {"in", "en"}) || capitalised(in, t, k + 1) ||
               (k + 2 < t.size() && t[k + 1].text == "the" && t[k + 2].type == T::word && capitalised(in, t, k + 2));
      }
    }
    return false;
  };
  std::vector<int> shares;
  std::string whole;
  std::size_t whole_at = t.size();  // the token of a whole told by a count
  for (const std::uint32_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    // (Figures before the first share are the sentence's own: "hecho sobre
    // 6.400 encuestas en ... la ruta 11, muestra que el 62% ...".)
    if (i == whole_at || f.kind == QuantityKind::date || (shares.empty() && f.kind != QuantityKind::percent)) {
      continue;
    }
    if (!lone_share(in, s, t[i].figure)) return;
    if (shares.empty()) {
      // "62% of visitors came from", "el 62% de los turistas llegó desde",
      // "45% of the 4,100 chinook go to".
      std::size_t k = i + 1;
      if (!word(k, {"of", "de"})) return;
      ++k;
      const std::size_t named = k;
      if (word(k, {"the", "los", "las", "its", "sus"})) ++k;
      if (k >= t.size() || (t[k].type != T::word && !(t[k].type == T::figure && k > named &&
                                                      in.figures[static_cast<std::size_t>(t[k].figure)].kind ==
                                                          QuantityKind::count))) {
        return;
      }
      whole = fmt::format("\"{}\"", in.doc.view({t[named].range.begin, t[k].range.end}));
      if (!from_after(k, 2)) return;
      if (t[k].type == T::figure) whole_at = k;  // a count, no share of the list
    } else if (!from_after(i, 0) && !(where(link) && from_after(i, 2))) {
      // (A verb of its own may stand before the link of where each lives
      // or comes from: "31 per cent came from", "were based overseas".)
      return;
    }
    shares.push_back(t[i].figure);
  }
  if (shares.size() < 3) return;
  report_shares(in, shares, "shares of " + whole, true, sink);
}

// "The ministry rated topsoil moisture at 1 per cent surplus, 21 per cent
// adequate, 38 per cent short and 46 per cent very short": a rating verb,
// then at least three shares, each followed by its grade (a word, or two
// with "very" or the like) and a comma, "and" or the end. The grades of
// one rating divide what is rated.
void check_rated_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const std::span<const std::uint32_t> figs = in.figure_tokens(s);
  if (figs.size() < 3) return;
  const ArithTokens t = in.tokens(s);
  const auto word_in = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  // The rating verb, up to eight words before the first share.
  const std::size_t first = figs.front();
  bool rated = false;
  for (std::size_t k = first; k-- > 0 && first - k <= 8 && !rated;) {
    if (t[k].type != T::word) break;
    rated = is_one_of(t[k].text, {"rated", "graded", "classed", "classified", "rating", "ratings", "calific\xC3\xB3",
                                  "calificados", "calificadas"});
  }
  if (!rated) return;
  // A grade: a word of a class, no preposition or word of change.
  const auto grade = [&](std::size_t k) {
    return k < t.size() && t[k].type == T::word && !k_comparison_words.contains(t[k].text) &&
           !is_one_of(t[k].text, {"of", "from", "to", "in", "on", "at", "for", "by", "than", "more", "less", "higher",
                                  "lower", "up", "down", "the", "a", "an", "and", "or", "de", "del", "en", "y",
                                  "o", "m\xC3\xA1s", "menos", "that", "which", "was", "were", "is", "are"}) &&
           change_direction(t[k].text) == 0;
  };
  std::vector<int> shares;
  for (const std::uint32_t i : figs) {
    if (!lone_share(in, s, t[i].figure)) return;
    std::size_t k = i + 1;
    if (word_in(k, {"very", "extremely", "fairly", "somewhat", "quite", "muy"})) ++k;
    if (!grade(k)) return;
    ++k;
    // Then a comma, "and", "or", the next share, or the end of the list.
    const bool separated = k >= t.size() || t[k].text == "," || t[k].text == "." || t[k].text == ";" ||
                           word_in(k, {"and", "or", "y", "e", "o"});
    if (!separated) return;
    shares.push_back(t[i].figure);
  }
  if (shares.size() < 3) return;
  report_shares(in, shares, "shares of one rating", true, sink);
}

// The stance a share of a poll takes, from up to six words after it
// ("41% of voters said they approved", "54% disapproved", "8% were
// unsure"): 1 for, 2 against, 3 undecided; 0 if none.
int stance_after(ArithTokens t, std::size_t i) {
  for (std::size_t k = i + 1; k < t.size() && k <= i + 6 && t[k].type == T::word; ++k) {
    const std::string_view w = t[k].text;
    if (is_one_of(w, {"approved", "approve", "approves", "supported", "support", "supports", "favoured",
                      "favored", "backed", "aprueba", "aprobaba", "apoya", "apoyaba"})) {
      return 1;
    }
    if (is_one_of(w, {"disapproved", "disapprove", "disapproves", "opposed", "oppose", "opposes", "rejected",
                      "desaprueba", "desaprobaba", "rechaza", "rechazaba"})) {
      return 2;
    }
    if (is_one_of(w, {"unsure", "undecided", "uncertain", "indecisos", "indecisas"}) ||
        (w == "know" && k > i + 1 && is_one_of(t[k - 1].text, {"don't", "didn't", "not"})) ||
        (w == "opinion" && k > i + 1 && t[k - 1].text == "no") ||
        (w == "sabe" && k > i + 1 && t[k - 1].text == "no")) {
      return 3;
    }
    // ("rose 3 points as those who disapproved ...": a change is no stance.)
    if (change_direction(w) != 0) return 0;
  }
  return 0;
}

// "Some 41% of voters said they approved of the way he is handling the
// job, while 54% disapproved and 8% were unsure": the shares of one poll
// question, each taking another stance (for, against, undecided), all
// three told; each respondent takes one.
void check_stance_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const std::span<const std::uint32_t> figs = in.figure_tokens(s);
  if (figs.size() < 3) return;
  const ArithTokens t = in.tokens(s);
  std::vector<int> shares;
  int stances = 0;  // a bit per stance told
  for (const std::uint32_t i : figs) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind == QuantityKind::date) continue;
    if (!lone_share(in, s, t[i].figure)) return;
    const int stance = stance_after(t, i);
    if (stance == 0 || (stances & (1 << stance))) return;
    stances |= 1 << stance;
    shares.push_back(t[i].figure);
  }
  if (stances != 0b1110) return;
  report_shares(in, shares, "shares of one poll question", true, sink);
}

// "Respondents were asked to name the single spending area they would
// cut first ... chosen by 41%, followed by holidays at 27%, ...", "con
// una sola respuesta posible, 34% mencionó ...": a question of one answer
// (a word of one before a noun of an answer, in the sentence or the one
// before, in its paragraph), then at least three shares, none a change.
void check_single_answer(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const std::span<const std::uint32_t> figs = in.figure_tokens(s);
  if (figs.size() < 3) return;
  const ArithTokens t = in.tokens(s);
  const auto single_in = [&](ArithTokens u, std::size_t end) {
    for (std::size_t k = 0; k < end && k < u.size(); ++k) {
      if (u[k].type != T::word || !is_one_of(u[k].text, {"single", "sola", "\xC3\xBAnica"})) continue;
      for (std::size_t j = k + 1; j < u.size() && j <= k + 3 && u[j].type == T::word; ++j) {
        if (is_one_of(u[j].text, {"answer", "response", "choice", "option", "area", "issue", "problem", "reason",
                                  "priority", "respuesta", "opci\xC3\xB3n", "problema", "motivo", "tema"})) {
          return true;
        }
      }
    }
    return false;
  };
  bool single = single_in(t, figs.front());
  if (!single && s > in.first_sentence() && in.doc.sentences[s - 1].paragraph == in.doc.sentences[s].paragraph) {
    const ArithTokens prev = in.tokens(s - 1);
    // (The question's own figures, "if their income fell by £100 a
    // month", are no shares; a percentage there would open another list.)
    bool shares_before = false;
    for (const std::uint32_t i : in.figure_tokens(s - 1)) {
      const QuantityKind kind = in.figures[static_cast<std::size_t>(prev[i].figure)].kind;
      shares_before = shares_before || kind == QuantityKind::percent;
    }
    single = !shares_before && single_in(prev, prev.size());
  }
  if (!single) return;
  std::vector<int> shares;
  for (const std::uint32_t i : figs) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind == QuantityKind::date) continue;
    if (!lone_share(in, s, t[i].figure)) return;
    shares.push_back(t[i].figure);
  }
  if (shares.size() < 3) return;
  report_shares(in, shares, "shares of one answer each", true, sink);
}

// "those who waited more than 12 hours,", "those surveyed,", "those
// students,": "those" or "these" at token k, then a clause of up to ten
// words and figures that are no share; the token of its comma, else
// t.size().
std::size_t those_clause_end(const ArithmeticInput& in, ArithTokens t, std::size_t k) {
  if (k + 2 >= t.size() || t[k].type != T::word || !is_one_of(t[k].text, {"those", "these"}) ||
      t[k + 1].type != T::word) {
    return t.size();
  }
  std::size_t comma = k + 1;
  while (comma < t.size() && comma <= k + 10 &&
         (t[comma].type == T::word ||
          (t[comma].type == T::figure &&
           in.figures[static_cast<std::size_t>(t[comma].figure)].kind != QuantityKind::percent))) {
    ++comma;
  }
  return comma < t.size() && t[comma].text == "," ? comma : t.size();
}

// "Of total expenditure, 78% went on charitable activities, 19% on raising
// funds and 7% on support costs.": every share of the sentence divides
// the money its opening names.
void check_opening_whole(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  std::size_t k = after_bullet(t);
  if (k >= t.size()) return;
  // "The university's freshman class of 5,320 was its largest ever; of
  // those students, 62% came from in-state, ...": the opening of the
  // clause after a semicolon.
  // (Most sentences hold no semicolon: one search of the text tells.)
  const bool semicolon = in.doc.view(in.doc.sentences[s].range).find(';') != std::string_view::npos;
  for (std::size_t j = k; semicolon && j + 3 < t.size(); ++j) {
    if (t[j].type != T::punct || t[j].text != ";" || t[j + 1].type != T::word || t[j + 1].text != "of") continue;
    if (const std::size_t comma = those_clause_end(in, t, j + 2); comma < t.size()) {
      check_shares_after_opening(in, s, t, comma + 1,
                                 std::string(in.doc.view({t[j + 2].range.begin, t[comma - 1].range.end})), true,
                                 sink);
      return;
    }
  }
  // "De toda la mercancía general, el 62% ...": the noun first, then up
  // to two words of what it is like, then the comma.
  // ("Del volumen exportado en el año cafetero, el 62% ...": "del", and
  // up to five words of what it is like and when.)
  // A count of the whole may stand before its noun: "De los 94.520 votos
  // válidos, Patiño obtuvo el 43,6%, ...", "Of the 94,520 valid votes,".
  // A count at token x of a noun that names a whole ("94.520 votos").
  const auto counted_whole_at = [&](std::size_t x) {
    if (x >= t.size() || t[x].type != T::figure) return false;
    const Figure& f = in.figures[static_cast<std::size_t>(t[x].figure)];
    return (f.kind == QuantityKind::count || f.kind == QuantityKind::number) &&
           k_split_wholes.contains(f.claim->quantity.unit);
  };
  if (t[k].text == "de" || t[k].text == "del" || t[k].text == "sobre") {
    const bool del = t[k].text == "del";
    ++k;
    if (!del && k < t.size() && is_one_of(t[k].text, {"todo", "toda", "todos", "todas"})) ++k;
    if (!del && k < t.size() && is_one_of(t[k].text, {"el", "la", "los", "las", "su", "sus"})) ++k;
    // (The count and its noun are one figure: "94.520 votos".)
    const bool counted = counted_whole_at(k);
    if (!counted && (k >= t.size() || t[k].type != T::word || !k_split_wholes.contains(t[k].text))) return;
    std::size_t comma = k + 1;
    while (comma < t.size() && comma <= k + 5 && (t[comma].type == T::word || in.in_date(t[comma]))) ++comma;
    if (comma >= t.size() || t[comma].text != ",") return;
    const ByteRange named{t[1].range.begin, t[comma - 1].range.end};
    check_shares_after_opening(in, s, t, comma + 1, fmt::format("\"{}\"", in.doc.view(named)), false, sink);
    return;
  }
  if (t[k].text != "of") {
    // ("The secondary split is lopsided too: of the 1,670 secondary
    // students, 58 per cent are enrolled at ...".)
    check_located_shares(in, s, sink);
    return;
  }
  ++k;
  // "Of those, 46% ..., 31% ... and 27% ...": the people or things of the
  // sentence before, each counted once; "Of this, rice accounted for 41
  // per cent, ...": the area or sum it tells.
  const bool pronoun = k + 1 < t.size() && is_one_of(t[k].text, {"those", "these", "them", "this", "that"}) &&
                       t[k + 1].text == ",";
  // "Of those who waited more than 12 hours, 58 per cent ...", "Of those
  // surveyed,": the people a clause after "those" names, up to ten words
  // and figures that are no share.
  if (!pronoun) {
    if (const std::size_t comma = those_clause_end(in, t, k); comma < t.size()) {
      check_shares_after_opening(in, s, t, comma + 1,
                                 std::string(in.doc.view({t[k].range.begin, t[comma - 1].range.end})), true, sink);
      return;
    }
  }
  if (!pronoun) {
    if (k < t.size() && is_one_of(t[k].text, {"the", "its", "their", "this", "last"})) ++k;
    if (k < t.size() && is_one_of(t[k].text, {"total", "all", "overall", "annual", "year's"})) ++k;
    // ("Of all general cargo,": a word or two of what it is like first.)
    for (int words = 0; words < 2 && k + 2 < t.size() && t[k].type == T::word && t[k + 1].type == T::word &&
                        !k_split_wholes.contains(t[k].text);
         ++words) {
      ++k;
    }
    const bool counted = counted_whole_at(k) && k + 1 < t.size() && t[k + 1].text == ",";
    if (!counted &&
        (k + 1 >= t.size() || t[k].type != T::word || !k_split_wholes.contains(t[k].text) || t[k + 1].text != ",")) {
      check_located_shares(in, s, sink);
      return;
    }
    if (counted) {
      const Figure& whole = in.figures[static_cast<std::size_t>(t[k].figure)];
      check_shares_after_opening(in, s, t, k + 2, fmt::format("the {}", in.doc.view(whole.range)), false, sink);
      return;
    }
  }
  check_shares_after_opening(in, s, t, k + 2,
                             !pronoun                             ? "the " + std::string(t[k].text)
                             : is_one_of(t[k].text, {"this", "that"}) ? std::string("the whole told before")
                                                                      : std::string(t[k].text),
                             pronoun, sink);
}

// The shares of sentence `s` after its opening (token `from` on), each of
// the whole it names: reported when they add up to more than 100%.
void check_shares_after_opening(const ArithmeticInput& in, std::size_t s, ArithTokens t, std::size_t from,
                                const std::string& whole, bool pronoun, DiagnosticSink& sink) {
  // A comparison sets shares of two periods side by side ("55% in 2025,
  // against 48% in 2024"), not parts of one whole.
  for (std::size_t j = from; j < t.size(); ++j) {
    if (t[j].type == T::word && k_comparison_words.contains(t[j].text)) return;
  }
  std::vector<int> shares;
  const std::optional<std::string>* time = nullptr;  // of the first share
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (i < from || f.kind != QuantityKind::percent) continue;
    // A change or a part of a part ("rose 5%", "60% of those") is no share.
    // "41% of donors" divides another whole.
    const bool of_another = i + 1 < t.size() && is_one_of(t[i + 1].text, {"of", "de", "del"});
    // "30% from grants" is a source here, not a change "from" a figure.
    const bool from_source = i + 1 < t.size() && t[i + 1].text == "from";
    if (f.range_side || !f.asserted || (!from_source && not_a_share(t, i)) || of_another ||
        in_change(in, s, t[i].figure)) {
      return;
    }
    if (time == nullptr) time = &f.claim->time;
    if (f.claim->time != *time) return;  // shares of two time frames
    shares.push_back(t[i].figure);
  }
  // Far beyond 100%, the shares are of different wholes (as in tables).
  if (shares.size() < (pronoun ? 3U : 2U)) return;
  // Classes of people told by a figure ("were aged over 75", "65 to 74")
  // beside classes told without one ("were women") are of two things, age
  // and sex, and may overlap.
  if (pronoun) {
    std::size_t bracketed = 0;
    for (std::size_t n = 0; n < shares.size(); ++n) {
      const std::size_t b = in.figures[static_cast<std::size_t>(shares[n])].range.end;
      const std::size_t e = n + 1 < shares.size() ? in.figures[static_cast<std::size_t>(shares[n + 1])].range.begin
                                                  : in.doc.sentences[s].range.end;
      for (const std::size_t i : in.figure_tokens(s)) {
        if (t[i].range.begin >= b && t[i].range.begin < e) {
          ++bracketed;
          break;
        }
      }
    }
    if (bracketed != 0 && bracketed != shares.size()) return;
  }
  report_shares(in, shares, "shares of " + whole, true, sink);
}

// Whether `f` is a percentage that may be a share as a value: asserted,
// no end of a range, at most 100% (over it, a ratio: "a legal limit of
// 110% of income").
bool share_value(const Figure& f) {
  return f.kind == QuantityKind::percent && !f.range_side && f.asserted && f.low <= 100;
}

// Whether the figure at token i of sentence s is a share_value() that no
// change is told of, whatever the words around it.
bool share_figure(const ArithmeticInput& in, std::size_t s, ArithTokens t, std::size_t i) {
  const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
  // "ONPE al 100 %": counted in full, no share of a list ("equivalentes
  // al 22,8 %" is one).
  if (f.value == 100 && i >= 1 && t[i - 1].type == T::word && t[i - 1].text == "al") return false;
  return share_value(f) && !in_change(in, s, t[i].figure);
}

// A share_figure() whose words make it no change or part of a part ("rose
// 5%", "60% of those").
bool plain_share(const ArithmeticInput& in, std::size_t s, ArithTokens t, std::size_t i) {
  return share_figure(in, s, t, i) && !not_a_share(t, i);
}

// A share that is the rest of the whole: "El 24,5 % restante", "the
// remaining 24.5%".
bool remainder_share(ArithTokens t, std::size_t i) {
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  const auto comma = [&](std::size_t k) { return t[k].type == T::punct && t[k].text == ","; };
  // "El resto, un 16 %", "The rest, 16%".
  if (w(i + 1, {"restante", "restantes"}) || (i > 0 && w(i - 1, {"remaining"})) ||
      (i >= 3 && w(i - 1, {"un", "una"}) && comma(i - 2) && w(i - 3, {"resto"})) ||
      (i >= 2 && comma(i - 1) && w(i - 2, {"rest", "resto"}))) {
    return true;
  }
  // "y el resto de variedades autorizadas, entre ellas la albillo, con el
  // 12 %", "and the rest of the field, led by X, with 12%": the rest opens
  // the last part of a list, a few words before its share.
  // "mientras que el resto de las operaciones sumó el 38,4%", "while the
  // rest made up 12%": a verb of making up the whole.
  // "Los otros cuatro candidatos inscritos suman en conjunto el 9,8%",
  // "the other five candidates together took 16.4%": the others counted,
  // a verb of adding up, the share.
  {
    std::size_t v = i;
    if (v >= 1 && w(v - 1, {"el", "un"})) --v;
    if (v >= 2 && w(v - 1, {"conjunto"}) && w(v - 2, {"en"})) v -= 2;
    if (v >= 1 && w(v - 1, {"together", "combined", "between"})) --v;
    if (v >= 1 && w(v - 1, {"suman", "sumaron", "sumaban", "suma", "obtuvieron", "took", "won", "got", "shared",
                             "polled", "received"})) {
      for (std::size_t k = v - 1, steps = 0; k-- > 1 && steps < 10; ++steps) {
        if (t[k].type == T::punct) break;
        if (t[k].type == T::figure && w(k - 1, {"otros", "otras", "other"})) return true;
        if (t[k].type == T::figure) break;
      }
    }
  }
  if (i >= 2 && w(i - 1, {"el", "un"}) && w(i - 2, {"con"})) {
    i -= 2;
  } else if (i >= 1 && w(i - 1, {"with", "con"})) {
    i -= 1;
  } else if (i >= 2 && w(i - 1, {"el", "un"}) &&
             w(i - 2, {"sum\xC3\xB3", "sumaron", "represent\xC3\xB3", "representaron", "aport\xC3\xB3",
                       "aportaron", "supuso", "supusieron", "acapar\xC3\xB3"})) {
    i -= 2;
  } else if (i >= 2 && ((w(i - 1, {"for"}) && w(i - 2, {"accounted"})) || (w(i - 1, {"up"}) && w(i - 2, {"made"})))) {
    i -= 2;
  } else if (i >= 2 && w(i - 1, {"el"}) && t[i - 2].type == T::punct && t[i - 2].text == ",") {
    // "y el resto de categorías, incluidos hostales y pensiones, el 22%".
    i -= 2;
  } else {
    return false;
  }
  // (An aside between dashes may stand between: "el resto de las
  // operaciones —más de una treintena de faenas de la gran y mediana
  // minería— sumó el 38,4%".)
  for (std::size_t k = i, steps = 0; k-- > 1 && steps < 20; ++steps) {
    if (t[k].type == T::figure || (t[k].type == T::punct && t[k].text == ";")) return false;
    // ("El resto de mercados, ..., aportó el 14 %": or opening the sentence.)
    if (w(k, {"resto", "rest"}) && w(k - 1, {"el", "the"}) &&
        ((k >= 2 && w(k - 2, {"y", "and", "que", "while"})) || k - 1 == after_bullet(t))) {
      return true;
    }
  }
  return false;
}

// A share added to those told before: "with keg products contributing a
// further 24%", "another 12% came from", "otro 9 %".
bool added_share(ArithTokens t, std::size_t i) {
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return t[k].type == T::word && is_one_of(t[k].text, list);
  };
  return (i >= 2 && w(i - 1, {"further"}) && w(i - 2, {"a"})) || (i >= 1 && w(i - 1, {"another", "otro", "otra"}));
}

// A sentence that goes on with the list of shares of the sentence before
// and closes it: "Multistate games made up 23 percent, daily draw games 15
// percent and online play 9 percent" after "Scratch-off tickets accounted
// for 58 percent of sales." It names no whole, its first share follows a
// verb of making up a whole, and "and" comes before its last (which may
// be the rest of the whole: "and the streetcar the remaining 8 percent").
bool continues_list(const ArithmeticInput& in, std::size_t s) {
  const ArithTokens t = in.tokens(s);
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  std::size_t first = t.size();
  std::size_t last = t.size();
  int count = 0;
  for (const std::size_t i : in.figure_tokens(s)) {
    if (in.figures[static_cast<std::size_t>(t[i].figure)].kind != QuantityKind::percent) continue;
    if (first == t.size()) first = i;
    last = i;
    ++count;
  }
  if (count < 2 || !whole_of(in, t).empty()) return false;
  const bool verb = first >= 2 && ((w(first - 1, {"up"}) && w(first - 2, {"made", "make", "makes"})) ||
                                   (w(first - 1, {"for"}) && w(first - 2, {"accounted", "accounting", "accounts"})) ||
                                   w(first - 1, {"represented", "comprised", "contributed", "took"}) ||
                                   (w(first - 1, {"el", "un"}) && w(first - 2, {"supuso", "supone", "represent\xC3\xB3",
                                                                                 "representa", "aport\xC3\xB3"})));
  if (!verb) return false;
  for (std::size_t k = last; k-- > first && last - k <= 12;) {
    if (w(k, {"and", "y"})) return true;
  }
  return false;
}

// "Sanidad se lleva ... el 36,9 % del total. Le siguen educación, con ...
// (el 25,4 %), y servicios sociales, ... (el 14,8 %). El 24,5 % restante
// se reparte entre ...": a list of shares over the sentences of a
// paragraph, from the first naming the whole to the one closing it with
// the remainder, is one list of one whole. So is one closed by a share
// added to the others: "Cask ale made up 46% of output. Bottled beer
// represented 38%, with keg products contributing a further 24%."
// The whole the one share of sentence k names by the noun after it ("el
// 29% de los visitantes extranjeros", "41% of the vote"), when a ranking
// goes on from it: "seguido de", "followed by" in it, or the next
// sentence opening "Le siguen", "Next came". Empty if none.
std::string_view ranked_whole(const ArithmeticInput& in, std::size_t k) {
  const ArithTokens t = in.tokens(k);
  std::string_view noun;
  std::size_t shares = 0;
  for (const std::size_t i : in.figure_tokens(k)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind != QuantityKind::percent) continue;
    if (++shares > 1) continue;
    std::size_t j = i + 1;
    if (j < t.size() && t[j].type == T::word && is_one_of(t[j].text, {"of", "de", "del"})) {
      ++j;
      if (j < t.size() && t[j].type == T::word && is_one_of(t[j].text, {"the", "los", "las", "la", "el"})) ++j;
      if (j < t.size() && t[j].type == T::word && t[j].text.size() >= 4) noun = t[j].text;
    }
  }
  if (noun.empty()) return {};
  bool ranked = false;
  for (std::size_t i = 0; i + 1 < t.size() && !ranked; ++i) {
    ranked = t[i].type == T::word && t[i + 1].type == T::word &&
             ((is_one_of(t[i].text, {"seguido", "seguida", "seguidos", "seguidas"}) &&
               is_one_of(t[i + 1].text, {"de", "por"})) ||
              (t[i].text == "followed" && t[i + 1].text == "by"));
  }
  // (Several shares in it: the ranking must be its own.)
  if (!ranked && shares == 1 && k + 1 < in.end_sentence()) {
    const ArithTokens next = in.tokens(k + 1);
    const std::size_t a = after_bullet(next);
    ranked = a + 1 < next.size() && next[a].type == T::word && next[a + 1].type == T::word &&
             ((is_one_of(next[a].text, {"le", "les"}) &&
               is_one_of(next[a + 1].text, {"siguen", "sigue", "siguieron", "sigui\xC3\xB3"})) ||
              (next[a].text == "next" && is_one_of(next[a + 1].text, {"came", "come"})));
  }
  return ranked ? noun : std::string_view();
}

void check_remainder_runs(const ArithmeticInput& in, DiagnosticSink& sink) {
  constexpr std::size_t k_max_run = 4;  // sentences before the remainder's
  for (const std::size_t s : in.scanned_sentences()) {
    const ArithTokens last = in.tokens(s);
    bool closes = false;
    bool remainder = false;
    for (const std::size_t i : in.figure_tokens(s)) {
      const Figure& f = in.figures[static_cast<std::size_t>(last[i].figure)];
      if (f.kind != QuantityKind::percent) continue;
      remainder = remainder || remainder_share(last, i);
      closes = closes || remainder || added_share(last, i);
    }
    // The list goes on from the sentence before and ends here; that
    // sentence must name the whole.
    const bool continued = !closes && s > in.first_sentence() && continues_list(in, s);
    closes = closes || continued;
    if (!closes) continue;
    // The first sentence of the run: the earliest one before s, in the
    // paragraph, that names a whole.
    std::size_t first = s;
    std::string_view whole;
    // (A list that goes on may have one sentence of a share between:
    // "61% of sales went to prizes. The Education Trust Fund received
    // 26%. Retailer commissions accounted for 6%, ... and ... 7%.")
    for (std::size_t k = s; k-- > in.first_sentence() && s - k <= (continued ? 2 : k_max_run);) {
      // (A remainder closing the paragraph after the one that names the
      // whole: "... lidera con el 31,4% de los votos válidos. // Le siguen
      // X, con el 27,9%; ... Los otros cuatro candidatos suman en conjunto
      // el 9,8% de los votos válidos." The run may take that paragraph's
      // last sentence.)
      const bool paragraph_before = remainder && first == s && whole.empty() &&
                                    in.doc.sentences[k].paragraph + 1 == in.doc.sentences[s].paragraph &&
                                    in.doc.sentences[k + 1].paragraph == in.doc.sentences[s].paragraph;
      if (in.doc.sentences[k].paragraph != in.doc.sentences[s].paragraph && !paragraph_before) break;
      // "... con el 29% de los visitantes extranjeros. Le siguen ..., con
      // 24%; ... El 15% restante ...": the one share of a sentence that a
      // ranking goes on from names the whole by its noun, when a
      // remainder closes the run (over "el principal mercado" in passing).
      const ArithTokens tk = in.tokens(k);
      const std::string_view w = whole_of(in, tk);
      const auto attached = [&] {
        for (const std::size_t i : in.figure_tokens(k)) {
          if (in.figures[static_cast<std::size_t>(tk[i].figure)].kind == QuantityKind::percent &&
              cue_attached(in, tk, i, w)) {
            return true;
          }
        }
        return false;
      };
      if (!w.empty() && (!remainder || attached())) {
        first = k;
        whole = w;
      } else if (const std::string_view ranked = remainder ? ranked_whole(in, k) : std::string_view();
                 !ranked.empty()) {
        first = k;
        whole = ranked;
      } else if (!w.empty()) {
        first = k;
        whole = w;
      }
    }
    if (first == s) {
      // One sentence: the main pass reads it when it names the whole.
      // Closed by the remainder, it names none and still lists shares of
      // one ("El 38 % se dedicará a personal, el 27 % a bienes ..., y el 9
      // % restante a la deuda"): every percentage a share, none of
      // another whole after the first.
      // ("A grant covered 45 per cent of the cost, fundraising raised 30
      // per cent, ... and the Leader programme provided the remaining 18
      // per cent": with the remainder, "raised" tells where a share came
      // from, no change; the main pass, which reads it as one, leaves such
      // a list here even when it names its whole.)
      const auto funding_share = [&](std::size_t i) {
        std::size_t k = i;
        if (k > 0 && last[k - 1].type == T::word &&
            is_one_of(last[k - 1].text, {"about", "some", "roughly", "nearly"})) {
          --k;
        }
        return k > 0 && last[k - 1].type == T::word &&
               is_one_of(last[k - 1].text, {"raised", "contributed", "provided", "covered", "paid", "gave", "put",
                                            "funded", "aport\xC3\xB3", "aportaron", "cubri\xC3\xB3"});
      };
      bool funded = false;
      for (const std::size_t i : in.figure_tokens(s)) funded = funded || funding_share(i);
      // (A sentence that names its whole is read by the whole's reader,
      // unless it sets shares against each other: "Tausi holds 34.2 per
      // cent of the country's mobile subscriptions, against 47.5 per cent
      // for Leopard Networks ..., with ... the remaining 3.9 per cent".)
      const bool against = std::any_of(last.begin(), last.end(), [](const ArithToken& w) {
        return w.type == T::word && is_one_of(w.text, {"against", "versus", "frente"});
      });
      if (!remainder || (!whole_of(in, last).empty() && !funded && !against)) continue;
      std::vector<int> shares;
      bool ok = true;
      // "Buses carried 71 percent of all trips last year. The light rail
      // accounted for 24 percent and the streetcar the remaining 8
      // percent.": the one share of the sentence before, of all of
      // something, opens the list the remainder closes.
      if (s > in.first_sentence() && in.doc.sentences[s - 1].paragraph == in.doc.sentences[s].paragraph &&
          continues_list(in, s)) {
        const ArithTokens prev = in.tokens(s - 1);
        int opening = -1;
        for (const std::size_t i : in.figure_tokens(s - 1)) {
          const Figure& f = in.figures[static_cast<std::size_t>(prev[i].figure)];
          if (f.kind != QuantityKind::percent) continue;
          const bool of_all = i + 2 < prev.size() && prev[i + 1].type == T::word && prev[i + 1].text == "of" &&
                              prev[i + 2].type == T::word && prev[i + 2].text == "all";
          if (opening >= 0 || !of_all || !plain_share(in, s - 1, prev, i)) {
            opening = -2;
            break;
          }
          opening = prev[i].figure;
        }
        if (opening >= 0) shares.push_back(opening);
      }
      for (const std::size_t i : in.figure_tokens(s)) {
        const Figure& f = in.figures[static_cast<std::size_t>(last[i].figure)];
        if (f.kind == QuantityKind::date) continue;
        // "They will be moved to three practices: 46 per cent ...": what
        // is shared out, before the shares.
        if (shares.empty() && f.kind != QuantityKind::percent) continue;
        // "los de tres estrellas el 36%": a small count of a label's.
        if (f.kind == QuantityKind::count && f.value <= 10 && i > 0 && last[i - 1].type == T::word &&
            is_one_of(last[i - 1].text, {"de", "of"})) {
          continue;
        }
        const bool of_another = !shares.empty() && i + 1 < last.size() && last[i + 1].type == T::word &&
                                is_one_of(last[i + 1].text, {"of", "de", "del"});
        const bool share = plain_share(in, s, last, i) || (funding_share(i) && share_figure(in, s, last, i));
        if (!share || of_another) {
          ok = false;
          break;
        }
        shares.push_back(last[i].figure);
      }
      if (ok && shares.size() >= 3) report_shares(in, shares, "shares with the remainder", true, sink);
      continue;
    }
    // Every sentence naming the whole (not "the total"): the main pass
    // reads the run.
    bool all_named = whole != "total";
    for (std::size_t k = first; k <= s && all_named; ++k) all_named = whole_of(in, in.tokens(k)) == whole;
    if (all_named) continue;
    std::vector<int> shares;
    const std::optional<std::string>* time = nullptr;
    bool ok = true;
    for (std::size_t k = first; k <= s && ok; ++k) {
      const ArithTokens t = in.tokens(k);
      for (const std::size_t i : in.figure_tokens(k)) {
        const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
        if (f.kind != QuantityKind::percent) continue;
        // "Labour took 41.4% of the vote, down 7.5 points from the 48.9% it
        // won in 2023. Reform took 24.7%, ...": what a share changed from
        // is another time's, no share of the list; the share it changed
        // to is one.
        if (k < s && in_change(in, k, t[i].figure, true)) continue;
        const bool changed_to = k < s && in_change(in, k, t[i].figure, false);
        const bool share = (changed_to ? share_value(f) : share_figure(in, k, t, i)) && !not_a_share(t, i);
        if (!share) {
          ok = false;  // a change or a figure of another kind among the list
          break;
        }
        if (!cue_attached(in, t, i, whole) && !elliptic(t, i) && !remainder_share(t, i) && !added_share(t, i)) {
          ok = false;
          break;
        }
        // A share told without a time takes the run's ("46% of output last
        // year. Bottled beer represented 38%").
        if (time == nullptr && f.claim->time) time = &f.claim->time;
        if (time != nullptr && f.claim->time && f.claim->time != *time) ok = false;
        shares.push_back(t[i].figure);
      }
    }
    if (!ok || shares.size() < 3) continue;
    const std::string what = remainder ? fmt::format("shares of the {} with the remainder", whole)
                                       : fmt::format("shares of the {}", whole);
    report_shares(in, shares, what, true, sink);
  }
}

// The stance a word right after a share gives its people in a poll or a
// vote: 1 for, 2 against, 3 neither; 0 if none.
int stance(ArithTokens t, std::size_t i) {
  const auto w = [&](std::size_t k, std::initializer_list<std::string_view> list) {
    return k < t.size() && t[k].type == T::word && is_one_of(t[k].text, list);
  };
  // ("preferred to keep the current schedule", "chose the four-day week":
  // a choice among the answers.)
  if (w(i + 1, {"backed", "supported", "favoured", "favored", "approved", "preferred", "chose", "picked", "opted",
                "wanted", "apoy\xC3\xB3", "apoyaba", "respald\xC3\xB3", "prefiri\xC3\xB3", "prefer\xC3\xAD" "a",
                "eligi\xC3\xB3", "opt\xC3\xB3"}) ||
      (w(i + 1, {"were", "was", "est\xC3\xA1", "estaba"}) && w(i + 2, {"in"}) && w(i + 3, {"favour", "favor"})) ||
      (w(i + 1, {"a"}) && w(i + 2, {"favor"}))) {
    return 1;
  }
  if (w(i + 1, {"opposed", "rejected", "against", "rechaz\xC3\xB3", "rechazaba"}) ||
      (w(i + 1, {"were", "was"}) && w(i + 2, {"against", "opposed"})) || (w(i + 1, {"en"}) && w(i + 2, {"contra"}))) {
    return 2;
  }
  if (w(i + 1, {"undecided", "unsure", "indecisos", "indeciso"}) ||
      (w(i + 1, {"were", "was"}) && w(i + 2, {"undecided", "unsure", "neutral"})) ||
      (w(i + 1, {"said", "did", "had", "were"}) && w(i + 2, {"they", "not", "no"}) &&
       w(i + 3, {"had", "did", "know", "not", "yet", "opinion"})) ||
      (w(i + 1, {"said"}) && w(i + 2, {"they"}) && w(i + 3, {"were", "are"}) &&
       w(i + 4, {"undecided", "unsure", "neutral"})) ||
      (w(i + 1, {"no"}) && w(i + 2, {"sabe", "sab\xC3\xAD" "a", "contesta", "opina"}))) {
    return 3;
  }
  return 0;
}

// "Of the 1,250 people who responded, 54% backed the proposal, 38%
// opposed it and 14% said they had not yet made up their minds": shares
// of one question's answers for, against and neither are each person's
// one answer. Every percentage of the sentence must take a stance, two
// of them at least, for and against among them. Or the answers are
// choices among things, and a share undecided makes them one question's:
// "58 per cent favoured the balanced calendar, 31 per cent preferred to
// keep the current schedule and 17 per cent said they were undecided"
// ("54% backed the proposal and 58% backed the levy" are two questions).
void check_stances(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  // Most sentences hold fewer than two percentages: one look at the kinds
  // first (issue 9).
  std::size_t percents = 0;
  for (const std::size_t i : in.figure_tokens(s)) {
    percents += in.figures[static_cast<std::size_t>(t[i].figure)].kind == QuantityKind::percent ? 1 : 0;
  }
  if (percents < 2) return;
  std::vector<int> shares;
  bool seen[4] = {false, false, false, false};
  // What the first stance is on ("the proposal"); the others take it up
  // ("it") or name the same.
  std::string object;
  // Two shares choose two things: the first names the object, a later one
  // for another. (Were the first against, seen[2] ends the reading below.)
  bool alternatives = false;
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    // Two times are two polls ("in 2024 ... while in 2025").
    if (f.kind == QuantityKind::date) return;
    if (f.kind != QuantityKind::percent) {
      if (!shares.empty()) return;  // "1,250 people": the whole, before the shares
      continue;
    }
    const int st = stance(t, i);
    if (st == 0 || f.range_side || !f.asserted || not_a_share(t, i)) return;
    if (st != 3) {
      std::size_t k = i + 2;
      if (k < t.size() && t[k].type == T::word && is_one_of(t[k].text, {"in", "favour", "favor", "against"})) ++k;
      std::string words;
      for (; k < t.size() && t[k].type == T::word && !is_one_of(t[k].text, {"and", "while", "but", "y"}); ++k) {
        words.append(t[k].text).append(" ");
      }
      if (object.empty()) {
        object = words;
      } else if (!words.empty() && words != object &&
                 !is_one_of(words, {"it ", "them ", "this ", "that ", "lo ", "la "})) {
        if (st != 1) return;
        alternatives = true;
      }
    }
    seen[st] = true;
    shares.push_back(t[i].figure);
  }
  if (shares.size() < 2 || !seen[1]) return;
  if (alternatives ? !seen[3] || seen[2] : !seen[2]) return;
  report_shares(in, shares, "shares of those asked", true, sink);
}

// A verb of where a share of a group falls: "came" (from), "were
// recorded" (in), "se registró" (en), "were assessed" (as).
bool places_share(std::string_view w) {
  return is_one_of(w, {"registr\xC3\xB3", "registraron", "concentr\xC3\xB3", "concentraron", "correspondi\xC3\xB3",
                       "correspondieron", "produjo", "produjeron", "recorded", "occurred", "came", "come", "comes",
                       "went", "located", "based", "ocurri\xC3\xB3", "ocurrieron",
                       // "14 per cent of students were assessed as 'Exceeding', 49
                       // per cent as 'Strong'": one rating each.
                       "assessed", "rated", "graded", "classified", "classed", "judged", "ranked", "evaluados",
                       "calificados", "clasificados"});
}

// "Of the 389 vehicles stolen, 46 per cent were taken from driveways, 38
// per cent from streets and 21 per cent from car parks": shares of a
// counted group opening the sentence, every share after the first left
// its verb out and names where it falls with the word the first one does
// ("from"): one question, each of the group counted once.
void check_parallel_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto w = [&](std::size_t k) -> std::string_view {
    return k < t.size() && t[k].type == T::word ? t[k].text : std::string_view();
  };
  std::size_t k = after_bullet(t);
  std::string group_name;  // the whole, as written
  if (w(k) == "of" && w(k + 1) == "the" && k + 2 < t.size() && t[k + 2].type == T::figure) {
    const Figure& group = in.figures[static_cast<std::size_t>(t[k + 2].figure)];
    if (group.kind != QuantityKind::count) return;
    group_name = measure_head(in.doc.view(group.range));
    k += 3;
    while (k < t.size() && !w(k).empty()) ++k;  // the group's words: "stolen"
    if (k >= t.size() || t[k].type != T::punct || t[k].text != ",") return;
  } else if (w(k) == "of" && !w(k + 1).empty()) {
    // "Of this year's entrants, 71 per cent came from state schools, 19
    // per cent from ...": the group named by words alone (up to four),
    // then a comma and the first share.
    // With a verb of where the first share falls ("came from"): "Of the
    // firms surveyed, 52% invested in software, 31% in machinery" may
    // count a firm twice.
    std::size_t j = k + 1;
    while (j < t.size() && j < k + 5 && !w(j).empty()) ++j;
    if (j + 1 >= t.size() || t[j].type != T::punct || t[j].text != "," || t[j + 1].type != T::figure) return;
    bool placing = false;
    for (std::size_t v = j + 2; v < t.size() && v <= j + 4 && !placing; ++v) placing = places_share(w(v));
    if (!placing) return;
    group_name = std::string(w(j - 1));
    k = j;
  } else {
    // "el 46% de los casos se registró en la región Centro, el 31% en el
    // NOA, ...": the first share names what it is of, and a verb of where
    // it falls follows ("se registró", "were recorded", "came from").
    const std::span<const std::uint32_t> figs = in.figure_tokens(s);
    if (figs.empty()) return;
    const std::size_t f = figs.front();
    std::size_t m = f + 1;
    if (!is_one_of(w(m), {"of", "de", "del"})) return;
    ++m;
    if (is_one_of(w(m), {"the", "its", "their", "los", "las", "la", "el", "su", "sus"})) ++m;
    if (w(m).empty()) return;
    group_name = std::string(w(m));
    // "46% of its patient revenue would come from": the noun's words up
    // to the verb.
    for (std::size_t j = m + 1; j <= m + 2 && !w(j).empty() &&
                                !is_one_of(w(j), {"would", "will", "was", "were", "is", "are", "has", "have", "had",
                                                  "came", "come", "comes", "from", "in", "at", "se", "fue", "fueron",
                                                  "de", "del", "en", "a", "al"});
         ++j) {
      group_name += ' ';
      group_name += w(j);
    }
    bool placing = false;
    for (std::size_t j = m + 1; j < t.size() && j <= m + 4 && !placing; ++j) {
      placing = places_share(w(j));
    }
    // "would draw 42% of its patient revenue from Medicare, 21% from
    // Medicaid, ...": a verb of where the whole comes from before the
    // first share, "from" after its noun (of one modifier at most).
    if (!placing && f > 0 &&
        is_one_of(w(f - 1), {"draw", "draws", "drew", "derive", "derives", "derived", "get", "gets", "got",
                             "receive", "receives", "received", "obtain", "obtains", "obtained", "obtiene",
                             "obtuvo", "recibe", "recibi\xC3\xB3"})) {
      const std::size_t link = is_one_of(w(m + 1), {"from", "de", "del"}) ? m + 1
                               : is_one_of(w(m + 2), {"from", "de", "del"}) ? m + 2
                                                                           : 0;
      if (link > 0) {
        group_name = std::string(w(link - 1));
        placing = true;
      }
    }
    if (!placing) return;
    k = f;
  }
  const std::size_t first_share = t[k].type == T::figure ? k : k + 1;  // the comma, or the first share
  std::vector<int> shares;
  std::vector<std::size_t> at;
  for (const std::size_t i : in.figure_tokens(s)) {
    if (i < first_share) continue;
    // ("38 per cent from streets": a place, not a change from a figure.)
    const bool share = share_figure(in, s, t, i);
    // ("..., leaving the region below the average for a third year": a
    // figure of another kind after three shares or more ends the list.)
    if (!share && shares.size() >= 3 && in.figures[static_cast<std::size_t>(t[i].figure)].kind != QuantityKind::percent) {
      break;
    }
    if (!share || (i + 2 < t.size() && t[i + 2].type == T::figure)) return;
    shares.push_back(t[i].figure);
    at.push_back(i);
  }
  if (shares.size() < 3) return;
  // The word after each later share, the same for all, and in the first
  // share's clause before the second.
  const std::string_view link = w(at[1] + 1);
  if (link.empty() || !is_one_of(link, {"from", "in", "at", "on", "to", "by", "with", "as", "de", "en", "por", "con",
                                         "como"})) {
    return;
  }
  for (std::size_t n = 1; n < at.size(); ++n) {
    if (w(at[n] + 1) != link) return;
    // "60 per cent in 2024, 50 per cent in 2025": one share a year, no
    // places of one whole.
    if (at[n] + 2 < t.size() && t[at[n] + 2].type == T::figure) return;
    // Only a comma or "and" between one share's place and the next share
    // (and an article: ", el 31% en el NOA").
    if (n + 1 < at.size()) {
      std::size_t before = at[n + 1] - 1;
      if (is_one_of(w(before), {"el", "la", "the"}) && before > 0) --before;
      if (!(t[before].type == T::punct && t[before].text == ",") && !is_one_of(w(before), {"and", "y"})) return;
    }
  }
  bool first_has = false;
  for (std::size_t j = at[0] + 1; j < at[1] && j < at[0] + 9; ++j) first_has = first_has || w(j) == link;
  if (!first_has) return;
  // The group's noun as written: "the 389 vehicles".
  report_shares(in, shares, fmt::format("shares of the {}", group_name), true, sink);
}

// "China remained the main destination, with 54% of shipments, followed
// by Japan with 17%, Europe with 14% ... and other markets with 9%"; "con
// el 54% de los despachos, seguida de Japón, con 17%; Europa, con 14%;
// ...": the first share names its whole after "with" or "con", and every
// later share of the sentence is told with "with" or "con" alone, the
// whole left out (a noun after it, "with 17% growth", is another whole).
void check_with_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto w = [&](std::size_t k) -> std::string_view {
    return k < t.size() && t[k].type == T::word ? t[k].text : std::string_view();
  };
  // Whether the share at token i is told with "with" or "con" ("con el").
  const auto with_at = [&](std::size_t i) {
    return (i >= 1 && is_one_of(w(i - 1), {"with", "con"})) ||
           (i >= 2 && is_one_of(w(i - 1), {"el", "un"}) && w(i - 2) == "con");
  };
  std::vector<int> shares;
  std::string whole;
  for (const std::size_t i : in.figure_tokens(s)) {
    const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
    if (f.kind == QuantityKind::date) continue;
    if (shares.empty()) {
      if (f.kind != QuantityKind::percent) continue;
      if (!with_at(i) || !is_one_of(w(i + 1), {"of", "de", "del"}) || !share_figure(in, s, t, i)) return;
      std::size_t m = i + 2;
      if (is_one_of(w(m), {"the", "its", "their", "los", "las", "la", "el", "sus", "su"})) ++m;
      if (w(m).empty()) return;
      whole = std::string(w(m));
      shares.push_back(t[i].figure);
      continue;
    }
    // Every later figure is such a share, its whole left out.
    if (f.kind != QuantityKind::percent || !with_at(i) || !share_figure(in, s, t, i)) return;
    const bool elided = i + 1 >= t.size() || t[i + 1].type == T::punct || is_one_of(w(i + 1), {"and", "y"});
    if (!elided) return;
    shares.push_back(t[i].figure);
  }
  if (shares.size() < 3) return;
  report_shares(in, shares, fmt::format("shares of the {}", whole), true, sink);
}

}  // namespace

namespace {

// Whether a sentence of shares names a year or says "respectively" or
// "each": shares of several times or of each its own whole.
bool names_year_or_each(ArithTokens t) {
  return std::any_of(t.begin(), t.end(), [](const ArithToken& tok) {
    return tok.type == T::word && (year_word(tok.text) || is_one_of(tok.text, {"respectively", "each"}));
  });
}

// Whether the share at token i closes its item of a list: a comma, "and",
// a full stop or the sentence's end after it.
bool closes_item(ArithTokens t, std::size_t i) {
  return i + 1 >= t.size() || (t[i + 1].type == T::word && t[i + 1].text == "and") ||
         (t[i + 1].type == T::punct && (t[i + 1].text == "," || t[i + 1].text == "."));
}

}  // namespace

// "At the end of June the portfolio was split between listed equities at
// 48 per cent, fixed income at 31 per cent, real assets such as property,
// forests and infrastructure at 17 per cent, and private equity at 9 per
// cent": a whole (a word of k_whole_cues) split or divided between or
// among parts, each told with "at" and its share. Three shares at least,
// every percentage of the sentence after the verb, each closed by a comma,
// "and" or the end, with words and commas alone between two; no year in the
// sentence.
void check_split_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto w = [&](std::size_t k) -> std::string_view {
    return k < t.size() && t[k].type == T::word ? t[k].text : std::string_view();
  };
  const std::span<const std::uint32_t> figs = in.figure_tokens(s);
  if (figs.size() < 3) return;
  std::size_t cue = t.size();
  std::string_view whole;
  for (std::size_t k = 2; k + 1 < figs.front() && cue == t.size(); ++k) {
    if (!is_one_of(w(k), {"split", "divided"}) || !is_one_of(w(k + 1), {"between", "among", "into"}) ||
        !is_one_of(w(k - 1), {"was", "is", "were", "are"})) {
      continue;
    }
    for (std::size_t n = k - 1; n-- > 0 && k - 1 - n <= 3 && whole.empty();) {
      if (may_be_cue(w(n))) whole = whole_named(w(n));
    }
    if (!whole.empty()) cue = k + 2;
  }
  if (cue == t.size()) return;
  if (names_year_or_each(t)) return;
  std::vector<int> shares;
  std::size_t before = cue;
  for (const std::size_t i : figs) {
    if (in.figures[static_cast<std::size_t>(t[i].figure)].kind != QuantityKind::percent || !plain_share(in, s, t, i) ||
        w(i - 1) != "at") {
      return;
    }
    const bool closed = closes_item(t, i);
    if (!closed || i < before + 2 || i > before + 16) return;
    for (std::size_t j = before; j + 1 < i; ++j) {
      if (t[j].type == T::figure || (t[j].type == T::punct && t[j].text != ",")) return;
    }
    shares.push_back(t[i].figure);
    before = i + 1;
  }
  if (shares.size() < 3) return;
  report_shares(in, shares, fmt::format("shares of the {}", whole), false, sink);
}

// "By region of origin, South Asia accounted for 38 per cent, China for 29
// per cent, South-East Asia for 24 per cent and the rest of the world for
// 15 per cent": each name accounts for its share of one whole the sentence
// leaves understood, the verb told once and "for" before every share. Three
// shares at least, of no whole named ("of revenue" is the composition
// reader's), each after a name of words alone and before a comma, "and" or
// the end, and no other percentage or year in the sentence.
void check_accounted_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  const ArithTokens t = in.tokens(s);
  const auto w = [&](std::size_t k) -> std::string_view {
    return k < t.size() && t[k].type == T::word ? t[k].text : std::string_view();
  };
  const std::span<const std::uint32_t> figs = in.figure_tokens(s);
  if (figs.size() < 3) return;
  const std::size_t first = figs.front();
  if (first < 2 || w(first - 1) != "for" || !is_one_of(w(first - 2), {"accounted", "accounts", "account"})) return;
  for (const std::size_t i : figs) {
    if (in.figures[static_cast<std::size_t>(t[i].figure)].kind != QuantityKind::percent || !plain_share(in, s, t, i)) {
      return;
    }
  }
  if (names_year_or_each(t)) return;
  std::vector<int> shares;
  for (std::size_t n = 0; n < figs.size(); ++n) {
    const std::size_t i = figs[n];
    // After it: a comma, "and" or the sentence's end.
    const bool closed = closes_item(t, i);
    if (!closed || w(i - 1) != "for") return;
    if (n > 0) {
      // Before it: "for", the name (words alone, six at most) and the
      // separator after the share before.
      const std::size_t before = figs[n - 1];
      if (i < before + 4 || i > before + 10) return;
      std::size_t k = before + 1;
      if (t[k].type == T::punct && t[k].text == ",") ++k;
      if (w(k) == "and") ++k;
      for (std::size_t j = k; j + 1 < i; ++j) {
        if (t[j].type != T::word || is_one_of(t[j].text, {"and", "or", "than", "from", "to", "up", "down"})) return;
      }
      if (k + 1 >= i) return;
    }
    shares.push_back(t[i].figure);
  }
  report_shares(in, shares, "shares accounted for", false, sink);
}

// "Of the minutes of delay recorded, Network Rail attributed 46 per cent to
// infrastructure problems, 31 per cent to causes within the operator's
// control, ... and 29 per cent to external factors": one verb that puts
// each part of one whole to one cause or use, right before the first share,
// "to" after each (the first may name its whole between: "46 per cent of
// the minutes to"). Three shares at least, and no other figure.
void check_allocated_shares(const ArithmeticInput& in, std::size_t s, DiagnosticSink& sink) {
  static constexpr CueWords k_allocating{std::to_array<std::string_view>(
      {"attributed", "attributes", "attribute", "ascribed", "ascribes", "allocated", "allocates", "allocate",
       "assigned", "assigns", "assign", "apportioned", "atribuy\xC3\xB3", "atribuyen", "atribuye", "asign\xC3\xB3",
       "asignan", "asigna"})};
  const ArithTokens t = in.tokens(s);
  const std::span<const std::uint32_t> figs = in.figure_tokens(s);
  if (figs.size() < 3) return;
  const std::size_t first = figs.front();
  if (first == 0) return;
  // ("atribuyó el 46%": an article between.)
  std::size_t verb = first - 1;
  if (first >= 2 && t[verb].type == T::word && is_one_of(t[verb].text, {"el", "un"})) --verb;
  if (t[verb].type != T::word || !k_allocating.contains(t[verb].text)) return;
  // ("a" is "to" after a Spanish verb only: "46 per cent a year" is none.)
  const bool spanish = t[verb].text.starts_with("atribu") || t[verb].text.starts_with("asign");
  const auto to_at = [&](std::size_t k) {
    return k < t.size() && t[k].type == T::word && (t[k].text == "to" || (spanish && t[k].text == "a"));
  };
  std::vector<int> shares;
  for (const std::uint32_t i : figs) {
    if (!lone_share(in, s, t[i].figure)) return;
    std::size_t k = i + 1;
    // ("46 per cent of the delay minutes to": the whole, named once.)
    if (shares.empty() && k < t.size() && t[k].type == T::word && is_one_of(t[k].text, {"of", "de", "del"})) {
      while (k < t.size() && k <= i + 6 && t[k].type == T::word && !to_at(k)) ++k;
    }
    if (!to_at(k)) return;
    shares.push_back(t[i].figure);
  }
  // (Messages are in English: "atribuyó" is "attributed".)
  const std::string_view said = !spanish                               ? t[verb].text
                                : t[verb].text.starts_with("atribu") ? std::string_view("attributed")
                                                                      : std::string_view("assigned");
  report_shares(in, shares, fmt::format("shares {}", said), false, sink);
}

void check_share_over_100(const ArithmeticInput& in, DiagnosticSink& sink) {
  check_share_tables(in, sink);
  for (const std::size_t s : in.scanned_sentences()) check_stances(in, s, sink);
  check_remainder_runs(in, sink);
  for (const std::size_t s : in.scanned_sentences()) {
    check_opening_whole(in, s, sink);
    check_parallel_shares(in, s, sink);
    check_accounted_shares(in, s, sink);
    check_split_shares(in, s, sink);
    check_allocated_shares(in, s, sink);
    check_with_shares(in, s, sink);
  }
  // A sentence without tokens names no whole: runs start at the scanned ones.
  const std::span<const std::size_t> scanned = in.scanned_sentences();
  auto next = scanned.begin();
  std::size_t s = in.first_sentence();
  for (;;) {
    while (next != scanned.end() && *next < s) ++next;
    if (next == scanned.end()) break;
    s = *next;
    const ArithTokens first = in.tokens(s);
    if (first.empty()) {
      ++s;
      continue;
    }
    // A run of consecutive sentences of one paragraph dividing one whole.
    const std::string_view whole = whole_of(in, first);
    std::size_t e = s + 1;
    // "the total" is any total: its shares are one list of one sentence,
    // the first naming it ("46% of the total, British visitors (21%),
    // ..."); "78% of the total ... 56% of the total" are two totals.
    const bool any_total = whole == "total";
    if (!whole.empty() && !any_total) {
      while (e < in.end_sentence() && in.doc.sentences[e].paragraph == in.doc.sentences[s].paragraph &&
             (whole_of(in, in.tokens(e)) == whole || continues_shares(in, e))) {
        ++e;
      }
    }
    if (whole.empty()) {
      s = e;
      continue;
    }
    // Two years in the run ("52% of the vote in 2019 and 58% in 2024"):
    // shares of different elections, whatever the binder made of them.
    std::set<std::string> years;
    for (std::size_t k = s; k < e; ++k) {
      for (const ArithToken& tok : in.tokens(k)) {
        if (tok.type == T::word && year_word(tok.text) && (tok.text.starts_with("19") || tok.text.starts_with("20"))) {
          years.insert(std::string(tok.text));
        }
      }
    }
    if (years.size() > 1) {
      s = e;
      continue;
    }
    // Shares per time frame: 2020's shares are not 2024's.
    std::vector<std::vector<int>> groups;
    bool anchored = false;  // some share names the whole
    std::vector<std::optional<std::string>> times;
    // "80 percent of the cost of drugs ... 30 percent of the cost of
    // visits": one whole of two things is two wholes.
    std::optional<std::string> qualifier;
    bool two_qualifiers = false;
    for (std::size_t k = s; k < e; ++k) {
      const ArithTokens t = in.tokens(k);
      // "... obtiene el 38,2 %, mientras que en Chanchamayo y Satipo ...
      // con el 33,6 % y el 35,1 %, respectivamente": shares each of its own
      // place or item, no list of one whole.
      if (std::any_of(t.begin(), t.end(), [](const ArithToken& w) {
            return w.type == T::word && is_one_of(w.text, {"respectively", "respectivamente"});
          })) {
        continue;
      }
      for (const std::size_t i : in.figure_tokens(k)) {
        const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
        // Over 100% on its own, a figure is a ratio ("a legal limit of
        // 110% of income"), not a share.
        if (!plain_share(in, k, t, i)) continue;
        // Each share names the whole or leaves it understood in a list:
        // "70% of households" is another whole.
        const bool attached = cue_attached(in, t, i, whole);
        // "..., with the remaining 12 per cent covering ...".
        if (!attached && !elliptic(t, i) && !remainder_share(t, i) && !sourced_share(t, i) &&
            !taker_share(in, t, i)) {
          continue;
        }
        if (attached && anchored && any_total) {
          groups.clear();  // a second "of the total": another total
          break;
        }
        anchored = anchored || attached;
        if (attached) {
          std::string q = whole_qualifier(t, i, whole);
          if (qualifier && *qualifier != q) two_qualifiers = true;
          qualifier = std::move(q);
        }
        // "Primary schools now account for 58 per cent ..., the
        // intermediate for 14 per cent": "now" is the time of the story,
        // which the others leave understood.
        // ("Today street lighting accounts for 46% of spending; public
        // buildings, 31%": the day of publication too.)
        const std::optional<std::string> time =
            f.claim->time_is_update || (f.claim->time && f.claim->time == in.doc.meta.date) ? std::nullopt
                                                                                           : f.claim->time;
        const auto it = std::find(times.begin(), times.end(), time);
        if (it == times.end()) {
          times.push_back(time);
          groups.push_back({t[i].figure});
        } else {
          groups[static_cast<std::size_t>(it - times.begin())].push_back(t[i].figure);
        }
      }
    }
    for (const std::vector<int>& g : groups) {
      if (g.size() < 2 || !anchored || two_qualifiers) continue;
      // ("made up 46 percent of them": shares of them.)
      const bool pronoun = is_one_of(whole, {"them", "those", "these", "ellos"});
      const std::string what = whole == "share" ? std::string("shares")
                               : pronoun        ? fmt::format("shares of {}", whole)
                                                : fmt::format("shares of the {}", whole);
      report_shares(in, g, what, false, sink);
    }
    s = e;
  }
  // (Last: a list another reader names its whole for is reported as it does.)
  for (const std::size_t s2 : in.scanned_sentences()) check_origin_shares(in, s2, sink);
  for (const std::size_t s2 : in.scanned_sentences()) check_rated_shares(in, s2, sink);
  for (const std::size_t s2 : in.scanned_sentences()) check_stance_shares(in, s2, sink);
  for (const std::size_t s2 : in.scanned_sentences()) check_single_answer(in, s2, sink);
}

}  // namespace claimlint
