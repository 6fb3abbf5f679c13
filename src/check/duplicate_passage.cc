// The duplicate-passage check: paragraphs repeated within one document.
#include "check/duplicate_passage.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include "util/byte_block.h"
#include "util/utf8.h"
#include "util/word_hash.h"

namespace claimlint {
namespace {

// The words of a folded paragraph, counted up to `limit`: folding leaves
// single spaces between words and none at either end, and writes no other
// byte 0x20 (UTF-8 continuation bytes are 0x80 and up).
std::size_t count_words(std::string_view folded, std::size_t limit = static_cast<std::size_t>(-1)) {
  using bytes::Block;
  if (folded.empty()) return 0;
  std::size_t words = 1;
  std::size_t i = 0;
  for (; i + Block::size <= folded.size() && words < limit; i += Block::size) {
    words += bytes::count(Block::load(folded.data() + i).eq(' ').mask());
  }
  for (; i < folded.size() && words < limit; ++i) words += folded[i] == ' ' ? 1 : 0;
  return std::min(words, limit);
}

// Folded prose paragraph → first index: open addressing over paragraph
// indices, at most half full. Hashed: only looked up, never walked in
// order, and paragraphs of one template share long prefixes that an
// ordered map compares again at each level.
class FirstSeen {
 public:
  FirstSeen(const std::vector<std::string_view>& folded, std::size_t capacity)
      : folded_(folded), slots_(std::bit_ceil(2 * capacity + 2), 0) {}

  // The first paragraph recorded whose folded text is that of paragraph
  // `i`; else `i`, now recorded.
  std::size_t first_of(std::size_t i) {
    const std::uint64_t h = word_hash(folded_[i]);
    const std::uint64_t tag = h & 0xFFFFFFFF00000000ULL;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = h & mask;; k = (k + 1) & mask) {
      const std::uint64_t slot = slots_[k];
      if (slot == 0) {
        slots_[k] = tag | static_cast<std::uint32_t>(i + 1);
        return i;
      }
      const std::size_t j = static_cast<std::uint32_t>(slot) - 1;
      if ((slot & 0xFFFFFFFF00000000ULL) == tag && folded_[j] == folded_[i]) return j;
    }
  }

 private:
  const std::vector<std::string_view>& folded_;
  // A slot: the high 32 bits of the key's hash, then the paragraph index
  // plus one in the low 32 bits; 0 is an empty slot.
  std::vector<std::uint64_t> slots_;
};

}  // namespace

std::string fold_for_comparison(std::string_view paragraph) {
  std::string out;
  append_folded(paragraph, out);
  return out;
}

void append_folded(std::string_view paragraph, std::string& out) {
  // Written through a pointer into room of the paragraph's size after the
  // text already in `out`: a folded character is never longer than its
  // source (a space written before it was read before it), except a bad
  // byte, which becomes U+FFFD (three bytes); the room grows for those.
  const std::size_t old_size = out.size();
  out.resize(old_size + paragraph.size());
  char* base = out.data() + old_size;
  std::size_t n = 0;
  bool pending_space = false;
  auto put = [&](char c) {
    if (pending_space && n != 0) base[n++] = ' ';
    pending_space = false;
    base[n++] = c;
  };
  static constexpr auto k_ascii = [] {
    // Lowercase of an ASCII byte; 0x80 for a space (a byte no ASCII maps to).
    std::array<unsigned char, 128> t{};
    for (unsigned b = 0; b < 128; ++b) t[b] = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
    for (const unsigned char c : {' ', '\t', '\n', '\r'}) t[c] = 0x80;
    return t;
  }();
  const auto* in = reinterpret_cast<const unsigned char*>(paragraph.data());
  const std::size_t size = paragraph.size();
  std::size_t i = 0;
  while (i < size) {
    // Prose is mostly printable ASCII with single spaces: sixteen bytes at
    // a time while they need no more than lowercasing. A space first is
    // copied if it would be written anyway; a space last is left pending,
    // as the next byte decides. The buffer has room: each byte read adds at
    // most one byte, the pending space one more.
    if (size - i >= bytes::Block::size) {
      const bytes::Block x = bytes::Block::load(paragraph.data() + i);
      if (x.in(0x20, 0x7E).mask() == 0xFFFFu) {
        const unsigned spaces = x.eq(' ').mask();
        const bool space_first = (spaces & 1u) != 0;
        if ((spaces & (spaces << 1)) == 0 && (!space_first || (!pending_space && n != 0))) {
          if (pending_space && n != 0) base[n++] = ' ';
          x.ascii_lower().store(base + n);
          pending_space = (spaces & 0x8000u) != 0;
          n += pending_space ? bytes::Block::size - 1 : bytes::Block::size;
          i += bytes::Block::size;
          continue;
        }
      }
    }
    unsigned char b = in[i];
    if (b < 0x80) {  // ASCII: no decoding, no mapping but case and spaces
      if (k_ascii[b] == 0x80) {
        pending_space = true;
        ++i;
        continue;
      }
      if (pending_space && n != 0) base[n++] = ' ';
      pending_space = false;
      // The rest of the word, byte by byte.
      do {
        base[n++] = static_cast<char>(k_ascii[b]);
        if (++i == size) break;
        b = in[i];
      } while (b < 0x80 && k_ascii[b] != 0x80);
      continue;
    }
    const utf8::Decoded d = utf8::decode(paragraph, i);
    i += d.length;
    char32_t c = d.code_point;
    switch (c) {
      case U'\u2018': case U'\u2019': case U'\u201A': case U'\u2032': c = U'\''; break;
      case U'\u201C': case U'\u201D': case U'\u201E': case U'\u2033': c = U'"'; break;
      case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': case U'\u2212': c = U'-'; break;
      case U'\u00A0': case U'\u2009': case U'\u202F': case U'\u2007': c = U' '; break;
      default: break;
    }
    if (c == U' ') {
      pending_space = true;
    } else if (c < 0x80) {
      put(static_cast<char>(c));
    } else {
      std::string encoded;
      utf8::append(encoded, c);
      // Room for a space, this character and the rest of the input.
      if (const std::size_t need = old_size + n + 1 + encoded.size() + (paragraph.size() - i); need > out.size()) {
        out.resize(need);
        base = out.data() + old_size;
      }
      put(encoded[0]);
      for (std::size_t k = 1; k < encoded.size(); ++k) base[n++] = encoded[k];
    }
  }
  out.resize(old_size + n);
}

