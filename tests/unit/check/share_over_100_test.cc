// Tests for check/share_over_100 (issue 7): shares of one whole over 100%.
#include "check/share_over_100.h"

#include <algorithm>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/lint_case.h"

using namespace claimlint::testing;

TEST_CASE("share-over-100: positive cases and near misses", "[check][arithmetic]") {
  const Case cases[] = {
      {"Harbor Co holds 45% of the market, Dock Ltd 38% and Quay Inc 25%.\n",
       "a.txt:1:62: error: shares of the market add up to more than 100%: 45% + 38% + 25% = 108% [share-over-100]\n"
       "    Harbor Co holds 45% of the market, Dock Ltd 38% and Quay Inc 25%.\n"
       "                                                                 ^~~\n"
       "a.txt:1:17: note: another share of the same whole\n"
       "    Harbor Co holds 45% of the market, Dock Ltd 38% and Quay Inc 25%.\n"
       "                    ^~~\n"
       "a.txt:1:45: note: another share of the same whole\n"
       "    Harbor Co holds 45% of the market, Dock Ltd 38% and Quay Inc 25%.\n"
       "                                                ^~~\n"},
      {"The Green List won 38% of the vote, the Civic Union 35% and the Labour Front 31%.\n",
       "a.txt:1:78: error: shares of the vote add up to more than 100%: 38% + 35% + 31% = 104% [share-over-100]\n"
       "    The Green List won 38% of the vote, the Civic Union 35% and the Labour Front 31%.\n"
       "                                                                                 ^~~\n"
       "a.txt:1:20: note: another share of the same whole\n"
       "    The Green List won 38% of the vote, the Civic Union 35% and the Labour Front 31%.\n"
       "                       ^~~\n"
       "a.txt:1:53: note: another share of the same whole\n"
       "    The Green List won 38% of the vote, the Civic Union 35% and the Labour Front 31%.\n"
       "                                                        ^~~\n"},
      {"The party won 52% of the vote in 2019 and 58% in 2024.\n",
       ""},
      {"NVIDIA's market share fell from 95% to virtually zero.\n",
       ""},
      {"Labour took 34% of the vote, the Greens 33% and the Liberals 34%.\n",
       ""},
      {"Turnout was 64%, and 58% of those who voted backed the plan.\n",
       ""},
      {"Buses take 60% of the transport budget, depots 33% and training 17%.\n",
       "a.txt:1:65: error: shares of the budget add up to more than 100%: 60% + 33% + 17% = 110% [share-over-100]\n"
       "    Buses take 60% of the transport budget, depots 33% and training 17%.\n"
       "                                                                    ^~~\n"
       "a.txt:1:12: note: another share of the same whole\n"
       "    Buses take 60% of the transport budget, depots 33% and training 17%.\n"
       "               ^~~\n"
       "a.txt:1:48: note: another share of the same whole\n"
       "    Buses take 60% of the transport budget, depots 33% and training 17%.\n"
       "                                                   ^~~\n"},
      {"Buses take 60% of the transport budget, depots 23% and training 17%.\n",
       ""},
      {"The share of renewables rose to 40%, while 70% of households have solar panels and 65% have heat pumps.\n",
       ""},
      {"The mayor won 48% of the vote, and 62% of voters under 30 backed her rival.\n",
       ""},
      {"Tesla's share fell to 15% of the market from 18%, while BYD's rose to 20%.\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("share-over-100: a table or list of shares under a caption", "[check][arithmetic]") {
  const Case cases[] = {
      // Each column on its own: the 2015 shares in brackets add up to 100%.
      {"Share of population by region, 2025 (2015 in brackets):\n\n"
       "  Capital Region   31.4%  (29.0%)\n"
       "  Eastern          23.7%  (21.4%)\n"
       "  Northern         18.2%  (19.5%)\n"
       "  Southern         16.9%  (17.6%)\n"
       "  Western          11.8%  (12.5%)\n",
       "a.txt:7:20: error: the listed shares add up to more than 100%: 31.4% + 23.7% + 18.2% + 16.9% + 11.8% = 102% "
       "[share-over-100]\n"
       "      Western          11.8%  (12.5%)\n"
       "                       ^~~~~\n"
       "a.txt:3:20: note: another share of the same whole\n"
       "      Capital Region   31.4%  (29.0%)\n"
       "                       ^~~~~\n"
       "a.txt:4:20: note: another share of the same whole\n"
       "      Eastern          23.7%  (21.4%)\n"
       "                       ^~~~~\n"
       "a.txt:5:20: note: another share of the same whole\n"
       "      Northern         18.2%  (19.5%)\n"
       "                       ^~~~~\n"
       "a.txt:6:20: note: another share of the same whole\n"
       "      Southern         16.9%  (17.6%)\n"
       "                       ^~~~~\n"},
      {"Vote share by party:\n- Green List: 38%\n- Civic Union: 35%\n- Labour Front: 31%\n",
       "a.txt:4:17: error: the listed shares add up to more than 100%: 38% + 35% + 31% = 104% [share-over-100]\n"
       "    - Labour Front: 31%\n"
       "                    ^~~\n"
       "a.txt:2:15: note: another share of the same whole\n"
       "    - Green List: 38%\n"
       "                  ^~~\n"
       "a.txt:3:16: note: another share of the same whole\n"
       "    - Civic Union: 35%\n"
       "                   ^~~\n"},
      // Adds up.
      {"Vote share by party:\n- Green List: 38%\n- Civic Union: 35%\n- Labour Front: 27%\n", ""},
      // Each row a share of its own whole: far over 100%.
      {"Share of homes with broadband, by region:\n\n  North  92%\n  South  88%\n  East   85%\n", ""},
      // No caption naming shares.
      {"Growth by region:\n- North: 41%\n- South: 38%\n- East: 31%\n", ""},
      // A heading of its own, without a colon, is a caption too.
      {"Vote share by party\n\n- Green List: 38%\n- Civic Union: 35%\n- Labour Front: 31%\n",
       "a.txt:5:17: error: the listed shares add up to more than 100%: 38% + 35% + 31% = 104% [share-over-100]\n"
       "    - Labour Front: 31%\n"
       "                    ^~~\n"
       "a.txt:3:15: note: another share of the same whole\n"
       "    - Green List: 38%\n"
       "                  ^~~\n"
       "a.txt:4:16: note: another share of the same whole\n"
       "    - Civic Union: 35%\n"
       "                   ^~~\n"},
      // Two rows are no table; a row with words after its figure is prose.
      {"Vote share by party:\n- Green List: 58%\n- Civic Union: 55%\n", ""},
      {"Vote share by party:\n- Green List: 38% (up 2 points)\n- Civic Union: 35%\n- Labour Front: 31%\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("share-over-100: a Markdown list and an HTML list of shares", "[check][arithmetic]") {
  TempDir dir;
  dir.write("a.md", "Market share by brand:\n\n- Acme: 45%\n- Brio: 38%\n- Corvo: 25%\n");
  dir.write("b.html",
            "<html><body><nav><a href=\"/\">Home</a></nav><article><p>Market share by brand:</p>"
            "<ul><li>Acme: 45%</li><li>Brio: 38%</li><li>Corvo: 25%</li></ul></article></body></html>\n");
  const RunResult r = run_claimlint({"--color=never", "--format=jsonl", "a.md", "b.html"}, dir.path());
  CHECK(r.status == 1);
  CHECK(r.out.find("\"path\":\"a.md\",\"line\":5,\"column\":10") != std::string::npos);
  CHECK(r.out.find("the listed shares add up to more than 100%: 45% + 38% + 25% = 108%") != std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
}

TEST_CASE("share-over-100: a Markdown table whose header names shares, and money an opening divides",
          "[check][arithmetic]") {
  TempDir dir;
  dir.write("a.md", "# Results\n\n| Party | Share |\n|---|---|\n| Green | 41% |\n| Labour | 38% |\n| Liberal | 29% |\n");
  // No share named: a table of rates, each of its own whole.
  dir.write("b.md", "| Region | Turnout |\n|---|---|\n| North | 61% |\n| South | 58% |\n| West | 49% |\n");
  const RunResult r = run_claimlint({"--color=never", "--format=jsonl", "a.md", "b.md"}, dir.path());
  CHECK(r.status == 1);
  CHECK(r.out.find("\"path\":\"a.md\",\"line\":7,\"column\":13") != std::string::npos);
  CHECK(r.out.find("the listed shares add up to more than 100%: 41% + 38% + 29% = 108%") != std::string::npos);
  CHECK(r.out.find("scraped web residue") == std::string::npos);  // "Share" in a header is no button
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);

  const Case cases[] = {
      {"Of total expenditure, 78% went on charitable activities, 19% on raising funds and 7% on support costs.\n",
       "a.txt:1:83: error: shares of the expenditure add up to more than 100%: 78% + 19% + 7% = 104% "
       "[share-over-100]\n"
       "    Of total expenditure, 78% went on charitable activities, 19% on raising funds and 7% on support costs.\n"
       "                                                                                      ^~\n"
       "a.txt:1:23: note: another share of the same whole\n"
       "    Of total expenditure, 78% went on charitable activities, 19% on raising funds and 7% on support costs.\n"
       "                          ^~~\n"
       "a.txt:1:58: note: another share of the same whole\n"
       "    Of total expenditure, 78% went on charitable activities, 19% on raising funds and 7% on support costs.\n"
       "                                                             ^~~\n"},
      // "from" names where the money came from.
      {"Of its income, 62% came from donations, 30% from grants and 12% from trading.\n",
       "a.txt:1:61: error: shares of the income add up to more than 100%: 62% + 30% + 12% = 104% [share-over-100]\n"
       "    Of its income, 62% came from donations, 30% from grants and 12% from trading.\n"
       "                                                                ^~~\n"
       "a.txt:1:16: note: another share of the same whole\n"
       "    Of its income, 62% came from donations, 30% from grants and 12% from trading.\n"
       "                   ^~~\n"
       "a.txt:1:41: note: another share of the same whole\n"
       "    Of its income, 62% came from donations, 30% from grants and 12% from trading.\n"
       "                                            ^~~\n"},
      // Adds up; a change; a part of another whole.
      {"Of total expenditure, 78% went on charitable activities, 19% on raising funds and 3% on support costs.\n", ""},
      {"Of its revenue, 60% came from Europe, up 5% on a year earlier, and 45% from Asia.\n", ""},
      {"Of total income, 62% came from donations and 41% of donors were new.\n", ""},
      // Shares of two periods set side by side.
      {"Of its income, 55% came from donations in 2025, against 48% in 2024.\n", ""},
      {"Of total revenue, 60% came from Europe this year, compared with 52% last year.\n", ""},
      {"Of total spending, 70% went on wages, the same as the 70% a year earlier.\n", ""},
  };
  check_cases(cases);
}


TEST_CASE("share-over-100: a table whose labels name figures", "[check][arithmetic]") {
  const Case cases[] = {
      {"Participants by activity level:\n\n| Activity level | Share of participants | Rate |\n|---|---|---|\n| Inactive (under 30 min a week) | 31% | 12.4% |\n| Light (30-149 min a week) | 27% | 10.9% |\n| High (150 min or more a week) | 47% | 8.1% |\n",
       "a.txt:7:35: error: the listed shares add up to more than 100%: 31% + 27% + 47% = 105% [share-over-100]\n"
       "    | High (150 min or more a week) | 47% | 8.1% |\n"
       "                                      ^~~\n"
       "a.txt:5:36: note: another share of the same whole\n"
       "    | Inactive (under 30 min a week) | 31% | 12.4% |\n"
       "                                       ^~~\n"
       "a.txt:6:31: note: another share of the same whole\n"
       "    | Light (30-149 min a week) | 27% | 10.9% |\n"
       "                                  ^~~\n"},
      // Adds up.
      {"Participants by activity level:\n\n| Activity level | Share of participants | Rate |\n|---|---|---|\n| Inactive (under 30 min a week) | 31% | 12.4% |\n| Light (30-149 min a week) | 27% | 10.9% |\n| High (150 min or more a week) | 42% | 8.1% |\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("share-over-100: a sentence opening Of those divides the whole of the sentence before", "[check][arithmetic]") {
  const Case cases[] = {
      {"The survey covers 2,840 of this year's leavers. Of those, 46% have university places, 31% are starting apprenticeships and 27% are going into work.\n",
       "a.txt:1:124: error: shares of those add up to more than 100%: 46% + 31% + 27% = 104% [share-over-100]\n"
       "    ...s, 31% are starting apprenticeships and 27% are going into work.\n"
       "                                               ^~~\n"
       "a.txt:1:59: note: another share of the same whole\n"
       "    ...2,840 of this year's leavers. Of those, 46% have university places, 31% are starting apprenticeships and 27% are going i...\n"
       "                                               ^~~\n"
       "a.txt:1:87: note: another share of the same whole\n"
       "    .... Of those, 46% have university places, 31% are starting apprenticeships and 27% are going into work.\n"
       "                                               ^~~\n"},
      // Adds up, and two shares are too few to tell.
      {"The survey covers 2,840 leavers. Of those, 46% have university places, 31% are starting apprenticeships and 23% are going into work.\n",
       ""},
      {"The survey covers 2,840 leavers. Of those, 56% are women and 61% live at home.\n",
       ""},
      // A part of a part.
      {"The survey covers 2,840 leavers. Of those, 46% have university places, 31% are starting apprenticeships and 40% of them are women.\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("share-over-100: a list under a caption that announces a breakdown", "[check][arithmetic]") {
  const std::string list =
      "Oakfield manages 12,400 homes. The stock breaks down as follows:\n\n- Social rent: 68%\n- Affordable rent: "
      "19%\n- Shared ownership: 9%\n- Supported housing: 7%\n";
  const std::string out = lint(list, "text", k_quiet_checks);
  CHECK(out.find("a.txt:6:22: error: the listed shares add up to more than 100%: 68% + 19% + 9% + 7% = 103% "
                 "[share-over-100]") == 0);
  // Adds up; a caption that announces nothing.
  CHECK(lint("The stock breaks down as follows:\n\n- Social rent: 68%\n- Affordable rent: 19%\n- Shared ownership: "
             "9%\n- Supported housing: 4%\n",
             "text", k_quiet_checks)
            .empty());
  CHECK(lint("Growth in each region last year:\n\n- North: 68%\n- South: 19%\n- East: 9%\n- West: 7%\n", "text",
             k_quiet_checks)
            .empty());
}

TEST_CASE("share-over-100: shares of revenue made up by segments", "[check][arithmetic]") {
  const Case cases[] = {
      {"Cloud services made up 46% of revenue, devices 31%, advertising 19% and licensing the remaining 9%.\n",
       "a.txt:1:97: error: shares of the revenue add up to more than 100%: 46% + 31% + 19% + 9% = 105% "
       "[share-over-100]\n"
       "    Cloud services made up 46% of revenue, devices 31%, advertising 19% and licensing the remaining 9%.\n"
       "                                                                                                    ^~\n"
       "a.txt:1:24: note: another share of the same whole\n"
       "    Cloud services made up 46% of revenue, devices 31%, advertising 19% and licensing the remaining 9%.\n"
       "                           ^~~\n"
       "a.txt:1:48: note: another share of the same whole\n"
       "    Cloud services made up 46% of revenue, devices 31%, advertising 19% and licensing the remaining 9%.\n"
       "                                                   ^~~\n"
       "a.txt:1:65: note: another share of the same whole\n"
       "    Cloud services made up 46% of revenue, devices 31%, advertising 19% and licensing the remaining 9%.\n"
       "                                                                    ^~~\n"},
      {"Cloud services made up 46% of revenue, devices 31%, advertising 14% and licensing the remaining 9%.\n", ""},
      // Shares of two wholes.
      {"Subscriptions made up 60% of revenue and 75% of operating profit.\n", ""},
      // "up" of a change is no share.
      {"Cloud revenue was up 46%, devices 31% and advertising 39%.\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("share-over-100: a list of shares of the total in one sentence, and Spanish wholes", "[check][arithmetic]") {
  const std::string spanish =
      "Los turistas nacionales son mayor\xC3\xAD" "a, con el 46 % del total, seguidos de los brit\xC3\xA1nicos (21 %), "
      "los alemanes (14 %), los franceses (9 %) y el resto (14 %).\n";
  const std::string out = lint_lang(spanish, "es");
  CHECK(out.find("a.txt:1:149: error: shares of the total add up to more than 100%: 46% + 21% + 14% + 9% + 14% = "
                 "104% [share-over-100]") != std::string::npos);
  CHECK(lint_lang("El partido obtuvo el 46 % de los votos, el segundo el 31 % y el tercero el 29 %.\n", "es")
            .find("shares of the vote add up to more than 100%") != std::string::npos);
  // Two totals, each named: no list of one whole.
  CHECK(lint_lang("The six largest groups account for 78% of the total. The twelve largest site groups account for "
                  "56% of the total.\n",
                  "en")
            .empty());
  CHECK(lint_lang("The six largest groups account for 78% of the total and the twelve largest for 56% of the total.\n",
                  "en")
            .empty());
}

TEST_CASE("share-over-100: one word between of and the whole", "[check][arithmetic]") {
  CHECK(lint("Clothing made up 45 per cent of Christmas sales, home 27 per cent, beauty 18 per cent and food 16 per "
             "cent.\n")
            .find("a.txt:1:96: error: shares of the revenue add up to more than 100%: 45% + 27% + 18% + 16% = 106% "
                  "[share-over-100]") != std::string::npos);
  // 102% is within the rounding of four whole percentages.
  CHECK(lint("Clothing made up 41 per cent of Christmas sales, home 27 per cent, beauty 18 per cent and food 16 per "
             "cent.\n")
            .empty());
}

TEST_CASE("share-over-100: the ends of a Spanish change and a ratio over 100% are no shares", "[check][arithmetic]") {
  // The debt falls from 58.4% to 52.1% of revenue; 110% is a legal limit.
  CHECK(lint_es("La deuda viva bajar\xC3\xA1 del 58,4% al 52,1% de los ingresos corrientes, una reducci\xC3\xB3n de 6,3 "
                "puntos porcentuales que aleja al consistorio del l\xC3\xADmite legal del 110%.\n")
            .empty());
  CHECK(lint("Debt will fall to 52.1% of revenue, well below the legal limit of 110%.\n").empty());
  // The shares of the list are still added up.
  CHECK(lint_es("El partido obtuvo el 56 % de los votos y el segundo el 48 %.\n")
            .find("shares of the vote add up to more than 100%: 56% + 48% = 104%") != std::string::npos);
}

TEST_CASE("share-over-100: shares of production, output and generation", "[check][arithmetic]") {
  const std::string text =
      "Por tecnolog\xC3\xAD" "as, la e\xC3\xB3lica aport\xC3\xB3 el 38,4% de la producci\xC3\xB3n, la solar el 27,9%, la "
      "hidr\xC3\xA1ulica el 19,6% y el gas el 17,3%.\n";
  CHECK(lint_es(text).find("shares of the production add up to more than 100%: 38.4% + 27.9% + 19.6% + 17.3% = "
                           "103.2% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("17,3%"), 5, "14,1%");
  CHECK(lint_es(right).empty());
  CHECK(lint("Wind supplied 48% of the region's output, solar 31% and gas 27%.\n")
            .find("shares of the production add up to more than 100%") != std::string::npos);
  // A change of production is no share.
  CHECK(lint("Output rose 48% in wind, 31% in solar and 27% in gas.\n").empty());
}

TEST_CASE("share-over-100: a list over the sentences of a paragraph closed by the remainder", "[check][arithmetic]") {
  const std::string text =
      "Sanidad se lleva la mayor partida, con 3.120 millones de euros, el 36,9 % del total. Le siguen educaci\xC3\xB3n, "
      "con 2.150 millones (el 25,4 %), y servicios sociales, con 1.250 millones (el 14,8 %). El 24,5 % restante se "
      "reparte entre infraestructuras y deuda.\n";
  const std::string out = lint_es(text);
  CHECK(out.find("a.txt:1:196: error: shares of the total with the remainder add up to more than 100%: 36.9% + "
                 "25.4% + 14.8% + 24.5% = 101.6% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("24,5"), 4, "22,9");
  CHECK(lint_es(right).empty());
  CHECK(lint("Health takes 36.9% of the total. Education follows with 25.4% and social care with 14.8%. The "
             "remaining 24.5% goes on roads and debt.\n")
            .find("36.9% + 25.4% + 14.8% + 24.5% = 101.6%") != std::string::npos);
  // Reported once when every sentence names the whole.
  const std::string once = lint("Cloud made up 46% of revenue. Devices made up 31% of revenue. The remaining 30% of "
                                "revenue came from ads.\n");
  CHECK(once.find("[share-over-100]") != std::string::npos);
  CHECK(once.find("[share-over-100]") == once.rfind("[share-over-100]"));
  // A change among the sentences: no list.
  CHECK(lint("Health takes 36.9% of the total. Education rose 25.4% and social care 14.8%. The remaining 24.5% goes "
             "on roads.\n")
            .empty());
}

TEST_CASE("share-over-100: a count of the whole, then its share after or", "[check][arithmetic]") {
  const std::string text =
      "Linwood received 31,247 votes, or 48.6%, Baines 25,204, or 39.2%, and Okafor took 14.1%.\n";
  CHECK(lint(text).find("a.txt:1:83: error: shares of the vote add up to more than 100%: 48.6% + 39.2% + 14.1% = "
                        "101.9% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("14.1%"), 5, "12.2%");
  CHECK(lint(right).empty());
  // Percentages of another whole after a count.
  CHECK(lint("Linwood received 31,247 letters, or 48.6%, Baines 25,204, or 39.2%, and Okafor 14.1%.\n").empty());
}

TEST_CASE("share-over-100: a list over sentences closed by a share added to the others", "[check][arithmetic]") {
  const std::string text =
      "Published: 3 March 2026\n\nCask ale made up 46% of output by volume last year. Bottled beer represented 38%, "
      "with keg products contributing a further 24%. The brewery expects growth.\n";
  CHECK(lint(text).find("a.txt:3:124: error: shares of the production add up to more than 100%: 46% + 38% + 24% = "
                        "108% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("24%"), 3, "16%");
  CHECK(lint(right).empty());
  // "another 12%" closes one too; without an added share, two sentences are no list.
  CHECK(lint("Cask ale made up 46% of output. Bottled beer represented 38%. Another 24% was keg.\n")
            .find("46% + 38% + 24% = 108%") != std::string::npos);
  CHECK(lint("Cask ale made up 46% of output. Bottled beer represented 38%. Keg was 24%.\n").empty());
  // A change among them: no list.
  CHECK(lint("Cask ale made up 46% of output. Exports rose 38%, with keg contributing a further 24%.\n").empty());
}

TEST_CASE("share-over-100: the shares for, against and neither of one question", "[check][arithmetic]") {
  const std::string text =
      "Of the 1,250 people who responded, 54% backed the proposal, 38% opposed it and 14% said they had not yet made "
      "up their minds.\n";
  CHECK(lint(text).find("a.txt:1:80: error: shares of those asked add up to more than 100%: 54% + 38% + 14% = 106% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("14%"), 3, "8%");
  CHECK(lint(right).empty());
  // Two polls, two questions, or no stance against: no list.
  CHECK(lint("In 2024, 54% backed the plan, while in 2025 61% backed it and 38% opposed it.\n").empty());
  CHECK(lint("A total of 54% backed the proposal and 58% opposed the levy.\n").empty());
  CHECK(lint("Some 54% backed the proposal and 58% backed the levy.\n").empty());
}

TEST_CASE("share-over-100: a share told 'today' and shares that leave the time understood", "[check][arithmetic]") {
  const std::string text =
      "Jueves, 16 de julio de 2026\n\nHoy el alumbrado representa el 46% del gasto el\xC3\xA9" "ctrico del "
      "municipio; los edificios p\xC3\xBA" "blicos, el 31%, y el bombeo de agua potable, el {}%.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "29"))
            .find("error: shares of the spending add up to more than 100%: 46% + 31% + 29% = 106% [share-over-100]") !=
        std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "19")).empty());
  CHECK(lint("July 16, 2026\n\nToday street lighting accounts for 46% of spending; public buildings, 31%, and water "
             "pumping, 29%.\n")
            .find("46% + 31% + 29% = 106%") != std::string::npos);
  // Shares of another year are another list.
  CHECK(lint("July 16, 2026\n\nToday street lighting accounts for 46% of spending; in 2019 public buildings took "
             "31%, and water pumping 29%.\n")
            .empty());
}

TEST_CASE("share-over-100: a whole after a possessive and a modifier ('of the town's electricity spending')",
          "[check][arithmetic]") {
  const std::string text = "Street lighting accounts for 46% of the town's electricity spending, public buildings for "
                           "31% and water pumping for {}%.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "29"))
            .find("a.txt:1:117: error: shares of the spending add up to more than 100%: 46% + 31% + 29% = 106% "
                  "[share-over-100]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "19")).empty());
}

TEST_CASE("share-over-100: the shares that choose among things and those undecided", "[check][arithmetic]") {
  const std::string text =
      "Of the 6,870 families who responded, 58 per cent favoured the balanced calendar, 31 per cent preferred to keep "
      "the current schedule and 17 per cent said they were undecided.\n";
  CHECK(lint(text).find("a.txt:1:137: error: shares of those asked add up to more than 100%: 58% + 31% + 17% = 106% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("17 per"), 6, "11 per");
  CHECK(lint(right).empty());
  // Without a share undecided, two choices may be two questions.
  CHECK(lint("Of the 6,870 families who responded, 58 per cent favoured the balanced calendar and 51 per cent "
             "preferred a longer winter break.\n")
            .empty());
  CHECK(lint("Some 54% backed the proposal, 47% backed the levy and 6% were undecided.\n")
            .find("54% + 47% + 6% = 107%") != std::string::npos);
  // Choices with one against: no list of one question.
  CHECK(lint("Some 54% backed the proposal, 38% opposed the levy and 26% wanted the fees.\n").empty());
}

TEST_CASE("share-over-100: 'El resto, un 16 %' closes a list over sentences", "[check][arithmetic]") {
  const std::string text =
      "Los servicios sociales se llevan un 31 % del total. Les siguen las obras, con el 27 %; la seguridad, con el 18 "
      "%, y la cultura, con el 12 %. El resto, un 16 %, se destina a la deuda.\n";
  CHECK(lint_es(text).find("error: shares of the total with the remainder add up to more than 100%: 31% + 27% + 18% "
                           "+ 12% + 16% = 104% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("un 16"), 5, "un 12");
  CHECK(lint_es(right).empty());
}

TEST_CASE("share-over-100: one sentence of shares closed by the remainder, with no whole named",
          "[check][arithmetic]") {
  const std::string text =
      "El 38 % se dedicar\xC3\xA1 a gastos de personal, el 27 % a bienes corrientes, el 19 % a inversiones, el 11 % a "
      "transferencias y el 9 % restante a la deuda.\n";
  CHECK(lint_es(text).find("error: shares with the remainder add up to more than 100%: 38% + 27% + 19% + 11% + 9% = "
                           "104% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("el 9 %"), 6, "el 5 %");
  CHECK(lint_es(right).empty());
  // Without the remainder, or with a share of another whole, no list.
  CHECK(lint_es("El 38 % se dedicar\xC3\xA1 a personal, el 27 % a bienes, el 19 % a inversiones y el 21 % a la "
                "deuda.\n")
            .empty());
  CHECK(lint_es("El 38 % se dedicar\xC3\xA1 a personal, el 70 % de los vecinos lo aprueba y el 9 % restante a la "
                "deuda.\n")
            .empty());
}

TEST_CASE("share-over-100: the remaining share in a list that names the whole", "[check][arithmetic]") {
  const std::string text =
      "Adult social care will take 41 per cent of the net budget, children's services 27 per cent, waste 14 per cent "
      "and highways 9 per cent, with the remaining 12 per cent covering everything else.\n";
  CHECK(lint(text).find("error: shares of the budget add up to more than 100%: 41% + 27% + 14% + 9% + 12% = 103% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("remaining 12"), 12, "remaining 9");
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: a sentence goes on with the list of the sentence before and closes it",
          "[check][arithmetic]") {
  const std::string text =
      "Scratch-off tickets again led the way, accounting for 58 percent of sales. Jackpot games such as Powerball "
      "made up 23 percent, the daily draw games 15 percent and online play, which was legalized in 2023, 9 "
      "percent.\n";
  CHECK(lint(text).find("error: shares of the revenue add up to more than 100%: 58% + 23% + 15% + 9% = 105% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("15 percent"), 2, "10");
  CHECK(lint(right).empty());
  // A list of its own: no verb of making up the whole before it.
  CHECK(lint("Scratch-off tickets accounted for 58 percent of sales. Of online players, 23 percent were under 30, "
             "15 percent under 40 and 70 percent men.\n")
            .empty());
}

TEST_CASE("share-over-100: the rest opening the last part of a list, and a harvest as a whole", "[check][arithmetic]") {
  const std::string text =
      "Por variedades, la tempranillo supuso el 58 % de la cosecha, con unos 22,4 millones de kilos. Le siguieron la "
      "garnacha, con el 21 %; la verdejo, con el 14 %, y el resto de variedades autorizadas, entre ellas la albillo, "
      "con el 12 %.\n";
  CHECK(lint_es(text).find("error: shares of the production with the remainder add up to more than 100%: 58% + 21% "
                           "+ 14% + 12% = 105% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("12 %"), 2, "7");
  CHECK(lint_es(right).empty());
  CHECK(lint("Wheat made up 46% of the harvest. Barley followed with 38%, and the rest of the crop, mostly oats, "
             "with 21%.\n")
            .find("error: shares of the production add up to more than 100%: 46% + 38% + 21% = 105% "
                  "[share-over-100]") != std::string::npos);
}

TEST_CASE("share-over-100: 'those from India 29 per cent' is a share, and an opening 'Of this year's intake,'",
          "[check][arithmetic]") {
  const std::string text =
      "Of this year's international intake, students from China made up 38 per cent and those from India 29 per "
      "cent. Nigeria accounted for 14 per cent and Pakistan for 9 per cent, while the remaining 16 per cent came "
      "from more than 60 other countries.\n";
  CHECK(lint(text).find("error: shares of the intake with the remainder add up to more than 100%: 38% + 29% + 14% "
                        "+ 9% + 16% = 106% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("16 per"), 2, "10");
  CHECK(lint(right).empty());
  // "up from 29%" is still a change.
  CHECK(lint("Of this year's intake, students from China made up 38 per cent, up from 29 per cent. The remaining 62 "
             "per cent came from elsewhere.\n")
            .empty());
}

TEST_CASE("share-over-100: shares of a counted group told in parallel, each later one with the first's preposition",
          "[check][arithmetic]") {
  const std::string text =
      "Of the 389 vehicles stolen, 46 per cent were taken from driveways or carports, 38 per cent from streets and "
      "21 per cent from shopping centre car parks.\n";
  CHECK(lint(text).find("a.txt:1:109: error: shares of the vehicles add up to more than 100%: 46% + 38% + 21% = "
                        "105% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("21 per"), 2, "16");
  CHECK(lint(right).empty());
  // One share a year: no places of one whole.
  CHECK(lint("Of the 500 members, 60 per cent voted in 2024, 50 per cent in 2025 and 40 per cent in 2026.\n").empty());
  // Answers to different questions: no parallel place.
  CHECK(lint("Of the 389 vehicles stolen, 46 per cent were Fords, 38 per cent were recovered and 21 per cent were "
             "found burnt.\n")
            .empty());
}

TEST_CASE("share-over-100: a share changed to opens a list the next sentence goes on with", "[check][arithmetic]") {
  const std::string text =
      "Labour took 41.4% of the vote, down 7.5 points from the 48.9% it won when the seat was last contested in "
      "May 2023. Reform took 24.7%, the Conservatives 18.0%, the Liberal Democrats 9.9%, the Greens 7.5% and an "
      "independent candidate 1.4%.\n";
  CHECK(lint(text).find("error: shares of the vote add up to more than 100%: 41.4% + 24.7% + 18% + 9.9% + 7.5% + "
                        "1.4% = 102.9% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("18.0%"), 5, "15.1%");
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: a share of all of something, then a sentence closed by the remainder",
          "[check][arithmetic]") {
  const std::string text =
      "Buses remain the backbone of the system, carrying 71 percent of all trips last year. The Blue Line light "
      "rail accounted for 24 percent and the downtown streetcar the remaining 8 percent.\n";
  // ("of all trips" names the whole; one finding, whichever reader is first.)
  const std::string out = lint(text);
  CHECK(out.find("add up to more than 100%: 71% + 24% + 8% = 103% [share-over-100]") != std::string::npos);
  CHECK(out.find("[share-over-100]") == out.rfind("[share-over-100]"));
  std::string right = text;
  right.replace(right.find("8 percent"), 9, "5 percent");
  CHECK(lint(right).empty());
  // A share of something else before: no list.
  CHECK(lint("Buses carried 71 percent of commuters surveyed. The light rail accounted for 24 percent and the "
             "streetcar the remaining 8 percent.\n")
            .empty());
}

TEST_CASE("share-over-100: of two wholes a sentence names, the one its first share is of", "[check][arithmetic]") {
  const std::string text =
      "Seg\xC3\xBAn sus datos, el gasto social absorbe el 37 % del presupuesto; la movilidad y los servicios urbanos, "
      "el 31 %; la seguridad ciudadana, el 14 %; y la administraci\xC3\xB3n general, junto con la deuda, el 23 %.\n";
  CHECK(lint_es(text).find("error: shares of the budget add up to more than 100%: 37% + 31% + 14% + 23% = 105% "
                           "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("23 %"), 4, "18 %");
  CHECK(lint_es(right).empty());
}

TEST_CASE("share-over-100: the rest that makes up the last share, an aside between dashes", "[check][arithmetic]") {
  const std::string text =
      "Codelco aport\xC3\xB3 1,36 millones de toneladas, el 24,6% del total nacional. Escondida produjo 1,26 millones "
      "de toneladas, equivalentes al 22,8%. Collahuasi explic\xC3\xB3 el 10,9% y Los Pelambres, el 5,9%, mientras que "
      "el resto de las operaciones \xE2\x80\x94m\xC3\xA1s de una treintena de faenas de la gran y mediana "
      "miner\xC3\xAD" "a\xE2\x80\x94 sum\xC3\xB3 el 38,4% de la producci\xC3\xB3n del pa\xC3\xADs.\n";
  CHECK(lint_es(text).find("error: shares of the total with the remainder add up to more than 100%: 24.6% + 22.8% + "
                           "10.9% + 5.9% + 38.4% = 102.6% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("38,4%"), 5, "35,8%");
  CHECK(lint_es(right).empty());
  CHECK(lint("Cask ale made up 46% of output. Bottled beer took 31%, while the rest of the range made up 27%.\n")
            .find("46% + 31% + 27% = 104%") != std::string::npos);
}

TEST_CASE("share-over-100: shares that say where each part goes, after what is shared out", "[check][arithmetic]") {
  const std::string text =
      "Under the plan, they will be moved to three neighbouring practices: 46 per cent will go to Riverside Medical "
      "Centre, 38 per cent to Hill Lane Surgery and the remaining 22 per cent to Abbeygate Health Centre.\n";
  CHECK(lint(text).find("error: shares with the remainder add up to more than 100%: 46% + 38% + 22% = 106% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("22 per cent"), 11, "16 per cent");
  CHECK(lint(right).empty());
  // "12 per cent to 15 per cent" is a change.
  CHECK(lint("The rate rose from 46 per cent to 58 per cent, and the remaining 22 per cent stayed.\n").empty());
}

TEST_CASE("ratio-mismatch: A of the B, what happened to them, then the fraction after a dash", "[check][arithmetic]") {
  const std::string text =
      "The worst-hit route was the Marston branch, where 1,240 of the 9,800 trains timetabled during the year were "
      "cancelled - more than one in five.\n";
  CHECK(lint(text).find("error: 1,240 is 13% of 9,800, not \"more than one in five\" [ratio-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("five"), 4, "eight");
  CHECK(lint(right).empty());
  // A new clause after "and": the fraction is of something else.
  CHECK(lint("Some 1,240 of the 9,800 trains were cancelled, and one in five ran late.\n").empty());
}

TEST_CASE("share-over-100: shares of a bank's portfolio", "[check][arithmetic]") {
  const std::string text =
      "Residential mortgages make up 52% of the portfolio, commercial real estate 24%, commercial and industrial "
      "loans 17% and consumer lending, mostly auto loans and credit cards, 11%.\n";
  CHECK(lint(text).find("error: shares of the portfolio add up to more than 100%: 52% + 24% + 17% + 11% = 104% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("11%"), 3, "7%");
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: 'the total' of the whole named before the share", "[check][arithmetic]") {
  const std::string text =
      "Accounts showed the club's turnover for the season was \xC2\xA3" "41m, with broadcasting money making up 58 per "
      "cent of the total, matchday income 29 per cent and commercial revenue 21 per cent.\n";
  CHECK(lint(text).find("error: shares of the revenue add up to more than 100%: 58% + 29% + 21% = 108% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("21 per"), 6, "13 per");
  CHECK(lint(right).empty());
  // "of total expenditure" names its own whole; "Spending" before it is
  // the part.
  CHECK(lint("Spending on staff rose to \xC2\xA3" "402m, 58% of total expenditure of \xC2\xA3" "693m, and 45% of "
             "income came from fees.\n")
            .empty());
}

TEST_CASE("share-over-100: the first share names what it is of and where it falls, the others where theirs do",
          "[check][arithmetic]") {
  const std::string text =
      "Seg\xC3\xBAn el bolet\xC3\xADn, el 46% de los casos se registr\xC3\xB3 en la regi\xC3\xB3n Centro, el 31% en "
      "el NOA, el 19% en el NEA, el 9% en Cuyo y el 3% en la regi\xC3\xB3n Sur.\n";
  CHECK(lint_es(text).find("error: shares of the casos add up to more than 100%: 46% + 31% + 19% + 9% + 3% = 108% "
                           "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("el 19%"), 6, "el 11%");
  CHECK(lint_es(right).empty());
  CHECK(lint("Some 46% of the cases were recorded in the Centre, 31% in the North, 19% in the East and 12% in the "
             "South.\n")
            .find("error: shares of the cases add up to more than 100%") != std::string::npos);
  // Rates of each place, no shares of one whole: no verb of where a part
  // falls.
  CHECK(lint("The plan was backed by 35% of the voters in Northtown, 38% in Southtown and 33% in Eastbury.\n")
            .empty());
}

TEST_CASE("share-over-100: Spanish 'con 18%' with no article, the rest last", "[check][arithmetic]") {
  const std::string text =
      "Por destino, China concentr\xC3\xB3 el 64% del valor total exportado por la regi\xC3\xB3n en enero, seguida por "
      "Estados Unidos con 18%, Europa con 14% y el resto de Asia y Am\xC3\xA9rica Latina con 11%.\n";
  // (A verb of holding a share, "concentró", names the whole.)
  CHECK(lint_es(text).find("error: shares of the valor add up to more than 100%: 64% + 18% + 14% + 11% = 107% "
                           "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("con 11%"), 7, "con 4%");
  CHECK(lint_es(right).empty());
}

TEST_CASE("share-over-100: 'draw 42% of its patient revenue from Medicare, 21% from Medicaid, ...'",
          "[check][arithmetic]") {
  const std::string text =
      "The combined system would draw 42% of its patient revenue from Medicare, 21% from Medicaid, 34% from "
      "commercial insurers and 8% from self-pay patients and other sources, according to a summary.\n";
  CHECK(lint(text).find("a.txt:1:126: error: shares of the revenue add up to more than 100%: 42% + 21% + 34% + 8% = "
                        "105% [share-over-100]") == 0);
  std::string right = text;
  right.replace(right.find("34%"), 3, "29%");
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: a run closed by the remainder, the whole 'of general fund spending'", "[check][arithmetic]") {
  const std::string text =
      "Public safety dominates the general fund. The police department will receive $98.2 million, or 34% of general "
      "fund spending, and the fire department $71.5 million, or 25%, meaning roughly one in four general-fund dollars "
      "goes to firefighting. Public works accounts for 15%, parks and recreation 8%, and the remaining 22% covers "
      "administration, libraries and debt service.\n";
  CHECK(lint(text).find("error: shares of the spending with the remainder add up to more than 100%: 34% + 25% + 15% + "
                        "8% + 22% = 104% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("remaining 22%"), 13, "remaining 18%");
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: a list whose first share names the total or whose last row is the rest", "[check][arithmetic]") {
  const std::string list =
      "El informe detalla la procedencia de los turistas que ingresaron al pa\xC3\xADs el a\xC3\xB1o pasado:\n\n"
      "- Colombia: 27,4% del total.\n- Estados Unidos: 21,8%.\n- Per\xC3\xBA: 12,6%.\n- Espa\xC3\xB1" "a: 5,9%.\n"
      "- Alemania: 3,1%.\n- Resto de pa\xC3\xADses: 33,9%.\n";
  CHECK(lint_es(list).find("error: the listed shares add up to more than 100%: 27.4% + 21.8% + 12.6% + 5.9% + 3.1% + "
                           "33.9% = 104.7% [share-over-100]") != std::string::npos);
  std::string right = list;
  right.replace(right.find("33,9%"), 5, "29,2%");
  CHECK(lint_es(right).empty());
  // The rest alone makes the rows shares, not under a caption of changes.
  CHECK(lint("Where visitors came from last year:\n\n- United States: 41%\n- Canada: 38%\n- Other: 27%\n")
            .find("[share-over-100]") != std::string::npos);
  CHECK(lint("Growth by segment last year:\n\n- Cloud: 45%\n- Devices: 38%\n- Other: 22%\n").empty());
  // No caption naming shares, no total, no rest: rates of their own.
  CHECK(lint("Turnout by ward:\n\n- North: 45%\n- South: 38%\n- East: 32%\n").empty());
}

TEST_CASE("share-over-100: shares of a group each rated as one grade", "[check][arithmetic]") {
  const std::string text =
      "In Year 9, 14 per cent of students were assessed as \"Exceeding\", 49 per cent as \"Strong\", 31 per cent as "
      "\"Developing\" and 12 per cent as needing additional support, leaving the region below the state average "
      "for a third consecutive year.\n";
  CHECK(lint(text).find("error: shares of the students add up to more than 100%: 14% + 49% + 31% + 12% = 106% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("12 per cent"), 11, "6 per cent");
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: '46% of its patient revenue would come from Medicare, 24% from Medicaid, ...'",
          "[check][arithmetic]") {
  const std::string text =
      "According to the filing, 46% of its patient revenue would come from Medicare, 24% from Medicaid, 31% from "
      "commercial insurers and 6% from patients who pay for themselves.\n";
  CHECK(lint(text).find("error: shares of the patient revenue add up to more than 100%: 46% + 24% + 31% + 6% = 107% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("31%"), 3, "24%");
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: 'with 54% of shipments, followed by Japan with 17% ...' and Spanish 'con 17%'",
          "[check][arithmetic]") {
  const std::string text =
      "China remained the main destination, with 54% of shipments, followed by Japan with 17%, Europe with 14%, "
      "South Korea with 11% and other markets with 9%.\n";
  CHECK(lint(text).find("a.txt:1:150: error: shares of the shipments add up to more than 100%: 54% + 17% + 14% + 11% "
                        "+ 9% = 105% [share-over-100]") == 0);
  std::string right = text;
  right.replace(right.find("14%"), 3, "9%");
  CHECK(lint(right).empty());
  CHECK(lint_es("China se mantuvo como el principal destino, con el 54% de los despachos, seguida de Jap\xC3\xB3n, con "
                "17%; Europa, con 14%; Corea del Sur, con 11%, y otros mercados, entre ellos India, con 9%.\n")
            .find("error: shares of the despachos add up to more than 100%: 54% + 17% + 14% + 11% + 9% = 105% "
                  "[share-over-100]") != std::string::npos);
  // A noun after a later share makes it a share of another whole.
  CHECK(lint("The party won with 54% of the vote, with 60% turnout and with 48% support among women.\n").empty());
}

TEST_CASE("share-over-100: a level reached after 'al' is no share", "[check][arithmetic]") {
  CHECK(lint_es("ONPE al 100 %: Rosa Quispe gana el Gobierno Regional de Alto Huallaga con el 38,6 % de los votos "
                "v\xC3\xA1lidos.\n")
            .empty());
}

TEST_CASE("share-over-100: a list that goes on after a sentence of one share", "[check][arithmetic]") {
  const std::string text =
      "According to the report, 61% of sales went back to players as prizes. The Education Trust Fund received 26%, "
      "or about one in every four dollars players spent. Retailer commissions accounted for 6%, operating costs for "
      "4% and transfers to the state general fund for 7%.\n";
  CHECK(lint(text).find("error: shares of the revenue add up to more than 100%: 61% + 26% + 6% + 4% + 7% = 104% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("for 7%"), 6, "for 3%");
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: 'the other N ... together' closes a list begun at the end of the paragraph before",
          "[check][arithmetic]") {
  const std::string text =
      "Con el 100 % de las actas contabilizadas, la ONPE confirm\xC3\xB3 la victoria de Rosa Quispe. Quispe obtuvo "
      "166.683 votos, equivalentes al 38,6 % de los votos v\xC3\xA1lidos.\n\nEn segundo lugar qued\xC3\xB3 Julio "
      "Paredes, con 134.728 votos (31,2 %), seguido de Marco Lude\xC3\xB1" "a, con el 17,9 %. Los otros cinco "
      "movimientos que participaron sumaron en conjunto el 16,4 % de los votos v\xC3\xA1lidos.\n";
  CHECK(lint_es(text).find("error: shares of the vote with the remainder add up to more than 100%: 38.6% + 31.2% + "
                           "17.9% + 16.4% = 104.1% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("16,4 %"), 6, "12,3 %");
  CHECK(lint_es(right).empty());
  CHECK(lint("Labour won 41.2% of the vote. Reform took 30.4%, the Greens 17.9% and the other five candidates together "
             "took 14.5%.\n")
            .find("41.2% + 30.4% + 17.9% + 14.5% = 104%") != std::string::npos);
}

TEST_CASE("share-over-100: shares of exports and of a port's tonnage", "[check][arithmetic]") {
  CHECK(lint("Copper accounted for 61.3% of mining exports, gold for 27.5% and zinc for 14.6%.\n")
            .find("a.txt:1:75: error: shares of the exports add up to more than 100%: 61.3% + 27.5% + 14.6% = 103.4% "
                  "[share-over-100]") == 0);
  CHECK(lint("Copper accounted for 61.3% of mining exports, gold for 27.5% and zinc for 11.2%.\n").empty());
  const std::string port =
      "Containerized cargo made up 61 percent of the port's tonnage last year, followed by dry bulk at 22 percent, "
      "breakbulk at 9 percent, and vehicles at 14 percent.\n";
  CHECK(lint(port).find("error: shares of the tonnage add up to more than 100%: 61% + 22% + 9% + 14% = 106% "
                        "[share-over-100]") != std::string::npos);
  std::string right = port;
  right.replace(right.find("14 percent"), 2, "8");
  CHECK(lint(right).empty());
  CHECK(lint_es("El cobre represent\xC3\xB3 el 61,3% de las exportaciones mineras y el oro el 27,5%, mientras que el "
                "zinc, la plata y el plomo sumaron en conjunto el 14,6%.\n")
            .find("error: shares of the exports add up to more than 100%") != std::string::npos);
}

TEST_CASE("share-over-100: shares told 'respectively' are each of their own place", "[check][arithmetic]") {
  CHECK(lint_es("En la provincia de Huancayo, Huam\xC3\xA1n obtiene el 38,2 % de los votos v\xC3\xA1lidos, mientras "
                "que en Chanchamayo y Satipo es Poma quien lidera, con el 33,6 % y el 35,1 %, respectivamente.\n")
            .empty());
  CHECK(lint("In Huancayo, Huaman took 38.2% of the vote, while Poma led in Chanchamayo and Satipo with 33.6% and "
             "35.1% respectively.\n")
            .empty());
}

TEST_CASE("share-over-100: after a verb of composition any noun is a whole", "[check][arithmetic]") {
  const std::string text =
      "Pretrial detainees made up 71 percent of the February population, inmates serving sentences 18 percent and "
      "those held for other agencies 14 percent.\n";
  CHECK(lint(text).find("error: shares of the population add up to more than 100%: 71% + 18% + 14% = 103% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("14 percent"), 2, "11");
  CHECK(lint(right).empty());
  // A share of another noun, or a part of the part, is no share of it.
  CHECK(lint("Women made up 40% of the workforce and 60% of the managers.\n").empty());
  CHECK(lint("Women made up 40% of the workforce, and 80% of them work part time.\n").empty());
}

TEST_CASE("share-over-100: an opening 'Of all general cargo,' or 'De toda la mercancía general,' names the whole",
          "[check][arithmetic]") {
  CHECK(lint_es("De toda la mercanc\xC3\xAD" "a general, el 62% viaj\xC3\xB3 en contenedor, el 31% en carga rodada y el "
                "14% como carga convencional.\n")
            .find("error: shares of \"toda la mercanc\xC3\xAD" "a general\" add up to more than 100%: 62% + 31% + 14% "
                  "= 107% [share-over-100]") != std::string::npos);
  CHECK(lint_es("De toda la mercanc\xC3\xAD" "a general, el 55% viaj\xC3\xB3 en contenedor, el 31% en carga rodada y el "
                "14% como carga convencional.\n")
            .empty());
  CHECK(lint("Of all general cargo, 62% travelled in containers, 31% as ro-ro freight and 14% as breakbulk.\n")
            .find("a.txt:1:77: error: shares of the cargo add up to more than 100%: 62% + 31% + 14% = 107% "
                  "[share-over-100]") == 0);
  // People may be counted in more than one share.
  CHECK(lint_es("De los encuestados, el 62% usa Facebook y el 55% Instagram.\n").empty());
}

TEST_CASE("share-over-100: a whole named by a noun and a modifier ('del valor exportado', 'of mining exports')",
          "[check][arithmetic]") {
  CHECK(lint_es("China tiene el 48% del valor exportado, Estados Unidos el 32% y Jap\xC3\xB3n el 31%.\n")
            .find("error: shares of the exports add up to more than 100%: 48% + 32% + 31% = 111% [share-over-100]") !=
        std::string::npos);
  CHECK(lint_es("China tiene el 48% del valor exportado, Estados Unidos el 32% y Jap\xC3\xB3n el 19%.\n").empty());
  // With the remainder in the next sentence, beside another whole in passing ("el principal mercado").
  CHECK(lint_es("China fue el principal mercado, con el 28% del valor exportado, seguida por Estados Unidos (22%), "
                "Reino Unido (17%), Brasil (13%) y Jap\xC3\xB3n (11%). El 15% restante se distribuy\xC3\xB3 entre "
                "m\xC3\xA1s de 60 pa\xC3\xAD" "ses.\n")
            .find("error: shares of the exports with the remainder add up to more than 100%: 28% + 22% + 17% + 13% + "
                  "11% + 15% = 106% [share-over-100]") != std::string::npos);
  CHECK(lint_es("China fue el principal mercado, con el 28% del valor exportado, seguida por Estados Unidos (22%), "
                "Reino Unido (17%), Brasil (13%) y Jap\xC3\xB3n (11%). El 9% restante se distribuy\xC3\xB3 entre "
                "m\xC3\xA1s de 60 pa\xC3\xAD" "ses.\n")
            .empty());
}

TEST_CASE("share-over-100: a sentence of shares alone goes on with the list of the sentence before", "[check][arithmetic]") {
  const std::string text = "Buses accounted for 57 per cent of boardings. Light rail carried 36 per cent, the ferry "
                           "eight per cent and the on-demand service three per cent.\n";
  CHECK(lint(text).find("error: shares of the trips add up to more than 100%: 57% + 36% + 8% + 3% = 104% "
                        "[share-over-100]") != std::string::npos);
  // Reported once, though two readers see the list.
  CHECK(lint("Ticket revenue made up 61 per cent of turnover last season. Hospitality accounted for 22 per cent, "
             "catering 12 per cent and parking 9 per cent.\n")
            .find("[share-over-100]", lint("Ticket revenue made up 61 per cent of turnover last season. Hospitality "
                                           "accounted for 22 per cent, catering 12 per cent and parking 9 per cent.\n")
                                          .find("[share-over-100]") +
                                          1) == std::string::npos);
  std::string right = text;
  right.replace(right.find("57"), 2, "53");
  CHECK(lint(right).empty());
  // A change is no share of the list.
  CHECK(lint("Buses accounted for 57 per cent of boardings. Light rail rose 36 per cent and the ferry 18 per "
             "cent.\n")
            .empty());
}

TEST_CASE("share-over-100: a whole after a verb of composition and a time told as a possessive ('of last year's completions')",
          "[check][arithmetic]") {
  CHECK(lint("Scheme houses accounted for 57 per cent of last year's completions, apartments for 16 per cent and "
             "rural houses for 31 per cent.\n")
            .find("error: shares of the completions add up to more than 100%: 57% + 16% + 31% = 104% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint("Scheme houses accounted for 57 per cent of last year's completions, apartments for 16 per cent and "
             "rural houses for 28 per cent.\n")
            .empty());
}

TEST_CASE("share-over-100: a list row may give the share's amount in brackets after it", "[check][arithmetic]") {
  const std::string list =
      "Por destino, la distribuci\xC3\xB3n del valor exportado fue la siguiente:\n\n"
      "- China: 17% (US$ 42 millones).\n- Estados Unidos: 15%.\n- Reino Unido: 12%.\n- Brasil: 11%.\n"
      "- Resto de los destinos: 51%.\n";
  CHECK(lint_es(list).find("error: the listed shares add up to more than 100%: 17% + 15% + 12% + 11% + 51% = 106% "
                           "[share-over-100]") != std::string::npos);
  std::string right = list;
  right.replace(right.find("51%"), 3, "45%");
  CHECK(lint_es(right).empty());
}

TEST_CASE("share-over-100: a ranking from the one share of a noun ('Le siguen', 'seguida por') closed by the remainder",
          "[check][arithmetic]") {
  const std::string text =
      "Estados Unidos se mantiene como el principal mercado emisor, con el 29% de los visitantes extranjeros. Le "
      "siguen los pa\xC3\xAD" "ses de Europa, con 24%; Chile y Argentina, con 17% entre ambos; Brasil, con 12%; y "
      "Asia, con 9%. El 15% restante corresponde a otros pa\xC3\xAD" "ses.\n";
  CHECK(lint_es(text).find("error: shares of the visitantes with the remainder add up to more than 100%: 29% + 24% + "
                           "17% + 12% + 9% + 15% = 106% [share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("El 15%"), 6, "El 9%");
  CHECK(lint_es(right).empty());
  // No remainder: the noun of one share names no whole.
  std::string open = text;
  open.replace(open.find(" El 15% restante corresponde a otros pa"), 40, "");
  CHECK(lint_es(open).find("[share-over-100]") == std::string::npos);
}

TEST_CASE("share-over-100: Spanish 'supuso el N % de las botellas vendidas' names the whole by its first noun",
          "[check][arithmetic]") {
  CHECK(lint_es("Del total, el tinto supuso el 68 % de las botellas vendidas, el blanco el 19 % y el rosado el 17 %.\n")
            .find("error: shares of the botellas add up to more than 100%: 68% + 19% + 17% = 104% [share-over-100]") !=
        std::string::npos);
  CHECK(lint_es("Del total, el tinto supuso el 68 % de las botellas vendidas, el blanco el 19 % y el rosado el 13 %.\n")
            .empty());
}

TEST_CASE("share-over-100: shares allotted to takers named by a count ('allocated to the 23 trawlers')",
          "[check][arithmetic]") {
  const std::string text = "Of the national mackerel quota, 71 per cent is allocated to the 23 refrigerated seawater "
                           "trawlers, 19 per cent goes to the polyvalent fleet and the remaining {} per cent is held "
                           "for inshore boats.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "16"))
            .find("error: shares of the national mackerel quota add up to more than 100%: 71% + 19% + 16% = 106% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "10")).empty());
  // Classes told by a figure beside classes told without one may overlap.
  CHECK(lint("Of those who waited more than 12 hours, 58 per cent were aged over 75, 31 per cent were women and 20 "
             "per cent lived alone.\n")
            .empty());
}

TEST_CASE("share-over-100: two shares each at a named place, after a colon ('58 per cent are enrolled at')",
          "[check][arithmetic]") {
  const std::string text = "The secondary split is lopsided too: of the 1,670 secondary students, 58 per cent are "
                           "enrolled at the older Marrangup Secondary College and {} per cent at Northern Bays "
                           "College.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "49"))
            .find("a.txt:1:141: error: shares of the 1,670 secondary students add up to more than 100%: 58% + 49% = "
                  "107% [share-over-100]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "42")).empty());
  // Two places told "in" may nest: no list of two.
  CHECK(lint("Of the 1,670 students, 58 per cent live in Perth and 49 per cent in Western Australia.\n").empty());
}

TEST_CASE("share-over-100: 'Of the stores slated to close' and three shares each placed by a name",
          "[check][arithmetic]") {
  const std::string text =
      "Of the stores slated to close, 46% are in the Midwest, 31% are in the Northeast and 29% are in the South, "
      "the company said.\n";
  CHECK(lint(text).find("a.txt:1:85: error: shares of the stores slated to close add up to more than 100%: 46% + "
                        "31% + 29% = 106% [share-over-100]") == 0);
  std::string fits = text;
  fits.replace(fits.find("29%"), 3, "23%");
  CHECK(lint(fits).empty());
  // Not places: one may be in favour and in the union.
  CHECK(lint("Of the respondents, 46% are in favour, 31% are in the union and 29% are from abroad.\n").empty());
  // Two shares are too few to name a list.
  CHECK(lint("Of the 87 stores, 56% are in the Midwest and 51% in the South.\n").empty());
}

TEST_CASE("share-over-100: 'Of patients who presented ...' and shares each classed with 'as' (the first with its verb)",
          "[check][arithmetic]") {
  const std::string text =
      "Of patients who presented in the March quarter, 1 per cent were triaged as category 1, 14 per cent as "
      "category 2, 37 per cent as category 3, 41 per cent as category 4 and 13 per cent as category 5.\n";
  CHECK(lint(text).find("error: shares of patients who presented in the March quarter add up to more than 100%: "
                        "1% + 14% + 37% + 41% + 13% = 106% [share-over-100]") != std::string::npos);
  std::string fits = text;
  fits.replace(fits.find("13 per cent"), 11, "7 per cent");
  CHECK(lint(fits).empty());
  // Classes a firm may be in at once are not told with "as".
  CHECK(lint("Of the firms surveyed, 52% invested in software, 31% in machinery and 24% in training.\n").empty());
}

TEST_CASE("share-over-100: 'expects China to take 31 per cent of the region's fruit, Japan 24 per cent, ...'",
          "[check][arithmetic]") {
  const std::string text =
      "It expects China to take 31 per cent of the region's fruit this season, Japan 24 per cent, Europe 27 per "
      "cent, the rest of Asia 18 per cent and North America 12 per cent.\n";
  CHECK(lint(text).find("error: shares of the fruit add up to more than 100%: 31% + 24% + 27% + 18% + 12% = 112% "
                        "[share-over-100]") != std::string::npos);
  std::string fits = text;
  fits.replace(fits.find("North America 12"), 16, "North America 0");
  fits.replace(fits.find("Europe 27"), 9, "Europe 15");
  CHECK(lint(fits).empty());
  // A time series of one taker: no shares of one whole.
  CHECK(lint("Housing took 41% of household income in 2020, 44% in 2022 and 47% in 2024.\n").empty());
}

TEST_CASE("share-over-100: with the remainder, 'raised' and 'contributed' tell where a share came from",
          "[check][arithmetic]") {
  CHECK(lint("A grant covered 45 per cent of the cost, the club's own fundraising raised 30 per cent, the county "
             "board contributed 15 per cent and the Leader programme provided the remaining 18 per cent.\n")
            .find("error: shares with the remainder add up to more than 100%: 45% + 30% + 15% + 18% = 108% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint("A grant covered 45 per cent of the cost, the club's own fundraising raised 30 per cent, the county "
             "board contributed 15 per cent and the Leader programme provided the remaining 10 per cent.\n")
            .empty());
  // Without the remainder, "raised 30 per cent" may be a change.
  CHECK(lint("A grant covered 45 per cent of the cost, the club raised prices 30 per cent, the county board "
             "contributed 15 per cent and the Leader programme provided 18 per cent.\n")
            .empty());
}

TEST_CASE("share-over-100: 'accounted for N% of those travelers', 'Del volumen exportado', 'el resto ..., el N%'",
          "[check][arithmetic]") {
  CHECK(lint("Domestic routes accounted for 71 percent of those travelers, transatlantic flights for 18 percent and "
             "Latin American routes for 16 percent.\n")
            .find("error: shares of the travelers add up to more than 100%: 71% + 18% + 16% = 105% "
                  "[share-over-100]") != std::string::npos);
  // "of those" after a share with no verb of composition: a part of a part.
  CHECK(lint("Of the 500 respondents, 40% were women, 35% were men over 60 and 60% of those were retired.\n").empty());
  CHECK(lint_lang("Del volumen exportado en el a\xC3\xB1o cafetero, el 62% tuvo como destino Estados Unidos, el 24% "
                  "la Uni\xC3\xB3n Europea y el 19% Jap\xC3\xB3n.\n",
                  "es")
            .find("error: shares of \"volumen exportado en el a\xC3\xB1o cafetero\" add up to more than 100%: 62% + "
                  "24% + 19% = 105% [share-over-100]") != std::string::npos);
  CHECK(lint_lang("Del volumen exportado en el a\xC3\xB1o cafetero, el 62% tuvo como destino Estados Unidos, el 24% "
                  "la Uni\xC3\xB3n Europea y el 14% Jap\xC3\xB3n.\n",
                  "es")
            .empty());
  CHECK(lint_lang("Por categor\xC3\xAD" "as, los hoteles de cuatro estrellas concentraron el 47% de las "
                  "pernoctaciones, los de tres estrellas el 36% y el resto de categor\xC3\xAD" "as, incluidos hostales "
                  "y pensiones, el 22%.\n",
                  "es")
            .find("error: shares of the pernoctaciones add up to more than 100%: 47% + 36% + 22% = 105% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint_lang("Por categor\xC3\xAD" "as, los hoteles de cuatro estrellas concentraron el 47% de las "
                  "pernoctaciones, los de tres estrellas el 36% y el resto de categor\xC3\xAD" "as, incluidos hostales "
                  "y pensiones, el 17%.\n",
                  "es")
            .empty());
}

TEST_CASE("share-over-100: 'made up 46 percent of them', and its list is no breakdown of 46%", "[check][arithmetic]") {
  const std::string text =
      "The center handled 212,400 calls in 2025. Medical emergencies made up 46 percent of them, police calls 38 "
      "percent and fire calls 9 percent, while the remaining 11 percent were hang-ups.\n";
  CHECK(lint(text).find("error: shares of them add up to more than 100%: 46% + 38% + 9% + 11% = 104% "
                        "[share-over-100]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("remaining 11"), 12, "remaining 7");
  // (A figure before "of them" is the first part, not the total of the
  // parts after it.)
  CHECK(lint(right).empty());
}

TEST_CASE("share-over-100: 'now' is the story's time, which the other shares of the list leave understood",
          "[check][arithmetic]") {
  CHECK(lint("Primary schools now account for 58 per cent of the district roll, the intermediate for 14 per cent "
             "and the two secondary schools for 31 per cent.\n")
            .find("error: shares of the roll add up to more than 100%: 58% + 14% + 31% = 103% [share-over-100]") !=
        std::string::npos);
  CHECK(lint("Primary schools now account for 58 per cent of the district roll, the intermediate for 14 per cent "
             "and the two secondary schools for 28 per cent.\n")
            .empty());
  // Another time is another list.
  CHECK(lint("Primary schools now account for 58 per cent of the district roll, against 52 per cent of the roll "
             "in 2016.\n")
            .empty());
}

TEST_CASE("share-over-100: shares of an opening 'Of ...,' that 'come from' places, 'elsewhere' and 'overseas'",
          "[check][arithmetic]") {
  CHECK(lint("Of this year's intake, 52 per cent come from the North West, 34 per cent from elsewhere in the UK and "
             "20 per cent from overseas.\n")
            .find("error: shares of this year's intake add up to more than 100%: 52% + 34% + 20% = 106% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint("Of this year's intake, 52 per cent come from the North West, 28 per cent from elsewhere in the UK and "
             "20 per cent from overseas.\n")
            .empty());
  // Not each told where from: no list of one whole.
  CHECK(lint("Of this year's intake, 52 per cent come from the North West, 34 per cent are mature students and 20 "
             "per cent from overseas.\n")
            .empty());
}

TEST_CASE("share-over-100: an opening count of votes ('De los 94.520 votos válidos,') is the whole of the shares",
          "[check][arithmetic]") {
  CHECK(lint_es("Sobre los 94.520 votos v\xC3\xA1lidos, que suman los de los candidatos y el voto en blanco, "
                "Pati\xC3\xB1o obtuvo el 43,6%, Zuluaga el 41,9%, Lozada el 13,2% y el voto en blanco el 5,2%.\n")
            .find("43.6% + 41.9% + 13.2% + 5.2% = 103.9% [share-over-100]") != std::string::npos);
  CHECK(lint("Of the 94,520 valid votes, Patino won 43.6%, Zuluaga 41.9%, Lozada 13.2% and blank ballots 5.2%.\n")
            .find("error: shares of the 94,520 valid votes add up to more than 100%: 43.6% + 41.9% + 13.2% + 5.2% = "
                  "103.9% [share-over-100]") != std::string::npos);
  CHECK(lint("Of the 94,520 valid votes, Patino won 39.7%, Zuluaga 41.9%, Lozada 13.2% and blank ballots 5.2%.\n")
            .empty());
  // A count of another whole ("Of the 94,520 voters,") divides nothing here.
  CHECK(lint("Of the 94,520 voters, 43.6% were women, 41.9% were under 40 and 23% lived in the town.\n").empty());
}

TEST_CASE("share-over-100: 'Of this,' opens shares of the whole the sentence before tells", "[check][arithmetic]") {
  CHECK(lint("Total area sown reached 1,112 lakh hectares. Of this, rice accounted for 41 per cent, oilseeds 22 per "
             "cent, coarse cereals 17 per cent, pulses 13 per cent and cotton 12 per cent.\n")
            .find("error: shares of the whole told before add up to more than 100%: 41% + 22% + 17% + 13% + 12% = "
                  "105% [share-over-100]") != std::string::npos);
  // 102% is within the rounding of five whole percentages.
  CHECK(lint("Total area sown reached 1,112 lakh hectares. Of this, rice accounted for 41 per cent, oilseeds 19 per "
             "cent, coarse cereals 17 per cent, pulses 13 per cent and cotton 12 per cent.\n")
            .empty());
}

TEST_CASE("share-over-100: shares of a named group each told 'from' where it came ('el 21% desde el interior')",
          "[check][arithmetic]") {
  CHECK(lint_es("El relevamiento, hecho sobre 6.400 encuestas, muestra que el 62% de los turistas lleg\xC3\xB3 desde "
                "el \xC3\x81rea Metropolitana, el 21% desde el interior, el 14% desde otras provincias y el 6% "
                "desde el exterior.\n")
            .find("error: shares of \"los turistas\" add up to more than 100%: 62% + 21% + 14% + 6% = 103% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint("In all, 62% of visitors came from the city, 21% from the rest of the state, 14% from other states and "
             "6% from abroad.\n")
            .find("add up to more than 100%: 62% + 21% + 14% + 6% = 103% [share-over-100]") != std::string::npos);
  CHECK(lint("In all, 62% of visitors came from the city, 21% from the rest of the state, 11% from other states and "
             "6% from abroad.\n")
            .empty());
  // A share that is not told where from: no list of origins.
  CHECK(lint("In all, 62% of visitors came from the city, 41% were women and 14% came from other states.\n").empty());
}

TEST_CASE("share-over-100: 'Of those' and a clause of who they are divide them", "[check][arithmetic]") {
  CHECK(lint("Of those who waited more than 12 hours, 58 per cent were aged over 75, 31 per cent were aged 65 to 74 "
             "and 17 per cent were under 65.\n")
            .find("error: shares of those who waited more than 12 hours add up to more than 100%: 58% + 31% + 17% = "
                  "106% [share-over-100]") != std::string::npos);
  CHECK(lint("Of those who waited more than 12 hours, 52 per cent were aged over 75, 31 per cent were aged 65 to 74 "
             "and 17 per cent were under 65.\n")
            .empty());
  // Classes told by a figure beside classes told without one are of two
  // things (age and sex) and may overlap.
  CHECK(lint("Of those surveyed, 60 per cent were women, 25 per cent were over 50 and 20 per cent lived alone.\n")
            .empty());
  CHECK(lint("Of those, 60 per cent were women, 25 per cent were over 50 and 20 per cent lived alone.\n").empty());
}

TEST_CASE("share-over-100: the grades of one rating divide what is rated", "[check][arithmetic]") {
  CHECK(lint("The ministry rated topsoil moisture on cropland at 1 per cent surplus, 21 per cent adequate, 38 per "
             "cent short and 46 per cent very short, with the west in the worst shape.\n")
            .find("error: shares of one rating add up to more than 100%: 1% + 21% + 38% + 46% = 106% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint("Corn was rated 5% very poor, 10% poor, 25% fair, 45% good and 20% excellent.\n")
            .find("5% + 10% + 25% + 45% + 20% = 105%") != std::string::npos);
  CHECK(lint("Corn was rated 5% very poor, 10% poor, 25% fair, 45% good and 15% excellent.\n").empty());
  // No rating verb, or no grade after a share.
  CHECK(lint("Moisture was 1 per cent surplus, 21 per cent adequate, 38 per cent short and 46 per cent very short.\n")
            .empty());
  CHECK(lint("Analysts rated the stock 40% higher, 30% lower and 50% flat.\n").empty());
}

TEST_CASE("share-over-100: shares of calls, emissions and shipments", "[check][arithmetic]") {
  CHECK(lint("The day shift handled 41% of the year's calls, the evening shift 38% and the overnight shift 27%.\n")
            .find("error: shares of the calls add up to more than 100%: 41% + 38% + 27% = 106% [share-over-100]") !=
        std::string::npos);
  CHECK(lint("The day shift handled 41% of the year's calls, the evening shift 32% and the overnight shift 27%.\n")
            .empty());
  CHECK(lint("Transport produced 41% of emissions, industry 38% and homes 27%.\n")
            .find("shares of the emissions add up to more than 100%") != std::string::npos);
}

TEST_CASE("share-over-100: the stances of one poll question, for, against and undecided", "[check][arithmetic]") {
  CHECK(lint("41% of voters said they approved of the way he is handling the job, while 54% disapproved and 8% were "
             "unsure.\n")
            .find("error: shares of one poll question add up to more than 100%: 41% + 54% + 8% = 103% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint("41% of voters said they approved of the way he is handling the job, while 51% disapproved and 8% were "
             "unsure.\n")
            .empty());
  // A hedged share may be less: "Some 41%".
  CHECK(lint("Some 41% of voters said they approved, while 54% disapproved and 8% were unsure.\n").empty());
  // Two stances only, or a stance told twice: no one question.
  CHECK(lint("58% approved of the plan and 54% approved of the budget, while 8% were unsure.\n").empty());
}

TEST_CASE("share-over-100: the shares of a question of one answer", "[check][arithmetic]") {
  const std::string text =
      "Respondents were also asked to name the single spending area they would cut first if their income fell by "
      "\xC2\xA3" "100 a month. Eating out was the most common answer, chosen by 41%, followed by holidays at 27%, "
      "clothing at 19% and streaming at {}%.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "17"))
            .find("error: shares of one answer each add up to more than 100%: 41% + 27% + 19% + 17% = 104% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "13")).empty());
  CHECK(lint_es("Ante la pregunta del principal problema, con una sola respuesta posible, 34% mencion\xC3\xB3 la "
                "inseguridad, 27% la falta de agua, 16% los baches, 11% el desempleo, 9% la corrupci\xC3\xB3n y 8% "
                "otros temas.\n")
            .find("34% + 27% + 16% + 11% + 9% + 8% = 105%") != std::string::npos);
  // Without a question of one answer, shares of several answers may add up to more.
  CHECK(lint("Respondents were asked which areas they would cut. Eating out was chosen by 41%, holidays by 27%, "
             "clothing by 19% and streaming by 17%.\n")
            .empty());
}

TEST_CASE("share-over-100: 'of those students,' opening the clause after a semicolon", "[check][arithmetic]") {
  CHECK(lint("The university's freshman class of 5,320 was its largest ever; of those students, 62% came from "
             "in-state, 27% from other states and 14% from other countries.\n")
            .find("error: shares of those students add up to more than 100%: 62% + 27% + 14% = 103% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint("The university's freshman class of 5,320 was its largest ever; of those students, 62% came from "
             "in-state, 24% from other states and 14% from other countries.\n")
            .empty());
}

TEST_CASE("share-over-100: 'Of the money ...,' then shares told the use each went to", "[check][arithmetic]") {
  const std::string text = "Of the money distributed so far, 46 percent went to housing assistance, including rent and "
                           "temporary lodging, {} percent to debris removal, 19 percent to small-business grants, and "
                           "11 percent to mental health services.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "28"))
            .find("error: shares of the money distributed so far add up to more than 100%: 46% + 28% + 19% + 11% = "
                  "104% [share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "24")).empty());
  // The first share must say with its verb that it went to a use.
  CHECK(lint("Of the money distributed so far, 46 percent to housing assistance, 28 percent to debris removal, 19 "
             "percent to small-business grants, and 11 percent to mental health services.\n")
            .empty());
}

TEST_CASE("share-over-100: shares each holder holds ('holding 62.7 per cent of subscriptions')",
          "[check][arithmetic]") {
  const std::string text = "Figures show market leader Jambo Mobile holding {} per cent of subscriptions at the end of "
                           "March, Tembo 31.4 per cent and Pwani Mobile 8.9 per cent.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "62.7"))
            .find("error: shares of the subscriptions add up to more than 100%: 62.7% + 31.4% + 8.9% = 103% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "59.7")).empty());
  // Set against each other, with the remainder: read by the remainder's reader.
  CHECK(lint("Tausi holds 34.2 per cent of the country's mobile subscriptions, against 47.5 per cent for Leopard "
             "Networks and 16.8 per cent for Jambo Mobile, with smaller operators accounting for the remaining 3.9 "
             "per cent.\n")
            .find("error: shares with the remainder add up to more than 100%: 34.2% + 47.5% + 16.8% + 3.9% = 102.4% "
                  "[share-over-100]") != std::string::npos);
}

TEST_CASE("share-over-100: shares each carrier flew of all passengers", "[check][arithmetic]") {
  const std::string text = "Tasman Link flew {} per cent of all passengers, Bluewing Airlines 37 per cent and the "
                           "low-cost carrier Reefjet 21 per cent.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "48"))
            .find("error: shares of the passengers add up to more than 100%: 48% + 37% + 21% = 106% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "42")).empty());
}

TEST_CASE("share-over-100: Spanish 'el N% de lo cosechado', then the other shares each after a semicolon",
          "[check][arithmetic]") {
  const std::string text = "Por variedades, el cabernet sauvignon represent\xC3\xB3 el 36% de lo cosechado; la "
                           "pa\xC3\xADs, el 24%; el carm\xC3\xA9n\xC3\xA8re, el 17%; el merlot, el 12%; el "
                           "sauvignon blanc, el 9%, y otras cepas, el {}%.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "6"))
            .find("error: shares of the production add up to more than 100%: 36% + 24% + 17% + 12% + 9% + 6% = "
                  "104% [share-over-100]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "2")).empty());
}

TEST_CASE("share-over-100: a remainder opening its own sentence ('El resto de mercados, ..., aport\xC3\xB3 el N %')",
          "[check][arithmetic]") {
  const std::string text = "El mercado nacional sigue siendo el primero, con el 44 % de los viajeros. Le siguen el "
                           "Reino Unido, con el 19 %; Alemania, con el 12 %; Francia, con el 9 %, y los "
                           "Pa\xC3\xAD" "ses Bajos, con el 6 %. El resto de mercados, encabezados por "
                           "B\xC3\xA9lgica, aport\xC3\xB3 el {} % de los clientes.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "14"))
            .find("error: shares of the viajeros with the remainder add up to more than 100%: 44% + 19% + 12% + 9% "
                  "+ 6% + 14% = 104% [share-over-100]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "10")).empty());
}

TEST_CASE("share-over-100: an allocation told by where each share goes ('N% of the W go to A, M% to B')",
          "[check][arithmetic]") {
  const std::string text = "Under the allocation approved Tuesday, 45% of the 4,100 chinook go to treaty tribes, 35% "
                           "to the commercial fleet and {}% to sport anglers.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "28"))
            .find("error: shares of \"the 4,100 chinook\" add up to more than 100%: 45% + 35% + 28% = 108% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "20")).empty());
  // "to" after a verb of wanting opens no allocation: the shares may overlap.
  CHECK(lint("About 45% of residents want to see more buses, 35% to see more trains and 28% to see more bike "
             "lanes.\n")
            .empty());
}

TEST_CASE("share-over-100: 'los hoteles concentraron el 52 % de las pernoctaciones, los apartamentos el 31 %'",
          "[check][arithmetic]") {
  const std::string text = "Por tipo de alojamiento, los hoteles concentraron el 52 % de las pernoctaciones, los "
                           "apartamentos tur\xC3\xADsticos el 31 %, las casas rurales el 14 % y los campings el "
                           "{} %.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "9"))
            .find("error: shares of the pernoctaciones add up to more than 100%: 52% + 31% + 14% + 9% = 106% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "3")).empty());
}

TEST_CASE("share-over-100: shares told where each lives ('46% of them farm in Co Tipperary, 38% in ...')",
          "[check][arithmetic]") {
  const std::string text = "Glenmore now has 2,640 milk suppliers. Some 46% of them farm in Co Tipperary, 38% in Co "
                           "Kilkenny and {}% in Co Waterford.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "21"))
            .find("a.txt:1:102: error: shares of \"them\" add up to more than 100%: 46% + 38% + 21% = 105% "
                  "[share-over-100]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "16")).empty());
  // "in" after no verb of living, or before no name: no places.
  CHECK(lint("Some 46% of members take part in sports, 38% in music and 21% in drama.\n").empty());
  CHECK(lint("Some 46% of members live in poverty, 38% in debt and 21% in rented homes.\n").empty());
}

TEST_CASE("share-over-100: a share added in the next sentence ('a further 9%') after a ranked list of the intake",
          "[check][arithmetic]") {
  const std::string text = "India remained the largest source of new overseas students, accounting for 34% of the "
                           "semester-one intake, followed by China at 27%, Nepal at 16%, Vietnam at 11% and the "
                           "Philippines at 8%. Students from Colombia and Brazil together made up a further {}%, the "
                           "university said.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "9"))
            .find("error: shares of the intake add up to more than 100%: 34% + 27% + 16% + 11% + 8% + 9% = 105% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "4")).empty());
}

TEST_CASE("share-over-100: a Spanish ranking in the past ('Le siguieron') closed by the remainder",
          "[check][arithmetic]") {
  const std::string text = "Estados Unidos sigui\xC3\xB3 como el principal comprador, con el 41 % de los "
                           "vol\xC3\xBAmenes enviados en febrero. Le siguieron la Uni\xC3\xB3n Europea, con el "
                           "24 %; Jap\xC3\xB3n, con el 9 %, y Canad\xC3\xA1, con el 7 %. El {} % restante se "
                           "reparti\xC3\xB3 entre Corea del Sur y Australia.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "25"))
            .find("add up to more than 100%: 41% + 24% + 9% + 7% + 25% = 106% [share-over-100]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "19")).empty());
}

TEST_CASE("share-over-100: 'Of this year's entrants' opens shares named by where each came from",
          "[check][arithmetic]") {
  const std::string text = "Of this year's entrants, {} per cent came from state schools, 19 per cent from independent "
                           "schools and 14 per cent from colleges.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "71"))
            .find("error: shares of the entrants add up to more than 100%: 71% + 19% + 14% = 104% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "67")).empty());
  // Shares after the words that name no place each fall in: no list.
  CHECK(lint("Of this year's entrants, 71 per cent were women, 19 per cent were over 25 and 14 per cent were "
             "international students.\n")
            .empty());
}

TEST_CASE("share-over-100: 'with N per cent coming from' after a share of this year's whole named by its source",
          "[check][arithmetic]") {
  const std::string text = "Students from state schools make up {} per cent of this year's UK entrants, with 19 per "
                           "cent coming from independent schools and 14 per cent arriving through further education "
                           "colleges, access courses and other routes.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "71"))
            .find("error: shares of the entrants add up to more than 100%: 71% + 19% + 14% = 104% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "67")).empty());
  // The first share names no source: a share "coming from" another place
  // may cut across it.
  CHECK(lint("State schools make up 71 per cent of entrants, with 60 per cent coming from the north.\n").empty());
}

TEST_CASE("share-over-100: Spanish winners' shares ('ganó el 58% de las casillas', 'se impuso en el 58%')",
          "[check][arithmetic]") {
  const std::string text = "La coalici\xC3\xB3n ganadora se impuso en el 58% de las casillas instaladas; Ciudadanos "
                           "Unidos gan\xC3\xB3 en el 31%, concentradas en la sierra, y el Partido Verde Regional se "
                           "llev\xC3\xB3 el {}%, casi todas en la zona ribere\xC3\xB1" "a.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "15"))
            .find("error: shares of the casillas add up to more than 100%: 58% + 31% + 15% = 104% "
                  "[share-over-100]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "11")).empty());
  // A share of another whole after the first is no part of the list.
  CHECK(lint_es("El partido obtuvo el 54% de los votos y el 60% de los esca\xC3\xB1os.\n").empty());
}

TEST_CASE("share-over-100: shares of EBITDA, funding, a levy, capacity and passengers", "[check][arithmetic]") {
  const std::string text = "Metals and minerals generated 46% of adjusted EBITDA, energy 38% and agriculture {}%, the "
                           "company said.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "24"))
            .find("a.txt:1:82: error: shares of the EBITDA add up to more than 100%: 46% + 38% + 24% = 108% "
                  "[share-over-100]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "16")).empty());
  CHECK(lint("Homeowners will carry 58 percent of the levy in 2027, commercial and industrial property 36 percent "
             "and apartment buildings 11 percent.\n")
            .find("error: shares of the levy add up to more than 100%: 58% + 36% + 11% = 105%") != std::string::npos);
  CHECK(lint("Flights to mainland China carried 38 per cent of February's passengers, Southeast Asia 27 per cent, "
             "Northeast Asia 22 per cent and long-haul destinations 19 per cent.\n")
            .find("error: shares of the passengers add up to more than 100%") != std::string::npos);
  CHECK(lint_es("Por negocios, las redes aportaron el 41% del ebitda; las renovables, el 38%; la comercializaci"
                "\xC3\xB3n, el 19%, y la generaci\xC3\xB3n convencional, el 2%.\n")
            .empty());
}

TEST_CASE("share-over-100: names each accounting for a share of a whole left understood", "[check][arithmetic]") {
  const std::string text = "By region of origin, South Asia accounted for 38 per cent, China for 29 per cent, "
                           "South-East Asia for {} per cent and the rest of the world for 15 per cent.\n";
  const std::string out = lint(fmt::format(fmt::runtime(text), "24"));
  CHECK(out.find("a.txt:1:145: error: shares accounted for add up to more than 100%: 38% + 29% + 24% + 15% = 106% "
                 "[share-over-100]") == 0);
  CHECK(out.find("a.txt:1:47: note: another share of the same whole") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "18")).empty());
  // Two times, another whole, a change between, or no verb of accounting.
  CHECK(lint("Exports accounted for 38 per cent in 2024, for 45 per cent in 2025 and for 52 per cent this year.\n")
            .empty());
  CHECK(lint("China accounted for 38 per cent, up from 29 per cent, and India for 45 per cent.\n").empty());
  CHECK(lint("South Asia voted for 38 per cent, China for 29 per cent, Japan for 24 per cent and Peru for 15 per "
             "cent.\n")
            .empty());
  CHECK(lint("South Asia accounted for 38 per cent, China for 29 per cent and Japan for 44 per cent, "
             "respectively.\n")
            .empty());
}

TEST_CASE("share-over-100: payers' shares of a cost and a share paid through something", "[check][arithmetic]") {
  const std::string text = "Under the financing plan, the city is covering 48 percent of the cost through bonds backed "
                           "by a hotel tax, the team is paying 34 percent and the state is contributing {} percent "
                           "through a tourism infrastructure grant.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "22"))
            .find("a.txt:1:168: error: shares of the cost add up to more than 100%: 48% + 34% + 22% = 104% "
                  "[share-over-100]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "18")).empty());
  // The costs of two things are two wholes.
  CHECK(lint("The state pays 80 percent of the cost of drugs. Patients pay 30 percent of the cost of visits.\n")
            .empty());
  CHECK(lint("Labor accounts for 60 percent of the cost and materials for 45 percent of the cost of the roof.\n")
            .empty());
  CHECK_FALSE(lint("The state pays 80 percent of the cost of drugs and patients pay 30 percent of the cost of drugs.\n")
                  .empty());
  // A phrase after the share that names another whole.
  CHECK(lint("The city is covering 48 percent of the cost, the team 34 percent and the state 22 percent through a "
             "share of its budget.\n")
            .empty());
}

TEST_CASE("share-over-100: a proportion within a group, place by place, goes on with no list", "[check][arithmetic]") {
  CHECK(lint_es("Las mujeres representaron el 54% de los postulantes. En Ciencias de la Salud, la proporci\xC3\xB3n "
                "de mujeres entre los ingresantes lleg\xC3\xB3 al 68%, mientras que en Ingenier\xC3\xAD" "as fue de "
                "apenas 29%.\n")
            .empty());
  CHECK(lint("Women made up 54% of applicants. In medicine, the proportion of women among entrants reached 68%, while "
             "in engineering it was 29%.\n")
            .empty());
  // A list that goes on still adds up.
  CHECK_FALSE(lint("Buses accounted for 57 per cent of boardings. Light rail carried 36 per cent, the ferry 9 per cent "
                   "and the on-demand service three per cent.\n")
                  .empty());
}

TEST_CASE("share-over-100: one verb that puts each share of a whole to a cause", "[check][arithmetic]") {
  const std::string text = "Of the minutes of delay recorded, Network Rail attributed 46 per cent to infrastructure "
                           "problems, 31 per cent to causes within the operator's control, including crew shortages, "
                           "and {} per cent to external factors such as severe weather.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "29"))
            .find("a.txt:1:182: error: shares attributed add up to more than 100%: 46% + 31% + 29% = 106% "
                  "[share-over-100]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "23")).empty());
  CHECK(lint_es("La empresa atribuy\xC3\xB3 el 46% de los retrasos a la infraestructura, el 31% a la operadora y el "
                "29% a factores externos.\n")
            .find("error: shares attributed add up to more than 100%: 46% + 31% + 29% = 106% [share-over-100]") !=
        std::string::npos);
  // No "to" after a share, or "a" after an English verb.
  CHECK(lint("Network Rail attributed 46 per cent to signals, 31 per cent of its budget and 29 per cent to "
             "weather.\n")
            .empty());
  CHECK(lint("The fund allocated 46 per cent a year to bonds, 31 per cent a year to shares and 29 per cent a year to "
             "cash.\n")
            .empty());
}

TEST_CASE("share-over-100: causes share what they caused, and a remainder in the next sentence closes the list",
          "[check][arithmetic]") {
  const std::string wrong = "Becker said lightning has caused 68 per cent of this season's fires, while people have "
                            "been responsible for 27 per cent. The cause of the remaining 11 per cent is still under "
                            "investigation.\n";
  CHECK(lint(wrong).find("1:149: error: shares of the fires with the remainder add up to more than 100%: 68% + 27% + "
                         "11% = 106% [share-over-100]") != std::string::npos);
  std::string right = wrong;
  right.replace(right.find("11 per"), 2, "5 ");
  CHECK(lint(right).empty());
  // A share of another whole among them is no part of the list.
  CHECK(lint("Lightning has caused 68 per cent of the fires, while 27 per cent of homes were insured. The remaining "
             "11 per cent are under investigation.\n")
            .empty());
}

TEST_CASE("share-over-100: 'N% of the vote to M% for' a challenger and more shares 'for' those named",
          "[check][arithmetic]") {
  const std::string wrong = "Sheriff Raymond Tillotson won a third term with 52.8 percent of the vote to 44.6 percent "
                            "for Republican challenger Kyle Brandvold and 4.9 percent for independent candidate Sharon "
                            "Eckley.\n";
  CHECK(lint(wrong).find("1:135: error: shares of the vote add up to more than 100%: 52.8% + 44.6% + 4.9% = 102.3% "
                         "[share-over-100]") != std::string::npos);
  std::string right = wrong;
  right.replace(right.find("44.6"), 4, "42.3");
  CHECK(lint(right).empty());
  // A change "to" a share is none of a list.
  CHECK(lint("Support rose from 41 percent of the vote to 64.6 percent for Labour and 40 percent for Reform.\n")
            .empty());
  // "for" a period, no taker named.
  CHECK(lint("Tillotson won 52.8 percent of the vote, 48 percent for the first time and 4.9 percent for a year.\n")
            .empty());
}

TEST_CASE("share-over-100: where each part lives or comes from, a verb of its own before each link",
          "[check][arithmetic]") {
  const std::string wrong = "58 per cent of buyers lived in the UK outside the South West, 31 per cent came from the "
                            "South West itself and 17 per cent were based overseas.\n";
  CHECK(lint(wrong).find("1:111: error: shares of \"buyers\" add up to more than 100%: 58% + 31% + 17% = 106% "
                         "[share-over-100]") != std::string::npos);
  std::string right = wrong;
  right.replace(right.find("17 per"), 2, "11");
  CHECK(lint(right).empty());
  // A share of something else after the list's verb is none of it.
  CHECK(lint("58 per cent of buyers lived in the UK, 31 per cent came from the South West and 17 per cent were "
             "satisfied.\n")
            .empty());
}

TEST_CASE("share-over-100: a sentence opening with another time ('A year earlier,') ends the run of shares",
          "[check][arithmetic]") {
  CHECK(lint("The server division generated 46 per cent of group revenue, with circuit boards contributing 29 per "
             "cent and other products 8 per cent. A year earlier, server modules made up just 35 per cent of "
             "sales.\n")
            .empty());
  CHECK(lint("Las ventas de servidores fueron el 46% de los ingresos, las placas el 29% y otros productos el 8%. "
             "El a\xC3\xB1o pasado, los servidores supusieron el 35% de los ingresos.\n",
             "es")
            .empty());
  // Without it, the run goes on and the sum is too much.
  CHECK(lint("The server division generated 46 per cent of group revenue, with circuit boards contributing 29 per "
             "cent and other products 8 per cent. Server modules made up 35 per cent of sales.\n")
            .find("error: shares of the revenue add up to more than 100%: 46% + 29% + 8% + 35% = 118%") !=
        std::string::npos);
}

TEST_CASE("share-over-100: the holders of a company's shares ('de las acciones') divide its equity",
          "[check][arithmetic]") {
  const std::string text = "En la sociedad mixta, EBRE tiene el 51% de las acciones, la china Hunan Xinyuan el 34% y "
                           "la surcoreana Daegu Energy el {}%.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "22"))
            .find("a.txt:1:120: error: shares of the equity add up to more than 100%: 51% + 34% + 22% = 107% "
                  "[share-over-100]") == 0);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "15")).empty());
  // The shares of two companies are two wholes.
  CHECK(lint_es("EBRE tiene el 51% de las acciones de Lasur y el 60% de las acciones de Minera Sur.\n").empty());
}

TEST_CASE("share-over-100: what a payer picks up is a share, not a rise", "[check][arithmetic]") {
  const std::string text = "The federal government will cover 75% of eligible costs, with the state picking up 15% and "
                           "the counties and cities covering {}%.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "15"))
            .find("a.txt:1:125: error: shares of the cost add up to more than 100%: 75% + 15% + 15% = 105% "
                  "[share-over-100]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "10")).empty());
  // A price that picked up rose.
  CHECK(lint("The fund covers 75% of the costs. Its shares picked up 30% in the quarter.\n").empty());
}

TEST_CASE("share-over-100: a whole split between parts each 'at' its share", "[check][arithmetic]") {
  const std::string text = "At the end of June the portfolio was split between listed equities at 48 per cent, fixed "
                           "income at 31 per cent, real assets such as property, forests and infrastructure at 17 per "
                           "cent, and private equity at {} per cent.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "9"))
            .find("a.txt:1:208: error: shares of the portfolio add up to more than 100%: 48% + 31% + 17% + 9% = 105% "
                  "[share-over-100]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "4")).empty());
  // No whole split: shares of what is not told.
  CHECK(lint("Returns were split between listed equities at 48 per cent, bonds at 31 per cent and property at 27 per "
             "cent.\n")
            .empty());
}
