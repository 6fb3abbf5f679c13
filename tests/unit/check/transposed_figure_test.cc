#include "check/transposed_figure.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/lint_case.h"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

// lint() with value-conflict on.
std::string lint_conflicts(const std::string& text) { return lint(text, "text", {"times-more"}); }

}  // namespace

TEST_CASE("transposed figure: two neighbouring digits swapped, nothing else", "[check][value]") {
  CHECK(digits_transposed("1,236", "1,326"));
  CHECK(digits_transposed("13.7", "17.3"));
  CHECK(digits_transposed("6,500", "5,600"));
  CHECK(digits_transposed("912,5", "921,5"));
  CHECK(digits_transposed("86", "68"));  // two digits: for a count, only with the guards below
  CHECK_FALSE(digits_transposed("7", "7"));
  CHECK_FALSE(digits_transposed("1,236", "1,236"));  // the same
  CHECK_FALSE(digits_transposed("1,236", "6,231"));  // not neighbours
  CHECK_FALSE(digits_transposed("1,236", "3,216"));
  CHECK_FALSE(digits_transposed("1,236", "12,360"));  // lengths differ
}

TEST_CASE("value-conflict: a figure told again in the article with two digits swapped", "[check][value]") {
  const std::string text =
      "Trauma accounts for the largest share: 412 of the 1,236 patients waiting more than a year need hip "
      "surgery.\n\nThe trust aims to reduce the 1,326 patients waiting more than a year to fewer than 500 by "
      "September.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:30: warning: \"1,326 patients\" conflicts with \"1,236 patients\" earlier "
                                  "in this article: the same digits, two of them swapped [value-conflict]") == 0);
  CHECK(lint_conflicts(text).find("a.txt:1:51: note: here it is \"1,236 patients\" (same measure: patient; the digits "
                                  "differ only by two neighbours swapped, a slip of copying)") != std::string::npos);
  std::string right = text;
  right.replace(right.find("1,326"), 5, "1,236");
  CHECK(lint_conflicts(right).empty());
  // A count glued to its noun counts that noun.
  CHECK(lint_conflicts("The agreement calls for a 6,500-seat stadium.\n\nConstruction of the 5,600-seat ballpark "
                       "begins in April.\n")
            .find("warning: \"5,600-seat\" conflicts with \"6,500-seat\" earlier in this article") != std::string::npos);
}

TEST_CASE("value-conflict: transposed digits of other things, times or sentences are no slip", "[check][value]") {
  // Other nouns.
  CHECK(lint_conflicts("The club sold 1,236 season tickets.\n\nIt has 1,326 members.\n").empty());
  // Two named subjects.
  CHECK(lint_conflicts("Acme Corp employs 1,236 people.\n\nBeta Holdings employs 1,326 people.\n").empty());
  // One sentence: a change between them.
  CHECK(lint_conflicts("Enrolment rose to 1,326 pupils from 1,236 pupils.\n").empty());
  // Another year's figure.
  CHECK(lint_conflicts("Title\n\nNov. 3, 2026\n\nThe county had 1,236 nurses in 2019.\n\nIt now has 1,326 "
                       "nurses.\n")
            .empty());
  // A target beside a fact.
  CHECK(lint_conflicts("The club has 1,236 members.\n\nIt expects to reach 1,326 members next spring.\n").empty());
  // Not neighbours, or hedged.
  CHECK(lint_conflicts("The clinic saw 1,236 patients.\n\nStaff treated 6,231 patients.\n").empty());
  CHECK(lint_conflicts("The clinic saw 1,236 patients.\n\nStaff treated about 1,326 patients.\n").empty());
  // The later figure is not definite: a figure of its own, not one told again.
  CHECK(lint_conflicts("There are 2,310 households on the waiting list.\n\nA report showed that 2,130 households "
                       "are renting privately.\n")
            .empty());
  CHECK_FALSE(lint_conflicts("There are 2,310 households on the waiting list.\n\nHe said the 2,130 households on "
                             "the list would wait years.\n")
                  .empty());
}

