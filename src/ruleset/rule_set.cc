// RuleSet: TOML rule files loaded with toml++ and validated; the only
// place that talks to toml++ (STYLE "Rules").
#include "ruleset/rule_set.h"

#include "ruleset/toml_error.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <mutex>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "ruleset/builtin_rules.h"
#include "util/edit_distance.h"
#include "util/utf8.h"

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

// The index just past the character class that opens at pattern[i], as
// RE2 reads it: a `]` first (after an optional `^`) is a member, `[:name:]`
// a named class, and a backslash escapes the byte after it (the rest of a
// longer escape such as \x{41} or \p{Greek} holds no `]` in a pattern
// RE2 parses).
std::size_t class_end(std::string_view pattern, std::size_t i) {
  ++i;  // '['
  if (i < pattern.size() && pattern[i] == '^') ++i;
  bool first = true;
  while (i < pattern.size() && (pattern[i] != ']' || first)) {
    first = false;
    if (pattern.size() - i > 2 && pattern[i] == '[' && pattern[i + 1] == ':') {
      if (const std::size_t close = pattern.find(":]", i + 2); close != std::string_view::npos) {
        i = close + 2;
        continue;
      }
    }
    i += pattern[i] == '\\' ? 2 : 1;
  }
  return i + 1;
}

// A decimal number of at most four digits without a leading zero (RE2
// reads a repeat count so, and allows none over 1000), at pattern[i];
// its value and the index past it.
std::optional<std::pair<int, std::size_t>> repeat_count(std::string_view pattern, std::size_t i) {
  const auto digit = [&](std::size_t k) { return k < pattern.size() && pattern[k] >= '0' && pattern[k] <= '9'; };
  if (!digit(i) || (pattern[i] == '0' && digit(i + 1))) return std::nullopt;
  int value = 0;
  std::size_t k = i;
  for (; digit(k) && k - i < 4; ++k) value = value * 10 + (pattern[k] - '0');
  if (digit(k)) return std::nullopt;
  return std::pair{value, k};
}

// A pattern whose bounded repeats `X{m,n}` the lazily compiled set holds
// as `X{m,}`, a superset: RE2 unrolls a bounded repeat into n copies of X,
// which makes `[^.]{0,80}` or `.{1,200}` many times dearer to compile than
// the rest of the patterns together. A non-empty copy of X takes at least
// one code point, so a paragraph of c code points holds at most c of them
// (copies that match the empty text can be dropped or kept to reach m):
// where every relaxed repeat has n >= c, the relaxed pattern matches
// exactly when the pattern as written does. For a longer paragraph the
// repeats with n < c are written back, and that form of the pattern is
// compiled alone on its first use.
struct RelaxedPattern {
  std::string pattern;                 // as written
  std::vector<BoundedRepeat> repeats;  // in order of position
  std::vector<int> limits;             // the repeats' n, ascending
  // exact[j - 1]: the pattern with the j repeats of smallest n written,
  // the others relaxed; null if it failed to compile.
  struct Exact {
    std::once_flag once;
    std::unique_ptr<RE2::Set> set;
  };
  std::vector<std::unique_ptr<Exact>> exact;

  RelaxedPattern(std::string_view written, std::vector<BoundedRepeat> bounded)
      : pattern(written), repeats(std::move(bounded)) {
    for (const BoundedRepeat& r : repeats) limits.push_back(r.max);
    std::sort(limits.begin(), limits.end());
    for (std::size_t j = 0; j < limits.size(); ++j) exact.push_back(std::make_unique<Exact>());
  }

  // Whether the pattern as written matches `paragraph`, which its
  // relaxed form matches.
  bool matches(std::string_view paragraph) {
    // Each code point of a match, even in text that is not valid UTF-8,
    // starts with a byte that is no continuation byte (10xxxxxx); only
    // \C, which no relaxed pattern holds, matches a byte alone.
    int chars = 0;
    for (const char c : paragraph) {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > limits.back()) break;
    }
    const auto written = static_cast<std::size_t>(std::lower_bound(limits.begin(), limits.end(), chars) -
                                                  limits.begin());
    if (written == 0) return true;
    Exact& e = *exact[written - 1];
    std::call_once(e.once, [&] {
      const int relax_from = written < limits.size() ? limits[written] : std::numeric_limits<int>::max();
      auto set = std::make_unique<RE2::Set>(pattern_options(), RE2::ANCHOR_BOTH);
      if (set->Add(relax_repeats(pattern, repeats, relax_from), nullptr) == 0 && set->Compile()) {
        e.set = std::move(set);
      }
    });
    return e.set && e.set->Match(paragraph, nullptr);
  }
};

}  // namespace

