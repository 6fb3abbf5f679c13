// The date checks of one document (weekday-mismatch, timeline) behind one
// call, for the lint pipeline (issue 5).
#pragma once

#include <vector>

#include "extract/date_mention.h"

#include "diag/diagnostic_sink.h"
#include "ruleset/rule_set.h"
#include "segment/document.h"

namespace claimlint {

/// Extracts the dates of every sentence of `doc` (language doc.meta.lang,
/// resolved against doc.meta.date) and runs the weekday-mismatch and
/// timeline checks on them. Call after segment_sentences.
void run_date_checks(const Document& doc, const RuleSet& rules, DiagnosticSink& sink);

/// The same over date mentions already extracted with
/// extract_document_dates (so that the pipeline reads dates once).
void run_date_checks(const Document& doc, const std::vector<DateMention>& dates, const RuleSet& rules,
                     DiagnosticSink& sink);

}  // namespace claimlint
