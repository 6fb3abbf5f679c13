// Tokenizer of the extract stage: a byte scan, ASCII fast path.
#include "extract/token.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "util/byte_block.h"

namespace claimlint {
namespace {

enum class CharClass { space, letter, digit, symbol };

// Decodes one code point at `i`; returns its length (1 for a bad byte).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) {
    cp = b;
    return 1;
  }
  cp = b & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      cp = b;
      return 1;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  return len;
}

constexpr CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return CharClass::space;
    if (cp >= '0' && cp <= '9') return CharClass::digit;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::letter;
    return CharClass::symbol;
  }
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000) {
    return CharClass::space;
  }
  // Latin-1 punctuation and signs (£ ¥ ° º), × ÷, general punctuation,
  // currency signs, arrows and maths (U+2212 minus), CJK punctuation.
  if ((cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x2BFF) ||
      (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F)) {
    return CharClass::symbol;
  }
  return CharClass::letter;
}

// The class of each ASCII byte, as classify() gives it.
constexpr auto k_ascii_classes = [] {
  std::array<CharClass, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = classify(c);
  return t;
}();

// What a byte is to the word scans: bits that say how it continues a
// word. A byte with none of k_continues ends the word unless it is
// k_non_ascii, whose code point is decoded.
constexpr unsigned char k_continues = 1;  // an ASCII letter or digit
constexpr unsigned char k_digit = 4;      // an ASCII digit
constexpr unsigned char k_non_ascii = 8;  // the lead or continuation byte of a code point
constexpr auto k_word_bytes = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80) {
      t[c] = k_non_ascii;
      continue;
    }
    const CharClass k = classify(static_cast<char32_t>(c));
    if (k == CharClass::letter || k == CharClass::digit) t[c] = k_continues;
    if (k == CharClass::digit) t[c] |= k_digit;
  }
  return t;
}();

// Each byte with 'A' to 'Z' lowercased.
constexpr auto k_lower_bytes = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}();

// The class and length of the code point at `i`: one table read for ASCII.
CharClass class_at(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    len = 1;
    return k_ascii_classes[b];
  }
  char32_t cp;
  len = decode(s, i, cp);
  return classify(cp);
}

}  // namespace

std::string ascii_lower(std::string_view text) {
  std::string out;
  ascii_lower(text, out);
  return out;
}

