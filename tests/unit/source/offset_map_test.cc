// Tests for source/offset_map: the builder and lookups against brute force.
#include "source/offset_map.h"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using namespace claimlint;

namespace {

// What one output byte came from, computed naively while building.
struct ByteOrigin {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct RandomMap {
  OffsetMap map;
  std::vector<ByteOrigin> origin;  // per output byte
  std::size_t input_size = 0;
};

RandomMap random_map(std::mt19937& rng) {
  RandomMap r;
  OffsetMapBuilder b;
  std::size_t in = 0;
  const int steps = std::uniform_int_distribution<int>(0, 12)(rng);
  for (int s = 0; s < steps; ++s) {
    const int op = std::uniform_int_distribution<int>(0, 2)(rng);
    const std::size_t a = std::uniform_int_distribution<std::size_t>(0, 5)(rng);
    const std::size_t c = std::uniform_int_distribution<std::size_t>(0, 5)(rng);
    if (op == 0) {
      b.copy(a);
      for (std::size_t i = 0; i < a; ++i) r.origin.push_back({in + i, in + i + 1});
      in += a;
    } else if (op == 1) {
      b.replace(a, c);
      for (std::size_t i = 0; i < a; ++i) r.origin.push_back({in, in + c});
      in += c;
    } else {
      b.skip(c);
      in += c;
    }
  }
  r.input_size = in + std::uniform_int_distribution<std::size_t>(0, 3)(rng);
  r.map = std::move(b).finish(r.input_size);
  return r;
}

}  // namespace

TEST_CASE("offset map follows the documented example", "[source]") {
  OffsetMapBuilder b;
  b.copy(5);
  b.skip(6);
  b.replace(1, 3);
  const OffsetMap m = std::move(b).finish(14);
  CHECK(m.to_input({0, 5}) == ByteRange{0, 5});
  CHECK(m.to_input({5, 6}) == ByteRange{11, 14});
  CHECK(m.to_input({2, 6}) == ByteRange{2, 14});
  CHECK(m.to_input({5, 5}) == ByteRange{11, 11});
  CHECK(m.to_input({6, 6}) == ByteRange{14, 14});
  CHECK(m.output_size() == 6);
  CHECK(m.input_size() == 14);
}

TEST_CASE("offset map sub-ranges of a replaced piece cover the whole input", "[source]") {
  OffsetMapBuilder b;
  b.copy(2);
  b.replace(2, 3);  // "ﬁ" (3 bytes) became "fi"
  b.copy(1);
  const OffsetMap m = std::move(b).finish(6);
  CHECK(m.to_input({2, 3}) == ByteRange{2, 5});
  CHECK(m.to_input({3, 4}) == ByteRange{2, 5});
  CHECK(m.to_input({3, 5}) == ByteRange{2, 6});
  CHECK(m.to_input({0, 5}) == ByteRange{0, 6});
}

TEST_CASE("offset map identity and clamping", "[source]") {
  const OffsetMap m = OffsetMap::identity(10);
  CHECK(m.to_input({3, 7}) == ByteRange{3, 7});
  CHECK(m.to_input({8, 50}) == ByteRange{8, 10});
  CHECK(m.to_input({50, 60}) == ByteRange{10, 10});
  const OffsetMap empty = OffsetMap::identity(0);
  CHECK(empty.to_input({0, 0}) == ByteRange{0, 0});
}

TEST_CASE("offset map agrees with brute force on random maps and spans", "[source]") {
  std::mt19937 rng(20260123);
  for (int iteration = 0; iteration < 2000; ++iteration) {
    const RandomMap r = random_map(rng);
    const std::size_t n = r.origin.size();
    REQUIRE(r.map.output_size() == n);
    REQUIRE(r.map.input_size() == r.input_size);
    for (std::size_t a = 0; a <= n; ++a) {
      for (std::size_t e = a; e <= n; ++e) {
        const ByteRange got = r.map.to_input({a, e});
        INFO("iteration " << iteration << " range " << a << ".." << e);
        REQUIRE(got.begin <= got.end);
        REQUIRE(got.end <= r.input_size);
        if (a < e) {
          // Whole origins of the first and last byte (origins are monotonic).
          CHECK(got.begin == r.origin[a].begin);
          CHECK(got.end == r.origin[e - 1].end);
        } else {
          CHECK(got.empty());
          CHECK(got.begin == r.map.to_input_offset(a));
        }
        // Monotonic: a wider range maps to a wider (or equal) range.
        if (e < n) {
          const ByteRange wider = r.map.to_input({a, e + 1});
          CHECK(wider.end >= got.end);
        }
      }
    }
    for (std::size_t o = 0; o + 1 <= n; ++o) {
      CHECK(r.map.to_input_offset(o) <= r.map.to_input_offset(o + 1));
    }
  }
}

TEST_CASE("offset map chain composes stage maps back to the original", "[source]") {
  // Stage 1: "ab&amp;cd" -> "ab&cd"; stage 2: "ab&cd" -> "b&c".
  OffsetMapBuilder b1;
  b1.copy(2);
  b1.replace(1, 5);
  b1.copy(2);
  OffsetMapBuilder b2;
  b2.skip(1);
  b2.copy(3);
  OffsetMapChain chain;
  chain.push(std::move(b1).finish(9));
  chain.push(std::move(b2).finish(5));
  CHECK(chain.to_original({0, 3}) == ByteRange{1, 8});
  CHECK(chain.to_original({1, 2}) == ByteRange{2, 7});
  CHECK(chain.to_original({0, 1}) == ByteRange{1, 2});
}
