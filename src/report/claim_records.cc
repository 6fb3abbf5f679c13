// Claim records: what `claimlint extract` prints.
#include "report/claim_records.h"

#include <cmath>
#include <cstdint>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/location.h"

namespace claimlint {
namespace {

using nlohmann::ordered_json;

// Integral values print as integers ("400000", not "400000.0"), others
// with 12 significant digits (6 * 1.1 is 6.6, not 6.6000000000000005).
ordered_json number(double v) {
  if (!std::isfinite(v)) return nullptr;
  if (v != 0) v = std::stod(fmt::format("{:.12g}", v));
  if (std::floor(v) == v && std::fabs(v) < 9007199254740992.0) return static_cast<std::int64_t>(v);
  return v;
}

ordered_json optional_number(const std::optional<double>& v) { return v ? number(*v) : ordered_json(nullptr); }

ordered_json string_or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

}  // namespace

void append_claim_records(const SourceFile& file, const Document& doc, const std::vector<Claim>& claims,
                          bool each_line, std::string& out) {
  (void)doc;
  for (const Claim& c : claims) {
    // Dated events are listed by the date records, one per date mention.
    if (c.quantity.kind == QuantityKind::date) continue;
    const Quantity& q = c.quantity;
    const LineColumn lc = line_column(file, c.range.bytes.begin);
    ordered_json j;
    j["path"] = file.name();
    if (each_line) j["doc"] = file.line_index(file.to_display(c.range.bytes.begin));
    j["line"] = lc.line;
    j["column"] = lc.column;
    j["start"] = c.range.bytes.begin;
    j["end"] = c.range.bytes.end;
    j["text"] = c.text;
    j["kind"] = std::string(to_string(q.kind));
    j["value"] = number(q.value);
    j["low"] = optional_number(q.low);
    j["high"] = optional_number(q.high);
    j["qualifier"] = q.qualifier;
    j["unit"] = string_or_null(q.unit);
    j["measure"] = string_or_null(c.measure.empty() ? q.measure : c.measure);
    j["subjects"] = c.subjects;
    j["predicate"] = string_or_null(c.predicate);
    j["time"] = c.time ? ordered_json(*c.time) : ordered_json(nullptr);
    j["modality"] = std::string(to_string(c.modality));
    j["sentence"] = c.sentence;
    out += j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    out += '\n';
  }
}

}  // namespace claimlint
