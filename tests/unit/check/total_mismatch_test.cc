// Tests for check/total_mismatch (issue 7): parts that do not add up to the stated total.
#include "check/total_mismatch.h"

#include <catch2/catch.hpp>

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
      // A total in another paragraph is not the breakdown's.
      {"The plan adds 310 posts.\n\nOf those, 120 are police officers and 45 are firefighters; the other 155 work in "
       "parks.\n",
       ""},
  };
  check_cases(cases);
}
