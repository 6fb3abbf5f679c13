// Tests for the date extractor: every form of issue 5 in English and
// Spanish, resolution against publication dates, and near misses.
#include "extract/date_extractor.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "check/date_checks.h"
#include "extract/date_calendar.h"
#include "ruleset/rule_set.h"
#include "segment/segmenter.h"

using namespace claimlint;

namespace {

const RuleSet& builtin() {
  static const RuleSet rules = [] {
    RuleSet r;
    for (const Error& e : r.load_builtin()) {
      FAIL(e.message << " at " << (e.where ? e.where->path + ":" + std::to_string(e.where->line) : ""));
    }
    return r;
  }();
  return rules;
}

// "text=value" per mention, "; " between; "?" for an unresolved value and
// the qualifier in brackets when it is not exact.
std::string describe(std::string_view sentence, std::string_view publication, std::string_view lang = "en") {
  std::optional<CivilDate> pub;
  if (!publication.empty()) pub = parse_iso_date(publication);
  std::string out;
  for (const DateMention& m : extract_dates(sentence, builtin().dates(), lang, pub)) {
    if (!out.empty()) out += "; ";
    out += m.text + "=" + (m.value.empty() ? "?" : m.value);
    if (m.bound != DateBound::exact) out += " [" + std::string(to_string(m.bound)) + "]";
  }
  return out;
}

struct Case {
  const char* sentence;
  const char* publication;
  const char* expected;
};

void run_cases(std::initializer_list<Case> cases, std::string_view lang) {
  for (const Case& c : cases) {
    INFO(c.sentence << " (published " << c.publication << ")");
    CHECK(describe(c.sentence, c.publication, lang) == c.expected);
  }
}

}  // namespace

TEST_CASE("calendar arithmetic agrees with a day-by-day walk", "[extract][dates]") {
  long days = days_from_civil({1800, 1, 1});
  CivilDate d{1800, 1, 1};
  int weekday = 3;  // 1800-01-01 was a Wednesday
  for (int i = 0; i < 400 * 366; ++i) {
    REQUIRE(days_from_civil(d) == days);
    REQUIRE(civil_from_days(days) == d);
    REQUIRE(weekday_of(days) == weekday);
    ++days;
    weekday = weekday % 7 + 1;
    if (++d.day > days_in_month(d.year, d.month)) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
    }
  }
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(format_iso_week(days_from_civil({2026, 1, 1})) == "2026-W01");
  CHECK(format_iso_week(days_from_civil({2025, 12, 29})) == "2026-W01");
  CHECK(format_iso_week(days_from_civil({2021, 1, 3})) == "2020-W53");
  CHECK(parse_iso_date("2025-02-29") == std::nullopt);
  CHECK(parse_iso_date("2024-02-29T10:00:00Z") == CivilDate{2024, 2, 29});
  CHECK(parse_iso_date("2024-2-29") == std::nullopt);
}

TEST_CASE("absolute dates", "[extract][dates]") {
  run_cases({
      {"The order was signed on December 8, 2025.", "", "December 8, 2025=2025-12-08"},
      {"It was announced on Dec. 8, 2025 in Washington.", "", "Dec. 8, 2025=2025-12-08"},
      {"Shipments began on Dec 8, 2025.", "", "Dec 8, 2025=2025-12-08"},
      {"The deal closed on 8 December 2025.", "", "8 December 2025=2025-12-08"},
      {"The deal closed on December 8th, 2025.", "", "December 8th, 2025=2025-12-08"},
      {"The filing is dated 2025-12-08.", "", "2025-12-08=2025-12-08"},
      {"The hearing opened on Tuesday, 14 March 2025.", "", "Tuesday, 14 March 2025=2025-03-14"},
      {"It launched in November 2023.", "", "November 2023=2023-11"},
      {"It launched in December of 2025.", "", "December of 2025=2025-12"},
      {"In 2023, Nvidia introduced the H20.", "", "2023=2023"},
      {"2023's figures were revised.", "", "2023=2023"},
      {"The rule has applied since 2023.", "", "since 2023=2023 [lower-bound]"},
      {"The plant will open by 2027.", "", "by 2027=2027 [upper-bound]"},
      {"Sales rose in early 2024.", "", "early 2024=2024"},
      {"Sales rose in mid-2024.", "", "mid-2024=2024"},
      {"February 29, 2024 was a Thursday.", "", "February 29, 2024=2024-02-29"},
      {"Ridership held up throughout 2025.", "", "2025=2025"},
      {"It recorded 812,000 trips in all of 2025.", "", "2025=2025"},
  }, "en");
}

