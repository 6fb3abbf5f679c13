// The claim index: claims grouped by key.
#include "index/claim_index.h"

namespace claimlint {

void ClaimIndex::add(const Claim& claim, std::size_t order, bool reference) {
  const std::string key = claim_key(claim);
  if (key.empty()) return;
  groups_[key].push_back({&claim, order, reference});
}

}  // namespace claimlint
