// The value-conflict and unit-conflict checks.
#include "check/value_conflict.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "extract/date_calendar.h"
#include "util/parallel.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

double lo(const Quantity& q) { return q.low.value_or(-std::numeric_limits<double>::infinity()); }
double hi(const Quantity& q) { return q.high.value_or(std::numeric_limits<double>::infinity()); }

// The plural of a measure's head noun, its last word: English, as the
// messages are English whatever the article's language, but for a Spanish
// noun as written ("jonrón" → "jonrones", "procesador" → "procesadores").
std::string plural(std::string_view noun, std::string_view lang = "en") {
  const std::size_t space = noun.rfind(' ');
  const std::string_view head = space == std::string_view::npos ? noun : noun.substr(space + 1);
  const std::string_view before = noun.substr(0, noun.size() - head.size());
  // An accented vowel before a final "n" loses its accent ("camión" →
  // "camiones"); the words of no English measure end so.
  static constexpr std::pair<std::string_view, std::string_view> k_accented[] = {
      {"\u00f3n", "ones"}, {"\u00e1n", "anes"}, {"\u00edn", "ines"}, {"\u00e9n", "enes"}, {"\u00fan", "unes"}};
  for (const auto& [ending, plural_ending] : k_accented) {
    if (head.ends_with(ending)) return std::string(noun.substr(0, noun.size() - ending.size())) + std::string(plural_ending);
  }
  if (lang.starts_with("es")) {
    if (head.ends_with("z")) return std::string(noun.substr(0, noun.size() - 1)) + "ces";
    for (const std::string_view ending : {"dad", "or", "ar", "er"}) {
      if (head.ends_with(ending)) return std::string(noun) + "es";
    }
  }
  static constexpr std::pair<std::string_view, std::string_view> k_irregular[] = {
      {"person", "people"}, {"child", "children"}, {"man", "men"}, {"woman", "women"}};
  for (const auto& [one, many] : k_irregular) {
    if (head == one) return std::string(before) + std::string(many);
  }
  // "bus", "campus", "census": singulars in -s take -es.
  if (head.ends_with("us") || head.ends_with("ss")) return std::string(noun) + "es";
  if (head.ends_with("s")) return std::string(noun);
  if (head.ends_with("y") && head.size() > 1 && std::string_view("aeiou").find(head[head.size() - 2]) == std::string_view::npos) {
    return std::string(noun.substr(0, noun.size() - 1)) + "ies";
  }
  if (head.ends_with("ch") || head.ends_with("sh") || head.ends_with("x") || head.ends_with("z")) {
    return std::string(noun) + "es";
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
    case QuantityKind::count: {
      // A Spanish noun counted under a class of the rules is named by the
      // class, an English word ("pasajeros": "passengers"); one counted as
      // written keeps its Spanish plural.
      const std::string_view head = std::string_view(c.measure).substr(c.measure.rfind(' ') + 1);
      const bool as_written = utf8::ascii_iequal(head, c.quantity.unit);
      what = "count of " + plural(c.measure, as_written ? std::string_view(c.lang) : "en");
      break;
    }
    case QuantityKind::currency:
      what = c.measure.starts_with("value of ")   ? "value of " + plural(c.measure.substr(9), c.lang)
             : c.measure.starts_with("amount to ") ? c.measure
                                                     : "amount of " + c.measure;
      break;
    case QuantityKind::percent: what = "percentage of " + c.measure; break;
    case QuantityKind::multiplier: what = c.measure; break;
    case QuantityKind::date: what = "date of \"" + c.measure + "\""; break;
    default: what = c.measure; break;
  }
  if (!c.place.empty()) what.append(" ").append(c.place);
  if (!c.subjects.empty()) what += " for " + subject_list(c.subjects);
  return what;
}

// Why two claims were matched: the parts of their key (of `c`), and
// whether a subject was found through a word referring back ("it", "the
// company") in `c` or `other`.
std::string why(const Claim& c, const Claim* other = nullptr) {
  if (c.quantity.kind == QuantityKind::date) {
    return fmt::format("same event: {} {}", subject_list(c.subjects), c.measure);
  }
  // Appended piece by piece: one note of each finding says this.
  std::string out = "same measure: " + c.measure;
  if (!c.subjects.empty()) {
    out += "; same subjects: " + subject_list(c.subjects);
    if (c.anaphoric || (other && other->anaphoric)) out += ", one named by a word referring back, as \"it\" or \"the company\"";
  }
  if (!c.predicate.empty()) out.append("; predicate: ").append(c.predicate);
  if (!c.place.empty()) out.append("; place: ").append(c.place);
  if (c.time) out.append("; time: ").append(*c.time);
  return out;
}

