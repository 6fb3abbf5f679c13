// The bind stage: quantities of a document become claims (issue 6).
#include "bind/binder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <utility>


#include <fmt/format.h>

#include "extract/date_calendar.h"
#include "extract/date_extractor.h"
#include "util/byte_block.h"
#include "util/utf8.h"
#include "util/word_hash.h"

namespace claimlint {
namespace {

using utf8::capitalised;

// Character classes of the C locale the program runs in, where
// std::isupper, std::isalnum and std::tolower know only ASCII: the same
// tests, inline (they run for every byte of every sentence).
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
// Letters, digits and the bytes of multibyte UTF-8 characters.
constexpr std::array<bool, 256> k_word_bytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
  }
  return table;
}();
bool is_word_byte(unsigned char c) { return k_word_bytes[c]; }
// The spaces between tokens: ' ', '\n' and '\t'.
constexpr std::array<bool, 256> k_space_bytes = [] {
  std::array<bool, 256> table{};
  table[' '] = table['\n'] = table['\t'] = true;
  return table;
}();
// ASCII capitals lowercased, other bytes as they are.
constexpr std::array<char, 256> k_folded_bytes = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return table;
}();
char fold(char c) { return k_folded_bytes[static_cast<unsigned char>(c)]; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = fold(c);
  return out;
}

// Writes the bytes of `s` to `out` (room for s.size()) with ASCII
// capitals lowercased, sixteen at a time.
void fold_into(std::string_view s, char* out) {
  using bytes::Block;
  std::size_t i = 0;
  for (; i + Block::size <= s.size(); i += Block::size) Block::load(s.data() + i).ascii_lower().store(out + i);
  for (; i < s.size(); ++i) out[i] = fold(s[i]);
}

// A product or model code: letters and digits with at least one of each
// and a capital ("H200", "B200", "P800", "A100"); a capital is a letter.
// It runs for every word near a figure: one table lookup a byte.
constexpr unsigned char k_upper_bit = 1, k_digit_bit = 2;
constexpr std::array<unsigned char, 256> k_code_bits = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = k_upper_bit;
  for (int c = '0'; c <= '9'; ++c) table[c] = k_digit_bit;
  return table;
}();
bool is_product_code(std::string_view s) {
  unsigned char bits = 0;
  for (const char c : s) bits |= k_code_bits[static_cast<unsigned char>(c)];
  return bits == (k_upper_bit | k_digit_bit);
}


// Internal capitals ("ByteDance", "DeepSeek") or all capitals of 2+
// letters ("NVIDIA", "SMIC") mark a name even at the start of a sentence.
bool looks_like_name(std::string_view s) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (is_upper(static_cast<unsigned char>(s[i]))) return true;
  }
  return false;
}

// The bytes that join two word bytes into one word: "U.S", "e-mail",
// "Nvidia's", "AT&T".
bool is_joiner(char c) { return c == '.' || c == '-' || c == '\'' || c == '&'; }

// The k_code_bits of a byte, and k_word_bit for a word byte: what the
// tokenizer reads of each byte of a word.
constexpr unsigned char k_word_bit = 4;
constexpr std::array<unsigned char, 256> k_word_code_bits = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = static_cast<unsigned char>(k_code_bits[c] | (k_word_bytes[c] ? k_word_bit : 0));
  }
  return table;
}();

// The end of the word token that starts at byte `i` of `s`, a word byte: a
// word runs over word bytes and over a joiner between two of them. ORs
// into `bits` the k_code_bits of its bytes, so that the tokenizer tells
// product codes without reading a word twice. Inlined: it runs for every
// word, most of a few bytes, whose scan costs less than a call's saving
// and restoring of registers.
[[gnu::always_inline]] inline std::size_t word_end(std::string_view s, std::size_t i, unsigned char& bits) {
  const char* const p = s.data();
  const std::size_t n = s.size();
  const auto word_at = [p](std::size_t k) { return is_word_byte(static_cast<unsigned char>(p[k])); };
  unsigned char seen = k_word_code_bits[static_cast<unsigned char>(p[i])];
  std::size_t j = i + 1;
  for (;;) {
    for (; j < n; ++j) {
      const unsigned char b = k_word_code_bits[static_cast<unsigned char>(p[j])];
      if ((b & k_word_bit) == 0) break;
      seen |= b;
    }
    if (j + 1 < n && is_joiner(p[j]) && word_at(j + 1)) {
      seen |= k_word_code_bits[static_cast<unsigned char>(p[j + 1])];
      j += 2;
      continue;
    }
    break;
  }
  bits |= seen & (k_upper_bit | k_digit_bit);
  // "U.S." keeps its final period: single letters separated by periods.
  if (j < n && p[j] == '.' && j - i >= 3 && p[i + 1] == '.') ++j;
  return j;
}
inline std::size_t word_end(std::string_view s, std::size_t i) {
  unsigned char bits = 0;
  return word_end(s, i, bits);
}

// Removes a possessive "'s" from the text of a word token ("Nvidia's");
// returns whether there was one.
inline bool strip_possessive(std::string_view& word) {
  const std::size_t n = word.size();
  if (n <= 2 || word[n - 2] != '\'' || (word[n - 1] != 's' && word[n - 1] != 'S')) return false;
  word.remove_suffix(2);
  return true;
}

// Calls `f` with each word and punctuation token of `s`, in order (see
// tokenize).
template <typename F>
void for_each_token(std::string_view s, F&& f) {
  const char* const p = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    if (k_space_bytes[static_cast<unsigned char>(p[i])]) {
      ++i;
      continue;
    }
    // One call of `f` per token, so that the compiler inlines it.
    Token t{{i, i + 1}, std::string_view(p + i, 1), false, false, false};
    if (is_word_byte(static_cast<unsigned char>(p[i]))) {
      unsigned char bits = 0;
      const std::size_t j = word_end(s, i, bits);
      t = Token{{i, j}, std::string_view(p + i, j - i), true, false, false};
      t.possessive = strip_possessive(t.text);
      // The possessive of a name ending in s: "Acme Motors' 350 workers".
      if (!t.possessive && j < n && p[j] == '\'' && (p[j - 1] == 's' || p[j - 1] == 'S') &&
          (j + 1 == n || !is_word_byte(static_cast<unsigned char>(p[j + 1])))) {
        t.possessive = true;
        t.range.end = j + 1;
      }
      t.code = bits == (k_upper_bit | k_digit_bit);
      // A capital "'S" stripped is no capital of the word: read it again.
      if (t.possessive && p[j - 1] == 'S') t.code = is_product_code(t.text);
    }
    f(t);
    i = t.range.end;
  }
}

// Whether a word token starts at byte `i` of `s`, a word byte: one that
// follows neither a word byte nor a joiner after a word byte, which would
// make it part of the word before (see word_end; a final period kept by
// "U.S." is never followed by a word byte).
inline bool word_starts_at(std::string_view s, std::size_t i) {
  if (i == 0) return true;
  const char before = s[i - 1];
  if (is_word_byte(static_cast<unsigned char>(before))) return false;
  return !(i > 1 && is_joiner(before) && is_word_byte(static_cast<unsigned char>(s[i - 2])));
}

// Whether the token at byte `i` of `s` opens the sentence or follows a
// colon, an opening quote or a parenthesis, where a capital may start a
// sentence. These three bytes are always tokens of their own.
bool opens_at(std::string_view s, std::size_t i) {
  while (i > 0 && k_space_bytes[static_cast<unsigned char>(s[i - 1])]) --i;
  return i == 0 || s[i - 1] == ':' || s[i - 1] == '"' || s[i - 1] == '(';
}

// The eight bytes of `s` from `at` (less than s.size()) in a std::uint64_t,
// the first byte the lowest; past the end of `s`, zeros.
std::uint64_t chunk_at(std::string_view s, std::size_t at) {
  static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
  std::uint64_t bytes = 0;
  if (at + 8 <= s.size()) {
    std::memcpy(&bytes, s.data() + at, 8);
  } else {
    std::memcpy(&bytes, s.data() + at, s.size() - at);
  }
  return bytes;
}

// Calls `f` with the first byte of each run of bytes from `lo` to `hi`
// (ASCII letters), or with `either_case` also their capitals, in `s`, in
// order, found sixteen at a time: proper_nouns and ProperNounFacts read
// every prose sentence of a document, and most bytes start no such run.
// Not every run starts a word token (see word_starts_at).
template <char lo, char hi, bool either_case, typename F>
void for_each_run_starting(std::string_view s, F&& f) {
  using bytes::Block;
  // Setting bit 5 turns an ASCII capital into its small letter, and no
  // other byte into a small letter.
  const auto in_range = [](const Block& b) {
    return (either_case ? b.with_bits(0x20) : b).in(static_cast<unsigned char>(lo), static_cast<unsigned char>(hi)).mask();
  };
  const char* const p = s.data();
  const std::size_t n = s.size();
  unsigned before = 0;  // 1 if the byte before the block is in range
  for (std::size_t at = 0; at < n; at += Block::size) {
    unsigned in = 0;  // bit k: byte at + k is in range (none past the end)
    if (at + Block::size <= n) {
      in = in_range(Block::load(p + at));
    } else if (n >= Block::size) {
      // The last sixteen bytes, of which the block is the end.
      in = in_range(Block::load(p + n - Block::size)) >> (at + Block::size - n);
    } else {
      char padded[Block::size] = {};
      std::memcpy(padded, p, n);
      in = in_range(Block::load(padded));
    }
    unsigned starts = in & ~((in << 1) | before);
    before = in >> (Block::size - 1);
    for (; starts != 0; starts &= starts - 1) f(at + bytes::first(starts));
  }
}

// Calls `f` with the first byte of each word token of `s` that starts with
// a byte from `lo` to `hi` (ASCII letters), in order.
template <char lo, char hi, typename F>
void for_each_word_starting(std::string_view s, F&& f) {
  for_each_run_starting<lo, hi, false>(s, [&](std::size_t i) {
    if (word_starts_at(s, i)) f(i);
  });
}

// Appends the tokens of `s` to `out`.
void tokenize_into(std::string_view s, std::vector<Token>& out) {
  // About one token per five bytes of prose.
  out.reserve(out.size() + s.size() / 4 + 1);
  for_each_token(s, [&out](const Token& t) { out.push_back(t); });
}

// A set of words, views into text that outlives it, with open addressing:
// proper_nouns inserts every word of a document, where a node per word
// (std::unordered_set) costs more than the rest of its scan.
class ViewSet {
 public:
  /// Adds `w` unless present; returns its index in words().
  std::size_t insert(std::string_view w) {
    if (2 * (words_.size() + 1) > slots_.size()) grow();
    const std::uint32_t h = hash(w);
    std::size_t i = h & (slots_.size() - 1);
    for (; slots_[i].index != 0; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].hash == h && words_[slots_[i].index - 1] == w) return slots_[i].index - 1;
    }
    words_.push_back(w);
    slots_[i] = {h, static_cast<std::uint32_t>(words_.size())};
    return words_.size() - 1;
  }
  /// The index of `w` in words(), if present.
  std::optional<std::size_t> find(std::string_view w) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint32_t h = hash(w);
    for (std::size_t i = h & (slots_.size() - 1); slots_[i].index != 0; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].hash == h && words_[slots_[i].index - 1] == w) return slots_[i].index - 1;
    }
    return std::nullopt;
  }
  /// The words, in the order first inserted.
  const std::vector<std::string_view>& words() const { return words_; }
  /// Makes room for `n` words, so that inserting them allocates nothing.
  void reserve(std::size_t n) {
    words_.reserve(n);
    while (2 * (n + 1) > slots_.size()) grow();
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t index = 0;  // into words_, plus one; 0: empty
  };
  static std::uint32_t hash(std::string_view w) { return static_cast<std::uint32_t>(WordHash{}(w)); }
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(64, 2 * slots_.size()));
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.index == 0) continue;
      std::size_t i = s.hash & (slots_.size() - 1);
      while (slots_[i].index != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::vector<std::string_view> words_;
};

// True if `word`, in any case, is one of `list` (lowercase ASCII words).
// The length and the first byte are compared before the rest.
bool is_one_of_lower(std::string_view word, std::initializer_list<std::string_view> list) {
  if (word.empty()) return std::any_of(list.begin(), list.end(), [](std::string_view w) { return w.empty(); });
  const char first = word[0] >= 'A' && word[0] <= 'Z' ? static_cast<char>(word[0] - 'A' + 'a') : word[0];
  for (const std::string_view w : list) {
    if (w.size() == word.size() && w[0] == first && utf8::ascii_iequal(word, w)) return true;
  }
  return false;
}

struct Entity {
  std::size_t first = 0;  // token indices, inclusive
  std::size_t last = 0;
  std::string name;       // canonical
  bool product = false;
};

}  // namespace

std::string_view to_string(Modality m) {
  switch (m) {
    case Modality::plain: return "plain";
    case Modality::negated: return "negated";
    case Modality::conditional: return "conditional";
    case Modality::forecast: return "forecast";
    case Modality::hypothetical: return "hypothetical";
    case Modality::disputed: return "disputed";
  }
  return "plain";
}

std::string claim_key(const Claim& c) {
  if (c.measure.empty()) return {};
  // Precision first (DESIGN "Checks"): a figure is compared only when it is
  // tied to who it is about; a comparison names its two products instead.
  const bool anchored = !c.subjects.empty() || c.quantity.kind == QuantityKind::multiplier;
  if (!anchored) return {};
  std::vector<std::string> subjects;
  for (const std::string& s : c.subjects) subjects.push_back(lower(s));
  std::sort(subjects.begin(), subjects.end());
  std::string key =
      fmt::format("{}|{}|{}|{}", to_string(c.quantity.kind), lower(c.measure), fmt::join(subjects, ","), c.predicate);
  // Only a figure with a place has a fifth field: other keys are as
  // before places were read.
  if (!c.place.empty()) key.append("|").append(lower(c.place));
  // A time with no days is a period other than the story's ("a year
  // earlier", "for the full year"): figures of the same phrase only.
  if (const std::string* period = key_period(c)) key.append("|").append(*period);
  return key;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  tokenize_into(s, out);
  return out;
}

ProperNouns proper_nouns(const Document& doc) {
  // Only the capitalised words matter, and the lowercase words that spell
  // one of them lowercased: a first pass reads the words that start with a
  // capital, a second looks up only the lowercase words that pass a screen
  // of the capitalised words not yet seen in lower case. Views into the
  // document's text, so no word is copied.
  const auto prose = [&doc](const Sentence& s) {
    // Headings are title-cased ("Transit Costs Rise"): their capitals say
    // nothing about names.
    return s.paragraph >= doc.paragraphs.size() || doc.paragraphs[s.paragraph].prose;
  };
  ViewSet capitalised_words;
  std::vector<char> in_mid;  // capitalised_words.words()[i] occurs mid-sentence
  for (const Sentence& sentence : doc.sentences) {
    if (!prose(sentence)) continue;
    const std::string_view s = doc.view(sentence.range);
    for_each_word_starting<'A', 'Z'>(s, [&](std::size_t i) {
      std::string_view word = s.substr(i, word_end(s, i) - i);
      strip_possessive(word);
      const std::size_t at = capitalised_words.insert(word);
      if (at == in_mid.size()) in_mid.push_back(false);
      if (!opens_at(s, i)) in_mid[at] = true;
    });
  }
  // Views are sorted, cheaper to swap than strings, then copied.
  const std::vector<std::string_view>& capitals = capitalised_words.words();
  std::vector<std::string_view> sorted;
  for (std::size_t i = 0; i < capitals.size(); ++i) {
    if (in_mid[i]) sorted.push_back(capitals[i]);
  }
  std::sort(sorted.begin(), sorted.end());
  ProperNouns out;
  out.mid_sentence.assign(sorted.begin(), sorted.end());
  // The capitalised words lowercased, one after another in `folded`, and
  // as a set.
  std::string folded;
  std::size_t folded_size = 0;
  for (const std::string_view w : capitals) folded_size += w.size();
  folded.reserve(folded_size);
  for (const std::string_view w : capitals) {
    for (const char c : w) folded.push_back(fold(c));
  }
  ViewSet folded_set;
  std::vector<std::size_t> folded_index;  // capitals[i] lowercased is folded_set.words()[folded_index[i]]
  for (std::size_t i = 0, at = 0; i < capitals.size(); at += capitals[i].size(), ++i) {
    folded_index.push_back(folded_set.insert(std::string_view(folded).substr(at, capitals[i].size())));
  }
  // The screen: how many of the lowercased words not yet seen in lower case
  // have each key, hashed into a table with eight times as many slots. The
  // key is the first three bytes from a word's start, zeros from the first
  // that is not a word byte: a word equal to one of them has its key, as
  // it ends at a byte that is not a word byte or before its "'s".
  int key_bits = 6;
  while ((std::size_t{1} << key_bits) < 8 * folded_set.words().size()) ++key_bits;
  const auto key_of = [key_bits](std::string_view w) {
    std::uint64_t key = static_cast<unsigned char>(w[0]);
    for (std::size_t k = 1; k < 3 && k < w.size() && is_word_byte(static_cast<unsigned char>(w[k])); ++k) {
      key |= std::uint64_t{static_cast<unsigned char>(w[k])} << (8 * k);
    }
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - key_bits));
  };
  std::vector<std::uint32_t> unseen_keys(std::size_t{1} << key_bits);
  for (const std::string_view f : folded_set.words()) ++unseen_keys[key_of(f)];
  std::size_t unseen = folded_set.words().size();
  std::vector<char> written_lower(folded_set.words().size());
  for (const Sentence& sentence : doc.sentences) {
    if (unseen == 0) break;
    if (!prose(sentence)) continue;
    const std::string_view s = doc.view(sentence.range);
    for_each_word_starting<'a', 'z'>(s, [&](std::size_t i) {
      std::uint32_t& unseen_with_key = unseen_keys[key_of(s.substr(i))];
      if (unseen_with_key == 0) return;
      std::string_view word = s.substr(i, word_end(s, i) - i);
      strip_possessive(word);
      const std::optional<std::size_t> at = folded_set.find(word);
      if (!at || written_lower[*at]) return;
      written_lower[*at] = true;
      --unseen;
      --unseen_with_key;
    });
  }
  sorted.clear();
  for (std::size_t i = 0; i < capitals.size(); ++i) {
    if (!written_lower[folded_index[i]]) sorted.push_back(capitals[i]);
  }
  std::sort(sorted.begin(), sorted.end());
  out.never_lower.assign(sorted.begin(), sorted.end());
  return out;
}

namespace {

// The head of the word token at byte `i` of `s`, a word byte: its first
// eight bytes with bit 5 set (which lowercases an ASCII capital), zeros
// from the first byte that is not a word byte or past the end of `s`. A
// word token equal to `s` from `i`, or to it lowercased, has its head. All
// bytes at once: it runs for every word of a document.
std::uint64_t word_head(std::string_view s, std::size_t i) {
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
  constexpr std::uint64_t k_high = 0x8080808080808080ULL;
  const std::uint64_t bytes = chunk_at(s, i);
  // The word bytes, by the high bit of each: ASCII letters, digits (on
  // seven bits no sum carries into the next byte, as in
  // for_each_word_starting) and the bytes from 0x80.
  const std::uint64_t low = bytes & ~k_high;
  const std::uint64_t small = low | 0x20 * k_ones;
  const std::uint64_t letters = (small + (0x80 - 'a') * k_ones) & ~(small + (0x80 - 'z' - 1) * k_ones);
  const std::uint64_t digits = (low + (0x80 - '0') * k_ones) & ~(low + (0x80 - '9' - 1) * k_ones);
  const std::uint64_t others = ~(letters | digits | bytes) & k_high;
  const int length = others == 0 ? 8 : std::countr_zero(others) / 8;
  const std::uint64_t kept = length == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * length)) - 1;
  return (bytes | 0x20 * k_ones) & kept;
}

// What proper_nouns(doc) says of one capitalised word.
struct WordFacts {
  bool capital = false;        // a word token of a prose sentence
  bool mid = false;            // in ProperNouns::mid_sentence
  std::optional<bool> lower;   // lowercased, a word token of a prose sentence: read on first need
};

