// The driver: runs the pipeline over the inputs and reports.
#pragma once

#include <string>

#include "cli/options.h"

namespace claimlint {

/// Where the driver writes; tests pass strings, main() the real streams.
struct Streams {
  std::string out;
  std::string err;
  bool stdout_is_tty = false;
};

/// Runs a parsed command line; returns the exit status (DESIGN.md).
int run(const Options& options, Streams& streams);

}  // namespace claimlint
