// Tests for check/ratio_mismatch (issue 7): a stated ratio against the two figures it relates.
#include "check/ratio_mismatch.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/lint_case.h"

using namespace claimlint::testing;

TEST_CASE("ratio-mismatch: positive cases and near misses", "[check][arithmetic]") {
  const Case cases[] = {
      {"Sales of $30 million were three times the $15 million of last year.\n",
       "a.txt:1:27: error: $30 million is 2 times $15 million, not \"three times\" [ratio-mismatch]\n"
       "    Sales of $30 million were three times the $15 million of last year.\n"
       "                              ^~~~~~~~~~~\n"
       "a.txt:1:10: note: the first figure of the ratio\n"
       "    Sales of $30 million were three times the $15 million of last year.\n"
       "             ^~~~~~~~~~~\n"
       "a.txt:1:43: note: the second\n"
       "    Sales of $30 million were three times the $15 million of last year.\n"
       "                                              ^~~~~~~~~~~\n"},
      {"The plant employs 120 people, half the 400 it had in 2010.\n",
       "a.txt:1:31: error: 120 is 30% of 400, not \"half\" [ratio-mismatch]\n"
       "    The plant employs 120 people, half the 400 it had in 2010.\n"
       "                                  ^~~~\n"
       "a.txt:1:19: note: the first figure of the ratio\n"
       "    The plant employs 120 people, half the 400 it had in 2010.\n"
       "                      ^~~~~~~~~~\n"
       "a.txt:1:40: note: the second\n"
       "    The plant employs 120 people, half the 400 it had in 2010.\n"
       "                                           ^~~\n"},
      {"Road repairs, at $12.4 million, are about a third of the $37 million set aside.\n",
       ""},
      {"The turbine is twice as powerful, with 12 MW against 5 MW.\n",
       ""},
      {"Sales of $60 million were three times more than the $15 million of last year.\n",
       ""},
      {"Sales of $30 million were twice the $15 million of last year.\n",
       ""},
      {"Inflation hit 12%, three times the 3% target.\n",
       ""},
      {"The Fed raised rates twice in 2023, to 5.5% from 4.5%.\n",
       ""},
      {"The firm laid off 120 of its 400 staff, one in four, last year.\n",
       "a.txt:1:41: error: 120 is 30% of 400, not \"one in four\" [ratio-mismatch]\n"
       "    The firm laid off 120 of its 400 staff, one in four, last year.\n"
       "                                            ^~~~~~~~~~~\n"
       "a.txt:1:19: note: the first figure of the ratio\n"
       "    The firm laid off 120 of its 400 staff, one in four, last year.\n"
       "                      ^~~\n"
       "a.txt:1:30: note: the second\n"
       "    The firm laid off 120 of its 400 staff, one in four, last year.\n"
       "                                 ^~~~~~~~~\n"},
      {"The firm laid off 100 of its 400 staff, or one in four, last year.\n",
       ""},
      {"Some 120 of the 400 staff, or about a third, were laid off.\n",
       ""},
      {"The firm hired 120 of its 400 staff, twice as many as last year.\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("ratio-mismatch: A with a few words of what it is, set off by a comma, against B", "[check][arithmetic]") {
  const Case cases[] = {
      {"Tenants in Felbridge pay roughly half what tenants in the centre pay - £1,140 a month for a typical flat, against £1,720.\n",
       "a.txt:1:26: error: £1,140 is 66% of £1,720, not \"roughly half\" [ratio-mismatch]\n"
       "    Tenants in Felbridge pay roughly half what tenants in the centre pay - £1,140 a month for a typical flat, against £1,720...\n"
       "                             ^~~~~~~~~~~~\n"
       "a.txt:1:72: note: the first figure of the ratio\n"
       "    ...y half what tenants in the centre pay - £1,140 a month for a typical flat, against £1,720.\n"
       "                                               ^~~~~~\n"
       "a.txt:1:115: note: the second\n"
       "    ...140 a month for a typical flat, against £1,720.\n"
       "                                               ^~~~~~\n"},
      // Right: about half.
      {"Tenants in Felbridge pay roughly half what tenants in the centre pay - £860 a month for a typical flat, against £1,720.\n",
       ""},
      // No comma before the comparison: the words may name another thing.
      {"Tenants pay roughly half what others pay - £1,140 a month for flats against £1,720 for houses.\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("ratio-mismatch: a fraction of a whole, its part and the rest", "[check][arithmetic]") {
  const Case cases[] = {
      {"The council will meet half of the cost, \u00a35.1 million, with the remaining \u00a39.1 million coming from a "
       "fund.\n",
       "a.txt:1:23: error: \u00a35.1 million is 36% of \u00a35.1 million + \u00a39.1 million = \u00a314.2 million, not "
       "\"half\" [ratio-mismatch]\n"
       "    The council will meet half of the cost, \u00a35.1 million, with the remaining \u00a39.1 million coming from "
       "a fund.\n"
       "                          ^~~~\n"
       "a.txt:1:41: note: the part\n"
       "    The council will meet half of the cost, \u00a35.1 million, with the remaining \u00a39.1 million coming from "
       "a fund.\n"
       "                                            ^~~~~~~~~~~~\n"
       "a.txt:1:74: note: the rest\n"
       "    The council will meet half of the cost, \u00a35.1 million, with the remaining \u00a39.1 million coming from "
       "a fund.\n"
       "                                                                             ^~~~~~~~~~~~\n"},
      {"The council will meet a third of the cost, \u00a34 million, with the remaining \u00a38 million from a fund.\n", ""},
      {"The council will meet half of the cost, \u00a35.1 million, with the remaining work due in 2027.\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("ratio-mismatch: Of the B, A were ..., or RATIO", "[check][arithmetic]") {
  CHECK(lint("Of the 41,200 services scheduled in the quarter, 2,060 were cancelled in full or in part, or roughly "
             "one in ten, the regulator said.\n")
            .find("a.txt:1:94: error: 2,060 is 5% of 41,200, not \"roughly one in ten\" [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint("Of the 41,200 services scheduled in the quarter, 2,060 were cancelled in full or in part, or roughly "
             "one in 20, the regulator said.\n")
            .empty());
  // Two figures after the comma: which one is the part is not told.
  CHECK(lint("Of the 41,200 services scheduled, 2,060 were cancelled and 900 were late, or roughly one in ten.\n")
            .empty());
  // After a dash, or after a comma at the end of the sentence.
  CHECK(lint("Of the 2,180 jobs still open, 870 involve damp or mould - roughly one in four of the outstanding total.\n")
            .find("a.txt:1:59: error: 870 is 40% of 2,180, not \"roughly one in four\" [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint("Of the 2,180 jobs still open, 870 involve damp or mould, roughly one in four.\n")
            .find("870 is 40% of 2,180") != std::string::npos);
  CHECK(lint("Of the 2,180 jobs still open, 870 involve damp or mould - roughly two in five of the outstanding "
             "total.\n")
            .empty());
  CHECK(lint("Of the 420 homes, 140 will be offered as affordable housing, half of the development.\n")
            .find("error: 140 is 33% of 420, not \"half\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("Of the 420 homes, 140 will be offered as affordable housing, a third of the development.\n").empty());
  // A ratio of the part's own items ("one in ten of them in March") is not closing the sentence.
  CHECK(lint("Of the 2,180 jobs still open, 870 involve damp, roughly one in four of them in flats.\n").empty());
}

TEST_CASE("ratio-mismatch: That was RATIO as many NOUN as ..., the first figure in the sentence before",
          "[check][arithmetic]") {
  const std::string text =
      "Kessler scored 21 goals in 38 league appearances last season. That was twice as many league goals as the "
      "club's own top scorer, Liam Procter, who managed 14.\n";
  CHECK(lint(text).find("a.txt:1:72: error: 21 is 1.5 times 14, not \"twice\" [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("21 goals"), 2, "28");
  CHECK(lint(right).empty());
  // The noun must be what the figure before counts; a new paragraph breaks it.
  CHECK(lint("Kessler played 21 matches in 38 weeks. That was twice as many league goals as Procter, who managed "
             "14.\n")
            .empty());
  CHECK(lint("Kessler scored 21 goals.\n\nThat was twice as many goals as Procter, who managed 14.\n").empty());
}

TEST_CASE("ratio-mismatch: a stated average per unit of time against the count and the length of time",
          "[check][arithmetic]") {
  const std::string text =
      "The library welcomed 2,340 visitors in its first six days after reopening, an average of 420 a day.\n";
  CHECK(lint(text).find("a.txt:1:90: error: 2,340 over six days is 390 a day, not 420 [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("420"), 3, "390");
  CHECK(lint(right).empty());
  // An average rounded a little passes; another unit is no average of these.
  CHECK(lint("The library welcomed 2,325 visitors in six days, an average of 390 a day.\n").empty());
  CHECK(lint("The library welcomed 2,340 visitors in six days, an average of 420 a week.\n").empty());
}

TEST_CASE("ratio-mismatch: an average that works out at R a day, the length of time before the count",
          "[check][arithmetic]") {
  const std::string text =
      "Between 1 January and 31 March, a stretch of 90 days, repair gangs dealt with 4,860 defects - which, the "
      "council said, worked out at roughly 72 holes filled every day.\n";
  CHECK(lint(text).find("error: 4,860 over 90 days is 54 a day, not 72 [ratio-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("72 holes"), 2, "54");
  CHECK(lint(right).empty());
  // Two lengths of time in the unit: which one is not known.
  CHECK(lint("In 90 days, or 60 working days, gangs filled 4,860 holes, an average of 72 a day.\n").empty());
}

TEST_CASE("ratio-mismatch: an average of an amount in a unit", "[check][arithmetic]") {
  const std::string text = "Crews spread 9,600 tonnes of salt over 32 nights, an average of about 400 tonnes a night.\n";
  const std::string out = lint(text);
  CHECK(out.find("a.txt:1:65: error: 9,600 tonnes over 32 nights is 300 a night, not 400 [ratio-mismatch]") !=
        std::string::npos);
  CHECK(out.find("a.txt:1:14: note: the total") != std::string::npos);
  std::string right = text;
  right.replace(right.find("400"), 3, "300");
  CHECK(lint(right).empty());
  // Another unit: not that total.
  CHECK(lint("Crews spread 9,600 tonnes of salt over 32 nights, an average of about 400 litres a night.\n").empty());
}

TEST_CASE("ratio-mismatch: Spanish N veces m\xC3\xA1s que los B", "[check][arithmetic]") {
  CHECK(lint_es("Las empresas firmaron 1.860 contratos, cuatro veces m\xC3\xA1s que los 620 de 2021.\n")
            .find("a.txt:1:40: error: 1,860 is 3 times 620, not \"cuatro veces\" [ratio-mismatch]") != std::string::npos);
  // "tres veces más": three or four times.
  CHECK(lint_es("Las empresas firmaron 1.860 contratos, tres veces m\xC3\xA1s que los 620 de 2021.\n").empty());
}

TEST_CASE("ratio-mismatch: a rate per so many people against the count and the population", "[check][arithmetic]") {
  const std::string text =
      "Police recorded 1,860 burglaries in the year to June, down from 2,170 the previous year.\n\nWith a population "
      "of 155,000, that equates to a rate of 14 burglaries for every 1,000 residents.\n";
  const std::string out = lint(text);
  CHECK(out.find("a.txt:3:57: error: 1,860 burglaries among 155,000 is 12 per 1,000 residents, not 14 "
                 "[ratio-mismatch]") != std::string::npos);
  CHECK(out.find("a.txt:1:17: note: the count") != std::string::npos);
  std::string right = text;
  right.replace(right.find("rate of 14"), 10, "rate of 12");
  CHECK(lint(right).empty());
  // No population told, or a rate of another noun: nothing to compute.
  CHECK(lint("Police recorded 1,860 burglaries. That is a rate of 14 burglaries per 1,000 residents.\n").empty());
  CHECK(lint("Police recorded 1,860 burglaries. With a population of 155,000, there are 14 thefts per 1,000 "
             "residents.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: RATIO NOUN, A of the B, and a population as a count of people", "[check][arithmetic]") {
  CHECK(lint("The survey found that almost one in four respondents, 42 of the 240, had considered leaving.\n")
            .find("a.txt:1:23: error: 42 is 18% of 240, not \"almost one in four respondents\" [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint("The survey found that almost one in five respondents, 42 of the 240, had considered leaving.\n").empty());
  CHECK(lint("Police recorded 1,260 offences in the year to June. Spread across the town's 68,400 residents, that is a "
             "rate of 21 offences for every 1,000 people.\n")
            .find("error: 1,260 offences among 68,400 is 18.4 per 1,000 people, not 21 [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint("Police recorded 1,260 offences in the year to June. Spread across the town's 68,400 residents, that is a "
             "rate of 18 offences for every 1,000 people.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: an average over the period a count is bound to, and Spanish averages",
          "[check][arithmetic]") {
  TempDir dir;
  const auto run = [&](const std::string& text) {
    dir.write("a.txt", "Publicado el 8 de abril de 2026\n\n" + text);
    return run_claimlint({"--color=never", "--lang", "es", "a.txt"}, dir.path()).out;
  };
  const std::string month =
      "En marzo el sistema sum\xC3\xB3 74.400 usos, una media de 2.600 diarios.\n";
  CHECK(run(month).find("error: 74,400 over March 2026 is 2,400 a day, not 2,600 [ratio-mismatch]") !=
        std::string::npos);
  std::string right = month;
  right.replace(right.find("2.600"), 5, "2.400");
  CHECK(run(right).find("ratio-mismatch") == std::string::npos);
  const std::string year =
      "El servicio atendi\xC3\xB3 a 41.610 pacientes a lo largo de 2025. Seg\xC3\xBAn la memoria, registr\xC3\xB3 "
      "una media de 127 pacientes diarios.\n";
  CHECK(run(year).find("error: 41,610 over 2025 is 114 a day, not 127 [ratio-mismatch]") != std::string::npos);
  CHECK(run("En marzo los usuarios fueron 412.000, con una media diaria de 15.200.\n")
            .find("error: 412,000 over March 2026 is 13,290.3 a day, not 15,200 [ratio-mismatch]") != std::string::npos);
  // A period not over at publication is no whole period.
  CHECK(run("En abril el sistema sum\xC3\xB3 74.400 usos, una media de 2.600 diarios.\n").find("ratio-mismatch") ==
        std::string::npos);
  // The figure a change is measured from is not the count averaged.
  const auto run_en = [&](const std::string& text) {
    dir.write("a.txt", "Published: 8 April 2026\n\n" + text);
    return run_claimlint({"--color=never", "a.txt"}, dir.path()).out;
  };
  const std::string baseline =
      "The trust recorded 18,420 attendances in January, up 2.6 per cent on the 17,960 in the same month last year "
      "and an average of 594 a day.\n";
  CHECK(run_en(baseline).find("ratio-mismatch") == std::string::npos);
  std::string wrong = baseline;
  wrong.replace(wrong.find("594"), 3, "654");
  CHECK(run_en(wrong).find("error: 18,420 over January 2026 is 594.2 a day, not 654 [ratio-mismatch]") !=
        std::string::npos);
}

TEST_CASE("ratio-mismatch: A of what it counts, then 'el doble de las B'", "[check][arithmetic]") {
  const std::string text =
      "Los huertos cerraron el ciclo con 186.400 toneladas de lim\xC3\xB3n, el doble de las 112.300 toneladas de "
      "2023.\n";
  CHECK(lint_es(text).find("error: 186,400 is 1.66 times 112,300, not \"doble\" [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("186.400"), 7, "224.600");
  CHECK(lint_es(right).empty());
  CHECK(lint("The orchards picked 2,410 tonnes of apples, twice the 1,800 tonnes of 2023.\n")
            .find("2,410 is 1.34 times 1,800, not \"twice\"") != std::string::npos);
}

TEST_CASE("ratio-mismatch: a possessive between the ratio and the second figure, money in cents", "[check][arithmetic]") {
  CHECK(lint("Market eggs cost \xE2\x82\xAC" "6.40, twice as much as the supermarket's \xE2\x82\xAC" "4.20.\n")
            .find("a.txt:1:25: error: \xE2\x82\xAC" "6.40 is 1.52 times \xE2\x82\xAC" "4.20, not \"twice\" "
                  "[ratio-mismatch]") != std::string::npos);
  CHECK(lint("Market eggs cost \xE2\x82\xAC" "8.40, twice as much as the supermarket's \xE2\x82\xAC" "4.20.\n").empty());
}

TEST_CASE("ratio-mismatch: a count restated as a rate, a bound average, and matches averaged per game",
          "[check][arithmetic]") {
  TempDir dir;
  const auto run = [&](const std::string& text) {
    dir.write("a.txt", "Published: Sunday, Feb. 8, 2026\n\n" + text);
    return run_claimlint({"--color=never", "a.txt"}, dir.path()).out;
  };
  // ", or about R a day" after a count of last year.
  const std::string restated = "Deputies booked 9,855 people into the jail last year, or about 31 a day.\n";
  CHECK(run(restated).find("a.txt:3:58: error: 9,855 over 2025 is 27 a day, not 31 [ratio-mismatch]") !=
        std::string::npos);
  std::string right = restated;
  right.replace(right.find("31"), 2, "27");
  CHECK(run(right).find("ratio-mismatch") == std::string::npos);
  // A rate is no count to average: "22,000 vehicles a day, or more than
  // 150,000 a week".
  CHECK(run("The bridge, opened in 1887, carries about 22,000 vehicles a day, or more than 150,000 a week.\n")
            .find("ratio-mismatch") == std::string::npos);
  // Matches and games are one kind of fixture; a lower bound is written as
  // it stands.
  const std::string crowds = "They have drawn 88,950 fans across four home matches, an average of more than 24,000 a game.\n";
  CHECK(run(crowds).find("error: 88,950 over four home matches is 22,237.5 a game, not more than 24,000 "
                         "[ratio-mismatch]") != std::string::npos);
  std::string fewer = crowds;
  fewer.replace(fewer.find("24,000"), 6, "22,000");
  CHECK(run(fewer).find("ratio-mismatch") == std::string::npos);
}

TEST_CASE("ratio-mismatch: Spanish matches averaged per game", "[check][arithmetic]") {
  const std::string text =
      "La fase final reuni\xC3\xB3 en sus 15 encuentros a 486.000 espectadores, con un promedio de 35.400 personas por "
      "partido.\n";
  CHECK(lint_es(text).find("error: 486,000 over 15 encuentros is 32,400 a game, not 35,400 [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("35.400"), 6, "32.400");
  CHECK(lint_es(right).empty());
}

TEST_CASE("ratio-mismatch: an average whose count is told a paragraph or two before", "[check][arithmetic]") {
  TempDir dir;
  const auto run = [&](const std::string& text) {
    dir.write("a.txt", "Published: 5 March 2026\n\n" + text);
    return run_claimlint({"--color=never", "a.txt"}, dir.path()).out;
  };
  const std::string text =
      "Nordavia flew 3.36 million passengers in February, 7.7% more than the 3.12 million it carried a year "
      "earlier.\n\nThe load factor rose to 84.6% from 81.9%. Capacity rose 4%.\n\nAcross the month that works out "
      "at an average of 135,000 passengers a day.\n";
  CHECK(run(text).find("error: 3.36 million over February 2026 is 120,000 a day, not 135,000 [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("135,000"), 7, "120,000");
  CHECK(run(right).find("ratio-mismatch") == std::string::npos);
  // "almost 125,000" is 90% to 100% of it: 120,000 is almost 125,000.
  std::string almost = text;
  almost.replace(almost.find("135,000"), 7, "almost 125,000");
  CHECK(run(almost).find("ratio-mismatch") == std::string::npos);
}

TEST_CASE("ratio-mismatch: a fraction set off by commas on both sides after A of the B", "[check][arithmetic]") {
  const std::string text =
      "Nausea was reported by 297 of the 824 patients taking the pill, roughly one in four, and vomiting by 132.\n";
  CHECK(lint(text).find("error: 297 is 36% of 824, not \"roughly one in four\" [ratio-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("four"), 4, "three");
  CHECK(lint(right).empty());
}

TEST_CASE("ratio-mismatch: one in every N, one of every N, one out of every N", "[check][arithmetic]") {
  for (const std::string ratio : {"one in every four", "one of every four", "one out of every four"}) {
    const std::string text = "Of the 900 staff, 300 were nurses, or " + ratio + ".\n";
    CHECK(lint(text).find("error: 300 is 33% of 900, not \"" + ratio + "\" [ratio-mismatch]") != std::string::npos);
    std::string right = text;
    right.replace(right.find("four"), 4, "three");
    CHECK(lint(right).empty());
  }
}

TEST_CASE("ratio-mismatch: a fraction that restates the one share before it", "[check][arithmetic]") {
  const std::string text =
      "La cuota de los enchufables se situ\xC3\xB3 en el 13,9 %, tres puntos por encima del 10,9 % de hace un "
      "a\xC3\xB1o, lo que significa que casi uno de cada cinco coches nuevos lleva enchufe.\n";
  CHECK(lint_es(text).find("error: 13.9% is not \"casi uno de cada cinco\" (16% to 24%) [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("cinco"), 5, "siete");
  CHECK(lint_es(right).empty());
  CHECK(lint("The plug-in share reached 13.9%, meaning that almost one in five new cars has a plug.\n")
            .find("error: 13.9% is not \"almost one in five\" (16% to 24%)") != std::string::npos);
  // A change is no share: "an increase of almost 15 per cent, meaning
  // roughly one in three new homes" restates another figure.
  CHECK(lint("Completions rose from 9,870 to 10,985, an increase of almost 12 per cent, meaning roughly one in three "
             "new homes was built in the capital.\n")
            .empty());
  // Two shares with nothing compared: which one is restated is not told.
  CHECK(lint("Plug-ins took 13.9% and hybrids 21%, meaning that one in five new cars is a hybrid.\n").empty());
}

TEST_CASE("ratio-mismatch: one of a noun for every N of another, with both counts told before", "[check][arithmetic]") {
  const std::string text =
      "With 498 classroom teachers for a projected 11,240 students, the district will have one teacher for every "
      "18 students.\n";
  CHECK(lint(text).find("a.txt:1:85: error: 11,240 students for 498 classroom teachers is one teacher for every "
                        "22.6 students, not 18 [ratio-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("18 students"), 11, "23 students");
  CHECK(lint(right).empty());
  // Rounded to a whole number, or hedged: 11,240 / 530 = 21.2.
  CHECK(lint("With 530 teachers for 11,240 students, the district will have one teacher for every 21 students.\n")
            .empty());
  CHECK(lint("With 498 teachers for 11,240 students, there is about one teacher per 21 students.\n").empty());
  // The counts must be told before the ratio, of its two nouns.
  CHECK(lint("The district will have one teacher for every 18 students, with 498 teachers for 11,240 students.\n")
            .empty());
  CHECK(lint("With 498 buses for 11,240 students, the district will have one teacher for every 18 students.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'A of the NOUN, that is, one in N' against the count of the noun told before",
          "[check][arithmetic]") {
  const std::string text =
      "En lo que va de la temporada hubo 1.212 personas internadas por dengue. Los chicos fueron uno de los grupos "
      "m\xC3\xA1s afectados: 404 de los internados eran menores de 15 a\xC3\xB1os, es decir, uno de cada cuatro.\n";
  CHECK(lint_es(text).find("error: 404 is 33% of 1,212, not \"uno de cada cuatro\" [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("cuatro."), 6, "tres");
  CHECK(lint_es(right).empty());
  CHECK(lint("Some 1,212 patients were admitted this season. Of those, 404 of the patients were under 15, that is, "
             "one in four.\n")
            .find("error: 404 is 33% of 1,212, not \"one in four\" [ratio-mismatch]") != std::string::npos);
  // Two counts of the noun: which whole is meant is not told.
  CHECK(lint("Some 1,212 patients were admitted in 2025 and 1,530 patients in 2026. Of those, 404 of the patients "
             "were under 15, that is, one in four.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: a decimal rate per so many people, its noun before 'rate' or after the figure",
          "[check][arithmetic]") {
  const std::string text =
      "The report counted 1,517 violent crimes last year, down 3% from 1,564 in 2024.\n\nWith a population of about "
      "412,000, that works out to a violent crime rate of roughly 3.1 per 1,000 residents.\n";
  CHECK(lint(text).find("error: 1,517 violent crimes among 412,000 is 3.7 per 1,000 residents, not 3.1 "
                        "[ratio-mismatch]") != std::string::npos);
  // Half a unit of the last digit: 3.7 is within "3.7", not within "3.1".
  std::string right = text;
  right.replace(right.find("3.1 per"), 3, "3.7");
  CHECK(lint(right).empty());
  CHECK(lint("The report counted 1,517 violent crimes last year.\n\nWith a population of 412,000, that works out to "
             "a rate of 3.1 violent crimes per 1,000 residents.\n")
            .find("not 3.1 [ratio-mismatch]") != std::string::npos);
}

TEST_CASE("ratio-mismatch: home dates and openings are occasions of one kind, and a count below the average no total",
          "[check][arithmetic]") {
  const std::string text =
      "The Ridgebacks drew 287,400 fans over 64 home dates \xE2\x80\x94 two rainouts were made up as doubleheaders "
      "\xE2\x80\x94 an average of 4,940 per opening.\n";
  CHECK(lint(text).find("error: 287,400 over 64 home dates is 4,490.6 an opening, not 4,940 [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("4,940"), 5, "4,490");
  CHECK(lint(right).empty());
  // "two rainouts" alone: no total of an average of 4,940.
  CHECK(lint("Over 64 home dates \xE2\x80\x94 two rainouts were made up as doubleheaders \xE2\x80\x94 the club "
             "averaged 4,940 per opening.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: a fraction restated after its noun as 'A of B'", "[check][arithmetic]") {
  CHECK(lint("Away from home it has collected only a third of its points, 14 of 34, against 20 at home.\n") ==
        "a.txt:1:38: error: 14 is 41% of 34, not \"a third\" [ratio-mismatch]\n"
        "    Away from home it has collected only a third of its points, 14 of 34, against 20 at home.\n"
        "                                         ^~~~~~~\n"
        "a.txt:1:61: note: the first figure of the ratio\n"
        "    Away from home it has collected only a third of its points, 14 of 34, against 20 at home.\n"
        "                                                                ^~\n"
        "a.txt:1:67: note: the second\n"
        "    Away from home it has collected only a third of its points, 14 of 34, against 20 at home.\n"
        "                                                                      ^~\n");
  CHECK(lint("Away from home it has collected only a third of its points, 11 of 34, against 23 at home.\n").empty());
  CHECK(lint_es("Solo ha sumado lejos de casa un tercio de sus puntos, 14 de 34, frente a los 20 logrados como "
                "local.\n")
            .find("a.txt:1:30: error: 14 is 41% of 34, not \"un tercio\" [ratio-mismatch]") == 0);
}

TEST_CASE("ratio-mismatch: 'A of its B X this summer, about one in K of its Y, as ...'", "[check][arithmetic]") {
  const std::string text =
      "The bank would close nine of its 58 branches this summer, about one in five of its locations, as more "
      "customers bank online.\n";
  CHECK(lint(text).find("a.txt:1:59: error: 9 is 16% of 58, not \"about one in five\" [ratio-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("five"), 4, "six");
  CHECK(lint(right).empty());
}

TEST_CASE("ratio-mismatch: a gerund of a factor after a figure, 'tripling the A', 'triplicando los A'",
          "[check][arithmetic]") {
  CHECK(lint("Net income reached $214 million, tripling the $96 million of a year earlier.\n")
            .find("a.txt:1:34: error: $214 million is 2.23 times $96 million, not \"tripling\" [ratio-mismatch]") == 0);
  CHECK(lint("Net income reached $290 million, tripling the $96 million of a year earlier.\n").empty());
  CHECK(lint_es("La utilidad neta lleg\xC3\xB3 a US$ 214 millones, triplicando los US$ 96 millones de 2025.\n")
            .find("error: $214 million is 2.23 times $96 million, not \"triplicando\" [ratio-mismatch]") !=
        std::string::npos);
  // A verb of change is no comparison of two figures told.
  CHECK(lint("Sales are tripling as the $96 million plant opens.\n").empty());
}

TEST_CASE("ratio-mismatch: 'RATIO as many N1 as N2' between the counts of the two nouns", "[check][arithmetic]") {
  CHECK(lint("With six wins, one draw and 13 defeats, they have lost three times as many games as they have won.\n")
            .find("a.txt:1:56: error: 13 is 2.17 times 6, not \"three times\" [ratio-mismatch]") == 0);
  CHECK(lint("With six wins, one draw and 13 defeats, they have lost twice as many games as they have won.\n").empty());
  CHECK(lint("The survey had 1,200 women and 500 men, twice as many women as men.\n")
            .find("error: 1,200 is 2.4 times 500, not \"twice\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("The survey had 1,000 women and 500 men, twice as many women as men.\n").empty());
  // Counts of other nouns relate nothing.
  CHECK(lint("The survey had 1,200 women and 500 children, twice as many women as men.\n").empty());
}

TEST_CASE("ratio-mismatch: 'more than double' means at least twice and a phrase of the period may follow A",
          "[check][arithmetic]") {
  CHECK(lint("The second round attracted 3,210 applications, more than double the 1,840 of the first.\n")
            .find("a.txt:1:48: error: 3,210 is 1.74 times 1,840, not \"more than double\" [ratio-mismatch]") == 0);
  CHECK(lint("The second round attracted 3,710 applications, more than double the 1,840 of the first.\n").empty());
  const std::string text =
      "It reported a net profit of $187m for the six months to 31 December, more than double the $96m it earned a "
      "year earlier.\n";
  CHECK(lint(text).find("a.txt:1:70: error: $187 million is 1.95 times $96 million, not \"more than double\" "
                        "[ratio-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("187"), 3, "197");
  CHECK(lint(right).empty());
  CHECK(lint_es("Las proyecciones estiman 312.000 viajes en un d\xC3\xAD" "a laboral, cuatro veces los 96.000 viajes "
                "de hoy.\n")
            .find("error: 312,000 is 3.25 times 96,000, not \"cuatro veces\" [ratio-mismatch]") != std::string::npos);
  // A phrase of something other than a period is no bridge.
  CHECK(lint("It reported a net profit of $187m for the region's stores, more than double the $96m of Acme.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'more than one in three' and 'more than half' are bounds below, 'A of those B'",
          "[check][arithmetic]") {
  CHECK(lint("Eighteen of those 66 dates were sellouts, more than one in three, compared with seven in 2025.\n")
            .find("a.txt:1:43: error: 18 is 27% of 66, not \"more than one in three\" [ratio-mismatch]") == 0);
  CHECK(lint("Eighteen of those 66 dates were sellouts, more than one in four, compared with seven in 2025.\n").empty());
  CHECK(lint("It laid off 120 of its 400 staff, more than half.\n")
            .find("a.txt:1:35: error: 120 is 30% of 400, not \"more than half\" [ratio-mismatch]") == 0);
  CHECK(lint("It laid off 220 of its 400 staff, more than half.\n").empty());
}

TEST_CASE("ratio-mismatch: a percentage restating a part of a whole, 'A of its B, or N%'", "[check][arithmetic]") {
  CHECK(lint("The firm laid off 120 of its 400 staff, or 40%.\n")
            .find("a.txt:1:44: error: 120 is 30% of 400, not \"40%\" [ratio-mismatch]") == 0);
  CHECK(lint("The firm laid off 120 of its 400 staff, or 30%.\n").empty());
  // Cut rather than rounded, or hedged by two points.
  CHECK(lint("The firm laid off 126 of its 400 staff, or 31%.\n").empty());
  CHECK(lint("The firm laid off 126 of its 400 staff, or about 33%.\n").empty());
  CHECK(lint("The region has built 6,842 homes, 40 per cent of its 12,500 target.\n")
            .find("error: 6,842 is 55% of 12,500, not \"40 per cent\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es("La empresa despidi\xC3\xB3 a 120 de sus 400 empleados, el 40%.\n")
            .find("error: 120 is 30% of 400, not \"40%\" [ratio-mismatch]") != std::string::npos);
  // A change or a comparison is no part of a whole.
  CHECK(lint("It sold 120 of its 400 flats, up 40% on last year.\n").empty());
  CHECK(lint("Sales rose to $5m, 20% more than the $4m of 2024.\n").empty());
  CHECK(lint("It sold 120 of its 400 flats, 40% more than in 2024.\n").empty());
}

TEST_CASE("ratio-mismatch: a percentage that opens its sentence relates nothing before it", "[check][arithmetic]") {
  CHECK(lint_es("La e\xC3\xB3lica aport\xC3\xB3 el 41,2 % de la producci\xC3\xB3n. El 16,3 % restante procede de los "
                "ciclos combinados de gas.\n")
            .find("ratio-mismatch") == std::string::npos);
  CHECK(lint("40% of the 120 staff were laid off.\n").empty());
}

TEST_CASE("ratio-mismatch: a date between A and the ratio ('51,400 passengers in October, three times the 21,900')",
          "[check][arithmetic]") {
  CHECK(lint("Skyward flew 51,400 passengers in October, more than three times the 21,900 carried by Prairie Jet.\n")
            .find("a.txt:1:44: error: 51,400 is 2.35 times 21,900, not \"more than three times\" [ratio-mismatch]") ==
        0);
  CHECK(lint("Skyward flew 51,400 passengers in 2025, about three times the 17,100 carried by Prairie Jet.\n").empty());
  // A phrase of where relates them too; one of neither, not.
  CHECK(lint("Skyward flew 51,400 passengers in Kansas, three times the 21,900 carried by Prairie Jet.\n")
            .find("error: 51,400 is 2.35 times 21,900, not \"three times\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("Skyward flew 51,400 passengers aboard new jets, three times the 21,900 carried by Prairie Jet.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'A on its books, making up one in three of its B' with B's noun a synonym of A's",
          "[check][arithmetic]") {
  CHECK(lint("Murrumbine now has 9,050 international students on its books, making up one in three of its 36,200 "
             "enrolments.\n")
            .find("a.txt:1:73: error: 9,050 is 25% of 36,200, not \"one in three\" [ratio-mismatch]") == 0);
  CHECK(lint("Murrumbine now has 9,050 international students on its books, making up one in four of its 36,200 "
             "enrolments.\n")
            .empty());
  CHECK(lint("The airline flew 9,050 travellers, accounting for a third of its 36,200 passengers.\n")
            .find("error: 9,050 is 25% of 36,200, not \"a third\" [ratio-mismatch]") != std::string::npos);
  // Nouns of two classes relate nothing.
  CHECK(lint("Murrumbine has 9,050 students, one in three of its 36,200 staff.\n").empty());
}

TEST_CASE("ratio-mismatch: a verb of a factor compared with a figure ('y su ritmo se duplicó respecto del A')",
          "[check][arithmetic]") {
  CHECK(lint_es("Los precios regulados subieron 3,2%, y su ritmo se duplic\xC3\xB3 respecto del 1,9% de enero.\n")
            .find("error: 3.2% is 1.68 times 1.9%, not \"duplic\xC3\xB3\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es("Los precios regulados subieron 3,8%, y su ritmo se duplic\xC3\xB3 respecto del 1,9% de enero.\n")
            .empty());
  CHECK(lint("Regulated prices rose 3.2%, and their pace doubled compared with the 1.9% of January.\n")
            .find("error: 3.2% is 1.68 times 1.9%, not \"doubled\" [ratio-mismatch]") != std::string::npos);
  // Another subject doubled: no ratio of the figure before.
  CHECK(lint("Revenue reached $5 million, and profit doubled compared with the $1.9 million of 2024.\n").empty());
}

TEST_CASE("ratio-mismatch: a verb of a factor, a colon, then 'A contra B' ('triplicó a Gómez: A votos contra B')",
          "[check][arithmetic]") {
  CHECK(lint_es("Gan\xC3\xB3 en el norte, donde triplic\xC3\xB3 a G\xC3\xB3mez: 6.420 votos contra 2.870.\n")
            .find("error: 6,420 is 2.24 times 2,870, not \"triplic\xC3\xB3\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es("Gan\xC3\xB3 en el norte, donde triplic\xC3\xB3 a G\xC3\xB3mez: 8.420 votos frente a 2.870.\n").empty());
  CHECK(lint("She tripled Gomez's tally: 6,420 votes against 2,870.\n")
            .find("error: 6,420 is 2.24 times 2,870, not \"tripled\" [ratio-mismatch]") != std::string::npos);
  // "compared with" after the colon is a change over time: percent-change
  // reports it, once.
  const std::string change = lint("Meridian's cadence has tripled: the company has flown 10 missions so far in 2026, "
                                  "compared with four in all of 2025.\n");
  CHECK(change.find("[percent-change]") != std::string::npos);
  CHECK(change.find("[ratio-mismatch]") == std::string::npos);
}

TEST_CASE("ratio-mismatch: a fraction of three words' noun, then a dash and 'A of the B'", "[check][arithmetic]") {
  CHECK(lint("About a quarter of wheat loads - 9,870 of the 61,400 delivered - were downgraded.\n")
            .find("a.txt:1:1: error: 9,870 is 16% of 61,400, not \"About a quarter\" [ratio-mismatch]") == 0);
  CHECK(lint("About a quarter of wheat loads - 15,870 of the 61,400 delivered - were downgraded.\n").empty());
}

TEST_CASE("ratio-mismatch: A with three words of what it is and a dash, then 'RATIO as much as the B'",
          "[check][arithmetic]") {
  CHECK(lint("China took 9,800 tonnes of Matarau butter \xE2\x80\x93 three times as much as the 4,900 tonnes shipped to "
             "the UK.\n")
            .find("a.txt:1:45: error: 9,800 is 2 times 4,900, not \"three times\" [ratio-mismatch]") == 0);
  CHECK(lint("China took 14,800 tonnes of Matarau butter \xE2\x80\x93 three times as much as the 4,900 tonnes shipped "
             "to the UK.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: Spanish 'más de un tercio de los N de X, unos A de los B'", "[check][arithmetic]") {
  CHECK(lint_es("Se comprometi\xC3\xB3 a que m\xC3\xA1s de un tercio de los empleos de construcci\xC3\xB3n, unos 1.200 de "
                "los 4.800, sean locales.\n")
            .find("error: 1,200 is 25% of 4,800, not \"m\xC3\xA1s de un tercio\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es("Se comprometi\xC3\xB3 a que m\xC3\xA1s de un tercio de los empleos de construcci\xC3\xB3n, unos 1.700 de "
                "los 4.800, sean locales.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'Of the B ..., A waited more than 24 hours ... - RATIO' (a length of time is no second part)",
          "[check][arithmetic]") {
  CHECK(lint("Of the 6,040 patients admitted in 2025, 1,510 waited more than 24 hours for a bed \xE2\x80\x94 one in "
             "five.\n")
            .find("error: 1,510 is 25% of 6,040, not \"one in five\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("Of the 6,040 patients admitted in 2025, 1,510 waited more than 24 hours for a bed \xE2\x80\x94 one in "
             "four.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'nearly three times' is a ratio close below three, 'fewer than three times' any below",
          "[check][arithmetic]") {
  CHECK(lint("Cascade has 212 jets in service, nearly three times as many as Meridian's 94.\n")
            .find("a.txt:1:34: error: 212 is 2.26 times 94, not \"nearly three times\" [ratio-mismatch]") == 0);
  CHECK(lint("Cascade has 270 jets in service, nearly three times as many as Meridian's 94.\n").empty());
  CHECK(lint("Cascade has 212 jets in service, fewer than three times as many as Meridian's 94.\n").empty());
  CHECK(lint("Cascade has 212 jets in service, almost twice as many as Meridian's 120.\n").empty());
}

TEST_CASE("ratio-mismatch: 'That is more than double the 81 properties' reads A in the sentence before",
          "[check][arithmetic]") {
  const std::string text =
      "The water spread through the town, flooding 143 properties internally - 118 homes and 25 businesses.\n\n"
      "That is more than double the 81 properties flooded in February 2020.\n";
  CHECK(lint(text).find("a.txt:3:9: error: 143 is 1.77 times 81, not \"more than double\" [ratio-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("143 properties"), 3, "173");
  right.replace(right.find("118 homes"), 3, "148");
  CHECK(lint(right).empty());
  // Another noun: no A.
  std::string other = text;
  other.replace(other.find("81 properties"), 13, "81 sandbags");
  CHECK(lint(other).empty());
}

TEST_CASE("ratio-mismatch: 'A, triple the number of five seasons ago, when it had B' and 'el triple que hace ...'",
          "[check][arithmetic]") {
  CHECK(lint("The club has 28,400 season-ticket holders, triple the number of five seasons ago, when it had just "
             "11,900.\n")
            .find("a.txt:1:44: error: 28,400 is 2.39 times 11,900, not \"triple\" [ratio-mismatch]") == 0);
  CHECK(lint("The club has 28,400 season-ticket holders, double the number of five seasons ago, when it had just "
             "14,100.\n")
            .empty());
  // A clause of "when" with no figure: nothing to compare.
  CHECK(lint("The club has 28,400 season-ticket holders, triple the number of five seasons ago, when it played in "
             "the second division.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'A this season, nearly three times as many as the nine sellouts' compares two counts",
          "[check][arithmetic]") {
  CHECK(lint("The club sold out 19 games this season, nearly three times as many as the nine sellouts it had in "
             "2025.\n")
            .find("a.txt:1:41: error: 19 is 2.11 times 9, not \"nearly three times\" [ratio-mismatch]") == 0);
  CHECK(lint("The club sold out 19 games this season, twice as many as the nine sellouts it had in 2025.\n").empty());
  // A school's term is such a period.
  CHECK(lint("Te Kowhai School enrolled 84 new entrants this term, three times the 42 it took in at the start of "
             "last year.\n")
            .find("error: 84 is 2 times 42, not \"three times\" [ratio-mismatch]") != std::string::npos);
  // Without "as many as", the count right after "times the" is still what
  // the games are compared with.
  CHECK(lint("The club sold out 19 games this season, nearly three times the nine sellouts it had in 2025.\n")
            .find("error: 19 is 2.11 times 9, not \"nearly three times\" [ratio-mismatch]") != std::string::npos);
}

TEST_CASE("ratio-mismatch: 'subió 2,7% y duplicó así el 1,8%' relates the two percentages, 'and doubled the' alone does not",
          "[check][arithmetic]") {
  CHECK(lint_es("Los alimentos subieron 2,7% y duplicaron as\xC3\xAD el 1,8% de julio.\n")
            .find("error: 2.7% is 1.5 times 1.8%, not \"duplicaron\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es("Los alimentos subieron 3,6% y duplicaron as\xC3\xAD el 1,8% de julio.\n").empty());
  CHECK(lint("Food prices rose 2.7% and thus doubled the 1.8% of July.\n")
            .find("error: 2.7% is 1.5 times 1.8%, not \"doubled\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("The town hired 40 workers and doubled the 12 workers on night shifts.\n").empty());
}

TEST_CASE("ratio-mismatch: a length of time before the comma is none of the ratio's ('over the five days, double the')",
          "[check][arithmetic]") {
  CHECK(lint("The stores logged 9.6 million visits over the five days, double the 4.8 million they see in October.\n")
            .empty());
  CHECK(lint("Shoppers placed 2.1 million orders from mobile devices over the five days, three times the 910,000 "
             "placed from desktop computers.\n")
            .find("error: 2.1 million is 2.31 times 910,000, not \"three times\" [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint("Shoppers placed 2.7 million orders from mobile devices over the five days, three times the 910,000 "
             "placed from desktop computers.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: lengths of time 'for a bed, three times as long as', with their unit",
          "[check][arithmetic]") {
  CHECK(lint("Patients aged over 75 waited an average of 14.2 hours for a bed, three times as long as the 7.1-hour "
             "average for patients under 40.\n")
            .find("error: 14.2 hours is 2 times 7.1 hours, not \"three times\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("Patients aged over 75 waited an average of 21.3 hours for a bed, three times as long as the 7.1-hour "
             "average for patients under 40.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'A <verb> <object>, half as many as the B'", "[check][arithmetic]") {
  CHECK(lint("Only 5,940 candidates wrote mathematics, half as many as the 8,910 who opted for mathematical "
             "literacy.\n")
            .find("a.txt:1:42: error: 5,940 is 67% of 8,910, not \"half as many\" [ratio-mismatch]") == 0);
  CHECK(lint("Only 4,455 candidates wrote mathematics, half as many as the 8,910 who opted for mathematical "
             "literacy.\n")
            .empty());
  // A verb and object of more than three words: no A.
  CHECK(lint("Only 5,940 candidates wrote the final mathematics paper, half as many as the 8,910 who opted for "
             "mathematical literacy.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: a count named right after 'times the' is compared whatever its noun",
          "[check][arithmetic]") {
  CHECK(lint("The port welcomed 96 cruise calls in the 2025-26 season, three times the 48 ships that berthed two "
             "seasons earlier, and passenger numbers reached 212,000.\n")
            .find("error: 96 is 2 times 48, not \"three times\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("The port welcomed 96 cruise calls this season, twice the 48 ships two seasons earlier.\n").empty());
}

TEST_CASE("ratio-mismatch: 'A this fall, twice the B'", "[check][arithmetic]") {
  CHECK(lint("Running back Darnell Hicks rushed for 1,130 yards this fall, twice the 812 yards he gained as a junior, "
             "and scored 14 touchdowns.\n")
            .find("error: 1,130 is 1.39 times 812, not \"twice\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("Running back Darnell Hicks rushed for 1,624 yards this fall, twice the 812 yards he gained as a junior.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: B in a clause of 'que' after what it is of", "[check][arithmetic]") {
  CHECK(lint_es("Traumatolog\xC3\xAD" "a es la especialidad con m\xC3\xA1s pacientes en espera, con 11.240, el triple "
                "que oftalmolog\xC3\xAD" "a, que acumula 5.620.\n")
            .find("error: 11,240 is 2 times 5,620, not \"triple\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es("Traumatolog\xC3\xAD" "a es la especialidad con m\xC3\xA1s pacientes en espera, con 11.240, el doble "
                "que oftalmolog\xC3\xAD" "a, que acumula 5.620.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: two figures set against each other, then the ratio", "[check][arithmetic]") {
  CHECK(lint_es("La huelga sali\xC3\xB3 adelante con 702 votos a favor frente a 351 en contra, el triple de apoyos que "
                "de rechazos, adem\xC3\xA1s de 28 votos en blanco.\n")
            .find("error: 702 is 2 times 351, not \"triple\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es("La huelga sali\xC3\xB3 adelante con 702 votos a favor frente a 351 en contra, el doble de apoyos que "
                "de rechazos.\n")
            .empty());
  CHECK(lint("The motion passed with 702 votes in favour against 351 against, three times as many.\n")
            .find("error: 702 is 2 times 351, not \"three times\" [ratio-mismatch]") != std::string::npos);
  // A ratio with its own object is of that.
  CHECK(lint("Sales reached 702 units compared with 351 a year earlier, triple the 2019 level.\n")
            .find("ratio-mismatch") == std::string::npos);
}

TEST_CASE("ratio-mismatch: A, up to ten words of what happened to it and its year, then 'three times the B'",
          "[check][arithmetic]") {
  const std::string text = "Some 1,126 sailings were cancelled because of high winds or swell in 2025, {} the 512 lost "
                           "to weather in 2024.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "three times"))
            .find("error: 1,126 is 2.2 times 512, not \"three times\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "more than double")).empty());
  // A clause of its own between: A may be another's.
  CHECK(lint("Some 1,126 sailings that the company ran were cancelled because of winds in 2025, three times the 512 "
             "lost in 2024.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: B after 'last season's' and a scale of Indian English", "[check][arithmetic]") {
  const std::string text = "Digital streams reached 2.1 crore, more than {} times last season's 90 lakh.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "three"))
            .find("error: 21 million is 2.33 times 9 million, not \"more than three times\" [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "two")).empty());
}

TEST_CASE("ratio-mismatch: 'A, la mitad de los B'", "[check][arithmetic]") {
  const std::string text = "El Almenara encaj\xC3\xB3 {} goles, la mitad de los 64 que recibi\xC3\xB3 en la temporada "
                           "2024-25.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "41")).find("error: 41 is 64% of 64, not \"mitad\" [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "32")).empty());
}

TEST_CASE("ratio-mismatch: 'as many as' after A and up to nine words of what happened to it", "[check][arithmetic]") {
  const std::string text = "A total of {} services were cancelled because no driver or guard was available, twice as "
                           "many as the 1,210 cancelled because of faulty trains.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "1,840"))
            .find("error: 1,840 is 1.52 times 1,210, not \"twice\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "2,440")).empty());
  // Another clause between: A may be another's.
  CHECK(lint("A total of 1,840 services were cancelled and the operator said drivers were short, twice as many as "
             "the 1,210 cancelled because of faulty trains.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'N times the B' after A and up to ten words of what happened to it",
          "[check][arithmetic]") {
  const std::string text = "Some 3,120 cancellations were put down to a lack of drivers or guards, {} the 1,560 "
                           "blamed on signalling and track faults.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "three times"))
            .find("error: 3,120 is 2 times 1,560, not \"three times\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "twice")).empty());
  // Another clause between: A may be another's.
  CHECK(lint("Some 3,120 cancellations were reported and the operator said that drivers were short, three times the "
             "1,560 blamed on faults.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: 'twice the season's lowest crowd of B' (a superlative, its noun and 'of')",
          "[check][arithmetic]") {
  const std::string text = "The club drew 6,120 fans, {} the season's lowest crowd of 2,040.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "twice"))
            .find("error: 6,120 is 3 times 2,040, not \"twice\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "three times")).empty());
  // Another noun after "of" names no B of the ratio's.
  CHECK(lint("The club drew 6,120 fans, twice the season's lowest share of the 2,040 tickets.\n").empty());
}

TEST_CASE("ratio-mismatch: a Spanish present of a factor sets its subject against what the article names",
          "[check][arithmetic]") {
  const std::string text = "Las altas nuevas, 4.920, {} las del curso pasado, que fueron 2.460.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "triplican"))
            .find("error: 4,920 is 2 times 2,460, not \"triplican\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "duplican")).empty());
  CHECK(lint_es("Los 4.920 socios triplican los 2.460 del curso pasado.\n").find("not \"triplican\"") !=
        std::string::npos);
  // Its own object: a change over time, no ratio.
  CHECK(lint_es("La empresa duplica la facturaci\xC3\xB3n de 2024, con 4.920 millones.\n").empty());
}

TEST_CASE("ratio-mismatch: B of A's kind in a clause of 'which' up to seven words on", "[check][arithmetic]") {
  const std::string text = "La demanda, de 2.450 megavatios, {} la generaci\xC3\xB3n local, que con la nueva unidad "
                           "asciende a 1.120 megavatios.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "triplica"))
            .find("a.txt:1:34: error: 2,450 is 2.19 times 1,120, not \"triplica\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "duplica")).empty());
  CHECK(lint("Peak demand, at 2,450 megawatts, is three times the local generation, which with the new unit comes to "
             "1,120 megawatts.\n")
            .find("not \"three times\"") != std::string::npos);
  // So far on, a figure of another kind is no B.
  CHECK(lint_es("La demanda, de 2.450 megavatios, triplica la generaci\xC3\xB3n local, que con la nueva unidad emplea "
                "a 1.120 trabajadores.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: the verb of A told again after B ties them across A's words", "[check][arithmetic]") {
  const std::string text = "The metro spent R1.4-billion buying electricity from independent power producers in the "
                           "2025/26 financial year, {} the R620-million it {} in 2023/24.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "more than three times", "spent"))
            .find("a.txt:1:113: error: R1.4 billion is 2.26 times R620 million, not \"more than three times\" "
                  "[ratio-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "more than double", "spent")).empty());
  // Another verb after B: what B is may be of another matter.
  CHECK(lint(fmt::format(fmt::runtime(text), "more than three times", "earned")).empty());
}

TEST_CASE("ratio-mismatch: a Spanish verb of a factor after 'lo que' or 'y' with B in the clause after its object",
          "[check][arithmetic]") {
  const std::string text = "La espera media en traumatolog\xC3\xAD" "a llega a 298 d\xC3\xAD" "as, lo que {} la de "
                           "cirug\xC3\xAD" "a general, de 142 d\xC3\xAD" "as.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "triplica"))
            .find("error: 298 days is 2.1 times 142 days, not \"triplica\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "duplica")).empty());
  // Words of what A is before ", lo que", and B in a clause of "cuando".
  CHECK(lint_es("Se estima una producci\xC3\xB3n de 182.000 toneladas de aceituna, lo que triplica la cosecha de "
                "la campa\xC3\xB1" "a de 2024, cuando la sequ\xC3\xAD" "a dej\xC3\xB3 la recogida en 74.000 "
                "toneladas.\n")
            .find("182,000 is 2.46 times 74,000, not \"triplica\"") != std::string::npos);
  // After "y", the object must be "that of" ("al de").
  CHECK(lint_es("El tr\xC3\xA1" "fico alcanz\xC3\xB3 los 186.500 TEU y triplica ya al de Brasil, que se qued\xC3\xB3 "
                "en 94.200 TEU.\n")
            .find("186,500 is 1.98 times 94,200, not \"triplica\"") != std::string::npos);
  CHECK(lint_es("El puerto movi\xC3\xB3 186.500 TEU y triplica ya la flota, que se qued\xC3\xB3 en 94.200 TEU.\n")
            .empty());
  // B of another kind than A, or after another clause, is none.
  CHECK(lint_es("El metro movilizar\xC3\xA1 420.000 pasajeros diarios, lo que triplicar\xC3\xA1 la demanda actual, "
                "que hoy mueve unos 180.000 usuarios.\n")
            .empty());
  CHECK(lint_es("La espera llega a 298 d\xC3\xAD" "as, lo que triplica la media, y supera los 142 d\xC3\xAD" "as "
                "del plan.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: A with an auxiliary, a time after 'by' or a year, or opening the sentence",
          "[check][arithmetic]") {
  const std::string registered = "Officials said 31,200 people had registered for the 2026 edition, {} the 13,900 "
                                 "who signed up for the first race in 2011.\n";
  CHECK(lint(fmt::format(fmt::runtime(registered), "nearly three times"))
            .find("a.txt:1:67: error: 31,200 is 2.24 times 13,900, not \"nearly three times\" [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(registered), "more than double")).empty());
  CHECK(lint("Officials said 31,200 people had registered, nearly three times the 13,900 who signed up.\n")
            .find("not \"nearly three times\"") != std::string::npos);
  const std::string grew = "The fire grew to 18,400 acres by Thursday evening, {} the 9,100 acres mapped Tuesday.\n";
  CHECK(lint(fmt::format(fmt::runtime(grew), "nearly triple"))
            .find("error: 18,400 is 2.02 times 9,100, not \"nearly triple\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(grew), "about double")).empty());
  const std::string permitted = "The 221 permitted through September are {} the 96 issued in the same period of "
                                "2025.\n";
  CHECK(lint(fmt::format(fmt::runtime(permitted), "more than three times"))
            .find("a.txt:1:41: error: 221 is 2.3 times 96, not \"more than three times\" [ratio-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(permitted), "more than twice")).empty());
  // Another figure in the subject: which is A is not told.
  CHECK(lint("The 221 permitted and 40 refused through September are more than three times the 96 issued in the "
             "same period of 2025.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: Egyptian pounds and Gulf currencies are money", "[check][arithmetic]") {
  CHECK(lint("Export sales reached EGP 4.2bn, three times the EGP 1.9bn recorded a year earlier.\n")
            .find("a.txt:1:33: error: 4.2 billion EGP is 2.21 times 1.9 billion EGP, not \"three times\" "
                  "[ratio-mismatch]") == 0);
  CHECK(lint("Export sales reached EGP 4.2bn, more than double the EGP 1.9bn recorded a year earlier.\n").empty());
  CHECK(lint("Revenue reached QR 4.2bn, three times the QR 1.9bn of 2024.\n").find("billion QAR") != std::string::npos);
  CHECK(lint("Revenue reached OMR 4.2m, three times the OMR 1.9m of 2024.\n").find("million OMR") != std::string::npos);
}

TEST_CASE("ratio-mismatch: a fraction restated after a comma ('costing A out of the B ...')", "[check][arithmetic]") {
  const std::string text = "Fuel now eats up about {} of a typical vehicle's daily takings, costing R1,150 out of the "
                           "R2,300 a taxi brings in on an average weekday.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "a third"))
            .find("error: R1,150 is 50% of R2,300, not \"about a third\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "half")).empty());
  CHECK(lint("Fuel eats up about a third of daily takings, or R1,150 of the R2,300 a taxi brings in.\n")
            .find("not \"about a third\"") != std::string::npos);
}

TEST_CASE("ratio-mismatch: A told as a rate of a period before the ratio ('al d\xC3\xAD" "a', 'por hect\xC3\xA1rea')",
          "[check][arithmetic]") {
  CHECK(lint_es("La l\xC3\xADnea tiene 96.000 pasajeros al d\xC3\xAD" "a, el triple de los 41.000 de 2025.\n")
            .find("error: 96,000 is 2.34 times 41,000, not \"triple\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es("La l\xC3\xADnea tiene 123.000 pasajeros al d\xC3\xAD" "a, el triple de los 41.000 de 2025.\n")
            .empty());
  CHECK(lint_es("Los vi\xC3\xB1" "edos con riego rindieron en promedio 11.800 kilos por hect\xC3\xA1rea, casi el "
                "triple que los de secano, que promediaron 5.900 kilos.\n")
            .find("error: 11,800 is 2 times 5,900, not \"triple\" [ratio-mismatch]") != std::string::npos);
}

TEST_CASE("ratio-mismatch: a length of time after A is no A ('in its first four weeks, almost twice the 580')",
          "[check][arithmetic]") {
  CHECK(lint("It carried out 1,140 operations in its first four weeks, almost twice the 580 the old theatre managed "
             "in the same period last year.\n")
            .empty());
  CHECK(lint("Fibre West connected 4,180 premises in the first three months of this year, twice as many as the 2,710 "
             "it connected in the same period of 2025.\n")
            .find("error: 4,180 is 1.54 times 2,710, not \"twice\" [ratio-mismatch]") != std::string::npos);
  // Lengths of time compare with lengths of time.
  CHECK(lint("Patients waited 14.2 hours for a bed, three times as long as the 7.1-hour average.\n")
            .find("not \"three times\"") != std::string::npos);
}

TEST_CASE("ratio-mismatch: A told again per share after 'or' restates A", "[check][arithmetic]") {
  const std::string text = "Net income for the quarter reached $71.3 million, or 42 cents a share, {} the $36.2 "
                           "million it earned a year earlier.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "nearly double")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "nearly triple"))
            .find("error: $71.3 million is 1.97 times $36.2 million, not \"nearly triple\" [ratio-mismatch]") !=
        std::string::npos);
}

TEST_CASE("ratio-mismatch: a rate's adjective after A ('usuarios diarios') and B in a clause of 'donde'",
          "[check][arithmetic]") {
  const std::string text = "La terminal Los Olivos tendr\xC3\xA1 unos {} mil usuarios diarios, el doble que la "
                           "estaci\xC3\xB3n Tlacopa, donde se esperan 19 mil 500.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "32"))
            .find("error: 32,000 is 1.64 times 19,500, not \"doble\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "38")).empty());
}

TEST_CASE("ratio-mismatch: B after a name's possessive or in its clause, and A opening the sentence after 'With'",
          "[check][arithmetic]") {
  CHECK(lint("St. Brigid has 980 beds, three times as many as Valley Regional's 410.\n")
            .find("error: 980 is 2.39 times 410, not \"three times\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint("St. Brigid has 980 beds, more than three times as many as Valley Regional, which has 410.\n")
            .find("error: 980 is 2.39 times 410, not \"more than three times\" [ratio-mismatch]") !=
        std::string::npos);
  const std::string with = "With 980 licensed beds across its four campuses, St. Brigid has more than {} as many "
                           "beds as Valley Regional, which is licensed for 410.\n";
  CHECK(lint(fmt::format(fmt::runtime(with), "three times"))
            .find("a.txt:1:65: error: 980 is 2.39 times 410, not \"more than three times\" [ratio-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(with), "twice")).empty());
  // A figure between the comma and the ratio is A.
  CHECK(lint("With 980 beds, St. Brigid treated 2,600 patients last year, three times as many as Valley Regional, "
             "which treated 820.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: an average after another rate of the same total is of something else, and a length "
          "told as an upper bound ('in under five years') is open below",
          "[check][arithmetic]") {
  CHECK(lint("The programme must plant another 11,600 hectares in under five years, or roughly 2,500 hectares a "
             "year, compared with an average of just over 2,600 hectares a year since 2019.\n")
            .empty());
  const std::string text = "The programme must plant another 11,600 hectares in {} five years, an average of {} "
                           "hectares a year.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "under", "2,600")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "under", "2,000"))
            .find("a.txt:1:85: error: 11,600 hectares over five years is at least 2,320 a year, not 2,000 "
                  "[ratio-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "about", "2,600"))
            .find("error: 11,600 hectares over five years is 2,320 a year, not 2,600 [ratio-mismatch]") !=
        std::string::npos);
}

TEST_CASE("ratio-mismatch: B named after 'times the' is compared with the count of its noun before",
          "[check][arithmetic]") {
  const std::string text = "Each of the new ferries will carry {} passengers and 110 cars, more than twice the 220 "
                           "passengers allowed on the old vessel.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "450")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "400"))
            .find("a.txt:1:65: error: 400 is 1.82 times 220, not \"more than twice\" [ratio-mismatch]") == 0);
  // With no count of B's noun before, the nearest count is A, whatever its noun.
  CHECK(lint("The port expects 96 cruise calls this season, three times the 48 ships that berthed last year.\n")
            .find("error: 96 is 2 times 48, not \"three times\" [ratio-mismatch]") != std::string::npos);
}

TEST_CASE("ratio-mismatch: an aside between dashes after A is passed over", "[check][arithmetic]") {
  const std::string text = "San Antonio forced {} turnovers \xE2\x80\x94 19 interceptions and {} fumble recoveries "
                           "\xE2\x80\x94 twice the 15 takeaways it managed in 2024.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "30", "11")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "36", "17"))
            .find("a.txt:1:79: error: 36 is 2.4 times 15, not \"twice\" [ratio-mismatch]") == 0);
}

TEST_CASE("ratio-mismatch: a rate per so many people is of a level, not of what was done, and of one count only",
          "[check][arithmetic]") {
  const std::string text = "The department has {} sworn officers.\n\nThe department hired 97 officers in 2025.\n\nWith "
                           "a population of about 612,000, Lakeport now has roughly 1.6 officers for every 1,000 "
                           "residents.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "962")).empty());
  // The level is still read past what was done.
  CHECK(lint(fmt::format(fmt::runtime(text), "1,560"))
            .find("a.txt:5:54: error: 1,560 sworn officers among 612,000 is 2.5 per 1,000 residents, not 1.6 "
                  "[ratio-mismatch]") == 0);
  // Two levels of the noun that disagree: which one the rate is of is not said.
  CHECK(lint("The department had 1,560 officers in 2015.\n\nThe department has 962 officers.\n\nWith a population of "
             "about 612,000, Lakeport now has roughly 2.5 officers for every 1,000 residents.\n")
            .empty());
}

TEST_CASE("ratio-mismatch: B after a noun and 'of', A before what it did, and a dividend in sen",
          "[check][arithmetic]") {
  const std::string crop = "Soybean production is pegged at {} lakh tonnes, nearly three times the groundnut crop of "
                           "21.3 lakh tonnes.\n";
  CHECK(lint(fmt::format(fmt::runtime(crop), "42.8"))
            .find("a.txt:1:51: error: 4.28 million is 2.01 times 2.13 million, not \"nearly three times\" "
                  "[ratio-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(crop), "61.4")).empty());
  const std::string year7 = "In Year 7, {} students reached the Exceeding category, twice the 318 recorded in 2025.\n";
  CHECK(lint(fmt::format(fmt::runtime(year7), "486"))
            .find("a.txt:1:57: error: 486 is 1.53 times 318, not \"twice\" [ratio-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(year7), "636")).empty());
  // Another clause between A and the comma: no A.
  CHECK(lint("In Year 7, 486 students sat the test and most reached the top band, twice the 318 recorded in 2025.\n")
            .empty());
  CHECK(lint("The board declared an interim dividend of 11 sen per share, double the 7 sen paid a year earlier.\n")
            .find("error: RM0.11 is 1.57 times RM0.07, not \"double\" [ratio-mismatch]") != std::string::npos);
}

TEST_CASE("ratio-mismatch: 'el triple de la capacidad actual de B' and A's phrase of when of six words",
          "[check][arithmetic]") {
  const std::string es = "La nueva concentradora podr\xC3\xA1 procesar 95.000 toneladas de mineral al "
                         "d\xC3\xAD" "a, {} de la capacidad actual de 38.000 toneladas diarias.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(es), "el triple"))
            .find("error: 95,000 is 2.5 times 38,000, not \"triple\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(es), "dos veces y media")).find("ratio-mismatch") == std::string::npos);
  const std::string en = "Solar plants supplied 78.4 GW at the time of peak demand, {} the 31.6 GW that solar "
                         "contributed in May 2022.\n";
  CHECK(lint(fmt::format(fmt::runtime(en), "three times"))
            .find("error: 78.4 is 2.48 times 31.6, not \"three times\" [ratio-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(en), "two and a half times")).empty());
}
