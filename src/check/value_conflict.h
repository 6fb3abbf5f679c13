// The value-conflict and unit-conflict checks: claims about the same thing
// (equal keys) whose values cannot both be true, or that are stated in
// incompatible units (issue 6).
#pragma once

#include <vector>

#include "diag/diagnostic.h"
#include "index/claim_index.h"

namespace claimlint {

/// True if the intervals of two claims overlap (after qualifiers and the
/// rounding of round figures; a missing bound is unbounded).
bool intervals_overlap(const Quantity& a, const Quantity& b);

/// True if two claims may be compared at all: same modality, plain or
/// forecast, and explicit time frames (when both have one) equal.
bool comparable(const Claim& a, const Claim& b);

/// Within one group, at most this many clusters of mutually consistent
/// values are compared; the claims beyond get one note.
inline constexpr std::size_t k_max_clusters = 256;
/// A figure whose time frame ended more than this many days before its
/// document's publication is history: it is compared with no figure told
/// without a time, which is of the story's day.
inline constexpr long k_history_days = 365;

/// Whether claim `c` has a time frame that ended more than k_history_days
/// before its document's publication: history, no figure told without a
/// time restates it.
bool historical(const Claim& c);

/// The cluster each of `claims` (one group, in the order given) joins:
/// the first whose members it agrees with (each is not comparable to it,
/// or in the same unit with an overlapping interval), else a new one, or
/// k_max_clusters when all are taken. With `scan`, every member is
/// visited on each test (the definition, quadratic in a large cluster);
/// without, per-cluster summaries decide, with the same result.
std::vector<std::size_t> assign_clusters(const std::vector<IndexedClaim>& claims, bool scan = false);

/// One diagnostic per pair of conflicting value clusters of a group, at
/// the later (or non-reference) cluster, with notes at the other cluster's
/// claims and a note saying why they were matched.
std::vector<Diagnostic> check_value_conflicts(const ClaimIndex& index, unsigned jobs = 1);

}  // namespace claimlint
