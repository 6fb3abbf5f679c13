// The value-conflict and unit-conflict checks.
#include "check/value_conflict.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include <fmt/format.h>

#include "util/parallel.h"

namespace claimlint {
namespace {

double lo(const Quantity& q) { return q.low.value_or(-std::numeric_limits<double>::infinity()); }
double hi(const Quantity& q) { return q.high.value_or(std::numeric_limits<double>::infinity()); }

std::string plural(std::string_view noun) {
  if (noun.ends_with("s")) return std::string(noun);
  if (noun.ends_with("y") && noun.size() > 1 && std::string_view("aeiou").find(noun[noun.size() - 2]) == std::string_view::npos) {
    return std::string(noun.substr(0, noun.size() - 1)) + "ies";
  }
  return std::string(noun) + "s";
}

std::string subject_list(const std::vector<std::string>& subjects) {
  if (subjects.empty()) return {};
  if (subjects.size() == 1) return subjects[0];
  std::string out;
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    out += i == 0 ? "" : i + 1 == subjects.size() ? " and " : ", ";
    out += subjects[i];
  }
  return out;
}

// "count of H200 chips for ByteDance, Alibaba and Tencent".
std::string describe(const Claim& c) {
  std::string what;
  switch (c.quantity.kind) {
    case QuantityKind::count: what = "count of " + plural(c.measure); break;
    case QuantityKind::currency:
      what = c.measure.starts_with("value of ")   ? "value of " + plural(c.measure.substr(9))
             : c.measure.starts_with("amount to ") ? c.measure
                                                     : "amount of " + c.measure;
      break;
    case QuantityKind::percent: what = "percentage of " + c.measure; break;
    case QuantityKind::multiplier: what = c.measure; break;
    case QuantityKind::date: what = "date of \"" + c.measure + "\""; break;
    default: what = c.measure; break;
  }
  if (!c.subjects.empty()) what += " for " + subject_list(c.subjects);
  return what;
}

// Why two claims were matched: the parts of their key.
std::string why(const Claim& c) {
  if (c.quantity.kind == QuantityKind::date) {
    return fmt::format("same event: {} {}", subject_list(c.subjects), c.measure);
  }
  std::string out = fmt::format("same measure: {}", c.measure);
  if (!c.subjects.empty()) out += fmt::format("; same subjects: {}", subject_list(c.subjects));
  if (!c.predicate.empty()) out += fmt::format("; predicate: {}", c.predicate);
  if (c.time) out += fmt::format("; time: {}", *c.time);
  return out;
}

bool same_unit(const Claim& a, const Claim& b) {
  return a.quantity.kind != QuantityKind::currency || a.quantity.unit == b.quantity.unit;
}

}  // namespace

bool intervals_overlap(const Quantity& a, const Quantity& b) {
  // A relative epsilon keeps "0.1 + 0.2" style noise from separating
  // intervals that touch.
  const double eps = 1e-9 * std::max({1.0, std::fabs(a.value), std::fabs(b.value)});
  return lo(a) <= hi(b) + eps && lo(b) <= hi(a) + eps;
}

bool comparable(const Claim& a, const Claim& b) {
  if (a.modality != b.modality) return false;
  if (a.modality != Modality::plain && a.modality != Modality::forecast) return false;
  // Two figures of one sentence contrast ("up from", "from A to B").
  if (a.range.file == b.range.file && a.sentence == b.sentence) return false;
  // Explicit time frames must overlap: 2024 revenue is not 2025 revenue.
  if (a.time_days && b.time_days &&
      (a.time_days->second < b.time_days->first || b.time_days->second < a.time_days->first)) {
    return false;
  }
  // A figure "as of now" is compared only with figures as of the same date.
  if (a.time_is_update != b.time_is_update) return false;
  return true;
}

