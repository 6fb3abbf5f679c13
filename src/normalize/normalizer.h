// Normalization: one clean form of the text for analysis, with an
// OffsetMap back to its input (DESIGN "normalize").
#pragma once

#include <string>
#include <string_view>

#include "source/offset_map.h"

namespace claimlint {

struct NormalizeResult {
  std::string text;
  OffsetMap map;  ///< text → input of normalize()
};

/// Normalizes `text` (valid UTF-8). Paragraph breaks ("\n\n") and line
/// breaks ("\n") survive; other whitespace runs become one space.
NormalizeResult normalize(std::string_view text);

}  // namespace claimlint
