// Tests for check/event_dates: one event named by a noun phrase, dated
// twice in one document (date-conflict).
#include "check/event_dates.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "extract/date_extractor.h"
#include "support/doc_case.h"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

std::vector<Diagnostic> lint(const std::string& text, const std::string& lang = "en") {
  Document doc = make_doc(text, std::string("2025-07-03"));
  doc.meta.lang = lang;
  DiagnosticSink sink;
  check_event_dates(doc, extract_document_dates(doc, builtin().dates()), *builtin().dates().language(lang), sink);
  return sink.take();
}

}  // namespace

TEST_CASE("date-conflict: the same event named twice with two days", "[check][dates]") {
  const std::string text =
      "The ferry was withdrawn after the gearbox failure on Sunday, 22 June, the operator said. Since the gearbox "
      "failure on 24 June, passengers have used a smaller vessel.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "date-conflict");
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].message == "date of \"the gearbox failure\" conflicts with an earlier date in this article");
  CHECK(d[0].range.bytes == find(text, "24 June"));
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].message == "here it is \"22 June\" (same event: the gearbox failure)");
  CHECK(d[0].notes[0].range.bytes == find(text, "22 June"));
}

TEST_CASE("date-conflict: near misses of a named event stay silent", "[check][dates]") {
  // The same day; events that recur; one word; a verb, not a noun phrase.
  CHECK(lint("After the gearbox failure on 22 June the ship stopped. Since the gearbox failure on 22 June, no "
             "sailings.")
            .empty());
  CHECK(lint("The board meeting on 3 June approved it. The board meeting on 10 June did not.").empty());
  CHECK(lint("After the failure on 22 June the ship stopped. After the failure on 24 June, no sailings.").empty());
  CHECK(lint("The engine failure recorded on 22 June was minor. The engine failure reported on 24 June was not.")
            .empty());
}

TEST_CASE("date-conflict: a clause after 'since' names an event told with another day", "[check][dates]") {
  const std::string text =
      "The fire broke out on Wednesday, 14 January, after a dry lightning storm crossed the ranges. Volunteers have "
      "run the hall since lightning sparked the blaze in the hills above the town on 12 January.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "date-conflict");
  CHECK(d[0].message ==
        "\"since lightning sparked the blaze\" is dated 12 January here, but 14 January earlier in this article");
  CHECK(d[0].range.bytes == find(text, "12 January"));
  REQUIRE(d[0].notes.size() == 1);
  // Why it is one event: the words of its clause, or their synonyms.
  CHECK(d[0].notes[0].message ==
        "here it is \"14 January\" (same event: \"fire\", \"broke\", \"lightning\" told with this date)");
  CHECK(d[0].notes[0].range.bytes == find(text, "14 January"));

  // A noun for the verb, a month for a day.
  const std::vector<Diagnostic> arrest =
      lint("Prescott was arrested on Thursday 14 November 2024. She has repaid $40,000 since her arrest in October "
           "2024.");
  REQUIRE(arrest.size() == 1);
  CHECK(arrest[0].message == "\"since her arrest\" is dated October 2024 here, but 14 November 2024 earlier in "
                             "this article");
  CHECK(arrest[0].notes[0].message ==
        "here it is \"14 November 2024\" (same event: \"arrested\" told with this date)");
}

TEST_CASE("date-conflict: 'desde que' names an event told before", "[check][dates]") {
  const std::string text =
      "La empresa comunicó la apertura del periodo de consultas el lunes 9 de febrero. Desde que arrancó el periodo "
      "de consultas el 12 de febrero, las partes se han reunido cuatro veces.";
  const std::vector<Diagnostic> d = lint(text, "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"Desde que arrancó el periodo de consultas\" is dated 12 de febrero here, but 9 de febrero earlier in this "
        "article");
  CHECK(d[0].notes[0].message ==
        "here it is \"9 de febrero\" (same event: \"apertura\", \"periodo\", \"consultas\" told with this date)");
}

