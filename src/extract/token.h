// ScanToken: the words, digit runs and symbols of a sentence, as the quantity
// extractor reads them.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/word_hash.h"

namespace claimlint {

enum class ScanTokenKind {
  word,    ///< starts with a letter, then letters and digits: "chips", "H200", "e10"
  digits,  ///< ASCII digits only: "400"
  symbol,  ///< one other code point: "$", ",", "%", "–", "€"
};

/// One token. Views point into the sentence (`text`) and into the lowercase
/// copy the tokenizer was given (`lower`); both live as long as those.
struct ScanToken {
  ScanTokenKind kind = ScanTokenKind::symbol;
  std::size_t begin = 0;  ///< byte offset in the sentence
  std::size_t end = 0;
  bool space_before = false;  ///< white space between this token and the previous one
  std::string_view text;
  std::string_view lower;
};

/// The sentence lowercased (ASCII letters only), byte for byte.
std::string ascii_lower(std::string_view text);

/// ascii_lower into `out`, which it replaces, reusing its buffer.
void ascii_lower(std::string_view text, std::string& out);

/// Splits `sentence` into tokens; `lower` is ascii_lower(sentence) and must
/// outlive the tokens. White space (ASCII, no-break and thin spaces)
/// separates tokens and is not a token.
std::vector<ScanToken> scan_tokens(std::string_view sentence, std::string_view lower);

/// scan_tokens into `tokens`, which it clears first: a caller that scans
/// many sentences reuses one buffer.
void scan_tokens(std::string_view sentence, std::string_view lower, std::vector<ScanToken>& tokens);

/// What the bytes [base, base + 64) of a text are, bit k for byte base + k
/// (bits past the end of the text are 0). A scan that reads runs of
/// letters or digits from these masks costs a few bit operations per run,
/// not a turn of a loop per byte.
struct AsciiByteMasks {
  std::uint64_t letters = 0;  ///< ASCII letters
  std::uint64_t digits = 0;   ///< ASCII digits
  bool non_ascii = false;     ///< some byte is past ASCII
};

/// The AsciiByteMasks of the up to 64 bytes of `text` from `base`, which is
/// below text.size(). Reads eight bytes at a time.
AsciiByteMasks ascii_byte_masks(std::string_view text, std::size_t base);

/// A begin of no run (see each_mask_run).
inline constexpr std::size_t k_no_run = static_cast<std::size_t>(-1);

/// Calls `found(begin, end)` for each maximal run of set bits of `mask`,
/// the bits of the 64 bytes from `base` (as in AsciiByteMasks), until it
/// returns true; returns whether it did. A run that reaches the end of
/// the block is left open: `open` holds its begin (else k_no_run), and
/// the next block, or the caller at the end of the text, finishes it.
template <typename F>
bool each_mask_run(std::uint64_t mask, std::size_t base, std::size_t& open, F&& found) {
  if (open != k_no_run) {
    const int lead = std::countr_one(mask);
    if (lead == 64) return false;
    if (found(open, base + static_cast<std::size_t>(lead))) return true;
    open = k_no_run;
    mask &= ~std::uint64_t{0} << lead;
  }
  while (mask) {
    const int b = std::countr_zero(mask);
    const int e = b + std::countr_one(mask >> b);
    if (e == 64) {
      open = base + static_cast<std::size_t>(b);
      return false;
    }
    if (found(base + static_cast<std::size_t>(b), base + static_cast<std::size_t>(e))) return true;
    mask &= ~std::uint64_t{0} << e;
  }
  return false;
}

/// True if some word token of `sentence` (as scan_tokens splits it),
/// lowercased, is in `words`. Reads the sentence once and builds no tokens:
/// the check that lets a sentence skip the full scan.
bool has_word_in(std::string_view sentence, const ScreenedWordSet& words);

/// True if `text` holds an ASCII digit: sixteen bytes at a time.
bool has_ascii_digit(std::string_view text);

/// True if `sentence` holds an ASCII digit or has_word_in(sentence, words):
/// both checks in one read of the sentence.
bool has_digit_or_word_in(std::string_view sentence, const ScreenedWordSet& words);

}  // namespace claimlint