TEST_CASE("value-conflict: an amount in a unit with no other measure is compared by its unit", "[check][value]") {
  CHECK(lint_conflicts("Cabernet came next at 61,700 tonnes.\n\nHe said the 67,100 tonnes of cabernet sold "
                       "cheaply.\n")
            .find("warning: \"67,100 tonnes\" conflicts with \"61,700 tonnes\" earlier in this article: the same "
                  "digits, two of them swapped [value-conflict]") != std::string::npos);
  // Another unit: another thing.
  CHECK(lint_conflicts("Cabernet came next at 61,700 tonnes.\n\nHe said the 67,100 litres of cabernet sold "
                       "cheaply.\n")
            .empty());
}

TEST_CASE("value-conflict: a rounded first telling, and a time that is only the baseline's, still count",
          "[check][value]") {
  const std::string text =
      "The route carries about 1,140 passengers a week, down from 1,520 a week in 2019.\n\n"
      "The operator said the 1,410 passengers a week who use it would not cover its cost.\n";
  const std::string out = lint_conflicts(text);
  CHECK(out.find("a.txt:3:23: warning: \"1,410 passengers\" conflicts with \"about 1,140 passengers\" earlier in "
                 "this article: the same digits, two of them swapped [value-conflict]") == 0);
  // The rounded figure told second is no slip of the exact one.
  CHECK(lint_conflicts("The route carries 1,140 passengers a week.\n\nThe operator said about 1,410 passengers a "
                       "week use it.\n")
            .empty());
  // A time of the figure's own still tells another figure.
  CHECK(lint_conflicts("The route carried about 1,140 passengers a week in 2019.\n\nThe operator said the 1,410 "
                       "passengers a week who use it would not cover its cost.\n")
            .empty());
}

TEST_CASE("value-conflict: a sum of money is of the noun after it or before its 'of' ('the £1.41m loss')",
          "[check][value]") {
  const std::string text =
      "Accounts show the club made a pre-tax loss of \xC2\xA3" "1.14m, up from \xC2\xA3" "860,000 the previous year.\n\n"
      "The board said the \xC2\xA3" "1.41m loss reflected a decision to invest in the squad.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:20: warning: \"\xC2\xA3" "1.41m\" conflicts with \"\xC2\xA3" "1.14m\" "
                                  "earlier in this article") == 0);
  CHECK(lint_conflicts(text).find("(same measure: loss;") != std::string::npos);
  // Another noun: another sum.
  std::string other = text;
  other.replace(other.find("1.41m loss"), 10, "1.41m grant");
  CHECK(lint_conflicts(other).empty());
}

TEST_CASE("value-conflict: the figure of a definite noun before 'of' refers back ('the annual payment of £438,000')",
          "[check][value]") {
  CHECK(lint_conflicts("Northwind makes an annual payment of \xC2\xA3" "483,000 to the area.\n\nResidents argue that the "
                       "annual payment of \xC2\xA3" "438,000 is small.\n")
            .find("a.txt:3:44: warning: \"\xC2\xA3" "438,000\" conflicts with \"\xC2\xA3" "483,000\" earlier in this "
                  "article") == 0);
  // An indefinite one is a figure of its own.
  CHECK(lint_conflicts("Northwind makes an annual payment of \xC2\xA3" "483,000 to the area.\n\nResidents want an "
                       "annual payment of \xC2\xA3" "438,000 instead.\n")
            .empty());
  TempDir dir;
  dir.write("a.txt", "La empresa cerr\xC3\xB3 el semestre con una ganancia de $ 86.300 millones.\n\nLa ganancia de $ "
                     "83.600 millones super\xC3\xB3 el consenso de los analistas.\n");
  CHECK(run_claimlint({"--color=never", "--lang", "es", "a.txt"}, dir.path())
            .out.find("conflicts with \"$ 86.300 millones\" earlier in this article") != std::string::npos);
}