TEST_CASE("date-conflict: 'desde la sesión del 21 de mayo en que' names an event told before", "[check][dates]") {
  const std::string text =
      "Para cubrir la operaci\xC3\xB3n, el cabildo aprob\xC3\xB3 el jueves 26 de junio un ajuste a la tarifa de "
      "agua. Los regidores recordaron que, desde la sesi\xC3\xB3n del {} en que se aprob\xC3\xB3 el aumento, la "
      "comisi\xC3\xB3n ha recibido m\xC3\xA1s de 300 quejas.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "19 de junio"), "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"desde la sesi\xC3\xB3n del 19 de junio en que se aprob\xC3\xB3 el aumento\" is dated 19 de "
                        "junio here, but 26 de junio earlier in this article");
  CHECK(lint(fmt::format(fmt::runtime(text), "26 de junio"), "es").empty());
  // Another thing approved at the session: no event told before.
  CHECK(lint("El cabildo aprob\xC3\xB3 el jueves 26 de junio un ajuste a la tarifa de agua. Desde la sesi\xC3\xB3n "
             "del 19 de junio en que se aprob\xC3\xB3 el presupuesto, la comisi\xC3\xB3n ha recibido 300 quejas.",
             "es")
            .empty());
}

TEST_CASE("date-conflict: 'dio luz verde' and 'gave the green light' approve", "[check][dates]") {
  const std::string es = "El pleno municipal aprob\xC3\xB3 el proyecto de ejecuci\xC3\xB3n el 27 de marzo de 2025. Han "
                         "pasado tres meses desde que el pleno dio luz verde al proyecto, el {} de 2025.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(es), "24 de abril"), "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"desde que el pleno dio luz verde\" is dated 24 de abril de 2025 here, but 27 de marzo de "
                        "2025 earlier in this article");
  CHECK(lint(fmt::format(fmt::runtime(es), "27 de marzo"), "es").empty());
  CHECK(lint("The council approved the plan on March 27, 2025. Since the council gave the green light to the plan on "
             "April 24, 2025, costs have risen.")
            .size() == 1);
}

TEST_CASE("date-conflict: 'since her guilty plea' after 'pleaded guilty'", "[check][dates]") {
  const std::string text = "Renee Halvorsen pleaded guilty Wednesday, June 4, to one count of theft. Halvorsen has "
                           "repaid $171,000 since her guilty plea on {}, mostly from the sale of a boat.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "June 14"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"since her guilty plea\" is dated June 14 here, but June 4 earlier in this article");
  CHECK(lint(fmt::format(fmt::runtime(text), "June 4")).empty());
}

TEST_CASE("date-conflict: 'Kessler, who signed on July 20' after the signing told on another day",
          "[check][dates]") {
  const std::string text = "The Voyageurs signed centre Jonas Kessler to an eight-year contract extension on Tuesday, "
                           "June 24. Kessler, who signed on {}, said he plans to buy a home in the city.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "June 23"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"Kessler, who signed\" is dated June 23 here, but June 24 earlier in this article");
  CHECK(lint(fmt::format(fmt::runtime(text), "June 24")).empty());
  // Another verb: another event.
  CHECK(lint("The Voyageurs signed centre Jonas Kessler on Tuesday, June 24. Kessler, who arrived on June 20, said he "
             "plans to buy a home.")
            .empty());
}

