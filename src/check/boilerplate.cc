// The boilerplate check: scraped web residue, reported and excluded.
#include "check/boilerplate.h"

#include <algorithm>

#include <fmt/format.h>

namespace claimlint {

void check_boilerplate(Document& doc, const RuleSet& rules, DiagnosticSink& sink) {
  const std::size_t n = doc.paragraphs.size();
  std::size_t i = 0;
  while (i < n) {
    const BoilerplateRule* rule = rules.match_boilerplate(doc.view(doc.paragraphs[i].range));
    if (!rule) {
      ++i;
      continue;
    }
    // A run of residue: consecutive matching paragraphs (issue 2: one
    // finding per block of widgets, not one per line).
    std::vector<std::string> names;
    const std::size_t first = i;
    for (const BoilerplateRule* r = rule; r;) {
      if (std::find(names.begin(), names.end(), r->name) == names.end()) names.push_back(r->name);
      doc.paragraphs[i].excluded = true;
      ++i;
      r = i < n ? rules.match_boilerplate(doc.view(doc.paragraphs[i].range)) : nullptr;
    }
    const ByteRange run{doc.paragraphs[first].range.begin, doc.paragraphs[i - 1].range.end};
    Diagnostic d;
    d.check = "boilerplate";
    d.severity = Severity::note;
    const std::size_t count = i - first;
    d.message = count == 1 ? fmt::format("scraped web residue left in the text ({})", fmt::join(names, ", "))
                           : fmt::format("scraped web residue left in the text: {} paragraphs ({})", count,
                                         fmt::join(names, ", "));
    d.range = doc.original(run);
    d.fixits.push_back({d.range, ""});
    sink.report(std::move(d));
  }
}

}  // namespace claimlint
