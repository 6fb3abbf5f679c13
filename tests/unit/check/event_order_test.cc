// Tests for check/event_order: stages of one process dated in an
// impossible order (timeline).
#include "check/event_order.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "extract/date_extractor.h"
#include "support/doc_case.h"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

std::vector<Diagnostic> lint(const std::string& text, const std::string& lang = "en") {
  const Document doc = make_doc(text, std::string("2026-11-02"), lang);
  DiagnosticSink sink;
  check_event_order(doc, extract_document_dates(doc, builtin().dates()), *builtin().dates().language(lang), sink);
  return sink.take();
}

}  // namespace

TEST_CASE("timeline: a verdict dated before the trial opened", "[check][dates]") {
  const std::string text =
      "Hale was found guilty of fraud by abuse of position on 11 September after a four-week trial. "
      "The trial opened at Kingsmere Crown Court on 28 September, with the prosecution presenting bank records.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "timeline");
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].message == "\"found guilty\" is dated 11 September, before \"trial opened\" on 28 September, which "
                        "comes first");
  CHECK(d[0].range.bytes == find(text, "11 September"));
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].message == "\"trial opened\" is dated here");
  CHECK(d[0].notes[0].range.bytes == find(text, "28 September"));
}

TEST_CASE("timeline: stages in their order, or of several people, stay silent", "[check][dates]") {
  CHECK(lint("The trial opened on 28 September. Hale was found guilty on 21 October and was sentenced on 30 "
             "October.")
            .empty());
  // Convicted and sentenced on one day.
  CHECK(lint("Hale was found guilty on 21 October. He was sentenced on 21 October.").empty());
  // Two defendants, sentenced on two days: no one day for the stage.
  CHECK(lint("Hale was found guilty on 21 October. Hale was sentenced on 30 October, and Boyd was sentenced on 3 "
             "October.")
            .empty());
  // A phrase more than eight words before the date, or in another clause.
  CHECK(lint("Hale was sentenced for fraud by abuse of position at the court in Kingsmere on 3 October. He was found "
             "guilty on 21 October.")
            .empty());
  CHECK(lint("Hale was sentenced; on 3 October the court rose. He was found guilty on 21 October.").empty());
}

TEST_CASE("timeline: Spanish stages, and stages years apart", "[check][dates]") {
  const std::vector<Diagnostic> es =
      lint("El acusado fue declarado culpable el 3 de marzo de 2026. El juicio comenz\xC3\xB3 el 10 de marzo de 2026.",
           "es");
  REQUIRE(es.size() == 1);
  CHECK(es[0].message == "\"declarado culpable\" is dated 3 de marzo de 2026, before \"El juicio comenz\xC3\xB3\" on "
                         "10 de marzo de 2026, which comes first");
  // Years apart: likely two things, not one told out of order.
  CHECK(lint("The museum officially opened on 14 May 1998. Construction began on 2 March 2026 on its new wing.").empty());
  const std::vector<Diagnostic> en =
      lint("The museum officially opened on 14 May 2025. Construction began on 2 March 2026.");
  REQUIRE(en.size() == 1);
  CHECK(en[0].message == "\"officially opened\" is dated 14 May 2025, before \"Construction began\" on 2 March 2026, "
                         "which comes first");
}

TEST_CASE("timeline: months and years, and a section energised before construction began", "[check][dates]") {
  const std::string text =
      "Construction began in April 2025 after two years of design work. The first 19km section was energised in "
      "November 2024.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"was energised\" is dated November 2024, before \"Construction began\" in April 2025, which "
                        "comes first");
  CHECK(d[0].range.bytes == find(text, "November 2024"));
  // In order, or overlapping (a month and a day in it): silent.
  CHECK(lint("Construction began in April 2025. The first section was energised in November 2025.").empty());
  CHECK(lint("Construction began in April 2025. The first section was energised on 2 April 2025.").empty());
  CHECK(lint("Construction began in 2025. The line officially opened in 2025.").empty());
}

TEST_CASE("timeline: a trial's recruitment closed before its first patient was enrolled", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("The first patient was enrolled in November 2024, and recruitment closed in August 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"recruitment closed\" is dated August 2024, before \"first patient was enrolled\" in "
                        "November 2024, which comes first");
  CHECK(lint("The first patient was enrolled in November 2024, and recruitment closed in August 2025.").empty());
}

