// Claim records: what `claimlint extract` prints.
#include "report/claim_records.h"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "report/location.h"
#include "util/json_writer.h"

namespace claimlint {
namespace {

// Integral values print as integers ("400000", not "400000.0"), others
// with 12 significant digits (6 * 1.1 is 6.6, not 6.6000000000000005):
// the value is printed as "%.12g" and read back, both correctly rounded.
void put_number(JsonWriter& w, double v) {
  if (!std::isfinite(v)) {
    w.null();
    return;
  }
  // An integer below 10^12 has at most 12 significant digits: "%.12g"
  // prints it exactly, and reading it back gives it again.
  if (std::floor(v) == v && std::fabs(v) < 1e12) {
    w.integer(static_cast<std::int64_t>(v));
    return;
  }
  if (v != 0) {
    char buf[32];
    const auto printed = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 12);
    std::from_chars(buf, printed.ptr, v);
  }
  if (std::floor(v) == v && std::fabs(v) < 9007199254740992.0) {
    w.integer(static_cast<std::int64_t>(v));
  } else {
    w.number(v);
  }
}

void put_optional_number(JsonWriter& w, const std::optional<double>& v) {
  if (v) {
    put_number(w, *v);
  } else {
    w.null();
  }
}

}  // namespace

void append_claim_records(const SourceFile& file, const Document& doc, const std::vector<Claim>& claims,
                          bool each_line, std::string& out) {
  (void)doc;
  for (const Claim& c : claims) {
    // Dated events are listed by the date records, one per date mention.
    if (c.quantity.kind == QuantityKind::date) continue;
    const Quantity& q = c.quantity;
    const LineColumn lc = line_column(file, c.range.bytes.begin);
    JsonWriter w(out);
    w.begin_object();
    w.key("path").string(file.name());
    if (each_line) w.key("doc").unsigned_integer(file.line_index(file.to_display(c.range.bytes.begin)));
    w.key("line").unsigned_integer(lc.line);
    w.key("column").unsigned_integer(lc.column);
    w.key("start").unsigned_integer(c.range.bytes.begin);
    w.key("end").unsigned_integer(c.range.bytes.end);
    w.key("text").string(c.text);
    w.key("kind").string(to_string(q.kind));
    put_number(w.key("value"), q.value);
    put_optional_number(w.key("low"), q.low);
    put_optional_number(w.key("high"), q.high);
    w.key("qualifier").string(q.qualifier);
    w.key("unit").string_or_null(q.unit);
    w.key("measure").string_or_null(c.measure.empty() ? q.measure : c.measure);
    w.key("subjects").strings(c.subjects);
    w.key("predicate").string_or_null(c.predicate);
    // Only a figure with a place has the key: records of others are as
    // they were before places were read.
    if (!c.place.empty()) w.key("place").string(c.place);
    w.key("time").optional_string(c.time);
    w.key("modality").string(to_string(c.modality));
    w.key("sentence").unsigned_integer(c.sentence);
    w.end_object();
    out += '\n';
  }
}

}  // namespace claimlint