TEST_CASE("the days of a year or month run from its first to its last day", "[extract][dates]") {
  const DateLanguage& words = *builtin().dates().language("en");
  for (const int year : {1800, 1900, 2000, 2023, 2024, 2100, 2200}) {
    const std::vector<DateMention> years = extract_dates("It launched in " + std::to_string(year) + ".", words, {});
    REQUIRE(years.size() == 1);
    REQUIRE(years[0].interval);
    CHECK(years[0].interval->first == days_from_civil({year, 1, 1}));
    CHECK(years[0].interval->last == days_from_civil({year, 12, 31}));
    for (const char* month : {"January", "February", "April", "December"}) {
      const std::string sentence = std::string("It launched in ") + month + " " + std::to_string(year) + ".";
      const std::vector<DateMention> months = extract_dates(sentence, words, {});
      REQUIRE(months.size() == 1);
      REQUIRE(months[0].interval);
      const std::optional<CivilDate> first = parse_iso_date(months[0].value + "-01");
      REQUIRE(first);
      INFO(sentence);
      CHECK(months[0].interval->first == days_from_civil(*first));
      CHECK(months[0].interval->last == days_from_civil({year, first->month, days_in_month(year, first->month)}));
    }
  }
}

TEST_CASE("numbers that are not dates", "[extract][dates]") {
  run_cases({
      {"It bought 2,000 chips.", "2026-01-15", ""},
      {"It bought 2000 chips.", "2026-01-15", ""},
      {"The company has 2023 employees.", "2026-01-15", ""},
      {"It happened in 2000 cases.", "2026-01-15", ""},
      {"The H200 is faster than the H20.", "2026-01-15", ""},
      {"Prices fell 8%.", "2026-01-15", ""},
      {"February 30, 2025 is not a day.", "", ""},
      {"The 1990s were different.", "", ""},
      {"Revenue for fiscal 2025 rose.", "", ""},
      {"Results for the fiscal third quarter were weak.", "2026-01-15", ""},
      {"They have been building it for five years.", "2026-01-15", ""},
      {"Talks went on for weeks.", "2026-01-15", ""},
      {"This may delay shipments.", "2026-01-15", ""},
      {"Protesters march on the capital.", "2026-01-15", ""},
      {"Jan Koum spoke.", "2026-01-15", ""},
      {"Over the last year, prices doubled.", "2026-01-15", ""},
      {"It is expected in the coming weeks.", "2026-01-15", ""},
      {"As we told a few days ago, orders are open.", "2026-01-15", ""},
      {"The meeting ran from 9 to 5.", "2026-01-15", ""},
  }, "en");
}

// The pre-check lets a sentence through only for a month, weekday,
// quarter, half or day word, a unit with a shift or ago word, a year
// figure or a "Q3": sentences whose only date word is one of the last
// three.
TEST_CASE("a figure, or a unit with a shift word, is enough to read a date", "[extract][dates]") {
  run_cases({
      {"Revenue rose in Q3.", "2026-01-15", "Q3=2025-Q3"},
      {"Sales rose in 2023.", "2026-01-15", "2023=2023"},
      {"The filing is dated 2025-12-08.", "2026-01-15", "2025-12-08=2025-12-08"},
      {"2023's results were weak.", "2026-01-15", "2023=2023"},
      {"Revenue rose last year.", "2026-01-15", "last year=2025"},
      {"It shipped two weeks ago.", "2026-01-15", "two weeks ago=2026-01-01"},
      {"Sales rose earlier this year.", "2026-01-15", "earlier this year=2026"},
      {"It has 12 buses and 40 vans.", "2026-01-15", ""},
      {"It took 3 years and 2,000 days.", "2026-01-15", ""},
  }, "en");
  run_cases({
      {"Las ventas subieron el a\xC3\xB1o pasado.", "2026-01-15", "el a\xC3\xB1o pasado=2025"},
      {"Las ventas subieron hace una semana.", "2026-01-15", "hace una semana=2026-01-08"},
      {"Tiene 12 autobuses y 3 a\xC3\xB1os.", "2026-01-15", ""},
      {"En todo 2025 registr\xC3\xB3 812.000 viajes.", "2026-01-15", "2025=2025"},
      {"Crecieron a lo largo de 2025.", "2026-01-15", "2025=2025"},
  }, "es");
}

