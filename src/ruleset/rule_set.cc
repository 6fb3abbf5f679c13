// RuleSet: TOML rule files loaded with toml++ and validated; the only
// place that talks to toml++ (STYLE "Rules").
#include "ruleset/rule_set.h"

#include "ruleset/toml_error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
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
// Each pattern's node goes to `where`, in order, for the errors of
// compile_boilerplate.
std::optional<Error> load_boilerplate(std::string_view path, const toml::node& node,
                                      std::vector<BoilerplateRule>& out, std::vector<const toml::node*>& where) {
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
          rule.patterns.push_back(s->get());
          where.push_back(&p);
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

// A pattern that ends in a bounded repeat of `.`, `X.{m,n}` (as image
// credits end in `.{1,200}`): RE2 unrolls the repeat into n copies of a
// UTF-8 `.`, which makes such a pattern several times dearer to compile
// than the rest. The lazily compiled set holds it as `X.{m,}` instead, a
// superset; a paragraph of at most n code points cannot hold more than n
// `.`s, so there both agree, and only a longer one is put to the pattern
// as written, compiled alone on its first use.
struct BoundedTail {
  std::string pattern;        // as written
  std::size_t max_chars = 0;  // n
  std::once_flag once;
  std::unique_ptr<RE2::Set> exact;  // null if it failed to compile

  // Whether the pattern as written matches `paragraph`, which its
  // relaxed form matches.
  bool matches(std::string_view paragraph) {
    // Each `.` in UTF-8 mode is one whole code point, whose first byte is
    // no continuation byte (10xxxxxx), even when the text is not valid
    // UTF-8: counting those bytes bounds the `.`s of any match.
    std::size_t chars = 0;
    for (const char c : paragraph) {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > max_chars) break;
    }
    if (chars <= max_chars) return true;
    std::call_once(once, [this] {
      auto set = std::make_unique<RE2::Set>(pattern_options(), RE2::ANCHOR_BOTH);
      if (set->Add(pattern, nullptr) == 0 && set->Compile()) exact = std::move(set);
    });
    return exact && exact->Match(paragraph, nullptr);
  }
};

// `pattern` with a final `.{m,n}` written `.{m,}`, or nullopt if it has no
// such tail. The `.` must be the any-character atom: not escaped (an even
// run of backslashes before it) and not quoted (no \Q in the pattern); a
// `.` inside a class would leave the class unclosed, which the caller
// rules out by parsing the pattern as written first.
std::optional<std::string> relax_bounded_tail(std::string_view pattern, std::size_t& max_chars) {
  if (pattern.empty() || pattern.back() != '}' || pattern.find("\\Q") != std::string_view::npos) {
    return std::nullopt;
  }
  const std::size_t open = pattern.rfind('{');
  if (open == std::string_view::npos || open == 0 || pattern[open - 1] != '.') return std::nullopt;
  std::size_t backslashes = 0;
  while (backslashes + 2 <= open && pattern[open - 2 - backslashes] == '\\') ++backslashes;
  if (backslashes % 2 != 0) return std::nullopt;
  const std::string_view counts = pattern.substr(open + 1, pattern.size() - open - 2);
  const std::size_t comma = counts.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::string_view min = counts.substr(0, comma);
  const std::string_view max = counts.substr(comma + 1);
  const auto digits = [](std::string_view d) {
    return !d.empty() && d.size() <= 4 && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(min) || !digits(max)) return std::nullopt;
  max_chars = static_cast<std::size_t>(std::stoi(std::string(max)));
  return fmt::format("{}{{{},}}", pattern.substr(0, open), min);
}

}  // namespace

// One RE2::Set of the boilerplate patterns, each a whole paragraph:
// anchored at both ends, the set's DFA stops at the first byte no pattern
// can continue with, so a prose paragraph costs a few bytes, not its whole
// length. Compiling it is most of the cost of loading the built-in rules
// (bounded repeats such as .{1,200} unroll), hence once, on demand, and
// with bounded tails relaxed (BoundedTail).
struct RuleSet::BoilerplateSet {
  RE2::Set set{pattern_options(), RE2::ANCHOR_BOTH};
  std::once_flag once;
  bool compiled = false;
  // Per pattern of `set`, in order: null if `set` holds it as written,
  // else how to check a match of its relaxed form. Empty when no pattern
  // is relaxed.
  std::vector<std::unique_ptr<BoundedTail>> tails;

  // Compiles the set on the first call, from any thread; whether it
  // compiled. A set whose Compile failed must never be matched (RE2 would
  // dereference its missing program).
  bool compile() {
    std::call_once(once, [this] { compiled = set.Compile(); });
    return compiled;
  }

  // Whether pattern `index`, which `set` reports, matches `paragraph` as
  // written.
  bool matches(int index, std::string_view paragraph) const {
    if (tails.empty() || !tails[static_cast<std::size_t>(index)]) return true;
    return tails[static_cast<std::size_t>(index)]->matches(paragraph);
  }

  static Expected<std::unique_ptr<BoilerplateSet>> build(std::string_view path,
                                                         const std::vector<BoilerplateRule>& rules,
                                                         std::size_t first_new,
                                                         const std::vector<const toml::node*>& where,
                                                         bool compile_now);
};

