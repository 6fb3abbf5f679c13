// The unit-price check (issue 7): a unit price that disagrees with a count and total stated in the same document.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "check/arithmetic_checks.h"
#include "diag/diagnostic_sink.h"

namespace claimlint {

/// Reports every unit-price finding of one document (see --explain unit-price).
void check_unit_price(const ArithmeticInput& in, DiagnosticSink& sink);

/// check_unit_price() in two steps, for a document gone through window by
/// window (run_arithmetic_checks): prices and deals are paired across the
/// whole document.
class UnitPriceCheck {
 public:
  /// Collects the deals and unit prices of the sentences of `in`'s window;
  /// windows are to come in text order.
  void scan(const ArithmeticInput& in);
  /// Reports each unit price collected that disagrees with a deal collected.
  void report(const ArithmeticInput& in, DiagnosticSink& sink) const;

  /// "400,000 chips for $10 billion": count, total, and their sentence.
  struct Deal {
    int count = -1;
    int total = -1;
    std::size_t sentence = 0;
    /// A total and the price it implies, the count told elsewhere: the
    /// deal is compared with that price alone.
    int only_price = -1;
    /// The price each told between the count and the total ("36 police
    /// cruisers at $62,000 apiece, about $2.2 million"): the deal is
    /// compared with that price alone, not with the price of another
    /// deal of the sentence.
    int own_price = -1;
    /// The price's sentence names the count the total is spread across
    /// ("about $16 per fan across the season's 116,280 admissions"),
    /// whatever its noun.
    bool spread = false;
    /// A bare number's words of what it counts ("four new copper pot
    /// stills"), named in the message; empty when the figure names them.
    ByteRange counted{};
  };
  /// "$40,000 a chip", "$12,000 each": price, the item word (empty for
  /// "each"), and the token range of the phrase.
  struct UnitPrice {
    int price = -1;
    std::string item;
    std::size_t sentence = 0;
    ByteRange phrase;
    /// "each length costing £3,150": the item before the price, whose
    /// total may follow it in the sentence.
    bool item_first = false;
    /// "$45,000 per season": a price of each item for a length of time,
    /// which the total must be for too when it names one.
    std::string period;
    /// "sold 3.1 million tickets at $20,": a price with no word of each,
    /// which could be what all of them fetched; compared only with a total
    /// more than twice it.
    bool may_be_total = false;
  };

 private:
  std::vector<Deal> deals_;
  std::vector<UnitPrice> prices_;
};

}  // namespace claimlint
