// Tests for check/share_over_100 (issue 7): shares of one whole over 100%.
#include "check/share_over_100.h"

#include <catch2/catch.hpp>

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