// The set of `rules`' patterns, compiled now if `compile_now`. Patterns
// from index `first_new` on are this file's, at `where`; a fault is
// reported at the first of them that has one. The patterns before were
// compiled once already (or are the built-in ones, tested to compile).
// Only a set compiled on demand relaxes bounded tails: one compiled now
// must fail exactly when the patterns as written are over RE2's budget.
Expected<std::unique_ptr<RuleSet::BoilerplateSet>> RuleSet::BoilerplateSet::build(
    std::string_view path, const std::vector<BoilerplateRule>& rules, std::size_t first_new,
    const std::vector<const toml::node*>& where, bool compile_now) {
  auto set = std::make_unique<BoilerplateSet>();
  std::size_t index = 0;
  for (const BoilerplateRule& rule : rules) {
    for (const std::string& p : rule.patterns) {
      std::string parse_error;
      std::size_t max_chars = 0;
      std::optional<std::string> relaxed;
      if (!compile_now) relaxed = relax_bounded_tail(p, max_chars);
      if (relaxed) {
        // Parsed as written first, for its errors; Add only parses.
        RE2::Set written(pattern_options(), RE2::ANCHOR_BOTH);
        if (written.Add(p, &parse_error) < 0 || set->set.Add(*relaxed, nullptr) < 0) relaxed.reset();
      }
      if (relaxed) {
        set->tails.resize(index);
        set->tails.push_back(std::make_unique<BoundedTail>());
        set->tails.back()->pattern = p;
        set->tails.back()->max_chars = max_chars;
      } else if (set->set.Add(p, &parse_error) < 0) {
        // Its message is RE2's own ("missing ): (x").
        return error_at(path, where.at(index - first_new)->source(),
                        fmt::format("invalid pattern '{}': {}", p, parse_error));
      }
      ++index;
    }
  }
  if (!set->tails.empty()) set->tails.resize(index);
  if (!compile_now || set->compile()) return set;
  // Over RE2's memory budget (max_mem): one pattern alone, or this file's
  // together with those loaded before.
  index = 0;
  for (const BoilerplateRule& rule : rules) {
    for (const std::string& p : rule.patterns) {
      if (index++ < first_new) continue;
      RE2::Set alone(pattern_options(), RE2::ANCHOR_BOTH);
      alone.Add(p, nullptr);
      if (!alone.Compile()) {
        return error_at(path, where.at(index - 1 - first_new)->source(),
                        fmt::format("pattern '{}' is too large to compile (over RE2's memory budget)", p));
      }
    }
  }
  return error_at(path, where.front()->source(),
                  fmt::format("the boilerplate patterns are too large to compile together (over RE2's memory "
                              "budget): this file's {} would join {} loaded before",
                              index - first_new, first_new));
}

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

std::optional<Error> RuleSet::load(std::string_view path, std::string_view text) { return load(path, text, true); }

std::optional<Error> RuleSet::load(std::string_view path, std::string_view text, bool compile_now) {
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
  std::vector<const toml::node*> pattern_nodes;
  Lexicon lexicon;  // the languages this file names, merged with lexicon_'s
  // Copied only for a file that has the section.
  std::optional<DateLexicon> dates;
  std::optional<BindLexicon> bind;
  for (const auto& [key, value] : root) {
    const std::string_view k = key.str();
    if (k == "boilerplate") {
      if (auto e = load_boilerplate(path, value, boilerplate, pattern_nodes)) return e;
    } else if (k == "lexicon") {
      const toml::table* t = value.as_table();
      if (!t) return error_at(path, value.source(), "'lexicon' must be a table of languages ([lexicon.en])");
      if (auto e = load_lexicon(path, *t, lexicon_, lexicon)) return e;
    } else if (k == "dates") {
      dates = dates_;
      if (auto e = load_date_lexicon(path, value, *dates)) return e;
    } else if (k == "bind") {
      bind = bind_;
      if (auto e = load_bind_lexicon(path, value, *bind)) return e;
    } else {
      return error_at(path, key.source(), unknown_key_message("a rule file", k, k_sections));
    }
  }
  if (!boilerplate.empty()) {
    std::vector<BoilerplateRule> all = boilerplate_;
    all.insert(all.end(), boilerplate.begin(), boilerplate.end());
    Expected<std::unique_ptr<BoilerplateSet>> set =
        BoilerplateSet::build(path, all, pattern_owner_.size(), pattern_nodes, compile_now);
    if (!set) return set.error();
    boilerplate_set_ = std::move(*set);
    for (std::size_t r = boilerplate_.size(); r < all.size(); ++r) {
      pattern_owner_.insert(pattern_owner_.end(), all[r].patterns.size(), r);
    }
    boilerplate_ = std::move(all);
  }
  for (auto& [lang, lex] : lexicon.languages) lexicon_.languages.insert_or_assign(lang, std::move(lex));
  if (dates) dates_ = std::move(*dates);
  if (bind) bind_ = std::move(*bind);
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
    if (auto e = load(f.path, f.text, false)) errors.push_back(std::move(*e));
  }
  return errors;
}

const BoilerplateRule* RuleSet::match_boilerplate(std::string_view paragraph) const {
  if (!boilerplate_set_ || !boilerplate_set_->compile()) return nullptr;
  // Most paragraphs match no pattern: asking whether any does allocates
  // no list of hits, and the list is asked for only then.
  if (!boilerplate_set_->set.Match(paragraph, nullptr)) return nullptr;
  std::vector<int> hits;
  if (!boilerplate_set_->set.Match(paragraph, &hits)) return nullptr;
  // The first pattern that matches as written names the rule.
  std::sort(hits.begin(), hits.end());
  for (const int hit : hits) {
    if (boilerplate_set_->matches(hit, paragraph)) return &boilerplate_[pattern_owner_[static_cast<std::size_t>(hit)]];
  }
  return nullptr;
}

}  // namespace claimlint