TEST_CASE("value-conflict: money spent on one project may be named in turn ('a £2.75m expansion', 'the £2.57m "
          "investment')",
          "[check][value]") {
  const std::string text =
      "The brewery has finished a \xC2\xA3" "2.75m expansion of its brewhouse.\n\nMr Atherley said the \xC2\xA3"
      "2.57m investment had been a big bet.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:22: warning: \"\xC2\xA3" "2.57m\" conflicts with \"\xC2\xA3" "2.75m\" "
                                  "earlier in this article") == 0);
  CHECK(lint_conflicts(text).find("(same measure: spending on a project: the expansion, the investment;") !=
        std::string::npos);
  // A noun of no project: another sum.
  std::string other = text;
  other.replace(other.find("2.57m investment"), 16, "2.57m grant");
  CHECK(lint_conflicts(other).empty());
}

TEST_CASE("value-conflict: a figure after 'all' is taken as known ('across all 2,780 suppliers')", "[check][value]") {
  CHECK(lint_conflicts("The co-op has 2,870 suppliers across three counties.\n\nThe increase is worth "
                       "\xE2\x82\xAC" "5.5 million across all 2,780 suppliers.\n")
            .find("a.txt:3:47: warning: \"2,780 suppliers\" conflicts with \"2,870 suppliers\" earlier in this "
                  "article") == 0);
  // Without "all", a figure of its own.
  CHECK(lint_conflicts("The co-op has 2,870 suppliers across three counties.\n\nThe increase is worth "
                       "\xE2\x82\xAC" "5.5 million across 2,780 suppliers.\n")
            .empty());
}

TEST_CASE("value-conflict: a figure after 'With' opening its sentence is taken as known", "[check][value]") {
  const std::string text =
      "The department has 318 sworn officers, against 352 authorized positions.\n\nWith 381 sworn officers, he "
      "said, the department cannot staff all of its beats.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:6: warning: \"381 sworn officers\" conflicts with \"318 sworn officers\" "
                                  "earlier in this article") == 0);
  // "with" inside the sentence opens no figure told before.
  CHECK(lint_conflicts("The department has 318 sworn officers, against 352 authorized positions.\n\nA city nearby "
                       "gets by with 381 sworn officers.\n")
            .empty());
}

TEST_CASE("value-conflict: a compound noun's head names money ('the £4.63m wage bill'), a count its noun",
          "[check][value]") {
  const std::string text = "The club reported a wage bill of \xC2\xA3" "4.36m for the season.\n\nFans said the \xC2\xA3"
                           "4.63m wage bill is too high.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:15: warning: \"\xC2\xA3" "4.63m\" conflicts with \"\xC2\xA3" "4.36m\" "
                                  "earlier in this article") == 0);
  CHECK(lint_conflicts(text).find("(same measure: bill;") != std::string::npos);
  // "2,960 drivers" and "the 2,690 eligible drivers": drivers both.
  const std::string drivers = "The firm paid restitution to 2,960 drivers.\n\nEach of the 2,690 eligible drivers "
                              "received $125.\n";
  CHECK(lint_conflicts(drivers).find("(same measure: driver;") != std::string::npos);
}

TEST_CASE("value-conflict: 'The number of people waiting ... climbed to 6,482' counts people", "[check][value]") {
  const std::string text =
      "The number of people waiting for elective surgery has climbed to a record 6,482, figures show.\n\nThe "
      "spokesman said the 6,842 people now waiting deserved a timeline.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:24: warning: \"6,842 people\" conflicts with \"6,482\" earlier in this "
                                  "article: the same digits, two of them swapped [value-conflict]") == 0);
  CHECK(lint_conflicts(text).find("(same measure: person;") != std::string::npos);
  // Of something else counted, or a change: no count of people.
  std::string beds = text;
  beds.replace(beds.find("people waiting for"), 6, "beds");
  CHECK(lint_conflicts(beds).empty());
  CHECK(lint_conflicts("The number of people waiting for elective surgery has climbed by 6,482 this year.\n\nThe "
                       "spokesman said the 6,842 people now waiting deserved a timeline.\n")
            .empty());
  // "a number of" counts nothing.
  CHECK(lint_conflicts("A number of people waiting for surgery were moved, and the list climbed to 6,482.\n\nThe "
                       "spokesman said the 6,842 people now waiting deserved a timeline.\n")
            .empty());
}

