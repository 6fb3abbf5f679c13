// The entry point behind main().
#pragma once

namespace claimlint {

/// Parses argv, runs, writes stdout/stderr; returns the exit status.
int cli_main(int argc, char** argv);

}  // namespace claimlint
