// Tests for check/value_conflict: intervals, comparability, clusters.
#include "check/value_conflict.h"

#include <limits>
#include <random>

#include <catch2/catch.hpp>
#include <fmt/core.h>

#include "extract/date_calendar.h"
#include "support/run_binary.h"

using namespace claimlint;

namespace {

Claim claim(double low, std::optional<double> high, std::string unit = "chip", std::size_t file = 1,
            std::size_t sentence = 0, std::size_t at = 0) {
  Claim c;
  c.quantity.kind = QuantityKind::count;
  c.quantity.value = low;
  c.quantity.low = low;
  c.quantity.high = high;
  c.quantity.unit = std::move(unit);
  c.measure = "H200 chip";
  c.subjects = {"ByteDance"};
  c.predicate = "acquire";
  c.text = "figure";
  c.sentence = sentence;
  c.range = {static_cast<FileId>(file), {at, at + 6}};
  return c;
}

}  // namespace

TEST_CASE("intervals overlap after qualifiers, unbounded sides", "[check]") {
  CHECK(intervals_overlap(claim(350000, 450000).quantity, claim(400000, std::nullopt).quantity));
  CHECK_FALSE(intervals_overlap(claim(35000, 45000).quantity, claim(400000, std::nullopt).quantity));
  CHECK(intervals_overlap(claim(10, 10).quantity, claim(10, 10).quantity));
}

TEST_CASE("comparable: modality, time frames, one sentence", "[check]") {
  Claim a = claim(1, 1), b = claim(2, 2, "chip", 2);
  CHECK(comparable(a, b));
  b.modality = Modality::negated;
  CHECK_FALSE(comparable(a, b));
  b.modality = Modality::forecast;
  CHECK_FALSE(comparable(a, b));
  a.modality = Modality::forecast;
  CHECK(comparable(a, b));
  a.time_days = std::make_pair(100L, 200L);
  b.time_days = std::make_pair(300L, 400L);
  CHECK_FALSE(comparable(a, b));
  b.time_days = std::make_pair(150L, 230L);
  CHECK(comparable(a, b));
  // Overlapping frames of very different lengths: a month and a quarter,
  // a quarter and a half-year ending the same day.
  b.time_days = std::make_pair(150L, 160L);
  CHECK_FALSE(comparable(a, b));
  a.time_days = std::make_pair(1000L, 1090L);
  b.time_days = std::make_pair(908L, 1090L);
  CHECK_FALSE(comparable(a, b));
  const Claim c = claim(1, 1, "chip", 1, 3), d = claim(5, 5, "chip", 1, 3);
  CHECK_FALSE(comparable(c, d));  // one sentence: "up from ..."
  // "has now paid out": figures as of publication compare only on one day.
  Claim e = claim(1, 1), f = claim(2, 2, "chip", 2);
  e.time_is_update = f.time_is_update = true;
  e.time = "as of 2026-02-28";
  f.time = "as of 2026-04-11";
  CHECK_FALSE(comparable(e, f));
  f.time = "as of 2026-02-28";
  CHECK(comparable(e, f));
  CHECK_FALSE(comparable(e, claim(2, 2, "chip", 2)));
}

TEST_CASE("one warning per claim, at the later report, with why", "[check]") {
  const Claim first = claim(350000, 450000, "chip", 1);
  const Claim second = claim(400000, std::nullopt, "chip", 2);
  const Claim draft = claim(35000, 45000, "chip", 3);
  ClaimIndex index;
  index.add(first, 1, true);
  index.add(second, 2, true);
  index.add(draft, 3, false);
  const std::vector<Diagnostic> d = check_value_conflicts(index);
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "value-conflict");
  CHECK(d[0].range.file == FileId{3});
  CHECK(d[0].message == "count of H200 chips for ByteDance conflicts with another report");
  REQUIRE(d[0].notes.size() == 2);
  CHECK(d[0].notes[0].message ==
        "here it is \"figure\" (same measure: H200 chip; same subjects: ByteDance; predicate: acquire)");
  // A singular in -us takes -es: "count of buses".
  ClaimIndex buses;
  Claim one = claim(12, 12, "bus", 1), other = claim(14, 14, "bus", 2);
  one.measure = other.measure = "bus";
  buses.add(one, 1, true);
  buses.add(other, 2, false);
  const std::vector<Diagnostic> b = check_value_conflicts(buses);
  REQUIRE(b.size() == 1);
  CHECK(b[0].message == "count of buses for ByteDance conflicts with another report");
  // Reference material alone is never reported on.
  ClaimIndex refs;
  refs.add(first, 1, true);
  refs.add(draft, 2, true);
  CHECK(check_value_conflicts(refs).empty());
}

TEST_CASE("durations compare in days, whatever unit each is written in", "[check]") {
  const auto sentence = [](double value, std::string unit, std::size_t file) {
    Claim c = claim(value, value, std::move(unit), file);
    c.quantity.kind = QuantityKind::duration;
    c.measure = "prison sentence";
    c.subjects = {"Tom Baker"};
    c.predicate.clear();
    return c;
  };
  // The index keeps pointers: the claims outlive it.
  const Claim months = sentence(18, "month", 1), year_and_half = sentence(1.5, "year", 2);
  const Claim seven = sentence(7, "year", 1), eight = sentence(96, "month", 2);  // eight years
  ClaimIndex same;
  same.add(months, 1, false);
  same.add(year_and_half, 2, false);
  CHECK(check_value_conflicts(same).empty());
  ClaimIndex apart;
  apart.add(seven, 1, false);
  apart.add(eight, 2, false);
  const std::vector<Diagnostic> d = check_value_conflicts(apart);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "prison sentence for Tom Baker conflicts with another report");
}