// The pre-check reads ASCII sentences from bit masks and hands the rest of
// a sentence to the code-point reading at its first byte past ASCII; both
// must let the same sentences through. The sentences are built from every
// word of the lexicon in three casings, figures near the year bounds,
// "Q"/"H" and glue, with runs that cross the 64-byte blocks of the masks.
TEST_CASE("the pre-check reads ASCII by masks as it reads text code point by code point", "[extract][dates]") {
  for (const char* lang : {"en", "es"}) {
    const DateLanguage& words = *builtin().dates().language(lang);
    std::vector<std::string> pieces = {
        " ", " ", "  ", ",", ".", "-", "'", "\t", "Q", "H", "q", "h", "1", "3", "12", "199", "1799", "1800", "2200",
        "2201", "20250", "2023", "\xC3\xA9", "\xC3\x91", "\xE2\x80\x99", "\xE2\x80\x94", "\xFF", "\xC2\xA0",
        "sales", "Rose", std::string(64, 'x'), std::string(63, 'y'), "@", "[", "`", "{"};
    for (const auto& [word, roles] : words.word_roles) {
      if (word.empty()) continue;
      std::string capitalized = word;
      std::string upper = word;
      for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      capitalized[0] = upper[0];
      for (const std::string& w : {word, capitalized, upper}) pieces.push_back(w);
    }
    std::mt19937 rng(29);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 60);
    std::uniform_int_distribution<int> ascii_only(0, 2);
    int held = 0;
    const int runs = 40000;
    for (int n = 0; n < runs; ++n) {
      const bool ascii = ascii_only(rng) != 0;
      std::string s;
      for (int k = length(rng); k > 0; --k) {
        const std::string& p = pieces[pick(rng)];
        if (ascii && std::any_of(p.begin(), p.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
          continue;
        }
        s += p;
      }
      INFO(lang << ": " << s);
      const bool expected = detail::decoding_may_hold_date(s, words);
      REQUIRE(detail::may_hold_date(s, words) == expected);
      held += expected;
    }
    // Both outcomes are exercised.
    CHECK(held > runs / 20);
    CHECK(held < runs - runs / 20);
  }
}

TEST_CASE("months and years without a year resolve against publication", "[extract][dates]") {
  run_cases({
      {"In April, the United States banned the sale.", "2026-01-28", "April=2025-04"},
      {"The president announced it on December 8.", "2025-12-09", "December 8=2025-12-08"},
      {"The president announced it on December 8.", "2026-01-28", "December 8=2025-12-08"},
      {"The talks resume in March.", "2026-01-28", "March=2026-03"},
      {"The plant will open in October.", "2026-01-28", "October=2026-10"},
      {"The plant opened in October.", "2026-01-28", "October=2025-10"},
      {"The ruling came in December.", "2026-12-20", "December=2026-12"},
      {"The vote is on January 5.", "2026-12-20", "January 5=2026-01-05"},
      {"The vote will be on January 5.", "2026-12-20", "January 5=2027-01-05"},
      {"After the October trade truce, tensions eased.", "2026-01-28", "October=2025-10"},
      {"In April, the United States banned the sale.", "", "April=?"},
  }, "en");
}

