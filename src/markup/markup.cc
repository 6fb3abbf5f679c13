// Markup: Markdown and HTML to prose text runs.
#include "markup/markup.h"

#include <algorithm>
#include <cctype>

namespace claimlint {

std::string_view input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::plain: return "plain";
    case InputFormat::markdown: return "markdown";
    case InputFormat::html: return "html";
  }
  return "plain";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "plain" || name == "text") return InputFormat::plain;
  if (name == "markdown" || name == "md") return InputFormat::markdown;
  if (name == "html") return InputFormat::html;
  return std::nullopt;
}

InputFormat format_for_path(std::string_view path) {
  std::string lower(path);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower.ends_with(".md") || lower.ends_with(".markdown")) return InputFormat::markdown;
  if (lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml")) return InputFormat::html;
  return InputFormat::plain;
}

MarkupResult strip_markup(std::string_view text, InputFormat /*format*/) {
  MarkupResult r;
  r.text.assign(text);
  r.map = OffsetMap::identity(text.size());
  return r;
}

}  // namespace claimlint