TEST_CASE("value-conflict: a figure after a possessive ('the co-op's 621 supplier farms') refers back",
          "[check][value]") {
  const std::string text =
      "The co-op collected 148.2 million kgMS from its 612 supplier farms this season.\n\nHe said roughly 200 of "
      "the co-op's 621 supplier farms were carrying debt.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:36: warning: \"621 supplier farms\" conflicts with \"612 supplier farms\" "
                                  "earlier in this article") == 0);
  // Without it, a figure of its own.
  std::string own = text;
  own.replace(own.find("the co-op's 621"), 15, "621");
  CHECK(lint_conflicts(own).empty());
  // A figure with "its" in a forecast is presupposed, as with "the".
  CHECK(lint_conflicts("The price rise will be welcomed by its 2,870 suppliers.\n\nThe board estimates a gain of "
                       "about $5,000 for each of the 2,780 suppliers.\n")
            .find("[value-conflict]") != std::string::npos);
}

TEST_CASE("value-conflict: money of a three-word compound, reported by a person, before a 'since' clause",
          "[check][value]") {
  const std::string text =
      "The Mangatoa District Council approved the $14.2m runway resurfacing project on Wednesday 24 June.\n\nMayor "
      "Tom Wikaira said the $12.4m project was the biggest single investment in the airport since the terminal was "
      "rebuilt in 2011.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:28: warning: \"$12.4m\" conflicts with \"$14.2m\" earlier in this "
                                  "article: the same digits, two of them swapped [value-conflict]") == 0);
  CHECK(lint_conflicts(text).find("(same measure: project;") != std::string::npos);
  // Of another named council: another project.
  std::string other = text;
  other.replace(other.find("Mayor Tom Wikaira said the"), 26, "The Tarrant District Council approved the");
  CHECK(lint_conflicts(other).empty());
}

TEST_CASE("value-conflict: a count of two digits swapped, where the article counts that noun no other way",
          "[check][value]") {
  const std::string text =
      "The council approved 64 classrooms at a cost of $121.6 million.\n\nThe 46 classrooms will go up in 17 "
      "schools in the east of the city.\n";
  CHECK(lint_conflicts(text).find("warning: \"46 classrooms\" conflicts with \"64 classrooms\" earlier in this "
                                  "article: the same digits, two of them swapped [value-conflict]") !=
        std::string::npos);
  // A third count of the noun: the two may be a whole and a part.
  CHECK(lint_conflicts("The council approved 64 classrooms.\n\nIt has 30 classrooms now.\n\nThe 46 classrooms "
                       "will go up in 17 schools.\n")
            .find("value-conflict") == std::string::npos);
  // A place after the count: a part of what was counted, maybe.
  CHECK(lint_conflicts("The district runs 21 schools.\n\nThe 12 schools in the east will close early.\n")
            .find("value-conflict") == std::string::npos);
  // Two digits of money or of a percentage are never read so.
  CHECK(lint_conflicts("The council spent $64 on the plaque.\n\nThe $46 plaque was stolen.\n")
            .find("value-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: money of savings, told 'of savings' and as a 'savings programme'", "[check][value]") {
  const std::string text =
      "The budget relies on \xC2\xA3" "31.6m of savings. Of that, \xC2\xA3" "12.4m is to come from adult social "
      "care.\n\nCllr Rebecca Ashdown, leader of the opposition, said the \xC2\xA3" "{}m savings programme would "
      "fall hardest on the poor.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "36.1"))
            .find("warning: \"\xC2\xA3" "36.1m\" conflicts with \"\xC2\xA3" "31.6m\" earlier in this article: the "
                  "same digits, two of them swapped [value-conflict]") != std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "31.6")).find("value-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: money of two digits and a scale word swapped, of one measure told no other way",
          "[check][value]") {
  const std::string text = "Capital expenditure for the year was kept at $6.8 billion.\n\nOf the ${} billion capital "
                           "budget for the year, about $2.3 billion will go to the concentrator.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "8.6"))
            .find("warning: \"$8.6 billion\" conflicts with \"$6.8 billion\" earlier in this article: the same "
                  "digits, two of them swapped [value-conflict]") != std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "6.8")).find("value-conflict") == std::string::npos);
  // Small sums and a third budget are no such slip.
  CHECK(lint_conflicts("The budget was kept at $68.\n\nThe $86 budget was spent.\n").find("value-conflict") ==
        std::string::npos);
  CHECK(lint_conflicts("Capital expenditure was kept at $6.8 billion.\n\nThe budget was $7.5 billion last "
                       "year.\n\nThe $8.6 billion budget will be spent.\n")
            .find("value-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: a total 'finished ... with' tells again a figure told before", "[check][value]") {
  const std::string text = "Senior quarterback Eli Brandt threw for 2,614 yards and 27 touchdowns, both school "
                           "records.\n\nBrandt finished his senior year with {} passing yards and has offers from two "
                           "colleges.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "2,164"))
            .find("warning: \"2,164 passing yards\" conflicts with \"2,614 yards\" earlier in this article: the same "
                  "digits, two of them swapped [value-conflict]") != std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "2,614")).find("value-conflict") == std::string::npos);
  // Without a verb of finishing, "with" says nothing of a figure told before.
  CHECK(lint_conflicts("Senior quarterback Eli Brandt threw for 2,614 yards.\n\nBrandt trained with 2,164 fans "
                       "watching.\n")
            .find("value-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: a definite figure tells again one forecast before, but no target", "[check][value]") {
  const std::string text = "The wind farm is expected to produce about 4,250 gigawatt-hours a year.\n\nThe developer "
                           "said its {} gigawatt-hours of annual output would power 425,000 homes.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "4,520"))
            .find("warning: \"4,520 gigawatt-hours\" conflicts with \"about 4,250 gigawatt-hours\" earlier in this "
                  "article: the same digits, two of them swapped [value-conflict]") != std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "4,250")).find("value-conflict") == std::string::npos);
  // A target is what is aimed at, not what is.
  CHECK(lint_conflicts("\"We expect to reach 17,600 season tickets by 2027,\" she said.\n\nAbout a fifth of the "
                       "16,700 season tickets counted in Redfield were new.\n")
            .find("value-conflict") == std::string::npos);
}

