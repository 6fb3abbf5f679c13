// ByteRange and SourceRange: half-open byte ranges, the only locations
// that travel between stages (lines and columns exist only in report/).
#pragma once

#include <cstddef>
#include <cstdint>

namespace claimlint {

/// Index of a file in the SourceManager; 0 is "no file".
enum class FileId : std::uint32_t { invalid = 0 };

/// Half-open range [begin, end) of byte offsets into one buffer.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool contains(const ByteRange& other) const {
    return begin <= other.begin && other.end <= end;
  }
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
  friend auto operator<=>(const ByteRange&, const ByteRange&) = default;
};

/// A byte range of the ORIGINAL bytes of one file.
struct SourceRange {
  FileId file = FileId::invalid;
  ByteRange bytes;

  friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

}  // namespace claimlint
