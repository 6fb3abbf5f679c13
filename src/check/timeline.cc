// The timeline check: an event dated after the publication date but told
// in the past tense.
#include "check/timeline.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>
#include <iterator>

#include <fmt/format.h>

#include "extract/date_calendar.h"
#include "extract/date_extractor.h"

namespace claimlint {

namespace {

// "signed the term sheet Dec. 14", "firmó el contrato el 14 de diciembre":
// the verb's object between it and the day, a determiner and up to four
// words, then "on" or "el" or nothing (wire style drops "on").
bool object_before_day(std::string_view between) {
  static constexpr std::string_view k_determiners[] = {"the", "a", "an", "its", "their", "his", "her",
                                                       "el", "la", "los", "las", "su", "sus", "un", "una"};
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < between.size()) {
    if (between[at] == ' ') {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < between.size() && between[end] != ' ') {
      const unsigned char c = static_cast<unsigned char>(between[end]);
      if (!(std::isalpha(c) || c == '-' || c >= 0x80)) return false;
      ++end;
    }
    words.push_back(between.substr(at, end - at));
    at = end;
  }
  if (words.size() < 2 || !between.starts_with(" ") || !between.ends_with(" ")) return false;
  if (words.back() == "on" || words.back() == "el") words.pop_back();
  if (words.size() < 2 || words.size() > 5) return false;
  return std::find(std::begin(k_determiners), std::end(k_determiners), words.front()) != std::end(k_determiners);
}

}  // namespace

void check_timeline(const Document& doc, const std::vector<DateMention>& dates, DiagnosticSink& sink) {
  const std::optional<CivilDate> pub = publication_date(doc);
  if (!pub) return;
  const long today = days_from_civil(*pub);
  for (const DateMention& m : dates) {
    if (!m.past_verb || !m.interval) continue;
    if (m.bound != DateBound::exact && m.bound != DateBound::range) continue;
    const ByteRange sentence = doc.sentences[m.sentence].range;
    const std::string_view text = doc.view(sentence);
    std::string year;  // the year a date written without one is read in
    if (!m.year_written) {
      // "The funding council's final grant letter, issued on 29 May," in a
      // story of 21 May: a day of the next two months, its verb right
      // before "on", is this year's whatever the tense; told in the past,
      // it has not happened yet. (The past tense read it as last year's.)
      if (m.precision != DatePrecision::day || m.bound != DateBound::exact) continue;
      const std::string_view between =
          m.past_verb->end <= m.date_range.begin ? text.substr(m.past_verb->end, m.date_range.begin - m.past_verb->end)
                                                 : std::string_view();
      // ("came into force on 1 April", "took effect on", "entró en vigor
      // el": the idiom's words between.)
      static constexpr std::string_view k_before_day[] = {" on ",           " el ",           " into force on ",
                                                          " into effect on ", " effect on ",    " into service on ",
                                                          " en vigor el ",    " en servicio el "};
      const bool verb_on = std::find(std::begin(k_before_day), std::end(k_before_day), between) !=
                               std::end(k_before_day) ||
                           object_before_day(between);
      const CivilDate read = civil_from_days(m.interval->first);
      // The day's next coming after publication (this year's, or next
      // year's for a January day in a December story).
      CivilDate coming{pub->year, read.month, read.day};
      if (civil_from_days(days_from_civil(coming)) != coming) continue;  // 29 February
      if (days_from_civil(coming) <= today) coming.year += 1;
      if (civil_from_days(days_from_civil(coming)) != coming) continue;
      const long day = days_from_civil(coming);
      // "the annual general meeting, held in the Riverside Hotel on
      // Monday, 14 December" in a story of 10 December 2026: the weekday
      // is that of the coming day and not of the one a year before, so
      // the day is the coming one, whatever words stand between.
      const CivilDate year_before{coming.year - 1, coming.month, coming.day};
      const bool weekday_pins = m.weekday && weekday_of(day) == *m.weekday &&
                                civil_from_days(days_from_civil(year_before)) == year_before &&
                                weekday_of(days_from_civil(year_before)) != *m.weekday;
      // Two months ahead at most; half a year when the weekday pins the
      // day ("took effect Friday, Sept. 18" in a story of July 14).
      if (day <= today || day - today > (weekday_pins ? 183 : 61)) continue;
      if (!verb_on && !weekday_pins) continue;
      year = fmt::format(" ({})", coming.year);
    } else if (m.interval->first <= today) {
      continue;
    }
    Diagnostic d;
    d.check = "timeline";
    d.severity = Severity::warning;
    d.message = fmt::format("\"{}\"{} is after the publication date ({}) but told in the past tense (\"{}\")",
                            text.substr(m.date_range.begin, m.date_range.size()), year, format_iso_day(*pub),
                            text.substr(m.past_verb->begin, m.past_verb->size()));
    d.range = doc.original({sentence.begin + m.range.begin, sentence.begin + m.range.end});
    sink.report(std::move(d));
  }
}

}  // namespace claimlint