TEST_CASE("a claim its cluster's first cannot be compared with is tested on its own", "[check]") {
  // 2024's figure, a forecast for 2025, a discordant forecast (a cluster
  // of its own), then another 2024 figure that the first forecast cluster
  // would take, with nothing it can be compared with.
  const auto at = [](double value, Modality modality, long first, long last, std::size_t file, std::size_t order) {
    Claim c = claim(value, value, "chip", file, order);
    c.modality = modality;
    c.time_days = std::make_pair(first, last);
    return c;
  };
  const Claim c1 = at(100, Modality::plain, 19723, 20088, 1, 0);
  const Claim c2 = at(200, Modality::forecast, 20089, 20453, 1, 1);
  const Claim c3 = at(900, Modality::forecast, 20089, 20453, 1, 2);
  const Claim c4 = at(50, Modality::plain, 19723, 20088, 2, 0);
  ClaimIndex index;
  index.add(c1, 1, false);
  index.add(c2, 2, false);
  index.add(c3, 3, false);
  index.add(c4, 4, false);
  const std::vector<Diagnostic> d = check_value_conflicts(index);
  REQUIRE(d.size() == 2);
  CHECK(d[1].range.file == FileId{2});  // 50 against 2024's 100
  REQUIRE(!d[1].notes.empty());
  CHECK(d[1].notes[0].range.file == FileId{1});
}

TEST_CASE("a group of 200 discordant figures: one warning each, four notes and a count", "[check]") {
  // 200 reports of one measure, each a different figure: every later one
  // conflicts with all those before it.
  std::vector<Claim> claims;
  claims.reserve(200);
  for (std::size_t i = 0; i < 200; ++i) {
    claims.push_back(claim(1000.0 * (i + 1), 1000.0 * (i + 1), "USD", i + 1));
    claims.back().quantity.kind = QuantityKind::currency;
  }
  claims[150].quantity.unit = "EUR";  // the unit decides the check of the reports after it
  ClaimIndex index;
  for (std::size_t i = 0; i < claims.size(); ++i) index.add(claims[i], i + 1, false);
  const std::vector<Diagnostic> d = check_value_conflicts(index);
  REQUIRE(d.size() == 199);
  CHECK(d[0].range.file == FileId{2});
  CHECK(d[0].notes.size() == 1);
  CHECK(d[0].message == "amount of H200 chip for ByteDance conflicts with another report");
  // The 100th report: notes at the four oldest, and how many more.
  const Diagnostic& hundredth = d[98];
  CHECK(hundredth.range.file == FileId{100});
  REQUIRE(hundredth.notes.size() == 4);
  CHECK(hundredth.notes[0].range.file == FileId{1});
  CHECK(hundredth.notes[3].range.file == FileId{4});
  CHECK(hundredth.notes[3].message == "here it is \"figure\" (and 95 more)");
  CHECK(hundredth.check == "value-conflict");
  // After the one in euros: a unit conflict that names both units.
  const Diagnostic& later = d[179];
  CHECK(later.range.file == FileId{181});
  CHECK(later.check == "unit-conflict");
  CHECK(later.message == "amount of H200 chip for ByteDance is given in USD here but in EUR elsewhere");
  CHECK(later.notes.back().message == "here it is \"figure\" (and 176 more)");
}

TEST_CASE("groups checked on several threads give the findings of one, in the same order", "[check]") {
  std::vector<Claim> claims;
  const std::vector<std::string> subjects = {"ByteDance", "Alibaba", "Tencent", "Baidu", "Meituan"};
  for (std::size_t s = 0; s < subjects.size(); ++s) {
    for (std::size_t i = 0; i < 40; ++i) {
      Claim c = claim(100.0 * ((i * 7 + s) % 13 + 1), 100.0 * ((i * 7 + s) % 13 + 1), "chip", s * 100 + i + 1);
      c.subjects = {subjects[s]};
      claims.push_back(std::move(c));
    }
  }
  ClaimIndex index;
  for (std::size_t i = 0; i < claims.size(); ++i) index.add(claims[i], i + 1, false);
  const std::vector<Diagnostic> one = check_value_conflicts(index, 1);
  const std::vector<Diagnostic> four = check_value_conflicts(index, 4);
  REQUIRE(one.size() > 50);
  REQUIRE(four.size() == one.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    CHECK(four[i].range.file == one[i].range.file);
    CHECK(four[i].message == one[i].message);
    REQUIRE(four[i].notes.size() == one[i].notes.size());
    CHECK(four[i].notes.back().message == one[i].notes.back().message);
  }
}

TEST_CASE("past k_max_clusters discordant values, the rest of a group gets one note", "[check]") {
  std::vector<Claim> claims;
  const std::size_t n = k_max_clusters + 10;
  claims.reserve(n);
  for (std::size_t i = 0; i < n; ++i) claims.push_back(claim(1000.0 * (i + 1), 1000.0 * (i + 1), "chip", i + 1));
  ClaimIndex index;
  for (std::size_t i = 0; i < claims.size(); ++i) index.add(claims[i], i + 1, false);
  const std::vector<Diagnostic> d = check_value_conflicts(index);
  // One warning for each compared value but the first, then the note.
  REQUIRE(d.size() == k_max_clusters);
  CHECK(d[k_max_clusters - 2].severity == Severity::warning);
  const Diagnostic& note = d.back();
  CHECK(note.severity == Severity::note);
  CHECK(note.check == "value-conflict");
  CHECK(note.range.file == static_cast<FileId>(k_max_clusters + 1));
  CHECK(note.message == "count of H200 chips for ByteDance takes more than 256 discordant values; 10 figures from "
                        "here on were not compared");
  REQUIRE(note.notes.size() == 1);
  CHECK(note.notes[0].range.file == FileId{1});
}

