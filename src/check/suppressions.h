// Inline suppressions: a comment in the text that silences one finding,
// with a required reason.
//
//   <!-- claimlint-disable-next-line value-conflict: figure from the filing -->
//   claimlint-disable-next-line times-more: quoting the company
//   ... 40,000 chips ... <!-- claimlint-disable-line value-conflict: typo in source -->
//
// "next-line" covers the next non-blank line, "line" its own line. Several
// checks are separated by commas. In plain text the directive is a line of
// its own, excluded from analysis; in Markdown and HTML it is a comment.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "source/source_manager.h"

namespace claimlint {

/// One directive found in a file.
struct Suppression {
  SourceRange range;          ///< the directive text
  std::size_t target_line = 0;  ///< 1-based line it covers (0: none)
  std::vector<std::string> checks;
  std::string reason;
};

/// The directives of `file`, in order.
std::vector<Suppression> find_suppressions(const SourceFile& file);

/// True if `text` (a file's display text) may hold a directive: files
/// without one need not be read again when suppressions are applied.
bool may_have_suppressions(std::string_view text);

/// True if `line` (text of one line) is only a suppression directive, so
/// that it is not analysed as prose.
bool is_suppression_line(std::string_view line);

/// Drops the diagnostics that a directive of their file covers (primary
/// range starting on the target line, check listed), and reports, as
/// `suppression` notes, directives without a reason (ignored), with an
/// unknown check, or that silenced nothing. Whether a directive for a
/// corpus check (value-conflict) silences anything depends on the other
/// documents of the run, so only directives naming document checks alone
/// can be "unused". `files` are the files whose directives apply (the
/// linted inputs); notes are reported for those `report_notes` accepts
/// (all when empty: a sharded reduce reports the files it owns).
void apply_suppressions(std::vector<Diagnostic>& diagnostics, const std::vector<const SourceFile*>& files,
                        const std::function<bool(const SourceFile&)>& report_notes = {});

}  // namespace claimlint
