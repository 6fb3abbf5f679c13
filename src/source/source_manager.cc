// SourceManager: owns every SourceFile of a run and hands out FileIds.
#include "source/source_manager.h"

namespace claimlint {

const SourceFile& SourceManager::add(std::string name, std::string bytes) {
  std::lock_guard lock(mutex_);
  const auto id = static_cast<FileId>(files_.size() + 1);
  files_.push_back(std::make_unique<SourceFile>(id, std::move(name), std::move(bytes)));
  return *files_.back();
}

const SourceFile& SourceManager::add(InputItem item, std::size_t max_size) {
  std::lock_guard lock(mutex_);
  const auto id = static_cast<FileId>(files_.size() + 1);
  files_.push_back(std::make_unique<SourceFile>(id, std::move(item), max_size));
  return *files_.back();
}

const SourceFile& SourceManager::get(FileId id) const {
  std::lock_guard lock(mutex_);
  return *files_.at(static_cast<std::size_t>(id) - 1);
}

std::size_t SourceManager::size() const {
  std::lock_guard lock(mutex_);
  return files_.size();
}

std::vector<const SourceFile*> SourceManager::changed() const {
  std::lock_guard lock(mutex_);
  std::vector<const SourceFile*> out;
  for (const auto& f : files_) {
    if (f->changed()) out.push_back(f.get());
  }
  return out;
}

}  // namespace claimlint