TEST_CASE("clusters by summary are the clusters of a scan of every member", "[check]") {
  // Random groups over few values, hedges, time frames, modalities,
  // sentences and currencies, so that every path of the summaries is
  // taken: sure fits, extremes that disagree, extremes not comparable
  // (another frame, the same sentence), mixed units, infinite figures.
  std::mt19937 rng(9);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  const std::vector<std::pair<long, long>> frames = {{0, 364}, {31, 58}, {365, 729}, {100, 100}, {0, 1000}, {700, 800}};
  const std::vector<Modality> modalities = {Modality::plain, Modality::plain, Modality::forecast, Modality::negated};
  std::size_t joined_later = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<Claim> claims;
    const std::size_t n = 1 + pick(120);
    for (std::size_t i = 0; i < n; ++i) {
      const double v = 100.0 * static_cast<double>(1 + pick(4));
      std::optional<double> low = v, high = v;
      switch (pick(6)) {
        case 0: high.reset(); break;                 // more than
        case 1: low.reset(); break;                  // fewer than
        case 2: *low = v * 0.9, *high = v * 1.1; break;  // about
        case 3: *high = v + 1e-7; break;             // touching within epsilon
        case 4: if (pick(20) == 0) *high = std::numeric_limits<double>::infinity(); break;
        default: break;
      }
      Claim c = claim(v, high, "chip", 1 + pick(8), pick(3));
      c.quantity.low = low;
      if (pick(3) == 0) {
        c.quantity.kind = QuantityKind::currency;
        c.quantity.unit = pick(4) == 0 ? "EUR" : "USD";
      }
      if (pick(2) == 0) c.time_days = frames[pick(frames.size())];
      // Published in mid-1972 (day 882), frames ending before day 517 are
      // history; in 1971, none is.
      if (pick(3) == 0) c.published = pick(2) == 0 ? "1972-06-01" : "1971-01-01";
      c.time_is_update = pick(8) == 0;
      c.modality = modalities[pick(modalities.size())];
      claims.push_back(std::move(c));
    }
    std::vector<IndexedClaim> group;
    for (std::size_t i = 0; i < claims.size(); ++i) group.push_back({&claims[i], i, false});
    const std::vector<std::size_t> fast = assign_clusters(group);
    const std::vector<std::size_t> scan = assign_clusters(group, true);
    REQUIRE(fast == scan);
    for (std::size_t c : fast) joined_later += c > 0 && c < k_max_clusters;
  }
  CHECK(joined_later > 1000);  // not everything in one cluster
}

TEST_CASE("a claim joins the cluster whose comparable members it agrees with", "[check]") {
  // 2023 said 100, 2024 said 200: one cluster (different years are not
  // compared). A 2024 figure of 200 joins it; a 2024 figure of 300, an
  // undated figure of 150 (compared with both years) do not.
  std::vector<Claim> claims = {claim(100, 100, "chip", 1), claim(200, 200, "chip", 2), claim(200, 200, "chip", 3),
                               claim(300, 300, "chip", 4), claim(150, 150, "chip", 5)};
  claims[0].time_days = std::make_pair(0L, 364L);
  for (std::size_t i = 1; i < 4; ++i) claims[i].time_days = std::make_pair(365L, 729L);
  std::vector<IndexedClaim> group;
  for (std::size_t i = 0; i < claims.size(); ++i) group.push_back({&claims[i], i, false});
  CHECK(assign_clusters(group) == std::vector<std::size_t>{0, 0, 0, 1, 2});
  CHECK(assign_clusters(group, true) == std::vector<std::size_t>{0, 0, 0, 1, 2});
}

TEST_CASE("a short name takes the full name its document writes without a figure, when only one fits", "[check]") {
  using namespace claimlint::testing;
  TempDir dir;
  dir.write("a.txt", "Halvern Motors will cut 1,340 jobs at its Brennick plant, the carmaker said on Thursday.\n");
  dir.write("b.txt", "Union members at Halvern Motors' Brennick factory will vote on a strike.\n\n"
                     "Halvern intends to do away with 1,430 posts at the factory.\n");
  dir.write("c.txt", "Union members at Halvern Motors' factory and Halvern Bank staff will vote on a strike.\n\n"
                     "Halvern intends to do away with 1,430 posts at the factory.\n");
  const std::string ab = run_claimlint({"--color=never", "a.txt", "b.txt"}, dir.path()).out;
  CHECK(ab.find("b.txt:3:33: warning: count of employees for Halvern Motors conflicts with another report "
                "[value-conflict]") == 0);
  CHECK(ab.find("same subjects: Halvern Motors; predicate: shed") != std::string::npos);
  // Two full names begin with "Halvern": the short one stays itself.
  CHECK(run_claimlint({"--color=never", "a.txt", "c.txt"}, dir.path()).out.empty());
  // A product's name is no fuller form of its maker's.
  dir.write("d.txt", "Buyers queued for the Halvern Watch in London.\n\n"
                     "Halvern intends to do away with 1,430 posts at the factory.\n");
  const std::string claims = run_claimlint({"extract", "--claims", "d.txt"}, dir.path()).out;
  CHECK(claims.find("\"subjects\":[\"Halvern\"]") != std::string::npos);
}

