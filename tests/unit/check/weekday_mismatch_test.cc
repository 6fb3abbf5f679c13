// Tests for check/weekday_mismatch: a weekday beside a date that falls on
// another day (issue 5).
#include "check/weekday_mismatch.h"

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
  check_weekdays(doc, extract_document_dates(doc, builtin().dates()), builtin().dates().language(doc.meta.lang),
                 sink);
  return sink.take();
}

}  // namespace

TEST_CASE("weekday-mismatch: a wrong weekday with a full date, and its fix-it", "[check][dates]") {
  const std::string text = "The hearing opened on Tuesday, 14 March 2025, in Madrid.";
  const Document doc = make_doc(text, std::nullopt);
  const std::vector<Diagnostic> d = lint(doc);
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "weekday-mismatch");
  CHECK(d[0].severity == Severity::error);
  CHECK(d[0].message == "14 March 2025 was a Friday, not a Tuesday");
  CHECK(d[0].range.file == FileId{1});
  CHECK(d[0].range.bytes == find(text, "Tuesday, 14 March 2025"));
  REQUIRE(d[0].fixits.size() == 1);
  CHECK(d[0].fixits[0].range.bytes == find(text, "Tuesday"));
  CHECK(d[0].fixits[0].replacement == "Friday");
  CHECK(d[0].notes.empty());
}

TEST_CASE("weekday-mismatch: month-first dates, abbreviations, future dates", "[check][dates]") {
  {
    const std::string text = "The vote was held on Tue., March 14, 2025.";
    const std::vector<Diagnostic> d = lint(make_doc(text, std::nullopt));
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "March 14, 2025 was a Friday, not a Tuesday");
    CHECK(d[0].range.bytes == find(text, "Tue., March 14, 2025"));
    REQUIRE(d[0].fixits.size() == 1);
    CHECK(d[0].fixits[0].range.bytes == find(text, "Tue"));
    CHECK(d[0].fixits[0].replacement == "Fri");
  }
  {
    const std::string text = "The trial starts on Wednesday, 9 March 2026.";
    const std::vector<Diagnostic> d = lint(make_doc(text, "2026-01-10"));
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "9 March 2026 is a Monday, not a Wednesday");
    CHECK(d[0].fixits[0].replacement == "Monday");
  }
}

TEST_CASE("weekday-mismatch: the date in brackets after its weekday ('on Monday (Feb. 11)')", "[check][dates]") {
  const std::string text = "The contract was awarded on Monday (Feb. 11) to a joint venture.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-03-04"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "Feb. 11 (2026) was a Wednesday, not a Monday");
  CHECK(d[0].fixits[0].replacement == "Wednesday");
  CHECK(lint(make_doc("The contract was awarded on Wednesday (Feb. 11) to a joint venture.", "2026-03-04")).empty());
  // A bracket that is no date's: no weekday beside it.
  CHECK(lint(make_doc("The contract was awarded on Monday (Feb. 11 was a holiday).", "2026-03-04")).empty());
}

TEST_CASE("weekday-mismatch: a date without a year is checked only near publication", "[check][dates]") {
  const std::string text = "The vote was held on Tuesday, March 14.";
  {
    const std::vector<Diagnostic> d = lint(make_doc(text, "2025-03-20"));
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "March 14 (2025) was a Friday, not a Tuesday");
    CHECK(d[0].range.bytes == find(text, "Tuesday, March 14"));
    CHECK(d[0].fixits[0].replacement == "Friday");
  }
  CHECK(lint(make_doc(text, "2025-09-20")).empty());
  CHECK(lint(make_doc(text, std::nullopt)).empty());
  // Some 16 weeks before a story of May: still this year's January.
  const std::vector<Diagnostic> d =
      lint(make_doc("Koller's trial, which opened on Tuesday, January 26, heard three weeks of testimony.",
                    "2026-05-15"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "January 26 (2026) was a Monday, not a Tuesday");
}

TEST_CASE("weekday-mismatch: a weekday beside the bound of an interval", "[check][dates]") {
  const std::string text = "All 14 schools will stay closed until at least Tuesday 5 March, the department said.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-02-27"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "5 March (2026) is a Thursday, not a Tuesday");
  CHECK(d[0].range.bytes == find(text, "Tuesday 5 March"));
  CHECK(lint(make_doc("All 14 schools will stay closed until at least Thursday 5 March.", "2026-02-27")).empty());
}