TEST_CASE("date-conflict: back references that name no event told before stay silent", "[check][dates]") {
  // Another object ("the plan", "the budget"); another verb; another of
  // its kind; the day told elsewhere; months apart; no noun at all.
  CHECK(lint("The council approved the budget on 10 February. Rents have risen since the council approved the plan "
             "on 3 March.")
            .empty());
  CHECK(lint("The deal was signed on 20 March. Shares have risen since the deal was announced on 3 March.").empty());
  CHECK(lint("A second fire broke out on 2 February. Crews have worked since the fire broke out on 14 January.")
            .empty());
  CHECK(lint("The strike began on 3 March. Talks stalled since the previous strike began on 10 February.").empty());
  CHECK(lint("The contract was signed on 20 March, and talks ended on 3 March. Shares rose since the contract was "
             "signed on 3 March.")
            .empty());
  CHECK(lint("The agreement was signed on 20 March 2024. Trade doubled since the agreement was signed on 3 "
             "September 2024.")
            .empty());
  CHECK(lint("The line opened on 3 March. Trips doubled since it opened on 10 March.").empty());
  // Each told consistently.
  CHECK(lint("Prescott was arrested on 14 November 2024. She has repaid $40,000 since her arrest in November 2024.")
            .empty());
}

TEST_CASE("date-conflict: 'since DATE, when ...' and 'since NOUN, DATE' name an event told before",
          "[check][dates]") {
  const std::string text =
      "A jury convicted her on Feb. 20 of 14 counts. Marsh has been held in the county jail since Feb. 13, when "
      "jurors returned guilty verdicts on all 14 counts.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"since Feb. 13, when jurors returned guilty verdicts\" is dated Feb. 13 here, but Feb. 20 "
                        "earlier in this article");
  CHECK(d[0].notes[0].message == "here it is \"Feb. 20\" (same event: \"jury\", \"convicted\" told with this date)");
  // Spanish: the event after "día en que", a year between the date and its
  // event; the noun before a comma and the date.
  const std::vector<Diagnostic> es = lint(
      "Tras 41 sesiones, el martes 3 de febrero de este a\xC3\xB1o el juez anunci\xC3\xB3 el sentido condenatorio "
      "del fallo, y ayer se hizo la lectura de la sentencia. Ospina permanece recluido desde el 10 de febrero, "
      "d\xC3\xAD" "a en que el juez anunci\xC3\xB3 el sentido condenatorio del fallo.",
      "es");
  REQUIRE(es.size() == 1);
  CHECK(es[0].notes[0].message.starts_with("here it is \"3 de febrero\""));
  const std::vector<Diagnostic> capture = lint(
      "Mendoza fue capturado el 12 de abril de 2024 en Santa Marta. El exfuncionario, que permanece recluido en la "
      "c\xC3\xA1rcel desde su captura, el 19 de abril de 2024, escuch\xC3\xB3 la decisi\xC3\xB3n.",
      "es");
  REQUIRE(capture.size() == 1);
  CHECK(capture[0].message == "\"desde su captura\" is dated 19 de abril de 2024 here, but 12 de abril de 2024 "
                              "earlier in this article");
  // The same day: no conflict.
  CHECK(lint("A jury convicted her on Feb. 13 of 14 counts. She has been held since Feb. 13, when jurors returned "
             "guilty verdicts.")
            .empty());
}

TEST_CASE("date-conflict: a verb of the clause says which event of its nouns", "[check][dates]") {
  CHECK(lint("The council discussed the plan on 10 February. Rents have risen since the council approved the plan on "
             "3 March.")
            .empty());
  CHECK(lint("The council approved the plan on 10 February. Rents have risen since the council approved the plan on "
             "3 March.")
            .size() == 1);
}

TEST_CASE("date-conflict: 'since the DATE NOUN' names the event after its date", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("The governor signed a disaster declaration on Friday, Jan. 23, a day before the snow. Since the Jan. 22 "
           "declaration, Guard members have completed 140 welfare checks.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"Since the Jan. 22 declaration\" is dated Jan. 22 here, but Jan. 23 earlier in this article");
  CHECK(lint("The governor signed a disaster declaration on Friday, Jan. 23. Since the Jan. 23 declaration, Guard "
             "members have completed 140 welfare checks.")
            .empty());
}

