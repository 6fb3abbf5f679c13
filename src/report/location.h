// Line and column of a byte offset: the only place they are computed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "source/source_file.h"

namespace claimlint {

/// A 1-based line and 1-based column counted in Unicode code points (SARIF
/// columnKind "unicodeCodePoints"); an invalid byte counts as one.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Line and code-point column of original byte `offset` of `file` (for
/// a transcoded file, counted in its decoded text).
LineColumn line_column(const SourceFile& file, std::size_t offset);

/// line_column() of both ends of original range `bytes` of `file`, the
/// line looked up and counted once when both ends are on it.
std::pair<LineColumn, LineColumn> line_columns(const SourceFile& file, ByteRange bytes);

/// Works out the line and column of each of `offsets` (original bytes of
/// `file`, in any order, repeats allowed) while the file is in memory and
/// keeps them with the file (SourceFile::remember_positions):
/// line_column() and line_columns() then answer for them without reading
/// the file again. A position past 2^32 lines or columns is not kept.
void remember_positions(const SourceFile& file, std::vector<std::size_t> offsets);

/// Makes `text` printable on one terminal line: tabs become four spaces,
/// control and format characters become <U+XXXX>, invalid bytes <XX>.
std::string printable(std::string_view text);

/// Display columns `text` takes once printable (wide East Asian glyphs
/// count two, combining marks zero).
std::size_t display_width(std::string_view text);

}  // namespace claimlint