TEST_CASE("relative dates", "[extract][dates]") {
  run_cases({
      {"It was allowed last December.", "2026-01-15", "last December=2025-12"},
      {"It was allowed last December.", "2026-01-02", "last December=2025-12"},
      {"They met last October.", "2026-01-15", "last October=2025-10"},
      {"They met last October.", "2025-10-20", "last October=2024-10"},
      {"That ban was expanded this April.", "2025-12-09", "this April=2025-04"},
      {"It will expand next April.", "2026-01-15", "next April=2026-04"},
      {"It will expand next April.", "2026-05-15", "next April=2027-04"},
      {"Deliveries began last year.", "2025-12-09", "last year=2024"},
      {"Deliveries began last year.", "2026-01-02", "last year=2025"},
      {"Deliveries begin next month.", "2025-12-09", "next month=2026-01"},
      {"Deliveries began last month.", "2026-01-02", "last month=2025-12"},
      {"Huang visits China this week.", "2026-01-28", "this week=2026-W05"},
      {"Huang visited China last week.", "2026-01-02", "last week=2025-W52"},
      {"The order was confirmed yesterday.", "2026-01-01", "yesterday=2025-12-31"},
      {"The deal was signed on Monday.", "2026-01-02", "Monday=2025-12-29"},
      {"The deal was signed on Friday.", "2026-01-02", "Friday=2026-01-02"},
      {"The board will vote on Monday.", "2026-01-02", "Monday=2026-01-05"},
      {"They met last Monday.", "2026-01-05", "last Monday=2025-12-29"},
      {"It was approved a week ago.", "2026-01-02", "a week ago=2025-12-26"},
      {"It was approved two years ago.", "2026-01-02", "two years ago=2024"},
      {"It was approved three months ago.", "2026-01-02", "three months ago=2025-10"},
      {"Prices rose earlier this year.", "2025-12-09", "earlier this year=2025"},
      {"Last December, the rules changed.", "2026-01-02", "Last December=2025-12"},
      {"It was allowed last December.", "", "last December=?"},
      {"The deal was signed on Monday.", "", "Monday=?"},
  }, "en");
}

TEST_CASE("quarters, halves, ranges and bounds", "[extract][dates]") {
  run_cases({
      {"Revenue fell in the third quarter.", "2025-12-09", "the third quarter=2025-Q3"},
      {"Revenue fell in the third quarter.", "2026-01-28", "the third quarter=2025-Q3"},
      {"Revenue fell in Q3 2025.", "", "Q3 2025=2025-Q3"},
      {"Revenue fell in the fourth quarter of 2024.", "", "the fourth quarter of 2024=2024-Q4"},
      {"Revenue fell in the fourth quarter of last year.", "2026-01-28", "the fourth quarter of last year=2025-Q4"},
      {"Spending fell in the first half of the year.", "2025-12-09", "the first half of the year=2025-H1"},
      {"Spending fell in the first half of 2025.", "", "the first half of 2025=2025-H1"},
      {"Spending fell in H1 2025.", "", "H1 2025=2025-H1"},
      {"The team led in the first half.", "2025-12-09", ""},
      // The first three months of a year are its first quarter, the first
      // six its first half; with no year they may be any months.
      {"Outages ran to 412 hours in the first three months of the year.", "2026-04-14",
       "the first three months of the year=2026-Q1"},
      {"Sales rose in the first six months of 2025.", "", "the first six months of 2025=2025-H1"},
      {"It broke down in the first three months after opening.", "2026-04-14", ""},
      {"Sales rose in the first four months of 2025.", "", "2025=2025"},
      {"Prices rose between March and May 2025.", "", "between March and May 2025=2025-03/2025-05 [range]"},
      {"The fair will run from 3 to 5 June.", "2026-01-28", "from 3 to 5 June=2026-06-03/2026-06-05 [range]"},
      {"The fair ran from 3 to 5 June.", "2026-01-28", "from 3 to 5 June=2025-06-03/2025-06-05 [range]"},
      {"Prices rose between 2023 and 2025.", "", "between 2023 and 2025=2023/2025 [range]"},
      {"The fair will run June 3-5.", "2026-01-28", "June 3-5=2026-06-03/2026-06-05 [range]"},
      {"The fair ran 3-5 June 2025.", "", "3-5 June 2025=2025-06-03/2025-06-05 [range]"},
      {"The fair ran Dec. 3-5, 2025.", "", "Dec. 3-5, 2025=2025-12-03/2025-12-05 [range]"},
      {"The 2023-24 season ended in May 2024.", "", "May 2024=2024-05"},
      {"COVID-19 cases rose 5-7 percent.", "", ""},
      {"Prices rose between December and February 2026.", "",
       "between December and February 2026=2025-12/2026-02 [range]"},
      {"The authorisation came after October.", "2026-01-28", "after October=2025-10 [lower-bound]"},
      {"Orders must be placed before March.", "2026-01-28", "before March=2026-03 [upper-bound]"},
      {"However, by July, Nvidia announced it could resume sales.", "2025-12-09",
       "by July=2025-07 [upper-bound]"},
  }, "en");
}

