// Document metadata (date, title, language) read from markup and text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimlint {

/// What a document says about itself; each field is empty when not found.
struct MarkupMetadata {
  std::optional<std::string> date;   ///< ISO 8601 publication date, YYYY-MM-DD
  std::optional<std::string> title;  ///< as written, whitespace collapsed
  std::optional<std::string> lang;   ///< primary language subtag, lower case ("en")
};

/// The calendar date at the start of `text` (after spaces) as YYYY-MM-DD:
/// "2026-01-28", "2026-01-28T10:00:00Z", "2026/01/28", "January 28, 2026",
/// "Jan. 28, 2026", "28 January 2026", "28 de enero de 2026", "Wednesday,
/// January 28, 2026". nullopt if there is none or it is not a real date.
std::optional<std::string> parse_date(std::string_view text);

/// The primary language subtag of a BCP 47 tag or POSIX locale ("en-US",
/// "es_ES" → "en", "es"); nullopt unless it is 2 or 3 ASCII letters.
std::optional<std::string> language_subtag(std::string_view tag);

/// Reads "Published:", "Date:", "Publicado:" or "Fecha:" lines among the
/// first k_metadata_lines lines of plain text into meta.date.
void read_plain_metadata(std::string_view text, MarkupMetadata& meta);

/// Length in bytes of the YAML front matter that opens a Markdown `text`
/// ("---" line, lines, "---" or "..." line, with its line end), 0 if none.
/// Reads its date:, title: and lang: (or language:) keys into `meta`.
std::size_t read_front_matter(std::string_view text, MarkupMetadata& meta);

/// "es" when the first few kilobytes of `text` read as Spanish by their
/// function words ("de", "la", "los", "que", "por" far outnumbering "the",
/// "of", "and"), else nullopt: a document that names no language of its
/// own and is not clearly Spanish is read as the default language.
std::optional<std::string> guess_language(std::string_view text);

inline constexpr std::size_t k_metadata_lines = 10;

}  // namespace claimlint
