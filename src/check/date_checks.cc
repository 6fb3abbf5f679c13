// The date checks of one document behind one call.
#include "check/date_checks.h"

#include "check/timeline.h"
#include "check/weekday_mismatch.h"
#include "extract/date_extractor.h"

namespace claimlint {

void run_date_checks(const Document& doc, const RuleSet& rules, DiagnosticSink& sink) {
  const std::vector<DateMention> dates = extract_document_dates(doc, rules.dates());
  if (dates.empty()) return;
  check_weekdays(doc, dates, rules.dates().language(doc.meta.lang), sink);
  check_timeline(doc, dates, sink);
}

}  // namespace claimlint
