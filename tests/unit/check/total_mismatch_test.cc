// Tests for check/total_mismatch (issue 7): parts that do not add up to the stated total.
#include "check/total_mismatch.h"

#include <algorithm>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/lint_case.h"

using namespace claimlint::testing;

TEST_CASE("total-mismatch: positive cases and near misses", "[check][arithmetic]") {
  const Case cases[] = {
      {"The ministry approved 150,000 chips for ByteDance, 120,000 for Alibaba and 100,000 for Tencent, a total of 400,000.\n",
       "a.txt:1:108: error: 150,000 + 120,000 + 100,000 = 370,000, not 400,000 [total-mismatch]\n"
       "    The ministry approved 150,000 chips for ByteDance, 120,000 for Alibaba and 100,000 for Tencent, a total of 400,000.\n"
       "                                                                                                               ^~~~~~~\n"
       "a.txt:1:23: note: a part of the total\n"
       "    The ministry approved 150,000 chips for ByteDance, 120,000 for Alibaba and 100,000 for Tencent, a total of 400,000.\n"
       "                          ^~~~~~~~~~~~~\n"
       "a.txt:1:52: note: a part of the total\n"
       "    The ministry approved 150,000 chips for ByteDance, 120,000 for Alibaba and 100,000 for Tencent, a total of 400,000.\n"
       "                                                       ^~~~~~~\n"
       "a.txt:1:76: note: a part of the total\n"
       "    The ministry approved 150,000 chips for ByteDance, 120,000 for Alibaba and 100,000 for Tencent, a total of 400,000.\n"
       "                                                                               ^~~~~~~\n"},
      {"Beijing approved 150,000 chips for ByteDance and 120,000 for Alibaba. In total, 300,000 chips were cleared.\n",
       "a.txt:1:81: error: 150,000 + 120,000 = 270,000, not 300,000 [total-mismatch]\n"
       "    Beijing approved 150,000 chips for ByteDance and 120,000 for Alibaba. In total, 300,000 chips were cleared.\n"
       "                                                                                    ^~~~~~~~~~~~~\n"
       "a.txt:1:18: note: a part of the total\n"
       "    Beijing approved 150,000 chips for ByteDance and 120,000 for Alibaba. In total, 300,000 chips were cleared.\n"
       "                     ^~~~~~~~~~~~~\n"
       "a.txt:1:50: note: a part of the total\n"
       "    Beijing approved 150,000 chips for ByteDance and 120,000 for Alibaba. In total, 300,000 chips were cleared.\n"
       "                                                     ^~~~~~~\n"},
      {"The fund gave $1.2 billion to schools and $800 million to hospitals, a combined $2.5 billion.\n",
       "a.txt:1:81: error: $1.2 billion + $800 million = $2 billion, not $2.5 billion [total-mismatch]\n"
       "    The fund gave $1.2 billion to schools and $800 million to hospitals, a combined $2.5 billion.\n"
       "                                                                                    ^~~~~~~~~~~~\n"
       "a.txt:1:15: note: a part of the total\n"
       "    The fund gave $1.2 billion to schools and $800 million to hospitals, a combined $2.5 billion.\n"
       "                  ^~~~~~~~~~~~\n"
       "a.txt:1:43: note: a part of the total\n"
       "    The fund gave $1.2 billion to schools and $800 million to hospitals, a combined $2.5 billion.\n"
       "                                              ^~~~~~~~~~~~\n"},
      {"More than 150,000 went to ByteDance and about 120,000 to Alibaba, 300,000 in total.\n",
       ""},
      {"The firm sold 150,000 in 2024 and 120,000 in 2025, a total of 900,000 since 2019.\n",
       ""},
      {"It shipped 1.2 million phones to Europe and 0.9 million to Asia, a total of 2 million.\n",
       ""},
      {"It sold 150,000 phones and 120,000 tablets, and employs a total of 400,000 people.\n",
       ""},
      {"Sales were 150,000, up from 120,000, and 100,000 in Asia, a total of 400,000.\n",
       ""},
      {"The company employs 5,000 people in France and 3,000 in Germany, a total of 12,000 worldwide.\n",
       ""},
      {"Of the 400 members, 150 voted for the plan, 180 against and 90 abstained, a total of 420.\n",
       ""},
      // "Four in five" is a ratio, no pair of parts.
      {"Four in five beds will be in single rooms - 432 in all - compared with a quarter now.\n", ""},
      {"Uno de cada cinco, 432 en total, ser\u00e1n individuales.\n", ""},
      // An average across a count of games is a rate, no part.
      {"Average home attendance last season was 5,870 across 12 home games, a total of 70,440 through the gates.\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("total-mismatch: a breakdown closed by \"the other\" or \"the remaining\"", "[check][arithmetic]") {
  const Case cases[] = {
      {"The plan adds 310 posts. Of those, 120 are police officers and 45 are firefighters; the other 155 work in "
       "parks.\n",
       "a.txt:1:15: error: 120 + 45 + 155 = 320, not 310 [total-mismatch]\n"
       "    The plan adds 310 posts. Of those, 120 are police officers and 45 are firefighters; the other 155 work in "
       "parks.\n"
       "                  ^~~~~~~~~\n"
       "a.txt:1:36: note: a part of the total\n"
       "    The plan adds 310 posts. Of those, 120 are police officers and 45 are firefighters; the other 155 work in "
       "parks.\n"
       "                                       ^~~\n"
       "a.txt:1:64: note: a part of the total\n"
       "    The plan adds 310 posts. Of those, 120 are police officers and 45 are firefighters; the other 155 work in "
       "parks.\n"
       "                                                                   ^~\n"
       "a.txt:1:95: note: a part of the total\n"
       "    The plan adds 310 posts. Of those, 120 are police officers and 45 are firefighters; the other 155 work in "
       "parks.\n"
       "                                                                                                  ^~~\n"},
      {"The club sold 40,000 season tickets, of which 22,000 went to adults, 9,000 to children and the remaining "
       "8,000 to pensioners.\n",
       "a.txt:1:15: error: 22,000 + 9,000 + 8,000 = 39,000, not 40,000 [total-mismatch]\n"
       "    The club sold 40,000 season tickets, of which 22,000 went to adults, 9,000 to children and the remaining "
       "8,000 to pensio...\n"
       "                  ^~~~~~~~~~~~~~~~~~~~~\n"
       "a.txt:1:47: note: a part of the total\n"
       "    ...ub sold 40,000 season tickets, of which 22,000 went to adults, 9,000 to children and the remaining "
       "8,000 to pensioners.\n"
       "                                               ^~~~~~\n"
       "a.txt:1:70: note: a part of the total\n"
       "    ...ickets, of which 22,000 went to adults, 9,000 to children and the remaining 8,000 to pensioners.\n"
       "                                               ^~~~~\n"
       "a.txt:1:106: note: a part of the total\n"
       "    ...ts, 9,000 to children and the remaining 8,000 to pensioners.\n"
       "                                               ^~~~~\n"},
      // Adds up.
      {"The budget funds 310 new city positions. Of those, 120 are police officers and 45 are firefighters; the "
       "other 145 are spread across sanitation and parks.\n",
       ""},
      // A comparison among the parts: no breakdown.
      {"Acme has 900 staff. Of them, 500 work in Ohio, up from 450, and the other 400 in Texas.\n", ""},
      // Parts of another kind than the total.
      {"The plan adds 310 posts. Of those, 40% are police officers and the other 55% work in parks.\n", ""},
      // No "of those": the remainder of something else.
      {"The plan adds 310 posts. Police officers take 120 and firefighters 45; the other 155 are vacant.\n", ""},
      // "38 miles away" counts no part.
      {"The plant employs 640 people. Of those, 230 will move to a site 38 miles away and the other 410 will "
       "leave.\n",
       ""},
      // A sum far from the figure before "of those" breaks down something
      // else.
      {"The cuts amount to about 8% of Brennholt's 23,400 employees. Of those, 1,100 will be in Germany and the "
       "other 750 in Poland.\n",
       ""},
      // A total in another paragraph is not the breakdown's.
      {"The plan adds 310 posts.\n\nOf those, 120 are police officers and 45 are firefighters; the other 155 work in "
       "parks.\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("total-mismatch: a list or plain-text table under a caption, with its total", "[check][arithmetic]") {
  const Case cases[] = {
      // A "Total" row; counts in whole units are exact, so one seat shows.
      {"Seats by party:\n  Greens   41\n  Liberals 33\n  Labour   21\n  Total    96\n",
       "a.txt:5:12: error: 41 + 33 + 21 = 95, not 96 [total-mismatch]\n"
       "      Total    96\n"
       "               ^~\n"
       "a.txt:2:12: note: a part of the total\n"
       "      Greens   41\n"
       "               ^~\n"
       "a.txt:3:12: note: a part of the total\n"
       "      Liberals 33\n"
       "               ^~\n"
       "a.txt:4:12: note: a part of the total\n"
       "      Labour   21\n"
       "               ^~\n"},
      // The caption's figure, when the caption announces the breakdown.
      {"The port handled 48.7 million tonnes in 2025, made up as follows:\n\n- Containers: 21.4 million tonnes\n"
       "- Dry bulk: 12.9 million tonnes\n- Liquid bulk: 9.8 million tonnes\n- Other: 5.3 million tonnes\n",
       "a.txt:1:18: error: 21.4 million + 12.9 million + 9.8 million + 5.3 million = 49.4 million tonnes, not "
       "48.7 million tonnes [total-mismatch]\n"
       "    The port handled 48.7 million tonnes in 2025, made up as follows:\n"
       "                     ^~~~~~~~~~~~~~~~~~~\n"
       "a.txt:3:15: note: a part of the total\n"
       "    - Containers: 21.4 million tonnes\n"
       "                  ^~~~~~~~~~~~~~~~~~~\n"
       "a.txt:4:13: note: a part of the total\n"
       "    - Dry bulk: 12.9 million tonnes\n"
       "                ^~~~~~~~~~~~~~~~~~~\n"
       "a.txt:5:16: note: a part of the total\n"
       "    - Liquid bulk: 9.8 million tonnes\n"
       "                   ^~~~~~~~~~~~~~~~~~\n"
       "a.txt:6:10: note: a part of the total\n"
       "    - Other: 5.3 million tonnes\n"
       "             ^~~~~~~~~~~~~~~~~~\n"},
      // Labels with brackets, a count in a label before its colon.
      {"The result:\n\nElena Marsh (Progressive Alliance): 12,486\nTom Castell (Civic Party): 10,921\n"
       "Three other candidates (combined): 1,006\nTotal valid votes: 24,513\n",
       "a.txt:6:20: error: 12,486 + 10,921 + 1,006 = 24,413, not 24,513 [total-mismatch]\n"
       "    Total valid votes: 24,513\n"
       "                       ^~~~~~\n"
       "a.txt:3:37: note: a part of the total\n"
       "    Elena Marsh (Progressive Alliance): 12,486\n"
       "                                        ^~~~~~\n"
       "a.txt:4:28: note: a part of the total\n"
       "    Tom Castell (Civic Party): 10,921\n"
       "                               ^~~~~~\n"
       "a.txt:5:36: note: a part of the total\n"
       "    Three other candidates (combined): 1,006\n"
       "                                       ^~~~~\n"},
      // Adds up.
      {"Seats by party:\n  Greens   41\n  Liberals 33\n  Labour   21\n  Total    95\n", ""},
      // No total: a list of some regions.
      {"Revenue by region:\n- Europe: $4.1 billion\n- Asia: $2.2 billion\n- Americas: $1.9 billion\n", ""},
      // "includes" announces some parts, not all of them.
      {"The plan, costing $12 billion, includes:\n- Roads: $4 billion\n- Rail: $3 billion\n- Ports: $2 billion\n",
       ""},
      // A negative row, which the figure does not carry: no sum.
      {"Pretax profit by division was:\nRetail banking: £1.38bn\nCommercial banking: £0.84bn\n"
       "Wealth management: £0.31bn\nCentral items: -£0.07bn\nTotal: £2.46bn\n",
       ""},
      // A part of a part, a subtotal, a statistic of the rows: no list.
      {"Revenue by segment:\nRetail   120\nof which online   40\nWholesale   80\nTotal   200\n", ""},
      {"Sales by region:\nNorth   50\nSouth   30\nSubtotal   80\nWest   20\nTotal   175\n", ""},
      {"Visitors by store:\nAlpha   500\nBeta   300\nGamma   200\nAverage   333\nTotal   1,200\n", ""},
      // Rows of changes are no parts.
      {"Changes by party:\n- Greens: up 4\n- Liberals: down 3\n- Labour: up 1\n- Total: 3\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("total-mismatch: a header row, and Markdown and HTML tables with their Total row", "[check][arithmetic]") {
  // A plain-text header row between the caption and the rows.
  CHECK(lint("Spending by department:\n\nDepartment   Spending\nRoads        $12.4m\nParks         $3.1m\n"
             "Libraries     $2.2m\nTotal        $19.7m\n") ==
        "a.txt:7:14: error: $12.4 million + $3.1 million + $2.2 million = $17.7 million, not $19.7 million "
        "[total-mismatch]\n"
        "    Total        $19.7m\n"
        "                 ^~~~~~\n"
        "a.txt:4:14: note: a part of the total\n"
        "    Roads        $12.4m\n"
        "                 ^~~~~~\n"
        "a.txt:5:15: note: a part of the total\n"
        "    Parks         $3.1m\n"
        "                  ^~~~~\n"
        "a.txt:6:15: note: a part of the total\n"
        "    Libraries     $2.2m\n"
        "                  ^~~~~\n");
  TempDir dir;
  // A table of two columns with a heading, no colon; a change column.
  dir.write("a.md",
            "# Budget\n\n## Where the money goes\n\n| Department | 2026 (bn) | 2025 (bn) | Change |\n"
            "|---|---:|---:|---:|\n| Health | 98.4 | 92.1 | +6.8% |\n| Education | 61.3 | 58.8 | +4.3% |\n"
            "| Transport | 31.2 | 30.5 | +2.3% |\n| **Total** | **195.9** | **181.4** | **+7.9%** |\n");
  // The same table adding up, as HTML, with white space between cells.
  dir.write("b.html",
            "<html><body><p>Budget.</p><table>\n<tr><th>Department</th> <th>2026</th> <th>2025</th></tr>\n"
            "<tr><td>Health</td> <td>98.4</td> <td>92.1</td></tr>\n<tr><td>Education</td> <td>61.3</td> "
            "<td>58.8</td></tr>\n<tr><td>Transport</td> <td>31.2</td> <td>30.5</td></tr>\n"
            "<tr><td>Total</td> <td>190.9</td> <td>181.4</td></tr>\n</table></body></html>\n");
  // "of which" rows are parts of a part.
  dir.write("d.md", "| Segment | Revenue |\n|---|---|\n| Retail | 120 |\n| of which online | 40 |\n"
                    "| Wholesale | 80 |\n| Total | 200 |\n");
  // No Total row: nothing to add up to.
  dir.write("c.md", "| Region | Sales |\n|---|---|\n| North | 41 |\n| South | 38 |\n| West | 29 |\n");
  const RunResult r = run_claimlint({"--color=never", "--format=jsonl", "-Wno-value-conflict", "a.md", "b.html",
                                     "c.md", "d.md"},
                                    dir.path());
  CHECK(r.status == 1);
  CHECK(r.out.find("\"path\":\"a.md\",\"line\":10,\"column\":17") != std::string::npos);
  CHECK(r.out.find("98.4 + 61.3 + 31.2 = 190.9, not 195.9") != std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
}

TEST_CASE("total-mismatch: a total and the parts a composition cue lists after it", "[check][arithmetic]") {
  const Case cases[] = {
      {"The council approved a separate $310 million capital programme. It is made up of $145 million for roads, "
       "$98 million for water, and $82 million for community centres.\n",
       "a.txt:1:33: error: $145 million + $98 million + $82 million = $325 million, not $310 million [total-mismatch]\n"
       "    The council approved a separate $310 million capital programme. It is made up of $145 million for roads, $98 million for...\n"
       "                                    ^~~~~~~~~~~~\n"
       "a.txt:1:82: note: a part of the total\n"
       "    ...ion capital programme. It is made up of $145 million for roads, $98 million for water, and $82 million for community cen...\n"
       "                                               ^~~~~~~~~~~~\n"
       "a.txt:1:106: note: a part of the total\n"
       "    ...t is made up of $145 million for roads, $98 million for water, and $82 million for community centres.\n"
       "                                               ^~~~~~~~~~~\n"
       "a.txt:1:133: note: a part of the total\n"
       "    ...n for roads, $98 million for water, and $82 million for community centres.\n"
       "                                               ^~~~~~~~~~~\n"},
      // "and" inside the last part's own words.
      {"A $310 million programme comprises $145 million for roads, $98 million for water and $82 million for "
       "centres and a library.\n",
       "a.txt:1:3: error: $145 million + $98 million + $82 million = $325 million, not $310 million [total-mismatch]\n"
       "    A $310 million programme comprises $145 million for roads, $98 million for water and $82 million for centres and a libra...\n"
       "      ^~~~~~~~~~~~\n"
       "a.txt:1:36: note: a part of the total\n"
       "    A $310 million programme comprises $145 million for roads, $98 million for water and $82 million for centres and a libra...\n"
       "                                       ^~~~~~~~~~~~\n"
       "a.txt:1:60: note: a part of the total\n"
       "    ...ramme comprises $145 million for roads, $98 million for water and $82 million for centres and a library.\n"
       "                                               ^~~~~~~~~~~\n"
       "a.txt:1:86: note: a part of the total\n"
       "    ...on for roads, $98 million for water and $82 million for centres and a library.\n"
       "                                               ^~~~~~~~~~~\n"},
      // Adds up.
      {"The $310 million programme is made up of $145 million for roads, $98 million for water and $67 million for "
       "parks.\n",
       ""},
      // A part without a figure, "the rest", "including": not every part.
      {"The 1,200-strong workforce is made up of 700 engineers, 400 technicians and support staff.\n", ""},
      {"The $310 million programme is made up of $145 million for roads and $98 million for water, the rest for "
       "parks.\n",
       ""},
      {"The board of 12 is made up of 5 independents and 4 executives, including 2 women.\n", ""},
      // Another kind of figure in the list is no part.
      {"The $2 billion fund, split between 40 projects, will run to 2030.\n", ""},
  };
  check_cases(cases);
}

TEST_CASE("total-mismatch: a list under a heading of its own, with a change after each row and a Group row", "[check][arithmetic]") {
  const Case cases[] = {
      {"Revenue by division\n\n- Road Freight: 198.4m, up 5.1%\n- Warehousing: 131.7m, up 9.8%\n- Air & Sea: 80.5m\n- Group: 412.6m\n",
       "a.txt:6:10: error: 198.4 + 131.7 + 80.5 = 410.6, not 412.6 [total-mismatch]\n"
       "    - Group: 412.6m\n"
       "             ^~~~~~\n"
       "a.txt:3:17: note: a part of the total\n"
       "    - Road Freight: 198.4m, up 5.1%\n"
       "                    ^~~~~~\n"
       "a.txt:4:16: note: a part of the total\n"
       "    - Warehousing: 131.7m, up 9.8%\n"
       "                   ^~~~~~\n"
       "a.txt:5:14: note: a part of the total\n"
       "    - Air & Sea: 80.5m\n"
       "                 ^~~~~\n"},
      {"Seats won\n\n- Labour: 41 seats\n- Greens: 12 seats\n- Liberals: 9 seats\n- All: 60 seats\n",
       "a.txt:6:8: error: 41 + 12 + 9 = 62, not 60 [total-mismatch]\n"
       "    - All: 60 seats\n"
       "           ^~~~~~~~\n"
       "a.txt:3:11: note: a part of the total\n"
       "    - Labour: 41 seats\n"
       "              ^~~~~~~~\n"
       "a.txt:4:11: note: a part of the total\n"
       "    - Greens: 12 seats\n"
       "              ^~~~~~~~\n"
       "a.txt:5:13: note: a part of the total\n"
       "    - Liberals: 9 seats\n"
       "                ^~~~~~~\n"},
      // "Group A" is a row, not the total; the right sums.
      {"Trial arms\n\n- Group A: 120 patients\n- Group B: 118 patients\n- Group C: 240 patients\n",
       ""},
      {"Revenue by division\n\nRoad Freight: 198.4m\nWarehousing: 131.7m\nAir & Sea: 80.5m\nTotal: 410.6m\n",
       ""},
      {"Revenue by division\n\n- Road Freight: 198.4m, up 5.1%\n- Warehousing: 131.7m, up 9.8%\n- Air & Sea: 80.5m, up 3%\n- Group: 410.6m, up 7%\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("total-mismatch: a breakdown opened by Of the N and closed by the remaining part, and table labels with figures", "[check][arithmetic]") {
  const Case cases[] = {
      {"Of the $184.5 million, public safety takes $71.2 million. Public works receives $38.9 million, parks $14.6 million and the library $9.8 million, with debt service accounting for the remaining $19.1 million.\n",
       "a.txt:1:8: error: $71.2 million + $38.9 million + $14.6 million + $9.8 million + $19.1 million = $153.6 million, not $184.5 million [total-mismatch]\n"
       "    Of the $184.5 million, public safety takes $71.2 million. Public works receives $38.9 million, parks $14.6 million and t...\n"
       "           ^~~~~~~~~~~~~~\n"
       "a.txt:1:44: note: a part of the total\n"
       "    ...the $184.5 million, public safety takes $71.2 million. Public works receives $38.9 million, parks $14.6 million and the ...\n"
       "                                               ^~~~~~~~~~~~~\n"
       "a.txt:1:81: note: a part of the total\n"
       "    ...es $71.2 million. Public works receives $38.9 million, parks $14.6 million and the library $9.8 million, with debt servi...\n"
       "                                               ^~~~~~~~~~~~~\n"
       "a.txt:1:102: note: a part of the total\n"
       "    ...lic works receives $38.9 million, parks $14.6 million and the library $9.8 million, with debt service accounting for the...\n"
       "                                               ^~~~~~~~~~~~~\n"
       "a.txt:1:132: note: a part of the total\n"
       "    ...on, parks $14.6 million and the library $9.8 million, with debt service accounting for the remaining $19.1 million.\n"
       "                                               ^~~~~~~~~~~~\n"
       "a.txt:1:193: note: a part of the total\n"
       "    ...bt service accounting for the remaining $19.1 million.\n"
       "                                               ^~~~~~~~~~~~~\n"},
      // Adds up.
      {"Of the $153.6 million, public safety takes $71.2 million. Public works receives $38.9 million, parks $14.6 million and the library $9.8 million, with debt service accounting for the remaining $19.1 million.\n",
       ""},
      // A table typed as text, whose labels are figures.
      {"Spending by age group:\n\n| Age group | 2025 |\n|---|---|\n| Under 18 | 120 |\n| 18 to 64 | 340 |\n| 65 and over | 95 |\n| Total | 565 |\n",
       "a.txt:8:11: error: 120 + 340 + 95 = 555, not 565 [total-mismatch]\n"
       "    | Total | 565 |\n"
       "              ^~~\n"
       "a.txt:5:14: note: a part of the total\n"
       "    | Under 18 | 120 |\n"
       "                 ^~~\n"
       "a.txt:6:14: note: a part of the total\n"
       "    | 18 to 64 | 340 |\n"
       "                 ^~~\n"
       "a.txt:7:17: note: a part of the total\n"
       "    | 65 and over | 95 |\n"
       "                    ^~\n"},
      // Adds up.
      {"Spending by age group:\n\n| Age group | 2025 |\n|---|---|\n| Under 18 | 120 |\n| 18 to 64 | 340 |\n| 65 and over | 95 |\n| Total | 555 |\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("total-mismatch: a breakdown opened by N of the TOTAL and closed by the remaining part", "[check][arithmetic]") {
  const Case cases[] = {
      {"Under the plan, 5,200 of the 12,500 homes would be let at social rents, 3,100 would be sold to first-time buyers and the remaining 4,600 would go on the open market.\n",
       "a.txt:1:30: error: 5,200 + 3,100 + 4,600 = 12,900, not 12,500 [total-mismatch]\n"
       "    Under the plan, 5,200 of the 12,500 homes would be let at social rents, 3,100 would be sold to first-time buyers and the...\n"
       "                                 ^~~~~~~~~~~~\n"
       "a.txt:1:17: note: a part of the total\n"
       "    Under the plan, 5,200 of the 12,500 homes would be let at social rents, 3,100 would be sold to first-time buyers and the...\n"
       "                    ^~~~~\n"
       "a.txt:1:73: note: a part of the total\n"
       "    ...500 homes would be let at social rents, 3,100 would be sold to first-time buyers and the remaining 4,600 would go on the...\n"
       "                                               ^~~~~\n"
       "a.txt:1:132: note: a part of the total\n"
       "    ... to first-time buyers and the remaining 4,600 would go on the open market.\n"
       "                                               ^~~~~\n"},
      // Adds up.
      {"Under the plan, 5,200 of the 12,500 homes would be let at social rents, 3,100 would be sold to first-time buyers and the remaining 4,200 would go on the open market.\n",
       ""},
      // No remainder: some of the whole, no breakdown.
      {"The party won 29 of the 65 seats and 12 more than in 2021.\n",
       ""},
  };
  check_cases(cases);
}

TEST_CASE("total-mismatch: sources of funding, and Spanish cues with the total a paragraph before", "[check][arithmetic]") {
  // The first line of what is reported: the message, at the total.
  const auto first_line = [](const std::string& text, std::vector<std::string> args = {}) {
    TempDir dir;
    dir.write("a.txt", text);
    args.insert(args.begin(), {"--color=never", "-Wno-value-conflict"});
    args.push_back("a.txt");
    const std::string out = run_claimlint(args, dir.path()).out;
    return out.substr(0, out.find('\n'));
  };
  // "paid for with" names where the money came from; "from" a source is
  // no change, "about 2,300 homes" after the parts no part.
  CHECK(first_line("The extension has cost \xC2\xA3" "148 million. It was paid for with \xC2\xA3" "90 million from the "
                   "Department for Transport, \xC2\xA3" "35 million borrowed by the authority and \xC2\xA3" "18 million "
                   "from developers building about 2,300 homes.\n") ==
        "a.txt:1:24: error: \xC2\xA3" "90 million + \xC2\xA3" "35 million + \xC2\xA3" "18 million = \xC2\xA3"
        "143 million, not \xC2\xA3" "148 million [total-mismatch]");
  CHECK(first_line("The \xC2\xA3" "148 million bridge was funded by \xC2\xA3" "90 million, \xC2\xA3" "35 million and "
                   "\xC2\xA3" "23 million.\n")
            .empty());
  // Sources not all named: "partly", "mainly".
  CHECK(first_line("The \xC2\xA3" "148 million bridge was partly funded by \xC2\xA3" "90 million, \xC2\xA3"
                   "35 million and \xC2\xA3" "18 million.\n")
            .empty());
  CHECK(first_line("The bridge cost \xC2\xA3" "148 million. It was funded mainly by \xC2\xA3" "90 million from the "
                   "state and \xC2\xA3" "35 million from the city.\n")
            .empty());
  // A change among the sources: "from 80 to 90 million" is no source.
  CHECK(first_line("The bridge cost \xC2\xA3" "148 million. It was funded by grants that rose from \xC2\xA3"
                   "80 million to \xC2\xA3" "90 million and \xC2\xA3" "35 million of loans.\n")
            .empty());
  // Spanish: "se divide en tres partidas:" after the paragraph with the
  // total; the list leaves the currency of its later amounts out.
  const std::string plan =
      "El pleno aprob\xC3\xB3 el plan de vivienda, dotado con 48 millones de euros.\n\n"
      "El plan se divide en tres partidas: 21,5 millones de euros para obras, 14 millones para "
      "rehabilitaci\xC3\xB3n y 9,5 millones para ayudas.\n";
  CHECK(first_line(plan, {"--lang", "es"}) ==
        "a.txt:1:49: error: \xE2\x82\xAC" "21.5 million + \xE2\x82\xAC" "14 million + \xE2\x82\xAC" "9.5 million = "
        "\xE2\x82\xAC" "45 million, not \xE2\x82\xAC" "48 million [total-mismatch]");
  CHECK(first_line("El pleno aprob\xC3\xB3 el plan, dotado con 45 millones de euros.\n\nEl plan se divide en tres "
                   "partidas: 21,5 millones de euros para obras, 14 millones para rehabilitaci\xC3\xB3n y 9,5 millones "
                   "para ayudas.\n",
                   {"--lang", "es"})
            .empty());
}

TEST_CASE("total-mismatch: parts of one class of noun, and a part of a part after the last part", "[check][arithmetic]") {
  const auto first_line = [](const std::string& text) {
    const std::string out = lint(text, "text", k_quiet_checks);
    return out.substr(0, out.find('\n'));
  };
  // Roles, posts and positions are all jobs; "including" after the last
  // part names kinds of it.
  CHECK(first_line("The 310 posts comprise 140 roles, 95 management posts and 65 support positions, including "
                   "nurses.\n") == "a.txt:1:5: error: 140 + 95 + 65 = 300, not 310 [total-mismatch]");
  // "including" before another part: no breakdown.
  CHECK(first_line("The 310 posts comprise 140 roles, including 20 nurses, 95 posts and 65 positions.\n").empty());
  // An age that says which members is no part.
  CHECK(first_line("Membership reached 6,420 last year. The total was made up of 3,950 full members, 1,310 senior "
                   "members aged over 65, 720 junior members and 380 overseas members.\n") ==
        "a.txt:1:20: error: 3,950 + 1,310 + 720 + 380 = 6,360, not 6,420 [total-mismatch]");
  // Nouns of other classes: a breakdown only in a plain list after a
  // composition cue (see the test of several nouns).
  CHECK(first_line("The 310 posts comprise 140 roles in 95 vehicles and 65 buildings.\n").empty());
  CHECK(first_line("The 310 posts were 140 roles, 95 vehicles and 65 buildings.\n").empty());
}

TEST_CASE("total-mismatch: Spanish items each with con and its figure, the currency left out", "[check][arithmetic]") {
  const std::string wrong =
      "El presupuesto municipal asciende a 48,6 millones de euros. El presupuesto se reparte en cuatro grandes "
      "bloques: gastos de personal, con 18,3 millones de euros; gasto corriente, con 14,7 millones; inversiones, con "
      "11,2 millones, y deuda, con 3,9 millones.\n";
  CHECK(lint_es(wrong).find("a.txt:1:37: error: \u20ac18.3 million + \u20ac14.7 million + \u20ac11.2 million + "
                            "\u20ac3.9 million = \u20ac48.1 million, not \u20ac48.6 million [total-mismatch]") !=
        std::string::npos);
  std::string right = wrong;
  right.replace(right.find("3,9 millones"), 12, "4,4 millones");
  CHECK(lint_es(right).empty());
  // A list that does not close on an item with its figure: no breakdown.
  CHECK(lint_es("El presupuesto municipal asciende a 48,6 millones de euros. El presupuesto se reparte en "
                "gastos de personal, con 18,3 millones de euros; gasto corriente, con 14,7 millones, y otras "
                "partidas.\n")
            .empty());
}

TEST_CASE("total-mismatch: a plain-text table of several columns set apart by spaces", "[check][arithmetic]") {
  const std::string table =
      "Output by source, January-March (TWh):\n\n"
      "Source      Q1 2026    Q1 2025\n"
      "Gas           6.1        6.5\n"
      "Wind          4.8        3.7\n"
      "Hydro         1.4        1.5\n"
      "Solar         0.9        0.9\n"
      "Total        13.9       12.6\n";
  const std::string out = lint(table);
  CHECK(out.find("a.txt:8:14: error: 6.1 + 4.8 + 1.4 + 0.9 = 13.2, not 13.9 [total-mismatch]") != std::string::npos);
  // The second column adds up; within the rounding of four figures, so
  // does a first column of 13.4.
  CHECK(out.find("12.6 [total-mismatch]") == std::string::npos);
  std::string rounded = table;
  rounded.replace(rounded.find("13.9"), 4, "13.4");
  CHECK(lint(rounded).empty());
  // No "Total" row: a league table is no breakdown.
  CHECK(lint("Standings:\n\nRovers   38  26  6\nUnited   38  24  8\nCity     38  20  9\n").empty());
}

TEST_CASE("total-mismatch: a composition cue lists counts of several nouns", "[check][arithmetic]") {
  const std::string text =
      "Skylark's fleet of 58 aircraft comprises 34 narrowbody jets, 16 regional turboprops and six widebody aircraft "
      "used on its longer routes.\n";
  CHECK(lint(text).find("a.txt:1:20: error: 34 + 16 + 6 = 56, not 58 [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("58"), 2, "56");
  CHECK(lint(right).empty());
  CHECK(lint("The board of 12 comprises seven men and five women.\n").empty());
  // A count glued to its noun qualifies another.
  CHECK(lint("The 12-storey tower comprises 140 flats, 20 shops and three restaurants.\n").empty());
  // No plain list: a count of another noun qualifies a part.
  CHECK(lint("The network of 40 sites is made up of 12 hospitals with 3,000 beds and 28 clinics.\n").empty());
  CHECK(lint("The network of 40 sites is made up of 12 hospitals, 3,000 beds in all, and 28 clinics.\n").empty());
}

TEST_CASE("total-mismatch: a composition cue with its total a paragraph or two up", "[check][arithmetic]") {
  const std::string text =
      "El proyecto de presupuestos asciende a 386,4 millones de euros, un 6,2% m\xC3\xA1s que los 363,8 millones de "
      "2025.\n\n\"Es un presupuesto prudente\", dijo el concejal.\n\nSeg\xC3\xBAn el documento, el gasto se reparte en "
      "tres grandes bloques: 214,7 millones de euros para gasto corriente, 98,2 millones para inversiones y 61,3 "
      "millones para la deuda.\n";
  CHECK(lint_es(text).find("a.txt:1:40: error: \u20ac214.7 million + \u20ac98.2 million + \u20ac61.3 million = "
                           "\u20ac374.2 million, not \u20ac386.4 million [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("61,3"), 4, "73,5");
  CHECK(lint_es(right).empty());
  // Two candidate totals up the page: none is taken.
  std::string two = text;
  two.replace(two.find("\"Es un"), 0, "La deuda suma 420,5 millones de euros. ");
  CHECK(lint_es(two).empty());
  // "El resto ... se reparte": the parts are of what is left, not of the
  // figure up the page.
  CHECK(lint_es("El personal absorbe 198.400 millones de pesos, el 48,1% del total. La planta es de 6.820 agentes. "
                "El resto de los gastos se reparte entre bienes y servicios, con 96.300 millones; obra p\xC3\xBA" "blica, "
                "con 71.500 millones, y la deuda, con 17.500 millones.\n")
            .empty());
}

TEST_CASE("total-mismatch: a table ends where the prose begins, several columns and a Total column",
          "[check][arithmetic]") {
  TempDir dir;
  // Prose with a count right after the table is no row of it.
  dir.write("a.md", "# Budget\n\nThe breakdown by department is as follows:\n\n| Department | 2026-27 (\u00a3m) |\n"
                    "|---|---|\n| Highways | 28.6 |\n| Housing | 21.4 |\n| Schools | 15.9 |\n| **Total** | **69.2** |\n\n"
                    "The department will also replace 1,200 streetlights.\n");
  // Several columns, the rows numbered: column by column, not the last
  // figure of each row.
  dir.write("b.md", "# Buses\n\n| Route | Scheduled | On time | On time (%) |\n|---|---|---|---|\n"
                    "| 1 \u2013 Station | 4,200 | 3,780 | 90.0 |\n| 4 \u2013 Town | 3,600 | 3,096 | 86.0 |\n"
                    "| 7 \u2013 Northgate | 2,900 | 2,291 | 79.0 |\n| **Total** | **11,100** | **9,167** | **85.6** |\n");
  // A Total column: each row adds up to its last cell.
  dir.write("c.md", "# Pupils\n\nEnrolment by year:\n\n| Year | Primary | Secondary | Total |\n|---|---|---|---|\n"
                    "| 2023 | 8,260 | 6,390 | 14,650 |\n| 2024 | 8,050 | 6,420 | 14,470 |\n"
                    "| 2025 | 7,880 | 6,460 | 14,430 |\n");
  const RunResult r =
      run_claimlint({"--color=never", "-Wno-value-conflict", "a.md", "b.md", "c.md"}, dir.path());
  CHECK(r.out.find("a.md:10:17: error: 28.6 + 21.4 + 15.9 = 65.9, not 69.2 [total-mismatch]") != std::string::npos);
  CHECK(r.out.find("b.md:8:17: error: 4,200 + 3,600 + 2,900 = 10,700, not 11,100 [total-mismatch]") !=
        std::string::npos);
  CHECK(r.out.find("c.md:9:26: error: 7,880 + 6,460 = 14,340, not 14,430 [total-mismatch]") != std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '^') == 3 + 3 + 3 + 2);  // each error and its notes
}

TEST_CASE("total-mismatch: Spanish plural composition cues and items set off by a comma", "[check][arithmetic]") {
  const std::string text =
      "Los ingresos totales del club ascendieron a 34,8 millones de euros. Los ingresos se reparten en cuatro "
      "partidas: los derechos de televisi\xC3\xB3n aportaron 18,4 millones de euros; la taquilla, 6,2 millones; el "
      "patrocinio, 5,1 millones, y los traspasos de jugadores, 4,3 millones.\n";
  CHECK(lint_es(text).find("a.txt:1:45: error: \u20ac18.4 million + \u20ac6.2 million + \u20ac5.1 million + \u20ac4.3 "
                           "million = \u20ac34 million, not \u20ac34.8 million [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("4,3"), 3, "5,1");
  CHECK(lint_es(right).empty());
}

TEST_CASE("total-mismatch: what a change is measured from is no total of the sentence after", "[check][arithmetic]") {
  const std::string text =
      "The port handled 41.8 million tonnes of cargo in 2025, up 5.8% from 39.5 million tonnes the year before.\n\n"
      "The total was made up of 19.6 million tonnes of containers, 13.1 million tonnes of dry bulk, such as grain "
      "and feed, and 8.4 million tonnes of liquid bulk.\n";
  CHECK(lint(text).find("a.txt:1:18: error: 19.6 million + 13.1 million + 8.4 million = 41.1 million tonnes, not 41.8 "
                        "million tonnes [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("8.4 million"), 3, "9.1");
  CHECK(lint(right).empty());
}

TEST_CASE("total-mismatch: a figure, a few words of what it counts, a colon and its parts", "[check][arithmetic]") {
  const std::string text =
      "En total, la instituci\xC3\xB3n cuenta con 24.300 alumnos matriculados: 15.200 en estudios de grado, 6.100 en "
      "m\xC3\xA1steres oficiales y 2.400 en programas de doctorado.\n";
  CHECK(lint_es(text).find("a.txt:1:37: error: 15,200 + 6,100 + 2,400 = 23,700, not 24,300 [total-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("24.300"), 6, "23.700");
  CHECK(lint_es(right).empty());
  CHECK(lint("The college has 1,240 students: 800 in arts, 300 in science and 100 in law.\n")
            .find("800 + 300 + 100 = 1,200, not 1,240") != std::string::npos);
}

TEST_CASE("total-mismatch: a verb of dividing, a few words and a colon before the parts", "[check][arithmetic]") {
  const std::string text =
      "The centrepiece is a $21.6bn capital program for 2026-27, which Treasury carves up four ways: $8.2bn for "
      "transport, $5.9bn for health, $4.1bn for schools and $2.6bn for social housing.\n";
  CHECK(lint(text).find("a.txt:1:22: error: $8.2 billion + $5.9 billion + $4.1 billion + $2.6 billion = $20.8 "
                        "billion, not $21.6 billion [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("21.6"), 4, "20.8");
  CHECK(lint(right).empty());
  CHECK(lint("The $900m grant is split like this: $500m for rail, $300m for buses and $150m for cycling.\n")
            .find("$500 million + $300 million + $150 million = $950 million, not $900 million") != std::string::npos);
  // No colon after the verb: no list announced.
  CHECK(lint("The $900m grant was split in 2025 and $500m went to rail, $300m to buses and $150m to cycling.\n")
            .empty());
}

TEST_CASE("total-mismatch: rounded parts that only touch the total at an end, and money left out of the whole",
          "[check][arithmetic]") {
  // \u00a31.9m + \u00a31.1m + \u00a30.8m is at least \u00a33.65m; \u00a33.6m is less.
  CHECK(lint("The \u00a33.6m fund is split between \u00a31.9m for assistants, \u00a31.1m for transport and "
             "\u00a30.8m for laptops.\n")
            .find("error: \u00a31.9 million + \u00a31.1 million + \u00a3800,000 = \u00a33.8 million, not \u00a33.6 "
                  "million [total-mismatch]") != std::string::npos);
  CHECK(lint("The \u00a33.7m fund is split between \u00a31.9m for assistants, \u00a31.1m for transport and "
             "\u00a30.8m for laptops.\n")
            .empty());
  CHECK(lint("The 100 seats are split between 60 for members and 40 for guests.\n").empty());
  const std::string es =
      "Los 3,9 millones de inversi\xC3\xB3n se reparten entre cuatro grandes actuaciones: 1,2 millones para la red de "
      "agua, 950.000 euros para el pabell\xC3\xB3n, 780.000 euros para caminos y 640.000 euros para el alumbrado.\n";
  CHECK(lint_es(es).find("a.txt:1:5: error: 1.2 million + 950,000 + 780,000 + 640,000 = 3.57 million, not 3.9 "
                         "million [total-mismatch]") != std::string::npos);
  std::string right = es;
  right.replace(right.find("640.000"), 7, "970.000");
  CHECK(lint_es(right).empty());
  // A figure before the cue that is no total: no total sought paragraphs up.
  CHECK(lint_es("El plan cuesta 3,9 millones de euros.\n\nLos 12 proyectos se reparten entre 1,2 millones para "
                "agua y 950.000 euros para caminos.\n")
            .empty());
}

TEST_CASE("total-mismatch: those N items of the sentence before and their total", "[check][arithmetic]") {
  const std::string text =
      "The university took in 2,310 overseas students that year, then 2,045 in 2025 and 1,790 this September. Across "
      "those three intakes it has recruited 6,445 international students.\n";
  CHECK(lint(text).find("a.txt:1:148: error: 2,310 + 2,045 + 1,790 = 6,145, not 6,445 [total-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("6,445"), 5, "6,145");
  CHECK(lint(right).empty());
  // Another count of figures before, or a change among them: no list.
  CHECK(lint("The university took in 2,310 students, then 2,045 and 1,790. Across those two intakes it recruited "
             "6,445.\n")
            .empty());
  CHECK(lint("Intake rose from 2,310 to 2,045 and then 1,790. Across those three intakes it recruited 6,445.\n").empty());
}

TEST_CASE("total-mismatch: a Spanish document written with decimal points", "[check][arithmetic]") {
  const std::string text =
      "La cosecha fue de 186,400 toneladas. Se reparte en tres destinos: 96,200 toneladas para exportaci\xC3\xB3n, "
      "48,100 toneladas para industria y 38,600 toneladas para el mercado local.\n";
  CHECK(lint_es(text).find("error: 96,200 + 48,100 + 38,600 = 182,900 toneladas, not 186,400 toneladas "
                           "[total-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("38,600"), 6, "42,100");
  CHECK(lint_es(right).empty());
}

TEST_CASE("total-mismatch: what follows the last part after a comma is none of the list", "[check][arithmetic]") {
  const std::string text =
      "The 640 homes would be split between 260 for social rent, 190 for affordable rent and 120 for shared "
      "ownership, spread across 11 sites, most of them council-owned.\n";
  CHECK(lint(text).find("a.txt:1:5: error: 260 + 190 + 120 = 570, not 640 [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("120 for"), 3, "190");
  CHECK(lint(right).empty());
  // "and" inside an item is not the last part's.
  CHECK(lint("The \u00a338.5m programme is made up of \u00a314.2m for highways and pavements, \u00a311.6m for schools, "
             "\u00a37.9m for a leisure centre and \u00a33.1m for flood defences.\n")
            .find("= \u00a336.8 million, not \u00a338.5 million [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: a group split between women and men", "[check][arithmetic]") {
  CHECK(lint("Of the 48,215 registered jobseekers, 27,904 are women and 19,811 men.\n")
            .find("a.txt:1:8: error: 27,904 + 19,811 = 47,715, not 48,215 [total-mismatch]") != std::string::npos);
  CHECK(lint("Of the 48,215 registered jobseekers, 27,904 are women and 20,311 men.\n").empty());
  CHECK(lint_es("El desempleo tiene rostro de mujer: de los 48.215 parados registrados, 27.904 son mujeres y 19.811 "
                "hombres.\n")
            .find("error: 27,904 + 19,811 = 47,715, not 48,215 [total-mismatch]") != std::string::npos);
  // Two parts of other kinds: no split of the whole.
  CHECK(lint("Of the 48,215 registered jobseekers, 27,904 are women and 12,811 are under 25.\n").empty());
}

TEST_CASE("total-mismatch: the N items named before, said together", "[check][arithmetic]") {
  const std::string text =
      "Por entidad, Michoac\xC3\xA1n recibi\xC3\xB3 1.482 millones de d\xC3\xB3lares en el trimestre, el 10,3 % del "
      "total nacional. Le siguieron Jalisco, con 1.391 millones, y Guanajuato, con 1.310 millones. Entre las tres "
      "entidades sumaron 4.283 millones de d\xC3\xB3lares.\n";
  CHECK(lint_es(text).find("error: $1.482 billion + $1.391 billion + $1.31 billion = $4.183 billion, not $4.283 "
                           "billion [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("4.283"), 5, "4.183");
  CHECK(lint_es(right).empty());
  CHECK(lint("Harlow won 412 seats. Dunmore took 318 and Ashby won 205. Together, the three parties won 955 seats.\n")
            .find("412 + 318 + 205 = 935, not 955 [total-mismatch]") != std::string::npos);
  // Four figures where three are said: no sum.
  CHECK(lint("Harlow won 412 seats, up from 390. Dunmore took 318, Ashby 205 and Crane 20. Together, the three "
             "parties won 955 seats.\n")
            .empty());
  // No word of togetherness: "the three" is no total of them.
  CHECK(lint("Harlow won 412 seats. Dunmore took 318 and Ashby 205. The three parties each won 955 votes.\n").empty());
}

TEST_CASE("total-mismatch: a count, what it counts with a date, a colon and its parts", "[check][arithmetic]") {
  const std::string text =
      "At the trust, 48,310 patients were on the waiting list at the end of December: 21,450 at Northgate General, "
      "17,930 at St Anne's and 9,130 at Riverside Community Hospital.\n";
  CHECK(lint(text).find("a.txt:1:15: error: 21,450 + 17,930 + 9,130 = 48,510, not 48,310 [total-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("9,130"), 5, "8,930");
  CHECK(lint(right).empty());
  // Parts that are the subjects of a clause, or of them: some of the whole.
  CHECK(lint("At the trust, 48,310 patients were on the waiting list at the end of December: 21,450 at Northgate and "
             "17,930 at St Anne's were the largest groups.\n")
            .empty());
  CHECK(lint("At the trust, 48,310 patients were on the waiting list at the end of December: 21,450 of them had "
             "waited more than 18 weeks and 9,130 more than a year.\n")
            .empty());
}

TEST_CASE("total-mismatch: a composition cue counts the parts the next sentence lists", "[check][arithmetic]") {
  const std::string text =
      "El presupuesto para 2026 asciende a 318,4 millones de euros. El presupuesto de 2025 se aprob\xC3\xB3 por "
      "291,5 millones.\n\nEl gasto se reparte en cinco grandes bloques. El de personal se lleva 112,5 millones; la "
      "compra de bienes, 98,3 millones; las transferencias, 45,7 millones; las inversiones reales, 44,9 millones, y "
      "la carga financiera, 21,0 millones.\n";
  const std::string out = lint_lang("Publicado: 29 de enero de 2026\n\n" + text, "es");
  CHECK(out.find("error: \xE2\x82\xAC" "112.5 million + \xE2\x82\xAC" "98.3 million + \xE2\x82\xAC" "45.7 million + "
                 "\xE2\x82\xAC" "44.9 million + \xE2\x82\xAC" "21 million = \xE2\x82\xAC" "322.4 million, not "
                 "\xE2\x82\xAC" "318.4 million [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("21,0"), 4, "17,0");
  CHECK(lint_lang("Publicado: 29 de enero de 2026\n\n" + right, "es").empty());
  // Another number of parts than the cue says, or a list that is not
  // closed: no breakdown.
  std::string four = text;
  four.replace(four.find("cinco"), 5, "cuatro");
  CHECK(lint_lang("Publicado: 29 de enero de 2026\n\n" + four, "es").empty());
  CHECK(lint("The programme is worth $21.6bn. It is split into three parts. Roads get $9.1bn, water $8.2bn, "
             "schools $5.3bn.\n")
            .empty());
  CHECK(lint("The programme is worth $21.6bn. It is split into three parts. Roads get $9.1bn, water $8.2bn and "
             "schools $5.3bn.\n")
            .find("error: $9.1 billion + $8.2 billion + $5.3 billion = $22.6 billion, not $21.6 billion "
                  "[total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: a ratio in words among the parts of a breakdown is none of them", "[check][arithmetic]") {
  CHECK(lint("Of the 270 homes, 162 \xE2\x80\x93 three in every five \xE2\x80\x93 will be let at social rent. The "
             "remaining 108 will be offered at affordable rent.\n")
            .empty());
  CHECK(lint("Of the 270 homes, 162, or two out of three, will be let at social rent. The remaining 108 will be "
             "offered at affordable rent.\n")
            .empty());
  CHECK(lint("Of the 270 homes, 162 \xE2\x80\x93 three in every five \xE2\x80\x93 will be let at social rent. The "
             "remaining 118 will be offered at affordable rent.\n")
            .find("error: 162 + 118 = 280, not 270 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: 'breaks down into' after the total told in the sentence before", "[check][arithmetic]") {
  const std::string text =
      "The company raised its five-year capital spending plan to $9.6 billion from $8.7 billion. The plan breaks down "
      "into $4.1 billion for transmission and distribution, $3.2 billion for wind and solar projects and $1.8 "
      "billion for gas generation and battery storage.\n";
  CHECK(lint(text).find("error: $4.1 billion + $3.2 billion + $1.8 billion = $9.1 billion, not $9.6 billion "
                        "[total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("$1.8"), 4, "$2.3");
  CHECK(lint(right).empty());
}

TEST_CASE("total-mismatch: a table's total row with rows after it", "[check][arithmetic]") {
  const std::string table =
      "<html><head><meta name=\"date\" content=\"2026-05-08\"></head><body><p>The count finished late.</p>\n"
      "<table>\n<caption>Eastfield ward result</caption>\n"
      "<tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>\n"
      "<tr><td>Craig Denholm</td><td>Reform UK</td><td>812</td></tr>\n"
      "<tr><td>Janet Frobisher</td><td>Labour</td><td>745</td></tr>\n"
      "<tr><td>Hannah Price</td><td>Conservative</td><td>318</td></tr>\n"
      "<tr><td colspan=\"2\">Total valid votes</td><td>2,136</td></tr>\n"
      "<tr><td colspan=\"2\">Rejected ballots</td><td>12</td></tr>\n"
      "</table></body></html>\n";
  TempDir dir;
  dir.write("a.html", table);
  const RunResult r = run_claimlint({"--color=never", "a.html"}, dir.path());
  CHECK(r.out.find("error: 812 + 745 + 318 = 1,875, not 2,136 [total-mismatch]") != std::string::npos);
  std::string right = table;
  right.replace(right.find("2,136"), 5, "1,875");
  dir.write("b.html", right);
  CHECK(run_claimlint({"--color=never", "b.html"}, dir.path()).out.find("total-mismatch") == std::string::npos);
}

TEST_CASE("total-mismatch: Spanish 'A de los B' and 'los cuatro restantes'", "[check][arithmetic]") {
  const std::string text =
      "En el reparto territorial, la alianza se impuso en 13 de los 16 distritos de mayor\xC3\xAD" "a relativa y Morena "
      "y sus aliados se quedaron con los cuatro restantes, concentrados en la regi\xC3\xB3n Laguna.\n";
  CHECK(lint_es(text).find("error: 13 + 4 = 17, not 16 [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("cuatro"), 6, "tres");
  CHECK(lint_es(right).empty());
}

TEST_CASE("total-mismatch: a list of figures first, under a caption that splits the figure of the sentence before",
          "[check][arithmetic]") {
  const std::string text =
      "# Leakage\n\nThe company will spend \xC2\xA3" "412m on leakage over the five years to 2030. The money is split "
      "between:\n\n- \xC2\xA3" "168m on smart meters, which can flag continuous flow\n- \xC2\xA3" "121m on replacing "
      "the oldest mains\n- \xC2\xA3" "87m on pressure management\n- \xC2\xA3" "24m on acoustic loggers\n";
  TempDir dir;
  dir.write("a.md", text);
  CHECK(run_claimlint({"--color=never", "a.md"}, dir.path())
            .out.find("error: \xC2\xA3" "168 million + \xC2\xA3" "121 million + \xC2\xA3" "87 million + \xC2\xA3"
                      "24 million = \xC2\xA3" "400 million, not \xC2\xA3" "412 million [total-mismatch]") !=
        std::string::npos);
  std::string right = text;
  right.replace(right.find("24m"), 3, "36m");
  dir.write("b.md", right);
  CHECK(run_claimlint({"--color=never", "b.md"}, dir.path()).out.find("total-mismatch") == std::string::npos);
  // A caption that splits nothing ("Key figures:") takes no total.
  std::string key = text;
  key.replace(key.find("The money is split between:"), 27, "Key figures:");
  dir.write("c.md", key);
  CHECK(run_claimlint({"--color=never", "c.md"}, dir.path()).out.find("total-mismatch") == std::string::npos);
}

TEST_CASE("total-mismatch: the total in a relative clause, its parts after the clause", "[check][arithmetic]") {
  const std::string text =
      "En el lado de los gastos, que sumaron 6,21 millones, la plantilla deportiva se llev\xC3\xB3 3,62 millones, el "
      "54 por ciento de los ingresos; los otros gastos de explotaci\xC3\xB3n, 1,71 millones; las amortizaciones, "
      "480.000 euros, y los gastos financieros, 160.000 euros.\n";
  CHECK(lint_es(text).find("error: 3.62 million + 1.71 million + 480,000 + 160,000 = 5.97 million, not 6.21 million "
                           "[total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("6,21"), 4, "5,97");
  CHECK(lint_es(right).empty());
  CHECK(lint("Costs, which totalled $9.6 billion, went on transmission, $4.1 billion, wind, $3.2 billion, and gas, "
             "$1.8 billion.\n")
            .find("error: $4.1 billion + $3.2 billion + $1.8 billion = $9.1 billion, not $9.6 billion") !=
        std::string::npos);
}

TEST_CASE("total-mismatch: Spanish 'De ellos' and a remainder, the total before a share and a comparison",
          "[check][arithmetic]") {
  const std::string text =
      "Son 9.870, el 16,1% del total, es decir, aproximadamente uno de cada seis, frente a los 11.020 de diciembre "
      "de 2024, lo que supone un 10,4% menos. De ellos, 5.940 aguardan una intervenci\xC3\xB3n de "
      "Traumatolog\xC3\xAD" "a, 2.310 de Oftalmolog\xC3\xAD" "a y los 1.920 restantes, de otras especialidades.\n";
  CHECK(lint_es(text).find("a.txt:1:5: error: 5,940 + 2,310 + 1,920 = 10,170, not 9,870 [total-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("1.920"), 5, "1.620");
  CHECK(lint_es(right).empty());
}

TEST_CASE("total-mismatch: a count, an aside of its change, a colon and the parts", "[check][arithmetic]") {
  const std::string text =
      "Meridia cerr\xC3\xB3 el a\xC3\xB1o con 31.450 empleados, 1.240 m\xC3\xA1s que doce meses antes: 18.200 en "
      "Espa\xC3\xB1" "a, 9.850 en Latinoam\xC3\xA9rica y 3.100 en el resto de Europa y Norteam\xC3\xA9rica.\n";
  CHECK(lint_es(text).find("a.txt:1:26: error: 18,200 + 9,850 + 3,100 = 31,150, not 31,450 [total-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("3.100"), 5, "3.400");
  CHECK(lint_es(right).empty());
  CHECK(lint("The group ended the year with 31,450 employees, 1,240 more than a year earlier: 18,200 in Spain, 9,850 "
             "in Latin America and 3,100 elsewhere.\n")
            .find("error: 18,200 + 9,850 + 3,100 = 31,150, not 31,450 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: 'Of the N, A were X, B were Y and C were Z', each part told its kind",
          "[check][arithmetic]") {
  const std::string text = "Of the 61,480 vehicles delivered, 34,210 were Tern SUVs, 18,950 were Kestrel sedans and "
                           "{} were Plover pickups, which went on sale in March.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "7,320"))
            .find("a.txt:1:8: error: 34,210 + 18,950 + 7,320 = 60,480, not 61,480 [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "8,320")).empty());
  // Far from the whole, the kinds leave some out or overlap.
  CHECK(lint("Of the 5,000 attendees, 1,200 were Boston residents, 900 were Harvard students and 300 were MIT "
             "alumni.\n")
            .empty());
  // A part told by age or "also" may overlap the others.
  CHECK(lint("Of the 1,000 workers, 520 were women, 430 were men and 40 were over 60.\n").empty());
  CHECK(lint_es("De los 9.860 asociados, 4.120 son caficultores, 3.390 son ganaderos y 2.150 son "
                "fruticultores.\n")
            .find("4,120 + 3,390 + 2,150 = 9,660, not 9,860") != std::string::npos);
  // An area: each acre in one kind of land.
  CHECK(lint("Of the 148,300 acres burned, 96,400 are within the Bristlecone National Forest, 31,200 are on state "
             "land and 18,900 are private property.\n")
            .find("a.txt:1:8: error: 96,400 + 31,200 + 18,900 = 146,500 acres, not 148,300 acres [total-mismatch]") ==
        0);
}

TEST_CASE("total-mismatch: a count, an aside of how it is spread, a colon and the parts", "[check][arithmetic]") {
  const std::string text =
      "La entidad cuenta hoy con 9.860 asociados, distribuidos en tres municipios: 4.120 en El Tambo Alto, 3.390 en "
      "La Sierra y 2.150 en R\xC3\xADo Claro.\n";
  CHECK(lint_es(text).find("a.txt:1:27: error: 4,120 + 3,390 + 2,150 = 9,660, not 9,860 [total-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("3.390"), 5, "3.590");
  CHECK(lint_es(right).empty());
  CHECK(lint("The co-op has 9,860 members, spread across three towns: 4,120 in El Tambo, 3,390 in La Sierra and 2,150 "
             "in Rio Claro.\n")
            .find("a.txt:1:15: error: 4,120 + 3,390 + 2,150 = 9,660, not 9,860 [total-mismatch]") == 0);
  // An aside of another kind: the figure before the comma is no whole of the list.
  CHECK(lint("The co-op has 9,860 members, most of them in three towns: 4,120 in El Tambo, 3,390 in La Sierra and "
             "2,150 in Rio Claro.\n")
            .empty());
}

TEST_CASE("total-mismatch: parts that 'accounted for' some of a noun the sentence before totals", "[check][arithmetic]") {
  const std::string text =
      "Closed sales totaled 1,846 last month, down 7% from 1,985 a year earlier. The median price rose 3.6%.\n\n"
      "Single-family houses accounted for 1,212 of the April sales, townhomes and condominiums for 448 and "
      "manufactured and other homes for 163.\n";
  CHECK(lint(text).find("a.txt:1:22: error: 1,212 + 448 + 163 = 1,823, not 1,846 [total-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("for 163"), 7, "for 186");
  CHECK(lint(right).empty());
  // Without "other" the parts may be some of the whole: only more than it
  // is wrong.
  std::string some = text;
  some.replace(some.find("manufactured and other homes"), 28, "manufactured homes");
  CHECK(lint(some).empty());
  std::string more = some;
  more.replace(more.find("for 163"), 7, "for 263");
  CHECK(lint(more).find("error: 1,212 + 448 + 263 = 1,923, not 1,846 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: parts after a colon that are each a clause of their own", "[check][arithmetic]") {
  const std::string text =
      "Abernethy said 1,021 participants received some form of medical attention: 842 were treated at stations along "
      "the course, 163 in the finish-line medical tent and 31 were taken to hospital, most for dehydration.\n";
  CHECK(lint(text).find("a.txt:1:16: error: 842 + 163 + 31 = 1,036, not 1,021 [total-mismatch]") == 0);
  // Fewer than the whole: others may have had other care.
  std::string fewer = text;
  fewer.replace(fewer.find("842"), 3, "812");
  CHECK(lint(fewer).empty());
}

TEST_CASE("total-mismatch: wins, draws and defeats add up to the games played", "[check][arithmetic]") {
  CHECK(lint("The side topped the table after the 18-round regular season with 12 wins, one draw and four defeats.\n")
            .find("a.txt:1:37: error: 12 + 1 + 4 = 17, not 18 [total-mismatch]") == 0);
  CHECK(lint("The side topped the table after the 18-round regular season with 12 wins, one draw and five defeats.\n")
            .empty());
  CHECK(lint_es("El Almenara es s\xC3\xA9ptimo con 34 puntos tras 22 jornadas (nueve victorias, siete empates y cinco "
                "derrotas).\n")
            .find("error: 9 + 7 + 5 = 21, not 22 [total-mismatch]") != std::string::npos);
  // Two of the three told: the third may be left out.
  CHECK(lint("The side has 12 wins and four defeats from its 18 games.\n").empty());
}

TEST_CASE("total-mismatch: 'Of those, A are X, B are Y and C are Z' above the figure before", "[check][arithmetic]") {
  const std::string text =
      "Keystone Ridge serves 612,000 customers in 14 central Pennsylvania counties. Of those, 538,000 are residential "
      "accounts, 66,500 are commercial and 9,800 are industrial, the company said.\n";
  CHECK(lint(text).find("a.txt:1:23: error: 538,000 + 66,500 + 9,800 = 614,300, not 612,000 [total-mismatch]") == 0);
  // Some of the whole may be left out: only more than it is wrong.
  std::string fewer = text;
  fewer.replace(fewer.find("66,500"), 6, "62,500");
  CHECK(lint(fewer).empty());
  // The copula may be left out after the first part.
  CHECK(lint("The utility serves 612,000 customers. Of those, 538,000 are residential, 66,500 commercial and 9,800 "
             "industrial.\n")
            .find("error: 538,000 + 66,500 + 9,800 = 614,300, not 612,000 [total-mismatch]") != std::string::npos);
  // What happened to them may overlap.
  CHECK(lint("The clinic saw 120 patients. Of those, 70 were hospitalized, 40 were discharged and 15 died.\n").empty());
  // Spanish.
  CHECK(lint_es("La empresa atiende a 612.000 clientes. De ellos, 538.000 son residenciales, 66.500 son comerciales "
                "y 9.800 son industriales.\n")
            .find("error: 538,000 + 66,500 + 9,800 = 614,300, not 612,000 [total-mismatch]") != std::string::npos);
  // A list of two is too short to tell.
  CHECK(lint("The utility serves 612,000 customers. Of those, 538,000 are residential and 76,500 are commercial.\n")
            .empty());
}

TEST_CASE("total-mismatch: parts told 'with' each, the last of other things, after a sentence that totals",
          "[check][arithmetic]") {
  const std::string text =
      "The budget is balanced: estimated revenue also totals $412.6 million. The main source is the state grant, with "
      "$189.6 million, followed by local fees, with $171.3 million; earmarked funds, with $32.7 million, and other "
      "income, such as fines and rents, with $12 million.\n";
  CHECK(lint(text).find("a.txt:1:55: error: $189.6 million + $171.3 million + $32.7 million + $12 million = $405.6 "
                        "million, not $412.6 million [total-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("$12 million"), 11, "$19 million");
  CHECK(lint(right).empty());
  // Without a last part of other things the list may leave some out.
  std::string some = text;
  some.replace(some.find("other income"), 12, "parking fees");
  CHECK(lint(some).empty());
  CHECK(lint_es("El proyecto es equilibrado: los recursos suman 412.600 millones de pesos. La principal fuente es la "
                "coparticipaci\xC3\xB3n, con 189.600 millones; le siguen las tasas, con 171.300 millones; los fondos "
                "afectados, con 32.700 millones, y otros ingresos, como multas y alquileres, con 12.000 millones.\n")
            .find("error: 189.6 billion + 171.3 billion + 32.7 billion + 12 billion = 405.6 billion, not 412.6 "
                  "billion [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: 'Of that, A came from X, B from Y' and 'De ellos, A correspondieron a X, B a Y'",
          "[check][arithmetic]") {
  const std::string text =
      "Revenue totalled $31.56 billion. Of that, $22.84 billion came from lending, $6.31 billion from fees, $1.98 "
      "billion from trading and $730 million from other income.\n";
  CHECK(lint(text).find("a.txt:1:18: error: $22.84 billion + $6.31 billion + $1.98 billion + $730 million = $31.86 "
                        "billion, not $31.56 billion [total-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("6.31"), 4, "6.01");
  CHECK(lint(right).empty());
  CHECK(lint_es("Los ingresos totales sumaron 31.560 millones de pesos. De ellos, 22.840 millones correspondieron al "
                "margen financiero, 6.310 millones a comisiones, 1.980 millones a intermediaci\xC3\xB3n y 730 "
                "millones a otros ingresos.\n")
            .find("error: 22.84 billion + 6.31 billion + 1.98 billion + 730 million = 31.86 billion, not 31.56 billion "
                  "[total-mismatch]") != std::string::npos);
  // Parts in millions leave the total's currency out.
  CHECK(lint_es("Los ingresos sumaron 31.560 millones de euros. De ellos, 22.840 millones correspondieron al margen, "
                "6.310 millones a comisiones, 1.980 millones a intermediaci\xC3\xB3n y 730 millones a otros.\n")
            .find("error: \xE2\x82\xAC" "22.84 billion + \xE2\x82\xAC" "6.31 billion + \xE2\x82\xAC" "1.98 billion + "
                  "\xE2\x82\xAC" "730 million = \xE2\x82\xAC" "31.86 billion, not \xE2\x82\xAC" "31.56 billion "
                  "[total-mismatch]") != std::string::npos);
  // A total of the year before is no whole of these parts.
  CHECK(lint("Revenue totalled $31.56 billion, up from $29 billion. Of that, $22.84 billion came from lending, $6.31 "
             "billion from fees, $1.98 billion from trading and $730 million from other income.\n")
            .empty());
}

TEST_CASE("total-mismatch: 'Of the N, A in X and B in the other towns' closes a breakdown", "[check][arithmetic]") {
  CHECK(lint("Of the 612,840 votes, 291,300 were cast in the capital and 328,540 in the other 38 towns.\n")
            .find("a.txt:1:8: error: 291,300 + 328,540 = 619,840, not 612,840 [total-mismatch]") == 0);
  CHECK(lint("Of the 612,840 votes, 291,300 were cast in the capital and 321,540 in the other 38 towns.\n").empty());
  CHECK(lint_es("De los 612.840 votos, 291.300 se depositaron en Villa del Carmen, la capital, y 328.540 en los otros "
                "38 municipios.\n")
            .find("error: 291,300 + 328,540 = 619,840, not 612,840 [total-mismatch]") != std::string::npos);
  CHECK(lint_es("De los 612.840 votos, 291.300 se depositaron en la capital y 321.540 en el resto del departamento.\n")
            .empty());
  // Without the rest, the parts need not be all of it.
  CHECK(lint("Of the 612,840 votes, 291,300 went to Ospino and 200,000 to Quintero.\n").empty());
}

TEST_CASE("total-mismatch: 'of every $100, $34 goes to ...' divides the $100, and only a sum above it is wrong",
          "[check][arithmetic]") {
  CHECK(lint("Of every $100 in rates, $34 goes to water, $26 to roads, $18 to parks, $11 to rubbish, $9 to planning "
             "and $7 to governance.\n")
            .find("a.txt:1:10: error: $34 + $26 + $18 + $11 + $9 + $7 = $105, not $100 [total-mismatch]") == 0);
  // Some of it may be left out of the list.
  CHECK(lint("Of every $100 in rates, $34 goes to water, $26 to roads and $18 to parks.\n").empty());
  CHECK(lint_es("De cada 100 euros recaudados, 34 van a agua, 26 a carreteras, 18 a parques y 27 a gastos "
                "generales.\n")
            .find("error: \xE2\x82\xAC" "34 + \xE2\x82\xAC" "26 + \xE2\x82\xAC" "18 + \xE2\x82\xAC" "27 = "
                  "\xE2\x82\xAC" "105, not \xE2\x82\xAC" "100 [total-mismatch]") != std::string::npos);
  // A rate per $100 is no breakdown of it.
  CHECK(lint("For every $100 invested, the fund earned $34 in 2024, up from $26 in 2023 and $18 in 2022, and $11 "
             "before that.\n")
            .empty());
}

TEST_CASE("total-mismatch: a list 'divided among' its items, which name figures of other kinds", "[check][arithmetic]") {
  const std::string text =
      "# Bond\n\nThe $248 million would be divided among five categories:\n\n"
      "- $118.5 million for a new 900-student middle school\n- $64.2 million for roofs at nine schools\n"
      "- $29.0 million for a career center\n- $21.8 million for security, including secured entrances at all 14 "
      "campuses\n- $9.5 million for technology\n";
  TempDir dir;
  dir.write("a.md", text);
  CHECK(run_claimlint({"--color=never", "a.md"}, dir.path())
            .out.find("a.md:3:5: error: $118.5 million + $64.2 million + $29 million + $21.8 million + $9.5 million = "
                      "$243 million, not $248 million [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("$9.5"), 4, "$14.5");
  dir.write("b.md", right);
  CHECK(run_claimlint({"--color=never", "b.md"}, dir.path()).out.find("total-mismatch") == std::string::npos);
  // An item of the list left unread (a second sum of money in it): the
  // rows read are not all the parts, and nothing is reported.
  std::string partial = text;
  partial.replace(partial.find("including secured"), 17, "and $3 million for");
  dir.write("c.md", partial);
  CHECK(run_claimlint({"--color=never", "c.md"}, dir.path()).out.find("total-mismatch") == std::string::npos);
}

TEST_CASE("total-mismatch: a figure something is compared with is no total up the page", "[check][arithmetic]") {
  // "mayor que los 2,590 mdp" is last year's budget, not this year's total.
  const std::string text =
      "Con la ampliaci\xC3\xB3n, el presupuesto de 2026 es 9.9% mayor que los 2,590 mdp que el municipio ejerci\xC3\xB3 "
      "en 2025.\n\nEl gasto se reparte en seis rubros: obras p\xC3\xBA" "blicas, con 738 mdp; seguridad, con 612 mdp; "
      "n\xC3\xB3mina, con 521 mdp; servicios, con 455 mdp; desarrollo social, con 298 mdp, y deuda, con 147 mdp.\n";
  CHECK(lint_es(text).find("[total-mismatch]") == std::string::npos);
  // Told as a fact, it is the total.
  std::string fact = text;
  fact.replace(fact.find("es 9.9% mayor que los 2,590 mdp que el municipio ejerci\xC3\xB3 en 2025"), 63,
               "asciende a 2,590 mdp, con una reserva de 14.5 mdp");
  CHECK(lint_es(fact).find("not 2.59 billion MXN [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: parts ten times smaller than the total are no parts of it", "[check][arithmetic]") {
  CHECK(lint("Single-game tickets cost $8 for adults and $5 for students. Gate receipts for the five home games "
             "totaled $151,300.\n")
            .empty());
}

TEST_CASE("total-mismatch: a caption where the total 'broke down this way'", "[check][arithmetic]") {
  const std::string text =
      "# Overtime\n\nThe $3.5 million in overtime broke down this way:\n\n- Jail operations: $1.6 million\n- Road patrol: "
      "$1.1 million\n- Court security: $450,000\n- Investigations: $150,000\n";
  TempDir dir;
  dir.write("a.md", text);
  CHECK(run_claimlint({"--color=never", "a.md"}, dir.path())
            .out.find("a.md:3:5: error: $1.6 million + $1.1 million + $450,000 + $150,000 = $3.3 million, not $3.5 "
                      "million [total-mismatch]") != std::string::npos);
  // Within the rounding of "$1.6 million" and "$1.1 million": no finding.
  std::string close = text;
  close.replace(close.find("$150,000"), 8, "$250,000");
  dir.write("b.md", close);
  CHECK(run_claimlint({"--color=never", "b.md"}, dir.path()).out.find("total-mismatch") == std::string::npos);
}

TEST_CASE("total-mismatch: a dash for the colon before the parts, each part with a month of its own",
          "[check][arithmetic]") {
  CHECK(lint("The city has called 23 full plow-outs since the season began in mid-November \xE2\x80\x94 three in "
             "November, seven in December, eight in January and four in February.\n")
            .find("error: 3 + 7 + 8 + 4 = 22, not 23 [total-mismatch]") != std::string::npos);
  CHECK(lint("The city has called 22 full plow-outs since the season began in mid-November \xE2\x80\x94 three in "
             "November, seven in December, eight in January and four in February.\n")
            .empty());
}

TEST_CASE("total-mismatch: an average part closes the list of an average whole ('and an average of N for')",
          "[check][arithmetic]") {
  const std::string text =
      "The average Band D household will pay \xC2\xA3" "2,271.96 in 2026/27. That figure is made up of \xC2\xA3"
      "1,797.79 for the county council, \xC2\xA3" "298.45 for the police, \xC2\xA3" "94.12 for the fire service and "
      "an average of \xC2\xA3" "71.60 for town and parish councils.\n";
  CHECK(lint(text).find("a.txt:1:39: error: \xC2\xA3" "1,797.79 + \xC2\xA3" "298.45 + \xC2\xA3" "94.12 + \xC2\xA3"
                        "71.60 = \xC2\xA3" "2,261.96, not \xC2\xA3" "2,271.96 [total-mismatch]") == 0);
  // A whole that is no average: the average part may be of another sum.
  std::string plain = text;
  plain.replace(plain.find("The average Band D household"), 28, "Each Band D household");
  CHECK(lint(plain).empty());
}

TEST_CASE("total-mismatch: the rest told after the last part ('with 28 non-transferable') makes up the whole",
          "[check][arithmetic]") {
  const std::string text =
      "Ruane was eliminated on the second count, and her 1,340 votes were distributed as follows: 402 to Brennan, "
      "311 to Moriarty, 188 to Nagle, 296 to Lenihan, 54 to Devane and 61 to Bracken, with 28 non-transferable.\n";
  CHECK(lint(text).empty());
  std::string wrong = text;
  wrong.replace(wrong.find("28 non"), 2, "18");
  CHECK(lint(wrong).find("error: 402 + 311 + 188 + 296 + 54 + 61 = 1,312, not 1,340 [total-mismatch]") !=
        std::string::npos);
}

TEST_CASE("total-mismatch: a table cell with a dash alone leaves its column unread, not the row",
          "[check][arithmetic]") {
  const std::string table =
      "Votes by party:\n\n"
      "| Party | Votes | Share |\n"
      "|---|---|---|\n"
      "| Civic Front | 168,350 | 45.92% |\n"
      "| Valley Movement | 121,920 | 33.26% |\n"
      "| Blank votes | 22,480 | - |\n"
      "| Spoiled votes | 13,362 | - |\n"
      "| Total | 328,112 | - |\n";
  CHECK(lint(table).find("error: 168,350 + 121,920 + 22,480 + 13,362 = 326,112, not 328,112 [total-mismatch]") !=
        std::string::npos);
  std::string right = table;
  right.replace(right.find("328,112"), 7, "326,112");
  CHECK(lint(right).empty());
}

TEST_CASE("total-mismatch: parts 'from' their sources after 'made up of', and 'and other sources' within the last part",
          "[check][arithmetic]") {
  CHECK(lint("Total revenue reached $14.6 million, made up of $5.2 million from ticketing, $4.8 million from "
             "sponsorship, $2.3 million from broadcast and league distributions, and $1.9 million from merchandise, "
             "food and other sources.\n")
            .find("error: $5.2 million + $4.8 million + $2.3 million + $1.9 million = $14.2 million, not $14.6 "
                  "million [total-mismatch]") != std::string::npos);
  CHECK(lint("Total revenue reached $14.2 million, made up of $5.2 million from ticketing, $4.8 million from "
             "sponsorship, $2.3 million from broadcast and league distributions, and $1.9 million from merchandise, "
             "food and other sources.\n")
            .empty());
  // Other income after the list is none of it; a change "from" a figure
  // is no part.
  CHECK(lint("Revenue reached $14.6 million, made up of $5.2 million from ticketing, $4.8 million from sponsorship "
             "and $1.9 million from merchandise, plus other income.\n")
            .empty());
  CHECK(lint("Revenue reached $14.6 million, made up of $5.2 million from ticketing, up from $4.8 million, and $1.9 "
             "million from merchandise.\n")
            .empty());
}

TEST_CASE("total-mismatch: 'on its three routes:' numbers the parts, routes 'between' named places, digits kept",
          "[check][arithmetic]") {
  CHECK(lint("The company said it carried 1,462,600 passengers on its three routes in 2025: 612,400 on the "
             "Portnacraig crossing, 488,900 between Kilvaig and the Isle of Torsay, and 301,300 on the Scalvay "
             "link.\n")
            .find("error: 612,400 + 488,900 + 301,300 = 1,402,600, not 1,462,600 [total-mismatch]") !=
        std::string::npos);
  CHECK(lint("The company said it carried 1,402,600 passengers on its three routes in 2025: 612,400 on the "
             "Portnacraig crossing, 488,900 between Kilvaig and the Isle of Torsay, and 301,300 on the Scalvay "
             "link.\n")
            .empty());
  // "between" two figures is no place.
  CHECK(lint("The company said it carried 1,462,600 passengers on its three routes in 2025: 612,400 on the "
             "Portnacraig crossing, between 480,000 and 490,000 on the Torsay crossing, and 301,300 on the Scalvay "
             "link.\n")
            .empty());
}

TEST_CASE("total-mismatch: a total told, then a plain list of sums in the next sentence that adds up to more",
          "[check][arithmetic]") {
  CHECK(lint("The club's budget for the season totals $410,000. Sponsorship provides $165,000, membership fees "
             "$98,000, the gate $61,000 and public grants $96,000.\n")
            .find("error: $165,000 + $98,000 + $61,000 + $96,000 = $420,000, not $410,000 [total-mismatch]") !=
        std::string::npos);
  CHECK(lint_es("El presupuesto de la campa\xC3\xB1" "a asciende a 410.000 euros. El patrocinio aporta 165.000 euros, "
                "las cuotas de los socios 98.000, la taquilla 61.000 y las subvenciones p\xC3\xBA" "blicas, 96.000 "
                "euros.\n")
            .find("= \xE2\x82\xAC" "420,000, not \xE2\x82\xAC" "410,000 [total-mismatch]") != std::string::npos);
  // A list may leave some of the whole out: less than the total is no error.
  CHECK(lint("The club's budget for the season totals $430,000. Sponsorship provides $165,000, membership fees "
             "$98,000, the gate $61,000 and public grants $96,000.\n")
            .empty());
  // A comparison in the list: no parts.
  CHECK(lint("The club's budget for the season totals $410,000. Sponsorship provides $165,000, up from $98,000, the "
             "gate $61,000 and public grants $96,000.\n")
            .empty());
}

TEST_CASE("total-mismatch: a figure right before another counts what the other measures, no two parts",
          "[check][arithmetic]") {
  CHECK(lint("The plan involves closing two 28-bed wards at Castlebrook, a total of 56 beds, and moving care into "
             "the community.\n")
            .empty());
  // Parts set apart by a separator are still parts.
  CHECK(lint("The plan closes a 12-bed ward and a 28-bed ward at Castlebrook, a total of 56 beds.\n")
            .find("12 + 28 = 40, not 56 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: 'Of the $22.6m, $11.4m is allocated to ..., $3.2m to ...' adds up to more than the whole",
          "[check][arithmetic]") {
  const std::string text =
      "Of the $22.6m, $11.4m is allocated to road renewals, $3.2m to bridges, $3.9m to drainage, $4.1m to "
      "community facilities and $1.0m to plant and fleet.\n";
  CHECK(lint(text).find("a.txt:1:8: error: $11.4 million + $3.2 million + $3.9 million + $4.1 million + $1 million "
                        "= $23.6 million, not $22.6 million [total-mismatch]") == 0);
  CHECK(lint("Of the 612 farms, 300 are dairy, 200 are beef and 150 are sheep.\n")
            .find("300 + 200 + 150 = 650, not 612 [total-mismatch]") != std::string::npos);
  // The list may leave some out: less is no error.
  std::string less = text;
  less.replace(less.find("$22.6m"), 6, "$24.6m");
  CHECK(lint(less).empty());
  // Two parts only, or parts that say what happened to them, may overlap.
  CHECK(lint("Of the $22.6m, $11.4m is allocated to road renewals and $13.2m to bridges.\n").empty());
  CHECK(lint("Of the 612 farms, 300 were flooded, 200 were damaged by wind and 150 were cut off.\n").empty());
}

TEST_CASE("total-mismatch: parts 'making up the $1.86 billion total' or 'for a 1,846 total'", "[check][arithmetic]") {
  const std::string text =
      "General merchandise stores rang up $612 million in December; grocery stores, $488 million; auto dealers, "
      "$419 million; and restaurants, $297 million, making up the $1.86 billion total.\n";
  CHECK(lint(text).find("error: $612 million + $488 million + $419 million + $297 million = $1.816 billion, not "
                        "$1.86 billion [total-mismatch]") != std::string::npos);
  std::string right = text;
  right.replace(right.find("$1.86 billion"), 13, "$1.82 billion");
  CHECK(lint(right).empty());
  CHECK(lint("Houses sold 1,212, condominiums 448 and other homes 163, for a 1,846 total.\n")
            .find("1,212 + 448 + 163 = 1,823, not 1,846 [total-mismatch]") != std::string::npos);
  // Another word before "total" names another total.
  CHECK(lint("Houses sold 1,212, condominiums 448 and other homes 163, up from the 1,846 total.\n").empty());
}

TEST_CASE("total-mismatch: 'financiados con' parts, the last told with what was done with it", "[check][arithmetic]") {
  CHECK(lint_es("La obra tuvo un costo de 2.340 millones de pesos, financiados con 1.450 millones de pesos del fondo "
                "federal, 700 millones del presupuesto estatal y 240 millones aportados por el ayuntamiento.\n")
            .find("1.45 billion + 700 million + 240 million = 2.39 billion, not 2.34 billion [total-mismatch]") !=
        std::string::npos);
  CHECK(lint_es("La obra tuvo un costo de 2.390 millones de pesos, financiados con 1.450 millones de pesos del fondo "
                "federal, 700 millones del presupuesto estatal y 240 millones aportados por el ayuntamiento.\n")
            .empty());
}

TEST_CASE("total-mismatch: votes split for, against and abstaining add up to the votes cast", "[check][arithmetic]") {
  const std::string text =
      "Of the 49.8 million shares voted at the special meeting, 41.6 million were cast in favor, 6.3 million "
      "against and 1.1 million abstained.\n";
  CHECK(lint(text).find("a.txt:1:8: error: 41.6 million + 6.3 million + 1.1 million = 49 million, not 49.8 million "
                        "[total-mismatch]") == 0);
  std::string right = text;
  right.replace(right.find("49.8"), 4, "49.0");
  CHECK(lint(right).empty());
  // For and against alone may leave abstentions out: less is no error.
  CHECK(lint("Of the 49.8 million shares voted, 41.6 million were cast in favor and 6.3 million against.\n").empty());
  CHECK(lint_es("De los 1.200 votos emitidos, 700 fueron a favor, 400 en contra y 150 abstenciones.\n")
            .find("700 + 400 + 150 = 1,250, not 1,200 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: a part told with a compound kind ('1,226 were one-parent families')",
          "[check][arithmetic]") {
  CHECK(lint("Of the 4,612 households, 1,948 were single people, 1,226 were one-parent families, 1,104 were couples "
             "with children and 392 were other household types, including older couples.\n")
            .find("1,948 + 1,226 + 1,104 + 392 = 4,670, not 4,612 [total-mismatch]") != std::string::npos);
  CHECK(lint("Of the 4,670 households, 1,948 were single people, 1,226 were one-parent families, 1,104 were couples "
             "with children and 392 were other household types, including older couples.\n")
            .empty());
}

TEST_CASE("total-mismatch: a total in a clause of 'when' after other figures is none of the sentence before's parts",
          "[check][arithmetic]") {
  CHECK(lint("The North Terminal moved 812,300 TEUs, while the South Terminal handled 670,300. Together the two "
             "terminals moved about three times as many containers as the port handled in 2010, when volume totaled "
             "493,000 TEUs.\n")
            .find("[total-mismatch]") == std::string::npos);
  // The sentence's first figure, no clause of "when": the parts' total.
  CHECK(lint("The North Terminal moved 812,300 TEUs, while the South Terminal handled 670,300. Volume totaled "
             "1,493,000 TEUs.\n")
            .find("[total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: candidates' tallies after a count of votes and a colon", "[check][arithmetic]") {
  const std::string split =
      "On first preferences, the 42,870 formal votes split this way: Ms Quinlan 17,420, Liberal candidate Tom "
      "Ferris 15,960, the Greens' Priya Raman 6,310, independent Greg Aldous {} and Animal Justice candidate Kate "
      "Moore 1,180.\n";
  CHECK(lint(fmt::format(fmt::runtime(split), "2,240"))
            .find("error: 17,420 + 15,960 + 6,310 + 2,240 + 1,180 = 43,110, not 42,870 [total-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(split), "2,000")).empty());
  CHECK(lint("Of the 42,870 votes, Quinlan won 17,420, Ferris 15,960, Raman 6,310, Aldous 2,240 and Moore 1,180.\n")
            .find("= 43,110, not 42,870 [total-mismatch]") != std::string::npos);
  // The list may leave candidates out: less than the votes is no error.
  CHECK(lint("Of the 42,870 votes counted, Quinlan took 17,420, Ferris 15,960 and Raman 6,310.\n").empty());
  // Tallies compared with another count are no parts.
  CHECK(lint("The 42,870 votes split this way: Quinlan 17,420 against 15,960, Ferris 15,960 and Raman 16,310.\n")
            .empty());
}

TEST_CASE("total-mismatch: 'Of that, A went on X, B on Y and C on other Z' leaves nothing out", "[check][arithmetic]") {
  const std::string text = "Operating costs climbed to \xC2\xA3{}m. Of that, \xC2\xA3" "34.2m went on wages, "
                           "\xC2\xA3" "9.6m on amortisation of player registrations and \xC2\xA3" "8.9m on {}.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "54.5", "other operating expenses"))
            .find("error: \xC2\xA3" "34.2 million + \xC2\xA3" "9.6 million + \xC2\xA3" "8.9 million = \xC2\xA3"
                  "52.7 million, not \xC2\xA3" "54.5 million [total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "52.7", "other operating expenses")).empty());
  // Without "other" the list may leave some out: less is no error.
  CHECK(lint(fmt::format(fmt::runtime(text), "54.5", "agents' fees")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "50.1", "agents' fees")).find("[total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: a part classed with 'registered as' after parts told with a copula",
          "[check][arithmetic]") {
  CHECK(lint("Of the 25,487 finishers, 14,306 were men, 11,042 were women and 239 registered as non-binary.\n")
            .find("error: 14,306 + 11,042 + 239 = 25,587, not 25,487 [total-mismatch]") != std::string::npos);
  CHECK(lint("Of the 25,487 finishers, 14,306 were men, 11,042 were women and 139 registered as non-binary.\n")
            .empty());
  // A verb of what happened to them is no class.
  CHECK(lint("Of the 25,487 finishers, 14,306 were men, 11,042 were women and 239 registered late.\n").empty());
}

TEST_CASE("total-mismatch: 'and N of X, Y and other Z' is one last part", "[check][arithmetic]") {
  const std::string text = "By crop, the bureau's {} million tonnes is made up of 33.9 million tonnes of wheat, 13.6 "
                           "million of barley, 6.4 million of canola and 5.9 million of pulses, oats and other "
                           "grains.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "61.4"))
            .find("error: 33.9 million + 13.6 million + 6.4 million + 5.9 million = 59.8 million tonnes, not "
                  "61.4 million tonnes [total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "59.8")).empty());
}

TEST_CASE("total-mismatch: a physical quantity names its unit as the total writes it", "[check][arithmetic]") {
  CHECK(lint("The port handled 48.7 million tonnes: 21.4 million tonnes of containers, 12.9 million tonnes of dry "
             "bulk and 9.8 million tonnes of liquid bulk.\n")
            .find("error: 21.4 million + 12.9 million + 9.8 million = 44.1 million tonnes, not 48.7 million tonnes "
                  "[total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: what a change is measured 'on' is no whole of 'of those'", "[check][arithmetic]") {
  const std::string text = "The trust recorded 21,480 attendances, up 7.7 per cent on the 19,950 recorded a year "
                           "earlier. The main hospital accounted for 13,260 of those, with the remaining {} seen at "
                           "the smaller unit.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "8,220")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "8,420"))
            .find("error: 13,260 + 8,420 = 21,680, not 21,480 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: the parts of the sentence before a total may have begun a sentence earlier",
          "[check][arithmetic]") {
  const std::string tail = "Labour's candidate polled 2,741 and the Green Party's 1,596. A total of 28,199 valid votes "
                           "were cast.\n";
  CHECK(lint("The Conservative candidate was pushed into third place with 4,903 votes. " + tail).empty());
  // Told alone, the two are the whole list.
  CHECK(lint("The count ended after midnight. " + tail)
            .find("error: 2,741 + 1,596 = 4,337, not 28,199 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: 'combined for' a total after its parts", "[check][arithmetic]") {
  const std::string text = "Seniors Marcus Bell, with 1,204 yards, and Tyrese Coleman, with 688, combined for {} "
                           "rushing yards.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "1,982"))
            .find("error: 1,204 + 688 = 1,892, not 1,982 [total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "1,892")).empty());
  // A share of a whole told after it is no sum.
  CHECK(lint("The two receivers combined for 31 of the team's 40 touchdowns.\n").empty());
}

TEST_CASE("total-mismatch: 'made up of' parts each named first, then 'of' and the sum", "[check][arithmetic]") {
  const std::string text = "Total costs for the year were \xC2\xA3{}m, made up of player and coaching salaries of "
                           "\xC2\xA3" "6.3m, ground and staff costs of \xC2\xA3" "4.9m and match and event costs of "
                           "\xC2\xA3" "3.6m.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "16.0"))
            .find("error: \xC2\xA3" "6.3 million + \xC2\xA3" "4.9 million + \xC2\xA3" "3.6 million = \xC2\xA3"
                  "14.8 million, not \xC2\xA3" "16 million [total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "14.8")).empty());
}

TEST_CASE("total-mismatch: money 'to come from' its sources, each part named by its source", "[check][arithmetic]") {
  const std::string text = "The university expects the savings of \xC2\xA3{}m to come from \xC2\xA3" "17.2m in staff "
                           "costs, \xC2\xA3" "6.8m from closing or selling buildings and \xC2\xA3" "3.5m from "
                           "renegotiated IT contracts.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "28.5"))
            .find("error: \xC2\xA3" "17.2 million + \xC2\xA3" "6.8 million + \xC2\xA3" "3.5 million = \xC2\xA3"
                  "27.5 million, not \xC2\xA3" "28.5 million [total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "27.5")).empty());
  // "most of" it: the sources named are not all of them.
  CHECK(lint("The university expects most of the \xC2\xA3" "28.5m savings to come from \xC2\xA3" "17.2m in staff "
             "costs, \xC2\xA3" "6.8m from closing buildings and \xC2\xA3" "3.5m from contracts.\n")
            .empty());
  // "or" beside a figure tells it again: no list.
  CHECK(lint("The savings of \xC2\xA3" "28.5m will come from \xC2\xA3" "17.2m, or 60 per cent, in staff costs and "
             "\xC2\xA3" "6.8m from buildings.\n")
            .empty());
  // "Those" opening the next sentence: the one total of the sentence before.
  const std::string those = "The council must find \xC2\xA3" "9.8m of savings over the year. Those will come from "
                            "\xC2\xA3" "4.1m of reductions in care, \xC2\xA3" "3.2m from merging teams and \xC2\xA3"
                            "{}m from higher charges.\n";
  CHECK(lint(fmt::format(fmt::runtime(those), "2.9"))
            .find("a.txt:1:23: error: \xC2\xA3" "4.1 million + \xC2\xA3" "3.2 million + \xC2\xA3" "2.9 million = "
                  "\xC2\xA3" "10.2 million, not \xC2\xA3" "9.8 million [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(those), "2.5")).empty());
}

TEST_CASE("total-mismatch: 'Of the WHOLE ..., NAME VERB PART, NAME PART and NAME PART' sums above the whole",
          "[check][arithmetic]") {
  const std::string text = "Of the Rs 1,412 crore collected till Thursday, the East zone contributed Rs 486 crore, the "
                           "West zone Rs 402 crore, the North zone Rs 291 crore and the South zone Rs {} crore, "
                           "according to figures released by the tax department.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "263"))
            .find("error: Rs 486 crore + Rs 402 crore + Rs 291 crore + Rs 263 crore = Rs 1,442 crore, not Rs 1,412 "
                  "crore [total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "233")).empty());
  // The list may leave some of the whole out: a sum below it says nothing.
  CHECK(lint(fmt::format(fmt::runtime(text), "133")).empty());
  // A comparison among the items is no list of parts.
  const std::string compared = "Of the $1,412 million collected, the East zone contributed $486 million, {} $402 "
                               "million, the North zone $291 million and the South zone $363 million.\n";
  CHECK(lint(fmt::format(fmt::runtime(compared), "the West zone")).find("total-mismatch") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(compared), "up from")).find("total-mismatch") == std::string::npos);
}

TEST_CASE("total-mismatch: sums listed in the next sentence with semicolons, in Spanish without their currency",
          "[check][arithmetic]") {
  const std::string en = "Total revenue reached ${} million. Player sales brought in $9.6 million; television rights, "
                         "$7.9 million; membership fees, $4.125 million; sponsors, $2.3 million; and ticket sales and "
                         "other items, $1.475 million.\n";
  // Each part shown whole: "$4.125 million", not "$4.12 million".
  CHECK(lint(fmt::format(fmt::runtime(en), "24.8"))
            .find("error: $9.6 million + $7.9 million + $4.125 million + $2.3 million + $1.475 million = $25.4 "
                  "million, not $24.8 million [total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(en), "25.4")).empty());
  const std::string es = "Seg\xC3\xBAn el documento, los ingresos totales llegaron a {} millones de euros. La venta de "
                         "jugadores aport\xC3\xB3 9.600 millones; los derechos de televisi\xC3\xB3n, 7.900 millones; "
                         "las cuotas sociales, 4.125 millones; los patrocinadores, 2.300 millones, y la venta de "
                         "entradas y otros conceptos, 1.475 millones.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(es), "24.800"))
            .find("error: \xE2\x82\xAC" "9.6 billion + \xE2\x82\xAC" "7.9 billion + \xE2\x82\xAC" "4.125 billion + "
                  "\xE2\x82\xAC" "2.3 billion + \xE2\x82\xAC" "1.475 billion = \xE2\x82\xAC" "25.4 billion, not "
                  "\xE2\x82\xAC" "24.8 billion [total-mismatch]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(es), "25.400")).empty());
}

TEST_CASE("total-mismatch: a fraction in words among the parts is a proportion, no part", "[check][arithmetic]") {
  CHECK(lint_es("Seg\xC3\xBAn Pe\xC3\xB1" "alver, cinco de las ocho estaciones tienen ya terminada la estructura, "
                "m\xC3\xA1s de la mitad, y en las otras tres se trabaja en la losa de cubierta.\n")
            .empty());
  CHECK(lint_es("Seg\xC3\xBAn Pe\xC3\xB1" "alver, cinco de las ocho estaciones tienen ya terminada la estructura, "
                "y en las otras cuatro se trabaja en la losa de cubierta.\n")
            .find("5 + 4 = 9, not 8 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: 'De esos N millones,' then bare parts in millions and the remainder",
          "[check][arithmetic]") {
  const std::string text = "De esos 1.240 millones, 460 ir\xC3\xA1n a carreteras, 330 a vivienda protegida, {} a "
                           "centros sanitarios y los 210 restantes a obras del ciclo del agua.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "290"))
            .find("error: 460 million + 330 million + 290 million + 210 million = 1.29 billion, not 1.24 billion "
                  "[total-mismatch]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "240")).empty());
  // "Of those N,": the same in English.
  CHECK(lint("Of those 1,240 votes, 460 went to Ames, 330 to Boyd, 290 to Cole and the remaining 210 to Dunn.\n")
            .find("460 + 330 + 290 + 210 = 1,290, not 1,240 [total-mismatch]") != std::string::npos);
}

TEST_CASE("total-mismatch: named parts whose last is of 'other sources, including ...,'", "[check][arithmetic]") {
  const std::string text = "Of the ${} billion, inpatient services brought in $612 million, outpatient care $438 "
                           "million, the Meridian Medical Group physician practices $171 million and other sources, "
                           "including the system's retail pharmacies, $73 million.\n";
  // The sums are shown to the digits that tell them apart.
  CHECK(lint(fmt::format(fmt::runtime(text), "1.284"))
            .find("error: $612 million + $438 million + $171 million + $73 million = $1.294 billion, not $1.284 "
                  "billion [total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "1.294")).empty());
  // "including" in any other item says the list is partial.
  CHECK(lint("Of the $1.284 billion, inpatient services, including surgery, brought in $612 million, outpatient care "
             "$438 million, physician practices $171 million and retail pharmacies $73 million.\n")
            .find("total-mismatch") == std::string::npos);
}

TEST_CASE("total-mismatch: a budget, then its parts ranked ('takes the largest share at', 'followed by')",
          "[check][arithmetic]") {
  const std::string text = "The authority's net revenue budget for the year is \xC2\xA3{}m. Education takes the "
                           "largest share at \xC2\xA3" "148.6m, followed by social services at \xC2\xA3" "92.3m, "
                           "highways, waste and environment at \xC2\xA3" "38.1m, and corporate {}services at "
                           "\xC2\xA3" "31.2m.\n";
  // The last part of the "other" things: the list is whole.
  CHECK(lint(fmt::format(fmt::runtime(text), "312.4", "and other "))
            .find("error: \xC2\xA3" "148.6 million + \xC2\xA3" "92.3 million + \xC2\xA3" "38.1 million + \xC2\xA3"
                  "31.2 million = \xC2\xA3" "310.2 million, not \xC2\xA3" "312.4 million [total-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "310.2", "and other ")).empty());
  // Otherwise the ranking may leave some out: only a sum above the budget is wrong.
  CHECK(lint(fmt::format(fmt::runtime(text), "312.4", "")).empty());
  CHECK(lint(fmt::format(fmt::runtime(text), "300.2", "")).find("not \xC2\xA3" "300.2 million [total-mismatch]") !=
        std::string::npos);
}

TEST_CASE("total-mismatch: what closes a gap told before ('closes it with A, B and C')", "[check][arithmetic]") {
  const std::string text = "Staff warned that the board faced a ${}-million gap between grants and costs. The approved "
                           "plan {} it with $4.4 million drawn from reserves, $3.2 million in cuts to consulting "
                           "contracts, and $1.9 million saved by leaving 23 positions vacant.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "9.8", "closes"))
            .find("error: $4.4 million + $3.2 million + $1.9 million = $9.5 million, not $9.8 million "
                  "[total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "9.5", "closes")).empty());
  // Partly closed: the sources named are not all.
  CHECK(lint(fmt::format(fmt::runtime(text), "9.8", "partly closes")).empty());
}

TEST_CASE("total-mismatch: N things, their N figures, then 'together' and their total", "[check][arithmetic]") {
  const std::string text = "The three largest fires \xE2\x80\x94 Kettle Rim at 96,400 acres, Sawtooth Gulch at 58,200 "
                           "and Cedar Flat at 31,700 \xE2\x80\x94 together accounted for {} acres.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "176,300"))
            .find("error: 96,400 + 58,200 + 31,700 = 186,300 acres, not 176,300 acres [total-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "186,300")).empty());
  // Figures other than the N things' are no sum ("The two clubs" and three figures).
  CHECK(lint("The two clubs, with 4,200 and 3,100 members and 300 staff, together have 7,900 members.\n").empty());
}

TEST_CASE("total-mismatch: 'Of the N tonnes ..., NAME contributed A, NAME B and NAME C' (an amount in a unit)",
          "[check][arithmetic]") {
  const std::string text = "Of the 612,400 tonnes of FFB harvested, Sabah estates contributed 341,200 tonnes, "
                           "Sarawak 187,500 tonnes and Peninsular Malaysia {} tonnes.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "93,700"))
            .find("error: 341,200 + 187,500 + 93,700 = 622,400 tonnes, not 612,400 tonnes [total-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "83,700")).empty());
}

TEST_CASE("total-mismatch: the gap told with its figure in the cue ('close the \xC2\xA3" "24.1m gap with A, B and C')",
          "[check][arithmetic]") {
  const std::string text = "Officers propose to close the \xC2\xA3{}m gap with \xC2\xA3" "7.8m from tax, \xC2\xA3"
                           "9.6m from savings, \xC2\xA3" "4.2m from reserves and \xC2\xA3" "1.9m from fees.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "24.1"))
            .find("error: \xC2\xA3" "7.8 million + \xC2\xA3" "9.6 million + \xC2\xA3" "4.2 million + \xC2\xA3"
                  "1.9 million = \xC2\xA3" "23.5 million, not \xC2\xA3" "24.1 million [total-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "23.5")).empty());
}

TEST_CASE("total-mismatch: parts told in brackets after their items ('split between A (KSh310 million), ...')",
          "[check][arithmetic]") {
  const std::string text = "The KSh{} million development vote is split between a new maternity wing at Marani County "
                           "Referral Hospital (KSh310 million), the upgrading of 12 dispensaries into health centres "
                           "(KSh190 million) and an oxygen plant and diagnostic equipment (KSh120 million).\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "650"))
            .find("error: KSh310 million + KSh190 million + KSh120 million = KSh620 million, not KSh650 million "
                  "[total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "620")).empty());
}

TEST_CASE("total-mismatch: the named parts of a whole, the last with an aside in brackets", "[check][arithmetic]") {
  const std::string text = "Of the $2.14b, iron ore contributed $1.58b, gold $392 million, lithium $176 million and "
                           "other minerals (nickel, mineral sands and salt among them) ${} million.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "92"))
            .find("a.txt:1:8: error: $1.58 billion + $392 million + $176 million + $92 million = $2.24 billion, not "
                  "$2.14 billion [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "2")).empty());
  // A figure in the brackets: no aside.
  CHECK(lint("Of the $2.14b, iron ore contributed $1.58b, gold $392 million, lithium $176 million and other minerals "
             "(up 4% on 2025) $92 million.\n")
            .empty());
}

TEST_CASE("total-mismatch: 'Of the capital outlay,' names the figure told with those words in the sentence before",
          "[check][arithmetic]") {
  const std::string text = "The capital outlay has been fixed at Rs 2,310 crore, while the remaining Rs 2,550 crore is "
                           "earmarked for revenue spending.\n\nOf the capital outlay, Rs 1,240 crore goes to roads, Rs "
                           "680 crore to water supply and Rs {} crore to stormwater drains, which flooded three wards "
                           "last year.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "450"))
            .find("a.txt:1:38: error: Rs 1,240 crore + Rs 680 crore + Rs 450 crore = Rs 2,370 crore, not Rs 2,310 "
                  "crore [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "390")).empty());
  // Words told with no figure right after them: no whole.
  CHECK(lint("The capital outlay grew again this year, and Rs 2,310 crore is earmarked for salaries.\n\nOf the capital "
             "outlay, Rs 1,240 crore goes to roads, Rs 680 crore to water supply and Rs 450 crore to drains.\n")
            .empty());
}

TEST_CASE("total-mismatch: 'It was financed with' after a total told again in another currency, sources named by a "
          "count",
          "[check][arithmetic]") {
  const std::string text = "The project cost US$1.45 billion, or about Rp23.5 trillion. It was financed with US$870 "
                           "million in loans from a group of banks, US$420 million from a development lender and "
                           "US${} million in equity from the two sponsors.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "210"))
            .find("a.txt:1:18: error: $870 million + $420 million + $210 million = $1.5 billion, not $1.45 billion "
                  "[total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "160")).empty());
  // A figure of the whole's kind after "from" is a change: no list.
  CHECK(lint("The project cost US$1.45 billion. It was financed with US$870 million in loans, up from US$700 million, "
             "US$420 million from a lender and US$210 million in equity.\n")
            .find("total-mismatch") == std::string::npos);
}

TEST_CASE("total-mismatch: a record of wins and losses over a count of games ('finish 14-8-5 over 26 matches')",
          "[check][arithmetic]") {
  const std::string text =
      "The Rush beat Portland 2-0 before a sellout crowd of 11,000 to finish {} over 26 matches.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "14-8-5"))
            .find("error: the record 14-8-5 counts 14 + 8 + 5 = 27 matches, not 26 [total-mismatch]") !=
        std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "14-7-5")).empty());
  CHECK(lint("The Bison went 10-3 in 12 games.\n")
            .find("a.txt:1:24: error: the record 10-3 counts 10 + 3 = 13 games, not 12 [total-mismatch]") == 0);
  // A score, or a count of something else: no record of games.
  CHECK(lint("The Bison won 24-17 in 90 minutes of rain.\n").empty());
  CHECK(lint("Hill went 3-for-4 in two games.\n").empty());
}

TEST_CASE("total-mismatch: the span a total is for ('over the next three years') before 'made up of'",
          "[check][arithmetic]") {
  const std::string text = "The utility had planned capital spending of R{}bn over the next three years, made up of "
                           "R1.6bn for strengthening the grid, R1.1bn for its solar programme and R0.7bn for smart "
                           "meters.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "3.8"))
            .find("error: R1.6 billion + R1.1 billion + R700 million = R3.4 billion, not R3.8 billion "
                  "[total-mismatch]") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "3.4")).empty());
}

TEST_CASE("total-mismatch: 'The rest is split among' after 'A of the T' in the sentence before",
          "[check][arithmetic]") {
  const std::string text = "Personnel costs account for $31.2 million of the $48.6 million plan. The rest is split "
                           "among a $7.4 million inmate medical contract, $3.1 million for food service, $4.5 million "
                           "for utilities and maintenance and ${} million for transportation.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "2.9"))
            .find("a.txt:1:50: error: $31.2 million + $7.4 million + $3.1 million + $4.5 million + $2.9 million = "
                  "$49.1 million, not $48.6 million [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "2.4")).empty());
  // With no part and total told before, the rest is of nothing known.
  CHECK(lint("Personnel costs are the biggest item. The rest is split among a $7.4 million inmate medical contract, "
             "$3.1 million for food service and $2.9 million for transportation.\n")
            .empty());
}

TEST_CASE("total-mismatch: 'Of the N, X made up the largest share, at A, followed by Y at B, ...'",
          "[check][arithmetic]") {
  const std::string text = "Of the 8.46 million tonnes handled, containerised cargo made up the largest share, at 3.92 "
                           "million tonnes, followed by dry bulk at {} million tonnes, liquid bulk at 1.68 million "
                           "tonnes and general cargo at 0.75 million tonnes.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "2.31"))
            .find("a.txt:1:8: error: 3.92 million + 2.31 million + 1.68 million + 750,000 = 8.66 million tonnes, "
                  "not 8.46 million tonnes [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "2.11")).empty());
  // Parts that may leave some of the whole out fall short of it: no finding.
  CHECK(lint(fmt::format(fmt::runtime(text), "1.91")).empty());
}

TEST_CASE("total-mismatch: 'Of the N, A came from X, B from Y and C from Z' a little short of N",
          "[check][arithmetic]") {
  const std::string text = "Of the 18,960 applications, 11,240 came from first-timer families, 4,870 from second-timer "
                           "families and {} from singles, the agency said.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "2,310"))
            .find("a.txt:1:8: error: 11,240 + 4,870 + 2,310 = 18,420, not 18,960 [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "2,850")).empty());
  // Far short of the whole, the list may leave other sources out.
  CHECK(lint(fmt::format(fmt::runtime(text), "1,310")).empty());
}

TEST_CASE("total-mismatch: parts told where each is after the count and a comma, and 'comprised'",
          "[check][arithmetic]") {
  const std::string text = "Legislators introduced {} bills this year, 1,286 in the House and 1,082 in the Senate, "
                           "according to a tally.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "2,314"))
            .find("a.txt:1:24: error: 1,286 + 1,082 = 2,368, not 2,314 [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "2,368")).empty());
  // Places may be left out: a sum below the count is no slip.
  CHECK(lint(fmt::format(fmt::runtime(text), "2,414")).empty());
  // The last part must close the clause.
  CHECK(lint("Legislators introduced 2,314 bills this year, 1,286 in the House and 1,082 in the Senate and the rest "
             "elsewhere.\n")
            .empty());
  CHECK(lint("The firm employs 2,314 people, 1,286 in Ohio, 782 in Texas and 300 in Iowa.\n")
            .find("error: 1,286 + 782 + 300 = 2,368, not 2,314 [total-mismatch]") != std::string::npos);
  const std::string basket = "The 48 items comprised 17 fresh lines, 13 chilled products, 11 cupboard staples and {} "
                             "household goods.\n";
  CHECK(lint(fmt::format(fmt::runtime(basket), "9"))
            .find("a.txt:1:5: error: 17 + 13 + 11 + 9 = 50, not 48 [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(basket), "7")).empty());
}

TEST_CASE("total-mismatch: an age that says which ones in a list of parts after a colon", "[check][arithmetic]") {
  const std::string text = "El club cerr\xC3\xB3 la campa\xC3\xB1" "a con {} abonados: 12.350 adultos, 4.920 "
                           "jubilados, 3.110 j\xC3\xB3venes de entre 14 y 25 a\xC3\xB1os y 1.600 infantiles.\n";
  CHECK(lint_es(fmt::format(fmt::runtime(text), "21.480"))
            .find("error: 12,350 + 4,920 + 3,110 + 1,600 = 21,980, not 21,480 [total-mismatch]") != std::string::npos);
  CHECK(lint_es(fmt::format(fmt::runtime(text), "21.980")).empty());
  // Another preposition after a part is still no plain list.
  CHECK(lint_es("El club tiene 21.480 socios: 12.350 adultos, 4.920 jubilados de la ciudad y 5.110 j\xC3\xB3venes.\n")
            .empty());
}

TEST_CASE("total-mismatch: N things that did a total and then each of them named once with its part",
          "[check][arithmetic]") {
  const std::string text = "The service's four emergency departments handled 48,900 presentations in the quarter. "
                           "Mackenzie Base Hospital treated 21,300 of those patients, Port Elwood Hospital 13,800, "
                           "Tannum Ridge Hospital {} and the small Carlow Hospital 4,600.\n";
  const std::string out = lint(fmt::format(fmt::runtime(text), "8,200"));
  CHECK(out.find("a.txt:1:50: error: 21,300 + 13,800 + 8,200 + 4,600 = 47,900, not 48,900 [total-mismatch]") == 0);
  CHECK(out.find("a.txt:1:15: note: 4 parts, one for each of these: none is left out") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "9,200")).empty());
  // Three counted and four named, or no number of them: some may be left out.
  std::string three = fmt::format(fmt::runtime(text), "8,200");
  three.replace(three.find("four"), 4, "three");
  CHECK(lint(three).empty());
  CHECK(lint("The emergency departments handled 48,900 presentations in the quarter. Mackenzie Hospital treated "
             "21,300, Port Elwood Hospital 13,800 and Carlow Hospital 4,600.\n")
            .empty());
  // Parts of another thing.
  CHECK(lint("The three plants employ 4,000 people. Halden Works made 2,100 cars, Brix Works 900 cars and Ostend "
             "Works 600 cars.\n")
            .empty());
}

TEST_CASE("total-mismatch: the votes cast then a sentence of tallies", "[check][arithmetic]") {
  const std::string text = "In the race for sheriff, Dale Rutkowski led Angela Fry by 212 votes out of {} cast. "
                           "Unofficial tallies gave Rutkowski 19,938 votes and Fry 19,726, with 327 votes going to "
                           "write-in candidates.\n";
  const std::string out = lint(fmt::format(fmt::runtime(text), "39,874"));
  CHECK(out.find("a.txt:1:76: error: 19,938 + 19,726 + 327 = 39,991, not 39,874 [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "39,991")).empty());
  // Tallies may leave some out: less is no slip.
  CHECK(lint(fmt::format(fmt::runtime(text), "40,500")).empty());
  // Another time's votes, or no votes cast.
  CHECK(lint("In 2022, 41,000 votes were cast in the race. This year Rutkowski got 22,000 votes and Fry 20,000.\n")
            .empty());
  CHECK(lint("Rutkowski led by 212 votes out of 39,874. Rutkowski got 19,938 votes and Fry 19,726 more than in "
             "2022.\n")
            .empty());
}

TEST_CASE("total-mismatch: a quarter's total and its months told one by one", "[check][arithmetic]") {
  const std::string text = "PORT NQABA, April 14, 2026\n\nHouseholds spent 412 hours without scheduled power in the "
                           "first three months of the year, the utility said.\n\nLoad-shedding ran to 128 hours in "
                           "January, 131 hours in February and {} hours in March, when two units broke down.\n";
  const std::string out = lint(fmt::format(fmt::runtime(text), "163"));
  CHECK(out.find("a.txt:3:18: error: 128 + 131 + 163 = 422, not 412 [total-mismatch]") == 0);
  CHECK(out.find("a.txt:5:22: note: the part of 2026-01, a month of the total's 2026-Q1") != std::string::npos);
  CHECK(lint(fmt::format(fmt::runtime(text), "153")).empty());
  // Two months of the quarter only: some are left out.
  CHECK(lint("PORT NQABA, April 14, 2026\n\nHouseholds spent 412 hours without power in the first three months of "
             "the year.\n\nLoad-shedding ran to 128 hours in January and 131 hours in February.\n")
            .empty());
}

TEST_CASE("total-mismatch: a last part 'for all other departments' is the rest, and 'for debt and' names no later part",
          "[check][arithmetic]") {
  const std::string wrong =
      "The budget breaks the $24.6 billion in spending down as follows: $9.8 billion for health, $5.2 billion for "
      "education, $3.1 billion for families, $2.4 billion for roads, $1.3 billion for debt servicing and $2.1 "
      "billion for all other departments.\n";
  CHECK(lint(wrong).find("1:23: error: $9.8 billion + $5.2 billion + $3.1 billion + $2.4 billion + $1.3 billion + "
                         "$2.1 billion = $23.9 billion, not $24.6 billion [total-mismatch]") != std::string::npos);
  std::string right = wrong;
  right.replace(right.find("$2.1"), 4, "$2.8");
  CHECK(lint(right).empty());
  // Other things after the list stay out of it.
  CHECK(lint("The budget breaks the $24.6 billion in spending down as follows: $9.8 billion for health, $5.2 "
             "billion for education, $3.1 billion for families, $2.4 billion for roads, $1.3 billion for debt "
             "servicing and $2.1 billion for transit, with other departments funded separately.\n")
            .empty());
}

TEST_CASE("total-mismatch: 'De ese total,' and 'Of that total,' open the parts of the total told before",
          "[check][arithmetic]") {
  CHECK(lint_es("La cartera sumaba $ 96,4 billones. De ese total, $ 51,2 billones correspond\xC3\xAD" "an a "
                "cr\xC3\xA9" "dito comercial, $ 39,8 billones a consumo, $ 11,3 billones a vivienda y $ 2,6 billones "
                "a microcr\xC3\xA9" "dito.\n")
            .find("1:19: error: $51,200 billion + $39,800 billion + $11,300 billion + $2,600 billion = $104,900 "
                  "billion, not $96,400 billion [total-mismatch]") != std::string::npos);
  CHECK(lint("The bank lent $96.4 billion last year. Of that total, $51.2 billion went to commercial loans, $39.8 "
             "billion went to consumer loans, $11.3 billion went to housing and $2.6 billion went to microcredit.\n")
            .find("1:15: error: $51.2 billion + $39.8 billion + $11.3 billion + $2.6 billion = $104.9 billion, not "
                  "$96.4 billion [total-mismatch]") != std::string::npos);
  // The parts may leave some out: a sum below the total is no slip.
  CHECK(lint("The bank lent $96.4 billion last year. Of that total, $51.2 billion went to commercial loans, $29.8 "
             "billion went to consumer loans, $11.3 billion went to housing and $2.6 billion went to microcredit.\n")
            .empty());
}

TEST_CASE("total-mismatch: a bare total whose sentence names its noun is made up of counts of other nouns",
          "[check][arithmetic]") {
  const std::string text = "Total enrolment now stands at 18,640, made up of 11,920 undergraduates, 4,310 taught "
                           "postgraduates, {} research students and 940 apprentices on block release.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "1,180"))
            .find("a.txt:1:31: error: 11,920 + 4,310 + 1,180 + 940 = 18,350, not 18,640 [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "1,470")).empty());
  // Parts that are no plain list stay unread.
  CHECK(lint("Total enrolment now stands at 18,640, made up of 11,920 undergraduates with 4,310 postgraduates in "
             "halls and 940 apprentices.\n")
            .empty());
}

TEST_CASE("total-mismatch: a clause of 'while' holds its own figures, no parts of a total after it",
          "[check][arithmetic]") {
  CHECK(lint("It put Hengyun's share at 19%, behind two larger rivals with 27% and 24%, while telecom operators' "
             "cloud units held a combined 18% and smaller providers the remaining 12%.\n")
            .empty());
  CHECK(lint("Acme had 27% and Brio 24%, a combined 55%.\n").find("27% + 24% = 51%, not 55% [total-mismatch]") !=
        std::string::npos);
}

TEST_CASE("total-mismatch: the first part names its noun and the others leave it out, each with where it is",
          "[check][arithmetic]") {
  const std::string text = "The 1,900 cuts break down as 850 positions in Oregon, 620 at the company's Austin design "
                           "centre and {} at its assembly and test plant in Penang.\n";
  CHECK(lint(fmt::format(fmt::runtime(text), "310"))
            .find("a.txt:1:5: error: 850 + 620 + 310 = 1,780, not 1,900 [total-mismatch]") == 0);
  CHECK(lint(fmt::format(fmt::runtime(text), "430")).empty());
  // Parts that each name a noun of their own and where they are: no plain list.
  CHECK(lint("The 1,900 cuts break down as 850 positions in Oregon, 620 contractors at the Austin centre and 310 "
             "engineers at its plant in Penang.\n")
            .empty());
}