TEST_CASE("date-conflict: a plan told again as a proposal (event_synonyms)", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Mayor Angela Ruiz-Park unveiled her proposal on April 14, warning of a shortfall. Since Ruiz-Park "
           "unveiled the plan April 21, residents have packed council meetings.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"Since Ruiz-Park unveiled the plan\" is dated April 21 here, but April 14 earlier in this article");
  CHECK(lint("Mayor Angela Ruiz-Park unveiled her proposal on April 14, warning of a shortfall. Since Ruiz-Park "
             "unveiled the plan April 14, residents have packed council meetings.")
            .empty());
}

TEST_CASE("date-conflict: 'The strike, which started on DATE' names the strike told before", "[check][dates]") {
  const std::string told =
      "The strike at Tshukudu, which employs about 4,300 of the group's 18,600 workers, began on Wednesday 14 January "
      "after talks over a new shift system broke down, and lasted 11 days. ";
  const std::vector<Diagnostic> d =
      lint(told + "The strike, which started on 17 January, cost the company about 44,000 ounces of production.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"The strike, which started on\" is dated 17 January here, but 14 January earlier in this "
                        "article");
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].message == "here it is \"14 January\" (same event: \"strike\", \"began\" told with this date)");
  CHECK(lint(told + "The strike, which started on 14 January, cost the company about 44,000 ounces.").empty());
  // No noun of a one-off event, or no article: no event told before.
  CHECK(lint("The council met on 14 January. The council, which met on 17 January, approved it.").empty());
  // A strike of another kind is another strike.
  CHECK(lint("A strike began on 14 January. The second strike, which started on 17 January, was shorter.").empty());
}

TEST_CASE("date-conflict: a score names one match, a defeat is a match lost", "[check][dates]") {
  const std::string first =
      "In the first Test in Auckland on Saturday 4 June, Ireland led 19-10 at half-time but failed to score in the "
      "second half and were beaten 24-19. A second-string side beat a New Zealand XV 38-17 in Whangarei on Tuesday "
      "7 June. ";
  const std::vector<Diagnostic> d = lint(first + "The squad has been a different team since the 24-19 defeat on 5 June.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"since the 24-19 defeat\" is dated 5 June here, but 4 June earlier in this article");
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].message == "here it is \"4 June\" (same event: \"beaten\", \"24-19\" told with this date)");
  CHECK(lint(first + "The squad has been a different team since the 24-19 defeat on 4 June.").empty());
  // Another score is another match; "beat" is a win, no defeat.
  CHECK(lint(first + "The squad has been a different team since the 31-12 defeat on 5 June.").empty());
  CHECK(lint("A second-string side beat a New Zealand XV 38-17 on Tuesday 7 June. The squad has been a different "
             "team since the defeat on 5 June.")
            .empty());
}

TEST_CASE("date-conflict: 'following the DATE NOUN' names the event, and a month around the day tells no day",
          "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Delia made landfall near Cape Merritt early Tuesday, Sept. 15. Crews arrived in late September. Call "
           "centers logged 286,000 calls in the nine days following the Sept. 17 landfall.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"following the Sept. 17 landfall\" is dated Sept. 17 here, but Sept. 15 earlier in this article");
  // The day told again, or only a month around it: silent.
  CHECK(lint("Delia made landfall on Sept. 15. Calls rose in the days following the Sept. 15 landfall.").empty());
  CHECK(lint("Delia made landfall in September. Calls rose in the days following the Sept. 17 landfall.").empty());
}

TEST_CASE("date-conflict: 'since the new THING opened' names a thing told before but 'a new' or a new event is another",
          "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("The council backed the $27.5 million terminal expansion, which opened on 21 November. The busiest period "
           "since the new terminal opened on 28 November came before Christmas.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"since the new terminal opened\" is dated 28 November here, but 21 November earlier in this "
                        "article");
  CHECK(lint("The terminal opened on 21 November. Traffic rose since a new terminal opened on 28 November.").empty());
  CHECK(lint("The strike began on 3 March. Talks stalled since the new strike began on 10 March.").empty());
}