TEST_CASE("weekday-mismatch: a participle after a determiner or possessive is no past tense", "[check][dates]") {
  // "will vote" makes May 21 the coming one; "proposed" qualifies the
  // dividend and does not pull the date back a year, where May 21 was a
  // Wednesday.
  const std::string text =
      "Shareholders will vote on Ardlow's proposed dividend at the annual meeting on Wednesday, May 21.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-04-30"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "May 21 (2026) is a Thursday, not a Wednesday");
  CHECK(lint(make_doc("Shareholders will vote on the proposed dividend on Thursday, May 21.", "2026-04-30")).empty());
}

TEST_CASE("weekday-mismatch: Spanish, with the fix-it in Spanish", "[check][dates]") {
  const std::string text = "La ley se aprob\xC3\xB3 el martes 14 de marzo de 2025 en el Congreso.";
  const std::vector<Diagnostic> d = lint(make_doc(text, std::nullopt, "es"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "14 de marzo de 2025 was a Friday, not a Tuesday");
  CHECK(d[0].range.bytes == find(text, "martes 14 de marzo de 2025"));
  REQUIRE(d[0].fixits.size() == 1);
  CHECK(d[0].fixits[0].range.bytes == find(text, "martes"));
  CHECK(d[0].fixits[0].replacement == "viernes");
}

TEST_CASE("weekday-mismatch: a weekday set off after its date", "[check][dates]") {
  const std::string text = "Talks resume on March 21, 2025, a Thursday, in Oslo.";
  const std::vector<Diagnostic> d = lint(make_doc(text, std::nullopt));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "March 21, 2025 was a Friday, not a Thursday");
  CHECK(d[0].range.bytes == find(text, "March 21, 2025"));
  REQUIRE(d[0].fixits.size() == 1);
  CHECK(d[0].fixits[0].range.bytes == find(text, "Thursday"));
  CHECK(d[0].fixits[0].replacement == "Friday");
  // In brackets, after "which is a", and in Spanish.
  CHECK(lint(make_doc("The vote is set for 21 March 2025 (a Thursday).", std::nullopt)).size() == 1);
  CHECK(lint(make_doc("Pay is due on March 24, 2025, which is a Tuesday.", std::nullopt)).size() == 1);
  CHECK(lint(make_doc("La junta se reunir\xC3\xA1 el 5 de marzo de 2026, que es viernes.", std::nullopt, "es")).size() == 1);
  // Right weekdays, and a weekday that qualifies a noun after it.
  CHECK(lint(make_doc("The vote is set for 21 March 2025 (a Friday).", std::nullopt)).empty());
  CHECK(lint(make_doc("Pay is due on March 24, 2025, which is a Monday.", std::nullopt)).empty());
  CHECK(lint(make_doc("Bids close on March 28, 2025, a Thursday deadline set by the board.", std::nullopt)).empty());
}

