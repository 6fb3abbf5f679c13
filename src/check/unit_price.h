// The unit-price check (issue 7): a unit price that disagrees with a count and total stated in the same document.
#pragma once

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// Reports every unit-price finding of one document (see --explain unit-price).
void check_unit_price(const ArithmeticInput& in, DiagnosticSink& sink);

}  // namespace claimlint
