// Civil-calendar arithmetic for dates: days since 1970-01-01, weekdays,
// ISO weeks and ISO 8601 text. No clock, no locale (issue 5).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimlint {

/// A proleptic Gregorian date. Valid when month is 1..12 and day is within
/// the month (see is_valid_date).
struct CivilDate {
  int year = 1970;
  int month = 1;  ///< 1..12
  int day = 1;    ///< 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

/// Days since 1970-01-01 of `d` (Howard Hinnant's days_from_civil).
long days_from_civil(const CivilDate& d);
/// The date `days` days after 1970-01-01 (Hinnant's civil_from_days).
CivilDate civil_from_days(long days);
/// ISO weekday of a day count: 1 = Monday ... 7 = Sunday.
int weekday_of(long days);
/// True for a leap year of the Gregorian calendar.
bool is_leap_year(int year);
/// Days in `month` (1..12) of `year`.
int days_in_month(int year, int month);
/// True if `d` names a real day.
bool is_valid_date(const CivilDate& d);

/// Parses "YYYY-MM-DD" (anything after the tenth character, such as a
/// time, is ignored); nullopt unless it is a real day.
std::optional<CivilDate> parse_iso_date(std::string_view text);

/// "2025-12-08".
std::string format_iso_day(const CivilDate& d);
/// "2025-12".
std::string format_iso_month(int year, int month);
/// The ISO 8601 week ("2026-W01") holding the day `days`.
std::string format_iso_week(long days);

}  // namespace claimlint