// What the membership tests read of a claim, gathered once per claim of a
// group: a group of thousands of discordant figures tests each against
// every cluster (issue 9), and reading these from one small record costs a
// fraction of following each claim into its strings and optionals.
struct Probe {
  double value = 0;
  double low = 0;   ///< lo() of the quantity
  double high = 0;  ///< hi() of the quantity
  std::pair<long, long> frame{};  ///< time_days, when `framed`
  std::size_t sentence = 0;
  FileId file = FileId::invalid;
  std::uint32_t unit = 0;  ///< the unit, numbered per group: equal numbers, equal units
  Modality modality = Modality::plain;
  int bucket = -1;        ///< Cluster::bucket_of()
  bool framed = false;    ///< has time_days
  /// Framed, the frame over more than a year before its document's
  /// publication ("won 24 seats at the 2023 election" in a story of May
  /// 2026): history, no figure a story tells without a time restates.
  bool historical = false;
  bool update = false;    ///< time_is_update
  bool currency = false;  ///< an amount of money
  bool finite = false;    ///< finite() of the quantity
};

bool finite(const Quantity& q) {
  return std::isfinite(q.value) && (!q.low || std::isfinite(*q.low)) && (!q.high || std::isfinite(*q.high));
}

// Days in one `unit` of a duration; 1 for a unit not known here, whose
// figures then compare as written.
double days_per(std::string_view unit) {
  static constexpr std::pair<std::string_view, double> k_units[] = {
      {"second", 1.0 / 86400}, {"minute", 1.0 / 1440}, {"hour", 1.0 / 24}, {"day", 1},          {"week", 7},
      {"month", 30.4375},      {"year", 365.25},       {"decade", 3652.5}, {"century", 36525}};
  for (const auto& [name, days] : k_units) {
    if (unit == name) return days;
  }
  return 1;
}

// The probe of `c`, but for `unit` and `bucket`, which depend on its group.
Probe probe_of(const Claim& c) {
  const Quantity& q = c.quantity;
  Probe p;
  p.value = q.value;
  p.low = lo(q);
  p.high = hi(q);
  // A percentage told exactly stands for what rounds to it: "8 percent" in
  // a headline is the body's "8.1 percent" (half a unit of its last digit
  // either way).
  if (q.kind == QuantityKind::percent && p.low == p.high) {
    const std::string_view text = c.text;
    std::size_t i = 0;
    while (i < text.size() && (text[i] < '0' || text[i] > '9')) ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    int decimals = 0;
    if (i + 1 < text.size() && (text[i] == '.' || text[i] == ',') && text[i + 1] >= '0' && text[i + 1] <= '9') {
      for (std::size_t k = i + 1; k < text.size() && text[k] >= '0' && text[k] <= '9'; ++k) ++decimals;
    }
    const double half = 0.5 * std::pow(10.0, -decimals);
    p.low -= half;
    p.high += half;
  }
  // Durations compare in days: "18 months" is "a year and a half".
  if (q.kind == QuantityKind::duration) {
    const double days = days_per(q.unit);
    p.value *= days;
    p.low *= days;
    p.high *= days;
  }
  if (c.time_days) {
    p.framed = true;
    p.frame = *c.time_days;
    p.historical = historical(c);
  } else if (c.time_is_update && c.time && c.time->starts_with("as of ")) {
    // "has now paid out £1.1m": as of the day of publication only.
    if (const std::optional<CivilDate> d = parse_iso_date(std::string_view(*c.time).substr(6))) {
      p.framed = true;
      p.frame = {days_from_civil(*d), days_from_civil(*d)};
    }
  }
  p.sentence = c.sentence;
  p.file = c.range.file;
  p.modality = c.modality;
  p.update = c.time_is_update;
  p.currency = q.kind == QuantityKind::currency;
  p.finite = finite(q);
  return p;
}

// Whether two time frames are of about the same length: a quarter's
// output is not a half-year's, nor a year's revenue a month's, even where
// the two overlap.
bool similar_span(const std::pair<long, long>& a, const std::pair<long, long>& b) {
  const long la = a.second - a.first + 1;
  const long lb = b.second - b.first + 1;
  return 2 * std::max(la, lb) <= 3 * std::min(la, lb);
}

