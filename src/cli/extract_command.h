// `claimlint extract`: what the analysis sees, as JSON Lines.
#pragma once

#include "cli/driver.h"
#include "cli/options.h"

namespace claimlint {

/// Prints one JSON object per sentence (--sentences) or per quantity, for
/// every input. Exit status: 0, or 2 if an input or a rule file failed.
int run_extract(const Options& options, Streams& streams);

}  // namespace claimlint
