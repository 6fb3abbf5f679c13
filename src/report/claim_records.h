// Claim records: what `claimlint extract` prints, one JSON object per
// quantity with what it was bound to (DESIGN "extract JSON Lines").
#pragma once

#include <string>
#include <vector>

#include "bind/claim.h"
#include "segment/document.h"
#include "source/source_file.h"

namespace claimlint {

/// Appends one JSON line per claim of `doc` to `out`: path, line, column,
/// original byte offsets, text, kind, value, low, high, qualifier, unit,
/// measure, subjects, predicate, time, modality, sentence; with
/// `each_line`, "doc" (the 0-based input line).
void append_claim_records(const SourceFile& file, const Document& doc, const std::vector<Claim>& claims,
                          bool each_line, std::string& out);

}  // namespace claimlint
