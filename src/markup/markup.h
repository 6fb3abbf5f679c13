// Markup: Markdown and HTML to prose text runs, with an OffsetMap back to
// the markup (DESIGN "markup").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "source/offset_map.h"

namespace claimlint {

enum class InputFormat { plain, markdown, html };

/// "plain", "markdown" or "html".
std::string_view input_format_name(InputFormat f);
/// Parses an --input-format value; nullopt if unknown.
std::optional<InputFormat> parse_input_format(std::string_view name);
/// The format a path's extension implies (.md/.markdown, .html/.htm/.xhtml,
/// else plain).
InputFormat format_for_path(std::string_view path);

struct MarkupResult {
  std::string text;  ///< prose only; blocks separated by "\n\n"
  OffsetMap map;     ///< text → input of strip_markup()
};

/// Keeps the prose of `text` (valid UTF-8) in format `format`.
MarkupResult strip_markup(std::string_view text, InputFormat format);

}  // namespace claimlint