TEST_CASE("Spanish dates", "[extract][dates]") {
  run_cases({
      {"El acuerdo se firmó el 8 de diciembre de 2025.", "", "8 de diciembre de 2025=2025-12-08"},
      {"El presidente lo anunció el 8 de diciembre.", "2026-01-28", "8 de diciembre=2025-12-08"},
      {"La reunión fue el pasado octubre.", "2026-01-15", "el pasado octubre=2025-10"},
      {"La reunión fue en octubre pasado.", "2026-01-15", "octubre pasado=2025-10"},
      {"Las entregas empezaron el año pasado.", "2025-12-09", "el año pasado=2024"},
      {"La prohibición llegó en abril.", "2026-01-28", "abril=2025-04"},
      {"El acuerdo se firmó el lunes.", "2026-01-02", "el lunes=2025-12-29"},
      {"La ley se aprobó el martes 14 de marzo de 2025.", "", "martes 14 de marzo de 2025=2025-03-14"},
      {"Se aprobó hace una semana.", "2026-01-02", "hace una semana=2025-12-26"},
      {"Los ingresos cayeron en el tercer trimestre de 2025.", "", "el tercer trimestre de 2025=2025-Q3"},
      {"El gasto cayó en la primera mitad del año.", "2025-12-09", "la primera mitad del año=2025-H1"},
      {"Los cortes sumaron 412 horas en los primeros tres meses del a\xC3\xB1o.", "2026-04-14",
       "los primeros tres meses del a\xC3\xB1o=2026-Q1"},
      {"Los precios subieron entre marzo y mayo de 2025.", "", "entre marzo y mayo de 2025=2025-03/2025-05 [range]"},
      {"La feria será del 3 al 5 de junio.", "2026-01-28", "del 3 al 5 de junio=2026-06-03/2026-06-05 [range]"},
      {"La feria fue el 3-5 de junio de 2025.", "", "3-5 de junio de 2025=2025-06-03/2025-06-05 [range]"},
      {"La norma rige desde 2023.", "", "desde 2023=2023 [lower-bound]"},
      {"Lo anunció ayer.", "2026-01-01", "ayer=2025-12-31"},
      {"El precio se fijará este año.", "2025-12-09", "este año=2025"},
      {"Llevan cinco años construyendo chips.", "2025-12-09", ""},
      {"Compraron 2000 chips.", "2025-12-09", ""},
  }, "es");
}

// Phrases of several words (a context, a bound, a shift after the noun, a
// year), figures with suffixes, letters before figures, capitals and
// accents: the paths where the scanner looks words up by their roles.
TEST_CASE("phrases of several words, capitals and accents", "[extract][dates]") {
  run_cases({
      {"Prices were flat as of 2023.", "2025-12-09", "2023=2023"},
      {"Prices were flat as 2023 began.", "2025-12-09", ""},
      {"Sales rose in the third quarter of this year.", "2025-12-09", "the third quarter of this year=2025-Q3"},
      {"Sales rose 5% in the 3rd quarter.", "2025-12-09", "the 3rd quarter=2025-Q3"},
      {"Sales rose in the 3rd-quarter of 2024.", "", "the 3rd-quarter of 2024=2024-Q3"},
      {"Shares fell 2,000 points, a week ago.", "2026-01-02", "a week ago=2025-12-26"},
      {"Revenue rose in Q3, then in H1 2025.", "2026-01-15", "Q3=2025-Q3; H1 2025=2025-H1"},
      {"LAST DECEMBER and Last December differ from last december.", "2026-01-15",
       "LAST DECEMBER=2025-12; Last December=2025-12"},
  }, "en");
  run_cases({
      {"La planta abrió después de marzo.", "2026-01-15", "después de marzo=2025-03 [lower-bound]"},
      {"La planta abrirá la semana que viene.", "2026-01-15", "la semana que viene=2026-W04"},
      {"El gasto cayó en el tercer trimestre de este año.", "2026-01-15",
       "el tercer trimestre de este año=2026-Q3"},
      {"El Próximo Año y EL PRÓXIMO AÑO se verá.", "2026-01-15", "El Próximo Año=2027; EL PRÓXIMO AÑO=2027"},
      {"Lo firmó el Miércoles 14 de Marzo de 2025.", "", "Miércoles 14 de Marzo de 2025=2025-03-14"},
  }, "es");
}

