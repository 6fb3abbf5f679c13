// Tests for check/timeline: a date after publication told in the past
// tense (issue 5).
#include "check/timeline.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "check/date_checks.h"
#include "extract/date_extractor.h"
#include "support/doc_case.h"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

std::vector<Diagnostic> lint(const Document& doc) {
  DiagnosticSink sink;
  check_timeline(doc, extract_document_dates(doc, builtin().dates()), sink);
  return sink.take();
}

}  // namespace

TEST_CASE("timeline: a future date told in the past tense", "[check][dates]") {
  const std::string text = "Apple said the phone launched in November 2026 to strong demand.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-03-10"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "timeline");
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].message ==
        "\"November 2026\" is after the publication date (2026-03-10) but told in the past tense (\"launched\")");
  CHECK(d[0].range.file == FileId{1});
  CHECK(d[0].range.bytes == find(text, "November 2026"));
  CHECK(d[0].fixits.empty());
}

TEST_CASE("timeline: days, quarters, ranges, passives and Spanish", "[check][dates]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* range;
    const char* message;
  } cases[] = {
      {"The regulator approved the merger on 3 April 2026.", "en", "3 April 2026",
       "\"3 April 2026\" is after the publication date (2026-03-10) but told in the past tense (\"approved\")"},
      {"The plant was opened in the third quarter of 2026.", "en", "the third quarter of 2026",
       "\"third quarter of 2026\" is after the publication date (2026-03-10) but told in the past tense "
       "(\"opened\")"},
      {"Sales began between May and June 2026.", "en", "between May and June 2026",
       "\"May and June 2026\" is after the publication date (2026-03-10) but told in the past tense (\"began\")"},
      {"The launch was in 2027.", "en", "2027",
       "\"2027\" is after the publication date (2026-03-10) but told in the past tense (\"was\")"},
      {"La empresa lanz\xC3\xB3 el modelo en noviembre de 2026.", "es", "noviembre de 2026",
       "\"noviembre de 2026\" is after the publication date (2026-03-10) but told in the past tense "
       "(\"lanz\xC3\xB3\")"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::string text = c.text;
    const std::vector<Diagnostic> d = lint(make_doc(text, "2026-03-10", c.lang));
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == c.message);
    CHECK(d[0].range.bytes == find(text, c.range));
  }
}

TEST_CASE("timeline: near misses stay silent", "[check][dates]") {
  const char* quiet[] = {
      // Future tense, plans, conditions.
      "The phone will launch in November 2026.",
      "The phone is expected to launch in November 2026.",
      "The phone is to be launched in November 2026.",
      "Apple said the phone launched well and will ship in November 2026.",
      "If approved in November 2026, the plant opens in 2027.",
      // Past dates, and the publication day itself.
      "The phone launched in November 2025.",
      "The phone launched on 10 March 2026.",
      "The phone launched in March 2026.",
      // Bounds and ranges that start before publication.
      "The plant was approved by 2027.",
      "Prices rose between January and May 2026.",
      // A date without a year: the year follows the tense.
      "The phone launched in November.",
      "The phone launched last November.",
      // Perfect tense, punctuation between verb and date, verb after the date.
      "The phone has launched in November 2026.",
      "The phone launched, analysts say, in November 2026.",
      "In November 2026, the phone launched.",
      // A verb too far from the date, or in another clause.
      "Apple launched the long awaited, much delayed phone in November 2026.",
      "Apple launched its long awaited much delayed folding phone in November 2026.",
      "Apple launched the phone that ships in November 2026.",
      "Apple agreed to deliver chips in November 2026.",
      // Dates that say what an event is about, not when it happened.
      "The council approved a budget for 2027.",
      "Apple approved the plan of November 2026.",
      "The council said it expects growth in 2027.",
  };
  for (const char* text : quiet) {
    INFO(text);
    CHECK(lint(make_doc(text, "2026-03-10")).empty());
  }
  // Without a publication date nothing can be after it.
  CHECK(lint(make_doc("The phone launched in November 2026.", std::nullopt)).empty());
}