TEST_CASE("value-conflict: nouns in -men count ('4,612 first-time freshmen' / 'the 4,162 freshmen')",
          "[check][value]") {
  const std::string text = "The entering class of 4,612 first-time freshmen is the largest yet. Of the {} freshmen, "
                           "about 38 percent are the first in their families to attend college.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "4,162"))
            .find("warning: \"4,162 freshmen\" conflicts with \"4,612 first-time freshmen\" earlier in this "
                  "article: the same digits, two of them swapped [value-conflict]") != std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "4,612")).empty());
}

TEST_CASE("value-conflict: a line of the accounts is a measure of its own ('operating loss', 'pre-tax loss')",
          "[check][value]") {
  const std::string text = "Harbourne Athletic made a pre-tax loss of \xC2\xA3" "11.8m in their first season back, "
                           "accounts filed on Monday 2 March show.\n\nThe club recorded {} of \xC2\xA3" "14.1m, which "
                           "was reduced by a \xC2\xA3" "3.9m profit on player sales.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "an operating loss")).empty());
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "a pre-tax loss"))
            .find("warning: amount of pre-tax loss for Harbourne Athletic conflicts with an earlier figure in this "
                  "article [value-conflict]") != std::string::npos);
  // Digits swapped: a bare "loss" tells again the line told before, another line does not.
  const std::string swapped = "The club made a pre-tax loss of \xC2\xA3" "1.14m last year.\n\nThe board said {} of "
                              "\xC2\xA3" "1.41m reflected a decision to invest in the squad.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(swapped), "the loss")).find("the same digits, two of them swapped") !=
        std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(swapped), "the operating loss")).empty());
}

TEST_CASE("value-conflict: a year of what a figure's debt came from does not date the figure", "[check][value]") {
  const std::string text = "The payout will put $2.9 billion into the hands of the co-operative's 2,140 supplier "
                           "farms.\n\nMark Ellery said many of the region's {} supplier farms were still carrying "
                           "debt from the lean payouts of 2023.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "2,410"))
            .find("warning: \"2,410 supplier farms\" conflicts with \"2,140 supplier farms\" earlier in this "
                  "article: the same digits, two of them swapped [value-conflict]") != std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "2,140")).empty());
}

