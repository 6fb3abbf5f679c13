// Errors at a place in a TOML file, shared by every loader in ruleset/
// (the only stage that includes toml++, STYLE "Rules").
#pragma once

#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "util/edit_distance.h"
#include "util/expected.h"

namespace claimlint {

/// An Error at the start of `where` in the file `path` (1-based line and
/// column, as toml++ counts them).
inline Error error_at(std::string_view path, const toml::source_region& where, std::string message) {
  return Error{std::move(message), ErrorLocation{std::string(path), static_cast<std::size_t>(where.begin.line),
                                                 static_cast<std::size_t>(where.begin.column)}};
}

/// "unknown key 'k' in WHAT; did you mean 'x'?" (the suggestion only when
/// a key of `allowed` is near).
inline std::string unknown_key_message(std::string_view what, std::string_view key,
                                       std::span<const std::string_view> allowed) {
  std::string m = fmt::format("unknown key '{}' in {}", key, what);
  if (auto near = nearest_spelling(key, allowed)) m += fmt::format("; did you mean '{}'?", *near);
  return m;
}

}  // namespace claimlint
