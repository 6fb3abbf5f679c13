// Fuzz drivers: the bodies of the libFuzzer targets (issue 10), shared
// with the regression test that replays tests/fuzz/regressions/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimlint::fuzz {

/// The fuzz targets, by the name of their binary suffix and of their
/// folder under tests/fuzz/regressions/: "plain", "markdown", "html" (the
/// whole pipeline on one document of that format), "numeral" (the number
/// parser on one sentence), "rules" (a rule file and a config file) and
/// "claims" (a claims file, read with and without a document tree).
const std::vector<std::string_view>& target_names();

/// Loads the built-in rules once (the work of LLVMFuzzerInitialize); the
/// drivers call it themselves too, so calling it is optional.
void initialize();

/// Runs `bytes` through the target named `target` (see target_names()).
/// Returns the broken invariants found (a diagnostic outside its file, an
/// output that is not valid JSON...), empty if none. A crash, a leak or
/// undefined behaviour is left to the sanitizers. An unknown target is
/// reported as a broken invariant.
std::vector<std::string> run_target(std::string_view target, std::string_view bytes);

}  // namespace claimlint::fuzz
