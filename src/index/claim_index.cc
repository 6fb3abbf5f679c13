// The claim index: claims grouped by key.
#include "index/claim_index.h"

#include <algorithm>

namespace claimlint {
namespace {

// Appends `s` with ASCII capitals lowercased, as claim_key() folds.
void append_folded(std::string& out, std::string_view s) {
  const std::size_t from = out.size();
  out += s;
  for (std::size_t i = from; i < out.size(); ++i) {
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
  }
}

}  // namespace

// The conditions under which claim_key() returns its empty string.
bool has_claim_key(const Claim& c) {
  return !c.measure.empty() && (!c.subjects.empty() || c.quantity.kind == QuantityKind::multiplier);
}

// claim_key()'s "kind|measure|subjects|predicate[|place][|period]", with the measure and the
// sorted subjects lowercased, written into buffers kept from one claim to
// the next: a run indexes every comparable claim, and formatting each key
// afresh cost more than the value-conflict check itself.
const std::string& ClaimIndex::key_of(const Claim& c) {
  key_.assign(to_string(c.quantity.kind));
  key_ += '|';
  append_folded(key_, c.measure);
  key_ += '|';
  if (c.subjects.size() == 1) {
    append_folded(key_, c.subjects[0]);
  } else if (!c.subjects.empty()) {
    subjects_.resize(c.subjects.size());
    for (std::size_t i = 0; i < c.subjects.size(); ++i) {
      subjects_[i].clear();
      append_folded(subjects_[i], c.subjects[i]);
    }
    std::sort(subjects_.begin(), subjects_.end());
    for (std::size_t i = 0; i < subjects_.size(); ++i) {
      if (i > 0) key_ += ',';
      key_ += subjects_[i];
    }
  }
  key_ += '|';
  key_ += c.predicate;
  if (!c.place.empty()) {
    key_ += '|';
    append_folded(key_, c.place);
  }
  if (const std::string* period = key_period(c)) {
    key_ += '|';
    key_ += *period;
  }
  return key_;
}

void ClaimIndex::add(const Claim& claim, std::size_t order, bool reference) {
  if (!has_claim_key(claim)) return;
  const std::string& key = key_of(claim);
  auto it = groups_.find(key);
  if (it == groups_.end()) it = groups_.emplace(key, std::vector<IndexedClaim>()).first;
  it->second.push_back({&claim, order, reference});
}

}  // namespace claimlint
