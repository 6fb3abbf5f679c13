// byte_block: sixteen bytes tested at once, for the scans that look for a
// few kinds of byte in long runs of text (ASCII runs, sentence stops,
// layout spaces, letters and digits).
//
// Block is Sse2Block where the compiler targets SSE2 (every x86-64), and
// PortableBlock elsewhere or when CLAIMLINT_PORTABLE_BYTES is defined.
// PortableBlock is also the reference the tests hold Sse2Block to, so that
// a scan is written once, with no #if and no second, untested copy; the
// sanitizer build of the test suite (CMakePresets.json "asan") runs on
// PortableBlock, the release build on Sse2Block.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>

#if defined(__SSE2__) && !defined(CLAIMLINT_PORTABLE_BYTES)
#define CLAIMLINT_SSE2_BYTES 1
#include <emmintrin.h>
#endif

namespace claimlint::bytes {

/// Sixteen bytes, tested byte by byte in plain loops. A test gives a block
/// whose bytes are 0xFF where it holds and 0 elsewhere; mask() reads one
/// bit per byte.
class PortableBlock {
 public:
  static constexpr std::size_t size = 16;

  /// The sixteen bytes at `p` (any alignment).
  static PortableBlock load(const char* p) {
    PortableBlock b;
    std::memcpy(b.b_.data(), p, size);
    return b;
  }
  void store(char* p) const { std::memcpy(p, b_.data(), size); }

  /// Bytes equal to `c`.
  PortableBlock eq(unsigned char c) const {
    return each([c](unsigned char x) { return x == c; });
  }
  /// Bytes from `lo` to `hi` (unsigned, lo <= hi).
  PortableBlock in(unsigned char lo, unsigned char hi) const {
    return each([lo, hi](unsigned char x) { return x >= lo && x <= hi; });
  }
  /// Bytes up to `c`, and from `c` on (unsigned).
  PortableBlock at_most(unsigned char c) const {
    return each([c](unsigned char x) { return x <= c; });
  }
  PortableBlock at_least(unsigned char c) const {
    return each([c](unsigned char x) { return x >= c; });
  }
  /// Every byte with the bits of `c` set ("| 0x20" folds ASCII letters to
  /// lower case before a test of 'a' to 'z').
  PortableBlock with_bits(unsigned char c) const {
    PortableBlock r;
    for (std::size_t k = 0; k < size; ++k) r.b_[k] = static_cast<unsigned char>(b_[k] | c);
    return r;
  }
  /// The bytes with 'A' to 'Z' lowercased, all others as they are.
  PortableBlock ascii_lower() const {
    PortableBlock r;
    for (std::size_t k = 0; k < size; ++k) {
      const unsigned char x = b_[k];
      r.b_[k] = x >= 'A' && x <= 'Z' ? static_cast<unsigned char>(x | 0x20) : x;
    }
    return r;
  }

  friend PortableBlock operator|(const PortableBlock& a, const PortableBlock& b) {
    PortableBlock r;
    for (std::size_t k = 0; k < size; ++k) r.b_[k] = static_cast<unsigned char>(a.b_[k] | b.b_[k]);
    return r;
  }
  friend PortableBlock operator&(const PortableBlock& a, const PortableBlock& b) {
    PortableBlock r;
    for (std::size_t k = 0; k < size; ++k) r.b_[k] = static_cast<unsigned char>(a.b_[k] & b.b_[k]);
    return r;
  }
  /// This block's bits that `b` does not have.
  PortableBlock and_not(const PortableBlock& b) const {
    PortableBlock r;
    for (std::size_t k = 0; k < size; ++k) r.b_[k] = static_cast<unsigned char>(b_[k] & ~b.b_[k]);
    return r;
  }

  /// Bit k is the high bit of byte k: of a test's result, whether byte k
  /// passed it; of loaded bytes, whether byte k is past ASCII.
  unsigned mask() const {
    unsigned m = 0;
    for (std::size_t k = 0; k < size; ++k) m |= static_cast<unsigned>(b_[k] >> 7) << k;
    return m;
  }

 private:
  template <class Test>
  PortableBlock each(Test test) const {
    PortableBlock r;
    for (std::size_t k = 0; k < size; ++k) r.b_[k] = test(b_[k]) ? 0xFF : 0;
    return r;
  }

  std::array<unsigned char, size> b_{};
};

#if defined(CLAIMLINT_SSE2_BYTES)

/// PortableBlock's operations in SSE2 registers, a few instructions each.
class Sse2Block {
 public:
  static constexpr std::size_t size = 16;

  static Sse2Block load(const char* p) { return Sse2Block(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))); }
  void store(char* p) const { _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v_); }

  Sse2Block eq(unsigned char c) const { return Sse2Block(_mm_cmpeq_epi8(v_, splat(c))); }
  Sse2Block in(unsigned char lo, unsigned char hi) const {
    // Shifted so that lo is the lowest signed byte, one signed comparison
    // tells the range; but no signed byte is below the 257th.
    if (hi - lo == 0xFF) return Sse2Block(_mm_set1_epi8(-1));
    const __m128i shifted = _mm_add_epi8(v_, splat(static_cast<unsigned char>(0x80 - lo)));
    return Sse2Block(_mm_cmplt_epi8(shifted, splat(static_cast<unsigned char>(0x80 + (hi - lo) + 1))));
  }
  Sse2Block at_most(unsigned char c) const { return Sse2Block(_mm_cmpeq_epi8(_mm_min_epu8(v_, splat(c)), v_)); }
  Sse2Block at_least(unsigned char c) const { return Sse2Block(_mm_cmpeq_epi8(_mm_max_epu8(v_, splat(c)), v_)); }
  Sse2Block with_bits(unsigned char c) const { return Sse2Block(_mm_or_si128(v_, splat(c))); }
  Sse2Block ascii_lower() const { return Sse2Block(_mm_or_si128(v_, _mm_and_si128(in('A', 'Z').v_, splat(0x20)))); }

  friend Sse2Block operator|(Sse2Block a, Sse2Block b) { return Sse2Block(_mm_or_si128(a.v_, b.v_)); }
  friend Sse2Block operator&(Sse2Block a, Sse2Block b) { return Sse2Block(_mm_and_si128(a.v_, b.v_)); }
  Sse2Block and_not(Sse2Block b) const { return Sse2Block(_mm_andnot_si128(b.v_, v_)); }

  unsigned mask() const { return static_cast<unsigned>(_mm_movemask_epi8(v_)); }

 private:
  explicit Sse2Block(__m128i v) : v_(v) {}
  static __m128i splat(unsigned char c) { return _mm_set1_epi8(static_cast<char>(c)); }

  __m128i v_;
};

using Block = Sse2Block;
#else
using Block = PortableBlock;
#endif

/// The position of the lowest bit of a non-zero mask() (its first byte in
/// memory).
inline std::size_t first(unsigned mask) { return static_cast<std::size_t>(__builtin_ctz(mask)); }

/// The bits set in a mask(), by halves, quarters and nibbles (std::popcount
/// is a library call unless the target has POPCNT).
inline std::size_t count(unsigned mask) {
  mask = mask - ((mask >> 1) & 0x5555u);
  mask = (mask & 0x3333u) + ((mask >> 2) & 0x3333u);
  mask = (mask + (mask >> 4)) & 0x0F0Fu;
  return static_cast<std::size_t>((mask + (mask >> 8)) & 0x1Fu);
}

}  // namespace claimlint::bytes
