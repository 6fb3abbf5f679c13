// Numeral: a number written with digits, words or both ("400,000",
// "1.5bn", "twenty-five", "two thirds", "diez mil millones"), read with the
// marks and words of one language's lexicon.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/token.h"
#include "ruleset/lexicon.h"

namespace claimlint {

/// A parsed numeral: tokens [first, last) of the sentence.
struct Numeral {
  double value = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  bool digits = false;       ///< written with digits (at least partly)
  bool grouped = false;      ///< has group marks: "400,000"
  bool decimal = false;      ///< has a decimal part
  bool scaled = false;       ///< has a scale word or abbreviation: "10 billion", "10bn"
  bool negative = false;     ///< has a sign or minus word
  bool fraction = false;     ///< "3/4", "two thirds", "one over three"
  bool ordinal = false;      ///< a lone ordinal word: "second", "twenty-first"
  bool abbreviated = false;  ///< the scale is an abbreviation glued to the digits: "10k"
  double scale = 1;          ///< the factor of scale words and abbreviations: 1e9 for "10 billion"
  int integer_digits = 0;    ///< digits before the decimal mark, for year detection
  /// The value of one unit of the last significant written digit ("400,000":
  /// 100000; "1.5 million": 100000), or 0 when the figure is not round.
  double round_unit = 0;
  /// The value of one unit of the last written digit before any scale:
  /// 0.01 for "1.25", 1 for "3" (digits only; 0 for number words).
  double digit_unit = 0;
};

/// Parses the numeral starting at token `i`, or nullopt if none starts
/// there. Signs and minus words before a numeral start at them.
std::optional<Numeral> parse_numeral(const std::vector<ScanToken>& tokens, std::size_t i, const LanguageLexicon& lex);

/// The longest phrase of `map` starting at token `i` (up to `max_tokens`
/// tokens, none but the first preceded by a space unless `spaced`); returns
/// the entry and sets `n` to the tokens used, or nullptr.
template <typename T>
inline const T* match_forward(const PhraseMap<T>& map, const std::vector<ScanToken>& tokens, std::size_t i,
                              std::size_t& n, bool keep_case = false, std::size_t max_tokens = 4);

/// The longest phrase of `map` ending just before token `end`; sets `n`.
template <typename T>
inline const T* match_backward(const PhraseMap<T>& map, const std::vector<ScanToken>& tokens, std::size_t end,
                               std::size_t& n, bool keep_case = false, std::size_t max_tokens = 4);

namespace detail {

// match_forward once the first token passed the screen: the probes. Each
// probe tells both whether the text is a key and whether a longer key
// starts with it.
template <typename T>
const T* match_forward_from(const PhraseMap<T>& map, const std::vector<ScanToken>& tokens, std::size_t i,
                            std::size_t& n, bool keep_case, std::size_t max_tokens, std::string_view first) {
  const bool longer = max_tokens > 1 && i + 1 < tokens.size();
  // A one-token key also ends as the token does.
  if (!longer && !map.may_end(first)) return nullptr;
  const auto p = map.probe(first);
  const T* best = nullptr;
  if (p.entry) {
    best = p.entry;
    n = 1;
  }
  // Most phrases are one token: a key of several is built only when some
  // longer key starts with the first token.
  if (!longer || !p.extends_right) return best;
  // One buffer per thread: a key longer than the short-string buffer
  // would otherwise allocate on every probe.
  thread_local std::string key;
  key.assign(first);
  for (std::size_t k = 1; k < max_tokens && i + k < tokens.size(); ++k) {
    key += keep_case ? tokens[i + k].text : tokens[i + k].lower;
    const auto pk = map.probe(key);
    if (pk.entry) {
      best = pk.entry;
      n = k + 1;
    }
    if (k + 1 == max_tokens || i + k + 1 == tokens.size() || !pk.extends_right) break;
  }
  return best;
}

// match_backward once the last token passed the screen.
template <typename T>
const T* match_backward_from(const PhraseMap<T>& map, const std::vector<ScanToken>& tokens, std::size_t end,
                             std::size_t& n, bool keep_case, std::size_t max_tokens, std::string_view last) {
  const bool longer = max_tokens > 1 && end > 1;
  // A one-token key also begins as the token does.
  if (!longer && !map.may_begin(last)) return nullptr;
  const auto p = map.probe(last);
  const T* best = nullptr;
  if (p.entry) {
    best = p.entry;
    n = 1;
  }
  if (!longer || !p.extends_left) return best;
  thread_local std::string key;
  key.assign(last);
  for (std::size_t k = 2; k <= max_tokens && k <= end; ++k) {
    const ScanToken& t = tokens[end - k];
    key.insert(0, keep_case ? t.text : t.lower);
    const auto pk = map.probe(key);
    if (pk.entry) {
      best = pk.entry;
      n = k;
    }
    if (k == max_tokens || k == end || !pk.extends_left) break;
  }
  return best;
}

}  // namespace detail

// The screens are small enough to inline at each call, where most probes
// end; the probes past them are out of line.
template <typename T>
inline const T* match_forward(const PhraseMap<T>& map, const std::vector<ScanToken>& tokens, std::size_t i,
                              std::size_t& n, bool keep_case, std::size_t max_tokens) {
  if (max_tokens == 0 || i >= tokens.size()) return nullptr;
  // Most tokens begin no key: ruled out before any hashing.
  const std::string_view first = keep_case ? tokens[i].text : tokens[i].lower;
  if (!map.may_begin(first)) return nullptr;
  return detail::match_forward_from(map, tokens, i, n, keep_case, max_tokens, first);
}

template <typename T>
inline const T* match_backward(const PhraseMap<T>& map, const std::vector<ScanToken>& tokens, std::size_t end,
                               std::size_t& n, bool keep_case, std::size_t max_tokens) {
  if (max_tokens == 0 || end == 0) return nullptr;
  const std::string_view last = keep_case ? tokens[end - 1].text : tokens[end - 1].lower;
  if (!map.may_end(last)) return nullptr;
  return detail::match_backward_from(map, tokens, end, n, keep_case, max_tokens, last);
}

}  // namespace claimlint
