// OffsetMap: where each byte of a rewritten text came from.
#include "source/offset_map.h"

#include <algorithm>

namespace claimlint {

OffsetMap OffsetMap::identity(std::size_t size) {
  OffsetMapBuilder b;
  b.copy(size);
  return std::move(b).finish(size);
}

std::size_t OffsetMap::piece_index(std::size_t out) const {
  // First piece whose end is beyond `out`.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), out,
                             [](std::size_t o, const Piece& p) { return o < p.out_begin + p.out_len; });
  return static_cast<std::size_t>(it - pieces_.begin());
}

std::size_t OffsetMap::to_input_offset(std::size_t out) const {
  if (pieces_.empty()) return std::min(out, input_size_);
  if (out >= output_size_) {
    const Piece& last = pieces_.back();
    return out == output_size_ ? last.in_begin + last.in_len : input_size_;
  }
  const Piece& p = pieces_[piece_index(out)];
  if (p.verbatim) return p.in_begin + (out - p.out_begin);
  return out == p.out_begin ? p.in_begin : p.in_begin + p.in_len;
}

std::size_t OffsetMap::to_output_offset(std::size_t in) const {
  // First piece whose input end is beyond `in`.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), in,
                             [](std::size_t i, const Piece& p) { return i < p.in_begin + p.in_len; });
  if (it == pieces_.end()) return output_size_;
  if (in < it->in_begin) return it->out_begin;
  return it->verbatim ? it->out_begin + (in - it->in_begin) : it->out_begin;
}

ByteRange OffsetMap::to_input(ByteRange out) const {
  out.end = std::min(out.end, output_size_);
  out.begin = std::min(out.begin, out.end);
  if (pieces_.empty()) return {std::min(out.begin, input_size_), std::min(out.end, input_size_)};
  if (out.empty()) {
    const std::size_t at = to_input_offset(out.begin);
    return {at, at};
  }
  const Piece& first = pieces_[piece_index(out.begin)];
  const Piece& last = pieces_[piece_index(out.end - 1)];
  const std::size_t begin =
      first.verbatim ? first.in_begin + (out.begin - first.out_begin) : first.in_begin;
  const std::size_t end =
      last.verbatim ? last.in_begin + (out.end - last.out_begin) : last.in_begin + last.in_len;
  return {begin, std::max(begin, end)};
}

void OffsetMapBuilder::copy(std::size_t len) {
  if (len == 0) return;
  auto& pieces = map_.pieces_;
  if (!pieces.empty()) {
    OffsetMap::Piece& last = pieces.back();
    if (last.verbatim && last.out_begin + last.out_len == out_pos_ &&
        last.in_begin + last.in_len == in_pos_) {
      last.out_len += len;
      last.in_len += len;
      out_pos_ += len;
      in_pos_ += len;
      return;
    }
  }
  pieces.push_back({out_pos_, in_pos_, len, len, true});
  out_pos_ += len;
  in_pos_ += len;
}

void OffsetMapBuilder::replace(std::size_t out_len, std::size_t in_len) {
  if (out_len == 0) {
    in_pos_ += in_len;
    return;
  }
  map_.pieces_.push_back({out_pos_, in_pos_, out_len, in_len, false});
  out_pos_ += out_len;
  in_pos_ += in_len;
}

OffsetMap OffsetMapBuilder::finish(std::size_t input_size) && {
  map_.output_size_ = out_pos_;
  map_.input_size_ = std::max(input_size, in_pos_);
  return std::move(map_);
}

ByteRange OffsetMapChain::to_original(ByteRange range) const {
  for (auto it = maps_.rbegin(); it != maps_.rend(); ++it) range = it->to_input(range);
  return range;
}

}  // namespace claimlint
