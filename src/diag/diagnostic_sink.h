// DiagnosticSink: where checks put their findings.
#pragma once

#include <vector>

#include "diag/diagnostic.h"

namespace claimlint {

/// Collects diagnostics. Not thread-safe: one sink per worker, merged
/// afterwards with take() and append().
class DiagnosticSink {
 public:
  void report(Diagnostic d) { diagnostics_.push_back(std::move(d)); }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }
  void append(std::vector<Diagnostic> more);

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace claimlint