namespace {

// The findings of one claim group (claims sharing a key).
void check_group(const std::vector<IndexedClaim>& group, std::vector<Diagnostic>& out) {
  // Later first by publication date when both documents give one, else
  // by input order: the later report is the one to question.
  std::vector<IndexedClaim> claims = group;
  std::stable_sort(claims.begin(), claims.end(), [](const IndexedClaim& a, const IndexedClaim& b) {
    const auto& pa = a.claim->published;
    const auto& pb = b.claim->published;
    if (pa && pb && *pa != *pb) return *pa < *pb;
    return a.order < b.order;
  });
  // Clusters of mutually consistent claims, oldest first. Each claim is
  // compared with every cluster before it, so the work grows with claims
  // times clusters: past k_max_clusters distinct discordant values a group
  // is no longer one fact told differently, and the claims that would open
  // a cluster beyond it are counted and reported once, not compared
  // (issue 10: linear time on any input).
  std::vector<std::vector<const IndexedClaim*>> clusters;
  std::vector<const IndexedClaim*> beyond;
  for (const IndexedClaim& ic : claims) {
    bool placed = false;
    for (auto& cluster : clusters) {
      const bool fits = std::all_of(cluster.begin(), cluster.end(), [&](const IndexedClaim* m) {
        return !comparable(*m->claim, *ic.claim) ||
               (same_unit(*m->claim, *ic.claim) && intervals_overlap(m->claim->quantity, ic.claim->quantity));
      });
      if (fits) {
        cluster.push_back(&ic);
        placed = true;
        break;
      }
    }
    if (!placed && clusters.size() < k_max_clusters) clusters.push_back({&ic});
    else if (!placed) beyond.push_back(&ic);
  }
  // One diagnostic per reported claim, gathering every earlier cluster
  // it conflicts with; reported at the later cluster, unless only the
  // earlier one has a claim that is not reference material.
  auto first_reportable = [](const std::vector<const IndexedClaim*>& cl) -> const IndexedClaim* {
    for (const IndexedClaim* c : cl) {
      if (!c->reference) return c;
    }
    return nullptr;
  };
  // What a diagnostic needs of the claims a primary conflicts with, in
  // the order met: the first k_max_notes, how many, the first in another
  // unit, whether all are in the primary's file. Kept as a summary, not
  // a list: in a group of thousands of discordant figures the lists
  // would be quadratic in memory (issue 9).
  constexpr std::size_t k_max_notes = 4;
  struct Report {
    const IndexedClaim* primary = nullptr;
    std::vector<const IndexedClaim*> first;
    std::size_t count = 0;
    const IndexedClaim* other_unit = nullptr;
    bool same_file = true;
  };
  std::vector<Report> reports;
  std::unordered_map<const IndexedClaim*, std::size_t> report_of;
  for (std::size_t j = 1; j < clusters.size(); ++j) {
    for (std::size_t i = 0; i < j; ++i) {
      const std::vector<const IndexedClaim*>* at = &clusters[j];
      const std::vector<const IndexedClaim*>* other = &clusters[i];
      const IndexedClaim* primary = first_reportable(*at);
      if (!primary) {
        std::swap(at, other);
        primary = first_reportable(*at);
      }
      if (!primary) continue;
      const Claim& p = *primary->claim;
      Report* report = nullptr;
      for (const IndexedClaim* o : *other) {
        const Claim& oc = *o->claim;
        if (!comparable(p, oc) || (same_unit(p, oc) && intervals_overlap(p.quantity, oc.quantity))) continue;
        if (!report) {
          auto [it, fresh] = report_of.try_emplace(primary, reports.size());
          if (fresh) reports.push_back({primary, {}, 0, nullptr, true});
          report = &reports[it->second];
        }
        if (report->first.size() < k_max_notes) report->first.push_back(o);
        ++report->count;
        if (!report->other_unit && !same_unit(p, oc)) report->other_unit = o;
        if (oc.range.file != p.range.file) report->same_file = false;
      }
    }
  }
  for (const Report& r : reports) {
    const Claim& p = *r.primary->claim;
    const bool unit_mismatch = r.other_unit != nullptr;
    Diagnostic d;
    d.check = p.quantity.kind == QuantityKind::date ? "date-conflict"
              : unit_mismatch                          ? "unit-conflict"
                                                       : "value-conflict";
    d.severity = Severity::warning;
    if (unit_mismatch) {
      d.message = fmt::format("{} is given in {} here but in {} elsewhere", describe(p), p.quantity.unit,
                              r.other_unit->claim->quantity.unit);
    } else {
      d.message = fmt::format("{} conflicts with {}", describe(p),
                              r.same_file ? "an earlier figure in this article" : "another report");
    }
    d.range = p.range;
    for (std::size_t n = 0; n < r.first.size(); ++n) {
      const Claim& o = *r.first[n]->claim;
      std::string message = fmt::format("here it is \"{}\"", o.text);
      if (n == 0) message += fmt::format(" ({})", why(o));
      d.notes.push_back({o.range, std::move(message), {}});
    }
    if (r.count > k_max_notes) {
      d.notes.back().message += fmt::format(" (and {} more)", r.count - k_max_notes);
    }
    out.push_back(std::move(d));
  }
  const auto first_beyond = std::find_if(beyond.begin(), beyond.end(), [](const IndexedClaim* c) { return !c->reference; });
  if (first_beyond != beyond.end()) {
    const Claim& p = *(*first_beyond)->claim;
    Diagnostic d;
    d.check = p.quantity.kind == QuantityKind::date ? "date-conflict" : "value-conflict";
    d.severity = Severity::note;
    d.message = fmt::format("{} takes more than {} discordant values; {} {} from here on {} not compared",
                            describe(p), k_max_clusters, beyond.size(), beyond.size() == 1 ? "figure" : "figures",
                            beyond.size() == 1 ? "was" : "were");
    d.range = p.range;
    d.notes.push_back({claims.front().claim->range, fmt::format("the first is here ({})", why(*claims.front().claim)), {}});
    out.push_back(std::move(d));
  }
}

}  // namespace

std::vector<Diagnostic> check_value_conflicts(const ClaimIndex& index, unsigned jobs) {
  std::vector<const std::vector<IndexedClaim>*> groups;
  groups.reserve(index.groups().size());
  for (const auto& [key, group] : index.groups()) groups.push_back(&group);
  // Groups are independent: checked on `jobs` threads, each group's
  // findings kept at its place, so the order is that of one thread.
  std::vector<std::vector<Diagnostic>> found(groups.size());
  parallel_for(groups.size(), jobs, [&](std::size_t g) { check_group(*groups[g], found[g]); });
  std::vector<Diagnostic> out;
  for (std::vector<Diagnostic>& f : found) {
    out.insert(out.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  }
  return out;
}

}  // namespace claimlint