// The facts of `words`, distinct words starting with an ASCII capital and
// holding no other, but `lower`: one scan of the capitalised words of the
// document's prose sentences that pass a screen of `words`, as
// proper_nouns reads them. `known_capital[k]` says words[k] is known to be
// a capitalised word token of a prose sentence.
std::vector<WordFacts> read_word_facts(const Document& doc, const std::vector<std::string_view>& words,
                                       const std::vector<char>& known_capital) {
  std::vector<WordFacts> facts(words.size());
  for (std::size_t k = 0; k < words.size(); ++k) facts[k].capital = known_capital[k];
  if (words.empty()) return facts;
  ViewSet as_written;  // the same indices as `words`
  as_written.reserve(words.size());
  for (const std::string_view w : words) as_written.insert(w);
  // Screens: how many of the words not yet seen as a capitalised word, and
  // not yet seen mid-sentence, have each head (word_head), hashed into
  // tables with eight times as many slots. A word equal to one of them has
  // its head.
  int key_bits = 6;
  while ((std::size_t{1} << key_bits) < 8 * words.size()) ++key_bits;
  const auto key_of = [key_bits](std::string_view s, std::size_t i) {
    return static_cast<std::size_t>((word_head(s, i) * 0x9E3779B97F4A7C15ULL) >> (64 - key_bits));
  };
  std::vector<std::uint32_t> capital_unknown(std::size_t{1} << key_bits), mid_unknown(capital_unknown.size());
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::size_t key = key_of(words[k], 0);
    if (!facts[k].capital) ++capital_unknown[key];
    ++mid_unknown[key];
  }
  // A first screen, cheaper than the head: the first three bytes of a
  // word with bit 5 set, hashed to one bit of 4096 (few words are asked
  // about). After a shorter word comes any byte, or the end of the
  // sentence, read as zeros.
  std::array<std::uint64_t, 4096 / 64> trigrams{};
  const auto trigram_of = [](std::uint32_t bytes) {
    return static_cast<std::size_t>((((bytes | 0x202020) & 0xFFFFFF) * 0x9E3779B1U) >> 20);
  };
  const auto trigram_at = [&trigram_of](std::string_view s, std::size_t i) {
    std::uint32_t bytes = 0;
    if (i + 4 <= s.size()) {
      std::memcpy(&bytes, s.data() + i, 4);
    } else {
      for (std::size_t k = i; k < s.size(); ++k) bytes |= std::uint32_t{static_cast<unsigned char>(s[k])} << (8 * (k - i));
    }
    return trigram_of(bytes);
  };
  for (const std::string_view w : words) {
    std::uint32_t bytes = 0;
    for (std::size_t k = 0; k < w.size() && k < 3; ++k) bytes |= std::uint32_t{static_cast<unsigned char>(w[k])} << (8 * k);
    // Any bytes after the word: all values of the first three bytes' tail.
    const std::uint32_t any = w.size() >= 3 ? 1 : std::uint32_t{1} << (8 * (3 - w.size()));
    for (std::uint32_t tail = 0; tail < any; ++tail) {
      const std::size_t bit = trigram_of(bytes | tail << (8 * std::min<std::size_t>(w.size(), 3)));
      trigrams[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }
  // A screen cheaper still, for the capitals no word of `words` starts
  // with.
  std::array<bool, 256> first_bytes{};
  for (const std::string_view w : words) first_bytes[static_cast<unsigned char>(w[0])] = true;
  std::size_t capital_open = 0;  // words not yet seen as a capitalised word
  for (const WordFacts& f : facts) capital_open += f.capital ? 0 : 1;
  std::size_t open = words.size();  // words not yet seen mid-sentence
  for (const Sentence& sentence : doc.sentences) {
    if (open == 0) break;
    // Headings are title-cased: proper_nouns reads prose only.
    if (sentence.paragraph < doc.paragraphs.size() && !doc.paragraphs[sentence.paragraph].prose) continue;
    const std::string_view s = doc.view(sentence.range);
    // A word token starting with a capital starts a run of capitals.
    for_each_run_starting<'A', 'Z', false>(s, [&](std::size_t i) {
      if (!first_bytes[static_cast<unsigned char>(s[i])]) return;
      const std::size_t trigram = trigram_at(s, i);
      if ((trigrams[trigram / 64] >> (trigram % 64) & 1) == 0 || !word_starts_at(s, i)) return;
      // Where a sentence may start, a capital says only that the word is
      // written capitalised, which most of `words` are known to be.
      const bool opening = opens_at(s, i);
      if (opening && capital_open == 0) return;
      const std::size_t key = key_of(s, i);
      if ((opening ? capital_unknown : mid_unknown)[key] == 0) return;
      std::string_view word = s.substr(i, word_end(s, i) - i);
      strip_possessive(word);
      const std::optional<std::size_t> at = as_written.find(word);
      if (!at) return;
      WordFacts& f = facts[*at];
      if (!f.capital) {
        f.capital = true;
        --capital_unknown[key];
        --capital_open;
      }
      if (f.mid || opening) return;
      f.mid = true;
      --mid_unknown[key];
      --open;
    });
  }
  return facts;
}

// Calls `f` with each i, in order, where s[i] is `first` and s[i + 1] is
// `second`, found sixteen at a time.
template <typename F>
void for_each_pair_at(std::string_view s, char first, char second, F&& f) {
  using bytes::Block;
  if (s.size() < 2) return;
  const auto pairs = [first, second](const char* at) {
    return Block::load(at).eq(static_cast<unsigned char>(first)).mask() &
           Block::load(at + 1).eq(static_cast<unsigned char>(second)).mask();
  };
  const char* const p = s.data();
  const std::size_t positions = s.size() - 1;  // the last has no byte after it
  std::size_t at = 0;
  for (; at + Block::size <= positions; at += Block::size) {
    for (unsigned hits = pairs(p + at); hits != 0; hits &= hits - 1) f(at + bytes::first(hits));
  }
  if (at == positions) return;
  unsigned hits = 0;
  if (positions >= Block::size) {
    // The last sixteen positions, of which the rest is the end.
    hits = pairs(p + positions - Block::size) >> (at + Block::size - positions);
  } else {
    char padded[Block::size + 1] = {};
    std::memcpy(padded, p, s.size());
    hits = pairs(padded) & ((1u << positions) - 1);
  }
  for (; hits != 0; hits &= hits - 1) f(at + bytes::first(hits));
}

// Whether `word`, which starts with an ASCII small letter, is a word token
// of a prose sentence of `doc` (its possessive "'s" removed), as
// proper_nouns reads them. Tokens starting with its first two bytes are
// found sixteen bytes at a time, and the scan stops at the first.
bool written_in_prose(const Document& doc, std::string_view word) {
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.paragraph < doc.paragraphs.size() && !doc.paragraphs[sentence.paragraph].prose) continue;
    const std::string_view s = doc.view(sentence.range);
    bool found = false;
    const auto check = [&](std::size_t i) {
      if (found || !word_starts_at(s, i)) return;
      std::string_view token = s.substr(i, word_end(s, i) - i);
      strip_possessive(token);
      found = token == word;
    };
    if (word.size() == 1) {
      for_each_run_starting<'a', 'z', false>(s, [&](std::size_t i) {
        if (s[i] == word[0]) check(i);
      });
    } else {
      for_each_pair_at(s, word[0], word[1], check);
    }
    if (found) return true;
  }
  return false;
}

// The first token of `s` if it is a word starting with an ASCII capital
// (see tokenize).
std::optional<std::string_view> capitalised_first_word(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && k_space_bytes[static_cast<unsigned char>(s[i])]) ++i;
  if (i == s.size() || !is_upper(static_cast<unsigned char>(s[i]))) return std::nullopt;
  std::string_view word = s.substr(i, word_end(s, i) - i);
  strip_possessive(word);
  return word;
}

// Whether find_entities asks the proper nouns about a word opening a
// sentence: a capitalised word that is no alias, product code, word of
// not_entities or word with inner capitals, which are names or not by
// their form alone.
bool asks_proper_nouns(std::string_view w, const BindLanguage& lex) {
  return capitalised(w) && !looks_like_name(w) && !is_product_code(w) && !lex.entity_aliases.count(w) &&
         !lex.not_entities.count(w);
}

// What find_entities asks of the proper nouns of a document, about the
// word opening a sentence (of a later word the form decides): whether it
// is in ProperNouns::mid_sentence, and in never_lower.
class ProperNounFacts {
 public:
  /// Answers from `sorted`, proper_nouns(doc), which must outlive it.
  explicit ProperNounFacts(const ProperNouns& sorted) : sorted_(&sorted) {}
  /// Answers as proper_nouns(doc) would, reading on first use only the
  /// words that open the sentences of `first` and that find_entities asks
  /// about (most documents hold a few dozen), not all its capitalised
  /// words; then, when asked about another word, those opening any
  /// sentence. `doc` and `lex` must outlive it.
  ProperNounFacts(const Document& doc, const BindLanguage& lex, std::vector<std::size_t> first)
      : doc_(&doc), lex_(&lex), first_(std::move(first)) {}

  bool mid_sentence(std::string_view w) {
    if (sorted_) return std::binary_search(sorted_->mid_sentence.begin(), sorted_->mid_sentence.end(), w);
    if (const WordFacts* f = opener_facts(w)) return f->mid;
    return capitalised(w) && read_word_facts(*doc_, {w}, {false}).front().mid;
  }
  bool never_lower(std::string_view w) {
    if (sorted_) return std::binary_search(sorted_->never_lower.begin(), sorted_->never_lower.end(), w);
    WordFacts* f = opener_facts(w);
    if (!f) return capitalised(w) && read_word_facts(*doc_, {w}, {false}).front().capital && !written_in_prose(*doc_, lower(w));
    if (!f->capital) return false;
    if (!f->lower) f->lower = written_in_prose(*doc_, lower(w));
    return !*f->lower;
  }

 private:
  // The facts of `w` if it opens a sentence and find_entities asks about
  // it, reading the openers of first_ on first use, then those of all
  // sentences; else nullptr: a word asked about that no sentence opens
  // with is no capitalised word of proper_nouns, or read alone.
  WordFacts* opener_facts(std::string_view w) {
    if (!read_first_) {
      read_first_ = true;
      read_openers(first_);
    }
    if (WordFacts* f = read_opener_facts(w)) return f;
    if (read_all_) return nullptr;
    read_all_ = true;
    std::vector<std::size_t> all(doc_->sentences.size());
    for (std::size_t s = 0; s < all.size(); ++s) all[s] = s;
    read_openers(all);
    return read_opener_facts(w);
  }

  // The facts of `w` if it is a word opening a sentence read so far that
  // find_entities asks about.
  WordFacts* read_opener_facts(std::string_view w) {
    if (const std::optional<std::size_t> at = openers_.find(w); at && asked_index_[*at] != k_not_asked) {
      return &opener_facts_[asked_index_[*at]];
    }
    return nullptr;
  }

  // Reads the facts of the words opening `sentences` not read before, in
  // one scan of the document. Most sentences open with one of a few words
  // ("The", "Analysts"): each distinct opener is judged once.
  void read_openers(const std::vector<std::size_t>& sentences) {
    std::vector<std::string_view> asked;
    // asked[i] is known to open a prose sentence (of `sentences`: a hint,
    // which read_word_facts completes)
    std::vector<char> known_capital;
    const std::size_t first_new = opener_facts_.size();
    openers_.reserve(openers_.words().size() + sentences.size());
    for (const std::size_t s : sentences) {
      const Sentence& sentence = doc_->sentences[s];
      const std::optional<std::string_view> first = capitalised_first_word(doc_->view(sentence.range));
      if (!first) continue;
      const std::size_t at = openers_.insert(*first);
      if (at == asked_index_.size()) {
        const bool asks = asks_proper_nouns(*first, *lex_);
        asked_index_.push_back(asks ? first_new + asked.size() : k_not_asked);
        if (asks) {
          asked.push_back(*first);
          known_capital.push_back(false);
        }
      }
      if (asked_index_[at] == k_not_asked || asked_index_[at] < first_new) continue;
      if (sentence.paragraph >= doc_->paragraphs.size() || doc_->paragraphs[sentence.paragraph].prose) {
        known_capital[asked_index_[at] - first_new] = true;
      }
    }
    if (asked.empty()) return;
    const std::vector<WordFacts> facts = read_word_facts(*doc_, asked, known_capital);
    opener_facts_.insert(opener_facts_.end(), facts.begin(), facts.end());
  }

  static constexpr std::size_t k_not_asked = SIZE_MAX;
  const ProperNouns* sorted_ = nullptr;
  const Document* doc_ = nullptr;
  const BindLanguage* lex_ = nullptr;
  std::vector<std::size_t> first_;  // the sentences whose openers are read first
  bool read_first_ = false;
  bool read_all_ = false;
  ViewSet openers_;                       // the capitalised first words of doc_'s sentences read: views into its text
  std::vector<std::size_t> asked_index_;  // openers_.words()[i] → its index in opener_facts_, or k_not_asked
  std::vector<WordFacts> opener_facts_;
};

// Whether tokens[k] is the number of a name ("Phase 3", "Boeing 737",
// "Windows 11"): up to three ASCII digits that `quantities`, the
// sentence's, do not hold (the extractor leaves such a number after a
// capitalised word out). Without the quantities (null), no number is.
bool designation_number(const std::vector<Token>& tokens, std::size_t k, const std::vector<Quantity>* quantities) {
  if (quantities == nullptr || k >= tokens.size()) return false;
  const Token& t = tokens[k];
  if (!t.word || t.text.empty() || t.text.size() > 3) return false;
  for (const char c : t.text) {
    if (c < '0' || c > '9') return false;
  }
  for (const Quantity& q : *quantities) {
    if (q.range.begin <= t.range.begin && t.range.begin < q.range.end) return false;
  }
  return true;
}

// Whether a figure starts at `t`: a digit or currency sign, or a word
// that stands before one ("about", "a", "some").
bool opens_figure(const Token& t) {
  static constexpr std::string_view k_lead_words[] = {"about", "some", "nearly", "almost", "roughly", "around",
                                                     "more", "over", "up", "just", "a", "an", "another", "at",
                                                     "approximately", "fewer", "less"};
  if (t.text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t.text[0]);
  if ((c >= '0' && c <= '9') || c == '$' || c >= 0x80) return true;
  for (const std::string_view w : k_lead_words) {
    if (t.text == w) return true;
  }
  return false;
}

// Entities of a sentence: runs of name tokens, canonicalised by alias, a
// name's number included (designation_number). Replaces the contents of
// `out`.
void find_entities(const std::vector<Token>& tokens, const BindLanguage& lex, ProperNounFacts& proper,
                   const std::vector<Quantity>* quantities, std::vector<Entity>& out) {
  const BindScreens& screens = lex.screens;
  // The sentence's first word: after an opening quote or bracket
  // ("\"Demand from utilities has been steady,\" ..." opens with
  // "Demand").
  std::size_t opener = 0;
  while (opener < tokens.size() && !tokens[opener].word &&
         is_one_of_lower(tokens[opener].text,
                         {"\"", "'", "(", "[", "\u201c", "\u2018", "\u00ab", "\u00bf", "\u00a1"})) {
    ++opener;
  }
  // ("drains (Rs 410 crore)": the sign of a currency written as a word is
  // part of its figure, no name.)
  // (Marked once a sentence, token by token: a line of a thousand glued
  // figures stays linear.)
  thread_local std::vector<unsigned char> inside;
  inside.assign(tokens.size(), 0);
  if (quantities != nullptr) {
    for (const Quantity& q : *quantities) {
      auto it = std::lower_bound(tokens.begin(), tokens.end(), q.range.begin,
                                 [](const Token& t, std::size_t b) { return t.range.begin < b; });
      for (; it != tokens.end() && it->range.begin < q.range.end; ++it) inside[it - tokens.begin()] = 1;
    }
  }
  const auto in_figure = [&](const Token& t) { return inside[static_cast<std::size_t>(&t - tokens.data())] != 0; };
  auto is_name = [&](std::size_t k) {
    const Token& t = tokens[k];
    if (!t.word) return false;
    if (const unsigned char c = t.text.empty() ? 0 : static_cast<unsigned char>(t.text[0]);
        ((c >= 'A' && c <= 'Z') || c >= 0x80) && in_figure(t)) {
      return false;
    }
    if (screens.entity_aliases.may_hold(t.text) && lex.entity_aliases.count(t.text)) return true;
    if (t.code) return true;
    if (!capitalised(t.text) || (screens.not_entities.may_hold(t.text) && lex.not_entities.count(t.text))) {
      return false;
    }
    // "German-listed", "Paris-based", "State-owned": an adjective, not a
    // name ("Rolls-Royce" and "Coca-Cola" are).
    if (const std::size_t dash = t.text.find('-');
        dash != std::string_view::npos && dash + 1 < t.text.size() && t.text[dash + 1] >= 'a' && t.text[dash + 1] <= 'z') {
      return false;
    }
    if (k != opener || looks_like_name(t.text)) return true;
    if (proper.mid_sentence(t.text)) return true;
    const std::size_t next = k + 1;
    // "Pendry & Vale reported ...".
    if (tokens.size() > next + 1 && tokens[next].text == "&" && capitalised(tokens[next + 1].text)) return true;
    if (tokens.size() <= next || !tokens[next].word || t.possessive) return false;
    // A sentence-initial word followed by a name starts that name
    // ("Voltara Motors is recalling ..."); one the document never writes
    // in lower case, followed by a verb, is a name doing something
    // ("Rivergate has agreed ...", "Acme employs 5,000 people").
    if (capitalised(tokens[next].text) &&
        (!lex.not_entities.count(tokens[next].text) || lex.name_suffixes.count(tokens[next].text))) {
      return true;
    }

    // "Costs are up 6.8%": a word of the measures is a common noun, even
    // where the document never writes it in lower case.
    if (const std::string first = lower(t.text); lex.screens.measures.may_hold(first) && lex.measures.count(first)) {
      return false;
    }
    const std::string second = lower(tokens[next].text);
    if (lex.subject_verbs.count(second)) return proper.never_lower(t.text);
    // A predicate only with its figure right after it: "Car exports
    // doubled" is a noun phrase, "Acme employs about 5,000" a name acting.
    return lex.predicates.count(second) && tokens.size() > next + 1 && opens_figure(tokens[next + 1]) &&
           proper.never_lower(t.text);
  };
  out.clear();
  std::size_t k = 0;
  while (k < tokens.size()) {
    if (!is_name(k)) {
      ++k;
      continue;
    }
    // Products stand alone; names run over consecutive name tokens
    // ("Jensen Huang", "Wall Street Journal") up to a possessive.
    std::size_t last = k;
    // "St Aldric's Hospital", "St Mary's College": a saint's possessive
    // goes on into the name of what is named after the saint.
    const auto saints = [&](std::size_t m) {
      return m == k + 1 && tokens[m].possessive && is_one_of_lower(tokens[k].text, {"st", "st.", "saint"}) &&
             m + 1 < tokens.size() && tokens[m + 1].word && capitalised(tokens[m + 1].text) &&
             !tokens[m + 1].code && is_name(m + 1);
    };
    bool saint = false;
    if (!tokens[k].code) {
      while (last + 1 < tokens.size() && (!tokens[last].possessive || saints(last))) {
        saint = saint || tokens[last].possessive;
        if ((is_name(last + 1) && !tokens[last + 1].code) || lex.name_suffixes.count(tokens[last + 1].text)) {
          ++last;
        } else if (tokens[last + 1].text == "&" && last + 2 < tokens.size() && is_name(last + 2) &&
                   !tokens[last + 2].code) {
          // "Pendry & Vale", "Marks & Spencer": one name.
          last += 2;
        } else {
          break;
        }
      }
      if (!tokens[last].possessive && designation_number(tokens, last + 1, quantities)) ++last;
    }
    // "New York", "New Zealand": "New" (no name alone: "Lunar New Year")
    // opens the name that follows it.
    if (k > 0 && tokens[k - 1].text == "New" && !tokens[k - 1].possessive && !tokens[k].code) --k;
    // A letter alone is no name ("a Band D bill": "Band" names none).
    if (k == last && tokens[k].text.size() == 1) {
      k = last + 1;
      continue;
    }
    std::string phrase;
    for (std::size_t m = k; m <= last; ++m) {
      if (m != k) phrase += ' ';
      // The saint's possessive as written, inside the name only.
      phrase += saint && m < last && tokens[m].possessive
                    ? std::string_view(tokens[m].text.data(), tokens[m].range.size())
                    : tokens[m].text;
    }
    const bool product = k == last ? tokens[k].code : is_product_code(phrase);
    Entity e{k, last, std::move(phrase), product};
    if (auto it = lex.entity_aliases.find(e.name); it != lex.entity_aliases.end()) {
      // "the U.S. private equity firm", "a UK retailer": a country that
      // qualifies a noun is no name of its own in the clause; "the U.S.
      // government" is the country's.
      // The word after must be no verb ("the US took 25%") or adverb
      // ("the US finally approved").
      const auto noun_after = [&] {
        const std::string next = lower(tokens[last + 1].text);
        return !next.ends_with("ly") && !lex.predicates.count(next) && !lex.subject_verbs.count(next) &&
               !lex.prepositions.count(next) &&
               !is_one_of_lower(next, {"did", "does", "could", "can", "may", "might", "must", "should", "also",
                                       "then", "now", "still", "last", "this", "next", "and", "or", "but", "ago",
                                       "earlier", "later", "today", "yesterday", "itself", "alone", "as", "than"});
      };
      if (k > 0 && last + 1 < tokens.size() && tokens[last + 1].word && !tokens[last].possessive &&
          !capitalised(tokens[last + 1].text) && is_one_of_lower(tokens[k - 1].text, {"the", "a", "an"}) &&
          noun_after() &&
          !is_one_of_lower(tokens[last + 1].text, {"government", "administration", "authorities", "officials",
                                                   "treasury", "department", "ministry", "military", "army",
                                                   "navy", "regulators", "congress", "parliament", "state"})) {
        k = last + 1;
        continue;
      }
      e.name = it->second;
    }
    out.push_back(std::move(e));
    k = last + 1;
  }
}

// The measure class of a lowercased word, or "". A view into `lex`.
std::string_view measure_class(const BindLanguage& lex, std::string_view lowered) {
  auto it = lex.measures.find(lowered);
  return it == lex.measures.end() ? std::string_view() : std::string_view(it->second);
}

// Index of the first token that starts at or after byte `at`.
std::size_t token_at(const std::vector<Token>& tokens, std::size_t at) {
  return static_cast<std::size_t>(
      std::lower_bound(tokens.begin(), tokens.end(), at,
                       [](const Token& t, std::size_t a) { return t.range.begin < a; }) -
      tokens.begin());
}

// token_at(tokens, at) when no token before `from` starts at or after
// `at`: a few steps from `from`, as the end of a figure is a few tokens
// past its start, then a binary search.
std::size_t token_at(const std::vector<Token>& tokens, std::size_t from, std::size_t at) {
  for (const std::size_t steps_end = std::min(tokens.size(), from + 4); from < steps_end; ++from) {
    if (tokens[from].range.begin >= at) return from;
  }
  return static_cast<std::size_t>(
      std::lower_bound(tokens.begin() + static_cast<std::ptrdiff_t>(from), tokens.end(), at,
                       [](const Token& t, std::size_t a) { return t.range.begin < a; }) -
      tokens.begin());
}

// How far around a figure the binder looks, in tokens: a clause is rarely
// longer, and the bound keeps a 100 MB line without a full stop linear
// (issue 10).
constexpr std::size_t k_window = 48;

// The count measure with its head noun replaced by its class: "H200 GPU"
// → "H200 chip". Modifiers are kept as written.
std::string canonical_measure(const BindLanguage& lex, std::string_view measure) {
  const std::size_t space = measure.rfind(' ');
  const std::string_view head = space == std::string_view::npos ? measure : measure.substr(space + 1);
  const std::string lowered_head = lower(head);
  const std::string_view cls = measure_class(lex, lowered_head);
  if (cls.empty()) return std::string(measure);
  // A generic head ("units", "cards") counts a product only when a product
  // code qualifies it ("H200 units"); "housing units" stay units.
  if (lex.generic_heads.count(lowered_head)) {
    const std::string_view modifiers = space == std::string_view::npos ? std::string_view() : measure.substr(0, space);
    bool product = false;
    for (const Token& t : tokenize(modifiers)) product = product || t.code;
    if (!product) return std::string(measure);
  }
  std::string out(measure.substr(0, space == std::string_view::npos ? 0 : space + 1));
  out += cls;
  return out;
}

}  // namespace

namespace {

// Temporal prepositions that, opening a sentence, make its first phrase a
// bound of the main clause's event ("After a meeting last October, the US
// authorized ...": the authorization came after October).
constexpr std::string_view k_lower_openers[] = {"after", "since", "following"};
constexpr std::string_view k_upper_openers[] = {"before", "until", "by", "ahead"};

}  // namespace

