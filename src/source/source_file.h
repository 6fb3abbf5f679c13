// SourceFile: the original bytes of one input and its line table.
#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/byte_range.h"
#include "source/offset_map.h"

namespace claimlint {

/// One input as read: its display name and original bytes, never modified.
/// The line table is built on first use (thread-safe) and then read-only.
class SourceFile {
 public:
  SourceFile(FileId id, std::string name, std::string bytes)
      : id_(id), name_(std::move(name)), bytes_(std::move(bytes)) {}
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  FileId id() const { return id_; }
  /// The path as the user gave it (or found by walking a directory), or
  /// "<stdin>".
  const std::string& name() const { return name_; }
  /// The original bytes; valid as long as the SourceFile.
  std::string_view bytes() const { return bytes_; }

  /// Records that the file is not UTF-8 (UTF-16, a forced charset): lines,
  /// columns and excerpts are then computed on `utf8`, the decoded text,
  /// with `map` from it to the original bytes. Call at most once, before
  /// any line or column is asked for.
  void set_transcoding(std::string utf8, OffsetMap map) const;

  /// The text lines and columns are counted in: the original bytes, or the
  /// decoded text of a transcoded file.
  std::string_view display_text() const { return transcoded_ ? std::string_view(transcoded_->text) : bytes_; }
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

  FileId id_;
  std::string name_;
  std::string bytes_;
  struct Transcoding {
    std::string text;
    OffsetMap map;
  };
  mutable std::optional<Transcoding> transcoded_;
  mutable std::once_flag lines_once_;
  mutable std::vector<std::size_t> line_starts_;
};

}  // namespace claimlint
