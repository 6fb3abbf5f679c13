// The ratio-mismatch check (issue 7): "N times", "half", "a third of" contradicted by the two figures it relates.
#pragma once

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// Reports every ratio-mismatch finding of one document (see --explain ratio-mismatch).
void check_ratio_mismatch(const ArithmeticInput& in, DiagnosticSink& sink);

}  // namespace claimlint
