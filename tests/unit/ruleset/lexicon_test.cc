// Tests for ruleset/lexicon: [lexicon.LANG] tables, their errors with file,
// line and column, and merging of user lexicons.
#include "ruleset/lexicon.h"

#include <catch2/catch.hpp>

#include "extract/quantities.h"
#include "ruleset/rule_set.h"
#include "support/doc_case.h"
#include "support/run_binary.h"

using namespace claimlint;

namespace {

Error load_error(std::string_view text) {
  RuleSet rules;
  std::optional<Error> e = rules.load("pack.toml", text);
  REQUIRE(e);
  REQUIRE(e->where);
  CHECK(e->where->path == "pack.toml");
  return *e;
}

}  // namespace

TEST_CASE("the lexicon files of rules/ load", "[ruleset][extract]") {
  for (const char* name : {"rules/lexicon/en.toml", "rules/lexicon/es.toml"}) {
    RuleSet rules;
    const std::string path = testing::source_dir() + "/" + name;
    auto e = rules.load(path, testing::read_file(path));
    INFO(name << ": " << (e ? e->message : ""));
    CHECK_FALSE(e);
  }
}

TEST_CASE("a lexicon error names file, line and column", "[ruleset][extract]") {
  SECTION("unknown key, with the nearest one") {
    const Error e = load_error("[lexicon.en]\ndecimal_mark = \".\"\ngroup_markz = [\",\"]\n");
    CHECK(e.where->line == 3);
    CHECK(e.where->column == 1);
    CHECK(e.message == "unknown key 'group_markz' in a language lexicon; did you mean 'group_marks'?");
  }
  SECTION("wrong type of a word table value") {
    const Error e = load_error("[lexicon.en.scales]\nmillion = \"1e6\"\n");
    CHECK(e.where->line == 2);
    CHECK(e.where->column == 11);
    CHECK(e.message == "'million' in 'scales' must be a number");
  }
  SECTION("invalid RE2 pattern") {
    const Error e = load_error("[lexicon.en]\nexclude_patterns = [\n  'ok',\n  '(unclosed',\n]\n");
    CHECK(e.where->line == 4);
    CHECK(e.where->column == 3);
    CHECK(e.message.starts_with("invalid pattern '(unclosed': missing )"));
  }
  SECTION("exclude patterns over RE2's memory budget together") {
    // Each compiles alone; their alternation does not, and an RE2 that did
    // not compile would silently match nothing.
    const Error e = load_error("[lexicon.en]\nexclude_patterns = ['0\\pL{200}', '1\\pL{200}', '2\\pL{200}']\n");
    CHECK(e.where->line == 2);
    CHECK(e.where->column == 20);
    CHECK(e.message ==
          "the exclude_patterns of [lexicon.en] are too large to compile together (over RE2's memory budget): "
          "pattern too large - compile failed");
  }
  SECTION("unknown qualifier, with the nearest one") {
    const Error e = load_error("[[lexicon.en.qualifiers]]\nwords = [\"about\"]\nqualifier = \"aproximate\"\n");
    CHECK(e.where->line == 3);
    CHECK(e.where->column == 13);
    CHECK(e.message.ends_with("did you mean 'approximate'?"));
  }
  SECTION("currency code that is no ISO 4217 code") {
    const Error e = load_error("[[lexicon.en.currencies]]\ncode = \"US\"\nsymbols = [\"$\"]\n");
    CHECK(e.where->line == 2);
    CHECK(e.where->column == 8);
    CHECK(e.message == "'code' must be a three-letter ISO 4217 code");
  }
  SECTION("a glued symbol that is not letters") {
    const Error e = load_error("[[lexicon.en.currencies]]\ncode = \"ZAR\"\nglued = [\"R$\"]\n");
    CHECK(e.where->line == 3);
    CHECK(e.where->column == 9);
    CHECK(e.message == "'glued' symbols must be ASCII letters, written before the digits: \"R\", \"Sh\"");
  }
  SECTION("a language that is not a table") {
    const Error e = load_error("lexicon = { en = 3 }\n");
    CHECK(e.where->line == 1);
    CHECK(e.message == "'lexicon.en' must be a table of a language's words");
  }
}