TEST_CASE("the X's workforce after a person's words is the X's, not the person's", "[check]") {
  using namespace claimlint::testing;
  TempDir dir;
  dir.write("a.txt", "St Aldric's Hospital employs 4,260 staff.\n\nChief executive Dr Samuel Brennock said the drive "
                     "would add roughly 4% to the hospital's 4,620-strong workforce.\n");
  const std::string out = run_claimlint({"--color=never", "a.txt"}, dir.path()).out;
  CHECK(out.find("a.txt:3:90: warning: count of employees for St Aldric's Hospital conflicts with an earlier "
                 "figure in this article [value-conflict]") == 0);
  CHECK(out.find("a.txt:1:30: note: here it is \"4,260 staff\" (same measure: employee; same subjects: St Aldric's "
                 "Hospital") != std::string::npos);
  dir.write("b.txt", "St Aldric's Hospital employs 4,260 staff.\n\nChief executive Dr Samuel Brennock said the drive "
                     "would add roughly 4% to the hospital's 4,260-strong workforce.\n");
  CHECK(run_claimlint({"--color=never", "b.txt"}, dir.path()).out.empty());
}

TEST_CASE("Spanish: la cooperativa, que da empleo a N, is the company named before", "[check]") {
  using namespace claimlint::testing;
  TempDir dir;
  dir.write("a.txt", "L\xC3\xA1" "cteas Norvalle gan\xC3\xB3 21,7 millones de euros en 2025.\n\nLa cooperativa, que da "
                     "empleo a 1.240 trabajadores en sus plantas, atribuy\xC3\xB3 la mejora al consumo.\n\nLa "
                     "cooperativa emplea a 1.420 personas.\n");
  const std::string out = run_claimlint({"--color=never", "--lang", "es", "a.txt"}, dir.path()).out;
  CHECK(out.find("a.txt:5:25: warning: count of employees for L\xC3\xA1" "cteas Norvalle conflicts with an earlier "
                 "figure in this article [value-conflict]") == 0);
  CHECK(out.find("predicate: employ") != std::string::npos);
}

TEST_CASE("a headcount a person reports is the story's, not the speaker's", "[check]") {
  using namespace claimlint::testing;
  TempDir dir;
  dir.write("a.txt", "Vantrell Steel to close Garrison Falls Works, cutting 1,340 jobs\n\nThe plant has run for a "
                     "century.\n\nMayor Lorraine Betancourt said the loss of 1,430 jobs would ripple through the "
                     "town.\n");
  const std::string out = run_claimlint({"--color=never", "a.txt"}, dir.path()).out;
  CHECK(out.find("a.txt:5:44: warning: count of employees for Garrison Falls Works conflicts with an earlier figure in "
                 "this article [value-conflict]") == 0);
  CHECK(out.find("predicate: shed") != std::string::npos);
  // A judge's maximum sentence is no defendant's; a speaker of themselves
  // keeps the figure.
  dir.write("b.txt", "Kieran Walsh was jailed for six years.\n\nJudge Rachel Emsley said the maximum sentence for the "
                     "offence is 14 years.\n");
  CHECK(run_claimlint({"--color=never", "b.txt"}, dir.path()).out.empty());
}

TEST_CASE("a figure of more than a year before publication is not compared with one told without a time", "[check]") {
  // A story of May 2026: "won 24 seats at the 2023 election" is history;
  // "slumped to 11 seats" is of the story's day.
  std::vector<Claim> claims = {claim(24, 24, "seat", 1), claim(11, 11, "seat", 2), claim(30, 30, "seat", 3)};
  for (Claim& c : claims) c.published = "2026-05-08";
  claims[0].time_days = std::make_pair(days_from_civil({2023, 1, 1}), days_from_civil({2023, 12, 31}));
  std::vector<IndexedClaim> group;
  for (std::size_t i = 0; i < 2; ++i) group.push_back({&claims[i], i, false});
  CHECK(assign_clusters(group) == std::vector<std::size_t>{0, 0});
  // The year before publication is no history: "in 2025" against "11".
  claims[2].time_days = std::make_pair(days_from_civil({2025, 1, 1}), days_from_civil({2025, 12, 31}));
  group.push_back({&claims[2], 2, false});
  CHECK(assign_clusters(group) == std::vector<std::size_t>{0, 0, 1});
  // Two figures of the same past year are compared.
  claims[1].time_days = claims[0].time_days;
  CHECK(assign_clusters(group) == std::vector<std::size_t>{0, 1, 0});
}

namespace {

// The whole text output of a value-conflict run over `text` as a.txt,
// in language `lang`.
std::string conflicts(const std::string& text, const std::string& lang = "en") {
  testing::TempDir dir;
  dir.write("a.txt", text);
  return testing::run_claimlint({"--color=never", "--lang", lang, "-Wno-times-more", "a.txt"}, dir.path()).out;
}

}  // namespace

TEST_CASE("value-conflict: a sentence opening with an earlier or another period sets its figures apart", "[check]") {
  const std::string text =
      "Halvorsen Outdoor Co. earned $48.6 million in the three months ended Jan. 31.\n\nFor the full fiscal year, "
      "Halvorsen earned $151.3 million on revenue of $4.86 billion. A year earlier, it earned $133.9 million on "
      "revenue of $4.57 billion.\n";
  CHECK(conflicts(text).empty());
  // Two figures of the same period are compared, and the note says which.
  const std::string twice = text + "\nFor the full fiscal year, Halvorsen earned $157.3 million.\n";
  const std::string out = conflicts(twice);
  CHECK(out.find("a.txt:5:44: warning: amount to earn for Halvorsen Outdoor Co conflicts with an earlier figure in "
                 "this article [value-conflict]") == 0);
  CHECK(out.find("time: for the full fiscal year)") != std::string::npos);
  // Spanish.
  CHECK(conflicts("La cooperativa Valdeoro factur\xC3\xB3 48,6 millones de euros en el primer trimestre del a\xC3\xB1o, "
                  "seg\xC3\xBAn los datos que la empresa present\xC3\xB3 ayer en la sede de la patronal.\n\nUn a\xC3\xB1o "
                  "antes, Valdeoro factur\xC3\xB3 39,2 millones de euros en el mismo trimestre.\n",
                  "es")
            .empty());
}