TEST_CASE("timeline: a date told as after a later one in its own sentence", "[check][dates]") {
  const std::string text =
      "Contractors moved on site on Monday 2 March, after listed-building consent for the repairs was granted on 11 "
      "March.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].check == "timeline");
  CHECK(d[0].message == "what happened on 2 March is told as after what happened on 11 March");
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].message == "which comes later");
  CHECK(lint("Contractors moved on site on 12 March, after consent was granted on 11 March.").empty());
  CHECK(lint("Contractors moved on site on 2 March, before consent was granted on 1 March.").size() == 1);
  // Months, and what a change is measured from, say nothing of the order.
  CHECK(lint("The order book reached \u00a31.9bn, up from \u00a31.4bn in January, after a contract signed in "
             "October.")
            .empty());
  CHECK(lint("The book reached \u00a31.9bn, up from \u00a31.4bn on 2 January, after a contract signed on 11 "
             "January.")
            .empty());
  CHECK(lint("Los obreros entraron en la obra el 2 de marzo, tras recibir el permiso el 11 de marzo.", "es").size() ==
        1);
}

TEST_CASE("timeline: a plea before the charge, an appeal before the refusal, a tender's stages", "[check][dates]") {
  const std::vector<Diagnostic> plea = lint(
      "Marrasey was charged by post on 2 December 2025. He entered guilty pleas at a preliminary hearing on 14 "
      "October 2025.");
  REQUIRE(plea.size() == 1);
  CHECK(plea[0].message == "\"entered guilty pleas\" is dated 14 October 2025, before \"was charged\" on 2 December "
                           "2025, which comes first");
  // A plea during the trial is no error.
  CHECK(lint("The trial opened on 2 March 2026. Marrasey pleaded guilty on 9 March 2026.").empty());
  const std::vector<Diagnostic> appeal = lint(
      "The committee refused the application on 26 February 2025. Brookhaven lodged its appeal with the inspectorate "
      "on 9 February 2025.");
  REQUIRE(appeal.size() == 1);
  CHECK(appeal[0].message.starts_with("\"lodged its appeal\" is dated 9 February 2025, before \"refused the "
                                      "application\""));
  const std::vector<Diagnostic> tender = lint(
      "La Diputaci\xC3\xB3n public\xC3\xB3 la licitaci\xC3\xB3n el 14 de abril de 2025; tras recibir nueve ofertas, la mesa "
      "adjudic\xC3\xB3 la obra a Construcciones Berrocal el 9 de marzo de 2025.",
      "es");
  REQUIRE(tender.size() == 1);
  CHECK(tender[0].message.starts_with("\"adjudic\xC3\xB3\" is dated 9 de marzo de 2025, before \"public\xC3\xB3 la "
                                      "licitaci\xC3\xB3n\""));
  CHECK(lint("La Diputaci\xC3\xB3n public\xC3\xB3 la licitaci\xC3\xB3n el 14 de abril de 2025 y adjudic\xC3\xB3 la obra "
             "el 9 de junio de 2025.",
             "es")
            .empty());
}

TEST_CASE("timeline: a successor who took charge before the manager was sacked", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Hollins was sacked on 9 March 2026 after a run of defeats. His successor, Mateo Lorca, took charge on 2 "
           "March 2026.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.starts_with("\"took charge\" is dated 2 March 2026, before \"was sacked\""));
  CHECK(lint("Hollins was sacked on 2 March 2026. His successor took charge on 9 March 2026.").empty());
}

TEST_CASE("timeline: an arraignment before the indictment, an award before bidding closed", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("A federal grand jury indicted Pruitt on Nov. 13, 2024. She pleaded not guilty at her arraignment on Oct. "
           "29, 2024, and was released on bond.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"at her arraignment\" is dated Oct. 29, 2024, before \"indicted\" on Nov. 13, 2024, which "
                        "comes first");
  CHECK(lint("A federal grand jury indicted Pruitt on Nov. 13, 2024. She pleaded not guilty at her arraignment on "
             "Nov. 29, 2024.")
            .empty());
  const std::vector<Diagnostic> tender =
      lint("The city opened bidding on Dec. 1, 2025 and bidding closed on Jan. 9, 2026; the committee awarded the "
           "contract on Jan. 6, 2026.");
  REQUIRE(tender.size() == 1);
  CHECK(tender[0].message.starts_with("\"awarded the contract\" is dated Jan. 6, 2026, before \"bidding closed\""));
}

