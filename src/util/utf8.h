// UTF-8 helpers: decoding one code point, validation, code-point counting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimlint::utf8 {

/// One decoded code point and the number of bytes it used.
struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 0;  ///< 1..4 bytes; 1 for an invalid byte
  bool valid = false;      ///< false: the byte at the start is not valid UTF-8
};

/// Decodes the code point starting at `pos`. Overlong forms, surrogates and
/// values above U+10FFFF are invalid; an invalid sequence consumes one byte.
Decoded decode(std::string_view text, std::size_t pos);

/// Offset of the first byte that is not valid UTF-8, or nullopt.
std::optional<std::size_t> first_invalid(std::string_view text);

/// `text` with each byte that is not valid UTF-8 replaced by U+FFFD (as
/// decode() reads it), for messages that quote input bytes.
std::string replace_invalid(std::string_view text);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

/// Number of code points in `text`; each invalid byte counts as one.
std::size_t count_code_points(std::string_view text);

/// The first offset at or after `from` whose byte is not ASCII, or
/// text.size(); reads eight bytes at a time.
std::size_t skip_ascii(std::string_view text, std::size_t from);

/// True if every byte is below 0x80.
bool is_ascii(std::string_view text);

/// True if `a` and `b` are the same bytes with ASCII letters compared
/// without case ("ES" and "es", "HTML" and "html"); other bytes as they
/// are.
bool ascii_iequal(std::string_view a, std::string_view b);

/// True if `w` opens with a capital letter: an ASCII one, or a Latin-1
/// one written in UTF-8 ("Í" of "Íñigo", "Á" of "Álvarez";
/// not the sign "×").
inline bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(w[k]); };
  if (b(0) >= 'A' && b(0) <= 'Z') return true;
  return w.size() > 1 && b(0) == 0xC3 && b(1) >= 0x80 && b(1) <= 0x9E && b(1) != 0x97;
}

/// Length of the UTF-8 sequence announced by a lead byte (1 for invalid).
inline std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

}  // namespace claimlint::utf8
