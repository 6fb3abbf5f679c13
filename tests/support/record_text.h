// Every field of a claims-file record as one string, for comparing two
// readings of the same line (tests/unit/index, the claims fuzz target).
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "index/claims_file.h"

namespace claimlint::testing {
namespace record_text_detail {

inline std::string number(double v) {
  if (std::isnan(v)) return "nan";
  return fmt::format("{}{}", std::signbit(v) ? "(neg)" : "", v);
}

inline std::string number(const std::optional<double>& v) { return v ? number(*v) : "none"; }

inline std::string text(const std::optional<std::string>& v) { return v ? "'" + *v + "'" : "none"; }

inline std::string fixits(const std::vector<FixIt>& fs) {
  std::string out;
  for (const FixIt& f : fs) out += fmt::format("[{}-{} '{}']", f.range.bytes.begin, f.range.bytes.end, f.replacement);
  return out;
}

}  // namespace record_text_detail

/// Every field of `r`, in one string (doubles exactly, -0 and NaN marked).
inline std::string describe(const DocumentRecord& r) {
  using namespace record_text_detail;
  std::string out = fmt::format("path='{}' reference={} analysed={} claim_count={}\n", r.path, r.reference, r.analysed,
                                r.claim_count);
  for (const Diagnostic& d : r.diagnostics) {
    out += fmt::format("diag {} {} '{}' {}-{} fix={}\n", d.check, severity_name(d.severity), d.message,
                       d.range.bytes.begin, d.range.bytes.end, fixits(d.fixits));
    for (const Note& n : d.notes) {
      out += fmt::format("  note '{}' {}-{} fix={}\n", n.message, n.range.bytes.begin, n.range.bytes.end,
                         fixits(n.fixits));
    }
  }
  for (const Claim& c : r.claims) {
    const Quantity& q = c.quantity;
    std::string subjects;
    for (const std::string& s : c.subjects) subjects += "'" + s + "',";
    out += fmt::format(
        "claim {}-{} '{}' s={} kind={} value={} low={} high={} qual={} unit='{}' counted='{}' measure='{}' "
        "subjects={} pred='{}' place='{}' time={} days={} update={} modality={} published={} lang={} anaphoric={}\n",
        c.range.bytes.begin, c.range.bytes.end, c.text, c.sentence, to_string(q.kind), number(q.value),
        number(q.low), number(q.high), q.qualifier, q.unit, q.measure, c.measure, subjects, c.predicate, c.place,
        text(c.time), c.time_days ? fmt::format("{}..{}", c.time_days->first, c.time_days->second) : "none",
        c.time_is_update, to_string(c.modality), text(c.published), c.lang, c.anaphoric);
  }
  for (const RunMessage& m : r.messages) {
    out += fmt::format("message {} '{}' path='{}'\n", severity_name(m.level), m.text, m.path);
  }
  return out;
}

}  // namespace claimlint::testing
