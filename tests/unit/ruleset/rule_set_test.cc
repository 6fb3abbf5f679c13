// Tests for ruleset/rule_set: loading, validation errors with positions.
#include "ruleset/rule_set.h"

#include <catch2/catch.hpp>
#include <re2/set.h>

#include <algorithm>
#include <random>
#include <set>
#include <thread>

#include "extract/quantities.h"
#include "ruleset/builtin_rules.h"
#include "support/run_binary.h"

using namespace claimlint;

namespace {

Error load_error(std::string_view text) {
  RuleSet rules;
  std::optional<Error> e = rules.load("pack.toml", text);
  REQUIRE(e);
  return *e;
}

std::size_t pattern_count(const RuleSet& rules) {
  std::size_t n = 0;
  for (const BoilerplateRule& r : rules.boilerplate()) n += r.patterns.size();
  return n;
}

}  // namespace

TEST_CASE("the built-in rules load and match the seeds' residue", "[ruleset]") {
  RuleSet rules;
  CHECK(rules.load_builtin().empty());
  CHECK(rules.match_boilerplate("Leave a Comment") != nullptr);
  CHECK(rules.match_boilerplate("Forgot password?") != nullptr);
  CHECK(rules.match_boilerplate("Related Articles") != nullptr);
  CHECK(rules.match_boilerplate("Select Language:") != nullptr);
  CHECK(rules.match_boilerplate("Image | Jane Doe, Reuters")->name == "image-credit");
  CHECK(rules.match_boilerplate("Nvidia can sell 400,000 chips to China.") == nullptr);
  CHECK(rules.match_boilerplate("Share prices fell 5% on Monday.") == nullptr);
}

TEST_CASE("the built-in boilerplate rules match as one set of their patterns as written does", "[ruleset]") {
  // The set compiled on demand holds bounded repeats `X{m,n}` as `X{m,}`
  // and puts paragraphs of more than n code points to the pattern with
  // those repeats written; the first pattern that matches as written must
  // still name the rule.
  RuleSet rules;
  REQUIRE(rules.load_builtin().empty());
  RE2::Options options;
  options.set_log_errors(false);
  RE2::Set written(options, RE2::ANCHOR_BOTH);
  std::vector<const BoilerplateRule*> owner;
  for (const BoilerplateRule& r : rules.boilerplate()) {
    for (const std::string& p : r.patterns) {
      REQUIRE(written.Add(p, nullptr) >= 0);
      owner.push_back(&r);
    }
  }
  REQUIRE(written.Compile());
  const auto expected = [&](const std::string& paragraph) -> const BoilerplateRule* {
    std::vector<int> hits;
    if (!written.Match(paragraph, &hits) || hits.empty()) return nullptr;
    return owner[static_cast<std::size_t>(*std::min_element(hits.begin(), hits.end()))];
  };
  static constexpr std::string_view k_heads[] = {
      "",        "In Business | ", "in a.b-c | ",   "More in World | ", "Read in x | ", "Photo: ",
      "Photos | ", "Image credit: ", "photo by ", "Cover image | ", "Enter your email ", "Follow us on ",
      "Don't have an account?", "Share", "x | ", "Enter your email ", "Enter your username a password",
      "Your password reset link is invalid", "Follow us on x", "In ", "Photo by ",
  };
  // Code points of one to four bytes, a newline, a stray continuation
  // byte and a lone lead byte.
  static constexpr std::string_view k_pieces[] = {"a",  " ",    "|",   ".", "é", "€", "\xF0\x9D\x84\x9E",
                                                  "\n", "\x80", "\xC3"};
  static constexpr std::size_t k_lengths[] = {0,  1,  2,  5,  10, 19, 20,  21,  25,  29,  30,  31,  39,  40,
                                              41, 45, 55, 79, 80, 81, 150, 198, 199, 200, 201, 202, 260};
  std::mt19937 rng(20240611);
  static constexpr std::string_view k_tails[] = {"", "", "", " password", " link.", " | x", ".", "?"};
  for (int i = 0; i < 6000; ++i) {
    std::string paragraph(k_heads[rng() % std::size(k_heads)]);
    const std::size_t length = k_lengths[rng() % std::size(k_lengths)];
    // One code point repeated, so that long tails still match, with no
    // other piece, one at a random place, or one in eight.
    const std::size_t common = rng() % 7;
    const std::size_t odd_one = length == 0 ? 0 : rng() % length;
    const unsigned noise = rng() % 3;
    for (std::size_t n = 0; n < length; ++n) {
      const bool other = (noise == 1 && n == odd_one) || (noise == 2 && rng() % 8 == 0);
      paragraph += k_pieces[other ? rng() % std::size(k_pieces) : common];
    }
    paragraph += k_tails[rng() % std::size(k_tails)];
    INFO(paragraph);
    CHECK(rules.match_boilerplate(paragraph) == expected(paragraph));
  }
  const std::string credit = "Photo: ";
  std::string tail;
  for (int n = 0; n < 200; ++n) tail += "é";
  CHECK(rules.match_boilerplate(credit + tail)->name == "image-credit");
  CHECK(rules.match_boilerplate(credit + tail + "é") == nullptr);
  CHECK(rules.match_boilerplate(credit + tail.substr(2) + "\n") == nullptr);
}

