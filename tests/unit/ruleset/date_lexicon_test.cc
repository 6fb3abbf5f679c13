// Tests for ruleset/date_lexicon: the [dates.LANG] tables, their errors
// with positions, and merging across files (issue 5).
#include "ruleset/date_lexicon.h"

#include <catch2/catch.hpp>

#include "ruleset/rule_set.h"

using namespace claimlint;

namespace {

Error load_error(std::string_view text) {
  RuleSet rules;
  std::optional<Error> e = rules.load("dates.toml", text);
  REQUIRE(e);
  return *e;
}

}  // namespace

TEST_CASE("the built-in date words load for English and Spanish", "[ruleset][dates]") {
  RuleSet rules;
  CHECK(rules.load_builtin().empty());
  const DateLanguage* en = rules.dates().language("en");
  REQUIRE(en);
  CHECK(en->months.at("december") == 12);
  CHECK(en->months.at("dec") == 12);
  CHECK(en->weekdays.at("tuesday") == 2);
  CHECK(en->weekday_names.size() == 7);
  CHECK(en->shift_before.at("last") == -1);
  CHECK(en->bounds.at("since") == DateBound::lower_bound);
  CHECK(en->months_capitalized == true);
  const DateLanguage* es = rules.dates().language("es-MX");
  REQUIRE(es);
  CHECK(es->months.at("diciembre") == 12);
  CHECK(es->shift_after.at("pasado") == -1);
  CHECK(es->units.at("a\xC3\xB1o") == DateUnit::year);
  CHECK(es->bounds.at("antes de") == DateBound::upper_bound);
  CHECK(rules.dates().language("fr") == nullptr);
}

TEST_CASE("date words are folded to lower case", "[ruleset][dates]") {
  CHECK(fold_date_word("Pr\xC3\x93ximo") == "pr\xC3\xB3ximo");
  CHECK(fold_date_word("  As   Of ") == "as of");
  CHECK(fold_date_word("\xC3\x97") == "\xC3\x97");
}

TEST_CASE("errors in [dates] name file, line and column", "[ruleset][dates]") {
  {
    const Error e = load_error("[dates.en]\nmonths = { january = 13 }\n");
    REQUIRE(e.where);
    CHECK(e.where->path == "dates.toml");
    CHECK(e.where->line == 2);
    CHECK(e.where->column == 22);
    CHECK(e.message == "'months.january' must be an integer from 1 to 12");
  }
  {
    const Error e = load_error("[dates.en]\nmonts = { january = 1 }\n");
    REQUIRE(e.where);
    CHECK(e.where->line == 2);
    CHECK(e.where->column == 1);
    CHECK(e.message == "unknown key 'monts' in a [dates.LANG] table; did you mean 'months'?");
  }
  {
    const Error e = load_error("[dates.en]\nbounds = { after = \"lower-bund\" }\n");
    CHECK(e.where->line == 2);
    CHECK(e.message ==
          "'bounds.after' must be one of 'exact', 'lower-bound', 'upper-bound', 'range'; did you mean 'lower-bound'?");
  }
  {
    const Error e = load_error("[dates.en]\nweekday_names = [\"Monday\"]\n");
    CHECK(e.message == "'weekday_names' must be an array of 7 strings, Monday first");
  }
  {
    const Error e = load_error("[dates.en]\npast_verbs = [\"launched\", 3]\n");
    CHECK(e.where->line == 2);
    CHECK(e.where->column == 27);
    CHECK(e.message == "each entry of 'past_verbs' must be a non-empty string");
  }
  {
    const Error e = load_error("[dates.en]\nevent_order = [[\"arrested\"]]\n");
    CHECK(e.where->line == 2);
    CHECK(e.message == "each sequence of 'event_order' must be an array of two stages or more");
  }
  {
    const Error e = load_error("[dates.en]\nevent_order = [[\"arrested\", \"charged||tried\"]]\n");
    CHECK(e.message == "an empty phrase in a stage of 'event_order'");
  }
  {
    const Error e = load_error("[dates.en]\nevent_order = \"arrested\"\n");
    CHECK(e.message == "'event_order' must be an array of arrays of stages");
  }
  {
    const Error e = load_error("[dates.en]\nstage_completions = [\"was completed\"]\n");
    CHECK(e.where->line == 2);
    CHECK(e.message == "'stage_completions' must be a non-empty string of phrases split by '|'");
  }
  {
    const Error e = load_error("[dates.en]\nstage_completions = \"was completed||finished\"\n");
    CHECK(e.message == "an empty phrase in 'stage_completions'");
  }
  {
    const Error e = load_error("[dates.en]\nevent_synonyms = [[\"fire\"]]\n");
    CHECK(e.where->line == 2);
    CHECK(e.message == "each group of 'event_synonyms' must be an array of two words or more");
  }
  {
    const Error e = load_error("[dates.en]\nevent_synonyms = [[\"fire\", \"bush fire\"]]\n");
    CHECK(e.message == "each entry of a group of 'event_synonyms' must be one word");
  }
  {
    const Error e = load_error("[dates.en]\nevent_synonyms = \"fire\"\n");
    CHECK(e.message == "'event_synonyms' must be an array of arrays of words");
  }
  {
    const Error e = load_error("[dates.en]\nback_references = [\"since\", 3]\n");
    CHECK(e.message == "each entry of 'back_references' must be a non-empty string");
  }
  {
    const Error e = load_error("dates = 3\n");
    CHECK(e.message == "'dates' must be a table of languages ([dates.en])");
  }
  {
    const Error e = load_error("[dates]\nen = 1\n");
    CHECK(e.message == "'dates.en' must be a table of date words ([dates.en])");
  }
  {
    const Error e = load_error("[date.en]\n");
    CHECK(e.message == "unknown key 'date' in a rule file; did you mean 'dates'?");
  }
}

