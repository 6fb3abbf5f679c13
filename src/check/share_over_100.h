// The share-over-100 check (issue 7): shares of one whole that add up to more than 100%.
#pragma once

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// Reports every share-over-100 finding of one document (see --explain share-over-100).
void check_share_over_100(const ArithmeticInput& in, DiagnosticSink& sink);

}  // namespace claimlint