TEST_CASE("bounded repeats are found where RE2 reads a repeat", "[ruleset]") {
  struct Case {
    std::string_view pattern;
    std::vector<BoundedRepeat> repeats;
  };
  const Case cases[] = {
      {"a{1,3}", {{1, 6, 1, 3}}},
      {"(?i)x[^.]{0,80}y.{1,200}", {{9, 15, 0, 80}, {17, 24, 1, 200}}},
      {"a{1,3}?b{2,2}", {{1, 6, 1, 3}, {8, 13, 2, 2}}},
      {"(ab){1000,1000}", {{4, 15, 1000, 1000}}},
      {"[[:alpha:]]{1,3}", {{11, 16, 1, 3}}},
      {"\\pN{1,3}", {{3, 8, 1, 3}}},
      {"\\p{Greek}{1,3}", {{9, 14, 1, 3}}},
      {"\\x{41}{1,3}", {{6, 11, 1, 3}}},
      {"\\\\C{1,3}", {{3, 8, 1, 3}}},
      {"[\\]]{1,3}", {{4, 9, 1, 3}}},
      // Braces of a class, an escape, or not a whole {m,n}: literals.
      {"[{1,3}]", {}},
      {"[]{1,3}]", {}},
      {"[^]{1,3}]", {}},
      {"[[:alpha:]{1,3}]", {}},
      {"[[:{1,3}]", {}},
      {"\\{1,3}", {}},
      {"a{01,3}", {}},
      {"a{1,03}", {}},
      {"a{1,}b{3}c{,3}d{1,3", {}},
      {"a{12345,1}", {}},
  };
  for (const Case& c : cases) {
    INFO(c.pattern);
    const auto repeats = bounded_repeats(c.pattern);
    REQUIRE(repeats);
    REQUIRE(repeats->size() == c.repeats.size());
    for (std::size_t i = 0; i < c.repeats.size(); ++i) {
      CHECK((*repeats)[i].begin == c.repeats[i].begin);
      CHECK((*repeats)[i].end == c.repeats[i].end);
      CHECK((*repeats)[i].min == c.repeats[i].min);
      CHECK((*repeats)[i].max == c.repeats[i].max);
    }
  }
  // Literal text and single bytes are not looked into.
  CHECK(!bounded_repeats("\\Qa{1,3}\\E"));
  CHECK(!bounded_repeats("\\C{1,3}"));
  const auto two = bounded_repeats("x{2,5}y{0,80}z");
  REQUIRE(two);
  CHECK(relax_repeats("x{2,5}y{0,80}z", *two) == "x{2,}y{0,}z");
  CHECK(relax_repeats("x{2,5}y{0,80}z", *two, 6) == "x{2,5}y{0,}z");
  CHECK(relax_repeats("x{2,5}y{0,80}z", *two, 81) == "x{2,5}y{0,80}z");
}

