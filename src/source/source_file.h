// SourceFile: the original bytes of one input and its line table.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/byte_range.h"
#include "source/input_walker.h"
#include "source/offset_map.h"
#include "util/expected.h"

namespace claimlint {

/// The line and column of one original byte offset, worked out while the
/// bytes were in memory (report/location.h, remember_positions).
struct KnownPosition {
  std::size_t offset = 0;    ///< original byte offset
  std::uint32_t line = 0;    ///< 1-based
  std::uint32_t column = 0;  ///< 1-based, in code points
};

/// One input: its display name and original bytes, never modified. The
/// line table is built on first use (thread-safe).
///
/// A file backed by a path is read on first use (load()) and may drop its
/// bytes and line table once analysed (release()), so that a run holds the
/// claims of an archive and not its text (issue 9). Any later use reads it
/// again; a file that changed on disk in between is flagged (changed()).
class SourceFile {
 public:
  /// A file whose bytes are given (stdin, tests): always in memory.
  SourceFile(FileId id, std::string name, std::string bytes)
      : id_(id), name_(std::move(name)), bytes_(std::move(bytes)), loaded_(true), size_(bytes_.size()) {}
  /// A file on disk (not stdin), read from `item.path` on first use,
  /// refusing more than `max_size` bytes.
  SourceFile(FileId id, InputItem item, std::size_t max_size)
      : id_(id), name_(std::move(item.path)), max_size_(max_size) {}
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  FileId id() const { return id_; }
  /// The path as the user gave it (or found by walking a directory), or
  /// "<stdin>".
  const std::string& name() const { return name_; }
  /// Reads the bytes if they are not in memory. The error says why the
  /// file cannot be read; later uses of bytes() then see no bytes.
  std::optional<Error> load() const;
  /// Drops the bytes (and the line table) of a regular file that was read
  /// from disk and is not transcoded; the next use reads it again. Not
  /// while another thread uses the bytes.
  void release() const;
  /// The number of original bytes, without reading them again.
  std::size_t size() const {
    ensure_read_once();
    return size_;
  }
  /// Keeps `positions` (sorted by offset, one per offset) across
  /// release(), so that lines and columns of those offsets need no second
  /// read. Not while another thread reads them.
  void remember_positions(std::vector<KnownPosition> positions) const { known_ = std::move(positions); }
  /// The remembered position of original byte `offset`, or null.
  const KnownPosition* known_position(std::size_t offset) const;
  /// True if reading the file again gave other bytes than the first read.
  bool changed() const { return changed_; }
  /// The original bytes, read on demand; valid until release().
  std::string_view bytes() const {
    ensure_loaded();
    return bytes_;
  }

  /// Records that the file is not UTF-8 (UTF-16, a forced charset): lines,
  /// columns and excerpts are then computed on `utf8`, the decoded text,
  /// with `map` from it to the original bytes. Call at most once, before
  /// any line or column is asked for.
  void set_transcoding(std::string utf8, OffsetMap map) const;

  /// The text lines and columns are counted in: the original bytes, or the
  /// decoded text of a transcoded file.
  std::string_view display_text() const {
    ensure_loaded();
    return transcoded_ ? std::string_view(transcoded_->text) : std::string_view(bytes_);
  }
  /// The display_text() offset of original byte `offset`.
  std::size_t to_display(std::size_t offset) const;
  /// The original byte offset of display_text() offset `offset`.
  std::size_t from_display(std::size_t offset) const;

  /// 0-based line index of the line holding display offset `offset`. Lines
  /// end at "\n", "\r\n" or a lone "\r".
  std::size_t line_index(std::size_t offset) const;
  /// Display range of line `index` without its terminator.
  ByteRange line_range(std::size_t index) const;
  std::size_t line_count() const;

 private:
  void build_line_table() const;
  void ensure_loaded() const {
    if (!loaded_.load(std::memory_order_acquire)) (void)load();
  }
  void ensure_read_once() const {
    if (!digest_ && !load_error_) ensure_loaded();
  }

  FileId id_;
  std::string name_;
  std::size_t max_size_ = 0;
  mutable std::string bytes_;
  mutable std::atomic<bool> loaded_{false};
  mutable std::mutex load_mutex_;
  mutable std::optional<Error> load_error_;
  mutable bool rereadable_ = false;  ///< a regular file: release() may drop it
  mutable std::optional<std::size_t> digest_;  ///< of the first read, to notice changes
  mutable std::size_t size_ = 0;               ///< of the first read
  mutable bool changed_ = false;
  struct Transcoding {
    std::string text;
    OffsetMap map;
  };
  mutable std::optional<Transcoding> transcoded_;
  mutable std::mutex lines_mutex_;
  mutable std::atomic<bool> lines_built_{false};
  mutable std::vector<std::size_t> line_starts_;
  mutable std::vector<KnownPosition> known_;
};

}  // namespace claimlint