void ascii_lower(std::string_view text, std::string& out) {
  using bytes::Block;
  out.resize(text.size());
  char* to = out.data();
  const std::size_t n = text.size();
  std::size_t k = 0;
  for (; k + Block::size <= n; k += Block::size) Block::load(text.data() + k).ascii_lower().store(to + k);
  if (k < n && n >= Block::size) {
    // The last sixteen bytes again, the earlier of them to the same bytes.
    Block::load(text.data() + n - Block::size).ascii_lower().store(to + n - Block::size);
    return;
  }
  for (; k < n; ++k) {
    const char c = text[k];
    to[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
}

std::vector<ScanToken> scan_tokens(std::string_view sentence, std::string_view lower) {
  std::vector<ScanToken> tokens;
  scan_tokens(sentence, lower, tokens);
  return tokens;
}

namespace {

// The ASCII letters of a block, and its letters and digits.
bytes::Block ascii_letters(const bytes::Block& b) { return b.with_bits(0x20).in('a', 'z'); }
bytes::Block ascii_digits(const bytes::Block& b) { return b.in('0', '9'); }

// What the bytes of a sentence hold, read sixteen at a time.
struct ByteSummary {
  bool digit = false;      // an ASCII digit (the read stops at the first)
  bool non_ascii = false;  // a byte past ASCII, before the first digit
};

ByteSummary summarize_bytes(std::string_view s) {
  using bytes::Block;
  ByteSummary out;
  unsigned high = 0;
  const auto read = [&](const Block& b, unsigned shift) {
    high |= b.mask() >> shift;
    return (ascii_digits(b).mask() >> shift) != 0;
  };
  std::size_t i = 0;
  for (; i + Block::size <= s.size(); i += Block::size) {
    if (read(Block::load(s.data() + i), 0)) {
      out.digit = true;
      return out;
    }
  }
  if (i < s.size()) {
    // The bytes after i: the text's last sixteen, or a copy padded with
    // bytes 0 (neither digits nor past ASCII).
    bool digit;
    if (s.size() >= Block::size) {
      digit = read(Block::load(s.data() + s.size() - Block::size), static_cast<unsigned>(i + Block::size - s.size()));
    } else {
      char padded[Block::size] = {};
      std::memcpy(padded, s.data() + i, s.size() - i);
      digit = read(Block::load(padded), 0);
    }
    if (digit) {
      out.digit = true;
      return out;
    }
  }
  out.non_ascii = high != 0;
  return out;
}

// The end of the run of ASCII letters and digits from `i`, read sixteen
// bytes at a time. Without `k_digits` the text must hold no ASCII digit,
// and only letters are tested for.
template <bool k_digits>
std::size_t ascii_word_end(std::string_view s, std::size_t i) {
  using bytes::Block;
  for (; i + Block::size <= s.size(); i += Block::size) {
    const Block b = Block::load(s.data() + i);
    unsigned word_bytes = ascii_letters(b).mask();
    if constexpr (k_digits) word_bytes |= ascii_digits(b).mask();
    if (const unsigned others = ~word_bytes & 0xFFFFu) return i + bytes::first(others);
  }
  while (i < s.size() && (k_word_bytes[static_cast<unsigned char>(s[i])] & k_continues)) ++i;
  return i;
}

// The end of the word whose letters and digits run to `i` at least: ASCII
// runs by ascii_word_end, other code points decoded.
template <bool k_digits>
std::size_t word_end(std::string_view s, std::size_t i) {
  for (;;) {
    i = ascii_word_end<k_digits>(s, i);
    if (i == s.size() || !(k_word_bytes[static_cast<unsigned char>(s[i])] & k_non_ascii)) return i;
    std::size_t len;
    const CharClass c = class_at(s, i, len);
    if (c != CharClass::letter && c != CharClass::digit) return i;
    i += len;
  }
}

// True if the ASCII lowercase of `word`, which passed the screen of
// `words` (may_contain_lowercased), is in `words`.
// The screen passed, the lowercase word is looked up in the set's words
// alone: the screen would pass it again (it reads letters in either case).
bool lowered_word_in(std::string_view word, const ScreenedWordSet& words) {
  constexpr std::size_t k_buffer = 64;
  char buffer[k_buffer];  // the word lowercased, if it fits
  if (word.size() > k_buffer) return words.words().contains(ascii_lower(word));
  for (std::size_t k = 0; k < word.size(); ++k) buffer[k] = k_lower_bytes[static_cast<unsigned char>(word[k])];
  return words.words().contains(std::string_view(buffer, word.size()));
}

// The word scan of has_word_in; without `k_digits`, for a sentence with no
// ASCII digit. Only words that pass the set's screen are lowercased and
// looked up.
template <bool k_digits>
bool scan_for_word(std::string_view sentence, const ScreenedWordSet& words) {
  const std::size_t n = sentence.size();
  std::size_t i = 0;
  while (i < n) {
    const auto b = static_cast<unsigned char>(sentence[i]);
    std::size_t len = 1;
    const CharClass c = b < 0x80 ? k_ascii_classes[b] : class_at(sentence, i, len);
    if (c != CharClass::letter) {
      // A word starts at a letter only (a letter after a digit run starts
      // one: "3rd" is "3", "rd").
      i += len;
      continue;
    }
    const std::size_t j = word_end<k_digits>(sentence, i + len);
    const std::string_view word(sentence.data() + i, j - i);  // j <= n: no bounds check
    // The space after a word is skipped here, not by a turn of the loop.
    i = j < n && sentence[j] == ' ' ? j + 1 : j;
    if (words.may_contain_lowercased(word) && lowered_word_in(word, words)) return true;
  }
  return false;
}

}  // namespace

void scan_tokens(std::string_view sentence, std::string_view lower, std::vector<ScanToken>& tokens) {
  tokens.clear();
  tokens.reserve(sentence.size() / 4 + 4);
  const std::size_t n = sentence.size();
  std::size_t i = 0;
  bool space = true;  // the first token counts as spaced
  while (i < n) {
    const auto b = static_cast<unsigned char>(sentence[i]);
    std::size_t len = 1;
    const CharClass c = b < 0x80 ? k_ascii_classes[b] : class_at(sentence, i, len);
    if (c == CharClass::space) {
      space = true;
      i += len;
      continue;
    }
    std::size_t j = i + len;
    ScanTokenKind kind = ScanTokenKind::symbol;
    if (c == CharClass::digit) {
      // No code point past ASCII is a digit.
      kind = ScanTokenKind::digits;
      while (j < n && (k_word_bytes[static_cast<unsigned char>(sentence[j])] & k_digit)) ++j;
    } else if (c == CharClass::letter) {
      // Words take digits ("H200") and letters past ASCII ("año").
      kind = ScanTokenKind::word;
      for (;;) {
        while (j < n && (k_word_bytes[static_cast<unsigned char>(sentence[j])] & k_continues)) ++j;
        if (j == n || !(k_word_bytes[static_cast<unsigned char>(sentence[j])] & k_non_ascii)) break;
        std::size_t next_len;
        const CharClass next = class_at(sentence, j, next_len);
        if (next != CharClass::letter && next != CharClass::digit) break;
        j += next_len;
      }
    }
    // j <= n: no bounds checks.
    tokens.push_back({kind, i, j, space, std::string_view(sentence.data() + i, j - i),
                      std::string_view(lower.data() + i, j - i)});
    // The space after a token is skipped here, not by a turn of the loop.
    space = j < n && sentence[j] == ' ';
    i = space ? j + 1 : j;
  }
}

AsciiByteMasks ascii_byte_masks(std::string_view text, std::size_t base) {
  const std::size_t n = std::min<std::size_t>(64, text.size() - base);
  const char* p = text.data() + base;
  // A short block is read from a copy padded with bytes 0, which are
  // neither letters, digits nor past ASCII; the loops below stop after the
  // group of bytes that holds its last byte, the rest being padding.
  char padded[64];
  if (n < 64) {
    std::memset(padded, 0, sizeof padded);
    std::memcpy(padded, p, n);
    p = padded;
  }
  AsciiByteMasks out;
  unsigned high = 0;
  for (std::size_t k = 0; k < n; k += bytes::Block::size) {
    const bytes::Block b = bytes::Block::load(p + k);
    out.letters |= std::uint64_t{ascii_letters(b).mask()} << k;
    out.digits |= std::uint64_t{ascii_digits(b).mask()} << k;
    high |= b.mask();
  }
  out.non_ascii = high != 0;
  return out;
}

bool has_word_in(std::string_view sentence, const ScreenedWordSet& words) {
  if (words.empty()) return false;
  return scan_for_word<true>(sentence, words);
}

bool has_ascii_digit(std::string_view text) { return summarize_bytes(text).digit; }

bool has_digit_or_word_in(std::string_view sentence, const ScreenedWordSet& words) {
  // An ASCII digit is a digit wherever it stands: no byte of a longer code
  // point is below 0x80.
  if (words.empty()) return summarize_bytes(sentence).digit;
  const auto found = [&](std::size_t begin, std::size_t end) {
    const std::string_view word(sentence.data() + begin, end - begin);
    return words.may_contain_lowercased(word) && lowered_word_in(word, words);
  };
  // One read of the sentence, a block of 64 bytes at a time. While the
  // blocks are ASCII without digits, the words scan_tokens reads are the
  // runs of letters; a run that reaches the next block is finished there.
  // At the first byte past ASCII the rest is left to the word scan of
  // code points, after the digit test of the bytes not read yet.
  std::size_t open = k_no_run;  // the begin of a run that reached the end of the last block
  for (std::size_t base = 0; base < sentence.size(); base += 64) {
    const AsciiByteMasks masks = ascii_byte_masks(sentence, base);
    if (masks.digits) return true;
    if (masks.non_ascii) return summarize_bytes(sentence.substr(base)).digit || scan_for_word<false>(sentence, words);
    if (each_mask_run(masks.letters, base, open, found)) return true;
  }
  return open != k_no_run && found(open, sentence.size());
}

}  // namespace claimlint