TEST_CASE("mention fields: ranges, relative phrase, weekday, past verb", "[extract][dates]") {
  const std::string_view s = "Apple launched the phone on Tuesday, 14 March 2025, after talks last December.";
  const auto pub = parse_iso_date("2026-01-15");
  const std::vector<DateMention> m = extract_dates(s, builtin().dates(), "en", pub);
  REQUIRE(m.size() == 2);
  CHECK(s.substr(m[0].range.begin, m[0].range.size()) == "Tuesday, 14 March 2025");
  CHECK(s.substr(m[0].date_range.begin, m[0].date_range.size()) == "14 March 2025");
  CHECK(m[0].weekday == 2);
  CHECK(s.substr(m[0].weekday_range.begin, m[0].weekday_range.size()) == "Tuesday");
  CHECK(m[0].relative.empty());
  CHECK(m[0].resolved_against.empty());
  CHECK(m[0].year_written);
  CHECK(m[0].precision == DatePrecision::day);
  REQUIRE(m[0].past_verb);
  CHECK(s.substr(m[0].past_verb->begin, m[0].past_verb->size()) == "launched");
  REQUIRE(m[0].interval);
  CHECK(m[0].interval->first == days_from_civil({2025, 3, 14}));
  CHECK(m[1].text == "last December");
  CHECK(m[1].relative == "last December");
  CHECK(m[1].resolved_against == "2026-01-15");
  CHECK(m[1].value == "2025-12");
  CHECK(m[1].precision == DatePrecision::month);
  CHECK_FALSE(m[1].year_written);
  CHECK(m[1].interval == DayInterval{days_from_civil({2025, 12, 1}), days_from_civil({2025, 12, 31})});

  const std::vector<DateMention> unresolved = extract_dates("They met last October.", builtin().dates(), "en", std::nullopt);
  REQUIRE(unresolved.size() == 1);
  CHECK(unresolved[0].value.empty());
  CHECK(unresolved[0].relative == "last October");
  CHECK(unresolved[0].resolved_against.empty());
  CHECK_FALSE(unresolved[0].interval);

  CHECK(extract_dates("They met last October.", builtin().dates(), "fr", pub).empty());

  // The relative phrase keeps its article and range words, not a bound word.
  auto relative = [&](std::string_view sentence, std::string_view lang) {
    const std::vector<DateMention> found = extract_dates(sentence, builtin().dates(), lang, pub);
    REQUIRE(found.size() == 1);
    return found[0].relative;
  };
  CHECK(relative("La reuni\xC3\xB3n fue el pasado octubre.", "es") == "el pasado octubre");
  CHECK(relative("Stores open between May and July.", "en") == "between May and July");
  CHECK(relative("The contracts were renewed after October.", "en") == "October");
  CHECK(relative("The invoice was sent on Tuesday, December 8.", "en") == "Tuesday, December 8");
  CHECK(relative("The invoice was sent on 8 December 2025.", "en") == "");
}

TEST_CASE("the governing past verb is set only for a simple past", "[extract][dates]") {
  const auto pub = parse_iso_date("2026-03-10");
  auto verb = [&](std::string_view s) -> std::string {
    const std::vector<DateMention> m = extract_dates(s, builtin().dates(), "en", pub);
    if (m.empty()) return "(no date)";
    if (!m[0].past_verb) return "";
    return std::string(s.substr(m[0].past_verb->begin, m[0].past_verb->size()));
  };
  CHECK(verb("The phone launched in November 2026.") == "launched");
  CHECK(verb("The phone was launched in November 2026.") == "launched");
  CHECK(verb("The launch was in November 2026.") == "was");
  CHECK(verb("Apple approved the plan in November 2026.") == "approved");
  CHECK(verb("The phone will be launched in November 2026.") == "");
  CHECK(verb("The phone is to be launched in November 2026.") == "");
  CHECK(verb("The phone has launched in November 2026.") == "");
  CHECK(verb("The launch was expected in November 2026.") == "");
  CHECK(verb("Apple said it launched, in November 2026, a phone.") == "");
  CHECK(verb("In November 2026, Apple launched a phone.") == "");
  CHECK(verb("The phone launched in November 2026, if the plan holds.") == "");
}

