// Mojibake: UTF-8 text that was once decoded as Windows-1252 and encoded
// again ("â€™" for "’", "Ã©" for "é"), part of the encoding check.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic_sink.h"
#include "source/offset_map.h"

namespace claimlint {

/// One mojibake sequence: its byte range in the scanned text and the text
/// it most likely was.
struct MojibakeHit {
  ByteRange range;
  std::string repaired;
};

/// The mojibake sequence starting at byte `pos` of `text` (valid UTF-8),
/// if any: a lead character of a UTF-8 sequence as Windows-1252 read it,
/// followed by the right number of continuation characters, which together
/// re-encode to one valid non-ASCII UTF-8 character.
std::optional<MojibakeHit> mojibake_at(std::string_view text, std::size_t pos);

/// Reports the first mojibake sequence of `text` (decoded text of `file`,
/// `map` back to the original bytes) as an `encoding` error with a fix-it,
/// counting the others.
void check_mojibake(FileId file, std::string_view text, const OffsetMap& map, DiagnosticSink& sink);

}  // namespace claimlint