namespace {

// The class `key` has in `map`, or nullptr.
const std::string* find_class(const WordMap<std::string>& map, std::string_view key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

// What bind_sentence and bind_events need of a sentence, computed once.
// A DocumentBinder refills one for each sentence, so that its buffers are
// allocated once per document.
struct SentenceContext {
  const BindLanguage* lex = nullptr;
  std::string_view text;
  std::vector<Token> tokens;
  // The text lowercased (ASCII capitals only, so that byte offsets stay).
  std::string folded;
  // Tokens k and k + 1 lowercased with one space between, when they are
  // not one space apart in the text.
  mutable std::string pair;
  std::vector<char> clause_break;      // token → ";" or "but", which end a clause (bytes: cheaper than bits)
  std::vector<Entity> entities;
  std::vector<const Entity*> entity_of;  // token → entity
  std::size_t clause_floor = 0;
  // Token → its entry in lex->words (&k_no_word: none), looked up on first
  // use and kept: bind_in_context scans overlapping windows once per figure
  // and date of the sentence. nullptr until then, so that a sentence's
  // entries are reset by a fill of zeros.
  mutable std::vector<const BindWord*> word_entries;
  static const BindWord k_no_word;

  // Makes room for a sentence of `bytes` bytes, so that the buffers do not
  // grow sentence by sentence.
  void reserve(std::size_t bytes) {
    const std::size_t tokens_guess = bytes / 4 + 1;  // as tokenize_into guesses
    tokens.reserve(tokens_guess);
    folded.reserve(bytes);
    clause_break.reserve(tokens_guess);
    word_entries.reserve(tokens_guess);
    entity_of.reserve(tokens_guess);
  }

  // Token k lowercased.
  std::string_view lower(std::size_t k) const { return {folded.data() + tokens[k].range.begin, tokens[k].text.size()}; }
  // Tokens k and k + 1 lowercased, with a space between: a view into
  // `folded`, else into `pair`, valid until the next call.
  std::string_view lower_pair(std::size_t k) const {
    const Token& first = tokens[k];
    const Token& second = tokens[k + 1];
    if (first.text.size() == first.range.size() && second.range.begin == first.range.end + 1 &&
        text[first.range.end] == ' ') {
      return {folded.data() + first.range.begin, second.range.begin + second.text.size() - first.range.begin};
    }
    pair.assign(lower(k));
    pair += ' ';
    pair += lower(k + 1);
    return pair;
  }
  // The measure class of token k (lowercased), or "".
  std::string_view measure(std::size_t k) const {
    if (!lex->screens.measures.may_hold(lower(k))) return {};
    // "units" are chips only after a product code ("H200 units"), not in
    // "61.800 unidades, el 15 %" or "housing units".
    if (lex->generic_heads.count(lower(k)) && !(k > 0 && tokens[k - 1].code)) return {};
    return measure_class(*lex, lower(k));
  }
  // The predicate and modality classes of token k (lowercased) alone,
  // else, with `with_next`, of tokens k and k + 1; nullptr if none.
  const std::string* predicate(std::size_t k, bool with_next = false) const {
    return word_class(k, with_next, &BindWord::predicate, &BindWord::opens_predicate, lex->predicates);
  }
  const std::string* modality(std::size_t k, bool with_next = false) const {
    return word_class(k, with_next, &BindWord::modality, &BindWord::opens_modality, lex->modality);
  }
  const std::string* word_class(std::size_t k, bool with_next, std::optional<std::string> BindWord::*cls,
                                bool BindWord::*opens, const WordMap<std::string>& pairs) const {
    const BindWord* w = word(k);
    if (!w) return nullptr;
    if (w->*cls) return &*(w->*cls);
    if (!with_next || !(w->*opens)) return nullptr;
    // Two words ("laid off"), else three ("do away with", "on track to").
    if (const std::string* c = find_class(pairs, lower_pair(k))) return c;
    return k + 2 < tokens.size() ? find_class(pairs, lower_triple(k)) : nullptr;
  }
  std::string_view lower_triple(std::size_t k) const {
    pair.assign(lower(k));
    pair += ' ';
    pair += lower(k + 1);
    pair += ' ';
    pair += lower(k + 2);
    return pair;
  }
  const BindWord* word(std::size_t k) const {
    const BindWord*& w = word_entries[k];
    if (!w) {
      const std::string_view lowered = lower(k);
      const auto it = lex->screens.words.may_hold(lowered) ? lex->words.find(lowered) : lex->words.end();
      w = it == lex->words.end() ? &k_no_word : &it->second;
    }
    return w == &k_no_word ? nullptr : w;
  }
};

const BindWord SentenceContext::k_no_word;

// Where the wire dateline opening `text` ends, or 0: "SILVER RIDGE,
// Colo. (AP) — Halvorsen said ...", "MADRID, 4 Mar. (EUROPA PRESS) - El
// Gobierno ...", "Lima (AFP) — ...", "Lima, 12 de mayo de 2026.- La ...".
// Its place and its agency are where and by whom the story was filed,
// never what a figure is about.
std::size_t dateline_end(std::string_view text) {
  constexpr std::size_t k_longest = 80;
  const std::string_view head = text.substr(0, std::min(text.size(), k_longest));
  // The first dash: " — ", " – ", " - ", "—" or ".-", in one pass.
  std::size_t dash = std::string_view::npos;
  std::size_t after = 0;
  for (std::size_t i = 0; i < head.size() && dash == std::string_view::npos; ++i) {
    const unsigned char c = static_cast<unsigned char>(head[i]);
    if (c == 0xE2 && i + 2 < head.size() && static_cast<unsigned char>(head[i + 1]) == 0x80) {
      const unsigned char third = static_cast<unsigned char>(head[i + 2]);
      const bool em = third == 0x94;
      const bool spaced = i > 0 && head[i - 1] == ' ' && i + 3 < head.size() && head[i + 3] == ' ';
      if (em || (third == 0x93 && spaced)) {
        dash = spaced ? i - 1 : i;
        after = spaced ? i + 4 : i + 3;
      }
    } else if (c == '-' && i > 0 && head[i - 1] == '.') {
      dash = i - 1;
      after = i + 1;
    } else if (c == '-' && i > 0 && head[i - 1] == ' ' && i + 1 < head.size() && head[i + 1] == ' ') {
      dash = i - 1;
      after = i + 2;
    }
  }
  if (dash == std::string_view::npos || dash < 3) return 0;
  const std::string_view prefix = head.substr(0, dash);
  // A sentence of the story has lowercase words before any dash; a
  // dateline has at most a state, a date or its agency besides the place.
  const bool agency = prefix.back() == ')';
  const bool dated = head.substr(dash, 2) == ".-" && prefix.back() >= '0' && prefix.back() <= '9';
  std::size_t caps = 0;
  while (caps < prefix.size() && prefix[caps] >= 'A' && prefix[caps] <= 'Z') ++caps;
  const bool shouted = caps >= 2 && (caps == prefix.size() || prefix[caps] == ',' || prefix[caps] == ' ');
  if (!agency && !dated && !(shouted && prefix.find(',') != std::string_view::npos)) return 0;
  // Outside its parentheses, an undated line has no word in lower case:
  // a sentence of the story does before any dash.
  if (!dated) {
    int depth = 0;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      const char ch = prefix[i];
      depth += ch == '(' ? 1 : ch == ')' && depth > 0 ? -1 : 0;
      if (depth == 0 && ch >= 'a' && ch <= 'z' && (i == 0 || prefix[i - 1] == ' ')) return 0;
    }
  }
  return after;
}

// Fills the tokens and entities of `ctx` for `sentence`: all that
// sentence_names needs.
void read_entities(SentenceContext& ctx, const Document& doc, std::size_t sentence, const BindLanguage& lex,
                   ProperNounFacts& proper, const std::vector<Quantity>* quantities = nullptr) {
  ctx.lex = &lex;
  ctx.text = doc.view(doc.sentences[sentence].range);
  ctx.tokens.clear();
  tokenize_into(ctx.text, ctx.tokens);
  find_entities(ctx.tokens, lex, proper, quantities, ctx.entities);
  // A dateline opens a paragraph, with a capital.
  const bool opens_paragraph =
      sentence == 0 || doc.sentences[sentence - 1].paragraph != doc.sentences[sentence].paragraph;
  if (const std::size_t end = opens_paragraph && !ctx.text.empty() && ctx.text[0] >= 'A' && ctx.text[0] <= 'Z'
                                  ? dateline_end(ctx.text)
                                  : 0;
      end > 0) {
    std::erase_if(ctx.entities, [&](const Entity& e) { return ctx.tokens[e.first].range.begin < end; });
  }
}

// Fills all of `ctx` for `sentence`, reusing its buffers. With the
// sentence's `quantities`, names take their numbers ("Phase 3").
void make_context(SentenceContext& ctx, const Document& doc, std::size_t sentence, const BindLanguage& lex,
                  ProperNounFacts& proper, const std::vector<Quantity>* quantities = nullptr) {
  read_entities(ctx, doc, sentence, lex, proper, quantities);
  const std::string_view text = ctx.text;
  const std::vector<Token>& tokens = ctx.tokens;
  ctx.folded.resize(text.size());
  fold_into(text, ctx.folded.data());
  ctx.clause_break.resize(tokens.size());
  ctx.word_entries.assign(tokens.size(), nullptr);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // A punctuation token is one byte.
    const Token& t = tokens[k];
    ctx.clause_break[k] = t.word ? t.text.size() == 3 && ctx.lower(k) == "but" : (t.text[0] == ';' || t.text[0] == '|' || t.text[0] == ':');
    // "said the Kestrel money would go ... and that, without it, the
    // R34.8-million loss would ...": "and that" opens another clause told.
    if (t.word && k > 0 && tokens[k - 1].word &&
        ((t.text.size() == 4 && ctx.lower(k) == "that" && ctx.lower(k - 1) == "and") ||
         (t.text.size() == 3 && ctx.lower(k) == "que" && ctx.lower(k - 1) == "y"))) {
      ctx.clause_break[k] = 1;
    }
  }
  ctx.clause_floor = 0;
  // An attribution opening the sentence ("According to Reuters,") is not
  // part of any clause's subject.
  {
    // The lowercased text starts with `lead` (of at most 40 bytes, as a
    // lowercased head of 40 bytes would).
    const auto opens_with = [text](std::string_view lead) {
      if (lead.size() > std::min<std::size_t>(text.size(), 40)) return false;
      for (std::size_t i = 0; i < lead.size(); ++i) {
        if (fold(text[i]) != lead[i]) return false;
      }
      return true;
    };
    for (const std::string& lead : lex.lead_ins) {
      if (opens_with(lead)) {
        const std::size_t comma = text.find(',');
        if (comma != std::string_view::npos) ctx.clause_floor = token_at(tokens, comma + 1);
        break;
      }
    }
  }
  // Token → entity, so that each lookup is constant time.
  ctx.entity_of.assign(tokens.size(), nullptr);
  for (const Entity& e : ctx.entities) {
    for (std::size_t k = e.first; k <= e.last && k < tokens.size(); ++k) ctx.entity_of[k] = &e;
  }
}

// Sets where claim `c` stands: sentence, language, publication date and
// the original bytes of `range` (relative to the sentence).
void place_claim(const Document& doc, std::size_t sentence, ByteRange range, Claim& c) {
  c.sentence = sentence;
  c.lang = doc.meta.lang;
  c.published = doc.meta.date;
  const ByteRange abs{doc.sentences[sentence].range.begin + range.begin,
                      doc.sentences[sentence].range.begin + range.end};
  c.range = doc.original(abs);
}

// "the X" at token `at` with up to three modifiers before its noun ("the
// Austin-based company", "the U.S. private equity firm", "the software
// maker") whose "the X" is an anaphor: the noun's token, before `limit`.
std::optional<std::size_t> modified_anaphor(const SentenceContext& ctx, std::size_t at, std::size_t limit) {
  const std::vector<Token>& tokens = ctx.tokens;
  // "The company, based in ...", "La cooperativa, que da empleo a ...".
  if (at >= limit || !tokens[at].word || !is_one_of_lower(ctx.lower(at), {"the", "el", "la", "los", "las"})) {
    return std::nullopt;
  }
  // "The Silver Ridge, Colorado-based company": the place of a "-based"
  // modifier may be a name of a few words and a comma.
  std::size_t from = at + 1;
  for (std::size_t j = at + 1; j < limit && j <= at + 6; ++j) {
    if (tokens[j].word && ctx.lower(j).ends_with("-based")) {
      from = j;
      break;
    }
  }
  std::string pair;
  for (std::size_t j = from; j < limit && j <= from + 3; ++j) {
    if (!tokens[j].word) return std::nullopt;
    pair.assign(ctx.lower(at));
    pair += ' ';
    pair += ctx.lower(j);
    if (ctx.lex->anaphors.count(pair)) return j;
    // A modifier: a lowercase word, a hyphenated adjective or a country.
    const std::string_view w = tokens[j].text;
    const bool lower_word = !w.empty() && std::islower(static_cast<unsigned char>(w[0]));
    const bool hyphened = w.find('-') != std::string_view::npos;
    const bool country = ctx.lex->entity_aliases.count(w) != 0;
    if (!lower_word && !hyphened && !country) return std::nullopt;
    if (ctx.lex->predicates.count(ctx.lower(j)) || ctx.lex->subject_verbs.count(ctx.lower(j))) return std::nullopt;
  }
  return std::nullopt;
}

// Where a figure stands among the tokens of its sentence (see
// bind_subjects).
struct FigureSpot {
  std::size_t q_first = 0;  // its first token
  std::size_t q_end = 0;    // the first token after it
  std::size_t clause = 0;   // the first token of its clause
  std::size_t pred_at = 0;  // the token of its predicate, else q_first
  std::optional<std::size_t> subject_first;  // the first token of its subject group
};

// Erases from `names`, from index `from` on, each name that occurs before
// it: each name once, where it first occurs.
void drop_repeats(std::vector<std::string>& names, std::size_t from) {
  for (std::size_t i = from; i < names.size();) {
    const auto at = names.begin() + static_cast<std::ptrdiff_t>(i);
    if (std::find(names.begin(), at, *at) != at) {
      names.erase(at);
    } else {
      ++i;
    }
  }
}

// "said", "says", "told", "dijo", "recordó": a name before one is the
// speaker.
// Whether lowercased word `w` is one of speech_verbs.
bool is_reporting_verb(const BindLanguage& lex, std::string_view w) { return lex.speech_verbs.count(w) > 0; }

// Where the verb that may report what a name says stands, from token `r`
// right after the name: `r` itself, or after the organisation the person
// speaks for ("Dr Funmilayo Adeyemi of the Gulf of Guinea Logistics
// Institute said ..."): "of" or "at", maybe "the", then capitalised words,
// "of" and "&" only. Before `end`.
std::size_t reporting_verb_after(const SentenceContext& ctx, std::size_t r, std::size_t end) {
  const std::vector<Token>& tokens = ctx.tokens;
  // ("Su director general, Íñigo Barrenetxea, recordó que ...": the
  // comma closing an apposition of the name.)
  if (r + 1 < end && !tokens[r].word && tokens[r].text == "," && is_reporting_verb(*ctx.lex, ctx.lower(r + 1))) {
    return r + 1;
  }
  if (r >= end || !tokens[r].word || !is_one_of_lower(ctx.lower(r), {"of", "at"})) return r;
  std::size_t k = r + 1;
  if (k < end && ctx.lower(k) == "the") ++k;
  const std::size_t first = k;
  while (k < end && tokens[k].word && (capitalised(tokens[k].text) || ctx.lower(k) == "of" || tokens[k].text == "&")) {
    ++k;
  }
  return k > first && capitalised(tokens[k - 1].text) ? k : r;
}

// Whether token `t` starts with a digit: a figure, or a year.
bool starts_with_digit(const Token& t) {
  return !t.text.empty() && std::isdigit(static_cast<unsigned char>(t.text[0]));
}

// The token of "which", "who" or "whose" right after a comma that opens a
// relative clause holding token `at`, in the clause from `clause`; no
// figure between. SIZE_MAX if none.
std::size_t relative_clause_before(const SentenceContext& ctx, std::size_t clause, std::size_t at) {
  const std::vector<Token>& tokens = ctx.tokens;
  for (std::size_t k = at; k-- > clause + 1;) {
    if (starts_with_digit(tokens[k])) return SIZE_MAX;
    if (tokens[k - 1].text == "," && is_one_of_lower(ctx.lower(k), {"which", "who", "whose"})) return k;
  }
  return SIZE_MAX;
}

bool one_person(const std::vector<std::string>& names, const BindLanguage& lex);

// Whether token `last` ends a name an apposition may follow: a run of
// capitalised words that is no opening phrase of place or time ("after
// Harlan Capital, the ..." but not "In Tessaly, the Aurel e-bike ...").
bool apposition_head(const SentenceContext& ctx, const BindLanguage& lex, std::size_t clause, std::size_t last) {
  const std::vector<Token>& tokens = ctx.tokens;
  std::size_t j = last + 1;
  while (j > clause && tokens[j - 1].word && capitalised(tokens[j - 1].text)) --j;
  if (j == last + 1) return false;
  // An opening phrase: the preposition opens the clause.
  return !(j == clause + 1 && tokens[clause].word && lex.prepositions.count(ctx.lower(clause))) &&
         !(j == clause && lex.prepositions.count(ctx.lower(j)));
}

