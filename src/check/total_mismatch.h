// The total-mismatch check (issue 7): stated parts that do not add up to the stated total.
#pragma once

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// Reports every total-mismatch finding of one document (see --explain total-mismatch).
void check_total_mismatch(const ArithmeticInput& in, DiagnosticSink& sink);

}  // namespace claimlint
