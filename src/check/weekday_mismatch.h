// The weekday-mismatch check: a weekday written beside a date that falls
// on another day ("Tuesday, 14 March 2025", issue 5).
#pragma once

#include <optional>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "extract/date_calendar.h"
#include "extract/date_mention.h"
#include "ruleset/date_lexicon.h"
#include "segment/document.h"

namespace claimlint {

/// Days around publication within which the year of a date written without
/// one is trusted enough to check its weekday; a date read as upcoming,
/// announced months ahead ("abrirá el martes 14 de septiembre" in June),
/// up to k_weekday_ahead_window days away.
inline constexpr long k_weekday_year_window = 150;
inline constexpr long k_weekday_ahead_window = 183;

/// Reports (error) each mention of `dates` (from extract_document_dates)
/// with an explicit weekday and a full date that falls on another weekday.
/// The date needs a written year, or a publication date at most
/// k_weekday_year_window days away. The fix-it replaces the weekday word
/// with the right one in the document's language (`words`, may be null:
/// English names).
void check_weekdays(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage* words,
                    DiagnosticSink& sink);

}  // namespace claimlint
