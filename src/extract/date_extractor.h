// The date extractor: every date mention of one sentence, resolved against
// the publication date (issue 5).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/date_calendar.h"
#include "extract/date_mention.h"
#include "ruleset/date_lexicon.h"
#include "segment/document.h"

namespace claimlint {

/// The date mentions of `sentence`, in order, read with the words of one
/// language. A pure function: no I/O, no state.
///
/// Forms: absolute ("December 8", "Dec. 8, 2025", "8 December 2025",
/// "2025-12-08", "Tuesday, 14 March 2025", "el 8 de diciembre de 2025"),
/// months and years in a date context ("in April", "in 2023", "2023's",
/// "November 2023"), relative ("last October", "this April", "next month",
/// "last year", "yesterday", "on Monday", "a week ago", "earlier this
/// year", "this week", "el año pasado", "hace una semana"), quarters and
/// halves ("the third quarter", "Q3 2025", "the first half of the year"),
/// ranges ("between March and May 2025", "from 3 to 5 June", "June 3-5")
/// and bounds
/// ("after October", "since 2023", "by 2027"). Durations ("five years")
/// are not dates; neither are bare numbers ("2,000", "2000 chips").
///
/// Resolution against `publication` (nullopt: relative dates stay
/// unresolved, value empty and `relative` set):
/// - "last M" is the latest month M before the publication month, "next
///   M" the first after it, "this M" month M of the publication year;
///   "last/this/next year|month|week" shift the publication's.
/// - a date without a year ("December 8", "in April", "the third
///   quarter") takes the publication year; if the sentence reads in the
///   past tense, the year before when that would put it after publication;
///   in the future tense, the year after when it would end before
///   publication; otherwise the year before only when it would start more
///   than 61 days after publication.
/// - a lone weekday ("on Monday") is the latest such day on or before
///   publication (the first after it in the future tense); "last Monday"
///   the latest strictly before, "next Monday" the first strictly after.
std::vector<DateMention> extract_dates(std::string_view sentence, const DateLanguage& words,
                                       std::optional<CivilDate> publication);

/// The same with the words of language `lang` of `lexicon` ("es-MX" uses
/// "es"); no mentions if the lexicon has no such language.
std::vector<DateMention> extract_dates(std::string_view sentence, const DateLexicon& lexicon, std::string_view lang,
                                       std::optional<CivilDate> publication);

/// The publication date of `doc` (doc.meta.date: metadata or --date), or
/// nullopt if it has none or it is not an ISO date.
std::optional<CivilDate> publication_date(const Document& doc);

/// The date mentions of every sentence of `doc`, in order, read with the
/// words of doc.meta.lang and resolved against publication_date(doc);
/// DateMention::sentence is set. Ranges stay relative to their sentence.
std::vector<DateMention> extract_document_dates(const Document& doc, const DateLexicon& lexicon);

namespace detail {
/// The pre-check of extract_dates, exposed for tests: false only if
/// `sentence` holds none of the words or figures every date mention holds
/// one of (a month, weekday, quarter, half or day word, a unit with a
/// shift or ago word, a year figure, a "Q3"); such a sentence has no
/// mention. Most sentences are ASCII, read from bit masks; a byte past
/// ASCII hands the rest to decoding_may_hold_date's reading.
bool may_hold_date(std::string_view sentence, const DateLanguage& words);
/// The same, code point by code point: the reference may_hold_date is
/// tested against.
bool decoding_may_hold_date(std::string_view sentence, const DateLanguage& words);
}  // namespace detail

}  // namespace claimlint