TEST_CASE("a pattern with its bounded repeats relaxed matches all that it matches", "[ruleset]") {
  // Random patterns of pieces that RE2 reads in several ways; a brace
  // taken for a repeat that RE2 reads as a literal would lose the texts
  // that hold the literal, which are made of the same pieces.
  static constexpr std::string_view k_pieces[] = {
      "a", "b", "{1,2}", "{0,3}", "{2}", "{1,}", "[", "]", "^", "\\", "{", "}", ",", "1", "0", "[:alpha:]",
      "(", ")", "|", "?", ".", "-", "é", "\\p", "N", "x", "{4", "1}",
  };
  RE2::Options options;
  options.set_log_errors(false);
  std::mt19937 rng(20261203);
  int checked = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string pattern;
    for (std::size_t n = 1 + rng() % 7; n > 0; --n) pattern += k_pieces[rng() % std::size(k_pieces)];
    RE2::Set written(options, RE2::ANCHOR_BOTH);
    if (written.Add(pattern, nullptr) < 0 || !written.Compile()) continue;
    const auto repeats = bounded_repeats(pattern);
    if (!repeats || repeats->empty()) continue;
    INFO(pattern);
    RE2::Set relaxed(options, RE2::ANCHOR_BOTH);
    REQUIRE(relaxed.Add(relax_repeats(pattern, *repeats), nullptr) == 0);
    REQUIRE(relaxed.Compile());
    ++checked;
    for (int t = 0; t < 200; ++t) {
      std::string text;
      for (std::size_t n = rng() % 6; n > 0; --n) {
        const std::string_view piece = k_pieces[rng() % std::size(k_pieces)];
        text += piece == "\\" ? "" : piece;
      }
      for (std::size_t n = rng() % 4; n > 0; --n) text += "ab"[rng() % 2];
      INFO(text);
      if (written.Match(text, nullptr)) CHECK(relaxed.Match(text, nullptr));
    }
  }
  CHECK(checked > 500);
}

TEST_CASE("a TOML syntax error names line and column", "[ruleset]") {
  const Error e = load_error("[[boilerplate]]\nname = \"x\"\npatterns = [\"a\"\n");
  REQUIRE(e.where);
  CHECK(e.where->path == "pack.toml");
  CHECK(e.where->line == 3);
  CHECK(e.message == "Error while parsing array: encountered end-of-file");
}

TEST_CASE("an unknown key gets a suggestion at its position", "[ruleset]") {
  const Error e = load_error("[[boilerplate]]\nname = \"x\"\npaterns = [\"a\"]\n");
  REQUIRE(e.where);
  CHECK(e.where->line == 3);
  CHECK(e.where->column == 1);
  CHECK(e.message == "unknown key 'paterns' in a boilerplate entry; did you mean 'patterns'?");
}

TEST_CASE("a pattern RE2 rejects is an error at the pattern", "[ruleset]") {
  const Error e = load_error("[[boilerplate]]\nname = \"x\"\npatterns = [\"ok\", \"(unclosed\"]\n");
  REQUIRE(e.where);
  CHECK(e.where->line == 3);
  CHECK(e.where->column == 19);
  CHECK(e.message == "invalid pattern '(unclosed': missing ): (unclosed");
}

TEST_CASE("a pattern over RE2's memory budget is an error at the pattern, and its file loads nothing", "[ruleset]") {
  RuleSet rules;
  const std::optional<Error> e =
      rules.load("pack.toml", "[[boilerplate]]\nname = \"x\"\npatterns = [\"ok\", '\\pL{300}']\n");
  REQUIRE(e);
  REQUIRE(e->where);
  CHECK(e->where->line == 3);
  CHECK(e->where->column == 19);
  CHECK(e->message == "pattern '\\pL{300}' is too large to compile (over RE2's memory budget)");
  CHECK(rules.match_boilerplate("ok") == nullptr);
}

TEST_CASE("patterns too large together are an error, and the rules loaded before still match", "[ruleset]") {
  // '0\pL{100}' and '1\pL{100}' each compile alone, not in one set. A
  // set whose compilation failed used to be matched, and crashed.
  RuleSet rules;
  REQUIRE(rules.load_builtin().empty());
  const std::optional<Error> e = rules.load(
      "pack.toml", "[[boilerplate]]\nname = \"letters\"\npatterns = ['0\\pL{100}', '1\\pL{100}']\n");
  REQUIRE(e);
  REQUIRE(e->where);
  CHECK(e->where->line == 3);
  CHECK(e->where->column == 13);
  CHECK(e->message ==
        "the boilerplate patterns are too large to compile together (over RE2's memory budget): "
        "this file's 2 would join " +
            std::to_string(pattern_count(rules)) + " loaded before");
  CHECK(rules.match_boilerplate("Leave a Comment")->name == "comment-widget");
  CHECK(rules.match_boilerplate("0" + std::string(100, 'x')) == nullptr);
  CHECK(rules.boilerplate().back().name != "letters");
}

TEST_CASE("a rule file's boilerplate joins the set of those before it", "[ruleset]") {
  RuleSet rules;
  CHECK(rules.match_boilerplate("Leave a Comment") == nullptr);
  REQUIRE(!rules.load("a.toml", "[[boilerplate]]\nname = \"a\"\npatterns = ['(?i)read more']\n"));
  REQUIRE(!rules.load("b.toml", "[[boilerplate]]\nname = \"b\"\npatterns = ['(?i)more', '(?i)read more']\n"));
  CHECK(rules.match_boilerplate("Read more")->name == "a");
  CHECK(rules.match_boilerplate("More")->name == "b");
  CHECK(rules.match_boilerplate("Read more now") == nullptr);
}

