// Tests for check/unit_price (issue 7): a unit price against a count and a total.
#include "check/unit_price.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/lint_case.h"

using namespace claimlint::testing;

TEST_CASE("unit-price: positive cases and near misses", "[check][arithmetic]") {
  const Case cases[] = {
      {"The firms ordered 400,000 chips for $10 billion.\n"
       "\n"
       "Analysts put the price at $40,000 a chip.\n",
       "a.txt:3:27: warning: \"$40,000 a chip\" disagrees with $10 billion for 400,000 chips [unit-price]\n"
       "    Analysts put the price at $40,000 a chip.\n"
       "                              ^~~~~~~\n"
       "a.txt:1:19: note: $10 billion / 400,000 = $25,000 a chip\n"
       "    The firms ordered 400,000 chips for $10 billion.\n"
       "                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"},
      {"The agency bought 3,000 drones at $12,000 each, for a total of $45 million.\n",
       "a.txt:1:35: warning: \"$12,000 each\" disagrees with $45 million for 3,000 drones [unit-price]\n"
       "    The agency bought 3,000 drones at $12,000 each, for a total of $45 million.\n"
       "                                      ^~~~~~~\n"
       "a.txt:1:19: note: $45 million / 3,000 = $15,000 each\n"
       "    The agency bought 3,000 drones at $12,000 each, for a total of $45 million.\n"
       "                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"},
      {"The firms ordered more than 400,000 chips for $10 billion.\n"
       "\n"
       "Analysts put the price at $20,000 a chip.\n",
       ""},
      {"The firms ordered 400,000 H200 chips for $10 billion.\n"
       "\n"
       "The older H20 sold for $12,000 a chip.\n",
       ""},
      {"The council will buy 120 buses for $54 million.\n"
       "\n"
       "It paid $300,000 a bus in 2019.\n",
       ""},
      {"The council will buy 120 buses for $54 million.\n"
       "\n"
       "Varro will charge 450,000 euros a bus.\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("unit-price: a total the count brings a contract to, further on", "[check][arithmetic]") {
  const std::string out =
      lint("The two ships, costing \xC2\xA3" "46.5m apiece, bring the total value of the contract to \xC2\xA3" "87m.\n",
           "text", k_quiet_checks);
  CHECK(out.find("a.txt:1:24: warning: \"\xC2\xA3" "46.5m apiece\" disagrees with \xC2\xA3" "87 million for two ships "
                 "[unit-price]") == 0);
  CHECK(lint("The two ships, costing \xC2\xA3" "46.5m apiece, bring the total value of the contract to \xC2\xA3"
             "93m.\n",
             "text", k_quiet_checks)
            .empty());
}

TEST_CASE("unit-price: a total outlay", "[check][arithmetic]") {
  CHECK(lint("It has ordered 240 electric vans at \xC2\xA3" "52,000 each, a total outlay of \xC2\xA3" "13.8m.\n", "text",
             k_quiet_checks)
            .find("warning: \"\xC2\xA3" "52,000 each\" disagrees with \xC2\xA3" "13.8 million for 240 electric vans "
                  "[unit-price]") != std::string::npos);
  CHECK(lint("It has ordered 240 electric vans at \xC2\xA3" "52,000 each, a total outlay of \xC2\xA3" "12.5m.\n", "text",
             k_quiet_checks)
            .empty());
}

TEST_CASE("unit-price: Spanish prices per item and an amount in a unit", "[check][arithmetic]") {
  const auto lint_es = [](const std::string& text) {
    TempDir dir;
    dir.write("a.txt", text);
    return run_claimlint({"--color=never", "--lang", "es", "a.txt"}, dir.path()).out;
  };
  CHECK(lint_es("El banco compr\xC3\xB3 4.800 litros de aceite de oliva a 8,50 euros el litro, un gasto de 45.600 "
                "euros.\n")
            .find("a.txt:1:51: warning: \"8,50 euros el litro\" disagrees with \xE2\x82\xAC" "45,600 for 4.800 litros "
                  "[unit-price]") == 0);
  CHECK(lint_es("El banco compr\xC3\xB3 300 ordenadores a 500 euros cada uno, un gasto total de 180.000 euros.\n")
            .find("warning: \"500 euros cada uno\" disagrees with \xE2\x82\xAC" "180,000 for 300 ordenadores "
                  "[unit-price]") != std::string::npos);
  CHECK(lint_es("El banco compr\xC3\xB3 300 ordenadores a 500 euros cada uno, un gasto total de 150.000 euros.\n")
            .empty());
}

TEST_CASE("unit-price: a total and the price it implies, the count told elsewhere", "[check][arithmetic]") {
  const Case cases[] = {
      {"Nordvik Air ordered 40 jets from Halden.\n\nThe order is worth $4.6 billion, meaning an average of $129 "
       "million per jet.\n",
       "a.txt:3:56: warning: \"$129 million per jet\" disagrees with $4.6 billion for 40 jets [unit-price]\n"
       "    The order is worth $4.6 billion, meaning an average of $129 million per jet.\n"
       "                                                           ^~~~~~~~~~~~\n"
       "a.txt:1:21: note: $4.6 billion / 40 = $115 million a jet\n"
       "    Nordvik Air ordered 40 jets from Halden.\n"
       "                        ^~~~~~~\n"},
      {"Nordvik Air ordered 40 jets from Halden.\n\nThe order is worth $4.6 billion, meaning an average of $115 "
       "million per jet.\n",
       ""},
      // No word that the price follows from the total.
      {"Nordvik Air ordered 40 jets from Halden.\n\nThe order is worth $4.6 billion, and the list price is $129 "
       "million per jet.\n",
       ""},
      // Two counts of the item: which one the total is for is not told.
      {"Nordvik Air ordered 40 jets from Halden, and Skyline 12 jets.\n\nThe order is worth $4.6 billion, meaning an "
       "average of $129 million per jet.\n",
       ""},
  };
  check_cases(cases);
  TempDir dir;
  dir.write("a.txt", "Iberca vendi\xC3\xB3 412.000 veh\xC3\xAD" "culos en 2025.\n\nLa facturaci\xC3\xB3n alcanz\xC3\xB3 los "
                     "9.870 millones de euros, lo que supone un precio medio de unos 21.900 euros por veh\xC3\xAD"
                     "culo vendido.\n");
  const std::string out = run_claimlint({"--color=never", "--lang", "es", "-Wno-value-conflict", "a.txt"}, dir.path()).out;
  CHECK(out.find("warning: \"unos 21.900 euros por veh\xC3\xAD" "culo\" disagrees with \xE2\x82\xAC" "9.87 billion for "
                 "412.000 veh\xC3\xAD" "culos [unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: a price each between the count and the total, the maker after the count",
          "[check][arithmetic]") {
  const std::string text =
      "Kestrel has ordered four hybrid-electric vessels from the Dunmore yard at \u00a338.5m apiece, a \u00a3164m "
      "commitment.\n";
  CHECK(lint(text).find("a.txt:1:75: warning: \"\u00a338.5m apiece\" disagrees with \u00a3164 million for four "
                        "hybrid-electric vessels [unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("164m"), 4, "154m");
  CHECK(lint(right).empty());
}

TEST_CASE("unit-price: the total before the count", "[check][arithmetic]") {
  const std::string text =
      "The hospital will spend \u00a32.4m on 16 new dialysis machines costing \u00a3135,000 each.\n";
  const std::string out = lint(text);
  CHECK(out.find("a.txt:1:67: warning: \"\u00a3135,000 each\" disagrees with \u00a32.4 million for 16 new dialysis "
                 "machines [unit-price]") != std::string::npos);
  // The note spans the total and the count.
  CHECK(out.find("a.txt:1:25: note: \u00a32.4 million / 16 = \u00a3150,000 each") != std::string::npos);
  std::string right = text;
  right.replace(right.find("135,000"), 7, "150,000");
  CHECK(lint(right).empty());
  CHECK(lint("The city paid $90m for 12 buses at $7.5m each.\n").empty());
}

TEST_CASE("unit-price: a passive verb between the count and its price", "[check][arithmetic]") {
  CHECK(lint("The two new ships have been ordered from the Mallory Point yard at \u00a338.5m each, a total "
             "investment of \u00a387m.\n")
            .find("warning: \"\u00a338.5m each\" disagrees with \u00a387 million for two new ships [unit-price]") !=
        std::string::npos);
  CHECK(lint("The two new ships have been ordered from the Mallory Point yard at \u00a338.5m each, a total "
             "investment of \u00a377m.\n")
            .empty());
}

TEST_CASE("unit-price: what replaces the counted items stands between count and price", "[check][arithmetic]") {
  CHECK(lint("The department will replace 1,200 streetlights with LED units at \u00a3340 each, a \u00a3480,000 "
             "programme.\n")
            .find("warning: \"\u00a3340 each\" disagrees with \u00a3480,000 for 1,200 streetlights [unit-price]") !=
        std::string::npos);
  CHECK(lint("The department will replace 1,200 streetlights with LED units at \u00a3340 each, a \u00a3408,000 "
             "programme.\n")
            .empty());
}

TEST_CASE("unit-price: a price each, then accounting for the total", "[check][arithmetic]") {
  CHECK(lint("A fleet of 22 trams will be ordered, at an estimated \u00a33.4m each, accounting for \u00a384.8m of the "
             "overall budget.\n")
            .find("warning: \"an estimated \u00a33.4m each\" disagrees with \u00a384.8 million for 22 trams "
                  "[unit-price]") != std::string::npos);
  CHECK(lint("A fleet of 22 trams will be ordered, at an estimated \u00a33.4m each, accounting for \u00a374.8m of the "
             "overall budget.\n")
            .empty());
}

TEST_CASE("unit-price: each ITEM costing a price, the total after it, the count in the sentence before",
          "[check][arithmetic]") {
  const std::string text =
      "The authority resurfaced 240 short lengths of rural lane. With each length costing \xC2\xA3" "3,150 on average, "
      "the programme came in at \xC2\xA3" "812,000.\n";
  CHECK(lint(text).find("a.txt:1:84: warning: \"each length costing \xC2\xA3" "3,150\" disagrees with \xC2\xA3"
                        "812,000 for 240 short lengths [unit-price]") != std::string::npos);
  CHECK(lint(text).find("note: \xC2\xA3" "812,000 / 240 = \xC2\xA3" "3,383.33 a length") != std::string::npos);
  std::string right = text;
  right.replace(right.find("812,000"), 7, "756,000");
  CHECK(lint(right).empty());
  // No word that the later figure is the total.
  CHECK(lint("The authority resurfaced 240 short lengths of rural lane. With each length costing \xC2\xA3" "3,150, the "
             "council set aside \xC2\xA3" "812,000 for drains.\n")
            .empty());
  // Two counts of lengths: which one is meant is not told.
  CHECK(lint("The authority resurfaced 240 short lengths and 60 long lengths. With each length costing \xC2\xA3"
             "3,150 on average, the programme came in at \xC2\xA3" "812,000.\n")
            .empty());
}

TEST_CASE("unit-price: a deal with its own price is compared with that one", "[check][arithmetic]") {
  const std::string text =
      "El contrato contempla 312.000 men\xC3\xBAs anuales a un precio de 5,40 euros por men\xC3\xBA, lo que supone un "
      "desembolso de 1,74 millones de euros al a\xC3\xB1o. Las familias pagar\xC3\xA1n 4,60 euros por men\xC3\xBA.\n";
  const std::string out = lint_es(text);
  CHECK(out.find("warning: \"5,40 euros por men\xC3\xBA\" disagrees with \xE2\x82\xAC" "1.74 million for 312.000 "
                 "men\xC3\xBAs [unit-price]") != std::string::npos);
  CHECK(out.find("4,60") == std::string::npos);
  std::string right = text;
  right.replace(right.find("1,74"), 4, "1,68");
  CHECK(lint_es(right).empty());
}

TEST_CASE("unit-price: Spanish 'la unidad' after a count with its adjectives, 'una operación que supondrá'",
          "[check][arithmetic]") {
  const std::string text =
      "El Ayuntamiento comprar\xC3\xA1 14 coches patrulla h\xC3\xAD" "bridos a 38.500 euros la unidad, una "
      "operaci\xC3\xB3n que supondr\xC3\xA1 un desembolso de 603.000 euros.\n";
  CHECK(lint_es(text).find("warning: \"38.500 euros la unidad\" disagrees with \xE2\x82\xAC" "603,000 for 14 coches "
                           "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("603.000"), 7, "539.000");
  CHECK(lint_es(right).empty());
}

TEST_CASE("unit-price: what the items are for between a price each and the total", "[check][arithmetic]") {
  const std::string text =
      "La agencia concedi\xC3\xB3 1.240 ayudas de 3.500 euros cada una para instalar placas en viviendas, lo que "
      "supuso un desembolso total de 4,6 millones de euros.\n";
  CHECK(lint_es(text).find("warning: \"3.500 euros cada una\" disagrees with \xE2\x82\xAC" "4.6 million for 1.240 "
                           "ayudas [unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("4,6"), 3, "4,34");
  CHECK(lint_es(right).empty());
}

TEST_CASE("unit-price: a price each for a length of time, told in a relative clause", "[check][arithmetic]") {
  const std::string text =
      "The plan also adds 24 suites, which the team expects to lease at $45,000 per season, bringing in about "
      "$1.2 million a year.\n";
  CHECK(lint(text).find("a.txt:1:66: warning: \"$45,000 per season\" disagrees with $1.2 million for 24 suites "
                        "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("1.2"), 3, "1.08");
  CHECK(lint(right).empty());
  // A total over another length of time is no total of that price.
  std::string longer = text;
  longer.replace(longer.find("a year"), 6, "over five years");
  CHECK(lint(longer).empty());
  CHECK(lint("The hotel has 200 rooms at $45 a night, bringing in $9,000 a month.\n").empty());
  // A total with no length of time is no sum of a price for one.
  CHECK(lint("The developer will let 300 homes at $1,200 a month, worth $400m in all.\n").empty());
}

TEST_CASE("unit-price: what was done to the items and when, between the count and the price", "[check][arithmetic]") {
  const std::string text =
      "The report says 3,850 meters were swapped out last year at an average cost of $420 each, a total outlay of "
      "$1.47 million.\n";
  CHECK(lint(text).find("a.txt:1:79: warning: \"$420 each\" disagrees with $1.47 million for 3,850 meters "
                        "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("1.47"), 4, "1.62");
  CHECK(lint(right).empty());
}

TEST_CASE("unit-price: a fee each person pays, told before the count and the total", "[check][arithmetic]") {
  const std::string text =
      "With the full-marathon entry fee set at a flat $125 this year, the 1,240 marathon registrations alone brought "
      "in $161,200, organizers said.\n";
  CHECK(lint(text).find("a.txt:1:48: warning: \"fee set at a flat $125\" disagrees with $161,200 for 1,240 marathon "
                        "registrations [unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("161,200"), 7, "155,000");
  CHECK(lint(right).empty());
  // A price that is no one's fee: no unit price.
  CHECK(lint("At a price of $125 million, the 1,240 homes alone brought in $161,200 in deposits.\n").empty());
}

TEST_CASE("unit-price: an average selling price with no item after it is a price each", "[check][arithmetic]") {
  const std::string text =
      "The group completed the 7,842 homes at an average selling price of \xC2\xA3" "318,500, generating housing "
      "revenue of \xC2\xA3" "2.71bn.\n";
  CHECK(lint(text).find("a.txt:1:68: warning: \"selling price of \xC2\xA3" "318,500\" disagrees with \xC2\xA3" "2.71 "
                        "billion for 7,842 homes [unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("2.71bn"), 6, "2.5bn");
  CHECK(lint(right).empty());
}

TEST_CASE("unit-price: a price for each of the counted items, the total after them", "[check][arithmetic]") {
  const std::string text =
      "The plan includes a relief payment of $1,500 for each of the 2,860 properties damaged in the flood, costing "
      "about $4.8m.\n";
  CHECK(lint(text).find("a.txt:1:39: warning: \"$1,500 for each\" disagrees with $4.8 million for 2,860 properties "
                        "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("4.8m"), 4, "4.3m");
  CHECK(lint(right).empty());
  CHECK(lint("The city will give $45,000 for every one of the 48 units, a total subsidy of $2.4 million.\n")
            .find("\"$45,000 for every one\" disagrees with $2.4 million for 48 units [unit-price]") !=
        std::string::npos);
  CHECK(lint("The city will give $45,000 for every one of the 48 units, a total subsidy of $2.16 million.\n").empty());
}

TEST_CASE("unit-price: a hedged price in a relative clause", "[check][arithmetic]") {
  const std::string text =
      "The east side adds 24 luxury suites, which the department expects to lease at an average of $85,000 a "
      "season, bringing in about $2.4 million a year.\n";
  CHECK(lint(text).find("warning: \"$85,000 a season\" disagrees with $2.4 million for 24 luxury suites "
                        "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("2.4"), 3, "2.04");
  CHECK(lint(right).empty());
}

TEST_CASE("unit-price: a Spanish mean price after the count, the total in millions without its currency",
          "[check][arithmetic]") {
  const std::string text =
      "Solo los 24.500 abonados, con una cuota media de 310 euros, aportaron 8,4 millones a las arcas del club.\n";
  CHECK(lint_es(text).find("warning: \"cuota media de 310 euros\" disagrees with \xE2\x82\xAC" "8.4 million for "
                           "24.500 abonados [unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("8,4"), 3, "7,6");
  CHECK(lint_es(right).empty());
  // Without a price each, a sum without its currency is no total.
  CHECK(lint_es("Los 24.500 abonados aportaron 8,4 millones a las arcas del club.\n").empty());
}

TEST_CASE("unit-price: a bare count whose noun was told before, what it was for, then a price each",
          "[check][arithmetic]") {
  const std::string text =
      "Season-ticket sales were the bright spot. The club sold 6,850 for the campaign at an average price of "
      "\xC2\xA3" "395, generating \xC2\xA3" "3.1m.\n";
  CHECK(lint(text).find("warning: \"average price of \xC2\xA3" "395\" disagrees with \xC2\xA3" "3.1 million for "
                        "6,850 [unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("3.1m"), 4, "2.7m");
  CHECK(lint(right).empty());
  // A bare number with no price each is no count of a deal.
  CHECK(lint("The club sold 6,850 for \xC2\xA3" "3.1m in the campaign.\n").empty());
}

TEST_CASE("unit-price: 'of its' items and a quarter before an average selling price", "[check][arithmetic]") {
  const std::string text =
      "Carrow said it shipped 1.8 million of its Sentinel home hubs during the quarter at an average selling price "
      "of $240, bringing in $482 million.\n";
  CHECK(lint(text).find("warning: \"selling price of $240\" disagrees with $482 million for 1.8 million "
                        "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("$482"), 4, "$432");
  CHECK(lint(right).empty());
  const std::string counted =
      "Carrow shipped 1.8 million home hubs during the quarter at $240 each, bringing in $482 million.\n";
  CHECK(lint(counted).find("warning: \"$240 each\" disagrees with $482 million for 1.8 million home hubs "
                           "[unit-price]") != std::string::npos);
  // "$240 each" is a price, no value of the hubs that $432 million is:
  // no value-conflict beside the unit-price finding.
  const std::string both = "Carrow sold 1.8 million hubs at $240 each, for a total of $482 million. Carrow sold 1.8 "
                           "million hubs at an average price of $240, bringing in $482 million.\n";
  const std::string all_checks = lint(both, "text", {});
  CHECK(all_checks.find("[unit-price]") != std::string::npos);
  CHECK(all_checks.find("[value-conflict]") == std::string::npos);
}

TEST_CASE("unit-price: a Spanish price 'por unidad' after what the items are for and a comma", "[check][arithmetic]") {
  const std::string text =
      "El directorio aprob\xC3\xB3 la compra de 24 camiones de extracci\xC3\xB3n aut\xC3\xB3nomos para Radomiro "
      "Tomic, a un precio de US$ 6,2 millones por unidad, en una operaci\xC3\xB3n que asciende en total a US$ 172 "
      "millones.\n";
  CHECK(lint_es(text).find("warning: \"US$ 6,2 millones por unidad\" disagrees with $172 million for 24 camiones "
                           "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("US$ 172"), 7, "US$ 148,8");
  CHECK(lint_es(right).empty());
}

TEST_CASE("unit-price: two deals of one sentence, each with its own price each", "[check][arithmetic]") {
  const std::string text =
      "The budget sets aside money to replace 36 police cruisers at $62,000 apiece, about $2.2 million in all, and "
      "to buy six garbage trucks at $415,000 each, totaling $2.8 million.\n";
  const std::string out = lint(text);
  CHECK(out.find("a.txt:1:138: warning: \"$415,000 each\" disagrees with $2.8 million for six garbage trucks "
                 "[unit-price]") == 0);
  CHECK(out.find("a.txt:1:116: note: $2.8 million / 6 = $466,666.67 each") != std::string::npos);
  // Neither price is read against the other deal's total.
  CHECK(out.find("$62,000 apiece\" disagrees") == std::string::npos);
  CHECK(out.find("for 36 police cruisers") == std::string::npos);
}

TEST_CASE("unit-price: a price per item and a total 'worth' after it, the count in the sentence", "[check][arithmetic]") {
  // Another count of trains elsewhere does not hide the one of the
  // price's sentence.
  const std::string text =
      "Caradoc will lease 38 four-car trains built by Halvorsen Rolling Stock at its plant in Ashbridge, at a cost of "
      "\xC2\xA3" "14.2m per train, an order worth \xC2\xA3" "527m in total. The 12 diesel trains they replace are "
      "31 years old.\n";
  CHECK(lint(text).find("a.txt:1:112: warning: \"\xC2\xA3" "14.2m per train\" disagrees with \xC2\xA3" "527 million "
                        "for 38 four-car trains [unit-price]") == 0);
  std::string right = text;
  right.replace(right.find("527m"), 4, "540m");
  CHECK(lint(right).empty());
}

TEST_CASE("unit-price: Mexican 'mdp', a unit cost 'estimado', modifiers and a comma before it", "[check][arithmetic]") {
  const std::string text =
      "El contrato contempla la construcci\xC3\xB3n de 12 puentes peatonales con elevador, con un costo unitario "
      "estimado de 18.5 mdp, es decir, 232 mdp del total del contrato.\n";
  CHECK(lint_es(text).find("warning: \"costo unitario estimado de 18.5 mdp\" disagrees with 232 million MXN for 12 "
                           "puentes [unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("232"), 3, "222");
  CHECK(lint_es(right).empty());
}

TEST_CASE("unit-price: a price per person of the people counted, Spanish 'a razón de' and 'lo que suma'",
          "[check][arithmetic]") {
  const std::string text =
      "Los jueces dispusieron que los sentenciados indemnicen a las 1.874 v\xC3\xAD" "ctimas que se constituyeron como "
      "acusaci\xC3\xB3n particular, a raz\xC3\xB3n de USD 6.200 por persona, lo que suma USD 12,6 millones.\n";
  CHECK(lint_es(text).find("warning: \"USD 6.200 por persona\" disagrees with $12.6 million for 1.874 v\xC3\xAD"
                           "ctimas [unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("12,6"), 4, "11,6");
  CHECK(lint_es(right).empty());
  CHECK(lint("The judges ordered compensation for the 1,874 victims at $6,200 per person, a total of $12.6 "
             "million.\n")
            .find("warning: \"$6,200 per person\" disagrees with $12.6 million for 1,874 victims [unit-price]") !=
        std::string::npos);
  // A price per person of things that are no people is not theirs.
  CHECK(lint("The 40 coaches carried fans at $25 per person, a total of $12,000.\n").empty());
}

TEST_CASE("unit-price: the maker between the count and the price, 'from a Finnish manufacturer'", "[check][arithmetic]") {
  const std::string text =
      "The board approved the purchase of four new ship-to-shore cranes from a Finnish manufacturer at $14.5 million "
      "each, a $62 million order.\n";
  CHECK(lint(text).find("warning: \"$14.5 million each\" disagrees with $62 million for four [unit-price]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("$62"), 3, "$58");
  CHECK(lint(right).empty());
  CHECK(lint("The board bought four cranes from a Finnish manufacturer at $14.5 million each, a $62 million order.\n")
            .find("disagrees with $62 million for four cranes [unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: a description set off after the count, the Chilean UF and the Peruvian sol",
          "[check][arithmetic]") {
  const std::string text =
      "Los 160 departamentos, de 55 metros cuadrados y distribuidos en diez blocks de cuatro pisos, cuestan 1.240 UF "
      "cada uno, en total 204.600 UF.\n";
  CHECK(lint_es(text).find("warning: \"1.240 UF cada uno\" disagrees with 204,600 CLF for 160 departamentos "
                           "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("204.600"), 7, "198.400");
  CHECK(lint_es(right).empty());
  // A price inside the description is the deal's.
  CHECK(lint_es("Solo los 18.200 abonados, con una cuota media de 269 euros, aportaron 4,9 millones al club.\n")
            .empty());
  CHECK(lint_es("La compra de 42 camiones compactadores a un precio referencial de S/ 685.000 por unidad, por un total "
                "de S/ 31,2 millones.\n")
            .find("disagrees with 31.2 million PEN for 42 camiones [unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: Spanish 'con un costo promedio de UF N cada una, UF T'", "[check][arithmetic]") {
  const std::string text = "Estaciones: 11 estaciones con un costo promedio de UF 1.280.000 cada una, UF 12.980.000.\n";
  CHECK(lint_es(text).find("warning: \"UF 1.280.000 cada una\" disagrees with 12.98 million CLF for 11 estaciones "
                           "[unit-price]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("12.980.000"), 10, "14.080.000");
  CHECK(lint_es(right).empty());
}

TEST_CASE("unit-price: what a count is compared with buys nothing", "[check][arithmetic]") {
  const std::string text =
      "El club vendi\xC3\xB3 6.400 abonos, un 28% m\xC3\xA1s que los 5.000 del a\xC3\xB1o pasado, a un precio "
      "promedio de $ 310.000, lo que le signific\xC3\xB3 ingresos por $ 1.984 millones.\n";
  // (5.000 at $ 310.000 would be $ 1.550 millones.)
  CHECK(lint_es(text).empty());
}

TEST_CASE("unit-price: 'a £175 credit to each of the 41,600 households', what is paid before 'to each of'",
          "[check][arithmetic]") {
  CHECK(lint("Brightwell will pay a \xC2\xA3" "175 credit to each of the 41,600 households that were overcharged, at a "
             "total cost of \xC2\xA3" "7.8m.\n")
            .find("warning: \"\xC2\xA3" "175 credit to each\" disagrees with \xC2\xA3" "7.8 million for 41,600 "
                  "households [unit-price]") != std::string::npos);
  CHECK(lint("The council gave \xC2\xA3" "500 to each of the 1,200 families, a total of \xC2\xA3" "600,000.\n").empty());
  CHECK(lint("The council gave \xC2\xA3" "500 to each of the 1,200 families, a total of \xC2\xA3" "800,000.\n")
            .find("[unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: a description opened by 'all' set off after the count ('The eight stores, all in leased units,')",
          "[check][arithmetic]") {
  CHECK(lint("The eight convenience stores, all in leased units, will cost an average of \xC2\xA3" "2.4m each to fit out, "
             "a total of \xC2\xA3" "21.6m.\n")
            .find("a.txt:1:76: warning: \"\xC2\xA3" "2.4m each\" disagrees with \xC2\xA3" "21.6 million for eight "
                  "convenience stores [unit-price]") == 0);
  CHECK(lint("The eight convenience stores, all in leased units, will cost an average of \xC2\xA3" "2.4m each to fit out, "
             "a total of \xC2\xA3" "19.2m.\n")
            .empty());
}

TEST_CASE("unit-price: a price per unit word of the count's unit symbol ('398 million kg at $10.35 a kilo')",
          "[check][arithmetic]") {
  CHECK(lint("Kaimai sold 398 million kg at $10.35 a kilo, a total of $4.21 billion.\n")
            .find("a.txt:1:31: warning: \"$10.35 a kilo\" disagrees with $4.21 billion for 398 million kg "
                  "[unit-price]") == 0);
  CHECK(lint("Kaimai sold 398 million kg at $10.35 a kilo, a total of $4.12 billion.\n").empty());
  CHECK(lint("The mine sold 2,000 tonnes at $500 a ton, a total of $1.4 million.\n").find("[unit-price]") !=
        std::string::npos);
}

TEST_CASE("unit-price: Spanish 'un bono de 4.500 pesos para cada uno de los 38.600 docentes'", "[check][arithmetic]") {
  CHECK(lint_es("Bogot\xC3\xA1, lunes 8 de junio de 2026\n\nEl gobierno propone un bono de 4.500 pesos para cada uno de los "
                "38.600 docentes, con un costo total de 183,7 millones de pesos.\n")
            .find("warning: \"4.500 pesos para cada uno\" disagrees with 183.7 million COP for 38.600 docentes "
                  "[unit-price]") != std::string::npos);
  CHECK(lint_es("Bogot\xC3\xA1, lunes 8 de junio de 2026\n\nEl gobierno propone un bono de 4.500 pesos para cada uno de los "
                "38.600 docentes, con un costo total de 173,7 millones de pesos.\n")
            .find("[unit-price]") == std::string::npos);
}

TEST_CASE("unit-price: 'also sold on the day at a price each, raising a further total'", "[check][arithmetic]") {
  CHECK(lint("Some 3,200 programmes were also sold on the day at \xE2\x82\xAC" "5 each, raising a further "
             "\xE2\x82\xAC" "19,000.\n")
            .find("a.txt:1:52: warning: \"\xE2\x82\xAC" "5 each\" disagrees with \xE2\x82\xAC" "19,000 for some 3,200 "
                  "programmes [unit-price]") == 0);
  CHECK(lint("Some 3,200 programmes were also sold on the day at \xE2\x82\xAC" "5 each, raising a further "
             "\xE2\x82\xAC" "16,000.\n")
            .empty());
}

TEST_CASE("unit-price: 'at a list price of P each, a firm order valued at T'", "[check][arithmetic]") {
  CHECK(lint("The order covers 16 aircraft at a list price of $34.5 million each, a firm order valued at $524 million "
             "at list prices.\n")
            .find("warning: \"$34.5 million each\" disagrees with $524 million for 16 aircraft [unit-price]") !=
        std::string::npos);
  CHECK(lint("The order covers 16 aircraft at a list price of $34.5 million each, a firm order valued at $552 million "
             "at list prices.\n")
            .empty());
}

TEST_CASE("unit-price: a count in tonnes and a price per kilo ('3.200 toneladas de virgen extra a 4,15 euros el kilo')",
          "[check][arithmetic]") {
  const std::string es = "Vendi\xC3\xB3 3.200 toneladas de virgen extra a 4,15 euros el kilo, una operaci\xC3\xB3n de "
                         "12,28 millones de euros.\n";
  const std::string out = lint_es(es);
  CHECK(out.find("warning: \"4,15 euros el kilo\" disagrees with \xE2\x82\xAC" "12.28 million for 3.200 toneladas "
                 "[unit-price]") != std::string::npos);
  CHECK(out.find("note: \xE2\x82\xAC" "12.28 million / 3.2 million kg (3.200 toneladas) = \xE2\x82\xAC" "3.84 a kilo") !=
        std::string::npos);
  std::string right = es;
  right.replace(right.find("12,28"), 5, "13,28");
  CHECK(lint_es(right).empty());
  CHECK(lint("Kaimai sold 2,000 tonnes at $5 a kilo, a total of $12 million.\n").find("[unit-price]") !=
        std::string::npos);
  CHECK(lint("Kaimai sold 2,000 tonnes at $5 a kilo, a total of $10 million.\n").empty());
  // A price per kilo in another sentence is what the market pays, not the
  // deal's own price.
  CHECK(lint_es("El aceite cotiza a 3,25 euros por kilo. " + es.substr(0, es.find("12,28")) + "13,28 millones de "
                "euros.\n")
            .empty());
}

TEST_CASE("unit-price: 'at an average of P a tonne, bringing in T'", "[check][arithmetic]") {
  CHECK(lint("This season it sold 18,400 tonnes at an average of $6,150 a tonne, bringing in $119.2 million.\n")
            .find("warning: \"$6,150 a tonne\" disagrees with $119.2 million for 18,400 tonnes [unit-price]") !=
        std::string::npos);
  CHECK(lint("This season it sold 18,400 tonnes at an average of $6,150 a tonne, bringing in $113.2 million.\n")
            .empty());
}

TEST_CASE("unit-price: an amount of a material at a price per unit word, then 'or' its total", "[check][arithmetic]") {
  CHECK(lint("It will replace 1,450 feet of the main with ductile iron pipe at $640 per foot, or about $982,000.\n")
            .find("warning: \"$640 per foot\" disagrees with $982,000 for 1,450 feet [unit-price]") !=
        std::string::npos);
  CHECK(lint("It will replace 1,450 feet of the main with ductile iron pipe at $640 per foot, or about $928,000.\n")
            .empty());
  // Both hedged: "an estimated" price and "about" its total allow the gap.
  CHECK(lint("It will replace 1,450 feet of pipe at an estimated $640 per foot, or about $982,000.\n").empty());
}

TEST_CASE("unit-price: a dash may link the priced items to their total ('... school places - a total of')",
          "[check][arithmetic]") {
  const std::string text =
      "Brackley would pay \xC2\xA3" "4,850 for each of the 240 homes towards extra school places \xE2\x80\x93 a total "
      "of \xC2\xA3" "1.24m \xE2\x80\x93 and \xC2\xA3" "620 per home.\n";
  CHECK(lint(text).find("a.txt:1:20: warning: \"\xC2\xA3" "4,850 for each\" disagrees with \xC2\xA3"
                        "1.24 million for 240 homes [unit-price]") == 0);
  std::string right = text;
  right.replace(right.find("1.24m"), 5, "1.164m");
  CHECK(lint(right).empty());
}

TEST_CASE("unit-price: who the items go to before a price of their unit, and 'lo que representaría una derrama de'",
          "[check][arithmetic]") {
  CHECK(lint_es("Tienen comprometidas 380.000 toneladas con compradores de la regi\xC3\xB3n a un precio de 6.100 euros "
                "por tonelada, lo que representar\xC3\xAD" "a una derrama de 2.128 millones de euros.\n")
            .find("warning: \"6.100 euros por tonelada\" disagrees with") != std::string::npos);
  CHECK(lint_es("Tienen comprometidas 380.000 toneladas con compradores de la regi\xC3\xB3n a un precio de 6.100 euros "
                "por tonelada, lo que representar\xC3\xAD" "a una derrama de 2.318 millones de euros.\n")
            .empty());
  CHECK(lint("They sold 31,000 bushels of it to buyers in the region at $14.20 a bushel, or roughly $490,000.\n")
            .find("warning: \"$14.20 a bushel\" disagrees with $490,000 for 31,000 bushels [unit-price]") !=
        std::string::npos);
}

TEST_CASE("unit-price: 'for each of the co-op's 2,850 supplier-members' names the count after a possessive",
          "[check][arithmetic]") {
  CHECK(lint("The board approved a payment of \xE2\x82\xAC" "420 for each of the co-op's 2,850 supplier-members, at "
             "a total cost of \xE2\x82\xAC" "1.4 million.\n")
            .find("warning: \"\xE2\x82\xAC" "420 for each\" disagrees with \xE2\x82\xAC" "1.4 million for 2,850 "
                  "supplier-members [unit-price]") != std::string::npos);
  CHECK(lint("The board approved a payment of \xE2\x82\xAC" "420 for each of its 2,850 members, at a total cost of "
             "\xE2\x82\xAC" "1.2 million.\n")
            .empty());
}

TEST_CASE("unit-price: the total first, then 'to replace 1,400 laptops' or 'to 1,400 families', then a price each",
          "[check][arithmetic]") {
  CHECK(lint("The budget includes $642,000 to replace 1,400 student laptops at about $420 apiece.\n")
            .find("warning: \"about $420 apiece\" disagrees with $642,000 for 1,400 student laptops [unit-price]") !=
        std::string::npos);
  CHECK(lint("The budget includes $588,000 to replace 1,400 student laptops at about $420 apiece.\n").empty());
  CHECK(lint("The fund paid $642,000 to 1,400 families at $420 each.\n")
            .find("warning: \"$420 each\" disagrees with $642,000 for 1,400 families [unit-price]") != std::string::npos);
  CHECK(lint("The fund paid $588,000 to 1,400 families at $420 each.\n").empty());
}

TEST_CASE("unit-price: 'lo que ha supuesto unos ingresos de' names the total (no 'alleged' after 'haber')",
          "[check][arithmetic]") {
  CHECK(lint_es("La cooperativa ha comercializado 1.250 toneladas de virgen extra a un precio medio de 4,30 euros por "
                "kilo, lo que ha supuesto unos ingresos de 6,1 millones de euros.\n")
            .find("warning: \"4,30 euros por kilo\" disagrees with \xE2\x82\xAC" "6.1 million for 1.250 toneladas "
                  "[unit-price]") != std::string::npos);
  CHECK(lint_es("La cooperativa ha comercializado 1.250 toneladas de virgen extra a un precio medio de 4,30 euros por "
                "kilo, lo que ha supuesto unos ingresos de 5,4 millones de euros.\n")
            .empty());
}

TEST_CASE("unit-price: a model's name before the counted noun, and a description of up to nine words after the price",
          "[check][arithmetic]") {
  CHECK(lint("The request calls for 22 Ford Police Interceptor Utility vehicles at $58,400 apiece, fully outfitted "
             "with lights, radios and in-car cameras, for a total of $1.43 million.\n")
            .find("warning: \"$58,400 apiece\" disagrees with $1.43 million for 22 Ford Police Interceptor Utility "
                  "vehicles [unit-price]") != std::string::npos);
  CHECK(lint("The request calls for 22 Ford Police Interceptor Utility vehicles at $58,400 apiece, fully outfitted "
             "with lights, radios and in-car cameras, for a total of $1.28 million.\n")
            .empty());
}

TEST_CASE("unit-price: makers and where they are before ', at' ('casks from suppliers in Kentucky, at £85 each')",
          "[check][arithmetic]") {
  CHECK(lint("The company ordered 16,000 new ex-bourbon casks from suppliers in Kentucky, at \xC2\xA3" "85 each "
             "\xE2\x80\x93 a bill of \xC2\xA3" "1.6 million \xE2\x80\x93 to fill the new warehouses.\n")
            .find("warning: \"\xC2\xA3" "85 each\" disagrees with \xC2\xA3" "1.6 million for 16,000 new ex-bourbon "
                  "casks [unit-price]") != std::string::npos);
  CHECK(lint("The company ordered 16,000 new ex-bourbon casks from suppliers in Kentucky, at \xC2\xA3" "85 each "
             "\xE2\x80\x93 a bill of \xC2\xA3" "1.36 million \xE2\x80\x93 to fill the new warehouses.\n")
            .empty());
}

TEST_CASE("unit-price: the count a total is spread across, and no average as a count", "[check][arithmetic]") {
  // The sentence names its divisor: no count of fans told elsewhere is used,
  // least of all an average crowd.
  CHECK(lint("The club drew an average of 6,840 fans to its 17 matches.\n\n"
             "Concessions revenue reached $1.9 million, which works out to about $16 per fan across the season's "
             "116,280 admissions.\n")
            .empty());
  CHECK(lint("The club drew an average of 6,840 fans to its 17 matches.\n\n"
             "Concessions revenue reached $1.9 million, which works out to about $21 per fan across the season's "
             "116,280 admissions.\n")
            .find("warning: \"about $21 per fan\" disagrees with $1.9 million for 116,280 admissions [unit-price]") !=
        std::string::npos);
  // The one count of fans elsewhere, told as an average, divides nothing.
  CHECK(lint("The club drew an average of 6,840 fans to its 17 matches.\n\n"
             "Concessions revenue reached $1.9 million, which works out to about $16 per fan.\n")
            .empty());
  // A count of fans that is no average still does.
  CHECK(lint("The club drew 116,280 fans to its 17 matches.\n\n"
             "Concessions revenue reached $1.9 million, which works out to about $21 per fan.\n")
            .find("warning: \"about $21 per fan\" disagrees with $1.9 million for 116,280 fans [unit-price]") !=
        std::string::npos);
}

TEST_CASE("unit-price: a total, then the price 'for each of' the count it works out to", "[check][arithmetic]") {
  CHECK(lint("The miner has set aside R320 million for severance, which it said works out to about R85,000 for "
             "each of the 2,400 workers affected.\n")
            .find("warning: \"about R85,000 for each\" disagrees with R320 million for 2,400 workers "
                  "[unit-price]") != std::string::npos);
  CHECK(lint("The miner has set aside R204 million for severance, which it said works out to about R85,000 for "
             "each of the 2,400 workers affected.\n")
            .empty());
  // With no word of working out, the two are told side by side.
  CHECK(lint("The miner has set aside R320 million for severance and R85,000 for each of the 2,400 workers.\n")
            .find("unit-price") == std::string::npos);
}

TEST_CASE("unit-price: a price each before the items' name, after 'of its' the count", "[check][arithmetic]") {
  CHECK(lint("It sold 184,000 of its \xC2\xA3" "3.50 lunchtime meal deals over the period, bringing in \xC2\xA3"
             "580,000.\n")
            .find("warning: \"\xC2\xA3" "3.50 lunchtime meal deals\" disagrees with \xC2\xA3" "580,000 for 184,000 "
                  "[unit-price]") != std::string::npos);
  CHECK(lint("It sold 184,000 of its \xC2\xA3" "3.50 lunchtime meal deals over the period, bringing in \xC2\xA3"
             "644,000.\n")
            .empty());
  // A sum of one whole, not a price each: no plural after it.
  CHECK(lint("The charity counted 2,000 of its $50,000 goal, bringing in $10,000.\n").empty());
}

TEST_CASE("unit-price: a grade in percent in the description, a month and 'landed' before the price",
          "[check][arithmetic]") {
  CHECK(lint("The agency bought 250,000 tonnes of 25% broken white rice at $512 a tonne, a contract worth about "
             "$142 million.\n")
            .find("warning: \"$512 a tonne\" disagrees with $142 million for 250,000 tonnes [unit-price]") !=
        std::string::npos);
  CHECK(lint("The agency bought 250,000 tonnes of 25% broken white rice at $512 a tonne, a contract worth about "
             "$128 million.\n")
            .empty());
  CHECK(lint("The corporation imported 92 million litres of diesel in September at an average landed cost of $2.18 "
             "a litre, a bill of about $216 million.\n")
            .find("warning: \"$2.18 a litre\" disagrees with $216 million for 92 million litres [unit-price]") !=
        std::string::npos);
  CHECK(lint("The corporation imported 92 million litres of diesel in September at an average landed cost of $2.18 "
             "a litre, a bill of about $200 million.\n")
            .empty());
}

TEST_CASE("unit-price: a price 'towards each of' the count", "[check][arithmetic]") {
  CHECK(lint("The scheme will pay \xC2\xA3" "6,800 towards each of the 140 heat pumps, a total of \xC2\xA3"
             "1.05 million.\n")
            .find("warning: \"\xC2\xA3" "6,800 towards each\" disagrees with \xC2\xA3" "1.05 million for 140 heat "
                  "pumps [unit-price]") != std::string::npos);
  CHECK(lint("The scheme will pay \xC2\xA3" "6,800 towards each of the 140 heat pumps, a total of \xC2\xA3"
             "952,000.\n")
            .empty());
}

TEST_CASE("unit-price: 'at a promotional price of $129 apiece'", "[check][arithmetic]") {
  CHECK(lint("The chain sold 186,000 of its house-brand air fryers at a promotional price of $129 apiece, bringing in "
             "about $27.4 million.\n")
            .find("warning: \"$129 apiece\" disagrees with $27.4 million for 186,000 [unit-price]") !=
        std::string::npos);
  CHECK(lint("The chain sold 186,000 of its house-brand air fryers at a promotional price of $129 apiece, bringing in "
             "about $24 million.\n")
            .empty());
}

TEST_CASE("unit-price: a comparison ends the deal, and a sum below one item's price is no total",
          "[check][arithmetic]") {
  CHECK(lint("Consumption above 300 units will cost $7.45 a unit against $7.05 earlier.\n").empty());
  CHECK(lint("The board approved 120 contracted players at $122.4 million a year, with match fees of $85,000.\n")
            .empty());
  // A deal whose total is a sum above the price is still read.
  CHECK(lint("The city bought 300 units at $7.45 a unit, for a total of $3,000.\n")
            .find("warning: \"$7.45 a unit\" disagrees with $3,000 for 300 units [unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: 'which would cost it' names the total a price implies", "[check][arithmetic]") {
  CHECK(lint("The company is recalling 186,000 heaters.\n\nRefunds would average about $74 per heater, which would "
             "cost it about $11.8 million.\n")
            .find("warning: \"about $74 per heater\" disagrees with $11.8 million for 186,000 heaters [unit-price]") !=
        std::string::npos);
  CHECK(lint("The company is recalling 186,000 heaters.\n\nRefunds would average about $74 per heater, which would "
             "cost it about $13.8 million.\n")
            .empty());
}

TEST_CASE("unit-price: 'una operación que ha aportado' links the total", "[check][arithmetic]") {
  CHECK(lint_es("El Ayuntamiento ha vendido 36 parcelas a 42.000 euros cada una, una operaci\xC3\xB3n que ha aportado "
                "1,62 millones de euros.\n")
            .find("warning: \"42.000 euros cada una\" disagrees with \xE2\x82\xAC" "1.62 million for 36 parcelas "
                  "[unit-price]") != std::string::npos);
  CHECK(lint_es("El Ayuntamiento ha vendido 36 parcelas a 42.000 euros cada una, una operaci\xC3\xB3n que ha aportado "
                "1,51 millones de euros.\n")
            .empty());
}

TEST_CASE("unit-price: 'with sales of', 'con ventas por' name the total", "[check][arithmetic]") {
  CHECK(lint_es("Minera Cordillera despach\xC3\xB3 186.000 toneladas de cobre en el trimestre a un precio medio de "
                "US$9.400 por tonelada, con ventas por US$1.847 millones.\n")
            .find("warning: \"US$9.400 por tonelada\" disagrees with") != std::string::npos);
  CHECK(lint_es("Minera Cordillera despach\xC3\xB3 186.000 toneladas de cobre en el trimestre a un precio medio de "
                "US$9.400 por tonelada, con ventas por US$1.748 millones.\n")
            .empty());
  CHECK(lint("The miner shipped 186,000 tonnes of copper in the quarter at an average price of $9,400 a tonne, with "
             "sales of $1.847 billion.\n")
            .find("warning: \"$9,400 a tonne\" disagrees with $1.85 billion for 186,000 tonnes [unit-price]") !=
        std::string::npos);
  CHECK(lint("The miner shipped 186,000 tonnes of copper in the quarter at an average price of $9,400 a tonne, with "
             "sales of $1.748 billion.\n")
            .empty());
}

TEST_CASE("unit-price: a price 'a head' is each, whatever is counted", "[check][arithmetic]") {
  CHECK(lint("The ranch sold 85 steers at $2,266 a head for a total of $201,610.\n")
            .find("warning: \"$2,266 a head\" disagrees with $201,610 for 85 steers [unit-price]") != std::string::npos);
  CHECK(lint("The ranch sold 85 steers at $2,266 a head for a total of $192,610.\n").empty());
}

TEST_CASE("unit-price: 'en' and a name after the count say where, before the price set off by a comma",
          "[check][arithmetic]") {
  const std::string text = "La primera fase incluye 320 viviendas en San Juli\xC3\xA1n, con un coste unitario de "
                           "145.000 euros, lo que supone una inversi\xC3\xB3n de {} millones de euros.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "49,6"))
            .find("warning: \"coste unitario de 145.000 euros\" disagrees with \xE2\x82\xAC" "49.6 million for 320 "
                  "viviendas [unit-price]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "46,4")).empty());
}

TEST_CASE("unit-price: 'a copy', 'a piece' price whatever the deal counts", "[check][arithmetic]") {
  const std::string text = "The county has printed 40,000 application forms at KSh12 a copy, at a cost of KSh{}.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "580,000"))
            .find("warning: \"KSh12 a copy\" disagrees with KSh580,000 for 40,000 application forms [unit-price]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "480,000")).empty());
}

TEST_CASE("unit-price: what each item weighs describes it, and 'pounds' weigh in a story of dollars",
          "[check][arithmetic]") {
  const std::string text = "The top string of the day, 85 black steers from the Dwyer Ranch averaging 550 pounds, "
                           "brought $2,266 a head for a total of ${}.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "201,610"))
            .find("warning: \"$2,266 a head\" disagrees with $201,610 for 85 black steers [unit-price]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "192,610")).empty());
}

TEST_CASE("unit-price: another count of the sentence the price makes the total of is the deal's",
          "[check][arithmetic]") {
  const std::string text = "The department has installed {} relocatable classrooms across the two schools at a cost of "
                           "$285,000 each, a total outlay of $3.99 million.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "14")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "16"))
            .find("warning: \"$285,000 each\" disagrees with $3.99 million for 16 relocatable classrooms "
                  "[unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: a count with two modifiers joined by 'and' ('58 resurfacing and strengthening schemes')",
          "[check][arithmetic]") {
  const std::string text = "The programme will see 58 resurfacing and strengthening schemes carried out at an average "
                           "cost of \xE2\x82\xAC" "121,000 each, a total of \xE2\x82\xAC{}.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "8.2m"))
            .find("warning: \"\xE2\x82\xAC" "121,000 each\" disagrees with \xE2\x82\xAC" "8.2 million for 58 "
                  "resurfacing and strengthening schemes [unit-price]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "7.02m")).empty());
}

TEST_CASE("unit-price: a span between the count and its price ('38,000 poles over five years at')",
          "[check][arithmetic]") {
  const std::string text = "Its plan calls for replacing 38,000 wooden distribution poles over five years at an "
                           "average cost of $4,200 per pole, or ${} million in all.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "171.6"))
            .find("warning: \"$4,200 per pole\" disagrees with $171.6 million for 38,000 wooden distribution poles "
                  "[unit-price]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "159.6")).empty());
}

TEST_CASE("unit-price: a count of each of something else is no number of items", "[check][arithmetic]") {
  // "87 riders per sailing" is no count of rides ($150 for a 40-ride pass).
  CHECK(lint("The 40-ride walk-on pass would rise to $164 from $150, which works out to $3.75 a ride.\n\nLast year "
             "the system ran 21,400 sailings, or about 87 rides per sailing.\n")
            .empty());
  // Nor is "riders" a plural of "ride".
  CHECK(lint("The 40-ride walk-on pass would rise to $164 from $150, which works out to $3.75 a ride.\n\nLast year "
             "the ferries carried 87 riders.\n")
            .empty());
  // The one count of rides told elsewhere is compared.
  CHECK(lint("The 40-ride walk-on pass would rise to $164 from $150, which works out to $3.75 a ride.\n\nLast year "
             "the system sold 87 rides.\n")
            .find("\"$3.75 a ride\" disagrees with $150 for 87 rides [unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: a price each named by its noun after it ('at the $18.40 fare')", "[check][arithmetic]") {
  // 412,000 x $18.40 is $7.58 million.
  CHECK(lint("The system sold 412,000 vehicle tickets last year at the $18.40 fare, bringing in about $8.9 "
             "million.\n")
            .find("warning: \"at the $18.40 fare\" disagrees with $8.9 million for 412,000 vehicle tickets "
                  "[unit-price]") != std::string::npos);
  CHECK(lint("The system sold 412,000 vehicle tickets last year at the $18.40 fare, bringing in about $7.6 "
             "million.\n")
            .empty());
  CHECK(lint("The museum sold 41,000 tickets at the $12 admission price, or $592,000 in all.\n")
            .find("warning: \"at the $12 admission price\" disagrees with $592,000 for 41,000 tickets [unit-price]") !=
        std::string::npos);
}

TEST_CASE("unit-price: the total of a programme 'to build' N homes, priced by another name of a home",
          "[check][arithmetic]") {
  const std::string text = "Among the new items is a A$1.32 billion program to build 1,850 social housing dwellings "
                           "by mid-2029, at an average cost of A${} a home.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "620,000"))
            .find("warning: \"A$620,000 a home\" disagrees with A$1.32 billion for 1,850 social housing dwellings "
                  "[unit-price]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "715,000")).empty());
  // A price of another item is no price of the count's.
  CHECK(lint("Among the new items is a A$1.32 billion program to build 1,850 social housing dwellings by mid-2029, "
             "at an average cost of A$620,000 a school.\n")
            .empty());
}

TEST_CASE("unit-price: a count for each length of time is a rate ('40 inmates a day')", "[check][arithmetic]") {
  // 40 x $65 x 30 days is $78,000: no deal of 40 items.
  CHECK(lint("The county has sent 40 inmates a day to the Drew County jail since January at $65 per inmate per day, "
             "a bill of about $78,000 for a 30-day month.\n")
            .empty());
  CHECK(lint("The county sends 40 inmates a day to the Drew County jail at $65 each, a bill of about $78,000 so "
             "far.\n")
            .empty());
  CHECK(lint("The county sent 40 inmates to the Drew County jail at $65 per inmate, a bill of about $7,800.\n")
            .find("[unit-price]") != std::string::npos);
  // A count and a total for one length of time are compared.
  CHECK(lint("Urban local bodies, which consume about 48 crore units a year for street lighting, will pay Rs 5.90 a "
             "unit, taking their annual bill to Rs 301.2 crore.\n")
            .find("\"Rs 5.90 a unit\" disagrees with Rs 301.2 crore for about 48 crore units [unit-price]") !=
        std::string::npos);
}

TEST_CASE("unit-price: a participle and words of when between the count and its total ('procured this season cost')",
          "[check][arithmetic]") {
  const std::string text = "The state pays Rs 800 per quintal. The 7.16 crore quintals procured this season cost Rs {} "
                           "crore.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "6,280"))
            .find("warning: \"Rs 800 per quintal\" disagrees with Rs 6,280 crore for 7.16 crore quintals "
                  "[unit-price]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "5,728")).empty());
}

TEST_CASE("unit-price: what each of the counted items receives, then the total ('each of the 640 employees will "
          "receive')",
          "[check][arithmetic]") {
  const std::string text = "The company said each of the 640 employees will receive a one-time $3,500 performance "
                           "bonus in March, a payout totalling ${} million.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "2.8"))
            .find("a.txt:1:68: warning: \"each of the 640 employees will receive a one-time $3,500\" disagrees with "
                  "$2.8 million for 640 employees [unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "2.24")).empty());
  // No verb of receiving: no price each.
  CHECK(lint("Each of the 640 employees will lose a $3,500 bonus in March, a payout totalling $2.8 million.\n")
            .empty());
}

TEST_CASE("unit-price: 'N students each pay fees of P a year, bringing in T'", "[check][arithmetic]") {
  const std::string text = "Those 1,150 students each pay fees of \xC2\xA3" "19,800 a year, bringing in \xC2\xA3{}m, "
                           "compared with more than \xC2\xA3" "36m a year earlier.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "24.6"))
            .find("a.txt:1:39: warning: \"\xC2\xA3" "19,800 a year\" disagrees with \xC2\xA3" "24.6 million for 1,150 "
                  "students [unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "22.8")).empty());
  // A sum that flows in for no said time after a price for a year: no total of it.
  CHECK(lint("Those 1,150 students each pay fees of \xC2\xA3" "19,800 a year, and the college holds \xC2\xA3" "24.6m "
             "in reserves.\n")
            .empty());
}

TEST_CASE("unit-price: a total after 'translate into' and words before its noun ('a state outgo of')",
          "[check][arithmetic]") {
  const std::string text = "The state pays an input assistance of Rs 800 per quintal. At that rate, the 7.16 crore "
                           "quintals procured this season translate into a state outgo of Rs {} crore.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "6,280"))
            .find("warning: \"Rs 800 per quintal\" disagrees with Rs 6,280 crore for 7.16 crore quintals "
                  "[unit-price]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "5,728")).empty());
}

TEST_CASE("unit-price: a deal with no price of its own takes the nearest price of its item before it",
          "[check][arithmetic]") {
  const std::string text =
      "Paddy was bought at the minimum support price of Rs 2,369 per quintal. The state also pays an input "
      "assistance of Rs 800 per quintal. At that rate, the 7.16 crore quintals procured this season cost Rs {} "
      "crore.\n";
  const std::string wrong = lint(fmt::format(fmt::runtime(text), "6,280"));
  CHECK(wrong.find("\"Rs 800 per quintal\" disagrees with Rs 6,280 crore") != std::string::npos);
  CHECK(wrong.find("Rs 2,369") == std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "5,728")).empty());
}

TEST_CASE("unit-price: a price, the count it is applied to, then 'is expected to bring in' the total",
          "[check][arithmetic]") {
  const std::string text = "A new roading targeted rate of $312 a property, applied to the district's 9,840 rural "
                           "properties, is expected to bring in ${} million to repair roads.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "3.6"))
            .find("a.txt:1:32: warning: \"$312 a property\" disagrees with $3.6 million for 9,840 rural properties "
                  "[unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "3.07")).empty());
}

TEST_CASE("unit-price: a bare number's words of what it counts, then who made them ('made by ... at')",
          "[check][arithmetic]") {
  const std::string text = "The centrepiece will be four new copper pot stills, made by a coppersmith in Alloa at "
                           "\xC2\xA3" "1.15 million each, an order worth \xC2\xA3{} million in total.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "5.2"))
            .find("a.txt:1:87: warning: \"\xC2\xA3" "1.15 million each\" disagrees with \xC2\xA3" "5.2 million for "
                  "four new copper pot stills [unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "4.6")).empty());
  // Words that end in no plural: no count of the items.
  CHECK(lint("The centrepiece will be four new copper pot still, made by a coppersmith at \xC2\xA3" "1.15 million "
             "each, an order worth \xC2\xA3" "5.2 million in total.\n")
            .empty());
}

TEST_CASE("unit-price: an average realized price per ounce, with the article of its item in the note",
          "[check][arithmetic]") {
  const std::string text = "The company sold 60,900 ounces of gold during the quarter at an average realized price "
                           "of $4,180 an ounce, generating ${} million in gold revenue.\n";
  const std::string out = lint(fmt::format(fmt::runtime(text), "265.4"));
  CHECK(out.find("a.txt:1:91: warning: \"$4,180 an ounce\" disagrees with $265.4 million for 60,900 ounces "
                 "[unit-price]") == 0);
  CHECK(out.find("note: $265.4 million / 60,900 = $4,357.96 an ounce") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "254.6")).empty());
}

TEST_CASE("unit-price: a price per trip of a count of tickets, and a price per item after ', or'",
          "[check][arithmetic]") {
  const std::string crossing = "A book of 10 commuter tickets will sell for $118, which works out to ${} per "
                               "crossing, compared with $15.75 for a regular adult fare.\n";
  CHECK(lint(fmt::format(fmt::runtime(crossing), "12.80"))
            .find("warning: \"$12.80 per crossing\" disagrees with $118 for 10 commuter tickets [unit-price]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(crossing), "11.80")).empty());
  // A crossing is no seat: no item of the count.
  CHECK(lint("A ferry of 10 cabins will sell for $118, which works out to $12.80 per crossing.\n").empty());
  const std::string ticket = "A book of 10 commuter tickets will sell for $118, or ${} a ticket.\n";
  CHECK(lint(fmt::format(fmt::runtime(ticket), "12.80"))
            .find("warning: \"$12.80 a ticket\" disagrees with $118 for 10 commuter tickets [unit-price]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(ticket), "11.80")).empty());
}

TEST_CASE("unit-price: 'sold N tickets at $P,' and 'The $P ... ticket, ... sold N tickets'", "[check][arithmetic]") {
  const std::string at = "It sold 3.1 million tickets at $20, bringing in ${} million.\n";
  CHECK(lint(fmt::format(fmt::runtime(at), "68"))
            .find("a.txt:1:32: warning: \"at $20\" disagrees with $68 million for 3.1 million tickets [unit-price]") ==
        0);
  CHECK(lint(fmt::format(fmt::runtime(at), "62")).empty());
  // A price with no word of each may be what all of them fetched.
  CHECK(lint("It sold three buildings at $4 million, bringing in $4.2 million.\n").empty());
  const std::string the = "The $20 Lucky 7s Deluxe ticket, introduced in January, sold 3.1 million tickets, bringing "
                          "in ${} million before the top prizes ran out.\n";
  CHECK(lint(fmt::format(fmt::runtime(the), "68"))
            .find("a.txt:1:5: warning: \"$20 Lucky 7s Deluxe ticket\" disagrees with $68 million for 3.1 million "
                  "tickets [unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(the), "62")).empty());
  // A pass priced per ride in another sentence is another fare.
  CHECK(lint("The system sold 412,000 vehicle tickets last year, bringing in about $7.6 million.\n\nThe 40-ride "
             "walk-on pass would rise to $164, or $4.10 a ride, from $150.\n")
            .empty());
}

TEST_CASE("unit-price: 'N X will receive $P each, at a cost of T' and a cap is no total", "[check][arithmetic]") {
  const std::string text = "About 1.8 lakh such borrowers will receive Rs 25,000 each, at a cost of Rs {} crore, to be "
                           "credited directly to their accounts.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "540"))
            .find("a.txt:1:44: warning: \"Rs 25,000 each\" disagrees with Rs 540 crore for about 1.8 lakh such "
                  "borrowers [unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "450")).empty());
  // "valued under $800,000" bounds each home; it is no total.
  CHECK(lint("The state will fund 12,000 buyers expected to receive $15,000 each towards newly built homes valued "
             "under $800,000.\n")
            .empty());
}

TEST_CASE("unit-price: a sum of the sentence the count and the price make is their total, another clause's is not",
          "[check][arithmetic]") {
  const std::string text = "She would send ${} million back to taxpayers as rebates of $750 to each of about 1.2 "
                           "million homeowners, put $1.1 billion into the rainy day fund and spend the rest on "
                           "roads.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "900")).empty());
  // A bound makes no total ("more than £36m a year earlier").
  CHECK(lint("Those 1,150 students each pay fees of \xC2\xA3" "19,800 a year, bringing in \xC2\xA3" "24.6m, compared "
             "with more than \xC2\xA3" "36m a year earlier.\n")
            .find("warning: \"\xC2\xA3" "19,800 a year\" disagrees with \xC2\xA3" "24.6 million for 1,150 students "
                  "[unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: what each one went for ('The 96 units sold went for an average of S$1.38 million each')",
          "[check][arithmetic]") {
  const std::string text = "The 96 two-bedroom units sold went for an average of S$1.38 million each, bringing in "
                           "about S${} million, according to the filing.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "152"))
            .find("a.txt:1:54: warning: \"S$1.38 million each\" disagrees with S$152 million for 96 two-bedroom units "
                  "[unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "132")).empty());
}

TEST_CASE("unit-price: a number's compound before the counted noun ('10 four-car electric multiple units')",
          "[check][arithmetic]") {
  const std::string text = "The region has ordered 10 four-car electric multiple units at 29.8 million zloty each, a "
                           "{} million zloty contract.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "398"))
            .find("a.txt:1:63: warning: \"29.8 million zloty each\" disagrees with 398 million PLN for 10 four-car "
                  "electric multiple units [unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "298")).empty());
}

TEST_CASE("unit-price: the count of the item between the total and ', or' the price per item",
          "[check][arithmetic]") {
  const std::string text = "The budget includes A$48m to install rooftop solar panels and batteries at 160 schools, or "
                           "about A${},000 per school.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "360"))
            .find("a.txt:1:92: warning: \"about A$360,000 per school\" disagrees with A$48 million for 160 schools "
                  "[unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "300")).empty());
  // A count of something else before ", or".
  CHECK(lint("The budget includes A$48m for panels at 160 schools, or about A$360,000 per panel.\n").empty());
}

TEST_CASE("unit-price: 'paying out' a total, whom the items came from and 'so far' before the price",
          "[check][arithmetic]") {
  const std::string text = "The cooperative said it had bought 8,400 tonnes of paddy from members so far this season "
                           "at an average of 11,800 baht a tonne, paying out {} million baht.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "89.6"))
            .find("a.txt:1:107: warning: \"11,800 baht a tonne\" disagrees with 89.6 million THB for 8,400 tonnes "
                  "[unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "99.1")).empty());
  CHECK(lint("It bought 8,400 cars to date at $11,800 a car, paying out $89.6 million.\n")
            .find("warning: \"$11,800 a car\" disagrees with $89.6 million for 8,400 cars [unit-price]") !=
        std::string::npos);
  // What is paid for something else.
  CHECK(lint("The firm employs 400 staff at its plant, paying out $20 million in wages.\n").empty());
}

TEST_CASE("unit-price: a price each of the noun that opens its clause, and the count of them in a later sentence",
          "[check][arithmetic]") {
  const std::string text = "The biggest element has been the draw, in which members pledged \xE2\x82\xAC"
                           "500 each over two years for entry. Some 460 members and supporters signed up, bringing in "
                           "\xE2\x82\xAC{}.\n";
  const std::string out = lint(fmt::format(fmt::runtime(text), "203,000"));
  CHECK(out.find("a.txt:1:65: warning: \"\xE2\x82\xAC" "500 each\" disagrees with \xE2\x82\xAC" "203,000 for some 460 "
                 "members [unit-price]") == 0);
  CHECK(out.find("note: \xE2\x82\xAC" "203,000 / 460 = \xE2\x82\xAC" "441.30 a member\n") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "230,000")).empty());
  // A price each of no noun of the count.
  CHECK(lint("Sponsors pledged \xE2\x82\xAC"
             "500 each. Some 460 members signed up, bringing in \xE2\x82\xAC"
             "203,000.\n")
            .empty());
}

TEST_CASE("unit-price: up to twelve words of what the items are, a comma, then their price each after 'con'",
          "[check][arithmetic]") {
  const std::string text = "Destacan 14 puentes vehiculares y pasos superiores sobre el r\xC3\xADo Lerma y sus "
                           "afluentes, con un costo promedio de 96 millones de euros cada uno, lo que suma {} millones "
                           "de euros.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "1.544"))
            .find("a.txt:1:113: warning: \"96 millones de euros cada uno\" disagrees with \xE2\x82\xAC" "1.54 billion "
                  "for 14 puentes [unit-price]") == 0);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "1.344")).empty());
  // A price after the comma that is of something else.
  CHECK(lint_es("Destacan 14 puentes vehiculares y pasos superiores sobre el r\xC3\xADo Lerma, con un presupuesto de "
                "96 millones de euros, lo que suma 1.544 millones de euros.\n")
            .empty());
}

TEST_CASE("unit-price: the currencies of Central America, the Caribbean, Uruguay and Venezuela",
          "[check][arithmetic]") {
  const std::string text = "La entidad liquid\xC3\xB3 18.400 fanegas a un precio promedio de "
                           "\xE2\x82\xA1" "121.000 por fanega, lo que signific\xC3\xB3 un pago total de "
                           "\xE2\x82\xA1{} millones.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "2.526"))
            .find("disagrees with 2.53 billion CRC for 18.400 fanegas [unit-price]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "2.226")).empty());
  CHECK(lint_es("Se vendieron 1,200 lotes a L1,250.5 cada uno, por un total de L1.2 millones.\n")
            .find("1.2 million HNL for 1,200 lotes [unit-price]") != std::string::npos);
  CHECK(lint_es("Se vendieron 1.200 lotes a RD$1,250 cada uno, por un total de RD$1.2 millones.\n")
            .find("1.2 million DOP for 1.200 lotes [unit-price]") != std::string::npos);
}

TEST_CASE("unit-price: a price 'a year' and 'an annual commitment of' its total", "[check][arithmetic]") {
  const std::string wrong = "The service recruited 28 emergency nurses since July, at an average cost of $118,000 a "
                            "year including allowances, an annual commitment of about $2.6 million.\n";
  CHECK(lint(wrong).find("1:77: warning: \"$118,000 a year\" disagrees with $2.6 million for 28 emergency nurses "
                         "[unit-price]") != std::string::npos);
  std::string right = wrong;
  right.replace(right.find("$2.6"), 4, "$3.3");
  CHECK(lint(right).empty());
}

TEST_CASE("unit-price: a clause of 'which' with a verb of cost prices the items before it",
          "[check][arithmetic]") {
  const std::string text = "The package includes 180 new security cameras, which the district estimates will cost "
                           "about $2,400 apiece, or ${},000 in all.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "532"))
            .find("a.txt:1:87: warning: \"about $2,400 apiece\" disagrees with $532,000 for 180 new security cameras "
                  "[unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "432")).empty());
  // After a longer description and its comma.
  CHECK(lint("The package includes 180 new interior and exterior security cameras, which the district estimates will "
             "cost about $2,400 apiece, or $532,000 in all.\n")
            .find("disagrees with $532,000 for 180 [unit-price]") != std::string::npos);
  // A clause of another matter prices nothing.
  CHECK(lint("The package includes 180 new interior and exterior security cameras, which the district says will be "
             "installed by May, and $532,000 for radios.\n")
            .empty());
}

TEST_CASE("unit-price: what each item holds before its price and taka are money",
          "[check][arithmetic]") {
  const std::string text = "The ministry has also bought 85,000 dry food packs, each containing flattened rice, "
                           "molasses, lentils, oil and salt, at Tk 1,450 each, worth Tk {} crore.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "14.6"))
            .find("a.txt:1:121: warning: \"Tk 1,450 each\" disagrees with 146 million BDT for 85,000 dry food packs "
                  "[unit-price]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "12.3")).empty());
  // A list that holds another price is no description of the items.
  CHECK(lint("The ministry bought 85,000 packs, each containing rice worth Tk 300, lentils and salt, at Tk 1,450 "
             "each, worth Tk 14.6 crore.\n")
            .find("146 million BDT for 85,000 packs") == std::string::npos);
}