// comparable() of the two claims.
bool comparable(const Probe& a, const Probe& b) {
  if (a.modality != b.modality) return false;
  if (a.modality != Modality::plain && a.modality != Modality::forecast) return false;
  // Two figures of one sentence contrast ("up from", "from A to B").
  if (a.file == b.file && a.sentence == b.sentence) return false;
  // Explicit time frames must overlap: 2024 revenue is not 2025 revenue.
  if (a.framed && b.framed && (a.frame.second < b.frame.first || b.frame.second < a.frame.first)) return false;
  if (a.framed && b.framed && !similar_span(a.frame, b.frame)) return false;
  // A figure told without a time is of the story's day, not of its
  // history.
  if (a.framed != b.framed && (a.historical || b.historical)) return false;
  // A figure "as of now" is compared only with figures as of the same date.
  return a.update == b.update;
}

// intervals_overlap() of the two quantities.
bool overlap(const Probe& a, const Probe& b) {
  // A relative epsilon keeps "0.1 + 0.2" style noise from separating
  // intervals that touch.
  const double eps = 1e-9 * std::max({1.0, std::fabs(a.value), std::fabs(b.value)});
  return a.low <= b.high + eps && b.low <= a.high + eps;
}

}  // namespace

bool intervals_overlap(const Quantity& a, const Quantity& b) {
  Probe pa, pb;
  pa.value = a.value;
  pa.low = lo(a);
  pa.high = hi(a);
  pb.value = b.value;
  pb.low = lo(b);
  pb.high = hi(b);
  return overlap(pa, pb);
}

bool comparable(const Claim& a, const Claim& b) { return comparable(probe_of(a), probe_of(b)); }

namespace {

// Whether `ic` agrees with member `m` of a cluster: not comparable, or
// in the same unit with overlapping intervals.
bool agrees(const Probe& m, const Probe& ic) {
  return !comparable(m, ic) || ((!m.currency || m.unit == ic.unit) && overlap(m, ic));
}

// What decides most membership tests for a set of claims without
// visiting each: the claim with the greatest lower bound, the one with the
// least upper bound, and the currency units.
class Bounds {
 public:
  void add(const Probe* p) {
    if (!p->finite) exact_only_ = true;
    if (!greatest_low_ || p->low > greatest_low_->low) greatest_low_ = p;
    if (!least_high_ || p->high < least_high_->high) least_high_ = p;
    if (p->currency) {
      if (!currency_) {
        currency_ = true;
        unit_ = p->unit;
      } else if (p->unit != unit_) {
        mixed_units_ = true;
      }
    }
  }

  // A claim whose interval meets [greatest lower, least upper], in the one
  // currency unit, overlaps every claim added (the epsilon of
  // intervals_overlap only widens).
  bool surely_fits(const Probe& q) const {
    if (!greatest_low_) return true;
    if (exact_only_ || !q.finite) return false;
    const bool one_unit = !currency_ || (!mixed_units_ && unit_ == q.unit);
    return one_unit && greatest_low_->low <= q.high && q.low <= least_high_->high;
  }

  // A claim that disagrees with one of the two extremes disagrees with
  // some claim added.
  bool surely_not(const Probe& q) const {
    return greatest_low_ && (!agrees(*greatest_low_, q) || !agrees(*least_high_, q));
  }

 private:
  const Probe* greatest_low_ = nullptr;
  const Probe* least_high_ = nullptr;
  bool currency_ = false;     ///< a claim is an amount of money
  bool mixed_units_ = false;  ///< in more than one currency
  bool exact_only_ = false;   ///< a claim has an infinite or NaN figure
  std::uint32_t unit_ = 0;    ///< the currency of the first such claim
};

// Members of one modality bucket and one time frame, with their Bounds.
class Summary {
 public:
  void add(const Probe* p) {
    members_.push_back(p);
    bounds_.add(p);
  }

  // Exactly: whether `ic` agrees with every member.
  bool fits(const Probe& ic) const {
    if (bounds_.surely_fits(ic)) return true;
    if (bounds_.surely_not(ic)) return false;
    return std::all_of(members_.begin(), members_.end(), [&](const Probe* m) { return agrees(*m, ic); });
  }

 private:
  std::vector<const Probe*> members_;
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
  std::vector<const Probe*> members;

  void add(const Probe* p) {
    members.push_back(p);
    if (p->bucket < 0) return;
    Bucket& b = buckets_[static_cast<std::size_t>(p->bucket)];
    b.all.add(p);
    if (!p->framed) {
      b.untimed.add(p);
      return;
    }
    (p->historical ? b.historical : b.framed)[p->frame].add(p);
    b.longest = std::max(b.longest, p->frame.second - p->frame.first);
  }

