// Civil-calendar arithmetic for dates: days since 1970-01-01, weekdays,
// ISO weeks and ISO 8601 text.
#include "extract/date_calendar.h"

#include <fmt/format.h>

namespace claimlint {

// http://howardhinnant.github.io/date_algorithms.html
long days_from_civil(const CivilDate& d) {
  const long y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long m = d.month;
  const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday_of(long days) {
  // 1970-01-01 was a Thursday (ISO 4).
  const long w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w) + 1;
}

bool is_leap_year(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int days_in_month(int year, int month) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : k_days[month - 1];
}

bool is_valid_date(const CivilDate& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = 0; i < lengths[p]; ++i) {
      const char c = text[starts[p] + i];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  const CivilDate d{parts[0], parts[1], parts[2]};
  if (!is_valid_date(d)) return std::nullopt;
  return d;
}

std::string format_iso_day(const CivilDate& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

std::string format_iso_month(int year, int month) { return fmt::format("{:04}-{:02}", year, month); }

std::string format_iso_week(long days) {
  // The ISO week-year is the year of the Thursday of the week.
  const long thursday = days - weekday_of(days) + 4;
  const int week_year = civil_from_days(thursday).year;
  const long first_thursday_week = days_from_civil({week_year, 1, 4});
  const long week1_monday = first_thursday_week - weekday_of(first_thursday_week) + 1;
  const long week = (days - week1_monday) / 7 + 1;
  return fmt::format("{:04}-W{:02}", week_year, week);
}

}  // namespace claimlint
