// Config: a project's claimlint.toml, found upward from each input (like
// .clang-tidy) or named with --config.
//
//   [checks]
//   disable = ["times-more"]
//   enable = ["value-conflict"]
//   severity = { "value-conflict" = "error" }
//
//   [rules]
//   directories = ["rules-extra"]     # relative to the config's directory
//
//   [input]
//   include = ["**/*.md"]             # which files a directory walk lints
//   exclude = ["drafts/old/**"]
//   lang = "en"
//   date = "2026-01-15"
//   format = "markdown"
//
//   [reference]
//   against = ["../archive"]
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "util/expected.h"

namespace claimlint {

/// The name looked for upward from each input's directory.
inline constexpr std::string_view k_config_name = "claimlint.toml";

struct Config {
  std::string path;  ///< the file it was read from
  std::string dir;   ///< its directory; relative paths inside are relative to it
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  std::map<std::string, Severity, std::less<>> severity;
  std::vector<std::string> rule_dirs;  ///< resolved against dir
  std::vector<std::string> against;    ///< resolved against dir
  std::vector<std::string> include;    ///< globs, relative to dir
  std::vector<std::string> exclude;    ///< globs, relative to dir
  std::optional<std::string> lang;
  std::optional<std::string> date;
  std::optional<std::string> input_format;
};

/// Parses and validates a config. Unknown keys, unknown check names and
/// bad values are errors with the file, line and column of the value (and
/// a "did you mean" where one is near).
Expected<Config> parse_config(const std::string& path, std::string_view text);

/// Reads and parses the config at `path`.
Expected<Config> load_config(const std::string& path);

/// The nearest claimlint.toml in `dir` or one of its parents, or nullopt.
std::optional<std::string> find_config(const std::string& dir);

}  // namespace claimlint
