// OffsetMap: where each byte of a rewritten text came from.
//
// Every stage that rewrites text (decoding, markup removal, normalization,
// boilerplate removal) returns its output plus an OffsetMap to its input.
// The map is a sequence of pieces in output order; each piece says that
// `out_len` output bytes came from `in_len` input bytes, either copied
// verbatim (byte for byte) or replaced as a whole (a ligature "ﬁ" became
// "fi", an entity "&amp;" became "&"). A sub-range of a replaced piece maps
// to the whole input of that piece, so mapped ranges always cover whole
// original characters. Input bytes that produced no output (dropped markup)
// are skipped by giving the next piece a later `in_begin`.
//
//   OffsetMapBuilder b;
//   b.copy(5);            // "Hello" unchanged
//   b.skip(6);            // "<br/> " dropped
//   b.replace(1, 3);      // "’" (3 bytes) became "'"
//   OffsetMap m = std::move(b).finish();
//   m.to_input({0, 5});   // {0, 5}
//   m.to_input({5, 6});   // {11, 14}
//
// Maps compose: OffsetMapChain applies several in order (output of the last
// stage back to the original file).
#pragma once

#include <cstddef>
#include <vector>

#include "source/byte_range.h"

namespace claimlint {

class OffsetMap {
 public:
  /// One run of output bytes and the input bytes it came from.
  struct Piece {
    std::size_t out_begin = 0;
    std::size_t in_begin = 0;
    std::size_t out_len = 0;
    std::size_t in_len = 0;
    bool verbatim = false;  ///< true: out_len == in_len, byte i maps to byte i
  };

  OffsetMap() = default;

  /// A map where output and input are the same `size` bytes.
  static OffsetMap identity(std::size_t size);

  /// The input range that output range `out` came from. Empty ranges map to
  /// an empty range at the corresponding input position. Ranges past the end
  /// are clamped to the end.
  ByteRange to_input(ByteRange out) const;

  /// The input offset that output offset `out` (a boundary) maps to.
  std::size_t to_input_offset(std::size_t out) const;

  /// The output offset that input offset `in` falls at: the start of the
  /// piece holding it (its exact position inside a verbatim piece). Input
  /// bytes that were skipped map to the next output position.
  std::size_t to_output_offset(std::size_t in) const;

  std::size_t output_size() const { return output_size_; }
  std::size_t input_size() const { return input_size_; }
  const std::vector<Piece>& pieces() const { return pieces_; }

 private:
  friend class OffsetMapBuilder;
  std::size_t piece_index(std::size_t out) const;

  std::vector<Piece> pieces_;
  std::size_t output_size_ = 0;
  std::size_t input_size_ = 0;
};

/// Builds an OffsetMap piece by piece, in output order.
class OffsetMapBuilder {
 public:
  /// `len` bytes copied unchanged.
  void copy(std::size_t len);
  /// `out_len` output bytes that stand for `in_len` input bytes as a whole.
  void replace(std::size_t out_len, std::size_t in_len);
  /// `in_len` input bytes that produced no output.
  void skip(std::size_t in_len) { in_pos_ += in_len; }
  /// Current input position (bytes consumed so far).
  std::size_t input_position() const { return in_pos_; }
  std::size_t output_position() const { return out_pos_; }
  /// The finished map; `input_size` is the total size of the input.
  OffsetMap finish(std::size_t input_size) &&;

 private:
  OffsetMap map_;
  std::size_t out_pos_ = 0;
  std::size_t in_pos_ = 0;
};

/// A sequence of maps, applied from the last stage back to the first:
/// maps_[0] maps stage-1 output to the original bytes, maps_[1] maps stage-2
/// output to stage-1 output, and so on.
class OffsetMapChain {
 public:
  /// Appends a map from the newest text to the previous newest.
  void push(OffsetMap map) { maps_.push_back(std::move(map)); }
  /// Original byte range for a range of the newest text.
  ByteRange to_original(ByteRange range) const;
  bool empty() const { return maps_.empty(); }

 private:
  std::vector<OffsetMap> maps_;
};

}  // namespace claimlint
