// The percent-change check (issue 7): "rose N% from A to B" where (B-A)/A is not N%.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// What a sentence says a "from A to B" change was: a signed percentage
/// ("rose 25%", ", a drop of 10%"), or a factor ("doubled", "halved", "a
/// threefold increase").
struct StatedChange {
  int percent = -1;         ///< figure index of N% or N points (see `direction`), or -1
  int direction = 0;        ///< +1 rise, -1 fall
  double factor_low = 0;    ///< the factors "doubled", "halved"... allow
  double factor_high = 0;
  std::string factor_word;  ///< "double", "half", "threefold"
  ByteRange factor_range;   ///< in Document::text
  /// `percent` is a fraction in words ("a rise of almost a quarter"):
  /// its value times 100 is the percentage.
  bool fraction = false;
  /// `percent` is the difference itself, in the figures' unit ("from 412
  /// to 377, a drop of 45").
  bool difference = false;
};

/// The change stated around `ch` in sentence `sentence`, or nullopt if
/// none is stated in a pattern the checks know.
std::optional<StatedChange> stated_change(const ArithmeticInput& in, std::size_t sentence, const Change& ch);

/// "Solvency strengthened to 181% from 168%. Directors hailed that 13 per
/// cent rise": sentence `s` names the change of the sentence before (in
/// its paragraph, its last change, with no stated size and no figure
/// after it) with a demonstrative and its size ("that N% rise", "ese
/// aumento del N %"), opening with one ("The drop of 285", "That fall of
/// nine, a drop of around 31 per cent"), or restates it ("Put another
/// way, Sunday use grew by about 22 per cent"). The changes, each with
/// `stated` the token of a size in `s`.
std::vector<Change> anaphoric_changes(const ArithmeticInput& in, std::size_t s);

/// A change stated with its start A only, its end B the one count of A's
/// noun in the sentence before, told of what this sentence opens with:
/// "Light rail accounted for 2,641,800 boardings. Light rail posted the
/// strongest gain, up 14.2% from 2,420,500 boardings." (B may end the
/// paragraph before.)
std::vector<Change> level_told_before(const ArithmeticInput& in, std::size_t s);

/// "Nursing vacancy rate: 9.8 percent, down from 14.2 percent. [...] the
/// decline in the vacancy rate - a drop of 4.4 percent": sentence `s`
/// sizes a change in percent, its one figure, and names its measure ("in
/// the vacancy rate", two words or more); the change is the latest one of
/// the eight sentences before whose figures follow the same words, with
/// no size stated. Each with `stated` the token of the size in `s`.
std::vector<Change> named_changes(const ArithmeticInput& in, std::size_t s);

/// The digits after the decimal mark of a numeral ("33.3": 1).
int count_decimals(std::string_view numeral);

/// Reports every percent-change finding of one document (see --explain percent-change).
void check_percent_change(const ArithmeticInput& in, DiagnosticSink& sink);

}  // namespace claimlint