TEST_CASE("a broken lexicon changes nothing, a user lexicon adds a unit without C++", "[ruleset][extract]") {
  RuleSet rules;
  const std::string path = testing::source_dir() + "/rules/lexicon/en.toml";
  REQUIRE_FALSE(rules.load(path, testing::read_file(path)));
  const std::size_t units = rules.lexicon().find("en")->units.size();
  CHECK(rules.load("bad.toml", "[[lexicon.en.units]]\nsymbol = \"furlong\"\nnames = [\"furlongs\"]\nbogus = 1\n"));
  CHECK(rules.lexicon().find("en")->units.size() == units);
  CHECK(extract_quantities("It ran 8 furlongs.", rules.lexicon(), "en").front().kind == QuantityKind::count);

  REQUIRE_FALSE(rules.load("pack.toml", "[[lexicon.en.units]]\nsymbol = \"furlong\"\nnames = [\"furlongs\"]\n"));
  const auto qs = extract_quantities("It ran 8 furlongs.", rules.lexicon(), "en");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].kind == QuantityKind::quantity);
  CHECK(qs[0].unit == "furlong");
}

TEST_CASE("Lexicon::find falls back to the base language, then English", "[ruleset][extract]") {
  Lexicon lex;
  lex.languages["en"];
  lex.languages["es"];
  CHECK(lex.find("es-MX") == &lex.languages["es"]);
  CHECK(lex.find("fr") == &lex.languages["en"]);
  CHECK(Lexicon{}.find("en") == nullptr);
  CHECK(phrase_key("Per Cent") == "percent");
  CHECK(phrase_key("US $", true) == "US$");
}

TEST_CASE("local currencies: places folded, a dateline's place found, errors named", "[ruleset][extract]") {
  CHECK(fold_place("CIUDAD DE M\xC3\x89XICO") == "ciudad de m\xC3\xA9xico");
  CHECK(fold_place("BOGOT\xC3\x81") == "bogot\xC3\xA1");
  const LanguageLexicon* es = testing::builtin().lexicon_for("es");
  REQUIRE(es);
  CHECK(local_currency("Titular\n\nBuenos Aires, 2 de junio de 2026\n", *es, 10) == "ARS");
  CHECK(local_currency("Titular\n\n*Medell\xC3\xADn (Colombia)* - texto\n", *es, 10) == "COP");
  CHECK(local_currency("Titular\n\nMonterrey - La empresa...\n", *es, 10) == "MXN");
  CHECK(local_currency("Titular\n\nSantiago de Compostela, 2 de junio de 2026\n", *es, 10).empty());
  CHECK(local_currency("Buenos Aires, 2 de junio\n", *es, 0).empty());
  CHECK(local_currency("Titular\n\nLa reforma de Buenos Aires, aprobada ayer.\n", *es, 10).empty());
  // The state or department after the town.
  CHECK(local_currency("Titular\n\nSanta Catalina de las Minas, Coahuila, 10 de marzo de 2026.- Texto\n", *es, 10) ==
        "MXN");
  CHECK(local_currency("Titular\n\nGarz\xC3\xB3n, Huila, 3 de mayo de 2026 (Colprensa).-\n", *es, 10) == "COP");
  // Not a place before the comma: a figure, or a sentence of prose.
  CHECK(local_currency("Titular\n\nEn 2025, Jalisco, recibi\xC3\xB3 m\xC3\xA1s.\n", *es, 10).empty());
  const Error e = load_error("[[lexicon.es.local_currencies]]\ncode = \"PESO\"\nplaces = [\"Lima\"]\n");
  CHECK(e.message == "'code' must be a three-letter ISO 4217 code");
  CHECK(load_error("[[lexicon.es.local_currencies]]\ncode = \"PEN\"\ncities = [\"Lima\"]\n")
            .message.starts_with("unknown key 'cities' in a local currency"));
}
