// RuleSet: everything claimlint knows that is not code, loaded from TOML
// rule files (built-in, --rules DIR, claimlint.toml) and validated.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "ruleset/bind_lexicon.h"
#include "ruleset/date_lexicon.h"
#include "ruleset/lexicon.h"
#include "util/expected.h"

namespace claimlint {

/// A family of boilerplate patterns ("login-form", "share-widget").
struct BoilerplateRule {
  std::string name;
  std::string description;
  std::vector<std::string> patterns;  ///< RE2 syntax, matched against a whole paragraph
};

/// A bounded repeat `X{m,n}` of an RE2 pattern: the bytes [begin, end) of
/// its `{m,n}`, and m and n.
struct BoundedRepeat {
  std::size_t begin = 0;
  std::size_t end = 0;
  int min = 0;
  int max = 0;
};

/// The bounded repeats `{m,n}` of `pattern`, a pattern RE2 parses, in order
/// of position: the braces RE2 reads as a repeat, not those of a class, an
/// escape or a literal `{`. nullopt for a pattern with `\Q` (literal text)
/// or `\C` (one byte, not a code point), which are not looked into, or with
/// a repeat whose m is over its n.
std::optional<std::vector<BoundedRepeat>> bounded_repeats(std::string_view pattern);

/// `pattern` with each of `repeats` (those of bounded_repeats()) whose n is
/// at least `from` written `{m,}`: a pattern that matches every text the
/// pattern matches, and more.
std::string relax_repeats(std::string_view pattern, std::span<const BoundedRepeat> repeats, int from = 0);

/// Where a built-in rule file that is read on first use puts its words:
/// rules/SECTION/LANG.toml holds [SECTION.LANG] and nothing else.
struct BuiltinLanguage {
  std::string_view section;  ///< "lexicon", "dates" or "bind"
  std::string_view lang;     ///< "es"
};

/// The section and language of built-in rule file `path` if it is read only
/// when a document in its language asks (rules/SECTION/LANG.toml, SECTION
/// one of lexicon, dates, bind, LANG lowercase letters other than "en");
/// nullopt for the others.
std::optional<BuiltinLanguage> builtin_file_language(std::string_view path);

/// All loaded rules. Compiled patterns are shared read-only across threads.
class RuleSet {
 public:
  RuleSet();
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;

  /// Loads one TOML rule file from `text`; `path` is used in errors. On
  /// error nothing of the file is kept. Its boilerplate patterns are
  /// compiled with those loaded before into one RE2::Set; a pattern RE2
  /// cannot parse, or patterns over RE2's memory budget, are errors.
  std::optional<Error> load(std::string_view path, std::string_view text);
  /// Loads every *.toml file under `dir` (recursive, sorted). Each broken
  /// file gives one error; the others still load.
  std::vector<Error> load_directory(const std::string& dir);
  /// Loads the built-in rules; an error here is a bug in rules/. Their
  /// boilerplate patterns are parsed and compiled into a set on the first
  /// match_boilerplate() (they are tested to), so that a run that checks
  /// no paragraph does not pay for it. The built-in files of one language
  /// other than English (rules/lexicon/es.toml, rules/dates/es.toml) are
  /// read on the first ask for that language (lexicon_for, dates_for,
  /// bind_for) or for a whole lexicon: most runs lint one language, and
  /// reading the others cost a short run a fifth of its time. Loading any
  /// other file reads them first, so later files still merge over them.
  std::vector<Error> load_builtin();

  const std::vector<BoilerplateRule>& boilerplate() const { return boilerplate_; }
  /// The boilerplate rule whose pattern matches the whole of `paragraph`,
  /// or nullptr. Safe to call from several threads at once.
  const BoilerplateRule* match_boilerplate(std::string_view paragraph) const;

  /// The words of the extract stage, per language ([lexicon.LANG]); every
  /// built-in language is read first.
  const Lexicon& lexicon() const;
  /// The date words, per language ([dates.LANG], issue 5); every built-in
  /// language is read first.
  const DateLexicon& dates() const;
  /// The words of the bind stage, per language ([bind.LANG], issue 6);
  /// every built-in language is read first.
  const BindLexicon& bind() const;

  /// The languages of deferred built-in files (see load_builtin) not read
  /// yet, each once, in file order.
  std::vector<std::string_view> unread_languages() const;

  /// lexicon().find(lang), reading only the built-in files `lang` may use.
  /// This and the two below are safe to call from several threads at once.
  const LanguageLexicon* lexicon_for(std::string_view lang) const;
  /// The date words with those `lang` may use read: dates() for a document
  /// in `lang` (its DateLexicon::language(lang) is complete).
  const DateLexicon& dates_for(std::string_view lang) const;
  /// bind().find(lang), reading only the built-in files `lang` may use.
  const BindLanguage* bind_for(std::string_view lang) const;
  /// lexicon_for(lang) for a document that writes a decimal point and
  /// groups with commas ("186,400 toneladas", "38.5 millones": Mexico, the
  /// US) where the language's own mark is a comma: a copy with the marks
  /// swapped, made on the first ask. lexicon_for(lang) itself when its mark
  /// is a point already. Safe to call from several threads at once.
  const LanguageLexicon* point_lexicon_for(std::string_view lang) const;
  /// `base` (a lexicon of this rule set or a variant of one) for a story
  /// filed from a place whose currency is `code` (local_currency()): a copy
  /// where its local_currency_names and local_currency_symbols ("pesos",
  /// "$") are that currency, made on the first ask. `base` itself when
  /// `code` is empty. Safe to call from several threads at once.
  const LanguageLexicon* local_lexicon_for(const LanguageLexicon* base, const std::string& code) const;

 private:
  struct BoilerplateSet;  // an RE2::Set compiled once, at load or on first use
  struct PointVariants;   // point_lexicon_for's copies, under a mutex
  struct DeferredFile;    // a built-in file of one language, read on first use
  // load(); the boilerplate set is compiled now if `compile_now` (so that a
  // failure is this file's error), else on the first match.
  std::optional<Error> load(std::string_view path, std::string_view text, bool compile_now);
  // Reads the deferred built-in files that a document in `lang` may use.
  void read_language(std::string_view lang) const;
  // Reads every deferred built-in file.
  void read_all_languages() const;
  // Reads deferred file `d` (once, from any thread) into the entry made
  // for its language.
  void read_deferred(DeferredFile& d) const;

  // Mutable: a deferred file fills its language's entry, made at
  // load_builtin(), on first use. Only that entry changes, once, under
  // DeferredFile::once, and no reader of the language looks at it before.
  mutable Lexicon lexicon_;
  mutable DateLexicon dates_;
  mutable BindLexicon bind_;
  std::vector<std::unique_ptr<DeferredFile>> deferred_;
  std::vector<BoilerplateRule> boilerplate_;
  std::vector<std::size_t> pattern_owner_;  // pattern index in the set → rule index
  std::unique_ptr<BoilerplateSet> boilerplate_set_;  // null while no pattern is loaded
  std::unique_ptr<PointVariants> point_variants_;
};

}  // namespace claimlint
