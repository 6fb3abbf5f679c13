// Events told in an impossible order: "was found guilty on 11 September"
// and "the trial opened on 28 September" in one document (timeline).
#pragma once

#include <vector>

#include "diag/diagnostic_sink.h"
#include "extract/date_mention.h"
#include "ruleset/date_lexicon.h"
#include "segment/document.h"

namespace claimlint {

/// For each sequence of `words.event_order` (stages that happen in that
/// order), reads the stage each day-precise date of `dates` is told of: a
/// phrase of the stage among the eight words before the date, in its
/// clause, the nearest phrase deciding. Where two stages each have one day
/// in the document and the later stage's day comes before the earlier
/// stage's, reports a timeline warning at the later stage's date.
void check_event_order(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                       DiagnosticSink& sink);

}  // namespace claimlint
