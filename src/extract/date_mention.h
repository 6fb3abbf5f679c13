// DateMention: one date a sentence gives ("last December", "Tuesday, 14
// March 2025", "since 2023"), with its value pinned to the calendar when it
// can be (issue 5).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ruleset/date_lexicon.h"
#include "source/byte_range.h"

namespace claimlint {

/// How precisely a date is written; the ISO value has this precision.
enum class DatePrecision {
  day,      ///< "2025-12-08"
  week,     ///< "2026-W05" ("this week")
  month,    ///< "2025-12"
  quarter,  ///< "2025-Q3"
  half,     ///< "2025-H1"
  year,     ///< "2025"
};

/// "day", "week", "month", "quarter", "half" or "year".
std::string_view to_string(DatePrecision precision);

/// The days a date covers, inclusive, as days since 1970-01-01.
struct DayInterval {
  long first = 0;
  long last = 0;
  friend bool operator==(const DayInterval&, const DayInterval&) = default;
};

/// One date mention. Ranges are byte ranges into the sentence text it was
/// extracted from.
struct DateMention {
  ByteRange range;       ///< the whole mention, bound word included: "since 2023"
  ByteRange date_range;  ///< the date itself, without bound word or weekday: "14 March 2025"
  std::string text;      ///< the text of `range`
  /// ISO 8601 at the precision written ("2025-12-08", "2025-12", "2025",
  /// "2025-Q3", "2025-H1", "2026-W05"; a range is "2025-03/2025-05"), or
  /// empty when it cannot be resolved (a relative date with no publication
  /// date).
  std::string value;
  /// The phrase that needed the publication date ("last December",
  /// "December 8"); empty for a date written in full.
  std::string relative;
  /// The ISO publication date `value` was resolved against, or empty.
  std::string resolved_against;
  std::optional<int> weekday;  ///< an explicit weekday beside a date: ISO 1 = Monday
  ByteRange weekday_range;     ///< the weekday word, when `weekday` is set
  DatePrecision precision = DatePrecision::day;
  DateBound bound = DateBound::exact;
  std::optional<DayInterval> interval;  ///< set exactly when `value` is
  bool year_written = false;  ///< the year is in the text, not inferred
  /// The year is another word's of the sentence: "Dec. 4 that year",
  /// "since 2023, when ... on 3 January" (year_written is set too).
  bool year_elsewhere = false;
  /// The simple past verb shortly before the date that governs it
  /// ("launched" in "launched in November 2026"), if any; only set when
  /// nothing in the sentence marks the future or a condition.
  std::optional<ByteRange> past_verb;
  std::size_t sentence = 0;  ///< index in Document::sentences; set by the caller
};

}  // namespace claimlint
