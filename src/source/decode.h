// Decoding: original bytes of any supported encoding to UTF-8, with an
// OffsetMap back to the original bytes and a record of what was bad.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/offset_map.h"

namespace claimlint {

/// How far into a file we look for NUL bytes to call it binary.
inline constexpr std::size_t k_binary_sniff_bytes = 8192;

struct DecodeResult {
  std::string text;  ///< valid UTF-8; undecodable bytes became U+FFFD
  OffsetMap map;     ///< text → original bytes
  std::string encoding;  ///< "UTF-8", "UTF-16LE", or the forced name
  bool had_bom = false;
  bool bom_missing = false;  ///< decoded as UTF-16 by its NUL pattern, without a BOM
  /// Original offsets of undecodable byte sequences, in order (at most
  /// k_max_bad_offsets kept); bad_count counts them all.
  std::vector<ByteRange> bad;
  std::size_t bad_count = 0;
  /// Set when the file looks binary: offset of the first NUL byte. The
  /// text is then empty and the file should be skipped.
  std::optional<std::size_t> binary_at;
  /// Set when a forced encoding is unknown to ICU: the error text.
  std::optional<std::string> error;
};

inline constexpr std::size_t k_max_bad_offsets = 64;

/// Decodes `bytes`. With `forced_encoding` empty: UTF-8 (a BOM is
/// skipped), or UTF-16/UTF-32 when a byte-order mark says so, or UTF-16
/// when every other byte of the start is NUL; other NUL bytes in the first
/// k_binary_sniff_bytes mark the file binary. With a forced encoding, ICU converts from that charset.
DecodeResult decode(std::string_view bytes, std::string_view forced_encoding = {});

/// True if ICU knows a converter by this name.
bool is_known_encoding(std::string_view name);

}  // namespace claimlint
