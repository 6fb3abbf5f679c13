// Events dated twice in one document: "the gearbox failure on Sunday, 22
// June" and, later, "since the gearbox failure on 24 June"; "was arrested
// on 14 November 2024" and "since her arrest in October 2024"
// (date-conflict).
#pragma once

#include <vector>

#include "diag/diagnostic_sink.h"
#include "extract/date_mention.h"
#include "ruleset/date_lexicon.h"
#include "segment/document.h"

namespace claimlint {

/// Reports a date-conflict for each event named "the ADJ... NOUN on DAY"
/// (two words or more after "the", the last one of `words.event_nouns`)
/// whose day differs from the day the document first gave it, and for
/// each clause after one of `words.back_references` ("since her arrest in
/// October 2024") whose nouns and a verb are told with another date of
/// the document, up to 92 days away, when no other date is its own;
/// `dates` as extract_document_dates returns them.
void check_event_dates(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                       DiagnosticSink& sink);

}  // namespace claimlint
