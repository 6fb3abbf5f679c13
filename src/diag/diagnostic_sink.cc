// DiagnosticSink: where checks put their findings.
#include "diag/diagnostic_sink.h"

#include <iterator>

namespace claimlint {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "note") return Severity::note;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

void DiagnosticSink::append(std::vector<Diagnostic> more) {
  diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(more.begin()),
                      std::make_move_iterator(more.end()));
}

}  // namespace claimlint
