// Quantity records: the JSON Lines of `claimlint extract` (DESIGN
// "extract JSON Lines"), one object per quantity.
#pragma once

#include <string>

#include "ruleset/rule_set.h"
#include "segment/document.h"
#include "source/source_file.h"

namespace claimlint {

/// Extracts the quantities of every sentence of `doc` (lexicon of
/// doc.meta.lang) and appends one JSON object per quantity to `out`, each
/// followed by a newline. Offsets are original bytes of `file`; with
/// `each_line` records carry "doc", the 0-based input line.
void append_quantity_records(const SourceFile& file, const Document& doc, const RuleSet& rules, bool each_line,
                             std::string& out);

}  // namespace claimlint
