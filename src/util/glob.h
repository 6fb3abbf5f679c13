// Glob matching for include/exclude patterns: *, ?, ** and [...].
#pragma once

#include <string_view>

namespace claimlint {

/// True if `path` (with '/' separators) matches `pattern`. '*' and '?' do
/// not cross '/', '**' matches any number of whole directories ("**/x.md",
/// "drafts/**"), "[abc]" and "[!abc]" match one character of a set. A
/// pattern without '/' matches the file name anywhere ("*.md" = "**/*.md").
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace claimlint
