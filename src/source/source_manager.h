// SourceManager: owns every SourceFile of a run and hands out FileIds.
#pragma once

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "source/source_file.h"

namespace claimlint {

/// Owns every input file (whose bytes may be released and read again, see
/// SourceFile); outlives every stage. Adding is thread-safe; references to
/// added files stay valid for the manager's lifetime.
class SourceManager {
 public:
  /// Takes ownership of `bytes` under the display name `name`.
  const SourceFile& add(std::string name, std::string bytes);
  /// A file read from disk on first use (SourceFile::load).
  const SourceFile& add(InputItem item, std::size_t max_size);
  /// The file with id `id`; `id` must come from this manager.
  const SourceFile& get(FileId id) const;
  std::size_t size() const;
  /// The files that changed on disk between two reads.
  std::vector<const SourceFile*> changed() const;

 private:
  mutable std::mutex mutex_;
  std::deque<std::unique_ptr<SourceFile>> files_;
};

}  // namespace claimlint