TEST_CASE("value-conflict: a project named with a number, and an agreement's cost told by its verb",
          "[check][value]") {
  const std::string project = "The growth adds pressure on the port's $214 million expansion of Terminal 4, which "
                              "will add two cranes.\n\nCommissioners will review a request to move $9.5 million "
                              "toward the {} Terminal 4 project.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(project), "$241 million"))
            .find("warning: \"$241 million\" conflicts with \"$214 million\" earlier in this article: the same "
                  "digits, two of them swapped [value-conflict]") != std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(project), "$214 million")).empty());
  const std::string deal = "The hospital estimates the contract will cost $38.6 million over its three years.\n\n"
                           "Its president said the {} \"reflects our respect for the nurses\".\n";
  const std::string found = lint_conflicts(fmt::format(fmt::runtime(deal), "$36.8 million agreement"));
  CHECK(found.find("warning: \"$36.8 million\" conflicts with \"$38.6 million\" earlier in this article: the same "
                   "digits, two of them swapped [value-conflict]") != std::string::npos);
  CHECK(found.find("(same measure: the value of an agreement: the contract, the agreement;") != std::string::npos);
  // Money of another noun is another measure.
  CHECK(lint_conflicts(fmt::format(fmt::runtime(deal), "$36.8 million bonus pool")).empty());
}

TEST_CASE("value-conflict: one period's profit told as net income and as profit", "[check][value]") {
  const std::string text = "The chipmaker reported net income of $812 million for the three months that ended Dec. "
                           "27.\n\nAn analyst said the quarter's {} showed that demand had turned into earnings.\n";
  const std::string found = lint_conflicts(fmt::format(fmt::runtime(text), "$821 million in profit"));
  CHECK(found.find("a.txt:3:31: warning: \"$821 million\" conflicts with \"$812 million\" earlier in this article: "
                   "the same digits, two of them swapped [value-conflict]") == 0);
  CHECK(found.find("(same measure: profit: the income, the profit;") != std::string::npos);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "$812 million in profit")).empty());
  // Revenue is another line of the accounts.
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "$821 million in revenue")).empty());
}

TEST_CASE("value-conflict: 'all 1,310 of our members' tells again a count of members", "[check][value]") {
  const std::string text = "The club has 1,130 members, up from 870 five years ago.\n\nShe said the clubhouse belonged "
                           "to all {} of our members and the whole parish.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "1,310"))
            .find("a.txt:3:40: warning: \"1,310\" conflicts with \"1,130 members\" earlier in this article: the same "
                  "digits, two of them swapped [value-conflict]") == 0);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "1,130")).empty());
  // Without "all", "1,310 of our members" is a part of them.
  CHECK(lint_conflicts("The club has 1,130 members.\n\nShe said 1,310 of our members came.\n").empty());
}

TEST_CASE("value-conflict: 'the $A621 million result came in' tells again a half's profit", "[check][value]") {
  const std::string text = "Harbourline reported a net profit of $A612 million for the six months.\n\nThe {} million "
                           "result came in ahead of expectations.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "$A621"))
            .find("a.txt:3:5: warning: \"$A621 million\" conflicts with \"$A612 million\" earlier in this article: the "
                  "same digits, two of them swapped [value-conflict]") == 0);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "$A612")).empty());
  // A past form after the noun is no noun of the money: "the $A621 million outlay rose" is no result.
  CHECK(lint_conflicts("Harbourline reported a net profit of $A612 million for the six months.\n\nThe $A621 million "
                       "outlay rose again.\n")
            .empty());
}

TEST_CASE("value-conflict: a unit named in full and by its symbol, told by an analyst who speaks for an institute",
          "[check][value]") {
  const std::string text = "Jan. 20, 2026\n\nThe Oyan Bay Deep Seaport handled 418,600 twenty-foot equivalent units "
                           "(TEUs) in 2025.\n\n"
                           "Analyst Funmilayo Adeyemi of the Gulf of Guinea Logistics Institute said the {} TEUs "
                           "handled last year placed Oyan Bay among the busiest.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "481,600"))
            .find("a.txt:5:78: warning: \"481,600 TEUs\" conflicts with \"418,600 twenty-foot equivalent units\" "
                  "earlier in this article: the same digits, two of them swapped [value-conflict]") == 0);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "418,600")).empty());
}

