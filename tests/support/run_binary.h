// Runs the built claimlint binary for CLI tests: arguments in, stdout,
// stderr and exit status out.
#pragma once

#include <string>
#include <vector>

namespace claimlint::testing {

struct RunResult {
  std::string out;
  std::string err;
  int status = -1;  ///< exit status, or -1 if it did not exit normally
};

/// Runs CLAIMLINT_BINARY with `args` in directory `cwd` (empty: the current
/// one), feeding `input` on stdin.
RunResult run_claimlint(const std::vector<std::string>& args, const std::string& cwd = {},
                        const std::string& input = {});

/// The repository root (CLAIMLINT_SOURCE_DIR).
std::string source_dir();

/// Reads a whole file; empty if it cannot be read.
std::string read_file(const std::string& path);

/// A fresh temporary directory, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  /// Writes `bytes` to `name` under the directory; returns the full path.
  std::string write(const std::string& name, const std::string& bytes) const;

 private:
  std::string path_;
};

}  // namespace claimlint::testing