TEST_CASE("timeline through run_date_checks", "[check][dates]") {
  const Document doc = make_doc("The phone launched in November 2026.", "2026-03-10");
  DiagnosticSink sink;
  run_date_checks(doc, builtin(), sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].check == "timeline");
}

TEST_CASE("timeline: the verbs of a court story", "[check][dates]") {
  const std::string text = "He was arrested two days later and charged with murder on 5 November 2025.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2025-10-10"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"5 November 2025\" is after the publication date (2025-10-10) but told in the past tense (\"charged\")");
  CHECK(lint(make_doc("He will be sentenced on 5 November 2025.", "2025-10-10")).empty());
}

TEST_CASE("timeline: a date without its year in the two months after publication, its verb right before 'on'",
          "[check][dates]") {
  const std::string text = "The funding council's final grant letter, issued on 29 May, confirmed the figure.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-05-21"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"29 May\" (2026) is after the publication date (2026-05-21) but told in the past tense (\"issued\")");
  CHECK(d[0].range.bytes == find(text, "29 May"));
  // Before publication, or months after it, or with words between the
  // verb and the date ("called a meeting on"), it is not read so.
  CHECK(lint(make_doc("The grant letter, issued on 19 May, confirmed the figure.", "2026-05-21")).empty());
  CHECK(lint(make_doc("The grant letter, issued on 29 September, confirmed the figure.", "2026-05-21")).empty());
  CHECK(lint(make_doc("The agency called a meeting on Monday, Jan. 27 in Tacuarembo.", "2026-01-20")).empty());
  CHECK(lint(make_doc("The grant letter will be issued on 29 May.", "2026-05-21")).empty());
}

TEST_CASE("timeline: a verb of coming into force and its idiom before 'on'", "[check][dates]") {
  const std::string text = "Customers have switched since the new cap came into force on 1 April, the company said.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-03-03"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"1 April\" (2026) is after the publication date (2026-03-03) but told in the past tense (\"came\")");
  CHECK(lint(make_doc("The new cap will come into force on 1 April.", "2026-03-03")).empty());
  CHECK(lint(make_doc("Customers have switched since the new cap came into force on 1 February.", "2026-03-03"))
            .empty());
  CHECK(lint(make_doc("La nueva tarifa entr\xC3\xB3 en vigor el 1 de abril.", "2026-03-03", "es")).size() == 1);
}

TEST_CASE("timeline: the verb's object before a yearless day, and wire style without 'on'", "[check][dates]") {
  const std::string text = "Riverhawks owner Glenn Ashby signed the term sheet Dec. 14, clearing the way for the vote.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-12-10"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"Dec. 14\" (2026) is after the publication date (2026-12-10) but told in the past tense (\"signed\")");
  CHECK(lint(make_doc("Ashby signed the term sheet on Dec. 14, clearing the way.", "2026-12-10")).size() == 1);
  // A day before publication, or a future verb.
  CHECK(lint(make_doc("Ashby signed the term sheet Dec. 4, clearing the way.", "2026-12-10")).empty());
  CHECK(lint(make_doc("Ashby will sign the term sheet Dec. 14.", "2026-12-10")).empty());
  // A month with no day is no date of the event.
  CHECK(lint(make_doc("Apple approved the plan of November 2026.", "2026-03-10")).empty());
}

TEST_CASE("timeline: a weekday that fits only the coming day pins a yearless day after publication",
          "[check][dates]") {
  // 14 December 2026 is a Monday; 14 December 2025 was a Sunday.
  const std::string text =
      "The proposals were passed at the annual general meeting, held in the Riverside Hotel on Monday, 14 December, "
      "which was attended by 212 members.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-12-10"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"14 December\" (2026) is after the publication date (2026-12-10) but told in the past tense (\"held\")");
  // Without the weekday, words between the verb and the day leave it
  // unread; a future verb tells no past.
  CHECK(lint(make_doc("The meeting was held in the Riverside Hotel on 14 December.", "2026-12-10")).empty());
  CHECK(lint(make_doc("The meeting will be held in the Riverside Hotel on Monday, 14 December.", "2026-12-10"))
            .empty());
  // Across the new year: 4 January 2027 is a Monday, 4 January 2026 was a Sunday.
  CHECK(lint(make_doc("The board met in the Riverside Hotel on Monday, 4 January.", "2026-12-28")).size() == 1);
}