// Sets the predicate, subjects and anaphoric flag of `c`, for figure `q`
// of the sentence of `ctx`; returns where they stand.
FigureSpot bind_subjects(const SentenceContext& ctx, const Quantity& q, const BindLanguage& lex, Claim& c) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::size_t clause_floor = ctx.clause_floor;
  auto entity_index_at = [&](std::size_t tok) -> const Entity* {
    return tok < ctx.entity_of.size() ? ctx.entity_of[tok] : nullptr;
  };
  const std::size_t q_first = token_at(tokens, q.range.begin);
  const std::size_t q_end = token_at(tokens, q_first, q.range.end);  // first token after the quantity

  // Clause start: after the last ";" or " but " before the quantity, and
  // after an opening attribution.
  std::size_t clause = clause_floor > q_first ? 0 : clause_floor;
  clause = std::max(clause, q_first > k_window ? q_first - k_window : 0);
  for (std::size_t k = clause; k < q_first; ++k) {
    if (ctx.clause_break[k]) clause = k + 1;
  }

  // Predicate: the nearest predicate verb before the quantity in its
  // clause, else right after it ("$10 billion was spent").
  // (A word of a name of several words is no verb: "Tandaa Pay revenue
  // rose to KSh 142.6 billion".)
  const auto in_name = [&](std::size_t k) {
    const Entity* e = ctx.entity_of[k];
    return e && e->last > e->first;
  };
  std::size_t pred_at = q_first;
  for (std::size_t k = q_first; k-- > clause;) {
    if (!tokens[k].word || in_name(k)) continue;
    const std::string* cls = ctx.predicate(k, k + 1 < q_first);
    if (cls) {
      c.predicate = *cls;
      pred_at = k;
      break;
    }
  }
  if (c.predicate.empty()) {
    for (std::size_t k = q_end; k < tokens.size() && k < q_end + 4; ++k) {
      if (!tokens[k].word) break;
      if (in_name(k)) continue;
      if (const std::string* cls = ctx.predicate(k)) {
        // "6,482 students would feel any further cuts": past a
        // determiner, a noun phrase, no verb of the figure.
        bool determined = false;
        for (std::size_t d = q_end; d < k && !determined; ++d) {
          determined = is_one_of_lower(ctx.lower(d), {"the", "a", "an", "any", "its", "their", "this", "these",
                                                      "those", "el", "la", "los", "las", "un", "una", "su", "sus"});
        }
        if (!determined) c.predicate = *cls;
        break;
      }
    }
  }

  std::optional<std::size_t> subject_first;
  // Subjects: the nearest group of names before the predicate ("A, B and
  // C" is one group), skipping names after a preposition and possessive
  // modifiers ("Nvidia's chips").
  for (std::size_t k = pred_at; k-- > clause;) {
    const Entity* e = entity_index_at(k);
    if (!e || e->product) continue;
    bool after_prep = e->first > clause && tokens[e->first - 1].word &&
                      lex.prepositions.count(ctx.lower(e->first - 1));
    // "the former finance director of the Lindell Housing Trust": "the"
    // between the preposition and the name.
    if (!after_prep && e->first > clause + 1 && tokens[e->first - 2].word &&
        is_one_of_lower(ctx.lower(e->first - 1), {"the", "el", "la", "los", "las"}) &&
        lex.prepositions.count(ctx.lower(e->first - 2))) {
      after_prep = true;
    }
    // "The city of Rivergate agreed ...": a name after "of" that opens
    // the clause's noun phrase is its subject.
    if (after_prep && ctx.lower(e->first - 1) == "of" && e->first >= clause + 2 &&
        (e->first - 2 == clause ||
         (e->first - 3 == clause && (ctx.lower(clause) == "the" || ctx.lower(clause) == "a")))) {
      after_prep = false;
    }
    // "The Silver Ridge, Colorado-based company earned ...": the place
    // where the subject is based, not the subject.
    const auto based = [&](std::size_t j) { return j < pred_at && tokens[j].word && ctx.lower(j).ends_with("-based"); };
    // "Pemberton's, the Midwest department store chain, said": a name
    // ending in "'s" set off by a comma possesses nothing.
    // Nor one a verb of a subject follows ("Pemberton's will close 36
    // stores", "Pemberton's said").
    const bool possessive = tokens[e->last].possessive && !(e->last + 1 < pred_at && tokens[e->last + 1].text == ",") &&
                            !(e->last + 1 < tokens.size() && tokens[e->last + 1].word &&
                              lex.subject_verbs.count(ctx.lower(e->last + 1)));
    if (after_prep || possessive || based(e->last + 1) ||
        (e->last + 2 < pred_at && tokens[e->last + 1].text == "," && based(e->last + 2))) {
      k = e->first;
      continue;
    }
    // "Harlan Capital, the New York private equity firm that offered ...",
    // "Harlan, a Boston firm, offered ...": a name that qualifies the noun
    // of an apposition stands for the name the apposition describes.
    // (The word after the name is a noun of its phrase, no verb: "...,
    // the National Transit Safety Office carried out 878 inspections".)
    if (e->first >= clause + 3 && e->last + 1 < tokens.size() && tokens[e->last + 1].word &&
        !capitalised(tokens[e->last + 1].text) && !ctx.lower(e->last + 1).ends_with("ed") &&
        !ctx.lower(e->last + 1).ends_with("ly") && !ctx.predicate(e->last + 1) &&
        !lex.subject_verbs.count(ctx.lower(e->last + 1)) && !lex.prepositions.count(ctx.lower(e->last + 1)) &&
        is_one_of_lower(ctx.lower(e->first - 1), {"the", "a", "an"}) &&
        tokens[e->first - 2].text == "," && apposition_head(ctx, lex, clause, e->first - 3)) {
      k = e->first - 2;
      continue;
    }
    // "The trust, which runs Westmoor General and St Aidan's Hospital,
    // employs 7,940 people": names in a relative clause set off by commas
    // between the subject and its predicate are not its subject.
    if (const std::size_t rel = relative_clause_before(ctx, clause, e->first);
        rel != SIZE_MAX && std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(e->last + 1),
                                       tokens.begin() + static_cast<std::ptrdiff_t>(pred_at),
                                       [](const Token& t) { return t.text == ","; })) {
      k = rel;
      continue;
    }
    // Collect the coordinated group ending at e, back to front, into
    // c.subjects (no copy of a name into a vector of its own).
    const std::size_t group_at = c.subjects.size();
    c.subjects.push_back(e->name);
    std::size_t m = e->first;
    while (m > clause) {
      std::size_t j = m;
      // Skip ",", "and", "or", "&", ", and".
      bool joined = false;
      while (j > clause && (tokens[j - 1].text == "," || ctx.lower(j - 1) == "and" ||
                            ctx.lower(j - 1) == "or" || tokens[j - 1].text == "&")) {
        --j;
        joined = true;
      }
      if (!joined || j == clause) break;
      const Entity* prev = entity_index_at(j - 1);
      if (!prev || prev->product || prev->last != j - 1) break;
      c.subjects.push_back(prev->name);
      m = prev->first;
    }
    // "in Ellerby and Tannock Vale": a group after a preposition is no
    // subject either (its last name alone was tested above); look before
    // it.
    if (m < e->first && m > clause && tokens[m - 1].word && lex.prepositions.count(ctx.lower(m - 1))) {
      c.subjects.resize(group_at);
      k = m;
      continue;
    }
    // "Garraway said the group would close two stores": the speaker
    // reports what "the group" does; the figure is the group's.
    if (const std::size_t r = reporting_verb_after(ctx, e->last + 1, q_first);
        r + 1 < q_first && is_reporting_verb(lex, ctx.lower(r))) {
      std::size_t x = r + 1 < q_first && is_one_of_lower(ctx.lower(r + 1), {"that", "que"}) ? r + 2 : r + 1;
      // "... said the bill would not affect the timetable, and that the
      // plant remained on course": the last reported clause before the
      // figure.
      for (std::size_t k2 = x + 1; k2 + 2 < q_first; ++k2) {
        if (ctx.lower(k2) == "that" && is_one_of_lower(ctx.lower(k2 - 1), {"and", "but"})) x = k2 + 1;
      }
      if (x + 1 < q_first && lex.anaphors.count(ctx.lower_pair(x)) && ctx.lower(x) == "the") {
        c.subjects.resize(group_at);
        c.anaphoric = true;
        c.anaphor_at = static_cast<std::uint32_t>(tokens[x + 1].range.begin);
        return {q_first, q_end, clause, pred_at, std::nullopt};
      }
      // "Mayor Lorraine Betancourt said the loss of 1,430 jobs would ...":
      // a person reporting a figure is not what it counts, unless the
      // person speaks of themselves ("said he earned").
      bool of_self = false;
      for (std::size_t k2 = r + 1; k2 < q_first && !of_self; ++k2) {
        of_self = tokens[k2].word && is_one_of_lower(ctx.lower(k2), {"he", "she", "i", "his", "her", "my", "we", "our"});
      }
      // Only for a headcount ("1,430 jobs"): a judge's "maximum sentence
      // of 14 years" is no defendant's.
      const bool headcount = q.kind == QuantityKind::count && !q.measure.empty() && [&] {
        const std::size_t space = q.measure.rfind(' ');
        const std::string head = lower(space == std::string::npos ? q.measure : q.measure.substr(space + 1));
        const auto cls = lex.measures.find(head);
        return cls != lex.measures.end() && lex.possession.count(cls->second) > 0;
      }();
      // Nor a person's money: "Mayor Tom Wikaira said the $12.4m project
      // was the biggest ...".
      const bool speaker = group_at == 0 && m == e->first && one_person({e->name}, lex) && !of_self;
      if ((headcount || q.kind == QuantityKind::currency) && speaker) {
        c.subjects.clear();
        c.anaphoric = true;
        c.reported = true;
        return {q_first, q_end, clause, pred_at, std::nullopt};
      }
      // Nor the things a person speaks of ("Supervisor Elena Marsh said
      // the 621 structures destroyed would take years to rebuild"), whose
      // they are the clause does not say: none.
      if ((q.kind == QuantityKind::count || q.kind == QuantityKind::quantity) && speaker) {
        c.subjects.clear();
        return {q_first, q_end, clause, pred_at, std::nullopt};
      }
    }
    // "It runs St Aidan's Hospital in Alderley and Feltham Vale General
    // Hospital, with a combined 1,140 beds": a combined figure is also of
    // the names coordinated after the subject, before the figure.
    // The cue may stand before an earlier figure of a list ("a combined
    // 1,140 beds and 9,300 staff").
    bool combined = false;
    for (std::size_t k2 = q_first; pred_at == q_first && k2-- > e->last + 1 && k2 + 8 > q_first && !combined;) {
      combined = is_one_of_lower(ctx.lower(k2), {"combined", "joint"}) && k2 + 1 < tokens.size() &&
                 starts_with_digit(tokens[k2 + 1]);
    }
    if (pred_at == q_first && combined) {
      for (std::size_t k2 = e->last + 1; k2 < q_first; ++k2) {
        const Entity* other = entity_index_at(k2);
        if (!other || other->first != k2 || other->product || tokens[other->last].possessive) continue;
        if (tokens[k2 - 1].text == "," || ctx.lower(k2 - 1) == "and") {
          c.subjects.insert(c.subjects.begin() + static_cast<std::ptrdiff_t>(group_at), other->name);
        }
        k2 = other->last;
      }
    }
    subject_first = m;
    // Text order, each name once, where it first occurs.
    std::reverse(c.subjects.begin() + static_cast<std::ptrdiff_t>(group_at), c.subjects.end());
    drop_repeats(c.subjects, group_at);
    break;
  }

  // No name: a pronoun or "the company" right before the predicate
  // refers back (resolved per paragraph by resolve_anaphors).
  if (c.subjects.empty() && !c.predicate.empty()) {
    for (std::size_t k = pred_at; k-- > clause && k + 5 > pred_at;) {
      if (lex.anaphors.count(ctx.lower(k))) {
        c.anaphoric = true;
        break;
      }
      if (k > clause && lex.anaphors.count(ctx.lower_pair(k - 1))) {
        c.anaphoric = true;
        c.anaphor_at = static_cast<std::uint32_t>(tokens[k].range.begin);
        break;
      }
      if (tokens[k].text == ",") break;
    }
    // "The company, based in Lindenau, employs ...", "The Austin-based
    // company, which employs ...": "the X" opening the clause before an
    // apposition, with a few modifiers between.
    if (!c.anaphoric) {
      // "The Silver Ridge, Colorado-based company earned ...": or right
      // before the predicate.
      if (const std::optional<std::size_t> head = modified_anaphor(ctx, clause, pred_at);
          head && (*head + 1 == pred_at || (*head + 1 < pred_at && tokens[*head + 1].text == ","))) {
        c.anaphoric = true;
        c.anaphor_at = static_cast<std::uint32_t>(tokens[*head].range.begin);
      }
    }
  }
  // No predicate: "warned that the district's 6,482 students would feel
  // any further cuts": "the X's" right before the figure is whose it is.
  if (c.subjects.empty() && c.predicate.empty() && !c.anaphoric && q_first >= clause + 2 &&
      tokens[q_first - 1].possessive && lex.anaphors.count(ctx.lower_pair(q_first - 2))) {
    c.anaphoric = true;
    c.anaphor_at = static_cast<std::uint32_t>(tokens[q_first - 1].range.begin);
  }
  // No predicate: "The airport handled 1.42 million passengers", "It
  // employs 300": "it" or "the X" opening the sentence, a verb after it,
  // is its subject.
  if (c.subjects.empty() && c.predicate.empty() && !c.anaphoric && clause == 0 && q_first > 1) {
    const auto verb_at = [&](std::size_t k) {
      return k < q_first && tokens[k].word && !tokens[k].possessive && !lex.prepositions.count(ctx.lower(k)) &&
             !ctx.entity_of[k] && std::islower(static_cast<unsigned char>(tokens[k].text[0]));
    };
    if (lex.anaphors.count(ctx.lower(0)) && !tokens[0].possessive && verb_at(1)) {
      c.anaphoric = true;
    } else if (q_first > 2 && lex.anaphors.count(ctx.lower_pair(0)) && !tokens[1].possessive && verb_at(2)) {
      c.anaphoric = true;
      c.anaphor_at = static_cast<std::uint32_t>(tokens[1].range.begin);
    }
  }
  return {q_first, q_end, clause, pred_at, subject_first};
}

// Sets the modality of `c` (and, for an update cue, its time) from the
// cues of the clause of the figure at `at`.
void bind_modality(const Document& doc, const SentenceContext& ctx, const FigureSpot& at, const BindLanguage& lex,
                   Claim& c) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::size_t clause = at.clause, q_first = at.q_first, pred_at = at.pred_at;
  // Modality: cues before the quantity, from the start of its subject
  // group (or, without one, from the last comma before its predicate),
  // so that "in order not to fall behind, firms ordered 2 million" is
  // not a negation of the order.
  std::size_t cue_from = clause;
  if (at.subject_first) {
    cue_from = *at.subject_first;
  } else {
    for (std::size_t k = clause; k < pred_at && k < q_first; ++k) {
      if (tokens[k].text == ",") cue_from = k + 1;
    }
  }
  // "said the bill would not affect the timetable, and that the plant
  // remained on course to ...": a second reported clause has cues of its
  // own.
  for (std::size_t k = cue_from + 1; k < pred_at && k < q_first; ++k) {
    if (tokens[k].word && is_one_of_lower(ctx.lower(k), {"that", "que"}) &&
        is_one_of_lower(ctx.lower(k - 1), {"and", "but", "y", "pero"})) {
      cue_from = k + 1;
    }
  }
  // A condition governs the whole clause, wherever it stands ("If
  // approved, Acme would hire 400"); other cues only from cue_from on.
  for (std::size_t k = clause; k < q_first; ++k) {
    if (!tokens[k].word) continue;
    const std::string* cue = ctx.modality(k, k + 1 < q_first);
    if (ctx.lower(k).ends_with("n't")) {
      const auto it = lex.modality.find("n't");
      cue = it == lex.modality.end() ? nullptr : &it->second;
    }
    if (!cue) continue;
    const std::string& m = *cue;
    if (k < cue_from && m != "conditional" && m != "hypothetical") continue;
    // "La inflación no subyacente escaló ...": "no" before an adjective in
    // -ente or -ante names a kind ("non-core"), negating no verb.
    if (m == "negated" && ctx.lower(k) == "no" && k + 1 < q_first && tokens[k + 1].word) {
      const std::string_view next = ctx.lower(k + 1);
      if (next.size() > 6 && (next.ends_with("ente") || next.ends_with("ante") || next.ends_with("entes") ||
                              next.ends_with("antes"))) {
        continue;
      }
      // "el índice de agua no contabilizada", "gastos no recurrentes": a
      // noun, "no" and a participle name a kind too (a negated verb has
      // its auxiliary between: "no fue contabilizada").
      const bool participle = next.size() > 5 && (next.ends_with("ado") || next.ends_with("ada") ||
                                                  next.ends_with("ados") || next.ends_with("adas") ||
                                                  next.ends_with("ido") || next.ends_with("ida") ||
                                                  next.ends_with("idos") || next.ends_with("idas"));
      if (participle && k > 0 && tokens[k - 1].word &&
          !is_one_of_lower(ctx.lower(k - 1), {"que", "se", "lo", "la", "le", "les", "los", "las", "me", "te", "nos",
                                              "ya", "y", "o", "pero", "a\xC3\xBAn", "todav\xC3\xAD" "a", "quien",
                                              "quienes"})) {
        continue;
      }
    }
    // "las exportaciones directas, sin intermediarios, se han triplicado",
    // "exports, without middlemen, tripled": a phrase set off by a comma
    // before the figure denies nothing of it ("without cutting 400 jobs"
    // does).
    if (m == "negated" && is_one_of_lower(ctx.lower(k), {"sin", "without"})) {
      bool comma = false;
      for (std::size_t j = k + 1; j < q_first && !comma; ++j) comma = tokens[j].text == ",";
      if (comma) continue;
      // "dejará sin servicio durante 14 horas al día a 412.000 usuarios",
      // "left without power for a day 40,000 homes": a noun after it, and
      // more words before the figure, is a state the figure is left in.
      // (A verb after it denies: "without cutting 400 jobs", "sin
      // despedir a 400 empleados".)
      if (k + 1 < q_first && tokens[k + 1].word && q_first > k + 3) {
        const std::string_view next = ctx.lower(k + 1);
        const bool verbal = doc.meta.lang.starts_with("es")
                                ? next.ends_with("ar") || next.ends_with("er") || next.ends_with("ir") ||
                                      next.ends_with("ando") || next.ends_with("iendo") || next.ends_with("ado") ||
                                      next.ends_with("ido")
                                : next.ends_with("ing") || next.ends_with("ed");
        if (!verbal) continue;
      }
    }
    // "The share of patients who left without being seen rose to 11.8 per
    // cent": a negation in a relative clause of the subject, before the
    // figure's predicate, denies nothing of the figure.
    if (m == "negated") {
      bool relative = false;
      for (std::size_t r = std::max(cue_from, k >= 5 ? k - 5 : std::size_t{0}); r < k && !relative; ++r) {
        relative = tokens[r].word && is_one_of_lower(ctx.lower(r), {"who", "that", "which", "que", "quien", "quienes"});
      }
      // The figure's own verb after the clause, a verb of change ("rose to
      // 11.8 per cent"; "which did not hire 400 workers" stays denied).
      bool main_verb = false;
      for (std::size_t j = k + 2; relative && !main_verb && j < q_first; ++j) {
        main_verb = tokens[j].word && is_one_of_lower(ctx.lower(j), {"rose", "fell", "grew", "dropped", "climbed",
                                                                     "increased", "decreased", "declined", "jumped",
                                                                     "subi\xC3\xB3", "baj\xC3\xB3", "creci\xC3\xB3",
                                                                     "aument\xC3\xB3", "cay\xC3\xB3"});
      }
      if (main_verb) continue;
    }
    // "claims" after a figure or a determiner is a noun ("5,900 claims",
    // "the claims"), not a dispute.
    if (m == "disputed" && k > 0 && !tokens[k - 1].text.empty() &&
        (std::isdigit(static_cast<unsigned char>(tokens[k - 1].text[0])) ||
         is_one_of_lower(ctx.lower(k - 1), {"the", "these", "those", "its", "their", "his", "her", "our", "such", "of",
                                            "new", "more", "fewer", "insurance", "compensation"}))) {
      continue;
    }
    // "The seamers claimed 26 wickets": the figure right after "claimed"
    // is what was taken, no claim disputed.
    // ("He claimed 400 people attended": a verb after the figure makes it
    // the subject of what is claimed.)
    if (m == "disputed" && k + 1 == q_first && is_one_of_lower(ctx.lower(k), {"claimed", "claims", "claim"}) &&
        (at.q_end >= tokens.size() || !tokens[at.q_end].word ||
         is_one_of_lower(ctx.lower(at.q_end), {"in", "at", "on", "for", "from", "during", "and", "with", "by", "to",
                                               "of", "as", "this", "last", "across", "over"}))) {
      continue;
    }
    // "lo que ha supuesto unos ingresos de 6,1 millones": after "haber",
    // the participle of "suponer" (it meant), no "alleged".
    if (m == "disputed" && k > 0 &&
        is_one_of_lower(ctx.lower(k - 1), {"ha", "han", "hab\xC3\xAD" "a", "hab\xC3\xAD" "an", "habr\xC3\xAD" "a",
                                           "hubiera", "haya", "hayan"})) {
      continue;
    }
    if (m == "update") {
      // "is now recalling 135,000": a figure as of publication, not to be
      // compared with figures that give no time.
      c.time = "as of " + doc.meta.date.value_or("publication");
      c.time_is_update = true;
      continue;
    }
    const Modality mod = m == "negated" ? Modality::negated : m == "conditional" ? Modality::conditional
                         : m == "forecast" ? Modality::forecast : m == "hypothetical" ? Modality::hypothetical
                                                                     : Modality::disputed;
    // The strongest cue wins: anything over forecast, forecast over plain.
    if (c.modality == Modality::plain || c.modality == Modality::forecast) c.modality = mod;
  }
  // "Veridian Systems to cut 1,150 jobs": a name, "to" and its predicate
  // is a headline's future (in prose, "allowed Acme to import 400" is no
  // future of Acme's).
  const bool headline = c.sentence < doc.sentences.size() &&
                        !doc.paragraphs[doc.sentences[c.sentence].paragraph].prose;
  if (c.modality == Modality::plain && headline) {
    for (std::size_t k = std::max<std::size_t>(cue_from, 1); k + 1 < q_first; ++k) {
      if (!tokens[k].word || ctx.lower(k) != "to") continue;
      const Entity* e = ctx.entity_of[k - 1];
      if (e && !e->product && e->last == k - 1 && !tokens[k - 1].possessive && ctx.predicate(k + 1)) {
        c.modality = Modality::forecast;
        break;
      }
    }
  }
}

// Token k of `ctx` lowercased when it is a common noun in the plural
// ("stores", "dividends"; not "total", "years" or "class"), else empty.
std::string_view plural_noun_at(const SentenceContext& ctx, std::size_t k) {
  static constexpr std::string_view k_not_nouns[] = {"total", "all", "years", "months", "weeks", "days", "hours",
                                                     "terms"};
  if (k >= ctx.tokens.size() || !ctx.tokens[k].word) return {};
  const std::string_view text = ctx.tokens[k].text;
  const std::string_view noun = ctx.lower(k);
  if (text.empty() || text[0] < 'a' || text[0] > 'z' || noun.size() <= 3 || noun.back() != 's' ||
      noun.ends_with("ss") ||
      std::find(std::begin(k_not_nouns), std::end(k_not_nouns), noun) != std::end(k_not_nouns)) {
    return {};
  }
  return noun;
}

// Where the figure between tokens [q_first, q_end) of `ctx` holds: a place
// preposition and a name (not a product) right after it ("10 million
// iPhones in China", "at the Carver Park"), or "in" or "at" and a plural
// noun after a count ("8,200 people in stores"; money "in assets" is what
// it is held in, no place), else a name opening the sentence before a comma
// ("In China, Apple sold ..."). "in China" (the preposition lowercased, the
// name canonical); empty if none.
std::string place_of(const SentenceContext& ctx, std::size_t q_first, std::size_t q_end, bool counted) {
  const BindLanguage& lex = *ctx.lex;
  const std::vector<Token>& tokens = ctx.tokens;
  // The name after the place preposition at token k, with "the" between.
  const auto name_after = [&](std::size_t k) -> const Entity* {
    if (k >= tokens.size() || !tokens[k].word || !lex.place_prepositions.count(ctx.lower(k))) return nullptr;
    std::size_t n = k + 1;
    if (n < tokens.size() && tokens[n].word && ctx.lower(n) == "the") ++n;
    if (n >= tokens.size()) return nullptr;
    const Entity* e = ctx.entity_of[n];
    return e && e->first == n && !e->product ? e : nullptr;
  };
  const auto phrase = [&](std::size_t k, const Entity& e) { return std::string(ctx.lower(k)) + ' ' + e.name; };
  if (const Entity* e = name_after(q_end)) return phrase(q_end, *e);
  // "8,200 people in stores, 2,900 in warehouses": a kind of place, a
  // plural noun, makes a part too (not "in total", "in sales").
  if (counted && q_end + 1 < tokens.size() && tokens[q_end].word &&
      (ctx.lower(q_end) == "in" || ctx.lower(q_end) == "at")) {
    if (const std::string_view noun = plural_noun_at(ctx, q_end + 1);
        // (Nouns of money: "200 staff in bonuses" is no place.)
        !noun.empty() && !is_one_of_lower(noun, {"bonuses", "cash", "charges", "fees", "losses", "profits",
                                                 "revenues", "sales", "shares", "taxes", "wages"})) {
      return std::string(ctx.lower(q_end)) + ' ' + std::string(noun);
    }
  }
  if (const Entity* e = name_after(0); e && e->last + 1 < q_first && !tokens[e->last + 1].word &&
                                       tokens[e->last + 1].text == ",") {
    for (std::size_t k = e->last + 1; k < q_first; ++k) {
      if (ctx.clause_break[k]) return {};
    }
    return phrase(0, *e);
  }
  return {};
}

// A count right after a possessive ("all of Lattice's 1,900 employees",
// "its 31,000 workers") whose measure has a possession class states the
// possessor's predicate: the possessor becomes the subject (for "its" and
// "their", the clause's subject, else the paragraph's; for "the trust's",
// the name the trust stands for: anaphoric), and what it has is no
// forecast. For a figure with no predicate before it in its clause; with
// `named_only`, only a name's possessive is read.
void bind_possessor(const SentenceContext& ctx, std::size_t q_first, const BindLanguage& lex, Claim& c,
                    bool named_only = false) {
  if (q_first == 0 || lex.possession.empty() || c.measure.empty()) return;
  const std::size_t space = c.measure.rfind(' ');
  const std::string head = lower(space == std::string::npos ? c.measure : c.measure.substr(space + 1));
  const auto cls = lex.possession.find(head);
  if (cls == lex.possession.end()) return;
  const std::size_t k = q_first - 1;
  const Token& t = ctx.tokens[k];
  if (!t.word) return;
  if (const Entity* e = ctx.entity_of[k]; e && !e->product && e->last == k && t.possessive) {
    c.subjects = {e->name};
    c.anaphoric = false;
  } else if (named_only) {
    return;
  } else if (ctx.lower(k) == "its" || ctx.lower(k) == "their") {
    if (c.subjects.empty()) c.anaphoric = true;
  } else if (t.possessive && k > 0 && lex.anaphors.count(ctx.lower_pair(k - 1))) {
    // "the trust's 7,240 staff": the trust's, whoever the clause is about.
    c.subjects.clear();
    c.anaphoric = true;
    c.anaphor_at = static_cast<std::uint32_t>(t.range.begin);
  } else {
    return;
  }
  c.predicate = cls->second;
  // "will affect 140 of its 8,900 staff": what it has is a fact now,
  // whatever the clause forecasts.
  if (c.modality == Modality::forecast) c.modality = Modality::plain;
}