TEST_CASE("timeline: Spanish nouns of a tender's stages, la adjudicación and la firma del contrato", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("La firma del contrato se produjo el mi\xC3\xA9rcoles 18 de marzo de 2026, y la adjudicaci\xC3\xB3n se hizo "
           "en audiencia p\xC3\xBA" "blica el jueves 26 de marzo de 2026.",
           "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.starts_with("\"La firma del contrato\" is dated 18 de marzo de 2026, before \"la "
                                 "adjudicaci\xC3\xB3n\""));
  CHECK(lint("La adjudicaci\xC3\xB3n se hizo el 18 de marzo de 2026 y la firma del contrato se produjo el 26 de marzo "
             "de 2026.",
             "es")
            .empty());
}

TEST_CASE("timeline: an adverb inside a stage's phrase, guilty verdicts and closing arguments", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("The tender closed on 14 August 2025, with four companies competing, and the contract was formally signed "
           "on 29 July 2025.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"contract was formally signed\" is dated 29 July 2025, before \"tender closed\" on 14 August "
                        "2025, which comes first");
  CHECK(lint("The tender closed on 14 August 2025 and the contract was formally signed on 29 September 2025.").empty());
  // "officially opened" is a phrase of its own, read as written.
  CHECK(lint("Work began in April 2025 and the centre officially opened in March 2025.").size() == 1);
  const std::vector<Diagnostic> verdict =
      lint("The trial began on Monday 9 March 2026, and jurors took six hours to return unanimous guilty verdicts on 6 "
           "March 2026.");
  REQUIRE(verdict.size() == 1);
  CHECK(verdict[0].message.starts_with("\"guilty verdicts\" is dated 6 March 2026, before \"trial began\""));
  const std::vector<Diagnostic> closing =
      lint("Jurors were found guilty on 12 May 2026. They heard closing arguments on 18 May 2026.");
  REQUIRE(closing.size() == 1);
  CHECK(closing[0].message.starts_with("\"found guilty\" is dated 12 May 2026, before \"closing arguments\""));
}

TEST_CASE("timeline: dates without their year read in two years show them", "[check][dates]") {
  // Published 2 November 2026: "5 November", told in the past, is last
  // year's; "28 October" this year's.
  const std::vector<Diagnostic> d =
      lint("The trial began on 28 October. Lawyers delivered closing arguments on 5 November.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"closing arguments\" is dated 5 November (2025), before \"trial began\" on 28 October "
                        "(2026), which comes first");
  // Read in one year, they show none.
  CHECK(lint("The trial began on 28 October. Jurors were found guilty on 21 October.")[0].message ==
        "\"found guilty\" is dated 21 October, before \"trial began\" on 28 October, which comes first");
}

TEST_CASE("timeline: a Spanish tender closed, awarded and signed", "[check][dates]") {
  const std::vector<Diagnostic> d = lint(
      "El proceso de licitaci\xC3\xB3n cerr\xC3\xB3 el 24 de febrero con solo dos propuestas; el comit\xC3\xA9 "
      "evaluador adjudic\xC3\xB3 el contrato el 3 de marzo y la firma se produjo el 28 de febrero.",
      "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"la firma se produjo\" is dated 28 de febrero, before \"adjudic\xC3\xB3\" on 3 de marzo, "
                        "which comes first");
  CHECK(lint("El proceso de licitaci\xC3\xB3n cerr\xC3\xB3 el 24 de febrero; el comit\xC3\xA9 adjudic\xC3\xB3 el "
             "contrato el 3 de marzo y la firma se produjo el 10 de marzo.",
             "es")
            .empty());
}

TEST_CASE("timeline: a relative clause between a stage's subject and its verb", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("The council signed the contract on 3 November 2025. The tender, which attracted six bids, closed on 21 "
           "November 2025.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"signed the contract\" is dated 3 November 2025, before \"tender, which attracted six bids, "
                        "closed\" on 21 November 2025, which comes first");
  CHECK(lint("The council signed the contract on 3 December 2025. The tender, which attracted six bids, closed on 21 "
             "November 2025.")
            .empty());
  // Another clause, not a relative one, ends the stage's words.
  CHECK(lint("The council signed the contract on 3 November 2025. The tender was slow, and it closed on 21 November "
             "2025.")
            .empty());
}

