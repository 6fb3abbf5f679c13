// Lexicon loading: [lexicon.LANG] tables of rule files, validated with the
// position of every fault (STYLE "Rules: toml++ and RE2").
#include "ruleset/lexicon.h"

#include "ruleset/toml_error.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <type_traits>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "util/edit_distance.h"

namespace claimlint {
namespace {

std::string unknown_key(std::string_view what, std::string_view key, std::span<const std::string_view> allowed) {
  std::string m = fmt::format("unknown key '{}' in {}", key, what);
  if (auto near = nearest_spelling(key, allowed)) m += fmt::format("; did you mean '{}'?", *near);
  return m;
}

std::optional<double> number_of(const toml::node& n) {
  if (const auto* i = n.as_integer()) return static_cast<double>(i->get());
  if (const auto* f = n.as_floating_point()) return f->get();
  return std::nullopt;
}

// One loader context: the file path and the language being filled.
struct Loader {
  std::string_view path;
  LanguageLexicon& lex;

  Error err(const toml::node& n, std::string message) const { return error_at(path, n.source(), std::move(message)); }

  std::optional<Error> strings(const toml::node& n, std::string_view key,
                               const std::function<void(const std::string&)>& add) const {
    const toml::array* a = n.as_array();
    if (!a) return err(n, fmt::format("'{}' must be an array of strings", key));
    for (const toml::node& e : *a) {
      const auto* s = e.as_string();
      if (!s) return err(e, fmt::format("each entry of '{}' must be a string", key));
      if (s->get().empty()) return err(e, fmt::format("empty string in '{}'", key));
      add(s->get());
    }
    return std::nullopt;
  }

  std::optional<Error> word_set(const toml::node& n, std::string_view key, PhraseMap<bool>& out) const {
    return strings(n, key, [&](const std::string& s) {
      out[phrase_key(s)] = true;
      if (key == "percent_of_words") lex.phrase_first_words.insert(first_word(s));
    });
  }

  static std::string first_word(const std::string& s) {
    const std::size_t b = s.find_first_not_of(' ');
    const std::size_t e = s.find(' ', b == std::string::npos ? 0 : b);
    return phrase_key(s.substr(b == std::string::npos ? 0 : b, e == std::string::npos ? std::string::npos : e - b));
  }

  std::optional<Error> number_map(const toml::node& n, std::string_view key, PhraseMap<double>& out,
                                  bool keep_case) const {
    const toml::table* t = n.as_table();
    if (!t) return err(n, fmt::format("'{}' must be a table of words and numbers", key));
    for (const auto& [word, value] : *t) {
      auto v = number_of(value);
      if (!v) return err(value, fmt::format("'{}' in '{}' must be a number", word.str(), key));
      out[phrase_key(word.str(), keep_case)] = *v;
      if (key == "multiplier_words") lex.phrase_first_words.insert(first_word(std::string(word.str())));
    }
    return std::nullopt;
  }

  std::optional<Error> currencies(const toml::node& n) const {
    const toml::array* a = n.as_array();
    if (!a) return err(n, "'currencies' must be an array of tables ([[lexicon.LANG.currencies]])");
    static constexpr std::string_view k_keys[] = {"code", "symbols", "glued", "names", "factor"};
    for (const toml::node& e : *a) {
      const toml::table* t = e.as_table();
      if (!t) return err(e, "each currency must be a table");
      CurrencyEntry c;
      std::vector<std::string> symbols, glued, names;
      for (const auto& [key, value] : *t) {
        const std::string_view k = key.str();
        if (k == "code") {
          const auto* s = value.as_string();
          if (!s || s->get().size() != 3) return err(value, "'code' must be a three-letter ISO 4217 code");
          c.code = s->get();
        } else if (k == "factor") {
          auto v = number_of(value);
          if (!v || *v <= 0) return err(value, "'factor' must be a positive number");
          c.factor = *v;
        } else if (k == "symbols" || k == "names") {
          auto& list = k == "symbols" ? symbols : names;
          if (auto e2 = strings(value, k, [&](const std::string& s) { list.push_back(s); })) return e2;
        } else if (k == "glued") {
          if (auto e2 = strings(value, k, [&](const std::string& s) { glued.push_back(s); })) return e2;
          for (const auto& g : glued) {
            const auto letter = [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; };
            if (g.empty() || !std::all_of(g.begin(), g.end(), letter)) {
              return err(value, "'glued' symbols must be ASCII letters, written before the digits: \"R\", \"Sh\"");
            }
          }
        } else {
          return error_at(path, key.source(), unknown_key("a currency", k, k_keys));
        }
      }
      if (c.code.empty()) return err(e, "currency without a 'code'");
      for (const auto& s : symbols) lex.currency_symbols[phrase_key(s)] = c;
      for (const auto& s : glued) lex.glued_currency_symbols[phrase_key(s, true)] = c;
      for (const auto& s : names) lex.currency_names[phrase_key(s)] = c;
    }
    return std::nullopt;
  }