// "Los 1.830 trabajadores de Eléctrica Ribascura", "los 21 cuadrangulares
// de Delgado", "the 4,620 staff of the Westmoor Trust": a figure with a
// definite article whose noun a name follows after "de" or "of" is that
// name's, as "Ribascura's 1,830 workers" would be; a headcount is what the
// name employs. Only for a figure whose clause names no subject: the name
// then says whose the figure is. q_end is the first token after the
// figure and its noun.
void bind_postnominal_possessor(const SentenceContext& ctx, std::size_t q_first, std::size_t q_end,
                                const BindLanguage& lex, Claim& c) {
  const std::vector<Token>& tokens = ctx.tokens;
  if (q_first == 0 || c.measure.empty() || q_end + 1 >= tokens.size() || !c.subjects.empty()) return;
  if (!is_one_of_lower(ctx.lower(q_first - 1), {"los", "las", "the"})) return;
  const std::string_view link = ctx.lower(q_end);
  if (!tokens[q_end].word || !is_one_of_lower(link, {"de", "del", "of"})) return;
  std::size_t at = q_end + 1;
  if (link != "del" && at + 1 < tokens.size() && is_one_of_lower(ctx.lower(at), {"la", "el", "the"})) ++at;
  const Entity* e = ctx.entity_of[at];
  if (!e || e->product || e->first != at || tokens[e->last].possessive) return;
  c.subjects = {e->name};
  c.anaphoric = false;
  c.person_anaphor = false;
  const std::size_t space = c.measure.rfind(' ');
  const std::string head = lower(space == std::string::npos ? c.measure : c.measure.substr(space + 1));
  if (const auto cls = lex.possession.find(head); cls != lex.possession.end()) {
    c.predicate = cls->second;
    if (c.modality == Modality::forecast) c.modality = Modality::plain;
  }
}

// "the three months to June 30", "the year ended March 31", "the six
// weeks through May 2": the period that ends at the date `m` chosen as
// the time frame of `c` becomes its time frame ("P3M/2025-06-30", the days
// of about three months up to June 30), so that a quarter's figure is not
// compared with a half-year's ending the same day.
void period_to(const SentenceContext& ctx, const DateMention& m, Claim& c) {
  static constexpr std::string_view k_numbers[] = {"one", "two", "three", "four",   "five",  "six",
                                                   "seven", "eight", "nine", "ten", "eleven", "twelve"};
  const std::vector<Token>& tokens = ctx.tokens;
  const std::size_t d = token_at(tokens, m.range.begin);
  if (d < 3 || d >= tokens.size() || !m.interval || m.value.find('/') != std::string::npos) return;
  const std::string_view link = ctx.lower(d - 1);
  if (link != "to" && link != "ended" && link != "ending" && link != "through" && link != "until") return;
  std::string_view unit = ctx.lower(d - 2);
  int n = 1;
  if (unit == "months" || unit == "weeks" || unit == "years" || unit == "quarters") {
    // "three months", "13 weeks".
    const std::string_view count = ctx.lower(d - 3);
    const auto word = std::find(std::begin(k_numbers), std::end(k_numbers), count);
    n = word != std::end(k_numbers) ? static_cast<int>(word - std::begin(k_numbers)) + 1 : 0;
    if (n == 0 && std::from_chars(count.data(), count.data() + count.size(), n).ptr != count.data() + count.size()) {
      return;
    }
    if (n <= 0 || n > 60) return;
    unit.remove_suffix(1);
  } else if (unit == "half-year") {
    unit = "half";
  } else if (unit != "year" && unit != "quarter" && unit != "half" && unit != "month" && unit != "week") {
    return;
  }
  // The period in months (weeks for weeks).
  const bool weeks = unit == "week";
  const int months = unit == "year" ? 12 * n : unit == "half" ? 6 * n : unit == "quarter" ? 3 * n : n;
  const long span = weeks ? 7L * n : std::lround(months * 30.4375);
  const long end = m.interval->last;
  c.time = weeks ? fmt::format("P{}W/{}", n, m.value) : fmt::format("P{}M/{}", months, m.value);
  c.time_days = std::make_pair(end - span + 1, end);
}

// "Maria Okafor, 47, said ...", "María Okafor, de 47 años, dijo ...": a
// whole number of years set off by commas right after a name is that
// name's age. An age holds for a year (47 until the 48th birthday), so
// two reports of one year agree within one; its time frame is the year of
// publication, so reports of other years are not compared.
void bind_age(const Document& doc, const SentenceContext& ctx, const Quantity& q, std::size_t q_first,
              std::size_t q_end, Claim& c) {
  const std::vector<Token>& tokens = ctx.tokens;
  if (!c.measure.empty() || q.value < 1 || q.value > 120 || q.value != std::floor(q.value) || q.low != q.high) return;
  std::size_t before = q_first;  // the comma after the name
  bool person_anaphor = false;   // "the 24-year-old"
  if (q.kind == QuantityKind::duration && q.unit == "year" && q_first > 0 && ctx.lower(q_first - 1) == "de") {
    --before;  // "de 47 años,"
    if (q_end >= tokens.size() || tokens[q_end].text != ",") return;
  } else if (q.kind == QuantityKind::duration && q.unit == "year" &&
             utf8::ascii_iequal(ctx.text.substr(q.range.end, 4), "-old")) {
    // "Tom Baker, a 44-year-old teacher,", "the 24-year-old".
    if (q_first > 0 && is_one_of_lower(ctx.lower(q_first - 1), {"a", "an"})) {
      --before;
    } else if (q_first > 0 && ctx.lower(q_first - 1) == "the") {
      person_anaphor = true;
    } else {
      return;
    }
  } else if (q.kind != QuantityKind::number || q.range.size() > 3 || q_end >= tokens.size() ||
             tokens[q_end].text != ",") {
    return;
  }
  const Entity* e = nullptr;
  if (!person_anaphor) {
    if (before < 2 || tokens[before - 1].text != ",") return;
    e = ctx.entity_of[before - 2];
    if (!e || e->product || e->last != before - 2) return;
  }
  const std::optional<CivilDate> published = publication_date(doc);
  if (!published) return;
  c.measure = "age";
  c.subjects.clear();
  if (e) c.subjects = {e->name};
  c.anaphoric = person_anaphor;
  c.person_anaphor = person_anaphor;
  c.predicate.clear();
  c.place.clear();
  c.quantity.low = q.value;
  c.quantity.high = q.value + 1;
  c.time = std::to_string(published->year);
  c.time_days = std::make_pair(days_from_civil({published->year, 1, 1}), days_from_civil({published->year, 12, 31}));
}

// The measure of a duration from tokens q_first to q_end: a word of
// duration_measures among the three words after it ("a seven-year prison
// sentence", "eight years in jail"), else among the six tokens before it
// in its clause ("was jailed on Tuesday for seven years"), the nearer
// first; no word past another figure or a comma counts ("jailed in 2015,
// ... for three years", "a prison sentence, suspended for two years").
// Empty if none.
std::string duration_measure(const SentenceContext& ctx, const BindLanguage& lex, std::size_t clause,
                             std::size_t q_first, std::size_t q_end) {
  if (lex.duration_measures.empty()) return {};
  const std::vector<Token>& tokens = ctx.tokens;
  const auto class_of = [&](std::size_t k) -> const std::string* {
    const auto it = lex.duration_measures.find(ctx.lower(k));
    return it == lex.duration_measures.end() ? nullptr : &it->second;
  };
  for (std::size_t k = q_end; k < tokens.size() && k < q_end + 3; ++k) {
    // "jailed for 20 months and banned ...": the words after "and" are
    // another clause's.
    if (!tokens[k].word || starts_with_digit(tokens[k]) ||
        is_one_of_lower(ctx.lower(k), {"and", "or", "but", "y", "o", "pero"})) {
      break;
    }
    if (const std::string* cls = class_of(k)) return *cls;
  }
  for (std::size_t k = q_first; k-- > clause && k + 6 >= q_first;) {
    if (starts_with_digit(tokens[k])) break;
    // "an 18-month prison sentence, suspended for two years": the words
    // before a comma name another duration.
    if (tokens[k].text == ",") break;
    if (!tokens[k].word) continue;
    if (const std::string* cls = class_of(k)) return *cls;
  }
  return {};
}

// The measure of a bare number that a sentence opening "The number of
// patients ..." gives the value of ("The number of patients waiting more
// than 12 hours fell to 1,204 from 1,630", "El número de socios llegó a
// 1.240"): the measure class of the first of the four words after "of"
// that has one. Empty when the number is a change ("rose by 340"), or
// follows a semicolon or a comma and a conjunction (", while admissions
// rose to 3,400": another clause's subject).
std::string number_of_measure(const SentenceContext& ctx, std::size_t q_first) {
  const std::vector<Token>& tokens = ctx.tokens;
  if (q_first == 0 || q_first > 40 || is_one_of_lower(ctx.lower(q_first - 1), {"by", "en"})) return {};
  // "The number of", "The total number of", "In March, the number of".
  std::size_t of = 0;
  for (std::size_t k = 1; k + 1 < q_first && k < 10 && of == 0; ++k) {
    if (!is_one_of_lower(ctx.lower(k), {"number", "número", "cifra"}) ||
        !is_one_of_lower(ctx.lower(k + 1), {"of", "de"})) {
      continue;
    }
    std::size_t det = k - 1;
    if (det > 0 && is_one_of_lower(ctx.lower(det), {"total", "overall"})) --det;
    if (!is_one_of_lower(ctx.lower(det), {"the", "its", "their", "el", "la", "su"})) return {};
    // The phrase opens the sentence or follows an opening phrase's comma.
    if (det != 0 && tokens[det - 1].text != ",") return {};
    of = k + 1;
  }
  if (of == 0) return {};
  for (std::size_t k = of + 1; k < q_first; ++k) {
    if (tokens[k].text == ";" ||
        (tokens[k].text == "," && k + 1 < q_first &&
         is_one_of_lower(ctx.lower(k + 1), {"while", "but", "and", "whereas", "mientras", "pero", "y"}))) {
      return {};
    }
  }
  for (std::size_t k = of + 1; k < q_first && k < of + 5; ++k) {
    if (!tokens[k].word || starts_with_digit(tokens[k])) break;
    if (const std::string_view cls = ctx.measure(k); !cls.empty()) return std::string(cls);
  }
  return {};
}

// Whether the count at tokens [first, end) is a margin: a noun of one
// right after it ("1,054-vote lead", "1.054 votos de ventaja"), or before
// it in its clause with "of", "at", "to" or "over" right before the count
// ("a lead of", "her lead over the Liberal candidate standing at", "la
// diferencia de"). ("won by 1,054 votes" is no count: see margin_verbs.)
bool margin_count(const SentenceContext& ctx, std::size_t first, std::size_t end, std::size_t clause) {
  const auto margin = [&](std::size_t k) {
    return is_one_of_lower(ctx.lower(k), {"lead", "margin", "gap", "majority", "ventaja", "diferencia", "margen",
                                          "mayor\xC3\xAD" "a"});
  };
  const auto& tokens = ctx.tokens;
  if (end < tokens.size() && margin(end)) return true;
  if (end + 1 < tokens.size() && is_one_of_lower(ctx.lower(end), {"de"}) && margin(end + 1)) return true;
  if (first == 0 || first <= clause) return false;
  if (!is_one_of_lower(ctx.lower(first - 1), {"of", "at", "to", "over", "de", "en"})) return false;
  for (std::size_t k = first - 1; k-- > clause && first - k <= 9;) {
    if (!tokens[k].word) return false;
    // ("the majority of 400 residents" is most of them, no margin.)
    if (margin(k)) {
      return !(k > 0 && is_one_of_lower(ctx.lower(k), {"majority", "mayor\xC3\xAD" "a"}) &&
               is_one_of_lower(ctx.lower(k - 1), {"the", "la"}));
    }
  }
  return false;
}

// What one item is when the money ending before token `k` is told per
// item: "for each (of)", "for every", "para cada" name the sentence's
// count; "a", "an", "per", "por" name it when their noun is the head of
// that count or a head of people ("a head", "per person"). Empty when
// the money is no price of one ("$10 billion a year").
// The measure class `cls` of the money noun at token k, with the word of
// measure_qualifiers right before it: "operating loss" of "an operating
// loss of £14.1m" (`qualifier_size` 10), "loss" of "a loss of" (0).
// "Capital expenditure guidance for the full year was kept at R6.8
// billion", "The deal was valued at $4 billion": after a verb of a level
// and "at" right before the figure at q_first, or a verb of reaching
// right before it ("The value of transactions moved on the platform
// during the year reached KSh 6.42 trillion"), the token of the first
// measure noun of the clause's subject; q_first if none.
std::size_t level_subject(const SentenceContext& ctx, std::size_t clause, std::size_t q_first) {
  std::size_t verb = q_first;
  if (q_first >= clause + 2 &&
      is_one_of_lower(ctx.lower(q_first - 1),
                      {"reached", "totalled", "totaled", "alcanz\xC3\xB3", "totaliz\xC3\xB3"})) {
    verb = q_first - 1;
  } else if (q_first >= clause + 3 && is_one_of_lower(ctx.lower(q_first - 1), {"at", "en"})) {
    for (std::size_t k = q_first - 1; k-- > clause && q_first - 1 - k <= 2 && verb == q_first;) {
      if (is_one_of_lower(ctx.lower(k), {"stood", "stands", "kept", "set", "remained", "remains", "held", "put",
                                         "pegged", "estimated", "valued", "fixed", "capped", "mantuvo",
                                         "situ\xC3\xB3", "fij\xC3\xB3", "estim\xC3\xB3"})) {
        verb = k;
      }
    }
  }
  if (verb == q_first) return q_first;
  for (std::size_t k = clause; k < verb; ++k) {
    if (!ctx.tokens[k].word) break;
    if (!ctx.measure(k).empty()) return k;
  }
  return q_first;
}

std::string qualified_measure(const SentenceContext& ctx, const BindLanguage& lex, std::size_t k,
                              std::string_view cls, std::uint8_t& qualifier_size) {
  qualifier_size = 0;
  if (cls.empty() || k == 0 || k >= ctx.tokens.size() || !ctx.tokens[k - 1].word ||
      !lex.measure_qualifiers.count(ctx.lower(k - 1)) || ctx.lower(k - 1).size() > 32) {
    return std::string(cls);
  }
  std::string out(ctx.lower(k - 1));
  out += ' ';
  qualifier_size = static_cast<std::uint8_t>(out.size());
  out += cls;
  return out;
}

// The token after "per share" ("a share", "-per-share", "por acción")
// right after token k of `ctx`, else 0.
std::size_t per_share_end(const SentenceContext& ctx, std::size_t k) {
  const auto& tokens = ctx.tokens;
  // (Glued to the figure's last token: "124-per-share".)
  if (k > 0 && k <= tokens.size() &&
      (ctx.lower(k - 1).ends_with("-per-share") || ctx.lower(k - 1).ends_with("-a-share"))) {
    return k;
  }
  const auto dash = [&](std::size_t at) { return at < tokens.size() && !tokens[at].word && tokens[at].text == "-"; };
  if (dash(k)) ++k;
  if (k + 1 >= tokens.size() || !is_one_of_lower(ctx.lower(k), {"per", "a", "por"})) return 0;
  ++k;
  if (dash(k)) ++k;
  if (k >= tokens.size() || !is_one_of_lower(ctx.lower(k), {"share", "acci\xC3\xB3n"})) return 0;
  return k + 1;
}

std::string per_item_after(const SentenceContext& ctx, std::size_t k, const BindLanguage& lex,
                           std::string_view count_measure) {
  const auto& tokens = ctx.tokens;
  if (k + 1 >= tokens.size() || !tokens[k + 1].word) return {};
  const std::string_view w = ctx.lower(k);
  const std::string_view next = ctx.lower(k + 1);
  if (is_one_of_lower(w, {"for", "para"}) && is_one_of_lower(next, {"each", "every", "cada"})) {
    return std::string(count_measure);
  }
  if (!is_one_of_lower(w, {"a", "an", "per", "por"})) return {};
  if (is_one_of_lower(next, {"head", "person", "capita", "persona", "cabeza"})) {
    return std::string(count_measure.empty() ? next : count_measure);
  }
  if (count_measure.empty()) return {};
  const std::size_t space = count_measure.rfind(' ');
  const std::string_view head = space == std::string_view::npos ? count_measure : count_measure.substr(space + 1);
  std::string_view cls = measure_class(lex, next);
  if (cls.empty()) cls = next;
  return cls == head ? std::string(count_measure) : std::string();
}

