// Decoding: original bytes of any supported encoding to UTF-8.
#include "source/decode.h"

#include <unicode/ucnv.h>

#include <cctype>
#include <cstring>
#include <memory>

#include "util/utf8.h"

namespace claimlint {
namespace {

void note_bad(DecodeResult& r, ByteRange range) {
  if (r.bad.size() < k_max_bad_offsets) r.bad.push_back(range);
  ++r.bad_count;
}

// UTF-8 (the default, DESIGN "source"): valid input is copied as is;
// each invalid byte becomes U+FFFD so the rest of the file is analysed.
void decode_utf8(std::string_view bytes, std::size_t start, DecodeResult& r) {
  OffsetMapBuilder b;
  b.skip(start);
  const std::string_view body = bytes.substr(start);
  if (!utf8::first_invalid(body)) {
    r.text.assign(body);
    b.copy(body.size());
    r.map = std::move(b).finish(bytes.size());
    return;
  }
  r.text.reserve(body.size() + 16);
  std::size_t i = start;
  std::size_t run = i;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(bytes, i);
    if (d.valid) {
      i += d.length;
      continue;
    }
    r.text.append(bytes.substr(run, i - run));
    b.copy(i - run);
    utf8::append(r.text, 0xFFFD);
    b.replace(3, 1);
    note_bad(r, {i, i + 1});
    ++i;
    run = i;
  }
  r.text.append(bytes.substr(run));
  b.copy(bytes.size() - run);
  r.map = std::move(b).finish(bytes.size());
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Any other charset through ICU, one code point at a time so that each
// output character knows its exact original bytes.
void decode_icu(std::string_view bytes, std::size_t start, const char* name, DecodeResult& r) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(name, &status));
  if (U_FAILURE(status)) {
    r.error = std::string("unknown encoding '") + name + "'";
    return;
  }
  r.encoding = ucnv_getName(conv.get(), &status);
  OffsetMapBuilder b;
  b.skip(start);
  const char* const base = bytes.data();
  const char* src = base + start;
  const char* const limit = base + bytes.size();
  r.text.reserve(bytes.size());
  while (src < limit) {
    const char* before = src;
    status = U_ZERO_ERROR;
    UChar32 cp = ucnv_getNextUChar(conv.get(), &src, limit, &status);
    if (status == U_INDEX_OUTOFBOUNDS_ERROR) break;
    if (src == before) ++src;  // never loop without progress
    const std::size_t in_len = static_cast<std::size_t>(src - before);
    if (U_FAILURE(status) || cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      note_bad(r, {static_cast<std::size_t>(before - base), static_cast<std::size_t>(src - base)});
      cp = 0xFFFD;
    }
    const std::size_t out_before = r.text.size();
    utf8::append(r.text, static_cast<char32_t>(cp));
    const std::size_t out_len = r.text.size() - out_before;
    if (out_len == in_len && cp < 0x80) {
      b.copy(in_len);
    } else {
      b.replace(out_len, in_len);
    }
  }
  if (src < limit) {
    // A truncated sequence at the end of the file.
    note_bad(r, {static_cast<std::size_t>(src - base), bytes.size()});
    utf8::append(r.text, 0xFFFD);
    b.replace(3, static_cast<std::size_t>(limit - src));
  }
  r.map = std::move(b).finish(bytes.size());
}

// "UTF-16LE"/"UTF-16BE" when at least 95% of the sniffed code units have a
// NUL high byte and a non-NUL low byte (Latin-script text), else nullptr.
const char* sniff_utf16(std::string_view sniff) {
  const std::size_t units = sniff.size() / 2;
  if (units < 4) return nullptr;
  std::size_t le = 0;
  std::size_t be = 0;
  for (std::size_t i = 0; i + 1 < sniff.size(); i += 2) {
    const bool first_nul = sniff[i] == '\0';
    const bool second_nul = sniff[i + 1] == '\0';
    if (!first_nul && second_nul) ++le;
    if (first_nul && !second_nul) ++be;
  }
  if (le * 100 >= units * 95) return "UTF-16LE";
  if (be * 100 >= units * 95) return "UTF-16BE";
  return nullptr;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

}  // namespace

bool is_known_encoding(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string n(name);
  UConverter* c = ucnv_open(n.c_str(), &status);
  if (c) ucnv_close(c);
  return U_SUCCESS(status);
}

DecodeResult decode(std::string_view bytes, std::string_view forced_encoding) {
  DecodeResult r;
  if (!forced_encoding.empty()) {
    const std::string name(forced_encoding);
    std::size_t start = 0;
    std::string canon = name;
    for (char& c : canon) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if ((canon == "UTF-8" || canon == "UTF8") && starts_with(bytes, "\xEF\xBB\xBF")) {
      start = 3;
      r.had_bom = true;
    }
    if (canon == "UTF-8" || canon == "UTF8") {
      r.encoding = "UTF-8";
      decode_utf8(bytes, start, r);
    } else {
      decode_icu(bytes, start, name.c_str(), r);
    }
    return r;
  }
  // Byte-order marks: UTF-32 before UTF-16, whose LE mark is a prefix.
  struct Bom {
    std::string_view mark;
    const char* charset;
  };
  static const Bom k_boms[] = {
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
      {"\xFE\xFF", "UTF-16BE"},
      {"\xFF\xFE", "UTF-16LE"},
  };
  for (const Bom& bom : k_boms) {
    if (starts_with(bytes, bom.mark)) {
      r.had_bom = true;
      decode_icu(bytes, bom.mark.size(), bom.charset, r);
      return r;
    }
  }
  const std::string_view sniff = bytes.substr(0, k_binary_sniff_bytes);
  if (const auto nul = sniff.find('\0'); nul != std::string_view::npos) {
    // UTF-16 without a byte-order mark: text whose every other byte is NUL
    // (issue 10). Anything else with NUL bytes is binary.
    if (const char* charset = sniff_utf16(sniff)) {
      r.bom_missing = true;
      decode_icu(bytes, 0, charset, r);
      return r;
    }
    r.binary_at = nul;
    r.map = OffsetMapBuilder().finish(bytes.size());
    return r;
  }
  r.encoding = "UTF-8";
  std::size_t start = 0;
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    start = 3;
    r.had_bom = true;
  }
  decode_utf8(bytes, start, r);
  return r;
}

}  // namespace claimlint