TEST_CASE("timeline: Spanish plural past verbs govern a day ('comenzaron a operar el lunes 26 de enero')",
          "[check][dates]") {
  // 26 January 2026 is a Monday; 26 January 2025 was a Sunday.
  const std::string text = "Las dos nuevas gr\xC3\xBA" "as, que comenzaron a operar el lunes 26 de enero, ya elevaron la "
                           "productividad.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-01-14", "es"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"26 de enero\" (2026) is after the publication date (2026-01-14) but told in the past "
                        "tense (\"comenzaron\")");
  CHECK(lint(make_doc("Las dos nuevas gr\xC3\xBA" "as comenzar\xC3\xA1n a operar el lunes 26 de enero.", "2026-01-14",
                      "es"))
            .empty());
}

TEST_CASE("timeline: a future marker in another clause of the sentence does not make the day's verb future",
          "[check][dates]") {
  const std::string text = "The grant letter, issued on 29 May, said no transitional support would be available.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-05-21"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"29 May\" (2026) is after the publication date (2026-05-21) but told in the past tense (\"issued\")");
  // In the date's own clause it does.
  CHECK(lint(make_doc("The grant letter would be issued on 29 May.", "2026-05-21")).empty());
  CHECK(lint(make_doc("If the letter is issued on 29 May, support follows.", "2026-05-21")).empty());
}

TEST_CASE("timeline: a relative clause in the past right after a day with its weekday ('on Sunday, April 12, which drew')",
          "[check][dates]") {
  // 12 April 2026 is a Sunday; 12 April 2025 was a Saturday.
  const std::string text =
      "The season wrapped up with a closing party on Sunday, April 12, which drew about 2,300 skiers.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-04-10"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"April 12\" (2026) is after the publication date (2026-04-10) but told in the past tense (\"drew\")");
  CHECK(lint(make_doc("The season will end with a closing party on Sunday, April 12, which is expected to draw "
                      "2,300 skiers.",
                      "2026-04-10"))
            .empty());
  // No weekday: the year is not pinned.
  CHECK(lint(make_doc("The season wrapped up with a closing party on April 12, which drew about 2,300 skiers.",
                      "2026-04-10"))
            .empty());
}