// Whether tokens [from, to) hold, after a comma, another figure that a
// change or a comparison is measured from: ", up from 800,000", ", more
// than the 41", ", frente a los 12". ("rose to £5m from £4m in 2024" sets
// no comma: the date may be the rise's.)
bool measured_from_between(const SentenceContext& ctx, std::size_t from, std::size_t to) {
  const std::vector<Token>& tokens = ctx.tokens;
  bool comma = false;
  for (std::size_t k = from; k < to; ++k) {
    comma = comma || tokens[k].text == ",";
    // ("9% más que los 88.400 TEU de 2024", "compared with 88,400 in
    // 2024": a comparative's "que", "compared"'s "with".)
    const bool opens = is_one_of_lower(ctx.lower(k), {"from", "than", "against", "desde", "frente"}) ||
                       (k > from && ctx.lower(k) == "que" &&
                        is_one_of_lower(ctx.lower(k - 1), {"m\xC3\xA1s", "menos", "mayor", "menor"})) ||
                       (k > from && is_one_of_lower(ctx.lower(k), {"with", "to", "con"}) &&
                        is_one_of_lower(ctx.lower(k - 1), {"compared", "comparado", "comparada"}));
    if (!comma || !opens) continue;
    for (std::size_t f = k + 1; f < to && f <= k + 4; ++f) {
      // "800,000", "£800,000", "US$4".
      const std::string_view head = tokens[f].text.substr(0, 4);
      if (std::any_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
      if (tokens[f].text == "," || tokens[f].text == ";") break;
    }
  }
  return false;
}

// Whether the date at token `date` closes "from the (one or two words)
// NOUN of", "desde los NOUN de" begun after token `from`: "from the lean
// payouts of 2023". The noun is a word in lower case, no figure.
bool of_noun_from(const SentenceContext& ctx, std::size_t from, std::size_t date) {
  const std::vector<Token>& tokens = ctx.tokens;
  if (!is_one_of_lower(ctx.lower(date - 1), {"of", "de", "del"})) return false;
  const std::size_t noun = date - 2;
  if (!tokens[noun].word || capitalised(tokens[noun].text)) return false;
  for (std::size_t k = noun; k-- > from + 1 && noun - k <= 3;) {
    if (!tokens[k].word || capitalised(tokens[k].text)) return false;
    if (is_one_of_lower(ctx.lower(k), {"the", "los", "las", "el", "la"})) {
      return is_one_of_lower(ctx.lower(k - 1), {"from", "desde"});
    }
  }
  return false;
}

// Narrows the measure of a count at tokens [q_first, q_end) of `ctx` to
// what the words after or before it say it counts, or clears it when it
// is no count of them all.
void narrow_count_measure(const SentenceContext& ctx, std::size_t q_first, std::size_t q_end, std::size_t clause,
                          std::string& measure) {
  const std::vector<Token>& tokens = ctx.tokens;
  // "23 applicants for each one", "12 beds per ward": a rate, no count
  // of them all; compared with nothing. "1,380 applications for the 60
  // places": a count for the set the figure after "for" counts, no
  // count of all the applications.
  if (q_end + 2 < tokens.size() && tokens[q_end].word) {
    const std::string_view w = ctx.lower(q_end);
    if ((is_one_of_lower(w, {"for", "para", "por"}) &&
         is_one_of_lower(ctx.lower(q_end + 1), {"each", "every", "cada"})) ||
        is_one_of_lower(w, {"per"})) {
      measure.clear();
    } else if (is_one_of_lower(w, {"who", "that"}) && q_end + 3 < tokens.size() &&
               is_one_of_lower(ctx.lower(q_end + 1), {"are", "were"}) && tokens[q_end + 2].word &&
               !ctx.lower(q_end + 2).ends_with("ing") &&
               !is_one_of_lower(ctx.lower(q_end + 2), {"still", "now", "currently", "on", "in", "at", "being"})) {
      // "1,150 students who were new to the region": what they are picks
      // some of them out, no count of all the students. ("the 4,138
      // patients who remain on the list", "who are still waiting" tell
      // all of them again.)
      measure.append(" who");
    } else if (is_one_of_lower(w, {"for", "para"})) {
      const bool article = is_one_of_lower(ctx.lower(q_end + 1), {"the", "its", "their", "los", "las", "sus"});
      const std::size_t n = article ? q_end + 2 : q_end + 1;
      if (n + 1 < tokens.size() && starts_with_digit(tokens[n]) && tokens[n + 1].word) {
        measure.append(" for ").append(ctx.lower(n + 1));
      }
    }
  }
  // "The Clippers averaged 4,825 fans over 66 home dates": an average,
  // no count of them all; compared with nothing.
  if (!measure.empty() && q_first > clause &&
      is_one_of_lower(ctx.lower(q_first - 1), {"averaged", "averages", "averaging", "average", "promedi\xC3\xB3",
                                               "promediaron", "promedia", "promedian", "promediando"})) {
    measure.clear();
  }
}

// Appends to the measure of money named by its verb alone ("amount to
// spend") what the money is put on or for, the word after "on" or "for"
// at token q_end.
void append_money_use(const SentenceContext& ctx, std::size_t q_end, std::string& measure) {
  const std::vector<Token>& tokens = ctx.tokens;
  // "will spend R1.6bn on the grid" and "will also spend R1.1bn on
  // solar": what the money is put on or for names two amounts (its
  // first word past an article; a name or a figure there is whose
  // or when it is).
  if (q_end + 1 < tokens.size() && tokens[q_end].word &&
      is_one_of_lower(ctx.lower(q_end), {"on", "for", "en", "para"})) {
    std::size_t k = q_end + 1;
    while (k + 1 < tokens.size() && k < q_end + 3 &&
           is_one_of_lower(ctx.lower(k), {"the", "its", "their", "a", "an", "his", "her", "el", "la", "los",
                                          "las", "su", "sus", "un", "una"})) {
      ++k;
    }
    // ("earned $151.3 million on revenue of $4.86 billion": a measure
    // noun there is another figure's.)
    if (tokens[k].word && !capitalised(tokens[k].text) && !starts_with_digit(tokens[k]) &&
        ctx.measure(k).empty()) {
      measure.append(" on ").append(ctx.lower(k));
    }
  }
}

// Binds figure `q` of the sentence of `ctx`: sets the predicate, subjects,
// anaphoric flag, modality, time frame and measure of `c`.
// `sentence_count_measure` is the canonical measure of the sentence's first
// count (`sentence_count`, if any), for the value of what is counted.
void bind_figure(const Document& doc, const SentenceContext& ctx, const Quantity& q,
                 std::span<const DateMention> dates, const BindLanguage& lex,
                 std::string_view sentence_count_measure, const Quantity* sentence_count, Claim& c) {
  const FigureSpot spot = bind_subjects(ctx, q, lex, c);
  bind_modality(doc, ctx, spot, lex, c);
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Entity>& entities = ctx.entities;
  const std::size_t q_first = spot.q_first, q_end = spot.q_end, clause = spot.clause;
  c.place = place_of(ctx, q_first, q_end, q.kind != QuantityKind::currency);
  // "topping Calloway's agreed offer of $36.50 a share": a figure after a
  // name's noun (a word or two) and "of" is the name's.
  if (q_first >= clause + 3 && is_one_of_lower(ctx.lower(q_first - 1), {"of"})) {
    for (std::size_t k = q_first - 1; k > clause + 1 && k + 3 >= q_first;) {
      --k;
      if (!tokens[k].word || capitalised(tokens[k].text) || starts_with_digit(tokens[k])) break;
      const Entity* e = ctx.entity_of[k - 1];
      if (e && !e->product && e->last == k - 1 && tokens[k - 1].possessive) {
        c.subjects = {e->name};
        c.anaphoric = false;
        break;
      }
    }
  }
  // "29 of the 65 seats", "29 de los 65 escaños": the second figure is the
  // whole the first is part of, not a figure of the subject's.
  if (q_first >= 3 && is_one_of_lower(ctx.lower(q_first - 1), {"the", "los", "las"}) &&
      is_one_of_lower(ctx.lower(q_first - 2), {"of", "de"}) && starts_with_digit(tokens[q_first - 3])) {
    c.subjects.clear();
  }
  // "won 22 of the council's 48 seats", "29 of its 65 seats": the whole
  // is the possessor's, not the clause subject's; who that is the
  // possessive does not say for sure, so it is none.
  const bool of_the_nouns = q_first >= 4 && tokens[q_first - 1].possessive && !capitalised(tokens[q_first - 1].text) &&
                            ctx.lower(q_first - 2) == "the" && ctx.lower(q_first - 3) == "of" &&
                            starts_with_digit(tokens[q_first - 4]);
  const bool of_its = q_first >= 3 && is_one_of_lower(ctx.lower(q_first - 1), {"its", "their", "su", "sus"}) &&
                      is_one_of_lower(ctx.lower(q_first - 2), {"of", "de"}) && starts_with_digit(tokens[q_first - 3]);
  if (of_the_nouns || of_its) {
    c.subjects.clear();
    c.anaphoric = false;
    c.anaphor_at = Claim::k_no_anaphor;
  }

  // Time frame: the nearest resolved date of the same clause (no ";" or
  // "but" between them).
  std::size_t best = SIZE_MAX;
  const DateMention* chosen = nullptr;
  const DateMention* baseline_date = nullptr;  // the first date skipped as a baseline's
  // Only dates within the window around the figure: the mentions are in
  // text order, so a binary search finds the first one (issue 10).
  const std::size_t window_begin = q_first > k_window ? tokens[q_first - k_window].range.begin : 0;
  auto first_date = std::lower_bound(dates.begin(), dates.end(), window_begin,
                                     [](const DateMention& m, std::size_t at) { return m.range.begin < at; });
  for (auto it = first_date; it != dates.end(); ++it) {
    const DateMention& m = *it;
    if (m.value.empty() || !m.interval || m.bound != DateBound::exact) continue;
    const std::size_t m_tok = token_at(tokens, m.range.begin);
    if (m_tok > q_first + k_window) break;
    const std::size_t lo = std::min(m_tok, q_first), hi = std::max(m_tok, q_first);
    bool split = false;
    for (std::size_t k = lo; k < hi && !split; ++k) split = ctx.clause_break[k];
    // "23 plow-outs — three in November, seven in December ...": a dash
    // after the figure opens its breakdown, whose dates are the parts'.
    for (std::size_t k = q_end; m_tok >= q_end && k < m_tok && !split; ++k) {
      split = tokens[k].text == "-" || tokens[k].text == "\xE2\x80\x94" || tokens[k].text == "\xE2\x80\x93";
    }
    // "the biggest single investment ... since the terminal was rebuilt in
    // 2011": a date in a clause of "since" after the figure bounds a
    // comparison; it is no time of the figure's.
    for (std::size_t k = q_end; m_tok > q_end && k < m_tok && !split; ++k) {
      split = tokens[k].word && is_one_of_lower(ctx.lower(k), {"since", "desde"});
    }
    // "dijo que los 8.142 trabajadores ... y recordó que en 2025 ...",
    // "and added that in 2025 ...": a date after "and", a verb and "that"
    // is of what the other clause tells.
    for (std::size_t k = q_end; m_tok > q_end && k + 2 < m_tok && !split; ++k) {
      split = tokens[k].word && is_one_of_lower(ctx.lower(k), {"and", "y", "e"}) && tokens[k + 1].word &&
              is_one_of_lower(ctx.lower(k + 2), {"that", "que"});
    }
    if (split) continue;
    // "2,410 supplier farms were still carrying debt from the lean payouts
    // of 2023": a date of the noun a "from" after the figure names is of
    // what it came from, no time of the figure's.
    if (m_tok >= q_end + 4 && of_noun_from(ctx, q_end, m_tok)) continue;
    // A date right after another figure of the sentence, nothing between,
    // is that figure's: "paid $5.8 million ..., or $62,500 per lot, a price
    // ... closer to $45,000 three years ago" (no date of the $62,500's own).
    if (m_tok > q_end && m_tok > 0 && starts_with_digit(tokens[m_tok - 1]) && m_tok - 1 >= q_end) continue;
    // A date after the figure a change is measured from belongs to it:
    // "£1.1m ..., up from £800,000 at the time of the verdict in February".
    if (m_tok >= q_end && measured_from_between(ctx, q_end, m_tok)) {
      if (!baseline_date) baseline_date = &m;
      continue;
    }
    // A date after the figure is as far as the words between them: "from
    // $10 million in 2024 to $12 million in 2025" gives $12 million 2025.
    const std::size_t d = m_tok >= q_end ? m_tok - q_end : hi - lo;
    if (d < best) {
      best = d;
      c.time = m.value;
      c.time_days = std::make_pair(m.interval->first, m.interval->last);
      chosen = &m;
    }
  }
  // With no other date, the baseline's is still the nearest word of when
  // ("41.3 million, up 4.4 per cent from 39.56 million in the same period
  // of 2025" is no figure of any time at all).
  if (!chosen && baseline_date && !c.time_is_update) {
    c.time_from_baseline = true;
    c.time = baseline_date->value;
    c.time_days = std::make_pair(baseline_date->interval->first, baseline_date->interval->last);
    chosen = baseline_date;
  }
  if (chosen) period_to(ctx, *chosen, c);

  // Measure.
  switch (q.kind) {
    case QuantityKind::count:
      if (&q == sentence_count) {
        c.measure = sentence_count_measure;
      } else if (!q.measure.empty()) {
        c.measure = canonical_measure(lex, q.measure);
      }
      // "a 1,054-vote lead", "her lead ... standing at 1,054 votes": the
      // gap between two counts, no count itself.
      if (!c.measure.empty() && margin_count(ctx, q_first, q_end, clause)) c.measure.insert(0, "margin in ");
      if (!c.measure.empty()) narrow_count_measure(ctx, q_first, q_end, clause, c.measure);
      // "raise its capacity to 2.5 million passengers": what could be, not
      // what is.
      if (!c.measure.empty() && !lex.capacity_words.empty()) {
        for (std::size_t k = q_first, steps = 0; k-- > clause && steps < 3; ++steps) {
          if (lex.capacity_words.count(ctx.lower(k))) {
            c.measure.insert(0, "capacity for ");
            break;
          }
          if (!is_one_of_lower(ctx.lower(k), {"to", "of", "for", "a", "de", "para", "total", "its", "su"})) break;
        }
      }
      break;
    case QuantityKind::currency: {
      // ("42.000 euros cada una": Spanish too.)
      const bool each = q_end < tokens.size() &&
                        (is_one_of_lower(ctx.lower(q_end), {"each", "apiece"}) ||
                         (q_end + 1 < tokens.size() && is_one_of_lower(ctx.lower(q_end), {"cada"}) &&
                          is_one_of_lower(ctx.lower(q_end + 1), {"uno", "una"})));
      // "$25,000 a chip", "$420 per family", "$85,000 for each of the
      // 2,400 workers": the price of one of what is named.
      const std::string per_item = each ? std::string() : per_item_after(ctx, q_end, lex, sentence_count_measure);
      // "a final dividend of Rp 142 per share", "the Rp 124-per-share
      // payout", "un dividendo de 0,42 euros por acción": money of one
      // share, named by the measure noun before it or right after.
      const std::size_t share_end = per_share_end(ctx, q_end);
      if (share_end != 0) {
        std::string_view noun;
        for (std::size_t k = q_first; k-- > clause && k + 5 > q_first && noun.empty();) noun = ctx.measure(k);
        if (noun.empty() && share_end < tokens.size()) noun = ctx.measure(share_end);
        c.measure = std::string(noun.empty() ? std::string_view("amount") : noun) + " per share";
      } else if (!per_item.empty()) {
        c.measure = "price of " + per_item;
      } else if (each) {
        // "sold 1.8 million hubs at $240 each", "remodel 25 stores at an
        // average cost of $3.2 million each": the price of one, no value
        // of them all, nor a cost told without "each". The price of one
        // of what the sentence does not count is compared with nothing.
        c.measure.clear();
        if (!sentence_count_measure.empty()) c.measure.append("price of ").append(sentence_count_measure);
      } else if (q_first >= clause + 2 && is_one_of_lower(ctx.lower(q_first - 1), {"of", "de"}) &&
                 !ctx.measure(q_first - 2).empty()) {
        // "un presupuesto de 1,2 millones de euros, ... dos bodegas": a
        // measure noun and "of" right before the money name it, whatever
        // the sentence counts.
        c.measure = qualified_measure(ctx, lex, q_first - 2, ctx.measure(q_first - 2), c.qualifier_size);
      } else if (q_end + 1 < tokens.size() && is_one_of_lower(ctx.lower(q_end), {"in", "en"}) &&
                 (!ctx.measure(q_end + 1).empty() || !plural_noun_at(ctx, q_end + 1).empty())) {
        // "$53.8 billion in assets", "$4.2 billion in revenue from 1.2
        // million vehicles", "£38m in dividends": the noun after "in" says
        // what the money is, whatever the sentence counts.
        const std::string_view noun = ctx.measure(q_end + 1);
        c.measure = noun.empty() ? std::string(plural_noun_at(ctx, q_end + 1))
                                 : qualified_measure(ctx, lex, q_end + 1, noun, c.qualifier_size);
      } else if (const std::size_t subject = level_subject(ctx, clause, q_first);
                 subject < q_first && !sentence_count_measure.empty()) {
        // "The forward order book stood at £1.42bn ..., equivalent to
        // about 4,300 homes": the level's subject names it, whatever the
        // sentence counts.
        c.measure = qualified_measure(ctx, lex, subject, ctx.measure(subject), c.qualifier_size);
      } else if (!sentence_count_measure.empty() && q_end < tokens.size() && !ctx.measure(q_end).empty() &&
                 q_first > clause && is_one_of_lower(ctx.lower(q_first - 1), {"the", "its", "their", "this", "that"})) {
        // "the R34.8-million loss would have forced the company to cut its
        // squad from 42 to 32 players": the noun the money qualifies names
        // it, whatever the sentence counts.
        c.measure = qualified_measure(ctx, lex, q_end, ctx.measure(q_end), c.qualifier_size);
      } else if (!sentence_count_measure.empty()) {
        c.measure = "value of ";
        c.measure += sentence_count_measure;
      } else {
        // A measure noun just after ("a $10 billion deal") or shortly
        // before ("a budget of 412 million euros").
        std::string_view noun;
        std::size_t noun_at = tokens.size();
        // ("earned $151.3 million on revenue of $4.86 billion": past a
        // preposition but "in" or "of", the noun is another figure's.)
        for (std::size_t k = q_end; k < tokens.size() && k < q_end + 2 && noun.empty(); ++k) {
          if (tokens[k].word && lex.prepositions.count(ctx.lower(k)) &&
              !is_one_of_lower(ctx.lower(k), {"in", "of", "en", "de"})) {
            break;
          }
          noun = ctx.measure(k);
          noun_at = k;
        }
        // "a £24.5m grant from the Aldermoor Foundation": the giver named
        // right after is whose it is.
        if (!noun.empty() && noun_at + 2 < tokens.size() && is_one_of_lower(ctx.lower(noun_at + 1), {"from", "de", "del"})) {
          std::size_t k = noun_at + 2;
          if (k + 1 < tokens.size() && is_one_of_lower(ctx.lower(k), {"the", "la", "el", "los", "las"})) ++k;
          if (const Entity* e = ctx.entity_of[k]; e && e->first == k && !e->product) {
            c.subjects = {e->name};
            c.anaphoric = false;
          }
        }
        // ("$1.3 billion for debt and $2.1 billion for transit": a noun after
        // a preposition, then "and" or a comma, is the object of the list's
        // part before, no measure of the figure after.)
        bool coordinated = false;
        for (std::size_t k = q_first; k-- > clause && k + 5 > q_first && noun.empty();) {
          noun = ctx.measure(k);
          noun_at = k;
          if (!noun.empty() && coordinated && k > clause && tokens[k - 1].word &&
              lex.prepositions.count(ctx.lower(k - 1)) && !is_one_of_lower(ctx.lower(k - 1), {"of", "de"})) {
            noun = {};
            break;
          }
          coordinated = coordinated || is_one_of_lower(ctx.lower(k), {"and", "or", "y", "o", "e", "u"}) ||
                        (!tokens[k].word && tokens[k].text == ",");
        }
        if (noun.empty()) {
          noun_at = level_subject(ctx, clause, q_first);
          if (noun_at < q_first) noun = ctx.measure(noun_at);
        }
        c.measure = noun.empty() ? std::string() : qualified_measure(ctx, lex, noun_at, noun, c.qualifier_size);
        // Money with no noun is what its verb does: "agreed to contribute
        // 85 million euros" is an amount paid.
        if (c.measure.empty() && !c.predicate.empty()) {
          c.measure = "amount to " + c.predicate;
          append_money_use(ctx, q_end, c.measure);
        }
      }
      break;
    }
    case QuantityKind::percent: {
      // "25% commission", "a 25% stake", or "share of X" before it.
      std::string_view noun;
      if (q_end < tokens.size()) noun = ctx.measure(q_end);
      for (std::size_t k = q_first; k-- > clause && k + 6 > q_first && noun.empty();) noun = ctx.measure(k);
      c.measure = noun;
      break;
    }
    case QuantityKind::multiplier: {
      // A ratio between two named products, the one nearest the
      // multiplier and the first of the sentence, with its aspect.
      std::vector<const Entity*> products;
      // Products of this clause only (bounded, see k_window); entities
      // are in text order, so start with a binary search.
      const std::size_t from = q_first > k_window ? q_first - k_window : 0;
      for (auto it = std::lower_bound(entities.begin(), entities.end(), from,
                                      [](const Entity& e, std::size_t at) { return e.first < at; });
           it != entities.end() && it->first <= q_end + k_window; ++it) {
        if (it->product) products.push_back(&*it);
      }
      if (products.size() < 2) break;
      // The base of the comparison usually follows the multiplier ("six
      // times the performance of the H20"); else the nearest before it.
      const Entity* first = products.front();
      const Entity* nearest = nullptr;
      for (const Entity* p : products) {
        if (p->first >= q_end && p->name != first->name) {
          nearest = p;
          break;
        }
      }
      for (auto it = products.rbegin(); !nearest && it != products.rend(); ++it) {
        if ((*it)->first < q_first && (*it)->name != first->name) nearest = *it;
      }
      if (!nearest) break;
      std::string aspect;
      for (std::size_t k = clause; k < tokens.size() && k < q_end + 6 && aspect.empty(); ++k) {
        const std::string_view cls = ctx.measure(k);
        if (cls == "performance" || cls == "price") aspect = cls;
      }
      if (aspect.empty()) break;
      std::string a = first->name, b = nearest->name;
      if (b < a) std::swap(a, b);
      c.measure = fmt::format("{} ratio of {} and {}", aspect, a, b);
      // The two products are the subjects of a comparison.
      c.subjects.clear();
      break;
    }
    case QuantityKind::number:
      c.measure = number_of_measure(ctx, q_first);
      // "Headcount stood at 1,46,320": the subject of a level names a bare
      // number.
      if (const std::size_t subject = level_subject(ctx, clause, q_first); c.measure.empty() && subject < q_first) {
        c.measure = canonical_measure(lex, ctx.measure(subject));
      }
      break;
    case QuantityKind::duration:
      c.measure = duration_measure(ctx, lex, clause, q_first, q_end);
      // "jailed for seven years at Leeds Crown Court": neither where a
      // sentence was passed nor its verb ("jailed", "was given",
      // "received") parts it from the same sentence told elsewhere.
      if (!c.measure.empty()) {
        c.place.clear();
        c.predicate.clear();
        // "La Audiencia condena a tres años de prisión al empresario Tomás
        // Gil": the sentence is of the person named after "al", not of the
        // court.
        for (std::size_t k = q_end; k < tokens.size() && k < q_end + 8; ++k) {
          if (!tokens[k].word) break;
          if (!is_one_of_lower(ctx.lower(k), {"al", "a"})) continue;
          const Entity* person = nullptr;
          for (std::size_t m = k + 1; m < tokens.size() && m < k + 12 && tokens[m].word; ++m) {
            const Entity* e = ctx.entity_of[m];
            if (e && !e->product && e->first == m && one_person({e->name}, lex)) person = e;
          }
          if (person) {
            c.subjects = {person->name};
            c.anaphoric = false;
          }
          break;
        }
        // "la Fiscalía rebajaba su petición de pena de cinco a dos años":
        // a term asked for by an accuser, of a defendant the clause may
        // not name, is compared with nothing.
        const auto accuser = [&](const std::string& name) {
          for (const Token& w : tokenize(name)) {
            if (w.word && lex.accusers.count(lower(w.text))) return true;
          }
          return false;
        };
        if (c.subjects.size() == 1 && accuser(c.subjects.front())) c.measure.clear();
      }
      break;
    default:
      break;
  }
  // "At 74.1 million tonnes, the half's shipments were a record": a figure
  // opening the sentence after "at" and set off by a comma is of the noun
  // the clause after it names.
  if (c.measure.empty() && q_first == 1 && is_one_of_lower(ctx.lower(0), {"at", "con"}) && q_end < tokens.size() &&
      !tokens[q_end].word && tokens[q_end].text == ",") {
    for (std::size_t k = q_end + 1; k < tokens.size() && k <= q_end + 5 && c.measure.empty(); ++k) {
      c.measure = ctx.measure(k);
    }
  }
  // "Acme's 4,000 workers went on strike", "the Aire's 4.37-metre peak":
  // a figure right after a possessive name, with no subject of its
  // clause, is about that name.
  if (q_first > 0 && c.subjects.empty()) {
    const std::size_t k = q_first - 1;
    if (const Entity* e = ctx.entity_of[k]; e && !e->product && e->last == k && tokens[k].possessive) {
      c.subjects = {e->name};
      c.anaphoric = false;
    }
  }
  // "Ravensholt's net debt stood at £62.4m": a possessive name whose noun,
  // a few words before the figure, is the figure's measure.
  if (c.subjects.empty() && !c.measure.empty() && q_first > clause) {
    bool names_measure = false;
    for (std::size_t k = q_first, steps = 0; k-- > clause && steps < 6; ++steps) {
      if (!tokens[k].word) break;
      if (const Entity* e = ctx.entity_of[k]) {
        if (!e->product && e->last == k && tokens[k].possessive && names_measure) {
          c.subjects = {e->name};
          c.anaphoric = false;
        }
        break;
      }
      names_measure = names_measure || ctx.measure(k) == c.measure;
    }
  }
  // "a 486-bed hospital": the beds are the hospital's; the figure keeps
  // its measure only when that noun names the subject ("Harwick General
  // Hospital"), not in "the hospital's 300-seat lecture hall".
  if (const std::string_view written = ctx.text.substr(q.range.begin, q.range.size());
      q.kind == QuantityKind::count && !c.measure.empty() && !c.measure.starts_with("margin in ") &&
      q_end < tokens.size() && tokens[q_end].word && written.find('-') != std::string_view::npos &&
      written.find(' ', written.rfind('-')) == std::string_view::npos &&
      written.ends_with(q.measure)) {
    // "Fenmarrow Park, a 31,950-seat stadium", "Fenmarrow Park, Ostlebury
    // Athletic's new 23,000-seat stadium": in an apposition to a name, the
    // figure says what the name is, whatever the clause does with it.
    std::size_t k = q_first;
    for (int steps = 0; k > 0 && steps < 6; ++steps) {
      const Token& t = tokens[k - 1];
      const bool modifier = t.word && (std::islower(static_cast<unsigned char>(t.text[0])) || t.possessive ||
                                       (ctx.entity_of[k - 1] && k < tokens.size() && ctx.entity_of[k] == ctx.entity_of[k - 1]));
      if (!modifier) break;
      --k;
    }
    const bool determiner = k < q_first && (is_one_of_lower(tokens[k].text, {"a", "an", "the"}) || tokens[k].possessive ||
                                            ctx.entity_of[k]);
    const Entity* named = k >= 2 && determiner && tokens[k - 1].text == "," ? ctx.entity_of[k - 2] : nullptr;
    if (named && !named->product && named->last == k - 2 && !tokens[k - 2].possessive) {
      c.subjects = {named->name};
      c.anaphoric = false;
      c.predicate.clear();
      c.modality = Modality::plain;
      c.time.reset();  // "approved on Monday": the approval's day, not the stadium's
      c.time_days.reset();
    } else {
      const std::string_view subject = c.subjects.empty() ? std::string_view() : std::string_view(c.subjects.front());
      const std::string_view last =
          subject.substr(subject.rfind(' ') == std::string_view::npos ? 0 : subject.rfind(' ') + 1);
      if (last.empty() || !utf8::ascii_iequal(last, ctx.lower(q_end))) c.measure.clear();
    }
  }
  bind_age(doc, ctx, q, q_first, q_end, c);
  // "The 24-year-old scored 21 league goals": with no name in the clause
  // its subject is the latest person named.
  if (c.subjects.empty() && !c.anaphoric) {
    for (std::size_t k = clause; k + 1 < q_first; ++k) {
      if (ctx.lower(k) != "the") continue;
      const std::string_view rest = ctx.text.substr(tokens[k + 1].range.begin);
      std::size_t digits = 0;
      while (digits < rest.size() && digits < 3 && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
      if (digits > 0 && utf8::ascii_iequal(rest.substr(digits, 9), "-year-old")) {
        c.anaphoric = true;
        c.person_anaphor = true;
        break;
      }
    }
  }
  // A predicate after the figure is the possessed noun's ("Lattice's 1,900
  // employees would keep their jobs"), not the possessor's.
  // "add roughly 4% to the hospital's 4,620-strong workforce": after "to"
  // or "from", the possessed figure is what the change applies to, a
  // level whatever the verb.
  const auto after_to = [&] {
    for (std::size_t k = q_first >= 2 ? q_first - 2 : 0; k + 5 > q_first && k < q_first; --k) {
      if (ctx.tokens[k].word && (ctx.lower(k) == "to" || ctx.lower(k) == "from")) return true;
      if (k == 0) break;
    }
    return false;
  };
  if ((spot.pred_at >= q_first || after_to()) && q.kind == QuantityKind::count) {
    bind_possessor(ctx, q_first, lex, c);
  } else if (q.kind == QuantityKind::count && !is_one_of_lower(c.predicate, {"shed", "hire", "add", "lose"})) {
    // "to protect the jobs of Moorline's 2,580 employees": right after a
    // name's possessive, the figure is that name's whatever verb comes
    // before, unless the verb changes it ("cut Moorline's 300 jobs").
    bind_possessor(ctx, q_first, lex, c, true);
  }
  if (q.kind == QuantityKind::count) bind_postnominal_possessor(ctx, q_first, q_end, lex, c);
}

// Whether the lowercased tokens just before token `end` are `words`.
bool words_before(const SentenceContext& ctx, std::size_t end, const std::vector<std::string>& words) {
  if (words.empty() || words.size() > end) return false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::size_t k = end - words.size() + w;
    if (!ctx.tokens[k].word || ctx.lower(k) != words[w]) return false;
  }
  return true;
}

// Token k, or the first token after it that is no baseline filler (at
// most three are skipped).
std::size_t skip_fillers(const SentenceContext& ctx, const BindLanguage& lex, std::size_t k) {
  for (int skipped = 0; skipped < 3 && k < ctx.tokens.size() && ctx.tokens[k].word &&
                        lex.baseline_fillers.count(ctx.lower(k));
       ++skipped) {
    ++k;
  }
  return k;
}

// The figures of a sentence that a change or a comparison is measured
// from ("up from £264 million previously", "compared with 3,500", the
// first of "rose from $10 million to $12 million") hold at another time,
// which the text does not give unless a date follows the figure ("from
// $10 million in 2024"). With no date of their own they take no time (the
// nearest date is the current figure's) and no measure, so they are
// compared with nothing. The current figure of "from A to B" takes the
// measure of A when it has none ("sales" is too far from B).
void mark_baselines(const SentenceContext& ctx, const std::vector<Quantity>& quantities,
                    std::span<const DateMention> dates, const BindLanguage& lex, std::span<Claim> claims) {
  if (lex.baseline_cues.empty() && lex.from_words.empty()) return;
  const std::vector<Token>& tokens = ctx.tokens;
  for (std::size_t i = 0; i < quantities.size(); ++i) {
    Claim& a = claims[i];
    if (a.measure.empty()) continue;
    const std::size_t first = token_at(tokens, quantities[i].range.begin);
    // Back over the fillers to the cue.
    std::size_t k = first;
    for (int skipped = 0; skipped < 3 && k > 0 && tokens[k - 1].word && lex.baseline_fillers.count(ctx.lower(k - 1));
         ++skipped) {
      --k;
    }
    bool baseline = k > 0 && tokens[k - 1].word && lex.baseline_cue_ends.count(ctx.lower(k - 1)) &&
                    std::any_of(lex.baseline_cues.begin(), lex.baseline_cues.end(),
                                [&](const std::vector<std::string>& cue) { return words_before(ctx, k, cue); });
    Claim* current = nullptr;
    const std::size_t end = token_at(tokens, first, quantities[i].range.end);
    // The first date mention at or after A's end: dates are in text order,
    // found by a binary search (linear time in a sentence of thousands of
    // figures and dates, issue 10).
    const auto after_a = std::lower_bound(dates.begin(), dates.end(), quantities[i].range.end,
                                          [](const DateMention& m, std::size_t at) { return m.range.begin < at; });
    // "to" may follow a date of A's: "from $10 million in 2024 to".
    std::size_t to = end;
    if (after_a != dates.end()) {
      const std::size_t at = token_at(tokens, after_a->range.begin);
      if (at == end || (at == end + 1 && tokens[end].word)) to = token_at(tokens, at, after_a->range.end);
    }
    if (k > 0 && tokens[k - 1].word && lex.from_words.count(ctx.lower(k - 1)) && i + 1 < quantities.size() &&
        to < tokens.size() && tokens[to].word && lex.to_words.count(ctx.lower(to)) &&
        skip_fillers(ctx, lex, to + 1) == token_at(tokens, to, quantities[i + 1].range.begin)) {
      baseline = true;
      current = &claims[i + 1];
    }
    if (!baseline) continue;
    if (current && current->measure.empty() && current->quantity.kind == a.quantity.kind) current->measure = a.measure;
    // A date of its own comes right after it: "from $10 million in 2024".
    bool own_date = false;
    for (auto m = after_a; a.time && m != dates.end(); ++m) {
      const std::size_t at = token_at(tokens, end, m->range.begin);
      if (at > end + 2) break;
      own_date = own_date || m->value == *a.time;
    }
    if (own_date) continue;
    a.measure.clear();
    a.time.reset();
    a.time_days.reset();
  }
}

// "Westgate's revenue rose 3 per cent to $4.2 billion": the level a
// change's percentage leads to, with no measure of its own, takes the
// percentage's ("revenue"), which names it a few words before the verb.
void carry_change_measure(const SentenceContext& ctx, const std::vector<Quantity>& quantities, const BindLanguage& lex,
                          std::span<Claim> claims) {
  if (lex.change_verbs.empty() || lex.to_words.empty()) return;
  const std::vector<Token>& tokens = ctx.tokens;
  for (std::size_t i = 0; i + 1 < quantities.size(); ++i) {
    const Claim& change = claims[i];
    Claim& level = claims[i + 1];
    if (change.measure.empty() || change.quantity.kind != QuantityKind::percent || !level.measure.empty() ||
        level.quantity.kind == QuantityKind::percent || level.quantity.kind == QuantityKind::percentage_point ||
        level.quantity.kind == QuantityKind::date) {
      continue;
    }
    // The verb right before the percentage, "by" or a hedge between.
    std::size_t k = token_at(tokens, quantities[i].range.begin);
    for (int skipped = 0; skipped < 2 && k > 0 && tokens[k - 1].word &&
                          (lex.baseline_fillers.count(ctx.lower(k - 1)) ||
                           is_one_of_lower(ctx.lower(k - 1), {"by", "un", "una", "en"}));
         ++skipped) {
      --k;
    }
    if (k == 0 || !tokens[k - 1].word || !lex.change_verbs.count(ctx.lower(k - 1))) continue;
    // Then "to" and the level.
    const std::size_t end = token_at(tokens, quantities[i].range.end);
    if (end >= tokens.size() || !tokens[end].word || !lex.to_words.count(ctx.lower(end))) continue;
    // ("hasta 4.200 millones" may be read as one figure, "up to".)
    const std::size_t level_at = token_at(tokens, end, quantities[i + 1].range.begin);
    if (level_at != end && skip_fillers(ctx, lex, end + 1) != level_at) continue;
    level.measure = change.measure;
  }
}

// "plans to spend $918 million over ten years": a length of time right
// after a figure, opened by a period word, is the period the figure
// covers, and part of its measure ("amount to spend over 10 years"), so
// that the plans of other periods are other figures.
void add_periods(const SentenceContext& ctx, const std::vector<Quantity>& quantities, const BindLanguage& lex,
                 std::span<Claim> claims) {
  if (lex.period_words.empty()) return;
  for (std::size_t i = 0; i + 1 < quantities.size(); ++i) {
    Claim& c = claims[i];
    const Quantity& period = quantities[i + 1];
    if (c.measure.empty() || period.kind != QuantityKind::duration || c.quantity.kind == QuantityKind::duration) {
      continue;
    }
    // What a name has ("across Keller's four hospitals over five years")
    // is no figure of a period.
    if (std::any_of(lex.possession.begin(), lex.possession.end(),
                    [&](const auto& p) { return p.second == c.predicate; })) {
      continue;
    }
    const std::size_t end = token_at(ctx.tokens, quantities[i].range.end);
    if (end >= ctx.tokens.size() || ctx.tokens[end].range.begin != period.range.begin ||
        !lex.period_words.count(ctx.lower(end))) {
      continue;
    }
    c.measure += fmt::format(" over {} {}{}", period.value, period.unit, period.value == 1 ? "" : "s");
  }
}

// Binds the figures `quantities` of the sentence of `ctx`, appending one
// claim per figure to `out`.
// The phrase of period_openers opening the sentence of `ctx` ("A year
// earlier, it earned $133.9 million", "But a year ago ..."), lowercased,
// or none. Its figures are of a period before the one the story tells.
std::optional<std::string> period_opener(const SentenceContext& ctx, const BindLanguage& lex) {
  const std::vector<Token>& tokens = ctx.tokens;
  std::size_t at = 0;
  if (!tokens.empty() && tokens[0].word && is_one_of_lower(ctx.lower(0), {"but", "and", "pero", "y", "mientras"})) at = 1;
  if (at >= tokens.size() || !tokens[at].word || !lex.period_opener_starts.count(ctx.lower(at))) return std::nullopt;
  for (const std::vector<std::string>& words : lex.period_openers) {
    if (at + words.size() >= tokens.size()) continue;
    bool match = true;
    for (std::size_t w = 0; w < words.size() && match; ++w) {
      match = tokens[at + w].word && ctx.lower(at + w) == words[w];
    }
    if (match) return fmt::format("{}", fmt::join(words, " "));
  }
  return std::nullopt;
}

// A phrase of period_openers right before ", when" ("up 20 percent from
// 12,400 last season, when the Falcons drew 421,600 fans", "hace un año,
// cuando"): the phrase, lowercased, and the token index of "when"; or
// none. The figures of the clause after it are of that period.
std::optional<std::pair<std::string, std::size_t>> period_when(const SentenceContext& ctx, const BindLanguage& lex) {
  const std::vector<Token>& tokens = ctx.tokens;
  for (std::size_t w = 2; w < tokens.size(); ++w) {
    if (!tokens[w].word || tokens[w - 1].text != "," || !is_one_of_lower(ctx.lower(w), {"when", "cuando"})) continue;
    const std::size_t end = w - 1;  // one past the phrase
    for (const std::vector<std::string>& words : lex.period_openers) {
      if (words.size() > end) continue;
      bool match = true;
      for (std::size_t i = 0; i < words.size() && match; ++i) {
        const std::size_t k = end - words.size() + i;
        match = tokens[k].word && ctx.lower(k) == words[i];
      }
      if (match) return std::make_pair(fmt::format("{}", fmt::join(words, " ")), w);
    }
  }
  return std::nullopt;
}

// The fiscal year the sentence of `ctx` tells of, "fiscal 2027" ("in
// fiscal 2027", "fiscal year 2027", "año fiscal 2027"), or none: a
// year up to two words after a word of fiscal_words.
std::optional<std::string> fiscal_year(const SentenceContext& ctx, const BindLanguage& lex) {
  const std::vector<Token>& tokens = ctx.tokens;
  if (lex.fiscal_words.empty()) return std::nullopt;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!tokens[i].word || !lex.fiscal_first[static_cast<unsigned char>(ctx.lower(i).front())] ||
        !lex.fiscal_words.count(ctx.lower(i))) {
      continue;
    }
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
      const std::string_view w = tokens[k].text;
      if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
          w >= "1900" && w <= "2100") {
        return fmt::format("fiscal {}", w);
      }
      if (!tokens[k].word) break;
    }
  }
  return std::nullopt;
}

