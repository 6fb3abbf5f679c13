// The driver: runs the pipeline over the inputs and reports.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "cli/options.h"

namespace claimlint {

/// Where the driver writes; tests pass strings, main() the real streams.
struct Streams {
  std::string out;
  std::string err;
  bool stdout_is_tty = false;
  /// When set, receives `out` as the run goes (cli_main writes it to
  /// stdout), so that a long report is not held whole; unset, everything
  /// stays in `out` (tests).
  std::function<void(std::string_view)> sink_out;
  /// Hands what `out` holds to `sink_out`, if any, once it holds at least
  /// k_flush_bytes: a report of many files is written 64 KiB at a time,
  /// not one system call per file (11,900 writes for a 100 MB corpus).
  /// Whoever set `sink_out` writes what is left when the run ends.
  void flush_out() {
    if (sink_out && out.size() >= k_flush_bytes) {
      sink_out(out);
      out.clear();
    }
  }
  static constexpr std::size_t k_flush_bytes = 64 * 1024;
};

/// Runs a parsed command line; returns the exit status (DESIGN.md).
int run(const Options& options, Streams& streams);

}  // namespace claimlint
