// Segmentation: paragraphs and sentences of a Document (DESIGN "segment").
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "segment/document.h"

namespace claimlint {

/// Splits doc.text into paragraphs. Blank lines always end a paragraph. A
/// single line break ends one too, unless the line is hard-wrapped prose:
/// it does not end like a sentence and the next line continues it (starts
/// in lower case, or the block is made of short lines of at most
/// k_wrap_width code points).
void segment_paragraphs(Document& doc);

/// Makes every non-empty line of doc.text one paragraph and one sentence
/// (extract --each-line: one document per line).
void segment_lines(Document& doc);

/// Splits the paragraphs that are not excluded into sentences with ICU's
/// sentence BreakIterator for doc.meta.lang (default "en"), with the locale's
/// standard abbreviation suppressions plus k_abbreviations: "U.S.", "Dec.",
/// "No. 2" do not end a sentence. Sentences are trimmed; empty ones dropped.
void segment_sentences(Document& doc);

/// The sentences of `text` (one paragraph: a line break inside counts as a
/// space) in language `lang`, as trimmed byte ranges of `text`. If ICU cannot
/// build an iterator for the language, the whole trimmed text is one
/// sentence.
std::vector<ByteRange> split_sentences(std::string_view text, std::string_view lang);

/// The breaks ICU's sentence iterator (with the locale's suppressions, but
/// before k_abbreviations) puts in `text`, as byte offsets ending with
/// text.size(). ASCII paragraphs take a fast path that follows the same
/// rules; `icu_only` skips it, so that tests can hold the two together.
std::vector<std::size_t> sentence_breaks(std::string_view text, std::string_view lang, bool icu_only = false);

/// The fast path alone: the breaks of sentence_breaks() for non-empty
/// ASCII `text` in a language that uses ICU's root sentence rules, or
/// nothing where it leaves the text to ICU (other characters, CR and other
/// controls, tailored languages).
std::optional<std::vector<std::size_t>> ascii_sentence_breaks(std::string_view text, std::string_view lang);

/// True if `text` ends like a sentence (., !, ?, … maybe followed by
/// closing quotes or brackets).
bool ends_like_sentence(std::string_view text);

inline constexpr std::size_t k_wrap_width = 100;

}  // namespace claimlint
