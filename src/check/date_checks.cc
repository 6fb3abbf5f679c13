// The date checks of one document behind one call.
#include "check/date_checks.h"

#include "check/event_dates.h"
#include "check/event_order.h"
#include "check/timeline.h"
#include "check/weekday_mismatch.h"
#include "extract/date_extractor.h"

namespace claimlint {

void run_date_checks(const Document& doc, const RuleSet& rules, DiagnosticSink& sink) {
  run_date_checks(doc, extract_document_dates(doc, rules.dates_for(doc.meta.lang)), rules, sink);
}

void run_date_checks(const Document& doc, const std::vector<DateMention>& dates, const RuleSet& rules,
                     DiagnosticSink& sink) {
  if (dates.empty()) return;
  check_weekdays(doc, dates, rules.dates_for(doc.meta.lang).language(doc.meta.lang), sink);
  check_timeline(doc, dates, sink);
  if (const DateLanguage* words = rules.dates_for(doc.meta.lang).language(doc.meta.lang)) {
    check_event_dates(doc, dates, *words, sink);
    check_event_order(doc, dates, *words, sink);
  }
}

}  // namespace claimlint