TEST_CASE("date-conflict: 'desde la declaratoria del DATE' names the declaration told before (event_synonyms)",
          "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("La Secretar\xC3\xAD" "a de Salud declar\xC3\xB3 la emergencia sanitaria el viernes 22 de mayo. Desde la "
           "declaratoria del 20 de mayo, el hospital ha reprogramado 312 cirug\xC3\xAD" "as.",
           "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.find("is dated 20 de mayo here, but 22 de mayo earlier in this article") != std::string::npos);
  CHECK(lint("La Secretar\xC3\xAD" "a de Salud declar\xC3\xB3 la emergencia sanitaria el viernes 22 de mayo. Desde la "
             "declaratoria del 22 de mayo, el hospital ha reprogramado 312 cirug\xC3\xAD" "as.",
             "es")
            .empty());
}

TEST_CASE("date-conflict: 'the June 9 groundbreaking' names the breaking of ground, in the past whatever else plans",
          "[check][dates]") {
  // Published 2025-07-03: June 2 and June 9 lie before it.
  const std::string text =
      "Kestrel broke ground on the 640-acre site on Monday, June 2, with the governor in attendance. Since the June 9 "
      "groundbreaking, the company has signed contracts for $1.1 billion of the equipment it plans to install.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"Since the June 9 groundbreaking\" is dated June 9 here, but June 2 earlier in this article");
  std::string same = text;
  same.replace(same.find("June 9"), 6, "June 2");
  CHECK(lint(same).empty());
}

TEST_CASE("date-conflict: a verb and its object told with 'a' and a day, then with 'the' and another day",
          "[check][dates]") {
  const std::string text =
      "The state government announced a $410 million package for public schools on Thursday, 12 June 2025. Ms "
      "Delacroix, who announced the package at Kirrawee Primary School on Wednesday, 11 June, said shortages had "
      "eased.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "date-conflict");
  CHECK(d[0].message == "\"announced the package\" is dated 11 June here, but 12 June 2025 earlier in this article");
  CHECK(d[0].range.bytes == find(text, "11 June"));
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].message ==
        "here it is \"12 June 2025\" (same event: \"announced a $410 million package\", then \"announced the "
        "package\")");
  CHECK(d[0].notes[0].range.bytes == find(text, "12 June 2025"));
  // "approving the budget at the March 31 meeting": the date after the object.
  CHECK(lint("Its board approved a budget on Tuesday, March 24, that leans on ticket sales. The chair said "
             "governors debated at length before approving the budget at the March 31 meeting.")
            .size() == 1);
  // Spanish: "aprobó un presupuesto" ... "aprobó el presupuesto".
  CHECK(lint("La junta aprob\xC3\xB3 un presupuesto el martes 24 de marzo. El presidente record\xC3\xB3 que la "
             "junta aprob\xC3\xB3 el presupuesto el 31 de marzo.",
             "es")
            .size() == 1);
}

TEST_CASE("date-conflict: near misses of a verb and its object told twice stay silent", "[check][dates]") {
  // The same day; another actor; the thing told first with "the"; another
  // of its kind; an event moved; no article before the first object.
  CHECK(lint("The board approved a budget on Tuesday, March 24. Governors debated before approving the budget on "
             "March 24.")
            .empty());
  CHECK(lint("The committee approved a plan on Monday, March 2. The full council approved the plan on March 16.")
            .empty());
  CHECK(lint("The board approved the budget on Tuesday, March 24. Governors debated before approving the budget "
             "on March 31.")
            .empty());
  CHECK(lint("The board approved a budget on Tuesday, March 24. Governors debated before approving the second "
             "budget on March 31.")
            .empty());
  CHECK(lint("The board approved a budget on Monday, March 24. After a long debate, the board approved the budget on "
             "March 31.")
            .size() == 1);
  CHECK(lint("The board approved a budget on Monday, March 24. After the vote was moved, the board approved the "
             "budget on March 31.")
            .empty());
  CHECK(lint("The board approved budgets on Tuesday, March 24. Governors debated before approving the budget on "
             "March 31.")
            .empty());
}