TEST_CASE("wrong shapes are errors", "[ruleset]") {
  CHECK(load_error("boilerplate = 3\n").message == "'boilerplate' must be an array of tables ([[boilerplate]])");
  CHECK(load_error("[[boilerplate]]\nname = 1\npatterns=[\"a\"]\n").message == "'name' must be a string");
  CHECK(load_error("[[boilerplate]]\nname = \"x\"\n").message == "boilerplate entry 'x' has no patterns");
}

TEST_CASE("a broken file loads nothing, user rules add to the built-in ones", "[ruleset]") {
  claimlint::testing::TempDir dir;
  dir.write("good.toml", "[[boilerplate]]\nname = \"paywall\"\npatterns = ['(?i)subscribe to keep reading\\.?']\n");
  dir.write("bad.toml", "[[boilerplate]]\nname = \"half\"\npatterns = ['(?i)half']\nbogus = 1\n");
  RuleSet rules;
  const std::vector<Error> errors = rules.load_directory(dir.path());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where->path == dir.path() + "/bad.toml");
  CHECK(rules.match_boilerplate("Subscribe to keep reading.") != nullptr);
  CHECK(rules.match_boilerplate("half") == nullptr);
}

TEST_CASE("builtin_file_language names the built-in files read on first use", "[ruleset]") {
  const auto at = [](std::string_view path) {
    const std::optional<BuiltinLanguage> l = builtin_file_language(path);
    return l ? std::string(l->section) + "." + std::string(l->lang) : std::string("-");
  };
  CHECK(at("rules/lexicon/es.toml") == "lexicon.es");
  CHECK(at("rules/dates/es.toml") == "dates.es");
  CHECK(at("rules/bind/fr.toml") == "bind.fr");
  // English is every language's fallback; other files hold no one language.
  CHECK(at("rules/lexicon/en.toml") == "-");
  CHECK(at("rules/boilerplate.toml") == "-");
  CHECK(at("rules/other/es.toml") == "-");
  CHECK(at("rules/lexicon/es-MX.toml") == "-");
  CHECK(at("rules/lexicon/more/es.toml") == "-");
  CHECK(at("rules/lexicon/es.json") == "-");
  CHECK(at("lexicon/es.toml") == "-");
}

TEST_CASE("a built-in file read on first use holds its own language and no other file names it", "[ruleset]") {
  std::set<std::pair<std::string, std::string>> deferred;
  for (const BuiltinRuleFile& f : builtin_rule_files()) {
    if (auto l = builtin_file_language(f.path)) deferred.emplace(l->section, l->lang);
  }
  // The shipped rules have one: Spanish.
  CHECK(deferred.count({"lexicon", "es"}) == 1);
  CHECK(deferred.count({"dates", "es"}) == 1);
  for (const BuiltinRuleFile& f : builtin_rule_files()) {
    INFO(f.path);
    RuleSet alone;
    REQUIRE_FALSE(alone.load(f.path, f.text));
    std::set<std::pair<std::string, std::string>> named;
    for (const auto& [lang, words] : alone.lexicon().languages) named.emplace("lexicon", lang);
    for (const auto& [lang, words] : alone.dates().languages) named.emplace("dates", lang);
    for (const auto& [lang, words] : alone.bind().languages) named.emplace("bind", lang);
    if (const auto l = builtin_file_language(f.path)) {
      CHECK(named == std::set<std::pair<std::string, std::string>>{{std::string(l->section), std::string(l->lang)}});
      CHECK(alone.boilerplate().empty());
    } else {
      for (const auto& d : deferred) CHECK(named.count(d) == 0);
    }
  }
}

