// The percentage-points check: a change between two percentages stated in
// percent when it is points ("rose 2% from 5% to 7%"), or the reverse.
#include "check/percentage_points.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "check/percent_change.h"

namespace claimlint {

void check_percentage_points(const ArithmeticInput& in, DiagnosticSink& sink) {
  for (const std::size_t s : in.scanned_sentences()) {
    const std::vector<Change> following = following_changes(in, s);
    const std::vector<Change> anaphoric = anaphoric_changes(in, s);
    const std::vector<Change> earlier = level_told_before(in, s);
    const std::vector<Change> named = named_changes(in, s);
    const std::span<const Change> lists[] = {in.changes(s), following, anaphoric, earlier, named};
    for (const std::span<const Change> changes : lists) {
      for (const Change& ch : changes) {
        const Figure& a = in.figures[static_cast<std::size_t>(ch.from)];
        const Figure& b = in.figures[static_cast<std::size_t>(ch.to)];
        if (a.kind != QuantityKind::percent || b.kind != QuantityKind::percent || a.low <= 0 ||
            !a.asserted || !b.asserted) continue;
        const std::optional<StatedChange> st = stated_change(in, s, ch);
        if (!st || st->percent < 0) continue;
        const Figure& n = in.figures[static_cast<std::size_t>(st->percent)];
        const double s_lo = st->direction > 0 ? n.low : -n.high;
        const double s_hi = st->direction > 0 ? n.high : -n.low;
        const double diff = b.value - a.value;
        const bool is_diff = overlaps(s_lo, s_hi, b.low - a.high, b.high - a.low);
        // The relative change of the figures as written: with their rounding,
        // 5% to 4% could be anything from -36% to 0%, which would excuse any
        // small figure ("a drop of 1%").
        // The stated change may be cut, not rounded: one unit of its last
        // digit either way ("3.3%" allows 3.2 to 3.4, "3%" 2 to 4), as in
        // percent-change.
        const double rel_value = (b.value / a.value - 1) * 100;
        const double unit_of_last = std::pow(10.0, -count_decimals(in.number_text(n)));
        // (From the figure as written, not from its rounding: "5%" allows
        // 4 to 6, and 6.3% is no relative change it tells.)
        const double s_value = st->direction > 0 ? n.value : -n.value;
        const bool is_rel = overlaps(s_value - unit_of_last, s_value + unit_of_last, rel_value, rel_value);
        const int decimals = std::max({count_decimals(in.number_text(a)), count_decimals(in.number_text(b)),
                                       count_decimals(in.number_text(n))});
        const std::string points = format_figure(std::fabs(diff), QuantityKind::number, "", decimals);
        const std::string rel = format_figure(std::fabs((b.value / a.value - 1) * 100), QuantityKind::number, "", 1);
        const std::string unit = points == "1" ? "percentage point" : "percentage points";
        const std::string from_to = fmt::format("from {} to {} is a {} of {} {}",
                                                format_figure(a.value, a.kind, a.unit, 3),
                                                format_figure(b.value, b.kind, b.unit, 3), diff >= 0 ? "rise" : "fall",
                                                points, unit);
        const std::string stated = format_figure(n.value, QuantityKind::number, "", 3);
        Diagnostic d;
        d.check = "percentage-points";
        d.severity = Severity::warning;
        d.range = in.original(n.range);
        Note note;
        note.range = d.range;
        if (n.kind == QuantityKind::percent) {
          // "rose 2% from 5% to 7%": the points, written as percent. A figure
          // that is neither is percent-change's error.
          if (!is_diff || is_rel) continue;
          d.message = fmt::format("{} ({}%), not {}%", from_to, rel, stated);
          note.message = fmt::format("write \"{} {}\" if the change in points is meant", points, unit);
          note.fixits.push_back({in.original(n.range), points + " " + unit});
        } else if (n.kind == QuantityKind::percentage_point) {
          if (is_diff) continue;
          // The right points with the other direction: "the cost-to-income
          // ratio improved to 52.4% from 54.1%, a gain of 1.7 points" (a
          // gain for the bank); the words are ambiguous, the figure right.
          const double d_lo = std::fabs(diff) - (a.high - a.low + b.high - b.low) / 2;
          const double d_hi = std::fabs(diff) + (a.high - a.low + b.high - b.low) / 2;
          if (overlaps(n.low, n.high, d_lo, d_hi)) continue;
          if (is_rel) {
            // "rose 40 points from 5% to 7%": the relative change, written as points.
            d.message = fmt::format("{} ({}%), not {} points", from_to, rel, stated);
            note.message = fmt::format("write \"{}%\" if the relative change is meant", rel);
            note.fixits.push_back({in.original(n.range), rel + "%"});
          } else {
            d.message = fmt::format("{}, not {} points", from_to, stated);
            note.message = fmt::format("write \"{} {}\" if the figures are right", points, unit);
            note.fixits.push_back({in.original(n.range), points + " " + unit});
          }
        } else {
          continue;
        }
        d.notes.push_back(std::move(note));
        d.notes.push_back({in.original(a.range), "the change is computed from this figure", {}});
        d.notes.push_back({in.original(b.range), "to this one", {}});
        sink.report(std::move(d));
      }
    }
  }
}

}  // namespace claimlint