TEST_CASE("date-conflict: a ship and a vessel are one (event_synonyms)", "[check][dates]") {
  const std::string text =
      "The first vessel carrying 1,450 pallets of grapefruit left Durban on Tuesday, 3 June, and arrived in Mumbai "
      "15 days later. Five further vessels have sailed since the first ship left Durban on 10 June.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"since the first ship left Durban\" is dated 10 June here, but 3 June earlier in this article");
  std::string same = text;
  same.replace(same.find("10 June"), 7, "3 June");
  CHECK(lint(same).empty());
}

TEST_CASE("date-conflict: an announcement and 'announced' are one event's word (event_synonyms)", "[check][dates]") {
  const std::string text =
      "Veltran Motors announced the closure of its second shift on Monday, June 9. Since the June 2 announcement, "
      "suppliers have cut hours.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"Since the June 2 announcement\" is dated June 2 here, but June 9 earlier in this article");
}

TEST_CASE("date-conflict: 'when' names an event told before", "[check][dates]") {
  const std::string text =
      "The renovated library on Chestnut Street reopened to the public at 10 a.m. Friday, June 20, the "
      "director said. Staff handed out free cards when the library reopened Friday, June 27.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"when the library reopened\" is dated June 27 here, but June 20 earlier in this article");
  CHECK(d[0].notes[0].message ==
        "here it is \"June 20\" (same event: \"library\", \"reopened\" told with this date)");
  std::string same = text;
  same.replace(same.find("June 27"), 7, "June 20");
  CHECK(lint(same).empty());
}

TEST_CASE("date-conflict: an arrival told as a noun and as a verb", "[check][dates]") {
  const std::string text =
      "The southwest monsoon arrived in the state on June 9, two days ahead of its normal onset. Sowing has "
      "picked up since the monsoon's arrival on June 12.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"since the monsoon's arrival\" is dated June 12 here, but June 9 earlier in this article");
  std::string same = text;
  same.replace(same.find("June 12"), 7, "June 9");
  CHECK(lint(same).empty());
}

TEST_CASE("date-conflict: 'the new THING' told first is the thing a back reference names", "[check][dates]") {
  const std::string text = "Growth came after the port's new container terminal opened Monday, Sept. 15. Crews have "
                           "worked double shifts since the terminal opened on Oct. 15.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "the port's new"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"since the terminal opened\" is dated Oct. 15 here, but Sept. 15 earlier in this article");
  // "a new terminal" may be another.
  CHECK(lint("Growth came after a new terminal opened Monday, Sept. 15. Crews have worked double shifts since the "
             "terminal opened on Oct. 15.")
            .empty());
}

TEST_CASE("date-conflict: 'came out' tells again a publication, 'walkout' a strike (event_synonyms)",
          "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("The survey, carried out by the college and published on Thursday 9 April, found incomes fell. Since the "
           "survey came out on Tuesday 7 April, farmers have called the union.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"Since the survey came out\" is dated 7 April here, but 9 April earlier in this article");
  const std::vector<Diagnostic> s =
      lint("Drivers began a strike on Wednesday 22 April over pay. Since the walkout began on 24 April, no buses have "
           "run.");
  REQUIRE(s.size() == 1);
  CHECK(s[0].message == "\"Since the walkout began\" is dated 24 April here, but 22 April earlier in this article");
  CHECK(lint("The survey was published on Thursday 9 April. Since the survey came out on 9 April, farmers have "
             "called the union.")
            .empty());
}

