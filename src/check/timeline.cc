// The timeline check: an event dated after the publication date but told
// in the past tense.
#include "check/timeline.h"

#include <fmt/format.h>

#include "extract/date_calendar.h"
#include "extract/date_extractor.h"

namespace claimlint {

void check_timeline(const Document& doc, const std::vector<DateMention>& dates, DiagnosticSink& sink) {
  const std::optional<CivilDate> pub = publication_date(doc);
  if (!pub) return;
  const long today = days_from_civil(*pub);
  for (const DateMention& m : dates) {
    if (!m.past_verb || !m.interval || !m.year_written) continue;
    if (m.bound != DateBound::exact && m.bound != DateBound::range) continue;
    if (m.interval->first <= today) continue;
    const ByteRange sentence = doc.sentences[m.sentence].range;
    const std::string_view text = doc.view(sentence);
    Diagnostic d;
    d.check = "timeline";
    d.severity = Severity::warning;
    d.message = fmt::format("\"{}\" is after the publication date ({}) but told in the past tense (\"{}\")",
                            text.substr(m.date_range.begin, m.date_range.size()), format_iso_day(*pub),
                            text.substr(m.past_verb->begin, m.past_verb->size()));
    d.range = doc.original({sentence.begin + m.range.begin, sentence.begin + m.range.end});
    sink.report(std::move(d));
  }
}

}  // namespace claimlint