TEST_CASE("timeline: what is ordered or leased is delivered after", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("SkyVeld signed leases for four jets on Sept. 12, 2025, and took delivery of the first on Aug. 28, 2025.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"took delivery\" is dated Aug. 28, 2025, before \"signed leases\" on Sept. 12, 2025, which comes first");
  CHECK(lint("The airline ordered 12 jets on Sept. 12, 2025. It took delivery of the first on Oct. 28, 2025.")
            .empty());
  CHECK(lint("La aerol\xC3\xADnea encarg\xC3\xB3 doce aviones el 12 de septiembre de 2025 y recibi\xC3\xB3 el primero "
             "el 28 de agosto de 2025.",
             "es")
            .size() == 1);
}

TEST_CASE("timeline: the rest of the first clause before the comma of an after clause", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Los trabajos fueron adjudicados el 17 de marzo a las constructoras Del Litoral SA y Tecnoviv SRL, tras "
           "la apertura de sobres del 2 de abril.",
           "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "what happened on 17 de marzo is told as after what happened on 2 de abril");
  CHECK(lint("Los trabajos fueron adjudicados el 17 de abril a las constructoras Del Litoral SA y Tecnoviv SRL, tras "
             "la apertura de sobres del 2 de abril.",
             "es")
            .empty());
  // A mark in the rest of the clause ends the reading.
  CHECK(lint("The contract was awarded on 17 March (to two builders; both local), after the bids opened on 2 April.")
            .empty());
}

TEST_CASE("timeline: a refused scheme, and a stage's phrase up to eleven words before its date", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("The planning committee refused the scheme by nine votes to two on 21 October last year. Brackley "
           "lodged its appeal against the refusal with the Planning Inspectorate on 2 September 2025.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"lodged its appeal\" is dated 2 September 2025, before \"refused the scheme\" on 21 October, which comes "
        "first");
  CHECK(lint("The planning committee refused the scheme by nine votes to two on 21 October last year. Brackley "
             "lodged its appeal against the refusal with the Planning Inspectorate on 2 December 2025.")
            .empty());
  CHECK(lint("SkyVeld signed leases for the four jets with Dublin-based lessor Corrib Aviation Capital on Sept. 12, "
             "2025, and took delivery of the first of them on Aug. 28, 2025.")
            .size() == 1);
}

TEST_CASE("timeline: an evacuation before the return home, works started before they are finished",
          "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Residents of the community were ordered out on Aug. 9 and allowed to return home on Aug. 2, after crews "
           "built a fireguard.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"allowed to return\" is dated Aug. 2, before \"were ordered out\" on Aug. 9, which comes first");
  CHECK(lint("Residents of the community were ordered out on Aug. 2 and allowed to return home on Aug. 9, after crews "
             "built a fireguard.")
            .empty());
  CHECK(lint("Las obras comenzaron el 8 de junio y quedaron terminadas el 21 de mayo.", "es").size() == 1);
  CHECK(lint("Las obras comenzaron el 8 de junio y quedaron terminadas el 21 de julio.", "es").empty());
  // The company's own verbs: "broke ground", "finished construction".
  const std::vector<Diagnostic> built = lint(
      "The company announced the project in June 2024, broke ground in April 2025 and finished construction in "
      "January 2025, two months ahead of its original schedule.");
  REQUIRE(built.size() == 1);
  CHECK(built[0].message ==
        "\"finished construction\" is dated January 2025, before \"broke ground\" in April 2025, which comes first");
  CHECK(lint("The company broke ground in April 2025 and finished construction in January 2026.").empty());
  // A tunnel is bored before it is holed through.
  CHECK(lint("Boring of the 6.8-km headrace tunnel began in September 2022, and the tunnel was holed through in "
             "February 2022.")
            .size() == 1);
  CHECK(lint("Boring of the 6.8-km headrace tunnel began in September 2022, and the tunnel was holed through in "
             "February 2024.")
            .empty());
  CHECK(lint("La tuneladora inici\xC3\xB3 la excavaci\xC3\xB3n en marzo de 2023 y complet\xC3\xB3 la "
             "excavaci\xC3\xB3n en noviembre de 2022.",
             "es")
            .size() == 1);
}

TEST_CASE("timeline: works begun by their verb ('began replacing') before they are handed over", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Contractors began replacing the leaking pipeline on Monday, 18 May and handed it over on Thursday, 14 May; "
           "it now carries an extra 35 megalitres a day.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"handed it over\" is dated 14 May, before \"began replacing\" on 18 May, which comes first");
  CHECK(lint("Contractors began replacing the leaking pipeline on Monday, 18 May and handed it over on Thursday, 28 "
             "May.")
            .empty());
}