TEST_CASE("date-conflict: a one-evening occasion ('the awards evening') told with two days", "[check][dates]") {
  const std::string text = "The college will celebrate the year group at an awards evening on Thursday 10 July. "
                           "\"I look forward to thanking them at the awards evening on Thursday {} July,\" she said.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "17"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "date of \"the awards evening\" conflicts with an earlier date in this article");
  CHECK(lint(fmt::format(fmt::runtime(text), "10")).empty());
  // Two occasions of two names are two events.
  CHECK(lint("The opening ceremony is on Thursday 10 July. The closing ceremony on Thursday 17 July ends the games.")
            .empty());
}

TEST_CASE("date-conflict: one noun and its participle told before two days ('were gazetted on', ', gazetted on')",
          "[check][dates]") {
  const std::string text = "The rules were gazetted on Friday 27 June and apply to all lots sold from Sale No. 10 "
                           "onwards. Some buyers held back while they waited to see how the settlement rules, "
                           "gazetted on {}, would be enforced.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "6 June"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"rules, gazetted\" is dated 6 June here, but 27 June earlier in this article");
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].message ==
        "here it is \"27 June\" (same event: \"rules were gazetted\", then \"rules, gazetted\")");
  CHECK(lint(fmt::format(fmt::runtime(text), "27 June")).empty());
  // Another participle, or another of a kind, is another event.
  CHECK(lint("The rules were gazetted on Friday 27 June. The rules, enforced on 6 June, ...").empty());
  CHECK(lint("The rules were gazetted on Friday 27 June. The new rules, gazetted on 6 June, apply from July.").empty());
}

TEST_CASE("date-conflict: an election told by its date before its noun ('the Feb. 17 special election')",
          "[check][dates]") {
  const std::string text = "Voters appear to have approved a $186 million bond in the Feb. 10 special election. The "
                           "county auditor will certify the results of the {} special election on Friday, Feb. 20.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "Feb. 17"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "date of \"the special election\" conflicts with an earlier date in this article");
  CHECK(d[0].notes.at(0).message == "here it is \"Feb. 10\" (same event: the special election)");
  CHECK(lint(fmt::format(fmt::runtime(text), "Feb. 10")).empty());
  // An election of another name, and one word alone, name no one event.
  CHECK(lint("The bond passed in the Feb. 10 special election. The Nov. 3 general election follows.").empty());
  CHECK(lint("The bond passed in the Feb. 10 election. Turnout in the Feb. 17 election was low.").empty());
}

TEST_CASE("date-conflict: a fire discovered and first spotted is one event ('detectado', 'avistado')",
          "[check][dates]") {
  const std::string text = "The Mica Lake fire was discovered on Saturday, June 14, after dry thunderstorms. Since the "
                           "Mica Lake fire was first spotted on June {}, it has drawn 400 firefighters.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "20"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"Since the Mica Lake fire was first spotted\" is dated June 20 here, but June 14 earlier in "
                        "this article");
  CHECK(lint(fmt::format(fmt::runtime(text), "14")).empty());
  // Another fire spotted on another day.
  CHECK(lint("The Mica Lake fire was discovered on Saturday, June 14. Since a second fire was spotted on June 20, "
             "crews have been split.")
            .empty());
  const std::vector<Diagnostic> es =
      lint("El incendio de Cerro Alto fue detectado el s\xC3\xA1" "bado 14 de junio. Desde que el incendio de Cerro "
           "Alto fue avistado el 20 de junio, han trabajado 400 brigadistas.",
           "es");
  REQUIRE(es.size() == 1);
  CHECK(es[0].message == "\"Desde que el incendio de Cerro Alto fue avistado\" is dated 20 de junio here, but 14 de "
                         "junio earlier in this article");
}

