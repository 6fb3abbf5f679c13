// SourceFile: the original bytes of one input and its line table.
#include "source/source_file.h"

#include <algorithm>

namespace claimlint {

void SourceFile::build_line_table() const {
  std::call_once(lines_once_, [this] {
    line_starts_.push_back(0);
    const std::size_t n = bytes_.size();
    for (std::size_t i = 0; i < n; ++i) {
      const char c = bytes_[i];
      if (c == '\n') {
        line_starts_.push_back(i + 1);
      } else if (c == '\r') {
        if (i + 1 < n && bytes_[i + 1] == '\n') ++i;
        line_starts_.push_back(i + 1);
      }
    }
  });
}

std::size_t SourceFile::line_index(std::size_t offset) const {
  build_line_table();
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::size_t>(it - line_starts_.begin()) - 1;
}

ByteRange SourceFile::line_range(std::size_t index) const {
  build_line_table();
  const std::size_t begin = line_starts_[index];
  std::size_t end = index + 1 < line_starts_.size() ? line_starts_[index + 1] : bytes_.size();
  while (end > begin && (bytes_[end - 1] == '\n' || bytes_[end - 1] == '\r')) --end;
  return {begin, end};
}

std::size_t SourceFile::line_count() const {
  build_line_table();
  return line_starts_.size();
}

}  // namespace claimlint
