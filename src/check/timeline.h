// The timeline check: an event dated after the publication date but told
// in the past tense ("launched in November 2026" in a story published in
// March 2026, issue 5).
#pragma once

#include <vector>

#include "diag/diagnostic_sink.h"
#include "extract/date_mention.h"
#include "segment/document.h"

namespace claimlint {

/// Reports (warning) each mention of `dates` (from extract_document_dates)
/// that lies wholly after the publication date of `doc` and is governed by
/// a simple past verb (DateMention::past_verb). Only dates whose year is
/// written count, and only exact dates and ranges, not bounds ("by 2027").
/// Without a publication date nothing is reported.
void check_timeline(const Document& doc, const std::vector<DateMention>& dates, DiagnosticSink& sink);

}  // namespace claimlint