  // Whether `ic` agrees with every member: exactly what a scan of all
  // members with agrees() gives.
  bool fits(const Probe& ic) const {
    // Not plain or forecast: comparable to nothing.
    if (ic.bucket < 0) return true;
    const Bucket& b = buckets_[static_cast<std::size_t>(ic.bucket)];
    if (b.all.surely_fits(ic)) return true;
    // History is comparable to no member without a frame.
    if (!ic.historical && !b.untimed.fits(ic)) return false;
    if (!ic.framed) {
      // No frame: comparable to members of every frame but history's.
      return std::all_of(b.framed.begin(), b.framed.end(), [&](const auto& f) { return f.second.fits(ic); });
    }
    // The frames that overlap [first, second] start at most `longest`
    // days before it.
    const auto& frame = ic.frame;
    for (const auto* frames : {&b.framed, &b.historical}) {
      auto it = frames->lower_bound({frame.first - b.longest, std::numeric_limits<long>::min()});
      for (; it != frames->end() && it->first.first <= frame.second; ++it) {
        if (it->first.second < frame.first || !similar_span(it->first, frame)) continue;
        if (!it->second.fits(ic)) return false;
      }
    }
    return true;
  }

  // Plain 0, plain as of now 1, forecast 2, forecast as of now 3; -1 for
  // the modalities comparable() never compares.
  static int bucket_of(const Claim& c) {
    const int update = c.time_is_update ? 1 : 0;
    if (c.modality == Modality::plain) return update;
    if (c.modality == Modality::forecast) return 2 + update;
    return -1;
  }

 private:
  struct Bucket {
    Bounds all;  ///< of every member of the bucket
    Summary untimed;
    std::map<std::pair<long, long>, Summary> framed;      ///< not history
    std::map<std::pair<long, long>, Summary> historical;  ///< Probe::historical
    long longest = 0;  ///< the longest frame, in days
  };

  std::array<Bucket, 4> buckets_;
};

// The probes of `claims`, in order.
std::vector<Probe> probes_of(const std::vector<IndexedClaim>& claims) {
  std::vector<Probe> out(claims.size());
  std::unordered_map<std::string_view, std::uint32_t> units;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = *claims[i].claim;
    Probe& p = out[i];
    p = probe_of(c);
    p.unit = units.try_emplace(c.quantity.unit, static_cast<std::uint32_t>(units.size())).first->second;
    p.bucket = Cluster::bucket_of(c);
  }
  return out;
}

