// The weekday-mismatch check: a weekday written beside a date that falls
// on another day.
#include "check/weekday_mismatch.h"

#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include "extract/date_extractor.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

// Messages are English whatever the document's language.
constexpr std::string_view k_english_weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
constexpr std::string_view k_english_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

// `name` written the way `written` is: capitalised if it is, cut to the
// same number of letters if `written` is an abbreviation of `written_full`.
std::string match_case(std::string name, std::string_view written, std::string_view written_full) {
  if (utf8::count_code_points(written) < utf8::count_code_points(written_full)) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < 3 && i < name.size(); ++n) i += utf8::decode(name, i).length;
    name.resize(i);
  }
  if (!written.empty() && written[0] >= 'A' && written[0] <= 'Z' && name[0] >= 'a' && name[0] <= 'z') {
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
  }
  return name;
}

}  // namespace

void check_weekdays(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage* words,
                    DiagnosticSink& sink) {
  const std::optional<CivilDate> pub = publication_date(doc);
  // A plain value and a flag rather than std::optional<long>: GCC 12 warns
  // (wrongly) that the optional may be read uninitialized at -O2.
  const bool has_today = pub.has_value();
  const long today = pub ? days_from_civil(*pub) : 0;
  const DateMention* before = nullptr;  // the mention before m, resolved to a day
  for (const DateMention& m : dates) {
    // "takes effect on Saturday, 28 March, and runs until Sunday, 18
    // October" in a story of 3 March: a date after an upcoming one in its
    // sentence, read before it, is of the year after.
    const DateMention* prev = before;
    if (m.interval && m.precision == DatePrecision::day) before = &m;
    if (!m.weekday || !m.interval || m.precision != DatePrecision::day || m.bound == DateBound::range) continue;
    // A year inferred far from publication may be the wrong year, and with
    // it the weekday (precision first, DESIGN "Checks").
    long day = m.interval->first;
    if (!m.year_written) {
      if (!has_today) continue;
      // The year of a date written without one is a guess from the tense
      // ("fijó para el viernes 19 de marzo" reads as last March). The
      // weekday is checked against the date nearest publication, and
      // only when it falls on no date of that day and month within half a
      // year of publication: then it is wrong whatever year is meant.
      const CivilDate resolved = civil_from_days(day);
      // The year the tense gives ("would board on Sunday 13 September",
      // the coming one) with the written weekday: no error. A past tense
      // that moves a date of the next two months a year back does not
      // excuse it: "a meeting on Monday, Jan. 27" in a story of 20
      // January is this January's, whatever tense its verb has.
      const CivilDate this_year{pub->year, resolved.month, resolved.day};
      const bool this_year_exists = civil_from_days(days_from_civil(this_year)) == this_year;
      const long this_year_day = this_year_exists ? days_from_civil(this_year) : day;
      const bool pushed_back = resolved.year < pub->year && this_year_day > today && this_year_day - today <= 61;
      bool matches = weekday_of(day) == *m.weekday && !pushed_back;
      for (int y = pub->year - 1; y <= pub->year + 1; ++y) {
        const CivilDate candidate{y, resolved.month, resolved.day};
        if (civil_from_days(days_from_civil(candidate)) != candidate) continue;  // 29 February
        const long d = days_from_civil(candidate);
        if (std::labs(d - today) > 183) continue;
        matches = matches || weekday_of(d) == *m.weekday;
        if (std::labs(d - today) < std::labs(day - today)) day = d;
      }
      if (!matches && prev && prev->sentence == m.sentence && prev->interval->first > today &&
          m.interval->first < prev->interval->first) {
        const CivilDate next{resolved.year + 1, resolved.month, resolved.day};
        if (civil_from_days(days_from_civil(next)) == next && days_from_civil(next) >= prev->interval->first &&
            weekday_of(days_from_civil(next)) == *m.weekday) {
          continue;
        }
      }
      // Read as upcoming (the tense says so: "abrirá el martes 14 de
      // septiembre"), a date may be half a year ahead.
      const long window = m.interval->first > today ? k_weekday_ahead_window : k_weekday_year_window;
      if (matches || std::labs(day - today) > window) continue;
    }
    const int actual = weekday_of(day);
    if (actual == *m.weekday) continue;
    const ByteRange sentence = doc.sentences[m.sentence].range;
    const std::string_view text = doc.view(sentence);
    const std::string_view date_text = text.substr(m.date_range.begin, m.date_range.size());
    const std::string_view weekday_text = text.substr(m.weekday_range.begin, m.weekday_range.size());
    std::string date = std::string(date_text);
    const CivilDate civil = civil_from_days(day);
    if (!date_text.empty() && date_text.size() <= 4 && date_text[0] >= '0' && date_text[0] <= '9') {
      // A bare day of the month ("el sábado 19"), its month that of the
      // date before it.
      date += fmt::format(" ({} {} {}, the month of the date before it)", civil.day, k_english_months[civil.month - 1],
                          civil.year);
    } else if (!m.year_written || m.year_elsewhere) {
      date += fmt::format(" ({})", civil.year);
    }
    const bool future = has_today && day > today;
    Diagnostic d;
    d.check = "weekday-mismatch";
    d.severity = Severity::error;
    d.message = fmt::format("{} {} a {}, not a {}", date, future ? "is" : "was", k_english_weekdays[actual - 1],
                            k_english_weekdays[*m.weekday - 1]);
    d.range = doc.original({sentence.begin + m.range.begin, sentence.begin + m.range.end});
    const bool localized = words && words->weekday_names.size() == 7;
    const std::string right = localized ? words->weekday_names[actual - 1] : std::string(k_english_weekdays[actual - 1]);
    const std::string written_full =
        localized ? words->weekday_names[*m.weekday - 1] : std::string(k_english_weekdays[*m.weekday - 1]);
    d.fixits.push_back({doc.original({sentence.begin + m.weekday_range.begin, sentence.begin + m.weekday_range.end}),
                        match_case(right, weekday_text, written_full)});
    sink.report(std::move(d));
  }
}

}  // namespace claimlint
