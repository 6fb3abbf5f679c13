// Mojibake: UTF-8 decoded as Windows-1252 and encoded again.
#include "check/mojibake.h"

#include <fmt/format.h>

#include "util/utf8.h"

namespace claimlint {
namespace {

// The Windows-1252 byte a code point stands for, or -1. Bytes 0x80-0x9F
// map to the punctuation of that code page; 0xA0-0xFF are Latin-1.
int cp1252_byte(char32_t cp) {
  static constexpr char32_t k_high[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  if (cp >= 0xA0 && cp <= 0xFF) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i) {
    if (k_high[i] != 0 && k_high[i] == cp) return 0x80 + i;
  }
  // The five undefined bytes survive some decoders as C1 controls.
  if (cp == 0x81 || cp == 0x8D || cp == 0x8F || cp == 0x90 || cp == 0x9D) return static_cast<int>(cp);
  return -1;
}

}  // namespace

std::optional<MojibakeHit> mojibake_at(std::string_view text, std::size_t pos) {
  const utf8::Decoded lead = utf8::decode(text, pos);
  // Lead bytes of 2-, 3- and 4-byte sequences read as Latin-1: Â..ô.
  if (!lead.valid || lead.code_point < 0xC2 || lead.code_point > 0xF4) return std::nullopt;
  const std::size_t need = lead.code_point >= 0xF0 ? 3 : lead.code_point >= 0xE0 ? 2 : 1;
  std::string bytes(1, static_cast<char>(lead.code_point));
  std::size_t i = pos + lead.length;
  for (std::size_t k = 0; k < need; ++k) {
    if (i >= text.size()) return std::nullopt;
    const utf8::Decoded d = utf8::decode(text, i);
    const int b = d.valid ? cp1252_byte(d.code_point) : -1;
    if (b < 0x80 || b > 0xBF) return std::nullopt;
    bytes += static_cast<char>(b);
    i += d.length;
  }
  const utf8::Decoded repaired = utf8::decode(bytes, 0);
  if (!repaired.valid || repaired.length != bytes.size()) return std::nullopt;
  // "Â" before a no-break space is the commonest hit; real text with a
  // capital A circumflex before Latin-1 punctuation is rare enough.
  return MojibakeHit{{pos, i}, bytes};
}

void check_mojibake(FileId file, std::string_view text, const OffsetMap& map, DiagnosticSink& sink) {
  std::optional<MojibakeHit> first;
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      i = utf8::skip_ascii(text, i);
      continue;
    }
    if (c != 0xC3 && c != 0xC2) {  // U+00C2..U+00FF start with C3 or C2 in UTF-8
      ++i;
      continue;
    }
    if (auto hit = mojibake_at(text, i)) {
      if (!first) first = hit;
      ++count;
      i = hit->range.end;
    } else {
      ++i;
    }
  }
  if (!first) return;
  Diagnostic d;
  d.check = "encoding";
  d.severity = Severity::error;
  const std::string_view seen = text.substr(first->range.begin, first->range.size());
  d.message = fmt::format("mojibake: '{}' is UTF-8 that was read as Windows-1252; probably '{}'", seen, first->repaired);
  if (count > 1) d.message += fmt::format(" ({} more in this file)", count - 1);
  d.range = {file, map.to_input(first->range)};
  d.fixits.push_back({d.range, first->repaired});
  sink.report(std::move(d));
}

}  // namespace claimlint
