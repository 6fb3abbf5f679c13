// Input discovery: turns the paths of the command line into the list of
// files to read, walking directories recursively in sorted order.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.h"

namespace claimlint {

/// One input to analyse, or one path that could not be used.
struct InputItem {
  std::string path;  ///< as given or as found in a walk; "-" is stdin
  bool is_stdin = false;
  std::string error;  ///< non-empty: cannot be read, with the reason
  bool empty_directory = false;  ///< a directory argument in which the walk found no input
};

/// Extensions read when walking a directory; files named explicitly are
/// always read.
bool is_article_extension(std::string_view path);

/// Decides whether a file found by walking a directory is an input.
using WalkFilter = std::function<bool(const std::string& path)>;

/// Expands `paths`: files as given, directories walked recursively (entries
/// sorted by name, hidden entries skipped, each directory visited once so
/// symlink loops end; regular files kept when `keep` says so, by default
/// when is_article_extension), "-" as stdin. Paths that do not exist come
/// back with an error.
std::vector<InputItem> expand_inputs(const std::vector<std::string>& paths, const WalkFilter& keep = {});

/// The default --max-file-size: 512 MiB.
inline constexpr std::size_t k_default_max_file_size = std::size_t{512} << 20;

/// Reads a whole file (or stdin for "-"); the error names the reason. A
/// file larger than `max_size` bytes is not read (error "N bytes is over
/// the limit of M"); a directory or other non-file is refused. If
/// `regular` is given, it is set to whether the input is a regular file
/// (one that can be read again).
Expected<std::string> read_input(const InputItem& item, std::size_t max_size = k_default_max_file_size,
                                 bool* regular = nullptr);

}  // namespace claimlint