  // [[lexicon.LANG.local_currencies]]: code and the places of its
  // datelines.
  std::optional<Error> local_currencies(const toml::node& n) const {
    const toml::array* a = n.as_array();
    if (!a) return err(n, "'local_currencies' must be an array of tables ([[lexicon.LANG.local_currencies]])");
    static constexpr std::string_view k_keys[] = {"code", "places"};
    for (const toml::node& e : *a) {
      const toml::table* t = e.as_table();
      if (!t) return err(e, "each local currency must be a table");
      std::string code;
      std::vector<std::string> places;
      for (const auto& [key, value] : *t) {
        const std::string_view k = key.str();
        if (k == "code") {
          const auto* s = value.as_string();
          if (!s || s->get().size() != 3) return err(value, "'code' must be a three-letter ISO 4217 code");
          code = s->get();
        } else if (k == "places") {
          if (auto e2 = strings(value, k, [&](const std::string& s) { places.push_back(fold_place(s)); })) return e2;
        } else {
          return error_at(path, key.source(), unknown_key("a local currency", k, k_keys));
        }
      }
      if (code.empty()) return err(e, "local currency without a 'code'");
      lex.local_currencies.emplace_back(code, std::move(places));
    }
    return std::nullopt;
  }

  std::optional<Error> units(const toml::node& n) const {
    const toml::array* a = n.as_array();
    if (!a) return err(n, "'units' must be an array of tables ([[lexicon.LANG.units]])");
    static constexpr std::string_view k_keys[] = {"symbol", "symbols", "names", "duration"};
    for (const toml::node& e : *a) {
      const toml::table* t = e.as_table();
      if (!t) return err(e, "each unit must be a table");
      UnitEntry u;
      std::vector<std::string> symbols, names;
      for (const auto& [key, value] : *t) {
        const std::string_view k = key.str();
        if (k == "symbol") {
          const auto* s = value.as_string();
          if (!s || s->get().empty()) return err(value, "'symbol' must be a non-empty string");
          u.symbol = s->get();
        } else if (k == "duration") {
          const auto* b = value.as_boolean();
          if (!b) return err(value, "'duration' must be true or false");
          u.duration = b->get();
        } else if (k == "symbols" || k == "names") {
          auto& list = k == "symbols" ? symbols : names;
          if (auto e2 = strings(value, k, [&](const std::string& s) { list.push_back(s); })) return e2;
        } else {
          return error_at(path, key.source(), unknown_key("a unit", k, k_keys));
        }
      }
      if (u.symbol.empty()) return err(e, "unit without a 'symbol'");
      // Symbols are case-sensitive ("m" metre, "M" million); names are not.
      lex.unit_symbols[phrase_key(u.symbol, true)] = u;
      for (const auto& s : symbols) lex.unit_symbols[phrase_key(s, true)] = u;
      for (const auto& s : names) lex.units[phrase_key(s)] = u;
    }
    return std::nullopt;
  }

