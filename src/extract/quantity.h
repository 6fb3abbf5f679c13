// Quantity: one typed figure found in a sentence (issue 4), with the
// interval it stands for after qualifiers and implied rounding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "source/byte_range.h"

namespace claimlint {

/// What a quantity measures; wire names are DESIGN's "extract JSON Lines".
enum class QuantityKind {
  number,            ///< a bare figure: "192", "two thirds"
  count,             ///< a number of things: "400,000 H200 chips"
  currency,          ///< money: "$10 billion" (unit: ISO 4217)
  percent,           ///< "25%", "25 por ciento"
  percentage_point,  ///< "3 percentage points"
  multiplier,        ///< "six times", "twice", "sixfold"
  ordinal,           ///< "second", "2nd"
  date,              ///< reserved for the date issue; not emitted yet
  duration,          ///< "five years" (unit: "year")
  quantity,          ///< physical units: "29 km", "1.2 GW"
};

/// The wire name of `kind`: "percentage-point" for percentage_point.
std::string_view to_string(QuantityKind kind);

/// One quantity. Ranges are byte ranges into the sentence text it was
/// extracted from.
struct Quantity {
  QuantityKind kind = QuantityKind::number;
  double value = 0;
  std::optional<double> low;   ///< nullopt: unbounded below
  std::optional<double> high;  ///< nullopt: unbounded above
  std::string qualifier = "exact";  ///< "exact", "approximate", "lower-bound", "upper-bound", "range"
  std::string unit;     ///< ISO 4217 code, count noun singular, unit symbol; empty if none
  std::string measure;  ///< counts: the noun phrase counted ("H200 chip")
  ByteRange range;        ///< the whole claim text: "more than 400,000 H200 chips"
  ByteRange value_range;  ///< the numeric expression: "400,000"
};

}  // namespace claimlint