TEST_CASE("timeline: a stage's noun and verb with an 'of' phrase between, and a demolition", "[check][dates]") {
  const std::string text =
      "Demolition of the old building began on Monday, Aug. 10, and crews finished clearing the site on July 31.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"finished clearing the site\" is dated July 31, before \"Demolition of the old building "
                        "began\" on Aug. 10, which comes first");
  CHECK(lint("Demolition of the old building began on Monday, Aug. 10, and crews finished clearing the site on Sept. "
             "4.")
            .empty());
  // The words dropped hold no other stage's verb ("began ... on").
  const std::vector<Diagnostic> w =
      lint("Construction of the four-theatre wing started in November 2025, and the builder handed it over in "
           "September 2025.");
  REQUIRE(w.size() == 1);
  CHECK(w[0].message == "\"handed it over\" is dated September 2025, before \"Construction of the four-theatre wing "
                        "started\" in November 2025, which comes first");
  const std::vector<Diagnostic> es =
      lint("Las obras de ampliaci\xC3\xB3n del puerto comenzaron el 3 de marzo de 2026 y quedaron terminadas el 20 de "
           "enero de 2026.",
           "es");
  REQUIRE(es.size() == 1);
  CHECK(lint("Las obras de ampliaci\xC3\xB3n del puerto comenzaron el 3 de marzo de 2025 y quedaron terminadas el 20 "
             "de enero de 2026.",
             "es")
            .empty());
}

TEST_CASE("timeline: stages told in two sentences of two named things are of two processes", "[check][dates]") {
  // The interchange's contract and the bypass's groundbreaking.
  CHECK(lint("Early works on the Kingsford Road interchange started in September 2025, after the main construction "
             "contract was awarded to a joint venture in November 2025.\n\nThe Banksia Creek bypass, which broke "
             "ground in May 2023, opened to traffic in November 2025.")
            .empty());
  // A name the two sentences share ties them to one project.
  const std::vector<Diagnostic> d =
      lint("The Kingsford Road contract was awarded to a joint venture in November 2025.\n\nWork on the Kingsford "
           "Road interchange, which broke ground in May 2025, is due to finish in 2027.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"broke ground\" is dated May 2025, before \"contract was awarded\" in November 2025, which comes first");
  // A sentence's first word is a name when the story writes it so inside
  // a sentence: Marsh's plea is no stage of Pruitt's case.
  CHECK(lint("Greg Pruitt was arrested at his home on Jan. 16, 2025.\n\nHis former supervisor, Ellen Marsh, testified "
             "against him.\n\nMarsh pleaded guilty in November 2024.")
            .empty());
}

TEST_CASE("timeline: a fire reported after it was contained, beside other fires told on other days",
          "[check][dates]") {
  const std::string text =
      "Kettle Rim, sparked by lightning on Aug. 11, was declared fully contained Sept. 29. The Sawtooth Gulch fire "
      "started Aug. 19. The Cedar Flat fire, reported Sept. 3 west of Loomis Creek, was declared fully contained on "
      "{}.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "Aug. 27"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"fully contained\" is dated Aug. 27, before \"reported\" on Sept. 3, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(text), "Sept. 27")).empty());
  // Stages told on several days, each pair in two sentences: of several fires.
  CHECK(lint("Kettle Rim was sparked by lightning on Aug. 11. The Sawtooth Gulch fire started Aug. 19. Crews "
             "declared it fully contained on Aug. 15.")
            .empty());
}

TEST_CASE("timeline: a building topped out before ground was broken", "[check][dates]") {
  const std::string text = "The company broke ground on Monday, Oct. 14, 2024, and the steel frame of the first "
                           "fabrication building was topped out in {}.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "June 2024"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"topped out\" is dated June 2024, before \"broke ground\" on Oct. 14, 2024, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(text), "June 2025")).empty());
}

