// The duplicate-passage check: paragraphs repeated within one document.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostic_sink.h"
#include "segment/document.h"

namespace claimlint {

/// Minimum words for a lone paragraph to count as a repeated passage.
inline constexpr std::size_t k_min_repeated_words = 8;

/// The form two paragraphs are compared in: lower case, whitespace runs as
/// one space, typographic quotes and dashes as ASCII.
std::string fold_for_comparison(std::string_view paragraph);
/// Appends fold_for_comparison(paragraph) to `out`.
void append_folded(std::string_view paragraph, std::string& out);

/// Reports each run of paragraphs that repeats an earlier run (at the
/// repeat, with a note at the first occurrence and a fix-it removing the
/// repeat) and marks the repeated paragraphs excluded.
void check_duplicate_passages(Document& doc, DiagnosticSink& sink);

}  // namespace claimlint
