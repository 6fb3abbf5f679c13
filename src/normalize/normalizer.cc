// Normalization: one clean form of the text for analysis.
#include "normalize/normalizer.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "util/byte_block.h"
#include "util/utf8.h"


namespace claimlint {
namespace {

bool is_graphic_ascii(unsigned char c) { return c >= 0x21 && c <= 0x7E; }

// Turns a stream of units (input bytes and what they became) into the output
// text and its map, collapsing whitespace: a run of space units becomes one
// ' ' (mapped to the whole run), or nothing at the start or end of a line.
class Emitter {
 public:
  Emitter(std::string& out, OffsetMapBuilder& map) : out_(out), map_(map) {}

  void text(std::string_view s, std::size_t in_len, bool verbatim) {
    flush_space();
    if (!verbatim) {
      // A spacing mark's NFKC starts with a space ("¨" is " \u0308"). That
      // space becomes an ordinary separator mapped to no input, so a range
      // that ends at it does not take in the mark.
      const std::size_t lead = std::min(s.find_first_not_of(' '), s.size());
      if (lead > 0) {
        s.remove_prefix(lead);
        space(0, false);
        flush_space();
      }
      const std::size_t body = s.find_last_not_of(' ') + 1;
      const bool trailing_space = body < s.size();
      s = s.substr(0, body);
      out_.append(s);
      map_.replace(s.size(), in_len);
      line_start_ = false;
      if (trailing_space) space(0, false);
      return;
    }
    out_.append(s);
    map_.copy(in_len);
    line_start_ = false;
  }

  void space(std::size_t in_len, bool plain_space) {
    pending_plain_ = !pending_ && plain_space;
    pending_ = true;
    pending_len_ += in_len;
  }

  // Input that produces nothing; inside a space run it joins the run, so the
  // run stays one contiguous piece of input.
  void drop(std::size_t in_len) {
    if (pending_) {
      pending_len_ += in_len;
      pending_plain_ = false;
    } else {
      map_.skip(in_len);
    }
  }

  void newline(std::size_t count, std::size_t in_len, bool verbatim) {
    map_.skip(pending_len_);  // trailing spaces of the line
    pending_ = false;
    pending_len_ = 0;
    out_.append(count, '\n');
    if (verbatim) map_.copy(in_len);
    else map_.replace(count, in_len);
    line_start_ = true;
  }

  void finish() {
    map_.skip(pending_len_);
    pending_ = false;
    pending_len_ = 0;
  }

 private:
  void flush_space() {
    if (!pending_) return;
    if (line_start_ || out_.ends_with(' ')) {
      map_.skip(pending_len_);
    } else {
      out_.push_back(' ');
      if (pending_plain_) map_.copy(1);
      else map_.replace(1, pending_len_);
    }
    pending_ = false;
    pending_len_ = 0;
  }

