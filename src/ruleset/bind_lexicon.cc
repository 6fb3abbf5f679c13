// BindLexicon: entity aliases, measure and predicate classes, modality cues.
#include "ruleset/bind_lexicon.h"

#include "ruleset/toml_error.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "util/edit_distance.h"

namespace claimlint {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<Error> strings(std::string_view path, const toml::node& node, std::string_view name,
                             std::vector<std::string>& out) {
  const toml::array* arr = node.as_array();
  if (!arr) return error_at(path, node.source(), fmt::format("'{}' must be an array of strings", name));
  for (const toml::node& item : *arr) {
    const auto* s = item.as_string();
    if (!s || s->get().empty()) {
      return error_at(path, item.source(), fmt::format("each entry of '{}' must be a non-empty string", name));
    }
    out.push_back(s->get());
  }
  return std::nullopt;
}

// The words of `phrase`, split at spaces.
std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < phrase.size();) {
    const std::size_t space = std::min(phrase.find(' ', i), phrase.size());
    if (space > i) out.emplace_back(phrase.substr(i, space - i));
    i = space + 1;
  }
  return out;
}

// A table of class = [words]: "chip = ['chip', 'GPU']".
std::optional<Error> classes(std::string_view path, const toml::node& node, std::string_view name,
                             WordMap<std::string>& out,
                             std::span<const std::string_view> allowed_classes = {}) {
  const toml::table* t = node.as_table();
  if (!t) return error_at(path, node.source(), fmt::format("'{}' must be a table of class = [words]", name));
  for (const auto& [cls, words] : *t) {
    if (!allowed_classes.empty() &&
        std::find(allowed_classes.begin(), allowed_classes.end(), cls.str()) == allowed_classes.end()) {
      std::string m = fmt::format("unknown {} class '{}'", name, cls.str());
      if (auto near = nearest_spelling(cls.str(), allowed_classes)) m += fmt::format("; did you mean '{}'?", *near);
      return error_at(path, cls.source(), std::move(m));
    }
    std::vector<std::string> list;
    if (auto e = strings(path, words, fmt::format("{}.{}", name, cls.str()), list)) return e;
    for (const std::string& w : list) out[lower(w)] = std::string(cls.str());
  }
  return std::nullopt;
}

// Rebuilds lang.words from the predicate and modality tables.
void index_words(BindLanguage& lang) {
  lang.words.clear();
  const auto index = [&lang](const WordMap<std::string>& table, std::optional<std::string> BindWord::*cls,
                             bool BindWord::*opens) {
    for (const auto& [key, value] : table) {
      if (const std::size_t space = key.find(' '); space != std::string::npos) {
        lang.words[key.substr(0, space)].*opens = true;
      } else {
        lang.words[key].*cls = value;
      }
    }
  };
  index(lang.predicates, &BindWord::predicate, &BindWord::opens_predicate);
  index(lang.modality, &BindWord::modality, &BindWord::opens_modality);
}

// Rebuilds lang.screens from the tables they screen.
void build_screens(BindLanguage& lang) {
  lang.screens = {};
  for (const auto& entry : lang.entity_aliases) lang.screens.entity_aliases.insert(entry.first);
  for (const std::string& w : lang.not_entities) lang.screens.not_entities.insert(w);
  for (const auto& entry : lang.words) lang.screens.words.insert(entry.first);
  for (const auto& entry : lang.measures) lang.screens.measures.insert(entry.first);
}