TEST_CASE("value-conflict: a sum of money told by its noun, the currency left out ('Los 1.248 millones de "
          "beneficio')",
          "[check][value]") {
  const auto lint_es_conflicts = [](const std::string& text) {
    TempDir dir;
    dir.write("a.txt", text);
    return run_claimlint({"--color=never", "--lang", "es", "-Wno-times-more", "a.txt"}, dir.path()).out;
  };
  const std::string text = "Iberval Energ\xC3\xAD" "a cerr\xC3\xB3 2025 con un beneficio neto de 1.284 millones de "
                           "euros.\n\nLos analistas recibieron bien las cuentas. \"Los {} millones de {} est\xC3\xA1n "
                           "por encima del consenso\", dijo una analista.\n";
  CHECK(lint_es_conflicts(fmt::format(fmt::runtime(text), "1.248", "beneficio"))
            .find("a.txt:3:49: warning: \"1.248 millones\" conflicts with \"1.284 millones de euros\" earlier in this "
                  "article: the same digits, two of them swapped [value-conflict]") == 0);
  CHECK(lint_es_conflicts(fmt::format(fmt::runtime(text), "1.284", "beneficio")).empty());
  // Of another noun: another figure.
  CHECK(lint_es_conflicts(fmt::format(fmt::runtime(text), "1.248", "clientes")).empty());
}

TEST_CASE("value-conflict: money in a plural noun is of that noun and held nowhere", "[check][value]") {
  const std::string text =
      "Coastline Super reported $58.3 billion in assets at the end of June.\n\nWith $53.8 billion in assets at the "
      "end of June, Coastline Super is the fifth-largest fund.\n";
  CHECK(lint_conflicts(text).find("a.txt:3:6: warning: \"$53.8 billion\" conflicts with \"$58.3 billion\" earlier in "
                                  "this article: the same digits, two of them swapped [value-conflict]") == 0);
  CHECK(lint_conflicts(text).find("note: here it is \"$58.3 billion\" (same measure: asset;") != std::string::npos);
  // What money is in says what it is, whatever the sentence counts.
  CHECK(lint_conflicts("Westcombe Water was ordered to pay an £11.4m penalty.\n\nThe company paid £14.1m in "
                       "dividends to its 3 shareholders.\n")
            .empty());
}

TEST_CASE("value-conflict: a dividend per share told again otherwise", "[check][value]") {
  const std::string text = "Harbor Foods declared a final dividend of $1.42 per share.\n\nHarbor Foods said the "
                           "${}-per-share dividend was its largest.\n";
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "1.24"))
            .find("a.txt:3:23: warning: amount of dividend per share for Harbor Foods conflicts with an earlier "
                  "figure in this article [value-conflict]") == 0);
  CHECK(lint_conflicts(fmt::format(fmt::runtime(text), "1.42")).empty());
  // The total paid is no amount per share.
  CHECK(lint_conflicts("Harbor Foods declared a final dividend of $1.42 per share.\n\nHarbor Foods will pay $48.2 "
                       "million in dividends.\n")
            .empty());
}

TEST_CASE("value-conflict: money its verb alone measures, told again as a running total ('With $468 million already "
          "spent')",
          "[check]") {
  const std::string wrong = "The province has spent $486 million fighting fires so far this season, the minister "
                            "said.\n\nWith $468 million already spent, the province is on pace to finish the year "
                            "between $650 million and $750 million.\n";
  CHECK(lint_conflicts(wrong).find("3:6: warning: \"$468 million\" conflicts with \"$486 million\" earlier in this "
                                   "article: the same digits, two of them swapped [value-conflict]") !=
        std::string::npos);
  // Spent on two things: two measures.
  CHECK(lint_conflicts("The city has spent $486,000 on roads this year.\n\nWith $468,000 spent on schools, it has "
                       "little left.\n")
            .empty());
  // A noun after the sum names it: no verb's measure.
  CHECK(lint_conflicts("The province has spent $486 million fighting fires.\n\nThe $468 million windfall was spent "
                       "on roads.\n")
            .empty());
}
