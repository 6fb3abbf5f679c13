// The value-conflict and unit-conflict checks.
#include "check/value_conflict.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
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
  // Appended piece by piece: one note of each finding says this.
  std::string out = "same measure: " + c.measure;
  if (!c.subjects.empty()) out += "; same subjects: " + subject_list(c.subjects);
  if (!c.predicate.empty()) out.append("; predicate: ").append(c.predicate);
  if (c.time) out.append("; time: ").append(*c.time);
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

// Whether `ic` agrees with member `m` of a cluster: not comparable, or
// in the same unit with overlapping intervals.
bool agrees(const IndexedClaim& m, const IndexedClaim& ic) {
  return !comparable(*m.claim, *ic.claim) ||
         (same_unit(*m.claim, *ic.claim) && intervals_overlap(m.claim->quantity, ic.claim->quantity));
}

bool finite(const Quantity& q) {
  return std::isfinite(q.value) && (!q.low || std::isfinite(*q.low)) && (!q.high || std::isfinite(*q.high));
}

// What decides most membership tests for a set of claims without
// visiting each: the claim with the greatest lower bound, the one with the
// least upper bound, and the currency units.
class Bounds {
 public:
  void add(const IndexedClaim* ic) {
    const Quantity& q = ic->claim->quantity;
    if (!finite(q)) exact_only_ = true;
    if (!greatest_low_ || lo(q) > lo(greatest_low_->claim->quantity)) greatest_low_ = ic;
    if (!least_high_ || hi(q) < hi(least_high_->claim->quantity)) least_high_ = ic;
    if (q.kind == QuantityKind::currency) {
      if (!currency_) {
        currency_ = true;
        unit_ = q.unit;
      } else if (q.unit != unit_) {
        mixed_units_ = true;
      }
    }
  }

  // A claim whose interval meets [greatest lower, least upper], in the one
  // currency unit, overlaps every claim added (the epsilon of
  // intervals_overlap only widens).
  bool surely_fits(const IndexedClaim& ic) const {
    const Quantity& q = ic.claim->quantity;
    if (!greatest_low_) return true;
    if (exact_only_ || !finite(q)) return false;
    const bool one_unit = !currency_ || (!mixed_units_ && unit_ == q.unit);
    return one_unit && lo(greatest_low_->claim->quantity) <= hi(q) && lo(q) <= hi(least_high_->claim->quantity);
  }

  // A claim that disagrees with one of the two extremes disagrees with
  // some claim added.
  bool surely_not(const IndexedClaim& ic) const {
    return greatest_low_ && (!agrees(*greatest_low_, ic) || !agrees(*least_high_, ic));
  }

 private:
  const IndexedClaim* greatest_low_ = nullptr;
  const IndexedClaim* least_high_ = nullptr;
  bool currency_ = false;     ///< a claim is an amount of money
  bool mixed_units_ = false;  ///< in more than one currency
  bool exact_only_ = false;   ///< a claim has an infinite or NaN figure
  std::string_view unit_;     ///< the currency of the first such claim
};

// Members of one modality bucket and one time frame, with their Bounds.
class Summary {
 public:
  void add(const IndexedClaim* ic) {
    members_.push_back(ic);
    bounds_.add(ic);
  }

  // Exactly: whether `ic` agrees with every member.
  bool fits(const IndexedClaim& ic) const {
    if (bounds_.surely_fits(ic)) return true;
    if (bounds_.surely_not(ic)) return false;
    return std::all_of(members_.begin(), members_.end(), [&](const IndexedClaim* m) { return agrees(*m, ic); });
  }

 private:
  std::vector<const IndexedClaim*> members_;
  Bounds bounds_;
};

// A cluster of mutually consistent claims. A recurring fact's cluster
// grows with the corpus, and testing each new claim against every member
// made the check quadratic (issue 9: 45 s of a 1 GB run). So members are
// also kept by what comparable() looks at: only members of the claim's
// modality (plain or forecast) and "as of now"-ness can be comparable to
// it, and of those, only the ones with no time frame or a frame that
// overlaps the claim's. Within one modality and one frame, the members
// are comparable with each other (bar two figures of one sentence), so
// their intervals share a range and their Bounds settle most tests.
class Cluster {
 public:
  std::vector<const IndexedClaim*> members;

  void add(const IndexedClaim* ic) {
    members.push_back(ic);
    const int k = bucket_of(*ic->claim);
    if (k < 0) return;
    Bucket& b = buckets_[static_cast<std::size_t>(k)];
    b.all.add(ic);
    const auto& frame = ic->claim->time_days;
    if (!frame) {
      b.untimed.add(ic);
      return;
    }
    b.framed[*frame].add(ic);
    b.longest = std::max(b.longest, frame->second - frame->first);
  }