TEST_CASE("timeline: verbs of markets and deals are past cues ('an offering that priced on Thursday, April 16')",
          "[check]") {
  const std::vector<Diagnostic> d = lint(make_doc(
      "Lumora said it had raised $240 million in an offering that priced on Thursday, April 16.", "2026-04-14"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"April 16\" (2026) is after the publication date (2026-04-14) but told in the past tense (\"priced\")");
  CHECK(lint(make_doc("Lumora said the offering is expected to be priced on Thursday, April 16.", "2026-04-14"))
            .empty());
}

TEST_CASE("timeline: a Spanish simple past is told by its ending ('promulgó'), a deadline after 'para' is no event",
          "[check]") {
  const std::vector<Diagnostic> d = lint(make_doc(
      "Tras la votaci\xC3\xB3n, el intendente promulg\xC3\xB3 la ordenanza el viernes 7 de agosto.", "2026-08-06", "es"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"7 de agosto\" (2026) is after the publication date (2026-08-06) but told in the past tense "
                        "(\"promulg\xC3\xB3\")");
  CHECK(lint(make_doc("El Consejo Regional pidi\xC3\xB3 un nuevo reporte para el martes 28 de abril.", "2026-03-24",
                      "es"))
            .empty());
  CHECK(lint(make_doc("El intendente promulgar\xC3\xA1 la ordenanza el viernes 7 de agosto.", "2026-08-06", "es"))
            .empty());
}

TEST_CASE("timeline: a relative clause in the past after a weekday date may count its subject ('when more than 1,400 people toured')",
          "[check]") {
  const std::vector<Diagnostic> d = lint(make_doc(
      "Supporters got their first look at an open day on Saturday, 28 March, when more than 1,400 people toured the "
      "ground.",
      "2026-03-16"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"28 March\" (2026) is after the publication date (2026-03-16) but told in the past tense (\"toured\")");
  CHECK(lint(make_doc("Supporters will get a first look at an open day on Saturday, 28 March, when more than 1,400 "
                      "people are expected.",
                      "2026-03-16"))
            .empty());
}

TEST_CASE("timeline: wire style drops 'on' before a weekday ('premiered Friday, May 22'), and verbs of shows count",
          "[check]") {
  const std::vector<Diagnostic> d =
      lint(make_doc("The museum's new planetarium show, Northern Skies, premiered Friday, May 22, drawing a sold-out "
                    "crowd of 240 to the dome.",
                    "2026-04-16"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"May 22\" (2026) is after the publication date (2026-04-16) but told in the past tense (\"premiered\")");
  // The coming day told as coming; a weekday of the day a year before.
  CHECK(lint(make_doc("The museum's new planetarium show will premiere Friday, May 22.", "2026-04-16")).empty());
  CHECK(lint(make_doc("The museum's new planetarium show premiered Thursday, May 22, to a full dome.", "2026-04-16"))
            .empty());
}

TEST_CASE("timeline: a weekday that pins the coming day reaches half a year ahead", "[check]") {
  const std::vector<Diagnostic> d = lint(make_doc(
      "The first round of 1,100 hourly layoffs took effect Friday, Sept. 18, the company said.", "2026-07-14"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"Sept. 18\" (2026) is after the publication date (2026-07-14) but told in the past tense (\"took\")");
  // Without the weekday, a day more than two months ahead may be last
  // year's.
  CHECK(lint(make_doc("The first round of 1,100 hourly layoffs took effect Sept. 18, the company said.", "2026-07-14"))
            .empty());
}

TEST_CASE("timeline: an occasion between the verb and its day ('at its meeting on') ties a longer object to it",
          "[check]") {
  const std::string text = "The advisory board approved a second round of $3.1 million in rebuilding grants {} Monday, "
                           "June 22, with priority for uninsured homeowners.";
  const std::vector<Diagnostic> d = lint(make_doc(fmt::format(fmt::runtime(text), "at its meeting on"), "2026-06-09"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"June 22\" (2026) is after the publication date (2026-06-09) but told in the past tense (\"approved\")");
  // Without the occasion the verb is too far from the day to govern it.
  CHECK(lint(make_doc(fmt::format(fmt::runtime(text), "on"), "2026-06-09")).empty());
  // In Spanish: "en su sesi\u00f3n".
  const std::string es = "La junta aprob\xC3\xB3 la segunda ronda de ayudas a los municipios {}el lunes 22 de junio.";
  const std::vector<Diagnostic> e =
      lint(make_doc(fmt::format(fmt::runtime(es), "en su sesi\xC3\xB3n "), "2026-06-09", "es"));
  REQUIRE(e.size() == 1);
  CHECK(e[0].message.find("told in the past tense (\"aprob\xC3\xB3\")") != std::string::npos);
  CHECK(lint(make_doc(fmt::format(fmt::runtime(es), ""), "2026-06-09", "es")).empty());
  // A future told with it is no past.
  CHECK(lint(make_doc("The board will vote on a second round of grants at its meeting on Monday, June 22.",
                      "2026-06-09"))
            .empty());
}

TEST_CASE("timeline: a future in a clause of 'que' after the date is another event's", "[check]") {
  const std::string text = "El consejo aprob\xC3\xB3 el viernes 23 de enero una nueva propuesta que eleva la subida{}.";
  const std::string later = " y que el comit\xC3\xA9 estudiar\xC3\xA1 esta semana";
  const std::vector<Diagnostic> d = lint(make_doc(fmt::format(fmt::runtime(text), later), "2026-01-21", "es"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.find("\"23 de enero\" (2026) is after the publication date (2026-01-21)") != std::string::npos);
  // A future in the date's own clause tells a plan.
  CHECK(lint(make_doc("El consejo aprobar\xC3\xA1 el viernes 23 de enero una nueva propuesta.", "2026-01-21", "es"))
            .empty());
}

TEST_CASE("timeline: a date set off after 'on its first day' is governed by the verb before the phrase", "[check]") {
  const std::string text = "Commuter groups welcomed the opening, which {} more than 18,000 riders on its first day, "
                           "Monday, March 9.";
  const std::vector<Diagnostic> d = lint(make_doc(fmt::format(fmt::runtime(text), "drew"), "2026-03-02"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"March 9\" (2026) is after the publication date (2026-03-02) but told in the past tense (\"drew\")");
  CHECK(lint(make_doc(fmt::format(fmt::runtime(text), "is expected to draw"), "2026-03-02")).empty());
  // Another phrase before the comma names no day of the date's.
  CHECK(lint(make_doc("The line drew more than 18,000 riders on its new route, Monday, March 9.", "2026-03-02"))
            .empty());
  // Spanish: "en su primer d\u00eda".
  const std::vector<Diagnostic> e = lint(make_doc(
      "La l\xC3\xADnea recibi\xC3\xB3 18.000 viajeros en su primer d\xC3\xAD" "a, el lunes 9 de marzo.", "2026-03-02",
      "es"));
  REQUIRE(e.size() == 1);
}

TEST_CASE("timeline: a hyphen or an apostrophe inside a word between the verb and its day counts once", "[check]") {
  const std::vector<Diagnostic> d =
      lint(make_doc("Mr Mac Giolla told the co-op's annual general meeting on Friday 22 May that the board had "
                    "reviewed its scheme.",
                    "2026-04-16"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"22 May\" (2026) is after the publication date (2026-04-16) but told in the past tense (\"told\")");
  // Seven words between: too far, a hyphen or not.
  CHECK(lint(make_doc("Mr Mac Giolla told the co-op's big annual general members' meeting on Friday 22 May.",
                      "2026-04-16"))
            .empty());
}

TEST_CASE("timeline: a Spanish infinitive between a past verb and the date takes the date ('cit\xC3\xB3 ... a "
          "comparecer el')",
          "[check]") {
  CHECK(lint(make_doc("El Congreso local cit\xC3\xB3 a Mendiz\xC3\xA1" "bal a comparecer el mi\xC3\xA9rcoles 20 de "
                      "mayo para explicar la estrategia.",
                      "2026-05-07", "es"))
            .empty());
  CHECK(lint(make_doc("El Congreso local escuch\xC3\xB3 a Mendiz\xC3\xA1" "bal el mi\xC3\xA9rcoles 20 de mayo.",
                      "2026-05-07", "es"))
            .size() == 1);
}

TEST_CASE("timeline: 'to' before a figure or an article is a preposition ('were issued to 310 workers on')",
          "[check]") {
  const std::vector<Diagnostic> d = lint(make_doc(
      "The first redundancy notices were issued to 310 workers on Monday 2 November, the union said.", "2026-10-16"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"2 November\" (2026) is after the publication date (2026-10-16) but told in the past "
                        "tense (\"issued\")");
  // An infinitive's date is the infinitive's.
  CHECK(lint(make_doc("The council voted to close the depot on Monday 2 November.", "2026-10-16")).empty());
}

TEST_CASE("timeline: a verb of speech with words before the date tells a clause ('said the contract expires in 2027')",
          "[check]") {
  // "that" left out: the date is of the clause told, in the present.
  CHECK(lint(make_doc("Carla Benedetti, an organizer with the union, said the union's contract expires in 2027 and "
                      "members are worried.",
                      "2026-02-19"))
            .empty());
  // Right before the date, the verb of speech dates the telling.
  const std::vector<Diagnostic> d =
      lint(make_doc("The mayor said in March 2026 that the depot would stay open.", "2026-02-19"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"March 2026\" is after the publication date (2026-02-19) but told in the past tense (\"said\")");
  // Another past verb with its object still takes the date.
  const std::vector<Diagnostic> e =
      lint(make_doc("Officials said the utility opened the plant in 2027.", "2026-02-19"));
  REQUIRE(e.size() == 1);
  CHECK(e[0].message == "\"2027\" is after the publication date (2026-02-19) but told in the past tense (\"opened\")");
}
