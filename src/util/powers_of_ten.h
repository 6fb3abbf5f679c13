// powers_of_ten: 10^n as a double without a call to std::pow per use, and
// the exact reading of a short decimal numeral. The number parser and the
// arithmetic checks read figures the same way through these.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace claimlint::decimal {

/// 10^0 to 10^22: the powers of ten a double holds exactly.
inline constexpr std::array<double, 23> k_exact_pow10 = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/// Numerals of up to this many digits are integers a double holds exactly
/// (below 2^53).
inline constexpr std::size_t k_exact_digits = 15;

/// 10^-k at [k] for k = 0 to 22, as std::pow makes them (no negative power
/// of ten is a double; these are std::pow's roundings, made once).
inline const std::array<double, 23> k_pow10_negative = [] {
  std::array<double, 23> table{};
  for (int k = 0; k < static_cast<int>(table.size()); ++k) table[static_cast<std::size_t>(k)] = std::pow(10.0, -k);
  return table;
}();

/// std::pow(10.0, n), from the tables for -22 <= n <= 22 (std::pow is
/// exact on the exact powers, so the tables hold its values), by std::pow
/// beyond.
inline double pow10(int n) {
  constexpr int span = static_cast<int>(k_exact_pow10.size()) - 1;
  if (n >= 0 && n <= span) return k_exact_pow10[static_cast<std::size_t>(n)];
  if (n < 0 && n >= -span) return k_pow10_negative[static_cast<std::size_t>(-n)];
  return std::pow(10.0, n);
}

/// The decimal numeral whose digits, read as one integer, are `digits`
/// (at most k_exact_digits of them), `decimals` of them after the point,
/// as strtod reads it: the integer is exact, the power of ten is exact,
/// and one division rounds once, to the nearest double, as strtod does
/// (Clinger's fast path).
inline double exact_decimal(std::uint64_t digits, std::size_t decimals) {
  return static_cast<double>(digits) / k_exact_pow10[decimals];
}

}  // namespace claimlint::decimal