std::optional<Error> load_language(std::string_view path, const toml::table& t, BindLanguage& lang) {
  static constexpr std::string_view k_keys[] = {"entities",      "measures",           "predicates",   "modality",
                                                "prepositions",  "lead_ins",           "not_entities", "name_suffixes",
                                                "subject_verbs", "anaphors",           "generic_heads", "place_prepositions",
                                                "possession",    "organization_words", "duration_measures",
                                                "capacity_words", "baseline_cues", "baseline_fillers",
                                                "from_words",    "to_words",           "period_words",
                                                "ratio_words",   "change_verbs",       "accusers",      "speech_verbs",
                                                "period_openers", "span_edges",     "span_nouns",    "fiscal_words",
                                                "change_nouns",  "margin_verbs",       "stock_nouns",
                                                "measure_qualifiers"};
  static constexpr std::string_view k_modalities[] = {"negated", "conditional", "forecast", "hypothetical", "disputed", "update"};
  for (const auto& [key, value] : t) {
    const std::string_view k = key.str();
    std::optional<Error> e;
    if (k == "entities") {
      const toml::array* arr = value.as_array();
      if (!arr) return error_at(path, value.source(), "'entities' must be an array of tables ([[bind.LANG.entities]])");
      for (const toml::node& entry : *arr) {
        const toml::table* et = entry.as_table();
        if (!et) return error_at(path, entry.source(), "each entity must be a table with name and aliases");
        const auto* name = (*et)["name"].as_string();
        if (!name) return error_at(path, entry.source(), "entity without a 'name' string");
        std::vector<std::string> aliases{name->get()};
        for (const auto& [ek, ev] : *et) {
          if (ek.str() == "aliases") {
            if ((e = strings(path, ev, "aliases", aliases))) return e;
          } else if (ek.str() != "name") {
            return error_at(path, ek.source(), fmt::format("unknown key '{}' in an entity; expected name or aliases", ek.str()));
          }
        }
        for (const std::string& a : aliases) lang.entity_aliases[a] = name->get();
      }
    } else if (k == "measures") {
      e = classes(path, value, "measures", lang.measures);
    } else if (k == "predicates") {
      e = classes(path, value, "predicates", lang.predicates);
    } else if (k == "duration_measures") {
      e = classes(path, value, "duration_measures", lang.duration_measures);
    } else if (k == "possession") {
      e = classes(path, value, "possession", lang.possession);
    } else if (k == "modality") {
      e = classes(path, value, "modality", lang.modality, k_modalities);
    } else if (k == "prepositions" || k == "lead_ins" || k == "not_entities" || k == "name_suffixes" ||
               k == "subject_verbs" || k == "anaphors" || k == "generic_heads" || k == "place_prepositions" ||
               k == "organization_words" || k == "capacity_words" || k == "baseline_cues" ||
               k == "baseline_fillers" || k == "from_words" || k == "to_words" || k == "period_words" ||
               k == "ratio_words" || k == "change_verbs" || k == "accusers" || k == "speech_verbs" ||
               k == "period_openers" ||
               k == "span_edges" || k == "span_nouns" || k == "fiscal_words" || k == "change_nouns" ||
               k == "margin_verbs" || k == "stock_nouns" || k == "measure_qualifiers") {
      std::vector<std::string> list;
      if ((e = strings(path, value, k, list))) return e;
      for (const std::string& w : list) {
        if (k == "prepositions") lang.prepositions.insert(lower(w));
        else if (k == "lead_ins") lang.lead_ins.push_back(lower(w));
        else if (k == "not_entities") lang.not_entities.insert(w);
        else if (k == "subject_verbs") lang.subject_verbs.insert(lower(w));
        else if (k == "anaphors") lang.anaphors.insert(lower(w));
        else if (k == "generic_heads") lang.generic_heads.insert(lower(w));
        else if (k == "place_prepositions") lang.place_prepositions.insert(lower(w));
        else if (k == "organization_words") lang.organization_words.insert(w);
        else if (k == "capacity_words") lang.capacity_words.insert(lower(w));
        else if (k == "baseline_fillers") lang.baseline_fillers.insert(lower(w));
        else if (k == "from_words") lang.from_words.insert(lower(w));
        else if (k == "to_words") lang.to_words.insert(lower(w));
        else if (k == "period_words") lang.period_words.insert(lower(w));
        else if (k == "change_verbs") lang.change_verbs.insert(lower(w));
        else if (k == "accusers") lang.accusers.insert(lower(w));
        else if (k == "speech_verbs") lang.speech_verbs.insert(lower(w));
        else if (k == "span_edges") {
          lang.span_edges.insert(lower(w));
          if (!w.empty()) lang.span_edge_first[static_cast<unsigned char>(lower(w).front())] = true;
        }
        else if (k == "span_nouns") lang.span_nouns.insert(lower(w));
        else if (k == "fiscal_words") {
          lang.fiscal_words.insert(lower(w));
          if (!w.empty()) lang.fiscal_first[static_cast<unsigned char>(lower(w).front())] = true;
        }
        else if (k == "change_nouns") lang.change_nouns.insert(lower(w));
        else if (k == "margin_verbs") lang.margin_verbs.insert(lower(w));
        else if (k == "stock_nouns") lang.stock_nouns.insert(lower(w));
        else if (k == "measure_qualifiers") lang.measure_qualifiers.insert(lower(w));
        else if (k == "ratio_words") lang.ratio_words.push_back(split_words(lower(w)));
        else if (k == "period_openers") {
          lang.period_openers.push_back(split_words(lower(w)));
          if (!lang.period_openers.back().empty()) lang.period_opener_starts.insert(lang.period_openers.back().front());
        }
        else if (k == "baseline_cues") {
          lang.baseline_cues.push_back(split_words(lower(w)));
          if (!lang.baseline_cues.back().empty()) lang.baseline_cue_ends.insert(lang.baseline_cues.back().back());
        }
        else lang.name_suffixes.insert(w);
      }
    } else {
      std::string m = fmt::format("unknown key '{}' in [bind.LANG]", k);
      if (auto near = nearest_spelling(k, k_keys)) m += fmt::format("; did you mean '{}'?", *near);
      return error_at(path, key.source(), std::move(m));
    }
    if (e) return e;
  }
  index_words(lang);
  build_screens(lang);
  return std::nullopt;
}

}  // namespace

const BindLanguage* BindLexicon::find(std::string_view lang) const {
  if (auto it = languages.find(lang); it != languages.end()) return &it->second;
  if (auto it = languages.find("en"); it != languages.end()) return &it->second;
  return nullptr;
}

std::optional<Error> load_bind_lexicon(std::string_view path, const toml::node& bind, BindLexicon& out) {
  const toml::table* t = bind.as_table();
  if (!t) return error_at(path, bind.source(), "'bind' must be a table of languages ([bind.en])");
  for (const auto& [lang, value] : *t) {
    const toml::table* lt = value.as_table();
    if (!lt) return error_at(path, value.source(), fmt::format("'bind.{}' must be a table", lang.str()));
    if (auto e = load_language(path, *lt, out.languages[std::string(lang.str())])) return e;
  }
  return std::nullopt;
}

}  // namespace claimlint
