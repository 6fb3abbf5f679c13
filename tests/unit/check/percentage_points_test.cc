// Tests for check/percentage_points (issue 7): points and percent confused in a change between two percentages.
#include "check/percentage_points.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/lint_case.h"

using namespace claimlint::testing;

TEST_CASE("percentage-points: positive cases and near misses", "[check][arithmetic]") {
  const Case cases[] = {
      {"The jobless rate rose 2% from 5% to 7% in March.\n",
       "a.txt:1:23: warning: from 5% to 7% is a rise of 2 percentage points (40%), not 2% [percentage-points]\n"
       "    The jobless rate rose 2% from 5% to 7% in March.\n"
       "                          ^~\n"
       "a.txt:1:23: note: write \"2 percentage points\" if the change in points is meant\n"
       "    The jobless rate rose 2% from 5% to 7% in March.\n"
       "                          ^~\n"
       "a.txt:1:31: note: the change is computed from this figure\n"
       "    The jobless rate rose 2% from 5% to 7% in March.\n"
       "                                  ^~\n"
       "a.txt:1:37: note: to this one\n"
       "    The jobless rate rose 2% from 5% to 7% in March.\n"
       "                                        ^~\n"},
      {"The rate rose 40 points from 5% to 7%.\n",
       "a.txt:1:15: warning: from 5% to 7% is a rise of 2 percentage points (40%), not 40 points [percentage-points]\n"
       "    The rate rose 40 points from 5% to 7%.\n"
       "                  ^~~~~~~~~\n"
       "a.txt:1:15: note: write \"40%\" if the relative change is meant\n"
       "    The rate rose 40 points from 5% to 7%.\n"
       "                  ^~~~~~~~~\n"
       "a.txt:1:30: note: the change is computed from this figure\n"
       "    The rate rose 40 points from 5% to 7%.\n"
       "                                 ^~\n"
       "a.txt:1:36: note: to this one\n"
       "    The rate rose 40 points from 5% to 7%.\n"
       "                                       ^~\n"},
      {"Approval fell 3 percentage points from 45% to 40%.\n",
       "a.txt:1:15: warning: from 45% to 40% is a fall of 5 percentage points, not 3 points [percentage-points]\n"
       "    Approval fell 3 percentage points from 45% to 40%.\n"
       "                  ^~~~~~~~~~~~~~~~~~~\n"
       "a.txt:1:15: note: write \"5 percentage points\" if the figures are right\n"
       "    Approval fell 3 percentage points from 45% to 40%.\n"
       "                  ^~~~~~~~~~~~~~~~~~~\n"
       "a.txt:1:40: note: the change is computed from this figure\n"
       "    Approval fell 3 percentage points from 45% to 40%.\n"
       "                                           ^~~\n"
       "a.txt:1:47: note: to this one\n"
       "    Approval fell 3 percentage points from 45% to 40%.\n"
       "                                                  ^~~\n"},
      {"The rate rose to 7% from 5%, up 2 percentage points.\n",
       ""},
      // Stated after the figure: "B, up N from A".
      {"The jobless rate was 7%, up 2% from 5% a year earlier.\n",
       "a.txt:1:29: warning: from 5% to 7% is a rise of 2 percentage points (40%), not 2% [percentage-points]\n"
       "    The jobless rate was 7%, up 2% from 5% a year earlier.\n"
       "                                ^~\n"
       "a.txt:1:29: note: write \"2 percentage points\" if the change in points is meant\n"
       "    The jobless rate was 7%, up 2% from 5% a year earlier.\n"
       "                                ^~\n"
       "a.txt:1:37: note: the change is computed from this figure\n"
       "    The jobless rate was 7%, up 2% from 5% a year earlier.\n"
       "                                        ^~\n"
       "a.txt:1:22: note: to this one\n"
       "    The jobless rate was 7%, up 2% from 5% a year earlier.\n"
       "                         ^~\n"},
      {"The jobless rate was 7%, up 2 percentage points from 5% a year earlier.\n",
       ""},
      // The right points, the direction in words that may mean either: a
      // falling cost ratio is a gain for the bank.
      {"The cost-to-income ratio improved to 52.4% from 54.1%, a gain of 1.7 percentage points.\n",
       ""},
      {"The rate rose 40% from 5% to 7%.\n",
       ""},
      {"Approval fell 5 percentage points from 45% to 40%.\n",
       ""},
      {"The unemployment rate fell to 4% from 5%, a drop of 20%.\n",
       ""},
      {"The unemployment rate fell to 4% from 5%, a drop of 1%.\n",
       "a.txt:1:53: warning: from 5% to 4% is a fall of 1 percentage point (20%), not 1% [percentage-points]\n"
       "    The unemployment rate fell to 4% from 5%, a drop of 1%.\n"
       "                                                        ^~\n"
       "a.txt:1:53: note: write \"1 percentage point\" if the change in points is meant\n"
       "    The unemployment rate fell to 4% from 5%, a drop of 1%.\n"
       "                                                        ^~\n"
       "a.txt:1:39: note: the change is computed from this figure\n"
       "    The unemployment rate fell to 4% from 5%, a drop of 1%.\n"
       "                                          ^~\n"
       "a.txt:1:31: note: to this one\n"
       "    The unemployment rate fell to 4% from 5%, a drop of 1%.\n"
       "                                  ^~\n"},
      {"The index rose 3 points to 4,200 from 4,197.\n",
       ""},
      {"The rate climbed from 3% to 4.5%, a 1.5% rise.\n",
       "a.txt:1:37: warning: from 3% to 4.5% is a rise of 1.5 percentage points (50%), not 1.5% [percentage-points]\n"
       "    The rate climbed from 3% to 4.5%, a 1.5% rise.\n"
       "                                        ^~~~\n"
       "a.txt:1:37: note: write \"1.5 percentage points\" if the change in points is meant\n"
       "    The rate climbed from 3% to 4.5%, a 1.5% rise.\n"
       "                                        ^~~~\n"
       "a.txt:1:23: note: the change is computed from this figure\n"
       "    The rate climbed from 3% to 4.5%, a 1.5% rise.\n"
       "                          ^~\n"
       "a.txt:1:29: note: to this one\n"
       "    The rate climbed from 3% to 4.5%, a 1.5% rise.\n"
       "                                ^~~~\n"},
  };
  check_cases(cases);
}