TEST_CASE("date-conflict: a dome lifted into place and installed is one event ('izada', 'se instal\xC3\xB3')",
          "[check][dates]") {
  const std::string text = "The 22-metre steel dome was lifted into place on 3 March in a 10-hour operation. Since the "
                           "dome was installed on {} March, workers have fitted its shutters.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "13"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"Since the dome was installed\" is dated 13 March here, but 3 March earlier in this article");
  CHECK(d[0].notes.at(0).message == "here it is \"3 March\" (same event: \"dome\", \"lifted\" told with this date)");
  CHECK(lint(fmt::format(fmt::runtime(text), "3")).empty());
  // Another thing installed.
  CHECK(lint("The steel dome was lifted into place on 3 March. Since the shutters were installed on 13 March, tests "
             "have begun.")
            .empty());
  const std::vector<Diagnostic> es =
      lint("La c\xC3\xBApula de acero fue izada el 3 de marzo. Desde que la c\xC3\xBApula se instal\xC3\xB3 el 13 "
           "de marzo, se han montado las compuertas.",
           "es");
  REQUIRE(es.size() == 1);
  CHECK(es[0].message.find("is dated 13 de marzo here, but 3 de marzo earlier in this article") != std::string::npos);
}

TEST_CASE("date-conflict: a fire that burnt through and tore through, and 'the day' of a back reference",
          "[check][dates]") {
  const std::string text = "The Kerrigan Road fire burnt through 38,600 hectares and destroyed 214 homes on Saturday "
                           "11 January 2025. In the months since the fire tore through on {} January 2025, residents "
                           "have pushed for a second road.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "17"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"since the fire tore through\" is dated 17 January 2025 here, but 11 January 2025 earlier "
                        "in this article");
  CHECK(lint(fmt::format(fmt::runtime(text), "11")).empty());
  const std::vector<Diagnostic> g =
      lint("Crews broke ground on Sept. 8, 2024, on the new bridge. \"It has been a long time coming, ever since the "
           "day they broke ground on Sept. 18, 2024,\" she said.");
  REQUIRE(g.size() == 1);
  CHECK(g[0].message == "\"since the day they broke ground\" is dated Sept. 18, 2024 here, but Sept. 8, 2024 "
                        "earlier in this article");
}

TEST_CASE("date-conflict: an award and an opening told by their nouns in Spanish ('Desde la adjudicaci\xC3\xB3n', "
          "'Desde su apertura')",
          "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("El contrato fue adjudicado el 14 de octubre de 2023 al Consorcio Caribe. Desde la adjudicaci\xC3\xB3n, el "
           "24 de octubre de 2023, ha tenido dos reprogramaciones.",
           "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"Desde la adjudicaci\xC3\xB3n\" is dated 24 de octubre de 2023 here, but 14 de octubre de "
                        "2023 earlier in this article");
  const std::vector<Diagnostic> o =
      lint("El hospital, inaugurado el lunes 9 de junio en el norte, ha otorgado 4.310 consultas. Desde su apertura, "
           "el 16 de junio, el hospital ha realizado 186 cirug\xC3\xAD" "as.",
           "es");
  REQUIRE(o.size() == 1);
  CHECK(o[0].message == "\"Desde su apertura\" is dated 16 de junio here, but 9 de junio earlier in this article");
}

TEST_CASE("date-conflict: 'fines de', 'principios de' tell when in a month or a season, no event", "[check][dates]") {
  CHECK(lint("La cosecha super\xC3\xB3 las previsiones de fines del verano, seg\xC3\xBAn el informe que public\xC3\xB3 "
             "este jueves la Bolsa.\n\nDesde fines de abril circulan por la ruta 9 unos 2.000 camiones diarios.",
             "es")
            .empty());
}

TEST_CASE("date-conflict: work resumed and the restart are one event, as are designated and the designation",
          "[check][dates]") {
  const std::string text = "Work resumed on Monday, July 6, after a four-month stoppage. The firm had rehired 340 "
                           "workers since the July {} restart.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "16"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"since the July 16 restart\" is dated July 16 here, but July 6 earlier in this article");
  CHECK(lint(fmt::format(fmt::runtime(text), "6")).empty());
  CHECK(lint("The USDA designated the county as a disaster area on Aug. 12. Since the Aug. 18 designation, producers "
             "have applied for loans.")
            .size() == 1);
}