void check_duplicate_passages(Document& doc, DiagnosticSink& sink) {
  const std::size_t n = doc.paragraphs.size();
  // Every folded paragraph in one buffer, paragraph i at [starts[i],
  // starts[i + 1]): one allocation instead of one per paragraph. Folding
  // rarely outgrows its source (bad bytes only), so the buffer is sized
  // for the sources.
  std::size_t source_bytes = 0;
  for (const Paragraph& p : doc.paragraphs) {
    if (!p.excluded) source_bytes += p.range.size();
  }
  std::string folded_text;
  folded_text.reserve(source_bytes);
  std::vector<std::size_t> starts(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    starts[i] = folded_text.size();
    if (!doc.paragraphs[i].excluded) append_folded(doc.view(doc.paragraphs[i].range), folded_text);
  }
  starts[n] = folded_text.size();
  // Views into folded_text, which no longer grows.
  const std::string_view all = folded_text;
  std::vector<std::string_view> folded(n);
  for (std::size_t i = 0; i < n; ++i) folded[i] = all.substr(starts[i], starts[i + 1] - starts[i]);
  FirstSeen first_seen(folded, n);
  std::size_t i = 0;
  while (i < n) {
    const Paragraph& p = doc.paragraphs[i];
    if (p.excluded || !p.prose || count_words(folded[i], k_min_repeated_words) < k_min_repeated_words) {
      ++i;
      continue;
    }
    const std::size_t orig = first_seen.first_of(i);
    if (orig == i) {
      ++i;
      continue;
    }
    // Extend the repeat as far as the copy keeps matching the original,
    // without overlapping it.
    std::size_t len = 1;
    while (i + len < n && orig + len < i && !doc.paragraphs[i + len].excluded &&
           !folded[i + len].empty() && folded[i + len] == folded[orig + len]) {
      ++len;
    }
    std::size_t words = 0;
    for (std::size_t k = 0; k < len; ++k) {
      words += count_words(folded[i + k]);
      doc.paragraphs[i + k].excluded = true;
    }
    Diagnostic d;
    d.check = "duplicate-passage";
    d.severity = Severity::warning;
    d.message = len == 1 ? fmt::format("paragraph of {} words repeats an earlier one", words)
                         : fmt::format("passage of {} paragraphs ({} words) repeats an earlier one", len, words);
    d.range = doc.original({doc.paragraphs[i].range.begin, doc.paragraphs[i + len - 1].range.end});
    d.notes.push_back({doc.original({doc.paragraphs[orig].range.begin, doc.paragraphs[orig + len - 1].range.end}),
                       "first occurrence is here", {}});
    d.fixits.push_back({d.range, ""});
    sink.report(std::move(d));
    i += len;
  }
}

}  // namespace claimlint
