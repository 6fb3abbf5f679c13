// RuleSet: TOML rule files loaded with toml++ and validated; the only
// place that talks to toml++ (STYLE "Rules").
#include "ruleset/rule_set.h"

#include "ruleset/toml_error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "ruleset/builtin_rules.h"
#include "util/edit_distance.h"

namespace claimlint {
namespace {

RE2::Options pattern_options() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

// [[boilerplate]] entries: name, description, patterns.
std::optional<Error> load_boilerplate(std::string_view path, const toml::node& node,
                                      std::vector<BoilerplateRule>& out) {
  const toml::array* arr = node.as_array();
  if (!arr) return error_at(path, node.source(), "'boilerplate' must be an array of tables ([[boilerplate]])");
  static constexpr std::string_view k_keys[] = {"name", "description", "patterns"};
  std::vector<BoilerplateRule> loaded;
  for (const toml::node& entry : *arr) {
    const toml::table* t = entry.as_table();
    if (!t) return error_at(path, entry.source(), "each boilerplate entry must be a table");
    BoilerplateRule rule;
    for (const auto& [key, value] : *t) {
      const std::string_view k = key.str();
      if (k == "name" || k == "description") {
        const auto* s = value.as_string();
        if (!s) return error_at(path, value.source(), fmt::format("'{}' must be a string", k));
        (k == "name" ? rule.name : rule.description) = s->get();
      } else if (k == "patterns") {
        const toml::array* ps = value.as_array();
        if (!ps) return error_at(path, value.source(), "'patterns' must be an array of strings");
        for (const toml::node& p : *ps) {
          const auto* s = p.as_string();
          if (!s) return error_at(path, p.source(), "each pattern must be a string");
          RE2 re(s->get(), pattern_options());
          if (!re.ok()) {
            return error_at(path, p.source(),
                            fmt::format("invalid pattern '{}': {}", s->get(), re.error()));
          }
          rule.patterns.push_back(s->get());
        }
      } else {
        return error_at(path, key.source(), unknown_key_message("a boilerplate entry", k, k_keys));
      }
    }
    if (rule.name.empty()) return error_at(path, entry.source(), "boilerplate entry without a 'name'");
    if (rule.patterns.empty()) {
      return error_at(path, entry.source(), fmt::format("boilerplate entry '{}' has no patterns", rule.name));
    }
    loaded.push_back(std::move(rule));
  }
  out.insert(out.end(), loaded.begin(), loaded.end());
  return std::nullopt;
}

}  // namespace

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

std::optional<Error> RuleSet::load(std::string_view path, std::string_view text) {
  toml::table root;
  try {
    // toml++ 3.3 wants the path as std::string (STYLE "Rules").
    root = toml::parse(text, std::string(path));
  } catch (const toml::parse_error& e) {
    return error_at(path, e.source(), std::string(e.description()));
  }
  static constexpr std::string_view k_sections[] = {"boilerplate", "lexicon", "dates", "bind"};
  // Validate every section first so that a broken file loads nothing.
  std::vector<BoilerplateRule> boilerplate;
  Lexicon lexicon = lexicon_;
  DateLexicon dates = dates_;
  BindLexicon bind = bind_;
  for (const auto& [key, value] : root) {
    const std::string_view k = key.str();
    if (k == "boilerplate") {
      if (auto e = load_boilerplate(path, value, boilerplate)) return e;
    } else if (k == "lexicon") {
      const toml::table* t = value.as_table();
      if (!t) return error_at(path, value.source(), "'lexicon' must be a table of languages ([lexicon.en])");
      if (auto e = load_lexicon(path, *t, lexicon)) return e;
    } else if (k == "dates") {
      if (auto e = load_date_lexicon(path, value, dates)) return e;
    } else if (k == "bind") {
      if (auto e = load_bind_lexicon(path, value, bind)) return e;
    } else {
      return error_at(path, key.source(), unknown_key_message("a rule file", k, k_sections));
    }
  }
  boilerplate_.insert(boilerplate_.end(), boilerplate.begin(), boilerplate.end());
  lexicon_ = std::move(lexicon);
  dates_ = std::move(dates);
  bind_ = std::move(bind);
  return std::nullopt;
}

std::vector<Error> RuleSet::load_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<Error> errors;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    errors.push_back({fmt::format("cannot read rule directory '{}': {}", dir,
                                  ec ? ec.message() : "not a directory"),
                      std::nullopt});
    return errors;
  }
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".toml") files.push_back(it->path());
  }
  if (ec) errors.push_back({fmt::format("cannot read rule directory '{}': {}", dir, ec.message()), std::nullopt});
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      errors.push_back({fmt::format("cannot read '{}': {}", f.string(), std::strerror(errno)), std::nullopt});
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (auto e = load(f.string(), ss.str())) errors.push_back(std::move(*e));
  }
  return errors;
}

std::vector<Error> RuleSet::load_builtin() {
  std::vector<Error> errors;
  for (const BuiltinRuleFile& f : builtin_rule_files()) {
    if (auto e = load(f.path, f.text)) errors.push_back(std::move(*e));
  }
  return errors;
}

void RuleSet::finalize() {
  // Anchored at both ends, the set's DFA stops at the first byte no
  // pattern can continue with: a prose paragraph costs a few bytes, not
  // its whole length (the same matches as "^(?:p)$" unanchored).
  boilerplate_set_ = std::make_unique<RE2::Set>(pattern_options(), RE2::ANCHOR_BOTH);
  pattern_owner_.clear();
  for (std::size_t r = 0; r < boilerplate_.size(); ++r) {
    for (const std::string& p : boilerplate_[r].patterns) {
      // Patterns were validated at load; Add cannot fail here.
      boilerplate_set_->Add("(?:" + p + ")", nullptr);
      pattern_owner_.push_back(r);
    }
  }
  boilerplate_set_->Compile();
}

const BoilerplateRule* RuleSet::match_boilerplate(std::string_view paragraph) const {
  if (!boilerplate_set_ || pattern_owner_.empty()) return nullptr;
  std::vector<int> hits;
  if (!boilerplate_set_->Match(paragraph, &hits) || hits.empty()) return nullptr;
  const int first = *std::min_element(hits.begin(), hits.end());
  return &boilerplate_[pattern_owner_[static_cast<std::size_t>(first)]];
}

}  // namespace claimlint
