// Document: one input after decoding, markup removal and normalization,
// split into paragraphs and sentences. What every later stage reads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "source/byte_range.h"
#include "source/offset_map.h"

namespace claimlint {

/// A paragraph of Document::text (a block: a plain-text paragraph, a
/// Markdown or HTML block element).
struct Paragraph {
  ByteRange range;        ///< in Document::text, without surrounding newlines
  bool prose = true;      ///< ends like a sentence; false for headings, labels
  bool excluded = false;  ///< boilerplate or a repeat: not analysed further
};

/// A sentence of Document::text.
struct Sentence {
  ByteRange range;  ///< in Document::text
  std::size_t paragraph = 0;
};

/// Facts about the document found in its text or markup (issue 3).
struct Metadata {
  std::string lang = "en";
  std::optional<std::string> date;  ///< ISO 8601 publication date
  std::optional<std::string> title;
};

struct Document {
  FileId file = FileId::invalid;
  std::string text;    ///< normalized UTF-8 that later stages analyse
  OffsetMapChain map;  ///< text → original bytes of the file
  Metadata meta;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;

  /// The original bytes that `range` of `text` came from.
  SourceRange original(ByteRange range) const { return {file, map.to_original(range)}; }
  /// The text of a range of `text`.
  std::string_view view(ByteRange range) const {
    return std::string_view(text).substr(range.begin, range.size());
  }
};

}  // namespace claimlint