namespace {

std::string seed(const std::string& name) {
  const std::string path = std::string(CLAIMLINT_SOURCE_DIR "/../shared/seeds/") + name;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Document seed_doc(const std::string& name, const std::string& date) {
  Document doc;
  doc.file = FileId{1};
  doc.text = seed(name);
  doc.map.push(OffsetMap::identity(doc.text.size()));
  doc.meta.date = date;
  segment_paragraphs(doc);
  segment_sentences(doc);
  return doc;
}

// "text=value" of every date mention of a document.
std::vector<std::string> mentions(const Document& doc) {
  std::vector<std::string> out;
  for (const DateMention& m : extract_document_dates(doc, builtin().dates())) {
    out.push_back(m.text + "=" + (m.value.empty() ? "?" : m.value));
  }
  return out;
}

bool has(const std::vector<std::string>& all, const std::string& one) {
  return std::find(all.begin(), all.end(), one) != all.end();
}

}  // namespace

TEST_CASE("seeds: relative dates resolve against the publication dates, no date check fires", "[dates][seeds]") {
  if (!std::filesystem::is_directory(CLAIMLINT_SOURCE_DIR "/../shared/seeds")) {
    WARN("skipped: ../shared/seeds is absent");
    return;
  }
  const Document d001 = seed_doc("001_7ff189e211443cfa.txt", "2026-01-28");
  const Document d002 = seed_doc("002_9309c761323abc6a.txt", "2026-01-29");
  const Document d003 = seed_doc("003_4c7a2523477a3bcd.txt", "2025-12-09");
  const std::vector<std::string> m001 = mentions(d001), m002 = mentions(d002), m003 = mentions(d003);
  INFO("001: " << Catch::Detail::stringify(m001));
  INFO("002: " << Catch::Detail::stringify(m002));
  INFO("003: " << Catch::Detail::stringify(m003));
  CHECK(has(m001, "last October=2025-10"));
  CHECK(has(m001, "April=2025-04"));
  CHECK(has(m002, "last December=2025-12"));
  CHECK(has(m003, "December 8=2025-12-08"));
  CHECK(has(m003, "this April=2025-04"));
  CHECK(has(m003, "last year=2024"));
  CHECK(has(m003, "November 2023=2023-11"));
  CHECK(has(m003, "2023=2023"));
  CHECK(has(m003, "the first half of the year=2025-H1"));
  for (const char* name : {"000_ce8b1eea1b9049c8.txt", "001_7ff189e211443cfa.txt", "002_9309c761323abc6a.txt",
                           "003_4c7a2523477a3bcd.txt", "004_3908f90422d908f9.txt"}) {
    for (const char* date : {"2025-12-09", "2026-01-28", "2026-01-29"}) {
      INFO(name << " published " << date);
      DiagnosticSink sink;
      run_date_checks(seed_doc(name, date), builtin(), sink);
      CHECK(sink.diagnostics().empty());
    }
  }
}

TEST_CASE("mutated sentences: mentions stay inside their sentence", "[extract][dates]") {
  const std::string base[] = {
      "Judge Voss delivered the verdict on Wednesday, 18 March 2025, after talks last October.",
      "La ley se aprob\xC3\xB3 el martes 14 de marzo de 2025, entre marzo y mayo de 2025 y el a\xC3\xB1o pasado.",
      "Revenue fell in Q3 2025 and the first half of the year, from 3 to 5 June, since 2023, a week ago.",
  };
  std::mt19937 rng(5);  // fixed seed: deterministic
  const auto pub = parse_iso_date("2026-01-02");
  for (int round = 0; round < 3000; ++round) {
    std::string s = base[round % 3];
    const int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      const std::size_t at = rng() % s.size();
      switch (rng() % 3) {
        case 0: s[at] = static_cast<char>(rng() % 256); break;
        case 1: s.erase(at, 1 + rng() % 4); break;
        default: s.insert(at, 1, " ,.-0123456789Mq'"[rng() % 17]); break;
      }
    }
    for (const char* lang : {"en", "es"}) {
      for (const DateMention& m : extract_dates(s, builtin().dates(), lang, pub)) {
        INFO(s);
        REQUIRE(m.range.begin < m.range.end);
        REQUIRE(m.range.end <= s.size());
        REQUIRE(m.date_range.begin >= m.range.begin);
        REQUIRE(m.date_range.end <= m.range.end);
        REQUIRE(m.text == s.substr(m.range.begin, m.range.size()));
        REQUIRE(m.value.empty() == !m.interval);
        if (m.interval) REQUIRE(m.interval->first <= m.interval->last);
        if (m.weekday) REQUIRE(m.weekday_range.end <= m.range.end);
      }
    }
  }
}