  std::optional<Error> qualifiers(const toml::node& n) const {
    const toml::array* a = n.as_array();
    if (!a) return err(n, "'qualifiers' must be an array of tables ([[lexicon.LANG.qualifiers]])");
    static constexpr std::string_view k_keys[] = {"words", "qualifier", "position", "low", "high"};
    static constexpr std::string_view k_wire[] = {"exact", "approximate", "lower-bound", "upper-bound", "range"};
    for (const toml::node& e : *a) {
      const toml::table* t = e.as_table();
      if (!t) return err(e, "each qualifier must be a table");
      QualifierEntry q;
      bool after = false;
      std::vector<std::string> words;
      for (const auto& [key, value] : *t) {
        const std::string_view k = key.str();
        if (k == "qualifier") {
          const auto* s = value.as_string();
          if (!s) return err(value, "'qualifier' must be a string");
          if (std::find(std::begin(k_wire), std::end(k_wire), s->get()) == std::end(k_wire)) {
            return err(value, unknown_key("qualifiers (exact, approximate, lower-bound, upper-bound, range)",
                                          s->get(), k_wire));
          }
          q.qualifier = s->get();
        } else if (k == "position") {
          const auto* s = value.as_string();
          if (!s || (s->get() != "before" && s->get() != "after")) {
            return err(value, "'position' must be \"before\" or \"after\"");
          }
          after = s->get() == "after";
        } else if (k == "low" || k == "high") {
          auto v = number_of(value);
          if (!v) return err(value, fmt::format("'{}' must be a number (a factor of the value)", k));
          (k == "low" ? q.low : q.high) = *v;
        } else if (k == "words") {
          if (auto e2 = strings(value, k, [&](const std::string& s) { words.push_back(s); })) return e2;
        } else {
          return error_at(path, key.source(), unknown_key("a qualifier", k, k_keys));
        }
      }
      if (q.qualifier.empty()) return err(e, "qualifier entry without a 'qualifier'");
      auto& table = after ? lex.qualifiers_after : lex.qualifiers_before;
      for (const auto& w : words) table[phrase_key(w)] = q;
    }
    return std::nullopt;
  }

  std::optional<Error> count_nouns(const toml::node& n) const {
    const toml::table* t = n.as_table();
    if (!t) return err(n, "'count_nouns' must be a table: singular = [plurals and synonyms]");
    for (const auto& [word, forms] : *t) {
      const std::string singular(word.str());
      lex.count_nouns[phrase_key(singular)] = singular;
      if (auto e = strings(forms, singular, [&](const std::string& s) { lex.count_nouns[phrase_key(s)] = singular; })) {
        return e;
      }
    }
    return std::nullopt;
  }

  std::optional<Error> rounding(const toml::node& n) const {
    const toml::table* t = n.as_table();
    if (!t) return err(n, "'rounding' must be a table");
    static constexpr std::string_view k_keys[] = {"min_trailing_zeros", "half_unit"};
    for (const auto& [key, value] : *t) {
      const std::string_view k = key.str();
      auto v = number_of(value);
      if (k == "min_trailing_zeros") {
        if (!value.as_integer() || *v < 1) return err(value, "'min_trailing_zeros' must be a positive integer");
        lex.rounding.min_trailing_zeros = static_cast<int>(*v);
      } else if (k == "half_unit") {
        if (!v || *v < 0) return err(value, "'half_unit' must be a number at least 0");
        lex.rounding.half_unit = *v;
      } else {
        return error_at(path, key.source(), unknown_key("'rounding'", k, k_keys));
      }
    }
    return std::nullopt;
  }

  std::optional<Error> plural_rules(const toml::node& n) const {
    const toml::array* a = n.as_array();
    if (!a) return err(n, "'plural_rules' must be an array of [plural ending, singular ending] pairs");
    std::vector<std::pair<std::string, std::string>> rules;
    for (const toml::node& e : *a) {
      const toml::array* pair = e.as_array();
      if (!pair || pair->size() != 2 || !pair->get(0)->as_string() || !pair->get(1)->as_string()) {
        return err(e, "each plural rule must be a pair of strings: [\"ies\", \"y\"]");
      }
      rules.emplace_back(pair->get(0)->as_string()->get(), pair->get(1)->as_string()->get());
    }
    lex.plural_rules = std::move(rules);
    return std::nullopt;
  }

  std::optional<Error> string_value(const toml::node& n, std::string_view key, std::string& out) const {
    const auto* s = n.as_string();
    if (!s) return err(n, fmt::format("'{}' must be a string", key));
    out = s->get();
    return std::nullopt;
  }

