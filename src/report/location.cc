// Line and column of a byte offset: the only place they are computed.
#include "report/location.h"

#include <unicode/uchar.h>

#include <fmt/format.h>

#include "util/utf8.h"

namespace claimlint {

LineColumn line_column(const SourceFile& file, std::size_t offset) {
  const std::string_view text = file.display_text();
  offset = std::min(file.to_display(offset), text.size());
  const std::size_t index = file.line_index(offset);
  const ByteRange line = file.line_range(index);
  std::size_t from = line.begin;
  // A UTF-8 byte-order mark is not a character of the first line.
  if (index == 0 && text.starts_with("\xEF\xBB\xBF") && offset >= 3) from = 3;
  const std::size_t upto = std::min(offset, line.end) - std::min(from, offset);
  return {index + 1, utf8::count_code_points(text.substr(std::min(from, offset), upto)) + 1};
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