TEST_CASE("a date without its year followed by 'that year' takes the year told before it", "[extract][dates]") {
  run_cases({{"He was arrested on Oct. 23, 2024, and a grand jury indicted him Dec. 4 that year.", "2026-05-15",
              "Oct. 23, 2024=2024-10-23; Dec. 4=2024-12-04"},
             {"The plant closed in 2019 and reopened in March of the same year.", "2026-05-15",
              "2019=2019; March=2019-03"},
             // No year before it: read as any date without its year.
             {"A grand jury indicted him Dec. 4 that year.", "2026-05-15", "Dec. 4=2025-12-04"}},
            "en");
  run_cases({{"Fue detenido en marzo de 2021 e imputado el 4 de diciembre de ese año.", "2026-05-15",
              "marzo de 2021=2021-03; 4 de diciembre=2021-12-04"}},
            "es");
}

TEST_CASE("a modal before 'have' looks back: no future tense for the date", "[extract][dates]") {
  run_cases({{"He rejected a plea offer in February that would have allowed him to plead guilty.", "2026-05-15",
              "February=2026-02"},
             // "will have" looks ahead.
             {"The offer in February will have lapsed by then.", "2026-05-15", "February=2027-02"}},
            "en");
}

TEST_CASE("a past and a future cue as near as each other: the one of the date's own clause decides", "[extract][dates]") {
  run_cases({// "aimed" is of the clause after the comma; "will run" dates the service.
             {"It will run from Saturday 21 June until August, aimed at visitors.", "2026-04-03",
              "from Saturday 21 June until August=2026-06-21/2026-08 [range]"},
             // No mark between: the two cancel out, and a day more than two
             // months ahead is read as past.
             {"It will run from Saturday 21 June until August aimed at visitors.", "2026-04-03",
              "from Saturday 21 June until August=2025-06-21/2025-08 [range]"}},
            "en");
}

TEST_CASE("a date without its year followed by 'last year' or 'next year' takes that year, one date in all",
          "[extract][dates]") {
  run_cases({{"The committee refused the scheme on 21 October last year.", "2026-11-03", "21 October=2025-10-21"},
             {"The line reopens on 3 March next year.", "2026-11-03", "3 March=2027-03-03"},
             // No day before it: "last year" is a date of its own.
             {"The committee met twice last year.", "2026-11-03", "last year=2025"},
             // A back reference opens a date in the past, whatever else the sentence plans.
             {"Since the June 9 groundbreaking, it has signed contracts for equipment it plans to install.",
              "2026-06-18", "June 9=2026-06-09"}},
            "en");
  run_cases({{"El comit\xC3\xA9 rechaz\xC3\xB3 el proyecto el 21 de octubre del a\xC3\xB1o pasado.", "2026-11-03",
              "21 de octubre=2025-10-21"}},
            "es");
}

TEST_CASE("a weekday says the year of a day without one when the tense's year does not fit it", "[extract][dates]") {
  run_cases({// "approved": past, but 21 May 2025 was a Wednesday; 21 May 2026 is a Thursday.
             {"The board approved the plan at a closed session Thursday, May 21.", "2026-05-20",
              "Thursday, May 21=2026-05-21"},
             // The tense's year fits the weekday: it stays.
             {"The board approved the plan on Wednesday, May 21.", "2026-05-20", "Wednesday, May 21=2025-05-21"},
             // No year within two months fits: the tense decides, and the weekday is wrong.
             {"The board approved the plan on Friday, May 21.", "2026-05-20", "Friday, May 21=2025-05-21"},
             {"A main fractured in the early hours of Tuesday, 19 January.", "2026-07-21",
              "Tuesday, 19 January=2026-01-19"}},
            "en");
}
