// UTF-8 helpers: decoding one code point, validation, code-point counting.
#include "util/utf8.h"

#include <algorithm>

#include <cstdint>
#include <cstring>

#include "util/byte_block.h"

namespace claimlint::utf8 {

std::size_t skip_ascii(std::string_view text, std::size_t from) {
  using bytes::Block;
  const char* p = text.data();
  std::size_t i = from;
  // Sixty-four bytes a step while all are ASCII, then sixteen: the high
  // bits of a block say where its first byte past ASCII is.
  while (i + 4 * Block::size <= text.size()) {
    const Block any = Block::load(p + i) | Block::load(p + i + 16) | Block::load(p + i + 32) | Block::load(p + i + 48);
    if (any.mask() != 0) break;
    i += 4 * Block::size;
  }
  for (; i + Block::size <= text.size(); i += Block::size) {
    if (const unsigned high = Block::load(p + i).mask()) return i + bytes::first(high);
  }
  if (i < text.size() && text.size() >= Block::size) {
    // The text's last sixteen bytes, of which those before i are ASCII.
    const std::size_t last = text.size() - Block::size;
    const unsigned high = Block::load(p + last).mask() >> (i - last);
    return high != 0 ? i + bytes::first(high) : text.size();
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

Decoded decode(std::string_view text, std::size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned char b0 = s[pos];
  if (b0 < 0x80) return {b0, 1, true};
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2; cp = b0 & 0x1F; min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3; cp = b0 & 0x0F; min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4; cp = b0 & 0x07; min = 0x10000;
  } else {
    return {0xFFFD, 1, false};
  }
  if (pos + len > n) return {0xFFFD, 1, false};
  for (std::size_t i = 1; i < len; ++i) {
    const unsigned char b = s[pos + i];
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
  return {cp, len, true};
}

std::optional<std::size_t> first_invalid(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      i = skip_ascii(text, i);
      continue;
    }
    const Decoded d = decode(text, i);
    if (!d.valid) return i;
    i += d.length;
  }
  return std::nullopt;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      const std::size_t end = skip_ascii(text, i);
      count += end - i;
      i = end;
      continue;
    }
    i += decode(text, i).length;
    ++count;
  }
  return count;
}

bool is_ascii(std::string_view text) { return skip_ascii(text, 0) == text.size(); }

bool ascii_iequal(std::string_view a, std::string_view b) {
  const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return fold(x) == fold(y); });
}

std::string replace_invalid(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t ascii_end = skip_ascii(text, i);
    out.append(text.substr(i, ascii_end - i));
    i = ascii_end;
    if (i == text.size()) break;
    const Decoded d = decode(text, i);
    if (d.valid) {
      out.append(text.substr(i, d.length));
    } else {
      append(out, 0xFFFD);
    }
    i += d.length;
  }
  return out;
}

}  // namespace claimlint::utf8
