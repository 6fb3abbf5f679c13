// Tests for check/percent_change (issue 7): a stated percentage change against the figures it relates.
#include "check/percent_change.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/lint_case.h"

using namespace claimlint::testing;

TEST_CASE("percent-change: positive cases and near misses", "[check][arithmetic]") {
  const Case cases[] = {
      {"Its output rose 25% from 80 to 120 tonnes last year.\n",
       "a.txt:1:17: error: from 80 to 120 is a rise of 50%, not 25% [percent-change]\n"
       "    Its output rose 25% from 80 to 120 tonnes last year.\n"
       "                    ^~~\n"
       "a.txt:1:26: note: the change is computed from this figure\n"
       "    Its output rose 25% from 80 to 120 tonnes last year.\n"
       "                             ^~\n"
       "a.txt:1:32: note: to this one\n"
       "    Its output rose 25% from 80 to 120 tonnes last year.\n"
       "                                   ^~~~~~~~~~\n"},
      {"Output fell 25% from 120 to 80 tonnes.\n",
       "a.txt:1:13: error: from 120 to 80 is a fall of 33%, not 25% [percent-change]\n"
       "    Output fell 25% from 120 to 80 tonnes.\n"
       "                ^~~\n"
       "a.txt:1:22: note: the change is computed from this figure\n"
       "    Output fell 25% from 120 to 80 tonnes.\n"
       "                         ^~~\n"
       "a.txt:1:29: note: to this one\n"
       "    Output fell 25% from 120 to 80 tonnes.\n"
       "                                ^~~~~~~~~\n"},
      {"Revenue went from $80 million to $60 million, a rise of 5%.\n",
       "a.txt:1:57: error: from $80 million to $60 million is a fall of 25%, not a rise [percent-change]\n"
       "    Revenue went from $80 million to $60 million, a rise of 5%.\n"
       "                                                            ^~\n"
       "a.txt:1:19: note: the change is computed from this figure\n"
       "    Revenue went from $80 million to $60 million, a rise of 5%.\n"
       "                      ^~~~~~~~~~~\n"
       "a.txt:1:34: note: to this one\n"
       "    Revenue went from $80 million to $60 million, a rise of 5%.\n"
       "                                     ^~~~~~~~~~~\n"},
      {"Exports doubled from 40,000 to 70,000 units.\n",
       "a.txt:1:9: error: from 40,000 to 70,000 is 1.75 times, not double [percent-change]\n"
       "    Exports doubled from 40,000 to 70,000 units.\n"
       "            ^~~~~~~\n"
       "a.txt:1:22: note: the change is computed from this figure\n"
       "    Exports doubled from 40,000 to 70,000 units.\n"
       "                         ^~~~~~\n"
       "a.txt:1:32: note: to this one\n"
       "    Exports doubled from 40,000 to 70,000 units.\n"
       "                                   ^~~~~~~~~~~~\n"},
      {"Imports halved from 8,000 to 4,500 cars.\n",
       "a.txt:1:9: error: from 8,000 to 4,500 is 0.56 times, not half [percent-change]\n"
       "    Imports halved from 8,000 to 4,500 cars.\n"
       "            ^~~~~~\n"
       "a.txt:1:21: note: the change is computed from this figure\n"
       "    Imports halved from 8,000 to 4,500 cars.\n"
       "                        ^~~~~\n"
       "a.txt:1:30: note: to this one\n"
       "    Imports halved from 8,000 to 4,500 cars.\n"
       "                                 ^~~~~~~~~~\n"},
      {"The city saw a threefold increase from 2,000 to 9,000 visitors.\n",
       "a.txt:1:16: error: from 2,000 to 9,000 is 4.5 times, not threefold [percent-change]\n"
       "    The city saw a threefold increase from 2,000 to 9,000 visitors.\n"
       "                   ^~~~~~~~~~~~~~~~~~\n"
       "a.txt:1:40: note: the change is computed from this figure\n"
       "    The city saw a threefold increase from 2,000 to 9,000 visitors.\n"
       "                                           ^~~~~\n"
       "a.txt:1:49: note: to this one\n"
       "    The city saw a threefold increase from 2,000 to 9,000 visitors.\n"
       "                                                    ^~~~~~~~~~~~~~\n"},
      {"Ore output rose 12% to 9.8 million tonnes, from 8.1 million tonnes in 2024.\n",
       "a.txt:1:17: error: from 8.1 million to 9.8 million is a rise of 21%, not 12% [percent-change]\n"
       "    Ore output rose 12% to 9.8 million tonnes, from 8.1 million tonnes in 2024.\n"
       "                    ^~~\n"
       "a.txt:1:49: note: the change is computed from this figure\n"
       "    Ore output rose 12% to 9.8 million tonnes, from 8.1 million tonnes in 2024.\n"
       "                                                    ^~~~~~~~~~~~~~~~~~\n"
       "a.txt:1:24: note: to this one\n"
       "    Ore output rose 12% to 9.8 million tonnes, from 8.1 million tonnes in 2024.\n"
       "                           ^~~~~~~~~~~~~~~~~~\n"},
      {"Sales rose 5% to $120 million, up from $100 million.\n",
       "a.txt:1:12: error: from $100 million to $120 million is a rise of 20%, not 5% [percent-change]\n"
       "    Sales rose 5% to $120 million, up from $100 million.\n"
       "               ^~\n"
       "a.txt:1:40: note: the change is computed from this figure\n"
       "    Sales rose 5% to $120 million, up from $100 million.\n"
       "                                           ^~~~~~~~~~~~\n"
       "a.txt:1:18: note: to this one\n"
       "    Sales rose 5% to $120 million, up from $100 million.\n"
       "                     ^~~~~~~~~~~~\n"},
      {"Sales rose 33% from 3,000 to 4,000 units.\n",
       ""},
      {"Revenue fell 30% to $70 million from $100 million.\n",
       ""},
      {"Revenue rose 20% to $120 million, up from $100 million.\n",
       ""},
      {"Output fell 10% to 90 tonnes, from 100 tonnes a year earlier.\n",
       ""},
      // "to B" then another figure after "from": no change of one thing.
      {"Sales rose 5% to 120 units, from 100 shops.\n",
       ""},
      {"Units rose by 50% from 1,200 to 1,800, the company said.\n",
       ""},
      {"Imports tripled from 8,000 to 24,000 cars.\n",
       ""},
      {"The city saw a threefold increase from 2,000 to 8,000 visitors.\n",
       ""},
      // "about 48%" allows 45.6% to 50.4%; "about 45%", 42.75% to 47.25%.
      {"Output rose about 48% from 80 to 120 tonnes.\n",
       ""},
      {"Output rose about 45% from 80 to 120 tonnes.\n",
       "a.txt:1:13: error: from 80 to 120 is a rise of 50%, not 45% [percent-change]\n"
       "    Output rose about 45% from 80 to 120 tonnes.\n"
       "                ^~~~~~~~~\n"
       "a.txt:1:28: note: the change is computed from this figure\n"
       "    Output rose about 45% from 80 to 120 tonnes.\n"
       "                               ^~\n"
       "a.txt:1:34: note: to this one\n"
       "    Output rose about 45% from 80 to 120 tonnes.\n"
       "                                     ^~~~~~~~~~\n"},
      {"Profit rose 25% while sales went from 80 to 120 units.\n",
       ""},
      {"Revenue rose 8% to $1.2 billion from $1.1 billion.\n",
       ""},
      {"The index fell 2% to 4,500 from 4,600 on Friday.\n",
       ""},
      {"Shares rose 5% to $120 from $80.\n",
       "a.txt:1:13: error: from $80 to $120 is a rise of 50%, not 5% [percent-change]\n"
       "    Shares rose 5% to $120 from $80.\n"
       "                ^~\n"
       "a.txt:1:29: note: the change is computed from this figure\n"
       "    Shares rose 5% to $120 from $80.\n"
       "                                ^~~\n"
       "a.txt:1:19: note: to this one\n"
       "    Shares rose 5% to $120 from $80.\n"
       "                      ^~~~\n"},
      {"Output went from 80 to 120 tonnes, a 25% increase.\n",
       "a.txt:1:38: error: from 80 to 120 is a rise of 50%, not 25% [percent-change]\n"
       "    Output went from 80 to 120 tonnes, a 25% increase.\n"
       "                                         ^~~\n"
       "a.txt:1:18: note: the change is computed from this figure\n"
       "    Output went from 80 to 120 tonnes, a 25% increase.\n"
       "                     ^~\n"
       "a.txt:1:24: note: to this one\n"
       "    Output went from 80 to 120 tonnes, a 25% increase.\n"
       "                           ^~~~~~~~~~\n"},
      {"Costs rose to $4.5 billion from $3 billion, a 60% increase.\n",
       ""},
      // Stated after the figure: "B, N% higher than A", chained with "and".
      {"The average price was \u00a3312,450 last month, up 0.4 percent from \u00a3311,200 in September and 6.2 percent "
       "higher than the \u00a3298,700 recorded a year earlier.\n",
       "a.txt:1:90: error: from \u00a3298,700 to \u00a3312,450 is a rise of 4.6%, not 6.2% [percent-change]\n"
       "    ... percent from \u00a3311,200 in September and 6.2 percent higher than the \u00a3298,700 recorded a year "
       "earlier.\n"
       "                                               ^~~~~~~~~~~\n"
       "a.txt:1:118: note: the change is computed from this figure\n"
       "    ...ptember and 6.2 percent higher than the \u00a3298,700 recorded a year earlier.\n"
       "                                               ^~~~~~~~\n"
       "a.txt:1:23: note: to this one\n"
       "    The average price was \u00a3312,450 last month, up 0.4 percent from \u00a3311,200 in September and 6.2 "
       "percent higher than the \u00a329...\n"
       "                          ^~~~~~~~\n"},
      {"Sales reached 4,000 units, 50% more than the 3,000 sold last year.\n",
       "a.txt:1:28: error: from 3,000 to 4,000 is a rise of 33%, not 50% [percent-change]\n"
       "    Sales reached 4,000 units, 50% more than the 3,000 sold last year.\n"
       "                               ^~~\n"
       "a.txt:1:46: note: the change is computed from this figure\n"
       "    Sales reached 4,000 units, 50% more than the 3,000 sold last year.\n"
       "                                                 ^~~~~\n"
       "a.txt:1:15: note: to this one\n"
       "    Sales reached 4,000 units, 50% more than the 3,000 sold last year.\n"
       "                  ^~~~~~~~~~~\n"},
      {"Visitors numbered 1.2 million, 30% fewer than the 1.5 million of 2023.\n",
       "a.txt:1:32: error: from 1.5 million to 1.2 million is a fall of 20%, not 30% [percent-change]\n"
       "    Visitors numbered 1.2 million, 30% fewer than the 1.5 million of 2023.\n"
       "                                   ^~~\n"
       "a.txt:1:51: note: the change is computed from this figure\n"
       "    Visitors numbered 1.2 million, 30% fewer than the 1.5 million of 2023.\n"
       "                                                      ^~~~~~~~~~~\n"
       "a.txt:1:19: note: to this one\n"
       "    Visitors numbered 1.2 million, 30% fewer than the 1.5 million of 2023.\n"
       "                      ^~~~~~~~~~~\n"},
      {"The stock closed at $45, down 10% from $60 a week ago.\n",
       "a.txt:1:31: error: from $60 to $45 is a fall of 25%, not 10% [percent-change]\n"
       "    The stock closed at $45, down 10% from $60 a week ago.\n"
       "                                  ^~~\n"
       "a.txt:1:40: note: the change is computed from this figure\n"
       "    The stock closed at $45, down 10% from $60 a week ago.\n"
       "                                           ^~~\n"
       "a.txt:1:21: note: to this one\n"
       "    The stock closed at $45, down 10% from $60 a week ago.\n"
       "                        ^~~\n"},
      {"Revenue was $5.2 billion, up 12% from $4.6 billion a year earlier.\n",
       ""},
      {"Net income was $312 million, up 9.1% on the $286 million of a year earlier.\n",
       ""},
      {"Unemployment was 4.1%, up from 3.9%.\n",
       ""},
      {"Sales reached 4,000 units, 33% more than the 3,000 sold last year.\n",
       ""},
      {"Visitors numbered 1.2 million, 20% fewer than the 1.5 million of 2023.\n",
       ""},
      // Another kind of thing after "than": no change of one thing.
      {"Sales reached 4,000 units, 50% more than the 3,000 stores it runs.\n",
       ""},
      // A time phrase between the stated change and its figures.
      {"Revenue fell 14% last year to €2.61 billion, from €3.18 billion in 2024.\n",
       "a.txt:1:14: error: from €3.18 billion to €2.61 billion is a fall of 18%, not 14% [percent-change]\n"
       "    Revenue fell 14% last year to €2.61 billion, from €3.18 billion in 2024.\n"
       "                 ^~~\n"
       "a.txt:1:51: note: the change is computed from this figure\n"
       "    Revenue fell 14% last year to €2.61 billion, from €3.18 billion in 2024.\n"
       "                                                      ^~~~~~~~~~~~~\n"
       "a.txt:1:31: note: to this one\n"
       "    Revenue fell 14% last year to €2.61 billion, from €3.18 billion in 2024.\n"
       "                                  ^~~~~~~~~~~~~\n"},
      {"Revenue fell 18% in 2025 to €2.61 billion from €3.18 billion.\n", ""},
      {"Revenue fell 18% in the first half to €2.61 billion from €3.18 billion.\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("percent-change: the fix-it gives the figure the two values imply", "[check][arithmetic]") {
  const std::string out = lint("Its output rose 25% from 80 to 120 tonnes last year.\n", "jsonl");
  CHECK(out.find("\"fixits\":[{\"path\":\"a.txt\",\"line\":1,\"column\":17,\"end_line\":1,\"end_column\":19,"
                 "\"start\":16,\"end\":18,\"replacement\":\"50\"}]") != std::string::npos);
  // A change in the wrong direction gets no fix-it.
  const std::string wrong = lint("Revenue went from $80 million to $60 million, a rise of 5%.\n", "jsonl");
  CHECK(wrong.find("\"replacement\"") == std::string::npos);
}
TEST_CASE("percent-change: a comparison with a stated change after it, and a change named by its noun", "[check][arithmetic]") {
  const Case cases[] = {
      {"Output reached 4,410 tonnes, compared with 3,950 tonnes a year earlier, an increase of 16%.\n",
       "a.txt:1:88: error: from 3,950 to 4,410 is a rise of 12%, not 16% [percent-change]\n"
       "    Output reached 4,410 tonnes, compared with 3,950 tonnes a year earlier, an increase of 16%.\n"
       "                                                                                           ^~~\n"
       "a.txt:1:44: note: the change is computed from this figure\n"
       "    Output reached 4,410 tonnes, compared with 3,950 tonnes a year earlier, an increase of 16%.\n"
       "                                               ^~~~~~~~~~~~\n"
       "a.txt:1:16: note: to this one\n"
       "    Output reached 4,410 tonnes, compared with 3,950 tonnes a year earlier, an increase of 16%.\n"
       "                   ^~~~~~~~~~~~\n"},
      {"Sales were $52.1 million, according to figures released by the company, a 9% rise over last year's $46.3 million.\n",
       "a.txt:1:75: error: from $46.3 million to $52.1 million is a rise of 13%, not 9% [percent-change]\n"
       "    Sales were $52.1 million, according to figures released by the company, a 9% rise over last year's $46.3 million.\n"
       "                                                                              ^~\n"
       "a.txt:1:100: note: the change is computed from this figure\n"
       "    Sales were $52.1 million, according to figures released by the company, a 9% rise over last year's $46.3 million.\n"
       "                                                                                                       ^~~~~~~~~~~~~\n"
       "a.txt:1:12: note: to this one\n"
       "    Sales were $52.1 million, according to figures released by the company, a 9% rise over last year's $46.3 million.\n"
       "               ^~~~~~~~~~~~~\n"},
      {"The waiting list fell to 6,100, compared with 7,000 in June - an improvement of 20%.\n",
       "a.txt:1:81: error: from 7,000 to 6,100 is a fall of 13%, not 20% [percent-change]\n"
       "    The waiting list fell to 6,100, compared with 7,000 in June - an improvement of 20%.\n"
       "                                                                                    ^~~\n"
       "a.txt:1:47: note: the change is computed from this figure\n"
       "    The waiting list fell to 6,100, compared with 7,000 in June - an improvement of 20%.\n"
       "                                                  ^~~~~\n"
       "a.txt:1:26: note: to this one\n"
       "    The waiting list fell to 6,100, compared with 7,000 in June - an improvement of 20%.\n"
       "                             ^~~~~\n"},
      {"Costs came to $8.4 million, an increase of 6% over the previous $8.1 million.\n",
       "a.txt:1:44: error: from $8.1 million to $8.4 million is a rise of 4%, not 6% [percent-change]\n"
       "    Costs came to $8.4 million, an increase of 6% over the previous $8.1 million.\n"
       "                                               ^~\n"
       "a.txt:1:65: note: the change is computed from this figure\n"
       "    Costs came to $8.4 million, an increase of 6% over the previous $8.1 million.\n"
       "                                                                    ^~~~~~~~~~~~\n"
       "a.txt:1:15: note: to this one\n"
       "    Costs came to $8.4 million, an increase of 6% over the previous $8.1 million.\n"
       "                  ^~~~~~~~~~~~\n"},
      {"Uptake reached 66.2%, compared with 61.4% a year before — a gain of 5.8 points.\n",
       "a.txt:1:69: warning: from 61.4% to 66.2% is a rise of 4.8 percentage points, not 5.8 points [percentage-points]\n"
       "    Uptake reached 66.2%, compared with 61.4% a year before — a gain of 5.8 points.\n"
       "                                                                        ^~~~~~~~~~\n"
       "a.txt:1:69: note: write \"4.8 percentage points\" if the figures are right\n"
       "    Uptake reached 66.2%, compared with 61.4% a year before — a gain of 5.8 points.\n"
       "                                                                        ^~~~~~~~~~\n"
       "a.txt:1:37: note: the change is computed from this figure\n"
       "    Uptake reached 66.2%, compared with 61.4% a year before — a gain of 5.8 points.\n"
       "                                        ^~~~~\n"
       "a.txt:1:16: note: to this one\n"
       "    Uptake reached 66.2%, compared with 61.4% a year before — a gain of 5.8 points.\n"
       "                   ^~~~~\n"},
      // Right figures, another kind of difference, another subject, no attribution.
      {"Output reached 4,410 tonnes, compared with 3,950 tonnes a year earlier, an increase of 12%.\n", ""},
      {"The waiting list fell to 6,100, compared with 7,000 in June - an improvement of 13%.\n", ""},
      {"Sales were $52.1 million, according to figures released by the company, a 13% rise over last year's $46.3 million.\n", ""},
      {"The rate was 6.1%, compared with 5.8% in the north, a difference of 9%.\n", ""},
      {"Sales were $52.1 million, compared with $46.3 million at its rival, whose profit rose 9%.\n", ""},
      {"Uptake reached 66.2%, compared with 61.4% a year before, a gain of 4.8 points.\n", ""},
      {"Sales were $52.1 million, which rose after the launch, a 9% rise on the previous $46.3 million.\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("percent-change: Spanish, N % más que los A, with the unit A leaves out", "[check][arithmetic]") {
  const std::string wrong =
      "El grupo gan\xC3\xB3 56 millones de euros, un 12 % m\xC3\xA1s que los 45 millones registrados en 2024.\n";
  const std::string out = lint_es(wrong);
  CHECK(out.find("a.txt:1:40: error: from \xE2\x82\xAC" "45 million to \xE2\x82\xAC" "56 million is a rise of 24%, not 12% "
                 "[percent-change]") == 0);
  // Right figures, "superior a", and "menos que".
  CHECK(lint_es("Las ventas sumaron 1.240 millones de euros, un 8,3 % m\xC3\xA1s que los 1.145 millones de 2024.\n")
            .empty());
  CHECK(lint_es("Las ventas sumaron 1.240 millones de euros, un 8,3 % superior a los 1.145 millones de 2024.\n")
            .empty());
  CHECK(lint_es("La deuda qued\xC3\xB3 en 212 millones de euros, un 21 % menos que los 268 millones de 2024.\n")
            .empty());
  CHECK_FALSE(lint_es("La deuda qued\xC3\xB3 en 212 millones de euros, un 30 % menos que los 268 millones de 2024.\n")
                  .empty());
  // A time phrase after B; the decimals and the decimal mark of the stated
  // change, in the message and the fix-it.
  TempDir dir;
  dir.write("a.txt",
            "La facturaci\xC3\xB3n alcanz\xC3\xB3 los 512 millones de euros entre enero y septiembre, un 9,4 % "
            "m\xC3\xA1s que los 478 millones de un a\xC3\xB1o antes.\n");
  const std::string json =
      run_claimlint({"--lang", "es", "--format", "json", "-Wno-value-conflict", "a.txt"}, dir.path()).out;
  CHECK(json.find("is a rise of 7.1%, not 9.4%") != std::string::npos);
  CHECK(json.find("\"replacement\": \"7,1\"") != std::string::npos);
}

TEST_CASE("percent-change: from A in a year to B in another, and Spanish de A a B, un N % más", "[check][arithmetic]") {
  const Case cases[] = {
      {"Traffic went from 1.8 million in 2024 to 2.34 million in 2025, a 25% increase.\n",
       "a.txt:1:66: error: from 1.8 million to 2.34 million is a rise of 30%, not 25% [percent-change]\n"
       "    Traffic went from 1.8 million in 2024 to 2.34 million in 2025, a 25% increase.\n"
       "                                                                     ^~~\n"
       "a.txt:1:19: note: the change is computed from this figure\n"
       "    Traffic went from 1.8 million in 2024 to 2.34 million in 2025, a 25% increase.\n"
       "                      ^~~~~~~~~~~\n"
       "a.txt:1:42: note: to this one\n"
       "    Traffic went from 1.8 million in 2024 to 2.34 million in 2025, a 25% increase.\n"
       "                                             ^~~~~~~~~~~~\n"},
      // Right, and the level after "rose N% to" in its own unit.
      {"Traffic went from 1.8 million in 2024 to 2.34 million in 2025, a 30% increase.\n", ""},
      {"The average crowd rose 18% to 6,840, from 5,960 last season.\n",
       "a.txt:1:24: error: from 5,960 to 6,840 is a rise of 15%, not 18% [percent-change]\n"
       "    The average crowd rose 18% to 6,840, from 5,960 last season.\n"
       "                           ^~~\n"
       "a.txt:1:43: note: the change is computed from this figure\n"
       "    The average crowd rose 18% to 6,840, from 5,960 last season.\n"
       "                                              ^~~~~\n"
       "a.txt:1:31: note: to this one\n"
       "    The average crowd rose 18% to 6,840, from 5,960 last season.\n"
       "                                  ^~~~~\n"},
      // Words that are no time phrase between A and "to": no change.
      {"Fares went from 1.8 million for adults at the gate to 2.34 million, a 25% increase.\n", ""},
  };
  check_cases(cases);
  CHECK(lint_es("El tr\xC3\xA1" "fico pas\xC3\xB3 de 1,8 millones de TEU en 2024 a 2,34 millones en 2025, un 25 % "
                "m\xC3\xA1s.\n")
            .find("error: from 1.8 million to 2.34 million is a rise of 30%, not 25% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("El tr\xC3\xA1" "fico pas\xC3\xB3 de 1,8 millones en 2024 a 2,34 millones en 2025, un 30 % m\xC3\xA1s.\n")
            .empty());
  CHECK(lint_es("La deuda baj\xC3\xB3 de 268 millones a 212 millones, un aumento del 21 %.\n")
            .find("is a fall of 21%, not a rise") != std::string::npos);
}

TEST_CASE("percent-change: a change told in the sentence after its end figure", "[check][arithmetic]") {
  const Case cases[] = {
      {"Sales reached $56 million in 2025. That was a rise of 12% on the $45 million of 2024.\n",
       "a.txt:1:55: error: from $45 million to $56 million is a rise of 24%, not 12% [percent-change]\n"
       "    Sales reached $56 million in 2025. That was a rise of 12% on the $45 million of 2024.\n"
       "                                                          ^~~\n"
       "a.txt:1:66: note: the change is computed from this figure\n"
       "    Sales reached $56 million in 2025. That was a rise of 12% on the $45 million of 2024.\n"
       "                                                                     ^~~~~~~~~~~\n"
       "a.txt:1:15: note: to this one\n"
       "    Sales reached $56 million in 2025. That was a rise of 12% on the $45 million of 2024.\n"
       "                  ^~~~~~~~~~~\n"},
      {"Sales reached $56 million in 2025. That was a rise of 24% on the $45 million of 2024.\n", ""},
      {"Sales reached $56 million in 2025. This represents a 24% increase on the $45 million of 2024.\n", ""},
      // Another paragraph, no change word, a figure of another kind: nothing.
      {"Sales reached $56 million in 2025.\n\nThat was a rise of 12% on the $45 million of 2024.\n", ""},
      {"Sales reached $56 million in 2025. That is 12% of the $450 million market.\n", ""},
      {"Sales reached 56,000 units in 2025. That was a rise of 12% on the $45 million of 2024.\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("percent-change: a factor with a time phrase, and abbreviated amounts on both sides", "[check][arithmetic]") {
  const auto first_line = [](const std::string& text) {
    const std::string out = lint(text, "text", k_quiet_checks);
    return out.substr(0, out.find('\n'));
  };
  CHECK(first_line("Revenue has tripled over the past 12 months to \xC2\xA3" "9.4m, from \xC2\xA3" "3.8m in March.\n") ==
        "a.txt:1:13: error: from \xC2\xA3" "3.8 million to \xC2\xA3" "9.4 million is 2.47 times, not triple "
        "[percent-change]");
  // "£3.8m to £9.4m" is two amounts in millions, not a range up to £9.4.
  CHECK(first_line("Revenue has tripled from \xC2\xA3" "3.8m to \xC2\xA3" "9.4m.\n") ==
        "a.txt:1:13: error: from \xC2\xA3" "3.8 million to \xC2\xA3" "9.4 million is 2.47 times, not triple "
        "[percent-change]");
  CHECK(first_line("Revenue has tripled from \xC2\xA3" "3.2m to \xC2\xA3" "9.4m.\n").empty());
}

TEST_CASE("percent-change: B, un N % más, measured from the one figure before it", "[check][arithmetic]") {
  CHECK(lint_es("El presupuesto se calcul\xC3\xB3 en 62 millones de euros; hoy asciende a 71,3 millones, un 12% "
                "m\xC3\xA1s.\n")
            .find("a.txt:1:85: error: from \xE2\x82\xAC" "62 million to \xE2\x82\xAC" "71.3 million is a rise of 15%, "
                  "not 12% [percent-change]") == 0);
  CHECK(lint_es("El presupuesto se calcul\xC3\xB3 en 62 millones de euros; hoy asciende a 71,3 millones, un 15% "
                "m\xC3\xA1s.\n")
            .empty());
  // B is the figure a comparison measures from, or two figures before it:
  // no A to guess.
  CHECK(lint_es("Las urgencias atendieron 61.200 casos en 2025, frente a los 58.900 de 2024, un 4 % m\xC3\xA1s.\n")
            .empty());
  CHECK(lint_es("Se calcul\xC3\xB3 en 62 millones de euros y luego en 65 millones; hoy asciende a 71,3 millones, un 12% "
                "m\xC3\xA1s.\n")
            .empty());
}

TEST_CASE("percent-change: a phrase of when after B, and Spanish frente a los A", "[check][arithmetic]") {
  const Case cases[] = {
      {"Rent rose to \u00a31,265 in the year to March, from \u00a31,140 a year earlier, a rise of 8%.\n",
       "a.txt:1:81: error: from \u00a31,140 to \u00a31,265 is a rise of 11%, not 8% [percent-change]\n"
       "    Rent rose to \u00a31,265 in the year to March, from \u00a31,140 a year earlier, a rise of 8%.\n"
       "                                                                                    ^~\n"
       "a.txt:1:48: note: the change is computed from this figure\n"
       "    Rent rose to \u00a31,265 in the year to March, from \u00a31,140 a year earlier, a rise of 8%.\n"
       "                                                   ^~~~~~\n"
       "a.txt:1:14: note: to this one\n"
       "    Rent rose to \u00a31,265 in the year to March, from \u00a31,140 a year earlier, a rise of 8%.\n"
       "                 ^~~~~~\n"},
      {"Rent rose to \u00a31,265 in the year to March, from \u00a31,140 a year earlier, a rise of 11%.\n", ""},
      {"Revenue rose to $3.84bn in the three months to the end of March, up 18% from $3.41bn a year earlier.\n",
       "a.txt:1:69: error: from $3.41 billion to $3.84 billion is a rise of 13%, not 18% [percent-change]\n"
       "    Revenue rose to $3.84bn in the three months to the end of March, up 18% from $3.41bn a year earlier.\n"
       "                                                                        ^~~\n"
       "a.txt:1:78: note: the change is computed from this figure\n"
       "    Revenue rose to $3.84bn in the three months to the end of March, up 18% from $3.41bn a year earlier.\n"
       "                                                                                 ^~~~~~~\n"
       "a.txt:1:17: note: to this one\n"
       "    Revenue rose to $3.84bn in the three months to the end of March, up 18% from $3.41bn a year earlier.\n"
       "                    ^~~~~~~\n"},
      {"Revenue rose to $3.84bn in the three months to the end of March, up 13% from $3.41bn a year earlier.\n", ""},
  };
  check_cases(cases);
  CHECK(lint_es("El beneficio alcanz\u00f3 los 28,9 millones de euros, frente a los 24,6 millones de 2024, lo que "
                "supone un incremento del 14,8 %.\n")
            .find("error: from \u20ac24.6 million to \u20ac28.9 million is a rise of 17.5%, not 14.8% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("El beneficio alcanz\u00f3 los 28,9 millones de euros, frente a los 24,6 millones de 2024, lo que "
                "supone un incremento del 17,5 %.\n")
            .empty());
  // "half a percentage point" is a change in points, no fraction.
  CHECK(lint("That took the margin to 10.6 per cent from 10.1 per cent, an improvement of half a percentage point.\n")
            .empty());
  CHECK(lint("That took the margin to 10.6 per cent from 9.1 per cent, an improvement of half a percentage point.\n")
            .find("warning: from 9.1% to 10.6% is a rise of 1.5 percentage points, not 0.5 points "
                  "[percentage-points]") != std::string::npos);
  // "That compared with A, a rise of N": A after the verb, B the sentence before's.
  CHECK(lint("Sales reached 4,100 in January. That compared with 3,200 a year earlier, a rise of 22 per cent.\n")
            .find("a.txt:1:84: error: from 3,200 to 4,100 is a rise of 28%, not 22% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Sales reached 4,100 in January. That compared with 3,200 a year earlier, a rise of 28 per cent.\n")
            .empty());
  CHECK(lint("The trust saw 74.8 per cent of patients within four hours in January. That compared with 71.2 per cent "
             "in December, an improvement of 3.6 per cent.\n")
            .find("warning: from 71.2% to 74.8% is a rise of 3.6 percentage points (5.1%), not 3.6% "
                  "[percentage-points]") != std::string::npos);
  // A figure ten times A or a tenth of it is B only when no other fits.
  CHECK(lint("Organizers say 6,480 runners registered across the event's four distances this year, up from 5,910 in "
             "2025, an increase of almost 10 per cent.\n")
            .empty());
  CHECK(lint("Organizers say 6,480 runners registered across the event's four distances this year, up from 5,910 in "
             "2025, an increase of 15 per cent.\n")
            .find("a.txt:1:124: error: from 5,910 to 6,480 is a rise of 10%, not 15% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Profit rose to \u00a350m, up from \u00a34m, an increase of 900 per cent.\n")
            .find("is a rise of 1,150%, not 900%") != std::string::npos);
  // Spanish "contra" compares like "frente a".
  CHECK(lint_es("El club factur\u00f3 $ 26.950 millones en el per\u00edodo, contra $ 18.430 millones del ejercicio "
                "anterior, un crecimiento de 38%.\n")
            .find("error: from $18.43 billion to $26.95 billion is a rise of 46%, not 38% [percent-change]") !=
        std::string::npos);
  // "to B in April from A in March": a short phrase of when, no comma.
  CHECK(lint("Attendances rose 5.5% to 24,180 in April from 23,370 in March.\n")
            .find("a.txt:1:18: error: from 23,370 to 24,180 is a rise of 3.5%, not 5.5% [percent-change]") !=
        std::string::npos);
  // What B is per: "to 49.12p a day,".
  CHECK(lint("The standing charge will fall from 53.68p to 49.12p a day, a cut of 12 per cent, after the review.\n")
            .find("error: from 53.68p to 49.12p is a fall of 8%, not 12% [percent-change]") != std::string::npos);
  // A season after B: "to 8,730 this fall,".
  CHECK(lint("Enrollment fell from 9,412 students in fall 2022 to 8,730 this fall, a decline of 9.6 percent.\n")
            .find("a.txt:1:83: error: from 9,412 to 8,730 is a fall of 7.2%, not 9.6% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Enrollment fell from 9,412 students in fall 2022 to 8,730 this fall, a decline of 7.2 percent.\n").empty());
}

TEST_CASE("percent-change: a stated change may be cut, not rounded: one unit of its last digit", "[check][arithmetic]") {
  const Case cases[] = {
      {"Sales rose to 412,000 cars, 8.2% more than the 380,600 of 2024.\n", ""},
      {"Sales rose to 412,000 cars, 8% more than the 380,600 of 2024.\n", ""},
      {"Sales rose to 412,000 cars, 7% more than the 380,600 of 2024.\n",
       "a.txt:1:29: error: from 380,600 to 412,000 is a rise of 8%, not 7% [percent-change]\n"
       "    Sales rose to 412,000 cars, 7% more than the 380,600 of 2024.\n"
       "                                ^~\n"
       "a.txt:1:46: note: the change is computed from this figure\n"
       "    Sales rose to 412,000 cars, 7% more than the 380,600 of 2024.\n"
       "                                                 ^~~~~~~\n"
       "a.txt:1:15: note: to this one\n"
       "    Sales rose to 412,000 cars, 7% more than the 380,600 of 2024.\n"
       "                  ^~~~~~~~~~~~\n"},
  };
  check_cases(cases);
  // Never below: 8.25% is cut to 8, rounded to 8, never told as 9.
  CHECK(lint("Sales rose to 412,000 cars, 9% more than the 380,600 of 2024.\n")
            .find("a.txt:1:29: error: from 380,600 to 412,000 is a rise of 8%, not 9% [percent-change]") == 0);
  // The figures' own rounding still counts: 47 and 41 million may be 17.3%
  // apart, no more.
  CHECK(lint("Sales reached 47 million litres, an increase of 18 per cent from 41 million litres.\n")
            .find("a.txt:1:49: error: from 41 million to 47 million is a rise of 15%, not 18% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Sales reached 47 million litres, an increase of 17 per cent from 41 million litres.\n").empty());
  CHECK(lint("Sales fell to 41 million litres, down 14 per cent from 47 million litres.\n").empty());
}

TEST_CASE("percent-change: a rate's 'per' word and its abbreviation in brackets between B and its change",
          "[check][arithmetic]") {
  const std::string text = "Crude exports fell to 1.21m barrels per day (b/d) in October, down {}% from 1.43m b/d in "
                           "September.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "12"))
            .find("a.txt:1:68: error: from 1.43 million to 1.21 million is a fall of 15%, not 12% [percent-change]") ==
        0);
  CHECK(lint(fmt::format(fmt::runtime(text), "15")).empty());
}

TEST_CASE("percent-change: what the change is measured against after it ('year-on-year' or 'en la comparación "
          "interanual')",
          "[check][arithmetic]") {
  const std::string text = "Net profit reached SAR 312m, up {} per cent year-on-year from SAR 236m in the first "
                           "quarter of 2025.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "41"))
            .find("a.txt:1:33: error: from 236 million SAR to 312 million SAR is a rise of 32%, not 41% "
                  "[percent-change]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "32")).empty());
  const std::string es = "El precio FOB promedio cay\xC3\xB3 {}% en la comparaci\xC3\xB3n interanual, de US$ 426 a "
                         "US$ 412 por tonelada.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(es), "9,6"))
            .find("a.txt:1:29: error: from $426 to $412 is a fall of 3.3%, not 9.6% [percent-change]") == 0);
  CHECK(lint_es(fmt::format(fmt::runtime(es), "3,3")).empty());
  // Another figure than a percentage before the words: no change of it.
  CHECK(lint_es("El precio cay\xC3\xB3 a 9 d\xC3\xB3lares en la comparaci\xC3\xB3n interanual, de US$ 426 a US$ 412 "
                "por tonelada.\n")
            .find("[percent-change]") == std::string::npos);
}

TEST_CASE("percent-change: 'hasta' after a verb of reaching or taking is where B went", "[check][arithmetic]") {
  const std::string text = "La combinaci\xC3\xB3n llev\xC3\xB3 el ingreso por habitaci\xC3\xB3n disponible "
                           "(RevPAR), el indicador del sector, hasta 96,40 euros, un {}% m\xC3\xA1s que los 84,10 "
                           "euros del primer trimestre.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "9"))
            .find("error: from \xE2\x82\xAC" "84.10 to \xE2\x82\xAC" "96.40 is a rise of 15%, not 9% "
                  "[percent-change]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "15")).empty());
  CHECK(lint_es("El RevPAR lleg\xC3\xB3 hasta 96,40 euros, un 9% m\xC3\xA1s que los 84,10 euros.\n")
            .find("not 9%") != std::string::npos);
  // A bound stays one: "podrán llegar hasta", no figure reached.
  CHECK(lint_es("Las tarifas podr\xC3\xA1n llegar hasta 96,40 euros, un 9% m\xC3\xA1s que los 84,10 euros.\n")
            .empty());
}

TEST_CASE("percent-change: 'un N% más interanual frente a A'", "[check][arithmetic]") {
  const std::string text = "El margen de intereses alcanz\xC3\xB3 los 1.846 millones de euros, un {}% m\xC3\xA1s "
                           "interanual frente a los 1.560 millones de junio de 2025.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "12,4"))
            .find("a.txt:1:64: error: from \xE2\x82\xAC" "1.56 billion to \xE2\x82\xAC" "1.85 billion is a rise of "
                  "18.3%, not 12.4% [percent-change]") == 0);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "18,3")).empty());
  CHECK(lint_es("El margen alcanz\xC3\xB3 los 1.846 millones de euros, un 12,4% m\xC3\xA1s interanual respecto de los "
                "1.560 millones.\n")
            .find("not 12.4% [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: a clause of attribution between A and the stated change", "[check][arithmetic]") {
  const std::string text =
      "Customers will pay \u00a3541 a year from 1 April, up from \u00a3488, the company said on Tuesday, a rise of 13 per "
      "cent.\n";
  const std::string out = lint(text);
  CHECK(out.find("a.txt:1:99: error: from \u00a3488 to \u00a3541 is a rise of 11%, not 13% [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("13 per"), 2, "11");
  CHECK(lint(right).empty());
}

TEST_CASE("percent-change: rose N% to B, compared with A at the sentence's end", "[check][arithmetic]") {
  const std::string text =
      "Kestrel said revenue rose 12.6% to \u00a3186.4m in the year to December 31, compared with \u00a3171.2m in 2024.\n";
  CHECK(lint(text).find("a.txt:1:27: error: from \u00a3171.2 million to \u00a3186.4 million is a rise of 8.9%, not "
                        "12.6% [percent-change]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("12.6%"), 5, "8.9%");
  CHECK(lint(right).empty());
  // Reported once when add_changes reads it too.
  const std::string once = lint("Sales rose 5% to $120 million, up from $100 million.\n");
  CHECK(once.find("[percent-change]") == once.rfind("[percent-change]"));
}

TEST_CASE("percent-change: a clause of when between A and to B", "[check][arithmetic]") {
  const std::string text =
      "The cost had risen from \u00a32.1bn when it won its contract in 2023 to \u00a32.6bn, an increase of 31%.\n";
  CHECK(lint(text).find("a.txt:1:91: error: from \u00a32.1 billion to \u00a32.6 billion is a rise of 24%, not 31% "
                        "[percent-change]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("31%"), 3, "24%");
  CHECK(lint(right).empty());
  // Without "when", a "to" far after A starts no B.
  CHECK(lint("It grew from 2,000 staff who had been asked to work there in 2023 to 3,000, an increase of 31%.\n").empty());
}

TEST_CASE("percent-change: the figure named in the sentence after B, and a bare A", "[check][arithmetic]") {
  const std::string text =
      "Los autobuses transportaron 42,1 millones de viajeros en 2025. El dato supone un aumento del 12,4% respecto a "
      "los 38,6 millones de 2024.\n";
  CHECK(lint_es(text).find("a.txt:1:94: error: from 38.6 million to 42.1 million is a rise of 9.1%, not 12.4% "
                           "[percent-change]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("12,4%"), 5, "9,1%");
  CHECK(lint_es(right).empty());
  CHECK(lint("The buses carried 42.1 million passengers in 2025. The figure was a rise of 12.4% on the 38.6 million "
             "of 2024.\n")
            .find("is a rise of 9.1%, not 12.4%") != std::string::npos);
}

TEST_CASE("percent-change: B was N% higher than the previous year's A, with or without an apposition",
          "[check][arithmetic]") {
  CHECK(lint("Throughput of 1.42 million TEU was 12 per cent higher than the previous year's 1.31 million.\n")
            .find("error: from 1.31 million to 1.42 million is a rise of 8%, not 12% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Container throughput of 1.42 million TEU, the standard measure of twenty-foot container equivalents, "
             "was 12 per cent higher than the previous year's 1.31 million.\n")
            .find("is a rise of 8%, not 12% [percent-change]") != std::string::npos);
  CHECK(lint("Sales of $5 million were up 3% from $4.2 million.\n").find("is a rise of 19%, not 3%") !=
        std::string::npos);
  CHECK(lint("Throughput of 1.42 million TEU was 8 per cent higher than the previous year's 1.31 million.\n").empty());
}

TEST_CASE("percent-change: more change nouns (a leap, a surge, a slide)", "[check][arithmetic]") {
  CHECK(lint("The zoo drew 612,000 visitors in 2025, up from 548,000 the year before - a leap of 16%.\n")
            .find("error: from 548,000 to 612,000 is a rise of 12%, not 16% [percent-change]") != std::string::npos);
  CHECK(lint("The zoo drew 612,000 visitors in 2025, up from 548,000 the year before - a leap of 12%.\n").empty());
  CHECK(lint("Sales fell to $80 million from $100 million, a slide of 10%.\n").find("is a fall of 20%, not 10%") !=
        std::string::npos);
}

TEST_CASE("percent-change: Spanish creció un N% hasta los B, frente a los A, and desde el A hasta el B",
          "[check][arithmetic]") {
  CHECK(lint_es("El margen de intereses creci\xC3\xB3 un 9,8% hasta los 3.410 millones de euros, frente a los 3.020 "
                "millones contabilizados entre enero y septiembre del ejercicio anterior.\n")
            .find("is a rise of 12.9%, not 9.8% [percent-change]") != std::string::npos);
  CHECK(lint_es("El margen de intereses creci\xC3\xB3 un 12,9% hasta los 3.410 millones de euros, frente a los 3.020 "
                "millones del ejercicio anterior.\n")
            .empty());
  CHECK(lint_es("La ratio de eficiencia mejor\xC3\xB3 desde el 44,8% hasta el 41,3%, un avance del 3,5%, gracias a la "
                "contenci\xC3\xB3n de costes.\n")
            .find("from 44.8% to 41.3% is a fall of 3.5 percentage points (7.8%), not 3.5% [percentage-points]") !=
        std::string::npos);
}

TEST_CASE("percent-change: desde A ... hasta B with a longer phrase after A", "[check][arithmetic]") {
  CHECK(lint_es("El precio cay\xC3\xB3 un 18% desde los 6,40 euros por kilo de abril de 2025 hasta los 4,95 euros "
                "actuales.\n")
            .find("error: from \u20ac6.40 to \u20ac4.95 is a fall of 23%, not 18% [percent-change]") != std::string::npos);
  CHECK(lint_es("El precio cay\xC3\xB3 un 23% desde los 6,40 euros por kilo de abril de 2025 hasta los 4,95 euros "
                "actuales.\n")
            .empty());
}

TEST_CASE("percent-change: a relative clause names the change, and the next sentence names it with a demonstrative",
          "[check][arithmetic]") {
  CHECK(lint("Operating profit reached \xC2\xA3" "248m, against \xC2\xA3" "212m in 2024, which the company presented to "
             "investors as a 21% improvement.\n")
            .find("a.txt:1:102: error: from \xC2\xA3" "212 million to \xC2\xA3" "248 million is a rise of 17%, not 21% "
                  "[percent-change]") != std::string::npos);
  CHECK(lint("Operating profit reached \xC2\xA3" "248m, against \xC2\xA3" "212m in 2024, which the company presented to "
             "investors as a 17% improvement.\n")
            .empty());
  CHECK(lint("Sales rose to $50m from $40m. Analysts welcomed that 30% rise.\n")
            .find("a.txt:1:54: error: from $40 million to $50 million is a rise of 25%, not 30% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Sales rose to $50m from $40m. Analysts welcomed that 25% rise.\n").empty());
  // Another measure is named, or another paragraph: not that change.
  CHECK(lint("Sales rose to $50m from $40m. Analysts feared that 30% rise in costs.\n").empty());
  CHECK(lint("Sales rose to $50m from $40m.\n\nAnalysts welcomed that 30% rise.\n").empty());
  CHECK(lint_es("Los ingresos pasaron de 40 millones de euros en 2024 a 50 millones de euros en 2025. La direcci\xC3\xB3n "
                "celebr\xC3\xB3 ese aumento del 30 %.\n")
            .find("is a rise of 25%, not 30% [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: a change stated as a fraction, a time phrase after A, a factor before a comma",
          "[check][arithmetic]") {
  CHECK(lint("Takings rose to \xC2\xA3" "52.4m from \xC2\xA3" "45.1m the year before, a rise of almost a quarter.\n")
            .find("a.txt:1:63: error: from \xC2\xA3" "45.1 million to \xC2\xA3" "52.4 million is a rise of 16%, not "
                  "\"almost a quarter\" [percent-change]") != std::string::npos);
  CHECK(lint("Takings rose to \xC2\xA3" "52.4m from \xC2\xA3" "45.1m the year before, a rise of about a sixth.\n")
            .empty());
  CHECK(lint("Takings rose to \xC2\xA3" "52.4m from \xC2\xA3" "45.1m in 2024, a rise of 26%.\n")
            .find("is a rise of 16%, not 26% [percent-change]") != std::string::npos);
  CHECK(lint("Takings rose to \xC2\xA3" "52.4m from \xC2\xA3" "45.1m in 2024, a rise of 16%.\n").empty());
  CHECK(lint("Freight volumes tripled, from 42,000 tonnes to 105,000 tonnes.\n")
            .find("a.txt:1:17: error: from 42,000 to 105,000 is 2.5 times, not triple [percent-change]") !=
        std::string::npos);
  CHECK(lint("Freight volumes tripled, from 42,000 tonnes to 126,000 tonnes.\n").empty());
}

TEST_CASE("percent-change: Spanish del A al B, hasta B desde A, and a long phrase of when after B",
          "[check][arithmetic]") {
  CHECK(lint_es("La caba\xC3\xB1" "a ovina retrocedi\xC3\xB3 de 86.400 a 79.100 cabezas en los \xC3\xBAltimos cinco "
                "a\xC3\xB1os, un descenso del 12 %, seg\xC3\xBAn los datos.\n")
            .find("error: from 86,400 to 79,100 is a fall of 8%, not 12% [percent-change]") != std::string::npos);
  CHECK(lint_es("La caba\xC3\xB1" "a ovina retrocedi\xC3\xB3 de 86.400 a 79.100 cabezas en los \xC3\xBAltimos cinco "
                "a\xC3\xB1os, un descenso del 8,4 %.\n")
            .empty());
  CHECK(lint_es("El gasto escal\xC3\xB3 hasta los 3,9 millones de euros desde los 2,4 millones de euros de 2025, un "
                "salto del 48 %.\n")
            .find("is a rise of 62%, not 48% [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: a change stated as the difference itself", "[check][arithmetic]") {
  CHECK(lint("Revenue rose from \xC2\xA3" "4.1m to \xC2\xA3" "5.3m, an increase of \xC2\xA3" "1.4m.\n")
            .find("a.txt:1:50: error: from \xC2\xA3" "4.1 million to \xC2\xA3" "5.3 million is a rise of \xC2\xA3"
                  "1.2 million, not \xC2\xA3" "1.4 million [percent-change]") != std::string::npos);
  CHECK(lint("The wait fell from 41 days to 29, a cut of 14 days.\n")
            .find("error: from 41 to 29 is a fall of 12, not 14 [percent-change]") != std::string::npos);
  CHECK(lint("Arrests fell to 212 from 268, a drop of 57.\n").find("is a fall of 56, not 57") != std::string::npos);
  // Right, or within the rounding of the figures.
  CHECK(lint("Arrests fell to 212 from 268, a drop of 56.\n").empty());
  CHECK(lint("The wait fell from 41 days to 29, a cut of 12 days.\n").empty());
  CHECK(lint("The population grew from 1.2 million to 1.5 million, an increase of 312,000.\n").empty());
  // Another unit is no difference of these figures.
  CHECK(lint("Revenue rose from \xC2\xA3" "4.1m to \xC2\xA3" "5.3m, an increase of 14 staff.\n").empty());
}

TEST_CASE("percent-change: the next sentence opens with the change and its size, or restates it",
          "[check][arithmetic]") {
  CHECK(lint("Sales stood at 3,871, against 4,126 a year ago. The drop of 285 is the first fall.\n")
            .find("a.txt:1:61: error: from 4,126 to 3,871 is a fall of 255, not 285 [percent-change]") !=
        std::string::npos);
  CHECK(lint("Sales stood at 3,871, against 4,126 a year ago. The drop of 255 is the first fall.\n").empty());
  const std::string apposition =
      "Surveyors counted 29 vacant units in July, down from 38 twelve months earlier. That fall of nine, a drop of "
      "around 31 per cent, leaves the rate at 13.6 per cent.\n";
  CHECK(lint(apposition).find("a.txt:1:109: error: from 38 to 29 is a fall of 24%, not 31% [percent-change]") !=
        std::string::npos);
  std::string right = apposition;
  right.replace(right.find("31 per"), 6, "24 per");
  CHECK(lint(right).empty());
  CHECK(lint("Footfall went from 3,200 in 2024 to 4,100 last autumn. Put another way, Sunday use grew by about 22 "
             "per cent in a single year.\n")
            .find("from 3,200 to 4,100 is a rise of 28%, not 22% [percent-change]") != std::string::npos);
  // Another figure in the restating sentence: not a restatement.
  CHECK(lint("Footfall went from 3,200 in 2024 to 4,100 last autumn. Put another way, use grew by about 22 per cent "
             "and staff by 12.\n")
            .empty());
  // Two figures before the comparison: which one it compares is not told;
  // unless the second is the whole of the first ("among the town's 214").
  CHECK(lint("Surveyors counted 29 vacant units and 214 shops, down from 38 a year ago. That fall of nine, a drop "
             "of around 31 per cent, is welcome.\n")
            .empty());
  CHECK(lint("Surveyors counted 29 vacant units among the town's 214 shops, down from 38 a year ago. That fall of "
             "nine, a drop of around 31 per cent, is welcome.\n")
            .find("a.txt:1:117: error: from 38 to 29 is a fall of 24%, not 31% [percent-change]") != std::string::npos);
  CHECK(lint("Of the chain's 60 branches, 12 out of its 40 stores closed, down from 15 a year ago. That fall of three, "
             "a drop of 20 per cent, is welcome.\n")
            .empty());
  // A season is no figure: "Sales for 2026/27 stood at 3,871".
  CHECK(lint("Sales for 2026/27 stood at 3,871 when the window closed, against 4,126 a year ago. The drop of 285 is "
             "the first.\n")
            .find("error: from 4,126 to 3,871 is a fall of 255, not 285 [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: a Spanish change named at the opening of the next paragraph", "[check][arithmetic]") {
  const std::string text =
      "A 30 de junio hab\xC3\xAD" "a 7.150 pacientes pendientes, frente a los 8.420 que se contabilizaban al cierre de "
      "2025.\n\nLa reducci\xC3\xB3n, del 18,2 % en apenas un semestre, se atribuye a los quir\xC3\xB3" "fanos de "
      "tarde.\n";
  CHECK(lint_es(text).find("error: from 8,420 to 7,150 is a fall of 15.1%, not 18.2% [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("18,2"), 4, "15,1");
  CHECK(lint_es(right).empty());
  // A later sentence of the next paragraph names another change.
  CHECK(lint_es("A 30 de junio hab\xC3\xAD" "a 7.150 pacientes, frente a los 8.420 de 2025.\n\nLos quir\xC3\xB3" "fanos "
                "abrieron por la tarde y la espera media registr\xC3\xB3 una reducci\xC3\xB3n del 18,2 %.\n")
            .empty());
}

TEST_CASE("percent-change: B, down D on last year's figure of A", "[check][arithmetic]") {
  CHECK(lint("The register now stands at 6,918 households, down 340 on last year's figure of 7,204.\n")
            .find("a.txt:1:51: error: from 7,204 to 6,918 is a fall of 286, not 340 [percent-change]") !=
        std::string::npos);
  CHECK(lint("The register now stands at 6,918 households, down 286 on last year's figure of 7,204.\n").empty());
  // Points between percentages are no difference of this kind.
  CHECK(lint("Unemployment was 5.2%, up 0.3 from 4.9%.\n").empty());
}

TEST_CASE("percent-change: 'more than doubled' after a time phrase, and the change named mid-sentence",
          "[check][arithmetic]") {
  CHECK(lint("Installations more than doubled in 2025, from 1,340 at the start of the year to 2,410 at the end.\n")
            .find("a.txt:1:15: error: from 1,340 to 2,410 is 1.8 times, not more than double [percent-change]") !=
        std::string::npos);
  CHECK(lint("Installations more than doubled in 2025, from 1,340 at the start of the year to 2,810 at the end.\n")
            .empty());
  // At least twice: 1.95 times is not "more than doubled".
  CHECK(lint("Profit more than doubled from $96m to $187m.\n")
            .find("a.txt:1:8: error: from $96 million to $187 million is 1.95 times, not more than double "
                  "[percent-change]") == 0);
  CHECK(lint("Profit more than doubled from $96m to $193m.\n").empty());
  CHECK(lint("The list stood at 12,780, compared with 14,200 a year earlier. Bosses said the improvement, a fall of 13 "
             "per cent, reflected new clinics.\n")
            .find("error: from 14,200 to 12,780 is a fall of 10%, not 13% [percent-change]") != std::string::npos);
  CHECK(lint("The list stood at 12,780, compared with 14,200 a year earlier. Bosses said the improvement, a fall of 10 "
             "per cent, reflected new clinics.\n")
            .empty());
}

TEST_CASE("percent-change: 'es decir, 357 menos', 'that is, 45 fewer'", "[check][arithmetic]") {
  CHECK(lint("Illegal connections fell from 2,315 in 2024 to 1,968 in 2025, that is, 357 fewer.\n")
            .find("a.txt:1:72: error: from 2,315 to 1,968 is a fall of 347, not 357 [percent-change]") !=
        std::string::npos);
  CHECK(lint("Illegal connections fell from 2,315 in 2024 to 1,968 in 2025, that is, 347 fewer.\n").empty());
  CHECK(lint_es("Las tomas pasaron de 2.315 en 2024 a 1.968 en 2025, es decir, 357 menos.\n")
            .find("is a fall of 347, not 357 [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: 'That represents a drop of N%' and 'That was D lower than the previous year's A'",
          "[check][arithmetic]") {
  CHECK(lint("The list fell from 48,200 in April 2025 to 44,900 at the end of February. That represents a drop of 11 "
             "per cent, the trust said.\n")
            .find("error: from 48,200 to 44,900 is a fall of 7%, not 11% [percent-change]") != std::string::npos);
  CHECK(lint("The list fell from 48,200 in April 2025 to 44,900 at the end of February. That represents a drop of 7 "
             "per cent, the trust said.\n")
            .empty());
  CHECK(lint("Wages came to \xC2\xA3" "29.4m. That was \xC2\xA3" "1.8m lower than the previous year's \xC2\xA3"
             "30.9m.\n")
            .find("error: from \xC2\xA3" "30.9 million to \xC2\xA3" "29.4 million is a fall of \xC2\xA3" "1.5 million, "
                  "not \xC2\xA3" "1.8 million [percent-change]") != std::string::npos);
  CHECK(lint("Wages came to \xC2\xA3" "29.4m. That was \xC2\xA3" "1.5m lower than the previous year's \xC2\xA3"
             "30.9m.\n")
            .empty());
}

TEST_CASE("percent-change: a factor a clause before ', rising from A to B'", "[check][arithmetic]") {
  CHECK(lint("Monthly journeys have tripled since the cap came in, rising from 41,000 to 98,000.\n")
            .find("error: from 41,000 to 98,000 is 2.39 times, not triple [percent-change]") != std::string::npos);
  CHECK(lint("Monthly journeys have tripled since the cap came in, rising from 41,000 to 123,000.\n").empty());
  // A figure between: the factor is not this change's.
  CHECK(lint("Fares tripled to 3 pounds since 2020, rising from 41,000 to 98,000.\n").empty());
}

TEST_CASE("percent-change: a sentence opening with what B compares with, then a clause naming the change",
          "[check][arithmetic]") {
  const std::string text =
      "Las remesas sumaron 5,219 millones de d\xC3\xB3lares en marzo. Frente a los 4,870 millones registrados en el "
      "mismo mes de 2025, el monto implica un avance anual de 9.3% y es el mayor del a\xC3\xB1o.\n";
  CHECK(lint_es(text).find("error: from $4.87 billion to $5.22 billion is a rise of 7.2%, not 9.3% [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("9.3%"), 4, "7.2%");
  CHECK(lint_es(right).empty());
  CHECK(lint("Sales reached 4,100 in January. Compared with 3,200 a year earlier, the figure marks a rise of 40 per "
             "cent.\n")
            .find("from 3,200 to 4,100 is a rise of 28%, not 40% [percent-change]") != std::string::npos);
  // No change named in the clause: nothing.
  CHECK(lint("Sales reached 4,100 in January. Compared with 3,200 a year earlier, 40 per cent came online.\n").empty());
}

TEST_CASE("percent-change: a change hedged with 'almost' is within a tenth below its figure", "[check][arithmetic]") {
  const std::string text = "Completions rose from 9,870 to 10,985, an increase of almost 15 per cent.\n";
  CHECK(lint(text).find("error: from 9,870 to 10,985 is a rise of 11%, not \"almost 15 per cent\" [percent-change]") !=
        std::string::npos);
  CHECK(lint("Completions rose from 9,870 to 10,985, an increase of almost 12 per cent.\n").empty());
  CHECK(lint("Completions rose from 9,870 to 10,985, an increase of less than 15 per cent.\n").empty());
}

TEST_CASE("percent-change: a bare A leaves out B's scale word", "[check][arithmetic]") {
  const std::string text =
      "La partida de carreteras crece hasta los 45,1 millones, frente a los 38,6 del a\xC3\xB1o pasado, un aumento "
      "del 21,4 %.\n";
  CHECK(lint_es(text).find("error: from 38.6 million to 45.1 million is a rise of 16.8%, not 21.4% [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("21,4"), 4, "16,8");
  CHECK(lint_es(right).empty());
  // Figures a thousandfold apart are read at two scales: no change.
  CHECK(lint("Revenue rose to $45.1 million, from 38,600 units, a rise of 21%.\n").empty());
}

TEST_CASE("percent-change: Spanish 'este año' and 'por kilo' after B", "[check][arithmetic]") {
  const std::string text =
      "El precio medio de la uva bajó de 0,92 euros por kilo en 2025 a 0,78 euros este a\xC3\xB1o, un descenso del "
      "18 %.\n";
  CHECK(lint_es(text).find("error: from \xE2\x82\xAC" "0.92 to \xE2\x82\xAC" "0.78 is a fall of 15%, not 18% "
                           "[percent-change]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("18 %"), 4, "15 %");
  CHECK(lint_es(right).empty());
}

TEST_CASE("percent-change: fiscal years and a dash before the change, an 'uplift'", "[check][arithmetic]") {
  const std::string text =
      "Spending will rise from \xC2\xA3" "62.2bn in 2025-26 to \xC2\xA3" "66.8bn in 2026-27, a 9 per cent uplift "
      "that the Chancellor said would help.\n";
  CHECK(lint(text).find("error: from \xC2\xA3" "62.2 billion to \xC2\xA3" "66.8 billion is a rise of 7%, not 9% "
                        "[percent-change]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("9 per"), 5, "7 per");
  CHECK(lint(right).empty());
  const std::string points =
      "The share paying the 40p rate will climb from 13.8 per cent this year to 16.2 per cent in 2029-30 \xE2\x80\x93 "
      "an increase of 2.4 per cent.\n";
  CHECK(lint(points).find("warning: from 13.8% to 16.2% is a rise of 2.4 percentage points (17.4%), not 2.4% "
                          "[percentage-points]") != std::string::npos);
  std::string right_points = points;
  right_points.replace(right_points.find("2.4 per cent"), 12, "2.4 percentage points");
  CHECK(lint(right_points).empty());
}

TEST_CASE("percent-change: a figure told again per share between B and 'from A'", "[check][arithmetic]") {
  const std::string text =
      "Net income more than doubled to $214 million, or $1.07 a diluted share, from $131 million, or 65 cents a "
      "share, in the first quarter of 2025.\n";
  CHECK(lint(text).find("error: from $131 million to $214 million is 1.63 times, not more than double "
                        "[percent-change]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("$214"), 4, "$284");
  CHECK(lint(right).empty());
  // The same apposition after A, "from A to B".
  CHECK(lint("Revenue rose from $2.87 billion, or 41% of the group total, to $3.12 billion, an increase of 11%.\n")
            .find("error: from $2.87 billion to $3.12 billion is a rise of 9%, not 11% [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percent-change: a change verb, N% and a bare A whose noun is B's in the sentence before",
          "[check][arithmetic]") {
  const std::string text =
      "Reino Unido se mantuvo como primer mercado emisor, con 1,52 millones de turistas, el 17,6% del total. Las "
      "llegadas de brit\xC3\xA1nicos crecieron un 3,1% frente a los 1,41 millones de abril de 2025, y su gasto "
      "alcanz\xC3\xB3 los 1.679 millones de euros.\n";
  CHECK(lint_es(text).find("error: from 1.41 million to 1.52 million is a rise of 7.8%, not 3.1% [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("3,1%"), 4, "7,8%");
  CHECK(lint_es(right).empty());
  // A with a noun of its own is no elided B: another measure may be meant.
  CHECK(lint("Revenue was $4.2 million. Profit rose 12% from $1.1 million.\n").empty());
  CHECK(lint("Visitors reached 1.52 million. Spending rose 3.1% from $1.41 million.\n").empty());
}

TEST_CASE("percent-change: 'frente a las A' bare, a relative clause with a season '2024/2025' after it",
          "[check][arithmetic]") {
  const std::string text =
      "Las almazaras hab\xC3\xAD" "an recibido un total de 1.845.300 toneladas de aceituna, frente a las 2.012.600 que "
      "se contabilizaban a la misma fecha de la campa\xC3\xB1" "a 2024/2025, lo que supone un descenso del 12 por "
      "ciento.\n";
  CHECK(lint_es(text).find("error: from 2.01 million to 1.85 million is a fall of 8%, not 12% [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("12 por"), 6, "8 por");
  CHECK(lint_es(right).empty());
}

TEST_CASE("percent-change: Spanish 'al pasar de A a B' with a phrase of when after each figure", "[check][arithmetic]") {
  const std::string text =
      "La demora media se ha reducido, al pasar de 131 d\xC3\xAD" "as en diciembre de 2024 a 118 d\xC3\xAD" "as al "
      "cierre del pasado a\xC3\xB1o, un 12% menos.\n";
  CHECK(lint_es(text).find("a.txt:1:115: error: from 131 to 118 is a fall of 10%, not 12% [percent-change]") == 0);
  std::string right = text;
  right.replace(right.find("12%"), 3, "10%");
  CHECK(lint_es(right).empty());
}

TEST_CASE("percent-change: 'doubled to B in the six months to 31 December from A'", "[check][arithmetic]") {
  CHECK(lint("Headline earnings doubled to $2.14bn in the six months to 31 December from $1.31bn a year earlier.\n") ==
        "a.txt:1:19: error: from $1.31 billion to $2.14 billion is 1.63 times, not double [percent-change]\n"
        "    Headline earnings doubled to $2.14bn in the six months to 31 December from $1.31bn a year earlier.\n"
        "                      ^~~~~~~\n"
        "a.txt:1:76: note: the change is computed from this figure\n"
        "    Headline earnings doubled to $2.14bn in the six months to 31 December from $1.31bn a year earlier.\n"
        "                                                                               ^~~~~~~\n"
        "a.txt:1:30: note: to this one\n"
        "    Headline earnings doubled to $2.14bn in the six months to 31 December from $1.31bn a year earlier.\n"
        "                                 ^~~~~~~\n");
  CHECK(lint("Headline earnings rose 63% to $2.14bn in the six months to 31 December from $1.31bn a year earlier.\n")
            .empty());
}

TEST_CASE("percent-change: Spanish 'se duplicaron, al pasar de A a B'", "[check][arithmetic]") {
  const std::string text = "Los env\xC3\xADos a India se duplicaron, al pasar de US$ 3,1 millones a US$ 5,4 millones.\n";
  CHECK(lint_es(text).find("a.txt:1:23: error: from $3.1 million to $5.4 million is 1.74 times, not double "
                           "[percent-change]") == 0);
  std::string right = text;
  right.replace(right.find("5,4"), 3, "6,2");
  CHECK(lint_es(right).empty());
  CHECK(lint_es("Las ventas se duplicaron de US$ 3,1 millones a US$ 5,4 millones.\n").find("not double") !=
        std::string::npos);
  // "el doble" compares; it tells no change.
  CHECK(lint_es("Las ventas de 2025 fueron el doble que las de 2020: de US$ 3,1 millones a US$ 5,4 millones.\n")
            .empty());
}

TEST_CASE("percent-change: Spanish 'crecieron 35%: pasaron de A a B', 'pasando de A a B'", "[check][arithmetic]") {
  const std::string text = "Las exportaciones crecieron {}%: pasaron de 48.000 a 61.000 sacos de 70 kilos.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "35"))
            .find("a.txt:1:29: error: from 48,000 to 61,000 is a rise of 27%, not 35% [percent-change]") == 0);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "27")).empty());
  CHECK(lint_es("Las ventas subieron un 35 %, pasando de 48.000 a 61.000 sacos.\n").find("not 35%") !=
        std::string::npos);
  // A figure of another thing after the mark: no change of the percentage.
  CHECK(lint_es("Las ventas subieron un 35 %: de 48.000 clientes, 61.000 compraron dos veces.\n").empty());
}

TEST_CASE("percent-change: 'with starts doubling to 196 from 112', bare figures after the factor", "[check][arithmetic]") {
  CHECK(lint("Row-house construction also accelerated, with starts doubling to 196 from 112 a year earlier.\n")
            .find("a.txt:1:54: error: from 112 to 196 is 1.75 times, not double [percent-change]") == 0);
  CHECK(lint("Starts doubled to 196 from 112 a year earlier.\n")
            .find("a.txt:1:8: error: from 112 to 196 is 1.75 times, not double [percent-change]") == 0);
  CHECK(lint("Starts doubled to 224 from 112 a year earlier.\n").empty());
}

TEST_CASE("percent-change: 'halved in two months: from A to B', 'fell by half', Spanish 'cay\xC3\xB3 a la mitad'",
          "[check][arithmetic]") {
  CHECK(lint("Deliveries halved in two months: from 148,000 litres a day in mid-November to 96,000 last week.\n")
            .find("a.txt:1:12: error: from 148,000 to 96,000 is 0.65 times, not half [percent-change]") == 0);
  CHECK(lint("Deliveries fell by half, from 148,000 litres a day to 96,000.\n")
            .find("a.txt:1:20: error: from 148,000 to 96,000 is 0.65 times, not half [percent-change]") == 0);
  CHECK(lint("Deliveries halved in two months: from 148,000 litres a day in mid-November to 75,000 last week.\n")
            .empty());
  const std::string text =
      "La remisi\xC3\xB3n a plantas cay\xC3\xB3 a la mitad en dos meses: de 148.000 litros diarios a mediados de "
      "noviembre a 96.000 la semana pasada.\n";
  CHECK(lint_es(text).find("error: from 148,000 to 96,000 is 0.65 times, not half [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("96.000"), 6, "74.000");
  CHECK(lint_es(right).empty());
  // "la mitad" as a share is no change.
  CHECK(lint_es("La mitad de los 148.000 litros diarios de noviembre fueron a 96.000 tambos.\n").empty());
}

TEST_CASE("percent-change: a change with a Spanish phrase of when before its figures", "[check][arithmetic]") {
  CHECK(lint_es("La remisi\xC3\xB3n cay\xC3\xB3 un 25% en dos meses, de 148.000 litros diarios a 96.000 litros.\n")
            .find("error: from 148,000 to 96,000 is a fall of 35%, not 25% [percent-change]") != std::string::npos);
  CHECK(lint_es("La remisi\xC3\xB3n cay\xC3\xB3 un 25% de 148.000 litros diarios a mediados de noviembre a "
                "96.000 litros.\n")
            .find("error: from 148,000 to 96,000 is a fall of 35%, not 25% [percent-change]") != std::string::npos);
  CHECK(lint_es("La remisi\xC3\xB3n cay\xC3\xB3 un 35% de 148.000 litros diarios a mediados de noviembre a "
                "96.000 litros.\n")
            .empty());
}

TEST_CASE("percent-change: 'would pay N% more, with its bill climbing from A to B'", "[check][arithmetic]") {
  CHECK(lint("A typical small business would pay 8.4% more, with its monthly bill climbing from $412.60 to $451.90.\n")
            .find("a.txt:1:36: error: from $412.60 to $451.90 is a rise of 9.5%, not 8.4% [percent-change]") == 0);
  CHECK(lint("A typical small business would pay 9.5% more, with its monthly bill climbing from $412.60 to $451.90.\n")
            .empty());
  CHECK(lint("Riders will pay 12% more, with the average fare rising from $2.00 to $2.50.\n")
            .find("error: from $2 to $2.50 is a rise of 25%, not 12% [percent-change]") != std::string::npos);
  // A part of some total: "with" names no possessive of the subject.
  CHECK(lint("Shoppers spent 12% more, with online sales climbing from $100 to $118.\n").empty());
  CHECK(lint("Revenue rose 12%, with its cloud sales climbing from $100 to $118.\n").empty());
}

TEST_CASE("percent-change: 'nearly doubled from four years ago, climbing to B from A'", "[check][arithmetic]") {
  CHECK(lint("Turnout there nearly doubled from four years ago, climbing to 1,690 ballots from 1,140 in 2022.\n")
            .find("a.txt:1:15: error: from 1,140 to 1,690 is 1.48 times, not double [percent-change]") == 0);
  CHECK(lint("Turnout there nearly doubled from four years ago, climbing to 2,190 ballots from 1,140 in 2022.\n")
            .empty());
}

TEST_CASE("percent-change: Spanish 'duplicara sus llegadas, que pasaron de A en el verano de 2025 a B'",
          "[check][arithmetic]") {
  const std::string text =
      "La nueva ruta ha permitido que el mercado norteamericano duplicara sus llegadas, que pasaron de 41.200 "
      "viajeros en el verano de 2025 a 72.900 este a\xC3\xB1o.\n";
  CHECK(lint_es(text).find("error: from 41,200 to 72,900 is 1.77 times, not double [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("72.900"), 6, "82.900");
  CHECK(lint_es(right).empty());
  CHECK(lint_es("El mercado duplic\xC3\xB3 sus llegadas, al pasar de 41.200 viajeros en 2025 a 72.900 este a\xC3\xB1o.\n")
            .find("error: from 41,200 to 72,900 is 1.77 times, not double [percent-change]") != std::string::npos);
  CHECK(lint_es("Las llegadas crecieron un 50%, al pasar de 41.200 viajeros en el verano de 2025 a 72.900 este "
                "a\xC3\xB1o.\n")
            .find("error: from 41,200 to 72,900 is a rise of 77%, not 50% [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: 'were more than halved, falling to B from A'", "[check][arithmetic]") {
  CHECK(lint("Hospitalizations were more than halved, falling to 54 patients in the drug group from 97 on placebo.\n")
            .find("a.txt:1:33: error: from 97 to 54 is 0.56 times, not less than half [percent-change]") == 0);
  CHECK(lint("Hospitalizations were more than halved, falling to 44 patients in the drug group from 97 on placebo.\n")
            .empty());
  CHECK(lint("Hospitalizations halved, falling to 54 patients in the drug group from 97 on placebo.\n")
            .find("error: from 97 to 54 is 0.56 times, not half [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: a factor before a colon, its figures compared after it", "[check][arithmetic]") {
  CHECK(lint("Meridian's cadence has tripled: the company has flown 10 Halyard missions so far in 2026, compared with "
             "four in all of 2025.\n")
            .find("a.txt:1:24: error: from 4 to 10 is 2.5 times, not triple [percent-change]") == 0);
  CHECK(lint("Meridian's cadence has tripled: the company has flown 12 Halyard missions so far in 2026, compared with "
             "four in all of 2025.\n")
            .empty());
}

TEST_CASE("percent-change: 'up N% from A' with B told of the same subject in the sentence before", "[check][arithmetic]") {
  const std::string text =
      "Buses carried 6,912,400 riders, and light rail accounted for 2,641,800 boardings.\n\nLight rail posted the "
      "strongest gain, up 14.2% from 2,420,500 boardings in the second quarter of 2025.\n";
  CHECK(lint(text).find("a.txt:3:42: error: from 2.42 million to 2.64 million is a rise of 9.1%, not 14.2% "
                        "[percent-change]") == 0);
  std::string right = text;
  right.replace(right.find("14.2%"), 5, "9.1%");
  CHECK(lint(right).empty());
  // Told of something else, the count before is no B.
  std::string other = text;
  other.replace(other.find("Light rail posted"), 17, "Streetcars posted");
  CHECK(lint(other).empty());
}

TEST_CASE("percent-change: 'rose N% and reached B, compared with A' and 'crecieron N% y llegaron a B, frente a A'",
          "[check][arithmetic]") {
  CHECK(lint("Gold sales rose 22% and reached $9.57 billion, compared with $8.11 billion a year earlier, as prices "
             "climbed.\n")
            .find("a.txt:1:17: error: from $8.11 billion to $9.57 billion is a rise of 18%, not 22% [percent-change]") ==
        0);
  CHECK(lint("Gold sales rose 18% to reach $9.57 billion, compared with $8.11 billion a year earlier, as prices "
             "climbed.\n")
            .empty());
  const std::string es =
      "Las ventas de oro crecieron 22% y llegaron a 9.573 millones de d\xC3\xB3lares, frente a 8.112 millones en "
      "enero-agosto de 2025, debido a la subida del metal.\n";
  CHECK(lint_es(es).find("error: from $8.11 billion to $9.57 billion is a rise of 18%, not 22% [percent-change]") !=
        std::string::npos);
  std::string right = es;
  right.replace(right.find("22%"), 3, "18%");
  CHECK(lint_es(right).empty());
}

TEST_CASE("percent-change: a factor verb and its object before the figures, 'doubled its support, from A to B'",
          "[check][arithmetic]") {
  CHECK(lint("The party doubled its support, from 5.9% to 9.8%, and won two more seats.\n")
            .find("a.txt:1:11: error: from 5.9% to 9.8% is 1.66 times, not double [percent-change]") == 0);
  CHECK(lint("The party doubled its support from 5.9% to 11.6%.\n").empty());
  CHECK(lint_es("Alternativa Ciudadana, que duplic\xC3\xB3 su apoyo, del 5,9 % al 9,8 %, pasa de tres a cinco "
                "diputados.\n")
            .find("error: from 5.9% to 9.8% is 1.66 times, not double [percent-change]") != std::string::npos);
  // Without a possessive the words may be of another clause.
  CHECK(lint("The party doubled, and support went from 5.9% to 9.8%.\n").empty());
}

TEST_CASE("percent-change: 'B to PLACE this season, up N% from A'", "[check][arithmetic]") {
  const std::string text =
      "The club drew 312,480 fans to Riverside Park this season, up 9.8 percent from last year's 289,905.\n";
  CHECK(lint(text).find("a.txt:1:62: error: from 289,905 to 312,480 is a rise of 7.8%, not 9.8% [percent-change]") ==
        0);
  std::string right = text;
  right.replace(right.find("9.8"), 3, "7.8");
  CHECK(lint(right).empty());
}

TEST_CASE("percent-change: 'B, a figure that has halved since DATE, when A' and 'desde DATE, cuando A, ... B'",
          "[check][arithmetic]") {
  const std::string text =
      "The district counted 1,190 kindergartners this fall, a figure that has nearly halved since 2016, when 1,620 "
      "enrolled.\n";
  CHECK(lint(text).find("a.txt:1:79: error: from 1,620 to 1,190 is 0.73 times, not nearly half [percent-change]") ==
        0);
  std::string right = text;
  right.replace(right.find("1,190"), 5, "950");
  CHECK(lint(right).empty());
  // B after the clause of A.
  CHECK(lint("Ridership has more than doubled since 2019, when 41,000 people used the line, to 74,500 this year.\n")
            .find("error: from 41,000 to 74,500 is 1.82 times, not more than double [percent-change]") !=
        std::string::npos);
  CHECK(lint("Ridership has more than doubled since 2019, when 41,000 people used the line, to 84,500 this year.\n")
            .empty());
  CHECK(lint_es("El paro juvenil, que se ha reducido a la mitad desde febrero de 2022, cuando sumaba 7.940 personas, "
                "se situ\xC3\xB3 el mes pasado en 4.615 personas.\n")
            .find("error: from 7,940 to 4,615 is 0.58 times, not half [percent-change]") != std::string::npos);
  // No factor before "since": no change read.
  CHECK(lint("The district counted 1,190 pupils this fall, the fewest since 2016, when 1,620 enrolled.\n").empty());
}

TEST_CASE("percent-change: a date after the change and a rate after B ('doubled in October, to B from A')",
          "[check][arithmetic]") {
  CHECK(lint("Cargo volume doubled in October, to 1,140 tons from 690 tons, after a carrier added a flight.\n")
            .find("a.txt:1:14: error: from 690 to 1,140 is 1.65 times, not double [percent-change]") == 0);
  CHECK(lint("Cargo volume doubled in October, to 1,380 tons from 690 tons.\n").empty());
  CHECK(lint("The reservation rate rose 19 per cent to 0.58 homes per outlet per week, from 0.51 a year earlier.\n")
            .find("a.txt:1:27: error: from 0.51 to 0.58 is a rise of 14%, not 19% [percent-change]") == 0);
  CHECK(lint("The reservation rate rose 13.7 per cent to 0.58 homes per outlet per week, from 0.51 a year earlier.\n")
            .empty());
}

TEST_CASE("percent-change: Spanish perfect tenses ('han pasado de A a B') and a 'sin' phrase set off by commas",
          "[check][arithmetic]") {
  CHECK(lint_es("Los pacientes han pasado de 1.140 a 615, un 54% menos.\n")
            .find("error: from 1,140 to 615 is a fall of 46%, not 54% [percent-change]") != std::string::npos);
  CHECK(lint_es("Los pacientes han pasado de 1.140 a 615, un 46% menos.\n").empty());
  CHECK(lint_es("Las exportaciones directas, sin intermediarios, se han triplicado en un a\xC3\xB1o, al pasar de 1,1 "
                "a 2,6 millones de kilos.\n")
            .find("error: from 1.1 million to 2.6 million is 2.36 times, not triple [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percent-change: 'a N% increase would lift X to B from A', and a change told under a condition",
          "[check][arithmetic]") {
  CHECK(lint("For a typical household, the first 4.9 per cent increase would lift the monthly bill to $151.90 from "
             "$142.60.\n")
            .find("a.txt:1:36: error: from $142.60 to $151.90 is a rise of 6.5%, not 4.9% [percent-change]") == 0);
  CHECK(lint("A 6.5 per cent increase would lift the bill to $151.90 from $142.60.\n").empty());
  CHECK(lint("A 4.9 per cent cut took the bill to $142.60 from $151.90.\n")
            .find("error: from $151.90 to $142.60 is a fall of 6.1%, not 4.9% [percent-change]") != std::string::npos);
  // A hypothesis asserts its arithmetic; a denial does not.
  CHECK(lint("The bill would rise 4.9 per cent to $151.90 from $142.60.\n")
            .find("error: from $142.60 to $151.90 is a rise of 6.5%, not 4.9% [percent-change]") != std::string::npos);
  CHECK(lint("The bill did not rise 4.9 per cent to $151.90 from $142.60.\n").empty());
}

TEST_CASE("percent-change: Spanish 'B, un alza de N% frente a los A' and 'duplicó su X en el semestre, al pasar de'",
          "[check][arithmetic]") {
  CHECK(lint_es("Las transferencias sumaron 498 millones de d\xC3\xB3lares, un alza de 6,8% frente a los 451 millones "
                "del mismo periodo de 2024.\n")
            .find("error: from $451 million to $498 million is a rise of 10.4%, not 6.8% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("Las transferencias sumaron 498 millones de d\xC3\xB3lares, un alza de 10,4% frente a los 451 millones "
                "del mismo periodo de 2024.\n")
            .empty());
  // "un 15% más que los A" is read as before.
  CHECK(lint_es("Propone un dividendo de 0,62 euros por acci\xC3\xB3n, un 15% m\xC3\xA1s que los 0,56 euros del a\xC3\xB1o "
                "anterior.\n")
            .find("error: from \xE2\x82\xAC" "0.56 to \xE2\x82\xAC" "0.62 is a rise of 11%, not 15% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("La ruta de Houston duplic\xC3\xB3 su tr\xC3\xA1" "fico en el semestre, al pasar de 96.400 a 162.800 "
                "pasajeros.\n")
            .find("error: from 96,400 to 162,800 is 1.69 times, not double [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: 'cut nearly in half, to N days from A' (a hedge before 'in half', a bare A of days)",
          "[check][arithmetic]") {
  CHECK(lint("Days cash on hand were cut nearly in half, to 158 days from 212 a year earlier.\n")
            .find("a.txt:1:38: error: from 212 to 158 is 0.75 times, not nearly half [percent-change]") == 0);
  CHECK(lint("Days cash on hand were cut nearly in half, to 118 days from 212 a year earlier.\n").empty());
  // "roughly" is rounder still: 0.56 is roughly half.
  CHECK(lint("Days cash on hand were cut roughly in half, to 118 days from 212 a year earlier.\n").empty());
  CHECK(lint("Days cash on hand were cut roughly in half, to 158 days from 212 a year earlier.\n")
            .find("error: from 212 to 158 is 0.75 times, not roughly half [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: Spanish 'al pasar de A euros ... a los B actuales' (a bare B of A's currency, 'actuales' no noun)",
          "[check][arithmetic]") {
  CHECK(lint_es("El precio se ha duplicado en una d\xC3\xA9" "cada, al pasar de 2.310 euros en mayo de 2016 a los 3.980 "
                "actuales.\n")
            .find("error: from \xE2\x82\xAC" "2,310 to \xE2\x82\xAC" "3,980 is 1.72 times, not double [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("El precio se ha duplicado en una d\xC3\xA9" "cada, al pasar de 2.310 euros en mayo de 2016 a los 4.580 "
                "actuales.\n")
            .empty());
}

TEST_CASE("percent-change: 'That is up N percent from A' speaks of the level told before an average set after it",
          "[check][arithmetic]") {
  // 23,460 is 50% above 15,640; the average of 4,692 a game is not what "That" is.
  CHECK(lint("Attendance at the five home games totaled 23,460, an average of 4,692 fans per game. That is up 50 "
             "percent from last season's 15,640.\n")
            .empty());
  // An average that is the sentence's level is compared.
  CHECK(lint("Attendance averaged 11,420 a night over the spring. That compared with 10,100 a year earlier, a rise of "
             "19 per cent.\n")
            .find("error: from 10,100 to 11,420 is a rise of 13%, not 19% [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: Spanish 'crecieron un N %, hasta B, desde las A' and a factor before a colon with its object",
          "[check][arithmetic]") {
  CHECK(lint_es("Las pernoctaciones crecieron un 9 %, hasta 3.120.000, desde las 2.810.000 del a\xC3\xB1o anterior.\n")
            .find("error: from 2.81 million to 3.12 million is a rise of 11%, not 9% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("Las pernoctaciones crecieron un 11 %, hasta 3.120.000, desde las 2.810.000 del a\xC3\xB1o anterior.\n")
            .empty());
  CHECK(lint_es("Las pernoctaciones subieron un 12,3 %, hasta 3.695.000, frente a las 3.412.000 de 2025.\n")
            .find("error: from 3.41 million to 3.69 million is a rise of 8.3%, not 12.3% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("La estaci\xC3\xB3n ha duplicado sus usuarios en un a\xC3\xB1o: ha pasado de 3.900 a 6.200 viajeros "
                "diarios.\n")
            .find("error: from 3,900 to 6,200 is 1.59 times, not double [percent-change]") != std::string::npos);
  CHECK(lint_es("La estaci\xC3\xB3n ha duplicado sus usuarios en un a\xC3\xB1o: ha pasado de 3.900 a 7.800 viajeros "
                "diarios.\n")
            .empty());
}

TEST_CASE("percent-change: a later sentence sizes the change of a measure it names ('the 25% drop in the jobless rate')",
          "[check][arithmetic]") {
  CHECK(lint("The jobless rate fell to 5.1% from 6.0% in March. Officials welcomed the 25% drop in the jobless rate.\n")
            .find("a.txt:1:74: error: from 6% to 5.1% is a fall of 15%, not 25% [percent-change]") == 0);
  CHECK(lint("The jobless rate fell to 5.1% from 6.0% in March. Officials welcomed the 15% drop in the jobless rate.\n")
            .empty());
  // Another measure, or the same one over another span: silent.
  CHECK(lint("The jobless rate fell to 5.1% from 6.0% in March. Officials welcomed the 25% drop in the crime rate.\n")
            .empty());
  CHECK(lint("The jobless rate fell to 5.1% from 6.0% in March. Officials welcomed the 25% drop in the jobless rate "
             "over the decade.\n")
            .empty());
}

TEST_CASE("percent-change: 'rising to B from the A state officials first offered' reads A after 'from the'",
          "[check][arithmetic]") {
  CHECK(lint("Ohio's incentive package more than doubled during negotiations, rising to $340 million from the $180 "
             "million state officials first offered in 2024.\n")
            .find("a.txt:1:26: error: from $180 million to $340 million is 1.89 times, not more than double "
                  "[percent-change]") == 0);
  CHECK(lint("Ohio's incentive package more than doubled during negotiations, rising to $380 million from the $180 "
             "million state officials first offered in 2024.\n")
            .empty());
}

TEST_CASE("percent-change: prices in cents per unit ('412c/kg, up 9 per cent on the 368c/kg top') are told in cents",
          "[check][arithmetic]") {
  CHECK(lint("Heavy steers topped at 412c/kg, up 9 per cent on the 368c/kg top recorded a month earlier.\n")
            .find("a.txt:1:36: error: from 368c to 412c is a rise of 12%, not 9% [percent-change]") == 0);
  CHECK(lint("Heavy steers topped at 412c/kg, up 12 per cent on the 368c/kg top recorded a month earlier.\n").empty());
  CHECK(lint("Petrol fell to 48.5 cents a litre from 52.1 cents, a drop of 12 per cent.\n")
            .find("error: from 52.1 cents to 48.5 cents is a fall of 7%, not 12% [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percent-change: Spanish 'B, una baja de N% frente a los A'", "[check][arithmetic]") {
  CHECK(lint_es("En el segundo trimestre el flujo fue de 1.262 millones, una baja de 6,4% frente a los 1.318 millones "
                "del mismo lapso del a\xC3\xB1o anterior.\n")
            .find("error: from 1.32 billion to 1.26 billion is a fall of 4.2%, not 6.4% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("En el segundo trimestre el flujo fue de 1.262 millones, una baja de 4,2% frente a los 1.318 millones "
                "del mismo lapso del a\xC3\xB1o anterior.\n")
            .empty());
}

TEST_CASE("percent-change: 'Completions rose from A in 2024, an increase of N' takes B from the sentence before",
          "[check][arithmetic]") {
  const std::string text =
      "A total of 1,312 new homes were completed in the county last year.\n\n"
      "Completions rose from 1,140 in 2024, an increase of 19 per cent, and the county finished 14 per cent ahead "
      "of its target of 1,150 homes.\n";
  const std::string out = lint(text);
  CHECK(out.find("a.txt:3:53: error: from 1,140 to 1,312 is a rise of 15%, not 19% [percent-change]") == 0);
  CHECK(out.find("a.txt:1:12: note: to this one") != std::string::npos);
  std::string right = text;
  right.replace(right.find("19 per cent"), 2, "15");
  CHECK(lint(right).empty());
  // Two counts before: no one B.
  std::string two = text;
  two.replace(two.find("last year"), 9, "last year and 300 more are under way");
  CHECK(lint(two).empty());
}

TEST_CASE("percent-change: 'a lift of N per cent' and a unit's abbreviation in brackets after B",
          "[check][arithmetic]") {
  CHECK(lint("The co-operative raised its forecast to $10.25 per kilogram of milksolids (kgMS), up from the $9.70 it "
             "signalled in December \xE2\x80\x93 a lift of 7.4 per cent.\n")
            .find("error: from $9.70 to $10.25 is a rise of 5.7%, not 7.4% [percent-change]") != std::string::npos);
  CHECK(lint("The co-operative raised its forecast to $10.25 per kilogram of milksolids (kgMS), up from the $9.70 it "
             "signalled in December \xE2\x80\x93 a lift of 5.7 per cent.\n")
            .empty());
  CHECK(lint("Sales slipped to 4,100 from 4,400, a slip of 12 per cent.\n")
            .find("error: from 4,400 to 4,100 is a fall of 7%, not 12% [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: 'rose N% to B, compared with A' before a clause of no figure", "[check][arithmetic]") {
  const std::string text = "Sus ventas crecieron un 18%, hasta los 212 millones de euros, frente a los 196 millones "
                           "de 2024, gracias sobre todo a los nuevos env\xC3\xADos a\xC3\xA9reos.\n";
  CHECK(lint_es(text).find("a.txt:1:25: error: from \xE2\x82\xAC" "196 million to \xE2\x82\xAC" "212 million is a "
                           "rise of 8%, not 18% [percent-change]") == 0);
  std::string right = text;
  right.replace(right.find("18%"), 2, "8");
  CHECK(lint_es(right).empty());
  CHECK(lint("Revenue rose 18% to $212 million, compared with $196 million in 2024, helped by strong demand.\n")
            .find("error: from $196 million to $212 million is a rise of 8%, not 18% [percent-change]") !=
        std::string::npos);
  // A change told after the comma is read there.
  CHECK(lint("Revenue rose to $212 million, compared with $196 million in 2024, an increase of 8.2%.\n").empty());
}

TEST_CASE("percent-change: Spanish 'a B desde A' after the change", "[check][arithmetic]") {
  const std::string text = "La producci\xC3\xB3n de oro, en cambio, retrocedi\xC3\xB3 un {}%, a 26.400 onzas desde "
                           "28.800 onzas un a\xC3\xB1o antes, por las menores leyes del tajo.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "5,1"))
            .find("a.txt:1:48: error: from 28,800 to 26,400 is a fall of 8.3%, not 5.1% [percent-change]") == 0);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "8,3")).empty());
}

TEST_CASE("percent-change: 'overnight' between the change and 'to B from A'", "[check][arithmetic]") {
  const std::string text = "A wildfire west of Silver Butte grew {} percent overnight, to 18,900 acres from 14,200, "
                           "after gusty winds pushed flames across the highway.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "40"))
            .find("a.txt:1:38: error: from 14,200 to 18,900 is a rise of 33%, not 40% [percent-change]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "33")).empty());
}

TEST_CASE("percent-change: an abbreviation in brackets after B of 'to B, from A'", "[check][arithmetic]") {
  const std::string text = "Container throughput rose 14 per cent to 212,000 twenty-foot equivalent units (TEU), from "
                           "195,000 TEU in 2024, helped by a new feeder service.\n";
  CHECK(lint(text).find("a.txt:1:27: error: from 195,000 to 212,000 is a rise of 9%, not 14% [percent-change]") == 0);
  std::string right = text;
  right.replace(right.find("14 per cent"), 2, "9");
  CHECK(lint(right).empty());
  // A figure in the brackets: no aside of words.
  CHECK(lint("Throughput rose 14 per cent to 212,000 units (up 3 per cent on May), from 195,000 units in 2024.\n")
            .find("from 195,000 to 212,000") == std::string::npos);
}

TEST_CASE("percent-change: a bare verb of a factor right before 'from' ('see the capacity double from A to B')",
          "[check][arithmetic]") {
  CHECK(lint("The scheme will see the capacity of the ground double from 6,900 to 11,200, with a new north stand.\n")
            .find("a.txt:1:48: error: from 6,900 to 11,200 is 1.62 times, not double [percent-change]") == 0);
  CHECK(lint("The scheme will see the capacity of the ground double from 6,900 to 13,800.\n").empty());
  // "double the" is a comparison, no change.
  CHECK(lint("The ground now holds 11,200, double the 6,900 it held in 1974.\n").find("percent-change") ==
        std::string::npos);
  // The infinitive or a modal before it, then "to" B: "expect shipments to
  // double to B from A".
  CHECK(lint("Traders expect shipments to double to 1.9 million tonnes from 1.2 million tonnes.\n")
            .find("a.txt:1:29: error: from 1.2 million to 1.9 million is 1.58 times, not double [percent-change]") ==
        0);
  CHECK(lint("Traders expect shipments to double to 2.4 million tonnes from 1.2 million tonnes.\n").empty());
  CHECK(lint("Traders expect a double to 1.9 million tonnes from 1.2 million tonnes.\n").empty());
  // After a modal, a comma may stand between.
  CHECK(lint("Under the plan, the average annual water bill will double, from $410 to $1,230.\n")
            .find("a.txt:1:52: error: from $410 to $1,230 is 3 times, not double [percent-change]") == 0);
  CHECK(lint("Under the plan, the average annual water bill will double, from $410 to $830.\n").empty());
  // ("a double, from": a noun.)
  CHECK(lint("The club booked a double, from 410 to 1,230 guests.\n").empty());
}

TEST_CASE("percent-change: 'to B so far this year from A' reads a phrase of when of four words",
          "[check][arithmetic]") {
  CHECK(lint("Payments from online retailers more than doubled, to $5.6 million so far this year from $2.9 million "
             "in the same period of 2025.\n")
            .find("error: from $2.9 million to $5.6 million is 1.93 times, not more than double [percent-change]") !=
        std::string::npos);
  CHECK(lint("Payments from online retailers more than doubled, to $6.1 million so far this year from $2.9 million "
             "in the same period of 2025.\n")
            .empty());
}

TEST_CASE("percent-change: a factor a long phrase of when before ', climbing to B from A', 'subió un N%, de A a B'",
          "[check][arithmetic]") {
  CHECK(lint("Streams of the audiobook tripled in the week after Odom appeared on a late-night talk show, climbing "
             "to 9,600 from 4,100, the service said.\n")
            .find("error: from 4,100 to 9,600 is 2.34 times, not triple [percent-change]") != std::string::npos);
  CHECK(lint("Streams of the audiobook tripled in the week after Odom appeared on a late-night talk show, climbing "
             "to 12,300 from 4,100, the service said.\n")
            .empty());
  CHECK(lint_lang("El rendimiento medio subi\xC3\xB3 un 24%, de 4.100 a 4.850 kilos por hect\xC3\xA1rea.\n", "es")
            .find("error: from 4,100 to 4,850 is a rise of 18%, not 24% [percent-change]") != std::string::npos);
  CHECK(lint_lang("El rendimiento medio subi\xC3\xB3 un 18%, de 4.100 a 4.850 kilos por hect\xC3\xA1rea.\n", "es")
            .empty());
}

TEST_CASE("percent-change: 'doubled from a year earlier, to B from A' and 'se redujeron a la mitad, de A a B'",
          "[check][arithmetic]") {
  CHECK(lint("Sable deliveries doubled from a year earlier, to 6,720 from 4,150.\n")
            .find("error: from 4,150 to 6,720 is 1.62 times, not double [percent-change]") != std::string::npos);
  CHECK(lint("Sable deliveries doubled from a year earlier, to 8,320 from 4,150.\n").empty());
  CHECK(lint_lang("Las reservas se redujeron a la mitad, de 5.400 millones a 3.600 millones.\n", "es")
            .find("error: from 5.4 billion to 3.6 billion is 0.67 times, not half [percent-change]") !=
        std::string::npos);
  CHECK(lint_lang("Las reservas se redujeron a la mitad, de 5.400 millones a 2.700 millones.\n", "es").empty());
}

TEST_CASE("percent-change: a figure in a clause of 'when' is no B of a change with no A", "[check][arithmetic]") {
  CHECK(lint_es("Los m\xC3\xA1steres ganan 410 estudiantes respecto al curso anterior, cuando ten\xC3\xAD" "an 3.770, "
                "un 10,9 % m\xC3\xA1s.\n")
            .empty());
  CHECK(lint("The masters programmes gained 410 students on last year, when they had 3,770, a 10.9% rise.\n").empty());
}

TEST_CASE("percent-change: Kenyan shillings written 'KSh' are money", "[check][arithmetic]") {
  CHECK(lint("Earnings from tea exports rose 12 per cent to KSh 215.4 billion in 2025 from KSh 180.2 billion in "
             "2024.\n")
            .find("error: from KSh180.2 billion to KSh215.4 billion is a rise of 20%, not 12% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Development spending has doubled to Ksh 4.1 billion from Ksh 2.6 billion this year.\n")
            .find("1.58 times, not double [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: an aside in brackets between B and ', frente a los A' is passed over",
          "[check][arithmetic]") {
  const std::string text =
      "El tr\xC3\xA1" "fico de contenedores creci\xC3\xB3 un 12,4 %, hasta 1.212.000 TEU (la unidad equivalente a "
      "un contenedor de veinte pies), frente a los 1.046.000 de 2024.\n";
  CHECK(lint_es(text).find("from 1.05 million to 1.21 million is a rise of 15.9%, not 12.4% [percent-change]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("12,4"), 4, "15,9");
  CHECK(lint_es(right).empty());
}

TEST_CASE("percent-change: 'to B, or $2.36 a share, in the quarter ended Sept. 27, from A'", "[check][arithmetic]") {
  const std::string text =
      "Net income rose 41 percent to $1.18 billion, or $2.36 a share, in the quarter ended Sept. 27, from $790 "
      "million, or $1.58 a share, a year earlier.\n";
  CHECK(lint(text).find("a.txt:1:17: error: from $790 million to $1.18 billion is a rise of 49%, not 41% "
                        "[percent-change]") == 0);
  std::string right = text;
  right.replace(right.find("41 percent"), 10, "49 percent");
  CHECK(lint(right).empty());
}

TEST_CASE("percent-change: 'from A in 2024/25 to B', a financial year with a slash", "[check][arithmetic]") {
  CHECK(lint("Home-to-school transport rose by 24 per cent in two years, from \xC2\xA3" "16.5m in 2024/25 to "
             "\xC2\xA3" "21.4m in the coming year.\n")
            .find("error: from \xC2\xA3" "16.5 million to \xC2\xA3" "21.4 million is a rise of 30%, not 24% "
                  "[percent-change]") != std::string::npos);
  CHECK(lint("Home-to-school transport rose by 30 per cent in two years, from \xC2\xA3" "16.5m in 2024/25 to "
             "\xC2\xA3" "21.4m in the coming year.\n")
            .empty());
}

TEST_CASE("percent-change: 'to B in the 2026/27 marketing year from A', a financial year after B",
          "[check][arithmetic]") {
  const std::string text = "Exports are forecast to rise {} per cent to 4.1 million tonnes in the 2026/27 marketing "
                           "year from 3.4 million tonnes in 2025/26.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "12"))
            .find("a.txt:1:30: error: from 3.4 million to 4.1 million is a rise of 21%, not 12% [percent-change]") ==
        0);
  CHECK(lint(fmt::format(fmt::runtime(text), "21")).empty());
}

TEST_CASE("percent-change: 'That was up N% from A' passes over B told again per share", "[check][arithmetic]") {
  const std::string text = "The company reported net income of $412 million, or $2.18 per share, for the three months "
                           "ended Dec. 31. That was up {} percent from $331 million, or $1.74 per share, a year "
                           "earlier.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "19"))
            .find("error: from $331 million to $412 million is a rise of 24%, not 19% [percent-change]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "24")).empty());
}

TEST_CASE("percent-change: points scored, down from A, are B whatever figure stands before them",
          "[check][arithmetic]") {
  CHECK(lint("In 58 games he is averaging 11.2 points, down from 14.6 last season, a drop of about 23%.\n").empty());
  CHECK(lint("In 58 games he is averaging 11.2 points, down from 14.6 last season, a drop of about 13%.\n")
            .find("from 14.6 to 11.2 is a fall of 23%, not 13% [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: 'B they scored were N% more than A', a short clause before the verb",
          "[check][arithmetic]") {
  CHECK(lint("The 68 league goals they scored were 24% more than the 52 managed a year earlier.\n")
            .find("error: from 52 to 68 is a rise of 31%, not 24% [percent-change]") != std::string::npos);
  CHECK(lint("The 68 league goals they scored were 31% more than the 52 managed a year earlier.\n").empty());
}

TEST_CASE("percent-change: 'climbed N% on the previous poll in 2014, from A to B'", "[check][arithmetic]") {
  CHECK(lint("The Yes vote climbed 22 per cent on the previous de-amalgamation poll in 2014, from 16,902 votes to "
             "21,736.\n")
            .find("error: from 16,902 to 21,736 is a rise of 29%, not 22% [percent-change]") != std::string::npos);
  CHECK(lint("The Yes vote climbed 29 per cent on the previous de-amalgamation poll in 2014, from 16,902 votes to "
             "21,736.\n")
            .empty());
}

TEST_CASE("percent-change: 'hasta B, desde los A' where A leaves out B's currency", "[check][arithmetic]") {
  const std::string text = "El valor de las exportaciones subi\xC3\xB3 un {} %, hasta 412 millones de d\xC3\xB3lares, "
                           "desde los 362 millones del mismo periodo anterior.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "18"))
            .find("error: from $362 million to $412 million is a rise of 14%, not 18% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "14")).empty());
}

TEST_CASE("percent-change: the unit both prices are per after B ('to Rs 8.90 per unit, a rise of')",
          "[check][arithmetic]") {
  const std::string text = "The commercial tariff has been raised from Rs 8.20 to Rs 8.90 per unit, a rise of {} per "
                           "cent.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "6.2"))
            .find("error: from Rs 8.20 to Rs 8.90 is a rise of 8.5%, not 6.2% [percent-change]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "8.5")).empty());
  // A lone zero before a group mark is a decimal: "0,128 euros" is 0.128, shown to the third decimal.
  CHECK(lint_es("La tarifa pas\xC3\xB3 de 0,120 a 0,128 euros por kilovatio hora, una subida del 9 %.\n")
            .find("error: from \xE2\x82\xAC" "0.12 to \xE2\x82\xAC" "0.128 is a rise of 7%, not 9% [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percent-change: 'B across its N schools, up D from A' and the count of the parts", "[check][arithmetic]") {
  const std::string text = "The board expects 31,870 students across its 58 schools in September, up {} from the "
                           "31,230 enrolled this year.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "640")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "650"))
            .find("error: from 31,230 to 31,870 is a rise of 640, not 650 [percent-change]") != std::string::npos);
  // An amount of change a tenth of the gap between figures ten times apart is of other figures.
  CHECK(lint("The district now has 58 schools, up 640 from the 31,230 counted last year.\n").empty());
}

TEST_CASE("percent-change: 'B, contra A ..., un N% m\xC3\xA1s' measures from A", "[check][arithmetic]") {
  const std::string text = "En marzo se nombraron 5.420 turnos, contra 4.980 en marzo de 2025, un {}% m\xC3\xA1s.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "8,8")).empty());
  CHECK(lint_es(fmt::format(fmt::runtime(text), "9,8"))
            .find("error: from 4,980 to 5,420 is a rise of 8.8%, not 9.8% [percent-change]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "9,8")).find("fall") == std::string::npos);
}

TEST_CASE("percent-change: 'to B on March 31, 2026, from A', a day with its year before the comma",
          "[check][arithmetic]") {
  const std::string text = "Deposits rose to $6,412 million {} March 31, 2026, from $5,830 million a year ago, an "
                           "increase of 12.4 per cent.\n";
  for (const char* opener : {"on", "as of"}) {
    CHECK(lint(fmt::format(fmt::runtime(text), opener))
              .find("error: from $5.83 billion to $6.41 billion is a rise of 10%, not 12.4% [percent-change]") !=
          std::string::npos);
  }
  CHECK(lint("Deposits rose to $6,412 million on March 31, 2026, from $5,830 million a year ago, an increase of 10 per "
             "cent.\n")
            .empty());
}

TEST_CASE("percent-change: rupees are written in lakh and crore in messages", "[check][arithmetic]") {
  CHECK(lint("Each team had a purse of Rs 50 lakh, up 30 per cent from Rs 40 lakh last season.\n")
            .find("error: from Rs 40 lakh to Rs 50 lakh is a rise of 25%, not 30% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Spending rose to Rs 2.71 crore from Rs 2.12 crore, an increase of 35 per cent.\n")
            .find("error: from Rs 2.12 crore to Rs 2.71 crore is a rise of 28%, not 35% [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percent-change: Spanish 'sube N% respecto del periodo anterior, de A a B' and a month after A",
          "[check][arithmetic]") {
  // What the change is measured against, then the comma: "de A a B" is the change's, no range.
  const std::string against = "El plan de inversiones sube {}% respecto del quinquenio anterior, de 38.400 millones a "
                              "61.200 millones de pesos.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(against), "45"))
            .find("error: from 38.4 billion to 61.2 billion is a rise of 59%, not 45% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(against), "59")).empty());
  // A decimal comma in the change is no mark of the clause.
  CHECK(lint_es("El plan sube 45,5% en el periodo, de 38.400 millones a 61.200 millones de pesos.\n")
            .find("is a rise of 59.4%, not 45.5% [percent-change]") != std::string::npos);
  // Another clause between: "de 10 a 12 kilos" is a range.
  CHECK(lint_es("Las ventas crecieron un 4% en el a\xC3\xB1o, y cada caja pesa de 10 a 12 kilos.\n").empty());
  // "de A en mayo del año pasado a B": a month between A and "a".
  const std::string month = "Las consultas aumentaron {}%, de 3.950 en mayo del a\xC3\xB1o pasado a 5.860 este "
                            "a\xC3\xB1o.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(month), "38"))
            .find("error: from 3,950 to 5,860 is a rise of 48%, not 38% [percent-change]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(month), "48")).empty());
}

TEST_CASE("percent-change: 'That is up N% from A' after a whole and the parts it includes speaks of the whole",
          "[check][arithmetic]") {
  // $148 million is 42% above $104 million; $13 million is a part of it.
  CHECK(lint("Suppression costs reached $148 million, including $97 million for ground crews, $38 million for "
             "aircraft and $13 million for equipment. That is up about 42% from the $104 million spent in 2025.\n")
            .empty());
  CHECK(lint("Suppression costs reached $148 million, including $97 million for ground crews, $38 million for "
             "aircraft and $13 million for equipment. That is up about 24% from the $104 million spent in 2025.\n")
            .find("error: from $104 million to $148 million is a rise of 42%, not 24% [percent-change]") !=
        std::string::npos);
  // A whole told apart from "including" leaves "That" unsure.
  CHECK(lint("Suppression costs reached $148 million last year, including $97 million for ground crews and $13 "
             "million for equipment. That is up about 24% from the $104 million spent in 2025.\n")
            .empty());
}

TEST_CASE("percent-change: B and A counted by an exact noun and a word for any such count ('coho', 'fish')",
          "[check][arithmetic]") {
  CHECK(lint("Biologists forecast a return of 148,600 coho this fall, up 41% from the 112,400 fish counted last "
             "year.\n")
            .find("error: from 112,400 to 148,600 is a rise of 32%, not 41% [percent-change]") != std::string::npos);
  CHECK(lint("Biologists forecast a return of 148,600 coho this fall, up 32% from the 112,400 fish counted last "
             "year.\n")
            .empty());
  // Two exact nouns of different things are no change.
  CHECK(lint("Biologists forecast a return of 148,600 coho this fall, up 41% from the 112,400 chinook counted last "
             "year.\n")
            .empty());
}

TEST_CASE("percent-change: dollars of other countries and ringgit written as their papers write them",
          "[check][arithmetic]") {
  CHECK(lint("Revenue rose 24% to S$31.8 million in January from S$27.4 million a year earlier.\n")
            .find("error: from S$27.4 million to S$31.8 million is a rise of 16%, not 24% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Revenue rose 24% to A$31.8 million in January from A$27.4 million a year earlier.\n")
            .find("error: from A$27.4 million to A$31.8 million is a rise of 16%, not 24% [percent-change]") !=
        std::string::npos);
  CHECK(lint("Revenue rose 24% to RM31.8 million in January from RM27.4 million a year earlier.\n")
            .find("error: from RM27.4 million to RM31.8 million is a rise of 16%, not 24% [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percent-change: a difference and a percentage that agree tell B themselves ('It is N higher than A, an "
          "increase of P')",
          "[check][arithmetic]") {
  // KSh3.7 billion + KSh500 million is KSh4.2 billion, 13.5% more: the
  // total budget before is no B of theirs.
  CHECK(lint("The allocation accounts for more than a third of the county's total budget of KSh11.6 billion. It is "
             "KSh500 million higher than the KSh3.7 billion set aside for health in the current year, an increase of "
             "13.5 per cent.\n")
            .empty());
  // Without the percentage, B is the figure before.
  CHECK(lint("Revenue reached \xC2\xA3" "31.2m last year. That was \xC2\xA3" "1.8m lower than the previous year's "
             "\xC2\xA3" "30.9m.\n")
            .find("error: from \xC2\xA3" "30.9 million to \xC2\xA3" "31.2 million is a rise of \xC2\xA3" "300,000, "
                  "not a fall [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: what B is for between B and its change ('B to run the jail in 2026, a N% increase from A')",
          "[check][arithmetic]") {
  const std::string text = "Sheriff Dale Kettering asked county commissioners Monday for $18.4 million to run the jail "
                           "in 2026, a {} percent increase from the $16 million the board approved for 2025.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "21"))
            .find("error: from $16 million to $18.4 million is a rise of 15%, not 21% [percent-change]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "15")).empty());
}

TEST_CASE("percent-change: a paragraph opening 'That is up N% on the A' after B", "[check][arithmetic]") {
  const std::string text = "The state collected $2.14b in mining royalties in the six months to 31 December.\n\n"
                           "That is up {} per cent on the $1.86b collected in the same period a year earlier.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "12.4"))
            .find("a.txt:3:12: error: from $1.86 billion to $2.14 billion is a rise of 15.1%, not 12.4% "
                  "[percent-change]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "15.1")).empty());
  // Another opening across the break: no B told before.
  CHECK(lint("The state collected $2.14b in mining royalties in the six months to 31 December.\n\nExports are up "
             "12.4 per cent on the $1.86b shipped a year earlier.\n")
            .find("percent-change") == std::string::npos);
}

TEST_CASE("percent-change: how long between the change and its figures ('en un año, de A a B')",
          "[check][arithmetic]") {
  const std::string es = "El precio medio del arrendamiento subi\xC3\xB3 un {} por ciento en un a\xC3\xB1o, de 8,40 a "
                         "9,60 euros por metro cuadrado al mes.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(es), "11"))
            .find("a.txt:1:44: error: from \xE2\x82\xAC" "8.40 to \xE2\x82\xAC" "9.60 is a rise of 14%, not 11% "
                  "[percent-change]") == 0);
  CHECK(lint_es(fmt::format(fmt::runtime(es), "14")).empty());
  CHECK(lint("The median rent rose 11% over two years, from $8.40 to $9.60 a square foot.\n")
            .find("from $8.40 to $9.60 is a rise of 14%, not 11% [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: what grew and for how long between the factor and its figures ('doubled in value over five "
          "years to B from A')",
          "[check][arithmetic]") {
  const std::string text =
      "Its infrastructure holdings have doubled in value over five years to $A{} billion from $A6.2 billion.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "9.8"))
            .find("a.txt:1:34: error: from A$6.2 billion to A$9.8 billion is 1.58 times, not double "
                  "[percent-change]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "12.4")).empty());
  CHECK(lint("Its holdings have doubled in value to $A9.8 billion from $A6.2 billion.\n").find("not double") !=
        std::string::npos);
}

TEST_CASE("percent-change: a factor the figures make in the other order is no sign of a slip ('ha duplicado con "
          "creces ... contaba con A ... frente a los B')",
          "[check][arithmetic]") {
  const std::string text = "La universidad ha duplicado con creces su alumnado: en su primer curso contaba con 9.400 "
                           "estudiantes matriculados, frente a los 27.600 que prev\xC3\xA9 tener este a\xC3\xB1o.\n";
  CHECK(lint_es(text).empty());
  // "con creces" after the verb is "more than".
  const std::string es = "La universidad duplic\xC3\xB3 con creces sus matr\xC3\xAD" "culas, que pasaron de 9.400 a "
                         "{}.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(es), "15.000"))
            .find("a.txt:1:16: error: from 9,400 to 15,000 is 1.6 times, not more than double [percent-change]") ==
        0);
  CHECK(lint_es(fmt::format(fmt::runtime(es), "25.000")).empty());
  // Neither order makes it double.
  CHECK(lint("The university has doubled its enrolment: it had 9,400 students in its first year, against the "
             "27,600 it expects this year.\n")
            .find("error: from 27,600 to 9,400 is 0.34 times, not double [percent-change]") != std::string::npos);
}

TEST_CASE("percent-change: what a change is measured against between it and its figures ('year-on-year')",
          "[check][arithmetic]") {
  const std::string text = "Revenue from operations rose {} per cent year-on-year to Rs 6,148 crore from Rs 5,326 "
                           "crore.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "18.4"))
            .find("a.txt:1:30: error: from Rs 5,326 crore to Rs 6,148 crore is a rise of 15.4%, not 18.4% "
                  "[percent-change]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "15.4")).empty());
}

TEST_CASE("percent-change: 'up from A' of the noun a sentence opens with, B its latest count paragraphs before",
          "[check][arithmetic]") {
  const std::string text = "Of the 612 completions, 188 were classed as affordable.\n\nThat affordable share of about 31 "
                           "per cent remains below the 35 per cent the policy requires.\n\nCompletions were nonetheless "
                           "up from 544 the previous year, an increase of {} per cent, the council said.\n";
  const std::string out = lint(fmt::format(fmt::runtime(text), "17"));
  CHECK(out.find("a.txt:5:76: error: from 544 to 612 is a rise of 12%, not 17% [percent-change]") == 0);
  CHECK(out.find("a.txt:1:8: note: to this one") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "12.5")).empty());
  // No count of the noun the sentence opens with.
  std::string other = fmt::format(fmt::runtime(text), "17");
  other.replace(other.find("Completions were"), 11, "Approvals");
  CHECK(lint(other).empty());
}

TEST_CASE("percent-change: a sentence pointing back ('Con ello', 'With that') sizes a change from A against B told "
          "before",
          "[check][arithmetic]") {
  const std::string es = "Las exportaciones sumaron US$ 4.920 millones en enero.\n\nEl resultado se explica por el "
                         "volumen, que lleg\xC3\xB3 a 482.000 toneladas, y por el precio, de US$ 4,62 la libra.\n\nCon "
                         "ello, el valor exportado mostr\xC3\xB3 un incremento de 12,8% respecto de los US$ 4.060 "
                         "millones despachados en el mismo mes del a\xC3\xB1o pasado.\n";
  CHECK(lint_es(es).find("5:54: error: from $4.06 billion to $4.92 billion is a rise of 21.2%, not 12.8% "
                         "[percent-change]") != std::string::npos);
  std::string right = es;
  right.replace(right.find("12,8%"), 5, "21,2%");
  CHECK(lint_es(right).empty());
  const std::string en = "Exports reached $4.92 billion in January. With that, shipments showed an increase of 12.8% "
                         "from the $4.06 billion sold a year earlier.\n";
  CHECK(lint(en).find("1:86: error: from $4.06 billion to $4.92 billion is a rise of 21.2%, not 12.8% "
                      "[percent-change]") != std::string::npos);
  // Without the sentence pointing back, or with two figures B may be:
  // silent.
  CHECK(lint("Exports reached $4.92 billion in January. Shipments showed an increase of 12.8% from the $4.06 "
             "billion sold a year earlier.\n")
            .empty());
  CHECK(lint("Exports reached $4.92 billion in January and imports $4.5 billion. With that, shipments showed an "
             "increase of 12.8% from the $4.06 billion sold a year earlier.\n")
            .empty());
}

TEST_CASE("percent-change: the size of each thing a count counts stands between B and its change ('286.000 sacos de "
          "60 kilos, 9% más')",
          "[check][arithmetic]") {
  CHECK(lint_es("La producci\xC3\xB3n fue de 286.000 sacos de 60 kilos, 9% m\xC3\xA1s que los 245.000 sacos "
                "registrados en octubre de 2025.\n")
            .find("1:49: error: from 245,000 to 286,000 is a rise of 17%, not 9% [percent-change]") !=
        std::string::npos);
  CHECK(lint_es("La producci\xC3\xB3n fue de 286.000 sacos de 60 kilos, 17% m\xC3\xA1s que los 245.000 sacos "
                "registrados en octubre de 2025.\n")
            .empty());
  CHECK(lint("Output was 286,000 bags of 60 kilograms, 9% more than the 245,000 bags of 2025.\n")
            .find("1:42: error: from 245,000 to 286,000 is a rise of 17%, not 9% [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percent-change: 'fell N% to B ..., down from its A debut'", "[check][arithmetic]") {
  CHECK(lint("The sequel fell 38% to $21.3 million in its second weekend, down from its $41.2 million debut.\n")
            .find("1:17: error: from $41.2 million to $21.3 million is a fall of 48%, not 38% [percent-change]") !=
        std::string::npos);
  CHECK(lint("The sequel fell 48% to $21.3 million in its second weekend, down from its $41.2 million debut.\n")
            .empty());
}

TEST_CASE("percent-change: what the sentence before measures a change from is no level 'It' speaks of",
          "[check][arithmetic]") {
  const std::string text = "Revenue for the quarter was 18.4 billion yuan ($2.55 billion), up from 15.6 billion yuan a "
                           "year earlier, the company said. It was down {}% from 19.1 billion yuan in the fourth "
                           "quarter.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "3.7")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "9"))
            .find("error: from 19.1 billion CNY to 18.4 billion CNY is a fall of 4%, not 9% [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percent-change: 'from the original contract sum of A' and 'B ... representan un incremento de N% "
          "frente a A'",
          "[check][arithmetic]") {
  const std::string text = "The cost of the road has risen to $2.91 billion from the original contract sum of $2.34 "
                           "billion, an increase of {} per cent, after a variation order.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "32"))
            .find("error: from $2.34 billion to $2.91 billion is a rise of 24%, not 32% [percent-change]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "24")).empty());
  const std::string es = "Los 341 millones de euros obtenidos por boletos y abonos representan un incremento de {}% "
                         "frente a los 289 millones de 2024.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(es), "24"))
            .find("error: from \xE2\x82\xAC" "289 million to \xE2\x82\xAC" "341 million is a rise of 18%, not 24% "
                  "[percent-change]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(es), "18")).empty());
}

TEST_CASE("percent-change: B per unit with what the unit is of and how it is reckoned before ', from A'",
          "[check][arithmetic]") {
  const std::string text = "All-in sustaining costs rose {} per cent to A$1,940 an ounce of gold on a by-product "
                           "basis, from A$1,720 in the previous quarter.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "18"))
            .find("a.txt:1:30: error: from A$1,720 to A$1,940 is a rise of 13%, not 18% [percent-change]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "13")).empty());
}
