// The check registry: every check's id, default severity, summary and
// --explain text (DESIGN.md, "Checks"). Ids are stable and never reused.
#include "diag/check_registry.h"

#include <array>
#include <vector>

#include "util/edit_distance.h"

namespace claimlint {
namespace {

constexpr std::array k_checks = {
    CheckInfo{"value-conflict", Severity::warning,
              "two claims about the same thing give values that cannot both be true",
              R"(Every figure is bound to what it is about: its measure ("H200 chip":
the counted noun with its synonyms folded, so chips = GPUs = processors =
units; "value of H200 chip" for money in the same sentence; "levy" for a
25% commission or tariff; the two products of a "six times" comparison),
its subjects (the names that do the action: "ByteDance, Alibaba and
Tencent" is one subject set; a name after a preposition, as in "permission
from Beijing", is not a subject), its predicate class (buy = purchase =
import = acquire = order) and its time frame (a date in the same clause,
resolved against the publication date). Figures with equal keys are about
the same thing.

Two such figures conflict when their intervals do not overlap once
qualifiers ("more than", "about") and the rounding of round figures are
allowed for: "more than 400,000" and "400,000" agree; "40,000" contradicts
both. Figures are compared only when both are plain statements (or both
forecasts): negated, conditional, hypothetical and disputed claims never
conflict; figures with explicit time frames that do not overlap (2024 and
2025 revenue) are not compared, nor are two figures of one sentence ("up
from 398 million"), nor a figure given "as of now" with one that is not.
A figure needs subjects to be compared at all.

The warning points at the later report (by publication date, else input
order; never at --against reference material), once per claim; notes show
the figures it contradicts, the first one saying why the two were judged
to be about the same thing.)",
              true, true},
    CheckInfo{"unit-conflict", Severity::warning,
              "the same claim stated in incompatible units or currencies",
              R"(Two claims with the same key (see value-conflict) give the same money
in different currencies, for example "$85 million" in one report and "85
million euros" in another for the same contribution. Converting needs an
exchange rate and a date, so claimlint asks which one is right. The
warning points at the later report; notes show the others.)",
              true, true},
    CheckInfo{"date-conflict", Severity::warning, "the same event dated differently",
              R"(The same event (subjects, predicate and object) is dated to two
different times once relative dates ("last December") are resolved against
each document's publication date. A date stated only as a bound ("after
October") conflicts only with dates outside it.)",
              false, true},
    CheckInfo{"total-mismatch", Severity::error, "stated parts do not add up to the stated total",
              R"(A story gives parts of one measure and their total, and the parts do
not add up to it, beyond what the qualifiers and rounding allow. The
message shows the sum.)",
              false},
    CheckInfo{"percent-change", Severity::error,
              "a stated percentage change does not match the figures it relates",
              R"("Rose 25% from 80 to 120" is wrong: 80 to 120 is a 50% rise. Also
checks "doubled", "tripled", "halved" and "N-fold". The fix-it gives the
figure that the two values imply.)",
              false},
    CheckInfo{"percentage-points", Severity::warning,
              "a change between two percentages stated in percent instead of points",
              R"(A change between two percentages is a difference in percentage
points: from 5% to 7% is a rise of 2 points, or of 40%. "Rose 2% from 5%
to 7%" confuses the two.)",
              false},
    CheckInfo{"ratio-mismatch", Severity::error,
              "a stated ratio is contradicted by the figures it relates",
              R"("Six times", "twice as", "a third of" or "one in four" stated beside
two figures whose actual ratio is different.)",
              false},
    CheckInfo{"unit-price", Severity::warning,
              "count times unit price disagrees with the stated total",
              R"(A count, a unit price and a total that cannot all be true: 400,000
chips for $10 billion is $25,000 a chip, so "$40,000 a chip" contradicts
it. The note shows the computation.)",
              false},
    CheckInfo{"share-over-100", Severity::error,
              "shares of one whole add up to more than 100%",
              R"(Shares of the same whole (market share, vote share, a budget split)
that add up to more than 100% beyond rounding.)",
              false},
    CheckInfo{"weekday-mismatch", Severity::error, "a weekday that does not match its date",
              R"(A weekday written beside a full date that falls on another day:
"Tuesday, 14 March 2025" is wrong, 14 March 2025 was a Friday. The fix-it
replaces the weekday with the right one, in the document's language
("martes" for Spanish). Forms: "Tuesday, 14 March 2025", "Tue., March 14,
2025", "el martes 14 de marzo de 2025".

A date written without a year ("Tuesday, March 14") takes its year from the
publication date (metadata or --date) and is checked only when it lies
within 90 days of it; with no publication date it is not checked. Month
and weekday names come from rules/dates/*.toml.)",
              true},
    CheckInfo{"timeline", Severity::warning, "events told in an impossible order",
              R"(A date after the publication date told in the past tense: "the phone
launched in November 2026" in a story published in March 2026. The
publication date comes from the document's metadata or --date; without
one nothing is reported.

To stay precise the check fires only when the whole date (a day, month,
quarter, half, year or range, with its year written) lies after the
publication date; a simple past verb from rules/dates/*.toml ("launched",
"announced", "was", "approved"...) comes at most six words before the
date's "in", "on", "during" or "at", with no punctuation, infinitive or
new clause between and no auxiliary before the verb ("will be launched",
"has launched" do not count); and nothing in the sentence marks the
future or a condition ("will", "expected", "if"...). A date that says
what something is about ("a budget for 2027") and bounds ("by 2027",
"since 2027") are not checked. Events told in an impossible order
("delivered before launched") are not checked yet.)",
              true},
    CheckInfo{"duplicate-passage", Severity::warning,
              "a paragraph or run of paragraphs repeated within one document",
              R"(A paragraph of at least 8 words, or a run of consecutive paragraphs,
appears again later in the same document. Paragraphs are compared after
folding whitespace, case and typographic characters, so a copy that
differs only in curly quotes or line wrapping still counts. Headings and
other lines without sentence-final punctuation are not compared: a title
repeated as a heading is layout, not a repeated passage.

Repeated runs usually come from a scraper or a CMS that emitted the body
twice. The warning points at the repeat and spans the whole run; a note
points at the first occurrence; a fix-it removes the repeat. The repeated
text is not analysed a second time, so its figures are counted once.)",
              true},
    CheckInfo{"times-more", Severity::note, "\"N times more than\" is ambiguous",
              R"("Six times more than" can mean six times as much or seven times as
much. Prefer "six times as much as" or give both figures.)",
              false},
    CheckInfo{"encoding", Severity::error, "invalid UTF-8, undecodable bytes or mojibake",
              R"(The input is not valid text in its encoding. For UTF-8 (the default),
the error points at the line and column of the first invalid byte and
counts the others; each invalid byte is replaced by U+FFFD and the rest of
the file is still analysed. UTF-16 with a byte-order mark is decoded
automatically; other encodings need --encoding NAME (any charset name ICU
knows, such as windows-1252 or ISO-8859-1).)",
              true},
    CheckInfo{"boilerplate", Severity::note,
              "scraped web residue left in the text",
              R"(Text a scraper picked up from the page around the article: login and
password forms, comment and vote widgets, share buttons, "Related
Articles", language pickers, image credits. Patterns live in
rules/boilerplate.toml (add your own with --rules DIR). The note spans
each run of consecutive residue paragraphs; a fix-it removes it. The
residue is excluded from all later analysis.)",
              true},
    CheckInfo{"suppression", Severity::note, "an inline suppression that is malformed or silences nothing",
              R"(An inline suppression silences the findings of the named checks on one
line, and must say why:

    <!-- claimlint-disable-next-line value-conflict: figure from the filing -->
    claimlint-disable-next-line times-more: the company's own wording
    ... text ... <!-- claimlint-disable-line value-conflict: reason -->

"next-line" covers the next non-blank line, "line" its own line; several
checks are separated by commas. In plain text the directive stands on a
line of its own and is not analysed as prose. This note fires on a
directive without a reason (which is then ignored), naming an unknown
check, or silencing nothing (stale after an edit).)",
              true},
};

}  // namespace

std::span<const CheckInfo> all_checks() { return k_checks; }

const CheckInfo* find_check(std::string_view id) {
  for (const CheckInfo& c : k_checks) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

std::optional<std::string> suggest_check(std::string_view id) {
  std::vector<std::string_view> ids;
  for (const CheckInfo& c : k_checks) ids.push_back(c.id);
  return nearest_spelling(id, ids);
}

}  // namespace claimlint
