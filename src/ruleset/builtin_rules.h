// The built-in rule files, embedded at build time (cmake/EmbedRules.cmake).
#pragma once

#include <span>
#include <string_view>

namespace claimlint {

struct BuiltinRuleFile {
  std::string_view path;  ///< relative to rules/, e.g. "rules/boilerplate.toml"
  std::string_view text;
};

/// Every built-in rule file, in the order CMakeLists.txt lists them.
std::span<const BuiltinRuleFile> builtin_rule_files();

}  // namespace claimlint