// assign_clusters() of the claims of `probes`; with `kept`, the clusters
// too (their members point into `probes`).
std::vector<std::size_t> cluster_probes(const std::vector<Probe>& probes, bool scan,
                                        std::vector<Cluster>* kept = nullptr) {
  std::vector<Cluster> clusters;
  std::vector<std::size_t> out;
  out.reserve(probes.size());
  for (const Probe& ic : probes) {
    std::size_t c = 0;
    for (; c < clusters.size(); ++c) {
      const Cluster& cluster = clusters[c];
      const bool fits = scan ? std::all_of(cluster.members.begin(), cluster.members.end(),
                                           [&](const Probe* m) { return agrees(*m, ic); })
                             : cluster.fits(ic);
      if (fits) break;
    }
    if (c == clusters.size() && c < k_max_clusters) clusters.emplace_back();
    if (c < clusters.size()) clusters[c].add(&ic);
    out.push_back(c);
  }
  if (kept) *kept = std::move(clusters);
  return out;
}

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
  std::vector<std::vector<std::size_t>> clusters;  // indices into `claims`
  std::vector<const IndexedClaim*> beyond;
  const std::vector<Probe> probes = probes_of(claims);
  std::vector<Cluster> summaries;
  const std::vector<std::size_t> cluster_of = cluster_probes(probes, false, &summaries);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (cluster_of[i] == k_max_clusters) {
      beyond.push_back(&claims[i]);
      continue;
    }
    if (cluster_of[i] == clusters.size()) clusters.emplace_back();
    clusters[cluster_of[i]].push_back(i);
  }
  // One diagnostic per reported claim, gathering every earlier cluster
  // it conflicts with; reported at the later cluster, unless only the
  // earlier one has a claim that is not reference material.
  auto first_reportable = [&](const std::vector<std::size_t>& cl) -> std::optional<std::size_t> {
    for (const std::size_t c : cl) {
      if (!claims[c].reference) return c;
    }
    return std::nullopt;
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
  std::unordered_map<std::size_t, std::size_t> report_of;  // primary's index to its report
  // The claims of `other` that `primary` disagrees with, into its report.
  const auto compare = [&](std::size_t primary, const std::vector<std::size_t>& other) {
    // The tests of comparable(), same_unit() and intervals_overlap(), on
    // the probes.
    const Probe& p = probes[primary];
    Report* report = nullptr;
    for (const std::size_t o : other) {
      const Probe& oc = probes[o];
      if (agrees(p, oc)) continue;
      if (!report) {
        auto [it, fresh] = report_of.try_emplace(primary, reports.size());
        if (fresh) reports.push_back({&claims[primary], {}, 0, nullptr, true});
        report = &reports[it->second];
      }
      if (report->first.size() < k_max_notes) report->first.push_back(&claims[o]);
      ++report->count;
      if (!report->other_unit && p.currency && p.unit != oc.unit) report->other_unit = &claims[o];
      if (oc.file != p.file) report->same_file = false;
    }
  };
  for (std::size_t j = 1; j < clusters.size(); ++j) {
    for (std::size_t i = 0; i < j; ++i) {
      const std::vector<std::size_t>* at = &clusters[j];
      const std::vector<std::size_t>* other = &clusters[i];
      std::optional<std::size_t> primary = first_reportable(*at);
      if (!primary) {
        std::swap(at, other);
        primary = first_reportable(*at);
      }
      if (!primary) continue;
      compare(*primary, *other);
    }
  }
  // A cluster may hold claims that its first is not comparable with (another
  // year, a forecast): each such claim, comparable with none of the others
  // so tested, is tested against the clusters before its own, as a first
  // is ("1.24 million passengers in 2024" beside a forecast for 2025, after
  // "1.42 million in 2024"). The summaries settle most tests without a scan.
  // At most k_max_clusters such claims a cluster, so that a group of
  // thousands of frames stays linear (issue 10).
  for (std::size_t j = 1; j < clusters.size(); ++j) {
    std::vector<std::size_t> tested;
    if (const std::optional<std::size_t> primary = first_reportable(clusters[j])) tested.push_back(*primary);
    for (const std::size_t m : clusters[j]) {
      if (claims[m].reference || tested.empty() || tested.size() > k_max_clusters) continue;
      const bool covered = std::any_of(tested.begin(), tested.end(),
                                       [&](std::size_t t) { return t == m || comparable(probes[t], probes[m]); });
      if (covered) continue;
      tested.push_back(m);
      for (std::size_t i = 0; i < j; ++i) {
        if (!summaries[i].fits(probes[m])) compare(m, clusters[i]);
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
      if (n == 0) message.append(" (").append(why(o, &p)).append(")");
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
  return cluster_probes(probes_of(claims), scan);
}

bool historical(const Claim& c) {
  if (!c.time_days || !c.published) return false;
  const std::optional<CivilDate> published = parse_iso_date(*c.published);
  return published && c.time_days->second + k_history_days < days_from_civil(*published);
}

std::vector<Diagnostic> check_value_conflicts(const ClaimIndex& index, unsigned jobs) {
  // A lone claim has nothing to conflict with: only groups of two or more
  // are checked.
  std::vector<const std::vector<IndexedClaim>*> groups;
  for (const auto& [key, group] : index.groups()) {
    if (group.size() >= 2) groups.push_back(&group);
  }
  // Groups are independent: checked on `jobs` threads, each group's
  // findings kept at its place, so the order is that of one thread. The
  // cost of a group grows with its size, and a few recurring facts hold
  // most claims of a corpus, so the largest are started first: one begun
  // last would leave the other threads idle.
  std::vector<std::size_t> schedule(groups.size());
  std::iota(schedule.begin(), schedule.end(), std::size_t{0});
  if (jobs > 1) {
    std::stable_sort(schedule.begin(), schedule.end(),
                     [&](std::size_t a, std::size_t b) { return groups[a]->size() > groups[b]->size(); });
  }
  std::vector<std::vector<Diagnostic>> found(groups.size());
  parallel_for(schedule.size(), jobs, [&](std::size_t k) { check_group(*groups[schedule[k]], found[schedule[k]]); });
  std::vector<Diagnostic> out;
  for (std::vector<Diagnostic>& f : found) {
    out.insert(out.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  }
  return out;
}

}  // namespace claimlint
