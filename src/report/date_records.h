// Date records: the date mentions of `claimlint extract` as JSON Lines
// (DESIGN "extract JSON Lines", kind "date"; issue 5).
#pragma once

#include <string>
#include <vector>

#include "extract/date_extractor.h"
#include "segment/document.h"
#include "source/source_file.h"

namespace claimlint {

/// Appends one JSON object per date mention of `doc` (`dates`, as
/// extract_document_dates gives them) to `out`, each followed by a newline: "kind":"date", "value"
/// and "time" the ISO value or null, "qualifier" exact, lower-bound,
/// upper-bound or range, and for a relative date "relative" (the phrase)
/// and, once resolved, "resolved_against" (the ISO publication date).
/// Offsets are original bytes of `file`; with `each_line` records carry
/// "doc", the 0-based input line.
void append_date_records(const SourceFile& file, const Document& doc, const std::vector<DateMention>& dates,
                         bool each_line, std::string& out);

}  // namespace claimlint
