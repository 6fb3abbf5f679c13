// SourceFile: the original bytes of one input and its line table.
#include "source/source_file.h"

#include <algorithm>

namespace claimlint {

void SourceFile::set_transcoding(std::string utf8, OffsetMap map) const {
  transcoded_ = Transcoding{std::move(utf8), std::move(map)};
}

std::size_t SourceFile::to_display(std::size_t offset) const {
  return transcoded_ ? transcoded_->map.to_output_offset(offset) : offset;
}

std::size_t SourceFile::from_display(std::size_t offset) const {
  return transcoded_ ? transcoded_->map.to_input_offset(offset) : offset;
}

void SourceFile::build_line_table() const {
  std::call_once(lines_once_, [this] {
    const std::string_view text = display_text();
    line_starts_.push_back(0);
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
      const char c = text[i];
      if (c == '\n') {
        line_starts_.push_back(i + 1);
      } else if (c == '\r') {
        if (i + 1 < n && text[i + 1] == '\n') ++i;
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
  const std::string_view text = display_text();
  std::size_t end = index + 1 < line_starts_.size() ? line_starts_[index + 1] : text.size();
  while (end > begin && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
  return {begin, end};
}

std::size_t SourceFile::line_count() const {
  build_line_table();
  return line_starts_.size();
}

}  // namespace claimlint
