// The percentage-points check (issue 7): a change in percentages stated in % instead of points.
#pragma once

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// Reports every percentage-points finding of one document (see --explain percentage-points).
void check_percentage_points(const ArithmeticInput& in, DiagnosticSink& sink);

}  // namespace claimlint