TEST_CASE("percentage-points: the fix-it sits on a note", "[check][arithmetic]") {
  const std::string out = lint("The jobless rate rose 2% from 5% to 7% in March.\n", "jsonl");
  CHECK(out.find("\"message\":\"write \\\"2 percentage points\\\" if the change in points is meant\","
                 "\"fixits\":[{\"path\":\"a.txt\",\"line\":1,\"column\":23,\"end_line\":1,\"end_column\":25,"
                 "\"start\":22,\"end\":24,\"replacement\":\"2 percentage points\"}]") != std::string::npos);
  CHECK(out.ends_with("\"fixits\":[]}\n"));
}

TEST_CASE("percentage-points: a change told in the sentence after its end figure, a fall reported once", "[check][arithmetic]") {
  const std::string text =
      "The trust said 65.2% of patients were seen within four hours last month. That was a fall of 6% on "
      "February 2025, when the figure stood at 71.2%, and well short of the target of 78%.\n";
  const std::string out = lint(text, "text", k_quiet_checks);
  CHECK(out.find("warning: from 71.2% to 65.2% is a fall of 6 percentage points (8.4%), not 6% [percentage-points]") !=
        std::string::npos);
  // Points told as percent are this check's, not also percent-change's.
  CHECK(out.find("[percent-change]") == std::string::npos);
  CHECK(lint("The rate fell 6% from 71.2% to 65.2% last year.\n", "text", k_quiet_checks).find("[percent-change]") ==
        std::string::npos);
  // Right points: nothing.
  CHECK(lint("65.2% of patients were seen in four hours. That was a fall of 6 percentage points on February 2025, "
             "when the figure stood at 71.2%.\n",
             "text", k_quiet_checks)
            .empty());
}

