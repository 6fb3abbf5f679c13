// The times-more check (issue 7): "N times more than" (ambiguous: N or N+1 times as much).
#pragma once

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// Reports every times-more finding of one document (see --explain times-more).
void check_times_more(const ArithmeticInput& in, DiagnosticSink& sink);

}  // namespace claimlint
