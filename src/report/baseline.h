// Baselines: the findings a corpus already has, by a fingerprint that
// survives edits elsewhere in the file, so CI fails only on new ones.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "source/source_manager.h"
#include "util/expected.h"

namespace claimlint {

/// A stable fingerprint of a finding: a hash of its check, file name,
/// message and the text of its primary range with whitespace collapsed
/// (not of line numbers or offsets). 16 hex digits.
std::string fingerprint(const Diagnostic& d, const SourceManager& sources);

/// The JSON baseline file for `diagnostics` (sorted, deterministic).
std::string write_baseline(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources);

/// The fingerprints of a baseline file, one per recorded finding (a
/// fingerprint recorded twice absorbs two findings). Errors name the file.
Expected<std::vector<std::string>> read_baseline(const std::string& path);

/// Drops every diagnostic the baseline records; returns how many.
std::size_t subtract_baseline(std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                              std::vector<std::string> baseline);

}  // namespace claimlint