TEST_CASE("percentage-points: a comparison, then which is, or lo que supone", "[check][arithmetic]") {
  CHECK(lint("Turnout reached 63.8%, compared with 58.1% in 2021, which is an increase of 5.7%.\n", "text",
             k_quiet_checks)
            .find("warning: from 58.1% to 63.8% is a rise of 5.7 percentage points (9.8%), not 5.7% "
                  "[percentage-points]") != std::string::npos);
  TempDir dir;
  dir.write("a.txt", "La participaci\xC3\xB3n alcanz\xC3\xB3 el 63,8%, frente al 58,1% de 2021, lo que supone un "
                     "aumento del 5,7%.\n");
  const std::string out = run_claimlint({"--color=never", "--lang", "es", "a.txt"}, dir.path()).out;
  CHECK(out.find("warning: from 58.1% to 63.8% is a rise of 5.7 percentage points (9.8%), not 5.7% "
                 "[percentage-points]") != std::string::npos);
}

TEST_CASE("percentage-points: B, up from A with a length of time ago, then the change", "[check][arithmetic]") {
  const Case cases[] = {
      {"Care takes 41% of net spending, up from 37% five years ago, an increase of 4%.\n",
       "a.txt:1:76: warning: from 37% to 41% is a rise of 4 percentage points (10.8%), not 4% [percentage-points]\n"
       "    Care takes 41% of net spending, up from 37% five years ago, an increase of 4%.\n"
       "                                                                               ^~\n"
       "a.txt:1:76: note: write \"4 percentage points\" if the change in points is meant\n"
       "    Care takes 41% of net spending, up from 37% five years ago, an increase of 4%.\n"
       "                                                                               ^~\n"
       "a.txt:1:41: note: the change is computed from this figure\n"
       "    Care takes 41% of net spending, up from 37% five years ago, an increase of 4%.\n"
       "                                            ^~~\n"
       "a.txt:1:12: note: to this one\n"
       "    Care takes 41% of net spending, up from 37% five years ago, an increase of 4%.\n"
       "               ^~~\n"},
      {"Care takes 41% of net spending, up from 37% five years ago, an increase of 4 percentage points.\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("percentage-points: from A to B, a long phrase of when, then the change", "[check][arithmetic]") {
  const std::string text =
      "The share of water lost fell from 21 per cent to 18 per cent in the year to March 2025, a fall of three per "
      "cent.\n";
  CHECK(lint(text).find("a.txt:1:99: warning: from 21% to 18% is a fall of 3 percentage points (14.3%), not 3% "
                        "[percentage-points]") != std::string::npos);
  CHECK(lint("The share of water lost fell from 21 per cent to 18 per cent in the year to March 2025, a fall of three "
             "percentage points.\n")
            .empty());
}

TEST_CASE("percentage-points: the relative change excuses the stated figure only within one unit of its last digit",
          "[check][arithmetic]") {
  // 83.0% to 86.3% is 3.3 points, or 4.0%: "3.3%" is the points.
  CHECK(lint("Across the routes, 86.3% of services ran on time in April 2026, up from 83.0% in April 2025 \u2013 an "
             "improvement of 3.3%.\n")
            .find("warning: from 83% to 86.3% is a rise of 3.3 percentage points (4%), not 3.3% [percentage-points]") !=
        std::string::npos);
  // 83% to 86% is 3 points or 3.6%: "3%" may be either.
  CHECK(lint("Punctuality rose to 86% from 83%, an increase of 3%.\n").empty());
  // 79% to 84% is 5 points or 6.3%: a whole "5%" allows 4 to 6, not its rounding and a unit more.
  CHECK(lint("The share of surgeries done on time rose to 84 per cent in 2025 from 79 per cent the year before, an "
             "increase of five per cent.\n")
            .find("warning: from 79% to 84% is a rise of 5 percentage points (6.3%), not 5% [percentage-points]") !=
        std::string::npos);
  // 97% to 99% is 2 points or 2.1%.
  CHECK(lint("The share rose to 99 per cent from 97 per cent, an increase of 2 per cent.\n").empty());
}

TEST_CASE("percentage-points: the next sentence names the change with a demonstrative", "[check][arithmetic]") {
  CHECK(lint("The solvency ratio strengthened to 181% from 168%. Directors hailed that 13 per cent rise.\n")
            .find("a.txt:1:74: warning: from 168% to 181% is a rise of 13 percentage points (7.7%), not 13% "
                  "[percentage-points]") != std::string::npos);
  CHECK(lint("The solvency ratio strengthened to 181% from 168%. Directors hailed that 13-point rise.\n").empty());
}

TEST_CASE("percentage-points: a phrase of the same period after the second figure", "[check][arithmetic]") {
  CHECK(lint("The share fell from 21% to 17% over the same period, a drop of four per cent.\n")
            .find("warning: from 21% to 17% is a fall of 4 percentage points (19%), not 4% [percentage-points]") !=
        std::string::npos);
  CHECK(lint("The share fell from 21% to 17% over the same period, a drop of four percentage points.\n").empty());
}

TEST_CASE("percentage-points: Spanish del A al B", "[check][arithmetic]") {
  CHECK(lint_es("La proporci\xC3\xB3n subi\xC3\xB3 del 21,4 % al 24,6 %, un avance del 3,2 %.\n")
            .find("warning: from 21.4% to 24.6% is a rise of 3.2 percentage points (15%), not 3.2% "
                  "[percentage-points]") != std::string::npos);
  CHECK(lint_es("La proporci\xC3\xB3n subi\xC3\xB3 del 21,4 % al 24,6 %, un avance de 3,2 puntos.\n").empty());
}

TEST_CASE("percentage-points: what B is of and when, before the change", "[check][arithmetic]") {
  CHECK(lint("Contract customers accounted for 71% of the postpaid phone base at the end of September, up 6% from 65% "
             "a year ago.\n")
            .find("a.txt:1:93: warning: from 65% to 71% is a rise of 6 percentage points (9.2%), not 6% "
                  "[percentage-points]") != std::string::npos);
  CHECK(lint("Contract customers accounted for 71% of the postpaid phone base at the end of September, up 6 points "
             "from 65% a year ago.\n")
            .empty());
}

TEST_CASE("percentage-points: a time phrase of the coming year between the change and its figures",
          "[check][arithmetic]") {
  const std::string text =
      "Treasury expects the jobless rate to edge up 0.3 per cent over the coming year, from 4.2 per cent now to 4.5 "
      "per cent by June 2027.\n";
  CHECK(lint(text).find("a.txt:1:46: warning: from 4.2% to 4.5% is a rise of 0.3 percentage points (7.1%), not "
                        "0.3% [percentage-points]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("0.3 per cent"), 12, "0.3 percentage points");
  CHECK(lint(right).empty());
  CHECK(lint("Sales rose 7% over the previous year, from 4,200 units to 4,494 units.\n").empty());
  CHECK(lint("Sales rose 9% over the previous year, from 4,200 units to 4,494 units.\n")
            .find("from 4,200 to 4,494 is a rise of 7%, not 9% [percent-change]") != std::string::npos);
}

TEST_CASE("percentage-points: a colon between what B compares with and the change", "[check][arithmetic]") {
  const std::string text =
      "En la comparaci\xC3\xB3n interanual, el \xC3\xADndice marc\xC3\xB3 31,2%, contra el 29,8% de febrero: un salto "
      "del 1,4% que corta una racha de nueve meses.\n";
  CHECK(lint_es(text).find("warning: from 29.8% to 31.2% is a rise of 1.4 percentage points (4.7%), not 1.4% "
                           "[percentage-points]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("1,4%"), 4, "1,4 puntos");
  CHECK(lint_es(right).empty());
}

TEST_CASE("percentage-points: 'escaló de A a B anual', of a kind named with 'no' and an adjective",
          "[check][arithmetic]") {
  // "no subyacente" names a kind of inflation ("non-core"), no negation.
  const std::string text =
      "La inflaci\xC3\xB3n no subyacente escal\xC3\xB3 de 3.40% a 4.70% anual, un alza de 1.3 por ciento que los "
      "analistas atribuyeron a las heladas.\n";
  CHECK(lint_es(text).find("warning: from 3.4% to 4.7% is a rise of 1.3 percentage points (38.2%), not 1.3% "
                           "[percentage-points]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("1.3 por ciento"), 14, "1.3 puntos porcentuales");
  CHECK(lint_es(right).empty());
  // A "no" before a verb still negates.
  CHECK(lint_es("La inflaci\xC3\xB3n no escal\xC3\xB3 de 3.40% a 4.70% anual, un alza de 1.3 por ciento.\n").empty());
}

TEST_CASE("percentage-points: B far before 'up from A' when it is the sentence's first figure", "[check][arithmetic]") {
  const std::string text =
      "The operator said 81.6 per cent of its services reached their destinations within a minute of the timetable "
      "in the four weeks to Saturday 31 January, up from 78.2 per cent in the same period last year - an "
      "improvement of 3.4 per cent.\n";
  CHECK(lint(text).find("error") == std::string::npos);
  CHECK(lint(text).find("warning: from 78.2% to 81.6% is a rise of 3.4 percentage points (4.3%), not 3.4% "
                        "[percentage-points]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("3.4 per cent"), 12, "3.4 percentage points");
  CHECK(lint(right).empty());
}

TEST_CASE("percentage-points: 'That compared with A, an improvement of N' opening the next paragraph",
          "[check][arithmetic]") {
  const std::string text =
      "Of 21,400 attendances, 14,295 patients were seen within four hours, equal to 66.8 per cent.\n\nThat compared "
      "with 61.2 per cent in January, an improvement of 5.6 per cent, which the trust put down to fewer flu cases.\n";
  CHECK(lint(text).find("a.txt:3:64: warning: from 61.2% to 66.8% is a rise of 5.6 percentage points (9.2%), not "
                        "5.6% [percentage-points]") == 0);
  // Another sentence opening the paragraph does not reach back.
  std::string other = text;
  other.replace(other.find("That compared with"), 18, "Compared with");
  CHECK(lint(other).find("[percentage-points]") == std::string::npos);
}

TEST_CASE("percentage-points: 'to B of the WHOLE this season from A', then the change", "[check][arithmetic]") {
  const std::string text =
      "The insured area fell to 41% of the soybean acreage this season from 48% a year earlier, a decline of 7%.\n";
  CHECK(lint(text).find("a.txt:1:103: warning: from 48% to 41% is a fall of 7 percentage points (14.6%), not 7% "
                        "[percentage-points]") == 0);
  std::string right = text;
  right.replace(right.find("7%"), 2, "7 percentage points");
  CHECK(lint(right).empty());
  // A figure in between is no part of the whole's words.
  CHECK(lint("The insured area fell to 41% of the 12 districts this season from 48% a year earlier, a decline of 7%.\n")
            .empty());
}

TEST_CASE("percentage-points: 'from A to B between MONTH YEAR and MONTH YEAR, an increase of N'",
          "[check][arithmetic]") {
  CHECK(lint("The share rose from 6.8% to 7.3% between December 2024 and December 2025, an increase of 0.5%.\n")
            .find("a.txt:1:90: warning: from 6.8% to 7.3% is a rise of 0.5 percentage points (7.4%), not 0.5% "
                  "[percentage-points]") == 0);
  CHECK(lint("The share rose from 6.8% to 7.3% between December 2024 and December 2025, an increase of 0.5 "
             "percentage points.\n")
            .empty());
  CHECK(lint_es("La cuota pas\xC3\xB3 del 6,8 % al 7,3 % entre diciembre de 2024 y diciembre de 2025, un avance del "
                "0,5 %.\n")
            .find("warning: from 6.8% to 7.3% is a rise of 0.5 percentage points (7.4%), not 0.5% [percentage-points]") !=
        std::string::npos);
}

TEST_CASE("percentage-points: 'no' before a participle names a kind and negates no figure ('agua no contabilizada')",
          "[check][arithmetic]") {
  CHECK(lint_es("El \xC3\xAD" "ndice de agua no contabilizada, que entre 2024 y 2025 pas\xC3\xB3 de 38,5% a 34,0%, "
                "una reducci\xC3\xB3n de 4,5%.\n")
            .find("warning: from 38.5% to 34% is a fall of 4.5 percentage points (11.7%), not 4.5% [percentage-points]") !=
        std::string::npos);
  // A verb negated with its auxiliary between still negates.
  CHECK(lint_es("El \xC3\xAD" "ndice no fue reducido de 38,5% a 34,0%, una reducci\xC3\xB3n de 4,5%.\n").empty());
}

TEST_CASE("percentage-points: 'to B today' closes the change ('from 22 percent in 2018 to 31 percent today')",
          "[check][arithmetic]") {
  CHECK(lint("The share has grown from 22 percent in 2018 to 31 percent today, a 9 percent increase.\n")
            .find("warning: from 22% to 31% is a rise of 9 percentage points (40.9%), not 9% [percentage-points]") !=
        std::string::npos);
  CHECK(lint("The share has grown from 22 percent in 2018 to 31 percent today, a 9 percentage point increase.\n")
            .empty());
}

TEST_CASE("percentage-points: 'The load factor gain of N percent' opens a later sentence, past one that tells no change",
          "[check][arithmetic]") {
  const std::string text =
      "Redrock filled 81.9 percent of its seats in April, up from 78.4 percent a year earlier. The carrier also "
      "announced a firm order for 16 jets.\n\nThe load factor gain of 3.5 percent was its largest since 2023.\n";
  CHECK(lint(text).find("a.txt:3:25: warning: from 78.4% to 81.9% is a rise of 3.5 percentage points (4.5%), not 3.5% "
                        "[percentage-points]") == 0);
  std::string points = text;
  points.replace(points.find("3.5 percent was"), 11, "3.5 points");
  CHECK(lint(points).empty());
  // Two sentences between: too far.
  std::string far = text;
  far.replace(far.find("jets."), 5, "jets. It flies 40 routes.");
  CHECK(lint(far).empty());
}

TEST_CASE("percentage-points: a negation in a relative clause of the subject denies nothing of the figures",
          "[check][arithmetic]") {
  CHECK(lint("The share of patients who left without being seen rose to 11.8 per cent from 8.6 per cent, an "
             "increase of 3.2 per cent.\n")
            .find("warning: from 8.6% to 11.8% is a rise of 3.2 percentage points (37.2%), not 3.2% "
                  "[percentage-points]") != std::string::npos);
}

TEST_CASE("percentage-points: a change named by its measure ('the decline in the vacancy rate') reads one told rows before",
          "[check][arithmetic]") {
  const std::string text =
      "- Nursing vacancy rate: 9.8 percent, down from 14.2 percent\n"
      "- Annual nurse turnover: 17.5 percent in 2025, down from 21 percent in 2024\n"
      "\n"
      "Boateng credited the decline in the vacancy rate - a drop of 4.4 percent - to a residency program "
      "introduced in 2025.\n";
  const std::string out = lint(text);
  CHECK(out.find("a.txt:4:62: warning: from 14.2% to 9.8% is a fall of 4.4 percentage points (31%), not 4.4% "
                 "[percentage-points]") == 0);
  CHECK(out.find("a.txt:1:48: note: the change is computed from this figure") != std::string::npos);
  // In points: right.
  std::string points = text;
  points.replace(points.find("4.4 percent"), 11, "4.4 points");
  CHECK(lint(points).empty());
  // One word names too little: "the decline in turnover" of which rate?
  std::string one_word = text;
  one_word.replace(one_word.find("the vacancy rate"), 16, "turnover");
  CHECK(lint(one_word).empty());
  // A time of its own makes it another change.
  std::string since = text;
  since.replace(since.find(" - to"), 5, " since 2019 - to");
  CHECK(lint(since).empty());
  // No change of the measure told before.
  std::string other = text;
  other.replace(other.find("Nursing vacancy rate"), 20, "Nursing pay award");
  CHECK(lint(other).empty());
}

TEST_CASE("percentage-points: 'That means the rate was N% higher than' sizes the comparison of the sentence before",
          "[check][arithmetic]") {
  const std::string text =
      "In the study, 38.2% of patients who received the drug were in remission, compared with 21.5% of patients "
      "given a placebo. That means the remission rate for the drug was 16.7% higher than for placebo.\n";
  CHECK(lint(text).find("a.txt:1:170: warning: from 21.5% to 38.2% is a rise of 16.7 percentage points (77.7%), not "
                        "16.7% [percentage-points]") == 0);
  std::string relative = text;
  relative.replace(relative.find("16.7%"), 5, "77.7%");
  CHECK(lint(relative).empty());
  std::string points = text;
  points.replace(points.find("16.7% higher"), 12, "16.7 points higher");
  CHECK(lint(points).empty());
  // A length of time before the comparison is no level of its own.
  std::string weeks = text;
  weeks.replace(weeks.find("in remission"), 12, "in remission after 52 weeks");
  CHECK(lint(weeks).find("a.txt:1:185: warning: from 21.5% to 38.2% is a rise of 16.7 percentage points") == 0);
}

TEST_CASE("percentage-points: a Spanish future of change ('pasará de 36,1% a 37,8%') makes no range of the two",
          "[check][arithmetic]") {
  CHECK(lint_es("Su peso dentro del gasto total pasar\xC3\xA1 de 36,1% a 37,8%, un aumento de 1,7%.\n")
            .find("warning: from 36.1% to 37.8% is a rise of 1.7 percentage points (4.7%), not 1.7% "
                  "[percentage-points]") != std::string::npos);
  CHECK(lint_es("Su peso dentro del gasto total pasar\xC3\xA1 de 36,1% a 37,8%, un aumento de 1,7 puntos.\n").empty());
}

TEST_CASE("percentage-points: a share's whole with a count in it between B and its change ('21.4% of the district's 66,300 registered voters, up 6% from')",
          "[check][arithmetic]") {
  const std::string text =
      "The 14,187 ballots cast represent 21.4% of the district's 66,300 registered voters, up 6% from the 15.4% who "
      "voted in the 2023 bond election.\n";
  CHECK(lint(text).find("warning: from 15.4% to 21.4% is a rise of 6 percentage points (39%), not 6% "
                        "[percentage-points]") != std::string::npos);
  std::string points = text;
  points.replace(points.find("up 6%"), 5, "up 6 points");
  CHECK(lint(points).empty());
}

TEST_CASE("percentage-points: 'mejoró N%' takes its direction from the figures and a date it is measured against may follow",
          "[check][arithmetic]") {
  CHECK(lint_es("El factor de ocupaci\xC3\xB3n mejor\xC3\xB3 3,1% respecto de agosto del a\xC3\xB1o pasado, al pasar "
                "de 78,5% a 81,6%.\n")
            .find("warning: from 78.5% to 81.6% is a rise of 3.1 percentage points (3.9%), not 3.1% "
                  "[percentage-points]") != std::string::npos);
  CHECK(lint_es("El factor de ocupaci\xC3\xB3n mejor\xC3\xB3 3,1 puntos respecto de agosto del a\xC3\xB1o pasado, al "
                "pasar de 78,5% a 81,6%.\n")
            .empty());
  CHECK(lint("The cost-to-income ratio improved 1.7% to 52.4% from 54.1%.\n")
            .find("from 54.1% to 52.4% is a fall of 1.7 percentage points") != std::string::npos);
}

TEST_CASE("percentage-points: 'That is N% higher than the A%' sizes the one percentage of the sentence before against A",
          "[check][arithmetic]") {
  const std::string text =
      "Ratepayers face an average 9.5 per cent increase in their rates from July.\n\nThat is 1.3 per cent higher than "
      "the 8.2 per cent increase the council had pencilled in.\n";
  CHECK(lint(text).find("a.txt:3:9: warning: from 8.2% to 9.5% is a rise of 1.3 percentage points (15.9%), not 1.3% "
                        "[percentage-points]") == 0);
  std::string points = text;
  points.replace(points.find("1.3 per cent"), 12, "1.3 points");
  CHECK(lint(points).empty());
  // Two percentages before: which one is "that"?
  std::string two = text;
  two.replace(two.find("from July"), 9, "from July, and 4 per cent more in fees");
  CHECK(lint(two).empty());
}

TEST_CASE("percentage-points: 'to B at the end of February, an increase of N per cent'", "[check][arithmetic]") {
  CHECK(lint("The share rose from 38 per cent in December to 57 per cent at the end of February, an increase of 19 "
             "per cent.\n")
            .find("from 38% to 57% is a rise of 19 percentage points (50%), not 19% [percentage-points]") !=
        std::string::npos);
}

TEST_CASE("percentage-points: 'to B next financial year, an increase of N per cent'", "[check][arithmetic]") {
  CHECK(lint("The state's unemployment rate is forecast to rise from 3.8 per cent to 4.3 per cent next financial "
             "year, an increase of 0.5 per cent, while wage growth eases to 3.4 per cent.\n")
            .find("warning: from 3.8% to 4.3% is a rise of 0.5 percentage points (13.2%), not 0.5% "
                  "[percentage-points]") != std::string::npos);
  CHECK(lint("The state's unemployment rate is forecast to rise from 3.8 per cent to 4.3 per cent next financial "
             "year, an increase of 0.5 percentage points.\n")
            .empty());
}

TEST_CASE("percentage-points: 'to B after six months, an increase of N%'", "[check][arithmetic]") {
  CHECK(lint("The share of patients at target rose from 31% at enrollment to 74% after six months, an increase of "
             "43%.\n")
            .find("warning: from 31% to 74% is a rise of 43 percentage points (138.7%), not 43% [percentage-points]") !=
        std::string::npos);
  CHECK(lint("The share of patients at target rose from 31% at enrollment to 74% after six months, an increase of "
             "43 percentage points.\n")
            .empty());
}

TEST_CASE("percentage-points: 'That was up from A in YEAR, a rise of N' after the sentence that tells B",
          "[check][arithmetic]") {
  const std::string text = "The report found that 41.6 per cent of the water bought never generated an account. That "
                           "was up from 37.2 per cent in 2023/24, a rise of 4.4 {} in a single year.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "per cent"))
            .find("warning: from 37.2% to 41.6% is a rise of 4.4 percentage points (11.8%), not 4.4% "
                  "[percentage-points]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "percentage points")).empty());
  // A direction that disagrees with "up" tells no change of these figures.
  CHECK(lint("Revenue was $41.6 million. That was down from $37.2 million, a rise of 20 per cent.\n").empty());
  CHECK(lint("Revenue was $41.6 million. That was up from $37.2 million, a rise of 20 per cent.\n")
            .find("error: from $37.2 million to $41.6 million is a rise of 12%, not 20% [percent-change]") !=
        std::string::npos);
}

TEST_CASE("percentage-points: 'NAME said the improvement of N' opening the next paragraph", "[check][arithmetic]") {
  const std::string text = "The overall pass percentage stood at 91.2 per cent, against 88.4 per cent last year.\n\n"
                           "Board chairperson Dr Meenakshi Kulkarni said the improvement of 2.8 {} over 2025 "
                           "reflected the board's remedial classes.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "per cent"))
            .find("warning: from 88.4% to 91.2% is a rise of 2.8 percentage points (3.2%), not 2.8% "
                  "[percentage-points]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "percentage points")).empty());
}

TEST_CASE("percentage-points: a Spanish time phrase of B after 'hacia' or 'para' before the change",
          "[check][arithmetic]") {
  const std::string text = "La tasa de reemplazo subir\xC3\xA1 de 34% a 49% {} 2050, un incremento de {}.\n";
  for (const char* when : {"hacia", "para"}) {
    CHECK(lint_es(fmt::format(fmt::runtime(text), when, "15%"))
              .find("warning: from 34% to 49% is a rise of 15 percentage points (44.1%), not 15% "
                    "[percentage-points]") != std::string::npos);
    CHECK(lint_es(fmt::format(fmt::runtime(text), when, "15 puntos porcentuales")).empty());
  }
}

TEST_CASE("percentage-points: a weekday or 'en un año' after B before the change", "[check][arithmetic]") {
  const std::string text = "The PAC's share of the vote rose from 41 per cent in 2023 to 47.6 per cent on Saturday, an "
                           "increase of {}.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "6.6 per cent"))
            .find("a.txt:1:104: warning: from 41% to 47.6% is a rise of 6.6 percentage points (16.1%), not 6.6% "
                  "[percentage-points]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "6.6 percentage points")).empty());
  CHECK(lint_es("La proporci\xC3\xB3n de asalariados pas\xC3\xB3 del 22% al 27% en un a\xC3\xB1o, un aumento del "
                "5%.\n")
            .find("warning: from 22% to 27% is a rise of 5 percentage points (22.7%), not 5% [percentage-points]") !=
        std::string::npos);
}

TEST_CASE("percentage-points: what A is a share of, then when, before 'to B'", "[check][arithmetic]") {
  const std::string text = "Public debt fell from 79.1 per cent of gross domestic product at the end of 2024 to 70.4 "
                           "per cent at the end of 2025, a decline of 8.7 {}, according to ministry figures.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "per cent"))
            .find("a.txt:1:132: warning: from 79.1% to 70.4% is a fall of 8.7 percentage points (11%), not 8.7% "
                  "[percentage-points]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "percentage points")).empty());
}