  std::optional<Error> number_value(const toml::node& n, std::string_view key, double& out) const {
    auto v = number_of(n);
    if (!v) return err(n, fmt::format("'{}' must be a number", key));
    out = *v;
    return std::nullopt;
  }

  std::optional<Error> bool_value(const toml::node& n, std::string_view key, bool& out) const {
    const auto* b = n.as_boolean();
    if (!b) return err(n, fmt::format("'{}' must be true or false", key));
    out = b->get();
    return std::nullopt;
  }

  std::optional<Error> months_table(const toml::node& n) const {
    const toml::table* t = n.as_table();
    if (!t) return err(n, "'months' must be a table of month names and numbers");
    for (const auto& [word, value] : *t) {
      const auto* i = value.as_integer();
      if (!i || i->get() < 1 || i->get() > 12) return err(value, "a month must be an integer from 1 to 12");
      lex.months[phrase_key(word.str())] = static_cast<int>(i->get());
    }
    return std::nullopt;
  }

  std::optional<Error> exclude(const toml::node& n) const {
    const toml::array* a = n.as_array();
    if (!a) return err(n, "'exclude_patterns' must be an array of strings");
    for (const toml::node& e : *a) {
      const auto* s = e.as_string();
      if (!s) return err(e, "each pattern must be a string");
      RE2::Options o;
      o.set_log_errors(false);
      RE2 re(s->get(), o);
      if (!re.ok()) return err(e, fmt::format("invalid pattern '{}': {}", s->get(), re.error()));
      lex.exclude_patterns.push_back(s->get());
    }
    return std::nullopt;
  }

