// The transposed-figure reading of value-conflict: a figure told again
// elsewhere in the same article with two neighbouring digits swapped
// ("6,500-seat stadium" ... "the 5,600-seat ballpark").
#pragma once

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// Whether the digits of `a` and `b` ("1,236", "1,326"; "13.7", "17.3")
/// are the same but for two neighbours swapped: at least three digits
/// each, as many in both, and exactly that one swap between them.
bool digits_transposed(std::string_view a, std::string_view b);

/// Reports, as value-conflict, each figure of one article whose number is
/// an earlier figure's with two neighbouring digits swapped, when the
/// later one is definite ("the 5,600-seat ballpark", "its 1,420 homes"),
/// both count the same measure in the same unit, in different sentences, at no
/// different time, and no claim key already puts them side by side (see
/// --explain value-conflict).
void check_transposed_figures(const ArithmeticInput& in, DiagnosticSink& sink);

}  // namespace claimlint
