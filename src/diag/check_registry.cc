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
units; "value of H200 chip" for money in the same sentence, unless a
level's subject names it, "The forward order book stood at £1.42bn ...,
equivalent to about 4,300 homes" (a bare number too: "Headcount stood at
1,46,320" counts employees), or of a verb of reaching right before it
("The value of transactions moved on the platform during the year reached
KSh 6.42 trillion"); "levy" for a
25% commission or tariff; the two products of a "six times" comparison;
for a duration only a word of duration_measures in rules/bind/*.toml
near it, "prison sentence" for "jailed for seven years" or "an
eight-year sentence", "ban" for "banned from driving for 10 years";
"age" for a whole number set off by commas after a name, "Maria Okafor,
47," or "María Okafor, de 47 años,", which holds for a year, 47 to 48,
in the year of publication),
its subjects (the names that do the action: "ByteDance, Alibaba and
Tencent" is one subject set; a name after a preposition, as in "permission
from Beijing", is not a subject; "the trust" is the latest name ending in
Trust, "Eastmere Health Trust"; "it" or "the company" takes the subjects
of the paragraph's latest figure, else its one name, else the one name
opening the sentence before (not a speaker: "Garraway said ..."), and
"the company" with no name nearer those the paragraph before ended with,
else the company the story leads with, also after a speaker ("Garraway
said the group would ..."); "Brackwell" after "Brackwell Components" is
the same company, "Pendry & Vale" one name, and "Baker" after "Tom
Baker" the same person when no other two-word name ends with it; "It"
or "the airport" opening a sentence with a verb after it, "The airport
handled 1.42 million passengers", is the latest name as "it" is, and names in a
relative clause before the verb ("The trust, which runs Westmoor
General, employs 7,940 people") are not the subject; "the
24-year-old" is the latest person named, never a company; a
headcount right after a
possessive, "Lattice's 1,900 employees", is what Lattice employs, now,
whatever the clause forecasts or the verb before it, "protect the jobs
of Moorline's 2,580 employees", unless that verb cuts, hires, adds or
loses), and so are the sites it runs, "Keller's three hospitals", "its
214 stores" (the possession table of rules/bind), its predicate class (buy = purchase =
import = acquire = order; employ, hire and cut differ), its place when a
name right after the figure gives one ("10 million iPhones in China",
"19 matches at Carver Park", or "In China, ..." opening the sentence) or
"in" or "at" and a plural noun does ("8,200 people in stores"): such a
figure is a part, not the whole, and is compared only with figures of
the same place; and its time frame (a date in the same clause, resolved
against the publication date).
A count right after "capacity" ("raise its capacity to 2.5 million
passengers") has a measure of its own, "capacity for passenger"; a
count per item ("23 applicants for each one", "12 beds per ward") or
after a verb of averaging ("The Clippers averaged 4,825 fans") is
compared with nothing; a count for a set another figure counts ("1,380
applications for the 60 places") is of that set only, and so is a count
picked out by what it is ("1,150 students who were new to the region";
"the 4,138 patients who remain on the list" tells them all again); and a
period right after a figure is part of its measure ("spend $808 million
over ten years": "amount to spend over 10 years"), and so is what money
named by its verb alone is put on or for ("will spend R1.6bn on the grid"
and "will also spend R1.1bn on solar" are two amounts); money "in" a plural
noun is of that noun and held in no place ("$53.8 billion in assets",
"£38m in dividends"), money after "the" or "its" is of the noun it
qualifies whatever else the sentence counts ("the R34.8-million loss
would have forced the club to cut its squad from 42 to 32 players"), "and
that" opens another clause told whose subject is its own, and money per share is of one share ("a final
dividend of $1.42 per share", "the $1.24-per-share dividend": "dividend per
share", never the total paid). What a change or a
comparison is measured from ("up from $10 million", "compared with
3,500", the first figure of "rose from $10 million to $12 million") is
compared with nothing unless a date follows it ("from $10 million in
2024"); the second figure of "from A to B" takes A's measure. What was
added or lost ("it added 600 staff") is no level, nor is the second
figure of a proportion ("one in four cars", "dos de cada tres coches").
A count glued before a noun ("a 486-bed hospital") keeps its measure
only when that noun names the subject ("Harwick General Hospital"), not
in "a 300-seat lecture hall", or in an apposition to a name, which it
then describes whatever the clause does ("approved plans for Fenmarrow
Park, a 31,950-seat stadium": the seats of Fenmarrow Park, no predicate
or date). A headcount after "to the X's" is the X's level whatever the
verb ("add 4% to the hospital's 4,620-strong workforce"). A headcount or
a sum of money a person reports ("Mayor Lorraine Betancourt said the loss
of 1,430 jobs would ...", "Mayor Tom Wikaira said the $12.4m project
was ...") is the story's, never the speaker's, unless the speaker
speaks of themselves ("said he employs"); other things a person speaks
of ("Supervisor Elena Marsh said the 621 structures destroyed ...", "the
481,600 TEUs handled") are no one's the clause names; the person may be
named in an apposition before the verb, or in Spanish ("Su director
general, Íñigo Barrenetxea, recordó que los 634.000 TEU ..."; a name's
accented capital is a capital; the verbs of speech are the speech_verbs
of rules/bind). A person may speak
for an organisation named after "of" or "at" ("Analyst Funmilayo Adeyemi
of the Gulf of Guinea Logistics Institute said ..."). A date in a clause of "since"
after a figure bounds a comparison and is no time of the figure's ("the
biggest investment since the terminal was rebuilt in 2011"). A word opening a quotation
opens its sentence: its capital alone makes no name ("\"Demand from
utilities has been steady,\" ..."). Money before a grant, a
donation or a bequest from a name is that name's ("a £24.5m grant from
the Aldermoor Foundation"), and a count with "the" or "los" whose noun a
name follows after "of" or "de" is that name's ("Los 1.830 trabajadores
de Ribascura", "los 21 cuadrangulares de Delgado"). Nicknames of a
measure are the measure ("homers" = "home runs", "cuadrangulares" =
"jonrones"). An adjective right after a Spanish noun qualifies what is
counted, as one before an English noun does: "2.460 estudiantes
internacionales" is no count of all the students. A sentence that opens with a phrase of period_openers in
rules/bind ("A year earlier, it earned $133.9 million", "For the full
fiscal year, ...", "Through the first nine months of the year, ...",
"Un año antes, ...") sets its figures apart: they are
compared only with figures of the same phrase, and the note names it
("last season" is one: a sports season is no calendar period). So are
the figures of a clause after such a phrase and ", when" ("up 20 percent
from 12,400 last season, when the Falcons drew 421,600 fans"). So
does a stretch of a season, a series or the calendar anywhere in a sentence (a word of
span_edges, then a noun of span_nouns: "in their first five games",
"For the first five months of the year", "en los primeros cinco meses",
"on first preferences" (a stage of a count of votes),
"between rounds 6 and 12", "entre las fechas 6 y 12"), and so does a
fiscal year (a year up to two words after a word of fiscal_words: "in
fiscal 2027", "fiscal year 2027", "en el año fiscal 2027"). The size of a
change ("a drop of 468 students", after a noun of change_nouns) is
compared with nothing. "The district" and "the district's 6,482
students" stand for the name before them that ends in "District". A
margin ("trailed by only two goals", after a verb of margin_verbs) is no
count; nor is money or an amount after "by" and a verb of margin_verbs
with its object between ("beat the consensus sales estimate by about
$150 million"). A stock held ("a backlog of 1,870 homes", after a noun of
stock_nouns) is its own measure, "backlog home", not the homes sold. A
line of the accounts (a word of measure_qualifiers right before the
noun of a sum of money: "an operating loss of £14.1m") is its own
measure, "operating loss", no "pre-tax loss"; "loss" and "deficit" are
one. A wire dateline ("SILVER RIDGE, Colo. (AP) —") names no subject, nor does
the place of a "-based" company ("The Silver Ridge, Colorado-based
company"). A prison term whose subject is an accuser (the accusers of
rules/bind: "Fiscalía", "Prosecutors") is one asked for, of a defendant
the figure may not name, and is compared with nothing; so is a price
"each" of what its sentence does not count.
Figures with equal keys are about the same thing.

Two such figures conflict when their intervals do not overlap once
qualifiers ("more than", "about") and the rounding of round figures are
allowed for: "more than 400,000" and "400,000" agree; "40,000" contradicts
both; a percentage stands for what rounds to it, half a unit of its last
digit either way ("8 percent" in a headline and "8.1 percent" below
agree). Durations compare in days: "18 months" is "a year and a half". Figures are compared only when both are plain statements (or both
forecasts; what something "can" do is one: "the system can eventually
handle 120 million passengers a year"): negated, conditional, hypothetical and disputed claims never
conflict; figures with explicit time frames that do not overlap (2024 and
2025 revenue), or whose lengths differ by more than half (a quarter and a
half-year: "in the three months to June 30" is the period, not the day),
are not compared, nor are two figures of one sentence ("up from 398
million"), nor a figure given "as of now" with one that is not, nor a
figure told without a time with one whose time frame ended more than a
year before its story was published ("won 24 seats at the 2023
election" and "slumped to 11 seats" in May 2026: history and the
story's day). A figure needs subjects to be compared at all.

The figures of a key are gathered into clusters that agree; a cluster's
first figure is tested against the clusters before it, and so is each of
its figures that the first cannot be compared with (another year, a
forecast), up to 256 a cluster.
The warning points at the later report (by publication date, else input
order; never at --against reference material), once per claim; notes show
the figures it contradicts, the first one saying why the two were judged
to be about the same thing.

A key that takes more than 256 discordant values is no longer one fact
told differently: the figures after the 256th distinct value are not
compared, and one note says how many were left out.

A bare "pesos" in a story whose dateline names no country (see
local_currencies in rules/lexicon) is money of no known currency, read as
a count of no measure: no two such sums are compared. Metrics written in
capitals ("EBITDA", "GDP", "IPC") are no names.

Within one article, a figure that repeats an earlier one with two
neighbouring digits swapped ("the 1,236 patients waiting" and later "the
1,326 patients waiting"; "is expected to produce about 4,250 GWh" and
"its 4,520 gigawatt-hours of annual output", a definite figure telling
again one forecast before, though not a target, "expect to reach", nor a
forecast for a time of its own; "threw for 2,614 yards" and "finished his senior
year with 2,164 passing yards", a total a clause of finishing sums up; "a 6,500-seat stadium" and "the 5,600-seat
ballpark") is the commonest slip of copying, and is reported even when
neither figure has a subject. The later one must be definite, told as
one the reader knows ("the", "its", "these", "all", a possessive: "the
co-op's 621 supplier farms"; "los", "sus"): "2,130
households are renting" after "2,310 households on the list" is a figure
of its own. Both must be counts, money or amounts in
one unit, of the same measure (the counted noun when no other is read,
the unit of an amount: "61,700 tonnes" and "the 67,100 tonnes"; for
money with no other measure, the noun right after it or before its "of":
"a pre-tax loss of £1.14m" and "the £1.41m loss", the head of a compound
noun, "a wage bill of £4.36m" and "the £4.63m wage bill is"; a count is of
its noun whatever qualifies it, "2,960 drivers" and "the 2,690 eligible
drivers"; a bare number a sentence opening "The number of people ..."
gives is a count of them, "The number of people waiting ... climbed to
6,482" and "the 6,842 people now waiting"; the nouns of money
spent on one project are one measure, "a £2.75m expansion" and "the
£2.57m investment", a number in the project's name passed over, "the
port's $214 million expansion of Terminal 4" and "the $241 million
Terminal 4 project"; so is the value of one agreement, named by its noun
or by what the verb of its cost is said of, "the contract will cost
$38.6 million" and "the $36.8 million agreement"; and one period's
profit, "net income of $812 million" and "the quarter's $821 million in
profit" (profit, income, earnings, a half's result; beneficio, ganancia,
utilidad; a past form after the noun ends it, "the $A621 million result
came in"), also told as a bare sum with its noun after "of", "in" or
"de" and the currency left out, "un beneficio neto de 1.284 millones de
euros" and "Los 1.248 millones de beneficio"; and
a bare number after "all" and before "of our" a noun, "all 1,310 of our
members", counts that noun;
not a measure made from a verb, "amount to pay", unless the word after
the money is no noun: "has spent $486 million fighting fires" and "With
$468 million already spent" are one amount spent), each number at least
three digits long (two for a count of a noun the article counts no other
way, with no place after it: "64 aulas" and "Las 46 aulas nuevas", not
"21 schools" and "the 12 schools in the east"; or for money with a scale
word and a measure told no other way: "capital expenditure ... was kept
at R6.8 billion" and "the R8.6 billion capital budget"), the later one exact (the first may be rounded: "about
1,140 passengers a week" and "the 1,410 passengers a week"), in different
sentences (the later one definite: "the 1,410", or a definite noun's
before "of": "the annual payment of £438,000", "La ganancia de $ 83.600
millones", or after "With" opening its sentence: "With 381 sworn
officers, he said, ..."), of no different
subjects or places when both clauses name theirs (a subject filled in
from the paragraph says too little; "Acme employs 1,236 people"
and "Beta employs 1,326" are two firms), of no different
time (nor one told of a time more than a year past and the other of
none; the time of the figure a change is measured from, "down from 1,520
a week in 2019", is none of the figure's own), and told alike (a forecast only matches a forecast, but a figure
after "the", "its" or a possessive is presupposed, so "aims to reduce
the 1,326 patients" is plain). The note says the digits differ only by the swap.)",
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
              R"(Every resolved date (see claimlint(1), dates are pinned against each
document's publication date: "last December" in a story of 2026-01-15 is
2025-12) is bound to the event of its clause: who (the subjects, as for
value-conflict), what (the predicate class: approve = authorize = allow)
and to what (the first name or product after the verb). The same event
dated to days that cannot overlap in two places is a conflict.

Bounds count: "after October" and "since 2023" are open-ended, and a date
in an opening "After a meeting last October, the US authorized ..." only
says the authorization came after October, so it agrees with "December
8". A year a figure is compared with ("8,6 % más que en 2025", "than in
2025", "up 9% on 2025") dates no event. Dates of one sentence are not
compared with each other, and negated,
conditional and disputed clauses are left out. The warning points at the
later report; notes show the other dates.

Within one document, an event named by a noun phrase and a day, "the
gearbox failure on Sunday, 22 June", is one event: "since the gearbox
failure on 24 June" later in the same story conflicts. The phrase must
open with "the" (or "its"), hold two words or more, none a past form, and
end with one of the event_nouns of rules/dates/*.toml ("failure",
"crash", "fire", "outage" ..., occasions of one evening: "the awards
evening", "the opening ceremony", "the gala", and votes of the
electorate: "the special election", "the referendum"); events that
recur ("meeting", "vote", "strike") are not listed. The day may stand
between "the" and the phrase: "in the Feb. 10 special election" and
"the results of the Feb. 17 special election" conflict. One day written
alike twice, its year guessed apart from the tenses, is no conflict.

A clause after "since", "following" or "when" ("desde" in Spanish) names
an event the story told
before: "since her arrest in October 2024" after "Prescott was arrested on
Thursday 14 November 2024" conflicts, as does "when the library reopens
Saturday, June 27" after "will reopen ... Saturday, June 20". The event is the clause's words up to
its first preposition ("since lightning sparked the blaze | in the hills
... on 12 January"); every noun and name of them, and one of its verbs,
must be told with the other date, which is at most 92 days away. Words
are compared by stem ("arrest", "arrested") and within the groups of
event_synonyms ("blaze" = "fire", "sparked" = "broke", "defeat" =
"beaten", "groundbreaking" = "broke ground", "tore through" = "burnt
through", "lifted into place" = "installed" ("izada" = "se instaló"),
"resumed" = "restart", "designated" = "designation",
"adjudicado" = "adjudicación", "inaugurado" = "apertura";
"the day" says when, not what: "ever since the day they broke ground on
Sept. 18"); a date without its year that
a back reference opens lies before publication, whatever else the
sentence plans ("Since the June 9 groundbreaking, ... the equipment it
plans to install"); a score is a word of its own ("since the 24-19 defeat": the
match that ended 24-19). The event may follow
the date ("Since the Jan. 22 declaration", "since Feb. 13, when jurors returned guilty verdicts", "desde el
10 de febrero, día en que el juez anunció ...": back_reference_when;
after an article and a noun of the occasion, "desde la sesión del 21 de
mayo en que se aprobó el aumento" after "aprobó el jueves 28 de mayo un
ajuste a la tarifa", a rise of a fee by any of its names; "since her
guilty plea on July 18" after "pleaded guilty Wednesday, July 8";
"Since the Mica Lake fire was first spotted on July 17" after "was
discovered on Saturday, July 11" ("avistado", "detectado");
"Kessler, who signed on July 20" after "signed centre Jonas Kessler ...
on Tuesday, July 21" (a name, "who" and a past verb); "desde
que el pleno dio luz verde al proyecto" or "gave the green light to"
after "aprobó el proyecto", "approved the plan"), or
a comma may set the date off ("desde su captura, el 19 de abril de
2024"). So does a relative clause after "the" and a noun of event_nouns
set off by a comma ("The strike, which started on 17 January," after "The
strike ... began on Wednesday 14 January": relative_back_references).
Silent when the
clause's own day is told anywhere else in the story (a month around it,
"late September" about "the Sept. 17 landfall", tells no day), when a word makes it
another of its kind ("a second fire", "the previous strike":
other_instance_words; "the new terminal" is the one told before, when
no event noun follows "new"; with the other date, such a word sets apart only
the word after it, "talks over a new shift system"), and for a
clause with no noun ("since it opened"). The note names the words told with the other date.
A word and its object told first with an indefinite article and a day,
then with "the" and another day up to 92 days away, each in the clause of
its date and before it, are one event: "The state government announced a
$A410 million package ... on Thursday, 12 February 2026" and "Ms
Delacroix, who announced the package ... on Wednesday, 11 February"
(indefinite_articles). Silent when the second day is told anywhere else,
when a noun right before the second verb is not told with the first day
("The committee approved a plan" and "the full council approved the
plan"), when a word makes it another of its kind, and when either
sentence moves an event ("postponed", "moved", "instead":
rescheduling_words).

So are one noun after "the" and the participle told of it right before
"on" and a day, with "was" or "were" or a comma between: "The rules were
gazetted on Friday 27 February" and "the settlement rules, gazetted on 6
March" (silent on the same terms).)",
              true, true},
    CheckInfo{"total-mismatch", Severity::error, "stated parts do not add up to the stated total",
              R"(A figure marked as a total ("a total of 400,000", "totalling",
"a combined", "combined for", "400,000 in total", "in all", "altogether", "all told",
"making up the $1.86 billion total", "for a 1,846 total")
after a list of parts of the same kind and measure in the same sentence
(or, when the total is its sentence's first figure, in no clause of
"when", every figure of the sentence before it in the paragraph) that do
not add up to it:

    150,000 chips for ByteDance, 120,000 for Alibaba and 100,000 for
    Tencent, a total of 400,000
    error: 150,000 + 120,000 + 100,000 = 370,000, not 400,000

Figures are read to the precision they are written in (a count in whole
units, "400,000" or "41 seats", is exact; "$1.2 billion" is 1.15 to 1.25
billion); "more than", "about" and
"up to" widen them, so "more than 150,000 ... a total of 400,000" passes.
The error points at the total, with a note at each part. Silent when a
word between the figures makes them no list ("up from", "than", "each",
"including", "of"), a clause of "while" between the parts and the total
holds a total of its own ("two rivals with 27% and 24%, while telecom
units held a combined 18%"), or a figure stands right before another ("two 28-bed
wards, a total of 56 beds": a product), for running or wider totals ("since 2019", "so far",
"to date", "worldwide", "overall"), for parts of other measures or time
frames, and for negated or disputed figures (a condition or a hypothesis
asserts its own arithmetic, as in every arithmetic check).

A sum split "of every" or "for each" of it ("Of every $100 in rates, $34
goes to water, $26 to roads, ..."; "De cada 100 euros, 34 van a ...")
is the total of the money after it in the sentence (three parts at
least, none a change, each less than it; bare numbers are in its
currency); the list may leave some out, so only parts adding up to more
than it are reported. "Of the 612,840 votes, 291,300 ... and 328,540 in
the other 38 towns" ("y 328.540 en los otros 38 municipios", "en el
resto del país") is closed by the part where the rest is. A count and
its parts set off after a comma, each told where it is ("Legislators
introduced 2,314 bills this year, 1,286 in the House and 1,082 in the
Senate"), may leave places out: only parts adding up to more than it are
wrong. "comprised" is a cue like "comprises" ("The 48 items comprised 17
fresh lines, 13 chilled products, 11 cupboard staples and 9 household
goods").

A team's wins, draws and defeats, all three told after the games it
played, add up to them ("after the 18-round regular season with 12 wins,
one draw and four defeats"; "tras 22 jornadas, con nueve victorias,
siete empates y seis derrotas"), and so does a record written with
dashes before "over", "in" or "across" and a count of games, matches,
fixtures, starts, outings or contests ("to finish 14-8-5 over 26
matches", "went 10-3 in 13 games").

A sum told again in another currency ("The project cost US$1.45
billion, or about Rp23.5 trillion. It was financed with US$870 million
in loans ..., US$420 million ... and US$210 million in equity from the
two sponsors") is one total; a count after "from" names a source.

Parts that "accounted for" some of a noun, each after the first with
"for" alone, are parts of the figure a sentence up to three before
totals of that noun ("Closed sales totaled 1,846 last month. ...
Single-family houses accounted for 1,212 of the April sales, townhomes
for 448 and manufactured and other homes for 163."): a last part of
"other" things leaves nothing out and must add up; otherwise only parts
that add up to more than the total are wrong.

A sentence opening "Of those," ("Of them,", "De ellos,") that lists three
parts or more, each told with the same "are", "were" or "son" (later
parts may leave it out) and a word of a kind after it, lists parts of
the nearest figure of the sentence before larger than all of them:
"Keystone Ridge serves 612,000 customers in 14 counties. Of those,
538,000 are residential accounts, 66,500 are commercial and 9,800 are
industrial." Only a sum above the total is wrong, and parts told with a
participle ("70 were hospitalized, 40 were discharged and 15 died") may
overlap and are not summed; a last part of "other" things leaves nothing
out, so a sum below the total is wrong too ("Of that, £34.2m went on
wages, £9.6m on amortisation and £8.9m on other operating expenses").
"Of that," opens one too ("Of that total,", "De ese total,"), and the parts may
say where each came from or went ("went on", "spent on"), in one currency: "Revenue totalled
$31.56 billion. Of that, $22.84 billion came from lending, $6.31
billion from fees, ..."; "De ellos, 22.840 millones correspondieron al
margen financiero, 6.310 millones a comisiones, ...". A total that is
compared with another ("up from $29 billion") is none. Votes cast split
by side ("Of the 49.8 million shares voted, 41.6 million were cast in
favor, 6.3 million against and 1.1 million abstained"; "a favor", "en
contra", "abstenciones") add up to the votes cast when for, against and
abstaining are all told; with two sides only a sum above them is wrong.
Candidates' tallies after a count of votes and a colon (or "Of the
42,870 votes,"), each a name of up to six words and a bare count ("the
42,870 formal votes split this way: Ms Quinlan 17,420, Liberal candidate
Tom Ferris 15,960, ... and Kate Moore 1,180") may leave candidates out:
only a sum above the votes is wrong; so may the tallies of the sentence
after the votes cast, two after a name at least, with no date nor word of
another time in either sentence ("led Angela Fry by 212 votes out of
39,874 cast. Unofficial tallies gave Rutkowski 19,938 votes and Fry
19,726, with 327 votes going to write-in candidates").
A later part may be classed with "as" ("14,306 were men, 11,042 were women
and 239 registered as non-binary").
The whole may open the sentence itself, exact: "Of the 612 farms, 300 are dairy, 200 are
beef and 150 are sheep" (with three counts or more each told what kind
it is, a sum short of the whole by no more than 4% is wrong too: "Of the
61,480 vehicles delivered, 34,210 were Tern SUVs, 18,950 were Kestrel
sedans and 7,320 were Plover pickups"; an area or amount in a unit too,
"Of the 148,300 acres burned, 96,400 are within the Bristlecone National
Forest, 31,200 are on state land and 18,900 are private property"; or
each told where it came from, the verb once: "Of the 18,960
applications, 11,240 came from first-timer families, 4,870 from
second-timer families and 2,310 from singles"; further short, the list
leaves some out); "Of the $22.6m, $11.4m is allocated to road
renewals, $3.2m to bridges, ..." (money set to one use each: "is
allocated to", "was spent on"). So may a list of parts each told after
what it is of, the first with its verb, after a whole with a few words
of its own (or a word or more that name the figure told right after them in the
sentence before, that sentence ending the paragraph before or not: "The
capital outlay has been fixed at Rs 2,310 crore ... Of the capital
outlay, Rs 1,240 crore goes to roads, ..."; a clause of what the last
part is, ", which flooded three wards", ends the list; an aside in
brackets may follow an item, "and other minerals (nickel, mineral sands
and salt among them) $92 million"): "Of the Rs 1,412 crore collected till Thursday, the East zone
contributed Rs 486 crore, the West zone Rs 402 crore, ... and the South
zone Rs 263 crore" (only a sum above the whole is wrong; an amount in a
unit too, "Of the 612,400 tonnes of FFB harvested, Sabah estates
contributed 341,200 tonnes, ..."; a ranking too, "Of the 8.46 million
tonnes handled, containerised cargo made up the largest share, at 3.92
million tonnes, followed by dry bulk at 2.31 million tonnes, ..."). N things, then exactly N figures of
the total's kind, then "together" or "combined" ("juntos", "en
conjunto") and, a few words on, their total must add up: "The three
largest fires - Kettle Rim at 96,400 acres, Sawtooth Gulch at 58,200 and
Cedar Flat at 31,700 - together accounted for 176,300 acres".

A sentence whose every figure is a part told with "with" or "con", three
or more, the last of other things ("and other income, such as fines,
with $12 million", "y otros ingresos, con 12.000 millones"), lists all
of the figure the sentence before totals ("estimated revenue also totals
$412.6 million", "los recursos suman ..."): the parts must add up to it.
A plain list of three sums or more (words and commas between them, "and"
before the last; the later ones may leave the currency out) after a
sentence that totals one sum may leave some of it out, but must not add
up to more: "The club's budget totals $410,000. Sponsorship provides
$165,000, membership fees $98,000, the gate $61,000 and public grants
$96,000." (Semicolons may set the items apart, and Spanish sums in
millions may leave their currency out: "La venta de jugadores aportó
9.600 millones; los derechos de televisión, 7.900 millones; ...".) So may
parts ranked after a budget, revenue or spending told alone ("The
authority's net revenue budget for the year is £312.4m. Education takes
the largest share at £148.6m, followed by social services at £92.3m,
..."), unless the last part is of the "other" things ("and corporate and
other services at £31.2m"), which closes the list: then less is wrong too.

A breakdown closed by "the other" or "the remaining" must add up too:
its parts are the figures of the total's kind from "of those" ("of
them", "of these", "of which", "of whom", "de ellos", "de los cuales")
to the remainder ("38 miles away" is no part), its total the figure of
its kind just before "of those" (over a share, a ratio such as "uno de
cada seis" and what the total is compared with, "frente a los 11.020"),
in the same sentence or the one before it in the paragraph; a figure
right before "of them" is the first part, not the total ("made up 46
percent of them, police calls 38 percent ..."); a sentence may open on
its total, "Of the 1,240 votes,", "De esos 1.240 millones, 460 irán a
carreteras, ... y los 210 restantes a obras" (bare parts after a total
in millions are in millions too):

    The plan adds 310 posts. Of those, 120 are police officers and 45
    are firefighters; the other 155 work in parks.
    error: 120 + 45 + 155 = 320, not 310

A sentence opening "Of the $184.5 million," names the total itself
("Of the $184.5 million, public safety takes $71.2 million. ... the
remaining $19.1 million."), as does a first part written with it
("5,200 of the 12,500 homes would be let ..., 3,100 sold ... and the
remaining 4,600 ..."). "Those three intakes" (these, esos, estas) takes up
as many figures of the sentence before, in the paragraph, each of the
total's kind and none a change's, and the figure after it is their
total ("took in 2,310 overseas students that year, then 2,045 in 2025 and
1,790 this September. Across those three intakes it has recruited
6,445"). So does "the three" said together ("Entre las tres entidades
sumaron 4.283 millones", "Together, the three parties won 955 seats"),
whose figures may be told over the three sentences before, exactly as
many back to a sentence's start. A group split between women and men (girls and boys, mujeres y
hombres) leaves no one out: "Of the 48,215 registered jobseekers, 27,904
are women and 19,811 men" must add up.

So must the parts a composition cue lists after a total (a colon after
the total and a few words of what it counts: "cuenta con 24.300 alumnos
matriculados: 15.200 en grado, 6.100 en máster y 2.400 en doctorado",
"48,310 patients were on the waiting list at the end of December:
21,450 at Northgate, 17,930 at St Anne's and 9,130 at Riverside"; the
number of the parts may stand between, "carried 1,462,600 passengers on
its three routes in 2025: 612,400 on ..., 488,900 between Kilvaig and
..."; a
dash for the colon, "23 full plow-outs since the season began - three
in November, seven in December, ...", whose dates are the parts'; up to
twelve words and dates between, or an aside of how the count changed
("con 31.450 empleados, 1.240 más que doce meses antes: 18.200 en
España, ...") or of how the whole is spread ("9.860 asociados,
distribuidos en tres municipios: 4.120 en El Tambo Alto, ...", "spread
across three towns:"), and no verb after the parts ("...
and 17,930 at St Anne's were the largest groups" names some); parts
that are each a clause, a verb right after the first ("1,021
participants received medical attention: 842 were treated at stations,
163 in the tent and 31 were taken to hospital"), may leave some of the
whole out, and only a sum above it is wrong; a cue that
counts the parts the next sentence lists, exactly that many, closed by
"and": "El gasto se reparte en cinco grandes bloques. El de personal se
lleva 112,5 millones; ...; y la carga financiera, 21,0 millones.", the
total the one figure of their kind up to two paragraphs before, not of
an earlier year; N things (two to twelve) that did a total together, then
a sentence of exactly N parts, each after a name and closed by "and":
"The service's four emergency departments handled 48,900 presentations.
Mackenzie Base Hospital treated 21,300 of those patients, Port Elwood
Hospital 13,800, ... and Carlow Hospital 4,600." (each of the N named
once: none is left out);
a quarter's total and its months told one by one, every month of it
once, up to three sentences after it: "412 hours without scheduled power
in the first three months of the year ... 128 hours in January, 131
hours in February and 163 hours in March" (the first three months of a
year are its first quarter, the first six its first half);
"made up of" (each part may be named first: "made up of player and
coaching salaries of £6.3m, ... and match and event costs of £3.6m"),
"comprising", "consisting of", "split between", "broken down into" ("breaks
down into"), a total in a relative clause before its parts ("gastos, que
sumaron 6,21 millones, la plantilla se llevó 3,62 millones; ...",
"which totalled"), a
verb of dividing, a few words and a colon ("which Treasury carves up
four ways: $8.2bn for transport, ..."; the year the total is for is
passed over, and so is the span it is for when the parts are no lengths
of time: "capital spending of R3.8bn over the next three years, made up
of R1.6bn for ..."), and the sources of money: "paid for with", "funded by", "financed through",
"to come from" (each part named by its source; "most of", "partly", "mainly" before say the
sources named are not all), and what closes a gap told in the sentence before: "faced a
$9.8-million gap ... The approved plan closes it with $4.4 million drawn from reserves, $3.2
million in cuts ... and $1.9 million saved ..." ("closes", "covers", "bridges", "plugs" or
"fills" it, the gap or the shortfall, "with" or "through"; or in one
sentence, "close the £24.1m gap with £7.8m from tax, ..."; the last part
may be told in brackets after its item, as in "... and an oxygen plant
(KSh120 million) ...");
in Spanish "se divide en", "se reparte entre" ("se reparten en"), "desglosado en",
"compuesto por", "financiado con"), in the total's sentence or in the
next one when it opens "It", "This", "The", "Those", "El plan" ...
("must find £9.8m of savings over the year. Those will come from £4.1m
of reductions ..., £3.2m from ... and £2.9m from ..."; also the
first sentence of the next paragraph), else in the paragraph or the two
before it when one exact figure of the total's kind, larger than the
first part, stands there ("asciende a 386,4 millones de euros" ... "el
gasto se reparte en tres grandes bloques: ..."; what a figure is compared
with, "9.9% mayor que los 2,590 mdp", is none; a figure before the cue
that is no total stops the search, and so does a cue whose subject is
what is left, "El resto de los gastos se reparte entre ...", unless the
sentence before tells the part taken of a total, "Personnel costs
account for $31.2 million of the $48.6 million plan. The rest is split
among ...": that part joins the parts of that total), when the list closes on a figure
("... and $82 million for centres", or in Spanish "..., y deuda, con 3,9
millones", "..., y los traspasos de jugadores, 4,3 millones"; or on an
average, "... and an average of £71.60 for parish councils", when the
total's sentence calls it an average or typical before it: "the average
Band D household will pay £2,271.96"); the rest told after the last part
with ", with" ("..., 54 to Devane and 61 to Bracken, with 28
non-transferable" of 1,340 votes) makes up the whole; parts
ten times smaller or larger than the total are no parts of it ("tickets
cost $8 for adults and $5 for students. Gate receipts totaled
$151,300"); "three items:" before the parts is
none of them, and an amount listed after money without its currency
("21,5 millones de euros ..., 14 millones ... y 9,5 millones", "con 18,3
millones de euros; ..., con 14,7 millones") takes it, as a total
without its currency takes the parts' ("Los 3,9 millones de inversión se
reparten entre cuatro grandes actuaciones: 1,2 millones para ...,
950.000 euros para ..."). Rounded half up, each figure stands for its
value give or take half a unit, the upper end left out: parts whose sum
only touches the total's interval at an end do not meet it ("£1.9m,
£1.1m and £0.8m" make at least £3.65m; "a £3.6m fund" is less).
Parts may count nouns of one class ("140 roles, 95 posts and 65
positions" of "the 310 posts"), or nouns of several in a plain list, each
part and its noun then "," or "and" ("a fleet of 58 aircraft comprises
34 narrowbody jets, 16 regional turboprops and six widebody aircraft";
"Total enrolment now stands at 18,640, made up of 11,920 undergraduates,
4,310 taught postgraduates, ...": a bare total whose sentence names its
noun; "The 1,900 cuts break down as 850 positions in Oregon, 620 at ...
and 310 at ...": the first part names its noun, the others leave it out
and say where they are;
not "12 hospitals with 3,000 beds", nor a whole glued to its noun, "the
12-storey tower comprises ..."); an age that says which members ("1,310
senior members aged over 65", "3.110 jóvenes de entre 14 y 25 años") is
none, nor does it break a plain list. A part without a figure, "the rest",
"including" before another part, or sources named as only some ("partly
funded by", "mainly") leave it alone, as do other things after the list
("plus other income"), but not a last part that is itself the rest ("...
and $2.1 billion for all other departments"); "including nurses" after
the last part only ends the list:

    The council approved a $310 million capital programme. It is made
    up of $145 million for roads, $98 million for water, and $82 million
    for community centres.
    error: $145 million + $98 million + $82 million = $325 million, not $310 million

So must a list or plain-text table under a caption ending in a colon
or under a heading of its own ("Revenue by division", no figure in it),
one label and one figure a row, the row's change after a comma allowed
("- Warehousing: 131.7m, up 9.8%"): its total is a row labelled "Total"
(first or last; "Group" alone closes a list of divisions, "Group A" is a
row), else the one figure of its kind in a caption that
announces the breakdown ("as follows", "made up of", "breakdown",
"split"); "includes:" announces only some parts. A breakdown or list
more than 20% off its total is taken to break down something else:

    Seats by party:
      Greens   41
      Liberals 33
      Labour   21
      Total    96
    error: 41 + 33 + 21 = 95, not 96

A header row may stand between the caption and the rows ("Party
Seats"). A table's label is its first cell, whatever figures it names
("18 to 64 | 340"), and a table typed as text ("| North | 41 |" under
"|---|---|") is read as a Markdown one, as is a plain-text table whose
columns are set apart by spaces ("Gas   6.1   6.5"), under a header row of
dates ("Source  Q1 2026  Q1 2025") or none. A Markdown or HTML table needs no colon: its rows are read the
same way, cell after cell, and a table of several columns ("Terminal |
2024 | 2025") is checked column by column against its "Total" row (a
cell with a dash alone, "| 13,362 | - |", leaves its column unread, not
the row);
a header whose last cell is "Total" ("| Year | Primary | Secondary |
Total |") makes each row add up to its last cell; rows after the
"Total" row ("Total valid votes | 2,136", then "Rejected ballots | 12")
are none of its parts; a caption that announces a breakdown with no
figure of its own ("The money is split between:") takes the one figure
of the rows' kind of the sentence before it ("divided among",
"allocated", "se reparte" announce one too), and a row may give its
figure first ("- £168m on smart meters", with figures of other kinds
after it: "- $64.2 million for roofs at nine schools"); an item that
opens with a figure of the rows' kind but is not read as a row leaves the
list unchecked, its parts not all known; the rows end where
the table does (the prose after it is no row);
columns of percentages or of signed changes ("+3.2%") are not added, nor
a list with a part of a part ("of which online"), a subtotal or an
average among its rows:

    | Department | 2026 | 2025 |
    |---|---|---|
    | Health | 98.4 | 92.1 |
    | Education | 61.3 | 58.8 |
    | Transport | 31.2 | 30.5 |
    | Total | 195.9 | 181.4 |
    error: 98.4 + 61.3 + 31.2 = 190.9, not 195.9)",
              true},
    CheckInfo{"percent-change", Severity::error,
              "a stated percentage change does not match the figures it relates",
              R"(A change stated beside its two figures, "from A to B" or "to B from
A" ("to B, from A" and "to B, up from A" too, with a time phrase
between: "fell 14% last year to B from A"; "from A in 2024 to B in
2025, a 25% increase", "de A a B hacia 2050, un incremento de N%" ("para
2050"), "to B on Saturday, an increase of N"; "rose N% year-on-year to B
from A" ("interanual", "annually"); "from A to B between December 2024 and December
2025, an increase of N%"; "from A when it won its contract in 2023 to B";
"desde el A hasta el B, un avance del N%"; "creció un N% hasta los B,
frente a los A ...", an aside in brackets after B passed over; "doubled its support, from A to B" ("duplicó su
apoyo, del A al B"); "will see the capacity double from A to B" (the bare
verb right before "from"; after a modal a comma may stand between,
"the average bill will double, from $410 to $1,230"; after an infinitive
or a modal, right before "to" B: "expect shipments to double to B from
A"); "crecieron 35%: pasaron de A a B", "subieron un 35 %, pasando de A a
B"; how long between the change and its figures: "subió un 11 por ciento
en un año, de A a B", "rose 11% over two years, from A to B", and what
grew, "have doubled in value over five years to B from A"; a
paragraph opening "That is up N% on the A ..." after the one that tells
B; "more than doubled, to B so far this year from
A" (up to four words of when between); "more than doubled, rising to B from the A officials
first offered"; "fell N% to B in its second weekend, down from its A debut";
"drew B fans to Riverside Park this season, up N% from A"; "B sacos de
60 kilos, N% más que los A sacos" (the size of each thing counted, in a
unit, after "of" or "de"); a change
named by a noun after its percentage, then a verb that carries what
changes: "a 4.9 per cent increase would lift the monthly bill to B from
A"; a date between the change and its figures: "doubled in October, to
B from A"; a rate after B: "to 0.58 homes per outlet per week, from
A"; Spanish perfect tenses: "han pasado de A a B, un N% menos", and the
future: "pasará de A a B" (no range); "B, un
alza de N% frente a los A", "una baja de N%" (A may leave out B's currency); "duplicó su
tráfico en el semestre, al pasar de A a B"; a factor
since a date whose clause tells A: "B, a figure that has nearly halved
since 2016, when A enrolled" (B before the factor, or after A's clause:
"has more than doubled since 2019, when A people used the line, to B";
"se ha reducido a la mitad desde febrero de 2022, cuando sumaba A, se
situó ... en B"), "nearly halved" allowing up to 0.62 times;
"rose N% and reached B, compared with A", "to
reach B", "crecieron N% y llegaron a B, frente a A"; a share's whole
before the time phrase: "fell to B of the soybean acreage this season
from A a year earlier, a decline of N";
in Spanish "pasó de A en 2024 a B, un 25 % más", "al pasar de A en
diciembre de 2024 a B al cierre del pasado año, un 12% menos", "subió
del A al B",
"escaló hasta los B desde los A, un salto del N %", "retrocedió de A a
B en los últimos cinco años, un descenso del N %",
"bajó de A a B, un descenso del 21 %"; "has tripled over the past 12
months to B, from A"), or in the sentence after B
("Sales reached $56 million. That was a rise of 12% on the $45 million
of 2024"; "This represents", "Esto supone", the figure named: "The
figure was", "El dato supone un aumento del 12,4% respecto a los 38,6
millones"; the difference: "That was £1.8m lower than the previous
year's £30.9m"; A first: "That compared with 3,200 a year earlier, a
rise of 22 per cent" (which may open the next paragraph), "That was up
from 37.2 per cent in 2023/24, a rise of 4.4 per cent", "Frente a los 4,870 millones registrados en el
mismo mes de 2025, el monto implica un avance anual de 9.3%"), or after the figure it
ends at ("B, up N% from A", "B, N% more than A", chained with "and";
the difference itself: "B, down 340 on last year's figure of A", "from
A in 2024 to B in 2025, that is, 357 fewer" ("es decir, 357 menos");
a time phrase after A: "to B from A the year before, a rise of N%",
"from A this year to B in 2029-30 – an increase of N%", "to B next
financial year, an increase of N", "to B after six months, an increase
of N%"; what a change is measured against, named between it and its
figures: "climbed 22 per cent on the previous poll in 2014, from A to
B"; a short clause between B and its verb, "The 68 league goals they
scored were 24% more than the 52"; a financial year with a slash
between A and "to": "from £16.5m in 2024/25 to £21.4m", or after B:
"to 4.1 million tonnes in the 2026/27 marketing year from 3.4 million";
a relative clause after a bare A ("1.845.300 toneladas, frente a las
2.012.600 que se contabilizaban a la misma fecha de la campaña 2024/2025,
lo que supone un descenso del 12 por ciento");
a figure told again between commas after A or B: "more than doubled to
B, or $1.07 a diluted share, from A"; a change verb, N% and a bare A
whose noun is that of B in the sentence before ("con 1,52 millones de
turistas. Las llegadas de británicos crecieron un 3,1% frente a los 1,41
millones de abril de 2025");
a relative clause that names the change: "B, against A in 2024, which
the company presented to investors as a 21% improvement";
a verb of being instead of the comma, or an apposition then one: "B was
12 per cent higher than the previous year's A", "B, the standard
measure of ..., was 12 per cent higher than A";
"B, a 12% rise on last year's A", "B, an increase of 6% over the
previous A", also after a clause of attribution: "B, according to
figures released on Thursday, a 9% rise over A"), or after a
comparison ("B, compared with A a year earlier, an increase of 16%";
"against", "versus" and "up from" too, a length of time after A ("up
from 37% five years ago"), an attribution before the change ("up from
£488, the company said on Tuesday, a rise of 13%"); "which is an
increase of"; in Spanish "B, frente al A de 2021, lo que supone un
aumento del N %", "frente a los A"; "rose 12.6% to B in the year to
December 31, compared with A in 2024." at a sentence's end; a phrase of
when after B: "to B in the year to March, from A a year earlier",
"doubled to B in the six months to 31 December from A"), or in Spanish
"B, un 12 % más que los A" ("menos que", "superior a", "inferior a";
a colon may set the change off: "contra el 29,8% de febrero: un salto
del 1,4%"; a bare A takes B's scale word: "hasta los 45,1 millones,
frente a los 38,6"), or
"B, un 12 % más" (", 12% more") closing a clause, measured from the one
figure before B in the sentence
that compares with it ("se calculó en 62 millones; hoy asciende a 71,3
millones, un 12 % más"; none when B is itself compared with "frente a",
"than" or "from", or told in a clause of "when": "ganan 410 estudiantes
..., cuando tenían 3.770, un 10,9 % más"), that the figures contradict.
A bare A after "the" or "los" takes the unit of B it leaves out ("56
millones de euros, un 12 % más que los 45 millones"), and between "from"
and "to" (or "to" and "from") a bare figure takes the other's currency
("al pasar de 2.310 euros en mayo de 2016 a los 3.980 actuales", "hasta
412 millones de dólares, desde los 362 millones"):

    rose 25% from 80 to 120         error: from 80 to 120 is a rise of 50%, not 25%
    from $80m to $60m, a rise of 5%  error: ... is a fall of 25%, not a rise
    doubled from 40,000 to 70,000   error: ... is 1.75 times, not double
    halved, tripled, quadrupled; "a threefold increase" (3 or 4 times);
    "se duplicó", "se duplicaron, al pasar de A a B", "se ha triplicado";
    "duplicara sus llegadas, que pasaron de A en el verano de 2025 a B";
    "with starts doubling to B from A"; "fell by half", "cut in half",
    "cayó a la mitad"; "halved in two months: from A to B";
    "ha duplicado sus usuarios en un año: ha pasado de A a B";
    "crecieron un N %, hasta B, desde las A" ("hasta" after a change is
    no bound);
    "would pay 8.4% more, with its monthly bill climbing from A to B";
    "nearly doubled from four years ago, climbing to B from A" (up to
    twelve words between: "tripled in the week after Odom appeared on a
    late-night talk show, climbing to B from A"); "subió un N%, de A a
    B"; "doubled from a year earlier, to B from A"; "se redujeron a la
    mitad, de A a B";
    "has tripled: the company has flown B so far in 2026, compared with
    A in all of 2025"; "light rail accounted for B boardings. Light rail
    posted the strongest gain, up N% from A boardings" (B the one count
    of A's noun in the sentence before, told of what this one opens
    with); "A total of B new homes were completed last year.
    Completions rose from A in 2024, an increase of N%" (B the one count
    of the sentence before, also ending the paragraph before, when the
    sentence tells no other figure before N; with no count there, the
    latest count of the noun the sentence opens with, two paragraphs
    back at most: "Of the B completions, ... Completions were up from A
    the previous year, an increase of N%"); "exports reached B in
    January. ... With that, shipments showed an increase of N% from the
    A sold a year earlier" ("Con ello", "With that", "This" opening it, N
    and A its only figures, B the latest figure of A's kind within a
    factor of three of A, two paragraphs back at most, alone of its kind
    and size in its sentence)
    (a possessive or "the average" after "with": "Revenue rose 12%, with
    cloud sales climbing from A to B" tells of a part)
    4,000, 50% more than 3,000      error: ... is a rise of 33%, not 50%

"duplicó con creces" is "more than doubled". A factor the two
figures make when read in the other order is no sign of a slip: which
one is the figure before is then not clear ("ha duplicado con creces su
alumnado: en su primer curso contaba con 9.400 estudiantes, frente a
los 27.600 que prevé tener este año").

The change is a verb or noun of rising or falling with its percentage
just before "from" ("rose by 25%", "an increase of 25%") or just after
the figures (", up 25%", ", a drop of 10%", ", a 25% increase", "- a lift of
7.4 per cent"; a unit's abbreviation in brackets may follow B: "to $10.25
per kilogram of milksolids (kgMS), up from the $9.70", "rose 18 per cent to
A$1,940 an ounce of gold on a by-product basis, from A$1,720", as may a rate's
"per" and its word, then its abbreviation: "fell to 1.21m barrels per day
(b/d) in October, down 12% from 1.43m b/d"; what the change is measured
against may follow it, "up 41 per cent year-on-year from SAR 236m", "cayó
9,6% en la comparación interanual, de US$ 426 a US$ 412", "un 12,4% más
interanual frente a los 1.560 millones"; A may be named first ("to
GH₵2.91 billion from the original contract sum of GH₵2.34 billion"), and
B may open the sentence with a verb of what it amounts to ("Los 341
millones de pesos obtenidos por boletos y abonos representan un
incremento de 24% frente a los 289 millones"); so may a share's
whole: "21.4% of the district's 66,300 registered voters, up 6% from the
15.4%"). An
"improvement" ("improved", "mejoró") gives the size of a change and takes its direction from
the figures (a date it is measured against may stand between: "mejoró 3,1%
respecto de agosto del año pasado, al pasar de 78,5% a 81,6%"): a waiting list that falls from 7,000 to 6,100 improves by
13%. The next sentence of the paragraph may name the change of the
sentence before with a demonstrative ("Sales rose to $50m from $40m.
Analysts welcomed that 30% rise."; "ese aumento del 30 %"), open with it
("Sales stood at 3,871, against 4,126 a year ago. The drop of 285 ...";
"That fall of nine, a drop of around 31 per cent, ..." sizes it twice),
or restate it ("That represents a drop of 11 per cent", "That means the
rate was 16.7% higher than for placebo" after "38.2%, compared with 21.5%";
"That is 1.3 per cent higher than the 8.2 per cent increase" after the
one percentage "an average 9.5 per cent increase", also ending the
paragraph before,
"Put another
way, Sunday use grew by about 22 per cent",
"In other words", with no other figure; "the improvement, a fall of 13
per cent," anywhere in it; "La reducción, del 18,2 %, ..."
opening the next paragraph too, as does "The load factor gain of 3.5
percent", which may also look past one sentence that tells no change,
and what is said opening with the change named: "Board chairperson Dr
Meenakshi Kulkarni said the improvement of 2.8 per cent over 2025"),
when that change is its last
figure and states no size itself; "that 30% rise in costs" names
another. A sentence whose one figure sizes a change in percent and
names its measure in two words or more ("Officials welcomed the 25% drop
in the jobless rate"; "the decline in the vacancy rate - a drop of 4.4
percent") reads the latest change of the eight sentences before whose
figures follow the same words ("The jobless rate fell to 5.1% from
6.0%"; a list row "Nursing vacancy rate: 9.8 percent, down from 14.2
percent"), unless a time of its own is next to it ("since 2019", "over
the decade"). A comparison that ends its sentence ("B, against A a year
ago.") is such a change when B is the one figure before it. An average
set after the level ("totaled 23,460, an average of 4,692 fans per
game. That is up 50 percent from 15,640") is not the figure "That"
names; nor is what a change of that sentence is measured from ("was 18.4
billion yuan, up from 15.6 billion yuan a year earlier. It was down 3.7%
from 19.1 billion yuan": "It" is 18.4 billion); nor is a part after "including" ("Suppression costs reached $148
million, including $97 million for ground crews, ... and $13 million
for equipment. That is up about 42% from the $104 million": "That" is
the whole before "including"; nor is any figure before when the
sentence tells a difference and a percentage that agree with each other,
"It is KSh500 million higher than the KSh3.7 billion ..., an increase of
13.5 per cent", which tell B themselves). What B is for may stand
between B and its change ("$18.4 million to run the jail in 2026, a 21
percent increase from the $16 million"). The two ends of "up N% from the A" may
count by an exact noun and by a word for any such count ("148,600 coho
..., up 41% from the 112,400 fish": fish, animals, birds, people,
vehicles). A change may be stated as a fraction in words ("a
rise of almost a quarter"), which allows a tenth of the fraction either
way beyond its hedge, or as the difference itself in the figures' kind
and unit ("from 412 to 377, a drop of 45"; "from £4.1m to £5.3m, an
increase of £1.4m": error: ... is a rise of £1.2 million, not £1.4
million), allowing for the rounding of all three; "tripled, from A to
B" is read as "tripled from". Each figure counts with its
written precision and qualifiers, so "rose 33% from 3 to 4" passes, and a
stated change may be cut rather than rounded: up to one unit of its last
digit above its rounding, never below ("8.2%" of 8.25%; "8%" is 7.5% to
9%, so 8.25% is never "9%"); "almost 15 per cent" is 13.5% to 15%,
and a bound is quoted in the message as written; two figures a
thousandfold apart are read at two scales and compared with no change;
"doubled" allows 1.8 to 2.2 times, "more than doubled" twice and more
(within the rounding of A and B: 1.95 times is not), "halved" 0.45 to
0.55, "more than halved" 0.55 or less ("were
more than halved, falling to B from A"), "nearly halved" and "cut nearly
in half" up to 0.62, "cut roughly in half" 0.4 to 0.62 (a bare A takes
B's unit, a length of time too: "to 158 days from 212"); "doubled in 2025, from A at the start
of the year to B" is read across the phrase of when. The error
points at the percentage, with notes at A and B, and a fix-it replaces
the percentage with the figure A and B imply (none when the direction is
wrong). A change between two percentages stated as their difference is
left to percentage-points.)",
              true},
    CheckInfo{"percentage-points", Severity::warning,
              "a change between two percentages stated in percent instead of points",
              R"(A change between two percentages is a difference in percentage
points: from 5% to 7% is a rise of 2 points, or of 40%.

    rose 2% from 5% to 7%      warning: from 5% to 7% is a rise of 2 percentage points (40%), not 2%
    rose 40 points from 5% to 7%   warning: ... (40%), not 40 points

A note carries the fix-it ("2 percentage points", or "40%" for the
reverse), since only the writer knows which was meant. Points that match
neither figure are flagged too. Silent when the statement is right:
"rose to 7% from 5%, up 2 percentage points", "rose 40% from 5% to 7%",
and when only the direction word disagrees with the right points ("the
cost ratio improved to 52.4% from 54.1%, a gain of 1.7 points").
The points allow for the rounding of the two percentages; the relative
change is taken from them as written, give or take one unit of the
stated figure's last digit, so "fell to 4% from 5%, a drop of 1%" and
"86.3%, up from 83.0% - an improvement of 3.3%" (4.0%) are flagged, and
"86%, up from 83%, an increase of 3%" (3.6%) is not. The patterns are those of
percent-change, the sentence after B's included: "65.2% were seen
within four hours. That was a fall of 6% on February 2025, when the
figure stood at 71.2%" is a fall of 6 points, and the sentence after
the change: "The ratio strengthened to 181% from 168%. Directors hailed
that 13 per cent rise" is a rise of 13 points.)",
              true},
    CheckInfo{"ratio-mismatch", Severity::error,
              "a stated ratio is contradicted by the figures it relates",
              R"("N times", "twice", "half", "a third", "two thirds", "a quarter",
"one in four" ("one in every four", "one of every four", "one out of
every four", "uno de cada cuatro") stated beside the two figures it
relates, in one sentence, when their actual ratio differs; a fraction
after "meaning", "lo que significa" or "es decir" restates the one
share before it in the sentence that is no change and nothing is
compared with ("se situó en el 13,9 %, tres puntos por encima del 10,9
%, lo que significa que casi uno de cada cinco coches ..." is an error):

    sales of $30 million were three times the $15 million of last year
    error: $30 million is 2 times $15 million, not "three times"
    laid off 120 of its 400 staff, one in four
    error: 120 is 30% of 400, not "one in four"

Forms: "A, RATIO the B" (also "RATIO as much as B", "half of the B";
a phrase of the period may follow A: "a profit of $187m for the six
months to 31 December, more than double the $96m", "312.000 viajes en
un día laboral, cuatro veces los 96.000 viajes", "51,400 passengers in
October, three times the 21,900", or of where: "9,050 students on its
books, making up one in three of its 36,200 enrolments", or of a rate's
period, up to five words: "96.000 pasajeros al día, el triple de los
41.000", "11.800 kilos por hectárea, casi el triple que los de secano,
que promediaron 5.900 kilos"; or A opens the sentence after "With", the
clause of the ratio right after its comma: "With 980 licensed beds
across its four campuses, St. Brigid has more than three times as many
beds as Valley Regional, which is licensed for 410"; B may follow a
name's possessive, "as many as Valley Regional's 410"), or its adjective: "unos 32 mil usuarios
diarios, el doble que la estación Tlacopa, donde se esperan 19 mil 500"
("19 mil 500", up to three digits right after a thousand, is 19,500); A
told again per unit after ", or" is
A's restatement: "$71.3 million, or 42 cents a share, nearly double the
$36.2 million" compares the $71.3 million (nouns of one
class of rules/bind measures relate: students and enrolments, passengers
and travellers; "1,130 yards this fall, twice the 812 yards"; a
superlative, its noun and "of" may come before B: "6,120 fans, twice
the season's lowest crowd of 2,040", as may "the", a noun of up to two
words and "of": "42.8 lakh tonnes, nearly three times the groundnut crop
of 21.3 lakh tonnes"; a verb in the past and its object, up to four words, may come
after A: "486 students reached the Exceeding category, twice the 318
recorded in 2025"; a fraction restated after a comma:
"about a third of a typical vehicle's daily takings, costing R1,150 out
of the R2,300 a taxi brings in"; B in a
clause of "que" or "which" after what it is of: "con 11.240, el triple
que oftalmología, que acumula 5.620" (up to four words on, or seven when
B is of A's kind: "triplica la generación local, que con la nueva unidad
asciende a 1.120 megavatios"); "el triple de la capacidad actual de
38.000 toneladas diarias" (what B is, then "de"); two figures set against each other,
then the ratio: "702 votos a favor frente a 351 en contra, el triple de
apoyos que de rechazos"; a count named right after "times the" is compared
whatever its noun: "96 cruise calls in the 2025-26 season, three times
the 48 ships that berthed two seasons earlier", unless a count of its
noun stands before the ratio, which is A: "will carry 450 passengers and
110 cars, more than twice the 220 passengers allowed on the old vessel";
an aside between dashes after A is passed over: "forced 30 turnovers —
19 interceptions and 11 fumble recoveries — twice the 15 takeaways");
the verb right before A told again right after B ties the two across up
to sixteen words of A's: "The metro spent R1.4-billion buying electricity
from independent power producers in the 2025/26 financial year, more than
three times the R620-million it spent in 2023/24"; A with a verb after
its auxiliary ("31,200 people had registered, nearly three times the
13,900 who signed up"), with a time after "by" or "through" or a year
before a noun ("grew to 18,400 acres by Thursday evening, nearly triple
the 9,100 acres"; "for the 2026 edition"), or opening the sentence as the
subject of the ratio's "are" ("The 221 permitted through September are
more than three times the 96 issued"); a Spanish verb of a
factor after ", lo que" (A before it, up to nine words of what it is
between) or after "y" with "that of" as its object ("y triplica ya al de
América Latina"), B of A's kind in the clause after the object's comma
("que", "cuando", "donde", "de", "con"): "llega a 298 días, lo que
triplica la de cirugía general, de 142 días";
A may carry what it is of: "186.400 toneladas de limón, el doble de las
112.300", "9,800 tonnes of Matarau butter – three times as much as the
4,900 tonnes"; a gerund of a factor: "$214 million, tripling the $96
million", "US$ 214 millones, triplicando los US$ 96 millones"; a
Spanish present of a factor before an article: "Las altas nuevas, 4.920,
triplican las del curso pasado, que fueron 2.460"; a verb of
a factor after "and" and what doubled, of the same subject, then what it
is compared with: "con 3,2%, y su ritmo se duplicó respecto del 1,9%",
"rose 3.2%, and its pace doubled compared with the 1.9%"),
"RATIO as many N1 as N2" between the one count of each noun in the
sentence ("1,200 women and 500 men, twice as many women as men"; a verb
of a result stands for its noun: "With six wins, one draw and 13
defeats, they have lost three times as many games as they have won"),
"RATIO ...: A against/versus/compared with B" (A may carry a few words
of what it is, set off by a comma: "roughly half ... - £1,140 a month
for a typical flat, against £1,720"; a verb of a factor before the
colon, "triplicó a Gómez: 6.420 votos contra 2.870", unless "compared
with" follows, a change percent-change reads), and for fractions "A of
the B, or RATIO", "RATIO of its B, A of B" ("a third of its points, 14
of 34", "un tercio de sus puntos, 14 de 34"), "Of the B ..., A were ...,
or RATIO" (a length of time between is no part: "1,510 waited more than
24 hours ... - one in five"; also after a
dash, "- roughly one in four of the outstanding total", or closing the
sentence after a comma, ", half of the development."; or after a few
words of what happened to them: "1,240 of the 9,800 trains timetabled
during the year were cancelled - more than one in five"; or between
commas: "297 of the 824 patients taking the pill, roughly one in four,
and ...", or "nine of its 58 branches this summer, about one in five of
its locations, as ..."), "RATIO NOUN, A
of the B" ("almost one in four respondents, 42 of the 240"; "About a
quarter of wheat loads - 9,870 of the 61,400 delivered"; "más de un tercio
de los empleos de construcción, unos 1.200 de los 4.800"), and "RATIO of
the cost, A, with the remaining B" (the whole is A + B). Across two
sentences of a paragraph: "Kessler scored 21 goals ... That was twice as
many league goals as Procter, who managed 14." (A is the one count of
the noun in the sentence before, B the one figure after the ratio); "as
many as" compares two counts whatever their nouns, and a period may
follow A ("sold out 19 games this season, nearly three times as many as
the nine sellouts it had in 2025"; "84 new entrants this term, three
times the 42"), and with "as many as" a verb and its object (three words
at most: "Only 5,940 candidates wrote mathematics, half as many as the
8,910 who ...", "half as", "a third as" and "a quarter as" too; or up to
ten words of what was done to A, a passive opening no other clause,
before "as many as" or "N times the B": "Some 3,120 cancellations were
put down to a lack of drivers or guards, three times the 1,560 blamed
on ..."); lengths of time compare too, what
they are for between ("waited an average of 14.2 hours for a bed, three
times as long as the 7.1-hour average"), and a length of time before the
comma is no A ("9.6 million visits over the five days, double the 4.8
million", "1,140 operations in its first four weeks, almost twice the
580"; a length of time is compared with another only); a verb of a factor joined to A by
"and" and "thereby" ("subió 2,7% y duplicó así el 1,8% de julio", "rose
2.7% and thus doubled the 1.8%"; without "así" or "thus" the verb may
double its object); a
time and the clause it opens: "28,400 season-ticket holders, triple the
number of five seasons ago, when it had just 11,900" ("el triple que hace
cinco temporadas, cuando ... contaba con 11.900"); "That
is more than double the 81 properties flooded in 2020" takes A, the one
count of properties, from the sentence before, also at the end of the
paragraph before. An
average per unit of time ("2,340 visitors in its first six days, an
average of 420 a day"; "averaging 420 a day"; "worked out at roughly 72
holes filled every day"; a count restated as a rate: "booked 9,855
people last year, or about 31 a day") is the count nearest before it
(no rate itself: "22,000 vehicles a day"; none smaller than the
average: "two rainouts") over the one
length of time in that unit before it in the sentence (matches, games,
fixtures, home dates and openings, partidos and encuentros, are one
kind), give or take 3%
and its hedge ("more than 24,000 a game" is written as it stands); an amount in a unit averages the amount nearest before
it in that unit ("9,600 tonnes of salt over 32 nights, an average of
about 400 tonnes a night"); another rate between them relates the count
and the length, and the average is of something else ("11,600 hectares
in under five years, or roughly 2,500 hectares a year, compared with an
average of just over 2,600 hectares a year since 2019"); a length told
as an upper bound is open below ("in under five years" makes at least the
count over five); in Spanish "una media de 2.600 diarios",
"una media diaria de 15.200",
"un promedio de 40 al día", "al mes". With no length told, the period
the count is bound to, when it ended by publication, is the length: "En
marzo ... sumó 74.400 usos, una media de 2.600 diarios" (31 days);
"atendió a 41.610 pacientes a lo largo de 2025" and, in the next
sentence, "una media de 127 pacientes diarios" (a count of R's noun in
the three sentences before, back to two paragraphs). A rate per so many people ("a rate of 14
burglaries for every 1,000 residents", "per 1,000 inhabitants") is the
count of its noun nearest before it (within six sentences, no change's
baseline, no count of what was done: "hired 97 officers"; none when
another count of the noun there disagrees) over the population named in its sentence ("with a population
of 155,000", or a count of people: "spread across its 68,400
residents"), times the so many, give or take 3% and half a unit of
R's last digit. R may be a decimal whose noun follows it ("a rate of 3.1
violent crimes per 1,000 residents") or stands before "rate" ("a violent
crime rate of roughly 3.1 per 1,000 residents"):

    error: 1,860 burglaries among 155,000 is 12 per 1,000 residents, not 14

A percentage restates a part of a whole in the forms of a fraction: "A
of its B, or N%" ("laid off 120 of its 400 staff, or 40%": error: 120 is
30% of 400, not "40%"; "120 de sus 400 empleados, el 40%"), "A ..., N%
of its B" ("6,842 homes, 40 per cent of its 12,500 target"), "A of the B
... were cancelled - N%". One in a change or a comparison ("up 40% on
last year", "40% more than") is none. It allows one unit of its last
digit either way (31% for 31.5%), two points with a hedge ("about 33%"),
and a bound as written ("more than 40%").

A fraction after "that is", "meaning" or "es decir" restates "A of the
NOUN" before it, the whole being the one count of the noun told in the
sentence or the two before ("hubo 1.212 personas internadas ... 404 de
los internados eran menores de 15 años, es decir, uno de cada cuatro":
404 is 33% of 1,212).

"One NOUN for every N NOUNS" ("per", "for each", "por cada") is the
count of the second noun over the count of the first, both the nearest
before it in its sentence or the one before (no change's baseline),
give or take half a unit of N and 3% (10% after "about"):

    With 498 classroom teachers for 11,240 students, the district will
    have one teacher for every 18 students.
    error: 11,240 students for 498 classroom teachers is one teacher for
    every 22.6 students, not 18

An average:

    error: 2,340 over six days is 390 a day, not 420

A stated ratio allows 10% either way, 20% with a hedge
("about", "nearly"); "more than double" is twice or more (1.95 times is
not), "more than one in three" a third or more, "more than half" half or
more, "nearly three times" 2.43 times or more (its own 90% less a
tenth), "fewer than three times" anything below; "N times more than" ("N veces más que los B")
allows N or N+1 times; each
figure counts with its written precision, so "twice as powerful, 12 MW
against 5 MW" passes (5 may be 5.4). The error points at the ratio, with
notes at both figures.)",
              true},
    CheckInfo{"unit-price", Severity::warning,
              "count times unit price disagrees with the stated total",
              R"(A count and a total linked by "for", "worth", "valued at", "at a
total cost of", or a price each between them ("four vessels from the
Dunmore yard at £38.5m apiece, a £164m commitment"; the maker may follow
the count, "four new cranes from a Finnish manufacturer at $14.5 million
each", "16,000 casks from suppliers in Kentucky, at £85 each", and a passive verb: "two new ships have been ordered from the
Mallory Point yard at £38.5m each, a total investment of £87m", and
what replaces the items: "1,200 streetlights with LED units at £340
each, a £480,000 programme"; a grade in percent and a month may stand
between: "250,000 tonnes of 25% broken white rice at $512 a tonne", "92
million litres of diesel in September at an average landed cost of";
the price each may name the items after "of its" the count: "It sold
184,000 of its £3.50 lunchtime meal deals over the period, bringing in
£580,000")
("400,000 chips for $10 billion"; "two ships, costing
£46.5m apiece, bring the total value of the contract to £87m"; "240
vans at £52,000 each, a total outlay of £13.8m"; in Spanish "4.800
litros de aceite a 8,50 euros el litro, un gasto de 45.600 euros", "a 500
euros cada uno"; "a copy", "a piece", "la unidad" price whatever is
counted ("40,000 application forms at KSh12 a copy"); what each item
weighs or where the items are may stand between ("85 black steers ...
averaging 550 pounds, brought $2,266 a head", "14 relocatable classrooms
across the two schools at"; in a story of dollars with no pound sign, and
after "weighing" anywhere, "pounds" weigh); a unit's word prices its symbol: "398 million kg at
$10.35 a kilo", "1,450 feet of pipe at $640 per foot", and a count in
tonnes is a thousand kilos each: "3.200
toneladas de virgen extra a 4,15 euros el kilo, una operación de 12,28
millones" ("operación", "transaction", "bringing in", "paying out" and ", or"
name the total: "18,400 tonnes at an average of $6,150 a tonne, bringing in
$119.2 million", "bought 8,400 tonnes of paddy ... so far this season at an
average of 11,800 baht a tonne, paying out 89.6 million baht", where "so
far" dates the purchase, not the price; who made the items may stand before "at" and the price, and a
bare number's words of what it counts before a comma: "four new copper
pot stills, made by a coppersmith in Alloa at £1.15 million each, an
order worth £5.2 million in total");
"4.500 pesos para cada uno de los 38.600 docentes"; "with sales of", "con
ventas por" name the total ("186.000 toneladas de cobre en el trimestre a
un precio medio de US$9.400 por tonelada, con ventas por US$1.847
millones"); a description of up
to nine words between a price each and the total ("22 Ford Police
Interceptor Utility vehicles at $58,400 apiece, fully outfitted with
lights, radios and in-car cameras, for a total of $1.43 million"); "for each of the
co-op's 2,850 supplier-members", "of its 48 units"; up to four words of
who the items go to before a price of their unit ("380.000 toneladas con
compradores de la región a un precio de 6.100 pesos por tonelada, lo que
representaría una derrama de ..."; "lo que ha supuesto unos ingresos de
6,1 millones", "supuesto" after "haber" being no "alleged"); a comma or a dash
may come between the items and the total: "£4,850 for each of the 240
homes towards extra school places - a total of £1.24m";
a description opened by "all" may follow the count: "The
eight convenience stores, all in leased units, will cost an average of
£2.4m each") imply a
unit price, as does a total spent on a count ("will spend £2.4m on 16
new dialysis machines costing £135,000 each", "paid $90m for 12
buses", "$642,000 to replace 1,400 student laptops at about $420
apiece", "paid $642,000 to 1,400 families at $420 each"); a
price per item anywhere in the same document ("$40,000 a chip", "$40,000
per chip", or "$12,000 each" in the deal's own sentence, or of the plural
noun that opens its clause: "a draw in which members pledged €500 each" for
"Some 460 members and supporters signed up, bringing in €203,000") that
falls outside it is flagged. A total and the price it implies ("worth $4.6
billion, meaning an average of $129 million per jet", "9.870 millones de
euros, lo que supone un precio medio de 21.900 euros por vehículo") are
checked against the count of that item told elsewhere in the document,
when it tells one, not as an average ("an average of 6,840 fans") nor
as a count of each of something else ("about 87 riders per sailing";
nor are "riders" a plural of "a ride"; a count for each length of time,
"40 inmates a day", needs a total for that time, and a price of each
item for each length of time, "$65 per inmate per day", implies no
total of such a count), or
against the count the sentence spreads the total across, whatever its
noun ("$1.9 million, which works out to about $16 per fan across the
season's 116,280 admissions"; "R320 million ..., which works out to about
R85,000 for each of the 2,400 workers") (after a price each, what the items are for may come
before the total: "1.240 ayudas de 3.500 euros cada una para instalar
placas en viviendas, lo que supuso un desembolso total de 4,6
millones"); so is a price told before its item and followed by a
total named as one ("With each length costing £3,150 on average, the
programme came in at £812,000", after "resurfaced 240 short lengths";
"came in at", "total", "bill", "overall", "outlay"), and a price per
item followed by a total "worth" ("38 trains ... at a cost of £14.2m per
train, an order worth £527m in total"); the count of the price's own
sentence comes before any other. A price each
person pays, named before the count (an entry, registration, membership
or admission fee, a ticket price, a fare: "With the entry fee set at a
flat $125, the 1,240 registrations alone brought in $161,200"), a
participle and up to three words of when between a count and its total
("the 7.16 crore quintals procured this season cost Rs 6,280 crore"), a
price
each named by its noun after it ("sold 412,000 vehicle tickets last year
at the $18.40 fare, bringing in about $8.9 million"), the total of a
programme told before its count ("a A$1.32 billion program to build
1,850 social housing dwellings ..., at an average cost of A$620,000 a
home": a home by any of its names; "10 commuter tickets will sell for
$118, which works out to $12.80 per crossing": a ticket is one trip by
any of its names; "at an average realized price of $4,180 an ounce";
what each one went for, fetched or was leased at: "The 96 two-bedroom
units sold went for an average of S$1.38 million each, bringing in about
S$152 million"), a
price per item set off by ", or" right after the total ("will sell for
$118, or $12.80 a ticket"; a ticket and a trip are one only within a
sentence) or after the count of its item that follows the total ("A$48m
... at 160 schools, or about A$360,000 per school"), a price after a count of what was sold and "at", set off by a
comma ("sold 3.1 million tickets at $20, bringing in $68 million";
compared only with a total more than twice it, which it could otherwise
be), a price before its item's noun after "the" ("The $20 Lucky 7s
Deluxe ticket, introduced in January, sold 3.1 million tickets"), what a
count receives each ("About 1.8 lakh such borrowers will receive Rs
25,000 each, at a cost of Rs 540 crore"; a cap, "homes valued under
$800,000", is no total; when another exact sum of the sentence is the
count times the price, it is their total and the one read is another
clause's: "send $900 million back ... as rebates of $750 to each of
about 1.2 million homeowners, put $1.1 billion into the rainy day
fund"), and a
price per item for a length of time ("24 suites, which the team expects
to lease at $45,000 per season, bringing in about $1.2 million a year":
the total must be for the same time, "annual" before its noun saying
a year's: "an annual commitment of about $2.6 million"; "at an average of
$85,000 a season") are read too, and so is an
average price with no item after it ("the 7,842 homes at an average
selling price of £318,500, generating housing revenue of £2.71bn";
Spanish "los 24.500 abonados, con una cuota media de 310 euros,
aportaron 8,4 millones", "a un costo unitario de 2.85 millones de pesos",
"12 puentes peatonales con elevador, con un costo unitario estimado de
18.5 mdp, es decir, 232 mdp del total" (Mexican "mdp" and "mdd" are
millions of pesos and of dollars), "Los 160 departamentos, de 55 metros
cuadrados y distribuidos en diez blocks, cuestan 1.240 UF cada uno, en
total 204.600 UF" (a description set off after the count, its figures no
count of the deal; the Chilean "UF" and the Peruvian "S/" are
currencies; "con un costo promedio de UF 1.280.000 cada una"; what a
count is compared with, "más que los 5.000", "than the 5,000", is no
count of a deal), "las 1.874 víctimas que se
constituyeron como acusación particular, a razón de USD 6.200 por
persona, lo que suma USD 12,6 millones" (a price per person is of the
people the sentence counts: victims, passengers, residents ...),
where a total in millions after the price may leave its currency out), a
price for each of the counted items ("a payment of $1,500 for each of
the 2,860 properties damaged in the flood, costing about $4.8m"; "a £175
credit to each of the 41,600 households ..., at a total cost of
£7.8m"; "£6,800 towards each of the 140 heat pumps"), what each of the counted
items receives or pays ("each of the 640 employees will receive a
one-time $3,500 performance bonus in March, a payout totalling $2.8
million"; "Those 1,150 students each pay fees of £19,800 a year,
bringing in £24.6m": money that flows in, told after a price for a
length of time, is for that time; "one-time", "one-off" are no
figures), a total after "translate into" or "amount to" and a word or
two before its noun ("the 7.16 crore quintals procured this season
translate into a state outgo of Rs 6,280 crore"; "a new roading targeted
rate of $312 a property, applied to the district's 9,840 rural
properties, is expected to bring in $3.6 million"), and a
bare number whose noun was told before when a price each follows it
("The club sold 6,850 for the campaign at an average price of £395,
generating £3.1m"; "shipped 1.8 million of its Sentinel home hubs during
the quarter at an average selling price of $240, bringing in $482
million"; "24 camiones ... para Radomiro Tomic, a un precio de US$ 6,2
millones por unidad, en una operación que asciende en total a US$ 172
millones"); up to twelve words of what the items are may come before a
comma and their price each ("14 puentes vehiculares y pasos superiores
sobre el río Lerma y sus afluentes, con un costo promedio de $96 millones
cada uno, lo que suma $1,544 millones"), or a clause of "which" whose verb
of cost prices them ("180 new interior and exterior security cameras,
which the district estimates will cost about $2,400 apiece, or $532,000
in all"), or a list of what each item holds set off by commas ("85,000
dry food packs, each containing flattened rice, molasses, lentils, oil and
salt, at Tk 1,450 each"). "$240 each" ("42.000 euros cada una") is the price of one
item, never compared with a value of them all (value-conflict):

    warning: "$40,000 a chip" disagrees with $10 billion for 400,000 chips
    note: $10 billion / 400,000 = $25,000 a chip

A deal that states its own price ("312.000 menús anuales a un precio
de 5,40 euros por menú, lo que supone un desembolso de 1,74 millones")
is compared with that price only: another price of the item elsewhere
("Las familias pagarán 4,60 euros por menú") is what someone else pays.
A deal that states no price of its own is compared with the nearest
price of its item told before it ("pays an input assistance of Rs 800
per quintal. At that rate, the 7.16 crore quintals ..."), else the
nearest after it: a price told further away ("the minimum support price
of Rs 2,369 per quintal") is of another payment.
The item must be the counted noun ("chip" for "H200 chips"), and a price
bound to another named product, another currency or another time frame
is not compared. Qualifiers widen the figures: "more than 400,000 chips"
only caps the price. A comparison ends the words between a price and a
total ("will cost Rs 7.45 a unit against Rs 7.05 earlier"), and a sum
below one item's price is no total.)",
              true},
    CheckInfo{"share-over-100", Severity::error,
              "shares of one whole add up to more than 100%",
              R"(Percentages of one whole in one sentence, or in consecutive sentences
of a paragraph about the same whole, that add up to more than 100% even
at the low end of their rounding. The whole comes from the cue words:
"of the market" / "market share", "of the vote", "of the budget", "of
the seats", "of revenue" (sales, turnover), "of spending" (with two
words between, "of general fund spending", "of its patient revenue"), "of income",
"of production" (output, generation, the harvest, the crop), "of the
intake" (enrolment), "of exports" (imports), "of the port's tonnage"
(cargo, freight), "of boardings" (ridership, trips, journeys), "of
calls", "of emissions", "of shipments" (deliveries), "of EBITDA", "of
funding" (financing), "of the levy", "of capacity", "of passengers", "de
las acciones" (a company's equity: "EBRE tiene el 51% de las acciones, Hunan
el 34% y Daegu el 22%"), "of the cost" (each payer pays its share, or
picks it up, "with the state picking up 15%": "the city is covering 48
percent of the cost ..., the team is paying 34 percent and the state is contributing
22 percent through a tourism grant", a phrase of how it is paid after the
share; "of the cost of drugs" and "of the cost of visits" are two wholes,
as is any whole of two things after "of"), in Spanish "de la
cosecha", "de la matrícula", "del mercado", "de los
votos", "del presupuesto", "de los ingresos", "de la producción", "del
valor exportado", "de la mercancía", "del tráfico", "de la facturación"
(a word may stand before or after the noun), or
"share" / "cuota" ("made up 46% of revenue" is a share,
not a rise). Shares of another time are another list: a sentence opening
with a phrase of period_openers (rules/bind) or a date ("A year earlier,",
"El año pasado,") tells of its own time: "... and other products 8 per
cent. A year earlier, server modules made up just 35 per cent of sales"
tells two lists. A share "to" another after the whole and "for" a taker named
sets the two against each other, and a share "for" a taker named is one
of the list: "won with 52.8 percent of the vote to 44.6 percent for
Republican challenger Kyle Brandvold and 4.9 percent for independent
candidate Sharon Eckley". A sentence of shares alone, at least two, naming no whole
and no change, goes on with the list of the sentence before it ("Buses
accounted for 57 per cent of boardings. Light rail carried 36 per cent,
the ferry eight per cent and ..."), and a list read twice is reported
once. "Of the total" divides any total: its shares are one list
of one sentence ("46 % del total, seguidos de los británicos (21 %),
..."), and a second "of the total" is another total. After a whole
named before it ("turnover was £41m, with broadcasting making up 58 per
cent of the total, matchday income 29 per cent ..."), "the total" is
that whole's:

    Harbor Co holds 45% of the market, Dock Ltd 38% and Quay Inc 25%.
    error: shares of the market add up to more than 100%: 45% + 38% + 25% = 108%

Each share names the whole ("45% of the market", "a 30% share", a count
of it: "received 31,247 votes, or 48.6%") or
leaves it understood in a list ("..., Dock Ltd 38% and Quay Inc 25%."),
and at least one names it: "70% of households" is another whole; "the
remaining 12 per cent" closes the list; shares told "respectively"
("lidera en Chanchamayo y Satipo con el 33,6 % y el 35,1 %,
respectivamente") are each of its own place or item. After a verb of
composition ("made up", "accounted for", "represented", "representó",
"supuso"), of causing ("caused", "sparked", "causó", "provocó": "lightning
has caused 68 per cent of this season's fires, while people have been
responsible for 27 per cent"), or of taking, holding or flying ("took", "to take", "received",
"won", "holding", "flew", "ganó", "obtuvo", "se llevó", "se impuso en": "expects
China to take 31 per cent of the region's fruit, Japan 24 per cent, ...")
the noun a share is of is a whole, whatever it is: "Pretrial detainees
made up 71 percent of the February population, inmates serving
sentences 18 percent and others 14 percent" (a time told as a
possessive is passed over: "accounted for 57 per cent of last year's
completions"). A
list over several sentences of a paragraph is one list when the last
closes it with the remainder ("... el 36,9 % del total. Le siguen (or
"Le siguieron"),
educación (el 25,4 %) y servicios sociales (el 14,8 %). El 24,5 %
restante ..."; "y el resto de categorías, incluidos hostales y
pensiones, el 22%"; "the remaining 24.5%", where a verb of funding tells a
share's source, no change: "fundraising raised 30 per cent, ... and the
Leader programme provided the remaining 18 per cent"; "y el resto de variedades, entre
ellas la albillo, con el 12 %", "seguida por Estados Unidos con 18%, ...
y el resto ... con 11%") or with a share added to the
others ("Cask ale made up 46% of output last year. Bottled beer
represented 38%, with keg products contributing a further 24%";
"another 24%"), from the first sentence that names the whole (with a
remainder, the noun of a share a ranking goes on from names it: "con
el 29% de los visitantes extranjeros. Le siguen ..., con 24%; Chile y
Argentina, con 17% entre ambos; ... El 15% restante ..."); so is a
sentence that names no whole, opens its shares after a verb of making up
the whole and closes them with "and", after the one sentence naming it
("Scratch-off tickets accounted for 58 percent of sales. Jackpot games
made up 23 percent, draw games 15 percent and online play 9 percent"; a
sentence of one share may come between: "61% of sales went back to
players as prizes. The Education Trust Fund received 26%. Retailer
commissions accounted for 6%, operating costs for 4% and ... for 7%"; the
others counted may close a list as the rest does: "the other five
candidates together took 14.5%", "Los otros cinco movimientos sumaron en
conjunto el 16,4 %", and such a close at the end of a paragraph may take
the last sentence of the paragraph before, "Quispe obtuvo 166.683 votos,
equivalentes al 38,6 % de los votos válidos."),
where the first may be a share changed to ("Labour took 41.4% of the
vote, down 7.5 points from the 48.9% it won in 2022. Reform took 24.7%,
...": what it changed from is another time's) or a share "of all"
something that the next sentence closes with the remainder ("71 percent
of all trips. The Blue Line accounted for 24 percent and the streetcar
the remaining 8 percent"); the rest may be told with a verb ("mientras
que el resto de las operaciones sumó el 38,4%", or opening its own
sentence: "El resto de mercados, encabezados por Bélgica, aportó el 14 %");
a
share
told without a time takes the time of the list. Of two wholes a
sentence names, the one a figure is of counts ("el gasto social absorbe
el 37 % del presupuesto"); a portfolio (cartera) is a whole too. One sentence closed by
the remainder is such a list even with no whole named ("El 38 % se
dedicará a personal, el 27 % a bienes, ... y el 9 % restante a la
deuda"), when no share after the first is of another whole. A counted
group's shares told in parallel, each after the first with the
first's word of where ("Of the 389 vehicles stolen, 46 per cent were
taken from driveways, 38 per cent from streets and 21 per cent from car
parks"; the group may be named by words alone, "Of this year's entrants,
71 per cent came from state schools, 19 per cent from ..."), count each
of the group once; so do names that each account for a share of a whole
left understood, "accounted for" told once and "for" before each of three
shares or more, in a sentence of no other percentage nor year ("South
Asia accounted for 38 per cent, China for 29 per cent, South-East Asia
for 24 per cent and the rest of the world for 15 per cent"); so do the
parts a whole is split or divided between, each "at" its share ("the
portfolio was split between listed equities at 48 per cent, fixed income
at 31 per cent, ... and private equity at 9 per cent"); so do the
shares one verb puts each to a cause or a use, "to" after each ("Network
Rail attributed 46 per cent to infrastructure problems, 31 per cent to
causes within the operator's control ... and 29 per cent to external
factors"; "allocated", "assigned", "atribuyó el 46% ... a"); so do shares after "with", "and" or a comma that
name where their part comes from ("coming from", "arriving through")
when the first share names its part by where it comes from ("Students
from state schools make up 71 per cent of this year's UK entrants, with
19 per cent coming from independent schools and 14 per cent arriving
through ..."; "of this year's" before the whole is a time); so do shares of a group the
first names, with a verb of where it falls ("el 46% de los casos se
registró en la región Centro, el 31% en el NOA, ...", "were recorded
in", "came from", "would come from", or a grade: "14 per cent of students were assessed as
'Exceeding', 49 per cent as 'Strong', ..."), or with a verb of where the whole comes from before
it ("would draw 42% of its patient revenue from Medicare, 21% from
Medicaid, ..."); or with the first share's whole named after "with" or
"con" and every later share told with "with" or "con" alone ("with 54%
of shipments, followed by Japan with 17%, Europe with 14%, ...", "con el
54% de los despachos, seguida de Japón, con 17%; Europa, con 14%; ...").
The shares of one
question's answers for, against and neither ("Of the 1,250 people who
responded, 54% backed the proposal, 38% opposed it and 14% said they
had not yet made up their minds") are each person's one answer: every
percentage of the sentence takes a stance, for and against among them,
on one object ("it" takes up the first), with no date in the
sentence.
Percentages that are changes ("rose 5%", "from 95% to 60%", "up 3%",
"del 58,4% al 52,1%"; a figure after "to" or "from" makes one, while "38
per cent to Hill Lane Surgery" says where a share goes), a percentage over 100% ("the legal limit of
110%"), parts of a part ("60% of those") and runs naming two years ("52% of the
vote in 2019 and 58% in 2024") are not added. The error points at the
last share, with notes at the others.

A caption that names shares or announces a breakdown ("the stock breaks
down as follows:") and ends in a colon (or a heading of its own that
names shares), followed by at least
three rows of a label and percentages (a plain-text table, a list), is
checked column by column (the shares of 2025, then those of 2015 in
brackets):

    Share of population by region, 2025 (2015 in brackets):
      Capital Region   31.4%  (29.0%)
      ...
    error: the listed shares add up to more than 100%: 31.4% + ... = 102%

A list of one share a row is checked under any caption ending in a colon
when its first share names the total ("- Colombia: 27,4% del total.") or
its last row is the rest ("- Resto de países: 33,9%"; not under a
caption of changes, "Growth by segment:"). A row may give the share's
amount in brackets after it ("- China: 17% (US$ 42 millones).").

A column that adds up to more than 110% is taken for shares of different
wholes ("share of homes with broadband, by region") and left alone. A
header row may stand under the caption, and a Markdown or HTML table
needs no colon when its caption or header row names shares ("Party |
Share").

After a verb of composition, "those" and a noun, or "them", name the
whole told before ("Domestic routes accounted for 71 percent of those
travelers, transatlantic flights for 18 percent and ...", "Medical
emergencies made up 46 percent of them, police calls 38 percent ...").

A sentence opening with the money, the goods or the traffic it divides
("Of total expenditure,", "Of its income,", "Of all general cargo,",
"De toda la mercancía general,", "De sus ventas,", "Del volumen exportado
en el año cafetero,"; votes, with their count or not: "Of the 94,520 valid
votes,", "Sobre los 94.520 votos válidos,": nouns each part of
which goes one way only, so no two shares overlap; people may be counted
twice and are not read so), or with "Of those," and at least three shares of
the people or things of the sentence before ("Of this," of the area or the
sum it tells; "Of those who waited more than 12 hours," of the people a
clause names, also after a semicolon, "...; of those students, 62% came
from in-state, ..."; classes told by a figure, "were aged over 75", beside
classes told without one, "were women", are of two things and may
overlap), or a rating verb ("rated", "graded", "classified") and at
least three shares each followed by its grade ("rated topsoil moisture
at 1 per cent surplus, 21 per cent adequate, 38 per cent short and 46
per cent very short"), or the stances of one poll question, for,
against and undecided all told ("41% of voters said they approved ...,
while 54% disapproved and 8% were unsure"; or choices among things with
a share undecided, which makes them one question's: "58 per cent
favoured the balanced calendar, 31 per cent preferred to keep the
current schedule and 17 per cent said they were undecided"), or the shares of a question
of one answer ("name the single spending area they would cut first ...
chosen by 41%, followed by holidays at 27%, ..."; "con una sola respuesta
posible, 34% mencionó ..."), or a share of a named group and at least two more, each
told where it came from ("el 62% de los turistas llegó desde el Área
Metropolitana, el 21% desde el interior, el 14% desde otras provincias y
el 6% desde el exterior"; so does an allocation telling where each
share goes after a verb of giving or going: "45% of the 4,100 chinook
go to treaty tribes, 35% to the commercial fleet and 28% to sport
anglers"; "want to" opens no allocation; and a list telling where each
lives, "in" and a name after a verb of living: "46% of them farm in Co
Tipperary, 38% in Co Kilkenny and 21% in Co Waterford" (where one lives and
where one comes from are one division, each share with a verb of its own,
"overseas" or "abroad" a place: "58 per cent of buyers lived in the UK
outside the South West, 31 per cent came from the South West itself and
17 per cent were based overseas"); two shares of a
whole told first, after a colon too, each at a named place, are a list:
"of the 1,670 secondary students, 58 per cent are enrolled at the older
Marrangup Secondary College and 49 per cent at Northern Bays College";
and so are shares each held by a verb of holding: "los hoteles
concentraron el 52 % de las pernoctaciones, los apartamentos el 31 %,
..."), or with "Of the stores slated to
close," and at least three shares each told where by a name ("46% are in the
Midwest, 31% in the Northeast", "52 per cent come from the North West, 34
per cent from elsewhere in the UK and 20 per cent from overseas": each
thing is in one place) or each classed
with "as" ("Of patients who presented in the March quarter, 1 per cent were
triaged as category 1, 14 per cent as category 2, ...") or each told the
use it went to, the first with its verb ("Of the money distributed so
far, 46 percent went to housing assistance, 28 percent to debris removal,
..."; "is held for", "reserved for" too, the takers may be named by a
count: "71 per cent is allocated to the 23 refrigerated seawater
trawlers, 19 per cent goes to the polyvalent fleet and the remaining 16
per cent is held for inshore boats"), adds all its percentages, but for changes and parts of
another whole ("41% of donors"); a comparison ("against 48% in 2024",
"compared with") or two time frames leave it alone ("now" is no other
time: "Primary schools now account for 58 per cent of the roll, the
intermediate for 14 per cent ..." is one list; nor is the day of
publication, "Today street lighting accounts for 46% of spending; public
buildings, 31% ..."; the whole may follow a possessive and a modifier,
"46% of the town's electricity spending"), as does a sum over
110%:

    Of total expenditure, 78% went on charitable activities, 19% on
    raising funds and 7% on support costs.
    error: shares of the expenditure add up to more than 100%: 78% + 19% + 7% = 104%)",
              true},
    CheckInfo{"weekday-mismatch", Severity::error, "a weekday that does not match its date",
              R"(A weekday written beside a full date that falls on another day:
"Tuesday, 14 March 2025" is wrong, 14 March 2025 was a Friday. The fix-it
replaces the weekday with the right one, in the document's language
("martes" for Spanish). Forms: "Tuesday, 14 March 2025", "Tue., March 14,
2025", "el martes 14 de marzo de 2025", a relative weekday with its date
written out ("last Tuesday, March 3", "el pasado lunes 17 de febrero"),
the bound of an interval ("closed until at least Tuesday 5 March"), the
date in brackets after its weekday ("awarded on Monday (Feb 11) to a joint
venture"),
and a weekday set off after
its date, in commas or brackets: "March 21, a Thursday", "March 24,
which is a Monday", "el 5 de marzo, que es viernes" (the phrases are the
weekday_appositions of rules/dates/*.toml). A weekday that qualifies a
noun after it ("March 28, a Thursday deadline") is left alone, and so is,
in a language that writes weekdays in lower case (months_capitalized =
false), a capitalised weekday right after another capitalised word: it is
part of a name ("Santo Domingo, 6 de mayo de 2026").

A weekday with a bare day of the month ("el viernes 17 de abril ... el
sábado 19 a las 17", "on Friday, April 17 ... on Saturday the 19th")
is in the month of the last date written with a day before it in the
same paragraph (the next month when the day falls more than a week
before that date: "Thursday, April 30 ... Sunday the 3rd" is 3 May).
After a bare number only a word of bare_day_links (rules/dates/*.toml:
"a las 17", "at", "and") may follow: "On Saturday 19 people were hurt"
counts people.

A date written without a year ("Tuesday, March 14") takes its year from the
publication date (metadata or --date) and the tense around it ("fijó
para el viernes 19 de marzo" reads as last March; a future ending,
"escuchará", or "próximo" as the coming one). It is checked against the
day and month nearest publication, when that lies within 150 days of it
(half a year when the tense reads the date as upcoming: "the tram will
open on Tuesday 14 September" in June) and neither the tense's year nor
another year within half a year of publication has the written weekday
(nor, for a date after an upcoming one in its sentence, the year after:
"takes effect on Saturday, 28 March, and runs until Sunday, 18 October"
in March 2026);
with no publication date it is not checked. A past tense does not move
a date of the two months after publication a year back: "called a
meeting on Monday, Jan. 27" in a story of 20 January 2026 is checked
as 27 January 2026. Month
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
"announced", "was", "approved", "priced", "settled"...; or, in Spanish, a
lowercase word with an ending of past_verb_suffixes: "promulgó") comes at most six words before the
date's "in", "on", "during" or "at" (or, wire style, right before a
month and its day: "signed the term sheet Dec. 14", or before a weekday:
"premiered Friday, May 22"), with no punctuation (a figure's "$", "%"
and marks between digits aside), infinitive (in Spanish a word of
infinitive_suffixes, "citó a Mendizábal a comparecer el miércoles 20
de mayo", unless right after the verb and "a" or "de": "comenzaron a
operar el lunes 26 de enero"; "to" before a figure or an article is a
preposition: "were issued to 310 workers on Monday 2 November") or new
clause between; an
occasion of the date rules' occasions right before "on" ("at its
meeting on", "en su sesión el") is not counted and lets the verb stand
up to ten words before it ("approved a second round of $3.1 million in
rebuilding grants at its meeting on Monday, June 22"); a date set off
by a comma after a phrase of the date rules' day_appositions ("on its
first day", "en su primer día") is governed by the verb before the
phrase ("drew more than 18,000 riders on its first day, Monday, March
9"); a hyphen or an apostrophe inside a word counts no word of its own
("told the co-op's annual general meeting on Friday 22 May"); a verb of
speech of reporting_verbs with words between it and the date tells a
clause whose own verb the date is of ("said the union's contract expires
in 2027"), and dates the telling only right before it ("said in March");
and no auxiliary
before the verb ("will be launched",
"has launched" do not count); and nothing in the date's clause marks the
future or a condition ("will", "expected", "if"...; "issued on 29 May,
said no support would be available" is past; so is "aprobó el viernes
23 de enero una nueva propuesta ... y que el comité estudiará esta
semana": the clause of the date ends at a word of clause_words after
it). A date that says
what something is about ("a budget for 2027") and bounds ("by 2027",
"since 2027") are not checked. A day written without its year is
checked only when its verb comes right before "on" ("The grant letter,
issued on 29 May, ..." in a story of 21 May), or with an idiom of coming
into force between ("came into force on 1 April", "took effect on",
"entró en vigor el"), or its object ("signed the term sheet Dec. 14",
a determiner and up to four words, "on" or not), or with a weekday that
fits only its coming day ("the meeting, held in the Riverside Hotel on
Monday, 14 December" in a story of 10 December 2026: 14 December 2025
was a Sunday; a relative clause in the past may follow such a day, "a
closing party on Sunday, April 12, which drew about 2,300 skiers"; "an
open day on Saturday, 28 March, when more than 1,400 people toured the
ground"), and
the day falls in the two months after publication (half a year when the
weekday fits only the coming day: "took effect Friday, Sept. 18" in a
story of July 14):
it is that coming day, whatever the tense.

Stages of one process told in an impossible order are flagged too: the
event_order of rules/dates/*.toml lists stages that happen in that order
(arrested, charged or indicted, arraigned or pleaded not guilty, trial
opened or pleaded guilty, closing arguments, found guilty or a guilty
verdict, sentenced; was sacked, took
charge; refused the application, lodged an appeal; tender published or
bidding opened, bidding closed, bids opened, contract awarded, contract
signed, construction began, in Spanish "licitó",
"licitación cerró", "abrió las ofertas", "adjudicó" or "la
adjudicación", "se firmó el contrato", "la firma del contrato" or "la
firma se produjo"; construction
began, was energised, opened to the public; first patient enrolled,
recruitment closed; ordered or signed leases, took delivery, in Spanish
"encargó", "recibió el primero"; a bill tabled or introduced, passed
its third reading or the house, received royal assent or signed into law
("presentó la iniciativa", "aprobó la ley", "fue promulgada"); works
began, broke ground or laid the foundation stone ("began replacing the
pipeline", "se colocó la primera piedra", "colocación de la piedra
fundamental"), a plant, a farm or a line was commissioned, began
commercial production or operation, entered service, or a building
opened (after "Construction began in November 2025"; "se inauguró", "fue
inaugurada" after the foundation stone), a building was
topped out, its steel frame erected or its roof put on ("the last roof
truss went up", "the roof went on"), works were completed, handed over or finished
construction or finished excavating ("las obras
comenzaron", "quedaron terminadas", "terminaron de excavar"); a fire
broke out, was sparked or reported, then was contained or put out ("se
declaró", "fue controlado"); a tunnel's boring or digging began, it was
holed through, its tunnels completed or its machines completed their
drives ("inició la excavación", "completó la excavación"); a ship's first
steel was cut, its keel laid, it floated out; what was commissioned
("encargado") was delivered ("se entregó"), as are works that began;
demolition began,
was completed or the site cleared ("la demolición comenzó", "terminó"); were
ordered out or evacuated,
allowed to return ("fueron desalojados", "pudieron regresar"); "refused
the scheme" before "lodged its appeal"). A stage's phrase among the
eleven words before a date of a day, a month or a year, in its clause
(a relative clause between the subject and a short verb is passed over:
"The tender, which attracted six bids, closed on 21 November", and a
name of two words or more set off by commas, "bought the project from its
original developer, Northern Uplands Energy, in 2012"; so is an
"of" phrase between a stage's noun and its verb, "Demolition of the old
building began", "Las obras de ampliación del puerto comenzaron", or one
of "on", "for" or "at" after the noun opening the words read, "Work on
the north end began", "Tunnelling for the underground section began"),
tells that stage of the date; an adverb of the stage_adverbs inside it
is passed over ("the contract was formally signed on 29 July"), and so
is one other word before the phrase's last word, when no reading as
written matches and the word is no negation nor a word of clause_words
("Las obras civiles comenzaron", "The trial quietly opened"); a figure
with a decimal comma is one word ("terminó de excavar los 11,4
kilómetros de túnel"). A bare completion of the stage_completions ("was
completed", "finished the work", "terminaron") up to four words before
a date, joined to the date of a stage right before it by a comma, "and"
or "then" only, is the last stage of that stage's sequence: "The new
distribution centre, where construction started in February 2025, was
completed in September 2024"; "Las obras comenzaron en octubre de 2020
y terminaron en mayo de 2020" ("Construction started in February 2025
and the old depot was completed in September 2024" names another
thing). A later
stage is out of order when its date ends before the earlier stage's
begins ("was energised in November 2024" against "Construction began in
April 2025"); dates without their year read in two different years show
them, as in May 18 (2025) against May 4 (2026). Each stage is told on
one day in the document; where a stage is told on several days (several
fires, several trials), only a pair of stages in one sentence is
compared ("The Cedar Flat fire, reported Sept. 3, was declared fully
contained on Aug. 27" beside two other fires). The sequences of
sentence_order tell what one subject does (a company founded, set up or
established before it buys, acquires, lists, floats, merges or signs; "se
constituyó" before "firmó"; staff laid off before they are rehired,
suspended before reinstated): they are
compared only in one sentence, where the subject is one, however many
years apart ("Caledon Renewables, which was set up in Inverness in 2015
..., bought the Cairn Dubh project ... in 2012"). Stages told in two
sentences that each name something (capitalised words, not months or
weekdays, a sentence's first word only when the story writes it
capitalised inside a sentence too) and share no name are of two things
and not compared ("the Kingsford Road interchange ... contract was
awarded in November 2025" and "The Banksia Creek bypass, which broke
ground in May 2023"; a name is a run of such words, and one is told in
another when all its words are in it: "Marsh" in "Ellen Marsh", but not
"Water Act" in "Roads Act"):

    Hale was found guilty of fraud on 11 September after a four-week
    trial. ... The trial opened at Kingsmere Crown Court on 28 September.
    warning: "found guilty" is dated 11 September, before "trial opened"
    on 28 September, which comes first

Within one sentence, a day followed by the rest of its clause (words
only, at most eight) and a comma, then a clause opened by
one of the after_words ("after", "following"; "tras") or before_words
("before"; "antes") of rules/dates/*.toml, with a day of its own, must
keep that order:

    Contractors moved on site on Monday 2 March, after listed-building
    consent for the repairs was granted on 11 March.
    warning: what happened on 2 March is told as after what happened on
    11 March

Months and years are not compared this way, nor a day of what a change
is measured from ("up from £1.4bn on 2 January, after ...").

Only stages with one date each in the document are compared (two
defendants may be sentenced on different days), only days at most three
years apart (an old building's opening and the construction of its new
wing are two things), and a date whose year is written is not compared
with one whose year is guessed.)",
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
much. The note fires on a multiplier ending in "times" followed by a
comparative of rising: "more", "more ADJECTIVE", "greater", "higher",
"larger", "bigger", "faster", "stronger"..., with or without "than":

    the H200, six times more capable    note: "six times more capable" is ambiguous: 6 or 7 times as capable
    six times greater than the H20      note: ... 6 or 7 times as great

A second note carries the fix-it to "six times as capable", "six times
as great as" (none for "six times more chips": as many or as much).
"Six times the performance of", "by six times" and "six times as much"
are fine.)",
              true},
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
