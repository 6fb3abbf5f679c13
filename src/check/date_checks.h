// The date checks of one document (weekday-mismatch, timeline) behind one
// call, for the lint pipeline (issue 5).
#pragma once

#include "diag/diagnostic_sink.h"
#include "ruleset/rule_set.h"
#include "segment/document.h"

namespace claimlint {

/// Extracts the dates of every sentence of `doc` (language doc.meta.lang,
/// resolved against doc.meta.date) and runs the weekday-mismatch and
/// timeline checks on them. Call after segment_sentences.
void run_date_checks(const Document& doc, const RuleSet& rules, DiagnosticSink& sink);

}  // namespace claimlint