TEST_CASE("timeline: a bill's stages (tabled, passed, royal assent) and in Spanish (presentada, aprobada)",
          "[check][dates]") {
  const std::string text = "The Connecting Communities Act, first tabled on Oct. 27, received royal assent on {} and "
                           "takes effect Jan. 1.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "Oct. 13"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"received royal assent\" is dated Oct. 13, before \"first tabled\" on Oct. 27, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(text), "Oct. 30")).empty());
  const std::string es = "El gobernador present\xC3\xB3 la iniciativa el 12 de mayo y el Congreso aprob\xC3\xB3 la ley "
                         "el {}.";
  CHECK(lint(fmt::format(fmt::runtime(es), "3 de abril"), "es").size() == 1);
  CHECK(lint(fmt::format(fmt::runtime(es), "3 de junio"), "es").empty());
  // Two bills of two names: no order between them.
  CHECK(lint("The Water Act was tabled on Oct. 27.\n\nThe Roads Act received royal assent on Oct. 13.").empty());
}

TEST_CASE("timeline: excavation finished before the works began ('terminaron de excavar', 'finished excavating')",
          "[check][dates]") {
  const std::string es = "Las obras comenzaron en septiembre de 2022. Las tuneladoras terminaron de excavar el "
                         "\xC3\xBAltimo tramo en {} y desde entonces el trabajo se concentr\xC3\xB3 en las estaciones.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(es), "julio de 2022"), "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"terminaron de excavar\" is dated julio de 2022, before \"Las obras comenzaron\" in "
                        "septiembre de 2022, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(es), "julio de 2024"), "es").empty());
  CHECK(lint("Work began in September 2022 and crews finished excavating the cutting in July 2022.").size() == 1);
}

TEST_CASE("timeline: a span before the after word ('two months after') compares months and years too",
          "[check][dates]") {
  const std::string text = "Early works on the Kingsford Road interchange started in {}, two months after the main "
                           "construction contract was awarded to a joint venture in November 2025.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "September 2025"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "what happened in September 2025 is told as after what happened in November 2025");
  CHECK(lint(fmt::format(fmt::runtime(text), "January 2026")).empty());
  // Without a span, months are no order told: a change's baseline may be dated so.
  CHECK(lint("Orders rose to 1.9 billion in March, up from 1.4 billion in January, after a contract signed in "
             "February 2025.")
            .empty());
}

TEST_CASE("timeline: a bare completion joined right after a stage's date is that sequence's last stage",
          "[check][dates]") {
  const std::string text = "The new Midlands distribution centre, where construction started in February 2025, was "
                           "completed in September 2024 and began shipping in October.";
  const std::vector<Diagnostic> d = lint(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"was completed\" is dated September 2024, before \"construction started\" in February "
                        "2025, which comes first");
  CHECK(d[0].range.bytes == find(text, "September 2024"));
  REQUIRE(d[0].notes.size() == 1);
  CHECK(d[0].notes[0].range.bytes == find(text, "February 2025"));
  const std::vector<Diagnostic> demolished = lint(
      "Crews began demolishing the old laundry building in November 2025 and finished the work in September 2025.");
  REQUIRE(demolished.size() == 1);
  CHECK(demolished[0].message == "\"finished the work\" is dated September 2025, before \"began demolishing\" in "
                                 "November 2025, which comes first");
  const std::vector<Diagnostic> es =
      lint("Las obras comenzaron en octubre de 2020 y terminaron en mayo de 2020.", "es");
  REQUIRE(es.size() == 1);
  CHECK(es[0].message == "\"terminaron\" is dated mayo de 2020, before \"Las obras comenzaron\" in octubre de 2020, "
                         "which comes first");
  // In order, nothing.
  CHECK(lint("Construction started in February 2025 and was completed in September 2025.").empty());
  // Another subject between them may be another thing: nothing.
  CHECK(lint("Work started on the east stand in May 2025, while the West Stand was completed in 2024.").empty());
  CHECK(lint("Construction started in February 2025 and the old depot was completed in September 2024.").empty());
}

TEST_CASE("timeline: a word between a stage noun and its verb and a figure with a decimal comma are read past",
          "[check][dates]") {
  const std::string text = "Las obras civiles comenzaron en octubre de 2021. La tuneladora termin\xC3\xB3 de excavar "
                           "los 11,4 kil\xC3\xB3metros de t\xC3\xBAnel del primer tramo en mayo de 2021.";
  const std::vector<Diagnostic> d = lint(text, "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"termin\xC3\xB3 de excavar\" is dated mayo de 2021, before \"Las obras civiles "
                        "comenzaron\" in octubre de 2021, which comes first");
  // A negation is no word read past.
  CHECK(lint("The trial never opened on 28 September. Hale was found guilty of fraud on 11 September.").empty());
}

