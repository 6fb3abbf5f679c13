// Diagnostic: one finding, as a plain value.
//
// A diagnostic names its check, carries a severity, a short lowercase
// message, a primary range in the original bytes, nested notes (each with
// its own range and message) and fix-its. Checks build them and hand them
// to a DiagnosticSink; renderers in report/ turn them into text, JSON or
// SARIF.
//
//   Diagnostic d{.check = "duplicate-passage", .severity = Severity::warning,
//                .message = "passage repeats an earlier one",
//                .range = {file, {120, 480}}};
//   d.notes.push_back({.range = {file, {10, 370}}, .message = "first occurrence is here"});
//   d.fixits.push_back({.range = {file, {120, 481}}, .replacement = ""});
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/byte_range.h"

namespace claimlint {

enum class Severity { note, warning, error };

/// "note", "warning" or "error".
std::string_view severity_name(Severity s);
/// Parses a severity name; nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view name);

/// Replace `range` by `replacement`: an empty range inserts, an empty
/// replacement removes.
struct FixIt {
  SourceRange range;
  std::string replacement;
};

/// A related location with its own message (SARIF relatedLocations).
struct Note {
  SourceRange range;
  std::string message;
  std::vector<FixIt> fixits;
};

struct Diagnostic {
  std::string check;  ///< stable check id, e.g. "value-conflict"
  Severity severity = Severity::warning;
  std::string message;  ///< short, lowercase, no final period
  SourceRange range;    ///< file may be invalid for run-level problems
  std::vector<Note> notes;
  std::vector<FixIt> fixits;
};

}  // namespace claimlint
