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

/// Whether claim_key(c) is not empty (a measure and an anchor), without
/// building the key.
bool has_claim_key(const Claim& c);

/// Claims grouped by claim_key(); claims without a key are not indexed.
/// Within a group, claims keep input order, then text order.
class ClaimIndex {
 public:
  void add(const Claim& claim, std::size_t order, bool reference);
  const std::map<std::string, std::vector<IndexedClaim>>& groups() const { return groups_; }

  /// claim_key(c) for a claim with a key, built in a buffer of the index
  /// that the next call overwrites.
  const std::string& key_of(const Claim& c);

 private:
  std::map<std::string, std::vector<IndexedClaim>> groups_;
  std::string key_;                    ///< the key being built
  std::vector<std::string> subjects_;  ///< its subjects, lowercased, to sort
};

}  // namespace claimlint
