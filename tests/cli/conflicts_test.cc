// Corpus checks end to end: value-conflict and unit-conflict between
// drafts and reference material (issue 6). The seed tests skip when
// ../shared/seeds is absent.
#include <filesystem>

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace claimlint::testing;

namespace {

std::string seeds_dir() { return source_dir() + "/../shared/seeds"; }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("seeds: the consistent restatements stay silent", "[cli][seeds][conflict]") {
  if (!std::filesystem::is_directory(seeds_dir())) {
    WARN("skipped: " << seeds_dir() << " is absent");
    return;
  }
  const RunResult r = run_claimlint({"--format=jsonl", "."}, seeds_dir());
  CHECK(count(r.out, "\"check\":\"value-conflict\"") == 0);
  CHECK(count(r.out, "\"check\":\"unit-conflict\"") == 0);
  CHECK(count(r.out, "\"check\":\"date-conflict\"") == 0);
}

TEST_CASE("seeds: extract binds 400,000 H200 chips in four stories to one key", "[cli][seeds][bind]") {
  if (!std::filesystem::is_directory(seeds_dir())) {
    WARN("skipped: " << seeds_dir() << " is absent");
    return;
  }
  const RunResult r = run_claimlint({"extract", "."}, seeds_dir());
  const std::string key = "\"measure\":\"H200 chip\",\"subjects\":[\"ByteDance\",\"Alibaba\",\"Tencent\"],\"predicate\":\"acquire\"";
  CHECK(count(r.out, key) == 4);
  for (const char* text : {"\"text\":\"400,000 H200 chips\"", "\"text\":\"more than 400,000 H200 chips\"",
                           "\"text\":\"400,000 H200 GPUs\"", "\"text\":\"over 400,000 H200 chips\""}) {
    CHECK(count(r.out, text) == 1);
  }
}

TEST_CASE("seeds: a draft with one figure changed gets exactly one warning", "[cli][seeds][conflict]") {
  if (!std::filesystem::is_directory(seeds_dir())) {
    WARN("skipped: " << seeds_dir() << " is absent");
    return;
  }
  const std::string s001 = read_file(seeds_dir() + "/001_7ff189e211443cfa.txt");
  const std::string s000 = read_file(seeds_dir() + "/000_ce8b1eea1b9049c8.txt");
  struct Case {
    std::string draft;
    std::string warning;
    std::string first_note;
  };
  const Case cases[] = {
      {replaced(s001, "more than 400,000 H200", "40,000 H200"),
       "draft.txt:2:115: warning: count of H200 chips for ByteDance, Alibaba and Tencent conflicts with another "
       "report [value-conflict]",
       "001_7ff189e211443cfa.txt:2:115: note: here it is \"more than 400,000 H200 chips\" (same measure: H200 chip; "
       "same subjects: ByteDance, Alibaba and Tencent; predicate: acquire)"},
      {replaced(s001, "approximately $10 billion", "approximately $1 billion"),
       "draft.txt:2:177: warning: value of H200 chips for ByteDance, Alibaba and Tencent conflicts with another "
       "report [value-conflict]",
       "001_7ff189e211443cfa.txt:2:177: note: here it is \"approximately $10 billion\""},
      {replaced(s001, "approximately six times", "approximately three times"),
       "draft.txt:9:115: warning: performance ratio of H20 and H200 conflicts with another report [value-conflict]",
       "001_7ff189e211443cfa.txt:9:115: note: here it is \"approximately six times\" (same measure: performance "
       "ratio of H20 and H200)"},
      {replaced(s000, "(25% commission through)", "(15% commission through)"),
       "draft.txt:3:356: warning: percentage of levy for United States conflicts with another report [value-conflict]",
       "000_ce8b1eea1b9049c8.txt:3:356: note: here it is \"25%\" (same measure: levy; same subjects: United States; "
       "predicate: approve)"},
  };
  for (const Case& c : cases) {
    TempDir dir;
    dir.write("draft.txt", c.draft);
    const RunResult r = run_claimlint({"--color=never", "-Wno-boilerplate", "--against", seeds_dir(), "draft.txt"},
                                      dir.path());
    INFO(r.out);
    CHECK(count(r.out, ": warning: ") == 1);
    CHECK(r.out.find(c.warning) != std::string::npos);
    CHECK(r.out.find(c.first_note) != std::string::npos);
    CHECK(r.status == 1);
  }
}

TEST_CASE("conflicts within one article, traps left alone", "[cli][conflict]") {
  TempDir dir;
  dir.write("a.txt",
            "Acme Corp said it would hire 400 engineers in 2025.\n\n"
            "Acme Corp hired 1,200 engineers in the first quarter, a spokesman said.\n\n"
            "Later in the story, Acme Corp hired about 1,250 engineers, the company confirmed.\n\n"
            "Rival Bolt Inc hired 90 engineers.\n");
  const RunResult r = run_claimlint({"--color=never", "-q", "a.txt"}, dir.path());
  // 1,200 and about 1,250 agree within the hedge; the forecast of 400
  // is not a plain fact; Bolt's figure is about another subject.
  CHECK(r.out.empty());
  dir.write("b.txt",
            "Acme Corp hired 1,200 engineers last year, a spokesman said.\n\n"
            "By the spokesman's account, Acme Corp hired 12,000 engineers last year.\n");
  const RunResult b = run_claimlint({"--color=never", "-q", "b.txt"}, dir.path());
  CHECK(b.out.find("b.txt:3:45: warning: count of engineers for Acme Corp conflicts with an earlier figure in this "
                   "article [value-conflict]") == 0);
  CHECK(b.out.find("b.txt:1:17: note: here it is \"1,200 engineers\"") != std::string::npos);
}

TEST_CASE("the same claim in two currencies is a unit conflict", "[cli][conflict]") {
  TempDir dir;
  dir.write("a.txt", "ByteDance, Alibaba and Tencent will buy 400,000 H200 chips for $10 billion.\n");
  dir.write("b.txt", "ByteDance, Alibaba and Tencent will buy 400,000 H200 chips for 10 billion yuan.\n");
  const RunResult r = run_claimlint({"--color=never", "-q", "a.txt", "b.txt"}, dir.path());
  CHECK(r.out.find("b.txt:1:64: warning: value of H200 chips for ByteDance, Alibaba and Tencent is given in CNY here "
                   "but in USD elsewhere [unit-conflict]") == 0);
}

TEST_CASE("the same event dated differently, an opening after-phrase is a bound", "[cli][conflict]") {
  TempDir dir;
  dir.write("a.txt", "Published: 2025-12-20\n\nThe United States approved exports of the H200 on December 8, 2025.\n");
  dir.write("b.txt", "Published: 2025-12-21\n\nThe United States approved exports of the H200 on November 3, 2025.\n");
  dir.write("c.txt", "Published: 2025-12-22\n\nAfter talks with China last October, the United States approved exports of "
                     "the H200.\n");
  const RunResult r = run_claimlint({"--color=never", "-q", "a.txt", "b.txt", "c.txt"}, dir.path());
  CHECK(r.out.find("b.txt:3:51: warning: date of \"sell H200\" for United States conflicts with another report "
                   "[date-conflict]") == 0);
  CHECK(r.out.find("a.txt:3:51: note: here it is \"December 8, 2025\" (same event: United States sell H200)") !=
        std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 6);  // one warning, one note, with excerpts
}

TEST_CASE("'it' and 'the company' take the paragraph's one name, and only then", "[cli][bind]") {
  TempDir dir;
  dir.write("a.txt",
            "Voltara Motors sold 480,000 vehicles worldwide last year. The carmaker said it hired 300 engineers.\n\n"
            "Kestrel Auto and Voltara Motors met on Monday. It hired 20 engineers.\n");
  const RunResult r = run_claimlint({"extract", "a.txt"}, dir.path());
  CHECK(r.out.find("\"text\":\"300 engineers\",\"kind\":\"count\",\"value\":300,\"low\":300,\"high\":300,"
                   "\"qualifier\":\"exact\",\"unit\":\"engineer\",\"measure\":\"engineer\",\"subjects\":[\"Voltara Motors\"]") !=
        std::string::npos);
  CHECK(r.out.find("\"text\":\"20 engineers\",\"kind\":\"count\",\"value\":20,\"low\":20,\"high\":20,"
                   "\"qualifier\":\"exact\",\"unit\":\"engineer\",\"measure\":\"engineer\",\"subjects\":[]") !=
        std::string::npos);
}

TEST_CASE("'it' takes the name opening the sentence before, and a possessed headcount is the possessor's",
          "[cli][conflict]") {
  TempDir dir;
  const std::string opening =
      "Corvex agreed on Monday to buy Brightline for $2.1 billion in cash.\n\n"
      "Brightline, founded in 2011, makes payroll software. It employs about 2,400 people and cut 150 jobs last "
      "year.\n\n";
  dir.write("a.txt", opening + "Corvex said all of Brightline's 1,900 employees would be offered positions.\n");
  dir.write("b.txt", opening + "Corvex said all of Brightline's 2,400 employees would be offered positions.\n");
  dir.write("c.txt", "Brightline and Corvex Group met on Monday. It employs about 2,400 people.\n\n"
                     "Corvex said all of Brightline's 1,900 employees would be offered positions.\n");
  const RunResult r = run_claimlint({"--color=never", "a.txt"}, dir.path());
  CHECK(r.status == 1);
  CHECK(r.out ==
        "a.txt:5:33: warning: count of employees for Brightline conflicts with an earlier figure in this article "
        "[value-conflict]\n"
        "    Corvex said all of Brightline's 1,900 employees would be offered positions.\n"
        "                                    ^~~~~~~~~~~~~~~\n"
        "a.txt:3:65: note: here it is \"about 2,400 people\" (same measure: employee; same subjects: Brightline, one "
        "named by a word referring back, as \"it\" or \"the company\"; predicate: employ)\n"
        "    Brightline, founded in 2011, makes payroll software. It employs about 2,400 people and cut 150 jobs last "
        "year.\n"
        "                                                                    ^~~~~~~~~~~~~~~~~~\n");
  // The same headcount; "it" after two names; employing and cutting are
  // different figures.
  for (const char* file : {"b.txt", "c.txt"}) {
    INFO(file);
    const RunResult clean = run_claimlint({"--color=never", "-q", file}, dir.path());
    CHECK(clean.status == 0);
    CHECK(clean.out.empty());
  }
}

TEST_CASE("'the company' carries over from the paragraph before, 'the trust' is the name ending in Trust, "
          "a short name is the long one",
          "[cli][conflict]") {
  TempDir dir;
  dir.write("a.txt",
            "Published: 2026-04-14\n\nHollin Components, the Kassel-based maker of brakes, said on Tuesday that it "
            "would cut 1,150 jobs.\n\nThe company, based in Lindenau near Kassel, employs about 8,600 people "
            "worldwide.\n\nThe union represents most of Hollin's 9,200 employees.\n");
  dir.write("b.txt",
            "Eastmere Health Trust runs three hospitals.\n\nDr Ada Oduya said the trust's 7,240 staff had worked "
            "hard.\n\nThe trust employs 6,950 people, its annual report says.\n");
  const RunResult a = run_claimlint({"--color=never", "a.txt"}, dir.path());
  CHECK(a.status == 1);
  CHECK(a.out ==
        "a.txt:7:39: warning: count of employees for Hollin Components conflicts with an earlier figure in this "
        "article [value-conflict]\n"
        "    The union represents most of Hollin's 9,200 employees.\n"
        "                                          ^~~~~~~~~~~~~~~\n"
        "a.txt:5:53: note: here it is \"about 8,600 people\" (same measure: employee; same subjects: Hollin "
        "Components, one named by a word referring back, as \"it\" or \"the company\"; predicate: employ)\n"
        "    The company, based in Lindenau near Kassel, employs about 8,600 people worldwide.\n"
        "                                                        ^~~~~~~~~~~~~~~~~~\n");
  const RunResult b = run_claimlint({"--color=never", "-q", "b.txt"}, dir.path());
  CHECK(b.status == 1);
  CHECK(b.out.find("b.txt:5:19: warning: count of employees for Eastmere Health Trust conflicts with an earlier "
                   "figure in this article [value-conflict]") == 0);
  CHECK(b.out.find("b.txt:3:31: note: here it is \"7,240 staff\"") != std::string::npos);
}

TEST_CASE("'the group' after a speaker is the story's company, and what it has is no forecast",
          "[cli][conflict]") {
  TempDir dir;
  // The story, with the headcount "its" gives later.
  const auto story = [](const std::string& later) {
    return "---\ndate: 2026-01-08\n---\n\nPendry & Vale reported Christmas sales of £286 million on Thursday.\n\n"
           "Pendry & Vale employs 8,600 permanent staff.\n\n\"A good result,\" said Fiona Garraway, the chief "
           "executive.\n\nGarraway said the group would close two stores this year. The closures will affect "
           "about 140 of its " +
           later + " permanent staff.\n";
  };
  dir.write("a.md", story("8,900"));
  // The same with the same headcount: silent.
  dir.write("b.md", story("8,600"));
  const RunResult a = run_claimlint({"--color=never", "-q", "a.md"}, dir.path());
  CHECK(a.status == 1);
  CHECK(a.out.find("a.md:11:101: warning: count of permanent employees for Pendry & Vale conflicts with an earlier "
                   "figure in this article [value-conflict]") == 0);
  const RunResult b = run_claimlint({"--color=never", "-q", "b.md"}, dir.path());
  CHECK(b.status == 0);
  CHECK(b.out.empty());
}

TEST_CASE("a part of a listed total is not the whole", "[cli][conflict]") {
  TempDir dir;
  dir.write("a.txt",
            "Morrow Foods will close stores. The closures will affect 3,100 of the chain's 12,400 workers.\n\n"
            "Morrow employs 8,200 people in stores, 2,900 in warehouses and 1,300 in offices, a total of 12,400.\n");
  const RunResult r = run_claimlint({"--color=never", "-q", "a.txt"}, dir.path());
  CHECK(r.status == 0);
  CHECK(r.out.empty());
}

TEST_CASE("a quarter's figure and a half-year's ending the same day are not compared", "[cli][conflict]") {
  TempDir dir;
  dir.write("a.txt",
            "Published: 2025-08-01\n\nKarrawong Resources produced 312,400 ounces of gold in the three months to "
            "June 30.\n\nIn the six months to June 30, Karrawong produced 598,000 ounces.\n\n"
            "Karrawong Resources produced 598,000 ounces in the half-year to June 30, 2025.\n");
  const RunResult r = run_claimlint({"--color=never", "-q", "a.txt"}, dir.path());
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  const RunResult e = run_claimlint({"extract", "a.txt"}, dir.path());
  CHECK(e.out.find("\"text\":\"312,400 ounces\"") != std::string::npos);
  CHECK(e.out.find("\"time\":\"P3M/2025-06-30\"") != std::string::npos);
  CHECK(e.out.find("\"time\":\"P6M/2025-06-30\"") != std::string::npos);
}

TEST_CASE("a figure for one place is a part: compared only with figures of that place", "[cli][conflict]") {
  TempDir dir;
  dir.write("a.txt",
            "Shares of Apple rose on Tuesday. Apple sold 50 million iPhones in the quarter, the company said.\n\n"
            "Apple sold 10 million iPhones in China, according to Counterpoint.\n\n"
            "Ashford finished with 88 points from 38 matches. Ashford collected 51 points from 19 matches at Carver "
            "Park.\n");
  const RunResult r = run_claimlint({"--color=never", "-q", "a.txt"}, dir.path());
  CHECK(r.out.empty());
  // Two figures of the same place still conflict, and the note says so.
  dir.write("b.txt",
            "Shares of Apple rose on Tuesday. Apple sold 10 million iPhones in China, according to Counterpoint.\n\n"
            "Apple sold 4 million iPhones in China, a rival estimate said.\n");
  const RunResult b = run_claimlint({"--color=never", "-q", "b.txt"}, dir.path());
  CHECK(b.out.find("b.txt:3:12: warning: count of iPhones in China for Apple conflicts with an earlier figure in this "
                   "article [value-conflict]") == 0);
  CHECK(b.out.find("b.txt:1:45: note: here it is \"10 million iPhones\" (same measure: iPhone; same subjects: Apple; "
                   "predicate: sell; place: in China)") != std::string::npos);
  // The place is a field of the record, for figures that have one.
  const RunResult x = run_claimlint({"extract", "b.txt"}, dir.path());
  CHECK(x.out.find("\"predicate\":\"sell\",\"place\":\"in China\",\"time\":null") != std::string::npos);
}

TEST_CASE("a measure's plural in a message follows English spelling", "[cli][conflict]") {
  TempDir dir;
  dir.write("a.txt",
            "Shares of Ashford rose. Ashford played 38 matches last season.\n\n"
            "Ashford played 30 matches last season, the club said.\n");
  const RunResult r = run_claimlint({"--color=never", "-q", "a.txt"}, dir.path());
  CHECK(r.out.find("warning: count of matches for Ashford conflicts") != std::string::npos);
}

TEST_CASE("ages in one year agree within one, other years are not compared", "[cli][conflict]") {
  TempDir dir;
  dir.write("march.txt", "Published: 2026-03-10\n\nCouncil leader Maria Okafor, 47, backed the plan.\n");
  dir.write("june.txt", "Published: 2026-06-10\n\nCouncil leader Maria Okafor, 48, opened the stand.\n");
  CHECK(run_claimlint({"--color=never", "-q", "march.txt", "june.txt"}, dir.path()).out.empty());
  dir.write("july.txt", "Published: 2026-07-02\n\nCouncil leader Maria Okafor, 52, opened the stand.\n");
  const RunResult r = run_claimlint({"--color=never", "-q", "march.txt", "july.txt"}, dir.path());
  CHECK(r.out.find("july.txt:3:30: warning: age for Maria Okafor conflicts with another report [value-conflict]") ==
        0);
  CHECK(r.out.find("march.txt:3:30: note: here it is \"47\" (same measure: age; same subjects: Maria Okafor; time: "
                   "2026)") != std::string::npos);
  dir.write("later.txt", "Published: 2031-07-02\n\nFormer leader Maria Okafor, 52, opened the stand.\n");
  CHECK(run_claimlint({"--color=never", "-q", "march.txt", "later.txt"}, dir.path()).out.empty());
}
