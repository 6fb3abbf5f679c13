// Settings per input: the command line, overlaid on the nearest
// claimlint.toml (or --config), with the rule set that goes with them.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/options.h"
#include "report/renderer.h"
#include "ruleset/config.h"
#include "ruleset/rule_set.h"

namespace claimlint {

/// Which checks run: defaults, then the config's enable/disable, then
/// -W/-Wno in command-line order.
class CheckFilter {
 public:
  CheckFilter() : CheckFilter(std::vector<std::string>{}) {}
  explicit CheckFilter(const std::vector<std::string>& flags);
  /// Applies flags such as "value-conflict", "no-boilerplate", "all".
  void apply(const std::vector<std::string>& flags);
  bool enabled(std::string_view id) const;

 private:
  std::set<std::string, std::less<>> enabled_;
};

/// Everything that decides how one input is analysed and reported.
struct FileSettings {
  const Config* config = nullptr;  ///< nullptr: no claimlint.toml applies
  const RuleSet* rules = nullptr;
  CheckFilter filter;
  std::map<std::string, Severity, std::less<>> severity;  ///< per-check overrides
  std::string lang = "en";
  bool lang_given = false;  ///< lang comes from --lang or the config, not the default
  std::optional<std::string> date;
  std::optional<InputFormat> input_format;
  std::string encoding;  ///< forced charset (--encoding), empty = detect
};

/// Finds, loads and caches configs and rule sets. Problems (a config or
/// rule file that does not load) become run messages and set `broken`;
/// the inputs concerned are still analysed with what did load.
class SettingsResolver {
 public:
  SettingsResolver(const Options& options, std::vector<RunMessage>& messages);
  ~SettingsResolver();

  /// Settings for an input at `path` ("<stdin>": the current directory).
  const FileSettings& for_path(const std::string& path);
  /// True once any config or rule file failed to load.
  bool broken() const { return broken_; }

 private:
  const FileSettings& for_config(const std::optional<std::string>& config_path);

  const Options& options_;
  std::vector<RunMessage>& messages_;
  bool broken_ = false;
  std::map<std::string, std::optional<std::string>> dir_to_config_;
  std::map<std::string, std::unique_ptr<Config>> configs_;
  std::map<std::string, std::unique_ptr<RuleSet>> rule_sets_;
  std::map<std::string, std::unique_ptr<FileSettings>> settings_;  // by config path ("" = none)
  // The last for_path answer, by the path up to its last '/': the paths
  // of a walk come directory by directory, and a path's directory is all
  // before its last '/'.
  std::string last_prefix_;
  const FileSettings* last_settings_ = nullptr;
};

/// A run message for an Error with a location in a rule or config file.
RunMessage configuration_error(const Error& e);

}  // namespace claimlint