TEST_CASE("value-conflict: a stretch of the season sets its sentence's figures apart", "[check]") {
  const std::string season =
      "Los Tiburones cerraron la fase regular con 31 puntos, producto de nueve victorias, cuatro empates y cuatro "
      "derrotas en 17 jornadas.\n\n";
  const std::string stretch =
      "La reacci\xC3\xB3n lleg\xC3\xB3 entre las fechas 6 y 12, en las que los Tiburones cosecharon 14 puntos con "
      "cuatro triunfos y dos empates.\n";
  CHECK(conflicts(season + stretch, "es").empty());
  // Without the stretch, two counts of draws for the season conflict.
  const std::string plain = "Los Tiburones cosecharon 14 puntos con cuatro triunfos y dos empates.\n";
  CHECK(conflicts(season + plain, "es").find("warning: count of empates for Tiburones conflicts with an earlier "
                                             "figure in this article [value-conflict]") != std::string::npos);
  // Two figures of the same stretch are compared.
  const std::string twice = season + stretch + "\nEntre las fechas 6 y 12, los Tiburones cosecharon tres empates.\n";
  CHECK(conflicts(twice, "es").find("(same measure: empate; same subjects: Tiburones; time: entre las fechas 6 y 12)") !=
        std::string::npos);
}

TEST_CASE("value-conflict: 'the district's 6,482 students' after 'The district enrolls 6,842 students'", "[check]") {
  const std::string text =
      "The Millbrook Valley School District would spend $98.6 million next year.\n\nThe district enrolls 6,842 "
      "students in eight schools, down from 7,310 in 2019, a drop of 468 students.\n\nBoard member Teresa Vlahos "
      "asked for options. Albrecht said she would present options at the next meeting but warned that the "
      "district's 6,482 students would feel any further cuts in the classroom.\n";
  const std::string out = conflicts(text);
  CHECK(out.find("a.txt:5:138: warning: count of students for Millbrook Valley School District conflicts with an "
                 "earlier figure in this article [value-conflict]") == 0);
  CHECK(out.find("here it is \"6,842 students\"") != std::string::npos);
  // The size of a change is no count to compare.
  CHECK(out.find("here it is \"468") == std::string::npos);
  std::string right = text;
  right.replace(right.find("6,482"), 5, "6,842");
  CHECK(conflicts(right).empty());
}

TEST_CASE("value-conflict: a margin after 'trailed by' or 'won by' is no count", "[check]") {
  const std::string text =
      "The Kestrels conceded 770 goals across the 14 matches.\n\nIn the final the Kestrels trailed by only two goals "
      "at half-time.\n";
  CHECK(conflicts(text).empty());
  // A count told without a margin verb is still compared.
  const std::string two = "The Kestrels conceded 770 goals across the 14 matches.\n\nThe Kestrels conceded 707 goals "
                          "in the league.\n";
  CHECK(conflicts(two).find("warning: count of goals for Kestrels conflicts with an earlier figure in this article "
                            "[value-conflict]") != std::string::npos);
}

TEST_CASE("value-conflict: money after 'beat the estimate by' is a margin, no figure of the measure", "[check]") {
  const std::string text =
      "Analysts had expected revenue of $4.05 billion, meaning Halcyon beat the consensus sales estimate by about $150 "
      "million.\n\nHalcyon reported revenue of $4.2 billion.\n";
  CHECK(conflicts(text).empty());
  // Revenue told twice is still compared.
  const std::string two =
      "Halcyon reported revenue of $4.2 billion.\n\nHalcyon said revenue was $4.8 billion.\n";
  CHECK(conflicts(two).find("conflicts with an earlier figure in this article [value-conflict]") != std::string::npos);
}

TEST_CASE("value-conflict: a wire dateline names no subject, a '-based' place is no subject", "[check]") {
  const std::string text =
      "SILVER RIDGE, Colo. (AP) \xE2\x80\x94 Halvorsen Outdoor Co., the ski equipment retailer, said Tuesday that its "
      "profit rose.\n\nThe Silver Ridge, Colorado-based company earned $48.6 million in the quarter.\n\nThe company "
      "will record costs of about $85 million.\n\nHalvorsen earned $46.8 million in the quarter, it said.\n";
  const std::string out = conflicts(text);
  CHECK(out.find("warning: amount to earn for Halvorsen Outdoor Co conflicts with an earlier figure in this article "
                 "[value-conflict]") != std::string::npos);
  CHECK(out.find("Silver Ridge;") == std::string::npos);
  CHECK(out.find("for AP") == std::string::npos);
  // The place and agency alone, and a story of Pemberton's, whose name
  // ends in "'s" before a comma.
  const std::string store =
      "HARLAN CITY, Ohio (AP) \xE2\x80\x94 Pemberton's, the Midwest department store chain, said Thursday that it "
      "will close 38 stores.\n\nPemberton's will close 36 stores, the chain said later.\n";
  CHECK(conflicts(store).find("warning: count of stores for Pemberton conflicts with an earlier figure in this "
                              "article [value-conflict]") != std::string::npos);
}