// The stretch of a season or series the sentence of `ctx` tells of, as
// its lowercased words ("first five games", "entre las fechas 6 y 12"),
// or none: a word of span_edges, then within three words a noun of
// span_nouns; after "between" or "entre", the bounds that follow too.
std::optional<std::string> season_span(const SentenceContext& ctx, const BindLanguage& lex) {
  const std::vector<Token>& tokens = ctx.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!tokens[i].word || !lex.span_edge_first[static_cast<unsigned char>(ctx.lower(i).front())] ||
        !lex.span_edges.count(ctx.lower(i))) {
      continue;
    }
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
      if (!tokens[k].word) break;
      if (!lex.span_nouns.count(ctx.lower(k))) continue;
      std::size_t end = k + 1;
      // "between rounds 6 and 12", "entre las fechas 6 y 12".
      if (is_one_of_lower(ctx.lower(i), {"between", "entre"})) {
        while (end < tokens.size() && end <= k + 3 && tokens[end].word) ++end;
      }
      std::string phrase;
      for (std::size_t w = i; w < end; ++w) {
        if (!phrase.empty()) phrase += ' ';
        phrase += ctx.lower(w);
      }
      return phrase;
    }
  }
  return std::nullopt;
}

void bind_in_context(const Document& doc, std::size_t sentence, const SentenceContext& ctx,
                     const std::vector<Quantity>& quantities, std::span<const DateMention> dates,
                     const BindLanguage& lex, std::vector<Claim>& out) {
  std::string sentence_count_measure;
  const Quantity* sentence_count = nullptr;
  for (const Quantity& q : quantities) {
    if (q.kind == QuantityKind::count && !q.measure.empty()) {
      sentence_count_measure = canonical_measure(lex, q.measure);
      sentence_count = &q;
      break;
    }
  }
  for (const Quantity& q : quantities) {
    Claim& c = out.emplace_back();
    c.quantity = q;
    c.text = std::string(ctx.text.substr(q.range.begin, q.range.size()));
    place_claim(doc, sentence, q.range, c);
    bind_figure(doc, ctx, q, dates, lex, sentence_count_measure, sentence_count, c);
  }
  const std::span<Claim> claims = std::span<Claim>(out).last(quantities.size());
  mark_baselines(ctx, quantities, dates, lex, claims);
  // "a drop of 468 students", "un aumento de 1.240 empleos": the size of a
  // change is no level of anything.
  if (!lex.change_nouns.empty()) {
    for (std::size_t i = 0; i < quantities.size(); ++i) {
      // (Most figures follow no "of ", "de " or "del ": the text says so first.)
      const std::size_t at = quantities[i].range.begin;
      if (at < 4 || ctx.text[at - 1] != ' ' || (ctx.text[at - 2] != 'f' && ctx.text[at - 2] != 'e' &&
                                                 ctx.text[at - 2] != 'l')) {
        continue;
      }
      const std::size_t k = token_at(ctx.tokens, at);
      if (k >= 2 && ctx.tokens[k - 1].word && is_one_of_lower(ctx.lower(k - 1), {"of", "de", "del"}) &&
          ctx.tokens[k - 2].word && lex.change_nouns.count(ctx.lower(k - 2))) {
        claims[i].measure.clear();
      }
    }
  }
  // "a backlog of 1,870 homes": a stock held, its own measure.
  if (!lex.stock_nouns.empty()) {
    for (std::size_t i = 0; i < quantities.size(); ++i) {
      const std::size_t at = quantities[i].range.begin;
      if (claims[i].measure.empty() || at < 4 || ctx.text[at - 1] != ' ') continue;
      const std::size_t k = token_at(ctx.tokens, at);
      if (k >= 2 && ctx.tokens[k - 1].word && is_one_of_lower(ctx.lower(k - 1), {"of", "de"}) &&
          ctx.tokens[k - 2].word && lex.stock_nouns.count(ctx.lower(k - 2))) {
        claims[i].measure = std::string(ctx.lower(k - 2)) + " " + claims[i].measure;
      }
    }
  }
  // "The Kestrels trailed by only two goals at half-time", "ganó por tres
  // goles": a margin, no count of goals. "beat the consensus sales
  // estimate by about $150 million": what the verb beat may stand
  // between, and the margin may be money or an amount.
  if (!lex.margin_verbs.empty()) {
    for (std::size_t i = 0; i < quantities.size(); ++i) {
      // (A count after a word: "by", "por" or a hedge between.)
      const std::size_t at = quantities[i].range.begin;
      const QuantityKind kind = quantities[i].kind;
      if ((kind != QuantityKind::count && kind != QuantityKind::currency && kind != QuantityKind::quantity) ||
          at < 4 || ctx.text[at - 1] != ' ') {
        continue;
      }
      std::size_t k = token_at(ctx.tokens, at);
      if (k >= 1 && ctx.tokens[k - 1].word && is_one_of_lower(ctx.lower(k - 1), {"only", "just", "solo", "apenas"})) {
        --k;
      }
      if (k < 2 || !ctx.tokens[k - 1].word || !is_one_of_lower(ctx.lower(k - 1), {"by", "por"})) continue;
      // The verb right before "by", or (for money and amounts) its object
      // of up to five words between.
      const std::size_t reach = kind == QuantityKind::count ? 1 : 6;
      for (std::size_t v = k - 1; v-- > 0 && k - 1 - v <= reach && ctx.tokens[v].word;) {
        if (lex.margin_verbs.count(ctx.lower(v))) {
          claims[i].measure.clear();
          break;
        }
      }
    }
  }
  carry_change_measure(ctx, quantities, lex, claims);
  add_periods(ctx, quantities, lex, claims);
  // (Read only for a sentence with a figure it could set apart: most have
  // none. A share is one: "A year earlier, server modules made up just 35
  // per cent of sales" is no share of this year's list.)
  const bool apart = std::any_of(claims.begin(), claims.end(), [](const Claim& c) {
    return (!c.measure.empty() || c.quantity.kind == QuantityKind::percent) && !c.time_days && !c.time_is_update;
  });
  std::optional<std::string> apart_time = apart ? period_opener(ctx, lex) : std::nullopt;
  // "in their first five games", "entre las fechas 6 y 12": a stretch of
  // the season, not the whole of it.
  if (apart && !apart_time) apart_time = season_span(ctx, lex);
  if (apart && !apart_time) apart_time = fiscal_year(ctx, lex);
  if (apart_time) {
    for (Claim& c : claims) {
      if (!c.time_days && !c.time_is_update) c.time = *apart_time;
    }
  } else if (apart) {
    if (const auto when = period_when(ctx, lex)) {
      const std::size_t from = ctx.tokens[when->second].range.end;
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim& c = claims[i];
        if (quantities[i].range.begin >= from && !c.time_days && !c.time_is_update) c.time = when->first;
      }
    }
  }
  // "dos de cada tres coches", "one in four cars": the second figure of a
  // proportion counts no cars of its own.
  for (std::size_t i = 1; i < quantities.size(); ++i) {
    const std::size_t first = token_at(ctx.tokens, quantities[i].range.begin);
    const std::size_t prev_end = token_at(ctx.tokens, quantities[i - 1].range.end);
    for (const std::vector<std::string>& words : lex.ratio_words) {
      if (first == prev_end + words.size() && words_before(ctx, first, words)) claims[i].measure.clear();
    }
  }
}

// The names (not products) among `entities`, each once, in order.
std::vector<std::string> names_of(const std::vector<Entity>& entities) {
  std::vector<std::string> out;
  for (const Entity& e : entities) {
    if (!e.product && std::find(out.begin(), out.end(), e.name) == out.end()) out.push_back(e.name);
  }
  return out;
}

// The names opening a sentence as its subject: a group of names ("Acme",
// "Acme and Brio") at its first token, none a product or possessive, that
// a comma (an apposition: "Lattice, founded in 2014, makes ...") or a
// lowercase word follows. Empty otherwise.
std::vector<std::string> opening_of(const std::vector<Token>& tokens, const std::vector<Entity>& entities,
                                    const BindLanguage& lex) {
  if (entities.empty() || entities.front().first != 0) return {};
  std::vector<std::string> out;
  std::size_t next = 0;
  for (std::size_t i = 0;; ++i) {
    const Entity& e = entities[i];
    if (e.product || tokens[e.last].possessive) return {};
    if (std::find(out.begin(), out.end(), e.name) == out.end()) out.push_back(e.name);
    next = e.last + 1;
    std::size_t j = next;
    while (j < tokens.size() &&
           (tokens[j].text == "," || tokens[j].text == "&" || tokens[j].text == "and" || tokens[j].text == "or")) {
      ++j;
    }
    if (j == next || i + 1 >= entities.size() || entities[i + 1].first != j) break;
  }
  if (next >= tokens.size()) return {};
  const Token& t = tokens[next];
  if (t.text == ",") return out;
  // "Garraway said ...": a speaker, often a person, whom a later "it"
  // does not mean.
  if (t.word && is_reporting_verb(lex, lower(t.text))) return {};
  if (t.word && !t.text.empty() && t.text[0] >= 'a' && t.text[0] <= 'z') return out;
  return {};
}

}  // namespace

std::vector<Claim> bind_sentence(const Document& doc, std::size_t sentence, const std::vector<Quantity>& quantities,
                                 std::span<const DateMention> dates, const BindLanguage& lex,
                                 const ProperNouns& proper) {
  SentenceContext ctx;
  ProperNounFacts facts(proper);
  make_context(ctx, doc, sentence, lex, facts, &quantities);
  std::vector<Claim> out;
  bind_in_context(doc, sentence, ctx, quantities, dates, lex, out);
  return out;
}

std::vector<std::string> sentence_names(const Document& doc, std::size_t sentence, const BindLanguage& lex,
                                        const ProperNouns& proper) {
  SentenceContext ctx;
  ProperNounFacts facts(proper);
  read_entities(ctx, doc, sentence, lex, facts);
  return names_of(ctx.entities);
}

std::vector<std::string> sentence_opening_names(const Document& doc, std::size_t sentence, const BindLanguage& lex,
                                                const ProperNouns& proper) {
  SentenceContext ctx;
  ProperNounFacts facts(proper);
  read_entities(ctx, doc, sentence, lex, facts);
  return opening_of(ctx.tokens, ctx.entities, *ctx.lex);
}

namespace {

// Whether `word` ends an organization's name ("Motors", "Corp").
bool organization_word(const BindLanguage& lex, std::string_view word) {
  return lex.organization_words.count(word) > 0 || lex.name_suffixes.count(word) > 0;
}

// Whether `names` is one person's name, by the words of `lex`: two or three
// capitalised words, none a digit, the last no organization word or
// suffix ("Daniel Okafor", not "Welling United" or "Acme Corp").
bool one_person(const std::vector<std::string>& names, const BindLanguage& lex) {
  if (names.size() != 1) return false;
  const std::string& name = names[0];
  std::size_t words = 0;
  std::string_view last;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t j = name.find(' ', i);
    if (j == std::string::npos) j = name.size();
    const std::string_view w(name.data() + i, j - i);
    if (w.empty() || !capitalised(w) ||
        std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      return false;
    }
    ++words;
    last = w;
    i = j + 1;
  }
  return words >= 2 && words <= 3 && !organization_word(lex, last) && !lex.entity_aliases.count(name);
}

