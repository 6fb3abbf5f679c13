// The claim index: every claim of a run, grouped by its key (DESIGN
// "index"), for the corpus checks.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "bind/claim.h"

namespace claimlint {

/// A claim with where it comes from.
struct IndexedClaim {
  const Claim* claim = nullptr;
  std::size_t order = 0;   ///< input order of its document
  bool reference = false;  ///< from --against: never reported on
};

/// Claims grouped by claim_key(); claims without a key are not indexed.
/// Within a group, claims keep input order, then text order.
class ClaimIndex {
 public:
  void add(const Claim& claim, std::size_t order, bool reference);
  const std::map<std::string, std::vector<IndexedClaim>>& groups() const { return groups_; }

 private:
  std::map<std::string, std::vector<IndexedClaim>> groups_;
};

}  // namespace claimlint
