// Normalization: one clean form of the text for analysis, with an
// OffsetMap back to its input (DESIGN "normalize").
#pragma once

#include <string>
#include <string_view>

#include "source/offset_map.h"

namespace claimlint {

struct NormalizeResult {
  std::string text;  ///< normalized UTF-8, owned
  OffsetMap map;     ///< text → input of normalize()
};

/// Normalizes `text` (UTF-8; an invalid byte becomes U+FFFD) for analysis:
///  - NFKC, per normalization unit, so each output character maps to the
///    exact original characters it came from ("４００，０００" → "400,000",
///    "ﬁ" → "fi" covering the ligature);
///  - typographic folding: curly quotes and guillemets → ' and ", dashes and
///    minus signs → '-', every Unicode space (U+00A0, U+2009, U+202F...) →
///    ' ', soft hyphens, zero-width and bidi controls removed;
///  - CRLF and CR → "\n"; runs of spaces and tabs → one ' '; spaces at the
///    start or end of a line are dropped. Line breaks are kept, so a blank
///    line ("\n\n", a paragraph break) survives.
/// ASCII text without runs of whitespace is copied in bulk, without ICU.
/// Never fails: if ICU cannot normalize a unit, the unit is kept as is.
NormalizeResult normalize(std::string_view text);

/// The typographic folding of one code point, appended to `out` (nothing for
/// removed characters). NFKC is not applied. Exposed for tests.
void fold_code_point(char32_t cp, std::string& out);

}  // namespace claimlint
