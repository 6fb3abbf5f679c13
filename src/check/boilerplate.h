// The boilerplate check: scraped web residue, reported and excluded.
#pragma once

#include "diag/diagnostic_sink.h"
#include "ruleset/rule_set.h"
#include "segment/document.h"

namespace claimlint {

/// Marks every paragraph of `doc` that a boilerplate rule matches as
/// excluded, and reports one note per run of consecutive residue
/// paragraphs, with a fix-it that removes the run.
void check_boilerplate(Document& doc, const RuleSet& rules, DiagnosticSink& sink);

}  // namespace claimlint