std::optional<std::vector<BoundedRepeat>> bounded_repeats(std::string_view pattern) {
  std::vector<BoundedRepeat> repeats;
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '\\') {
      if (i + 1 < pattern.size() && (pattern[i + 1] == 'Q' || pattern[i + 1] == 'C')) return std::nullopt;
      i += 2;
    } else if (pattern[i] == '[') {
      i = class_end(pattern, i);
    } else if (pattern[i] == '{') {
      // RE2 reads `{` as a literal unless a whole {m}, {m,} or {m,n}
      // follows.
      const auto min = repeat_count(pattern, i + 1);
      std::optional<std::pair<int, std::size_t>> max;
      if (min && min->second < pattern.size() && pattern[min->second] == ',') {
        max = repeat_count(pattern, min->second + 1);
      }
      if (max && max->second < pattern.size() && pattern[max->second] == '}') {
        if (min->first > max->first) return std::nullopt;
        repeats.push_back({i, max->second + 1, min->first, max->first});
        i = max->second + 1;
      } else {
        ++i;
      }
    } else {
      ++i;
    }
  }
  return repeats;
}

std::string relax_repeats(std::string_view pattern, std::span<const BoundedRepeat> repeats, int from) {
  std::string relaxed;
  std::size_t done = 0;
  for (const BoundedRepeat& r : repeats) {
    if (r.max < from) continue;
    relaxed += pattern.substr(done, r.begin - done);
    relaxed += fmt::format("{{{},}}", r.min);
    done = r.end;
  }
  relaxed += pattern.substr(done);
  return relaxed;
}

// One RE2::Set of the boilerplate patterns, each a whole paragraph:
// anchored at both ends, the set's DFA stops at the first byte no pattern
// can continue with, so a prose paragraph costs a few bytes, not its whole
// length. The built-in patterns (tested to parse and compile) are parsed
// and compiled on the first match, with bounded repeats relaxed
// (RelaxedPattern): their compile is most of the cost of a run over a
// short text.
struct RuleSet::BoilerplateSet {
  RE2::Set set{pattern_options(), RE2::ANCHOR_BOTH};
  std::once_flag once;
  bool compiled = false;
  // The patterns compile() adds first, for a set built on demand.
  std::vector<std::string> pending;
  // Per pattern of `set`, in order: null if `set` holds it as written,
  // else how to check a match of its relaxed form. Empty when no pattern
  // is relaxed.
  std::vector<std::unique_ptr<RelaxedPattern>> relaxed;

  // Adds the pending patterns and compiles the set on the first call,
  // from any thread; whether it compiled. A set whose Compile failed must
  // never be matched (RE2 would dereference its missing program).
  bool compile() {
    std::call_once(once, [this] { compiled = add_pending() && set.Compile(); });
    return compiled;
  }

  // Adds `pending` to `set`, each with its bounded repeats relaxed;
  // false if a pattern does not parse.
  bool add_pending() {
    for (std::size_t i = 0; i < pending.size(); ++i) {
      const std::string& p = pending[i];
      std::optional<std::vector<BoundedRepeat>> repeats = bounded_repeats(p);
      if (repeats && !repeats->empty() && set.Add(relax_repeats(p, *repeats, 0), nullptr) >= 0) {
        relaxed.resize(pending.size());
        relaxed[i] = std::make_unique<RelaxedPattern>(p, std::move(*repeats));
      } else if (set.Add(p, nullptr) < 0) {
        return false;
      }
    }
    pending.clear();
    return true;
  }

  // Whether pattern `index`, which `set` reports, matches `paragraph` as
  // written.
  bool matches(int index, std::string_view paragraph) const {
    if (relaxed.empty() || !relaxed[static_cast<std::size_t>(index)]) return true;
    return relaxed[static_cast<std::size_t>(index)]->matches(paragraph);
  }