TEST_CASE("a later file adds words and a broken file adds none", "[ruleset][dates]") {
  RuleSet rules;
  REQUIRE_FALSE(rules.load("a.toml", "[dates.en]\nmonths = { december = 12 }\npast_verbs = [\"launched\"]\n"));
  REQUIRE_FALSE(rules.load("b.toml", "[dates.en]\nmonths = { dez = 12 }\npast_verbs = [\"Shipped\"]\n"));
  REQUIRE(rules.load("c.toml", "[dates.en]\nmonths = { novembre = 11 }\nweekdays = { x = 9 }\n"));
  const DateLanguage* en = rules.dates().language("en");
  REQUIRE(en);
  CHECK(en->months.size() == 2);
  CHECK(en->months.at("dez") == 12);
  CHECK(en->past_verbs == DateWordSet{"launched", "shipped"});
}

TEST_CASE("event_order: stages of phrases, a sequence added once", "[ruleset][dates]") {
  RuleSet rules;
  const std::string text = "[dates.en]\nevent_order = [[\"Arrested\", \"found guilty|convicted\"]]\n";
  REQUIRE_FALSE(rules.load("a.toml", text));
  REQUIRE_FALSE(rules.load("b.toml", text));
  const DateLanguage* en = rules.dates().language("en");
  REQUIRE(en);
  REQUIRE(en->event_order.size() == 1);
  REQUIRE(en->event_order[0].size() == 2);
  CHECK(en->event_order[0][0] == std::vector<std::vector<std::string>>{{"arrested"}});
  CHECK(en->event_order[0][1] == std::vector<std::vector<std::string>>{{"found", "guilty"}, {"convicted"}});
}

TEST_CASE("stage_completions: phrases folded, a phrase added once",
          "[ruleset][dates]") {
  RuleSet rules;
  REQUIRE_FALSE(rules.load("a.toml", "[dates.en]\nstage_completions = \"Was Completed|finished\"\n"));
  REQUIRE_FALSE(rules.load("b.toml", "[dates.en]\nstage_completions = \"finished|wrapped up\"\n"));
  const DateLanguage* en = rules.dates().language("en");
  REQUIRE(en);
  CHECK(en->stage_completions ==
        std::vector<std::vector<std::string>>{{"was", "completed"}, {"finished"}, {"wrapped", "up"}});
}

TEST_CASE("event_synonyms: each word to the first of its group, a later file adding groups", "[ruleset][dates]") {
  RuleSet rules;
  REQUIRE_FALSE(rules.load("a.toml", "[dates.en]\nevent_synonyms = [[\"Fire\", \"blaze\"]]\n"));
  REQUIRE_FALSE(rules.load("b.toml", "[dates.en]\nevent_synonyms = [[\"sign\", \"ink\"]]\n"));
  const DateLanguage* en = rules.dates().language("en");
  REQUIRE(en);
  CHECK(en->event_synonyms.at("blaze") == "fire");
  CHECK(en->event_synonyms.at("fire") == "fire");
  CHECK(en->event_synonyms.at("ink") == "sign");
}

TEST_CASE("an edge screen passes every word it holds, in either case", "[ruleset][dates]") {
  DateEdgeScreen screen;
  CHECK_FALSE(screen.may_hold(""));
  for (std::string_view w : {"tue", "thu", "march", "q", "ago"}) screen.insert(w);
  for (std::string_view w : {"tue", "Tue", "TUE", "thu", "march", "March", "q", "Q", "ago"}) CHECK(screen.may_hold(w));
  CHECK_FALSE(screen.may_hold("the"));
  CHECK_FALSE(screen.may_hold("tues"));
  CHECK_FALSE(screen.may_hold("marc"));
  CHECK_FALSE(screen.may_hold("a"));
  CHECK_FALSE(screen.may_hold(""));
  screen.insert("");
  CHECK(screen.may_hold(""));
  screen.clear();
  CHECK_FALSE(screen.may_hold("tue"));
  CHECK_FALSE(screen.may_hold(""));
}

TEST_CASE("the screens of a language come from its own words", "[ruleset][dates]") {
  RuleSet rules;
  REQUIRE_FALSE(rules.load("a.toml",
                           "[dates.xx]\nmonths = { thorn = 3 }\nprepositions = [\"-\", \"\xC2\xB7 de\"]\n"
                           "units = { jahr = \"year\" }\nshift_before = { letzte = -1 }\n"));
  const DateLanguage* xx = rules.dates().language("xx");
  REQUIRE(xx);
  for (std::string_view w : {"thorn", "Thorn", "jahr", "letzte"}) {
    CHECK(xx->anchor_screen.may_hold(w));
    CHECK(xx->anchor_edges.may_hold(w));
  }
  CHECK_FALSE(xx->anchor_edges.may_hold("tuorn"));
  CHECK_FALSE(xx->anchor_edges.may_hold("thorp"));
  CHECK(xx->role_first_bytes[static_cast<unsigned char>('-')]);
  CHECK(xx->role_first_bytes[0xC2]);
  CHECK(xx->role_first_bytes[static_cast<unsigned char>('t')]);
  CHECK_FALSE(xx->role_first_bytes[static_cast<unsigned char>(',')]);
  CHECK_FALSE(xx->role_first_bytes[static_cast<unsigned char>('.')]);
}
