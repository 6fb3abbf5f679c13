// Line and column of a byte offset: the only place they are computed.
#include "report/location.h"

#include <algorithm>
#include <cstdint>
#include <limits>

#include <unicode/uchar.h>

#include <fmt/format.h>

#include "util/utf8.h"

namespace claimlint {

namespace {

// Where the code points before display offset `offset` on line `index`
// (spanning `line`) are counted from: the line's start, or past a UTF-8
// byte-order mark, which is not a character of the first line; never past
// `offset`.
std::size_t count_from(std::string_view text, std::size_t offset, std::size_t index, ByteRange line) {
  std::size_t from = line.begin;
  if (index == 0 && text.starts_with("\xEF\xBB\xBF") && offset >= 3) from = 3;
  return std::min(from, offset);
}

LineColumn column_on_line(std::string_view text, std::size_t offset, std::size_t index, ByteRange line) {
  const std::size_t from = count_from(text, offset, index, line);
  return {index + 1, utf8::count_code_points(text.substr(from, std::min(offset, line.end) - from)) + 1};
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

LineColumn line_column(const SourceFile& file, std::size_t offset) {
  if (const KnownPosition* known = file.known_position(offset)) return {known->line, known->column};
  const std::string_view text = file.display_text();
  offset = std::min(file.to_display(offset), text.size());
  const std::size_t index = file.line_index(offset);
  return column_on_line(text, offset, index, file.line_range(index));
}

std::pair<LineColumn, LineColumn> line_columns(const SourceFile& file, ByteRange bytes) {
  if (const KnownPosition* begin = file.known_position(bytes.begin)) {
    if (const KnownPosition* end = file.known_position(bytes.end)) {
      return {{begin->line, begin->column}, {end->line, end->column}};
    }
  }
  const std::string_view text = file.display_text();
  const std::size_t begin = std::min(file.to_display(bytes.begin), text.size());
  const std::size_t end = std::min(file.to_display(bytes.end), text.size());
  const std::size_t index = file.line_index(begin);
  const ByteRange line = file.line_range(index);
  const LineColumn b = column_on_line(text, begin, index, line);
  // No line's text holds a line terminator, so an end within it is on
  // the begin's line.
  if (end < begin || end > line.end) {
    const std::size_t end_index = file.line_index(end);
    return {b, column_on_line(text, end, end_index, file.line_range(end_index))};
  }
  // Counting on from the begin gives the count from the line's start
  // when both are counted from the same place and the begin is not inside
  // a UTF-8 sequence: decoding then steps on the begin either way.
  if (count_from(text, begin, index, line) != count_from(text, end, index, line) ||
      (begin < end && is_continuation_byte(text[begin]))) {
    return {b, column_on_line(text, end, index, line)};
  }
  return {b, {index + 1, b.column + utf8::count_code_points(text.substr(begin, end - begin))}};
}

void remember_positions(const SourceFile& file, std::vector<std::size_t> offsets) {
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  std::vector<KnownPosition> positions;
  positions.reserve(offsets.size());
  constexpr std::size_t k_max = std::numeric_limits<std::uint32_t>::max();
  for (const std::size_t offset : offsets) {
    const LineColumn lc = line_column(file, offset);
    if (lc.line > k_max || lc.column > k_max) continue;
    positions.push_back({offset, static_cast<std::uint32_t>(lc.line), static_cast<std::uint32_t>(lc.column)});
  }
  file.remember_positions(std::move(positions));
}

namespace {

// Visits each code point of `text` with what it prints as.
template <typename F>
void for_each_printable(std::string_view text, F&& emit) {
  std::size_t i = 0;
  while (i < text.size()) {
    const utf8::Decoded d = utf8::decode(text, i);
    const std::string_view raw = text.substr(i, d.length);
    if (!d.valid) {
      emit(fmt::format("<{:02X}>", static_cast<unsigned char>(text[i])), 4);
    } else if (d.code_point == U'\t') {
      emit(std::string(4, ' '), 4);
    } else if (d.code_point < 0x20 || d.code_point == 0x7F || (d.code_point >= 0x80 && d.code_point < 0xA0) ||
               d.code_point == 0xFEFF || u_charType(static_cast<UChar32>(d.code_point)) == U_FORMAT_CHAR) {
      const std::string s = fmt::format("<U+{:04X}>", static_cast<unsigned>(d.code_point));
      emit(s, s.size());
    } else {
      const auto cp = static_cast<UChar32>(d.code_point);
      const int ea = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
      const int gc = u_charType(cp);
      std::size_t width = 1;
      if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK) width = 0;
      else if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) width = 2;
      emit(std::string(raw), width);
    }
    i += d.length;
  }
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_printable(text, [&](const std::string& s, std::size_t) { out += s; });
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for_each_printable(text, [&](const std::string&, std::size_t w) { width += w; });
  return width;
}

}  // namespace claimlint
