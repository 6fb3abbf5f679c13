// Edit distance, for "did you mean" suggestions.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace claimlint {

/// Levenshtein distance between `a` and `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `word` if it is close enough to be a likely
/// typo (distance at most a third of the word, at least 1), else nullopt.
std::optional<std::string> nearest_spelling(std::string_view word,
                                            std::span<const std::string_view> candidates);

}  // namespace claimlint