TEST_CASE("weekday-mismatch: a relative weekday with its date written out", "[check][dates]") {
  // "el pasado lunes 17 de febrero": the weekday is checked against the
  // date, not resolved on its own.
  const std::string text = "La reuni\xC3\xB3n celebrada el pasado lunes 17 de febrero de 2026 termin\xC3\xB3 sin acuerdo.";
  const std::vector<Diagnostic> d = lint(make_doc(text, std::nullopt, "es"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "17 de febrero de 2026 was a Tuesday, not a Monday");
  REQUIRE(d[0].fixits.size() == 1);
  CHECK(d[0].fixits[0].range.bytes == find(text, "lunes"));
  CHECK(d[0].fixits[0].replacement == "martes");
  CHECK(lint(make_doc("The board met last Wednesday, March 5, 2026, in Leeds.", std::nullopt)).size() == 1);
  CHECK(lint(make_doc("The board met last Tuesday, March 3, 2026, in Leeds.", std::nullopt)).empty());
  CHECK(lint(make_doc("La junta se reuni\xC3\xB3 el pasado martes 17 de febrero de 2026.", std::nullopt, "es")).empty());
}

TEST_CASE("weekday-mismatch: a capitalised Spanish weekday after a capital is a name", "[check][dates]") {
  // "Santo Domingo, 6 de mayo de 2026": a dateline of a city, no Sunday.
  CHECK(lint(make_doc("Santo Domingo, 6 de mayo de 2026 (ACN). El turismo creci\xC3\xB3.", std::nullopt, "es")).empty());
  // After a lowercase article it is a weekday, capitalised or not.
  const std::string text = "La feria abri\xC3\xB3 el Domingo 6 de mayo de 2026.";
  const std::vector<Diagnostic> d = lint(make_doc(text, std::nullopt, "es"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "6 de mayo de 2026 was a Wednesday, not a Sunday");
  CHECK(d[0].range.bytes.begin == find(text, "Domingo").begin);
}

TEST_CASE("weekday-mismatch: near misses stay silent", "[check][dates]") {
  // Right weekdays, in both orders and languages.
  CHECK(lint(make_doc("The hearing opened on Friday, 14 March 2025.", std::nullopt)).empty());
  CHECK(lint(make_doc("The hearing opened on Friday, March 14, 2025.", std::nullopt)).empty());
  CHECK(lint(make_doc("La ley se aprob\xC3\xB3 el viernes 14 de marzo de 2025.", std::nullopt, "es")).empty());
  // A weekday not attached to the date.
  CHECK(lint(make_doc("On Tuesday the court said the deal of 14 March 2025 stands.", "2025-04-01")).empty());
  // A weekday beside a month without a day.
  CHECK(lint(make_doc("The deal was signed on Tuesday, in March 2025.", "2025-04-01")).empty());
  // A lone weekday resolved against publication always matches itself.
  CHECK(lint(make_doc("The deal was signed on Tuesday.", "2025-04-04")).empty());
}

TEST_CASE("weekday-mismatch through run_date_checks", "[check][dates]") {
  const std::string text = "Published on Tuesday, 14 March 2025. It sold out.";
  const Document doc = make_doc(text, std::nullopt);
  DiagnosticSink sink;
  run_date_checks(doc, builtin(), sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].check == "weekday-mismatch");
}

TEST_CASE("weekday-mismatch: a yearless date read into last year is checked on the nearest", "[check][dates]") {
  // "fijó" pulls 19 March back to 2025, 11 months before publication; the
  // nearest 19 March, 2026, is a Thursday, and so was no 19 March within
  // half a year: the Friday is wrong whatever year is meant.
  const std::string text = "La presidenta fij\xC3\xB3 para el viernes 19 de marzo la \xC3\xBAltima sesi\xC3\xB3n.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-02-11", "es"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "19 de marzo (2026) is a Thursday, not a Friday");
  REQUIRE(d[0].fixits.size() == 1);
  CHECK(d[0].fixits[0].replacement == "jueves");
  CHECK(lint(make_doc("La presidenta fij\xC3\xB3 para el jueves 19 de marzo la \xC3\xBAltima sesi\xC3\xB3n.",
                      "2026-02-11", "es"))
            .empty());
  // A Spanish future ending, and "próximo", make the date the coming one.
  const Document future = make_doc("El tribunal escuchar\xC3\xA1 a los peritos a partir del 2 de marzo.", "2026-02-11", "es");
  const std::vector<DateMention> dates = extract_document_dates(future, builtin().dates());
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].value == "2026-03-02");
  const Document next = make_doc("Declarar\xC3\xA1n el pr\xC3\xB3ximo lunes 16 de febrero.", "2026-02-11", "es");
  const std::vector<DateMention> next_dates = extract_document_dates(next, builtin().dates());
  REQUIRE(next_dates.size() == 1);
  CHECK(next_dates[0].value == "2026-02-16");
}

TEST_CASE("weekday-mismatch: a past verb does not move a date of the coming weeks a year back", "[check][dates]") {
  // 27 January 2025 was a Monday, but a story of 20 January 2026 that
  // writes no year means this January: 27 January 2026 is a Tuesday.
  const std::string text = "The agency called a meeting on Monday, Jan. 27 in Tacuarembo.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-01-20"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "Jan. 27 (2026) is a Tuesday, not a Monday");
  CHECK(d[0].range.bytes == find(text, "Monday, Jan. 27"));
  CHECK(lint(make_doc("The agency called a meeting on Tuesday, Jan. 27 in Tacuarembo.", "2026-01-20")).empty());
  // A date of this year seven months back keeps its past reading: 3 March
  // 2026 was a Tuesday.
  CHECK(lint(make_doc("Registration opened on Tuesday, March 3, and sold out in 19 days.", "2026-10-19")).empty());
}