TEST_CASE("timeline: tunnels completed before the digging began", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Two tunnel boring machines began digging the underground stretch in April 2023 and completed the tunnels "
           "at Al Qusais North in December 2022.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"completed the tunnels\" is dated December 2022, before \"began digging\" in April 2023, "
                        "which comes first");
  CHECK(lint("Two tunnel boring machines began digging the underground stretch in April 2023 and completed the "
             "tunnels at Al Qusais North in December 2024.")
            .empty());
}

TEST_CASE("timeline: a stage's noun and verb with an 'on' or 'for' phrase between, and tunnel drives",
          "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("The topping-out ceremony on Oct. 9, 2025 marked the last steel beam. Work on the north end began Monday, "
           "Dec. 1, 2025.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"topping-out ceremony\" is dated Oct. 9, 2025, before \"Work on the north end began\" on "
                        "Dec. 1, 2025, which comes first");
  CHECK(lint("Work on the north end began Monday, Dec. 1, 2025. The topping-out ceremony on Oct. 9, 2026 marked the "
             "last steel beam.")
            .empty());
  const std::vector<Diagnostic> t =
      lint("Tunnelling for the underground section began in August 2025. Both machines completed their drives in "
           "March 2025.");
  REQUIRE(t.size() == 1);
  CHECK(t[0].message == "\"completed their drives\" is dated March 2025, before \"Tunnelling for the underground "
                        "section began\" in August 2025, which comes first");
  // After an article of the date rules: "Las obras en la avenida comenzaron".
  const std::vector<Diagnostic> es =
      lint("Las obras en la avenida comenzaron en octubre de 2021. La tuneladora termin\xC3\xB3 de excavar el "
           "t\xC3\xBAnel en mayo de 2021.",
           "es");
  REQUIRE(es.size() == 1);
  CHECK(es[0].message == "\"termin\xC3\xB3 de excavar\" is dated mayo de 2021, before \"Las obras en la avenida "
                         "comenzaron\" in octubre de 2021, which comes first");
}

TEST_CASE("timeline: a ship's first steel is cut before its keel is laid", "[check][dates]") {
  const std::string text = "Work on hull 801 began with the cutting of the first steel on 11 May 2023. Her keel was "
                           "laid on {}.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "8 February 2023"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"keel was laid\" is dated 8 February 2023, before \"cutting of the first steel\" on 11 May "
                        "2023, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(text), "8 August 2023")).empty());
}

TEST_CASE("timeline: what is commissioned is delivered after, and works are handed over after they begin",
          "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("El estudio informativo, encargado en octubre de 2023 a la ingenier\xC3\xAD" "a Tecnia, se entreg\xC3\xB3 "
           "en junio de 2023.",
           "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"se entreg\xC3\xB3\" is dated junio de 2023, before \"encargado\" in octubre de 2023, "
                        "which comes first");
  const std::vector<Diagnostic> w =
      lint("La primera etapa, la nueva tribuna oriental, se entreg\xC3\xB3 en junio de 2024. Las obras arrancaron en "
           "septiembre de 2024 con la demolici\xC3\xB3n de la vieja tribuna.",
           "es");
  REQUIRE(w.size() == 1);
  CHECK(w[0].message == "\"se entreg\xC3\xB3\" is dated junio de 2024, before \"Las obras arrancaron\" in septiembre "
                        "de 2024, which comes first");
  CHECK(lint("Las obras arrancaron en septiembre de 2024. La primera etapa se entreg\xC3\xB3 en junio de 2025.", "es")
            .empty());
}

TEST_CASE("timeline: a steel frame erected before the ground was broken", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Crews finished erecting the steel frame over the main seating bowl in January 2026. Workers broke ground "
           "on the site in April 2026.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"finished erecting the steel frame\" is dated January 2026, before \"broke ground\" in "
                        "April 2026, which comes first");
  CHECK(lint("Workers broke ground on the site in April 2025. Crews finished erecting the steel frame over the main "
             "seating bowl in January 2026.")
            .empty());
}

TEST_CASE("timeline: a roof put up before the ground was broken", "[check][dates]") {
  const std::string text = "Crews broke ground on Aug. 14, 2024. The arena was closed in when the last roof truss went "
                           "up in {}, which let crews keep working through the winter.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "June 2024"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "\"last roof truss went up\" is dated June 2024, before \"broke ground\" on Aug. 14, 2024, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(text), "December 2024")).empty());
  CHECK(lint("Work began in March 2025. The roof went on in October 2024, months before the walls.").size() == 1);
}