TEST_CASE("value-conflict: a measure told by its nickname, a Spanish possessor after the noun", "[check]") {
  const std::string text =
      "Rafael Delgado hit .312 with 19 home runs last season.\n\nThe infielder signed an extension on Friday. "
      "Delgado's 21 homers last season led the club.\n";
  CHECK(conflicts(text).find("a.txt:3:56: warning: count of home runs for Rafael Delgado conflicts with an earlier "
                             "figure in this article [value-conflict]") == 0);
  const std::string es =
      "El dominicano Rafael Delgado conect\xC3\xB3 19 jonrones en 2025, en su primera temporada completa con los "
      "Tigres.\n\nEl jugador firm\xC3\xB3 el viernes. Los 21 cuadrangulares de Delgado en 2025 lideraron al club en "
      "la liga.\n";
  CHECK(conflicts(es, "es").find("warning: count of jonrones for Rafael Delgado conflicts with an earlier figure in "
                                 "this article [value-conflict]") != std::string::npos);
  // "Los 1.830 trabajadores de Ribascura": what Ribascura employs.
  const std::string staff =
      "Ribascura emplea a 1.380 trabajadores en sus centros, seg\xC3\xBAn la memoria anual.\n\nLos 1.830 "
      "trabajadores de Ribascura recibir\xC3\xA1n una subida salarial.\n";
  CHECK(conflicts(staff, "es").find("warning: count of employees for Ribascura conflicts") != std::string::npos);
}

TEST_CASE("value-conflict: a prison term an accuser asks for is compared with nothing", "[check]") {
  CHECK(conflicts("La Fiscal\xC3\xAD" "a mantiene la petici\xC3\xB3n de seis a\xC3\xB1os de c\xC3\xA1rcel para el "
                  "exalcalde.\n\nEl empresario ha visto c\xC3\xB3mo la Fiscal\xC3\xAD" "a rebajaba su petici\xC3\xB3n de "
                  "pena de cinco a dos a\xC3\xB1os de prisi\xC3\xB3n.\n",
                  "es")
            .empty());
  CHECK(conflicts("Prosecutors asked for a six-year prison sentence for the former mayor.\n\nProsecutors later "
                  "asked for a four-year prison sentence for the builder.\n")
            .empty());
}

TEST_CASE("value-conflict: a plural noun of people opening a sentence is no name", "[check]") {
  CHECK(conflicts("Riders took 9,847,300 trips on Metro buses from April through June.\n\nRiders 18 and under, who "
                  "ride free, took 1,972,000 trips in the quarter.\n")
            .empty());
}

TEST_CASE("value-conflict: a backlog of homes is no count of homes sold", "[check]") {
  const std::string text =
      "Redstone Homes Inc. closed on 4,318 homes last year, up 10.7 percent from 3,902 in 2024.\n\nRedstone Homes "
      "Inc. ended the year with a backlog of 1,870 homes under contract but not yet delivered.\n";
  CHECK(conflicts(text).empty());
  // Two backlogs are compared.
  CHECK(conflicts(text + "\nRedstone Homes Inc. ended the year with a backlog of 1,950 homes.\n")
            .find("value-conflict") != std::string::npos);
}