TEST_CASE("weekday-mismatch: an upcoming date up to half a year ahead, and the tense's year with the weekday",
          "[check][dates]") {
  // 14 September 2026 is a Monday, three months after publication.
  const std::string text = "The tram will open on Tuesday 14 September.";
  const std::vector<Diagnostic> d = lint(make_doc(text, "2026-06-08"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "14 September (2026) is a Monday, not a Tuesday");
  CHECK(lint(make_doc("The tram will open on Monday 14 September.", "2026-06-08")).empty());
  // "would board" reads 13 September 2026, a Sunday: 13 September 2025, a
  // Saturday and nearer publication, is not what is meant.
  CHECK(lint(make_doc("She said the first passengers would board on Sunday 13 September.", "2026-02-10")).empty());
}

TEST_CASE("weekday-mismatch: a weekday and a bare day, in the month of the date before it in the paragraph",
          "[check][dates]") {
  const std::string es =
      "La fecha arrancar\xC3\xA1 el viernes 17 de abril y se cerrar\xC3\xA1 el lunes 20. El cl\xC3\xA1sico est\xC3\xA1 "
      "programado para el s\xC3\xA1" "bado 19 a las 17.";
  const std::vector<Diagnostic> d = lint(make_doc(es, "2026-04-09", "es"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "19 (19 April 2026, the month of the date before it) is a Sunday, not a Saturday");
  CHECK(d[0].range.bytes == find(es, "el s\xC3\xA1" "bado 19"));
  REQUIRE(d[0].fixits.size() == 1);
  CHECK(d[0].fixits[0].replacement == "domingo");
  CHECK(lint(make_doc("La fecha arrancar\xC3\xA1 el viernes 17 de abril. El cl\xC3\xA1sico ser\xC3\xA1 el domingo 19 a "
                      "las 17.",
                      "2026-04-09", "es"))
            .empty());
  // English: "the 19th"; the day before the date it follows is of the next month.
  const std::string en = "The round starts on Friday, April 17 and the derby is on Saturday the 19th.";
  const std::vector<Diagnostic> e = lint(make_doc(en, "2026-04-09"));
  REQUIRE(e.size() == 1);
  CHECK(e[0].message == "19th (19 April 2026, the month of the date before it) is a Sunday, not a Saturday");
  CHECK(lint(make_doc("The series starts on Thursday, April 30 and ends on Sunday the 3rd.", "2026-04-09")).empty());
  // A bare number and a noun is a count; no date before it, no month.
  CHECK(lint(make_doc("The round started on Friday, April 17. On Saturday 19 people were hurt.", "2026-04-09")).empty());
  CHECK(lint(make_doc("The derby is on Saturday the 19th.", "2026-04-09")).empty());
  // Another paragraph's date gives no month.
  CHECK(lint(make_doc("The round starts on Friday, April 17.\n\nThe derby is on Saturday the 19th.", "2026-04-09"))
            .empty());
}

TEST_CASE("weekday-mismatch: a date after an upcoming one in its sentence may be of the year after",
          "[check][dates]") {
  // 18 October 2026 is a Sunday; 18 October 2025 a Saturday.
  CHECK(lint(make_doc("The timetable takes effect on Saturday, 28 March, and runs until Sunday, 18 October.",
                      "2026-03-03"))
            .empty());
  const std::vector<Diagnostic> d = lint(
      make_doc("The timetable takes effect on Saturday, 28 March, and runs until Monday, 18 October.", "2026-03-03"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "18 October (2025) was a Saturday, not a Monday");
  // Alone, a past reading of the date stands.
  CHECK(lint(make_doc("The timetable ran until Sunday, 18 October.", "2026-03-03")).size() == 1);
}

TEST_CASE("weekday-mismatch: a day without its year in a clause of 'when' after a year is of that year",
          "[check][dates]") {
  // 3 January 2023 was a Tuesday; 3 January 2026 a Saturday.
  const std::string text = "It was the highest January figure since 2023, when the count reached 698 on {} 3 January.";
  CHECK(lint(make_doc(fmt::format(fmt::runtime(text), "Tuesday"), "2026-01-06")).empty());
  const std::vector<Diagnostic> d = lint(make_doc(fmt::format(fmt::runtime(text), "Monday"), "2026-01-06"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "3 January (2023) was a Tuesday, not a Monday");
  CHECK(lint(make_doc("La cifra m\xC3\xA1s alta desde 2019, cuando se contaron 512 el martes 8 de enero.",
                      "2026-01-06", "es"))
            .empty());
  // Without "when", the year of the story.
  CHECK(lint(make_doc("The count reached 698 in 2023. It reached 612 on Tuesday 3 January.", "2026-01-06")).size() ==
        1);
}