  std::string& out_;
  OffsetMapBuilder& map_;
  bool pending_ = false;         // a space run waits for what follows it
  std::size_t pending_len_ = 0;  // input bytes of the pending run (may be 0)
  bool pending_plain_ = false;   // the run is exactly one ASCII ' '
  bool line_start_ = true;
};

// End of the bulk-copyable ASCII run starting at `pos` (== pos if none):
// graphic ASCII, and single spaces and runs of line breaks between graphic
// characters. Nothing in it changes under NFKC, folding or whitespace
// collapse, and a line break after text is copied as newline() would copy
// it (no space is pending inside a run).
std::size_t ascii_run_end(std::string_view text, std::size_t pos, const icu::Normalizer2& nfkc) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  // A space is taken only with the graphic character after it, a line
  // break only with the graphic character or break after it, and neither
  // at `pos`; trailing breaks are given back at the end, so the run always
  // ends after a graphic character.
  std::size_t good = pos;
  // Sixteen bytes at a time while the byte after them can be read too, by
  // the rules of the loop below.
  if (good < n && s[good] != ' ' && s[good] != '\n') {
    using bytes::Block;
    while (good + Block::size + 1 <= n) {
      const Block here = Block::load(text.data() + good);
      const Block next = Block::load(text.data() + good + 1);
      const Block next_graphic = next.in(0x21, 0x7E);
      const Block spaces = here.eq(' ') & next_graphic;
      const Block breaks = here.eq('\n') & (next_graphic | next.eq('\n'));
      const unsigned out = ~(here.in(0x21, 0x7E) | spaces | breaks).mask() & 0xFFFFu;
      if (out != 0) {
        good += bytes::first(out);
        break;
      }
      good += Block::size;
    }
  }
  while (good < n) {
    const unsigned char c = s[good];
    if (is_graphic_ascii(c)) {
      ++good;
    } else if (c == ' ' && good > pos && good + 1 < n && is_graphic_ascii(s[good + 1])) {
      good += 2;
    } else if (c == '\n' && good > pos && good + 1 < n && (is_graphic_ascii(s[good + 1]) || s[good + 1] == '\n')) {
      ++good;
    } else {
      break;
    }
  }
  // The last character may compose with a following combining mark
  // ("e" + U+0301): leave it to the slow path then.
  if (good > pos && good < n && s[good] >= 0x80) {
    const utf8::Decoded next = utf8::decode(text, good);
    if (next.valid && !nfkc.hasBoundaryBefore(static_cast<UChar32>(next.code_point))) --good;
  }
  while (good > pos && s[good - 1] == '\n') --good;
  return good;
}

// Length of the normalization unit starting at `pos`: one code point plus
// every following one that NFKC may combine with it.
std::size_t unit_length(std::string_view text, std::size_t pos, const icu::Normalizer2& nfkc) {
  const utf8::Decoded first = utf8::decode(text, pos);
  std::size_t j = pos + first.length;
  // Spaces, separators and controls never compose with what follows; ending
  // the unit there keeps a space a unit of its own (a mark after it stays
  // its own unit too).
  switch (u_charType(static_cast<UChar32>(first.code_point))) {
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR: case U_FORMAT_CHAR:
      return j - pos;
    default:
      break;
  }
  while (j < text.size()) {
    const utf8::Decoded d = utf8::decode(text, j);
    if (!d.valid || nfkc.hasBoundaryBefore(static_cast<UChar32>(d.code_point))) break;
    j += d.length;
  }
  return j - pos;
}

// NFKC of one unit; the unit unchanged if ICU fails.
std::string nfkc_unit(std::string_view unit, const icu::Normalizer2& nfkc) {
  const utf8::Decoded first = utf8::decode(unit, 0);
  if (first.length == unit.size() && nfkc.isInert(static_cast<UChar32>(first.code_point))) {
    return std::string(unit);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(unit.data(), static_cast<int32_t>(unit.size())));
  const icu::UnicodeString result = nfkc.normalize(source, status);
  if (U_FAILURE(status)) return std::string(unit);
  std::string out;
  result.toUTF8String(out);
  return out;
}

void process_unit(std::string_view unit, const icu::Normalizer2& nfkc, Emitter& emit) {
  const utf8::Decoded first = utf8::decode(unit, 0);
  if (!first.valid) {
    emit.text("\uFFFD", unit.size(), false);
    return;
  }
  const std::string nf = nfkc_unit(unit, nfkc);
  std::string folded;
  for (std::size_t i = 0; i < nf.size();) {
    const utf8::Decoded d = utf8::decode(nf, i);
    fold_code_point(d.code_point, folded);
    i += d.length;
  }
  if (folded.empty()) {
    emit.drop(unit.size());
  } else if (folded.find_first_not_of(' ') == std::string::npos) {
    emit.space(unit.size(), unit == " ");
  } else if (folded.find_first_not_of('\n') == std::string::npos) {
    emit.newline(folded.size(), unit.size(), unit == folded);
  } else {
    emit.text(folded, unit.size(), unit == folded);
  }
}

}  // namespace

void fold_code_point(char32_t cp, std::string& out) {
  switch (cp) {
    case U'\t': case U'\v': case U'\f':
      out.push_back(' ');
      return;
    case U'\n': case 0x85: case 0x2028:
      out.push_back('\n');
      return;
    case 0x2029:  // paragraph separator
      out.append("\n\n");
      return;
    // Soft hyphen, zero-width and bidi controls, word joiner, BOM: invisible.
    case 0xAD: case 0x180E: case 0xFEFF:
      return;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
    case 0x2039: case 0x203A:
      out.push_back('\'');
      return;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036:
    case 0xAB: case 0xBB: case 0x301D: case 0x301E: case 0x301F:
      out.push_back('"');
      return;
    case 0x2043: case 0x2212: case 0x2796: case 0x2E3A: case 0x2E3B: case 0xFE58:
    case 0xFE63: case 0xFF0D:
      out.push_back('-');
      return;
    case 0x2026:
      out.append("...");
      return;
    default:
      break;
  }
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F)) {
    return;
  }
  if (cp >= 0x2010 && cp <= 0x2015) {  // hyphens, figure, en and em dashes, bar
    out.push_back('-');
    return;
  }
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return;  // other control characters
  if (u_charType(static_cast<UChar32>(cp)) == U_SPACE_SEPARATOR) {
    out.push_back(' ');
    return;
  }
  utf8::append(out, cp);
}

NormalizeResult normalize(std::string_view text) {
  NormalizeResult r;
  r.text.reserve(text.size());
  OffsetMapBuilder b;
  Emitter emit(r.text, b);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || nfkc == nullptr) {
    // No ICU data: keep the text (the map stays exact).
    r.text.assign(text);
    r.map = OffsetMap::identity(text.size());
    return r;
  }
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    const std::size_t run = ascii_run_end(text, pos, *nfkc);
    if (run > pos) {
      emit.text(text.substr(pos, run - pos), run - pos, true);
      pos = run;
    } else if (c == '\r') {
      const std::size_t len = pos + 1 < text.size() && text[pos + 1] == '\n' ? 2 : 1;
      emit.newline(1, len, false);
      pos += len;
    } else if (c == '\n') {
      emit.newline(1, 1, true);
      ++pos;
    } else if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
      emit.space(1, c == ' ');
      ++pos;
    } else {
      const std::size_t len = unit_length(text, pos, *nfkc);
      process_unit(text.substr(pos, len), *nfkc, emit);
      pos += len;
    }
  }
  emit.finish();
  r.map = std::move(b).finish(text.size());
  return r;
}

}  // namespace claimlint
