// Tests for util/powers_of_ten: the tables give std::pow's values, and a
// short numeral is read as strtod reads it.
#include "util/powers_of_ten.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

using namespace claimlint;

TEST_CASE("pow10 gives std::pow's value for every integer exponent", "[util]") {
  for (int n = -400; n <= 400; ++n) {
    INFO("n = " << n);
    CHECK(decimal::pow10(n) == std::pow(10.0, n));
  }
  CHECK(decimal::pow10(22) == 1e22);
  CHECK(decimal::pow10(-1) == 0.1);
  CHECK(decimal::pow10(309) == HUGE_VAL);
}

TEST_CASE("exact_decimal reads up to 15 digits as strtod does", "[util]") {
  std::mt19937_64 rng(20261203);
  for (int i = 0; i < 200000; ++i) {
    const std::size_t count = 1 + rng() % decimal::k_exact_digits;
    const std::size_t decimals = rng() % (count + 1);
    std::string digits;
    std::uint64_t value = 0;
    for (std::size_t k = 0; k < count; ++k) {
      const char c = static_cast<char>('0' + rng() % 10);
      digits += c;
      value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    std::string numeral = digits.substr(0, count - decimals) + "." + digits.substr(count - decimals);
    INFO(numeral);
    REQUIRE(decimal::exact_decimal(value, decimals) == std::strtod(numeral.c_str(), nullptr));
  }
  CHECK(decimal::exact_decimal(999999999999999, 15) == 0.999999999999999);
  CHECK(decimal::exact_decimal(15, 1) == 1.5);
}
