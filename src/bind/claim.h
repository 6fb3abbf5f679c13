// Claim: a quantity bound to what it is about (DESIGN "bind"): the
// measure, the subjects, the predicate, the time frame and the modality.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "extract/quantity.h"
#include "source/byte_range.h"

namespace claimlint {

/// How a claim is asserted. Only claims of the same modality are compared,
/// and negated, conditional, hypothetical and disputed ones never are.
enum class Modality { plain, negated, conditional, forecast, hypothetical, disputed };

/// The wire name of a modality ("plain", "negated", ...).
std::string_view to_string(Modality m);

struct Claim {
  Quantity quantity;           ///< kind, value, interval, qualifier, unit
  SourceRange range;           ///< the quantity text in the original file
  std::string text;            ///< the quantity text as normalized ("more than 400,000 H200 chips")
  std::size_t sentence = 0;    ///< index in Document::sentences
  std::string measure;         ///< "H200 chip", "value of H200 chip", "levy"; empty: not comparable
  /// The bytes of `measure` that are a line of the accounts and its space
  /// ("operating " of "operating loss"; see measure_qualifiers); 0 if none.
  std::uint8_t qualifier_size = 0;
  std::vector<std::string> subjects;  ///< canonical entity names, in text order
  std::string predicate;       ///< predicate class ("acquire"); empty if none
  std::string place;           ///< where the figure holds, if a name right after it says ("in China"); else empty
  std::optional<std::string> time;  ///< explicit time frame (ISO) stated with the claim
  std::optional<std::pair<long, long>> time_days;  ///< the days `time` covers (days since 1970-01-01)
  bool time_is_update = false;      ///< time is "as of publication" ("now", "so far")
  /// time is that of the figure a change is measured from, the claim having
  /// none of its own ("1,140 a week, down from 1,520 a week in 2019")
  bool time_from_baseline = false;
  /// For a subject written "the X" ("the trust", "the company"): the byte
  /// offset of X within the claim's sentence, which resolve_anaphors reads
  /// to find the name X stands for ("Eastmere Health Trust"); else
  /// k_no_anaphor.
  std::uint32_t anaphor_at = k_no_anaphor;
  static constexpr std::uint32_t k_no_anaphor = 0xffffffffu;
  std::optional<std::string> published;  ///< the document's publication date (ISO), if known
  Modality modality = Modality::plain;
  /// The subject was a pronoun or "the company": subjects were filled in
  /// from the paragraph where that was safe (resolve_anaphors), else left
  /// empty.
  bool anaphoric = false;
  /// The subject was "the 24-year-old": with `anaphoric`, it stands for
  /// the latest person named, never for a company.
  bool person_anaphor = false;
  /// The figure is in what a person named right before a reporting verb
  /// says ("Mayor Lorraine Betancourt said the loss of 1,430 jobs would
  /// ..."): with `anaphoric`, it is never that person's, and with nothing
  /// nearer it is the story's (see resolve_anaphors).
  bool reported = false;
  std::string lang = "en";
};

/// The comparison key of a claim: claims with equal keys are about the
/// same thing. Empty when the claim is not bound strongly enough to be
/// compared (no measure, or no anchor: neither subjects nor a named
/// product in the measure).
std::string claim_key(const Claim& c);

/// The period a claim's key ends with, or nullptr: a time with no days, as
/// "a year earlier" or "for the full year" opening its sentence, sets a
/// figure apart from those of the story's own period.
inline const std::string* key_period(const Claim& c) {
  return c.time && !c.time_days && !c.time_is_update && c.quantity.kind != QuantityKind::date ? &*c.time : nullptr;
}

}  // namespace claimlint