  std::optional<Error> language(const toml::table& t) const {
    using Field = std::pair<std::string_view, std::function<std::optional<Error>(const toml::node&)>>;
    auto set = [this](PhraseMap<bool> LanguageLexicon::*m, std::string_view key) {
      return [this, m, key](const toml::node& n) { return word_set(n, key, lex.*m); };
    };
    auto nums = [this](PhraseMap<double> LanguageLexicon::*m, std::string_view key, bool keep_case) {
      return [this, m, key, keep_case](const toml::node& n) { return number_map(n, key, lex.*m, keep_case); };
    };
    const Field fields[] = {
        {"decimal_mark", [this](const toml::node& n) { return string_value(n, "decimal_mark", lex.decimal_mark); }},
        {"alternate_decimal_mark",
         [this](const toml::node& n) { return string_value(n, "alternate_decimal_mark", lex.alternate_decimal_mark); }},
        {"month_linkers", set(&LanguageLexicon::month_linkers, "month_linkers")},
        {"bare_scales", [this](const toml::node& n) {
           return strings(n, "bare_scales", [this](const std::string& s) { lex.bare_scales.insert(phrase_key(s)); });
         }},
        {"plural_rules", [this](const toml::node& n) { return plural_rules(n); }},
        {"ordinal_plural", [this](const toml::node& n) { return string_value(n, "ordinal_plural", lex.ordinal_plural); }},
        {"group_marks", [this](const toml::node& n) {
           return strings(n, "group_marks", [this](const std::string& s) { lex.group_marks.push_back(s); });
         }},
        {"ordinal_suffixes", [this](const toml::node& n) {
           return strings(n, "ordinal_suffixes", [this](const std::string& s) { lex.ordinal_suffixes.push_back(s); });
         }},
        {"cardinals", nums(&LanguageLexicon::cardinals, "cardinals", false)},
        {"hundreds", nums(&LanguageLexicon::hundreds, "hundreds", false)},
        {"scales", nums(&LanguageLexicon::scales, "scales", false)},
        {"group_scales", nums(&LanguageLexicon::group_scales, "group_scales", false)},
        {"scale_abbreviations", nums(&LanguageLexicon::scale_abbreviations, "scale_abbreviations", true)},
        {"money_scale_abbreviations",
         nums(&LanguageLexicon::money_scale_abbreviations, "money_scale_abbreviations", true)},
        {"ordinals", nums(&LanguageLexicon::ordinals, "ordinals", false)},
        {"fractions", nums(&LanguageLexicon::fractions, "fractions", false)},
        {"scale_only_fractions", set(&LanguageLexicon::scale_only_fractions, "scale_only_fractions")},
        {"multiplier_words", nums(&LanguageLexicon::multiplier_words, "multiplier_words", false)},
        {"minus_words", set(&LanguageLexicon::minus_words, "minus_words")},
        {"and_words", set(&LanguageLexicon::and_words, "and_words")},
        {"point_words", set(&LanguageLexicon::point_words, "point_words")},
        {"article_words", set(&LanguageLexicon::article_words, "article_words")},
        {"over_words", set(&LanguageLexicon::over_words, "over_words")},
        {"range_words", set(&LanguageLexicon::range_words, "range_words")},
        {"between_words", set(&LanguageLexicon::between_words, "between_words")},
        {"from_words", set(&LanguageLexicon::from_words, "from_words")},
        {"change_words", set(&LanguageLexicon::change_words, "change_words")},
        {"reach_words", set(&LanguageLexicon::reach_words, "reach_words")},
        {"carry_words", set(&LanguageLexicon::carry_words, "carry_words")},
        {"percent_words", set(&LanguageLexicon::percent_words, "percent_words")},
        {"percent_of_words", set(&LanguageLexicon::percent_of_words, "percent_of_words")},
        {"point_units", set(&LanguageLexicon::point_units, "point_units")},
        {"linkers", set(&LanguageLexicon::linkers, "linkers")},
        {"multiplier_suffixes", set(&LanguageLexicon::multiplier_suffixes, "multiplier_suffixes")},
        {"frequency_words", set(&LanguageLexicon::frequency_words, "frequency_words")},
        {"not_nouns", set(&LanguageLexicon::not_nouns, "not_nouns")},
        {"strength_words", set(&LanguageLexicon::strength_words, "strength_words")},
        {"prenominal_adjectives", set(&LanguageLexicon::prenominal_adjectives, "prenominal_adjectives")},
        {"determiners", set(&LanguageLexicon::determiners, "determiners")},
        {"time_words", set(&LanguageLexicon::time_words, "time_words")},
        {"year_words", set(&LanguageLexicon::year_words, "year_words")},
        {"street_words", set(&LanguageLexicon::street_words, "street_words")},
        {"list_words", set(&LanguageLexicon::list_words, "list_words")},
        {"months", [this](const toml::node& n) { return months_table(n); }},
        {"currencies", [this](const toml::node& n) { return currencies(n); }},
        {"local_currencies", [this](const toml::node& n) { return local_currencies(n); }},
        {"local_currency_names",
         [this](const toml::node& n) {
           return strings(n, "local_currency_names", [&](const std::string& s) { lex.local_currency_names.push_back(s); });
         }},
        {"local_currency_symbols",
         [this](const toml::node& n) {
           return strings(n, "local_currency_symbols",
                          [&](const std::string& s) { lex.local_currency_symbols.push_back(s); });
         }},
        {"units", [this](const toml::node& n) { return units(n); }},
        {"qualifiers", [this](const toml::node& n) { return qualifiers(n); }},
        {"count_nouns", [this](const toml::node& n) { return count_nouns(n); }},
        {"rounding", [this](const toml::node& n) { return rounding(n); }},
        {"exclude_patterns", [this](const toml::node& n) { return exclude(n); }},
        {"year_min", [this](const toml::node& n) { return number_value(n, "year_min", lex.year_min); }},
        {"year_max", [this](const toml::node& n) { return number_value(n, "year_max", lex.year_max); }},
        {"approximate_tolerance",
         [this](const toml::node& n) { return number_value(n, "approximate_tolerance", lex.approximate_tolerance); }},
        {"noun_first", [this](const toml::node& n) { return bool_value(n, "noun_first", lex.noun_first); }},
    };
    for (const auto& [key, value] : t) {
      const std::string_view k = key.str();
      const Field* f = nullptr;
      for (const Field& candidate : fields) {
        if (candidate.first == k) f = &candidate;
      }
      if (!f) {
        std::vector<std::string_view> names;
        for (const Field& candidate : fields) names.push_back(candidate.first);
        return error_at(path, key.source(), unknown_key("a language lexicon", k, names));
      }
      if (auto e = f->second(value)) return e;
    }
    return std::nullopt;
  }
};

}  // namespace

std::string fold_place(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // Á É Í Ó Ú Ñ Ü (C3 81, 89, 8D, 93, 9A, 91, 9C) to their small
      // letters (C3 A1, A9, AD, B3, BA, B1, BC).
      const unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

std::string local_currency(std::string_view text, const LanguageLexicon& lex, std::size_t lines) {
  if (lex.local_currencies.empty()) return {};
  std::size_t pos = 0;
  for (std::size_t line = 0; line < lines && pos < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view l = text.substr(pos, end - pos);
    pos = end + 1;
    while (!l.empty() && (l.front() == ' ' || l.front() == '\t' || l.front() == '*' || l.front() == '_')) {
      l.remove_prefix(1);
    }
    constexpr std::size_t k_longest_place = 40;
    // The place opening the line, or the state or province after it
    // ("Santa Catalina de las Minas, Coahuila, 10 de marzo de 2026.-").
    std::string_view heads[2] = {l, {}};
    const std::size_t comma = l.find(", ");
    if (comma != std::string_view::npos && comma <= k_longest_place &&
        l.substr(0, comma).find_first_of("0123456789") == std::string_view::npos) {
      heads[1] = l.substr(comma + 2);
    }
    for (const std::string_view head : heads) {
      if (head.empty()) continue;
      const std::string folded = fold_place(head.substr(0, std::min(head.size(), k_longest_place + 2)));
      for (const auto& [code, places] : lex.local_currencies) {
        for (const std::string& place : places) {
          if (!folded.starts_with(place) || folded.size() <= place.size()) continue;
          const char next = folded[place.size()];
          if (next == ',' || next == '(' || (next == ' ' && place.size() + 1 < folded.size() &&
                                             (folded[place.size() + 1] == '(' || folded[place.size() + 1] == '-'))) {
            return code;
          }
        }
      }
    }
  }
  return {};
}

std::string phrase_key(std::string_view text, bool keep_case) {
  std::string key;
  key.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    key += keep_case ? c : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return key;
}

namespace {

// The lexicon of exactly `lang`, or nullptr. A rule set loads a few
// languages and the extractor asks for one per sentence: comparing each
// key for equality (its length first) costs less than the ordered
// comparisons of std::map::find.
const LanguageLexicon* exact_language(const Lexicon& lexicon, std::string_view lang) {
  for (const auto& [key, lex] : lexicon.languages) {
    if (key == lang) return &lex;
  }
  return nullptr;
}

}  // namespace

const LanguageLexicon* Lexicon::find(std::string_view lang) const {
  if (const LanguageLexicon* lex = exact_language(*this, lang)) return lex;
  if (auto dash = lang.find_first_of("-_"); dash != std::string_view::npos) {
    if (const LanguageLexicon* lex = exact_language(*this, lang.substr(0, dash))) return lex;
  }
  return exact_language(*this, "en");
}

namespace {

// See LanguageLexicon::digitless_triggers. Without digits the scan can
// start a quantity only at a start word (a sign or decimal mark needs
// digits after it). At an article that is nothing else, parse_words
// reads a number only if the next word is a cardinal, hundred, scale,
// group scale, fraction or ordinal (collect_items); the first three are
// added here, the rest are start words already.
template <typename T>
bool starts_a_phrase(const PhraseMap<T>& table, std::string_view w) {
  for (const auto& [key, value] : table) {
    if (key.starts_with(w)) return true;
  }
  return false;
}

// See LanguageLexicon::number_words: the tables in the order a spelled
// number's reader tries them, the first holding a word deciding what it is.
void derive_number_words(LanguageLexicon& lex) {
  using K = NumberWordKind;
  lex.number_words.clear();
  const auto add = [&](const auto& table, K kind) {
    for (const auto& [w, v] : table) {
      double value = 0;
      if constexpr (std::is_same_v<std::decay_t<decltype(v)>, double>) value = v;
      if (kind == K::article) value = 1;
      const bool bare = (kind == K::hundred || kind == K::scale) && lex.bare_scales.contains(w);
      lex.number_words.try_emplace(w, NumberWord{kind, value, bare});
    }
  };
  add(lex.cardinals, K::cardinal);
  add(lex.hundreds, K::hundred);
  add(lex.scales, K::scale);
  add(lex.group_scales, K::group);
  add(lex.and_words, K::conj);
  add(lex.article_words, K::article);
  add(lex.fractions, K::fraction);
  add(lex.ordinals, K::ordinal);
  // "fifths": a plural ending after a whole ordinal.
  if (!lex.ordinal_plural.empty()) {
    for (const auto& [w, v] : lex.ordinals) {
      if (!w.empty()) lex.number_words.try_emplace(w + lex.ordinal_plural, NumberWord{K::ordinal, v, false});
    }
  }
}

void derive_digitless_triggers(LanguageLexicon& lex) {
  const auto only_an_article = [&](const std::string& w) {
    if (lex.cardinals.contains(w) || lex.hundreds.contains(w) || lex.scales.contains(w) ||
        lex.group_scales.contains(w) || lex.and_words.contains(w) || lex.fractions.contains(w) ||
        lex.ordinals.contains(w) || lex.minus_words.contains(w) || lex.bare_scales.contains(w) ||
        lex.phrase_first_words.contains(w)) {
      return false;
    }
    const std::string_view pl = lex.ordinal_plural;
    if (!pl.empty() && w.size() > pl.size() && w.ends_with(pl) &&
        lex.ordinals.contains(std::string_view(w).substr(0, w.size() - pl.size()))) {
      return false;
    }
    return !starts_a_phrase(lex.multiplier_words, w) && !starts_a_phrase(lex.percent_of_words, w);
  };
  lex.digitless_triggers.clear();
  for (const std::string& w : lex.start_words) {
    if (!(lex.article_words.contains(w) && only_an_article(w))) lex.digitless_triggers.insert(w);
  }
  for (const auto* m : {&lex.hundreds, &lex.scales, &lex.group_scales}) {
    for (const auto& [w, v] : *m) lex.digitless_triggers.insert(w);
  }
}

}  // namespace

std::optional<Error> load_lexicon(std::string_view path, const toml::table& lexicon, const Lexicon& base,
                                  Lexicon& out) {
  for (const auto& [lang, value] : lexicon) {
    const toml::table* t = value.as_table();
    if (!t) {
      return error_at(path, value.source(),
                      fmt::format("'lexicon.{}' must be a table of a language's words", lang.str()));
    }
    // Only the languages the file names are copied: a file of one
    // language does not copy the others.
    const auto [it, fresh] = out.languages.try_emplace(std::string(lang.str()));
    LanguageLexicon& lex = it->second;
    if (const auto had = base.languages.find(it->first); fresh && had != base.languages.end()) lex = had->second;
    if (auto e = Loader{path, lex}.language(*t)) return e;
    lex.start_words.clear();
    for (const std::string& w : lex.phrase_first_words) lex.start_words.insert(w);
    for (const auto* m : {&lex.cardinals, &lex.fractions, &lex.ordinals, &lex.multiplier_words}) {
      for (const auto& [w, v] : *m) lex.start_words.insert(w);
    }
    for (const auto& w : lex.bare_scales) lex.start_words.insert(w);
    for (const auto* m : {&lex.article_words, &lex.minus_words}) {
      for (const auto& [w, v] : *m) lex.start_words.insert(w);
    }
    for (const auto& [w, v] : lex.ordinals) lex.start_words.insert(w + lex.ordinal_plural);
    derive_digitless_triggers(lex);
    derive_number_words(lex);
    if (!lex.exclude_patterns.empty()) {
      std::string joined;
      for (const std::string& p : lex.exclude_patterns) {
        if (!joined.empty()) joined += '|';
        joined += "(?:" + p + ")";
      }
      RE2::Options o;
      o.set_log_errors(false);
      lex.exclude = std::make_shared<const RE2>(joined, o);
      // Each pattern compiled alone at load; together they can still be
      // over RE2's memory budget, and an RE2 that did not compile never
      // matches: excluded figures would silently come back.
      if (!lex.exclude->ok()) {
        const toml::node* at = t->get("exclude_patterns");
        return error_at(path, at ? at->source() : t->source(),
                        fmt::format("the exclude_patterns of [lexicon.{}] are too large to compile together "
                                    "(over RE2's memory budget): {}",
                                    lang.str(), lex.exclude->error()));
      }
    }
  }
  return std::nullopt;
}

}  // namespace claimlint
