// Renderers: diagnostics to text, JSON, JSON Lines or SARIF.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "source/source_manager.h"

namespace claimlint {

/// A problem of the run rather than of a text: an unreadable path, a
/// skipped binary file, a broken rule file. Printed on stderr in text
/// formats; SARIF toolExecutionNotifications (or toolConfiguration-
/// Notifications for rules and config).
struct RunMessage {
  Severity level = Severity::error;
  std::string text;             ///< e.g. "cannot read 'x': No such file or directory"
  std::string path;             ///< the input or rule file concerned, if any
  std::size_t line = 0;         ///< 1-based, 0 if unknown
  std::size_t column = 0;       ///< 1-based code points, 0 if unknown
  bool configuration = false;   ///< a rule or config problem
  std::size_t order = 0;        ///< position of its input on the command line (0: rules, config)
};

/// Sorts run messages into command-line order (rules and config first).
void sort_run_messages(std::vector<RunMessage>& messages);

struct RenderOptions {
  bool color = false;
};

/// Sorts diagnostics by path, line, column, check id, message (STYLE
/// "Diagnostics"): the order every renderer prints.
void sort_diagnostics(std::vector<Diagnostic>& diags, const SourceManager& sources);

/// gcc/clang style: "path:line:col: severity: message [check]", the source
/// line, a caret line, then each note the same way.
std::string render_text(std::span<const Diagnostic> diags, const SourceManager& sources,
                        const RenderOptions& options);

/// One diagnostic as it appears in the text format (for tests and tools).
std::string render_text_one(const Diagnostic& d, const SourceManager& sources, const RenderOptions& options);

/// A JSON array of diagnostic objects (pretty-printed), or with `lines`
/// one compact object per line (JSON Lines).
std::string render_json(std::span<const Diagnostic> diags, const SourceManager& sources, bool lines);

/// SARIF 2.1.0: one run, a rules entry per check, results with
/// relatedLocations and fixes, run messages as notifications.
std::string render_sarif(const std::vector<Diagnostic>& diags, const SourceManager& sources,
                         const std::vector<RunMessage>& messages);

/// GitHub Actions workflow commands (::error file=...,line=...::message).
std::string render_github(std::span<const Diagnostic> diags, const SourceManager& sources);

/// "claimlint: error: text" as printed on stderr.
std::string render_run_message(const RunMessage& m, bool color);

}  // namespace claimlint