TEST_CASE("a built-in language is read on the first ask for it, and then as if read at once", "[ruleset]") {
  RuleSet lazy;
  REQUIRE(lazy.load_builtin().empty());
  CHECK(lazy.unread_languages() == std::vector<std::string_view>{"es"});
  // English documents (and languages without files) leave Spanish unread.
  REQUIRE(lazy.lexicon_for("en"));
  CHECK(lazy.dates_for("en-GB").language("en"));
  CHECK(lazy.bind_for("fr") == lazy.bind_for("en"));
  CHECK(lazy.lexicon_for("fr") == lazy.lexicon_for("en"));
  CHECK(lazy.unread_languages() == std::vector<std::string_view>{"es"});

  // A tag with a region reads its primary language.
  const LanguageLexicon* es = lazy.lexicon_for("es-MX");
  CHECK(lazy.unread_languages().empty());
  REQUIRE(es);
  CHECK(es == lazy.lexicon_for("es"));
  CHECK(es != lazy.lexicon_for("en"));
  const DateLanguage* es_dates = lazy.dates_for("es").language("es");
  REQUIRE(es_dates);
  CHECK(es_dates->months.at("diciembre") == 12);
  // The date words fold the case of a tag: so does the reading.
  RuleSet upper;
  REQUIRE(upper.load_builtin().empty());
  const DateLanguage* upper_dates = upper.dates_for("ES").language("ES");
  REQUIRE(upper_dates);
  CHECK(upper_dates->months.at("diciembre") == 12);

  // The same words as a rule set whose whole lexicon was asked for.
  RuleSet whole;
  REQUIRE(whole.load_builtin().empty());
  const Lexicon& all = whole.lexicon();
  CHECK(whole.unread_languages().empty());
  for (const std::string_view sentence : {"La inflación subió un 3,5% en diciembre.", "Costó 1.200 millones de euros.",
                                          "Unos dos mil manifestantes marcharon el martes."}) {
    INFO(sentence);
    const std::vector<Quantity> a = extract_quantities(sentence, *es);
    const std::vector<Quantity> b = extract_quantities(sentence, *all.find("es"));
    REQUIRE(a.size() == b.size());
    CHECK_FALSE(a.empty());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].value == b[i].value);
      CHECK(a[i].unit == b[i].unit);
      CHECK(a[i].range.begin == b[i].range.begin);
      CHECK(a[i].range.end == b[i].range.end);
    }
  }
}

TEST_CASE("a rule file loaded after the built-in rules merges over the built-in Spanish", "[ruleset]") {
  RuleSet rules;
  REQUIRE(rules.load_builtin().empty());
  REQUIRE_FALSE(rules.load("pack.toml", "[[lexicon.es.units]]\nsymbol = \"league\"\nnames = [\"leguas\"]\n"));
  CHECK(rules.unread_languages().empty());
  const LanguageLexicon* es = rules.lexicon_for("es");
  REQUIRE(es);
  // The built-in Spanish percent sign and the user's unit are both there.
  const std::vector<Quantity> q = extract_quantities("Subió un 40% y recorrió 8 leguas.", *es);
  REQUIRE(q.size() == 2);
  CHECK(q[0].kind == QuantityKind::percent);
  CHECK(q[1].unit == "league");
}

TEST_CASE("threads asking for a built-in language at once all get it, read once", "[ruleset]") {
  RuleSet rules;
  REQUIRE(rules.load_builtin().empty());
  std::vector<const LanguageLexicon*> lex(4);
  std::vector<const DateLanguage*> dates(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < lex.size(); ++t) {
    threads.emplace_back([&, t] {
      // Half start with English, which must not wait on or disturb Spanish.
      if (t % 2 == 0) REQUIRE(rules.lexicon_for("en"));
      lex[t] = rules.lexicon_for("es");
      dates[t] = rules.dates_for("es").language("es");
    });
  }
  for (std::thread& t : threads) t.join();
  for (std::size_t t = 0; t < lex.size(); ++t) {
    CHECK(lex[t] == lex[0]);
    CHECK(dates[t] == dates[0]);
  }
  REQUIRE(lex[0]);
  CHECK(lex[0] != rules.lexicon_for("en"));
  CHECK(rules.unread_languages().empty());
}

TEST_CASE("sentence_order loads as event_order does and names itself in its errors", "[ruleset]") {
  RuleSet rules;
  const auto e = rules.load("rules/dates/x.toml", "[dates.en]\nsentence_order = [[\"was founded\"]]\n");
  REQUIRE(e);
  CHECK(e->message.find("each sequence of 'sentence_order' must be an array of two stages or more") !=
        std::string::npos);
  RuleSet ok;
  REQUIRE_FALSE(ok.load("rules/dates/x.toml",
                        "[dates.en]\nsentence_order = [[\"was founded\", \"bought the\"]]\nevent_order = [[\"a b\", "
                        "\"c d\"]]\n"));
  const DateLanguage& en = ok.dates().languages.at("en");
  REQUIRE(en.event_order.size() == 2);
  CHECK(en.one_sentence == std::vector<bool>{false, true});
}