// Whether `name` speaks in `sentence`: a reporting verb right after it,
// or after a comma ("Samuel Brennock said", "Brennock, 52, said" is not
// read).
bool speaks_in(std::string_view sentence, std::string_view name, const BindLanguage& lex) {
  // A sentence is rarely longer; the bound keeps a line of 100 MB without
  // a full stop linear (issue 10).
  constexpr std::size_t k_max_sentence = 4096;
  if (sentence.size() > k_max_sentence) return false;
  for (std::size_t at = sentence.find(name); at != std::string_view::npos; at = sentence.find(name, at + 1)) {
    std::size_t i = at + name.size();
    while (i < sentence.size() && (sentence[i] == ' ' || sentence[i] == ',')) ++i;
    std::size_t j = i;
    // (A byte of 0x80 or above is part of a letter: "afirm\xC3\xB3".)
    while (j < sentence.size() && (std::isalpha(static_cast<unsigned char>(sentence[j])) ||
                                   static_cast<unsigned char>(sentence[j]) >= 0x80)) {
      ++j;
    }
    if (j > i && is_reporting_verb(lex, lower(sentence.substr(i, j - i)))) return true;
  }
  return false;
}

}  // namespace

void resolve_anaphors(const Document& doc, std::vector<Claim>& claims,
                      const std::vector<std::vector<std::string>>& names_before,
                      const std::vector<std::vector<std::string>>& opening_before, const BindLanguage* lex) {
  std::size_t paragraph = SIZE_MAX;
  std::vector<std::string> recent;
  // The subjects the paragraph just before ended with: "the company"
  // opening a paragraph is still the company of the one before.
  std::vector<std::string> carried;
  // The subjects of the story's first figure that names its own: "the
  // group" with nothing nearer is the company the story leads with.
  std::vector<std::string> lede;
  // A row of a table ("North Quay | 1,200 ships") names what it counts,
  // not what the story is about: no lede, nothing carried.
  const auto in_table = [&doc](std::size_t at) {
    const Paragraph& p = doc.paragraphs[at];
    return !p.prose && doc.view(p.range).find(" | ") != std::string_view::npos;
  };
  for (const Claim& c : claims) {
    if (!c.subjects.empty() && !c.anaphoric && !in_table(doc.sentences[c.sentence].paragraph)) {
      lede = c.subjects;
      break;
    }
  }
  for (Claim& c : claims) {
    const std::size_t p = doc.sentences[c.sentence].paragraph;
    if (p != paragraph) {
      if (paragraph != SIZE_MAX && p == paragraph + 1 && !in_table(paragraph)) {
        carried = std::move(recent);
      } else {
        carried.clear();
      }
      paragraph = p;
      recent.clear();
    }
    if (!c.subjects.empty()) {
      recent = c.subjects;
      continue;
    }
    if (!c.anaphoric) continue;
    if (c.person_anaphor) {
      // "The 24-year-old": the latest person, else none.
      if (lex && one_person(recent, *lex)) {
        c.subjects = recent;
      } else if (lex && c.sentence < names_before.size() && one_person(names_before[c.sentence], *lex)) {
        c.subjects = names_before[c.sentence];
      }
      if (!c.subjects.empty()) recent = c.subjects;
      continue;
    }
    // "Dr Samuel Brennock said the drive would add roughly 4% to the
    // hospital's 4,620-strong workforce": "the X" of what a speaker says
    // is never the speaker.
    const auto fits = [&](const std::vector<std::string>& names) {
      return !names.empty() && !(lex && one_person(names, *lex) &&
                                 speaks_in(doc.view(doc.sentences[c.sentence].range), names.front(), *lex));
    };
    if (fits(recent)) {
      c.subjects = recent;
    } else if (c.sentence < names_before.size() && names_before[c.sentence].size() == 1 &&
               fits(names_before[c.sentence])) {
      c.subjects = names_before[c.sentence];
    } else if (c.sentence < opening_before.size() && opening_before[c.sentence].size() == 1 &&
               fits(opening_before[c.sentence])) {
      c.subjects = opening_before[c.sentence];
    } else if ((c.anaphor_at != Claim::k_no_anaphor || c.reported) &&
               (c.sentence >= names_before.size() || names_before[c.sentence].empty() ||
                !fits(names_before[c.sentence]))) {
      // A reported headcount is the story's; "the company" the one the
      // paragraph before ended with.
      const std::vector<std::string>& fallback = c.reported && !lede.empty() ? lede : !carried.empty() ? carried : lede;
      if (fits(fallback)) c.subjects = fallback;
    }
    // "the group would close two stores ... its 8,900 staff": a resolved
    // subject is the latest for what follows.
    if (!c.subjects.empty()) recent = c.subjects;
  }
}

namespace {

// Renames the subjects of `claims` by `to_long` (short name → full
// name), each name once where it first occurs.
void rename_subjects(std::vector<Claim>& claims, const std::unordered_map<std::string, std::string>& to_long) {
  if (to_long.empty()) return;
  for (Claim& c : claims) {
    bool changed = false;
    for (std::string& name : c.subjects) {
      if (const auto it = to_long.find(name); it != to_long.end()) {
        name = it->second;
        changed = true;
      }
    }
    if (changed) drop_repeats(c.subjects, 0);
  }
}

}  // namespace

void unify_short_names(std::vector<Claim>& claims) {
  // Each name's first claim; of the longer names, by their first word, the
  // one there is (and how many there are). Hashed: a long document names
  // thousands (issue 10).
  std::unordered_map<std::string_view, std::size_t> first;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    for (const std::string& name : claims[i].subjects) first.try_emplace(name, i);
  }
  struct Longer {
    std::string_view name;
    std::size_t at = 0;
    int count = 0;
  };
  std::unordered_map<std::string_view, Longer> longer;
  for (const auto& [name, at] : first) {
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos) continue;
    Longer& l = longer[name.substr(0, space)];
    l.name = name;
    l.at = at;
    ++l.count;
  }
  // A person is named again by the last word of two: "Tom Baker", then
  // "Baker". Names of more words ("Bank of England") are left alone.
  std::unordered_map<std::string_view, Longer> surnames;
  for (const auto& [name, at] : first) {
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos || name.find(' ', space + 1) != std::string_view::npos) continue;
    Longer& l = surnames[name.substr(space + 1)];
    l.name = name;
    l.at = at;
    ++l.count;
  }
  // Copies: renaming a claim's subject would change a view.
  std::unordered_map<std::string, std::string> to_long;  // short → long
  for (const auto& [name, at] : first) {
    if (name.find(' ') != std::string_view::npos) continue;
    const auto it = longer.find(name);
    const auto by_surname = surnames.find(name);
    if (it != longer.end()) {
      // A first word of one name and the last of another: neither.
      if (it->second.count == 1 && it->second.at <= at && by_surname == surnames.end()) {
        to_long.emplace(std::string(name), std::string(it->second.name));
      }
    } else if (by_surname != surnames.end() && by_surname->second.count == 1 && by_surname->second.at <= at) {
      to_long.emplace(std::string(name), std::string(by_surname->second.name));
    }
  }
  rename_subjects(claims, to_long);
}

// A one-word subject ("Halvern") that the document names in full in a
// sentence without a figure ("at Halvern Motors' factory"), before its
// first claim, becomes that name, as unify_short_names() does with the
// names of claims: when the capitalised words the document writes after
// it name one organization only ("Halvern Motors", not "Halvern Watch").
// One pass over the text, no sentence read again.
void unify_with_document_names(const Document& doc, const BindLanguage& lex, std::vector<Claim>& claims) {
  // The one-word subjects, with the sentence of their first claim.
  std::unordered_map<std::string_view, std::size_t> first_claim;
  for (const Claim& c : claims) {
    for (const std::string& name : c.subjects) {
      if (name.empty() || name.find(' ') != std::string::npos) continue;
      auto [it, added] = first_claim.try_emplace(name, c.sentence);
      if (!added) it->second = std::min(it->second, c.sentence);
    }
  }
  if (first_claim.empty()) return;
  struct Longer {
    std::string name;
    bool ambiguous = false;
  };
  std::unordered_map<std::string_view, Longer> longer;
  const std::string_view text = doc.text;
  // ASCII tests without the locale: this scan reads every byte.
  const auto upper = [&](std::size_t i) { return i < text.size() && text[i] >= 'A' && text[i] <= 'Z'; };
  const auto alnum = [&](std::size_t i) {
    const char c = text[i];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  const auto word_byte = [&](std::size_t i) { return alnum(i) || text[i] == '-' || text[i] == '&'; };
  // Only the text up to the last of the first claims: a full name counts
  // when it comes no later than the short name's first claim.
  std::size_t last_first = 0;
  for (const auto& [name, at] : first_claim) last_first = std::max(last_first, at);
  const std::size_t limit =
      last_first < doc.sentences.size() ? std::min(doc.sentences[last_first].range.end, text.size()) : text.size();
  std::size_t sentence = 0;
  for (std::size_t i = 0; i < limit;) {
    while (i < limit && !upper(i)) ++i;
    if (i >= limit) break;
    if (i > 0 && alnum(i - 1)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && word_byte(end)) ++end;
    const auto it = end + 1 < text.size() && text[end] == ' ' && upper(end + 1)
                        ? first_claim.find(text.substr(i, end - i))
                        : first_claim.end();
    if (it != first_claim.end()) {
      // The capitalised words after it, each without a possessive; the
      // name is the longest run ending on an organization's word.
      std::string run(it->first);
      std::string name;
      std::size_t at = end;
      while (at + 1 < text.size() && text[at] == ' ' && upper(at + 1)) {
        std::size_t e = at + 1;
        while (e < text.size() && word_byte(e)) ++e;
        std::string_view word = text.substr(at + 1, e - at - 1);
        const bool possessive = e < text.size() && (text[e] == '\'' || text.substr(e).starts_with("\xE2\x80\x99"));
        run += ' ';
        run += word;
        if (organization_word(lex, word)) name = run;
        if (possessive) break;
        at = e;
      }
      while (sentence < doc.sentences.size() && doc.sentences[sentence].range.end <= i) ++sentence;
      if (!name.empty() && sentence <= it->second) {
        Longer& l = longer[it->first];
        if (!l.name.empty() && l.name != name) l.ambiguous = true;
        l.name = name;
      }
    }
    i = std::max(end, i + 1);
  }
  std::unordered_map<std::string, std::string> to_long;
  for (const auto& [name, l] : longer) {
    if (!l.ambiguous) to_long.emplace(std::string(name), l.name);
  }
  rename_subjects(claims, to_long);
}

namespace {

// Whether `before`, the text of a sentence up to a date, ends with words
// of a comparison: "than", "than in", "más que en", "frente a",
// "compared with", "respecto de".
bool compared_date(std::string_view before) {
  // The last word of `s` and, in `rest`, the text before it.
  const auto last_word = [](std::string_view s, std::string_view& rest) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    std::size_t b = s.size();
    while (b > 0 && s[b - 1] != ' ') --b;
    rest = s.substr(0, b);
    return s.substr(b);
  };
  std::string_view rest;
  const std::string_view w1 = last_word(before, rest);
  if (w1.empty() || w1.size() > 6) return false;  // the words below are short: most dates follow none
  std::string_view unused;
  const std::string_view w2 = last_word(rest, unused);
  const auto is = [](std::string_view w, std::initializer_list<std::string_view> list) {
    for (const std::string_view x : list) {
      if (utf8::ascii_iequal(w, x)) return true;
    }
    return false;
  };
  if (is(w1, {"than", "que", "versus", "vs", "vs."})) return true;
  if (is(w1, {"in", "during"})) return is(w2, {"than"});
  if (is(w1, {"en", "el", "los"})) return is(w2, {"que"});
  if (is(w1, {"with", "to"})) return is(w2, {"compared"});
  if (is(w1, {"a", "al", "de", "del"})) return is(w2, {"frente", "respecto"});
  // "up 9% on 2025": "on" and "over" only after a change.
  if (is(w1, {"on", "over"})) return w2.ends_with('%') || is(w2, {"cent", "percent"});
  return false;
}

// Binds the dated events of the sentence of `ctx` (see bind_events),
// appending their claims to `out`.
void bind_events_in_context(const Document& doc, std::size_t sentence, const SentenceContext& ctx,
                            std::span<const DateMention> dates, const BindLanguage& lex, std::vector<Claim>& out) {
  if (dates.empty()) return;
  const std::string_view text = ctx.text;
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Entity>& entities = ctx.entities;
  const std::size_t comma = text.find(',');
  // The main clause's binding, the same for every date of an opening
  // phrase: bound on first use.
  std::optional<Claim> main;
  for (const DateMention& m : dates) {
    if (m.value.empty() || !m.interval || m.bound == DateBound::range) continue;
    // "8,6 % más que en 2025", "up 9% on 2025", "than in 2025": the year a
    // figure is compared with, not when the event happened.
    if (compared_date(text.substr(0, m.range.begin))) continue;
    // The subjects and predicate of the date's clause, as for a figure at
    // the same place.
    Quantity q;
    q.kind = QuantityKind::date;
    q.range = m.range;
    q.value_range = m.date_range;
    Claim c;
    const FigureSpot spot = bind_subjects(ctx, q, lex, c);
    const std::size_t d_first = spot.q_first;
    const std::size_t d_end = spot.q_end;
    // A date in an opening "After ...," phrase bounds the main clause: its
    // predicate and subjects follow the comma.
    std::optional<bool> opener_lower;
    if (!tokens.empty() && comma != std::string_view::npos && m.range.begin < comma) {
      const std::string_view first = ctx.lower(0);
      for (std::string_view w : k_lower_openers) if (first == w) opener_lower = true;
      for (std::string_view w : k_upper_openers) if (first == w) opener_lower = false;
    }
    std::size_t pred_from = 0;
    if (opener_lower) {
      if (!main) {
        Quantity after;
        after.kind = QuantityKind::date;
        // Anchor just past the main clause's verb: bind as if the date
        // stood at the end of the sentence.
        after.range = {text.size(), text.size()};
        main.emplace();
        bind_figure(doc, ctx, after, {}, lex, {}, nullptr, *main);
      }
      c.subjects = main->subjects;
      c.predicate = main->predicate;
      pred_from = token_at(tokens, comma + 1);
    } else {
      pred_from = 0;
    }
    if (c.subjects.empty() || c.predicate.empty()) continue;
    // The modality of the date's clause, read only for a date that may be
    // bound (an update cue there marks it); after an opening phrase, the
    // main clause's.
    bind_modality(doc, ctx, spot, lex, c);
    if (opener_lower) c.modality = main->modality;
    // The object: the first name or product after the predicate verb that
    // is not a subject, in the same clause, outside the date itself.
    // The predicate verb itself: the first of its class after an opening
    // phrase; else the nearest before the date, or the first after it.
    std::size_t pred_tok = tokens.size();
    auto is_pred = [&](std::size_t k) {
      const std::string* cls = ctx.predicate(k);
      return cls && *cls == c.predicate;
    };
    // All within k_window tokens of the date, so that a sentence of
    // thousands of dates stays linear (issue 10).
    if (opener_lower) {
      for (std::size_t k = pred_from; k < tokens.size() && k < pred_from + k_window && pred_tok == tokens.size(); ++k) {
        if (is_pred(k)) pred_tok = k;
      }
    } else {
      for (std::size_t k = d_first > k_window ? d_first - k_window : 0; k < d_first; ++k) {
        if (is_pred(k)) pred_tok = k;
      }
      for (std::size_t k = d_end; k < tokens.size() && k < d_end + k_window && pred_tok == tokens.size(); ++k) {
        if (is_pred(k)) pred_tok = k;
      }
    }
    if (pred_tok == tokens.size()) continue;
    std::string object;
    for (auto it = std::upper_bound(entities.begin(), entities.end(), pred_tok,
                                    [](std::size_t at, const Entity& e) { return at < e.first; });
         it != entities.end(); ++it) {
      const Entity& e = *it;
      if (e.first >= d_first && e.first < d_end) continue;
      if (e.first > pred_tok + k_window) break;
      if (std::find(c.subjects.begin(), c.subjects.end(), e.name) != c.subjects.end()) continue;
      bool clause_break = false;
      for (std::size_t k = pred_tok + 1; k < e.first && !clause_break; ++k) {
        clause_break = ctx.clause_break[k];
      }
      if (!clause_break) object = e.name;
      break;
    }
    if (object.empty()) continue;
    c.quantity = std::move(q);
    c.quantity.unit = "day";
    c.quantity.value = static_cast<double>(m.interval->first);
    c.quantity.low = static_cast<double>(m.interval->first);
    c.quantity.high = static_cast<double>(m.interval->last);
    const DateBound bound_kind = opener_lower ? (*opener_lower ? DateBound::lower_bound : DateBound::upper_bound) : m.bound;
    if (bound_kind == DateBound::lower_bound) c.quantity.high.reset();
    if (bound_kind == DateBound::upper_bound) c.quantity.low.reset();
    c.quantity.qualifier = std::string(to_string(bound_kind));
    c.measure = c.predicate + " " + object;
    c.time = m.value;
    c.time_days.reset();  // the date is the value here, not a time frame
    c.text = m.text;
    place_claim(doc, sentence, m.range, c);
    out.push_back(std::move(c));
  }
}

// bind_sentence_claims in `ctx`, whose buffers it reuses; appends to `out`.
void bind_claims_in(SentenceContext& ctx, const Document& doc, std::size_t sentence,
                    const std::vector<Quantity>& quantities, std::span<const DateMention> dates,
                    const BindLanguage& lex, ProperNounFacts& proper, std::vector<Claim>& out) {
  // Most sentences state no figure and no date: nothing to tokenize.
  if (quantities.empty() && dates.empty()) return;
  make_context(ctx, doc, sentence, lex, proper, &quantities);
  bind_in_context(doc, sentence, ctx, quantities, dates, lex, out);
  bind_events_in_context(doc, sentence, ctx, dates, lex, out);
}

}  // namespace

std::vector<Claim> bind_events(const Document& doc, std::size_t sentence, std::span<const DateMention> dates,
                               const BindLanguage& lex, const ProperNouns& proper) {
  if (dates.empty()) return {};
  SentenceContext ctx;
  ProperNounFacts facts(proper);
  make_context(ctx, doc, sentence, lex, facts);
  std::vector<Claim> out;
  bind_events_in_context(doc, sentence, ctx, dates, lex, out);
  return out;
}

std::vector<Claim> bind_sentence_claims(const Document& doc, std::size_t sentence,
                                        const std::vector<Quantity>& quantities,
                                        std::span<const DateMention> dates, const BindLanguage& lex,
                                        const ProperNouns& proper) {
  SentenceContext ctx;
  ProperNounFacts facts(proper);
  std::vector<Claim> out;
  bind_claims_in(ctx, doc, sentence, quantities, dates, lex, facts, out);
  return out;
}

struct DocumentBinder::Buffers {
  Buffers(const Document& doc, const BindLanguage& lex, std::vector<std::size_t> bound)
      : proper(doc, lex, std::move(bound)) {
    std::size_t longest = 0;
    for (const Sentence& s : doc.sentences) longest = std::max(longest, s.range.size());
    ctx.reserve(longest);
  }
  SentenceContext ctx;
  ProperNounFacts proper;
};

DocumentBinder::DocumentBinder(const Document& doc, const BindLanguage& lex, std::vector<std::size_t> bound)
    : doc_(doc), lex_(lex), buffers_(std::make_unique<Buffers>(doc, lex, std::move(bound))) {}

DocumentBinder::~DocumentBinder() = default;

void DocumentBinder::bind(std::size_t sentence, const std::vector<Quantity>& quantities,
                          std::span<const DateMention> dates, std::vector<Claim>& out) {
  bind_claims_in(buffers_->ctx, doc_, sentence, quantities, dates, lex_, buffers_->proper, out);
}

std::vector<std::string> DocumentBinder::names(std::size_t sentence, std::vector<std::string>* opening) {
  read_entities(buffers_->ctx, doc_, sentence, lex_, buffers_->proper);
  if (opening) *opening = opening_of(buffers_->ctx.tokens, buffers_->ctx.entities, *buffers_->ctx.lex);
  return names_of(buffers_->ctx.entities);
}

void DocumentBinder::resolve_named_anaphors(std::vector<Claim>& claims) {
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const std::string_view text = doc_.text;
  // The name of two words or more of `sentence` whose last word starts at
  // its byte `at`; empty if none.
  const auto name_ending_at = [this](std::size_t sentence, std::size_t at) -> std::string {
    read_entities(buffers_->ctx, doc_, sentence, lex_, buffers_->proper);
    const std::vector<Token>& tokens = buffers_->ctx.tokens;
    for (const Entity& e : buffers_->ctx.entities) {
      if (e.last > e.first && !e.product && tokens[e.last].range.begin == at) return e.name;
    }
    return {};
  };
  // Where each capitalised head ("Company") stands as a word, found with
  // one pass over the text per head: a document of many "the port" and no
  // Port stays linear.
  std::unordered_map<std::string, std::vector<std::size_t>> occurrences;
  const auto occurrences_of = [&](const std::string& head) -> const std::vector<std::size_t>& {
    auto [it, fresh] = occurrences.try_emplace(head);
    if (fresh) {
      for (std::size_t pos = text.find(head); pos != std::string_view::npos; pos = text.find(head, pos + 1)) {
        const std::size_t after = pos + head.size();
        if ((pos > 0 && is_letter(text[pos - 1])) || (after < text.size() && is_letter(text[after]))) continue;
        it->second.push_back(pos);
      }
    }
    return it->second;
  };
  for (Claim& c : claims) {
    if (!c.anaphoric || c.anaphor_at == Claim::k_no_anaphor || !c.subjects.empty()) continue;
    const std::size_t at = doc_.sentences[c.sentence].range.begin + c.anaphor_at;
    std::size_t end = at;
    while (end < text.size() && is_letter(text[end])) ++end;
    if (end == at) continue;
    std::string head(text.substr(at, end - at));
    if (head[0] >= 'a' && head[0] <= 'z') head[0] = static_cast<char>(head[0] - 'a' + 'A');
    // A bounded number of occurrences, nearest first.
    const std::vector<std::size_t>& found = occurrences_of(head);
    auto next = std::lower_bound(found.begin(), found.end(), at);
    for (int tries = 0; tries < 16 && next != found.begin(); ++tries) {
      const std::size_t pos = *--next;
      const auto sentence = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), pos,
                                             [](std::size_t p, const Sentence& s) { return p < s.range.begin; });
      if (sentence == doc_.sentences.begin()) break;
      const std::size_t s = static_cast<std::size_t>(sentence - doc_.sentences.begin()) - 1;
      if (pos >= doc_.sentences[s].range.end) continue;
      if (std::string name = name_ending_at(s, pos - doc_.sentences[s].range.begin); !name.empty()) {
        c.subjects = {std::move(name)};
        break;
      }
    }
  }
}

}  // namespace claimlint
