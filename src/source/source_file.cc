// SourceFile: the original bytes of one input and its line table.
#include "source/source_file.h"

#include <algorithm>
#include <cstring>

#include "util/word_hash.h"

namespace claimlint {

std::optional<Error> SourceFile::load() const {
  if (loaded_.load(std::memory_order_acquire)) return load_error_;
  std::lock_guard lock(load_mutex_);
  if (loaded_.load(std::memory_order_relaxed)) return load_error_;
  bool regular = false;
  Expected<std::string> read = read_input(InputItem{name_, false, {}}, max_size_, &regular);
  if (read) {
    bytes_ = std::move(*read);
    // Only compared with the digest of another read: word_hash, eight
    // bytes a step, costs half of std::hash over a whole file.
    const auto digest = static_cast<std::size_t>(word_hash(bytes_));
    if (!digest_) {
      digest_ = digest;
      size_ = bytes_.size();
      rereadable_ = regular;
    } else if (*digest_ != digest) {
      changed_ = true;
    }
  } else if (!digest_) {
    load_error_ = read.error();
  } else {
    // Read once, gone now: the report goes on without excerpts.
    changed_ = true;
  }
  loaded_.store(true, std::memory_order_release);
  return load_error_;
}

void SourceFile::release() const {
  std::lock_guard lock(load_mutex_);
  if (!rereadable_ || transcoded_ || !loaded_.load(std::memory_order_relaxed)) return;
  {
    std::lock_guard lines(lines_mutex_);
    std::vector<std::size_t>().swap(line_starts_);
    lines_built_.store(false, std::memory_order_release);
  }
  std::string().swap(bytes_);
  loaded_.store(false, std::memory_order_release);
}

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
  if (lines_built_.load(std::memory_order_acquire)) return;
  const std::string_view text = display_text();
  std::lock_guard lock(lines_mutex_);
  if (lines_built_.load(std::memory_order_relaxed)) return;
  line_starts_.assign(1, 0);
  const std::size_t n = text.size();
  if (n == 0 || !std::memchr(text.data(), '\r', n)) {
    // Only "\n" ends a line: found by memchr, many bytes at a time.
    const char* const begin = text.data();
    const char* const end = begin + n;
    for (const char* p = begin; p != end;) {
      const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
      if (!newline) break;
      p = newline + 1;
      line_starts_.push_back(static_cast<std::size_t>(p - begin));
    }
    lines_built_.store(true, std::memory_order_release);
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (c == '\n') {
      line_starts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < n && text[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
  lines_built_.store(true, std::memory_order_release);
}

const KnownPosition* SourceFile::known_position(std::size_t offset) const {
  const auto it = std::lower_bound(known_.begin(), known_.end(), offset,
                                   [](const KnownPosition& p, std::size_t o) { return p.offset < o; });
  return it != known_.end() && it->offset == offset ? &*it : nullptr;
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