TEST_CASE("timeline: works finished before the foundation stone was laid ('se coloc\xC3\xB3 la primera piedra')",
          "[check][dates]") {
  const std::string es = "La primera piedra se coloc\xC3\xB3 el 16 de junio de 2025. La primera etapa, la "
                         "construcci\xC3\xB3n del reservorio, se termin\xC3\xB3 en {}, diez meses despu\xC3\xA9s.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(es), "abril de 2025"), "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"se termin\xC3\xB3\" is dated abril de 2025, before \"primera piedra se coloc\xC3\xB3\" on "
                        "16 de junio de 2025, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(es), "abril de 2026"), "es").empty());
  CHECK(lint("The minister laid the foundation stone on March 3, 2025. Construction was completed in January 2025.")
            .size() == 1);
}

TEST_CASE("timeline: what one subject did before it was set up, told in one sentence", "[check][dates]") {
  const std::vector<Diagnostic> d =
      lint("Caledon Renewables, which was set up in Inverness in 2015 by two former utility engineers, bought the "
           "Cairn Dubh project from its original developer, Northern Uplands Energy, in 2012.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"bought\" is dated 2012, before \"was set up\" in 2015, which comes first");
  // Years apart, whatever the gap.
  CHECK(lint("The museum, which was founded in 1990, bought the painting in 1985 at auction.").size() == 1);
  CHECK(lint("Founded in 1994 by two engineers, Harbor Foods listed on the Jakarta Stock Exchange in 1991.").size() ==
        1);
  // In order, or in two sentences (two subjects may be told): silent.
  CHECK(lint("The museum, which was founded in 1990, bought the painting in 1995 at auction.").empty());
  CHECK(lint("Harbor Foods was founded in 1994. Its owner bought the site in 1991.").empty());
}

TEST_CASE("timeline: what one subject did before it was constituted, in Spanish", "[check][dates]") {
  const std::string es = "Gan\xC3\xB3 el consorcio V\xC3\xAD" "a Angel\xC3\xB3polis, que se constituy\xC3\xB3 "
                         "formalmente en agosto de 2023 y firm\xC3\xB3 el contrato de obra con el gobierno estatal en "
                         "{}.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(es), "mayo de 2023"), "es");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"firm\xC3\xB3\" is dated mayo de 2023, before \"se constituy\xC3\xB3\" in agosto de 2023, "
                        "which comes first");
  CHECK(lint(fmt::format(fmt::runtime(es), "octubre de 2023"), "es").empty());
  CHECK(lint("Harbor Foods, which was founded in 2015, signed the contract in 2012.").size() == 1);
}

TEST_CASE("timeline: a plant runs after it is built ('was commissioned' of a plant and 'began commercial production')",
          "[check][dates]") {
  const std::string text = "Construction began in November 2025 and the plant was commissioned in {}, two months ahead "
                           "of schedule.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "July 2025"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"plant was commissioned\" is dated July 2025, before \"Construction began\" in November "
                        "2025, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(text), "July 2026")).empty());
  CHECK(lint("The juice line began commercial production in June 2025. Construction work on the site began in "
             "September 2025.")
            .size() == 1);
  // A report commissioned is no plant run: silent.
  CHECK(lint("A study was commissioned in July 2025. Construction began in November 2025.").empty());
  // Spanish: the foundation stone ("la piedra fundamental") before the inauguration.
  CHECK(lint("La obra fue inaugurada en diciembre de 2024. La colocaci\xC3\xB3n de la piedra fundamental se "
             "realiz\xC3\xB3 en julio de 2025.",
             "es")
            .size() == 1);
}

TEST_CASE("timeline: staff laid off before they are rehired, told in one sentence", "[check][dates]") {
  const std::string text = "Grafton Heights laid off nine firefighters in July 2023 and rehired five of them in {} "
                           "using a federal grant.";
  const std::vector<Diagnostic> d = lint(fmt::format(fmt::runtime(text), "January 2023"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "\"rehired\" is dated January 2023, before \"laid off\" in July 2023, which comes first");
  CHECK(lint(fmt::format(fmt::runtime(text), "January 2024")).empty());
  // In two sentences the subjects may differ: silent.
  CHECK(lint("The city laid off nine firefighters in July 2023. The county rehired five in January 2023.").empty());
}