  static Expected<std::unique_ptr<BoilerplateSet>> build(std::string_view path,
                                                         const std::vector<BoilerplateRule>& rules,
                                                         std::size_t first_new,
                                                         const std::vector<const toml::node*>& where,
                                                         bool compile_now);
};

// The set of `rules`' patterns, compiled now if `compile_now`, else on the
// first match. Patterns from index `first_new` on are this file's, at
// `where`; a fault is reported at the first of them that has one. The
// patterns before were compiled once already (or are the built-in ones,
// tested to compile). Only a set compiled on demand relaxes bounded
// repeats: one compiled now must fail exactly when the patterns as written
// are over RE2's budget.
Expected<std::unique_ptr<RuleSet::BoilerplateSet>> RuleSet::BoilerplateSet::build(
    std::string_view path, const std::vector<BoilerplateRule>& rules, std::size_t first_new,
    const std::vector<const toml::node*>& where, bool compile_now) {
  auto set = std::make_unique<BoilerplateSet>();
  if (!compile_now) {
    for (const BoilerplateRule& rule : rules) {
      set->pending.insert(set->pending.end(), rule.patterns.begin(), rule.patterns.end());
    }
    return set;
  }
  std::size_t index = 0;
  for (const BoilerplateRule& rule : rules) {
    for (const std::string& p : rule.patterns) {
      std::string parse_error;
      if (set->set.Add(p, &parse_error) < 0) {
        // Its message is RE2's own ("missing ): (x").
        return error_at(path, where.at(index - first_new)->source(),
                        fmt::format("invalid pattern '{}': {}", p, parse_error));
      }
      ++index;
    }
  }
  if (set->compile()) return set;
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

struct RuleSet::PointVariants {
  std::mutex mutex;
  std::map<const LanguageLexicon*, std::unique_ptr<LanguageLexicon>> of;
  /// local_lexicon_for's copies, by their base and currency code.
  std::map<std::pair<const LanguageLexicon*, std::string>, std::unique_ptr<LanguageLexicon>> local;
};

RuleSet::RuleSet() : point_variants_(std::make_unique<PointVariants>()) {}
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

std::optional<Error> RuleSet::load(std::string_view path, std::string_view text) {
  // A file of ours merges over the built-in languages: they are read first.
  read_all_languages();
  return load(path, text, true);
}

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

std::optional<BuiltinLanguage> builtin_file_language(std::string_view path) {
  static constexpr std::string_view k_prefix = "rules/";
  static constexpr std::string_view k_suffix = ".toml";
  static constexpr std::string_view k_sections[] = {"lexicon", "dates", "bind"};
  if (!path.starts_with(k_prefix) || !path.ends_with(k_suffix)) return std::nullopt;
  const std::string_view rest = path.substr(k_prefix.size(), path.size() - k_prefix.size() - k_suffix.size());
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view section = rest.substr(0, slash);
  const std::string_view lang = rest.substr(slash + 1);
  if (std::find(std::begin(k_sections), std::end(k_sections), section) == std::end(k_sections)) return std::nullopt;
  // English is every language's fallback: read at once.
  if (lang.empty() || lang == "en" || !std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return std::nullopt;
  }
  return BuiltinLanguage{section, lang};
}

struct RuleSet::DeferredFile {
  BuiltinLanguage at;
  BuiltinRuleFile file;
  std::once_flag once;
  std::atomic<bool> read = false;  ///< for unread_languages()
};

namespace {

// Moves the entry of `lang` from `from` to the entry `into` holds for it.
template <typename Map>
void move_language(Map& from, Map& into, std::string_view lang) {
  const auto source = from.find(lang);
  const auto target = into.find(lang);
  if (source != from.end() && target != into.end()) target->second = std::move(source->second);
}

}  // namespace

std::vector<Error> RuleSet::load_builtin() {
  std::vector<Error> errors;
  for (const BuiltinRuleFile& f : builtin_rule_files()) {
    if (const std::optional<BuiltinLanguage> at = builtin_file_language(f.path)) {
      // The entry the file fills when it is read is made now: filling it
      // later then changes no map that other threads read.
      const std::string lang(at->lang);
      if (at->section == "lexicon") lexicon_.languages.try_emplace(lang);
      if (at->section == "dates") dates_.languages.try_emplace(lang);
      if (at->section == "bind") bind_.languages.try_emplace(lang);
      auto d = std::make_unique<DeferredFile>();
      d->at = *at;
      d->file = f;
      deferred_.push_back(std::move(d));
      continue;
    }
    if (auto e = load(f.path, f.text, false)) errors.push_back(std::move(*e));
  }
  return errors;
}

void RuleSet::read_deferred(DeferredFile& d) const {
  std::call_once(d.once, [&] {
    // The file alone, as load() would read it after the English files:
    // a built-in language file names only its own language (tested), and
    // a language's entry is built from the files that name it.
    d.read = true;
    RuleSet alone;
    // An error here is a bug in rules/ that a test rules out; the entry
    // then stays empty.
    if (alone.load(d.file.path, d.file.text, false)) return;
    const std::string_view lang = d.at.lang;
    if (d.at.section == "lexicon") move_language(alone.lexicon_.languages, lexicon_.languages, lang);
    if (d.at.section == "dates") move_language(alone.dates_.languages, dates_.languages, lang);
    if (d.at.section == "bind") move_language(alone.bind_.languages, bind_.languages, lang);
  });
}

void RuleSet::read_language(std::string_view lang) const {
  if (deferred_.empty()) return;
  // The lexicons look a language up as written, then by its primary
  // subtag ("es-MX": "es"); the date words fold case.
  const std::string_view primary = lang.substr(0, lang.find_first_of("-_"));
  for (const std::unique_ptr<DeferredFile>& d : deferred_) {
    if (utf8::ascii_iequal(d->at.lang, lang) || utf8::ascii_iequal(d->at.lang, primary)) read_deferred(*d);
  }
}

void RuleSet::read_all_languages() const {
  for (const std::unique_ptr<DeferredFile>& d : deferred_) read_deferred(*d);
}

std::vector<std::string_view> RuleSet::unread_languages() const {
  std::vector<std::string_view> out;
  for (const std::unique_ptr<DeferredFile>& d : deferred_) {
    if (!d->read.load() && std::find(out.begin(), out.end(), d->at.lang) == out.end()) out.push_back(d->at.lang);
  }
  return out;
}

const Lexicon& RuleSet::lexicon() const {
  read_all_languages();
  return lexicon_;
}

const DateLexicon& RuleSet::dates() const {
  read_all_languages();
  return dates_;
}

const BindLexicon& RuleSet::bind() const {
  read_all_languages();
  return bind_;
}

const LanguageLexicon* RuleSet::lexicon_for(std::string_view lang) const {
  read_language(lang);
  return lexicon_.find(lang);
}

const DateLexicon& RuleSet::dates_for(std::string_view lang) const {
  read_language(lang);
  return dates_;
}

const LanguageLexicon* RuleSet::point_lexicon_for(std::string_view lang) const {
  const LanguageLexicon* own = lexicon_for(lang);
  if (!own || own->decimal_mark != ",") return own;
  std::lock_guard<std::mutex> lock(point_variants_->mutex);
  std::unique_ptr<LanguageLexicon>& copy = point_variants_->of[own];
  if (!copy) {
    copy = std::make_unique<LanguageLexicon>(*own);
    copy->decimal_mark = ".";
    copy->alternate_decimal_mark.clear();
    copy->group_marks = {","};
    if (std::find(own->group_marks.begin(), own->group_marks.end(), " ") != own->group_marks.end()) {
      copy->group_marks.push_back(" ");
    }
  }
  return copy.get();
}

const LanguageLexicon* RuleSet::local_lexicon_for(const LanguageLexicon* base, const std::string& code) const {
  if (!base || code.empty()) return base;
  std::lock_guard<std::mutex> lock(point_variants_->mutex);
  std::unique_ptr<LanguageLexicon>& copy = point_variants_->local[{base, code}];
  if (!copy) {
    copy = std::make_unique<LanguageLexicon>(*base);
    const CurrencyEntry local{code, 1.0};
    for (const std::string& name : base->local_currency_names) copy->currency_names[phrase_key(name)] = local;
    for (const std::string& symbol : base->local_currency_symbols) copy->currency_symbols[phrase_key(symbol)] = local;
  }
  return copy.get();
}

const BindLanguage* RuleSet::bind_for(std::string_view lang) const {
  read_language(lang);
  return bind_.find(lang);
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