TEST_CASE("date-conflict: the year a figure is compared with is no date of the event", "[check]") {
  CHECK(conflicts("Nayarit recibe 1,18 millones de visitantes en Semana Santa, 8,6 % m\xC3\xA1s que en 2025\n\n"
                  "Nayarit recibi\xC3\xB3 1.184.000 visitantes durante Semana Santa, de acuerdo con el balance que "
                  "present\xC3\xB3 este lunes la Secretar\xC3\xAD" "a de Turismo.\n",
                  "es")
            .find("date-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: bare 'pesos' of a story from no known country are of no measure", "[check]") {
  const std::string text =
      "La Ca\xC3\xB1" "ada tuvo ingresos de 9,486 millones de pesos en el trimestre.\n\nLa Ca\xC3\xB1" "ada ratific\xC3\xB3 "
      "su plan de inversi\xC3\xB3n de 3,400 millones de pesos.\n";
  CHECK(conflicts(text, "es").find("value-conflict") == std::string::npos);
  // Metrics are no names: "EBITDA" subjects nothing.
  CHECK(conflicts("El flujo operativo (EBITDA) creci\xC3\xB3 16%, a 2.191 millones de euros.\n\nLa cervecera "
                  "destinar\xC3\xA1 2.150 millones de euros a su planta.\n",
                  "es")
            .find("value-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: votes on first preferences and at a later stage of a count are two figures", "[check]") {
  const std::string text =
      "Ms Lennox topped the poll on first preferences with 1,402 votes.\n\nMs Lennox was elected with 1,718 votes to "
      "Mr Docherty's 1,558.\n";
  CHECK(conflicts(text).find("value-conflict") == std::string::npos);
  // Told twice of the same stage, they are one.
  CHECK(conflicts("Ms Lennox topped the poll on first preferences with 1,402 votes.\n\nOn first preferences, Ms "
                  "Lennox had 1,502 votes.\n")
            .find("value-conflict") != std::string::npos);
}

TEST_CASE("value-conflict: a percentage stands for what rounds to it ('8 percent' in a headline, '8.1 percent' below)",
          "[check]") {
  using namespace claimlint::testing;
  TempDir dir;
  dir.write("a.txt", "Tanager County sales tax receipts run 8 percent ahead of last year\n\nTanager County's sales tax "
                     "collections are running 8.1 percent ahead of last year's pace.\n");
  CHECK(run_claimlint({"--color=never", "a.txt"}, dir.path()).out.empty());
  dir.write("b.txt", "Tanager County sales tax receipts run 8 percent ahead of last year\n\nTanager County's sales tax "
                     "collections are running 9.1 percent ahead of last year's pace.\n");
  CHECK(run_claimlint({"--color=never", "b.txt"}, dir.path()).out.find("[value-conflict]") != std::string::npos);
}

TEST_CASE("value-conflict: a price 'cada una' is the price of one, no value of them all", "[check]") {
  claimlint::testing::TempDir dir;
  dir.write("a.txt", "El Ayuntamiento ha vendido 36 parcelas a 42.000 euros cada una, una operaci\xC3\xB3n que ha "
                     "aportado 1,51 millones de euros.\n\nLos vecinos recuerdan que el Ayuntamiento "
                     "vendi\xC3\xB3 las 36 parcelas por 1,51 millones de euros, a 42.000 euros cada una.\n");
  const std::string out = claimlint::testing::run_claimlint({"--color=never", "--lang", "es", "a.txt"}, dir.path()).out;
  CHECK(out.find("[value-conflict]") == std::string::npos);
  CHECK(out.find("[unit-price]") == std::string::npos);
}

TEST_CASE("value-conflict: the figures of a clause after 'last season, when' are of last season", "[check]") {
  const std::string text =
      "The Millbrook Falcons drew 505,920 fans to 34 home games this season, the team said.\n\nThe average was up 20 "
      "percent from 12,400 last season, when the Falcons drew a total of 421,600 fans.\n";
  CHECK(conflicts(text).find("value-conflict") == std::string::npos);
  // "Last season" opening the sentence sets it apart too.
  CHECK(conflicts("The Millbrook Falcons drew 505,920 fans this season, the team said.\n\nLast season, the "
                  "Falcons drew 421,600 fans.\n")
            .find("value-conflict") == std::string::npos);
  // Without the season, the two figures are one.
  CHECK(conflicts("The Millbrook Falcons drew 505,920 fans this season, the team said.\n\nThe average was up 20 "
                  "percent from 12,400, when the Falcons drew a total of 421,600 fans.\n")
            .find("value-conflict") != std::string::npos);
}

TEST_CASE("value-conflict: a Spanish count qualified by an adjective after its noun is another measure", "[check]") {
  claimlint::testing::TempDir dir;
  dir.write("a.txt", "La Universidad de Castroviejo roza los 28.000 estudiantes.\n\nLa Universidad de Castroviejo "
                     "cuenta este a\xC3\xB1o con 2.460 estudiantes internacionales.\n");
  CHECK(claimlint::testing::run_claimlint({"--color=never", "--lang", "es", "a.txt"}, dir.path())
            .out.find("[value-conflict]") == std::string::npos);
  dir.write("b.txt", "La Universidad de Castroviejo roza los 28.000 estudiantes.\n\nLa Universidad de Castroviejo "
                     "cuenta este a\xC3\xB1o con 24.600 estudiantes.\n");
  CHECK(claimlint::testing::run_claimlint({"--color=never", "--lang", "es", "b.txt"}, dir.path())
            .out.find("[value-conflict]") != std::string::npos);
}

TEST_CASE("value-conflict: a count per item, or for a set another figure counts, is no count of them all",
          "[check]") {
  const std::string whole = "Harrowfield University received 41,500 applications for this autumn and made offers to "
                            "24,900 applicants.\n\n";
  // "for each one": a rate.
  CHECK(conflicts(whole + "Harrowfield University received 1,380 applications for the 60 places, or 23 applicants "
                          "for each one.\n")
            .find("value-conflict") == std::string::npos);
  // "for the 60 places": the applications for those places only.
  CHECK(conflicts(whole + "Harrowfield University received 1,380 applications for the 60 places in medicine.\n")
            .find("value-conflict") == std::string::npos);
  // Without either, the two are one count told twice.
  CHECK(conflicts(whole + "Harrowfield University received 14,500 applications for this autumn.\n")
            .find("value-conflict") != std::string::npos);
}

TEST_CASE("value-conflict: 'N students who were new' picks some of them out, 'who remain' tells them again",
          "[check]") {
  const std::string text = "The Cedar Narrows School District has 14,860 students this fall.\n\nThe district counted "
                           "1,150 students {} this fall.\n";
  CHECK(conflicts(fmt::format(fmt::runtime(text), "who were new to the region")).find("value-conflict") ==
        std::string::npos);
  CHECK(conflicts(fmt::format(fmt::runtime(text), "who are still enrolled")).find("value-conflict") !=
        std::string::npos);
  CHECK(conflicts(fmt::format(fmt::runtime(text), "in its schools")).find("value-conflict") != std::string::npos);
}

TEST_CASE("value-conflict: money a verb puts on two things is two amounts", "[check]") {
  CHECK(conflicts("Cape Metro Energy will spend R1.6bn on the grid this year.\n\nCape Metro Energy will also spend "
                  "R1.1bn on solar this year.\n")
            .find("value-conflict") == std::string::npos);
  CHECK(conflicts("Cape Metro Energy will spend R1.6bn on the grid this year.\n\nCape Metro Energy will spend "
                  "R1.1bn on the grid this year.\n")
            .find("value-conflict") != std::string::npos);
}

TEST_CASE("value-conflict: a count a verb of averaging gives is an average, no count of them all", "[check]") {
  const std::string text = "The Clippers drew 318,450 fans this season.\n\nThe Clippers {} 4,825 fans over 66 home "
                           "dates.\n";
  CHECK(conflicts(fmt::format(fmt::runtime(text), "averaged")).find("value-conflict") == std::string::npos);
  CHECK(conflicts(fmt::format(fmt::runtime(text), "drew")).find("value-conflict") != std::string::npos);
}

TEST_CASE("value-conflict: 'Through the first nine months' opens another period", "[check]") {
  const std::string text = "Corvane Motors delivered 148,620 vehicles worldwide in the July-September quarter.\n\n{}, "
                           "Corvane Motors has delivered 431,980 vehicles.\n";
  CHECK(conflicts(fmt::format(fmt::runtime(text), "Through the first nine months of the year"))
            .find("value-conflict") == std::string::npos);
  CHECK(conflicts(fmt::format(fmt::runtime(text), "So far")).find("value-conflict") != std::string::npos);
}

TEST_CASE("value-conflict: a stretch of the calendar ('For the first five months of the year') sets its figures apart",
          "[check]") {
  const std::string text = "June 10, 2026\n\nCorvane Airways flew 3.84 million passengers last month.\n\nFor the "
                           "first five months of the year, Corvane Airways carried 17.1 million passengers.\n";
  CHECK(conflicts(text).find("value-conflict") == std::string::npos);
  // Told twice of the same stretch, they are one.
  const std::string again = text + "\nOver the first five months of the year, Corvane Airways carried 17.4 million "
                                   "passengers.\n";
  CHECK(conflicts(again).find("a.txt:7:65: warning: count of passengers for Corvane Airways conflicts with an "
                              "earlier figure in this article [value-conflict]") != std::string::npos);
  CHECK(conflicts("16 de junio de 2026\n\nLa aerol\xC3\xADnea transport\xC3\xB3 3,8 millones de pasajeros el mes "
                  "pasado.\n\nEn los primeros cinco meses del a\xC3\xB1o, la aerol\xC3\xADnea transport\xC3\xB3 17,1 "
                  "millones de pasajeros.\n",
                  "es")
            .find("value-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: a Spanish noun counted under a class is named by the class in English", "[check]") {
  const std::string es = "16 de junio de 2026\n\nAerov\xC3\xAD" "a Central transport\xC3\xB3 3,8 millones de "
                         "pasajeros en mayo.\n\nAerov\xC3\xAD" "a Central transport\xC3\xB3 17,1 millones de "
                         "pasajeros en mayo.\n";
  CHECK(conflicts(es, "es").find("warning: count of passengers for Aerov\xC3\xAD" "a Central conflicts") !=
        std::string::npos);
  // One counted as written keeps its Spanish plural.
  CHECK(conflicts("La f\xC3\xA1" "brica Norte tiene 340 contenedores.\n\nLa f\xC3\xA1" "brica Norte tiene 430 "
                  "contenedores.\n",
                  "es")
            .find("warning: count of contenedores for Norte conflicts") != std::string::npos);
}

TEST_CASE("value-conflict: what something can do is no figure of what it did", "[check]") {
  const std::string text = "March 3, 2026\n\nHong Kong International Airport handled 5.42 million passengers in "
                           "February.\n\nThe authority says the airport {} 120 million passengers a year when fully "
                           "built out.\n";
  CHECK(conflicts(fmt::format(fmt::runtime(text), "can eventually handle")).find("value-conflict") ==
        std::string::npos);
  CHECK(conflicts(fmt::format(fmt::runtime(text), "handled")).find("value-conflict") != std::string::npos);
}

TEST_CASE("value-conflict: a fiscal year is a period of its own ('in fiscal 2027')", "[check]") {
  const std::string text = "November 5, 2026\n\nThe Harwick Museum drew 1.24 million visitors in the fiscal year "
                           "that ended June 30.\n\nThe Harwick Museum drew about 1.1 million visitors in {}.\n";
  CHECK(conflicts(fmt::format(fmt::runtime(text), "fiscal 2027")).find("value-conflict") == std::string::npos);
  CHECK(conflicts(fmt::format(fmt::runtime(text), "fiscal year 2027")).find("value-conflict") == std::string::npos);
  // Told twice of one fiscal year, they are one.
  CHECK(conflicts("The Harwick Museum drew 1.24 million visitors in fiscal 2026.\n\nThe Harwick Museum drew about "
                  "1.1 million visitors in fiscal year 2026.\n")
            .find("value-conflict") != std::string::npos);
  CHECK(conflicts("El museo Harwick recibi\xC3\xB3 1,24 millones de visitantes en 2025.\n\nEl museo Harwick "
                  "recibi\xC3\xB3 1,1 millones de visitantes en el a\xC3\xB1o fiscal 2025.\n",
                  "es")
            .find("value-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: the noun the money qualifies names it, and 'and that' opens another clause told",
          "[check]") {
  const std::string text = "March 3, 2026\n\nThe Vaal Buffaloes posted a net loss of R38.4-million for the 2025 "
                           "financial year.\n\nPretorius said the Kestrel money would go towards the overdraft and "
                           "that, without it, the {} loss would have forced the club to cut its squad from 42 to 32 "
                           "players.\n";
  const std::string out = conflicts(fmt::format(fmt::runtime(text), "R34.8-million"));
  CHECK(out.find("a.txt:5:91: warning: \"R34.8-million\" conflicts with \"R38.4-million\" earlier in this article: "
                 "the same digits, two of them swapped [value-conflict]") == 0);
  CHECK(out.find("(same measure: loss;") != std::string::npos);
  CHECK(conflicts(fmt::format(fmt::runtime(text), "R38.4-million")).find("value-conflict") == std::string::npos);
}
