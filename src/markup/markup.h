// Markup: Markdown and HTML to prose text runs, with an OffsetMap back to
// the markup (DESIGN "markup").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "markup/metadata.h"
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
  std::string text;     ///< prose only; blocks separated by "\n\n"
  OffsetMap map;        ///< text → input of strip_markup()
  MarkupMetadata meta;  ///< date, title, language the document gives
  /// HTML: input offset of the first content nested deeper than
  /// k_max_html_depth elements, which is not read.
  std::optional<std::size_t> too_deep_at;
  /// HTML: set when the document nests elements deeper than
  /// k_max_html_parse_depth (input offset of the tag that goes beyond):
  /// it is not parsed, and `text` is empty.
  std::optional<std::size_t> unparsed_at;
};

/// HTML nesting deeper than this many elements is not read (and reported).
inline constexpr int k_max_html_depth = 400;

/// HTML nesting deeper than this many elements is not parsed at all: the
/// parser's work grows with the square of the depth (issue 10, "Limits").
inline constexpr std::size_t k_max_html_parse_depth = 2000;

/// The input offset of the first start tag of `html` that opens an element
/// deeper than `limit`, reading tags one by one as an HTML parser would
/// nest them (void and self-closing elements, raw text of script and
/// style, comments, end tags closing the open element they name, "<p>"
/// and "<li>" closing an open one); nullopt if none does.
std::optional<std::size_t> html_nesting_beyond(std::string_view html, std::size_t limit);

/// Keeps the prose of `text` (valid UTF-8) in format `format`, and reads the
/// document's metadata.
///  - plain: the text as is; metadata from a "Published:"/"Date:" line
///    near the top.
///  - markdown (md4c): text of paragraphs, headings, list items, table
///    cells, block quotes, link text and image alt text; code, raw HTML,
///    autolinked URLs and YAML front matter dropped (front matter gives
///    date:, title:, lang:). Entities decoded.
///  - html (gumbo): the same for elements; script, style, nav, aside,
///    footer, form, noscript, template, pre, code, a header holding a nav,
///    and the head dropped. Metadata from <html lang>, <title>,
///    article:published_time, JSON-LD datePublished and <time datetime>.
/// Every block element becomes one paragraph: blocks are separated by
/// "\n\n", a <br> or hard break is "\n", other line breaks are spaces.
/// Decoded entities map to their whole source ("&amp;" → "&"). Never fails:
/// a document that does not parse yields what could be read.
MarkupResult strip_markup(std::string_view text, InputFormat format);

/// strip_markup of HTML with gumbo reading the input as it is, without
/// folding its text runs first (HtmlTextRuns): the same result, several
/// times slower; the reference the folded reading is tested against.
MarkupResult strip_html_unfolded(std::string_view text);

/// The character `entity` ("&amp;", "&#8217;", "&#x2019;") stands for, as
/// UTF-8; nullopt if it is not a known entity. Named entities need the ';'.
std::optional<std::string> decode_entity(std::string_view entity);

}  // namespace claimlint