  // Whether `ic` agrees with every member: exactly what a scan of all
  // members with agrees() gives.
  bool fits(const IndexedClaim& ic) const {
    const int k = bucket_of(*ic.claim);
    // Not plain or forecast: comparable to nothing.
    if (k < 0) return true;
    const Bucket& b = buckets_[static_cast<std::size_t>(k)];
    if (b.all.surely_fits(ic)) return true;
    if (!b.untimed.fits(ic)) return false;
    const auto& frame = ic.claim->time_days;
    if (!frame) {
      // No frame: comparable to members of every frame.
      return std::all_of(b.framed.begin(), b.framed.end(), [&](const auto& f) { return f.second.fits(ic); });
    }
    // The frames that overlap [first, second] start at most `longest`
    // days before it.
    auto it = b.framed.lower_bound({frame->first - b.longest, std::numeric_limits<long>::min()});
    for (; it != b.framed.end() && it->first.first <= frame->second; ++it) {
      if (it->first.second < frame->first) continue;
      if (!it->second.fits(ic)) return false;
    }
    return true;
  }

 private:
  struct Bucket {
    Bounds all;  ///< of every member of the bucket
    Summary untimed;
    std::map<std::pair<long, long>, Summary> framed;
    long longest = 0;  ///< the longest frame, in days
  };

  // Plain 0, plain as of now 1, forecast 2, forecast as of now 3; -1 for
  // the modalities comparable() never compares.
  static int bucket_of(const Claim& c) {
    const int update = c.time_is_update ? 1 : 0;
    if (c.modality == Modality::plain) return update;
    if (c.modality == Modality::forecast) return 2 + update;
    return -1;
  }

  std::array<Bucket, 4> buckets_;
};

// The findings of one claim group (claims sharing a key).
void check_group(const std::vector<IndexedClaim>& group, std::vector<Diagnostic>& out) {
  // A lone claim is one cluster, with nothing to conflict with.
  if (group.size() < 2) return;
  // Later first by publication date when both documents give one, else
  // by input order: the later report is the one to question.
  std::vector<IndexedClaim> claims = group;
  std::stable_sort(claims.begin(), claims.end(), [](const IndexedClaim& a, const IndexedClaim& b) {
    const auto& pa = a.claim->published;
    const auto& pb = b.claim->published;
    if (pa && pb && *pa != *pb) return *pa < *pb;
    return a.order < b.order;
  });
  // Clusters of mutually consistent claims, oldest first. Past
  // k_max_clusters distinct discordant values a group is no longer one
  // fact told differently, and the claims that would open a cluster
  // beyond it are counted and reported once, not compared (issue 10:
  // linear time on any input).
  std::vector<std::vector<const IndexedClaim*>> clusters;
  std::vector<const IndexedClaim*> beyond;
  const std::vector<std::size_t> cluster_of = assign_clusters(claims);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (cluster_of[i] == k_max_clusters) {
      beyond.push_back(&claims[i]);
      continue;
    }
    if (cluster_of[i] == clusters.size()) clusters.emplace_back();
    clusters[cluster_of[i]].push_back(&claims[i]);
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
      d.message = describe(p);
      d.message += r.same_file ? " conflicts with an earlier figure in this article" : " conflicts with another report";
    }
    d.range = p.range;
    for (std::size_t n = 0; n < r.first.size(); ++n) {
      const Claim& o = *r.first[n]->claim;
      std::string message = "here it is \"";
      message += o.text;
      message += '"';
      if (n == 0) message.append(" (").append(why(o)).append(")");
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

std::vector<std::size_t> assign_clusters(const std::vector<IndexedClaim>& claims, bool scan) {
  std::vector<Cluster> clusters;
  std::vector<std::size_t> out;
  out.reserve(claims.size());
  for (const IndexedClaim& ic : claims) {
    std::size_t c = 0;
    for (; c < clusters.size(); ++c) {
      const Cluster& cluster = clusters[c];
      const bool fits = scan ? std::all_of(cluster.members.begin(), cluster.members.end(),
                                           [&](const IndexedClaim* m) { return agrees(*m, ic); })
                             : cluster.fits(ic);
      if (fits) break;
    }
    if (c == clusters.size() && c < k_max_clusters) clusters.emplace_back();
    if (c < clusters.size()) clusters[c].add(&ic);
    out.push_back(c);
  }
  return out;
}

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
