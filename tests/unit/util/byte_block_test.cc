// Tests for util/byte_block: PortableBlock against the plain definition of
// each test, and Block (SSE2 where built for it) against PortableBlock on
// every byte value and random blocks.
#include "util/byte_block.h"

#include <catch2/catch.hpp>
#include <array>
#include <bit>
#include <string>

#include "support/xorshift.h"

using namespace claimlint;
using bytes::Block;
using bytes::PortableBlock;

namespace {

template <class B>
std::string stored(const B& b) {
  std::string out(B::size, '\0');
  b.store(out.data());
  return out;
}

// Sixteen bytes: random ones, or mostly ASCII letters, spaces and stops.
std::string random_block(testing::XorShift& rng) {
  static constexpr char k_prose[] = "aZ .!?\n\r\t09-\x7F\x80\xC3\xFF";
  std::string s(16, '\0');
  const bool prose = rng.below(2) == 0;
  for (char& c : s) {
    c = prose ? k_prose[rng.below(sizeof k_prose - 1)] : static_cast<char>(rng.below(256));
  }
  return s;
}

// Whether Block and PortableBlock give the same bytes and mask.
template <class Op>
void same(const std::string& s, Op op) {
  const auto fast = op(Block::load(s.data()));
  const auto slow = op(PortableBlock::load(s.data()));
  if (stored(fast) == stored(slow) && fast.mask() == slow.mask()) return;
  std::string hex;
  for (const char c : s) hex += std::to_string(static_cast<unsigned char>(c)) + " ";
  FAIL("Block and PortableBlock differ on the bytes " << hex);
}

}  // namespace

TEST_CASE("PortableBlock tests each byte as its definition says", "[util]") {
  const std::string s = "Ab z.\n\x7F\x80\xFF" "09AZaz@";
  const PortableBlock b = PortableBlock::load(s.data());
  CHECK(b.mask() == 0b0000000110000000u);  // bytes 7 and 8 are past ASCII
  CHECK(b.eq('z').mask() == 0b0100000000001000u);
  CHECK(b.in('A', 'Z').mask() == 0b0001100000000001u);
  CHECK(b.with_bits(0x20).in('a', 'z').mask() == 0b0111100000001011u);
  CHECK(b.at_most('\n').mask() == 0b0000000000100000u);
  CHECK(b.at_least(0x7F).mask() == 0b0000000111000000u);
  CHECK((b.eq('.') | b.eq('\n')).mask() == 0b0000000000110000u);
  CHECK((b.in('0', 'z') & b.at_least('a')).mask() == 0b0110000000001010u);
  CHECK(b.in('0', 'z').and_not(b.in('a', 'z')).mask() == 0b1001111000000001u);
  CHECK(stored(b.ascii_lower()) == "ab z.\n\x7F\x80\xFF" "09azaz@");
}

TEST_CASE("Block gives PortableBlock's answers for every byte value and random blocks", "[util]") {
  // Every byte value in every position, against every parameter.
  std::array<std::string, 16> sweeps;
  for (std::size_t k = 0; k < sweeps.size(); ++k) {
    sweeps[k].assign(16, '\0');
    for (std::size_t i = 0; i < 16; ++i) sweeps[k][i] = static_cast<char>(k * 16 + i);
  }
  for (const std::string& s : sweeps) {
    same(s, [](auto b) { return b; });
    same(s, [](auto b) { return b.ascii_lower(); });
    for (int c = 0; c < 256; ++c) {
      const auto u = static_cast<unsigned char>(c);
      same(s, [u](auto b) { return b.eq(u); });
      same(s, [u](auto b) { return b.at_most(u); });
      same(s, [u](auto b) { return b.at_least(u); });
      same(s, [u](auto b) { return b.with_bits(u); });
      for (int hi = c; hi < 256; hi += 7) {
        const auto h = static_cast<unsigned char>(hi);
        same(s, [u, h](auto b) { return b.in(u, h); });
      }
      same(s, [u](auto b) { return b.in(u, 255); });
    }
  }
  testing::XorShift rng(0xB10C);
  for (int round = 0; round < 20000; ++round) {
    const std::string s = random_block(rng);
    const auto c = static_cast<unsigned char>(rng.below(256));
    const auto lo = static_cast<unsigned char>(rng.below(256));
    const auto hi = static_cast<unsigned char>(lo + rng.below(256 - lo));
    same(s, [c](auto b) { return b.eq(c); });
    same(s, [lo, hi](auto b) { return b.in(lo, hi); });
    same(s, [lo, hi](auto b) { return b.at_most(hi) | b.at_least(lo).and_not(b.eq(hi)); });
    const auto to_z = static_cast<unsigned char>(lo % ('z' + 1));
    same(s, [c, to_z](auto b) { return b.with_bits(c).in(to_z, 'z') & b.at_most(c); });
    same(s, [](auto b) { return b.ascii_lower().in('a', 'z'); });
  }
}

TEST_CASE("bytes::count and bytes::first read every mask", "[util]") {
  for (unsigned m = 0; m < 0x10000u; ++m) {
    REQUIRE(bytes::count(m) == static_cast<std::size_t>(std::popcount(m)));
    if (m != 0) REQUIRE(bytes::first(m) == static_cast<std::size_t>(std::countr_zero(m)));
  }
}
